"""Styled lines and tables for the terminal report, laid out as rich does, with or without rich.

`render.terminal` builds its sections from the rich-free records here (`Styled`, `Grid`).
`to_rich` turns them into the rich `Text`/`Table`/`Group` objects the coloured report is
printed from; `to_plain` lays them out without rich for the plain report (a pipe, a file,
CI, NO_COLOR).

Hand-written because importing rich and laying out the report's eight tables with it cost
~65 ms of a ~280 ms `newsdiff compare` run. `to_plain` is a port of exactly the parts of
rich 15 the report uses: the console's line crop, `Table._calculate_column_widths`
(measure, collapse, `ratio_reduce`), the `SQUARE` and `SIMPLE_HEAD` boxes with header rule,
row rules, `pad_edge` and padding (0, 1), `Text.wrap` (`_wrap.divide_line`, overflow
"fold", justify left/center/right) and newlines in cells. Its output is byte-identical
to rich's, checked against rich by tests/test_render_grid.py on random tables and on
whole reports. It counts one terminal cell per character, so it only lays out text
whose every character is one cell wide and plain (`_NOT_SIMPLE`); for anything else it
returns None and the caller renders with rich, which measures wide characters itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING, Literal

from newsdiff import rx

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.table import Table
    from rich.text import Text

Justify = Literal["left", "center", "right"]

# Characters rich draws one cell wide that Python neither splits lines at nor strips
# (Latin, Greek, Cyrillic, general punctuation, currency, letterlike, arrows, maths, box
# drawing and shapes). A test checks every one against rich's own cell table.
_NOT_SIMPLE = rx.compile(
    "[^\n -~\u00a0-\u00ac\u00ae-\u02ff\u0370-\u0482\u048a-\u052f\u1e00-\u1fff"
    "\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2100-\u214f\u2190-\u22ff\u2500-\u25fc]"
)
_WORD = rx.compile(r"\s*\S+\s*")  # rich._wrap.re_word: a word with the spaces around it
_NON_SPACE = rx.compile(r"\S")
_RUN_TO_END = rx.compile(r"\S+\Z")  # with `endpos`: the run of non-spaces that ends there
# rich.box: the cell edge and divider, then (left, fill, cross, right) of the top,
# the header rule, a row rule and the bottom
_SQUARE = ("│", "┌─┬┐", "├─┼┤", "├─┼┤", "└─┴┘")
_SIMPLE_HEAD = (" ", "    ", " ── ", "    ", "    ")


@dataclass(frozen=True, slots=True)
class Styled:
    """Text as a rich `Text` is built: a style for all of it, then appended (text, style) runs."""

    runs: tuple[tuple[str, str], ...] = ()
    style: str = ""

    @classmethod
    def of(cls, text: str, style: str = "") -> Styled:
        """`text` in one run, the whole styled `style` (rich: `Text(text, style=style)`)."""
        return cls(((text, ""),), style)

    @property
    def plain(self) -> str:
        """The text without styles."""
        return "".join([text for text, _ in self.runs])

    def plus(self, text: str | Styled, style: str = "") -> Styled:
        """This text with `text` appended, styled `style` (or keeping its own runs' styles)."""
        if isinstance(text, Styled):
            assert not text.style, "an appended Styled keeps only its runs' styles"
            return Styled(self.runs + text.runs, self.style)
        return Styled((*self.runs, (text, style)), self.style)


@dataclass(frozen=True, slots=True)
class Grid:
    """A table: bold headers, cells folded to fit, in one of the two boxes the report uses.

    `lines`: a `SQUARE` box with a rule between rows and padded edges; otherwise
    `SIMPLE_HEAD` (a rule under the header only; a blank line ends a section).
    """

    headers: tuple[str, ...]
    lines: bool = False
    justify: tuple[Justify, ...] = ()
    rows: tuple[tuple[Styled, ...], ...] = ()
    ends: frozenset[int] = frozenset()  # rows that end a section

    def __post_init__(self) -> None:
        assert len(self.justify) == len(self.headers), "one justification per column"

    @classmethod
    def of(cls, *headers: str, lines: bool = False) -> Grid:
        """An empty table with these column headers."""
        left: Justify = "left"
        return cls(headers, lines, (left,) * len(headers))

    def row(self, *cells: Styled) -> Grid:
        """The table with one more row."""
        assert len(cells) == len(self.headers), "one cell per column"
        return Grid(self.headers, self.lines, self.justify, (*self.rows, cells), self.ends)

    def section(self) -> Grid:
        """The table with its last row ending a section (rich: `add_section`)."""
        return replace(self, ends=self.ends | {len(self.rows) - 1}) if self.rows else self

    def justified(self, how: Justify, columns: Iterable[int]) -> Grid:
        """The table with `columns` justified `how`."""
        wanted = set(columns)
        return replace(
            self, justify=tuple(how if i in wanted else j for i, j in enumerate(self.justify))
        )


Part = Styled | Grid


# ---------------------------------------------------------------- rich


def to_rich(parts: Sequence[Part]) -> RenderableType:
    """The parts as one rich `Group` of `Text` and `Table`."""
    from rich.console import Group

    return Group(*(_rich_text(p) if isinstance(p, Styled) else _rich_table(p) for p in parts))


def _rich_text(styled: Styled) -> Text:
    from rich.text import Text

    text = Text(style=styled.style)
    for piece, style in styled.runs:
        text.append(piece, style=style or None)
    return text


def _rich_table(grid: Grid) -> Table:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(
        box=box.SQUARE if grid.lines else box.SIMPLE_HEAD,
        show_lines=grid.lines,
        header_style="bold",
        pad_edge=grid.lines,
        expand=False,
    )
    for header, justify in zip(grid.headers, grid.justify, strict=True):
        table.add_column(Text(header), justify=justify, overflow="fold")
    for i, cells in enumerate(grid.rows):
        table.add_row(*map(_rich_text, cells), end_section=i in grid.ends)
    return table


# ---------------------------------------------------------------- plain


def to_plain(parts: Sequence[Part], width: int) -> str | None:
    """The parts as rich prints them without colour at `width`; None for text rich must measure."""
    # one search over all the texts: "\n" is simple, so joining them changes no verdict
    if width < 1 or _NOT_SIMPLE.search("\n".join(_texts(parts))):
        return None
    out: list[str] = []
    for part in parts:
        lines = _wrap(part.plain, width, None) if isinstance(part, Styled) else _table(part, width)
        # the console crops every printed line to its width
        out.extend(f"{line[:width]}\n" for line in lines)
    return "".join(out)


def _texts(parts: Sequence[Part]) -> Iterable[str]:
    """Every string the parts show: lines, headers, cells."""
    for part in parts:
        if isinstance(part, Styled):
            yield part.plain
        else:
            yield from part.headers
            for cells in part.rows:
                yield from (cell.plain for cell in cells)


def _wrap(text: str, width: int, justify: Justify | None) -> list[str]:
    """rich `Text.wrap` with overflow "fold"; `justify` None is rich's "default" (no padding)."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:  # every word fits: no break, nothing to strip
            pieces = [line]
        else:
            pieces = [line[a:b] for a, b in pairwise((0, *_divide(line, width), len(line)))]
        for piece in pieces:
            if len(piece) > width:  # Text.rstrip_end
                # `piece` has no "\n", so rich's `\s+$` is what str.rstrip strips
                trailing = len(piece) - len(piece.rstrip())
                piece = piece[: len(piece) - min(trailing, len(piece) - width)]
            if justify == "left":
                piece = piece[:width].ljust(width)
            elif justify == "center":
                piece = piece.rstrip()[:width]
                piece = " " * ((width - len(piece)) // 2) + piece
                piece += " " * (width - len(piece))
            elif justify == "right":
                piece = piece.rstrip()[:width]
                piece = " " * (width - len(piece)) + piece
            out.append(piece[:width])
    return out


def _divide(text: str, width: int) -> list[int]:
    """rich `_wrap.divide_line` with fold: where to break `text` to fit `width`.

    rich walks the words one by one and keeps a word on the line while the line up to the
    word's last non-space fits. That holds for every word up to the first one whose last
    non-space lies beyond `line + width`, so that word is looked up directly (the run of
    non-spaces at or after that column) instead of walking the words that fit.
    """
    breaks: list[int] = []
    first = len(text) - len(text.lstrip())  # the first word starts at 0, its spaces included
    line = 0  # where the current line starts
    while line + width < len(text):
        column = line + width
        if text[column].isspace():
            after = _NON_SPACE.search(text, column)
            if after is None:  # only spaces are left, and they hang off the last word
                break
            start = after.start()
        else:
            run = _RUN_TO_END.search(text, line, column + 1)
            assert run is not None, "the text at `column` is not a space"
            start = run.start()
        if start == first:
            start = 0
        word = _WORD.match(text, start)
        assert word is not None, "a word starts at `start`"
        if len(word.group(0).rstrip()) > width:
            # longer than a line: fold it into pieces of `width` characters
            pieces = range(start, word.end(), width)
            breaks.extend(at for at in pieces if at)
            line = pieces[-1]
        else:
            breaks.append(start)
            line = start
    return breaks


def _table(grid: Grid, width: int) -> list[str]:
    """rich `Table` rendering (no expand, header and edge shown) as lines, box lines included."""
    count = len(grid.headers)
    if not count:
        return [""]
    columns = [(grid.headers[i], *(cells[i].plain for cells in grid.rows)) for i in range(count)]
    pads = [
        (0 if i == 0 and not grid.lines else 1, 0 if i == count - 1 and not grid.lines else 1)
        for i in range(count)
    ]
    widths = _widths(columns, [left + right for left, right in pads], width - count - 1)
    edge, top, head, rule, bottom = _SQUARE if grid.lines else _SIMPLE_HEAD
    out = [_rule(widths, top)]
    for index in range(len(grid.rows) + 1):
        cells = [
            _cell(column[index], w, pad, how)
            for column, w, pad, how in zip(columns, widths, pads, grid.justify, strict=True)
        ]
        height = max(map(len, cells))
        for i, cell in enumerate(cells):
            blank = [" " * widths[i]] * (height - len(cell))
            # headers sit at the bottom of their row, cells at the top; a row is one line at least
            cells[i] = (blank + cell if index == 0 else cell + blank) or [" " * widths[i]]
        out.extend(edge + edge.join(line) + edge for line in zip(*cells, strict=True))
        if index == 0:
            out.append(_rule(widths, head))
        elif index < len(grid.rows) and (grid.lines or index - 1 in grid.ends):
            out.append(_rule(widths, rule))
    out.append(_rule(widths, bottom))
    return out


def _cell(text: str, width: int, pad: tuple[int, int], justify: Justify) -> list[str]:
    """A padded cell's lines, `width` wide; none when the padding leaves no room (as rich)."""
    left, right = pad
    inner = width - left - right
    if width < 1 or inner < 1:
        return []
    before, after = " " * left, " " * right
    return [before + line + after for line in _wrap(text, inner, justify)]


def _rule(widths: Sequence[int], chars: str) -> str:
    """A box line: left end, fill, divider between columns, right end (rich `Box.get_row`)."""
    return chars[0] + chars[2].join(chars[1] * w for w in widths) + chars[3]


def _widths(columns: Sequence[Sequence[str]], pads: Sequence[int], available: int) -> list[int]:
    """rich `Table._calculate_column_widths` without expand: cell widths, padding included."""
    longest = [
        max((len(line) for text in cells for line in text.splitlines()), default=0)
        for cells in columns
    ]

    def measure(column: int, width: int) -> int:
        # rich `Table._measure_column(...).maximum`. Measuring `Padding(Text)` cells with
        # `Measurement.get` normalises and clamps twice, and a cell too narrow for its padding
        # measures `width`; for a text's (longest word, longest line), 0 <= word <= line,
        # every path comes to this.
        return min(longest[column] + pads[column], width) if width >= 1 else 0

    widths = [measure(i, available) or 1 for i in range(len(columns))]
    if sum(widths) > available:
        widths = _collapse(widths, available)
        if sum(widths) > available:  # last resort: take from every column alike
            widths = _reduce(sum(widths) - available, [1] * len(widths), widths, widths)
        widths = [measure(i, w) for i, w in enumerate(widths)]
    return widths


def _collapse(widths: list[int], available: int) -> list[int]:
    """rich `Table._collapse_widths` (every column may wrap): narrow the widest first."""
    total = sum(widths)
    excess = total - available
    while total and excess > 0:
        widest = max(widths)
        second = max([0, *(w for w in widths if w != widest)])
        if not widest - second:
            break
        ratios = [1 if w == widest else 0 for w in widths]
        widths = _reduce(excess, ratios, [min(excess, widest - second)] * len(widths), widths)
        total = sum(widths)
        excess = total - available
    return widths


def _reduce(total: int, ratios: list[int], maximums: list[int], values: list[int]) -> list[int]:
    """rich `_ratio.ratio_reduce`: take `total` from `values` in proportion to `ratios`."""
    ratios = [ratio if maximum else 0 for ratio, maximum in zip(ratios, maximums, strict=True)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    remaining = total
    out: list[int] = []
    for ratio, maximum, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            taken = min(maximum, round(ratio * remaining / total_ratio))
            out.append(value - taken)
            remaining -= taken
            total_ratio -= ratio
        else:
            out.append(value)
    return out
