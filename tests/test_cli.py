"""The CLI: every option and exit status, through typer's CliRunner (stdout and stderr apart).

Articles are written to a temporary folder per test, so the expected statuses do not
depend on the seeds. Subprocess tests cover what CliRunner cannot: a closed pipe and
the real entry point's crash handler.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner, Result

from newsdiff import cli, commands
from newsdiff.errors import InputError

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data" / "render"
SCHEMA = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))

SAME = (
    "The city council approved the new budget on Monday after a long debate.\n\n"
    "Spending on public transport will rise by a tenth next year.\n"
)
OTHER = (
    "The city council approved the new budget on Monday after a long debate.\n\n"
    "A group of residents protested outside the town hall during the vote.\n"
)


def run(*args: str, input: str | None = None) -> Result:
    """The CLI run in-process with these arguments."""
    return CliRunner().invoke(cli.app, list(args), input=input)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory with `same/` (two identical articles) and `differ/` (two that differ)."""
    monkeypatch.chdir(tmp_path)
    for name, texts in {"same": (SAME, SAME), "differ": (SAME, OTHER)}.items():
        (tmp_path / name).mkdir()
        for i, text in enumerate(texts):
            (tmp_path / name / f"{i}.txt").write_text(text, encoding="utf-8")
    return tmp_path


# ---------------------------------------------------------------- exit status


def test_identical_articles_exit_0(folder: Path) -> None:
    result = run("compare", "same")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert "newsdiff: 2 articles" in result.stdout


def test_differences_exit_1(folder: Path) -> None:
    result = run("compare", "differ")
    assert result.exit_code == 1, result.stderr
    assert "Statements only one outlet carries (2)" in result.stdout


@pytest.mark.parametrize(
    ("kinds", "status"),
    [
        ("statements", 1),
        ("any", 1),
        ("quotes", 0),
        ("dates,numbers", 0),
        ("quotes,statements", 1),
        ("attributions", 0),
    ],
)
def test_fail_on_picks_the_kinds_that_count(folder: Path, kinds: str, status: int) -> None:
    assert run("compare", "differ", "--fail-on", kinds).exit_code == status


def test_exit_zero(folder: Path) -> None:
    assert run("compare", "differ", "--exit-zero").exit_code == 0
    assert run("compare", "differ", "--exit-zero", "--fail-on", "any").exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--format", "pdf"],
            "newsdiff: error: --format: 'pdf' is not one of text, markdown, json, github",
        ),
        (["--fail-on", "quotes,typos"], "newsdiff: error: --fail-on: typos is not one of"),
        (["--fail-on", ","], "newsdiff: error: --fail-on: ',' is not one of"),
        (["--only", "quotes,weather"], "newsdiff: error: --only: weather is not one of"),
        (["--published", "yesterday"], "newsdiff: error: --published: 'yesterday' is not a date"),
        (["--published", "2024-02-30"], "newsdiff: error: --published: '2024-02-30' is not a date"),
        (["--config", "nowhere.yaml"], "newsdiff: error: nowhere.yaml: config file not found"),
    ],
)
def test_bad_options_exit_2_with_one_line(folder: Path, args: list[str], message: str) -> None:
    result = run("compare", "same", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message), result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_missing_path_exits_2_without_traceback(folder: Path) -> None:
    result = run("compare", "same", "missing.txt")
    assert result.exit_code == 2
    assert result.stderr.startswith("newsdiff: error: missing.txt")
    assert "Traceback" not in result.output


def test_debug_keeps_the_traceback_for_our_errors(folder: Path) -> None:
    result = run("compare", "same", "missing.txt", "--debug")
    assert result.exit_code != 0
    assert isinstance(result.exception, InputError)


