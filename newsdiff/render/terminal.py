"""`Report` → a rich renderable (and plain or coloured text) for reading in a terminal.

Sections come in order of importance: quote differences, date conflicts, number
conflicts, sourcing, statements only one outlet carries, shared copy, and the full
coverage matrix (on request). Sections are built as `render.grid` records; article
text only ever enters them as a string made inert by `render.safe` — never a markup
string — so it cannot act as rich markup or as terminal control sequences.

Coloured text is printed by rich. Plain text (a pipe, a file, CI, NO_COLOR) is laid
out by `render.grid` without importing rich, byte-identical to rich's output; text
with characters rich draws wider or narrower than one cell goes through rich instead.

Without colour, changed words are marked the way `git diff --word-diff=plain` does:
`{+added or changed+}` and `[-dropped-]`.
"""

from __future__ import annotations

import builtins
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from io import StringIO
from typing import TYPE_CHECKING

from newsdiff import rx
from newsdiff.model import (
    CheckReport,
    DateGroup,
    DateMention,
    NumberGroup,
    NumberMention,
    QuoteGroup,
    Report,
    Statement,
    WordDiff,
)
from newsdiff.render import grid, safe
from newsdiff.render.grid import Grid, Part, Styled

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

DEFAULT_SECTIONS = ("articles", "quotes", "dates", "numbers", "attributions", "only", "copies")
_MIN_COLUMN = 16  # below this a side-by-side cell shows a word or two per line: go long instead
_BLANKS = rx.compile(r"\n{3,}")
_STYLE_ADDED = "bold green"
_STYLE_DROPPED = "red strike"
_PUBLISHED_SOURCE = {
    "front-matter": "front matter",
    "text": "from text",
    "option": "--published",
    "inferred": "inferred",
}


def to_text(
    report: Report,
    *,
    sections: tuple[str, ...] = (),
    show_all: bool = False,
    width: int | None = None,
    color: bool = False,
    max_rows: int = 60,
) -> str:
    """The report as text: plain, or with ANSI colour when `color`."""
    plain = None if color else _plain_width(width)
    if plain is not None:
        parts = _parts(
            report, sections=sections, show_all=show_all, width=plain, color=color, rows=max_rows
        )
        text = grid.to_plain(parts, plain)
        if text is not None:
            return _tidy(text)
    console = _console(width=width, color=color)
    console.print(
        render(
            report,
            sections=sections,
            show_all=show_all,
            width=console.width,
            color=color,
            max_rows=max_rows,
        )
    )
    return _output(console)


def check_to_text(report: CheckReport, *, width: int | None = None, color: bool = False) -> str:
    """A quote check as text: plain, or with ANSI colour when `color`."""
    plain = None if color else _plain_width(width)
    if plain is not None:
        text = grid.to_plain(_check_parts(report, color=color), plain)
        if text is not None:
            return _tidy(text)
    console = _console(width=width, color=color)
    console.print(render_check(report, width=console.width, color=color))
    return _output(console)


def _plain_width(width: int | None) -> int | None:
    """The width rich's console prints plain text at, or None to leave the text to rich.

    As `rich.console.Console.size` for a console that is not a terminal: the width asked
    for, else COLUMNS, else the width of the first standard stream that is a terminal,
    else 80. Under IPython (a notebook has widths of its own) rich decides.
    """
    if width is None:
        if hasattr(builtins, "get_ipython"):
            return None
        columns = os.environ.get("COLUMNS")
        if columns is not None and columns.isdigit():
            width = int(columns)
        else:
            streams = [(sys.__stdin__, 0), (sys.__stdout__, 1), (sys.__stderr__, 2)]
            for stream, default in streams[sys.platform == "win32" :]:
                try:
                    width = os.get_terminal_size(_fileno(stream, default)).columns
                except (AttributeError, ValueError, OSError):
                    continue
                break
            width = width or 80
    return width if width >= 1 else None


