"""Direct quotations: quote marks paired, speakers found, renderings grouped across outlets.

Owns everything about quotes: pairing the marks of one article (curly, straight, single,
guillemets, mismatched pairs, quotes over several paragraphs, quotes inside quotes, a closing or
opening mark the writer forgot recovered where its sentence and paragraph end), telling a
statement from a term, a scare quote, an alias ('the Board ("TB")') or a coined name ("known as
“…”"), finding who speaks (cue verbs before or after the quote, continuation of the previous
speaker, pronouns and descriptions resolved to named people: "he" and "she" only ever to a person,
"the ministry" or "the spacecraft maker" to the body named before; titles split off into a role;
a participle of speaking going on with the main clause's speaker; the innermost directive verb of
"the paper reported that X advised Y to “…”" gives the speaker, the outer reporter being the
channel) and grouping renderings of one statement across articles with a word-level diff (one
piece of advice quoted in different words by two outlets counts as one statement).

Hand-written because the libraries that do this (textacy's `direct_quotations`, spaCy-based
attribution tools) need a parsed document from a statistical model: a heavy import and a model
download on the plain-text path, and textacy rejects a whole document over one odd quotation
mark. News copy is regular enough for patterns over the sentence: a cue verb next to the quote,
its subject a name, a pronoun or a description. Only the standard library (`re`, `bisect`,
`itertools`, `difflib`) is imported here; everything is linear in the text apart from grouping,
which compares only renderings that share a statement, a content word or a speaker.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache
from itertools import compress, pairwise
from typing import NamedTuple

from newsdiff import rx
from newsdiff.config import QuoteConfig
from newsdiff.model import (
    Article,
    Attribution,
    Quote,
    QuoteGroup,
    Sentence,
    Span,
    Statement,
    WordDiff,
)
from newsdiff.normalize import unify

# ------------------------------------------------------------------ vocabulary


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a vocabulary list."""
    return frozenset(text.split())


# Verbs that introduce or attribute speech, in the forms news copy uses them.
_CUE_STEMS = (
    "say|tell|warn|argue|insist|admit|explain|write|confirm|deny|acknowledge|ask|urge|describe|"
    "suggest|respond|observe|reiterate|assert|declare|recall|announce|predict|conclude|"
    "complain|maintain|advise|"
    "said|says|saying|told|tells|telling|stated|states|stating|declared|"
    "declares|declaring|added|adds|adding|noted|notes|noting|asserted|asserts|"
    "asserting|reiterated|reiterates|reiterating|insisted|insists|insisting|"
    "claimed|claims|claiming|argued|argues|arguing|explained|explains|"
    "explaining|warned|warns|warning|stressed|stresses|stressing|emphasi[sz]e|"
    "emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing|wrote|writes|writing|tweeted|"
    "posted|announced|announces|announcing|confirmed|confirms|confirming|"
    "denied|denies|denying|admitted|admits|admitting|acknowledged|"
    "acknowledges|acknowledging|recalled|recalls|recalling|remarked|"
    "observed|observes|commented|responded|responds|responding|replied|"
    "replies|answered|asked|asks|asking|urged|urges|urging|advised|"
    "advises|advising|suggested|suggests|suggesting|described|describes|"
    "describing|called|calls|calling|characteri[sz]e|characteri[sz]ed|characteri[sz]ing|"
    "dubbed|labell?ed|termed|branded|promised|promises|"
    "pledged|pledges|vowed|vows|vowing|predicted|predicts|concluded|"
    "reported|reports|reporting|complained|complains|"
    "lamented|reaffirm|reaffirmed|reaffirms|reaffirming|underlined|"
    "underscored|highlighted|demanded|demands|accuse|accused|"
    "accuses|accusing|dismiss|dismissed|dismisses|dismissing|concede|conceded|allege|alleged|alleges|"
    "alleging|contend|contended|maintained|maintains|hailed|praised|"
    "condemn|condemned|condemning|critici[sz]e|critici[sz]ed|critici[sz]ing|affirmed|"
    "mentioned|joked|quipped|recounted|testify|testified|"
    "countered|retorted|cautioned|cautions|pointed out|points out|"
    "point out|pointing out|went on|goes on|quoted|reads|"
    "added that|shouted|whispered|insisted that|wrote in|repeated|repeats|signalled|signaled|read|"
    "calling for|invited|inviting|proclaimed|proclaims|agreed|agrees|boasted|boasts|"
    "expressed|expresses|clarified|clarifies|posting|tweeting|chanted|chanting|exclaimed|"
    "exclaims|pleaded|pleads|pleading|yelled|screamed|appealed|appeals to|appealing to|"
    "likened|likens|likening|congratulate|congratulated|congratulates|congratulating|"
    "continued|continues"
)


def _expand(stems: str) -> frozenset[str]:
    """The words of an alternation with [sz] and l? spelt out (a set lookup is cheaper than
    compiling one large regex at import time)."""
    out: set[str] = set()
    for stem in stems.split("|"):
        word = stem.split()[0]
        if word in ("went", "goes"):
            continue
        if "[sz]" not in word and "l?" not in word:
            out.add(word)  # most stems are plain words: nothing to spell out
            continue
        for a in ("s", "z"):
            for b in ("l", ""):
                out.add(word.replace("[sz]", a).replace("l?", b))
    return frozenset(out)


_CUE_WORDS = _expand(_CUE_STEMS)
_ALPHA = rx.compile(r"[A-Za-z]+")


# Words before a cue form ending in -s that make it a plural noun ("member states", "the
# reports", "amid calls"), not a verb; a capitalised form after a capitalised word is part of a
# name ("the United States").
_NOUN_BEFORE = rx.compile(
    r"\b(?:the|these|those|some|many|several|all|both|other|its|their|his|her|our|of|in|amid|"
    r"among|for|with|and|or|member|island|gulf|arab|baltic|small|two|three|four|five|media|"
    r"news|press|repeated|recent|earlier|fresh|new|public|growing)\s+$",
    re.IGNORECASE,
)
_NAME_BEFORE = rx.compile(r"[A-Z][\w.]*\s+$")
# "the grim warning", "a stark warning": a cue form in -ing after a determiner is a noun.
_ING_NOUN_BEFORE = rx.compile(
    r"\b(?:the|a|an|this|that|its|his|her|their|our|any|no)\s+"
    r"(?:(?:grim|stark|dire|stern|blunt|clear|final|last|strong|fresh|new|similar|early|"
    r"urgent|public|[a-z]+(?:ous|ful|ive|ic|al))\s+)?$",
    re.IGNORECASE,
)
_VERB_ONLY = frozenset(["says", "tells", "writes", "adds", "asks"])


def _cues(text: str) -> list[re.Match[str]]:
    """The cue verbs in `text`, in order; a plural noun spelt like one ("the United States",
    "member states", "amid calls") is not a cue."""
    # most leads and trails hold no cue word at all: one pass over the words, in C, says so
    # before the match objects and the noun tests below
    if _CUE_WORDS.isdisjoint(map(str.lower, _ALPHA.findall(text))):
        return []
    out = []
    for m in _ALPHA.finditer(text):
        word = m.group()
        low = word.lower()
        if low not in _CUE_WORDS:
            continue
        if low.endswith("ing") and _ING_NOUN_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        if low[-1] == "s" and low not in _VERB_ONLY:
            lo = max(0, m.start() - 30)
            if _NOUN_BEFORE.search(text, lo, m.start()) or (
                word[0].isupper() and _NAME_BEFORE.search(text, lo, m.start())
            ):
                continue
        out.append(m)
    return out


def _is_cue(word: str) -> bool:
    """True when `word` is a cue verb."""
    return word.lower() in _CUE_WORDS


_ACCORDING = rx.compile(r"\baccording to\b", re.IGNORECASE)
# Cues whose subject is left out ("a plan dubbed “X”"): with no subject the quote is a name.
_NAMING = rx.compile(
    r"\b(?:dubbed|named|titled|entitled|nicknamed|known as|so-called|so called|labell?ed|"
    r"branded|termed)(?:\s+(?:the|an?))?\W*$",
    re.IGNORECASE,
)
_TITLED = rx.compile(r"\b(?:titled|entitled|headlined)\W*$", re.IGNORECASE)
# A subject or object before the naming cue: "critics dubbed it “…”" is someone's label.
_NAMER = rx.compile(r"\b(?:it|them|him|her|this|that|he|she|they|we|who|and)\s*$", re.IGNORECASE)
# Nouns naming a work, a slogan or an operation: the quote that follows is its title.
_TITLE_NOUN = rx.compile(
    r"\b(?:film|movie|book|novel|song|album|single|series|show|programme|program|play|musical|"
    r"documentary|painting|exhibition|article|essay|column|report|study|paper|podcast|"
    r"operation|campaign|slogan|hashtag|motto|initiative|policy|doctrine|bill|act|law|"
    r"principle|concept|term|phrase|word|words|label|title|headline|brand|project|plan|"
    r"strategy|code|codename|code-name|nickname|category|status|designation)\W*$",
    re.IGNORECASE,
)
_BARE_DETERMINER = rx.compile(r"\b(?:the|a|an|its|his|her|their|our|my)\s*$", re.IGNORECASE)
_DETERMINER = rx.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|your|my|this|these|those|such|any|every|no)|"
    r"['’]s|s['’])(?:\s+[a-z]+-[a-z-]+)?\s*$",  # "a last-minute “go around” manoeuvre"
    re.IGNORECASE,
)
_PRONOUN = rx.compile(r"^(?:he|she|they|we|i)$", re.IGNORECASE)
# "her" is left out: it is as often an object ("thanked her") as a possessive.
_MALE = {"he", "his", "himself"}
_FEMALE = {"she", "hers", "herself"}
_HONORIFICS = frozenset(
    ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "lord", "lady", "prof"]
)
_HONORIFIC_GENDER = {
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "king": "m",
    "prince": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "madam": "f",
    "dame": "f",
    "lady": "f",
    "queen": "f",
    "princess": "f",
    "spokesman": "m",
    "spokeswoman": "f",
    "chairman": "m",
    "chairwoman": "f",
    "congressman": "m",
    "congresswoman": "f",
    "businessman": "m",
    "businesswoman": "f",
}

# Words that make up a role or a description of a person ("chief government spokesperson").
_ROLE_HEADS = _words(
    """
    president vice-president president-elect premier minister secretary spokesperson
    spokesman spokeswoman spokespeople spokesmen professor prof dr mr mrs ms miss sir dame
    lord lady general gen colonel col lieutenant lt major maj captain capt admiral adm
    sergeant sgt senator sen representative rep supt insp congressman congresswoman governor
    gov mayor
    judge justice chancellor king queen prince princess pope ambassador envoy ceo cfo coo
    chairman chairwoman chair chairperson director head leader official officials officer
    analyst analysts lawmaker lawmakers legislator mp commissioner commander deputy founder
    economist economists researcher researchers scientist scientists coach manager inspector
    superintendent sheriff attorney prosecutor prosecutors lawyer lawyers counsel speaker
    emir sheikh archbishop bishop rev reverend rabbi imam dean principal editor
    correspondent reporter author activist activists expert experts adviser advisor aide
    aides member members councillor councilor diplomat diplomats source sources candidate
    resident residents witness witnesses teacher doctor doctors nurse student students
    worker workers survivor volunteer organiser organizer owner partner strategist historian
    critic critics negotiator monarch chief executive president's officer's governor's
    mayor's cabinet secretary-general minister's boss investigator investigators police
    meteorologist meteorologists forecaster forecasters seismologist volcanologist
    epidemiologist climatologist geologist hydrologist virologist journalist columnist physician
    engineer pm cm mla mlas mps dgp ssp dsp administrator coordinator supervisor comptroller
    controller registrar ombudsman treasurer auditor
    """
)
_ROLE_MODIFIERS = _words(
    """
    top chief senior deputy former acting assistant associate junior interim vice government
    state federal national foreign defence defense finance interior justice health trade
    economy economic education environment energy transport military army navy police
    security intelligence opposition party ruling presidential ministry department cabinet
    foreign-ministry white house press communications public affairs regional local city
    county provincial municipal district supreme high executive managing general principal
    political legal medical chief's u.n. un eu nato company club team campaign union
    industry market independent longtime long-time veteran lead leading prominent key
    retired spokesperson spokesman spokeswoman political-science international world global
    central bank climate science research university college school hospital parliamentary
    congressional senate house assembly council committee commission agency office bureau
    prime vice-prime first dy addl
    """
)
# Nouns for bodies that speak: "the ministry said", "China's military has warned".
_ORG_HEADS = _words(
    """
    military government ministry embassy newspaper editorial statement report study survey
    website firm group team campaign opposition regime authorities administration cabinet
    palace company court committee council agency office department police army navy
    commission union party league federation board bank agency channel network broadcaster
    outlet paper daily spokesperson posting post tweet letter message memo note notice
    """
)
# Groups of people that speak together ("Mr Lee's family said", "relatives said"): a name
# inside such a phrase is whose family it is, not the speaker.
_GROUP_HEADS = _words(
    """
    family families relatives relative parents widow widower owners owner friends neighbours
    neighbors colleagues statement release
    """
)
# A definite description of a body ("the ministry", "the company") stands for the nearest
# such body the article names; these heads name bodies, corporate suffixes name companies.
_BODY_HEADS = _words(
    """
    ministry department agency police army navy military company firm group office commission
    council committee authority bureau service board bank association union federation
    institute university court government embassy regime administration party league club
    """
)
_CORPORATE = _words("ltd inc corp corporation co plc llc holdings company group")
# Heads of a description that stands for a company ("the spacecraft maker", "the carrier"):
# the company the article named before, if any.
_COMPANY_HEADS = _words(
    """
    maker makers manufacturer carmaker automaker chipmaker drugmaker planemaker firm company
    giant conglomerate carrier airline operator retailer producer developer provider startup
    start-up lender insurer publisher railroad railway utility supplier
    """
)
# Organisation words that may end a body's name but are place words elsewhere in _ORG_WORDS.
_BODY_NAME_END = (
    _BODY_HEADS
    | _CORPORATE
    | _words(
        "house ministry forces reserve exchange network channel agency organization organisation"
    )
)
_ORG_WORDS = _words(
    """
    journal times post news daily herald tribune telegraph guardian gazette review press
    agency ministry department office house university college school institute institution
    center centre foundation association committee commission council party union forces
    army navy police government parliament assembly congress senate court network service
    organization organisation league federation club hospital airport station street road
    avenue square island islands river sea ocean strait mountains province state states
    kingdom republic city county region act law treaty accord summit cup games war bank fund
    group company corporation inc corp ltd llc co exchange market reserve board authority
    bureau administration embassy consulate church mosque temple museum library media tv
    radio broadcasting channel magazine wire reuters bloomberg cnn bbc afp ap xinhua kyodo
    nhk pacific atlantic asia europe africa america americas east west north south middle
    daily's
    """
)
_NOT_NAME = _words(
    """
    the a an and but or nor yet so if when while as at in on of for to from by with about
    after before since until though although because however meanwhile moreover furthermore
    also still then thus therefore despite during under over against between among amid
    following according this that these those it its he she they we i you his her their our
    my your him them us me there here what who whom which where why how monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july
    august september october november december mr mrs ms dr some many most several all both
    each every no not one two three four five earlier later last next first second third new
    old photo image video read watch click share subscribe
    """
)
# Words in the names of trains, flights and ships ("the Coast Line Express", "HMS Dauntless")
# and of events ("Riverside Rail Accident" heading a live page): such a name is never a
# person's, so "he" cannot point to it.
_VEHICLE_WORDS = _words(
    """
    express superfast airlines airways flight shuttle locomotive hms uss accident crash
    derailment collision disaster tragedy explosion earthquake
    """
)
_AGENT = ("er", "or", "ist", "ian", "ant", "ent", "eer", "ary")
_PARTICLES = _words(
    """
    de del della der den van von bin binti ibn al el da di du la le dos das
    """
)
_ABBREV = _words(
    """
    mr. mrs. ms. dr. prof. gen. sen. rep. gov. jr. sr. st. lt. col. capt. sgt. adm. maj. supt. insp.
    rev. hon. u.s. u.k. u.n. e.u.
    """
)
_AUX = _words(
    """
    has have had was were is are be been being will would shall should can could may might
    must did does do also further again then later earlier once now still just only
    previously recently repeatedly publicly privately reportedly subsequently firmly flatly
    strongly quickly simply notably separately personally directly initially originally
    finally even never not already
    """
)
_CLAUSE_WORDS = _words(
    """
    that and but while who whom which when as after before because if though although where
    whereas since until what whether so than or nor yet
    """
)

# ", the ministry's spokesperson," after a name. Kept as a pattern string: `re` compiles it
# on first use (once per process), so importing the module does not pay for the alternation.
_APPOSITION = (
    r",\s+((?:the|a|an)\s+[^,.;:]{3,80}?|(?:[a-z][\w-]*\s+){0,4}(?:"
    + "|".join(sorted(h for h in _ROLE_HEADS if h.isalpha()))
    + r")\b[^,.;:]{0,60}?)\s*[,.;]"
)

_MARKS = rx.compile("[\"“”„‟«»'‘’‚‛‹›]")
_DOUBLE = frozenset('"“”„‟«»')
_OPEN_GLYPH = frozenset("“„‟«‘‚‛‹")
_CLOSE_GLYPH = frozenset("”»’›")
_OPEN_BEFORE = frozenset("([{—–-/:\u2022•*>|")
_CLOSE_AFTER = frozenset(".,;:!?)]}—–-/…*|")
_DECADE = rx.compile(r"\d\d(?:s|th)?\b")
_TOKEN = rx.compile(r"[^\W_][\w’'.\-]*", re.UNICODE)
_WORD = rx.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*", re.UNICODE)
_TRAIL_PUNCT = ",;:—–- \t\n"
_ACRONYM = rx.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,5}$")
_STOP = _words(
    """
    the a an and or but of to in on at for with by from that this is are was were be been it
    its as not no there their they he she we i you his her our have has had will would so if
    than then very also just about into over
    """
)

# ------------------------------------------------------------------ records


class _Raw(NamedTuple):
    """One paired quotation: its pieces (one per paragraph), marks excluded."""

    open: int  # position of the opening mark
    close: int  # position of the closing mark
    pieces: tuple[tuple[int, int], ...]
    single: bool


class _Mention(NamedTuple):
    """A person named in an article (outside quotes), with the descriptor written before it."""

    start: int
    end: int
    name: str  # "Ana Reyes" or a bare "Reyes"
    full: bool  # two tokens or more, or given a title
    descriptor: str | None  # "Japan's top government spokesperson"
    gender: str | None  # from an honorific or a gendered title
    possessive: bool
    sentence: int
    obj: bool = False  # after a preposition or "told": not the subject a pronoun points to
    subject: bool = False  # right before a cue verb ("Ismail (pix) said"): a speaker
    age: str | None = None  # "Hakan Demirtas, 32," or "31-year-old Neal Arceneaux"
    # one word after "the" ("the Fed", "the Kremlin") or an acronym: a body, not a person
    body: bool = False


# ------------------------------------------------------------------ pairing


