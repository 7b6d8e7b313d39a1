"""Dates: extraction, resolution, publication-date inference, event grouping and conflicts."""

from __future__ import annotations

import functools
import importlib.util
import random
import re
import sys
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from newsdiff.config import DateConfig
from newsdiff.errors import ConfigError
from newsdiff.extract import dates
from newsdiff.model import Article, DateGroup, DateMention, Member, Sentence, Span, Statement

ROOT = Path(__file__).resolve().parent.parent
THU = date(2024, 3, 14)  # a Thursday, ISO week 11


def _sentences(article_id: str, text: str) -> tuple[Sentence, ...]:
    """Sentences split at line ends and at a full stop before a capital (enough for tests)."""
    out: list[Sentence] = []
    start = 0
    for cut in [*(m.start() for m in re.finditer(r"(?<=\.)\s+(?=[A-Z])|\n", text)), len(text)]:
        piece = text[start:cut].strip()
        if piece:
            begin = text.index(piece, start)
            out.append(Sentence(article_id, len(out), piece, Span(begin, begin + len(piece))))
        start = cut
    return tuple(out)


def _extract(text: str, pub: date | None = THU, order: str = "auto") -> tuple[DateMention, ...]:
    article = Article(id="a", text=text, published=pub)
    return dates.extract(article, _sentences("a", text), config=DateConfig(order=order))


def _pairs(text: str, pub: date | None = THU, order: str = "auto") -> list[tuple[str, str | None]]:
    return [(m.text, m.resolved) for m in _extract(text, pub, order)]


# ---------------------------------------------------------------- extraction and resolution

ABSOLUTE = [
    ("The talks were held on November 24.", [("on November 24", "2023-11-24")]),
    ("The vote was held on Nov. 25, 2025.", [("on Nov. 25, 2025", "2025-11-25")]),
    ("Records dated 2025-11-27 were released.", [("2025-11-27", "2025-11-27")]),
    ("The treaty was signed on 27 November 2025.", [("on 27 November 2025", "2025-11-27")]),
    ("The bill passed on 11/25/2025 after a long debate.", [("on 11/25/2025", "2025-11-25")]),
    ("Rain fell on 25/11 across the region.", [("on 25/11", "2023-11-25")]),
    ("Prices rose in February, the office said.", [("in February", "2024-02")]),
    ("The June 2023 report was revised.", [("June 2023", "2023-06")]),
    ("The act was signed in 1979.", [("in 1979", "1979")]),
    ("The 2019 election was close.", [("2019", "2019")]),
    ("Talks ran from 20-22 November.", [("20-22 November", "2023-11-20")]),
    ("The court sat on the 5th of March.", [("on the 5th of March", "2024-03-05")]),
]

RELATIVE = [
    ("Officials said on Tuesday the road was shut.", [("on Tuesday", "2024-03-12")]),
    ("The minister resigned yesterday.", [("yesterday", "2024-03-13")]),
    ("Today the port reopened.", [("Today", "2024-03-14")]),
    ("Markets fell last Friday.", [("last Friday", "2024-03-08")]),
    ("He flew home last Thursday.", [("last Thursday", "2024-03-07")]),
    ("The leaders spoke earlier this week.", [("earlier this week", "2024-W11")]),
    ("Shares fell this week.", [("this week", "2024-W11")]),
    ("The firm cut jobs last week.", [("last week", "2024-W10")]),
    ("Sales slowed this month.", [("this month", "2024-03")]),
    ("Tensions rose earlier this month.", [("earlier this month", "2024-03")]),
    ("Exports fell last month.", [("last month", "2024-02")]),
    ("Profits doubled last year.", [("last year", "2023")]),
    ("Rates will rise next month.", [("next month", "2024-04")]),
    ("The company was founded two years ago.", [("two years ago", "2022")]),
    ("Police made arrests last night.", [("last night", "2024-03-13")]),
]

PARTS_OF_DAY = [
    (
        "The call took place on the evening of November 24.",
        [("on the evening of November 24", "2023-11-24")],
    ),
    (
        "In a press conference on the morning of March 12, he spoke.",
        [("on the morning of March 12", "2024-03-12")],
    ),
    ("Rain began on Monday morning.", [("on Monday morning", "2024-03-11")]),
    ("Aid arrived late Tuesday.", [("late Tuesday", "2024-03-12")]),
    (
        "The army moved in the early hours of Sunday.",
        [("in the early hours of Sunday", "2024-03-10")],
    ),
]

FUTURE = [
    ("Trump, who plans to visit Beijing in April, said little.", [("in April", "2024-04")]),
    ("The minister will travel to Paris on Monday.", [("on Monday", "2024-03-18")]),
    ("A hearing is scheduled for March 28.", [("March 28", "2024-03-28")]),
    ("The summit is expected to open on 2 January.", [("on 2 January", "2025-01-02")]),
    ("MPs will vote next week.", [("next week", "2024-W12")]),
    ("The result may not be known until Friday.", [("Friday", "2024-03-15")]),
]

