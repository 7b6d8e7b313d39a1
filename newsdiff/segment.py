"""Article → sentences with character offsets into `Article.text`.

Which lines are body text comes from `layout.blocks`: paragraphs and photo captions give
sentences; headline, headings, date lines and datelines, bylines, signatures and page
furniture do not. "•"/"-"/"*" list items are folded into the sentence that introduces
them (one Sentence of kind "list").

Sentence boundaries come from sentencex (maintained, ~10 ms import, no model files).
Measured on the seed articles and our must-not-split table it keeps abbreviations
(U.S., Prof., Nov., No., Dr., St., Gen., Jan.), initials, decimals, figures with
brackets ("110 km (68 miles)") and `"… fact," he said.` intact. A few post-merge
rules repair the cases it splits that news text relies on:

- the next piece starts in lower case (`… "wait... what?" and left`): one sentence;
- a numeric-prefix abbreviation it does not know ("Vol. 2", "Approx. 30"): one sentence;
- a quotation closed with its own full stop, then a bare attribution
  (`"We will win." Jones said.`): the attribution belongs to the quote;
- "a.m."/"p.m." followed by a weekday or time zone ("5 a.m. Tuesday", "7 a.m. Eastern
  Standard Time"): one sentence;
- pieces with no letters or digits (stray closing quotes): joined to the sentence before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import Literal, NamedTuple

from newsdiff import rx
from newsdiff.layout import blocks
from newsdiff.model import Article, Block, Sentence, Span
from newsdiff.normalize import match_form

_SPACE = " \t\r\n\u00a0\u200b\u202f\u3000\ufeff"
_ALNUM = rx.compile(r"[^\W_]")
_NUMERIC_ABBREV = rx.compile(
    r"\b(?:no|nos|vol|vols|art|arts|approx|p|pp|fig|figs|ch|chap|sec|para|ca|est|ref|tel|nr)\.$",
    re.I,
)
_NEXT_NUMBER = rx.compile(r"^\s*\d")
# Compiled on first use (by _speech): only after a quotation closed by its own full stop.
_SPEECH = (
    r"\b(?:said|says|say|added|adds|asked|asks|told|tells|explained|noted|stated|wrote|writes"
    r"|tweeted|posted|declared|insisted|replied|responded|continued|concluded|warned"
    r"|argued|claimed|recalled|admitted|acknowledged|shouted|urged)\b"
)
_ATTRIBUTION_WORDS = 6
_CLOCK = rx.compile(r"\b[ap]\.m\.$", re.I)
# The longest match of _NUMERIC_ABBREV ("approx.") and of _CLOCK ("a.m."), plus a final "\n".
_TAIL_ABBREV = 8
_TAIL_CLOCK = 5
# Compiled on first use (by _clock_next): only after a piece ending in "a.m."/"p.m.".
_CLOCK_NEXT = (
    r"^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|local time"
    r"|(?:eastern|central|mountain|pacific|atlantic|alaska|hawaii|greenwich|british|japan"
    r"|india|china|korea|moscow|(?:central |eastern |western )?european|australian eastern)"
    r"(?: standard| daylight| summer| mean)? time"
    r"|(?-i:(?:E|C|M|P)[SD]?T|GMT|UTC|BST|CES?T|JST|IST|AES?T)\b)"
)
_INTRO_END = rx.compile(r"[:—–-]\s*$")
_BULLET = rx.compile(r"(?:[•·▪▸►◦‣∙●○■□–—*+-]|\d{1,2}[.)])\s+")


_Kind = Literal["sentence", "list", "caption"]


# A named tuple, not a frozen dataclass: as immutable, and cheaper to define and to build.
class _Piece(NamedTuple):
    start: int
    end: int
    paragraph: int
    kind: _Kind


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return start, end


def _joins(prev: str, nxt: str) -> bool:
    """True when sentencex split `prev` from `nxt` where news text has one sentence."""
    first = _ALNUM.search(nxt)
    if first is None:
        return True
    if nxt[first.start()].islower() and first.start() <= 2:
        return True
    # The patterns on `prev` end at `$` (the end, or before a final newline): a match is at
    # most _TAIL_ABBREV / _TAIL_CLOCK characters long, so only the tail is searched (`\b`
    # still sees the character before the search position).
    tail = max(0, len(prev) - _TAIL_ABBREV)
    if _NUMERIC_ABBREV.search(prev, tail) and _NEXT_NUMBER.match(nxt):
        return True
    if _CLOCK.search(prev, max(0, len(prev) - _TAIL_CLOCK)) and _clock_next().match(nxt):
        return True
    return bool(
        _closed_quote(prev)
        and len(nxt.split()) <= _ATTRIBUTION_WORDS
        and nxt.rstrip().endswith(".")
        and not nxt.lstrip().startswith(("“", '"', "‘"))
        and _speech().search(nxt)
    )


@cache
def _clock_next() -> re.Pattern[str]:
    """_CLOCK_NEXT compiled."""
    return rx.compile(_CLOCK_NEXT, re.I)


@cache
def _speech() -> re.Pattern[str]:
    """_SPEECH compiled."""
    return rx.compile(_SPEECH, re.I)


@cache
def _sentencex() -> Callable[[str, str], Iterable[str]]:
    """sentencex's splitter, imported on first use (an import statement in `split_sentences`
    would look the package up again on every call)."""
    from sentencex import segment

    split: Callable[[str, str], Iterable[str]] = segment  # untyped package
    return split


def _closed_quote(text: str) -> bool:
    """Whether `text` ends in [.!?…] and a closing quote, then only whitespace.

    What a search for `[.!?…]["”’']\\s*$` finds, without trying every start (`\\s` is
    what str.rstrip strips).
    """
    core = text.rstrip()
    return len(core) >= 2 and core[-2] in ".!?…" and core[-1] in "\"”’'"


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (stripped, absolute) of `text[start:end]`."""
    chunk = text[start:end]
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in _sentencex()("en", chunk):
        found = chunk.find(piece, pos) if piece else -1
        at = found if found >= 0 else pos
        s, e = _strip(text, start + at, start + at + len(piece))
        pos = at + len(piece)
        if s >= e:
            continue
        if spans and _joins(text[spans[-1][0] : spans[-1][1]], text[s:e]):
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def _introduces(text: str, piece: _Piece) -> bool:
    """True when a sentence leads into a list: it ends with a colon or dash, or unfinished."""
    sentence = text[piece.start : piece.end].rstrip("\"'”’) ")
    return bool(_INTRO_END.search(sentence)) or (
        bool(sentence) and sentence[-1] not in ".!?…" and piece.kind == "sentence"
    )


