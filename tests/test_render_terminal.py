"""Terminal renderer: sections in order, width kept (wide characters too), colour on request."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len
from samples import sample

from newsdiff.model import Article, Member, Quote, QuoteGroup, Report, Span, Statement, WordDiff
from newsdiff.render import terminal

TITLES = [
    "Quote differences",
    "Date conflicts",
    "Number conflicts",
    "Sourcing differences",
    "Statements only one outlet carries",
    "Shared copy",
    "Statement coverage",
]


def test_sections_come_in_order_of_importance() -> None:
    out = terminal.to_text(sample.report(), width=100, show_all=True)
    positions = [out.index(title) for title in TITLES]
    assert positions == sorted(positions)
    assert out.index("Coastal Times") < positions[0]  # the article header comes first


def test_coverage_only_with_all_or_when_asked() -> None:
    assert "Statement coverage" not in terminal.to_text(sample.report(), width=100)
    only = terminal.to_text(sample.report(), sections=("coverage",), width=100)
    assert only.startswith("Statement coverage")
    assert "Quote differences" not in only


@pytest.mark.parametrize("sections", [("quotes",), ("dates", "numbers"), ("copies", "articles")])
def test_only_the_sections_asked_for(sections: tuple[str, ...]) -> None:
    out = terminal.to_text(sample.report(), sections=sections, width=100)
    names = {
        "quotes": "Quote differences",
        "dates": "Date conflicts",
        "numbers": "Number conflicts",
        "copies": "Shared copy",
        "articles": "newsdiff: 3 articles",
    }
    for key, title in names.items():
        assert (title in out) == (key in sections), title


@pytest.mark.parametrize("width", [40, 60, 80, 100, 160])
def test_lines_fit_the_width(width: int) -> None:
    out = terminal.to_text(sample.report(), width=width, show_all=True)
    assert max(cell_len(line) for line in out.splitlines()) <= width


def test_wide_characters_are_measured_by_rich() -> None:
    text = "東京都は火曜日、強風のため橋を閉鎖したと発表した。" * 3
    articles = (
        Article(id="a", text=text, outlet="東京新聞"),
        Article(id="b", text=text, outlet="日本経済"),
    )
    statements = (Statement("s", (Member("a", 0, text), Member("b", 0, text))),)
    out = terminal.to_text(
        Report(articles=articles, statements=statements), sections=("coverage",), width=50
    )
    assert "東京新聞" in out and "日本経済" in out
    assert max(cell_len(line) for line in out.splitlines()) <= 50
    assert "東京都は火曜日" in out


def test_plain_output_marks_changes_with_word_diff_markers() -> None:
    out = terminal.to_text(sample.report(), sections=("quotes",), width=100)
    assert "\x1b" not in out
    assert "{+checked+}" in out
    assert "[-every-]" in out and "{+the cables+}" in out


def test_colour_output_styles_changes_instead() -> None:
    out = terminal.to_text(sample.report(), sections=("quotes",), width=100, color=True)
    assert "\x1b[" in out
    assert "{+" not in out
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "checked every" in plain


def test_duplicate_outlet_names_are_made_distinct() -> None:
    q = "the bridge stays shut"
    articles = tuple(Article(id=i, text=q, outlet="Daily") for i in ("x", "y"))
    renderings = tuple(Quote(i, 0, q, Span(0, len(q)), speaker="Ekholm") for i in ("x", "y"))
    report = Report(articles=articles, quotes=(QuoteGroup("q", "Ekholm", renderings),))
    out = terminal.to_text(report, sections=("articles", "quotes"), width=100)
    assert "Daily (1)" in out and "Daily (2)" in out


def test_many_outlets_switch_quotes_to_one_row_per_rendering() -> None:
    ids = [f"outlet-{i}" for i in range(8)]
    words = "we will rebuild the bridge"
    articles = tuple(Article(id=i, text=words) for i in ids)
    renderings = tuple(Quote(i, 0, words, Span(0, len(words)), speaker="Ekholm") for i in ids)
    group = QuoteGroup(
        "q",
        "Ekholm",
        renderings,
        differs=True,
        diff=(WordDiff("outlet-3", "changed", "rebuild", "rebuild"),),
    )
    out = terminal.to_text(
        Report(articles=articles, quotes=(group,)), sections=("quotes",), width=80
    )
    assert "Quoted words" in out
    assert out.count(words) == 7
    assert "we will {+rebuild+} the bridge" in out
    assert max(cell_len(line) for line in out.splitlines()) <= 80


def test_empty_sections_say_so() -> None:
    out = terminal.to_text(Report(articles=(Article(id="a", text=""),)), width=100)
    assert "No quotation is carried by more than one outlet." in out
    assert "Only one article: nothing to compare." in out


def test_no_trailing_spaces_or_runs_of_blank_lines() -> None:
    out = terminal.to_text(sample.report(), width=100, show_all=True)
    assert all(line == line.rstrip() for line in out.splitlines())
    assert "\n\n\n" not in out


def test_number_formatting() -> None:
    assert terminal.number(2300.0, "homes", "about") == "about 2,300 homes"
    assert terminal.number(1.5, "km", None) == "1.5 km"
    assert terminal.number(0.000125, None) == "0.000125"
