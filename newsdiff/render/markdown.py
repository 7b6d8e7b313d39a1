"""`Report` → GitHub-flavoured Markdown: a summary, then the terminal's sections as GFM tables.

Article text goes through `render.safe.markdown`, which backslash-escapes every
character CommonMark/GFM give inline meaning (`|`, backticks, `*`, `_`, `[`, `<`,
`&`, `~`, ...), so a report renders exactly the article's words. No line ever starts
with article text, so block syntax (`#`, `>`, `-`, `1.`) in an article stays text.
Changed quote words are shown in **bold**, dropped words ~~struck through~~.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsdiff.model import CheckReport, QuoteGroup, Report, WordDiff
from newsdiff.render import safe

DEFAULT_SECTIONS = ("articles", "quotes", "dates", "numbers", "attributions", "only", "copies")
_PUBLISHED_SOURCE = {
    "front-matter": "front matter",
    "text": "from text",
    "option": "--published",
    "inferred": "inferred",
}


def render(
    report: Report,
    *,
    sections: tuple[str, ...] = (),
    show_all: bool = False,
    max_rows: int = 60,
) -> str:
    """The report as a Markdown document ending in a newline."""
    rows = None if show_all else max_rows
    wanted = sections or (DEFAULT_SECTIONS + (("coverage",) if show_all else ()))
    names = safe.labels(report.articles)
    blocks = ["# newsdiff report", _summary(report)]
    builders = {
        "articles": lambda: _articles(report, names),
        "quotes": lambda: _quotes(report, names, show_all=show_all),
        "dates": lambda: _dates(report, names, show_all=show_all),
        "numbers": lambda: _numbers(report, names, show_all=show_all),
        "attributions": lambda: _sourcing(report, names),
        "only": lambda: _only(report, names, rows=rows),
        "copies": lambda: _copies(report, names, rows=rows),
        "coverage": lambda: _coverage(report, names),
    }
    for name in (*DEFAULT_SECTIONS, "coverage"):
        if name in wanted:
            blocks.append(builders[name]())
    return "\n\n".join(blocks) + "\n"


def _summary(report: Report) -> str:
    from newsdiff.pipeline import differences

    counts = differences(report)
    shared = sum(1 for s in report.statements if len(s.articles) > 1)
    return "\n".join(
        [
            f"- **Articles:** {len(report.articles)}",
            f"- **Statements:** {len(report.statements)} ({shared} carried by two outlets or more)",
            f"- **Quotations worded differently:** {counts['quotes']}",
            f"- **Date conflicts:** {counts['dates']}",
            f"- **Number conflicts:** {counts['numbers']}",
            f"- **Sourcing differences:** {counts['attributions']}",
            f"- **Statements only one outlet carries:** {counts['statements']}",
        ]
    )


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], *, align: str = "") -> str:
    """A GFM table; cells must already be escaped. `align` holds one of l/r/c per column."""
    marks = {"l": ":---", "r": "---:", "c": ":---:"}
    rule = [marks.get(align[i] if i < len(align) else "l", ":---") for i in range(len(headers))]
    lines = [_row(headers), _row(rule)]
    lines.extend(_row([c if c else " " for c in row]) for row in rows)
    return "\n".join(lines)


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _section(title: str, body: str) -> str:
    return f"## {title}\n\n{body}"


def _name(names: Mapping[str, str], article: str) -> str:
    return safe.markdown(names.get(article, article))


def _articles(report: Report, names: Mapping[str, str]) -> str:
    summary = {s.article: s for s in report.summaries}
    rows = []
    for a in report.articles:
        s = summary.get(a.id)
        if a.published is None:
            published = "unknown"
        else:
            where = _PUBLISHED_SOURCE.get(a.published_source or "", "")
            published = f"{a.published.isoformat()} ({where})" if where else a.published.isoformat()
        rows.append(
            [
                safe.markdown_link(names[a.id], a.url),
                published,
                str(s.sentences) if s else "–",
                f"{s.shared:.0%}" if s else "–",
                safe.markdown(a.title or ""),
                safe.markdown(a.path or ""),
            ]
        )
    return _section(
        "Articles",
        table(
            ["Outlet", "Published", "Sentences", "Shared", "Title", "File"], rows, align="llrrll"
        ),
    )


def _quotes(report: Report, names: Mapping[str, str], *, show_all: bool) -> str:
    groups = [g for g in report.quotes if show_all or g.differs or _spread(g) > 1]
    groups.sort(key=lambda g: not g.differs)
    if not groups:
        return _section("Quote differences", "No quotation is carried by more than one outlet.")
    columns = list(
        dict.fromkeys(
            a.id
            for a in report.articles
            for g in groups
            if a.id in {q.article for q in g.renderings} | set(g.paraphrased_in)
        )
    )
    rows = [
        [safe.markdown(g.speaker or "unattributed") + (" (differs)" if g.differs else "")]
        + [_cell(g, c) for c in columns]
        for g in groups
    ]
    note = (
        "Words that differ from the first rendering are in **bold**; "
        "words it has that a rendering drops are ~~struck through~~."
    )
    body = table(["Speaker", *(_name(names, c) for c in columns)], rows)
    return _section("Quote differences", f"{note}\n\n{body}")


def _spread(g: QuoteGroup) -> int:
    return len({q.article for q in g.renderings} | set(g.paraphrased_in))


def _cell(g: QuoteGroup, article: str) -> str:
    mine = [q for q in g.renderings if q.article == article]
    if not mine:
        return "*(paraphrased, no quotation marks)*" if article in g.paraphrased_in else ""
    ops = [d for d in g.diff if d.article == article]
    if mine[0] is g.renderings[0] or len(mine) > 1 or not ops:
        texts = [safe.markdown(q.text) for q in mine]
    else:
        texts = [marked(mine[0].text, ops)]
    if len({q.speaker for q in g.renderings if q.speaker}) > 1:
        # the outlets credit the words to different people (or relay them): say whom
        credited = dict.fromkeys(q.speaker for q in mine if q.speaker)
        texts.extend(f"*— {safe.markdown(s)}*" for s in credited)
    return "<br>".join(texts)


def marked(text: str, ops: Sequence[WordDiff]) -> str:
    """Escaped `text` with the diff's added/changed words in bold and dropped words struck."""
    clean, found = safe.word_marks(text, ops)
    out: list[str] = []
    pos = 0
    for start, end, piece in found:
        if start < pos:
            continue
        out.append(safe.escape_markdown(clean[pos:start]))
        # Spaces around struck words: `~~` must touch a word on the inside only.
        out.append(
            f"**{safe.markdown(piece)}**" if start < end else f" ~~{safe.markdown(piece)}~~ "
        )
        pos = end
    out.append(safe.escape_markdown(clean[pos:]))
    return _pad("".join(out))


