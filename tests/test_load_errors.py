"""Bad input: one clear error naming the file and the problem, in the library and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdiff.cli import app
from newsdiff.config import LoadConfig
from newsdiff.errors import InputError, LimitError
from newsdiff.loader import load, load_all
from tests.conftest import LocalServer, Route

BODY = "The bridge reopened on Monday, the transport ministry said.\n"


def _write(name: str, content: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(content)
        return path

    return make


def _folder(folder: Path) -> Path:
    target = folder / "notes"
    target.mkdir()
    (target / "data.csv").write_text("a,b\n", encoding="utf-8")
    return target


# (case id, how to make the input, expected problem text)
CASES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("missing", lambda d: d / "nope.txt", "no such file or directory"),
    ("no-articles", _folder, "has no article files (.txt, .md, .markdown, .html, .htm)"),
    ("empty", _write("empty.txt", b""), "is empty"),
    ("whitespace", _write("blank.txt", b" \n\t\r\n  \n"), "is empty (whitespace only)"),
    (
        "binary",
        _write("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)),
        "is a binary file",
    ),
    ("pdf", _write("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), "is a PDF file"),
    ("undecodable", _write("odd.txt", b"Caf\x81 \x8d\x8f\x90\x9d\n"), "cannot be decoded"),
    (
        "bad-utf16",
        _write("odd16.txt", b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8"),
        "is not valid UTF-16 despite its BOM",
    ),
    (
        "malformed-yaml",
        _write("bad.md", b"---\ntitle: [unclosed\noutlet: x\n---\n" + BODY.encode()),
        "invalid YAML front matter at line",
    ),
    (
        "yaml-tag",
        _write(
            "tag.md",
            b"---\ntitle: !!python/object/apply:os.system ['echo pwned > PWNED']\n---\n"
            + BODY.encode(),
        ),
        "front matter uses !!python/object/apply:os.system; YAML tags are not allowed",
    ),
    (
        "unclosed-front-matter",
        _write("open.md", b"---\ntitle: x\n" + BODY.encode()),
        "front matter opened with '---' on line 1 is never closed",
    ),
    (
        "front-matter-list",
        _write("list.md", b"---\n- a\n- b\n---\n" + BODY.encode()),
        "front matter is not a mapping",
    ),
    (
        "bad-published",
        _write("date.md", b"---\npublished: soon\n---\n" + BODY.encode()),
        "front matter: published: 'soon' is not a date (want YYYY-MM-DD)",
    ),
    (
        "impossible-date",
        _write("month.md", b"---\npublished: 2024-13-45\n---\n" + BODY.encode()),
        "invalid value in YAML front matter (month must be in 1..12)",
    ),
    (
        "front-matter-only",
        _write("only.md", b"---\ntitle: x\n---\n\n"),
        "has no article text",
    ),
    (
        "html-without-text",
        _write("empty.html", b"<html><head><title>x</title></head><body><nav></nav></body></html>"),
        "no article text found in the HTML",
    ),
]


@pytest.mark.parametrize(("make", "problem"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_library_error(tmp_path: Path, make: Callable[[Path], Path], problem: str) -> None:
    path = make(tmp_path)
    with pytest.raises(InputError) as err:
        load_all([str(path)])
    assert err.value.where == str(path)
    assert problem in err.value.problem


@pytest.mark.parametrize(("make", "problem"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_cli_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make: Callable[[Path], Path], problem: str
) -> None:
    monkeypatch.chdir(tmp_path)  # no stray config file; a YAML tag must not write PWNED here
    path = make(tmp_path)
    result = CliRunner().invoke(app, ["compare", str(path)])
    assert result.exit_code == 2, result.output
    assert result.stderr.endswith("\n")
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"newsdiff: error: {path}: ")
    assert problem in lines[0]
    assert "Traceback" not in result.output
    assert result.stdout == ""
    assert not (tmp_path / "PWNED").exists()


def test_cli_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "newsdiff.yaml").write_text("load:\n  max_bytes: 100\n", encoding="utf-8")
    path = tmp_path / "long.txt"
    path.write_text(BODY * 10, encoding="utf-8")
    result = CliRunner().invoke(app, ["compare", str(path)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"newsdiff: error: {path}: is 600 bytes; the limit is 100 bytes (load.max_bytes)\n"
    )


def test_size_limit_in_megabytes(tmp_path: Path) -> None:
    path = tmp_path / "paste.txt"
    path.write_bytes(b"a" * 2_500_000)
    with pytest.raises(LimitError) as err:
        load(path, config=LoadConfig(max_bytes=1_000_000))
    assert err.value.problem == "is 2.5 MB; the limit is 1.0 MB (load.max_bytes)"


def test_directory_given_to_load(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        load(tmp_path)


def test_stdin_twice() -> None:
    with pytest.raises(InputError, match="stdin can be read only once"):
        load_all(["-", "-"])


@pytest.mark.parametrize(
    ("route", "config", "problem"),
    [
        ("/gone", LoadConfig(), "HTTP error 404 (Not Found)"),
        ("/file.zip", LoadConfig(), "content type application/zip is not HTML or plain text"),
        (
            "/big",
            LoadConfig(url_max_bytes=100),
            "is 507 bytes; the limit is 100 bytes (load.url_max_bytes)",
        ),
        ("/slow", LoadConfig(url_timeout=0.1), "timed out after 0.1 s"),
    ],
)
def test_cli_url_errors(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    http_server: LocalServer,
    route: str,
    config: LoadConfig,
    problem: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = "\n".join(
        f"  {key}: {getattr(config, key)}" for key in ("url_timeout", "url_max_bytes")
    )
    (tmp_path / "newsdiff.yaml").write_text(f"load:\n{settings}\n", encoding="utf-8")
    http_server.routes["/file.zip"] = Route(b"PK\x03\x04", content_type="application/zip")
    http_server.routes["/big"] = Route(b"<p>" + b"x" * 500 + b"</p>")
    http_server.routes["/slow"] = Route(b"<p>late</p>", delay=0.5)
    url = http_server.url(route)
    result = CliRunner().invoke(app, ["compare", url])
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [f"newsdiff: error: {url}: {problem}"]
    assert "Traceback" not in result.output
