"""newsdiff.rx: stored compiled patterns are the patterns `re` makes, and never a risk."""

from __future__ import annotations

import importlib
import marshal
import os
import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdiff import rx

ROOT = Path(__file__).resolve().parent.parent

PATTERNS = [
    (r"\b(?P<num>\d{1,3}(?:,\d{3})+)\s*(?P<unit>km|miles?)\b", 0),
    (r"(?<![\w-])per\s+(?=(?:the\s+|an?\s+)?[A-Z])", 0),
    (r"^(?:said|says)\s+(\w+)$", re.IGNORECASE | re.MULTILINE),
    (r"[“”\"']\s*(?:—|–)?", re.S),
    (r"(?i)é(?:t[ée])?", 0),
]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """rx with an empty memory and its file in tmp_path; bytecode writing allowed."""
    path = tmp_path / "cache" / "rx.bin"
    monkeypatch.setattr(rx, "cache_path", lambda: path)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    _forget(monkeypatch)
    return path


def _forget(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new process, as far as rx is concerned."""
    monkeypatch.setattr(rx, "_stored", None)
    monkeypatch.setattr(rx, "_used", {})
    monkeypatch.setattr(rx, "_compiled", {})
    monkeypatch.setattr(rx, "_dirty", False)
    monkeypatch.setattr(rx, "_writable", None)


def _no_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object) -> None:
        raise AssertionError("compiled instead of read from the file")

    monkeypatch.setattr(rx, "_build", fail)
    monkeypatch.setattr(rx.re, "compile", fail)


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_stored_pattern_is_the_one_re_makes(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, pattern: str, flags: int
) -> None:
    first = rx.compile(pattern, flags)
    assert first == re.compile(pattern, flags)
    rx.save()
    assert fresh.is_file()
    _forget(monkeypatch)
    _no_compiling(monkeypatch)
    again = rx.compile(pattern, flags)
    monkeypatch.undo()
    assert again == re.compile(pattern, flags)
    assert again.groupindex == first.groupindex and again.groups == first.groups
    assert again.flags == first.flags


def test_the_file_is_read_not_recompiled(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for pattern, flags in PATTERNS:
        rx.compile(pattern, flags)
    rx.save()
    _forget(monkeypatch)
    _no_compiling(monkeypatch)
    found = rx.compile(PATTERNS[0][0]).search("a road of 1,200 km")
    assert found is not None and found["unit"] == "km"


def test_nothing_is_written_when_every_pattern_came_from_the_file(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rx.compile(*PATTERNS[0])
    rx.save()
    stamp = fresh.stat().st_mtime_ns
    os.utime(fresh, ns=(stamp - 10**9, stamp - 10**9))
    _forget(monkeypatch)
    rx.compile(*PATTERNS[0])
    rx.save()
    assert fresh.stat().st_mtime_ns == stamp - 10**9


def test_a_file_past_its_bound_keeps_only_what_this_run_used(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for pattern, flags in PATTERNS[:3]:
        rx.compile(pattern, flags)
    rx.save()
    assert len(marshal.loads(fresh.read_bytes())) == 3
    _forget(monkeypatch)
    monkeypatch.setattr(rx, "_MAX_ENTRIES", 3)
    rx.compile(*PATTERNS[0])  # read from the file
    rx.compile(*PATTERNS[3])  # new: the file would hold four
    rx.save()
    assert set(marshal.loads(fresh.read_bytes())) == {PATTERNS[0], PATTERNS[3]}


@pytest.mark.parametrize(
    "damage",
    [b"", b"not marshal at all", marshal.dumps([1, 2, 3]), marshal.dumps({"x": 1})],
)
def test_a_damaged_file_falls_back_to_compiling(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes
) -> None:
    fresh.parent.mkdir(parents=True)
    fresh.write_bytes(damage)
    pattern, flags = PATTERNS[0]
    assert rx.compile(pattern, flags) == re.compile(pattern, flags)


def test_a_damaged_entry_falls_back_to_compiling(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern, flags = PATTERNS[1]
    fresh.parent.mkdir(parents=True)
    bogus = (flags, array("I", [99999, 1, 2]).tobytes(), 0, {}, (None,))  # not code _sre takes
    fresh.write_bytes(marshal.dumps({(pattern, flags): bogus}))
    got = rx.compile(pattern, flags)
    assert got == re.compile(pattern, flags)
    assert got.search("per the AP") is not None


def test_not_written_when_python_writes_no_bytecode(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setattr(rx, "_build", lambda *_: pytest.fail("an entry built for no file"))
    assert rx.compile(*PATTERNS[2]) == re.compile(*PATTERNS[2])
    rx.save()
    assert not fresh.exists()


def test_an_unwritable_place_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setattr(rx, "cache_path", lambda: blocker / "rx.bin")
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    _forget(monkeypatch)
    rx.compile(*PATTERNS[3])
    rx.save()  # no exception
    assert blocker.read_text().startswith("a file")
    assert list(tmp_path.iterdir()) == [blocker]


def test_every_newsdiff_pattern_from_the_file_equals_re_compile() -> None:
    """Each extractor's patterns, as this process got them, compared with `re.compile`'s."""
    for name in ("layout", "segment", "align", "extract.quotes", "extract.dates"):
        importlib.import_module(f"newsdiff.{name}")
    importlib.import_module("newsdiff.extract.numbers")
    importlib.import_module("newsdiff.extract.attributions")
    assert len(rx._compiled) > 200
    for (pattern, flags), compiled in rx._compiled.items():
        assert compiled == re.compile(pattern, flags), pattern[:80]


def test_the_command_line_stores_patterns_beside_its_bytecode(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(tmp_path), NO_COLOR="1", COLUMNS="100")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cmd = [sys.executable, "-m", "newsdiff", "compare", "seeds/", "--exit-zero"]
    first = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, check=True)
    stored = list(tmp_path.rglob("rx2.*.bin"))
    assert len(stored) == 1
    assert len(list(tmp_path.rglob("codegen.*.bin"))) == 1  # newsdiff.codegen: the same way
    second = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, check=True)
    assert second.stdout == first.stdout and first.stdout
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    stored[0].unlink()
    subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, check=True)
    assert not list(tmp_path.rglob("rx2.*.bin"))


@given(
    st.text(alphabet="ab _-’'.\n\u00e9Z", max_size=30),
    st.text(alphabet="ab_-’'\u00e9Z", min_size=1, max_size=4),
)
def test_word_starts_finds_what_a_word_bounded_pattern_finds(text: str, word: str) -> None:
    expected = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    assert list(rx.word_starts(text, word)) == expected
