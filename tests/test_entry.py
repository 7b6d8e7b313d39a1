"""The `newsdiff` entry point as a user runs it: usage errors are one line, exit 2."""

from __future__ import annotations

import builtins
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsdiff", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
        check=False,
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["compare", "seeds/", "--formt", "json"], "No such option: --formt"),
        (["compare"], "Missing argument"),
        (["compare", "seeds/", "--width", "abc"], "Invalid value for '--width'"),
        (["nosuchcommand"], "No such command 'nosuchcommand'"),
        (["compare", "seeds/", "--format", "xml"], "--format: 'xml' is not one of"),
        (["compare", "no/such/file.txt"], "no/such/file.txt: no such file or directory"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(args: list[str], message: str) -> None:
    proc = _run(*args)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("newsdiff: error: ")
    assert message in lines[0]
    assert "Traceback" not in proc.stderr


def test_version_and_success_exit_codes() -> None:
    proc = _run("--version")
    assert (proc.returncode, proc.stdout.startswith("newsdiff ")) == (0, True)
    proc = _run("compare", "seeds/", "--format", "json", "--exit-zero")
    assert proc.returncode == 0
    assert proc.stdout.startswith("{")


def test_unreadable_file_is_one_line_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root, where chmod 000 does not stop reading: make the read itself fail.
    from typer.testing import CliRunner

    from newsdiff.cli import app

    secret = tmp_path / "locked.txt"
    secret.write_text("The council met on Monday.", encoding="utf-8")
    real = builtins.open

    def deny(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, str) and os.path.basename(file) == "locked.txt":
            raise PermissionError(13, "Permission denied", file)
        return real(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", deny)
    result = CliRunner().invoke(app, ["compare", str(secret)])
    assert result.exit_code == 2
    assert result.stderr == f"newsdiff: error: {secret}: Permission denied\n"
    assert result.stdout == ""


# ---------------------------------------------------------------- leaving without teardown


def _probe(argv: list[str]) -> subprocess.CompletedProcess[str]:
    """The program run with a teardown hook that says whether the interpreter shut down."""
    probe = (
        "import atexit, sys\n"
        "atexit.register(lambda: sys.stderr.write('[teardown]'))\n"
        "from newsdiff.commands import entry\n"
        f"sys.argv = {['newsdiff', *argv]!r}\n"
        "entry()\n"
    )
    return subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
        check=False,
    )


def test_the_program_ends_without_teardown_and_loses_no_output(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsdiff.loader import load_all
    from newsdiff.pipeline import compare
    from newsdiff.render import json as render_json

    proc = _probe(["compare", "seeds/", "--format", "json"])
    assert (proc.returncode, proc.stderr) == (1, "")  # the seeds differ; no teardown ran
    monkeypatch.chdir(ROOT)  # paths in the report as the program was given them
    expected = render_json.render(compare(load_all(["seeds/"])))
    assert proc.stdout == expected  # the whole report, though the process was not torn down
    bad = _probe(["compare", "no/such/file.txt"])
    assert bad.returncode == 2
    assert bad.stderr == "newsdiff: error: no/such/file.txt: no such file or directory\n"


def test_the_program_takes_the_interpreters_way_out_when_output_cannot_be_flushed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    from newsdiff import commands

    class Full(io.StringIO):
        def flush(self) -> None:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(commands, "main", lambda: sys.exit(1))
    monkeypatch.setattr(sys, "stdout", Full())
    with pytest.raises(SystemExit) as info:
        commands.entry()  # were it to leave at once, pytest itself would end here
    assert info.value.code == 1
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    monkeypatch.setattr(commands, "main", lambda: sys.exit("a message, not a status"))
    with pytest.raises(SystemExit, match="a message"):
        commands.entry()
