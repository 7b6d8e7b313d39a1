"""render.grid: the plain layout written without rich prints exactly what rich prints.

Random tables and lines are laid out both ways and compared byte for byte (trailing
spaces included), then whole reports through `terminal.to_text`. A long session runs
the properties with more examples:

    NEWSDIFF_FUZZ_EXAMPLES=5000 python -m pytest tests/test_render_grid.py -p no:cacheprovider
"""

from __future__ import annotations

import builtins
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from io import StringIO
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len, get_character_cell_size
from rich.console import RenderableType
from samples import sample

from newsdiff.model import Article, Member, Report, Statement
from newsdiff.render import grid, terminal
from newsdiff.render.grid import Grid, Justify, Part, Styled

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = int(os.environ.get("NEWSDIFF_FUZZ_EXAMPLES", "100"))
PROPERTY = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# One-cell characters of several kinds for words (mostly letters, so words of every length);
# texts() puts spaces, no-break spaces and newlines between them.
LETTERS = "abcdefghijklmnopqrstuvwxyz"
SYMBOLS = "AZ09.,;:'\"()[]{}-–—’“”…•·●→€ßéŁΩжẞ"
STYLES = ("", "bold", "dim", "bold green", "red strike", "italic dim", "yellow")


def printed(renderable: RenderableType, width: int) -> str:
    """What terminal.to_text's rich console prints without colour, before tidying."""
    console = terminal._console(width=width, color=False)
    console.print(renderable)
    file = console.file
    assert isinstance(file, StringIO)
    return file.getvalue()


def words() -> st.SearchStrategy[str]:
    """Words of 1-40 one-cell characters, mostly letters."""
    return st.text(alphabet=LETTERS * 4 + SYMBOLS, min_size=1, max_size=40)


@st.composite
def texts(draw: st.DrawFn, *, lines: bool = True) -> str:
    """Words with single, repeated and no-break spaces, and newlines when `lines`."""
    seps = [" ", " ", " ", "  ", "   ", "\u00a0", " \u00a0 "] + (
        ["\n", "\n\n", " \n"] if lines else []
    )
    out = ""
    for word in draw(st.lists(words(), max_size=8)):
        out += draw(st.sampled_from(seps)) + word if out else word
    if draw(st.booleans()):
        out = draw(st.sampled_from(seps)) + out + draw(st.sampled_from(seps))
    return out


@st.composite
def styled(draw: st.DrawFn, *, lines: bool = True) -> Styled:
    """Text in up to three runs of random styles under a random base style."""
    runs = draw(st.lists(st.tuples(texts(lines=lines), st.sampled_from(STYLES)), max_size=3))
    return Styled(tuple(runs), draw(st.sampled_from(STYLES)))


@st.composite
def grids(draw: st.DrawFn) -> Grid:
    """A table of 1-8 columns in either box, with empty cells, sections and justification."""
    count = draw(st.integers(1, 8))
    headers = draw(st.lists(texts(lines=False), min_size=count, max_size=count))
    table = Grid.of(*headers, lines=draw(st.booleans()))
    hows: tuple[Justify, ...] = ("left", "center", "right")
    for i in range(count):
        table = table.justified(draw(st.sampled_from(hows)), (i,))
    empty = Styled.of("")
    cell = st.one_of(st.just(empty), styled())
    for _ in range(draw(st.integers(0, 6))):
        table = table.row(*draw(st.lists(cell, min_size=count, max_size=count)))
        if draw(st.integers(0, 3)) == 0:
            table = table.section()
    return table


def plain_and_rich(parts: list[Part], width: int) -> tuple[str | None, str]:
    return grid.to_plain(parts, width), printed(grid.to_rich(parts), width)


@PROPERTY
@given(grids(), st.integers(20, 200))
def test_a_table_is_laid_out_as_rich_lays_it_out(table: Grid, width: int) -> None:
    plain, rich = plain_and_rich([table], width)
    assert plain == rich