def _fileno(stream: object, default: int) -> int:
    """A standard stream's file descriptor, or its usual number when it has none (as rich)."""
    try:
        number = stream.fileno()  # type: ignore[attr-defined]
    except Exception:
        return default
    return int(number)


def _console(*, width: int | None, color: bool) -> Console:
    from rich.console import Console

    return Console(
        file=StringIO(),
        width=width,
        color_system="truecolor" if color else None,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
        soft_wrap=False,
    )


def _output(console: Console) -> str:
    file = console.file
    assert isinstance(file, StringIO)
    return _tidy(file.getvalue())


def _tidy(printed: str) -> str:
    """Printed text without trailing spaces or runs of blank lines."""
    # rich pads table lines to the full width; trailing spaces are noise in files and diffs.
    text = "\n".join(line.rstrip() for line in printed.split("\n"))
    return _BLANKS.sub("\n\n", text)


def render(
    report: Report,
    *,
    sections: tuple[str, ...] = (),
    show_all: bool = False,
    width: int = 100,
    color: bool = False,
    max_rows: int = 60,
) -> RenderableType:
    """The report as one rich renderable, sections in order of importance."""
    parts = _parts(
        report, sections=sections, show_all=show_all, width=width, color=color, rows=max_rows
    )
    return grid.to_rich(parts)


def _parts(
    report: Report,
    *,
    sections: tuple[str, ...],
    show_all: bool,
    width: int,
    color: bool,
    rows: int,
) -> list[Part]:
    """The report's lines and tables, sections in order of importance."""
    wanted = sections or (DEFAULT_SECTIONS + (("coverage",) if show_all else ()))
    names = safe.labels(report.articles)
    ctx = _Context(
        report=report,
        names=names,
        show_all=show_all,
        width=width,
        marks=not color,
        rows=None if show_all else rows,
    )
    builders = {
        "articles": _articles,
        "quotes": _quotes,
        "dates": _dates,
        "numbers": _numbers,
        "attributions": _sourcing,
        "only": _only,
        "copies": _copies,
        "coverage": _coverage,
    }
    parts: list[Part] = []
    for name in (*DEFAULT_SECTIONS, "coverage"):
        if name in wanted:
            parts.extend(builders[name](ctx))
            parts.append(Styled.of(""))
    return parts[:-1]


class _Context:
    """What every section needs: the report, display names, options."""

    __slots__ = ("marks", "names", "report", "rows", "show_all", "width")

    def __init__(
        self,
        *,
        report: Report,
        names: Mapping[str, str],
        show_all: bool,
        width: int,
        marks: bool,
        rows: int | None = None,
    ) -> None:
        self.rows = rows  # rows shown in long lists; None: all
        self.report = report
        self.names = names
        self.show_all = show_all
        self.width = width
        self.marks = marks

    def name(self, article: str) -> str:
        """The display name of an article id."""
        # not `.get(article, safe.plain(article))`: that cleans the id on every call, found or not
        name = self.names.get(article)
        return name if name is not None else safe.plain(article)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _title(text: str, count: int | None = None) -> Styled:
    suffix = "" if count is None else f" ({count})"
    return Styled.of(f"{text}{suffix}", style="bold")


def _none(text: str) -> Styled:
    return Styled.of(f"  {text}", style="dim")


def _text(text: str) -> Styled:
    return Styled.of(text)


# ---------------------------------------------------------------- articles


def _articles(ctx: _Context) -> list[Part]:
    report = ctx.report
    summary = {s.article: s for s in report.summaries}
    table = Grid.of("Outlet and title", "Published", "Date from", "Sentences", "Shared", "File")
    table = table.justified("right", (3, 4))
    for a in report.articles:
        s = summary.get(a.id)
        outlet = _text(ctx.name(a.id))
        if a.title and safe.plain(a.title):
            outlet = outlet.plus(f"\n{safe.plain(a.title)}", style="dim")
        table = table.row(
            outlet,
            _text(a.published.isoformat() if a.published else "unknown"),
            _text(_PUBLISHED_SOURCE.get(a.published_source or "", "–")),
            _text(str(s.sentences) if s else "–"),
            _text(f"{s.shared:.0%}" if s else "–"),
            _text(safe.plain(_where(a.path, a.url))),
        )
    return [Styled.of(_summary_line(report), style="bold"), table]


