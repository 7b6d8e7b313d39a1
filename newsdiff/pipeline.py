"""The one orchestrator: articles → `Report` (statements, quotes, date/number conflicts, sourcing).

Each stage is a pure function in its own module; this module only wires them and
counts what differs, so the CLI and the Python API share one path. (It is named
`pipeline`, not `compare`, so that `newsdiff.compare` is always the function: a
submodule of that name would shadow it once imported.)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from newsdiff.config import Config
from newsdiff.errors import InputError
from newsdiff.model import (
    Article,
    ArticleSummary,
    Attribution,
    CopyPair,
    DateGroup,
    DateMention,
    Member,
    NumberGroup,
    NumberMention,
    QuoteGroup,
    Report,
    Sentence,
    Statement,
)

if TYPE_CHECKING:
    from newsdiff.extract.quotes import Registry
    from newsdiff.fork import Forked

KINDS = ("quotes", "dates", "numbers", "attributions", "statements")


STAGES = ("segment", "align", "extract", "group")

Progress = Callable[[str], None]

# Every section is frozen and holds only immutable values, so one default serves every call.
_DEFAULT_CONFIG = Config()


def compare(
    articles: Sequence[Article],
    *,
    config: Config | None = None,
    progress: Progress | None = None,
    parallel: bool | None = None,
) -> Report:
    """The comparison of `articles` (at least one) as a Report.

    `progress`, if given, is called with each stage's name (`STAGES`) as it starts, so
    that a caller can show where long work stands; the library itself never prints.
    `parallel`: align (and find figures and names) in a forked child while this process
    runs the rest of the extraction and the shared-copy search, then group dates in a child
    while this process groups figures (see `newsdiff.fork`); None decides by input size
    (`PARALLEL_SENTENCES`) and by whether a child can be forked here. The report is the
    same either way.
    """
    step: Progress = progress or (lambda _stage: None)
    # Stages are imported here, not at module level, so `import newsdiff` stays cheap.
    from newsdiff import align as _align
    from newsdiff import segment as _segment
    from newsdiff.extract import attributions as _attributions
    from newsdiff.extract import dates as _dates
    from newsdiff.extract import quotes as _quotes

    config = config or _DEFAULT_CONFIG
    articles = _unique_ids(articles)
    step("segment")
    sentences = tuple(_segment.segment(a) for a in articles)
    articles = _dates.infer_published(articles, sentences)
    by_id: Mapping[str, Sequence[Sentence]] = {
        a.id: s for a, s in zip(articles, sentences, strict=True)
    }
    step("align")
    if parallel is None:
        parallel = sum(len(s) for s in sentences) >= PARALLEL_SENTENCES
    # Alignment, number extraction and the registry of who is who need only the sentences:
    # they go to a forked child while this process extracts quotes, dates and sources and
    # searches for shared copy, the two halves taking about equal time on a large story.
    forked: Forked[_Packed] | None = None
    if parallel:
        # imported here: multiprocessing costs tens of milliseconds to import, which a
        # handful of articles should not pay
        from newsdiff import fork

        def aligned() -> _Packed:
            return (
                _pack(_align.align(sentences, config=config.align), articles),
                _numbers_of(articles, by_id, config),
                _quotes.registry_of(by_id),
            )

        # The child sends back indices and scores for the statements (texts are rebuilt
        # here), which cost little to pickle.
        forked = fork.Forked(aligned) if fork.can_fork() else None
    statements = () if forked else _align.align(sentences, config=config.align)
    try:
        step("extract")
        quotes = [
            q for a in articles for q in _quotes.extract(a, by_id[a.id], config=config.quotes)
        ]
        dates, attributions, copies = _side_work(articles, by_id, sentences, config)
        if forked:
            packed, numbers, registry = forked.result()
            statements = _unpack(packed, articles, by_id)
            people = registry if quotes else None
        else:
            numbers = _numbers_of(articles, by_id, config)
            people = _quotes.registry_of(by_id) if quotes else None
    finally:
        if forked:
            forked.close()
    step("group")
    quote_groups = _quotes.group(
        quotes, statements=statements, sentences=by_id, config=config.quotes, people=people
    )
    merged = merge_quoted(statements, quote_groups, order=[a.id for a in articles])
    if merged != statements:
        statements = merged
        quote_groups = _quotes.group(
            quotes, statements=statements, sentences=by_id, config=config.quotes, people=people
        )
    attributions = _attributions.credit_speakers(attributions, quote_groups)
    quote_groups = _quotes.accounts(quote_groups, attributions)
    date_groups, number_groups = _grouped(
        dates, numbers, statements=statements, by_id=by_id, config=config, parallel=parallel
    )
    return Report(
        articles=articles,
        sentences=sentences,
        statements=statements,
        quotes=quote_groups,
        dates=date_groups,
        numbers=number_groups,
        attributions=attributions,
        sourcing=_attributions.profiles(articles, attributions),
        sourcing_differences=_attributions.differences(statements, attributions),
        copies=copies,
        summaries=_summaries(articles, sentences, statements),
    )


# Sentences from which compare() forks the side work by default: below this the fork and
# the result's trip through a pipe cost more than the second core saves.
PARALLEL_SENTENCES = 2000

_Side = tuple[list[DateMention], tuple[Attribution, ...], tuple[CopyPair, ...]]
# Statements as (id, score, ((article index, sentence index, score), ...)).
_Statements = tuple[tuple[str, float, tuple[tuple[int, int, float], ...]], ...]
# What the forked child sends back: statements, number mentions, who is who.
_Packed = tuple[_Statements, list[NumberMention], "Registry"]


def _pack(statements: Sequence[Statement], articles: Sequence[Article]) -> _Statements:
    """Statements without their sentence texts, articles by position."""
    at = {a.id: i for i, a in enumerate(articles)}
    return tuple(
        (st.id, st.score, tuple((at[m.article], m.sentence, m.score) for m in st.members))
        for st in statements
    )


def _unpack(
    packed: _Statements, articles: Sequence[Article], by_id: Mapping[str, Sequence[Sentence]]
) -> tuple[Statement, ...]:
    """The statements `_pack` was given, sentence texts taken from `by_id` again."""
    text = {(a.id, s.index): s.text for a in articles for s in by_id[a.id]}
    ids = [a.id for a in articles]
    return tuple(
        Statement(
            id=sid,
            members=tuple(Member(ids[a], k, text[(ids[a], k)], score) for a, k, score in members),
            score=score,
        )
        for sid, score, members in packed
    )


def _side_work(
    articles: Sequence[Article],
    by_id: Mapping[str, Sequence[Sentence]],
    sentences: Sequence[Sequence[Sentence]],
    config: Config,
) -> _Side:
    """What compare() needs besides alignment, quotes and numbers: dates, attributions and
    shared copy (none depends on the statements)."""
    from newsdiff import align as _align
    from newsdiff.extract import attributions as _attributions
    from newsdiff.extract import dates as _dates

    dates = [d for a in articles for d in _dates.extract(a, by_id[a.id], config=config.dates)]
    attributions = tuple(
        x
        for a in articles
        for x in _attributions.extract(a, by_id[a.id], config=config.attributions)
    )
    return dates, attributions, _align.copies(sentences, config=config.align)


def _numbers_of(
    articles: Sequence[Article], by_id: Mapping[str, Sequence[Sentence]], config: Config
) -> list[NumberMention]:
    """Every article's figures, in article order."""
    from newsdiff.extract import numbers as _numbers

    return [n for a in articles for n in _numbers.extract(a, by_id[a.id], config=config.numbers)]