@settings(PROPERTY, max_examples=max(1, EXAMPLES // 2))  # narrow tables are tall: slower
@given(grids(), st.integers(1, 30))
def test_so_is_a_table_too_wide_for_its_padding(table: Grid, width: int) -> None:
    plain, rich = plain_and_rich([table], width)
    assert plain == rich


@PROPERTY
@given(st.lists(styled(), min_size=1, max_size=4), st.integers(1, 200))
def test_lines_wrap_as_rich_wraps_them(lines: list[Styled], width: int) -> None:
    plain, rich = plain_and_rich(list(lines), width)
    assert plain == rich


def test_tables_and_lines_together() -> None:
    table = Grid.of("Outlet", "Statement").row(Styled.of("A"), Styled.of("x " * 30)).section()
    table = table.row(Styled.of(""), Styled.of("y" * 70)).justified("right", (0,))
    parts: list[Part] = [Styled.of("Title (3)", "bold"), table, Styled.of(""), Styled.of("end")]
    for width in (20, 33, 80):
        plain, rich = plain_and_rich(parts, width)
        assert plain == rich


def test_one_cell_characters_are_one_cell_for_rich() -> None:
    simple = [chr(c) for c in range(0x2600) if not grid._NOT_SIMPLE.match(chr(c))]
    assert len(simple) > 2000
    for char in simple:
        if char != "\n":
            assert get_character_cell_size(char) == 1, hex(ord(char))
            assert len(f"a{char}a".splitlines()) == 1, hex(ord(char))
            assert char.isspace() == (char in " \u00a0"), hex(ord(char))
    assert cell_len("".join(simple).replace("\n", "")) == len(simple) - 1
    for char in "東한\u0301\u200b\u200d\ufe0f\u00ad\t\r\x1b\u2028\u3000😀":
        assert grid._NOT_SIMPLE.match(char), hex(ord(char))


# ---------------------------------------------------------------- whole reports


@pytest.fixture
def plain_used(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """Records, per call of grid.to_plain, whether it laid the text out (not left it to rich)."""
    calls: list[bool] = []
    to_plain = grid.to_plain

    def recording(parts: list[Part], width: int) -> str | None:
        out = to_plain(parts, width)
        calls.append(out is not None)
        return out

    monkeypatch.setattr(grid, "to_plain", recording)
    yield calls


def rich_report(report: Report, width: int | None = None, **options: object) -> str:
    """The report as text by way of rich alone, as to_text made it before render.grid."""
    console = terminal._console(width=width, color=False)
    console.print(terminal.render(report, width=console.width, **options))  # type: ignore[arg-type]
    return terminal._output(console)


def seeds_report() -> Report:
    from newsdiff.config import Config
    from newsdiff.loader import load_all
    from newsdiff.pipeline import compare

    articles = load_all([str(ROOT / "seeds")], config=Config().load, published=None, stdin=None)
    return compare(articles)


REPORTS: dict[str, Callable[[], Report]] = {
    "sample": sample.report,
    "hostile": sample.hostile_report,
    "seeds": seeds_report,
}


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_whole_reports_are_what_rich_prints(name: str, plain_used: list[bool]) -> None:
    report = REPORTS[name]()
    for width in (40, 60, 80, 100, 160):
        for options in (
            {},
            {"show_all": True},
            {"sections": ("quotes", "coverage")},
            {"max_rows": 2},
        ):
            out = terminal.to_text(report, width=width, **options)
            assert out == rich_report(report, width=width, **options), (width, options)
    assert plain_used and all(plain_used)


# Pieces of news copy for random reports, "|"-separated: quotes, figures, dates, long and
# wide words, tabs and newlines.
COPY = (
    "The|minister|said|the|bridge|closed|on|Tuesday|officials|Ekholm|told|reporters|"
    "“We will rebuild,”|2,300 homes|140 km/h|according to|—|…|€5m|3 March 2024|(AP)|"
    + "x" * 45
    + "|\n|\t|東京"
)


@settings(PROPERTY, max_examples=max(1, EXAMPLES // 5))
@given(
    st.lists(
        st.lists(st.lists(st.sampled_from(COPY.split("|")), min_size=3, max_size=20), max_size=5),
        min_size=1,
        max_size=4,
    ),
    st.integers(10, 180),
    st.booleans(),
)
def test_random_reports_are_what_rich_prints(
    articles: list[list[list[str]]], width: int, show_all: bool
) -> None:
    from newsdiff import compare

    texts = [" ".join(" ".join(words) + "." for words in sentences) for sentences in articles]
    report = compare([Article(id=f"a{i}", text=t, title=f"T{i}") for i, t in enumerate(texts)])
    out = terminal.to_text(report, width=width, show_all=show_all)
    assert out == rich_report(report, width=width, show_all=show_all)


def test_the_check_report_is_what_rich_prints(plain_used: list[bool]) -> None:
    report = sample.check_report()
    for width in (40, 60, 80, 100, 160):
        console = terminal._console(width=width, color=False)
        console.print(terminal.render_check(report, width=width))
        assert terminal.check_to_text(report, width=width) == terminal._output(console)
    assert plain_used and all(plain_used)


def test_the_width_comes_from_columns_as_rich_takes_it(
    monkeypatch: pytest.MonkeyPatch, plain_used: list[bool]
) -> None:
    report = sample.report()
    for columns in ("73", "120"):
        monkeypatch.setenv("COLUMNS", columns)
        assert terminal.to_text(report) == rich_report(report)
        assert max(map(len, terminal.to_text(report).splitlines())) == int(columns)
    monkeypatch.delenv("COLUMNS")
    assert terminal.to_text(report) == rich_report(report)
    assert all(plain_used)


def test_under_ipython_rich_finds_the_width(
    monkeypatch: pytest.MonkeyPatch, plain_used: list[bool]
) -> None:
    monkeypatch.setattr(builtins, "get_ipython", lambda: None, raising=False)
    monkeypatch.setenv("COLUMNS", "90")
    assert terminal.to_text(sample.report()) == rich_report(sample.report())
    assert plain_used == []


def test_wide_characters_are_left_to_rich(plain_used: list[bool]) -> None:
    text = "東京都は火曜日、強風のため橋を閉鎖したと発表した。" * 3
    articles = (
        Article(id="a", text=text, outlet="東京新聞"),
        Article(id="b", text=text, outlet="日本経済"),
    )
    statements = (Statement("s", (Member("a", 0, text), Member("b", 0, text))),)
    report = Report(articles=articles, statements=statements)
    for width in (40, 50, 100):
        out = terminal.to_text(report, width=width, show_all=True)
        assert out == rich_report(report, width=width, show_all=True)
        assert "東京新聞" in out
        assert max(cell_len(line) for line in out.splitlines()) <= width
    assert plain_used and not any(plain_used)


def test_narrower_than_the_tables_need_is_still_what_rich_prints(plain_used: list[bool]) -> None:
    report = sample.report()
    for width in (1, 8, 20, 30):
        out = terminal.to_text(report, width=width, show_all=True)
        assert out == rich_report(report, width=width, show_all=True), width
    assert plain_used == [True] * 4


def test_plain_text_does_not_import_rich() -> None:
    code = (
        "import sys\n"
        "sys.path.insert(0, 'tests')\n"
        "from samples import sample\n"
        "from newsdiff.render import terminal\n"
        "out = terminal.to_text(sample.report(), width=100, show_all=True)\n"
        "out += terminal.check_to_text(sample.check_report(), width=100)\n"
        "assert 'Quote differences' in out and 'newsdiff check' in out\n"
        "print(sorted(m for m in sys.modules if m == 'rich' or m.startswith('rich.')))\n"
        "coloured = terminal.to_text(sample.report(), width=100, color=True)\n"
        "assert '\\x1b[' in coloured and 'Quote differences' in coloured\n"
        "print('rich' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines() == ["[]", "True"]