MUST_NOT_MATCH = [
    "Analysts said the central bank may soften its stance.",
    "Thousands will march on the capital.",
    "May said the talks had been constructive.",
    "The team won 4-1 at home.",
    "The victim, aged 45, was taken to hospital.",
    "A 45-year-old man was arrested.",
    "The museum holds 1,979 objects.",
    "No. 10 declined to comment.",
    "The meeting began at 10:30 local time.",
    "He finished second in the race.",
    "The Sunday Times first reported the story.",
    "About 2000 troops were deployed.",
    "The hotline runs 24/7.",
    "Two-thirds, or 2/3 of the board, agreed.",
    "Shares rose 3.25% in early trading.",
    "The dykes were built in the 1990s.",
    "The 18th century pier was washed away.",
    "The Good Friday Agreement ended decades of conflict.",
    "Dubbed Cyber Monday, the online sale drew record traffic.",
    "Christmas shopping fell sharply.",
    "The lift stopped on the 9th floor.",
    "She finished on the 3rd attempt.",
    "Costs reached $2025 per household.",
]


@pytest.mark.parametrize(("text", "expected"), ABSOLUTE + RELATIVE + PARTS_OF_DAY + FUTURE)
def test_expressions_are_found_and_resolved(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize("text", MUST_NOT_MATCH)
def test_non_dates_are_not_matched(text: str) -> None:
    assert _pairs(text) == []


def test_spans_index_the_article_text() -> None:
    text = "Intro line.\nThe call took place on the evening of November 24."
    for m in _extract(text):
        assert text[m.span.start : m.span.end] == m.text


def test_without_a_publication_date_only_full_dates_resolve() -> None:
    got = _pairs("The bridge opened on 14 August 1998. The strike began on Tuesday.", pub=None)
    assert got == [("on 14 August 1998", "1998-08-14"), ("on Tuesday", None)]
    assert _pairs("The ceasefire took effect on March 3.", pub=None) == [("on March 3", None)]


def test_week_and_month_before_publication_carry_not_after() -> None:
    (week,) = _extract("The leaders spoke earlier this week.")
    assert (week.resolved, week.not_after) == ("2024-W11", "2024-03-14")
    (later,) = _extract("The leaders will meet later this week.")
    assert (later.resolved, later.not_after) == ("2024-W11", None)


@pytest.mark.parametrize(
    ("text", "order", "expected", "ambiguous"),
    [
        # 15/11 proves day-first for the whole article, so 02/11 is 2 November.
        (
            "Entries opened on 02/11. They closed on 15/11.",
            "auto",
            ["2023-11-02", "2023-11-15"],
            False,
        ),
        # 12/23 proves month-first.
        ("It began on 12/02. It ended on 12/23.", "auto", ["2023-12-02", "2023-12-23"], False),
        # No evidence: day-first by default, flagged.
        ("The vote was held on 03/02.", "auto", ["2024-02-03"], True),
        # The user's convention decides without a flag.
        ("The vote was held on 03/02.", "mdy", ["2024-03-02"], False),
        # An outlet writing "3 March" writes day-first.
        (
            "On 3 March talks began. They resumed on 05/03.",
            "auto",
            ["2024-03-03", "2024-03-05"],
            False,
        ),
    ],
)
def test_day_month_order_is_decided_per_article(
    text: str, order: str, expected: list[str], ambiguous: bool
) -> None:
    got = _extract(text, order=order)
    assert [m.resolved for m in got] == expected
    assert any(m.ambiguous for m in got) is ambiguous


def test_unknown_order_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"dates\.order"):
        _extract("It began on 05/06.", order="ymd")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The controversy centers on a November 24 telephone conversation.",
            "telephone conversation",
        ),
        ("At a Thursday briefing, the spokesman rejected the report.", "briefing"),
        (
            "The phone call between Ames and Borg took place on the evening of March 4.",
            "phone call",
        ),
        ("In a press conference on the morning of March 12, he spoke.", "press conference"),
        ("During a phone call between Ames and Cole this week, both sides spoke.", "phone call"),
        ("On 25/02, Ames urged Borg to hold back during a phone call.", "phone call"),
        ("Thursday's quake measured 6.8.", "quake"),
        ("The minister said on Monday that prices would fall.", None),
        ("Crime fell in 2019.", None),
    ],
)
def test_event_noun_is_attached(text: str, event: str | None) -> None:
    (m,) = _extract(text)
    assert m.event == event


def test_dateline_is_marked_and_has_no_event() -> None:
    (m,) = _extract("PARIS, March 12, 2024 – The strike went on.")
    assert m.dateline and m.resolved == "2024-03-12" and m.event is None


# ---------------------------------------------------------------- publication dates


def _article(article_id: str, text: str, pub: date | None = None) -> Article:
    return Article(id=article_id, text=text, published=pub)


def test_inference_uses_the_set_and_never_today() -> None:
    arts = [
        _article("a", "The call took place on Monday. Talks follow.", date(2025, 11, 27)),
        _article("b", "On 25/11, the leaders spoke. An editorial ran on 27/11."),
        _article("c", "The spokesman spoke at a Thursday briefing."),
        _article("d", "Nothing here."),
    ]
    out = dates.infer_published(arts, [_sentences(a.id, a.text) for a in arts])
    assert [a.id for a in out] == ["a", "b", "c", "d"]
    assert out[0].published == date(2025, 11, 27) and out[0].published_source is None
    # b's own latest date (27/11, year from the set) and the set's date agree.
    assert (out[1].published, out[1].published_source) == (date(2025, 11, 27), "inferred")
    # c states nothing: the set's latest publication date.
    assert (out[2].published, out[2].published_source) == (date(2025, 11, 27), "inferred")


def test_inference_prefers_a_full_date_the_article_states() -> None:
    arts = [
        _article("a", "Filed.", date(2024, 1, 5)),
        _article("b", "The report was published on 9 January 2024."),
    ]
    out = dates.infer_published(arts, [_sentences(a.id, a.text) for a in arts])
    assert out[1].published == date(2024, 1, 9)


