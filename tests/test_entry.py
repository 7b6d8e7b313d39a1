"""The `newsdiff` entry point as a user runs it: usage errors are one line, exit 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
    real = Path.read_bytes

    def deny(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    result = CliRunner().invoke(app, ["compare", str(secret)])
    assert result.exit_code == 2
    assert result.stderr == f"newsdiff: error: {secret}: Permission denied\n"
    assert result.stdout == ""
