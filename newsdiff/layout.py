"""Page layout: each non-blank line of an article classified as body, heading, list or furniture.

`blocks(text)` is the one entry point; the loader reads metadata from it (date line,
dateline, byline, headline, site signature, furniture) and the segmenter reads
sentences from its paragraph, list-item and caption blocks. Spans index `text`.
Scraped text keeps traces of the page it came from: an HTML block tag left in the text
ends a line, and a figure flattened into a paragraph ("Caption. © Credit Story text ...")
is cut into its caption, its credit (furniture) and the story text that follows.

Hand-written because no maintained library classifies *plain* article text: trafilatura
and justext work on HTML trees, and pasted or scraped text arrives without one. The
furniture, credit and byline patterns were collected from real article pages of many
outlets (comment forms, share rows, newsletter promos, wire-copy credits, photo credits),
not from any one story. Dates are parsed here with a small month table rather than
dateparser, which costs ~1 s to import and would also read relative phrases we must
leave alone.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from functools import cache, lru_cache
from typing import NamedTuple

from newsdiff import rx
from newsdiff.model import Block, BlockKind, Span
from newsdiff.normalize import ignorecase_lower

# ---------------------------------------------------------------- lines and units


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_NEWLINE = rx.compile(r"\r\n|[\r\n\u2028\u2029\x0b\x0c\x85]")
_LINE_ENDS = "\r\n\u2028\u2029\x0b\x0c\x85"
# Characters that make a line look non-blank without carrying text.
_PAD = (
    " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u200b\u200c\u200d\u202f\u205f\u2060\u3000\ufeff"
)

_BULLET = rx.compile(r"[•·▪▸►◦‣∙●○■□–—*+-]\s+|\d{1,2}[.)]\s+")
_BULLET_ONLY = rx.compile(r"[•·▪▸►◦‣∙●○■□–—*+-]")
_FINAL = frozenset(".!?:;,…")
_CLOSERS = "\"'”’»)]*_"
_LETTER = rx.compile(r"[^\W\d_]")
_WORDS = rx.compile(r"\S+")

# A chunk whose longest line is this short was hard-wrapped (e-mail, terminals, wire copy).
_WRAP_WIDTH = 120
# A wrapped line shorter than this share of the chunk's width ends its paragraph.
_WRAP_SHARE = 0.6
# ... and no one wraps text narrower than this: shorter lines end their paragraph.
_WRAP_MIN = 40
# Headings and headlines are short: real ones rarely pass 20 words.
_HEADING_WORDS = 20
_HEADING_CHARS = 200


_CONTENT = ("paragraph", "list_item", "caption")


# A named tuple, not a frozen dataclass: as immutable, and cheaper to define at import and
# to build (one per paragraph).
class _Unit(NamedTuple):
    """A paragraph candidate: one or more lines; the span is stripped of padding."""

    start: int
    end: int


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _PAD:
        start += 1
    while end > start and text[end - 1] in _PAD:
        end -= 1
    return start, end


def _lines(text: str) -> list[tuple[int, int]]:
    """Stripped spans of every line; a blank line is an empty span."""
    out: list[tuple[int, int]] = []
    pos = 0
    if "\x1c" in text or "\x1d" in text or "\x1e" in text:
        for m in _NEWLINE.finditer(text):
            out.append(_strip(text, pos, m.start()))
            pos = m.end()
    else:
        # Without these three, str.splitlines breaks where _NEWLINE matches (a C loop, not a
        # regex tried at every position).
        for line in text.splitlines(keepends=True):
            end = pos + len(line)
            if line.endswith("\r\n"):
                out.append(_strip(text, pos, end - 2))
            elif line[-1] in _LINE_ENDS:
                out.append(_strip(text, pos, end - 1))
            else:
                break  # the last line, without a break: added below
            pos = end
    out.append(_strip(text, pos, len(text)))
    if "<" in text:
        return _split_at_tags(text, out)
    return out


# HTML block tags left in pasted or scraped text ("<p>Jane Roe/AFP</p> Crowds gather ..."):
# each ends a line, as it does on the page.
_BLOCK_TAG = rx.compile(
    r"</?(?:p|div|br|hr|li|ul|ol|h[1-6]|figure|figcaption|blockquote|section|article|header"
    r"|footer|aside|table|tr|td|th)\b[^<>]{0,200}>",
    re.I,
)


def _split_at_tags(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`lines` with each HTML block tag removed and ending a line (a line of tags only is blank)."""
    out: list[tuple[int, int]] = []
    for s, e in lines:
        pieces: list[tuple[int, int]] = []
        pos = s
        for m in _BLOCK_TAG.finditer(text, s, e):
            pieces.append(_strip(text, pos, m.start()))
            pos = m.end()
        if pos == s:
            out.append((s, e))
            continue
        pieces.append(_strip(text, pos, e))
        kept = [(ps, pe) for ps, pe in pieces if ps < pe]
        out.extend(kept or [(s, s)])
    return out


def _ends_sentence(line: str) -> bool:
    core = line.rstrip(_CLOSERS + " ")
    return bool(core) and core[-1] in _FINAL


def _title_like(line: str) -> bool:
    words = [w for w in _WORDS.findall(line) if _LETTER.search(w)]
    if not words:
        return False
    caps = sum(1 for w in words if w.lstrip("\"'“‘(").strip()[:1].isupper())
    return caps / len(words) >= 0.6


# The words a headline leaves in lower case.
_MINOR_WORDS = _wordset(
    "a an the and or but nor of to in on at by for from with as vs v. via into over per"
)


def _headline_case(line: str) -> bool:
    """Whether every word of `line` is capitalised but the minor ones ("Mayor Calls for Vote")."""
    words = [w.strip("\"'“”‘’()[],:;") for w in _WORDS.findall(line)]
    return all(not w[:1].islower() or w in _MINOR_WORDS for w in words if w)


def _units(text: str) -> list[_Unit]:
    """Lines grouped into paragraph candidates.

    A line is joined to the previous one only when neither is furniture and the previous
    one does not end a sentence, and then only when the line starts in lower case or
    the chunk is hard-wrapped (no line longer than _WRAP_WIDTH) and the previous line
    is long and does not look like a title. A lone bullet mark ("-" on its own line, as
    some sites render lists) joins the next line.
    """
    chunks: list[list[tuple[int, int]]] = [[]]
    for s, e in _lines(text):
        if s == e:
            if chunks[-1]:
                chunks.append([])
        else:
            chunks[-1].append((s, e))
    units: list[_Unit] = []
    for chunk in chunks:
        if not chunk:
            continue
        # Only a line joining the one before reads the width: a one-line chunk needs none.
        width = max(e - s for s, e in chunk) if len(chunk) > 1 else 0
        wrapped = len(chunk) > 1 and width <= _WRAP_WIDTH
        current: list[tuple[int, int]] = []
        for s, e in chunk:
            line = text[s:e]
            if current:
                ps, pe = current[-1]
                prev = text[ps:pe]
                lone_bullet = _BULLET_ONLY.fullmatch(prev) is not None
                starts_item = _BULLET.match(line) is not None
                continues = (
                    not starts_item
                    and not _ends_sentence(prev)
                    and not is_furniture(prev)
                    and not is_furniture(line)
                    and (
                        line[:1].islower()
                        or (
                            wrapped
                            and pe - ps >= max(_WRAP_SHARE * width, _WRAP_MIN)
                            and not _title_like(prev)
                        )
                    )
                )
                if not (lone_bullet or continues):
                    units.append(_Unit(current[0][0], current[-1][1]))
                    current = []
            current.append((s, e))
        if current:
            units.append(_Unit(current[0][0], current[-1][1]))
    return units


