"""The code the standard library writes while newsdiff's modules load, compiled once per
installation instead of once per run.

Defining a record compiles Python source that the standard library writes on the spot:
`dataclasses` writes each record's methods (`__init__`, `__repr__`, `__eq__`, `__hash__`, and
for a frozen record `__setattr__` and `__delattr__`) and compiles them one by one;
`collections.namedtuple` compiles a `__new__`; `typing` compiles every string annotation of a
`NamedTuple` into a forward reference. On Python 3.11 that is some 15 ms of each
`newsdiff compare` (0.4 ms a dataclass, for 35 of them): a tenth of a run on five articles,
spent compiling the same text as the run before. Python keeps no compiled form of it and no
library does; so, as `newsdiff.rx` does for patterns, the command line keeps the compiled code
in a file beside this package's bytecode, keyed by the exact text, and a later run executes
the stored code instead of compiling that text again.

How: inside `stored()`, the module-level names `exec` of `dataclasses`, `eval` of
`collections` and `compile` of `typing` (through which each of them compiles the text it
wrote) name lookups in the stored code that fall back to compiling, as the builtins would.
Outside it nothing is changed, and the library never enters it: only the command line does, at
the edge, as it alone saves the file. The classes made are the ones the standard library makes,
with the very same code (tests/test_codegen.py compares them). The file is named after the
interpreter, so another Python's code is never used; text not in the file is compiled as before.
"""

from __future__ import annotations

import builtins
import collections
import contextlib
import dataclasses
import sys
import typing
from collections.abc import Iterator
from types import CodeType
from typing import Any

from newsdiff import rx

# Above this many entries a save keeps only what this process used: old entries drop out
# (a run of the command line uses some 400; typer and rich add theirs on their paths).
_MAX_ENTRIES = 2000

_Key = tuple[str, str]  # (mode, source text)

_stored: dict[_Key, CodeType] | None = None  # the file's entries, read on first use
_used: dict[_Key, CodeType] = {}  # entries this process executed
_dirty = False  # a text was compiled here that the file lacks


def cache_path() -> str:
    """The file this interpreter keeps compiled code in."""
    return rx.beside_bytecode(f"codegen.{sys.implementation.cache_tag}-{sys.hexversion:x}.bin")


@contextlib.contextmanager
def stored() -> Iterator[None]:
    """Within: the code `dataclasses`, `collections.namedtuple` and `typing` write is read
    from the file when it is there, and compiled (and kept for `save`) when it is not."""
    placed = []
    for module, name, fn in (
        (dataclasses, "exec", _exec),
        (collections, "eval", _eval),
        (typing, "compile", _compile),
    ):
        if name not in vars(module):  # never over a name someone else put there
            setattr(module, name, fn)
            placed.append((module, name))
    try:
        yield
    finally:
        for module, name in placed:
            delattr(module, name)


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    if type(source) is str:
        source = _code(source, "exec")
    builtins.exec(source, globals, locals)


def _eval(source: Any, globals: Any = None, locals: Any = None, /) -> Any:
    if type(source) is str:
        source = _code(source, "eval")
    return builtins.eval(source, globals, locals)


def _compile(source: Any, filename: Any, mode: str, *args: Any, **kwargs: Any) -> Any:
    if args or kwargs or type(source) is not str or filename != "<string>":
        return builtins.compile(source, filename, mode, *args, **kwargs)
    return _code(source, mode)


def _code(text: str, mode: str) -> CodeType:
    global _stored, _dirty
    if _stored is None:
        found = rx.read_file(cache_path())
        _stored = {k: v for k, v in found.items() if type(k) is tuple and type(v) is CodeType}
    key = (mode, text)
    code = _used.get(key) or _stored.get(key)
    if code is None:
        # dont_inherit: compiled as in the module that wrote the text (none of the three has
        # a `from __future__` import), not with this module's
        code = builtins.compile(text, "<string>", mode, dont_inherit=True)
        _dirty = True
    _used[key] = code
    return code


def save() -> None:
    """Write the code compiled in this process to the file, if any was new there.

    Best effort, only when Python writes bytecode: a read-only installation compiles again.
    """
    global _dirty
    if not _dirty or not rx.can_save():
        return
    if rx.write_file(cache_path(), _stored or {}, _used, limit=_MAX_ENTRIES):
        _dirty = False
