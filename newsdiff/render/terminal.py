"""`Report` → a rich renderable (and plain or coloured text) for reading in a terminal.

Sections come in order of importance: quote differences, date conflicts, number
conflicts, sourcing, statements only one outlet carries, shared copy, and the full
coverage matrix (on request). Article text only ever enters a `rich.text.Text`
built from a string made inert by `render.safe` — never a markup string — so it
cannot act as rich markup or as terminal control sequences. rich measures wide
characters and wraps cells; nothing here counts columns by hand.

Without colour, changed words are marked the way `git diff --word-diff=plain` does:
`{+added or changed+}` and `[-dropped-]`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from io import StringIO

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from newsdiff import rx
from newsdiff.model import (
    CheckReport,
    DateGroup,
    DateMention,
    NumberGroup,
    NumberMention,
    QuoteGroup,
    Report,
    WordDiff,
)
from newsdiff.render import safe

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
    console = _console(width=width, color=color)
    console.print(render_check(report, width=console.width, color=color))
    return _output(console)


def _console(*, width: int | None, color: bool) -> Console:
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
    # rich pads table lines to the full width; trailing spaces are noise in files and diffs.
    text = "\n".join(line.rstrip() for line in file.getvalue().split("\n"))
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
    wanted = sections or (DEFAULT_SECTIONS + (("coverage",) if show_all else ()))
    names = safe.labels(report.articles)
    ctx = _Context(
        report=report,
        names=names,
        show_all=show_all,
        width=width,
        marks=not color,
        rows=None if show_all else max_rows,
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
    parts: list[RenderableType] = []
    for name in (*DEFAULT_SECTIONS, "coverage"):
        if name in wanted:
            parts.extend(builders[name](ctx))
            parts.append(Text(""))
    return Group(*parts[:-1])


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
        return self.names.get(article, safe.plain(article))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _title(text: str, count: int | None = None) -> Text:
    suffix = "" if count is None else f" ({count})"
    return Text(f"{text}{suffix}", style="bold")


def _none(text: str) -> Text:
    return Text(f"  {text}", style="dim")


def _table(*headers: str, lines: bool = False) -> Table:
    table = Table(
        box=box.SQUARE if lines else box.SIMPLE_HEAD,
        show_lines=lines,
        header_style="bold",
        pad_edge=lines,
        expand=False,
    )
    for header in headers:
        table.add_column(Text(header), overflow="fold")
    return table


# ---------------------------------------------------------------- articles


def _articles(ctx: _Context) -> list[RenderableType]:
    report = ctx.report
    summary = {s.article: s for s in report.summaries}
    table = _table("Outlet and title", "Published", "Date from", "Sentences", "Shared", "File")
    for column in (3, 4):
        table.columns[column].justify = "right"
    for a in report.articles:
        s = summary.get(a.id)
        outlet = Text(ctx.name(a.id))
        if a.title and safe.plain(a.title):
            outlet.append(f"\n{safe.plain(a.title)}", style="dim")
        table.add_row(
            outlet,
            Text(a.published.isoformat() if a.published else "unknown"),
            Text(_PUBLISHED_SOURCE.get(a.published_source or "", "–")),
            Text(str(s.sentences) if s else "–"),
            Text(f"{s.shared:.0%}" if s else "–"),
            Text(safe.plain(_where(a.path, a.url))),
        )
    return [Text(_summary_line(report), style="bold"), table]


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


def _quotes(ctx: _Context) -> list[RenderableType]:
    groups = [g for g in ctx.report.quotes if ctx.show_all or g.differs or _spread(g) > 1]
    groups.sort(key=lambda g: (not g.differs,))
    differ = sum(1 for g in groups if g.differs)
    head = _title("Quote differences", differ)
    if len(groups) > differ:
        head.append(f" and {len(groups) - differ} quoted alike", style="bold")
    if not groups:
        return [head, _none("No quotation is carried by more than one outlet.")]
    columns = list(
        dict.fromkeys(
            a.id
            for a in ctx.report.articles
            for g in groups
            if a.id in {q.article for q in g.renderings} | set(g.paraphrased_in)
        )
    )
    legend = Text(
        "  Words differing from the first rendering: "
        + ("{+added or changed+} [-dropped-]" if ctx.marks else "added or changed, dropped"),
        style="dim",
    )
    if not ctx.marks:
        legend = Text("  Words differing from the first rendering: ", style="dim")
        legend.append("added or changed", style=_STYLE_ADDED)
        legend.append(", ", style="dim")
        legend.append("dropped", style=_STYLE_DROPPED)
    if _fits(ctx, len(columns) + 1):
        table = _table("Speaker", *(ctx.name(c) for c in columns), lines=True)
        for g in groups:
            table.add_row(_speaker(g), *(_cell(ctx, g, c) for c in columns))
    else:
        table = _table("Speaker", "Outlet", "Quoted words", lines=True)
        for g in groups:
            for i, c in enumerate(columns):
                cell = _cell(ctx, g, c)
                if cell.plain:
                    table.add_row(_speaker(g) if i == 0 else Text(""), Text(ctx.name(c)), cell)
    return [head, legend, table]


def _spread(g: QuoteGroup) -> int:
    return len({q.article for q in g.renderings} | set(g.paraphrased_in))


def _speaker(g: QuoteGroup) -> Text:
    text = Text(safe.plain(g.speaker or "unattributed"))
    if g.differs:
        text.append("\ndiffers", style="yellow")
    return text


def _fits(ctx: _Context, columns: int) -> bool:
    return columns * _MIN_COLUMN <= ctx.width


def _cell(ctx: _Context, g: QuoteGroup, article: str) -> Text:
    """An article's renderings in a group, changed words marked against the first rendering."""
    mine = [q for q in g.renderings if q.article == article]
    if not mine:
        if article in g.paraphrased_in:
            return Text("(paraphrased, no quotation marks)", style="italic dim")
        return Text("")
    reference = g.renderings[0]
    ops = [d for d in g.diff if d.article == article]
    out = Text()
    for i, q in enumerate(mine):
        if i:
            out.append("\n")
        if q is reference or len(mine) > 1 or not ops:
            out.append(Text(safe.plain(q.text)))
        else:
            out.append(marked(q.text, ops, marks=ctx.marks))
    if len({q.speaker for q in g.renderings if q.speaker}) > 1:
        # the outlets credit the words to different people (or relay them): say whom
        for speaker in dict.fromkeys(q.speaker for q in mine if q.speaker):
            out.append(f"\n— {safe.plain(speaker)}", style="yellow")
    return out