def _role(text: str, i: int) -> str | None:
    """'open', 'close', 'close-s' (s' that closes only an open single quote), 'spaced' (a
    straight double mark with a space on each side: opens or closes by what is open) or
    None."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    double = ch in _DOUBLE
    if not double:
        if prev.isalnum() and nxt.isalnum():
            return None  # don't, Japan's
        if (prev.isspace() or i == 0 or prev in _OPEN_BEFORE) and _DECADE.match(text, i + 1):
            return None  # the '90s
        if prev in "sS" and (nxt.isspace() or nxt in _CLOSE_AFTER):
            return "close-s"  # officials' (or the end of a quote ending in s)
    if ch in "«‹" and (prev.isalnum() or prev in ".!?,") and (nxt.isspace() or nxt in _CLOSE_AFTER):
        return "close"  # German »…« order
    if ch in "»›" and (prev.isspace() or i == 0) and nxt.isalnum():
        return "open"
    if ch in "«»‹›":
        return "open" if ch in "«‹" else "close"
    if ch == '"' and prev.isspace() and nxt == " " and text[i + 2 : i + 3].isalnum():
        return "spaced"  # 'said. " I think' (a stray space after the mark)
    if ch == '"' and prev in ".!?" and nxt.isupper():
        return "spaced"  # 'the accident."It felt' (a lost space: what is open decides)
    opener = (prev.isspace() or prev in _OPEN_BEFORE or prev in _DOUBLE or prev in "‘’'") and (
        not nxt.isspace()
    )
    closer = not prev.isspace() and (
        nxt.isspace() or nxt in _CLOSE_AFTER or nxt in _DOUBLE or nxt in "‘’'"
    )
    if opener and not closer:
        return "open"
    if closer and not opener:
        return "close"
    if ch in _OPEN_GLYPH:
        return "open"
    if ch in _CLOSE_GLYPH:
        return "close"
    return None


def _paragraph_break(text: str, start: int, end: int) -> int | None:
    """Position of the first paragraph break in text[start:end]: a blank line, or a line end
    after sentence punctuation (a line wrapped mid-sentence is not a break)."""
    pos = text.find("\n", start, end)
    while pos != -1:
        before = text[start:pos].rstrip(" \t\u00a0\r")
        after = text[pos + 1 : end].lstrip(" \t\u00a0\r")
        if (
            before
            and (before[-1].isalnum() or before[-1] in ",-")
            and after.lstrip("\n \t\u00a0\r")[:1].islower()
        ):
            # a page hard-wrapped with blank lines: "… our workforce by⏎⏎approximately …"
            pos = text.find("\n", pos + 1, end)
            continue
        if not before or before[-1] in '.!?:;"”’…»' or after[:1] in "\n•*" or not after:
            return pos
        pos = text.find("\n", pos + 1, end)
    return None


def _opens_block(text: str, i: int) -> bool:
    """True when the mark at `i` opens a paragraph or follows a colon or comma (not mid-phrase)."""
    before = text[:i].rstrip(" \t\u00a0•*-–—")
    return not before or before[-1] in "\n:,"


def _style(ch: str) -> str:
    """The family a double mark belongs to, for telling nested quotes from a stray mark."""
    if ch == '"':
        return "straight"
    if ch in "«»":
        return "guillemet"
    return "curly"


def _pieces(
    text: str, start: int, end: int, breaks: Sequence[tuple[int, int]]
) -> tuple[tuple[int, int], ...]:
    """The quoted ranges between an opening mark at `start` and a closing mark at `end`."""
    out: list[tuple[int, int]] = []
    cur = start + 1
    for para_end, reopen in breaks:
        out.append((cur, para_end))
        cur = reopen + 1
    out.append((cur, end))
    return tuple(out)


def _resume(text: str, para: int, end: int) -> int:
    """Where the paragraph after the break at `para` starts (blank lines skipped)."""
    rest = text[para:end]
    return para + len(rest) - len(rest.lstrip())


def _credit_follows(text: str, close: int) -> bool:
    """True when a cue verb follows the closing mark at `close` within its clause."""
    window = rx.split(r"[.!?\n“”\"«»]", text[close + 1 : close + 100], maxsplit=1)[0]
    return bool(_cues(window)) and len(window.split()) <= 12


# The credit after a quote that points back to the speaker before: "…,” she said.", "…,” the
# agency added.".
_BACK_CREDIT = rx.compile(
    r"[\"”»]\s*,?\s*(?:he|she|they|it|we|the\s+[a-z]+)\s+(?:[a-z]+ly\s+)?([a-z]+)", re.I
)


def _credited_back(text: str, i: int) -> bool:
    """True when the quotation opening at `i` (a paragraph's start) is credited by a pronoun or
    a definite description: the paragraph before may have left its quote open to go on here."""
    end = text.find("\n", i)
    close = next(
        (k for k in range(i + 1, len(text) if end == -1 else end) if text[k] in '”"»'), None
    )
    if close is None:
        return False
    m = _BACK_CREDIT.match(text, close)
    return m is not None and _is_cue(m.group(1).lower())


def _implied_close(
    text: str,
    stack: Sequence[tuple[int, bool, str]],
    breaks: Sequence[tuple[int, int]],
    end: int,
    *,
    reopened: bool = False,
) -> _Raw | None:
    """The unclosed double quote on `stack` taken to end at `end`, when it opened a sentence,
    a sentence ends there and it holds a few words (a closing mark the writer forgot); else
    None. A fragment opened mid-sentence has no telling where it ends: it stays skipped,
    unless the next paragraph opens with a mark (`reopened`): news leaves a quote open at the
    end of a paragraph when the quotation goes on in the next one."""
    if not stack or not stack[0][1] or text[end - 1 : end] not in (".", "!", "?", "…"):
        return None
    start = stack[0][0]
    before = text[:start].rstrip(" \t\u00a0")
    if before and before[-1] not in "\n:,.!?)" and not reopened:
        return None
    if len(text[start:end].split()) < 3:
        return None
    return _Raw(start, end, _pieces(text, start, end, breaks), False)


def _lost_opening(text: str, close: int, floor: int) -> _Raw | None:
    """A quote whose opening mark is missing: a closing mark with nothing open, the paragraph
    before it a capitalised run of words with no other double mark, and a cue after it
    ("We have received assurances …,” Al-Hayya stated.")."""
    start = text.rfind("\n", 0, close) + 1
    start += len(text[start:close]) - len(text[start:close].lstrip(" \t\u00a0"))
    seg = text[start:close]
    if (
        start <= floor
        or not seg[:1].isupper()
        or len(seg.split()) < 4
        or any(c in _DOUBLE for c in seg)
        or not _credit_follows(text, close)
    ):
        return None
    return _Raw(start, close, ((start, close),), False)


def _pair_marks(text: str) -> tuple[tuple[_Raw, ...], int]:
    """Paired top-level quotations in `text`, and how many marks were left unpaired."""
    out: list[_Raw] = []
    skipped = 0
    # stack entries: (position, is_double, glyph)
    stack: list[tuple[int, bool, str]] = []
    breaks: list[tuple[int, int]] = []
    last = 0
    for m in _MARKS.finditer(text):
        i = m.start()
        ch = text[i]
        role = _role(text, i)
        if role is None:
            continue
        is_double = ch in _DOUBLE
        if role == "spaced":
            role = "close" if any(e[1] for e in stack) else "open"
        para = _paragraph_break(text, last, i) if stack else None
        last = i
        if para is not None:
            line_start = text.rfind("\n", 0, i) + 1
            at_para_start = not text[line_start:i].strip(" \t\u00a0•*-–—")
            if (
                role == "open"
                and is_double
                and stack[0][1]
                and at_para_start
                and _opens_block(text, stack[0][0])
                and _paragraph_break(text, _resume(text, para, i), i) is None
            ):
                # a quote running over paragraphs: each paragraph reopens, none closes
                end = len(text[:para].rstrip())
                breaks.append((end, i))
                stack = stack[:1]
                continue
            if (
                role == "close"
                and is_double
                and len(stack) == 1
                and stack[0][1]
                and not breaks
                and _opens_block(text, stack[0][0])
                and _paragraph_break(text, _resume(text, para, i), i) is None
                and _credit_follows(text, i)
            ):
                # the next paragraph goes on without reopening the quote, and a cue after the
                # closing mark credits it ("…proudly.\n\nI will leave…,” he said)
                breaks.append((len(text[:para].rstrip()), _resume(text, para, i) - 1))
            else:
                skipped += 1
                cut = _implied_close(
                    text,
                    stack,
                    breaks,
                    len(text[:para].rstrip()),
                    reopened=role == "open"
                    and is_double
                    and at_para_start
                    and _credited_back(text, i),
                )
                if cut is not None:
                    out.append(cut)
                stack = []
                breaks = []
        if role == "open":
            if not stack:
                stack.append((i, is_double, ch))
                continue
            top_double = [e for e in stack if e[1]]
            if (
                is_double
                and top_double
                and _style(ch) == _style(top_double[-1][2])
                and (len(top_double) == 1 and stack[-1][1])
            ):
                # the earlier quote never closed: keep it when a sentence ended before this
                # mark ("…test. “In exchange…”"), else drop it; start again here
                skipped += 1
                cut = _implied_close(text, stack, breaks, len(text[:i].rstrip()))
                if cut is not None:
                    out.append(cut)
                stack = [(i, True, ch)]
                breaks = []
                continue
            stack.append((i, is_double, ch))
            continue
        if role == "close-s":
            if stack and not stack[-1][1]:
                role = "close"
            else:
                continue
        # closing mark
        if is_double:
            idx = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][1]), None)
            if idx is None:
                if stack and not stack[-1][1] and ch in '”"':
                    pass
                elif not stack:
                    skipped += 1
                    lost = _lost_opening(text, i, out[-1].close if out else -1)
                    if lost is not None:
                        out.append(lost)
                continue
        else:
            if not stack or stack[-1][1]:
                continue  # a lone apostrophe-like ’
            idx = len(stack) - 1
        start = stack[idx][0]
        stack = stack[:idx]
        if not stack:
            single = text[start] not in _DOUBLE
            if single and (text.find("\n", start, i) != -1 or i - start > 600):
                breaks = []
                continue  # single marks never run over a line: likely apostrophes
            out.append(_Raw(start, i, _pieces(text, start, i, breaks), single))
            breaks = []
    if stack:
        skipped += 1
        para = _paragraph_break(text, last, len(text))
        cut = _implied_close(
            text, stack, breaks, len(text[: len(text) if para is None else para].rstrip())
        )
        if cut is not None:
            out.append(cut)
    return tuple(out), skipped


# ------------------------------------------------------------------ people


_INITIALS = rx.compile(r"(?:[A-Za-z]\.)+")
# The last character of a run of token characters when it is a stop, hyphen or apostrophe:
# where a token may end in one (a run holding no letter or digit is no token).
_TRIMMABLE_END = rx.compile(r"[.\-’'](?![\w’'.\-])")


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Word tokens of text[start:end] with their positions; a sentence-final period is dropped."""
    found = [
        (m.start(), m.end(), m.group())
        for m in _TOKEN.finditer(text, start, len(text) if end is None else end)
    ]
    # only the few tokens ending in a stop, hyphen or apostrophe need a second look: found
    # where the text has such an ending, not by testing every token
    emptied = False
    for m in _TRIMMABLE_END.finditer(text, start, len(text) if end is None else end):
        k = bisect_left(found, (m.end(),)) - 1  # the last token starting before the ending
        if k < 0 or found[k][1] != m.end():
            continue
        s, e, tok = found[k]
        while (
            tok
            and tok[-1] in ".-’'"
            and tok.lower() not in _ABBREV
            and not _INITIALS.fullmatch(tok)
        ):
            tok = tok[:-1]
            e -= 1
        found[k] = (s, e, tok)
        emptied = emptied or not tok
    return [t for t in found if t[2]] if emptied else found


# "Musk-owned", "Kremlin-backed", "London-based": a name made a modifier, like "Musk's".
_OWNED = rx.compile(
    r"^([A-Z][\w’'.]*)-(?:owned|based|backed|led|run|controlled|funded|financed|linked|allied|"
    r"aligned|affiliated|sponsored|supported|dominated|appointed|held|operated|brokered|made|"
    r"born|bred|headquartered|registered|listed|designed|built|founded)$"
)


# The word tests below are pure functions of one word, and an article repeats its words (names
# above all) from sentence to sentence: each is worked out once per word, within a bound.
_WORD_CACHE = 1 << 13


@lru_cache(maxsize=_WORD_CACHE)
def _base(tok: str) -> tuple[str, bool]:
    """The token without a possessive ending, and whether it had one ("Musk-owned" counts as
    one: a modifier naming an owner, not a name)."""
    if len(tok) > 2 and tok[-2:] in ("'s", "’s"):
        return tok[:-2], True
    if len(tok) > 1 and tok[-1] in "'’" and tok[-2] in "sS":
        return tok[:-1], True
    if "-" in tok:
        owned = _OWNED.match(tok)
        if owned:
            return owned.group(1), True
    return tok, False


@lru_cache(maxsize=_WORD_CACHE)
def _base_low(tok: str) -> str:
    """The token without a possessive ending, lower-cased, without a final stop."""
    return _base(tok)[0].lower().rstrip(".")


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


# "al-Nunu", "bin-Salman", "el-Sisi": a lower-case particle joined to a name by a hyphen.
_PARTICLE_NAME = rx.compile(
    r"^(?:al|el|ad|an|ar|as|at|ash|az|bin|ibn|abu|abd|ben|bint|da|de|di|du|van|von)-[A-Z]"
)


@lru_cache(maxsize=_WORD_CACHE)
def _is_nameish(tok: str) -> bool:
    if not tok[:1].isupper():
        return bool(
            _PARTICLE_NAME.match(tok)
        )  # neither capitalised nor an acronym (the possessive ending is at the end)
    base, _ = _base(tok)
    low = base.lower().rstrip(".")
    if _ACRONYM.match(base):
        return base not in ("I", "A", "OK", "TV")
    if len(base) == 2 and base[1] == ".":
        return True  # a middle initial: "Barry M. Weber"
    return _is_cap(base) and low not in _NOT_NAME and not base.isupper()


@lru_cache(maxsize=_WORD_CACHE)
def _role_word(tok: str) -> bool:
    low = _base_low(tok)
    return low in _ROLE_HEADS or low in _ROLE_MODIFIERS


_TITLE_ACRONYM = rx.compile(r"^[A-Z]{2,3}$")


def _may_be_title(acronym: str, rest: Sequence[str]) -> bool:
    """True when a short all-caps word before a name may be a title (see `_titled_acronym`)."""
    return bool(_TITLE_ACRONYM.match(acronym)) and not any(_ACRONYM.match(w) for w in rest)


def _titled_acronym(masked: str, acronym: str, rest: Sequence[str]) -> bool:
    """True when a short all-caps word before a full name is a title the article drops
    elsewhere ("PM Narendra Modi" ... "Narendra Modi said"): news abbreviates many titles
    (PM, CM, DSP) and no list of them is complete."""
    if not _may_be_title(acronym, rest):
        return False
    name = " ".join(_base(w)[0] for w in rest)
    return masked.count(name) > masked.count(f"{acronym} {name}")


def _mask(text: str, raws: Sequence[_Raw]) -> str:
    """`text` with every quotation (marks included) blanked out, offsets kept."""
    if not raws:
        return text
    parts = []
    pos = 0
    for r in raws:
        parts.append(text[pos : r.open])
        parts.append(" " * (r.close + 1 - r.open))
        pos = r.close + 1
    parts.append(text[pos:])
    return "".join(parts)


_FIRST_CHUNK = rx.compile(r"\s*\S*")
# Any letter that may be a capital (a few lower-case non-ASCII letters too: only a pre-check).
_CAPITALISH = rx.compile(r"[^\W\da-z_]")


def _clause_after_role(words: Sequence[str]) -> bool:
    """True when a verb follows a role word: ", a federal judge ruled on Monday" is a new
    clause with its own subject, not an appositive describing the name before it."""
    return any(
        _role_word(a) and (b.endswith("ed") or b.lower() in _AUX or _is_cue(b.lower()))
        for a, b in pairwise(words)
    )


def _masked_gap(gap: str) -> bool:
    """True when blanks between two words on one line stand for a quotation taken out that is
    longer than a nickname (Michael “Mac” Roe): a subject inside the quote (the Starship “…”
    SpaceX said) is not part of the name after it."""
    return len(gap) > 24 and "\n" not in gap


# A sentence's mentions are worked out twice: by `extract` on the article and by `registry_of`
# on the article rebuilt from its sentences, where only the blanks between sentences differ.
# `_scan` reads nothing of the text outside the sentence but the character before it (the
# "\b" of `_AGE_BEFORE`, which asks only whether that is a word character) and, for a possible
# acronym title, the whole text; so the mentions of a sentence are kept, within a bound, keyed on
# its text, that one fact and its index, and a sentence that needs the whole text is not kept.
_SENTENCE_CACHE = 1 << 12
_WORD_CHAR = rx.compile(r"\w")


def _mentions(masked: str, start: int, end: int, sentence: int) -> list[_Mention]:
    """People named in masked[start:end]: a capitalised run, split into descriptor and name."""
    after_word = start > 0 and _WORD_CHAR.match(masked, start - 1) is not None
    found = _sentence_mentions(masked[start:end], after_word, sentence)
    if found is None:
        return _scan(masked, start, end, sentence, whole=True) or []
    shift = start - 1  # the kept mentions are placed in the sentence after one character
    return [_Mention(m.start + shift, m.end + shift, *m[2:]) for m in found]


@lru_cache(maxsize=_SENTENCE_CACHE)
def _sentence_mentions(text: str, after_word: bool, sentence: int) -> tuple[_Mention, ...] | None:
    """`_scan` of one sentence standing after a word character or not, placed at offset 1;
    None when the answer depends on the text around the sentence."""
    found = _scan(("a" if after_word else " ") + text, 1, len(text) + 1, sentence, whole=False)
    return None if found is None else tuple(found)


def _scan(
    masked: str, start: int, end: int, sentence: int, *, whole: bool
) -> list[_Mention] | None:
    """People named in masked[start:end]; None when `whole` is False and the answer needs the
    text outside the sentence (`_titled_acronym` counts a name over the whole text)."""
    first = _FIRST_CHUNK.match(masked, start, end)
    if (
        first is not None
        and not _CAPITALISH.search(masked, first.end(), end)
        and not any(_is_nameish(t[2]) for t in _tokens(masked, start, first.end()))
    ):
        return []  # "The water rose fast.": no capital past a first word that names no one
    toks = _tokens(masked, start, end)
    # each token is tested many times below: decide once whether it may be part of a name
    # (a lower-case token is a name only as a particle joined by a hyphen: "al-Nunu")
    nameish = [_is_nameish(t[2]) if t[2][:1].isupper() or "-" in t[2] else False for t in toks]
    n = len(toks)
    # only a name-like token can open a run: step from one to the next, not word by word
    heads = list(compress(range(n), nameish))
    # a bare initial before a name ("K Ramanan", "S Iyer"), not "A" or "I"; only the word
    # before a name-like one can be one, and marking it changes no later test here
    initials = [
        k
        for k in (h - 1 for h in heads if h)
        if len(toks[k][2]) == 1
        and toks[k][2] not in "AI"
        and toks[k][2].isupper()
        and masked[toks[k][1] : toks[k + 1][0]] == " "
    ]
    if initials:
        for k in initials:
            nameish[k] = True
        heads = list(compress(range(n), nameish))
    out: list[_Mention] = []
    h = 0
    i = 0
    while True:
        while h < len(heads) and heads[h] < i:
            h += 1
        if h == len(heads):
            break
        i = heads[h]
        if toks[i][2].lower() in _ROLE_HEADS and i + 1 < n and not nameish[i + 1]:
            i += 1
            continue
        j = i
        run = [i]
        while j + 1 < n:
            nxt = toks[j + 1][2]
            gap = masked[toks[j][1] : toks[j + 1][0]]
            # a single space (the usual gap) neither breaks a run nor is a quotation taken out
            if (gap != " " and (gap.strip() or _masked_gap(gap))) or _base(toks[j][2])[1]:
                break
            if nameish[j + 1] or (nxt.lower() in _PARTICLES and j + 2 < n and nameish[j + 2]):
                run.append(j + 1)
                j += 1
            else:
                break
        i = j + 1
        words = [toks[k][2] for k in run]
        # the title and nationality words at the head of the run are the descriptor
        cut = 0
        while cut < len(words) - 1 and (
            _role_word(words[cut])
            or (
                (_ACRONYM.match(_base(words[cut])[0]) or _nationality(words[cut]))
                and (_role_word(words[cut + 1]) or _nationality(words[cut + 1]))
            )
        ):
            cut += 1
        if cut < len(words) - 2 and _may_be_title(words[cut], words[cut + 1 :]):
            if not whole:
                return None
            if _titled_acronym(masked, words[cut], words[cut + 1 :]):
                cut += 1
        for j in range(len(words) - 2, cut - 1, -1):
            if _base_low(words[j]) in _ROLE_HEADS:
                cut = j + 1  # "Fire Chief Ramon Ortega": everything up to the title word
                break
        if (
            cut == 0
            and len(words) >= 3
            and run[0] >= 2
            and toks[run[0] - 1][2] == "of"
            and toks[run[0] - 2][2].lower().rstrip(".") in _ROLE_HEADS
        ):
            cut = len(words) - 2  # "Minister of Information Jamal Jarrah"
        if cut == 0 and len(words) >= 3 and words[0].lower().endswith(_AGENT):
            cut = 1  # "Striker Luis Moreno", "Senator Jane Roe": an occupation, not a name
        lows = [_base_low(w) for w in words[cut:]]
        last_org = (
            -1
            if _ORG_WORDS.isdisjoint(lows)
            else max(j for j, w in enumerate(lows) if w in _ORG_WORDS)
        )
        tail = lows[last_org + 1 :]
        staffed = (
            0 <= last_org < len(lows) - 1
            and len(tail) <= 3
            and all(w not in _ROLE_HEADS for w in tail)
            and _cue_follows(masked, toks[run[-1]][1], end)
        )
        if staffed:
            # "spokesperson for the Tolitoli District Social Service Office Asmita said": the
            # body is the person's affiliation, the words after it the name
            cut += last_org + 1
        name_words = words[cut:]
        last_base, possessive = _base(name_words[-1])
        name_words = [*name_words[:-1], last_base]
        lows = [w.lower().rstrip(".") for w in name_words]
        if (
            not _ORG_WORDS.isdisjoint(lows)
            or not _VEHICLE_WORDS.isdisjoint(lows)
            or _ROLE_HEADS.issuperset(lows)
        ):
            continue
        if (
            len(name_words) == 1
            and _nationality(name_words[0])
            and _attributive(toks, run[-1], masked)
        ):
            continue
        # extend the descriptor leftwards over role words and capitalised modifiers
        k = run[0] + cut - 1 if cut else run[0] - 1
        head = run[0] + cut
        d0 = head
        while k >= 0:
            tok = toks[k][2]
            gap = masked[toks[k][1] : toks[k + 1][0]]
            if gap != " " and ((gap.strip() and gap.strip() not in ("-",)) or _masked_gap(gap)):
                break
            if nameish[k] or _role_word(tok) or _nationality(tok) or _base(tok)[1]:
                d0 = k
                k -= 1
                continue
            if tok in ("of", "for") and k > 0 and _role_word(toks[k - 1][2]) and d0 < head:
                k -= 1  # "Chief of Police", "Minister for Health": the title runs on
                continue
            break
        while d0 < head and toks[d0][2].lower() in ("and", "the"):
            d0 += 1
        descriptor = masked[toks[d0][0] : toks[head - 1][1]] if d0 < head else None
        titled = descriptor is not None and any(
            _base_low(toks[k2][2]) in _ROLE_HEADS for k2 in range(d0, head)
        )
        # "Professor X of Y University": the affiliation belongs to the role
        after = masked[toks[run[-1]][1] : end]
        # each pattern is tried only where its match can matter
        aff = (
            rx.match(r"\s+(?:of|at|from)\s+((?:the\s+)?(?:[A-Z][\w’'.-]*\s?){1,5})", after)
            if titled and not possessive
            else None
        )
        if aff:
            descriptor = f"{descriptor} of {aff.group(1).strip()}"
        app = (
            rx.match(_APPOSITION, after)
            if descriptor is None and not possessive and after.startswith(",")
            else None
        )
        if (
            descriptor is None
            and app
            and not possessive
            and any(_role_word(w) for w in app.group(1).split())
            and not _clause_after_role(app.group(1).split())
        ):
            descriptor = app.group(1)
        b = d0 - 1
        while b >= 0 and toks[b][2].lower() in ("the", "a", "an"):
            b -= 1
        before = toks[b][2].lower() if b >= 0 else ""
        according = before == "to" and b >= 1 and toks[b - 1][2].lower() == "according"
        # "five died, including the firm's CEO Ann Roe": one of a list, not the topic
        obj = (
            (before in _PREPS or before in _OBJECT_VERBS or before == "including")
            and not staffed
            and not according
        )
        cue_after = _CUE_AFTER.match(after)
        subject = bool(cue_after and _is_cue(cue_after.group(1)))
        gender = None
        for k2 in range(d0, head):
            g = _HONORIFIC_GENDER.get(_base_low(toks[k2][2]))
            if g:
                gender = g
        full = len(name_words) >= 2 or titled or staffed
        body = (
            len(name_words) == 1
            and d0 == head
            and gender is None
            and (
                bool(_ACRONYM.match(name_words[0])) or (d0 > 0 and toks[d0 - 1][2].lower() == "the")
            )
        )
        if len(name_words) == 1 and not titled and lows[0] in _ROLE_HEADS:
            continue
        lo = max(start, toks[d0][0] - 60)
        aged = (_DIGIT.search(after, 0, 8) and _AGE_AFTER.match(after)) or (
            masked.find("year-old", lo, toks[d0][0]) != -1
            and _AGE_BEFORE.search(masked, lo, toks[d0][0])
        )
        out.append(
            _Mention(
                start=toks[run[0] + cut][0],
                end=toks[run[-1]][0] + len(last_base),
                name=" ".join(name_words),
                full=full,
                descriptor=_clean_descriptor(descriptor) if descriptor else None,
                gender=gender,
                possessive=possessive,
                sentence=sentence,
                obj=obj,
                subject=subject,
                age=aged.group(1) if aged else None,
                body=body,
            )
        )
    return out


# An age given with a name: "Hakan Demirtas, 32, said", "Mr Lee (45)", "Ann Roe, a 49-year-old
# nurse," after it; "the 31-year-old suspect Neal Arceneaux" before it.
_AGE_AFTER = rx.compile(
    r"\s*(?:,\s*(?:a\s+|aged\s+)?|\(\s*)(\d{1,3})(?:-year-old\b[^,.;()]{0,40})?\s*[,.;)]"
)
_AGE_BEFORE = rx.compile(r"\b(\d{1,3})-year-old\s+(?:[a-z][\w-]*\s+){0,3}$")
# "the 45-year-old" as a speaker: the person the article gave that age.
_AGE_DESCRIPTION = rx.compile(r"^(?:the|a)\s+(\d{1,3})-year-old(?:\s+[a-z][\w-]*){0,2}$", re.I)


def _cue_follows(masked: str, pos: int, end: int) -> bool:
    """True when a cue verb follows position `pos` (the name before it is a speaker)."""
    m = _CUE_AFTER.match(masked, pos, end)
    return bool(m and _is_cue(m.group(1)))


_OBJECT_VERBS = frozenset(["told", "tells", "tell", "telling", "thanked", "met", "called", "by"])
# A name followed by a cue verb, perhaps after "(pix)", ", 68," or an adverb.
_CUE_AFTER = rx.compile(r"(?:\s*\([^)]{1,40}\))?(?:,[^,.;]{1,60},)?\s+(?:\w+ly\s+)?([a-z]+)")


_NATIONAL_SUFFIX = ("ese", "ian", "ean", "ish", "ican", "ern")
_NATIONAL = _words(
    """US U.S. UK U.K. EU E.U. UN U.N. American African Korean Mexican German Cuban Afghan
    Israeli Pakistani Iraqi Saudi Thai Yemeni Qatari Kuwaiti Omani Emirati Bangladeshi Nepali
    Somali Filipino Greek Dutch French Swiss Czech Welsh Belgian Chilean Peruvian Venezuelan
    Moroccan Libyan Sudanese"""
)


@lru_cache(maxsize=_WORD_CACHE)
def _nationality(tok: str) -> bool:
    """True for a nationality adjective or a country abbreviation (Chinese, U.S., Israeli)."""
    base, _ = _base(tok)
    if base in _NATIONAL or base.replace(".", "") in _NATIONAL:
        return True
    return (
        base[:1].isupper()
        and base[1:].islower()
        and base.endswith(_NATIONAL_SUFFIX)
        and base.lower() not in _NOT_NAME
    )


def _attributive(toks: Sequence[tuple[int, int, str]], k: int, masked: str) -> bool:
    """True when the word at `k` is used as an adjective: a known nationality, or a word
    ending like one ("Bavarian", "Northern") before a noun, not before a verb or a stop: a
    surname ending the same way ("Stern said", "Stern resigned.") stays a name."""
    word = _base(toks[k][2])[0]
    if word in _NATIONAL or word.replace(".", "") in _NATIONAL:
        return True
    if k + 1 >= len(toks) or masked[toks[k][1] : toks[k + 1][0]].strip():
        return False
    nxt = toks[k + 1][2]
    low = nxt.lower()
    return not (nxt[:1].islower() and (low.endswith("ed") or low in _AUX or _is_cue(low)))


@lru_cache(maxsize=_WORD_CACHE)
def _clean_descriptor(text: str) -> str:
    """A descriptor without a leading article and stray punctuation."""
    text = rx.sub(r"\s+", " ", text).strip(" ,;:-–—")
    return rx.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)