# ---------------------------------------------------------------- dates

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_DATE_MDY = rx.compile(
    rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.I
)
_DATE_DMY = rx.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})\.?,?\s+(?P<y>\d{{4}})\b",
    re.I,
)
_DATE_ISO = rx.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
# What may surround the date on a date line ("Published: Tue, 12 April 2016 05:21 EDT").
_DATE_NOISE = rx.compile(
    rf"\b(?:{_WEEKDAY}|published|updated|posted|last|modified|first|on|at|am|pm|a\.m\.|p\.m\.)"
    r"|\b\d{1,2}[:.]\d{2}(?::\d{2})?\b|(?-i:\b[A-Z]{2,4}\b)|\bUTC[+-]\d{1,2}\b|[\s,.:;|/()\-–—]",
    re.I,
)


def parse_date(text: str) -> tuple[date, Span] | None:
    """The first complete calendar date written in `text` (month by name, or ISO) and its span."""
    if not _has_digit(text):
        return None  # every pattern needs a digit (what `\d` matches is a subset of these)
    found: list[tuple[int, date, Span]] = []
    for pattern in (_DATE_MDY, _DATE_DMY, _DATE_ISO):
        m = pattern.search(text)
        if m is None:
            continue
        month = m.group("m")
        mon = int(month) if month.isdigit() else _MONTHS.get(month[:3].lower(), 0)
        try:
            value = date(int(m.group("y")), mon, int(m.group("d")))
        except ValueError:
            continue
        found.append((m.start(), value, Span(m.start(), m.end())))
    if not found:
        return None
    _, value, span = min(found, key=lambda f: f[0])
    return value, span


_ASCII_DIGIT = rx.compile(r"[0-9]")


def _has_digit(text: str) -> bool:
    """Whether `text` holds a digit (`str.isdigit`), by one regex scan when it is ASCII."""
    if text.isascii():  # in ASCII only 0-9 are digits: a C scan, not a call per character
        return _ASCII_DIGIT.search(text) is not None
    return any(map(str.isdigit, text))


# A date written in figures ("27/08/2020", "08.27.20"): a date line of its own, though the
# order of day and month is not known, so it gives no publication date.
_NUMERIC_DATE = rx.compile(r"\b(?:\d{1,2}([/.])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}/\d{1,2}/\d{1,2})\b")


def _is_date_line(line: str) -> bool:
    if len(line) > 80:
        return False
    parsed = parse_date(line)
    if parsed is not None:
        span = parsed[1]
    else:
        numeric = _NUMERIC_DATE.search(line) if _has_digit(line) else None
        if numeric is None:
            return False
        span = Span(numeric.start(), numeric.end())
    rest = line[: span.start] + " " + line[span.end :]
    return _DATE_NOISE.sub("", rest) == ""


# ---------------------------------------------------------------- furniture


def _alt(*patterns: str) -> re.Pattern[str]:
    return rx.compile(r"(?:" + "|".join(patterns) + r")", re.I)