def _where(path: str | None, url: str | None) -> str:
    """Where an article came from, short: a file by its name (the folder is usually the same
    for all, and the full path would crowd the table), else its URL."""
    if not path or "://" in path:
        return path or url or ""
    return path.replace("\\", "/").rsplit("/", 1)[-1] or path


def _summary_line(report: Report) -> str:
    """One line of counts: articles, statements, and each kind of difference."""
    from newsdiff.pipeline import differences

    counts = differences(report)
    shared = sum(1 for s in report.statements if len(s.articles) > 1)
    return (
        f"newsdiff: {_count(len(report.articles), 'article')}, "
        f"{_count(len(report.statements), 'statement')} "
        f"({shared} shared) · quotes differing: {counts['quotes']} · date conflicts: "
        f"{counts['dates']} · number conflicts: {counts['numbers']} · sourcing differences: "
        f"{counts['attributions']} · one-outlet statements: {counts['statements']}"
    )


# ---------------------------------------------------------------- quotes


def _quotes(ctx: _Context) -> list[Part]:
    groups = [g for g in ctx.report.quotes if ctx.show_all or g.differs or _spread(g) > 1]
    groups.sort(key=lambda g: (not g.differs,))
    differ = sum(1 for g in groups if g.differs)
    head = _title("Quote differences", differ)
    if len(groups) > differ:
        head = head.plus(f" and {len(groups) - differ} quoted alike", style="bold")
    if not groups:
        return [head, _none("No quotation is carried by more than one outlet.")]
    # the articles any shown group quotes or paraphrases, in report order
    shown = {q.article for g in groups for q in g.renderings}
    shown.update(a for g in groups for a in g.paraphrased_in)
    columns = list(dict.fromkeys(a.id for a in ctx.report.articles if a.id in shown))
    legend = Styled.of(
        "  Words differing from the first rendering: "
        + ("{+added or changed+} [-dropped-]" if ctx.marks else "added or changed, dropped"),
        style="dim",
    )
    if not ctx.marks:
        legend = Styled.of("  Words differing from the first rendering: ", style="dim")
        legend = legend.plus("added or changed", style=_STYLE_ADDED)
        legend = legend.plus(", ", style="dim")
        legend = legend.plus("dropped", style=_STYLE_DROPPED)
    if _fits(ctx, len(columns) + 1):
        table = Grid.of("Speaker", *(ctx.name(c) for c in columns), lines=True)
        for g in groups:
            table = table.row(_speaker(g), *(_cell(ctx, g, c) for c in columns))
    else:
        table = Grid.of("Speaker", "Outlet", "Quoted words", lines=True)
        for g in groups:
            for i, c in enumerate(columns):
                cell = _cell(ctx, g, c)
                if cell.plain:
                    table = table.row(
                        _speaker(g) if i == 0 else _text(""), _text(ctx.name(c)), cell
                    )
    return [head, legend, table]


def _spread(g: QuoteGroup) -> int:
    return len({q.article for q in g.renderings} | set(g.paraphrased_in))


def _speaker(g: QuoteGroup) -> Styled:
    text = _text(safe.plain(g.speaker or "unattributed"))
    if g.differs:
        text = text.plus("\ndiffers", style="yellow")
    return text


def _fits(ctx: _Context, columns: int) -> bool:
    return columns * _MIN_COLUMN <= ctx.width