# Abbreviated titles and the role words they stand for, so that "the governor" finds
# "Gov. Ann Roe" and "the senator" finds "Sen. Lee".
_FULL_TITLE = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "lt": "lieutenant",
    "gen": "general",
    "adm": "admiral",
    "supt": "superintendent",
    "insp": "inspector",
    "col": "colonel",
    "capt": "captain",
    "sgt": "sergeant",
    "maj": "major",
    "prof": "professor",
}
# "the chief executive" finds "Acme CEO Jo Park", and "the CEO" finds "chief executive Jo Park".
_TITLE_ACRONYMS = {
    "CEO": "chief executive",
    "CFO": "chief financial officer",
    "COO": "chief operating officer",
}
_TITLE_ACRONYM_WORD = rx.compile(r"\b(?:CEO|CFO|COO)\b")


def _spelled(desc: str) -> str:
    """The descriptor with a C-suite acronym spelt out."""
    if "C" not in desc:
        return desc
    return _TITLE_ACRONYM_WORD.sub(lambda m: _TITLE_ACRONYMS[m.group()], desc)


@lru_cache(maxsize=_WORD_CACHE)
def _head(desc: str) -> str:
    """The role head of a descriptor ("spokesperson" for "chief government spokesman")."""
    words = [w.lower() for w in _WORD.findall(desc.split(" of ")[0].split(" to ")[0])]
    for w in reversed(words):
        w = _base(w)[0].rstrip(".")
        w = _FULL_TITLE.get(w, w)
        w = w.removesuffix("-elect")  # "the president-elect" is the new president
        if w in _ROLE_HEADS:
            return (
                "spokesperson"
                if w.startswith("spokes")
                else w.rstrip("s")
                if w.endswith("officials")
                else w
            )
    return words[-1] if words else ""


def _modifiers(desc: str) -> set[str]:
    """Content words of a descriptor other than its head, folded ("japan's" → "japa")."""
    out = set()
    head = _head(desc)
    for w in _WORD.findall(desc):
        low = _base(w)[0].lower().replace(".", "")
        if low in ("the", "a", "an", "of", "to", "for", "at", "in", "and") or low == head:
            continue
        out.add(low[:4])  # "Japan's", "Japanese" and "japan" fold together
    return out


def _caps(desc: str) -> set[str]:
    """Capitalised (place or nationality) words of a descriptor, folded to 4 letters."""
    return {
        _base(w)[0].replace(".", "").lower()[:4]
        for w in _WORD.findall(desc)
        if w[:1].isupper()
        and _base(w)[0].lower() not in _ROLE_HEADS
        and _base(w)[0].lower() not in _ROLE_MODIFIERS
        and w.lower() not in _DETERMINERS  # "The chief executive" opening a sentence
    }


_LEADER_TITLES = frozenset(
    ["president", "premier", "minister", "chancellor", "king", "queen", "leader", "emir"]
)


_BODY_HEAD_TITLES = frozenset(["chief", "chairman", "chairwoman", "chairperson", "chair", "head"])


@lru_cache(maxsize=_WORD_CACHE)
def _fits(description: str, descriptor: str) -> int:
    """How well a description fits a person's descriptor: 0 = not at all, more is better."""
    description, descriptor = _spelled(description), _spelled(descriptor)
    want, have = _head(description), _head(descriptor)
    a, b = _caps(description), _caps(descriptor)
    if (
        want != have
        and not (want == "leader" and have in _LEADER_TITLES)
        # "the ORA chief" and "ORA Chairman X": the head of one body the two name alike
        and not (want in _BODY_HEAD_TITLES and have in _BODY_HEAD_TITLES and a & b)
    ):
        return 0
    if a and b and not a & b:
        return 0  # "the French president" is not "US President Ford"
    if a and not b:
        return 0
    mods = _modifiers(description)
    shared = mods & _modifiers(descriptor)
    if mods and not shared:
        return 0
    return 1 + len(shared)