def marked(text: str, ops: Sequence[WordDiff], *, marks: bool) -> Text:
    """`text` (made inert) with the diff's added/changed words styled and dropped ones shown."""
    clean, found = safe.word_marks(text, ops)
    out = Text()
    pos = 0
    for start, end, piece in found:
        if start < pos:
            continue
        out.append(clean[pos:start])
        if start < end:
            out.append(f"{{+{piece}+}}" if marks else piece, style=_STYLE_ADDED)
        else:
            out.append(f" [-{piece}-]" if marks else f" {piece}", style=_STYLE_DROPPED)
        pos = end
    out.append(clean[pos:])
    return out


# ---------------------------------------------------------------- dates and numbers


def _dates(ctx: _Context) -> list[RenderableType]:
    groups = dated(ctx.report, show_all=ctx.show_all)
    head = _title("Date conflicts", sum(1 for g in groups if g.conflict))
    if not groups:
        return [head, _none("No event is dated by more than one outlet.")]
    table = _table("Event", "Outlet", "As written", "Resolves to")
    for g in groups:
        _group_rows(table, ctx, _event(g), g.conflict, g.mentions, _resolved)
    return [head, table]


def _numbers(ctx: _Context) -> list[RenderableType]:
    conflicts = [g for g in ctx.report.numbers if g.conflict]
    groups = conflicts + ([g for g in ctx.report.numbers if not g.conflict] if ctx.show_all else [])
    head = _title("Number conflicts", len(conflicts))
    if not groups:
        return [head, _none("No figures differ between outlets.")]
    table = _table("Quantity", "Outlet", "As written", "Value")
    for g in groups:
        _group_rows(table, ctx, _about(g), g.conflict, g.mentions, _value)
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
    table: Table,
    ctx: _Context,
    label: str,
    conflict: bool,
    mentions: Iterable[DateMention | NumberMention],
    value: object,
) -> None:
    assert callable(value)
    first = Text(label)
    if conflict:
        first.append("\nconflict", style="bold red")
    for i, m in enumerate(mentions):
        table.add_row(
            first if i == 0 else Text(""),
            Text(ctx.name(m.article)),
            Text(safe.plain(m.text)),
            Text(value(m)),
        )
    table.add_section()


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


def _sourcing(ctx: _Context) -> list[RenderableType]:
    report = ctx.report
    out: list[RenderableType] = [_title("Sourcing differences", len(report.sourcing_differences))]
    if report.sourcing:
        table = _table("Outlet", "Named", "Anonymous", "Hedged", "Sources credited")
        for column in (1, 2, 3):
            table.columns[column].justify = "right"
        for p in report.sourcing:
            table.add_row(
                Text(ctx.name(p.article)),
                Text(str(p.named)),
                Text(str(p.anonymous)),
                Text(str(p.hedged)),
                Text(safe.joined(p.sources) or "–"),
            )
        out.append(table)
    if not report.sourcing_differences:
        out.append(_none("No shared statement is credited differently."))
        return out
    texts = _statement_texts(report)
    table = _table("Statement", "Outlet", "Credits")
    for d in report.sourcing_differences:
        for i, (article, sources) in enumerate(d.by_article):
            table.add_row(
                Text(texts.get(d.statement, d.statement)) if i == 0 else Text(""),
                Text(ctx.name(article)),
                Text(safe.joined(sources) or "no one"),
            )
        table.add_section()
    out.append(table)
    return out


