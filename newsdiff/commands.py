"""What each command does, free of typer, and the `newsdiff` entry point.

typer and click cost about as much to import as the rest of a `newsdiff compare` of a handful
of articles: some 45 ms of a 210 ms run. So the entry point reads the everyday `compare`
command line itself (the command, paths, and its own options spelled as in its help) and runs
the command without importing them. Anything else (help, `--version`, `check`, a mistake,
an option written another way) goes to the typer app in `newsdiff.cli`, which parses it as
it always has and calls the same functions here. argparse would be a second parser to keep
equal to typer's; the quick reader below takes so little that it can be checked against
typer's own parse instead: `tests/test_commands.py` compares the two on every option of the
command and on generated command lines, and fails when an option is added to one only.

Everything the user sees is written here: reports to stdout or a file, one-line errors,
exit statuses.
"""

from __future__ import annotations

import contextlib
import enum
import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

# pathlib is imported only where a path option was given: its imports (urllib.parse,
# ipaddress, fnmatch) are some 4 ms of a plain `compare`, which os.path serves.
if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path

    from newsdiff.config import Config
    from newsdiff.model import CheckReport, Report

ISSUES_URL = "https://github.com/newsdiff/newsdiff/issues"
FORMATS = ("text", "markdown", "json", "github")
SECTIONS = ("articles", "quotes", "dates", "numbers", "attributions", "only", "copies", "coverage")
FAIL_KINDS = ("quotes", "dates", "numbers", "attributions", "statements", "any")
MIN_WIDTH = 20  # columns: narrower, a side-by-side table cannot show a word per cell


class Exit(enum.IntEnum):
    """Exit statuses, as diff(1): same, different, trouble."""

    SAME = 0
    DIFFERENT = 1
    TROUBLE = 2


class Failed(Exception):
    """The command cannot go on; the message is the one line the user sees (exit 2)."""


def _fail(message: str) -> NoReturn:
    raise Failed(message)


def status_of(command: Callable[..., int], *args: Any, **options: Any) -> int:
    """The exit status of `command`, a failure written out as its one line."""
    try:
        return command(*args, **options)
    except Failed as exc:
        sys.stderr.write(f"newsdiff: error: {exc}\n")
        return Exit.TROUBLE


def compare(
    paths: Sequence[str],
    *,
    fmt: str = "text",
    output: Path | None = None,
    fail_on: str | None = None,
    exit_zero: bool = False,
    published: str | None = None,
    only: str | None = None,
    show_all: bool = False,
    width: int | None = None,
    no_pager: bool = False,
    config_path: Path | None = None,
    debug: bool = False,
) -> int:
    """`newsdiff compare`: the report written out; returns the exit status."""
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
    return _exit_status(report, kinds or config.report.fail_on, exit_zero)


def check(
    draft: str,
    against: Sequence[str],
    *,
    fmt: str = "text",
    output: Path | None = None,
    exit_zero: bool = False,
    published: str | None = None,
    width: int | None = None,
    no_pager: bool = False,
    config_path: Path | None = None,
    debug: bool = False,
) -> int:
    """`newsdiff check`: the quote check written out; returns the exit status."""
    from newsdiff.errors import NewsdiffError

    _check_format(fmt)
    when = _parse_date(published)
    try:
        config = _config(config_path)
        from newsdiff.check import check as run_check
        from newsdiff.loader import load, load_all

        stdin = sys.stdin.buffer
        drafted = load(draft, config=config.load, published=when, stdin=stdin)
        found = load_all(against, config=config.load, published=when, stdin=stdin)
        report = run_check(drafted, found, config=config)
        text = _render_check(report, fmt, width=width or config.report.width, color=_color(output))
    except NewsdiffError as exc:
        if debug:
            raise
        _fail(str(exc))
    _write(text, output, pager=fmt == "text" and config.report.pager and not no_pager)
    problems = any(c.problems for c in report.checks)
    return Exit.DIFFERENT if problems and not exit_zero else Exit.SAME