def _runs_on(text: str, block: Block, nxt: Block) -> bool:
    """True when a paragraph stops mid-sentence and the next one goes on with it, as on pages
    that hard-wrap their text with blank lines ("… reduce our workforce by⏎⏎approximately
    12,000 roles …"): no closing punctuation here, a lower-case word there."""
    if block.kind not in ("paragraph", "heading") or nxt.kind != "paragraph":
        return False
    end = text[block.span.start : block.span.end].rstrip()
    start = text[nxt.span.start : nxt.span.end].lstrip()
    if not (end and (end[-1].isalnum() or end[-1] in ",-") and start[:1].islower()):
        return False
    if block.kind == "heading":
        # a cut sentence taken for a heading is written in lower case, a real one in title case
        # ("A Call Between Allies")
        words = end.split()
        return sum(w[:1].islower() for w in words) * 2 > len(words)
    return True


def _pieces(text: str, layout: tuple[Block, ...]) -> list[_Piece]:
    out: list[_Piece] = []
    folding = False  # the last piece is a list intro that items are being folded into
    carried: tuple[int, int] | None = None  # (start, block number) of paragraphs run on
    for number, block in enumerate(layout):
        if block.kind == "list_item":
            prev = out[-1] if out else None
            adjacent = number > 0 and layout[number - 1].kind in ("paragraph", "list_item")
            if prev is not None and adjacent and (folding or _introduces(text, prev)):
                out[-1] = _Piece(prev.start, block.span.end, prev.paragraph, "list")
                folding = True
                continue
            folding = False
            bullet = _BULLET.match(block.text)
            start = block.span.start + (bullet.end() if bullet else 0)
            for s, e in split_sentences(text, start, block.span.end):
                out.append(_Piece(s, e, number, "sentence"))
            continue
        nxt = layout[number + 1] if number + 1 < len(layout) else None
        if nxt is not None and _runs_on(text, block, nxt):
            folding = False
            carried = carried if carried is not None else (block.span.start, number)
            continue
        if block.kind in ("paragraph", "caption"):
            folding = False
            start, first = carried if carried is not None else (block.span.start, number)
            carried = None
            kind: _Kind = "caption" if block.kind == "caption" else "sentence"
            for s, e in split_sentences(text, start, block.span.end):
                out.append(_Piece(s, e, first, kind))
        elif block.kind != "furniture":
            folding = False
    return out


def segment(article: Article) -> tuple[Sentence, ...]:
    """The article's sentences, in order, with spans into `article.text`."""
    text = article.text
    out: list[Sentence] = []
    for piece in _pieces(text, blocks(text)):
        body = text[piece.start : piece.end]
        out.append(
            Sentence(
                article=article.id,
                index=len(out),
                text=body,
                span=Span(piece.start, piece.end),
                paragraph=piece.paragraph,
                kind=piece.kind,
                match=match_form(body),
            )
        )
    return tuple(out)