# Whole-line patterns (after markup is stripped), seen on real pages of many outlets.
_FURNITURE = _alt(
    # share rows and social links
    r"share(?:\s+(?:this|the|on|via|to|article|story)\b[\w :]{0,40})?:?",
    r"(?:tweet|pin it|e-?mail|print|whatsapp|facebook|twitter|x|linkedin|reddit|telegram"
    r"|copy link|copy url)(?: this| article| story)?",
    r"(?:follow|like) us\b.{0,80}|follow (?:our|@)\S.{0,80}|join (?:us|our)\b.{0,80}",
    # a blog engine's like button: "Like this: Like Loading..."
    r"like this:(?:\s*like)?(?:\s*loading\W*)?",
    r"follow (?:him|her|them|the author|the writer|the reporter) (?:on|at)\b.{0,80}",
    r"click (?:here|to)\b.{0,100}",
    # subscription and newsletter promos
    r"(?:subscribe|sign up|sign-up|register now|get our|receive our)\b.{0,120}",
    # a promo box's call ("Don't miss out on what's happening!"): a line of its own, no clause
    r"don['’]?t miss (?:out|a thing|a beat|anything)\b[^.,;:!?\"“”]{0,40}!?",
    # comment sections
    r"leave a (?:reply|comment|response)",
    r"(?:post|add|write|view|show|read) (?:a |the )?comments?",
    r"(?:read and post|join the) (?:comments|conversation|discussion)",
    r"join the [\w ]{1,40} (?:community|conversation|discussion)",
    r"(?:no |\d+ )?comments?(?: \(\d+\))?:?",
    r"no comments yet\W*(?:be the first\b.{0,80})?",
    r"be the first to (?:comment|share|join|respond|reply|review)\b.{0,80}",
    r"(?:sign|log) in to (?:comment|share|join|reply|post|take part|continue|read)\b.{0,200}",
    r"already (?:a member|a subscriber|subscribed|registered|have an account)\W*"
    r"(?:(?:sign|log) in\b.{0,40})?",
    r"get (?:full |unlimited |free )?access to (?:our|all our|the full|this)\b.{0,120}",
    r"(?:x?html\s*:\s*)?you (?:can|may) use these html tags\b.{0,400}",
    r"discussion about this (?:post|article|story)",
    r"please enter your (?:comment|name|e-?mail)(?: address)?(?: here)?!?",
    r"your e-?mail address will not be published\b.{0,80}",
    r"required fields are marked.{0,10}",
    # copyright, wire end marks
    r"(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})).{0,300}",
    r"\(?(?:end|ends|-30-|###)\)?",
    # cross-links
    r"(?:read more|read also|also read|read next|more to read|see also|related|related news"
    r"|related stories|related articles|related coverage|related content|more from [\w .]{1,40}"
    r"|more on this story|recommended(?: for you)?|you may (?:also )?like|you might also like"
    r"|trending(?: now)?|most read|most popular|top stories|latest news|continue reading"
    r"|now watch|watch|listen|don't miss|must read|go deeper|dive deeper)"
    r"(?:\s*[:>»|…]+.{0,160}|\W*)",
    # pointers to the full text elsewhere: "Read the full statement below."
    r"read (?:a |the |our )?(?:full|complete|entire|whole)\b.{0,100}",
    # ads and page chrome
    r"advertisement|advertising|sponsored(?: content)?|ad|story continues (?:below|after)\b.{0,40}",
    r"scroll to (?:top|continue).{0,40}|skip to (?:main )?content|back to top|top|loading\W*",
    # embedded social posts: "— Weather Desk (@weatherdesk) May 2, 2024"
    r"[—–-]\s*.{1,60}\(@\w{1,30}\)\s*.{0,30}",
    r"(?:tags?|topics?|categories|filed under|posted in)\s*:.{0,200}",
    r"\(?source\s*:\s*\S.{0,40}",
    # image placeholders and markup-only lines
    r"!\[[^\]]*\]\([^)]*\)[\s|]*",
    r"\[(?:image|photo|picture|video|embed|graphic|img|gallery)\b[^\]]*\][\s|]*",
    r"(?:image|photo|picture|video|graphic|galler(?:y|ies))s?(?: \d+(?: of \d+)?)?"
    r"(?:\s*:.{0,120})?",
    # an image's alt text when the image itself is gone ("headshot", "author avatar")
    r"(?:author |profile |staff )?(?:headshot|avatar|thumbnail|logo|icon|placeholder)s?",
    # the description of an illustration ("Illustration of a gavel on a purple background"); with
    # an article in front it may be a figure of speech ("An illustration of how ...")
    r"(?:photo[- ])?illustration (?:of|showing|depicting)\b.{0,200}",
    r"image source\b.{0,80}",
    r"[\s|\-:*_#=~`>+]+",
    # desk initials with wire agencies ("ab/cd (Reuters, AFP)")
    r"[a-z]{1,4}(?:/[a-z]{1,4})+(?:\s*\([^()]{1,80}\))?",
    # how to reach the author, the site's engine, notes that the story will change
    r"(?:comments )?powered by \S+(?:\s+\S+){0,3}",
    # reading time, and date labels whose dates the page fills in with a script
    r"(?:reading time\W*)?\d{1,3}[- ]?min(?:ute)?s?\.?(?: read| reading time)?",
    r"(?:(?:last |originally |first )?(?:updated|published|posted|modified)(?: on| at)?"
    r"[\s:|;,.-]*)+",
    # a live page's time stamp over each update: "UPDATE: 11:45 a.m.", "Updated 9:10 p.m. EDT"
    r"(?:last )?updated?(?: at)?\s*[:|–—-]?\s*\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?\s?m\b\.?)?"
    r"|\s*[ap]\.?\s?m\b\.?)(?:\s+(?-i:[A-Z]{2,4})\b)?(?:[\s,]+[a-z]{3,9}\.? \d{1,2}(?:,? \d{4})?)?",
    # markup only: tags left over from a page
    r"(?:<[^<>]{1,200}>\s*)+",
    # a bare link: an embedded video or post whose player is gone
    r"<?(?:https?://|www\.)\S+?>?",
    # audio players: "Listen to this article", "Voice is AI-generated. ..."
    r"listen to (?:this|the) (?:article|story)\b.{0,60}",
    r"\W{0,6}(?:this )?(?:voice|audio|narration)(?: is| was)?"
    r" (?:ai|computer|machine)[- ]generated\b.{0,80}",
    # a note that the story changed, also as an editor's note ("Editor's note: This article
    # has been updated ..."); other editor's notes may say what the story is, so they stay
    r"(?:editor['’]?s['’]? note\s*[:.–—-]\s*)?"
    r"this (?:post|story|article|page|report|live blog) (?:will be|is being|has been|was|may be)"
    r" updated\b.{0,80}",
    r"this is a (?:developing|breaking)(?: news)? story\b.{0,80}",
    # where the story first ran: "This article originally appeared on ..." ("this", not "the":
    # "The report was first published in 2019 ..." is a story's sentence)
    r"this (?:article|story|post|piece) (?:was )?(?:originally|first)"
    r" (?:appeared|published|ran|posted)\b.{0,160}",
    r"a version of this (?:article|story|piece) (?:first |originally )?(?:appeared|ran"
    r"|was published)\b.{0,160}",
)
# The furniture forms that may sit anywhere in a line ("... delivered to your inbox", "... all
# rights reserved"): each match holds one of _FURNITURE_ANYWHERE's words. Kept apart from
# _FURNITURE, whose forms all open the line, so that a line without those words is not tried
# against them (their ".{0,80}" openings try every start up to 80 characters in).
_FURNITURE_INSIDE = _alt(
    r".{0,80}\b(?:in|to|straight to|into) your"
    r" (?:(?:e-?mail )?inbox|feeds?|social feeds?|timeline|mailbox)\b.{0,60}",
    r"(?=.*\b(?:our|free|daily|weekly|sign|subscribe|inbox|delivered|get)\b).{0,80}"
    r"\bnewsletters?\b.{0,60}",
    r".{0,60}\b(?:promotional content|privacy policy|terms of (?:use|service)"
    r"|cookie policy)\b.{0,60}",
    r".{0,80}\b(?:community guidelines|before (?:posting|commenting)|share your e-?mail)\b.{0,80}",
    r".{0,200}\ball rights reserved\b.{0,200}",
    r".{0,80}\b(?:is not supported|optimal experience|enable javascript"
    r"|update your browser)\b.{0,80}",
    r".{0,60}\b(?:can be reached|may be reached|reach (?:him|her|them|the author)) (?:at|by|on)\b"
    r".{0,160}",
)
# _FURNITURE's forms either start the line with a mark or one of these words, or hold one
# of _FURNITURE_ANYWHERE ("/" for desk initials); every match of _FURNITURE_INSIDE holds one
# of _FURNITURE_ANYWHERE.
# Both tests run on the case-folded line, as _CREDIT_NEEDS does.
_FURNITURE_FIRST = _wordset(
    """share tweet pin e email print whatsapp facebook twitter x linkedin reddit telegram copy
    follow like join click subscribe sign register get receive leave post add write view show
    read no comment comments discussion please your required copyright end ends also see
    related more recommended you trending most top latest continue now watch listen don must
    advertisement advertising sponsored ad story scroll skip back loading tag tags topic topics
    categories filed posted source image images photo photos picture pictures video videos
    graphic graphics gallery gallerys galleries galleriess powered this author profile staff
    illustration headshot headshots avatar avatars thumbnail thumbnails logo logos icon icons
    placeholder placeholders https http www voice audio narration reading update updated published
    modified last originally first be already log xhtml html editor editors go dive"""
)
_FURNITURE_ANYWHERE = (
    "your",
    "newsletter",
    "promotional content",
    "privacy policy",
    "terms of",
    "cookie policy",
    "community guidelines",
    "before posting",
    "before commenting",
    # ("share your" and "update your browser" hold "your": no test of their own)
    "all rights reserved",
    "is not supported",
    "optimal experience",
    "enable javascript",
    "/",
    "be reached",
    "reach him",
    "reach her",
    "reach them",
    "reach the author",
    "a version of this",
)
_FIRST_WORD = rx.compile(r"[a-z]+")
# Lines longer than this are body text even when a furniture pattern matches their start.
_FURNITURE_WORDS = 30
_MARKUP = rx.compile(r"^[\s#>*_|\[\]]+|[\s*_|\[\]]+$")
# Its two character classes as strings (what `\s` matches is what str.isspace() accepts).
_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_MARKUP_LEAD = _WHITESPACE + "#>*_|[]"
_MARKUP_TRAIL = _WHITESPACE + "*_|[]"
_NAV = rx.compile(r"(?:[^|]{1,25}\|){2,}[^|]{0,25}")