def _genders(
    masked: str, sentences: Sequence[Sentence], mentions: Sequence[_Mention]
) -> dict[str, str]:
    """Gender per name, from honorifics and from pronouns that follow the name in its sentence."""
    votes: dict[str, int] = {}
    by_sentence: dict[int, list[_Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
        if m.gender:
            votes[m.name] = votes.get(m.name, 0) + (5 if m.gender == "m" else -5)
    for s in sentences:
        ms = by_sentence.get(s.index)
        if not ms:
            continue
        first = ms[0]
        stop = next((m.start for m in ms if m.name != first.name), s.span.end)
        for w in _WORD.findall(masked[first.end : stop]):
            low = w.lower()
            if low in _MALE:
                votes[first.name] = votes.get(first.name, 0) + 1
            elif low in _FEMALE:
                votes[first.name] = votes.get(first.name, 0) - 1
    return {k: ("m" if v > 0 else "f") for k, v in votes.items() if v}


class _People(NamedTuple):
    """What an article says about the people it names."""

    mentions: tuple[_Mention, ...]
    starts: tuple[int, ...]
    full: Mapping[str, str]  # any name form → canonical full name
    roles: Mapping[str, str]  # canonical name → its fullest descriptor
    gender: Mapping[str, str]
    first: Mapping[str, int]  # canonical name → where it is first mentioned
    bodies: tuple[tuple[int, str], ...] = ()  # organisations named, with where
    issuers: tuple[tuple[int, str], ...] = ()  # who issued a statement the article mentions
    ages: tuple[tuple[int, str, str], ...] = ()  # (where, age, canonical name) as given
    # (sentence, where, "m"/"f"): "he"/"she" before any name, the sentence's subject
    pronoun_subjects: tuple[tuple[int, int, str], ...] = ()
    # (sentence start, sentence end, where, name): the organisation a sentence opens with as
    # its subject, for "it said" to point back to the body the text was about
    body_subjects: tuple[tuple[int, int, int, str], ...] = ()


# A run of capitalised words, with the connectors names of bodies use ("Ministry of Defence").
_CAP_RUN = rx.compile(r"[A-Z][\w&’'.-]*(?:(?:\s+(?:of|for|and|the|on|de)\s+|\s+)[A-Z][\w&’'.-]*)*")
_STATEMENT_FROM = rx.compile(
    r"\b(?:statement|release|letter)\s+(?:issued\s+)?(?:from|by)\s+(.+)$", re.IGNORECASE
)


def _bodies(masked: str) -> tuple[tuple[int, str], ...]:
    """Organisations named in the text ("BlackBerry Ltd", "the Interior Ministry"), in order."""
    out = []
    for m in _CAP_RUN.finditer(masked):
        run = m.group()
        # Most runs are one word ("The", "He", a surname). A run with no space in it is one
        # piece (a stop in it is followed by no space), and one word is kept below only when
        # it is a corporate word ("Inc."): test that first, without the general steps.
        if len(run.split()) == 1 and run.rstrip(".").lower() not in _CORPORATE:
            continue
        # "… the Ministry of Interior. The Press Agency": a sentence may end inside the run
        for p_at, p_text in _run_pieces(run):
            words = p_text.rstrip(".").split()
            while words and (words[0].lower() in _NOT_NAME or words[0].lower() in _PREPS):
                words = words[1:]
            if len(words) < 1 or not _body_head(" ".join(words)):
                continue
            if len(words) == 1 and words[0].lower() not in _CORPORATE:
                continue  # a bare "Police" or "Ministry" names no one
            at = m.start() + p_at + p_text.find(words[0])
            out.append((at, " ".join(words)))
    return tuple(out)


# The parts of a capitalised run between sentence stops ("Interior. The").
_RUN_SPLIT = rx.compile(r"(?:[^.]|\.(?!\s)|(?<![a-z]{2})\.)+\.?")


def _run_pieces(run: str) -> tuple[tuple[int, str], ...]:
    """(offset, text) of each part of a capitalised run between sentence stops."""
    if "." not in run:
        return ((0, run),)  # the common case: no regex pass needed
    return tuple((p.start(), p.group()) for p in _RUN_SPLIT.finditer(run))


def _body_head(name: str) -> str:
    """The word that says what kind of body a name is: its last word ("Interior Ministry",
    "Acme Corp") or the word before "of"/"for" ("Ministry of Interior", "Bank of England");
    empty when the name is not a body's."""
    words = name.split()
    last = _base_low(words[-1]) if words else ""
    if last in _BODY_NAME_END:
        return last
    for w, nxt in pairwise(words):
        if nxt in ("of", "for") and w[:1].isupper():
            low = w.lower()
            return low if low in _BODY_NAME_END else ""
    return ""


# What follows a subject: "(NCDC)", ", the group's armed wing,", an adverb, then the verb.
_SUBJECT_VERB = rx.compile(r"(?:\s*\([^)]{1,40}\))?(?:,[^,.;]{1,60},)?\s+(?:\w+ly\s+)?([a-z]+)\b")
_ACRONYM_AFTER = rx.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")
_SENTENCE_OPENER = rx.compile(
    r"^\W*(?:(?:the|but|and|however|meanwhile|on\s+\w+|earlier|later),?\s+)?$", re.I
)


_IT_CUE = rx.compile(
    r"\b(?:[Ii]t|the\s+(?:[\w’'-]+\s+){0,3}(?:company|firm|"
    + "|".join(sorted(_COMPANY_HEADS))
    + r"))\s+(?:has\s+|had\s+|also\s+)?(?:said|says|added|stated|wrote|"
    r"announced|noted|warned|told|explained|insisted|argued|reported|tweeted|posted)\b"
)
_DIGIT = rx.compile(r"\d")
_WHICH_AFTER = rx.compile(r",\s+which\b")
_RUN_STOP = rx.compile(r".*[a-z]{2}\.\s+")


def _verb_follows(masked: str, end: int) -> bool:
    """True when the words after position `end` start with a verb: the phrase before is a
    subject ("Hamas said", "NCDC has reported", "BlackBerry, the phone maker, announced")."""
    m = _SUBJECT_VERB.match(masked, end, min(len(masked), end + 120))
    if not m:
        return False
    w = m.group(1)
    return (
        w in _AUX
        or _is_cue(w)
        or (w.endswith("ed") and w not in _FUNCTION_WORDS)
        or (w.endswith("s") and not w.endswith("ss") and len(w) > 3 and w not in _FUNCTION_WORDS)
    )


def _org_subjects(
    masked: str, sentences: Sequence[Sentence], persons: Mapping[str, str]
) -> list[tuple[int, str]]:
    """Organisations that are the subject of a sentence, for "it said" to point back to: a
    name glossed with an acronym ("the Nigeria Centre for Disease Control (NCDC) said"), an
    acronym ("the UN said") or a one-word name that opens its sentence and names no person
    ("Hamas said on Thursday")."""
    out = []
    for s in sentences:
        for m in _CAP_RUN.finditer(masked, s.span.start, s.span.end):
            run = m.group()
            cut = _RUN_STOP.search(run)  # "Monday. The WHO": a sentence ended inside the run
            offset = m.start() + (cut.end() if cut else 0)
            words = run[cut.end() if cut else 0 :].rstrip(".").split()
            lead = 0
            while (
                lead < len(words) and words[lead].lower() in _NOT_NAME and not words[lead].isupper()
            ):
                lead += 1
            words = words[lead:]
            if len(words) >= 2 and _base(words[0])[1]:
                # "SpaceX's Starship exploded": the owner of the thing is the body
                words = [_base(words[0])[0]]
            if not words:
                continue
            name = " ".join(words)
            start = offset + masked[offset : m.end()].find(words[0])
            end = m.start() + len(run.rstrip("."))
            glossed = _ACRONYM_AFTER.match(masked, end)
            if not _verb_follows(masked, end):
                continue
            if glossed and len(words) >= 2:
                out.append((start, name))
                continue
            if (
                len(words) in (2, 3)
                and _SENTENCE_OPENER.match(masked[s.span.start : start])
                # ", which …" is said of a thing or a body, never of a person
                and (_WHICH_AFTER.match(masked, end) or not any(w in persons for w in words))
                and not any(_role_word(w) or _nationality(w) for w in words)
                and not any(_base(w)[0].lower() in _ORG_WORDS | _NOT_NAME for w in words)
            ):
                # "Bluewater Voyages, which ran the dive, issued …": a brand name opening
                # its sentence as the subject, for "the company said" to point back to
                out.append((start, name))
                continue
            if len(words) != 1:
                continue
            word, _ = _base(words[0])
            acronym = bool(_ACRONYM.match(word)) and word not in ("I", "A", "OK", "TV")
            if acronym or (
                word[:1].isupper()
                and word not in persons
                and word.lower() not in _NOT_NAME
                and word.lower() not in _ROLE_HEADS
                and not _nationality(word)
                and _SENTENCE_OPENER.match(masked[s.span.start : start])
            ):
                out.append((start, word))
    return out


_RELEASED = rx.compile(
    r"\s+(?:released|issued|put\s+out|published|shared)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"
    r"(?:statement|tribute|release)\b"
)


def _issuers(masked: str, sentences: Sequence[Sentence]) -> tuple[tuple[int, str], ...]:
    """Who issued each statement an article mentions: "X said in a statement", "a statement
    from X"."""
    out = []
    for s in sentences:
        part = masked[s.span.start : s.span.end]
        if "statement" not in part and "release" not in part:
            continue
        written, _cue = _cue_frame(part, "")
        released = _RELEASED.search(part)
        if released:
            # "his family released a statement in which Mr Lee was described as …"
            written = _np_before(part[: released.start()]) or written
        if not written:
            continue
        m = _STATEMENT_FROM.search(written)
        who = m.group(1).strip() if m else written
        if _head(who) in ("statement", "release") or who.lower() in ("it", "they"):
            continue
        out.append((s.span.start, who))
    return tuple(out)


def _people(masked: str, sentences: Sequence[Sentence]) -> _People:
    """The people of one article: mentions, name forms unified, roles and genders."""
    mentions, canon, roles = _names(masked, sentences)
    gender_raw = _genders(masked, sentences, mentions)
    gender: dict[str, str] = {}
    for name, g in gender_raw.items():
        gender.setdefault(canon.get(name, name), g)
    first: dict[str, int] = {}
    for m in mentions:
        first.setdefault(canon.get(m.name, m.name), m.start)
    ages = tuple((m.start, m.age, canon.get(m.name, m.name)) for m in mentions if m.age)
    bodies = _bodies(masked)
    subjects: tuple[tuple[int, int, int, str], ...] = ()
    if _IT_CUE.search(masked):  # only "it said" needs the organisations that are subjects
        bodies = tuple(sorted([*bodies, *_org_subjects(masked, sentences, canon)]))
        subjects = _body_subjects(masked, sentences, bodies)
    return _People(
        tuple(mentions),
        tuple(m.start for m in mentions),
        canon,
        roles,
        gender,
        first,
        bodies,
        _issuers(masked, sentences),
        ages,
        _pronoun_subjects(masked, sentences, mentions),
        subjects,
    )


def _body_subjects(
    masked: str, sentences: Sequence[Sentence], bodies: Sequence[tuple[int, str]]
) -> tuple[tuple[int, int, int, str], ...]:
    """For each sentence whose first organisation is followed by a verb, that organisation:
    the subject ("The union released a statement on talks with the Producers Alliance")."""
    out = []
    starts = [pos for pos, _ in bodies]
    for s in sentences:
        k = bisect_right(starts, s.span.start - 1)
        if k < len(bodies) and bodies[k][0] < s.span.end:
            pos, name = bodies[k]
            before = masked[s.span.start : pos].split()
            # at most a label or an opener before it ("Details: The union"), no preposition
            # making it an object ("Talks with the union")
            if (
                len(before) <= 3
                and not any(w.lower().strip(",:") in _NOT_SUBJECT_AFTER for w in before)
                and _verb_follows(masked, pos + len(name))
            ):
                out.append((s.span.start, s.span.end, pos, name))
    return tuple(out)


_SUBJECT_PRONOUN = rx.compile(r"\b(?:(he|He)|(she|She))\b")


def _pronoun_subjects(
    masked: str, sentences: Sequence[Sentence], mentions: Sequence[_Mention]
) -> tuple[tuple[int, int, str], ...]:
    """Sentences whose subject is "he" or "she" ("In her speech, she thanked her partner, Jo
    Lee."): the names after the pronoun there are not who the pronoun is."""
    first_name: dict[int, int] = {}
    for m in mentions:
        first_name.setdefault(m.sentence, m.start)
    out = []
    for s in sentences:
        end = min(first_name.get(s.index, s.span.end), s.span.end)
        found = _SUBJECT_PRONOUN.search(masked, s.span.start, end)
        if found:
            out.append((s.index, found.start(), "m" if found.group(1) else "f"))
    return tuple(out)


def _shown_people(mentions: Sequence[_Mention]) -> frozenset[str]:
    """The names the article shows to be people's: given a role, an honorific or an age, or
    speaking under their full name."""
    return frozenset(
        m.name for m in mentions if m.descriptor or m.gender or m.age or (m.subject and m.full)
    )


def _names(
    masked: str, sentences: Sequence[Sentence]
) -> tuple[list[_Mention], dict[str, str], dict[str, str]]:
    """The people named in one article: mentions in order, the full name each form stands
    for, and the longest descriptor given to each full name."""
    mentions: list[_Mention] = []
    for s in sentences:
        mentions.extend(_mentions(masked, s.span.start, s.span.end, s.index))
    mentions.sort(key=lambda m: m.start)
    fulls: dict[str, str] = {}
    for m in mentions:
        if len(m.name.split()) >= 2:
            fulls.setdefault(m.name, m.name)
    canon: dict[str, str] = dict(fulls)
    people = _shown_people(mentions)
    for name in fulls:
        parts = name.split()
        # a first word alone stands for the full name only when that is a person's: "Amtrak"
        # is not "Amtrak Cascades" (a train), but "Janet" may be "Janet Yellen, the chair"
        shown = name in people or parts[-1] in people  # "Ms Yellen" shows "Janet Yellen"
        for part in (parts[0], parts[-1]) if shown else (parts[-1],):
            canon.setdefault(part, name)
            if _PARTICLE_NAME.match(part):  # "Al-Nunu" opening a sentence
                canon.setdefault(part[:1].upper() + part[1:], name)
    roles: dict[str, str] = {}
    for m in mentions:
        c = canon.get(m.name, m.name)
        honorific = m.descriptor and m.descriptor.lower().rstrip(".") in _HONORIFICS
        if m.descriptor and not honorific and len(m.descriptor) > len(roles.get(c, "")):
            roles[c] = m.descriptor
    return mentions, canon, roles


# ------------------------------------------------------------------ speakers


_FUNCTION_WORDS = _words(
    """
    but and or as in on at to for with by from that which who is are was were has have had
    will would can could may might should yet so than then after before over since because
    while when of into about against among amid during despite if though although not also
    it its he she they we i you this these those there here where whether said says
    """
)
_ADJ_SUFFIX = (
    "ed",
    "al",
    "ive",
    "ous",
    "ic",
    "ful",
    "ant",
    "ent",
    "ary",
    "ior",
    "ern",
    "ish",
    "ian",
    "ese",
    "less",
    "ing",
)
_PREPS = frozenset(["of", "at", "for", "to", "in", "from", "with", "on"])
# Words before a body that make it an object, not the sentence's subject ("Talks with the union").
_NOT_SUBJECT_AFTER = _PREPS | frozenset(
    ["and", "or", "by", "than", "as", "like", "after", "before", "against"]
)
# "her" is left out: as often an object ("told her mother") as a possessive.
_DETERMINERS = frozenset(["the", "a", "an", "one", "his", "their", "its", "our"])
_INVERTED = rx.compile(
    r"(?:said|says|declared|added|asked|wrote|explained|noted|continued|stated|insisted|told|"
    r"replied|answered|warned|recalled|concluded|remarked|argued|observed|agreed|countered|"
    r"quipped|joked|tweeted|posted|cautioned|stressed|admitted|conceded|acknowledged|exclaimed|"
    r"pleaded|shouted|urged|adds|notes|explains|warns|writes|recalls|continues|insists|argues|"
    r"stresses|declares|asks)\b",
    re.IGNORECASE,
)
# What may follow a cue after a quote: "he said.", "she told reporters on Monday,", "he said
# in a statement", but not a clause of its own ("senior lawmakers admit they had hoped").
# "Xinhua quoted Sabahy as saying", "the paper cited officials as saying", "he was quoted as
# saying": group 1 or 2 is who spoke. `_QUOTED_AS_LEAD` must reach the end of the words before
# a quote; `_QUOTED_AS_TRAIL` starts the words after one. Neither crosses a sentence end.
_W = r"[^\s.;!?“”\"«»]+"
_QUOTED_AS_BODY = (
    rf"(?:(?:{_W}\s+){{1,6}}?(?:quoted|cited)\s+((?:{_W}\s+){{0,6}}?{_W})"
    rf"|((?:{_W}\s+){{0,5}}?{_W})\s+(?:was|were|is|are|has\s+been)\s+(?:quoted|cited))"
    r"\s+as\s+(?:saying|telling|stating|writing|adding|having\s+said)\b"
)
_QUOTED_AS_LEAD = rx.compile(rf"(?:^|[.;!?]\s+|,\s+){_QUOTED_AS_BODY}[^.;!?“”\"«»]*$")
_QUOTED_AS_TRAIL = rx.compile(rf"\s*{_QUOTED_AS_BODY}")
# Periods that end an initial or a title, not a sentence ("Barry M. Weber", "Gov. Amando").
_SPACES = rx.compile(r"\s+")
_SOFT_DOT = rx.compile(
    r"(?<![\w.])(?:(?:[A-Z]\.)+[A-Z]|Mrs?|Ms|Dr|Prof|St|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Adm|Maj|"
    r"Rev|Hon|Jr|Sr|Supt|Insp|[A-Z])\.(?=\s)"  # "U.S. Attorney": an initialism, not a stop
)
# "a fan killed in the crash", "a man who died": clauses that describe, not name, a speaker.
_REDUCED_RELATIVE = rx.compile(
    r"\s+(?:who|whose|which|[a-z]+ed\s+(?:in|at|on|by|during|after))\b.*$"
)
_RELATIVE = rx.compile(
    r"(?<=[A-Za-z])\s+(?:who|whose)\s+[^,;:“”\"«»]*?\b(?:have|has|had|were|was)?\s*$"
)
_DESCRIBED_AS = rx.compile(
    r"\b(?:was|were|is|are|been)\s+(?:described|called|remembered|hailed|praised|quoted)\s+as\s+"
    r"(?:an?\s+|the\s+)?$"
)
_MODIFIED_HEAD = rx.compile(
    r"\s+(?:" + "|".join(sorted(h for h in _ROLE_HEADS if h.isalpha() and len(h) > 3)) + r")s?\b"
)
_PASSIVE = rx.compile(r"\b(?:was|were|is|are|been|being)\s+$")
_OBJECT_PRONOUN = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "I"}
# Cues of an outlet passing on what someone else said.
_RELAY_CUES = frozenset(["reported", "reports"])
# "…,” rescuers told a boy who was trapped under a slab, …": the person told, described.
# "…”, enumerated the president-elect.": any past-tense verb set before the speaker, when
# the speaker then ends the sentence (a verb outside the list above, used only this way).
_INVERTED_ANY = rx.compile(
    r"[a-z]{3,}ed(?=\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,3}[\w’'.-]+\s*(?:[.;]|$))"
)
_TOLD_WHO = rx.compile(r"(?:\s+[\w’'-]+){1,3}\s+(?:who|whom)\s[^.;:!?“”\"«»]{0,100}(?:[.,;]|$)")
_TRAIL_END = rx.compile(
    r"(?!\s+(?:that|they|he|she|it|we|i|you|there|this|the\s+\w+\s+(?:was|is|had|has|would|will))\b)"
    r"(?:(?:\s+[\w’'.\-]+){0,9}\s*(?:[.,;:!?—–)]|$)"
    # "…,” Roe recalled as she stood outside", "…,” he said through a bullhorn while wearing":
    # a clause of time or manner may run on past the limit above ("…,” she said when asked
    # about the talks on Friday")
    r"|(?:\s+[\w’'.\-]+){0,5}?\s+(?:as|while|when|after|before)\s+(?:he|she|they|we|i|[a-z]+ing"
    r"|asked|pressed|questioned|challenged|prompted)\b"
    # "…,” the judge said of the defendant, who …": whom the words are about
    r"|\s+(?:of|about)\s+(?:the|a|an|his|her|their|[A-Z])\w*"
    # "…”, X told several thousand supporters at his headquarters in the capital, after …":
    # an audience and a place may run on past the limit too
    r"|(?:\s+[\w’'.\-]+){1,4}?\s+(?:at|in|outside|inside|near)\s+(?:[\w’'.\-]+\s+){0,8}?"
    r"[\w’'.\-]+\s*[.,;])",
    re.IGNORECASE,
)


def _is_head(word: str) -> bool:
    """True when a word can end a speaker phrase: a name, a role, a pronoun or a plural noun."""
    base, _ = _base(word)
    low = base.lower().rstrip(".")
    if _PRONOUN.match(low):
        return True
    if (
        low in _ROLE_HEADS
        or low in _ORG_HEADS
        or low in _GROUP_HEADS
        or (base[:1].isupper() and low not in _NOT_NAME)
        or _PARTICLE_NAME.match(base)
    ):
        return True
    return (
        low.endswith("s") and len(low) > 3 and low not in _FUNCTION_WORDS and not low.endswith("ss")
    )


def _valid_np(words: Sequence[str]) -> bool:
    """True when the words read as a speaker: [det] modifiers head [prep phrase]."""
    if not words or len(words) > 14:
        return False
    first = _base(words[0])[0].lower()
    if _PRONOUN.match(first) or first == "it":
        return len(words) == 1  # "it": an organisation, resolved to the nearest one named
    if (first in _FUNCTION_WORDS and first not in ("the", "a", "an")) or first in _CLAUSE_WORDS:
        return False
    # the part before a preposition must end in a head ("the envoy to Tokyo")
    core = list(words)
    for k, w in enumerate(words):
        if k and w.lower() in _PREPS:
            core = list(words[:k])
            tail = words[k + 1 :]
            if not tail or not any(_is_cap(t) or t.lower() in ("the", "a") for t in tail[:2]):
                return False
            break
    if not core:
        return False
    last = _base(core[-1])[0].lower()
    determined = first in _DETERMINERS or _base(words[0])[1]  # "one farmer", "his family"
    if not _is_head(core[-1]) and not (
        determined
        and len(core) > 1
        and last not in _FUNCTION_WORDS
        and not last.endswith(("ed", "ing", "ly"))
        and not _is_cue(last)
    ):
        return False
    unknown = 0
    # "UN human rights chief Volker Turk": nouns may qualify a role word that follows them
    role_at = [_base_low(w) in _ROLE_HEADS for w in core]
    for i, w in enumerate(core[:-1]):
        low = _base(w)[0].lower()
        if low in _DETERMINERS or low in (
            "some",
            "many",
            "most",
            "two",
            "three",
            "several",
            "other",
        ):
            continue
        if _is_cap(w) or _base(w)[1] or _role_word(w) or _nationality(w):
            continue
        if low in _PARTICLES:
            continue  # "Rob van Bree"
        if low == "and" and i and _role_word(core[i - 1]) and _role_word(core[i + 1]):
            continue  # "founder and CEO Jo Park": one title of two roles
        if low in _FUNCTION_WORDS or (_is_cue(low) and not any(role_at[i + 1 : i + 3])):
            return False  # "island states negotiator": a noun before a role, not a verb
        if low.endswith(_ADJ_SUFFIX) or "-" in low or determined or any(role_at[i + 1 :]):
            unknown += 1
            continue
        return False
    return unknown <= 2


# ", 32," after a name: an age, not a part of the apposition ("a resident, Ann Roe, 32, said").
_AGE_PART = rx.compile(r",\s*(?:aged\s+)?\d{1,3}\s*(?=,)")


def _appositive(text: str) -> str | None:
    """The speaker of "X, Y, <cue>": the name of the two, else the description."""
    aged = _AGE_PART.sub("", text)
    parts = aged.rstrip(" ,").split(",")
    if len(parts) < 2:
        # "Lena Fisk, 41, told": the name alone once the age is gone
        return _np_before(parts[0]) if aged != text else None
    b = parts[-1].strip()
    na, nb = _np_before(parts[-2]), _valid_np(b.split()) and b
    for cand in (nb, na):
        if cand and not _is_description(cand):
            return cand
    return na or nb or None


def _long_title(text: str) -> str | None:
    """The name of "Nora Falk, chair of the Union of Rail, Sea and Road Staff, " before a cue:
    a name, then a title opening in lower case (or "the") whose own name holds commas."""
    if not text.rstrip().endswith(","):
        return None
    head, rest = text.split(",", 1)
    name = _np_before(head)
    first = rest.split(None, 1)[0] if rest.strip() else ""
    if not name or name != head.strip() or _is_description(name):
        return None
    parts = [p.strip() for p in rest.rstrip().rstrip(",").split(",")]
    joined = next((k for k, p in enumerate(parts) if p.split(" ", 1)[0] in ("and", "or")), None)
    if joined is not None and any(p[:1].islower() for p in parts[joined + 1 :]):
        return None  # "Ann Roe, the coach, and Ben Lo, the captain,": two speakers
    return name if first.islower() and first not in _FUNCTION_WORDS | {"and", "or"} else None


def _np_before(text: str) -> str | None:
    """The subject noun phrase that ends `text` (the words before a cue verb), or None."""
    if text.rstrip()[-1:] in (",", ";", ":", "(", "—", "–"):
        return None
    words = _tokens(text)
    while words and (
        words[-1][2].lower() in _AUX
        or (
            words[-1][2].lower().endswith("ly")
            and len(words[-1][2]) > 4
            and not _is_cap(words[-1][2])
            and words[-1][2].lower() not in _GROUP_HEADS  # "family", not an adverb
            and words[-1][2].lower() not in _ORG_HEADS  # "daily"
        )
    ):
        words.pop()
    if not words or words[-1][2].lower() in _CLAUSE_WORDS:
        return None
    # the words back to the last clause boundary
    begin = len(words) - 1
    while begin > 0:
        gap = text[words[begin - 1][1] : words[begin][0]]
        if any(c in gap for c in ',;:()—–\n"“”«»'):
            break
        prev = words[begin - 1][2].lower()
        if prev in _CLAUSE_WORDS or (_is_cue(prev) and not _is_cap(words[begin - 1][2])):
            break
        begin -= 1
    # the longest valid phrase ending at the cue ("saw Lisbon" → "Lisbon")
    for b in range(begin, len(words)):
        toks = [w[2] for w in words[b:]]
        if _valid_np(toks):
            return text[words[b][0] : words[-1][1]].strip()
    return None


def _role_next(words: Sequence[str], i: int) -> bool:
    """True when a role word follows words[i] within two words ("states negotiator")."""
    return any(_base_low(w) in _ROLE_HEADS for w in words[i + 1 : i + 3])


def _np_after(text: str) -> str | None:
    """The noun phrase that starts `text` (the words after an inverted cue), or None."""
    m = rx.match(r"\s*((?:[^\s,;:!?()“”\"«»]+\s?){1,14})", text)
    if not m:
        return None
    kept: list[str] = []
    words = m.group(1).split()
    for i, w in enumerate(words):
        low = w.lower().strip(".")
        if (
            low == "and"
            and kept
            and _role_word(kept[-1])
            and i + 1 < len(words)
            and (_role_word(words[i + 1]) or words[i + 1].isupper())
        ):
            kept.append(w)  # "founder and CEO Jo Park": one title of two roles
            continue
        if kept and (
            low in _CLAUSE_WORDS
            or low
            in (
                "on",
                "in",
                "at",
                "during",
                "after",
                "before",
                "when",
                "by",
                "last",
                "this",
                "yesterday",
                "today",
            )
        ):
            break
        if kept and _is_cue(low) and not _is_cap(w) and not _role_next(words, i):
            break
        kept.append(w)
        if w.endswith(".") and w.lower() not in _ABBREV and not rx.fullmatch(r"(?:[A-Za-z]\.)+", w):
            break
    while kept and not _valid_np([k.rstrip(".") for k in kept]):
        kept.pop()
    phrase = " ".join(kept).rstrip(".")
    return phrase or None


# A name in apposition after a description: ", Karl Ott." / ", Karl Ott, in a statement".
_NAME_BESIDE = rx.compile(r",\s+((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*)\s*(?:[,.;]|$)")
_APPOSITIVE_QUOTED = rx.compile(
    r",\s+(?:a|an|the)\s+[^,.;:!?“”\"«»]{1,100},(?=\s+(?:was|were|is|are|has\s+been)\s+"
    r"(?:quoted|cited)\b)"
)
_WHO_CLAUSE = rx.compile(r",\s+(?:who|whose)\s+[^,.;:!?“”\"«»]{1,80},")


def _relayed(text: str, *, last: bool) -> str | None:
    """The person an outlet quotes ("Xinhua quoted Sabahy as saying", "he was cited as saying"):
    the speaker is the one quoted, not the outlet that relays the words."""
    # "Ann Roe, who led the search, was quoted as saying": the relative clause only describes
    text = _WHO_CLAUSE.sub("", text)
    # "Ann Roe, a nurse who worked nearby, was quoted as saying": the appositive only describes
    text = _APPOSITIVE_QUOTED.sub("", text)
    found = _QUOTED_AS_LEAD.search(text) if last else _QUOTED_AS_TRAIL.match(text)
    if found is None:
        return None
    who = found.group(1) or found.group(2)
    who = _OBJECT_PRONOUN.get(who.lower(), who)
    return who if _valid_np(who.split()) else None


# "In her words, “…”", "in the words of the mayor, “…”": a speaker with no cue verb.
_IN_WORDS = rx.compile(
    r"\bin\s+(?:(his|her|their)\s+(?:own\s+)?words|the\s+words\s+of(?=\s+[^.;:!?]{2,80}?,\s*$))"
    r"\s*,?\s*",
    re.IGNORECASE,
)
_POSSESSIVE_SUBJECT = {"his": "he", "her": "she", "their": "they"}


def _cue_frame(lead: str, trail: str) -> tuple[str | None, str | None]:
    """(speaker as written, cue) from the words after a quote, else from the words before it."""
    written, cue = _cue_frame_raw(lead, trail)
    if cue in _RELAY_CUES and trail.strip():
        # "X said he ordered a “…,” Tasnim news agency reported": X speaks, the agency relays
        own, own_cue = _cue_frame_raw(lead, "")
        if own is not None:
            return own, own_cue
    return written, cue


def _cue_frame_raw(lead: str, trail: str) -> tuple[str | None, str | None]:
    """(speaker as written, cue) from the words after a quote, else from the words before it."""
    rest = _SPACES.sub(" ", trail.lstrip(" ,—–-\t"))  # a name may be wrapped over lines
    relayed = _relayed(rest[:200], last=False)
    if relayed:
        return relayed, "quoted"
    ma = rx.match(r"according to\s+", rest, re.IGNORECASE)
    if ma:
        sp = _np_after(rest[ma.end() :])
        if sp:
            return sp, "according to"
    # "…,” said Xu." / "…,” declared the spokesperson, …"
    mc = _INVERTED.match(rest)
    listed = mc is not None
    mc = mc or _INVERTED_ANY.match(rest)
    if mc and rest[:1].islower():
        sp = _np_after(rest[mc.end() :])
        if sp and not listed:
            last = sp.split()[-1]
            sp = sp if _role_word(last) or (_is_nameish(last) and last[:1].isupper()) else None
        if sp:
            # "said the minister, Karl Ott.": the name set beside the description
            named = _NAME_BESIDE.match(rest, mc.end() + rest[mc.end() :].find(sp) + len(sp))
            if named and sp[:1].islower() and _valid_np(named.group(1).split()):
                return named.group(1), mc.group().lower()
            return sp, mc.group().lower()
    # "…,” he said." / "…,” the minister told reporters." / "…,” Reyes stated."
    window = rest[:200]
    for mc in _cues(window):
        before = _AGE_PART.sub("", window[: mc.start()])
        if before.count(",") == 1 and before.rstrip().endswith(","):
            before = before.rstrip()[:-1] + " "  # "Ann Roe, 32, said": the age alone
        commas = before.count(",")
        titled = _long_title(before) if commas > 2 else None
        if any(c in _SOFT_DOT.sub(" ", before) for c in '.;!?“”"«»') or (
            commas not in (0, 2) and titled is None
        ):
            break
        apposed = titled or (_appositive(before) if commas == 2 else None)
        if (
            not _TRAIL_END.match(window, mc.end())
            and not (mc.group().lower() in _OBJECT_VERBS and _TOLD_WHO.match(window, mc.end()))
            and not (apposed and not _is_description(apposed))
        ):
            # a long run after the cue may be a clause of its own, but not after "…,” Name,
            # a long title (ABBR), told workers at …": the name and its title credit the quote
            break
        if titled:
            return titled, mc.group().lower()
        if commas == 2:
            sp = _appositive(before)
            if sp:
                return sp, mc.group().lower()
            break
        sp = _np_before(before.rstrip())
        left = before.strip()[: len(before.strip()) - len(sp)].split() if sp else []
        if sp and before.strip().endswith(sp) and len(left) <= 2 and all(w.islower() for w in left):
            if any(w in _CONJUNCTIONS for w in left):
                return sp, mc.group().lower()  # "…” as he announced": "he", not "as he"
            return before.strip(), mc.group().lower()
        break
    # the words before the quote: "in her words,", the nearest cue, or "according to X, "
    words_of = _IN_WORDS.search(lead)
    if words_of:
        if words_of.group(1):
            return _POSSESSIVE_SUBJECT[words_of.group(1).lower()], "in the words of"
        rest = lead[words_of.end() :]
        sp = _appositive(rest) if rest.count(",") >= 2 else _np_after(rest)
        if sp:
            return sp, "in the words of"
    relayed = _relayed(lead, last=True)
    if relayed:
        return relayed, "quoted"
    ma = None
    for found in _ACCORDING.finditer(lead):
        ma = found
    cues = [
        c
        for c in _cues(lead)
        if lead[c.start() - 1 : c.start()] != "-"
        and not rx.search(r"\bto\s+$", lead[max(0, c.start() - 4) : c.start()])
    ]
    if cues and ma and ma.start() > cues[-1].start():
        sp = _np_after(lead[ma.end() :])
        if sp:
            return sp, "according to"
    # the nearest cue with a subject ("that said committee …" has none: look further back)
    for mc in reversed(cues[-3:]):
        before = lead[: mc.start()]
        cue = mc.group().lower()
        if _PASSIVE.search(before) and cue.endswith("ed"):
            continue  # "X was described as …": X is who the words are about
        relative = _RELATIVE.search(before)
        # "The family of a man who died after crashing a plane have said": the subject is the
        # noun phrase before the relative clause
        if cue.endswith("ing") and before.endswith("   "):
            # "… was “a disgrace,” calling it “…”": the comma went with the quote blanked out
            before = before.rstrip() + ", "
        sp = (relative and _np_before(before[: relative.start()])) or _np_before(before)
        if sp is None and not cue.endswith("ing") and before.rstrip().endswith(","):
            sp = _appositive(before)
        if sp is None and rx.search(r"\b(?:and|but)\s*$", before):
            sp = _clause_subject(rx.sub(r"\b(?:and|but)\s*$", "", before))
        elif sp is None and cue.endswith("ing"):
            sp = _participle_subject(before, speech=cue in _SPEECH_PARTICIPLES)
        if (
            sp is None
            and not before.strip(" ,—–-\n•*")
            and mc.end() < len(lead)
            and not cue.endswith("ing")  # "…,” calling it “…”": "it" is the object
        ):
            sp = _np_after(lead[mc.end() :])  # "Said the minister: “…”"
        if sp:
            return _outer_reporter(lead, cues, mc, sp) or (sp, cue)
        if any(c in lead[mc.start() :] for c in ".;!?"):
            break
    if ma:
        sp = _np_after(lead[ma.end() :])
        if sp:
            return sp, "according to"
    issued = _ISSUED_NOUN.search(lead)
    if issued:
        # "The sheriff's office issued a warning that residents should “…”"
        sp = _np_before(lead[: issued.start()])
        if sp:
            return sp, issued.group(1).lower()
    return None, None


# A body or person issuing words named by a noun, the quote inside the same sentence.
_ISSUED_NOUN = rx.compile(
    r"\s+(?:issued|gave|sent|delivered|sounded|put\s+out|released)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+)?(warning|appeal|plea|message|reminder|statement|notice|advisory)\b"
    r"[^.;!?“”\"«»]*$"
)


def _outer_reporter(
    lead: str, cues: Sequence[re.Match[str]], inner: re.Match[str], subject: str
) -> tuple[str, str] | None:
    """(speaker, cue) of the outer report when the quote sits in reported speech inside
    reported speech ("Hamas said mediators affirmed that they will “remove all hurdles”"):
    the fragment is the outer speaker's wording. None when the inner speaker's words follow
    their cue directly ("X said Y told reporters “…”") or there is no outer report."""
    after = lead[inner.end() :]
    if _PRONOUN.match(subject) or not _REPORTED_CLAUSE.match(after):
        return None
    if inner.group().lower() in _DIRECTIVE_CUES and _DIRECTIVE_OBJECT.fullmatch(after):
        # "the paper reported that the president advised the prime minister to “…”": the
        # words are the advice itself, the inner speaker's; the outer reporter is the channel
        return None
    for outer in cues:
        if outer.end() >= inner.start():
            break
        between = lead[outer.end() : inner.start()]
        if any(c in between for c in '.;!?“”"«»'):
            continue
        m = _COMPLEMENT.match(between)
        if m is None:
            continue
        rest = between[m.end() :].split()
        # the complement opens with the inner subject ("Egyptian and Qatari mediators have")
        if subject not in between or len(rest) > 8:
            continue
        if any(w.lower() in _CLAUSE_WORDS and w.lower() != "and" for w in rest):
            continue
        sp = _np_before(lead[: outer.start()])
        if sp:
            return sp, outer.group().lower()
    return None


# Directive cues whose quote is their complement ("urged residents to “stay indoors”"), and
# that complement: an object of a few words, then "(not) to" right before the quote.
_DIRECTIVE_CUES = _words(
    "advised advises advising urged urges urging told tells telling asked asks asking warned "
    "warns warning cautioned cautions invited inviting pleaded pleads pleading"
)
_DIRECTIVE_OBJECT = rx.compile(r"\s+(?:[\w’'.-]+\s+){1,6}(?:not\s+)?to\s+", re.IGNORECASE)
# A directive cue at the end of the words before its quote: the addressee and "to", or the
# addressee alone when the quote opens with the infinitive ("advised her “not to …”").
_DIRECTED = r"\s+(?:(?:[\w’'.-]+\s+){1,6}(?:not\s+)?to\s+|(?:[\w’'.-]+\s+){1,3})[\"“‘'«]?$"
# What may stand between an outer cue and the subject of the speech it reports.
_COMPLEMENT = rx.compile(
    r"(?:\s+(?:on|late|early|earlier|in)\s+[A-Z]?\w+(?:\s+\w+day)?)?\s+(?:that\s+)?", re.I
)
# The inner cue goes on with an indirect clause before the quote: "that they will work to".
_REPORTED_CLAUSE = rx.compile(
    r"\s+(?:that\s+)?(?:he|she|they|it|we|the\s+\w+)\s+(?:\w+\s+){1,8}$", re.I
)


def _last_clause(text: str) -> str:
    """The words after the last comma, semicolon or colon."""
    text = text.rstrip(" ,;:")
    return rx.split(r"[,;:]\s+", text)[-1]


_CONJUNCTIONS = _words("as while when after before because since and but so then if though")


def _clause_subject(before: str) -> str | None:
    """The subject read from the start of the last clause of `before`."""
    clause = _last_clause(before)
    toks = _tokens(clause)
    for t in toks[:4]:
        if (
            _is_nameish(t[2])
            or _PRONOUN.match(t[2])
            or _role_word(t[2])
            or t[2].lower() in ("the", "a", "an")
        ):
            found = _np_run(clause, t[0])
            if found or not (t[2].lower() in ("the", "a", "an") or _base(t[2])[1]):
                return found
            break
    # "The couple's 14-year-old daughter Lisha paid tribute by posting": a name after its
    # description, before any verb
    for t in toks[1:8]:
        low = t[2].lower()
        if low in _AUX or _is_cue(low) or low in _FUNCTION_WORDS or low.endswith("ed"):
            break
        if _is_nameish(t[2]) and not _base(t[2])[1]:  # "Mr Lee's widow Ann": not the owner
            return _np_run(clause, t[0])
    return None


# Participles that only repeat the act of speaking: "He added that …, stating “…”" goes on
# with the main speaker, not with the subject of the reported clause.
_SPEECH_PARTICIPLES = _words(
    "saying stating adding noting explaining writing emphasizing emphasising stressing "
    "underlining underscoring insisting reiterating tweeting posting"
)


def _main_subject(text: str) -> str | None:
    """The subject of the first cue of `text` when it opens its clause ("The ministry said
    that …", "On Sunday, the ministry said …"), else None."""
    cues = _cues(text)
    if not cues:
        return None
    prefix = text[: cues[0].start()]
    main = _np_before(prefix.rstrip())
    if main and main == _last_clause(prefix).strip():
        return main
    return None


def _participle_subject(before: str, *, speech: bool = False) -> str | None:
    """The subject of the clause a participle ("…, calling it …") hangs on: a participle of
    speaking goes on with whoever speaks in the main clause ("The ministry said that the toll
    rose in the south, emphasizing “…”"), however many phrases stand between."""
    clause = _last_clause(before)
    cues = list(_cues(clause))
    if cues and speech:
        main = _np_before(clause[: cues[0].start()].rstrip())
        if main and main == clause[: cues[0].start()].strip():
            return main
    if speech and clause != before.strip(" ,;:"):
        main = _main_subject(before)
        if main:
            return main
    if cues:
        # "China said Xi raised the issue, calling …": the reported clause's subject
        tail = rx.sub(r"^\s*that\b", "", clause[cues[-1].end() :])
        toks = _tokens(tail)
        if toks and (_is_nameish(toks[0][2]) or _PRONOUN.match(toks[0][2])):
            return _np_run(tail, toks[0][0])
    return _clause_subject(clause)


def _np_run(text: str, start: int) -> str | None:
    """The noun phrase read forwards from `start`: names, role words, determiners."""
    out_end = None
    for _s, e, tok in _tokens(text, start):
        low = tok.lower()
        if out_end is None and low in ("the", "a", "an"):
            continue
        if _PRONOUN.match(tok):
            if out_end is None:
                out_end = e
            break
        if _is_nameish(tok) or _role_word(tok) or _nationality(tok):
            out_end = e
            continue
        break
    if out_end is None:
        return None
    phrase = text[start:out_end].strip()
    return phrase or None


_WHEN_TAIL = rx.compile(
    r"(?<=\w)\s+(?:on|late|early|earlier|last|this)\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|month|year|morning|afternoon|evening)$",
    re.IGNORECASE,
)
_SUBJECT_WORDS = frozenset(["he", "she", "they", "we"])
_JOINS = frozenset(["and", "or", "nor", "but", "than", "as"])


class _Who(NamedTuple):
    speaker: str | None
    role: str | None


def _resolve(written: str, at: int, people: _People, sentence: int) -> _Who:
    """The canonical speaker for a subject as written, looking back from position `at`."""
    written = _WHEN_TAIL.sub("", written)  # "the minister on Monday promised"
    words = written.split()
    if len(words) > 1 and words[-1].lower() in _SUBJECT_WORDS and words[-2].lower() not in _JOINS:
        # "Addressing a press conference he said": an opening phrase, then the subject
        written, words = words[-1], words[-1:]
    low = written.lower()
    if low == "it":
        body = _nearest_body(people, at, None)
        return _Who(_subject_body(people, at, body) or body, None)
    sent = _SENT_FROM.fullmatch(written.strip())
    if sent:
        # "a statement from the union read": the union speaks, the statement is its channel
        return _resolve(sent.group(1), at, people, sentence)
    group = _group_speaker(written, at, people, sentence)
    if group is not None:
        return group
    if _PRONOUN.match(low):
        if low not in ("he", "she"):
            return _Who(written, None)
        want = "m" if low == "he" else "f"
        name = _nearest_person(people, at, sentence, want)
        if name:
            return _Who(name, people.roles.get(name))
        return _Who(written, None)
    # a name, perhaps with a title: find the mention the phrase contains
    inner = _mentions(written, 0, len(written), -1)
    named = [
        m
        for m in inner
        if not m.possessive
        and not rx.search(r"\b(?:of|to|at|in|for|from|on|with)\s+(?:the\s+)?$", written[: m.start])
        and not _MODIFIED_HEAD.match(written, m.end)  # "Stifel analysts": not a person
    ]
    if named:
        m = named[-1]
        canon = people.full.get(m.name, m.name)
        if len(m.name.split()) == 1 and m.name not in people.full:
            canon = m.name
        role = m.descriptor or people.roles.get(canon)
        return _Who(canon, role)
    bare = _base(words[-1])[0] if len(words) == 1 else None
    if bare and bare in people.full:
        canon = people.full[bare]
        return _Who(canon, people.roles.get(canon))
    # a description: the nearest earlier person whose descriptor fits
    desc = _clean_descriptor(written)
    aged = _AGE_DESCRIPTION.match(written.strip())
    if aged:
        # "the 45-year-old": the person the article gave that age, nearest first
        for pos, age, canon in reversed(people.ages):
            if pos < at and age == aged.group(1):
                return _Who(canon, people.roles.get(canon))
        # no one was given that age: the subject of this or the sentences just before, unless
        # the article gave that person another age
        other = {canon for _, age, canon in people.ages if age != aged.group(1)}
        recent = _recent_subject(people, at, sentence, None, skip=other)
        if recent:
            return _Who(recent, people.roles.get(recent))
    definite = bool(rx.match(r"(?:the\b|[A-Z][\w.]*['’]s\b)", written.strip(), re.IGNORECASE))
    if definite and _head(desc) in _ROLE_HEADS:
        best: tuple[int, int, str] | None = None
        # people with a role, best fit first, then the one named first (before the quote)
        for canon, role in people.roles.items():
            first = people.first.get(canon, at)
            fit = _fits(desc, role) if first < at else 0
            if fit and (best is None or (fit, -first) > best[:2]):
                best = (fit, -first, canon)
        if best:
            return _Who(best[2], people.roles.get(best[2]))
        recent = _recent_subject(people, at, sentence, desc)
        if recent:
            return _Who(recent, people.roles.get(recent, desc))
    speaker = written.strip()
    if speaker[:4] in ("The ", "THE "):
        speaker = "the " + speaker[4:]
    return _Who(speaker, desc if _head(desc) in _ROLE_HEADS else None)


def _subject_body(people: _People, at: int, nearest: str | None) -> str | None:
    """The organisation "it" points to: the subject of the sentence holding the nearest body
    named before `at`, when that sentence opened with one ("The union said talks with the
    producers had ended. It added …": the union, not the producers)."""
    if nearest is None:
        return None
    last = max((pos for pos, name in people.bodies if pos < at), default=-1)
    for start, end, pos, name in reversed(people.body_subjects):
        if start <= last < end:
            return name if pos < at else None
    return None


# "a statement from the union", "an email sent by the guild to its members": who speaks is
# the sender, the document only carries the words.
_SENT_FROM = rx.compile(
    r"(?:a|an|the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|release|letter|message|e-?mail|memo|note|notice|post|tweet)\s+"
    r"(?:(?:issued|sent|released|posted|published|put\s+out)\s+)?(?:from|by)\s+"
    r"((?:the\s+)?[A-Z][^,;:]*?)"
    r"(?:\s+(?:to|on|in|at|late|early|earlier|last|this)\b.*)?",
    re.IGNORECASE,
)


# Heads general enough to describe anyone who leads something: "the leftist leader" may be the
# candidate or the party chairman named before.
_GENERAL_HEADS = frozenset(["leader", "official", "politician", "veteran"])
_LEADING_ROLES = _LEADER_TITLES | frozenset(
    [
        "candidate",
        "chairman",
        "chairwoman",
        "chair",
        "chairperson",
        "head",
        "chief",
        "founder",
        "leader",
        "governor",
        "mayor",
        "senator",
        "secretary",
        "ceo",
        "secretary-general",
        "president-elect",
        "vice-president",
        "deputy",
        "commander",
        "official",
    ]
)


def _compatible(description: str, role: str) -> bool:
    """True when a description may stand for a person with this role ("the leftist leader" for
    a presidential candidate), False when the role says otherwise (a spokesperson is not "the
    minister"; a Chinese official is not "the US envoy")."""
    description, role = _spelled(description), _spelled(role)
    a, b = _caps(description), _caps(role)
    if a and b and not a & b:
        return False
    want, have = _head(description), _head(role)
    return want == have or (want in _GENERAL_HEADS and have in _LEADING_ROLES)


def _recent_subject(
    people: _People,
    at: int,
    sentence: int,
    description: str | None,
    *,
    skip: Collection[str] = (),
) -> str | None:
    """The person a definite description points to when no descriptor fits it outright: the
    subject of this or the two sentences before ("Sabahy said … “…,” the leftist leader said"),
    unless the article gave that person a role the description does not fit (None: any role)
    or the person is in `skip`."""
    k = bisect_right(people.starts, at)
    lo = k
    while lo > 0 and people.mentions[lo - 1].sentence >= sentence - 2:
        lo -= 1
    by_sentence: dict[int, list[_Mention]] = {}
    for m in people.mentions[lo:k]:
        by_sentence.setdefault(m.sentence, []).append(m)
    for s in sorted(by_sentence, reverse=True):
        for m in by_sentence[s]:
            canon = people.full.get(m.name, m.name)
            if m.obj or m.possessive or not (m.full or m.name in people.full) or canon in skip:
                continue
            role = people.roles.get(canon)
            if role is None or description is None or _compatible(description, role):
                return canon
    return None


def _nearest_body(people: _People, at: int, head: str | None) -> str | None:
    """The organisation named nearest before `at` (with the given head word, if any)."""
    for pos, name in reversed(people.bodies):
        if pos >= at:
            continue
        last = _body_head(name) or _base_low(name.split()[-1])
        if head is None or last == head or (head in ("company", "firm") and last in _CORPORATE):
            return name
    if head in ("company", "firm"):
        # no body named as a company: the nearest brand name that was a subject ("Boeing
        # said it …"); the name of a ministry, court or police force is not a company
        for pos, name in reversed(people.bodies):
            last = _base_low(name.split()[-1])
            if pos < at and last not in _BODY_NAME_END and last not in _ORG_WORDS:
                return name
    return None


# Documents that "say" things for their writers.
_DOCUMENTS = _words("posting post tweet letter message memo note notice")


def _group_speaker(written: str, at: int, people: _People, sentence: int) -> _Who | None:
    """The speaker when the subject is a group, a body or a statement, not a person: "Mr Lee's
    family", "the ministry" (the nearest ministry named), "the statement" (its issuer)."""
    words = written.split()
    core = rx.split(r"\s+(?:of|for)\s+", written, maxsplit=1)[0].split()  # "family of X"
    last = _base_low(core[-1]) if core else ""
    first = words[0].lower()
    if last in ("statement", "release") and first in ("the", "a", "this", "that", "its"):
        issued = [who for pos, who in people.issuers if pos < at]
        if issued and issued[-1].lower() not in ("the statement", "a statement"):
            return _resolve(issued[-1], at, people, sentence)
        return _Who(None, None)
    if last in _DOCUMENTS and first in ("the", "a", "this", "that", "its") and len(words) <= 3:
        # "the posting said": the document speaks for a writer the article does not name
        return _Who("the " + written.split(None, 1)[1] if first != "a" else written, None)
    if last in _GROUP_HEADS:
        if first in ("his", "her") and len(words) == 2:
            owner = _nearest_person(people, at, sentence, "m" if first == "his" else "f")
            if owner:
                return _Who(f"{owner}'s {words[-1]}", None)
        phrase = rx.sub(r"^(?:and|but|as|while)\s+", "", written.strip(), flags=re.IGNORECASE)
        phrase = _REDUCED_RELATIVE.sub("", phrase)  # "Relatives of a fan killed in the crash"
        return _Who("the " + phrase[4:] if phrase[:4] == "The " else phrase, None)
    if (
        last in _BODY_HEADS
        and first in ("the", "its")
        and len(words) <= 3
        and all(not w[:1].isupper() or w == words[0] or _nationality(w) for w in words)
    ):
        body = _nearest_body(people, at, last)
        if body:
            return _Who(body, None)
    if (
        last in _COMPANY_HEADS
        and first == "the"
        and len(words) <= 6
        and all(
            not w[:1].isupper()
            or k == 0
            or _nationality(w)
            or any(_base(v)[1] for v in words[k:-1])
            for k, w in enumerate(words[:-1])
        )
    ):
        # "the Elon Musk-owned spacecraft maker": the company named before, if any
        body = _nearest_body(people, at, "company")
        if body:
            return _Who(body, None)
    return None


def _nearest_person(people: _People, at: int, sentence: int, want: str) -> str | None:
    """The named person a pronoun at `at` points to: the subject of the nearest sentence."""
    k = bisect_right(people.starts, at)
    lo = k
    while lo > 0 and sentence - people.mentions[lo - 1].sentence <= 6:
        lo -= 1
    # in a sentence whose subject is this pronoun, the people named after it are others
    skip_after = {s: pos for s, pos, g in people.pronoun_subjects if g == want and s < sentence}
    cands = [
        m
        for m in people.mentions[lo:k]
        if not m.obj and not (m.sentence in skip_after and m.start > skip_after[m.sentence])
    ]
    by_sentence: dict[int, list[_Mention]] = {}
    for m in cands:
        by_sentence.setdefault(m.sentence, []).append(m)
    # a first name alone standing for a full name the article gave ("Tedros said", after
    # "director-general Tedros Adhanom Ghebreyesus")
    by_first: dict[str, set[str]] = {}
    for full in set(people.full.values()):
        by_first.setdefault(full.split()[0], set()).add(full)
    # the speaker of the sentence just before (or this one) when not known to be the other sex
    for s in sorted(by_sentence, reverse=True):
        if sentence - s > 1:
            break
        for m in by_sentence[s]:
            canon = people.full.get(m.name, m.name)
            firsts = by_first.get(m.name, set())
            if not m.full and m.name not in people.full and len(firsts) == 1:
                canon = next(iter(firsts))
            elif not m.full and m.name not in people.full and m.name.endswith("s"):
                continue  # "Drivers chanted": a plural noun opening the sentence, not a person
            if m.body:
                continue  # "he"/"she" is a person: never "the Fed" or "NASA"
            if m.subject and not m.possessive and people.gender.get(canon, want) == want:
                return canon
    # first a person known to fit (she → a woman named nearby), then anyone not known not to
    for known in (True, False):
        for s in sorted(by_sentence, reverse=True):
            if known and sentence - s > 4:
                break
            ms = by_sentence[s]
            ordered = [m for m in ms if not m.possessive] + [m for m in ms if m.possessive]
            for m in ordered:
                canon = people.full.get(m.name, m.name)
                if not (m.full or m.name in people.full) or m.body:
                    continue
                g = people.gender.get(canon)
                if g == want or (not known and g is None):
                    return canon
    return None


# ------------------------------------------------------------------ extraction


def _quoted(text: str, raw: _Raw) -> tuple[str, Span] | None:
    """The quoted words (paragraph pieces joined) and their span, trailing commas dropped."""
    pieces = []
    first = last = None
    for a, b in raw.pieces:
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip())
        seg = seg.strip()
        if not seg:
            continue
        if first is None:
            first = a + lead
        last = a + lead + len(seg)
        pieces.append(seg)
    if first is None or last is None:
        return None
    joined = " ".join(pieces)
    stripped = joined.rstrip(_TRAIL_PUNCT)
    last -= len(joined) - len(stripped)
    if sum(c.isalnum() for c in stripped) < (2 if raw.single else 1):
        return None  # rock 'n' roll
    return rx.sub(r"\s+", " ", stripped), Span(first, last)


