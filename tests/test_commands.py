"""The entry point's quick reader of `compare` command lines against typer's own parse.

The quick reader runs the everyday `compare` without importing typer; whatever it reads must
be exactly what typer would hand the command, and it must know every option typer knows.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff import cli, commands


def _options() -> list[Any]:
    """The compare command's options as click (vendored by typer) holds them, help aside."""
    group: Any = typer.main.get_command(cli.app)
    params = group.commands["compare"].params
    return [p for p in params if p.param_type_name == "option" and p.name != "help"]


def _typer_reads(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> dict[str, Any] | None:
    """The arguments typer hands `commands.compare` for `compare argv`, or None if it refuses."""
    seen: list[dict[str, Any]] = []

    def record(paths: list[str], **options: Any) -> int:
        seen.append({"paths": list(paths), **options})
        return 0

    with monkeypatch.context() as m:
        m.setattr(commands, "compare", record)
        m.setattr(sys, "stderr", open("/dev/null", "w"))  # noqa: SIM115 - closed with the patch
        cli.run(["compare", *argv])
    return seen[0] if seen else None


def _with_defaults(quick: dict[str, Any]) -> dict[str, Any]:
    defaults = {
        name: p.default
        for name, p in inspect.signature(commands.compare).parameters.items()
        if p.default is not inspect.Parameter.empty
    }
    return {**defaults, **quick}


def test_the_quick_reader_knows_every_option_of_the_typer_command() -> None:
    spellings: dict[str, tuple[str, str]] = {}
    for param in _options():
        kind = "flag" if param.is_flag else "value"
        for spelling in [*param.opts, *param.secondary_opts]:
            spellings[spelling] = (str(param.name), kind)
    quick = {
        spelling: (name, "flag" if kind == "flag" else "value")
        for spelling, (name, kind) in commands._COMPARE_OPTIONS.items()
    }
    assert quick == spellings


def test_the_command_function_has_typer_s_defaults() -> None:
    signature = inspect.signature(commands.compare).parameters
    for param in _options():
        assert signature[str(param.name)].default == param.default, param.name


EVERYDAY = [
    ["seeds/"],
    ["a.md", "b.html", "-"],
    ["a.md", "--format", "json", "-o", "report.json"],
    ["--format=markdown", "a.md", "b.md", "--all", "--no-pager"],
    ["a.md", "--fail-on", "quotes,numbers", "--exit-zero", "--width", "80"],
    ["a.md", "--published", "2024-05-01", "--only", "quotes", "--config", "n.yaml", "--debug"],
    ["a.md", "-f", "github", "--width=20", "--format", "text"],
]


@pytest.mark.parametrize("argv", EVERYDAY)
def test_everyday_lines_are_read_quickly_and_as_typer_reads_them(
    argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    quick = commands.quick_compare(["compare", *argv])
    assert quick is not None
    assert _with_defaults(quick) == _typer_reads(argv, monkeypatch)


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "draft.md", "--against", "a.md"],
        ["--version"],
        ["compare"],
        ["compare", "--all"],
        ["compare", "a.md", "--help"],
        ["compare", "a.md", "--formt", "json"],
        ["compare", "a.md", "-fjson"],
        ["compare", "a.md", "--", "-odd-name.md"],
        ["compare", "a.md", "--width", "19"],
        ["compare", "a.md", "--width", "eighty"],
        ["compare", "a.md", "--format"],
        ["compare", "a.md", "--format", "--all"],
        ["compare", "a.md", "--all=yes"],
        ["compare", "a.md", "-o", ""],
    ],
)
def test_anything_else_is_left_to_typer(argv: list[str]) -> None:
    assert commands.quick_compare(argv) is None


WORDS = st.sampled_from(
    [
        "a.md",
        "dir/",
        "-",
        "",
        "--",
        "x=y",
        "json",
        "markdown",
        "quotes,dates",
        "2024-05-01",
        "20",
        "19",
        "080",
        "１２０",
        "-3",
        "--help",
        "-h",
        "--formt",
        "-fjson",
        "--format=",
        "--width=100",
        "--all=1",
        *commands._COMPARE_OPTIONS,
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=7))
def test_whatever_the_quick_reader_reads_typer_reads_the_same(argv: list[str]) -> None:
    quick = commands.quick_compare(["compare", *argv])
    if quick is None:
        return
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert _with_defaults(quick) == _typer_reads(argv, monkeypatch)


def test_a_plain_compare_runs_without_typer_pathlib_or_the_cyclic_collector(
    tmp_path: Path,
) -> None:
    # pathlib: some 4 ms of imports (urllib.parse, ipaddress, fnmatch) that os.path does without
    story = "The council met on Monday. It approved the budget."
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(story, encoding="utf-8")
    for inputs in ([str(tmp_path)], [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]):
        probe = (
            "import sys\n"
            "from newsdiff.commands import main\n"
            f"sys.argv = ['newsdiff', 'compare', *{inputs!r}, '--format', 'json']\n"
            "try:\n"
            "    main()\n"
            "except SystemExit as exc:\n"
            "    import gc\n"
            "    typer = 'typer' in sys.modules\n"
            "    pathlib = 'pathlib' in sys.modules\n"
            "    sys.stderr.write(f'status={exc.code} typer={typer} pathlib={pathlib} "
            "gc={gc.isenabled()}')\n"
        )
        proc = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, check=False
        )
        assert proc.stdout.startswith("{")
        assert proc.stderr == "status=0 typer=False pathlib=False gc=False"


def test_loading_comparing_and_rendering_leave_no_reference_cycles(tmp_path: Path) -> None:
    # The entry point turns the cyclic garbage collector off for the command's run: fine only
    # while a whole run frees everything by reference counting.
    import gc

    from newsdiff.config import Config
    from newsdiff.loader import load_all
    from newsdiff.pipeline import compare
    from newsdiff.render import github, markdown, terminal
    from newsdiff.render import json as render_json

    root = Path(__file__).parent
    (tmp_path / "front.md").write_text(
        "---\ntitle: Council vote\npublished: 2024-05-02\n---\n"
        'The council voted 7-2 on Thursday, officials said. "We are done," Mayor Ana Ruiz said.\n',
        encoding="utf-8",
    )
    inputs = [
        str(root.parent / "seeds"),
        str(root / "data" / "load" / "market_report.html"),
        str(tmp_path / "front.md"),
    ]
    config = Config()
    load_all(inputs, config=config.load, published=None, stdin=None)  # imports and caches
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        articles = load_all(inputs, config=config.load, published=None, stdin=None)
        report = compare(articles, config=config, parallel=False)
        for color in (False, True):
            terminal.to_text(report, sections=(), show_all=True, width=90, color=color)
        markdown.render(report, sections=(), show_all=True)
        github.render(report)
        assert report.quotes and report.numbers and report.dates  # the work was done
        assert gc.collect() == 0
        # json's indented encoder is recursive closures: a few cycles per call, whatever the size
        render_json.render(report)
        whole = gc.collect()
        render_json.render(compare(articles[:1], config=config, parallel=False))
        assert whole == gc.collect() < 100
        del articles, report
        assert gc.collect() == 0
    finally:
        if was_enabled:
            gc.enable()
