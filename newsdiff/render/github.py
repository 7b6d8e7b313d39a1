"""`Report` → GitHub Actions workflow commands: one annotation per difference, one per line.

`::warning` for conflicts (quote wording, dates, numbers, sourcing), `::notice` for
what is worth a look but not wrong in itself (statements one outlet alone carries,
shared wire copy). Each annotation names the article's file when it was read from
one, so the annotation lands on that file in a pull request. Line numbers are left
out: the loader may drop front matter or page markup, so an offset in the article's
text is not a line of the file. Messages and properties are encoded by GitHub's
rules (`%`, CR, LF; and `:` `,` in properties) after `render.safe.plain`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from newsdiff.model import Article, CheckReport, Report
from newsdiff.render import safe

_MAX_WORDS = 40  # annotation messages are read in a sidebar: long quotes are cut


def render(report: Report) -> str:
    """One workflow command per difference, each on its own line (empty when none)."""
    names = safe.labels(report.articles)
    files = {a.id: _file(a) for a in report.articles}
    lines: list[str] = []
    for g in report.quotes:
        if not g.differs:
            continue
        shown = "; ".join(
            f"{names.get(q.article, q.article)}: “{_cut(q.text)}”" for q in g.renderings
        )
        speaker = safe.plain(g.speaker or "unattributed")
        lines += _warnings(
            dict.fromkeys(q.article for q in g.renderings),
            files,
            f"Quote worded differently ({speaker})",
            f"{speaker} is quoted differently: {shown}",
        )
    for d in report.dates:
        if not d.conflict:
            continue
        shown = "; ".join(
            f"{names.get(m.article, m.article)}: “{safe.plain(m.text)}” = "
            f"{m.resolved or 'unresolved'}"
            for m in d.mentions
        )
        event = safe.plain(d.event or "an event")
        lines += _warnings(
            dict.fromkeys(m.article for m in d.mentions),
            files,
            "Date conflict",
            f"Outlets date {event} differently: {shown}",
        )
    for n in report.numbers:
        if not n.conflict:
            continue
        shown = "; ".join(
            f"{names.get(m.article, m.article)}: “{safe.plain(m.text)}”" for m in n.mentions
        )
        about = safe.plain(n.about or "a figure")
        lines += _warnings(
            dict.fromkeys(m.article for m in n.mentions),
            files,
            "Number conflict",
            f"Outlets give different figures for {about}: {shown}",
        )
    texts = {s.id: s.members[0].text for s in report.statements if s.members}
    for diff in report.sourcing_differences:
        shown = "; ".join(
            f"{names.get(a, a)}: {safe.joined(sources) or 'no one'}"
            for a, sources in diff.by_article
        )
        statement = _cut(texts.get(diff.statement, diff.statement))
        lines += _warnings(
            (article for article, _ in diff.by_article),
            files,
            "Sourcing differs",
            f"“{statement}” is credited differently: {shown}",
        )
    if len(report.articles) > 1:
        for s in report.statements:
            if len(s.articles) == 1 and s.members:
                article = s.members[0].article
                lines.append(
                    _command(
                        "notice",
                        files.get(article),
                        "Only this outlet",
                        f"Only {names.get(article, article)} reports: “{_cut(s.members[0].text)}”",
                    )
                )
    for c in report.copies:
        passage = _cut(max((p.text for p in c.passages), key=len, default=""))
        wire = "likely shared wire copy" if c.likely_wire else "shared copy"
        pair = f"{names.get(c.a, c.a)} and {names.get(c.b, c.b)}"
        message = f"{pair} share {c.share:.0%} of their words ({wire})"
        lines.append(
            _command(
                "notice",
                files.get(c.a),
                "Shared copy",
                f"{message}: “{passage}”" if passage else message,
            )
        )
    return "".join(f"{line}\n" for line in lines)


def render_check(report: CheckReport) -> str:
    """One workflow command per problem quotation in the draft (empty when all check out)."""
    names: Mapping[str, str] = safe.labels((report.draft, *report.sources))
    file = _file(report.draft)
    lines = []
    for c in report.checks:
        if not c.problems:
            continue
        speaker = safe.plain(c.quote.speaker or "unattributed")
        draft = f"“{_cut(c.quote.text)}” ({speaker})"
        if c.source is None:
            message = f"No source quotes {draft}"
        else:
            source_speaker = safe.plain(c.source.speaker or "unattributed")
            where = names.get(c.source.article, c.source.article)
            found = f"{where} has “{_cut(c.source_text or c.source.text)}” ({source_speaker})"
            message = f"{draft}: {', '.join(c.problems)}; {found}"
        title = {
            "misquote": "Misquote",
            "unsourced": "Quote without a source",
            "speaker": "Quote given to a different speaker",
        }
        lines.append(_command("error", file, title[c.problems[0]], message))
    return "".join(f"{line}\n" for line in lines)


def _file(article: Article) -> str | None:
    path = article.path
    if not path or path == "-" or "://" in path:
        return None
    return path


def _cut(text: str) -> str:
    words = safe.plain(text).split()
    return " ".join(words[:_MAX_WORDS]) + (" …" if len(words) > _MAX_WORDS else "")


def _warnings(
    articles: Iterable[str], files: Mapping[str, str | None], title: str, message: str
) -> list[str]:
    """The same warning once for each of `articles`, on that article's file."""
    return [_command("warning", files.get(article), title, message) for article in articles]


def _command(level: str, file: str | None, title: str, message: str) -> str:
    props = ([f"file={safe.github_property(file)}"] if file else []) + [
        f"title={safe.github_property(title)}"
    ]
    return f"::{level} {','.join(props)}::{safe.github_data(message)}"
