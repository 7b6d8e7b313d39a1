"""The newsroom quote check: each quotation in a draft must be in a source, same words and speaker.

`check` extracts the draft's quotations and the sources' quotations with the same
segmenter and quote extractor `compare` uses, then holds each draft quotation
against the closest source quotation:

- found word for word (a fragment of a longer source quotation is fine; `...`/`…`
  and editorial `[brackets]` split the draft's quotation into parts that must each
  appear, in order) → checks out;
- found with changed, added or dropped words → `misquote`, with the source's version;
- not found → `unsourced`;
- found, but the source gives it to someone else → `speaker`.

Word matching uses `difflib.SequenceMatcher` on normalised word lists (the standard
library's longest-matching-block diff; the quote group diff in `extract.quotes` is a
separate stage this module must not import).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from newsdiff import rx
from newsdiff.config import Config
from newsdiff.model import (
    Article,
    CheckProblem,
    CheckReport,
    Quote,
    QuoteCheck,
    WordDiff,
)
from newsdiff.normalize import match_form, unify, words

# Elisions and editorial insertions: the draft's words around them must appear in order.
_BREAK = rx.compile(r"\[[^\]]*\]|\.\s*\.\s*\.|…")
# Words in a speaker's name that do not identify the person.
_HONORIFICS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "president",
        "prime",
        "minister",
        "pm",
        "secretary",
        "general",
        "chief",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "senator",
        "rep",
        "governor",
        "mayor",
        "the",
        "a",
        "an",
        "of",
    }
)


@dataclass(frozen=True, slots=True)
class _Words:
    """A quotation's words: the normalised forms matched on and the original tokens shown."""

    keys: tuple[str, ...]
    shown: tuple[str, ...]


def check(
    draft: Article, sources: Sequence[Article], *, config: Config | None = None
) -> CheckReport:
    """The draft's quotations, each checked against the sources' quotations."""
    from newsdiff import segment as _segment
    from newsdiff.extract import quotes as _quotes

    config = config or Config()

    def extract(article: Article) -> tuple[Quote, ...]:
        sentences = _segment.segment(article)
        return tuple(_quotes.extract(article, sentences, config=config.quotes))

    found = tuple(q for a in sources for q in extract(a))
    checks = check_quotes(extract(draft), found, min_similarity=config.report.check_min_similarity)
    return CheckReport(draft=draft, sources=tuple(sources), checks=checks)


def check_quotes(
    draft: Sequence[Quote], sources: Sequence[Quote], *, min_similarity: float = 0.6
) -> tuple[QuoteCheck, ...]:
    """One check per draft quotation (scare quotes and terms skipped), in draft order."""
    candidates = [(q, _words(q.text)) for q in sources if q.kind == "quote"]
    return tuple(
        check_one(q, candidates, min_similarity=min_similarity) for q in draft if q.kind == "quote"
    )


def check_one(
    quote: Quote,
    candidates: Sequence[tuple[Quote, _Words]],
    *,
    min_similarity: float,
) -> QuoteCheck:
    """The check of one draft quotation against source quotations (and their words)."""
    parts = [p for p in (_words(piece) for piece in _BREAK.split(quote.text)) if p.keys]
    mine = _Words(
        keys=tuple(k for p in parts for k in p.keys),
        shown=tuple(w for p in parts for w in p.shown),
    )
    if not mine.keys:
        return QuoteCheck(quote=quote)
    best: tuple[tuple[float, bool, bool, int], Quote, _Words, tuple[int, int]] | None = None
    for index, (source, theirs) in enumerate(candidates):
        score, window = _match(mine.keys, theirs.keys)
        exact = _in_order(parts, theirs.keys)
        same = _same_speaker(quote.speaker, source.speaker) is not False
        # Word-for-word first, then the closest; on a tie the same speaker, then the earlier source.
        rank = (1.0 if exact else score, exact, same, -index)
        if best is None or rank > best[0]:
            best = (rank, source, theirs, window)
    if best is None or best[0][0] < min_similarity:
        similarity = best[0][0] if best else 0.0
        return QuoteCheck(quote=quote, problems=("unsourced",), similarity=similarity)
    (score, exact, _, _), source, theirs, (lo, hi) = best
    problems: list[CheckProblem] = []
    diff: tuple[WordDiff, ...] = ()
    if not exact:
        problems.append("misquote")
        diff = _diff(quote.article, theirs, (lo, hi), mine)
    if _same_speaker(quote.speaker, source.speaker) is False:
        problems.append("speaker")
    return QuoteCheck(
        quote=quote,
        problems=tuple(problems),
        source=source,
        source_text=" ".join(theirs.shown[lo:hi]),
        similarity=score,
        diff=diff,
    )


