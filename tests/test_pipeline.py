"""The orchestrator and the Python API: contract invariants that hold whatever the stages find."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

import newsdiff
from newsdiff import Article, NewsdiffError, compare, load
from newsdiff.pipeline import differences
from newsdiff.render import json as render_json

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def seed_report() -> newsdiff.Report:
    return compare(newsdiff.load_all([str(SEEDS)]))


def test_public_api_names_are_the_functions() -> None:
    import newsdiff.pipeline  # a loaded submodule must not shadow the function

    assert callable(newsdiff.compare)
    assert newsdiff.compare is compare
    assert newsdiff.load is load


def test_contract_example_runs() -> None:
    article = Article(
        id="a",
        text="The council approved the budget on Tuesday. “We had no choice,” the mayor said.",
        published=date(2025, 11, 27),
        outlet="Example",
    )
    report = compare([article, load(str(SEEDS / "001_9fc61d529599985f.txt"))])
    data = report.to_dict()
    assert data["schema"] == "newsdiff/1"
    assert [a["id"] for a in data["articles"]] == ["a", "001_9fc61d529599985f"]
    assert data["articles"][0]["published"] == "2025-11-27"
    for key in ("statements", "quotes", "dates", "numbers", "attributions"):
        assert isinstance(data[key], list)


def test_every_sentence_is_in_exactly_one_statement(seed_report: newsdiff.Report) -> None:
    seen = [(m.article, m.sentence) for s in seed_report.statements for m in s.members]
    expected = [(s.article, s.index) for sents in seed_report.sentences for s in sents]
    assert sorted(seen) == sorted(expected)
    assert len(seen) == len(set(seen))


def test_member_text_is_the_sentence_text(seed_report: newsdiff.Report) -> None:
    by_key = {(s.article, s.index): s for sents in seed_report.sentences for s in sents}
    for st in seed_report.statements:
        for m in st.members:
            assert m.text == by_key[(m.article, m.sentence)].text


def test_spans_index_the_article_text(seed_report: newsdiff.Report) -> None:
    texts = {a.id: a.text for a in seed_report.articles}
    for sents in seed_report.sentences:
        for s in sents:
            assert texts[s.article][s.span.start : s.span.end] == s.text
    for g in seed_report.quotes:
        for q in g.renderings:
            assert " ".join(texts[q.article][q.span.start : q.span.end].split()) == q.text


def test_json_is_deterministic_and_order_independent_of_runs() -> None:
    articles = newsdiff.load_all([str(SEEDS)])
    first = render_json.render(compare(articles))
    second = render_json.render(compare(articles))
    assert first == second
    assert json.loads(first)["schema"] == "newsdiff/1"


def test_no_articles_is_an_error() -> None:
    with pytest.raises(NewsdiffError, match="no articles"):
        compare([])


def test_duplicate_ids_are_an_error() -> None:
    a = Article(id="x", text="One sentence here.")
    with pytest.raises(NewsdiffError, match="duplicate article id"):
        compare([a, a])


def test_a_single_article_has_no_unshared_statement_difference() -> None:
    report = compare([Article(id="a", text="Only one outlet wrote this. It is alone.")])
    assert differences(report)["statements"] == 0


def test_two_unrelated_articles_differ_in_statements() -> None:
    a = Article(id="a", text="The river flooded three villages overnight.")
    b = Article(id="b", text="The central bank left interest rates unchanged.")
    assert differences(compare([a, b]))["statements"] >= 2


def test_progress_reports_every_stage_in_order() -> None:
    from newsdiff.pipeline import STAGES

    seen: list[str] = []
    compare([Article(id="a", text="One sentence.")], progress=seen.append)
    assert tuple(seen) == STAGES


def test_cli_progress_is_silent_when_stderr_is_not_a_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from newsdiff.commands import _progress

    with _progress() as step:
        step("align")
    assert capsys.readouterr().err == ""


def test_cli_progress_on_a_terminal_is_one_line_cleared_at_the_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsdiff import commands

    err = io.StringIO()
    err.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr(commands.sys, "stderr", err)
    monkeypatch.delenv("CI", raising=False)
    with commands._progress() as step:
        step("align")
        assert threading.active_count() == 1  # no spinner thread: compare() may still fork
    assert err.getvalue() == "\r\x1b[2Knewsdiff: aligning statements…\r\x1b[2K"


LEAD_A = (
    "The transport ministry rejected the newspaper report at a briefing on Friday. "
    "“We have never discussed closing the northern rail line,” spokeswoman Ana Reyes said."
)
LEAD_B = (
    "At a Friday briefing, the transport ministry rejected the newspaper report. "
    "“There is simply no such plan,” said Ana Reyes, the ministry's spokeswoman."
)


def _statement_of(report: newsdiff.Report, article: str, sentence: int) -> str:
    return next(
        s.id
        for s in report.statements
        for m in s.members
        if (m.article, m.sentence) == (article, sentence)
    )


def test_same_speaker_quoted_after_the_same_lead_in_is_one_remark() -> None:
    report = compare([Article(id="a", text=LEAD_A), Article(id="b", text=LEAD_B)])
    assert _statement_of(report, "a", 0) == _statement_of(report, "b", 0)
    assert _statement_of(report, "a", 1) == _statement_of(report, "b", 1)
    group = next(g for g in report.quotes if g.speaker == "Ana Reyes")
    assert {q.article for q in group.renderings} == {"a", "b"}
    assert group.differs


@pytest.mark.parametrize(
    "other",
    [
        # another speaker after the same lead-in: not the same remark
        LEAD_B.replace("Ana Reyes, the ministry's spokeswoman", "union leader Tom Okafor"),
    ],
)
def test_lead_in_rule_needs_same_speaker_and_same_lead(other: str) -> None:
    report = compare([Article(id="a", text=LEAD_A), Article(id="b", text=other)])
    assert _statement_of(report, "a", 1) != _statement_of(report, "b", 1)
    for g in report.quotes:
        assert len({q.article for q in g.renderings}) == 1


def test_merge_never_puts_two_sentences_of_one_article_together() -> None:
    from newsdiff.model import Member, Quote, QuoteGroup, Span, Statement
    from newsdiff.pipeline import merge_quoted

    sts = (
        Statement("s1", (Member("a", 0, "x"),)),
        Statement("s2", (Member("a", 1, "y"), Member("b", 1, "y'"))),
        Statement("s3", (Member("b", 0, "z"),)),
    )
    q = [Quote(a, n, "w", Span(0, 1), speaker="P") for a, n in (("a", 0), ("a", 1), ("b", 0))]
    merged = merge_quoted(sts, (QuoteGroup("q1", "P", tuple(q)),), order=["a", "b"])
    for st in merged:
        assert len(st.articles) == len(st.members)
    # a0 and b0 join; a1 cannot join them (its statement already holds b1)
    assert [[(m.article, m.sentence) for m in st.members] for st in merged] == [
        [("a", 0), ("b", 0)],
        [("a", 1), ("b", 1)],
    ]
    assert [st.id for st in merged] == ["s1", "s2"]


ADVICE_A = (
    "The Harbour Ledger reported that, soon after the summit, Governor Lena Marsh called the"
    " mayor and advised him “not to close the port before the storm passes”, citing two aides."
)
ADVICE_B = (
    "The Harbour Ledger also reported that Governor Lena Marsh advised the mayor to “keep the"
    " port open” until the storm had passed."
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (ADVICE_A, "Harbour Ledger's account of Lena Marsh's advice"),
        (ADVICE_B, "Harbour Ledger's account of Lena Marsh's advice"),
        # must not: the speaker's own directive, relayed by no one
        ("Governor Lena Marsh urged residents to “stay indoors”.", "Lena Marsh"),
        # must not: a plain remark inside a report is no account of a directive
        ("The Harbour Ledger reported that Lena Marsh said “the port stays open”.", "Lena Marsh"),
    ],
)
def test_a_relayed_directive_is_the_relay_account_of_it(text: str, speaker: str) -> None:
    report = compare([Article(id="a", text=text)])
    (rendering,) = [q for g in report.quotes for q in g.renderings if q.kind == "quote"]
    assert rendering.speaker == speaker


def test_accounts_of_one_piece_of_advice_keep_one_group_and_its_speaker() -> None:
    report = compare([Article(id="a", text=ADVICE_A), Article(id="b", text=ADVICE_B)])
    (group,) = [g for g in report.quotes if len({q.article for q in g.renderings}) == 2]
    assert group.speaker == "Lena Marsh"


REBUILD = "“We will rebuild every home that was lost in the flood,” {who} said on Saturday."


@pytest.mark.parametrize(
    ("a", "b", "together"),
    [
        # the same words given to two people by two outlets: one remark, speakers differ
        ("Mayor Ana Reyes", "Governor Tom Okafor", True),
        # must not: different words by two people stay apart
        ("Mayor Ana Reyes", "Governor Tom Okafor said the levee would hold. He", False),
    ],
)
def test_the_same_words_credited_to_two_people_are_one_group(
    a: str, b: str, together: bool
) -> None:
    second = (
        REBUILD.format(who=b)
        if together
        else "“The levee on the east bank will hold through the winter,” Governor Tom Okafor said."
    )
    report = compare([Article(id="a", text=REBUILD.format(who=a)), Article(id="b", text=second)])
    groups = [g for g in report.quotes if g.renderings[0].kind == "quote"]
    if not together:
        assert all(len(g.renderings) == 1 for g in groups)
        return
    (group,) = groups
    assert group.differs
    assert {(q.article, q.speaker) for q in group.renderings} == {
        ("a", "Ana Reyes"),
        ("b", "Tom Okafor"),
    }
    from newsdiff.render import markdown, terminal

    text = terminal.to_text(report, width=120)
    assert "— Ana Reyes" in text and "— Tom Okafor" in text
    assert "*— Ana Reyes*" in markdown.render(report)


def test_one_article_two_remarks_never_share_a_group() -> None:
    # outlet c's quote bridges the two remarks; outlet a's two remarks must stay apart
    a = (
        "“The new bridge will open to traffic in the spring,” said Mayor Lena Marsh."
        " The council met for four hours."
        " Residents asked about noise."
        " “Every family that lost a home will be housed by winter,” Marsh said."
    )
    b = "“The new bridge will open to traffic in the spring,” Lena Marsh told reporters."
    c = (
        "“The bridge will open in the spring and every family will be housed by winter,”"
        " Marsh said."
    )
    report = compare([Article(id=k, text=t) for k, t in (("a", a), ("b", b), ("c", c))])
    for g in report.quotes:
        sentences = [q.sentence for q in g.renderings if q.article == "a"]
        assert len(sentences) <= 1, g


def test_one_name_form_per_person_across_groups() -> None:
    # two different remarks, one in each outlet: two groups, one name
    a = "“We found the wreck at dawn,” said Rear Admiral John T. Roe."
    b = "“The search teams will go home on Monday,” said Admiral John Roe."
    report = compare([Article(id="a", text=a), Article(id="b", text=b)])
    speakers = {g.speaker for g in report.quotes} | {
        q.speaker for g in report.quotes for q in g.renderings
    }
    assert speakers == {"John T. Roe"}


def test_a_small_comparison_does_not_import_multiprocessing() -> None:
    # importing multiprocessing costs tens of milliseconds on the CLI's start-up path
    code = (
        "import sys, newsdiff\n"
        "newsdiff.compare([newsdiff.Article(id='a', text='One.'), newsdiff.Article(id='b',"
        " text='Two.')])\n"
        "print('multiprocessing' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