def test_inference_uses_a_date_line_above_the_body() -> None:
    text = "Sunday, November 30, 2025\n\nThe talks ended."
    art = _article("a", text)
    body = (Sentence("a", 0, "The talks ended.", Span(text.index("The"), len(text))),)
    (out,) = dates.infer_published([art], [body])
    assert (out.published, out.published_source) == (date(2025, 11, 30), "inferred")


def test_nothing_to_infer_leaves_none() -> None:
    arts = [_article("a", "The talks went on."), _article("b", "They spoke on Monday.")]
    out = dates.infer_published(arts, [_sentences(a.id, a.text) for a in arts])
    assert [a.published for a in out] == [None, None]


# ---------------------------------------------------------------- grouping and conflicts


def _compare(
    texts: Mapping[str, tuple[str, date | None]], aligned: list[list[tuple[str, int]]] | None = None
) -> tuple[tuple[DateMention, ...], tuple[DateGroup, ...]]:
    arts = [_article(k, t, p) for k, (t, p) in texts.items()]
    sents = {a.id: _sentences(a.id, a.text) for a in arts}
    mentions = tuple(m for a in arts for m in dates.extract(a, sents[a.id], config=DateConfig()))
    statements = tuple(
        Statement(f"s{i}", tuple(Member(a, n, sents[a][n].text) for a, n in group))
        for i, group in enumerate(aligned or [])
    )
    groups = dates.group(mentions, statements=statements, sentences=sents, config=DateConfig())
    return mentions, groups


PUB = date(2025, 11, 27)  # a Thursday


def _group_of(groups: tuple[DateGroup, ...], article: str, text: str) -> DateGroup:
    return next(
        g for g in groups if any(m.article == article and text in m.text for m in g.mentions)
    )


def test_same_call_on_different_days_is_a_conflict() -> None:
    texts = {
        "a": ("Donald Ames and Sara Borg held a November 24 telephone conversation.", PUB),
        "b": (
            "The phone call between Ames and Borg took place on the evening of November 24.",
            PUB,
        ),
        "c": ("On 25/11, Ames urged Borg to hold back during a phone call.", PUB),
        "d": ("Ames urged Borg to hold back during a call earlier this week.", PUB),
    }
    _, groups = _compare(texts)
    call = _group_of(groups, "c", "25/11")
    assert {m.article for m in call.mentions} == {"a", "b", "c", "d"}
    assert call.conflict
    assert call.event is not None and call.event.startswith("call")


def test_a_call_with_someone_else_is_another_event() -> None:
    texts = {
        "a": ("Donald Ames and Sara Borg held a November 24 telephone conversation.", PUB),
        "b": ("During a phone call between Ames and Li Wei on Tuesday, Li was firm.", PUB),
    }
    _, groups = _compare(texts)
    assert _group_of(groups, "a", "November 24") != _group_of(groups, "b", "Tuesday")
    assert not any(g.conflict for g in groups)


def test_weekday_and_its_date_are_no_conflict() -> None:
    texts = {
        "a": ("At a Thursday briefing, spokesman Minoru Kato rejected the report.", None),
        "b": (
            "In a press conference on the morning of November 27, Minoru Kato denied the claims.",
            date(2025, 11, 30),
        ),
    }
    arts = [_article(k, t, p) for k, (t, p) in texts.items()]
    arts = list(dates.infer_published(arts, [_sentences(a.id, a.text) for a in arts]))
    texts = {a.id: (a.text, a.published) for a in arts}
    _, groups = _compare(texts)
    briefing = _group_of(groups, "a", "Thursday")
    assert {m.article for m in briefing.mentions} == {"a", "b"}
    assert {m.resolved for m in briefing.mentions} == {"2025-11-27"}
    assert not briefing.conflict


def test_week_mention_conflicts_only_with_days_outside_it() -> None:
    inside = {
        "a": ("Donald Ames and Sara Borg held a phone call earlier this week.", PUB),
        "b": ("Donald Ames and Sara Borg held a phone call on November 25.", PUB),
    }
    after = {
        "a": ("Donald Ames and Sara Borg held a phone call earlier this week.", date(2025, 11, 25)),
        "b": ("Donald Ames and Sara Borg held a phone call on November 27.", PUB),
    }
    assert not any(g.conflict for g in _compare(inside)[1])
    assert any(g.conflict for g in _compare(after)[1])


def test_aligned_statements_group_mentions_without_an_event_noun() -> None:
    texts = {
        "a": ("Prices rose sharply on Monday.", PUB),
        "b": ("Prices rose sharply on 25 November.", PUB),
    }
    _, groups = _compare(texts, aligned=[[("a", 0), ("b", 0)]])
    assert len(groups) == 1 and groups[0].conflict
    _, apart = _compare(texts)
    assert len(apart) == 2 and not any(g.conflict for g in apart)


def test_aligned_sentences_with_several_dates_pair_the_ones_written_alike() -> None:
    texts = {
        "a": ("Lawyers filed on Tuesday to appeal the fine imposed earlier this month.", PUB),
        "b": ("The fine imposed earlier this month will be appealed, lawyers said Tuesday.", PUB),
    }
    _, groups = _compare(texts, aligned=[[("a", 0), ("b", 0)]])
    together = sorted(sorted(m.text for m in g.mentions) for g in groups if len(g.mentions) > 1)
    assert together == [["Tuesday", "on Tuesday"], ["earlier this month", "earlier this month"]]
    # must not: unaligned sentences stay apart
    _, apart = _compare(texts)
    assert all(len(g.mentions) == 1 for g in apart)