# A photo credit at the end of a caption line: "(AP Photo/Jane Roe)", "*Photo: AFP*",
# "Photo by X/EPA", "(Getty Images)", "Picture: X/Agency", "(Photograph:AFP)", "AP Photo/X",
# "REUTERS/Jane Roe/File Photo", "© Jane Roe/Agency", "Illustration: Jane Roe/Outlet".
_CREDIT_WORD = r"(?:photo(?:graph)?s?|picture|pic|image|credit|foto|video|illustration|graphic)"
# A word of a "©" credit: capitalised, a figure, or a joining word ("© Jane Roe for Agency").
_CREDIT_NAME = r"(?:(?-i:[A-Z0-9])[\w.'’&-]{0,30}|via|for|and|of|de)"
# One to four capitalised words, and two to four.
_CAPS_WORDS = r"[A-Z][\w.'-]{0,30}(?: [A-Z][\w.'-]{0,30}){0,3}"
_CAPS_WORDS2 = r"[A-Z][\w.'-]{0,30}(?: [A-Z][\w.'-]{0,30}){1,3}"
# Agencies that sign a picture with their name first, in capitals: "REUTERS/Jane Roe".
_PICTURE_AGENCY = r"(?-i:REUTERS|AFP|AP|EPA(?:-EFE)?|XINHUA|ANADOLU|AAP|PA|UPI|KYODO|DPA|IMAGO)"
_CREDIT = rx.compile(
    r"(?:^|(?<=[.!?\"”’)|*_])\s*|\s+(?=[(\[]))"
    r"(?P<credit>(?:"
    rf"[(\[]\s*[*_]*\s*(?:[A-Z][\w.]{{0,10}}\s+)?{_CREDIT_WORD}\b[^()\[\]\n]{{0,80}}[)\]][*_]*"
    r"|[(\[]\s*(?:via\s+)?[^()\[\]\n]{0,60}(?:getty images|shutterstock|alamy|istock)\s*[)\]]"
    rf"|[*_]*(?-i:[A-Z]{{2,6}}\s+)?{_CREDIT_WORD}(?:\s*credit)?\s*"
    r"(?::|by\b|/|\s(?=[A-Z][^/\n]{1,40}/))\s*[^\n.!?]{1,80}?[*_]*"
    rf"|[*_]*{_PICTURE_AGENCY}\s*/\s*[\w.' -]{{1,40}}(?:/\s*[\w.' -]{{1,40}}){{0,2}}[*_]*"
    rf"|©\s*{_CREDIT_NAME}(?:(?:\s+|\s*[/|]\s*){_CREDIT_NAME}){{0,9}}"
    r"|[*_]*(?:getty images|shutterstock|alamy|istock(?:photo)?)"
    r"(?:\s+(?:for|via)\s+[^\n.!?]{1,60})?[*_]*"
    r"|[*_]*[A-Z][\w.' -]{1,40}/\s*(?:[\w.' -]{1,40}/\s*)*"
    r"(?:getty images|shutterstock|afp|ap|reuters|epa|xinhua|anadolu|bloomberg|alamy)"
    r"(?:\s+via\s+getty(?:\s+images)?)?[*_]*"
    # "... on Monday. NTSB/Harbor Authority": capitalised names either side of a slash, after
    # a sentence, with nothing after them; one side of two words at least ("Army/Navy" and
    # "Reuters/Ipsos" are not credits)
    rf"|(?-i:{_CAPS_WORDS2}\s?/\s?{_CAPS_WORDS}|{_CAPS_WORDS}\s?/\s?{_CAPS_WORDS2})"
    r")"
    # A second bracket often repeats the photographer: "(AP Photo/Jane Roe) (Jane Roe)".
    r"(?:\s*[(\[][^()\[\]\n]{1,60}[)\]])?"
    r")"
    r"[\s|*_]*$",
    re.I,
)
# Each form of _CREDIT holds one of these (case-insensitively) or a "/": a line without
# them is not scanned. `re.IGNORECASE` also equates four non-ASCII letters with ASCII
# ones; ignorecase_lower maps them first so that the substring test never misses a match.
_CREDIT_NEEDS = (
    "photo",
    "pic",
    "image",
    "credit",
    "foto",
    "video",
    "illustration",
    "graphic",
    "©",
    "getty",
    "shutterstock",
    "alamy",
    "istock",
)
# A _CREDIT match runs to the end of the line, so on a long line only its tail is searched.
# Counting "free" characters (whitespace, "*", "_", "|": the runs the pattern allows without
# bound) as nothing, the forms but the two "Name/Agency" ones, plus the optional second
# bracket, hold at most 106 + 62 characters (rounded up to _CREDIT_SPAN); the "Name/Agency"
# and "AGENCY/Name" forms are, before that bracket (at most _CREDIT_BRACKET), only word
# characters, ". ' - /" and free ones. Both are measured on the reversed line from its end:
# a match cannot start further back.
_CREDIT_SPAN = 180
_CREDIT_BRACKET = 62
_CREDIT_TAIL = rx.compile(rf"(?:[\s*_|]*[^\s*_|]){{0,{_CREDIT_SPAN}}}[\s*_|]*")
_CREDIT_NAMES = rx.compile(rf"(?:[\s*_|]*[^\s*_|]){{0,{_CREDIT_BRACKET}}}[\w.' \-/\s*_|]*")
# Markdown says so explicitly, even when the heading ends with punctuation ("## What next?").
_MD_HEADING = rx.compile(r"#{1,6}\s+\S")
_CAPTION_LABEL = rx.compile(r"^(?:image|photo|picture)?\s*caption\s*[,:]?\s*", re.I)
# "Photo Jane Roe, the mayor, at the site ... Credit X/Agency": the label before the caption.
_PHOTO_LABEL = rx.compile(r"^(?:[Pp]hoto|[Ii]mage|[Pp]icture)\s+(?=[A-Z])")
# A word that starts lower-case: a caption without one is a bare label ("Mayor Jane Roe.").
_LOWER_WORD = rx.compile(r"(?<![\w'’-])[a-z]")
# A sentence ending inside a line: ". The", "?” She".
_SENTENCE_BREAK = rx.compile(r"[.!?][\"”’)]*\s+[\"“‘(]?[A-Z]")