def _words(text: str) -> _Words:
    shown = tuple(words(text))
    return _Words(keys=tuple(match_form(w) for w in shown), shown=shown)


def _match(mine: Sequence[str], theirs: Sequence[str]) -> tuple[float, tuple[int, int]]:
    """How closely the draft's words match a stretch of the source's (0..1), and that stretch.

    The score is Dice's coefficient between the draft's words and the source's words
    from the first to the last matched one (or between the source's words and the
    draft's, whichever is higher), so a few common words scattered through a long
    quotation score low while a fragment quoted exactly scores 1.
    """
    if not mine or not theirs:
        return 0.0, (0, len(theirs))
    matcher = SequenceMatcher(None, mine, theirs, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return 0.0, (0, len(theirs))
    matched = sum(b.size for b in blocks)
    first, last = blocks[0], blocks[-1]
    # The stretch also covers the draft's unmatched words at either end, so a quotation
    # half made of other words cannot score high on the half that matches.
    lo = max(0, first.b - first.a)
    hi = min(len(theirs), last.b + last.size + len(mine) - last.a - last.size)
    stretch = max(last.b + last.size - first.b, hi - lo)
    # And the other way round: a short source quotation found whole inside a longer
    # draft quotation is that quotation with words added, not a different one.
    inside = last.a + last.size - first.a
    return max(2 * matched / (len(mine) + stretch), 2 * matched / (inside + len(theirs))), (lo, hi)


def _in_order(parts: Sequence[_Words], theirs: Sequence[str]) -> bool:
    """Whether every part appears word for word, one after another, in the source's words."""
    pos = 0
    for part in parts:
        n = len(part.keys)
        found = next(
            (i for i in range(pos, len(theirs) - n + 1) if tuple(theirs[i : i + n]) == part.keys),
            -1,
        )
        if found < 0:
            return False
        pos = found + n
    return True


def _diff(
    article: str, theirs: _Words, window: tuple[int, int], mine: _Words
) -> tuple[WordDiff, ...]:
    """Word diff of the source's passage (ref) against the draft's quotation (other)."""
    lo, hi = window
    ref_keys, ref_shown = theirs.keys[lo:hi], theirs.shown[lo:hi]
    matcher = SequenceMatcher(None, ref_keys, mine.keys, autojunk=False)
    ops = {"equal": "equal", "replace": "changed", "insert": "added", "delete": "dropped"}
    return tuple(
        WordDiff(
            article=article,
            op=ops[tag],  # type: ignore[arg-type]  # the four difflib tags map onto WordDiff ops
            ref=" ".join(ref_shown[i1:i2]),
            other=" ".join(mine.shown[j1:j2]),
        )
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    )


def _same_speaker(a: str | None, b: str | None) -> bool | None:
    """Whether two speakers are the same person; None when either is unknown or a description."""
    mine, theirs = _name_words(a), _name_words(b)
    if not mine or not theirs:
        return None
    # "Reyes" and "Ana Reyes" are one person: one name's words within the other's.
    return mine <= theirs or theirs <= mine


def _name_words(name: str | None) -> frozenset[str]:
    """The identifying words of a proper name; empty for a description ("a senior official")."""
    tokens = [w for w in words(unify(name or "")) if w.casefold() not in _HONORIFICS]
    # A description has lower-case words; a name's words are all capitalised.
    if not tokens or not all(w[:1].isupper() for w in tokens):
        return frozenset()
    return frozenset(w.casefold() for w in tokens)