def test_groups_have_stable_ids_and_cover_every_mention() -> None:
    texts = {
        "a": ("Ames and Borg held a phone call on November 24. Exports fell last month.", PUB),
        "b": ("Ames and Borg held a phone call on November 25. The law dates from 1979.", PUB),
    }
    mentions, groups = _compare(texts)
    assert [g.id for g in groups] == [f"d{i}" for i in range(1, len(groups) + 1)]
    assert sorted(m.text for g in groups for m in g.mentions) == sorted(m.text for m in mentions)
    assert _compare(texts)[1] == groups


# ---------------------------------------------------------------- labelled set floor


def _eval_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "dates_eval", ROOT / "benchmarks" / "dates_eval.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["dates_eval"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_quality_floor_on_the_labelled_set() -> None:
    ev = _eval_module()
    rows = ev.load_rows()
    assert len(rows) >= 120
    assert sum(1 for r in rows if not r["expect"]) >= 25  # must-not-match rows
    s = ev.score(rows, ev.rules)
    # Measured: P 1.000, R 1.000, resolution 1.000, extras 1.000 (benchmarks/dates_eval.py).
    assert s.precision >= 0.97
    assert s.recall >= 0.97
    assert s.resolution >= 0.96
    assert s.extras >= 0.95


# ---------------------------------------------------------------- many outlets


def test_a_call_carried_by_many_outlets_is_one_group() -> None:
    # 80 outlets (past `exhaustive`) carry one aligned sentence; a late one gives another day.
    texts = {
        f"o{i:02d}": (
            f"Donald Ames and Sara Borg held a phone call on {'Tuesday' if i == 71 else 'Monday'}.",
            PUB,
        )
        for i in range(80)
    }
    aligned = [[(k, 0) for k in texts]]
    mentions, groups = _compare(texts, aligned=aligned)
    (call,) = groups
    assert len(call.mentions) == len(mentions) == 80
    assert call.conflict and call.participants == ("Donald Ames", "Sara Borg")


def _mention(article: str, resolved: str | None, ambiguous: bool = False) -> DateMention:
    return DateMention(article, 0, "x", Span(0, 1), resolved, ambiguous=ambiguous)


@pytest.mark.parametrize(
    ("mentions", "conflict"),
    [
        ([("a", "2025-11-24"), ("b", "2025-11-24")], False),
        ([("a", "2025-11-24"), ("b", "2025-11-25")], True),
        ([("a", "2025-11-24"), ("a", "2025-11-25")], False),  # one article: not a conflict
        ([("a", "2025-W48"), ("b", "2025-11-26")], False),  # a day inside the week
        ([("a", "2025-W48"), ("b", "2025-12-02")], True),
        ([("a", "2025-11"), ("b", "2025-11-30"), ("c", None)], False),
        ([("a", "2025-11-24"), ("a", "2025-12-01"), ("b", "2025-12-01")], True),
        ([("a", "2025-11-24"), ("b", "2025-11-24"), ("b", "2025-12-01")], True),
    ],
)
def test_conflict_needs_two_articles_with_disjoint_days(
    mentions: list[tuple[str, str | None]], conflict: bool
) -> None:
    assert dates._conflict([_mention(a, r) for a, r in mentions]) is conflict
    ambiguous = [_mention(a, r, ambiguous=True) for a, r in mentions]
    assert dates._conflict(ambiguous) is False


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        i = parent[i]
    return i


def _step_two(
    entries: list[int],
    j: int,
    parent: list[int],
    items: list[DateMention],
    people: list[frozenset[str]],
) -> int | None:
    """The earlier mention step 2 of `dates.group` picks for mention `j`, by a plain scan."""
    best: tuple[int, int] | None = None
    for i in entries:
        if _root(parent, i) == _root(parent, j) or items[i].article == items[j].article:
            continue
        shared = len(people[i] & people[j])
        compatible = dates._compatible(people[i], people[j])
        if shared and compatible and (best is None or shared > best[0]):
            best = (shared, i)
    return None if best is None else best[1]


def test_choosable_keeps_what_step_two_would_choose() -> None:
    # Randomised against the plain scan: compacting a look-up list, then merging groups, never
    # changes which earlier mention step 2 picks for a new one.
    rng = random.Random(5)
    names = ["Ames", "Borg", "Cole", "Dunn"]
    for _ in range(300):
        size = rng.randint(1, 14)
        items = [_mention(rng.choice("abcd"), "2025-11-24") for _ in range(size + 1)]
        people = [frozenset(rng.sample(names, rng.randint(1, 3))) for _ in range(size + 1)]
        parent = [rng.randrange(0, i + 1) for i in range(size + 1)]
        entries = list(range(size))
        kept = dates._choosable(entries, functools.partial(_root, parent), items, people)
        assert set(kept) <= set(entries) and kept == sorted(kept)
        for _merge in range(rng.randint(0, 3)):
            x = _root(parent, rng.randrange(size + 1))
            y = _root(parent, rng.randrange(size + 1))
            parent[max(x, y)] = min(x, y)
        want = _step_two(entries, size, parent, items, people)
        assert _step_two(kept, size, parent, items, people) == want


# ---------------------------------------------------------------- precision on real coverage

MARCH_20 = date(2023, 3, 20)

