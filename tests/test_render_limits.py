"""Long lists (one-outlet statements, shared copy) are cut at `report.max_rows` unless --all."""

from __future__ import annotations

from newsdiff import Article, compare
from newsdiff.render import markdown, terminal

RIVER = ["rose", "burst", "flooded", "swept", "drowned", "covered", "cut"]
FARM = ["sheep", "cattle", "goats", "horses", "hens", "pigs", "geese"]
A = " ".join(f"The river {verb} the lower {verb}ville district overnight." for verb in RIVER)
B = " ".join(f"Farmers moved their {animal} to the {animal} pasture uphill." for animal in FARM)


def test_terminal_cuts_long_lists_and_says_how_many_are_hidden() -> None:
    report = compare([Article(id="a", text=A), Article(id="b", text=B)])
    singles = sum(1 for s in report.statements if len(s.articles) == 1)
    assert singles > 3
    out = terminal.to_text(report, sections=("only",), width=120, max_rows=3)
    assert out.count("• ") == 3
    assert f"… and {singles - 3} more: --all shows every row" in out
    full = terminal.to_text(report, sections=("only",), width=120, show_all=True, max_rows=3)
    assert full.count("• ") == singles
    assert "more: --all" not in full


def test_markdown_cuts_long_lists_the_same_way() -> None:
    report = compare([Article(id="a", text=A), Article(id="b", text=B)])
    singles = sum(1 for s in report.statements if len(s.articles) == 1)
    out = markdown.render(report, sections=("only",), max_rows=2)
    body = [line for line in out.splitlines() if line.startswith(("| a |", "| b |"))]
    assert len(body) == 2
    assert f"… and {singles - 2} more" in out
    assert "… and" not in markdown.render(report, sections=("only",), show_all=True, max_rows=2)


def test_a_date_group_with_no_event_says_so() -> None:
    from newsdiff.model import DateGroup, DateMention, Report, Span

    arts = (Article(id="a", text="On Monday it rained."), Article(id="b", text="Rain on Tuesday."))
    mentions = (
        DateMention("a", 0, "On Monday", Span(0, 9), "2025-11-24"),
        DateMention("b", 0, "on Tuesday", Span(5, 15), "2025-11-25"),
    )
    report = Report(articles=arts, dates=(DateGroup("d1", None, mentions, conflict=True),))
    text = terminal.to_text(report, sections=("dates",), width=100)
    assert "(no event found)" in text
    assert "(no event found)" in markdown.render(report, sections=("dates",))