# ---------------------------------------------------------------- configuration


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("newsdiff.yaml", "report:\n  colour: true\n", "newsdiff.yaml: unknown key report.colour"),
        ("newsdiff.yaml", "nosuchsection: {}\n", "newsdiff.yaml: unknown key nosuchsection"),
        ("newsdiff.yaml", "report: [1\n", "newsdiff.yaml: invalid YAML"),
        ("newsdiff.yaml", "report:\n  width: wide\n", "newsdiff.yaml: report.width: expected"),
        ("newsdiff.yaml", "report:\n  fail_on: [quotes, weather]\n", "report.fail_on: weather"),
        (
            "newsdiff.yaml",
            "!!python/object/apply:os.system ['echo hi']\n",
            "newsdiff.yaml: invalid YAML",
        ),
        ("pyproject.toml", "[tool.newsdiff.report]\nexit = 1\n", "unknown key report.exit"),
        ("pyproject.toml", "[tool.newsdiff\n", "pyproject.toml: invalid TOML"),
    ],
)
def test_bad_config_exits_2_naming_the_key(
    folder: Path, name: str, content: str, message: str
) -> None:
    (folder / name).write_text(content, encoding="utf-8")
    result = run("compare", "same")
    assert result.exit_code == 2
    assert result.stderr.startswith("newsdiff: error: ") and message in result.stderr
    assert result.stderr.count("\n") == 1


def test_config_file_sets_fail_on_and_option_overrides_it(folder: Path) -> None:
    (folder / "newsdiff.yaml").write_text("report:\n  fail_on: quotes\n", encoding="utf-8")
    assert run("compare", "differ").exit_code == 0
    assert run("compare", "differ", "--fail-on", "statements").exit_code == 1


def test_pyproject_table_is_discovered(folder: Path) -> None:
    (folder / "pyproject.toml").write_text(
        '[tool.newsdiff.report]\nfail_on = ["dates"]\n', encoding="utf-8"
    )
    assert run("compare", "differ").exit_code == 0


def test_explicit_config_file(folder: Path) -> None:
    (folder / "ci.yaml").write_text("report:\n  fail_on: [numbers]\n", encoding="utf-8")
    assert run("compare", "differ", "--config", "ci.yaml").exit_code == 0
    assert run("compare", "differ").exit_code == 1  # ci.yaml is not discovered by itself


# ---------------------------------------------------------------- formats and sections


def test_json_format_validates(folder: Path) -> None:
    result = run("compare", "differ", "-f", "json")
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert [a["path"] for a in data["articles"]] == ["differ/0.txt", "differ/1.txt"]


def test_markdown_format_parses_into_tables(folder: Path) -> None:
    result = run("compare", "differ", "--format", "markdown", "--all")
    tokens = MarkdownIt("gfm-like", {"linkify": False}).parse(result.stdout)
    assert sum(1 for t in tokens if t.type == "table_open") >= 3


def test_github_format_is_one_command_per_line(folder: Path) -> None:
    lines = run("compare", "differ", "--format", "github").stdout.splitlines()
    assert sum(1 for line in lines if "title=Only this outlet::" in line) == 2
    assert all(line.startswith("::notice file=differ/") for line in lines)


def test_text_is_plain_when_not_a_terminal(folder: Path) -> None:
    result = run("compare", "differ")
    assert "\x1b" not in result.stdout


def test_only_and_all(folder: Path) -> None:
    only = run("compare", "differ", "--only", "coverage").stdout
    assert only.startswith("Statement coverage")
    assert "Statement coverage" not in run("compare", "differ").stdout
    assert "Statement coverage" in run("compare", "differ", "--all").stdout


def test_width(folder: Path) -> None:
    out = run("compare", "differ", "--width", "50").stdout
    assert max(len(line) for line in out.splitlines()) <= 50
    assert run("compare", "differ", "--width", "5").exit_code == 2


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "github"])
def test_same_input_same_bytes(folder: Path, fmt: str) -> None:
    first = run("compare", "differ", "same", "-f", fmt, "--all").stdout
    assert first and first == run("compare", "differ", "same", "-f", fmt, "--all").stdout


def test_stdin(folder: Path) -> None:
    result = run("compare", "-", "same/0.txt", "-f", "json", input=OTHER)
    assert result.exit_code == 1, result.stderr
    assert len(json.loads(result.stdout)["articles"]) == 2


# ---------------------------------------------------------------- pager