# A future seen from a past report may lie either side of the day of writing: the nearest
# month of that name. Real future words still point forward; a weekday in such a plan is the
# coming one. (text, publication date, expected)
PAST_FUTURE = [
    ("The firm said it would let 900 staff go in January.", MARCH_20, [("in January", "2023-01")]),
    ("The firm said it would shut two depots in May.", MARCH_20, [("in May", "2023-05")]),
    ("The depots were expected to close in February.", MARCH_20, [("in February", "2023-02")]),
    (
        "Officials had said the ballot would be held on 2 March.",
        THU,
        [("on 2 March", "2024-03-02")],
    ),
    ("The minister said the bridge would reopen on Monday.", THU, [("on Monday", "2024-03-18")]),
    # must stay forward
    ("The firm will let 900 staff go in January.", MARCH_20, [("in January", "2024-01")]),
    ("The firm plans to let 900 staff go in January.", MARCH_20, [("in January", "2024-01")]),
    ("The firm is expected to let 900 staff go in January.", MARCH_20, [("in January", "2024-01")]),
    # must stay past: no future word at all
    ("The firm let 900 staff go in January.", MARCH_20, [("in January", "2023-01")]),
    (
        "The firm said in January that it would let 900 staff go.",
        MARCH_20,
        [("in January", "2023-01")],
    ),
]


@pytest.mark.parametrize(("text", "pub", "expected"), PAST_FUTURE)
def test_would_after_a_past_report_is_not_the_future(
    text: str, pub: date, expected: list[tuple[str, str]]
) -> None:
    assert _pairs(text, pub) == expected


def test_a_group_without_an_event_noun_is_labelled_by_the_word_its_outlets_share() -> None:
    texts = {
        "a": ("Rescue teams kept up a desperate search on Wednesday for survivors.", PUB),
        "b": ("Workers dug through rubble in a floodlit search on Wednesday.", PUB),
    }
    _, groups = _compare(texts, aligned=[[("a", 0), ("b", 0)]])
    (g,) = groups
    assert g.event == "search" and not g.conflict
    _, alone = _compare({"a": texts["a"]})
    assert [g.event for g in alone] == [None]  # nothing to compare the words with


def test_a_named_event_and_an_unnamed_one_on_other_days_are_not_a_conflict() -> None:
    texts = {
        "a": ("Soldiers worked through the night after Tuesday's quake.", PUB),
        "b": ("Soldiers worked through the debris of the school on Wednesday.", PUB),
    }
    _, groups = _compare(texts, aligned=[[("a", 0), ("b", 0)]])
    assert len(groups) == 2 and not any(g.conflict for g in groups)
    # both unnamed and aligned: the statement says they are one, so the days conflict
    texts["a"] = ("Soldiers worked through the debris of the school on Tuesday.", PUB)
    _, groups = _compare(texts, aligned=[[("a", 0), ("b", 0)]])
    assert len(groups) == 1 and groups[0].conflict


def test_occurrences_years_apart_are_two_events() -> None:
    texts = {
        "a": ("Vera Lind won the election on Sunday with a large lead.", PUB),
        "b": ("Vera Lind won the election in 2019 by a narrow margin.", PUB),
        "c": ("Vera Lind won the election on Monday, officials said.", PUB),
    }
    _, groups = _compare(texts)
    sunday = _group_of(groups, "a", "Sunday")
    assert "b" not in {m.article for m in sunday.mentions}
    assert {m.article for m in sunday.mentions} == {"a", "c"} and sunday.conflict


# ---------------------------------------------------------------- holidays, weekends, timetables

# THU is 14 March 2024; Easter 2024 fell on 31 March.
HOLIDAYS = [
    ("Looters struck on Christmas Eve, police said.", [("on Christmas Eve", "2023-12-24")]),
    ("Crowds gathered on New Year's Day.", [("on New Year's Day", "2024-01-01")]),
    ("The rail strike is planned for Good Friday.", [("Good Friday", "2024-03-29")]),
    ("Pilgrims will gather on Easter Sunday.", [("on Easter Sunday", "2024-03-31")]),
    ("Markets shut for Easter Monday.", [("Easter Monday", "2024-04-01")]),
    ("Churches filled on Ash Wednesday.", [("on Ash Wednesday", "2024-02-14")]),
    ("Retailers cut prices on Black Friday.", [("on Black Friday", "2023-11-24")]),
    ("The parade was held on Thanksgiving.", [("on Thanksgiving", "2023-11-23")]),
    (
        "The guards were arrested on the eve of Thanksgiving.",
        [("on the eve of Thanksgiving", "2023-11-22")],
    ),
    ("He was detained on Boxing Day 2019.", [("on Boxing Day 2019", "2019-12-26")]),
    ("The store shuts over Christmas.", [("Christmas", "2023-12-25")]),
]

WEEKENDS = [
    # a past weekend: the one just gone (Saturday, with Sunday as the latest day)
    ("Protesters marched over the weekend.", [("over the weekend", "2024-03-09", "2024-03-10")]),
    ("Talks stalled at the weekend.", [("at the weekend", "2024-03-09", "2024-03-10")]),
    (
        "The fair drew crowds this past weekend.",
        [("this past weekend", "2024-03-09", "2024-03-10")],
    ),
    # a future one: the coming weekend
    ("Talks will resume at the weekend.", [("at the weekend", "2024-03-16", "2024-03-17")]),
    ("Fans bought tickets for the weekend.", [("for the weekend", "2024-03-09", "2024-03-10")]),
]

