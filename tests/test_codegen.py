"""newsdiff.codegen: classes made from stored code are the ones the standard library makes."""

from __future__ import annotations

import collections
import dataclasses
import marshal
import os
import subprocess
import sys
import typing
from dataclasses import field
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

import pytest

from newsdiff import codegen

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__", "__new__")
OPTIONS: list[dict[str, Any]] = [
    {"frozen": True, "slots": True},
    {"frozen": True, "slots": True, "kw_only": True},
    {"order": True},
    {},
]


def _methods(cls: type) -> dict[str, Any]:
    """The generated methods' code and what else a function carries, by name."""
    out = {}
    for name in METHODS:
        fn = cls.__dict__.get(name)
        fn = getattr(fn, "__wrapped__", fn)  # __repr__ comes wrapped against recursion
        if fn is not None:
            out[name] = (fn.__code__, fn.__defaults__, fn.__kwdefaults__, fn.__annotations__)
    return out


def _record(make: Any) -> type:
    class Mention:
        """A record with every kind of field."""

        kind: ClassVar[str] = "mention"
        article: str
        index: int
        words: tuple[str, ...] = ()
        notes: list[str] = field(default_factory=list, hash=False)
        score: float = field(default=0.0, compare=False, repr=False)

    return make(Mention)  # type: ignore[no-any-return]


def _pair() -> type:
    class Pair(NamedTuple):
        """A private record as the stages write them: string annotations."""

        start: int
        names: tuple[str, ...]
        label: str | None = None

    return Pair


def _shapes(options: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any], Any]:
    pair = _pair()
    return _methods(_record(dataclasses.dataclass(**options))), _methods(pair), pair.__annotations__


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """codegen with an empty memory and its file in tmp_path; bytecode writing allowed."""
    path = tmp_path / "cache" / "codegen.bin"
    monkeypatch.setattr(codegen, "cache_path", lambda: path)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(codegen.rx, "_writable", None)
    _forget(monkeypatch)
    return path


def _forget(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new process, as far as codegen is concerned."""
    monkeypatch.setattr(codegen, "_stored", None)
    monkeypatch.setattr(codegen, "_used", {})
    monkeypatch.setattr(codegen, "_dirty", False)


@pytest.mark.parametrize("options", OPTIONS)
def test_the_classes_are_the_ones_the_standard_library_makes(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, options: dict[str, Any]
) -> None:
    plain = _shapes(options)
    with codegen.stored():
        assert _shapes(options) == plain  # compiled here
    assert codegen._dirty
    codegen.save()
    assert fresh.is_file()
    _forget(monkeypatch)
    with codegen.stored():
        again = _shapes(options)  # read from the file: nothing compiled
    assert again == plain
    assert not codegen._dirty
    # the record's methods, the named tuple's __new__ and its three annotations
    modes = [mode for mode, _ in codegen._used]
    assert modes.count("eval") == 4 and modes.count("exec") >= 3


def test_outside_the_context_nothing_is_changed(fresh: Path) -> None:
    with codegen.stored():
        cls: Any = _record(dataclasses.dataclass(frozen=True, slots=True))
    assert "exec" not in vars(dataclasses)
    assert "eval" not in vars(collections)
    assert "compile" not in vars(typing)
    one = cls("a", 1, ("x",))
    assert one == cls("a", 1, ("x",), score=5.0)  # score is left out of comparisons
    assert hash(one) == hash(cls("a", 1, ("x",)))
    assert repr(one).endswith("Mention(article='a', index=1, words=('x',), notes=[])")
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.index = 2
    assert dataclasses.replace(one, index=2).index == 2
    assert typing.get_type_hints(_pair())["label"] == str | None


def test_a_bad_forward_reference_is_the_same_error(fresh: Path) -> None:
    with pytest.raises(SyntaxError, match="Forward reference must be an expression"):
        typing.ForwardRef("not an expression (")
    with codegen.stored(), pytest.raises(SyntaxError, match="Forward reference must be an"):
        typing.ForwardRef("not an expression (")
    assert not codegen._used


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", b"\xe3\x00\x00", b"\x00" * 40])
def test_a_damaged_file_falls_back_to_compiling(fresh: Path, damage: bytes) -> None:
    fresh.parent.mkdir(parents=True)
    fresh.write_bytes(damage)
    plain = _shapes({"frozen": True})
    with codegen.stored():
        assert _shapes({"frozen": True}) == plain


def test_a_file_of_other_things_is_not_used(fresh: Path) -> None:
    fresh.parent.mkdir(parents=True)
    key = ("eval", "lambda _cls, start, names, label: _tuple_new(_cls, (start, names, label))")
    fresh.write_bytes(marshal.dumps({key: "not code", "exec": compile("1", "x", "eval")}))
    with codegen.stored():
        pair: Any = _pair()
    assert pair(1, ("a",)) == (1, ("a",), None)


def test_a_file_past_its_bound_keeps_only_what_this_run_used(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with codegen.stored():
        _record(dataclasses.dataclass(frozen=True))
    codegen.save()
    old = set(marshal.loads(fresh.read_bytes()))
    _forget(monkeypatch)
    monkeypatch.setattr(codegen, "_MAX_ENTRIES", len(old))
    with codegen.stored():
        _record(dataclasses.dataclass(order=True))  # __init__, __repr__ from the file; more new
    codegen.save()
    kept = set(marshal.loads(fresh.read_bytes()))
    assert kept == set(codegen._used) and not old <= kept


# Prints a digest of every record and private named tuple of the package (each generated
# method's code, each annotation): the same in a run that compiles them, one that reads them
# from the file, and one without the file at all.
_FINGERPRINT = """
import contextlib, dataclasses, hashlib, importlib, sys
from newsdiff import codegen
names = [
    "model", "config", "loader", "layout", "segment", "align", "pipeline", "check",
    "extract.quotes", "extract.dates", "extract.numbers", "extract.attributions", "render.grid",
]
methods = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__", "__new__")
with codegen.stored() if sys.argv[1:] != ["plain"] else contextlib.nullcontext():
    modules = [importlib.import_module(f"newsdiff.{name}") for name in names]
out = []
for module in modules:
    for cls in vars(module).values():
        if isinstance(cls, type) and cls.__module__ == module.__name__:
            if dataclasses.is_dataclass(cls) or hasattr(cls, "_fields"):
                out.append(f"{cls.__qualname__} {cls.__dict__.get('__annotations__')!r}")
                for name in methods:
                    fn = getattr(cls.__dict__.get(name), "__wrapped__", cls.__dict__.get(name))
                    c = getattr(fn, "__code__", None)
                    if c is not None:
                        out.append(repr((c.co_code, c.co_consts, c.co_names, c.co_varnames,
                                         fn.__defaults__, fn.__annotations__)))
codegen.save()
print(len(out), hashlib.sha256("|".join(out).encode()).hexdigest(), codegen._dirty)
"""


def test_records_read_back_in_a_new_process_are_the_ones_compiled(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(tmp_path))
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def run(*args: str) -> list[str]:
        cmd = [sys.executable, "-c", _FINGERPRINT, *args]
        out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
        return out.stdout.split()

    first = run()  # compiles and stores
    assert list(tmp_path.rglob("codegen.*.bin"))
    second = run()  # reads: nothing new to store
    assert second[:2] == first[:2] and second[2] == "False"
    assert int(first[0]) > 150
    assert run("plain")[:2] == first[:2]  # the standard library alone
