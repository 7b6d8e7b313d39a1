"""`dataclasses.dataclass` for newsdiff's records, its generated methods compiled once per
installation, not once per run.

`dataclass` writes each class's methods (`__init__`, `__repr__`, `__eq__`, `__hash__`, and for
a frozen record `__setattr__` and `__delattr__`) as Python source and compiles that source,
method by method, every time the class is created: in every process. On Python 3.11 that is
about 0.4 ms a record, some 15 ms of each run for newsdiff's 35 records: a tenth of a
`newsdiff compare` on five articles, spent compiling the same text as the run before. Python
keeps no compiled form of it and no library does; so, as `newsdiff.rx` does for patterns, the
compiled code is stored in a file beside this package's bytecode, keyed by the exact source
text, and later runs execute the stored code instead of compiling that text again.

How: `dataclass(...)` here calls `dataclasses.dataclass` itself while the `dataclasses`
module's global name `exec` (which it calls on the source it writes) names `_exec` below, a
lookup in the stored code before the builtin. The classes made are ordinary dataclasses, with
the very methods the standard library makes (tests/test_records.py compares them). The
lookup is the source text itself, and the file is named after the interpreter, so another
Python's code is never used; any text not in the file is compiled as before.
"""

from __future__ import annotations

import builtins
import dataclasses
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import CodeType
from typing import Any, TypeVar

from newsdiff import rx

T = TypeVar("T")

# Above this many entries a save keeps only what this process used: old classes drop out
# (about six a record, so some three versions' worth).
_MAX_ENTRIES = 600

_stored: dict[str, CodeType] | None = None  # the file's entries, read on first use
_used: dict[str, CodeType] = {}  # entries this process executed
_dirty = False  # a text was compiled here that the file lacks


def cache_path() -> Path:
    """The file this interpreter keeps the records' compiled methods in."""
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}"
    return Path(importlib.util.cache_from_source(__file__)).parent / f"records.{tag}.bin"


def dataclass(**options: Any) -> Callable[[type[T]], type[T]]:
    """`dataclasses.dataclass(**options)`, its methods' code read from the file when stored."""

    def wrap(cls: type[T]) -> type[T]:
        if "exec" in vars(dataclasses):  # a record made while another is made: nothing to add
            return dataclasses.dataclass(**options)(cls)
        dataclasses.exec = _exec  # type: ignore[attr-defined]
        try:
            return dataclasses.dataclass(**options)(cls)
        finally:
            del dataclasses.exec  # type: ignore[attr-defined]

    return wrap


def _exec(source: Any, globals: Any = None, locals: Any = None) -> None:
    if isinstance(source, str):
        source = _code(source)
    builtins.exec(source, globals, locals)


def _code(text: str) -> CodeType:
    global _stored, _dirty
    if _stored is None:
        found = rx.read_file(cache_path())
        _stored = {k: v for k, v in found.items() if type(k) is str and type(v) is CodeType}
    code = _stored.get(text)
    if code is None:
        # dont_inherit: compiled as `exec` compiles it in `dataclasses`, without this module's
        # `from __future__ import annotations`
        code = compile(text, "<string>", "exec", dont_inherit=True)
        _dirty = True
    _used[text] = code
    return code


def save() -> None:
    """Write the methods compiled in this process to the file, if any were new there.

    Best effort, only when Python writes bytecode: a read-only installation compiles again.
    """
    global _dirty
    if not _dirty or not rx.can_save():
        return
    entries = {**(_stored or {}), **_used}
    if len(entries) > _MAX_ENTRIES:
        entries = dict(_used)
    if rx.write_file(cache_path(), entries):
        _dirty = False