def _statement_texts(report: Report) -> dict[str, str]:
    return {s.id: safe.plain(s.members[0].text) for s in report.statements if s.members}


# ---------------------------------------------------------------- statements


def _only(ctx: _Context) -> list[RenderableType]:
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
    table = _table("Outlet", "Statement")
    previous = None
    for s in shown:
        article = s.members[0].article
        if previous is not None and article != previous:
            table.add_section()
        table.add_row(
            Text(ctx.name(article)) if article != previous else Text(""),
            Text("• " + safe.plain(" ".join(m.text for m in s.members))),
        )
        previous = article
    return [head, table, *_more(len(singles) - len(shown))]


def _more(hidden: int) -> list[RenderableType]:
    """A note for rows left out of a long list (none when nothing is)."""
    if hidden <= 0:
        return []
    return [_none(f"… and {hidden} more: --all shows every row; --format json holds them all.")]


def _copies(ctx: _Context) -> list[RenderableType]:
    copies = ctx.report.copies
    head = _title("Shared copy", len(copies))
    if not copies:
        return [head, _none("No long passages shared word for word.")]
    table = _table("Articles", "Shared", "Likely wire", "Longest shared passage")
    table.columns[1].justify = "right"
    if ctx.rows is not None and len(copies) > ctx.rows:
        # Too many to list: the pairs sharing most, in report order among themselves.
        keep = sorted(range(len(copies)), key=lambda i: (-copies[i].share, i))[: ctx.rows]
        shown = tuple(copies[i] for i in sorted(keep))
    else:
        shown = copies
    for c in shown:
        passages = sorted(c.passages, key=lambda p: -len(p.text))
        text = Text(safe.plain(passages[0].text) if passages else "")
        if len(passages) > 1:
            text.append(f" (+{len(passages) - 1} more)", style="dim")
        table.add_row(
            Text(f"{ctx.name(c.a)}\n{ctx.name(c.b)}"),
            Text(f"{c.share:.0%}"),
            Text("yes" if c.likely_wire else "no"),
            text,
        )
    return [head, table, *_more(len(copies) - len(shown))]


def _coverage(ctx: _Context) -> list[RenderableType]:
    report = ctx.report
    head = _title("Statement coverage", len(report.statements))
    if not report.statements:
        return [head, _none("No statements.")]
    ids = [a.id for a in report.articles]
    if not _fits(ctx, len(ids) + 2):
        table = _table("Statement", "Outlets")
        for s in report.statements:
            table.add_row(
                Text(safe.plain(s.members[0].text)), Text(", ".join(map(ctx.name, s.articles)))
            )
        return [head, table]
    table = _table("Statement", *(ctx.name(i) for i in ids))
    for column in table.columns[1:]:
        column.justify = "center"
        column.overflow = "fold"
    for s in report.statements:
        carried = set(s.articles)
        table.add_row(
            Text(safe.plain(s.members[0].text)),
            *(Text("●" if i in carried else "·") for i in ids),
        )
    return [head, table]


# ---------------------------------------------------------------- check


def render_check(report: CheckReport, *, width: int = 100, color: bool = False) -> RenderableType:
    """A quote check as one rich renderable: a verdict line and one row per draft quotation."""
    names = safe.labels((report.draft, *report.sources))
    problems = [c for c in report.checks if c.problems]
    head = Text(
        f"newsdiff check: {safe.plain(report.draft.path or report.draft.id)}: "
        f"{_count(len(report.checks), 'quotation')}, {len(problems)} with problems, "
        f"{_count(len(report.sources), 'source')}",
        style="bold",
    )
    if not report.checks:
        return Group(head, _none("The draft contains no quotations."))
    table = _table("Quotation in the draft", "Problem", "Closest source", lines=True)
    for c in sorted(report.checks, key=lambda c: (not c.problems, c.quote.span.start)):
        speaker = safe.plain(c.quote.speaker or "unattributed")
        draft = Text(f"{speaker}: ", style="dim")
        if c.diff and "misquote" in c.problems:
            draft.append(marked(c.quote.text, c.diff, marks=not color))
        else:
            draft.append(safe.plain(c.quote.text))
        verdict = Text(", ".join(c.problems) or "ok", style="bold red" if c.problems else "green")
        if c.source is None:
            source = Text("no source quotes these words", style="dim")
        else:
            source = Text(f"{names.get(c.source.article, c.source.article)} · ", style="dim")
            source.append(f"{safe.plain(c.source.speaker or 'unattributed')}: ", style="dim")
            source.append(safe.plain(c.source_text or c.source.text))
        table.add_row(draft, verdict, source)
    return Group(head, table)