def _grouped(
    dates: Sequence[DateMention],
    numbers: Sequence[NumberMention],
    *,
    statements: Sequence[Statement],
    by_id: Mapping[str, Sequence[Sentence]],
    config: Config,
    parallel: bool,
) -> tuple[tuple[DateGroup, ...], tuple[NumberGroup, ...]]:
    """Date and number mentions grouped across articles; on a large story the dates in a
    forked child while this process groups the numbers (neither needs the other)."""
    from newsdiff.extract import dates as _dates
    from newsdiff.extract import numbers as _numbers

    def date_groups() -> tuple[DateGroup, ...]:
        return _dates.group(dates, statements=statements, sentences=by_id, config=config.dates)

    forked: Forked[tuple[DateGroup, ...]] | None = None
    if parallel:
        from newsdiff import fork

        forked = fork.Forked(date_groups) if fork.can_fork() else None
    try:
        number_groups = _numbers.group(
            numbers, statements=statements, sentences=by_id, config=config.numbers
        )
        return (forked.result() if forked else date_groups()), number_groups
    finally:
        if forked:
            forked.close()


def merge_quoted(
    statements: Sequence[Statement], groups: Sequence[QuoteGroup], *, order: Sequence[str]
) -> tuple[Statement, ...]:
    """Statements joined where their sentences carry one quote group's renderings.

    The aligner sees words only; the quote grouper also knows who speaks and what each
    quote follows, so a remark rendered in different words ("There is no such fact" /
    "There is absolutely no truth to the report") is one statement once it is one quote
    group. Two statements are joined only when no article is in both, and ids are given
    again in the aligner's order (first member's article, then sentence).
    """
    if all(g.speaker is None for g in groups):
        return tuple(statements)  # nothing to join (the loop below would skip every group)
    of: dict[tuple[str, int], int] = {}
    for i, st in enumerate(statements):
        for m in st.members:
            of[(m.article, m.sentence)] = i
    parent = list(range(len(statements)))
    arts = [set(st.articles) for st in statements]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    changed = False
    for g in groups:
        if g.speaker is None:
            continue  # terms are not anyone's statement
        ids = sorted({of[k] for q in g.renderings if (k := (q.article, q.sentence)) in of})
        for j in ids[1:]:
            a, b = find(ids[0]), find(j)
            if a != b and not (arts[a] & arts[b]):
                parent[max(a, b)] = min(a, b)
                arts[min(a, b)] |= arts[max(a, b)]
                changed = True
    if not changed:
        return tuple(statements)
    rank = {a: i for i, a in enumerate(order)}
    clusters: dict[int, list[Member]] = {}
    scores: dict[int, list[float]] = {}
    for i, st in enumerate(statements):
        root = find(i)
        clusters.setdefault(root, []).extend(st.members)
        scores.setdefault(root, []).append(st.score)
    ordered = [
        (sorted(ms, key=lambda m: (rank.get(m.article, len(rank)), m.sentence)), scores[r])
        for r, ms in clusters.items()
    ]
    ordered.sort(key=lambda x: (rank.get(x[0][0].article, len(rank)), x[0][0].sentence))
    return tuple(
        Statement(f"s{n}", tuple(ms), round(min(sc), 4))
        for n, (ms, sc) in enumerate(ordered, start=1)
    )