def _heading_phrases(
    text: str, raws: Sequence[_Raw], inside: Sequence[tuple[int, int]], title: str | None
) -> frozenset[str]:
    """Normalised quoted phrases of the headline and headings (text outside every sentence)."""
    starts = [a for a, _ in inside]
    out = set()
    for r in raws:
        k = bisect_right(starts, r.open) - 1
        if k >= 0 and inside[k][0] <= r.open + 1 < inside[k][1]:
            continue
        q = _quoted(text, r)
        if q:
            out.add(_norm(q[0]))
    if title:
        for r in _pair_marks(title)[0]:
            q = _quoted(title, r)
            if q:
                out.add(_norm(q[0]))
    return frozenset(out)


def _norm(text: str) -> str:
    """Matching form of quoted words: unified, case-folded, words only."""
    return " ".join(_WORD.findall(unify(text).casefold()))


# What may stand between a cue and the words it introduces: "said: “…”", and after a verb
# that bids someone do something, its object: "told workers Tuesday to “…”".
_GOVERNED = rx.compile(r"\s*[:,]\s*$")
_BIDS = rx.compile(
    r"\b(?:told|tells|urged|urges|urging|asked|asks|pleaded\s+with|warned|advised|begged)"
    r"(?:\s+[\w’'-]+){1,3}\s+to\s*$",
    re.IGNORECASE,
)