# "By Jane Doe", "By JANE DOE and JOHN ROE | May 2, 2024", "By Jane Doe (Agency)".
_BYLINE = rx.compile(
    r"^(?:by|written by|article by|words by|story by|text by|reporting by|reported by"
    r"|additional reporting by)\s+(?P<who>.+)$",
    re.I,
)
_BYLINE_CREDIT = rx.compile(
    r"^\(?(?:reporting|writing|editing|additional reporting)\s+by\b.{0,200}$"
    r"|^.{0,120}\bcontributed(?: reporting)? to this (?:report|story|article)\.?$",
    re.I,
)
_NAME_TOKEN = rx.compile(
    r"^(?:[A-Z\u00c0-\u024f][\w'’.\-]*|[A-Z]\.|and|&|de|da|van|von|der|bin|al|la|le|in|of)$"
)
_BYLINE_WORDS = 10
# A dash and the wire service the story came from ("— The Associated Press"): a credit, not a
# list item. (Without the dash the line is a heading candidate, which gives no sentence.)
_WIRE = (
    r"(?:the )?(?:associated press|ap|reuters|afp|agence france-presse|upi"
    r"|united press international|bloomberg(?: news)?|dpa|xinhua|anadolu(?: agency)?|efe|ansa"
    r"|kyodo(?: news)?|pti|ians|press association|pa media|tribune news service|cnn wire)"
)
_WIRE_CREDIT = rx.compile(
    rf"[-–—]\s*{_WIRE}(?:\s*(?:,|/|&|and)\s*{_WIRE}){{0,2}}\.?",
    re.I,
)
_PARENS = rx.compile(r"\([^()]*\)")
_BYLINE_SEP = rx.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_INITIAL = rx.compile(r"[A-Z]\.")

# Trailing site signature: a domain ("Example.Net") or a short name with a news word.
_DOMAIN = rx.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,12}", re.I)
# Compiled on first use (by _outlet_word): read only for a short last line.
_OUTLET_WORD = (
    r"\b(?:news|times|post|daily|herald|journal|tribune|gazette|express|observer|chronicle"
    r"|telegraph|today|press|wire|media|network|tv|radio|online|review|star|sun|mail"
    r"|standard|guardian|independent|insider|monitor|agency|magazine|weekly|bulletin)\b"
)

# Dateline at the start of the first paragraph: "TOKYO —", "LONDON (Reuters) -",
# "TOKYO / WASHINGTON, November 27, 2025 –", "Sept. 10 (UPI) —", "(AP) —".
_CAPS_PLACE = r"[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}"
_ANY_PLACE = r"[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,3}"
_DL_DATE = (
    rf"(?:(?i:{_MONTH})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?"
    rf"|\d{{1,2}} (?i:{_MONTH})\.?(?: \d{{4}})?)"
)
_AGENCY = r"\((?!\s)[^()\n]{2,40}\)"
# Hyphens need a space on one side, so "COVID-19" is not a dateline.
_DASH = r"(?:\s*[—–]\s*|\s+--?\s*|\s*--?\s+|\s+>>\s+)"
# "Geneva, Switzerland | AFP –": the agency after a bar instead of in brackets.
_BAR_AGENCY = r" ?\| ?[A-Z][\w.\-]{1,24}(?: [A-Z][\w.\-]{1,24}){0,2}"
_DATELINE = rx.compile(
    r"^(?:"
    rf"{_CAPS_PLACE}(?:\s*/\s*{_CAPS_PLACE})*(?:, ?[A-Z][\w.]+(?: [A-Z][\w.]+)?)??"
    rf"(?:,? {_DL_DATE})?(?: ?{_AGENCY})?"
    rf"|{_ANY_PLACE}(?:\s*/\s*{_ANY_PLACE})*,? (?:{_DL_DATE}(?: ?{_AGENCY})?|{_AGENCY})"
    rf"|{_ANY_PLACE}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?{_BAR_AGENCY}"
    rf"|{_DL_DATE} ?{_AGENCY}"
    rf"|{_AGENCY}"
    rf"){_DASH}(?=[\"“‘'A-Z0-9])"
    # A title-case place needs a spaced dash: "Johannesburg - The minister ...".
    rf"|^{_ANY_PLACE}(?: [-–—] )(?=[\"“‘A-Z])"
    # Scraped pages glue the date to the first word: "August 3, 2014Chinese officials".
    rf"|^(?i:{_MONTH})\.? \d{{1,2}}, \d{{4}}(?=[A-Z][a-z])"
)
# A dateline holds one of these (its dash) unless it holds a digit (the glued date).
_DATELINE_NEEDS = ("—", "–", "-", ">")
# The dateline opens the story; an unrecognised caption or standfirst may come first.
_DATELINE_PARAGRAPHS = 3


def _more_words(line: str, n: int) -> bool:
    """Whether `line` holds more than `n` words (runs of non-space, as `\\S+` finds them)."""
    # str.split breaks where `\s` matches; it stops after n + 1 pieces on a long line.
    return len(line.split(maxsplit=n)) > n


def _bare(line: str) -> str:
    # What `_MARKUP.sub("", line).strip()` gives, without a regex scan of every position.
    return line.lstrip(_MARKUP_LEAD).rstrip(_MARKUP_TRAIL).strip()


# An author's note (it usually closes the story): a short biography and how to reach them
# ("Jo Roe is a health reporter for the Courier. She can be reached at jroe@example.com.").
_AUTHOR_BIO = rx.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4} (?:is|was|has been|covers|writes)\b[^.!?]{0,160}?"
    r"\b(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer"
    r"|photographer|intern|fellow|author|anchor|critic)s?\b"
)
_AUTHOR_CONTACT = rx.compile(
    r"\b(?:can|may) be reached\b|\b(?:reach|contact|e-?mail|follow) (?:him|her|them|the author)\b"
    r"|[\w.+-]+@[\w-]+\.[\w.]+",
    re.I,
)
# A biography and a contact line fill at most this many words.
_AUTHOR_NOTE_WORDS = 80


def _is_author_note(bare: str) -> bool:
    """Whether `bare` is an author's biography with a way to contact them."""
    # the biography opens the line: most lines fail at their first words
    if _AUTHOR_BIO.match(bare) is None or _more_words(bare, _AUTHOR_NOTE_WORDS):
        return False
    return _AUTHOR_CONTACT.search(bare) is not None


# An embedded social post as pages flatten it: "… pic.twitter.com/AbC1", "…— Jo Roe (@joroe)
# April 20, 2023".
# A post's signature after its text: its author's handle and the day it was posted.
_SIGNED = r"\(@\w{1,30}\)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}"
_EMBEDDED_POST = rx.compile(rf"pic\.twitter\.com/\w+\s*$|[—–-]\s*[^()\n]{{1,60}}{_SIGNED}\s*$")
# The same post's link and signature inside a longer paragraph, where the page glued the post
# between two paragraphs of the story: "... making him captain. pic.twitter.com/AbC1 — Jo Roe
# (@joroe) April 20, 2023 The club said ...". Only the link and signature are cut out.
_POST_SIGNATURE = rf"[—–]\s*[^()\n—–]{{1,60}}{_SIGNED}(?![\d,])"
_INLINE_POST = rx.compile(rf"pic\.twitter\.com/\w+(?:\s*{_POST_SIGNATURE})?|{_POST_SIGNATURE}")