def _cell(ctx: _Context, g: QuoteGroup, article: str) -> Styled:
    """An article's renderings in a group, changed words marked against the first rendering."""
    mine = [q for q in g.renderings if q.article == article]
    if not mine:
        if article in g.paraphrased_in:
            return Styled.of("(paraphrased, no quotation marks)", style="italic dim")
        return _text("")
    reference = g.renderings[0]
    ops = [d for d in g.diff if d.article == article]
    out = Styled()
    for i, q in enumerate(mine):
        if i:
            out = out.plus("\n")
        if q is reference or len(mine) > 1 or not ops:
            out = out.plus(safe.plain(q.text))
        else:
            out = out.plus(marked(q.text, ops, marks=ctx.marks))
    if len({q.speaker for q in g.renderings if q.speaker}) > 1:
        # the outlets credit the words to different people (or relay them): say whom
        for speaker in dict.fromkeys(q.speaker for q in mine if q.speaker):
            out = out.plus(f"\n— {safe.plain(speaker)}", style="yellow")
    return out


def marked(text: str, ops: Sequence[WordDiff], *, marks: bool) -> Styled:
    """`text` (made inert) with the diff's added/changed words styled and dropped ones shown."""
    clean, found = safe.word_marks(text, ops)
    runs: list[tuple[str, str]] = []
    pos = 0
    for start, end, piece in found:
        if start < pos:
            continue
        runs.append((clean[pos:start], ""))
        if start < end:
            runs.append((f"{{+{piece}+}}" if marks else piece, _STYLE_ADDED))
        else:
            runs.append((f" [-{piece}-]" if marks else f" {piece}", _STYLE_DROPPED))
        pos = end
    runs.append((clean[pos:], ""))
    return Styled(tuple(runs))


# ---------------------------------------------------------------- dates and numbers


def _dates(ctx: _Context) -> list[Part]:
    groups = dated(ctx.report, show_all=ctx.show_all)
    head = _title("Date conflicts", sum(1 for g in groups if g.conflict))
    if not groups:
        return [head, _none("No event is dated by more than one outlet.")]
    table = Grid.of("Event", "Outlet", "As written", "Resolves to")
    for g in groups:
        table = _group_rows(table, ctx, _event(g), g.conflict, g.mentions, _resolved)
    return [head, table]


def _numbers(ctx: _Context) -> list[Part]:
    conflicts = [g for g in ctx.report.numbers if g.conflict]
    groups = conflicts + ([g for g in ctx.report.numbers if not g.conflict] if ctx.show_all else [])
    head = _title("Number conflicts", len(conflicts))
    if not groups:
        return [head, _none("No figures differ between outlets.")]
    table = Grid.of("Quantity", "Outlet", "As written", "Value")
    for g in groups:
        table = _group_rows(table, ctx, _about(g), g.conflict, g.mentions, _value)
    return [head, table]


def dated(report: Report, *, show_all: bool) -> list[DateGroup]:
    """Date groups to show: conflicts, then events several outlets date (all with `show_all`)."""
    shown = [
        g
        for g in report.dates
        if show_all or g.conflict or len({m.article for m in g.mentions}) > 1
    ]
    return sorted(shown, key=lambda g: not g.conflict)


def _event(g: DateGroup) -> str:
    return safe.plain(g.event or "") or "(no event found)"


def _about(g: NumberGroup) -> str:
    return safe.plain(g.about or "") or "figure"


def _group_rows(
    table: Grid,
    ctx: _Context,
    label: str,
    conflict: bool,
    mentions: Iterable[DateMention | NumberMention],
    value: object,
) -> Grid:
    """The table with a group's mentions added, one row each, as one section."""
    assert callable(value)
    first = _text(label)
    if conflict:
        first = first.plus("\nconflict", style="bold red")
    for i, m in enumerate(mentions):
        table = table.row(
            first if i == 0 else _text(""),
            _text(ctx.name(m.article)),
            _text(safe.plain(m.text)),
            _text(value(m)),
        )
    return table.section()