def _cue_governs(lead: str) -> bool:
    """True when the words before a quote end with a cue that introduces it directly."""
    tail = lead[-60:]
    cues = _cues(tail)
    return bool(_BIDS.search(tail)) or (
        bool(cues) and bool(_GOVERNED.fullmatch(tail, cues[-1].end()))
    )


# "on ABC News’ ", "on CNN's ": a broadcaster's possessive right before a quote.
_ON_PROGRAMME = rx.compile(
    r"\b(?:on|to)\s+(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:['’]s?|s['’])\s*$"
)
# "Roe told “Morning Desk” that …", "speaking to “The Ledger” on Monday": the quoted title is
# whom the words were said to, a programme or a publication, not the words themselves.
_TOLD_TITLE_BEFORE = rx.compile(
    r"\b(?:told|tells|telling|spoke\s+to|speaking\s+to|talking\s+to|talked\s+to"
    r"|(?:an?\s+)?interview\s+with|appeared\s+on|appearing\s+on|joined)\s*$",
    re.IGNORECASE,
)
_TOLD_TITLE_AFTER = rx.compile(r"(?:\s+(?:that|on|in|about|last|this|earlier)\b|\s*[,.:;]|\s*$)")
_NICK_BEFORE = rx.compile(r"\b[A-Z][a-z]+\s+$")
_NICK_AFTER = rx.compile(r"\s+[A-Z][a-z]+\b")
_MINOR = _words("a an the of and or in on at to for with")


def _title_case(text: str) -> bool:
    """True when every word but the small ones is capitalised ("Meet the Press")."""
    words = _WORD.findall(text)
    return bool(words) and all(w[:1].isupper() or w.lower() in _MINOR for w in words)


# A quoted alias in brackets right after a name: 'the Land Court (the "Court")'.
_ALIAS_OPEN = rx.compile(r"\(\s*(?:the\s+)?$", re.IGNORECASE)
_ALIAS_CLOSE = rx.compile(r"\s*\)")
# "a scheme called “…”": "called" after a common noun or a copula names the thing; after a
# person or a body ("the minister called “…”") it is that speaker's cue.
_CALLED = rx.compile(r"\b([\w’'-]+)\s+called(?:\s+(?:the|an?))?\W*$", re.IGNORECASE)
_COPULA = _words(
    "is was are were be been being also often now sometimes commonly officially widely "
    "informally popularly locally affectionately"
)


def _names_it(lead: str) -> bool:
    """True when the words before a quote give a name to something: "known as", "dubbed",
    "so-called", or "called" after a common noun, with no one named doing the naming."""
    named = _NAMING.search(lead)
    if named:
        return not _NAMER.search(lead, 0, named.start())
    called = _CALLED.search(lead)
    if called is None:
        return False
    noun = called.group(1)
    low = noun.lower()
    if low in _COPULA:
        return True
    return (
        noun.islower()
        and low not in _FUNCTION_WORDS
        and low not in _ROLE_HEADS
        and low not in _ORG_HEADS
        and low not in _GROUP_HEADS
        and not low.endswith(("s", "ly"))
        and not _is_cue(low)
    )


def _is_term(
    text: str,
    words: int,
    lead: str,
    trail: str,
    headings: frozenset[str],
    *,
    max_words: int,
    spoken: bool = False,
    credited: bool = False,
) -> bool:
    """True when a short quote names or labels something rather than reporting speech."""
    # Each test below is a conjunction of pure tests: the cheap ones (on the short quote, at
    # the start of the words after it) come before the searches to the end of the lead,
    # which may be a whole sentence long.
    title_case = words <= max(3, 2 * max_words) and _title_case(text)  # as long as used
    if words <= 2 * max_words and title_case and _ON_PROGRAMME.search(lead):
        return True  # "said on ABC News’ “Good Morning America.”": a programme's title
    if (
        words <= max_words
        and title_case
        and text.rstrip()[-1:] not in ".!?,"
        and _TOLD_TITLE_AFTER.match(trail)
        and _TOLD_TITLE_BEFORE.search(lead)
    ):
        return True  # 'Roe told “Morning Desk” that …': the programme spoken to
    if words <= 3 and title_case and _NICK_AFTER.match(trail) and _NICK_BEFORE.search(lead):
        return True  # 'Brian “Skip” Moss': a nickname inside a name
    if words <= max_words and title_case and _ALIAS_CLOSE.match(trail) and _ALIAS_OPEN.search(lead):
        return True  # 'the Safety Board ("SB")': the short name the text will use
    if words <= 2 * max_words and _names_it(lead):
        return True  # "a braking system known as “…”": a name given, nobody speaking
    if words <= 6 * max_words and _TITLED.search(lead) and _names_it(lead):
        return True  # 'a blog post titled “…”': a title may be a whole sentence long
    if words > max_words:
        return False
    if rx.search(r"so[- ]called\s*$", lead, re.IGNORECASE):
        return True
    if _TITLE_NOUN.search(lead) and not _cues(lead[-30:]):
        return True
    # a quoted modifier before a noun: the "one China" principle, the "one-stop shop" model;
    # but in a sentence credited to someone, one lower-case word is that person's judgement
    # ("a “devoted” father, his family said")
    nxt = rx.match(r" ([a-z][\w-]*)", trail)
    # nor are a few lower-case words right after the article in speech reported before them
    # ("Roe said the city would bring its “best and final” offer"): the speaker's own words;
    # "a last-minute “go around” manoeuvre" keeps the writer's label for a procedure
    reported = credited and text.islower() and bool(_BARE_DETERMINER.search(lead[-12:]))
    reported = reported and bool(_cues(lead))
    if (
        not (credited and words == 1 and text.isalpha() and text.islower())
        and not (reported and words <= 3)
        and _DETERMINER.search(lead)
        and nxt
        and nxt.group(1) not in _FUNCTION_WORDS
        and not _is_cue(nxt.group(1))
        and text[-1:].isalnum()
    ):
        return True
    # the outlet's own label: the phrase is quoted in its headline or a heading too, and no cue
    # credits it to anyone here (a headline may quote what the body reports: "He told workers
    # to “stick with it”")
    return not spoken and _norm(text) in headings and bool(lead.strip() or trail.strip(" .,;:!?\n"))


# Typewriter quotes: two apostrophes or two backticks for one double mark (``like this'').
_TWIN_OPEN = rx.compile(r"(?:``|(?<![\w'])''(?=\w))")
_TWIN_CLOSE = rx.compile(r"(?<=[\w.,!?])''(?![\w'])")
# "Name: “…”" (sports reaction, interviews): the words before the colon, a parenthesis allowed.
# A line ending in a colon, then the last line of the lead (which has words of its own).
_NEW_ITEM = rx.compile(r":[ \t]*\n\s*(?=[^\n]*[^\W_][^\n]*$)")
_COLON_LEAD = rx.compile(r"([^\n.;:!?“”\"«»]{2,80}?)\s*(?:\([^)]*\)\s*)?:\s*$")
# "“…”\n– Name, title, speaking …": a caption or pull quote credited on the next line.
_DASH_CREDIT = rx.compile(r"[ \t,.]*\n?[ \t]*[–—―-]\s*(?=[A-Z])")
# A caption credit: a name of two to four words, perhaps ", its holder's role", then a full stop.
_CAPTION_CREDIT = rx.compile(
    r"[ \t]+((?:[A-Z][\w’'.-]+[ \t]+){1,3}[A-Z][\w’'-]+)"
    r"(?:,[ \t]+[a-z][^.;\n“”\"]{2,80})?\.(?:\s|$)"
)
# "…,” then did X, Webb said.": the final clause of the sentence credits it all.
# A credit closing the sentence: ", Ann Roe told The Daily Ledger.", ", they said in a statement."
_FINAL_CUE = rx.compile(
    r",\s+([^,;:“”\"]{2,60}?)\s+(said|says|added|told\s+\w+(?:\s+\w+){0,2})"
    r"(?:\s+(?:in|on|to|at|during|via)\s+[^,;:“”\"]{1,40})?\.?\s*$"
)
# The same credit inverted: ", said the judge as she read the sentence."
_FINAL_INVERTED = rx.compile(
    r"(?:,|\s\s)\s*(said|says|added|adds)\s+((?:the\s+)?[^,;:.“”\"]{2,40}?)"
    r"(?:\s+(?:while|as|when|after|before|in|on|at|during)\b[^“”\"]{0,120})?\.?\s*$"
)
# ", according to her." closing the sentence.
_FINAL_ACCORDING = rx.compile(r",\s+according\s+to\s+([^,;:“”\"]{2,60}?)\.?\s*$", re.I)
# A sentence that does nothing but credit the quote before it: "The company said in a release."
_NEXT_CREDIT = rx.compile(
    r"^\s*([^.;:!?,“”\"«»]{2,60}?)\s+(said|says|added|wrote|stated|explained|noted|announced|"
    r"confirmed)(?:\s+(?:in|on|at|during|via|through|from|with|late|earlier|later|yesterday|"
    r"today|this|last|after|before)\b[^.;:!?“”\"«»]{0,60})?\s*\.\s*$"
)
# "For Roe, …" opening the sentence a quote stands in: whose view the quote gives.
_FOR_NAME = rx.compile(r"^\W*For\s+([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}),\s")
# ", adding …" right after a quote that no one is credited with in its own sentence.
_GOES_ON = rx.compile(
    r"[\s,]*(adding|saying|noting|stressing|explaining|insisting|continuing|stating)\b",
    re.IGNORECASE,
)
_VERBISH = rx.compile(r"^(?:\w+ed|was|is|sounded|seemed|looked|appeared|became|remained)$")


