"""Typed records that flow through the pipeline: load → segment → align → extract → render.

Every record is a frozen, slotted dataclass with tuple fields, so a stage can never
change what an earlier stage produced. Offsets (`Span`) always index `Article.text`.
The only logic here is `Report.to_dict`, which *is* the public JSON shape (`newsdiff/1`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

SCHEMA = "newsdiff/1"

PublishedSource = Literal["front-matter", "text", "option", "inferred"]
BlockKind = Literal[
    "paragraph",  # body text: compared
    "headline",  # the article's title line
    "heading",  # a subheading: short line without final punctuation
    "list_item",  # "•" item: belongs with the sentence that introduces it
    "dateline",  # a date line ("Sunday, November 30, 2025") or a story's "PARIS (AP) —"
    "byline",  # "By Jane Doe (Reuters)": metadata
    "caption",  # photo caption
    "signature",  # trailing site signature ("Example.Net"): becomes the outlet
    "furniture",  # share/subscribe lines, "Leave a Reply", copyright, END, image placeholders
]


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range [start, end) into `Article.text`."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Block:
    """One line or paragraph of an article, classified by layout."""

    kind: BlockKind
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """One article as loaded: the text keeps the original characters; offsets index it."""

    id: str
    text: str
    path: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    published_source: PublishedSource | None = None
    url: str | None = None
    author: str | None = None
    # What the loader set aside (page furniture, captions), kept for display, never compared.
    furniture: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    # The dateline opening the first paragraph ("PARIS (AP) —"), kept out of its sentence.
    dateline: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of one article. `text` is exactly `article.text[span.start:span.end]`."""

    article: str
    index: int
    text: str
    span: Span
    paragraph: int = 0
    # "list" when "•" items were folded into the sentence that introduces them;
    # "caption" for a photo caption (credit removed): kept for its names and dates.
    kind: Literal["sentence", "list", "caption"] = "sentence"
    # The normalised form matchers use (NFKC, unified quotes/dashes, collapsed spaces, lower case).
    match: str = ""


@dataclass(frozen=True, slots=True)
class Member:
    """One sentence's place in a statement, with how well it fits there (0..1)."""

    article: str
    sentence: int
    text: str
    score: float = 1.0


@dataclass(frozen=True, slots=True)
class Statement:
    """Sentences from one or more articles that say the same thing."""

    id: str
    members: tuple[Member, ...]
    score: float = 1.0

    @property
    def articles(self) -> tuple[str, ...]:
        """Ids of the articles that carry this statement, in order of first appearance."""
        return tuple(dict.fromkeys(m.article for m in self.members))


@dataclass(frozen=True, slots=True)
class CopyPassage:
    """A long run of words two articles share verbatim (likely shared wire copy)."""

    text: str
    a_span: Span
    b_span: Span


@dataclass(frozen=True, slots=True)
class CopyPair:
    """How much of two articles' text lies in long shared word runs."""

    a: str
    b: str
    share: float  # share of the shorter article's words inside shared runs
    passages: tuple[CopyPassage, ...] = ()
    likely_wire: bool = False


# ---------------------------------------------------------------- mentions


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation: the quoted words only (`text`), without the marks."""

    article: str
    sentence: int
    text: str
    span: Span
    kind: Literal["quote", "term"] = "quote"  # "term": scare quotes, titles; nobody's statement
    speaker: str | None = None  # canonical name ("Ana Reyes") or a description
    speaker_as_written: str | None = None  # "he", "Reyes", "the spokesperson"
    role: str | None = None  # "Chief Cabinet Secretary"
    cue: str | None = None  # "said", "told reporters", "according to"


@dataclass(frozen=True, slots=True)
class WordDiff:
    """Word-level difference between a group's reference rendering and one other rendering."""

    article: str
    op: Literal["equal", "added", "dropped", "changed"]
    ref: str
    other: str


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """Renderings of one quoted statement by one speaker, across (and within) articles."""

    id: str
    speaker: str | None
    renderings: tuple[Quote, ...]
    differs: bool = False
    diff: tuple[WordDiff, ...] = ()
    # Articles that carry the statement (aligned) but without quotation marks.
    paraphrased_in: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression resolved against its article's publication date."""

    article: str
    sentence: int
    text: str
    span: Span
    resolved: str | None  # "YYYY-MM-DD", "YYYY-MM", "YYYY", "YYYY-Www" or None
    kind: Literal["absolute", "relative"] = "absolute"
    ambiguous: bool = False  # day/month order could not be decided
    event: str | None = None  # what it dates: "call", "briefing", "editorial"
    # The latest day it can be, when `resolved` is a week or month ("earlier this week"),
    # or the last day of a range ("September 19-20").
    not_after: str | None = None
    dateline: bool = False  # the article's own date line ("TOKYO, November 27, 2025 –")
    future: bool = False  # read as pointing forward ("plans to visit in April")
    # Why its day rests on a guess, if it does: "quoted" (a relative date inside a quotation
    # counts from the speaker's day, not the report's) or "inferred" (a relative date resolved
    # against an inferred publication date).
    guessed: Literal["quoted", "inferred"] | None = None