def differences(report: Report) -> dict[str, int]:
    """How many differences of each kind the report holds (what `--fail-on` counts)."""
    multi = len(report.articles) > 1
    return {
        "quotes": sum(1 for g in report.quotes if g.differs),
        "dates": sum(1 for g in report.dates if g.conflict),
        "numbers": sum(1 for g in report.numbers if g.conflict),
        "attributions": len(report.sourcing_differences),
        "statements": sum(1 for s in report.statements if len(s.articles) == 1) if multi else 0,
    }


def _unique_ids(articles: Sequence[Article]) -> tuple[Article, ...]:
    """The articles, refusing an empty set or two articles with one id."""
    if not articles:
        raise InputError("input", "no articles to compare")
    seen: set[str] = set()
    for a in articles:
        if a.id in seen:
            raise InputError(a.path or a.id, f"duplicate article id {a.id!r}")
        seen.add(a.id)
    return tuple(articles)


def _summaries(
    articles: Sequence[Article],
    sentences: Sequence[Sequence[Sentence]],
    statements: Sequence[Statement],
) -> tuple[ArticleSummary, ...]:
    shared: dict[str, int] = {}
    for st in statements:
        if len(st.articles) > 1:
            for m in st.members:
                shared[m.article] = shared.get(m.article, 0) + 1
    return tuple(
        ArticleSummary(
            article=a.id,
            sentences=len(s),
            shared=(shared.get(a.id, 0) / len(s)) if s else 0.0,
        )
        for a, s in zip(articles, sentences, strict=True)
    )