TIMETABLE = [
    # present-tense verbs of a timetable in body text point forward
    ("The country goes to the polls on Sunday.", [("on Sunday", "2024-03-17")]),
    ("The summit opens on Monday in Lisbon.", [("on Monday", "2024-03-18")]),
    ("The new tariff takes effect on Friday.", [("on Friday", "2024-03-15")]),
    ("On Saturday, voters head to the polls.", [("On Saturday", "2024-03-16")]),
    (
        "The minister quit on Tuesday, effective Friday.",
        [("on Tuesday", "2024-03-12"), ("Friday", "2024-03-15")],
    ),
    # must not: a past tense, or a past verb after the present one
    ("The summit opened on Monday in Lisbon.", [("on Monday", "2024-03-11")]),
    ("The trial opens after police seized files on Monday.", [("on Monday", "2024-03-11")]),
    # a future on the same weekday as the report is that day
    (
        "The storm is expected to move inland on Thursday morning.",
        [("on Thursday morning", "2024-03-14")],
    ),
]

MONTH_DAYS = [
    ("The ballots were counted on the 8th.", [("on the 8th", "2024-03-08")]),
    ("Payments resume on the 20th, the agency said.", [("on the 20th", "2024-02-20")]),
    ("Payments will resume on the 20th.", [("on the 20th", "2024-03-20")]),
]


@pytest.mark.parametrize(("text", "expected"), HOLIDAYS + TIMETABLE + MONTH_DAYS)
def test_holidays_timetables_and_days_of_the_month(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), WEEKENDS)
def test_the_weekend_is_a_saturday_to_sunday(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(m.text, m.resolved, m.not_after) for m in _extract(text)] == expected


def test_a_caption_tells_the_past_in_the_present() -> None:
    text = "Rescuers search the rubble on Saturday."
    article = Article(id="a", text=text, published=THU)
    body = Sentence("a", 0, text, Span(0, len(text)))
    caption = replace(body, kind="caption")
    opens = "The market opens on Saturday."
    assert [m.resolved for m in dates.extract(article, [body], config=DateConfig())] == [
        "2024-03-09"
    ]
    timetable = Sentence("a", 0, opens, Span(0, len(opens)))
    got = dates.extract(replace(article, text=opens), [timetable], config=DateConfig())
    assert [m.resolved for m in got] == ["2024-03-16"]
    got = dates.extract(
        replace(article, text=opens), [replace(timetable, kind="caption")], config=DateConfig()
    )
    assert [m.resolved for m in got] == ["2024-03-09"]
    assert [m.resolved for m in dates.extract(article, [caption], config=DateConfig())] == [
        "2024-03-09"
    ]


@pytest.mark.parametrize(
    ("text", "not_after"),
    [
        ("The storm came ashore late Wednesday night.", "2024-03-14"),
        ("The storm came ashore overnight Wednesday.", "2024-03-14"),
        ("Police made arrests last night.", "2024-03-14"),
        # must not: a day with no night in it stays one day
        ("The storm came ashore on Wednesday.", None),
        ("The storm came ashore early Wednesday.", None),
    ],
)
def test_a_night_runs_into_the_next_day(text: str, not_after: str | None) -> None:
    (m,) = _extract(text)
    assert m.resolved == "2024-03-13"
    assert m.not_after == not_after


def test_late_night_and_early_next_morning_are_no_conflict() -> None:
    texts = {
        "a": ("Hurricane Vela made landfall late Wednesday night near Port Sable.", THU),
        "b": ("Hurricane Vela made landfall early Thursday near Port Sable.", THU),
    }
    _, groups = _compare(texts, aligned=[[("a", 0), ("b", 0)]])
    assert len(groups) == 1 and not groups[0].conflict
    # must not: a plain day before is still a conflict
    texts["a"] = ("Hurricane Vela made landfall on Tuesday near Port Sable.", THU)
    _, groups = _compare(texts, aligned=[[("a", 0), ("b", 0)]])
    assert len(groups) == 1 and groups[0].conflict


def test_an_event_word_one_outlet_dates_twice_makes_no_conflict_by_itself() -> None:
    # "the storm" strengthened on Tuesday and came ashore on Wednesday in outlet a: the word
    # names two events in this story, so outlet b's Wednesday is no disagreement
    texts = {
        "a": (
            "The storm near Port Sable strengthened on Tuesday. "
            "The storm hit Port Sable on Wednesday.",
            THU,
        ),
        "b": ("Forecasters said the storm reached Port Sable on Wednesday.", THU),
    }
    _, groups = _compare(texts)
    assert not any(g.conflict for g in groups)
    # must not: with one dated mention per outlet, the same words still make a conflict
    texts["a"] = ("The storm hit Port Sable on Tuesday.", THU)
    _, groups = _compare(texts)
    assert any(g.conflict for g in groups)


def test_what_was_done_and_what_will_be_done_are_two_steps() -> None:
    texts = {
        "a": ("Party chair Ines Moro set out the contest rules this afternoon.", THU),
        "b": ("Party chair Ines Moro said a new leader will be chosen by March 22.", THU),
    }
    _, groups = _compare(texts, aligned=[[("a", 0), ("b", 0)]])
    assert not any(g.conflict for g in groups)
    # must not: two past datings of one step on different days still clash
    texts["b"] = ("Party chair Ines Moro set out the contest rules on Tuesday.", THU)
    _, groups = _compare(texts, aligned=[[("a", 0), ("b", 0)]])
    assert any(g.conflict for g in groups)