def test_pager_used_only_when_allowed(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paged: list[str] = []
    monkeypatch.setattr(commands, "_should_page", lambda text: True)
    monkeypatch.setattr(commands, "_page", paged.append)
    run("compare", "differ", "--no-pager")
    assert paged == []
    run("compare", "differ", "-f", "json")  # only text is paged
    assert paged == []
    result = run("compare", "differ")
    assert len(paged) == 1 and "Statements only one outlet" in paged[0]
    assert result.stdout == ""
    (folder / "newsdiff.yaml").write_text("report:\n  pager: false\n", encoding="utf-8")
    run("compare", "differ")
    assert len(paged) == 1


def test_should_page_needs_a_terminal_and_a_long_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    assert not commands._should_page("x\n" * 1000)


# ---------------------------------------------------------------- -o FILE


def test_output_file_written_and_stdout_empty(folder: Path) -> None:
    result = run("compare", "differ", "-f", "markdown", "-o", "report.md")
    assert result.exit_code == 1
    assert result.stdout == ""
    written = (folder / "report.md").read_text(encoding="utf-8")
    assert written == run("compare", "differ", "-f", "markdown").stdout
    assert sorted(p.name for p in folder.iterdir()) == ["differ", "report.md", "same"]


def test_output_replaces_an_existing_file_keeping_its_mode(folder: Path) -> None:
    target = folder / "report.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    assert run("compare", "same", "-f", "json", "-o", str(target)).exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["schema"] == "newsdiff/1"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_new_output_file_follows_the_umask(folder: Path) -> None:
    old = os.umask(0o022)
    try:
        run("compare", "same", "-o", "new.txt")
    finally:
        os.umask(old)
    assert stat.S_IMODE((folder / "new.txt").stat().st_mode) == 0o644


def test_failed_run_leaves_the_old_file_untouched(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = folder / "report.md"
    target.write_text("previous report\n", encoding="utf-8")

    def broken(*args: object, **kwargs: object) -> str:
        raise InputError("differ/1.txt", "cannot be rendered")

    monkeypatch.setattr(commands, "_render", broken)
    result = run("compare", "differ", "-f", "markdown", "-o", str(target))
    assert result.exit_code == 2
    assert target.read_text(encoding="utf-8") == "previous report\n"
    assert sorted(p.name for p in folder.iterdir()) == ["differ", "report.md", "same"]


def test_failed_write_leaves_no_temporary_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = folder / "report.md"
    target.write_text("previous report\n", encoding="utf-8")

    def no_replace(src: str, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_replace)
    result = run("compare", "differ", "-o", str(target))
    assert result.exit_code == 2
    assert result.stderr == f"newsdiff: error: {target}: cannot write (No space left on device)\n"
    assert target.read_text(encoding="utf-8") == "previous report\n"
    assert sorted(p.name for p in folder.iterdir()) == ["differ", "report.md", "same"]


@pytest.mark.parametrize(
    ("target", "problem"), [("same", "is a directory"), ("no/such/dir/r.md", "cannot write")]
)
def test_unwritable_output_exits_2(folder: Path, target: str, problem: str) -> None:
    result = run("compare", "same", "-o", target)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"newsdiff: error: {target}: {problem}")


# ---------------------------------------------------------------- check


def test_check_finds_misquote_missing_source_and_wrong_speaker(folder: Path) -> None:
    draft, source = str(DATA / "check_draft.md"), str(DATA / "check_source.txt")
    result = run("check", draft, "--against", source, "--width", "200")
    assert result.exit_code == 1, result.stderr
    assert "4 quotations, 3 with problems" in result.stdout
    for problem in ("misquote", "unsourced", "speaker"):
        assert problem in result.stdout


def test_check_clean_draft_exits_0(folder: Path) -> None:
    result = run("check", str(DATA / "check_clean.md"), "--against", str(DATA / "check_source.txt"))
    assert result.exit_code == 0, result.stderr


def test_check_exit_zero_and_several_sources(folder: Path) -> None:
    draft, source = str(DATA / "check_draft.md"), str(DATA / "check_source.txt")
    assert run("check", draft, "--against", source, "--exit-zero").exit_code == 0
    result = run("check", draft, "--against", source, str(DATA / "check_clean.md"), "-f", "json")
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert len(data["sources"]) == 2


@pytest.mark.parametrize("fmt", ["markdown", "github", "json"])
def test_check_formats(folder: Path, fmt: str) -> None:
    draft, source = str(DATA / "check_draft.md"), str(DATA / "check_source.txt")
    result = run("check", draft, "--against", source, "-f", fmt, "-o", "check.out")
    assert result.exit_code == 1
    text = (folder / "check.out").read_text(encoding="utf-8")
    assert "misquote" in text.lower()


def test_check_needs_sources(folder: Path) -> None:
    result = run("check", "same/0.txt")
    assert result.exit_code == 2
    assert "--against" in result.stderr


# ---------------------------------------------------------------- help, crashes, pipes


def test_every_command_has_help() -> None:
    top = run("--help")
    assert top.exit_code == 0
    for command in ("compare", "check"):
        assert command in top.stdout
        result = run(command, "--help")
        assert result.exit_code == 0
        assert "Exit status" in result.stdout


def test_version() -> None:
    from newsdiff import __version__

    assert run("--version").stdout == f"newsdiff {__version__}\n"


def test_importing_the_cli_loads_no_renderer() -> None:
    code = (
        "import sys, newsdiff.cli; "
        "print(sorted(m for m in sys.modules if m.startswith('newsdiff.render') "
        "or m in ('newsdiff.pipeline', 'newsdiff.model')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_internal_error_is_short_and_names_where_to_report(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsdiff import pipeline

    def crash(*args: object, **kwargs: object) -> object:
        secret = "whole article text that must not be printed"  # noqa: F841 - a local
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "compare", crash)
    monkeypatch.setattr(sys, "argv", ["newsdiff", "compare", "same"])
    with pytest.raises(SystemExit) as exit_info:
        commands.main()
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("newsdiff: internal error: RuntimeError: boom\n")
    assert commands.ISSUES_URL in err
    assert "Traceback" not in err and "whole article text" not in err
    assert err.count("\n") == 2


def test_internal_error_with_debug_raises(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsdiff import pipeline

    def crash(*args: object, **kwargs: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "compare", crash)
    monkeypatch.setattr(sys, "argv", ["newsdiff", "compare", "same", "--debug"])
    with pytest.raises(RuntimeError, match="boom"):
        commands.main()


def test_broken_pipe_exits_quietly(folder: Path) -> None:
    # Enough output to overflow the pipe buffer, so the writer really meets a closed pipe.
    for i in range(2):
        lines = [
            f"Sentence number {n} of article {i} says something different from the others."
            for n in range(400)
        ]
        (folder / f"big{i}.txt").write_text("\n\n".join(lines), encoding="utf-8")
    env = dict(os.environ, NO_COLOR="1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsdiff", "compare", "big0.txt", "big1.txt", "-f", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().strip() == b"{"
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert err == ""


# ---------------------------------------------------------------- the seeds, end to end


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "github"])
def test_seeds_end_to_end(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    first = run("compare", "seeds/", "-f", fmt, "--all", "--width", "100")
    assert first.exit_code == 1, first.stderr  # the seeds differ in every way
    assert first.stderr == ""
    assert first.stdout == run("compare", "seeds/", "-f", fmt, "--all", "--width", "100").stdout
    if fmt == "json":
        jsonschema.validate(json.loads(first.stdout), SCHEMA)
    elif fmt == "markdown":
        tokens = MarkdownIt("gfm-like", {"linkify": False}).parse(first.stdout)
        assert sum(1 for t in tokens if t.type == "table_open") >= 5
    elif fmt == "github":
        assert all(
            line.startswith(("::warning ", "::notice ")) for line in first.stdout.splitlines()
        )
    else:
        assert max(len(line) for line in first.stdout.splitlines()) <= 100


def test_colour_only_on_a_terminal_and_never_into_a_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert commands._color(None)
    assert not commands._color(Path("report.txt"))
    monkeypatch.setenv("NO_COLOR", "1")
    assert not commands._color(None)