def _pad(text: str) -> str:
    return " ".join(text.split())


def _dates(report: Report, names: Mapping[str, str], *, show_all: bool) -> str:
    from newsdiff.render.terminal import dated

    groups = dated(report, show_all=show_all)
    if not groups:
        return _section("Date conflicts", "No event is dated by more than one outlet.")
    rows = []
    for g in groups:
        for i, m in enumerate(g.mentions):
            label = (
                _group_label(g.event or "(no event found)", conflict=g.conflict) if i == 0 else ""
            )
            resolved = m.resolved or "unresolved"
            extra = [f"by {m.not_after}"] if m.not_after else []
            if m.ambiguous:
                extra.append("day/month order unclear")
            if extra:
                resolved += f" ({', '.join(extra)})"
            rows.append([label, _name(names, m.article), safe.markdown(m.text), resolved])
    return _section("Date conflicts", table(["Event", "Outlet", "As written", "Resolves to"], rows))


def _group_label(name: str, *, conflict: bool) -> str:
    """A group's name for its first row, marked when its outlets conflict."""
    return safe.markdown(name) + (" **(conflict)**" if conflict else "")


def _numbers(report: Report, names: Mapping[str, str], *, show_all: bool) -> str:
    from newsdiff.render.terminal import number

    groups = [g for g in report.numbers if g.conflict]
    if show_all:
        groups += [g for g in report.numbers if not g.conflict]
    if not groups:
        return _section("Number conflicts", "No figures differ between outlets.")
    rows = []
    for g in groups:
        for i, m in enumerate(g.mentions):
            label = _group_label(g.about or "figure", conflict=g.conflict) if i == 0 else ""
            value = safe.markdown(number(m.value, m.unit, m.approx))
            rows.append([label, _name(names, m.article), safe.markdown(m.text), value])
    return _section("Number conflicts", table(["Quantity", "Outlet", "As written", "Value"], rows))


def _sourcing(report: Report, names: Mapping[str, str]) -> str:
    parts = []
    if report.sourcing:
        rows = [
            [
                _name(names, p.article),
                str(p.named),
                str(p.anonymous),
                str(p.hedged),
                safe.markdown(safe.joined(p.sources)) or "–",
            ]
            for p in report.sourcing
        ]
        parts.append(
            table(
                ["Outlet", "Named", "Anonymous", "Hedged", "Sources credited"], rows, align="lrrrl"
            )
        )
    if report.sourcing_differences:
        texts = {s.id: s.members[0].text for s in report.statements if s.members}
        rows = []
        for d in report.sourcing_differences:
            for i, (article, sources) in enumerate(d.by_article):
                rows.append(
                    [
                        safe.markdown(texts.get(d.statement, d.statement)) if i == 0 else "",
                        _name(names, article),
                        safe.markdown(safe.joined(sources)) or "no one",
                    ]
                )
        parts.append(table(["Statement", "Outlet", "Credits"], rows))
    else:
        parts.append("No shared statement is credited differently.")
    return _section("Sourcing differences", "\n\n".join(parts))