def test_a_date_with_its_own_subject_and_verb_dates_that_action() -> None:
    (m,) = _extract("Dozens died after a quake hit the valley, video filmed Friday showed.")
    assert m.event is None
    (m,) = _extract("The quake that struck the valley occurred on Friday.")
    assert m.event == "quake"


def test_aligned_sentences_pair_each_date_with_the_nearest_one() -> None:
    texts = {
        "a": ("The storm, which strengthened on Wednesday, came ashore on Thursday.", THU),
        "b": ("The storm made landfall on Thursday.", THU),
    }
    _, groups = _compare(texts, aligned=[[("a", 0), ("b", 0)]])
    assert not any(g.conflict for g in groups)
    assert {m.text for m in _group_of(groups, "b", "Thursday").mentions} == {"on Thursday"}


def test_a_point_of_reference_is_not_the_date_of_the_event() -> None:
    texts = {
        "a": ("Police arrived on Sunday as shoppers packed the arcade.", THU),
        "b": ("Police arrived as shoppers packed the arcade after Ash Wednesday.", THU),
    }
    _, groups = _compare(texts, aligned=[[("a", 0), ("b", 0)]])
    assert not any(g.conflict for g in groups)
    # must not: the same sentences with a plain date on each side still clash
    texts["b"] = ("Police arrived on Saturday as shoppers packed the arcade.", THU)
    _, groups = _compare(texts, aligned=[[("a", 0), ("b", 0)]])
    assert any(g.conflict for g in groups)


# ---------------------------------------------------------------- round 3: years, tense, guesses

JAN_20 = date(2023, 1, 20)  # a Friday
JAN_22 = date(2023, 1, 22)  # a Sunday
JAN_17 = date(2024, 1, 17)  # a Wednesday

# (text, publication date, expected (text, resolved) pairs)
YEAR_FROM_CONTEXT = [
    # the weekday written with a year-less date fixes the year, whatever the tense says
    (
        "Voters go to the polls on Saturday October 14.",
        JAN_20,
        [("on Saturday October 14", "2023-10-14")],
    ),
    (
        "The final was played on Friday October 14.",
        JAN_20,
        [("on Friday October 14", "2022-10-14")],
    ),
    ("The count ends on Sunday 3 March.", THU, [("on Sunday 3 March", "2024-03-03")]),
    (
        "The date was set for Saturday October 14, the council said.",
        JAN_20,
        [("Saturday October 14", "2023-10-14")],
    ),
    # a weekday that fits none of the nearby years leaves the usual choice
    ("The count ended on Tuesday 3 March.", THU, [("on Tuesday 3 March", "2024-03-03")]),
    ("The count ends on Monday 3 March.", THU, [("on Monday 3 March", "2025-03-03")]),
    # "of last year" counts from the year of writing, not from the nearest such day
    (
        "The jet was handed over on October 31 of last year.",
        JAN_17,
        [("on October 31", "2023-10-31"), ("last year", "2023")],
    ),
    (
        "The shop opened on 3 March last year.",
        date(2024, 12, 20),
        [("on 3 March", "2023-03-03"), ("last year", "2023")],
    ),
    # must not: "last year's" belongs to what follows
    (
        "On 3 March, last year's winner spoke.",
        date(2024, 12, 20),
        [("On 3 March", "2024-03-03"), ("last year", "2023")],
    ),
    # a plan reported recently: a day months back would have been told as done
    (
        "The mayor announced that the runoff would be held on October 14.",
        JAN_20,
        [("on October 14", "2023-10-14")],
    ),
    ("Officials had said the count would finish on 2 March.", THU, [("on 2 March", "2024-03-02")]),
]

# The verb the weekday modifies decides its side of the day of writing.
TENSE_OF_THE_VERB = [
    ("The carmaker announced Friday it will close two plants.", JAN_22, [("Friday", "2023-01-20")]),
    ("Staff were told Friday that the depot will shut.", JAN_22, [("Friday", "2023-01-20")]),
    ("The trial that began Monday is expected to last a month.", THU, [("Monday", "2024-03-11")]),
    # a clause with no tense of its own takes the sentence's future
    (
        "If the delegates, who vote on Sunday, back her, she will lead the party.",
        JAN_20,
        [("on Sunday", "2023-01-22")],
    ),
    # must not: a past verb in the clause, or a past anywhere in the sentence
    (
        "If the delegates, who voted on Sunday, back her, she will lead the party.",
        JAN_20,
        [("on Sunday", "2023-01-15")],
    ),
    (
        "The delegates, who meet on Sunday, said she will lead the party.",
        JAN_20,
        [("on Sunday", "2023-01-15")],
    ),
    # "until" a dated day: how long a state lasts, either side of the day of writing
    (
        "The assembly was suspended until March 24, aides said.",
        JAN_20,
        [("March 24", "2023-03-24")],
    ),
    ("The show ran until 3 March.", THU, [("3 March", "2024-03-03")]),
    # must not: until a weekday, the verb decides
    ("The bridge stayed shut until Friday, police said.", THU, [("Friday", "2024-03-08")]),
    ("The senators, who met on Monday, will take up the bill.", THU, [("on Monday", "2024-03-11")]),
    # must not: no relative clause, a noun phrase ("the closing price on Friday")
    (
        "Holders will get one share each, a premium over the closing price on Friday.",
        JAN_22,
        [("on Friday", "2023-01-20")],
    ),
    # must not: a name ending in -ed is no verb
    ("United delegates will meet on Sunday.", JAN_20, [("on Sunday", "2023-01-22")]),
    # a future told in the present further back than eight words still holds
    (
        "The new coach is preparing to lead his first league match in charge of the "
        "club away at Riverside Park on Sunday.",
        JAN_20,
        [("on Sunday", "2023-01-22")],
    ),
    # must not: a plan told in the past ("had planned") was for a day gone by
    (
        "The rival club, which had planned to stage its opening match in the very same "
        "stadium on Sunday, pulled out.",
        JAN_20,
        [("on Sunday", "2023-01-15")],
    ),
]

