"""newsdiff.records: records made with stored compiled methods are the dataclasses Python makes."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from dataclasses import field
from pathlib import Path
from typing import Any, ClassVar

import pytest

from newsdiff import records

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")
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


def _shape(make: Any) -> type:
    class Mention:
        """A record with every kind of field."""

        kind: ClassVar[str] = "mention"
        article: str
        index: int
        words: tuple[str, ...] = ()
        notes: list[str] = field(default_factory=list, hash=False)
        score: float = field(default=0.0, compare=False, repr=False)

    return make(Mention)  # type: ignore[no-any-return]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """records with an empty memory and its file in tmp_path; bytecode writing allowed."""
    path = tmp_path / "cache" / "records.bin"
    monkeypatch.setattr(records, "cache_path", lambda: path)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(records.rx, "_writable", None)
    _forget(monkeypatch)
    return path


def _forget(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new process, as far as records is concerned."""
    monkeypatch.setattr(records, "_stored", None)
    monkeypatch.setattr(records, "_used", {})
    monkeypatch.setattr(records, "_dirty", False)


@pytest.mark.parametrize("options", OPTIONS)
def test_the_methods_are_the_ones_dataclasses_makes(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, options: dict[str, Any]
) -> None:
    plain = _methods(_shape(dataclasses.dataclass(**options)))
    assert _methods(_shape(records.dataclass(**options))) == plain  # compiled here
    records.save()
    assert fresh.is_file()
    _forget(monkeypatch)
    monkeypatch.setattr(records, "compile", _no_compiling, raising=False)
    assert _methods(_shape(records.dataclass(**options))) == plain  # read from the file
    assert not records._dirty


def test_a_file_past_its_bound_keeps_only_what_this_run_used(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import marshal

    _shape(records.dataclass(frozen=True))
    records.save()
    old = set(marshal.loads(fresh.read_bytes()))
    _forget(monkeypatch)
    monkeypatch.setattr(records, "_MAX_ENTRIES", len(old))
    _shape(records.dataclass(order=True))  # __init__ and __repr__ from the file, the rest new
    records.save()
    kept = set(marshal.loads(fresh.read_bytes()))
    assert kept == set(records._used) and not old <= kept


def _no_compiling(*_: object, **__: object) -> None:
    raise AssertionError("compiled instead of read from the file")


def test_a_record_behaves_as_a_dataclass(fresh: Path) -> None:
    cls: Any = _shape(records.dataclass(frozen=True, slots=True))
    one = cls("a", 1, ("x",))
    assert dataclasses.is_dataclass(one) and cls.__slots__
    assert one == cls("a", 1, ("x",), score=5.0)  # score is left out of comparisons
    assert hash(one) == hash(cls("a", 1, ("x",)))
    assert repr(one).endswith("Mention(article='a', index=1, words=('x',), notes=[])")
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.index = 2
    assert dataclasses.replace(one, index=2).index == 2
    assert "exec" not in vars(dataclasses)  # the lookup is gone once the class is made


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", b"\xe3\x00\x00", (b"\x00" * 40)])
def test_a_damaged_file_falls_back_to_compiling(fresh: Path, damage: bytes) -> None:
    fresh.parent.mkdir(parents=True)
    fresh.write_bytes(damage)
    cls: Any = _shape(records.dataclass(frozen=True))
    assert cls("a", 1).index == 1
    assert _methods(cls) == _methods(_shape(dataclasses.dataclass(frozen=True)))


def test_a_file_of_other_things_is_not_used(fresh: Path) -> None:
    import marshal

    fresh.parent.mkdir(parents=True)
    fresh.write_bytes(marshal.dumps({"def f(): pass": "not code", 3: compile("1", "x", "eval")}))
    cls: Any = _shape(records.dataclass())
    assert cls("a", 1) == cls("a", 1)


# Prints, for every record of the package, each generated method's code: the same in a run that
# compiles them, one that reads them from the file, and one that keeps no file at all.
_FINGERPRINT = """
import dataclasses, hashlib, sys
from newsdiff import records
if sys.argv[1:] == ["plain"]:
    records.dataclass = dataclasses.dataclass  # the standard library's own, nothing stored
from newsdiff import config, model
names = []
methods = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")
for module in (model, config):
    for cls in vars(module).values():
        if dataclasses.is_dataclass(cls) and cls.__module__ == module.__name__:
            names.append(cls.__name__)
            for name in methods:
                fn = getattr(cls.__dict__.get(name), "__wrapped__", cls.__dict__.get(name))
                if fn is not None:
                    c = fn.__code__
                    names.append(repr((c.co_code, c.co_consts, c.co_names, c.co_varnames,
                                       fn.__defaults__, fn.__annotations__)))
records.save()
print(len(names), hashlib.sha256("|".join(names).encode()).hexdigest(), records._dirty)
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
    assert list(tmp_path.rglob("records.*.bin"))
    second = run()  # reads: nothing new to store
    assert second[:2] == first[:2] and second[2] == "False"
    assert int(first[0]) > 100
    assert run("plain")[:2] == first[:2]