def is_furniture(line: str) -> bool:
    """True when the line is page furniture: share/subscribe rows, comment forms, copyright, ads."""
    return _furniture(_bare(line))


def _furniture(bare: str) -> bool:
    """`is_furniture` of a line given without its markup (`_bare(line)`)."""
    if not bare:
        return True
    # A navigation row holds two bars at least: most lines have none.
    if "|" in bare and _NAV.fullmatch(bare) and not _more_words(bare.replace("|", " "), 12):
        return True
    if ("twitter.com/" in bare or "(@" in bare) and (post := _EMBEDDED_POST.search(bare)):
        # a social post the page embeds: its text without the post around it; a line with
        # more words than furniture has before the signature also holds story text, and
        # blocks() cuts the post's signature out of it
        return not _more_words(bare[: post.start()], _FURNITURE_WORDS)
    # counting words stops early on a long line
    if _more_words(bare, _FURNITURE_WORDS):
        return False
    folded = ignorecase_lower(bare)
    inside = _holds_any(folded, _FURNITURE_ANYWHERE)
    first = _FIRST_WORD.match(folded)
    if first is not None and first.group() not in _FURNITURE_FIRST and not inside:
        return False  # no form of either pattern can match (see _FURNITURE_FIRST)
    if _FURNITURE.fullmatch(bare) is not None:
        return True
    return inside and _FURNITURE_INSIDE.fullmatch(bare) is not None


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of `words` occurs in `text`."""
    for word in words:  # noqa: SIM110 (any() over a generator costs more than the tests)
        if word in text:
            return True
    return False


def _is_byline_credit(bare: str) -> bool:
    """Whether `bare` is a reporting credit ("Reporting by ...", "X contributed to this report")."""
    # Every match holds "by" or "contributed" (no letter of either has a non-ASCII case
    # partner but "i", which ignorecase_lower maps): other lines are not scanned.
    folded = ignorecase_lower(bare)
    if "by" not in folded and "contributed" not in folded:
        return False
    return _BYLINE_CREDIT.match(bare) is not None


def credit_span(line: str) -> tuple[int, int] | None:
    """Where a trailing photo credit starts and ends in `line`, or None."""
    if "/" not in line:
        folded = ignorecase_lower(line)
        if not _holds_any(folded, _CREDIT_NEEDS):
            return None  # every credit form holds a credit or agency word, or a slash
    for at in _credit_starts(line, _credit_from(line)):
        m = _CREDIT.match(line, at)
        if m is not None:
            return m.start("credit"), m.end("credit")
    return None


# A _CREDIT match opens at the line's start, right after one of these, or in a run of
# whitespace that a bracket ends (its three leading branches).
_CREDIT_AFTER = '.!?"”’)|*_'


def _credit_starts(line: str, start: int) -> list[int]:
    """Every position from `start` where a _CREDIT match can begin, in order.

    Trying the pattern only there finds what `_CREDIT.search(line, start)` finds (the first
    position that matches), without trying every position of the line.
    """
    found = {0} if start == 0 else set()
    for mark in _CREDIT_AFTER:
        at = line.find(mark, max(0, start - 1))
        while at >= 0:
            found.add(at + 1)
            at = line.find(mark, at + 1)
    for bracket in "([":
        at = line.find(bracket, start)
        while at >= 0:
            p = at - 1
            while p >= start and line[p].isspace():  # what `\s` matches
                found.add(p)
                p -= 1
            at = line.find(bracket, at + 1)
    return sorted(found)


def _credit_from(line: str) -> int:
    """Where a _CREDIT match in `line` can start at the earliest (see _CREDIT_SPAN)."""
    if len(line) <= _CREDIT_SPAN:
        return 0
    back = line[::-1]
    tail = _CREDIT_TAIL.match(back)
    names = _CREDIT_NAMES.match(back)
    reach = max(tail.end() if tail else 0, names.end() if names else 0)
    # `\b` and the look-behind still see the text before the search position.
    return len(line) - reach


def byline_author(line: str) -> str | None:
    """The author named by a byline ("By Jane Doe (Agency)" → "Jane Doe (Agency)"), or None."""
    m = _BYLINE.match(_bare(line))
    if m is None:
        return None
    who = m.group("who").strip()
    # "By JANE DOE | May 2, 2024", "By Jane Doe – Agency": the name ends at the separator.
    name = _BYLINE_SEP.split(who)[0].strip(" ,;")
    core = _PARENS.sub(" ", name).replace(",", " ")
    tokens = core.split()
    if not tokens or len(tokens) > _BYLINE_WORDS or not tokens[0][:1].isupper():
        return None
    # A final full stop ends a sentence ("By Tuesday, the toll had risen."), not a name,
    # unless it closes an initial ("By Jane R.").
    if tokens[-1].endswith((".", "!", "?")) and not _INITIAL.fullmatch(tokens[-1]):
        return None
    if not all(_NAME_TOKEN.match(t) for t in tokens):
        return None
    return who.split("|")[0].strip(" ,;")


def _signature_like(line: str) -> bool:
    bare = _bare(line)
    if not bare or _more_words(bare, 5) or _ends_sentence(bare):
        return False
    if _DOMAIN.fullmatch(bare):
        return True
    return _title_like(bare) and _outlet_word().search(bare) is not None


@cache
def _outlet_word() -> re.Pattern[str]:
    """_OUTLET_WORD compiled."""
    return rx.compile(_OUTLET_WORD, re.I)


# An explainer's subheading closed by a colon: "How the crash happened:", "What we know so far:".
# A colon otherwise ends a lead-in that is part of the story ("The minister said:").
_EXPLAINER_HEADING = rx.compile(
    r"(?:how|what|why|when|where|who|here['’]s (?:how|what|why|when|where|who))\b"
    r"[^,;:.!?\"“”]{3,80}:",
    re.I,
)
_EXPLAINER_WORDS = 12


def _heading_like(line: str) -> bool:
    bare = _bare(line)
    if not bare or not _LETTER.search(bare):
        return False
    if bare[-1] != ":" and _ends_sentence(bare):
        return False  # (tested first: a body sentence need not have its words counted)
    if _more_words(bare, _HEADING_WORDS) or len(bare) > _HEADING_CHARS:
        return False
    if _ends_sentence(bare):
        return (
            bare[-1] == ":"
            and not _more_words(bare, _EXPLAINER_WORDS)
            and _EXPLAINER_HEADING.fullmatch(bare) is not None
        )
    # a headline may open with a figure ("40 homes lost in fire: council")
    first = _LETTER.search(bare)
    return first is not None and (bare[0].isdigit() or not bare[first.start()].islower())


def dateline_prefix(paragraph: str) -> tuple[int, date | None] | None:
    """Length of a dateline opening `paragraph` ("PARIS (AP) — ") and its full date, if any."""
    if not _has_digit(paragraph) and not _holds_any(paragraph, _DATELINE_NEEDS):
        return None  # every form ends in a dash (_DASH, " - ") or holds a date's digits
    m = _DATELINE.match(paragraph)
    if m is None:
        return None
    found = parse_date(m.group(0))
    return m.end(), (found[0] if found else None)


# ---------------------------------------------------------------- classification


def _lone_lower_word(bare: str) -> bool:
    """Whether `bare` is one lower-case word without punctuation ("headshot", "news")."""
    return bare[:1].islower() and bare.replace("-", "").isalpha()


def _initial_kind(text: str, unit: _Unit, after_image: bool) -> BlockKind | None:
    """The kind a unit has on its own, or None for heading candidates decided by context."""
    line = text[unit.start : unit.end]
    bare = _bare(line)
    if bare[:1] in ("-", "–", "—") and _WIRE_CREDIT.fullmatch(bare):
        return "byline"
    if _BULLET.match(line):
        return "list_item"
    # A word left alone on its line is a section label or an image's alt text.
    if _furniture(bare) or _lone_lower_word(bare) or _is_author_note(bare):
        return "furniture"
    if _is_date_line(bare):
        return "dateline"
    if byline_author(line) is not None or _is_byline_credit(bare):
        return "byline"
    credit = credit_span(line)
    if credit is not None:
        body = line[: credit[0]].strip(_PAD + "|*_")
        return "caption" if _LETTER.search(body) else "furniture"
    if _CAPTION_LABEL.match(line) or _leading_credit(line):
        return "caption"
    if after_image and line.startswith(("*", "_")) and line.rstrip("| ").endswith(("*", "_")):
        return "caption"
    if line.endswith(")") and _TRAILING_SOURCE.search(line):
        return "paragraph"  # a sentence and its source's credit: no heading ends that way
    if _heading_like(line) or _MD_HEADING.match(line):
        return None
    return "paragraph"


def _caption_blocks(text: str, start: int, end: int) -> list[Block]:
    """A caption line as a caption block (credit, label, pipes removed) and a furniture credit."""
    line = text[start:end]
    out: list[Block] = []
    body_end = end
    credit = credit_span(line)
    if credit is not None:
        body_end = start + credit[0]
    label = _CAPTION_LABEL.match(line) or _PHOTO_LABEL.match(line)
    body_start = start + (label.end() if label else 0)
    lead = _leading_credit(line)
    if lead is not None:
        ls, le = _strip_markup(text, start, start + lead.end("credit"))
        out.append(Block("furniture", Span(ls, le), text[ls:le]))
        body_start = start + lead.end()
    body_start, body_end = _strip_markup(text, body_start, body_end)
    if body_start < body_end:
        body = text[body_start:body_end]
        # A caption that only names who or what is pictured states nothing.
        kind: BlockKind = "caption" if _LOWER_WORD.search(body) else "furniture"
        out.append(Block(kind, Span(body_start, body_end), body))
    if credit is not None:
        cs, ce = _strip_markup(text, start + credit[0], start + credit[1])
        if cs < ce:
            out.append(Block("furniture", Span(cs, ce), text[cs:ce]))
    return out


# A credit before its caption, set off by a bar: "Jane Roe, Getty Images, AFP, File | The mayor
# speaks ...". The credit names a picture agency; the caption follows the bar.
_LEAD_CREDIT = rx.compile(
    r"(?P<credit>[^|\n]{0,60}\b(?:getty images|afp|ap photo|reuters|epa|xinhua|anadolu"
    r"|shutterstock)(?:\s*/\s*[^|\n]{1,30})?(?:,\s*file)?)\s*\|\s*(?=\w)",
    re.I,
)


# What a page puts before a caption or a list's first item on the same line: a gallery's
# counter ("2 of 7 |", "3/12 |") or a list's header glued to item 1 ("Here are the top 10
# points you need to know: 1. ..."). Only the part before the bar or the "1." is furniture.
_LEAD_FURNITURE = rx.compile(
    r"(?P<furniture>\d{1,3}\s*(?:of|/)\s*\d{1,3})\s*\|\s*(?=\S)"
    r"|(?P<item>(?P<header>(?i:here\s+are|here['’]s|these\s+are)\s+(?:the\s+)?"
    r"(?i:top|key|main|\d{1,2})\b[^.!?:\n]{0,60}?)\s*:?\s+(?=1[.)]\s+[A-Z“\"‘']))"
)
# A source credit in brackets closing a paragraph after its last sentence: "(Source: Agency)".
# Also a photo credit closing a caption the page left as a paragraph: "(Jane Roe via AP)".
_TRAILING_SOURCE = rx.compile(
    r"(?<=[.!?\"”’])\s+(?P<credit>\((?:(?i:source|sources|credit)\s*:\s*[A-Z][^()\n]{0,60}"
    rf"|{_CAPS_WORDS} via {_PICTURE_AGENCY}(?: (?:Photo|Images))?)\))\s*$"
)


def _leading_credit(line: str) -> re.Match[str] | None:
    """The credit opening a caption line ("Jane Roe, AFP | ..."), or None."""
    if "|" not in line:
        return None
    return _LEAD_CREDIT.match(line)


def _strip_markup(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in _PAD or text[start] in "|*_>#"):
        start += 1
    while end > start and (text[end - 1] in _PAD or text[end - 1] in "|*_"):
        end -= 1
    return start, end


# The loader reads an article's metadata from its blocks and `segment` its sentences, each
# from the same text: the second call is a lookup. Articles are loaded all, then segmented
# all, in the same order, so this helps comparisons of up to this many articles (the
# everyday handful); a larger one recomputes the blocks, as before, and keeps no more than
# this many alive for the garbage collector to walk.
@lru_cache(maxsize=32)
def blocks(text: str) -> tuple[Block, ...]:
    """Every non-blank line or paragraph of `text`, classified, in order."""
    units = _units(text)
    kinds: list[BlockKind | None] = []
    after_image = False
    for unit in units:
        kind = _initial_kind(text, unit, after_image)
        line = text[unit.start : unit.end]
        after_image = kind == "furniture" and ("![" in line or line.lower().startswith("[im"))
        kinds.append(kind)

    content: list[int] = []  # paragraphs, list items and heading candidates
    last_content = -1  # the last of those or a caption
    has_body = False  # a paragraph, list item or caption
    for i, k in enumerate(kinds):
        if k is None or k in _CONTENT:
            last_content = i
            has_body = has_body or k is not None
            if k != "caption":
                content.append(i)
    resolved: list[BlockKind] = []
    for i, kind in enumerate(kinds):
        if kind is not None:
            resolved.append(kind)
            continue
        line = text[units[i].start : units[i].end]
        # A heading introduces body text; a short line with nothing after it is a
        # site signature or leftover chrome ("Top stories", "Photo gallery").
        if not has_body:
            resolved.append("paragraph")
        elif bisect.bisect_right(content, i) < len(content):
            resolved.append("heading")
        elif i == last_content and _signature_like(line):
            resolved.append("signature")
        elif not _more_words(line, 6) or _headline_case(line):
            # nothing follows: a related story's title or leftover chrome, not a heading
            resolved.append("furniture")
        else:
            resolved.append("paragraph")

    # The first heading before any body text is the headline.
    for i, kind in enumerate(resolved):
        if kind in ("paragraph", "list_item", "caption"):
            break
        if kind == "heading":
            resolved[i] = "headline"
            break

    out: list[Block] = []
    seen_display: set[str] = set()
    paragraphs_left = _DATELINE_PARAGRAPHS
    for unit, kind in zip(units, resolved, strict=True):
        s, e = unit.start, unit.end
        line = text[s:e]
        if kind in ("headline", "heading", "caption"):
            key = " ".join(line.split()).casefold()
            # Pages repeat the title and photo captions (og:title, lightbox); show once.
            if key in seen_display:
                kind = "furniture"
            seen_display.add(key)
        if kind in ("caption", "paragraph", "list_item"):
            lead = _LEAD_FURNITURE.match(line)
            if lead is not None:  # "1 of 3 | <caption>", "Here are 10 points: 1. <item>"
                ls, le = _strip(text, s, s + max(lead.end("furniture"), lead.end("header")))
                out.append(Block("furniture", Span(ls, le), text[ls:le]))
                s, e = _strip(text, s + lead.end(), e)
                if lead.group("item"):
                    kind = "list_item"
        if kind == "caption":
            out.extend(_caption_blocks(text, s, e))
            continue
        credit: Block | None = None
        if kind == "paragraph" and text.endswith(")", s, e):
            tail = _TRAILING_SOURCE.search(text, s, e)
            if tail is not None:  # "... on Sept. 14. (Source: Associated Press)"
                cs = tail.start("credit")
                credit = Block("furniture", Span(cs, e), text[cs:e])
                e = tail.start()
        if kind == "paragraph" and paragraphs_left > 0:
            paragraphs_left -= 1
            prefix = dateline_prefix(text[s:e])
            if prefix is not None:
                paragraphs_left = 0
                ds, de = _strip(text, s, s + prefix[0])
                out.append(Block("dateline", Span(ds, de), text[ds:de]))
                s, e = _strip(text, s + prefix[0], e)
        if s == e:
            pass
        elif kind == "paragraph" and "©" in text[s:e]:
            out.extend(_inline_credits(text, s, e))
        elif kind == "paragraph" and ("twitter.com/" in line or "(@" in line):
            out.extend(_inline_posts(text, s, e))
        else:
            out.append(Block(kind, Span(s, e), text[s:e]))
        if credit is not None:
            out.append(credit)
    return tuple(out)


# ---------------------------------------------------------------- credits inside a paragraph

# Pages that flatten a figure into the text glue its caption and "©" credit to the next
# paragraph: "Crowds at the port. © Jane Roe/Agency Officials said on Monday ...". The
# credit runs to the first capitalised word followed by a lower-case one ("Officials said"),
# except after these words, which join the parts of a credit ("USA TODAY Sports via ...").
_CREDIT_JOINS = _wordset("via for and of de del da di du van von la le y & / | - – —")
# Picture agencies and services: "© AFP Jane Roe said ..." splits after the agency, not the name.
_PICTURE_SOURCES = _wordset(
    """afp ap epa epa-efe reuters getty images connect imago dpa xinhua anadolu shutterstock
    alamy bloomberg pictures wire zuma imagn sipa nurphoto upi pa istock"""
)
# A credit longer than this many words is not one: the paragraph is left whole.
_INLINE_CREDIT_WORDS = 14
_OPENING_QUOTES = "\"“‘'«"


def _inline_credit_end(text: str, start: int, end: int) -> int | None:
    """Where a "©" credit starting at `start` ends, when story text follows it; else None."""
    tokens = [(m.start(), m.end()) for m in _WORDS.finditer(text, start + 1, end)]
    tokens = tokens[: _INLINE_CREDIT_WORDS + 2]
    stop = None
    for i in range(1, min(len(tokens), _INLINE_CREDIT_WORDS + 1)):
        word = text[tokens[i][0] : tokens[i][1]]
        if word[0] in _OPENING_QUOTES:
            stop = i
            break
        if i + 1 == len(tokens):
            break
        after = text[tokens[i + 1][0] : tokens[i + 1][1]]
        opens = word[0].isupper() or word[0].isdigit()
        if opens and after[0].islower() and after.lower() not in _CREDIT_JOINS:
            stop = i
            break
    if stop is None:
        return None
    sources = [
        i for i in range(stop) if text[tokens[i][0] : tokens[i][1]].lower() in _PICTURE_SOURCES
    ]
    if sources and stop - sources[-1] == 2:
        stop = sources[-1] + 1  # "© AFP | Jane Roe said": the name opens the sentence
    return tokens[stop - 1][1]


def _inline_credits(text: str, start: int, end: int) -> list[Block]:
    """A paragraph with "©" credits glued into it, as caption, credit and paragraph blocks."""
    out: list[Block] = []
    pos = start
    at = text.find("©", pos, end)
    while at != -1:
        before = text[pos:at].rstrip(_PAD)
        credit_end = None
        if not before or before[-1] in '.!?"”’)':
            credit_end = _inline_credit_end(text, at, end)
        if credit_end is None:
            at = text.find("©", at + 1, end)
            continue
        if before:
            cs, ce = _strip(text, pos, at)
            caption = text[cs:ce]
            # one sentence before the credit is its caption; more are story text
            kind: BlockKind = "paragraph" if _SENTENCE_BREAK.search(caption) else "caption"
            if kind == "caption" and not _LOWER_WORD.search(caption):
                kind = "furniture"
            out.append(Block(kind, Span(cs, ce), caption))
        out.append(Block("furniture", Span(at, credit_end), text[at:credit_end]))
        pos, _ = _strip(text, credit_end, end)
        at = text.find("©", pos, end)
    if pos < end:
        out.append(Block("paragraph", Span(pos, end), text[pos:end]))
    return out


def _inline_posts(text: str, start: int, end: int) -> list[Block]:
    """A paragraph with embedded posts' links and signatures cut out as furniture blocks."""
    out: list[Block] = []
    pos = start
    for m in _INLINE_POST.finditer(text, start, end):
        ps, pe = _strip(text, pos, m.start())
        if ps < pe:
            out.append(Block("paragraph", Span(ps, pe), text[ps:pe]))
        out.append(Block("furniture", Span(m.start(), m.end()), m.group()))
        pos = m.end()
    ps, pe = _strip(text, pos, end)
    if ps < pe:
        out.append(Block("paragraph", Span(ps, pe), text[ps:pe]))
    return out
