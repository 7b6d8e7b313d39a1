"""The typer app: options → `Config`, reading inputs, choosing a renderer, exit codes, all printing.

A thin layer over the library: every command calls one library function and turns
`NewsdiffError` into one stderr line and exit status 2. Heavy modules are imported
inside the commands so that `newsdiff --help` stays at the cost of typer itself.
"""

from __future__ import annotations

import contextlib
import enum
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, Optional

import typer

if TYPE_CHECKING:
    from datetime import date

    from newsdiff.config import Config
    from newsdiff.model import CheckReport, Report

ISSUES_URL = "https://github.com/newsdiff/newsdiff/issues"
FORMATS = ("text", "markdown", "json", "github")
SECTIONS = ("articles", "quotes", "dates", "numbers", "attributions", "only", "copies", "coverage")
FAIL_KINDS = ("quotes", "dates", "numbers", "attributions", "statements", "any")


class Exit(enum.IntEnum):
    """Exit statuses, as diff(1): same, different, trouble."""

    SAME = 0
    DIFFERENT = 1
    TROUBLE = 2


app = typer.Typer(
    name="newsdiff",
    help="Compare how different outlets report the same news story.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # locals would print whole articles
    rich_markup_mode=None,
)


def _fail(message: str) -> NoReturn:
    """Print one error line and exit 2."""
    sys.stderr.write(f"newsdiff: error: {message}\n")
    raise typer.Exit(Exit.TROUBLE)


def _version(value: bool) -> None:
    if value:
        from newsdiff import __version__

        sys.stdout.write(f"newsdiff {__version__}\n")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Compare how different outlets report the same news story.

    Examples:

      newsdiff compare seeds/

      newsdiff compare a.md b.html https://example.org/story --format markdown -o report.md

      newsdiff compare coverage/ --format json --fail-on quotes,numbers

      newsdiff check draft.md --against wire1.txt wire2.html
    """


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else date.fromisoformat(value)
    except ValueError:
        _fail(f"--published: {value!r} is not a date (want YYYY-MM-DD)")


def _split(option: str, value: str | None, allowed: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return ()
    items = tuple(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))
    bad = [v for v in items if v not in allowed]
    if bad or not items:
        _fail(f"{option}: {', '.join(bad) or repr(value)} is not one of {', '.join(allowed)}")
    return items


def _config(path: Path | None) -> Config:
    from newsdiff.config import Config, discover, read_config

    if path is not None and not path.is_file():
        _fail(f"{path}: config file not found")
    found = path if path is not None else discover(Path.cwd())
    config = read_config(found) if found is not None else Config()
    bad = [k for k in config.report.fail_on if k not in FAIL_KINDS]
    if bad:
        _fail(f"{found}: report.fail_on: {', '.join(bad)} is not one of {', '.join(FAIL_KINDS)}")
    return config


def _render(
    report: Report,
    fmt: str,
    *,
    sections: tuple[str, ...],
    show_all: bool,
    width: int | None,
    color: bool = False,
    max_rows: int = 60,
) -> str:
    """The report rendered as text in the chosen format."""
    if fmt == "json":
        from newsdiff.render import json as render_json

        return render_json.render(report)
    if fmt == "markdown":
        from newsdiff.render import markdown

        return markdown.render(report, sections=sections, show_all=show_all, max_rows=max_rows)
    if fmt == "github":
        from newsdiff.render import github

        return github.render(report)
    from newsdiff.render import terminal

    return terminal.to_text(
        report,
        sections=sections,
        show_all=show_all,
        width=width,
        color=color,
        max_rows=max_rows,
    )


def _render_check(report: CheckReport, fmt: str, *, width: int | None, color: bool) -> str:
    """The quote check rendered as text in the chosen format."""
    if fmt == "json":
        from newsdiff.render import json as render_json

        return render_json.render_check(report)
    if fmt == "markdown":
        from newsdiff.render import markdown

        return markdown.render_check(report)
    if fmt == "github":
        from newsdiff.render import github

        return github.render_check(report)
    from newsdiff.render import terminal

    return terminal.check_to_text(report, width=width, color=color)


def _color(output: Path | None) -> bool:
    # Colour only for a terminal, never into a file; https://no-color.org: set and non-empty.
    return output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _write(text: str, output: Path | None, *, pager: bool) -> None:
    """Write the report to `output` atomically, or to stdout (paged when long, on a terminal)."""
    if output is None:
        if pager and _should_page(text):
            _page(text)
        else:
            _stdout(text)
        return
    import tempfile

    target = output
    if target.is_dir():
        _fail(f"{target}: is a directory")
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        _fail(f"{target}: cannot write ({exc.strerror})")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode(target))
        # The old file is replaced only now, with a complete report: never left half-written.
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        _fail(f"{target}: cannot write ({exc.strerror})")


def _mode(target: Path) -> int:
    """The permission bits for the report: the old file's, else what the umask allows."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _should_page(text: str) -> bool:
    if not (sys.stdout.isatty() and sys.stdin.isatty()):
        return False
    import shutil

    return text.count("\n") > shutil.get_terminal_size().lines - 1