def _untwin(text: str) -> str:
    """`text` with `` and '' pairs written as one curly mark and a space (offsets kept)."""
    if "''" not in text and "``" not in text:
        return text
    text = _TWIN_OPEN.sub(" \u201c", text)
    return _TWIN_CLOSE.sub("\u201d ", text)


def _colon_speaker(lead: str) -> str | None:
    """The speaker of "Roberto Mancini: “…”" or "Bradley sounded optimistic: “…”"."""
    m = _COLON_LEAD.search(lead)
    if not m:
        return None
    phrase = m.group(1).strip(" \t-–—•*")
    words = phrase.split()
    if not words or (not _is_nameish(words[0]) and not _role_word(words[0])):
        return None
    if _valid_np(words) and any(_is_nameish(w) for w in words):
        return phrase
    # "Bradley sounded optimistic": a subject and a short predicate about the speaker
    sp = _np_run(phrase, 0)
    rest = phrase[len(sp) :].split() if sp else []
    if sp and rest and len(rest) <= 3 and _VERBISH.match(rest[0].lower()):
        return sp
    return None


def _caption_credit(text: str, raw: _Raw) -> str | None:
    """The name after a complete quote opening a paragraph, with no verb: a caption or pull
    quote ("‘…rates.’ Ann Roe, governor of the bank. Picture: …")."""
    if text[raw.pieces[-1][0] : raw.close].rstrip()[-1:] not in (".", "!", "?"):
        return None
    m = _CAPTION_CREDIT.match(text, raw.close + 1)
    if not m or not all(_is_nameish(w) for w in m.group(1).split()):
        return None
    return m.group(1)


def _dash_credit(text: str, close: int) -> str | None:
    """The name on the line after a quote that ends its paragraph: "– Governor Josh Green, …"."""
    m = _DASH_CREDIT.match(text, close + 1)
    if not m:
        return None
    return _np_after(text[m.end() : m.end() + 160])


def _continues(
    written: str,
    prev: tuple[str | None, str | None, str | None, int, str | None] | None,
    prev_end: int,
    k: int,
    at: int,
    people: _People,
) -> bool:
    """True when a pronoun subject ("he added") is the previous quote's speaker: that quote is
    in this or the previous sentence and nobody is named as a subject in between."""
    low = written.lower()
    if prev is None or prev[0] is None or low not in ("he", "she", "they") or k - prev[3] > 1:
        return False
    speaker = prev[0]
    core = rx.split(r"\s+(?:of|for)\s+", speaker, maxsplit=1)[0]  # "the family of X": family
    last = _base(core.split()[-1])[0].lower()
    plural = last.endswith("s") and not last.endswith("ss")
    group = (
        last in _GROUP_HEADS
        or (_is_description(speaker) and plural)
        # "Drivers chanted …": one plural noun, capitalised only because it opens a sentence
        or (plural and " " not in speaker and speaker not in people.full)
    )
    if (low == "they") != group:
        return False  # "they" continues a family or a group, "he"/"she" a person
    if not group and speaker.lower().startswith("the ") and _is_description(speaker):
        return False  # "the leftist leader" is someone named: resolve the pronoun afresh
    want = {"he": "m", "she": "f"}.get(low)
    if want and people.gender.get(speaker, want) != want:
        return False
    lo, hi = bisect_right(people.starts, prev_end), bisect_right(people.starts, at)
    return not any(not m.obj and not m.possessive for m in people.mentions[lo:hi])


# A sentence cut after an initial or a title ("… Chief of Police Barry M." / "Weber said …"):
# the segmenter took the period for a sentence end, often where a line was broken.
_CUT_NAME = rx.compile(
    r"(?:\b[A-Z][\w’'-]+\s+[A-HJ-Z]|\b(?:Mrs?|Ms|Dr|Prof|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|St))\.$"
)


def _join_split_names(ordered: list[Sentence], text: str) -> list[Sentence]:
    """The sentences with each one cut inside a name joined to the next."""
    out: list[Sentence] = []
    for s in ordered:
        prev = out[-1] if out else None
        if (
            prev is not None
            and s.text[:1].isupper()
            and _CUT_NAME.search(prev.text.rstrip())
            and not text[prev.span.end : s.span.start].strip()
        ):
            span = Span(prev.span.start, s.span.end)
            out[-1] = dataclasses.replace(prev, text=text[span.start : span.end], span=span)
            continue
        out.append(s)
    return out


def _reported_before(
    masked: str,
    ordered: Sequence[Sentence],
    k: int,
    prev: tuple[str | None, str | None, str | None, int, str | None] | None,
    people: _People,
) -> tuple[str, str | None] | None:
    """(speaker as written, cue) of the reported speech in the sentence before sentence `k`,
    when that sentence comes after the last credited quote; else None."""
    if k == 0 or (prev is not None and prev[3] >= k - 1):
        return None
    span = ordered[k - 1].span
    written, cue = _cue_frame(masked[span.start : span.end], "")
    if written is not None:
        return written, cue
    # "Team manager Eva Brandt was asked about the sponsor.\n\n“…”": the person the sentence
    # before is about, named as its subject, answers
    lo, hi = bisect_right(people.starts, span.start - 1), bisect_right(people.starts, span.end)
    for m in people.mentions[lo:hi]:
        if not m.full:
            continue  # "Team" of "Team manager Eva Brandt"
        lead_words = masked[span.start : m.start].split()
        if (
            not m.obj
            and not m.possessive
            and len(lead_words) <= 3
            and all(_role_word(w) or w[:1].isupper() or w in ("the", "a") for w in lead_words)
        ):
            return m.name, None
        break
    return None


def _modifies(trail: str) -> bool:
    """True when the quote is followed by the noun it modifies ("a “robust” measure")."""
    nxt = rx.match(r" ([a-z][\w-]*)", trail)
    return nxt is not None and nxt.group(1) not in _FUNCTION_WORDS and not _is_cue(nxt.group(1))


# The words before a quoted noun inside a noun phrase: "in a rescue “capsule”".
_NOUN_SLOT = rx.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,2}$")


def _described_subject(
    written: str,
    resolved: str | None,
    masked: str,
    ordered: Sequence[Sentence],
    k: int,
    people: _People,
) -> str | None:
    """The description a "he"/"she" in sentence `k` points back to: the subject of the sentence
    before, when that subject is a person described, not named ("A spokesperson for the firm
    said … He said …"), and the pronoun found no one named in these two sentences."""
    low = written.lower()
    if low not in ("he", "she") or k == 0:
        return None
    prev = ordered[k - 1]
    if resolved is not None and resolved.lower() != low:
        near = {ordered[k].index, prev.index}
        if any(
            m.sentence in near and people.full.get(m.name, m.name) == resolved
            for m in people.mentions
        ):
            return None
    subject, _cue = _cue_frame(masked[prev.span.start : prev.span.end], "")
    if subject is None or not rx.match(r"(?:an?|the|one)\s", subject, re.IGNORECASE):
        return None
    head = _head(_clean_descriptor(subject))
    if head not in _ROLE_HEADS or head.endswith("s"):
        return None
    want = "m" if low == "he" else "f"
    genders = {_HONORIFIC_GENDER.get(w.lower()) for w in _WORD.findall(subject)} - {None}
    return subject if genders <= {want} else None


def extract(
    article: Article, sentences: Sequence[Sentence], *, config: QuoteConfig
) -> tuple[Quote, ...]:
    """Every direct quotation of the article, with its speaker, or as a term."""
    text = _untwin(article.text)
    if not sentences or not _MARKS.search(text):
        return ()
    raws, _skipped = _pair_marks(text)
    if not raws:
        return ()
    ordered = _join_split_names(sorted(sentences, key=lambda s: s.span.start), text)
    spans = [(s.span.start, s.span.end) for s in ordered]
    starts = [a for a, _ in spans]
    headings = _heading_phrases(text, raws, spans, article.title)
    masked = _mask(text, raws)
    people = _people(masked, ordered)

    def sentence_at(pos: int) -> int | None:
        k = bisect_right(starts, pos) - 1
        if k >= 0 and spans[k][0] <= pos < spans[k][1]:
            return k
        return None

    out: list[Quote] = []
    prev_speaker: tuple[str | None, str | None, str | None, int, str | None] | None = None
    prev_end = 0
    for n, raw in enumerate(raws):
        q = _quoted(text, raw)
        if q is None:
            continue
        words_text, span = q
        k = sentence_at(span.start)
        if k is None:
            continue
        sent = ordered[k]
        k_end = sentence_at(max(span.start, span.end - 1))
        end_sent = ordered[k_end] if k_end is not None else sent
        prev_close = (
            raws[n - 1].close + 1 if n and raws[n - 1].close >= sent.span.start else sent.span.start
        )
        next_open = (
            raws[n + 1].open
            if n + 1 < len(raws) and raws[n + 1].open < end_sent.span.end
            else end_sent.span.end
        )
        lead = text[prev_close : raw.open]
        item = _NEW_ITEM.search(lead)
        if item:
            # "Here is what they said:\n▸ Rep. Ann Roe: “…”": the list item credits its own
            # quote; the lead-in line before it speaks for no one in particular
            lead = lead[item.end() :]
        trail = text[raw.close + 1 : max(raw.close + 1, next_open)]
        n_words = len(_WORD.findall(words_text))
        written, cue = _cue_frame(lead, trail)
        if (
            written is None
            and next_open < end_sent.span.end
            and len(_WORD.findall(text[next_open : raws[n + 1].close])) <= config.term_max_words
        ):
            # "“…,” Ann Roe, captain of the “Blue Jays” team, told media": a short quoted name
            # inside the credit does not end it
            written, cue = _cue_frame(lead, masked[raw.close + 1 : end_sent.span.end])
        if written is None and lead.rstrip().endswith(":"):
            written = _colon_speaker(lead)
        if written is None and prev_close > sent.span.start:
            # a second partial quote in one sentence: the cue may come before the first one
            written, cue = _cue_frame(masked[sent.span.start : raw.open], "")
        if written is None:
            written = _dash_credit(text, raw.close)
        if written is None and not lead.strip(" \t\n•*-–—"):
            written = _caption_credit(text, raw)
        if written is None:
            final = _FINAL_CUE.search(masked[raw.close + 1 : end_sent.span.end])
            if final and _valid_np(final.group(1).split()):
                written, cue = final.group(1), final.group(2)
        if written is None:
            # "… but he is “persistent” and “a great marketing guy,” said the judge while …":
            # the inverted credit closing the sentence covers every quote in it
            final = _FINAL_INVERTED.search(masked[raw.close + 1 : end_sent.span.end])
            credited = _np_after(final.group(2)) if final else None
            if final and credited:
                written, cue = credited, final.group(1).lower()
        if written is None:
            final = _FINAL_ACCORDING.search(masked[raw.close + 1 : end_sent.span.end])
            if final:
                g = final.group(1).strip()
                credited = _OBJECT_PRONOUN.get(g.lower()) or _np_after(g)
                if credited:
                    written, cue = credited, "according to"
        if written is None and (
            _DESCRIBED_AS.search(lead) or _RELEASED.search(masked, sent.span.start, raw.open)
        ):
            # "his family released a statement in which he was described as “…”"
            issued = [who for pos, who in people.issuers if pos == sent.span.start]
            if issued and issued[0] != "they":
                written = issued[0]
        if (
            cue == "according to"
            and n_words == 1
            and _NOUN_SLOT.search(lead)
            and not _modifies(trail)
        ):
            # "hauled up in a rescue “capsule”, according to TV": one quoted noun in a phrase
            # of the writer's, the source vouching for the report, not for the word
            written = cue = None
        standalone = not lead.strip(" \t\n•*-–—") and not trail.strip(" \t\n.,;:!?—–-•*")
        if written is None and not trail.strip(" \t\n.,;:!?—–-•*") and k_end is not None:
            # "“…” The company said in a press release.": the next sentence only credits it
            nxt = ordered[k_end + 1].text if k_end + 1 < len(ordered) else ""
            credit = _NEXT_CREDIT.match(nxt)
            if credit and _valid_np(credit.group(1).split()):
                written, cue = credit.group(1), credit.group(2).lower()
        if (
            written is None
            and k > 0
            and not lead.strip(" \t\n•*-–—")
            and ordered[k - 1].text.rstrip().endswith(":")
        ):
            # "Reyes told reporters:" then the quote in its own paragraph
            prev_text = ordered[k - 1].text.rstrip()[:-1]
            pm = list(_cues(prev_text))
            if pm:
                written = _np_before(prev_text[: pm[-1].start()].rstrip())
                cue = pm[-1].group().lower()
            else:
                written = _colon_speaker(prev_text + ":")
        viewpoint = _FOR_NAME.match(lead) if written is None else None
        if viewpoint and (
            viewpoint.group(1) in people.full
            or any(body == viewpoint.group(1) for _, body in people.bodies)
        ):
            # "For Roe, the deal is “a betrayal”": the quoted words are that person's view
            written, cue = viewpoint.group(1), "for"
        goes_on = None
        if written is None and prev_speaker is not None and k - prev_speaker[3] <= 2:
            if not lead.strip(" \t\n•*-–—"):
                goes_on = _GOES_ON.match(trail)  # '“…”, adding …'
            elif prev_speaker[3] == k:
                goes_on = _GOES_ON.match(lead)  # '“…”, adding that he was “…”'
        kind = "quote"
        speaker = role = None
        inner = text[raw.pieces[-1][0] : raw.close].rstrip()
        if goes_on and prev_speaker is not None:
            # '“…”, adding that he was “…”': a participle with no subject of its own goes on
            # with the speaker of the quote before
            speaker, role, written, _, _ = prev_speaker
            cue = goes_on.group(1).lower()
        elif _is_term(
            inner,
            n_words,
            lead,
            trail,
            headings,
            max_words=config.term_max_words,
            spoken=written is not None and _cue_governs(lead),
            credited=written is not None,
        ):
            kind = "term"
            written = cue = None
        elif written is not None and _continues(
            written, prev_speaker, prev_end, k, raw.open, people
        ):
            assert prev_speaker is not None
            speaker, role = prev_speaker[0], prev_speaker[1]
        elif written is not None:
            who = _resolve(written, raw.open, people, sent.index)
            described = _described_subject(written, who.speaker, masked, ordered, k, people)
            if described is not None:
                who = _resolve(described, raw.open, people, sent.index)
            speaker, role = who.speaker, who.role
        elif standalone and (
            reported := _reported_before(masked, ordered, k, prev_speaker, people)
        ):
            # "Ann Roe says her son is still inside.\n\n“…”": the quote goes on from the
            # speaker of the reported speech just before it
            written, cue = reported
            who = _resolve(written, raw.open, people, sent.index)
            speaker, role = who.speaker, who.role
        elif standalone and prev_speaker is not None and k - prev_speaker[3] <= 2:
            speaker, role, written, _, cue = prev_speaker
        elif n_words <= config.term_max_words and lead.strip(" \t\n•*-–—"):
            kind = "term"  # a short phrase inside a sentence, credited to nobody
        if kind == "quote" and speaker is not None:
            prev_speaker = (speaker, role, written, k_end if k_end is not None else k, cue)
            prev_end = raw.close
        elif kind == "quote":
            prev_speaker = None
        out.append(
            Quote(
                article=article.id,
                sentence=sent.index,
                text=words_text,
                span=span,
                kind=kind,  # type: ignore[arg-type]
                speaker=speaker,
                speaker_as_written=written if kind == "quote" else None,
                role=role,
                cue=cue,
            )
        )
    return tuple(out)


# ------------------------------------------------------------------ grouping