# The compare command's options as the quick reader takes them: spelling -> (parameter, kind),
# kind "flag" for a switch. tests/test_commands.py keeps this equal to the typer command's.
_COMPARE_OPTIONS: dict[str, tuple[str, str]] = {
    "--format": ("fmt", "text"),
    "-f": ("fmt", "text"),
    "--output": ("output", "path"),
    "-o": ("output", "path"),
    "--fail-on": ("fail_on", "text"),
    "--exit-zero": ("exit_zero", "flag"),
    "--published": ("published", "text"),
    "--only": ("only", "text"),
    "--all": ("show_all", "flag"),
    "--width": ("width", "width"),
    "--no-pager": ("no_pager", "flag"),
    "--config": ("config_path", "path"),
    "--debug": ("debug", "flag"),
}


def quick_compare(argv: Sequence[str]) -> dict[str, Any] | None:
    """`compare`'s arguments read from a plain compare command line, or None for typer to read.

    Only what reads one way: a value is the next word or follows "=", never starts with "-"
    and is never empty; anything unusual (help, "--", "-fjson", a bad width) is typer's.
    """
    if not argv or argv[0] != "compare":
        return None
    found: dict[str, Any] = {"paths": []}
    words = iter(argv[1:])
    for word in words:
        if word == "-" or not word.startswith("-"):
            found["paths"].append(word)
            continue
        spelling, eq, inline = word.partition("=")
        if spelling not in _COMPARE_OPTIONS:
            return None
        name, kind = _COMPARE_OPTIONS[spelling]
        if kind == "flag":
            if eq:
                return None
            found[name] = True
            continue
        value = inline if eq else next(words, "")
        if not value or value.startswith("-"):
            return None
        if kind == "width":
            if not (value.isascii() and value.isdigit()) or int(value) < MIN_WIDTH:
                return None
            found[name] = int(value)
        elif kind == "path":
            from pathlib import Path  # as typer hands it

            found[name] = Path(value)
        else:
            found[name] = value
    return found if found["paths"] else None


def entry() -> None:
    """The `newsdiff` program: `main`, then out of the process without tearing it down.

    An interpreter's orderly exit frees every module, pattern and record one by one: some 7 ms
    of a 150 ms `compare` of five articles, for memory the operating system takes back anyway.
    So once the command has finished and its output is flushed, the process just ends with
    its status. Anything unusual (an exception escaping, output that cannot be flushed) takes
    the interpreter's own way out instead, which reports it as before.
    """
    try:
        main()
    except SystemExit as exc:
        code = exc.code
        if (code is None or isinstance(code, int)) and _flushed():
            os._exit(code or 0)
        raise


def _flushed() -> bool:
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return False
    return True


def main() -> None:
    """Run the command line; usage errors become one line, our own crashes a short one."""
    # Loading, comparing and rendering build no reference cycles (tests/test_commands.py
    # checks), so in a process that ends with the command the cyclic collector only walks a
    # growing heap for nothing (some 25 ms of a 180 ms run on five articles): off for the
    # run. Memory is still freed by reference counting as before.
    gc.disable()
    from newsdiff import codegen, rx

    try:
        with codegen.stored():
            sys.exit(_run(sys.argv[1:]))
    finally:
        # as Python writes bytecode: the next run skips compiling patterns and records
        rx.save()
        codegen.save()


def _run(argv: list[str]) -> int:
    """The exit status of the command line `argv`, every failure turned into a message."""
    try:
        quick = quick_compare(argv)
        if quick is None:
            from newsdiff import cli

            return cli.run(argv)
        return status_of(compare, quick.pop("paths"), **quick)
    except BrokenPipeError:
        _quiet_broken_pipe()
    except KeyboardInterrupt:
        sys.stderr.write("newsdiff: interrupted\n")
        return 130
    except Exception as exc:
        # A bug of ours: a short message, no locals (they hold articles).
        if "--debug" in argv:
            raise
        sys.stderr.write(
            f"newsdiff: internal error: {type(exc).__name__}: {exc}\n"
            f"  this is a bug; please report it at {ISSUES_URL} "
            "(rerun with --debug for a traceback)\n"
        )
        return Exit.TROUBLE


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
    found = path if path is not None else discover(os.getcwd())
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
    from pathlib import Path

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
    raise SystemExit(Exit.SAME)


def _exit_status(report: Report, fail_on: tuple[str, ...], exit_zero: bool) -> int:
    from newsdiff.pipeline import differences

    if exit_zero:
        return Exit.SAME
    counts = differences(report)
    kinds = counts.keys() if "any" in fail_on else fail_on
    return Exit.DIFFERENT if any(counts.get(k, 0) for k in kinds) else Exit.SAME


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


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        _fail(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