def _page(text: str) -> None:
    import pydoc

    # less: -R shows our colours, -F quits when the text fits after all, -X keeps it on screen.
    os.environ.setdefault("LESS", "FRX")
    try:
        pydoc.pager(text)
    except BrokenPipeError:
        _quiet_broken_pipe()


def _stdout(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_broken_pipe()


def _quiet_broken_pipe() -> NoReturn:
    # `newsdiff ... | head`: stop quietly; point stdout at devnull so the interpreter's
    # final flush does not raise again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise typer.Exit(Exit.SAME)


def _exit_status(report: Report, fail_on: tuple[str, ...], exit_zero: bool) -> int:
    from newsdiff.pipeline import differences

    if exit_zero:
        return Exit.SAME
    counts = differences(report)
    kinds = counts.keys() if "any" in fail_on else fail_on
    return Exit.DIFFERENT if any(counts.get(k, 0) for k in kinds) else Exit.SAME


FormatOpt = Annotated[
    str, typer.Option("--format", "-f", help="Report format: text, markdown, json or github.")
]
OutputOpt = Annotated[
    Optional[Path],  # noqa: UP045 - typer needs Optional on 3.10
    typer.Option("--output", "-o", help="Write the report to FILE (atomically) instead of stdout."),
]
FailOnOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--fail-on",
        help="Kinds of difference that make the exit status 1: "
        "quotes,dates,numbers,attributions,statements,any.",
    ),
]
ExitZeroOpt = Annotated[
    bool,
    typer.Option(
        "--exit-zero", help="Exit 0 even when differences are found (2 still means trouble)."
    ),
]
ConfigOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--config",
        help="Read settings from this YAML file (default: ./newsdiff.yaml or pyproject.toml).",
    ),
]
WidthOpt = Annotated[
    Optional[int],  # noqa: UP045
    typer.Option("--width", min=20, help="Text report width in columns (default: the terminal's)."),
]
NoPagerOpt = Annotated[
    bool, typer.Option("--no-pager", help="Never page long text output on a terminal.")
]
PublishedOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--published", help="Publication date (YYYY-MM-DD) for articles that give none."),
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show a traceback for errors.")]


@contextlib.contextmanager
def _progress() -> Iterator[Callable[[str], None]]:
    """A callback showing the current stage on stderr while it runs, when stderr is a terminal."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        yield lambda _stage: None
        return
    labels = {
        "load": "reading articles",
        "segment": "splitting sentences",
        "align": "aligning statements",
        "extract": "finding quotes, dates, numbers and sources",
        "group": "comparing outlets",
    }

    # One line rewritten in place, no spinner: a spinner's refresh thread would keep the
    # comparison from forking its alignment onto a second core (see newsdiff.fork).
    def show(stage: str) -> None:
        sys.stderr.write(f"\r\x1b[2Knewsdiff: {labels.get(stage, stage)}…")
        sys.stderr.flush()

    try:
        yield show
    finally:
        sys.stderr.write("\r\x1b[2K")
        sys.stderr.flush()


@app.command()
def compare(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Article files (.txt, .md, .html), folders, URLs, or - for stdin.",
            show_default=False,
        ),
    ],
    fmt: FormatOpt = "text",
    output: OutputOpt = None,
    fail_on: FailOnOpt = None,
    exit_zero: ExitZeroOpt = False,
    published: PublishedOpt = None,
    only: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--only", help=f"Sections to show, comma-separated: {','.join(SECTIONS)}."),
    ] = None,
    show_all: Annotated[
        bool,
        typer.Option("--all", help="Also show the statement coverage matrix and agreeing figures."),
    ] = False,
    width: WidthOpt = None,
    no_pager: NoPagerOpt = False,
    config_path: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Compare articles on one story: shared and unique statements, quotes, dates, figures, sources.

    Exit status: 0 no differences of the kinds asked for, 1 differences found, 2 trouble.
    """
    from newsdiff.errors import NewsdiffError

    _check_format(fmt)
    sections = _split("--only", only, SECTIONS)
    kinds = _split("--fail-on", fail_on, FAIL_KINDS)
    when = _parse_date(published)
    try:
        config = _config(config_path)
        from newsdiff.loader import load_all
        from newsdiff.pipeline import compare as run_compare

        with _progress() as step:
            step("load")
            articles = load_all(paths, config=config.load, published=when, stdin=sys.stdin.buffer)
            report = run_compare(articles, config=config, progress=step)
        text = _render(
            report,
            fmt,
            sections=sections,
            show_all=show_all,
            width=width or config.report.width,
            color=_color(output),
            max_rows=config.report.max_rows,
        )
    except NewsdiffError as exc:
        if debug:
            raise
        _fail(str(exc))
    _write(text, output, pager=fmt == "text" and config.report.pager and not no_pager)
    raise typer.Exit(_exit_status(report, kinds or config.report.fail_on, exit_zero))