@dataclass(frozen=True, slots=True)
class DateGroup:
    """Mentions of one event across articles; `conflict` when they resolve to different days."""

    id: str
    event: str | None
    mentions: tuple[DateMention, ...]
    conflict: bool = False
    participants: tuple[str, ...] = ()  # people named around the event ("Ana Reyes")


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A figure with its unit, value normalised to the unit's base (km, people, EUR)."""

    article: str
    sentence: int
    text: str
    span: Span
    value: float
    unit: str | None = None
    quantity: str | None = None  # the noun it counts or measures: "people", "distance"
    approx: str | None = None  # "about", "more than", "at least"
    qualifier: str | None = None  # what happened to what is counted: "dead", "injured", "missing"
    of: float | None = None  # the whole, in "seven of the eight towers"
    parts: tuple[float, ...] = ()  # "27 years and 3 months" → (27, 3); "a 4-1 vote" → (4, 1)
    # When the earlier event or round a figure is said of happened ("killed 100 in a quake two
    # weeks ago", "the 18,000 jobs cut in January" → "2023-01"; "earlier" when unsaid); None
    # for a current figure. Figures of different eras are never one quantity.
    era: str | None = None
    reported: str | None = None  # the article's publication date (ISO), when known
    # Places and names the figure is tied to ("in Varenne", "for Ibarra", "Marsh won ..."):
    # figures tied to different ones are never one quantity.
    owners: tuple[str, ...] = ()
    added: bool = False  # counts an addition: "another 179 people", "9,000 more jobs"
    per: str | None = None  # what it is given for each of: "count" in "20 years for each count"
    day: str | None = None  # the weekday a time of day is said of: "1:30 a.m. Tuesday"
    # When in a trading day a share move was measured: "close", "open", "extreme" ("as much
    # as"), "extended" (pre-market, after-hours), or a clock time as minutes after midnight.
    session: str | None = None


@dataclass(frozen=True, slots=True)
class NumberGroup:
    """Mentions of one quantity across articles; `conflict` when values differ."""

    id: str
    about: str | None
    mentions: tuple[NumberMention, ...]
    conflict: bool = False


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who an article credits for something it reports."""

    article: str
    sentence: int
    source: str  # "The Wall Street Journal", "sources familiar with the matter"
    named: bool
    text: str  # the attribution phrase as written
    span: Span
    kind: Literal["outlet", "person", "official", "organisation", "anonymous", "unspecified"] = (
        "unspecified"
    )
    hedge: str | None = None  # "reportedly", "allegedly", "claimed"
    via: str | None = None  # relay: the outlet that cites this source ("Reuters" citing ...)
    cue: str | None = None  # "according to", "said", "citing", "reportedly"
    document: str | None = None  # "memo", "statement": what the source is credited through


@dataclass(frozen=True, slots=True)
class SourcingProfile:
    """One article's sourcing: how many attributions, named vs anonymous, hedges."""

    article: str
    named: int
    anonymous: int
    hedged: int
    sources: tuple[str, ...]
    unspecified: int = 0  # "reports", "observers": neither named nor a described source