def _resolved(m: DateMention) -> str:
    if m.resolved is None:
        return "unresolved"
    extra = []
    if m.not_after:
        extra.append(f"by {m.not_after}")
    if m.ambiguous:
        extra.append("day/month order unclear")
    return f"{m.resolved} ({', '.join(extra)})" if extra else m.resolved


def _value(m: NumberMention) -> str:
    return number(m.value, m.unit, m.approx)


def number(value: float, unit: str | None, approx: str | None = None) -> str:
    """A figure for display: thousands separated, integral values without decimals."""
    shown = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6g}"
    parts = [safe.plain(approx or ""), shown, safe.plain(unit or "")]
    return " ".join(p for p in parts if p)


# ---------------------------------------------------------------- sourcing


def _sourcing(ctx: _Context) -> list[Part]:
    report = ctx.report
    out: list[Part] = [_title("Sourcing differences", len(report.sourcing_differences))]
    if report.sourcing:
        table = Grid.of("Outlet", "Named", "Anonymous", "Hedged", "Sources credited")
        table = table.justified("right", (1, 2, 3))
        for p in report.sourcing:
            table = table.row(
                _text(ctx.name(p.article)),
                _text(str(p.named)),
                _text(str(p.anonymous)),
                _text(str(p.hedged)),
                _text(safe.joined(p.sources) or "–"),
            )
        out.append(table)
    if not report.sourcing_differences:
        out.append(_none("No shared statement is credited differently."))
        return out
    statements = _statements(report)
    table = Grid.of("Statement", "Outlet", "Credits")
    for d in report.sourcing_differences:
        for i, (article, sources) in enumerate(d.by_article):
            table = table.row(
                _text(_statement_text(statements, d.statement)) if i == 0 else _text(""),
                _text(ctx.name(article)),
                _text(safe.joined(sources) or "no one"),
            )
        table = table.section()
    out.append(table)
    return out


def _statements(report: Report) -> dict[str, Statement]:
    """Statements with members by id (the last of any that share an id)."""
    return {s.id: s for s in report.statements if s.members}


def _statement_text(statements: Mapping[str, Statement], statement: str) -> str:
    """A statement's first sentence, made inert, or its id when it has none.

    Cleaned here, for the few statements shown, not for every statement up front."""
    found = statements.get(statement)
    return safe.plain(found.members[0].text) if found is not None else statement


# ---------------------------------------------------------------- statements


def _only(ctx: _Context) -> list[Part]:
    report = ctx.report
    if len(report.articles) < 2:
        return [_title("Only one outlet"), _none("Only one article: nothing to compare.")]
    singles = [s for s in report.statements if len(s.articles) == 1 and s.members]
    head = _title("Statements only one outlet carries", len(singles))
    if not singles:
        return [head, _none("Every statement is carried by at least two outlets.")]
    order = {a.id: i for i, a in enumerate(report.articles)}
    singles.sort(key=lambda s: (order.get(s.members[0].article, len(order)), s.members[0].sentence))
    shown = singles if ctx.rows is None else singles[: ctx.rows]
    table = Grid.of("Outlet", "Statement")
    previous = None
    for s in shown:
        article = s.members[0].article
        if previous is not None and article != previous:
            table = table.section()
        table = table.row(
            _text(ctx.name(article)) if article != previous else _text(""),
            _text("• " + safe.plain(" ".join(m.text for m in s.members))),
        )
        previous = article
    return [head, table, *_more(len(singles) - len(shown))]


def _more(hidden: int) -> list[Part]:
    """A note for rows left out of a long list (none when nothing is)."""
    if hidden <= 0:
        return []
    return [_none(f"… and {hidden} more: --all shows every row; --format json holds them all.")]