@app.command()
def check(
    draft: Annotated[
        str,
        typer.Argument(
            help="The draft to check: a file, a URL, or - for stdin.", show_default=False
        ),
    ],
    against: Annotated[
        list[str],
        typer.Option(
            "--against",
            "-a",
            help="Source articles the quotations must come from (repeat, or list after it).",
            show_default=False,
        ),
    ],
    sources: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Argument(help="More source articles.", show_default=False, hidden=True),
    ] = None,
    fmt: FormatOpt = "text",
    output: OutputOpt = None,
    exit_zero: ExitZeroOpt = False,
    published: PublishedOpt = None,
    width: WidthOpt = None,
    no_pager: NoPagerOpt = False,
    config_path: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Check a draft's quotations against sources: same words, same speaker.

    Reports misquotes (changed, added or dropped words, with the source's version),
    quotations no source has, and quotations given to a different speaker.

    Exit status: 0 every quotation checks out, 1 problems found, 2 trouble.
    """
    from newsdiff.errors import NewsdiffError

    _check_format(fmt)
    when = _parse_date(published)
    try:
        config = _config(config_path)
        from newsdiff.check import check as run_check
        from newsdiff.loader import load, load_all

        stdin = sys.stdin.buffer
        drafted = load(draft, config=config.load, published=when, stdin=stdin)
        found = load_all(
            [*against, *(sources or [])], config=config.load, published=when, stdin=stdin
        )
        report = run_check(drafted, found, config=config)
        text = _render_check(report, fmt, width=width or config.report.width, color=_color(output))
    except NewsdiffError as exc:
        if debug:
            raise
        _fail(str(exc))
    _write(text, output, pager=fmt == "text" and config.report.pager and not no_pager)
    problems = any(c.problems for c in report.checks)
    raise typer.Exit(Exit.DIFFERENT if problems and not exit_zero else Exit.SAME)


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        _fail(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")


def main() -> None:
    """Entry point: run the app; usage errors become one line, our own crashes a short message."""
    try:
        _run()
    finally:
        from newsdiff import rx

        rx.save()  # as Python writes bytecode: the next run skips compiling the patterns


def _run() -> None:
    try:
        status = app(standalone_mode=False)
    except BrokenPipeError:
        try:
            _quiet_broken_pipe()
        except typer.Exit:
            sys.exit(Exit.SAME)
    except KeyboardInterrupt:
        sys.stderr.write("newsdiff: interrupted\n")
        sys.exit(130)
    except Exception as exc:
        usage = getattr(exc, "format_message", None)
        code = getattr(exc, "exit_code", None)
        if callable(usage) and isinstance(code, int):
            # click's usage errors (unknown option, bad value, missing argument): the
            # contract's one line instead of click's usage block.
            if type(exc).__name__ == "NoArgsIsHelpError":  # bare `newsdiff`: the help, as is
                sys.stderr.write(f"{usage()}\n")
                sys.exit(code)
            text = " ".join(str(usage()).split())
            if text:
                sys.stderr.write(f"newsdiff: error: {text}\n")
            sys.exit(code)
        # Anything else is a bug of ours: a short message, no locals (they hold articles).
        if "--debug" in sys.argv:
            raise
        sys.stderr.write(
            f"newsdiff: internal error: {type(exc).__name__}: {exc}\n"
            f"  this is a bug; please report it at {ISSUES_URL} "
            "(rerun with --debug for a traceback)\n"
        )
        sys.exit(Exit.TROUBLE)
    sys.exit(status if isinstance(status, int) else Exit.SAME)