# A day as a possessive modifier: the preposition before it belongs to the noun after it.
POSSESSIVE_DAYS = [
    ("She scored twice in Tuesday's final.", [("Tuesday's", "2024-03-12")]),
    ("He was injured at Monday’s training session.", [("Monday’s", "2024-03-11")]),
    # must not: a day that is no possessive keeps its preposition
    ("She scored twice in the final on Tuesday.", [("on Tuesday", "2024-03-12")]),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE_DAYS)
def test_a_possessive_day_leaves_the_preposition_to_its_noun(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(("text", "pub", "expected"), YEAR_FROM_CONTEXT + TENSE_OF_THE_VERB)
def test_year_and_side_come_from_the_words_around(
    text: str, pub: date, expected: list[tuple[str, str]]
) -> None:
    assert _pairs(text, pub) == expected


# (text of the undated article, the other article's known date, expected inferred date)
INFERENCE_EVIDENCE = [
    # what lies ahead says nothing of the day of writing
    ("The party said the election would be held on October 14.", JAN_20, JAN_20),
    ("She will step down on 7 February, she said.", JAN_20, JAN_20),
    # a year-less past date takes the year before the set's dates, not the set's year
    ("The jet was handed over on October 31.", JAN_17, JAN_17),
    ("The jet was handed over on October 31 of last year.", JAN_17, JAN_17),
    # a full date far beyond every date the set knows is weak evidence
    ("The board met on 3 June 2024.", JAN_17, JAN_17),
    # must not: a past date a few days after the set's dates is the later report's
    ("The board met on 22 January 2024.", JAN_17, date(2024, 1, 22)),
    ("The board met on January 22.", JAN_17, date(2024, 1, 22)),
]


@pytest.mark.parametrize(("text", "known", "expected"), INFERENCE_EVIDENCE)
def test_inference_weighs_what_a_body_date_can_say(text: str, known: date, expected: date) -> None:
    arts = [_article("a", "Filed.", known), _article("b", text)]
    out = dates.infer_published(arts, [_sentences(a.id, a.text) for a in arts])
    assert (out[1].published, out[1].published_source) == (expected, "inferred")


def _inferred(article_id: str, text: str, pub: date) -> Article:
    return Article(id=article_id, text=text, published=pub, published_source="inferred")


# (article a: text, date, inferred?; article b: the same; whether the one group conflicts)
GUESSED_DAYS = [
    # "last Friday" counted from a guessed day may be any Friday: January 5 2024 is one
    (
        ("The jet lost a panel on January 5.", JAN_17, False),
        ("The jet lost a panel last Friday.", JAN_17, True),
        False,
    ),
    # a weekday name is as written: Tuesday is no Wednesday, whichever week
    (
        ("The chief posted the video on Tuesday.", JAN_17, True),
        ("The chief posted the video on Wednesday.", JAN_17, False),
        True,
    ),
    # must not: two guesses against each other (a grouping slip is likelier than a clash)
    (
        ("The chief posted the video on Tuesday.", JAN_17, True),
        ("The chief posted the video on Wednesday.", JAN_17, True),
        False,
    ),
    (
        ("The chief posted the video on Tuesday.", JAN_17, True),
        ("The chief posted the video on January 17, 2024.", JAN_17, False),
        True,
    ),
    # must not: the same weekday in two guessed weeks
    (
        ("The chief posted the video on Tuesday.", JAN_17, True),
        ("The chief posted the video on Tuesday.", date(2024, 1, 25), True),
        False,
    ),
    # "today" inside a quotation is the speaker's day: two reports of it on two days agree
    (
        ("“We face hard times today,” the memo said.", JAN_20, False),
        ("“We face hard times today,” the memo said.", JAN_22, False),
        False,
    ),
    # one remark quoted two ways
    (
        ("“You start school this year,” she said.", JAN_20, False),
        ("“You start school next year,” she said.", JAN_20, False),
        True,
    ),
    # must not: unquoted, the days of two reports still count
    (("Prices fell today.", JAN_20, False), ("Prices fell today.", JAN_22, False), True),
]


@pytest.mark.parametrize(("a", "b", "conflict"), GUESSED_DAYS)
def test_a_guessed_day_conflicts_only_by_what_is_written(
    a: tuple[str, date, bool], b: tuple[str, date, bool], conflict: bool
) -> None:
    arts = [
        (_inferred if inferred else _article)(key, text, pub)
        for key, (text, pub, inferred) in (("a", a), ("b", b))
    ]
    sents = {x.id: _sentences(x.id, x.text) for x in arts}
    mentions = tuple(m for x in arts for m in dates.extract(x, sents[x.id], config=DateConfig()))
    statements = (Statement("s0", (Member("a", 0, a[0]), Member("b", 0, b[0]))),)
    groups = dates.group(mentions, statements=statements, sentences=sents, config=DateConfig())
    assert len(groups) == 1
    assert groups[0].conflict is conflict