def _copies(ctx: _Context) -> list[Part]:
    copies = ctx.report.copies
    head = _title("Shared copy", len(copies))
    if not copies:
        return [head, _none("No long passages shared word for word.")]
    table = Grid.of("Articles", "Shared", "Likely wire", "Longest shared passage")
    table = table.justified("right", (1,))
    if ctx.rows is not None and len(copies) > ctx.rows:
        # Too many to list: the pairs sharing most, in report order among themselves.
        keep = sorted(range(len(copies)), key=lambda i: (-copies[i].share, i))[: ctx.rows]
        shown = tuple(copies[i] for i in sorted(keep))
    else:
        shown = copies
    for c in shown:
        passages = sorted(c.passages, key=lambda p: -len(p.text))
        text = _text(safe.plain(passages[0].text) if passages else "")
        if len(passages) > 1:
            text = text.plus(f" (+{len(passages) - 1} more)", style="dim")
        table = table.row(
            _text(f"{ctx.name(c.a)}\n{ctx.name(c.b)}"),
            _text(f"{c.share:.0%}"),
            _text("yes" if c.likely_wire else "no"),
            text,
        )
    return [head, table, *_more(len(copies) - len(shown))]


def _coverage(ctx: _Context) -> list[Part]:
    report = ctx.report
    head = _title("Statement coverage", len(report.statements))
    if not report.statements:
        return [head, _none("No statements.")]
    ids = [a.id for a in report.articles]
    if not _fits(ctx, len(ids) + 2):
        table = Grid.of("Statement", "Outlets")
        for s in report.statements:
            table = table.row(
                _text(safe.plain(s.members[0].text)), _text(", ".join(map(ctx.name, s.articles)))
            )
        return [head, table]
    table = Grid.of("Statement", *(ctx.name(i) for i in ids))
    table = table.justified("center", range(1, len(ids) + 1))
    for s in report.statements:
        carried = set(s.articles)
        table = table.row(
            _text(safe.plain(s.members[0].text)),
            *(_text("●" if i in carried else "·") for i in ids),
        )
    return [head, table]


# ---------------------------------------------------------------- check


def render_check(report: CheckReport, *, width: int = 100, color: bool = False) -> RenderableType:
    """A quote check as one rich renderable: a verdict line and one row per draft quotation."""
    return grid.to_rich(_check_parts(report, color=color))


def _check_parts(report: CheckReport, *, color: bool) -> list[Part]:
    """A quote check's lines and table: a verdict line and one row per draft quotation."""
    names = safe.labels((report.draft, *report.sources))
    problems = [c for c in report.checks if c.problems]
    head = Styled.of(
        f"newsdiff check: {safe.plain(report.draft.path or report.draft.id)}: "
        f"{_count(len(report.checks), 'quotation')}, {len(problems)} with problems, "
        f"{_count(len(report.sources), 'source')}",
        style="bold",
    )
    if not report.checks:
        return [head, _none("The draft contains no quotations.")]
    table = Grid.of("Quotation in the draft", "Problem", "Closest source", lines=True)
    for c in sorted(report.checks, key=lambda c: (not c.problems, c.quote.span.start)):
        speaker = safe.plain(c.quote.speaker or "unattributed")
        draft = Styled.of(f"{speaker}: ", style="dim")
        if c.diff and "misquote" in c.problems:
            draft = draft.plus(marked(c.quote.text, c.diff, marks=not color))
        else:
            draft = draft.plus(safe.plain(c.quote.text))
        verdict = Styled.of(
            ", ".join(c.problems) or "ok", style="bold red" if c.problems else "green"
        )
        if c.source is None:
            source = Styled.of("no source quotes these words", style="dim")
        else:
            source = Styled.of(f"{names.get(c.source.article, c.source.article)} · ", style="dim")
            source = source.plus(f"{safe.plain(c.source.speaker or 'unattributed')}: ", style="dim")
            source = source.plus(safe.plain(c.source_text or c.source.text))
        table = table.row(draft, verdict, source)
    return [head, table]