def _only(report: Report, names: Mapping[str, str], *, rows: int | None = None) -> str:
    title = "Statements only one outlet carries"
    if len(report.articles) < 2:
        return _section(title, "Only one article: nothing to compare.")
    singles = [s for s in report.statements if len(s.articles) == 1 and s.members]
    if not singles:
        return _section(title, "Every statement is carried by at least two outlets.")
    order = {a.id: i for i, a in enumerate(report.articles)}
    singles.sort(key=lambda s: (order.get(s.members[0].article, len(order)), s.members[0].sentence))
    shown = singles if rows is None else singles[:rows]
    lines = [
        [_name(names, s.members[0].article), safe.markdown(" ".join(m.text for m in s.members))]
        for s in shown
    ]
    return _section(title, table(["Outlet", "Statement"], lines) + _more(len(singles) - len(shown)))


def _more(hidden: int) -> str:
    """A note for rows left out of a long list ("" when nothing is)."""
    if hidden <= 0:
        return ""
    return f"\n\n*… and {hidden} more: `--all` shows every row; `--format json` holds them all.*"


def _copies(report: Report, names: Mapping[str, str], *, rows: int | None = None) -> str:
    copies = report.copies
    if not copies:
        return _section("Shared copy", "No long passages shared word for word.")
    if rows is not None and len(copies) > rows:
        # Too many to list: the pairs sharing most, in report order among themselves.
        keep = sorted(range(len(copies)), key=lambda i: (-copies[i].share, i))[:rows]
        copies = tuple(copies[i] for i in sorted(keep))
    lines = []
    for c in copies:
        passages = sorted(c.passages, key=lambda p: -len(p.text))
        text = safe.markdown(passages[0].text) if passages else ""
        if len(passages) > 1:
            text += f" *(+{len(passages) - 1} more)*"
        lines.append(
            [
                f"{_name(names, c.a)} / {_name(names, c.b)}",
                f"{c.share:.0%}",
                "yes" if c.likely_wire else "no",
                text,
            ]
        )
    return _section(
        "Shared copy",
        table(["Articles", "Shared", "Likely wire", "Longest shared passage"], lines, align="lrll")
        + _more(len(report.copies) - len(copies)),
    )


def _coverage(report: Report, names: Mapping[str, str]) -> str:
    if not report.statements:
        return _section("Statement coverage", "No statements.")
    ids = [a.id for a in report.articles]
    rows = [
        [safe.markdown(s.members[0].text)] + ["●" if i in s.articles else "" for i in ids]
        for s in report.statements
        if s.members
    ]
    return _section(
        "Statement coverage",
        table(["Statement", *(_name(names, i) for i in ids)], rows, align="l" + "c" * len(ids)),
    )


# ---------------------------------------------------------------- check


def render_check(report: CheckReport) -> str:
    """A quote check as a Markdown document ending in a newline."""
    names = safe.labels((report.draft, *report.sources))
    problems = [c for c in report.checks if c.problems]
    sources = report.sources
    head = [
        "# newsdiff quote check",
        f"- **Draft:** {safe.markdown(report.draft.path or report.draft.id)}\n"
        f"- **Sources:** {', '.join(safe.markdown_link(names[a.id], a.url) for a in sources)}\n"
        f"- **Quotations:** {len(report.checks)}, **with problems:** {len(problems)}",
    ]
    if not report.checks:
        return "\n\n".join([*head, "The draft contains no quotations."]) + "\n"
    rows = []
    for c in sorted(report.checks, key=lambda c: (not c.problems, c.quote.span.start)):
        words = (
            marked(c.quote.text, c.diff)
            if c.diff and "misquote" in c.problems
            else safe.markdown(c.quote.text)
        )
        if c.source is None:
            source = "*no source quotes these words*"
        else:
            source = (
                f"{_name(names, c.source.article)}: "
                f"{safe.markdown(c.source.speaker or 'unattributed')}: "
                f"{safe.markdown(c.source_text or c.source.text)}"
            )
        rows.append(
            [
                safe.markdown(c.quote.speaker or "unattributed"),
                words,
                ", ".join(c.problems) or "ok",
                source,
            ]
        )
    body = table(["Speaker", "Quotation in the draft", "Problem", "Closest source"], rows)
    return "\n\n".join([*head, body]) + "\n"