@dataclass(frozen=True, slots=True)
class SourcingDifference:
    """For one shared statement, who each article credits for it."""

    statement: str
    by_article: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """Per-article figures for the report header."""

    article: str
    sentences: int
    shared: float  # share of its sentences in statements other articles also carry


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a comparison found; renderers only read this."""

    articles: tuple[Article, ...]
    sentences: tuple[tuple[Sentence, ...], ...] = ()  # per article, same order as `articles`
    statements: tuple[Statement, ...] = ()
    quotes: tuple[QuoteGroup, ...] = ()
    dates: tuple[DateGroup, ...] = ()
    numbers: tuple[NumberGroup, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    sourcing: tuple[SourcingProfile, ...] = ()
    sourcing_differences: tuple[SourcingDifference, ...] = ()
    copies: tuple[CopyPair, ...] = ()
    summaries: tuple[ArticleSummary, ...] = ()
    schema: str = field(default=SCHEMA)

    def to_dict(self) -> dict[str, Any]:
        """The JSON report (schema `newsdiff/1`) as plain Python objects."""
        return {
            "schema": self.schema,
            "articles": [_article(a) for a in self.articles],
            "statements": [
                {
                    "id": s.id,
                    "score": round(s.score, 4),
                    "members": [
                        {
                            "article": m.article,
                            "sentence": m.sentence,
                            "text": m.text,
                            "score": round(m.score, 4),
                        }
                        for m in s.members
                    ],
                }
                for s in self.statements
            ],
            "quotes": [
                {
                    "id": g.id,
                    "speaker": g.speaker,
                    "differs": g.differs,
                    "paraphrased_in": list(g.paraphrased_in),
                    "renderings": [_quote(q) for q in g.renderings],
                    "diff": [
                        {"article": d.article, "op": d.op, "ref": d.ref, "other": d.other}
                        for d in g.diff
                    ],
                }
                for g in self.quotes
            ],
            "dates": [
                {
                    "id": g.id,
                    "event": g.event,
                    "conflict": g.conflict,
                    "mentions": [_date(m) for m in g.mentions],
                }
                for g in self.dates
            ],
            "numbers": [
                {
                    "id": g.id,
                    "about": g.about,
                    "conflict": g.conflict,
                    "mentions": [_number(m) for m in g.mentions],
                }
                for g in self.numbers
            ],
            "attributions": [_attribution(a) for a in self.attributions],
            "sourcing": [
                {
                    "article": p.article,
                    "named": p.named,
                    "anonymous": p.anonymous,
                    "hedged": p.hedged,
                    "unspecified": p.unspecified,
                    "sources": list(p.sources),
                }
                for p in self.sourcing
            ],
            "copies": [
                {
                    "a": c.a,
                    "b": c.b,
                    "share": round(c.share, 4),
                    "likely_wire": c.likely_wire,
                    "passages": [p.text for p in c.passages],
                }
                for c in self.copies
            ],
        }


# ---------------------------------------------------------------- quote check (`newsdiff check`)

CHECK_SCHEMA = "newsdiff-check/1"
CheckProblem = Literal["misquote", "unsourced", "speaker"]


@dataclass(frozen=True, slots=True)
class QuoteCheck:
    """One quotation of a draft held against the sources; no `problems` means it checks out."""

    quote: Quote  # the draft's rendering
    problems: tuple[CheckProblem, ...] = ()
    source: Quote | None = None  # the closest rendering in a source
    source_text: str | None = None  # the part of `source` that corresponds to the draft's words
    similarity: float = 0.0  # share of the draft's words found in order in `source`
    diff: tuple[WordDiff, ...] = ()  # ref = the source's words, other = the draft's


@dataclass(frozen=True, slots=True)
class CheckReport:
    """Every quotation of a draft, checked against source articles."""

    draft: Article
    sources: tuple[Article, ...]
    checks: tuple[QuoteCheck, ...] = ()
    schema: str = field(default=CHECK_SCHEMA)

    def to_dict(self) -> dict[str, Any]:
        """The JSON check report (schema `newsdiff-check/1`) as plain Python objects."""
        return {
            "schema": self.schema,
            "draft": _article(self.draft),
            "sources": [_article(a) for a in self.sources],
            "checks": [
                {
                    "quote": _quote(c.quote),
                    "problems": list(c.problems),
                    "source": _quote(c.source) if c.source else None,
                    "source_text": c.source_text,
                    "similarity": round(c.similarity, 4),
                    "diff": [
                        {"article": d.article, "op": d.op, "ref": d.ref, "other": d.other}
                        for d in c.diff
                    ],
                }
                for c in self.checks
            ],
        }


def _span(s: Span) -> list[int]:
    return [s.start, s.end]


def _located(m: Quote | DateMention | NumberMention | Attribution) -> dict[str, Any]:
    """Where a mention stands: its article, sentence, text and span."""
    return {"article": m.article, "sentence": m.sentence, "text": m.text, "span": _span(m.span)}


def _article(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "path": a.path,
        "outlet": a.outlet,
        "published": a.published.isoformat() if a.published else None,
        "published_source": a.published_source,
        "title": a.title,
        "url": a.url,
        "author": a.author,
    }


def _quote(q: Quote) -> dict[str, Any]:
    return {
        **_located(q),
        "kind": q.kind,
        "speaker": q.speaker,
        "speaker_as_written": q.speaker_as_written,
        "role": q.role,
        "cue": q.cue,
    }


def _date(m: DateMention) -> dict[str, Any]:
    return {
        **_located(m),
        "resolved": m.resolved,
        "kind": m.kind,
        "ambiguous": m.ambiguous,
        "event": m.event,
        "not_after": m.not_after,
    }


def _number(m: NumberMention) -> dict[str, Any]:
    return {
        **_located(m),
        "value": m.value,
        "unit": m.unit,
        "quantity": m.quantity,
        "approx": m.approx,
        "qualifier": m.qualifier,
        "of": m.of,
        "parts": list(m.parts),
    }


def _attribution(a: Attribution) -> dict[str, Any]:
    return {
        **_located(a),
        "source": a.source,
        "named": a.named,
        "kind": a.kind,
        "hedge": a.hedge,
        "via": a.via,
        "document": a.document,
        "cue": a.cue,
    }