def group(
    quotes: Sequence[Quote],
    *,
    statements: Sequence[Statement],
    sentences: Mapping[str, Sequence[Sentence]],
    config: QuoteConfig,
    people: Registry | None = None,
) -> tuple[QuoteGroup, ...]:
    """Renderings of one statement by one speaker grouped across articles, with word diffs.

    `people` is `registry_of(sentences)` when the caller has it already (grouping the same
    sentences again after statements are merged); it is built here otherwise.
    """
    if not quotes:
        return ()
    order = {
        a: i for i, a in enumerate(dict.fromkeys([*sentences.keys(), *(q.article for q in quotes)]))
    }
    qs = sorted(quotes, key=lambda q: (order[q.article], q.span.start))
    registry = registry_of(sentences) if people is None else people
    bodies = _spelt_bodies(sentences)
    qs = [_body_form(_unify_speaker(q, registry), bodies) for q in qs]
    stmt_of: dict[tuple[str, int], str] = {}
    for st in statements:
        for m in st.members:
            stmt_of[(m.article, m.sentence)] = st.id
    # each speaker's first quotation in each article: the remark an outlet leads with
    first_of: dict[tuple[str, str], int] = {}
    for n, q in enumerate(qs):
        if q.kind == "quote" and q.speaker:
            first_of.setdefault((q.article, q.speaker.casefold()), n)
    openers = set(first_of.values())
    parent = list(range(len(qs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    words = [_content(q.text) for q in qs]
    context = [_content(_sentence_text(sentences, q)) for q in qs]
    # how many quotes, and how many full (not partial) quotes, each sentence holds
    per_sentence: dict[tuple[str, int], int] = {}
    all_sentence: dict[tuple[str, int], int] = {}
    for q in qs:
        if q.kind == "quote":
            key2 = (q.article, q.sentence)
            all_sentence[key2] = all_sentence.get(key2, 0) + 1
            if len(_WORD.findall(q.text)) > config.term_max_words:
                per_sentence[key2] = per_sentence.get(key2, 0) + 1
    # candidates: renderings sharing a statement or a content word (not every pair)
    index: dict[str, list[int]] = {}
    for i, q in enumerate(qs):
        keys = {f"w:{w}" for w in words[i]}
        sid = stmt_of.get((q.article, q.sentence))
        if sid:
            keys.add(f"s:{sid}")
        if q.speaker and q.kind == "quote":
            keys.add(f"p:{q.speaker.casefold()}")
        if q.kind == "term":
            keys = {f"t:{_norm(q.text)}"}
        for key in sorted(keys):
            index.setdefault(key, []).append(i)
    seen: set[tuple[int, int]] = set()
    links: list[tuple[float, int, int, int]] = []
    for key in sorted(index):
        members = index[key]
        if len(members) > 200:
            continue  # a word in every quote links nothing
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if (i, j) in seen:
                    continue
                seen.add((i, j))
                alone = all(
                    _alone(qs[x], per_sentence, all_sentence, config=config) for x in (i, j)
                )
                if (
                    _linked(qs[i], qs[j], words[i], words[j], stmt_of, alone=alone, config=config)
                    or _echoed(qs[i], qs[j], words, context, i, j)
                    or (
                        i in openers
                        and j in openers
                        and _led_in(qs[i], qs[j], stmt_of, config=config)
                    )
                    or _same_directive(qs[i], qs[j], sentences, context, i, j)
                ):
                    shared = len(words[i] & words[j])
                    links.append((-_strength(words[i], words[j]), -shared, i, j))
    # Strongest links first; a link is dropped when it would put two different remarks of one
    # article into a group (an article quotes a remark once, or in pieces of one passage):
    # otherwise one speaker's remarks chain into one group through the other outlets.
    links.sort()
    held: list[list[int]] = [[i] for i in range(len(qs))]
    for _, neg_shared, i, j in links:
        a, b = find(i), find(j)
        if a == b:
            continue
        if not neg_shared and len(held[a]) > 1 and len(held[b]) > 1:
            # two remarks each already found in several outlets, linked only by where they
            # stand (after one lead-in), not by a word: two remarks, not one
            continue
        if any(
            qs[x].article == qs[y].article and not _one_passage(qs[x], qs[y], words[x], words[y])
            for x in held[a]
            for y in held[b]
        ):
            continue
        union(i, j)
        root, other = (a, b) if find(a) == a else (b, a)
        held[root] = held[a] + held[b] if root == a else held[b] + held[a]
        held[other] = []
    clusters: dict[int, list[int]] = {}
    for i in range(len(qs)):
        clusters.setdefault(find(i), []).append(i)
    quoted_sentences = {(q.article, q.sentence) for q in qs if q.kind == "quote"}
    out: list[QuoteGroup] = []
    for n, root in enumerate(sorted(clusters)):
        del n
        members_q = [qs[i] for i in clusters[root]]
        out.append(
            _make_group(f"q{len(out) + 1}", members_q, stmt_of, statements, quoted_sentences, order)
        )
    return _one_form(out)


def _one_form(groups: Sequence[QuoteGroup]) -> tuple[QuoteGroup, ...]:
    """The groups with one name form per person across them: "John Roe" and "John T. Roe"
    (a middle initial one outlet gives) become the fuller form everywhere."""
    fullest: dict[tuple[str, str], str] = {}
    for g in groups:
        for name in (g.speaker, *(q.speaker for q in g.renderings)):
            key = first_last(name)
            if key and len(name or "") > len(fullest.get(key, "")):
                fullest[key] = name or ""

    def form(name: str | None) -> str | None:
        key = first_last(name)
        return fullest.get(key, name) if key else name

    out: list[QuoteGroup] = []
    for g in groups:
        renderings = tuple(
            q if form(q.speaker) == q.speaker else dataclasses.replace(q, speaker=form(q.speaker))
            for q in g.renderings
        )
        if form(g.speaker) == g.speaker and renderings == g.renderings:
            out.append(g)
        else:
            out.append(dataclasses.replace(g, speaker=form(g.speaker), renderings=renderings))
    return tuple(out)


def first_last(name: str | None) -> tuple[str, str] | None:
    """(first, last) word of a person's name with initials between ("John T. Roe"), else None."""
    words = (name or "").split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    if any(not rx.fullmatch(r"[A-Z]\.", w) for w in words[1:-1]):
        return None  # only initials may stand between the first and the last name
    return words[0], words[-1]


def _strength(wa: frozenset[str], wb: frozenset[str]) -> float:
    """How much of the shorter rendering's content the other holds (0..1)."""
    small = min(len(wa), len(wb))
    return len(wa & wb) / small if small else 0.0


def _one_passage(a: Quote, b: Quote, wa: frozenset[str], wb: frozenset[str]) -> bool:
    """Whether two renderings in one article can be one remark: the same words, a fragment of
    the other ("best job in the world" beside the full sentence), or adjacent sentences of
    one passage."""
    if abs(a.sentence - b.sentence) <= 1 or _norm(a.text) == _norm(b.text):
        return True
    return _strength(wa, wb) >= 0.8


# A sentence holding several quotes is the context of each, and `group` runs twice on the
# same quotes when statements are merged: each text's content words are worked out once.
@lru_cache(maxsize=_SENTENCE_CACHE)
def _content(text: str) -> frozenset[str]:
    """The normalised words of `text` that are not stop words."""
    return frozenset(w for w in _norm(text).split() if w not in _STOP)


def _alone(
    q: Quote,
    full: Mapping[tuple[str, int], int],
    every: Mapping[tuple[str, int], int],
    *,
    config: QuoteConfig,
) -> bool:
    """True when `q` is the one quote its sentence can pair by statement: the only quote there,
    or the only full one (a short partial quote beside it does not count)."""
    key = (q.article, q.sentence)
    if every.get(key, 0) <= 1:
        return True
    return full.get(key, 0) == 1 and len(_WORD.findall(q.text)) > config.term_max_words


def _sentence_text(sentences: Mapping[str, Sequence[Sentence]], q: Quote) -> str:
    """The text of the sentence a quote starts in ("" when it is not given)."""
    sents = sentences.get(q.article, ())
    if 0 <= q.sentence < len(sents) and sents[q.sentence].index == q.sentence:
        return sents[q.sentence].text
    return next((s.text for s in sents if s.index == q.sentence), "")


def _echoed(
    a: Quote,
    b: Quote,
    words: Sequence[frozenset[str]],
    context: Sequence[frozenset[str]],
    i: int,
    j: int,
) -> bool:
    """True when one speaker's quoted words stand in the other article's sentence carrying
    that speaker's other quote ("calling the treaty a “historic duty”")."""
    if a.kind != "quote" or b.kind != "quote" or a.article == b.article:
        return False
    if _same_speaker(a.speaker, b.speaker) is not True:
        return False
    for x, y in ((i, j), (j, i)):
        if len(words[x]) >= 2 and len(words[x] & context[y]) / len(words[x]) >= 0.8:
            return True
    return False


def _led_in(
    a: Quote, b: Quote, stmt_of: Mapping[tuple[str, int], str], *, config: QuoteConfig
) -> bool:
    """True when two outlets quote one speaker right after the same statement.

    News writes a lead-in ("X rejected the report at a briefing on Thursday.") and follows
    it with the remark itself; when two outlets' lead-ins are one statement and each then
    quotes the same named person in full, they quote the same remark, however differently
    worded or translated ("There is no such fact" / "There is absolutely no truth to ...").
    The caller applies it to each speaker's first quotation in an article only: a later one
    after a sentence that happens to align is whichever remark that outlet chose there.
    """
    if a.kind != "quote" or b.kind != "quote" or a.article == b.article:
        return False
    if min(a.sentence, b.sentence) < 1 or _same_speaker(a.speaker, b.speaker) is not True:
        return False
    if any(len(_WORD.findall(q.text)) <= config.term_max_words for q in (a, b)):
        return False  # a fragment or term, not the remark itself
    lead = stmt_of.get((a.article, a.sentence - 1))
    return lead is not None and lead == stmt_of.get((b.article, b.sentence - 1))


# The stem of a directive cue, so that "advised" and "advising" compare equal.
_DIRECTIVE_STEM = rx.compile(r"(?:ed|es|s|ing)$")


def _directive_stem(q: Quote, sentences: Mapping[str, Sequence[Sentence]]) -> str | None:
    """The stem of the directive cue (not "told") whose complement the quote is ("urged them
    to “…”", "advised her “not to …”"), else None."""
    cue = (q.cue or "").lower()
    if q.kind != "quote" or cue not in _DIRECTIVE_CUES or cue.startswith(("tel", "tol")):
        return None
    sent = next((s for s in sentences.get(q.article, ()) if s.index == q.sentence), None)
    if sent is None or not sent.span.start <= q.span.start <= sent.span.end:
        return None
    lead = sent.text[: q.span.start - sent.span.start]
    # `cue` is one of the few _DIRECTIVE_CUES: rx keeps each pattern compiled across runs
    if not rx.search(rf"\b{cue}{_DIRECTED}", lead, re.IGNORECASE):
        return None
    return _DIRECTIVE_STEM.sub("", cue)


def _same_directive(
    a: Quote,
    b: Quote,
    sentences: Mapping[str, Sequence[Sentence]],
    context: Sequence[frozenset[str]],
    i: int,
    j: int,
) -> bool:
    """True when two outlets quote one speaker's advice or appeal in the same reported act.

    "X advised Y “not to close the port”" and "X advised Y to “keep the port open”" quote different
    words of one piece of advice: the same speaker, the same directive verb and sentences that
    otherwise tell the same thing (most of the shorter one's content words shared).
    """
    if a.article == b.article or _same_speaker(a.speaker, b.speaker) is not True:
        return False
    stem = _directive_stem(a, sentences)
    if stem is None or stem != _directive_stem(b, sentences):
        return False
    wa, wb = context[i] - _content(a.text), context[j] - _content(b.text)
    small = min(len(wa), len(wb))
    return small > 0 and len(wa & wb) >= 3 and len(wa & wb) / small >= 0.35


def _linked(
    a: Quote,
    b: Quote,
    wa: frozenset[str],
    wb: frozenset[str],
    stmt_of: Mapping[tuple[str, int], str],
    *,
    alone: bool,
    config: QuoteConfig,
) -> bool:
    """True when two renderings are the same statement by the same speaker, or the same
    words that two outlets give to different speakers."""
    if a.kind != b.kind:
        return False
    if a.kind == "term":
        return _norm(a.text) == _norm(b.text)
    if a.article == b.article and a.span == b.span:
        return False
    compatible = _same_speaker(a.speaker, b.speaker)
    shared = wa & wb
    small = min(len(wa), len(wb))
    overlap = len(shared) / small if small else 0.0
    if compatible is False:
        # the same words given to two different people by two outlets: one remark whose
        # speaker the outlets disagree on, which is what a fact-checker wants shown
        return a.article != b.article and len(shared) >= 4 and overlap >= _SAME_WORDS
    if a.article == b.article:
        return _norm(a.text) == _norm(b.text)
    sa, sb = stmt_of.get((a.article, a.sentence)), stmt_of.get((b.article, b.sentence))
    if sa is not None and sa == sb and (shared or alone):
        # one statement: the same remark, unless a sentence holds several quotes that share
        # no word (then only the wording can pair them), or both are full remarks with no
        # word in common: outlets often frame different remarks by one person alike
        # ("…," said X, who waited outside the school), and the frame alone is not the remark.
        long = config.distinct_remark_words
        return bool(shared) or min(len(_WORD.findall(a.text)), len(_WORD.findall(b.text))) < long
    if compatible is None:
        return overlap >= config.anonymous_overlap and len(shared) >= 3
    return overlap >= config.group_threshold and len(shared) >= min(2, small)


# Share of the shorter rendering's content words the other must hold for two outlets' quotes
# credited to different people to be one remark: nearly all of them.
_SAME_WORDS = 0.9


def _same_speaker(a: str | None, b: str | None) -> bool | None:
    """True for the same speaker, False for different ones, None when one is unknown."""
    if a is None or b is None:
        return None
    if a.casefold() == b.casefold():
        return True
    da, db = _is_description(a), _is_description(b)
    if da and db:
        # two descriptions of one role: "the U.S. envoy", "Washington's envoy"
        return _head(a) == _head(b)
    if da or db:
        return None  # a description and a name: only the wording can tell
    la, lb = a.split(), b.split()
    return la[-1] == lb[-1] or la[0] == lb[-1] or la[-1] == lb[0]  # one person, two forms


@lru_cache(maxsize=_WORD_CACHE)
def _is_description(speaker: str) -> bool:
    """True for a speaker written as a description ("the spokesperson"), not a name."""
    words = _WORD.findall(speaker)
    return bool(words) and (
        not speaker[:1].isupper()
        or _base(words[0])[1]
        or any(w.islower() for w in words)
        or _head(speaker) in _ROLE_HEADS
    )


class Registry(NamedTuple):
    """People named across all articles: full names with the descriptors used for them."""

    roles: Mapping[str, tuple[str, ...]]
    forms: Mapping[str, str]


def _rebuilt(sents: Sequence[Sentence], base: int) -> str:
    """The article text from `base` on as its sentences give it, blanks between them."""
    parts: list[str] = []
    pos = base
    for s in sents:
        if s.span.start < pos or len(s.text) != s.span.end - s.span.start:
            break  # out of order or overlapping: lay them over a blank buffer instead
        parts.append(" " * (s.span.start - pos))
        parts.append(s.text)
        pos = s.span.end
    else:
        return "".join(parts)
    end = max(s.span.end for s in sents)
    buf = [" "] * (end - base)
    for s in sents:
        buf[s.span.start - base : s.span.end - base] = s.text
    return "".join(buf)


# What a directive cue's words are an account of ("advised her “not to …”": advice).
_ACCOUNT_NOUNS = (
    ("advis", "advice"),
    ("urg", "urging"),
    ("warn", "warning"),
    ("ask", "request"),
    ("plead", "plea"),
    ("caution", "caution"),
    ("invit", "invitation"),
)
# Cues by which a third party relays what it learnt ("the paper reported that …").
_ACCOUNT_RELAYS = _words(
    "reported reports according wrote writes said says claimed claims revealed noted"
) | frozenset(["report by", "according to"])


def accounts(
    groups: Sequence[QuoteGroup], attributions: Sequence[Attribution]
) -> tuple[QuoteGroup, ...]:
    """The groups, each rendering of a directive relayed by someone else ("the paper reported
    that X advised Y to “keep the port open”") credited as that relay's account of the speaker's
    advice, warning or request: the words are the relay's, not the speaker's own. The group
    keeps the speaker, so that renderings of one piece of advice stay one group."""
    relays: dict[tuple[str, int], list[Attribution]] = {}
    for a in attributions:
        if a.cue in _ACCOUNT_RELAYS:
            relays.setdefault((a.article, a.sentence), []).append(a)
    if not relays:
        return tuple(groups)
    out: list[QuoteGroup] = []
    for g in groups:
        renderings = tuple(
            _account(r, relays.get((r.article, r.sentence), ())) for r in g.renderings
        )
        out.append(
            g if renderings == g.renderings else dataclasses.replace(g, renderings=renderings)
        )
    return tuple(out)


def _account(q: Quote, relays: Sequence[Attribution]) -> Quote:
    """`q` credited as a relay's account of its speaker's directive, when one relays it."""
    cue = (q.cue or "").lower()
    noun = next((n for stem, n in _ACCOUNT_NOUNS if cue.startswith(stem)), None)
    if q.kind != "quote" or not q.speaker or noun is None:
        return q
    before = [a for a in relays if a.span.end <= q.span.start and a.source != q.speaker]
    if not before:
        return q
    relay = before[-1].source
    return dataclasses.replace(
        q, speaker=f"{_possessive(relay)} account of {_possessive(q.speaker)} {noun}"
    )


def _possessive(name: str) -> str:
    """ "Reuters" → "Reuters'", "Jo Park" → "Jo Park's"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def registry_of(sentences: Mapping[str, Sequence[Sentence]]) -> Registry:
    """Full names and their descriptors across every article."""
    roles: dict[str, list[str]] = {}
    counts: dict[str, dict[str, int]] = {}
    for aid in sorted(sentences):
        sents = sentences[aid]
        if not sents:
            continue
        base = sents[0].span.start
        text = _rebuilt(sents, base)
        raws, _ = _pair_marks(text)
        masked = _mask(text, raws)
        if base:
            sents = [
                dataclasses.replace(s, span=Span(s.span.start - base, s.span.end - base))
                for s in sents
            ]
        mentions, full, described = _names(masked, sents)
        shown = {full.get(n, n) for n in _shown_people(mentions)}
        for m in mentions:
            canon = full.get(m.name, m.name)
            if len(canon.split()) < 2:
                continue
            roles.setdefault(canon, [])
            desc = described.get(canon)
            if desc and desc not in roles[canon]:
                roles[canon].append(desc)
            parts = canon.split()
            for part in (parts[0], parts[-1]) if canon in shown else (parts[-1],):
                counts.setdefault(part, {})
                counts[part][canon] = counts[part].get(canon, 0) + 1
    forms = {}
    for part, names in counts.items():
        if len(names) == 1:
            forms[part] = next(iter(names))
    for name in roles:
        forms[name] = name
    return Registry({k: tuple(v) for k, v in roles.items()}, forms)


# "the Orbit Research Agency (ORA)": a body's name and the initials it goes by.
_SPELT_BODY = rx.compile(
    r"\b((?:[A-Z][\w&’'-]*\s+(?:(?:of|for|and|the|on|de)\s+)?){1,7})\(([A-Z]{2,6})\)"
)


def _spelt_bodies(sentences: Mapping[str, Sequence[Sentence]]) -> dict[str, str]:
    """Initials (upper case) → "Full Name (INITIALS)", for bodies some article spells out."""
    out: dict[str, str] = {}
    for sents in sentences.values():
        for s in sents:
            if "(" not in s.text:
                continue
            for m in _SPELT_BODY.finditer(s.text):
                words = m.group(1).split()
                full = " ".join(words)
                initials = "".join(w[0] for w in words if w[:1].isupper() and w != "The")
                if initials == m.group(2):
                    out.setdefault(initials, f"{full.removeprefix('The ')} ({initials})")
    return out


def _body_form(q: Quote, bodies: Mapping[str, str]) -> Quote:
    """The quote with a body's initials ("Ora said") shown as the name the set spells out."""
    sp = q.speaker
    if not bodies or not sp or q.kind != "quote" or " " in sp or not sp.isalpha():
        return q
    full = bodies.get(sp.upper())
    return q if full is None else dataclasses.replace(q, speaker=full)


def _unify_speaker(q: Quote, reg: Registry) -> Quote:
    """The quote with its speaker replaced by the full name other articles give the same person."""
    sp = q.speaker
    if q.kind != "quote" or not sp:
        return q
    if sp in reg.roles:
        return q
    if sp in reg.forms and sp[:1].isupper():
        return dataclasses.replace(q, speaker=reg.forms[sp])
    if sp[:1].isupper() and len(sp.split()) > 1 and _head(sp) not in _ROLE_HEADS:
        return q
    best: list[tuple[int, str]] = []
    desc = _clean_descriptor(sp)
    if _head(desc) not in _ROLE_HEADS:
        return q
    for name in sorted(reg.roles):
        fit = max((_fits(desc, r) for r in reg.roles[name]), default=0)
        if fit:
            best.append((fit, name))
    best.sort(key=lambda x: (-x[0], x[1]))
    if best and (len(best) == 1 or best[0][0] > best[1][0]):
        name = best[0][1]
        return dataclasses.replace(q, speaker=name, role=q.role or reg.roles[name][0])
    return q


def _specificity(speaker: str | None) -> tuple[int, int]:
    if not speaker:
        return (0, 0)
    named = speaker[:1].isupper() and _head(speaker) not in _ROLE_HEADS
    return (2 if named and len(speaker.split()) >= 2 else 1 if named else 0, len(speaker))


def _make_group(
    gid: str,
    members: Sequence[Quote],
    stmt_of: Mapping[tuple[str, int], str],
    statements: Sequence[Statement],
    quoted_sentences: set[tuple[str, int]],
    order: Mapping[str, int],
) -> QuoteGroup:
    """One QuoteGroup: speaker, renderings, diff against the first rendering, paraphrases."""
    members = sorted(members, key=lambda q: (order[q.article], q.span.start))
    if members[0].kind == "term":
        return QuoteGroup(gid, None, tuple(members))
    speaker = max((q.speaker for q in members), key=_specificity)
    # every rendering credited to the group's fullest form of the speaker
    renderings = tuple(
        dataclasses.replace(q, speaker=speaker)
        if speaker and q.speaker and _same_speaker(q.speaker, speaker) is not False
        else q
        for q in members
    )
    ref = renderings[0]
    diff: list[WordDiff] = []
    articles = list(dict.fromkeys(q.article for q in renderings))
    differs = False
    for q in renderings[1:]:
        if q.article == ref.article:
            continue
        ops = _word_diff(ref.text, q.text, q.article)
        if any(d.op != "equal" for d in ops):
            differs = True
        diff.extend(ops)
    if len(articles) > 1 and len({q.speaker for q in renderings}) > 1:
        differs = True
    sids = {
        stmt_of[(q.article, q.sentence)] for q in renderings if (q.article, q.sentence) in stmt_of
    }
    para: list[str] = []
    # sets beside the lists: a statement a thousand outlets carry has a thousand members
    skip = set(articles)
    for st in statements:
        if st.id not in sids:
            continue
        for m in st.members:
            if m.article not in skip and (m.article, m.sentence) not in quoted_sentences:
                para.append(m.article)
                skip.add(m.article)
    para.sort(key=lambda a: order.get(a, len(order)))
    return QuoteGroup(gid, speaker, renderings, differs, tuple(diff), tuple(para))


def _word_diff(ref: str, other: str, article: str) -> list[WordDiff]:
    """Word-level operations turning the reference rendering into `other`."""
    a = _WORD.findall(unify(ref))
    b = _WORD.findall(unify(other))
    sm = difflib.SequenceMatcher(
        None, [w.casefold() for w in a], [w.casefold() for w in b], autojunk=False
    )
    ops: list[WordDiff] = []
    names = {"equal": "equal", "replace": "changed", "delete": "dropped", "insert": "added"}
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        ops.append(WordDiff(article, names[tag], " ".join(a[i1:i2]), " ".join(b[j1:j2])))  # type: ignore[arg-type]
    return ops
