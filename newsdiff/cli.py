"""The typer app: the commands' options, help and usage errors.

A thin layer: each command hands its options to the function of the same name in
`newsdiff.commands`, which does the work, prints, and returns the exit status. The entry
point (`newsdiff.commands.main`) reads the everyday `compare` command line without typer and
comes here for everything else, so importing this module is what `--help` costs.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from newsdiff import commands
from newsdiff.commands import MIN_WIDTH, SECTIONS

app = typer.Typer(
    name="newsdiff",
    help="Compare how different outlets report the same news story.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # locals would print whole articles
    rich_markup_mode=None,
)


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
    typer.Option(
        "--width", min=MIN_WIDTH, help="Text report width in columns (default: the terminal's)."
    ),
]
NoPagerOpt = Annotated[
    bool, typer.Option("--no-pager", help="Never page long text output on a terminal.")
]
PublishedOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--published", help="Publication date (YYYY-MM-DD) for articles that give none."),
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show a traceback for errors.")]


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
    status = commands.status_of(
        commands.compare,
        paths,
        fmt=fmt,
        output=output,
        fail_on=fail_on,
        exit_zero=exit_zero,
        published=published,
        only=only,
        show_all=show_all,
        width=width,
        no_pager=no_pager,
        config_path=config_path,
        debug=debug,
    )
    raise typer.Exit(status)


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
    status = commands.status_of(
        commands.check,
        draft,
        [*against, *(sources or [])],
        fmt=fmt,
        output=output,
        exit_zero=exit_zero,
        published=published,
        width=width,
        no_pager=no_pager,
        config_path=config_path,
        debug=debug,
    )
    raise typer.Exit(status)


def run(argv: list[str]) -> int:
    """The exit status of the command line `argv` as typer reads it; usage errors are one line."""
    try:
        status = app(args=argv, standalone_mode=False)
    except Exception as exc:
        usage = getattr(exc, "format_message", None)
        code = getattr(exc, "exit_code", None)
        if callable(usage) and isinstance(code, int):
            # click's usage errors (unknown option, bad value, missing argument): the
            # contract's one line instead of click's usage block.
            if type(exc).__name__ == "NoArgsIsHelpError":  # bare `newsdiff`: the help, as is
                sys.stderr.write(f"{usage()}\n")
                return code
            text = " ".join(str(usage()).split())
            if text:
                sys.stderr.write(f"newsdiff: error: {text}\n")
            return code
        raise
    return status if isinstance(status, int) else commands.Exit.SAME
