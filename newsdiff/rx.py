"""Regular expressions compiled once per installation, not once per run.

newsdiff's rules are some 400 module-level regular expressions. CPython parses and compiles
each pattern in pure Python in every new process, and that was about 70 ms of a 300 ms
`newsdiff compare` on five articles: more than importing typer and rich. The standard library
keeps no compiled form between runs (a pickled pattern recompiles itself) and no maintained
library does; `regex` compiles no faster and costs more to import. So this module does what
Python does for modules with bytecode: it stores the compiled form of each pattern (the code
that `re` hands to `_sre.compile`) in a file in the package's `__pycache__`, and later runs pass
it straight to `_sre.compile`. The code is stored as packed machine words, one bytes object a
pattern: a file of Python int lists took four times as long to read, a few ms of every run.

What keeps this safe:
- an entry is stored only after the pattern it rebuilds compares equal to `re.compile`'s
  (pattern equality compares the compiled code);
- the file is named after the interpreter and the regex engine's version, so another Python
  never reads it;
- `_sre.compile` validates the code it is given, and any failure (a damaged file, an
  interpreter without these internals) falls back to `re.compile`.

The library only reads the file; `save()` writes it, and only the command line calls that, at
the edge. It follows Python's rules for bytecode: the file sits beside this module's bytecode
(under PYTHONPYCACHEPREFIX when that is set) and is not written when bytecode is not
(PYTHONDONTWRITEBYTECODE, `python -B`). A pattern from here is a plain `re.Pattern`.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import marshal
import os
import re
import sys
from array import array
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _typeshed import StrPath  # str or os.PathLike[str]

# Private parts of the standard library, looked up once; None when this interpreter lacks them.
try:
    _sre: Any = importlib.import_module("_sre")
    _parser: Any = importlib.import_module(
        "re._parser" if sys.version_info >= (3, 11) else "sre_parse"
    )
    _compiler: Any = importlib.import_module(
        "re._compiler" if sys.version_info >= (3, 11) else "sre_compile"
    )
    _TAG: str | None = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}"
    if array("I").itemsize != _sre.CODESIZE:
        _TAG = None  # the words of a pattern's code are not C unsigned ints here
except (ImportError, AttributeError):
    _TAG = None

# Above this many entries a save keeps only what this process used: old patterns drop out.
# Every run reads the whole file, and an upgrade in place leaves the old version's patterns
# in it: about twice the ~470 one version has keeps that read near a millisecond.
_MAX_ENTRIES = 1000

_Key = tuple[str, int]
# flags, the code (packed words), groups, group index, index group: `_sre.compile`'s arguments
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_stored: dict[_Key, _Entry] | None = None  # the file's entries, read on first use
_used: dict[_Key, _Entry] = {}  # entries this process compiled or read
_dirty = False  # a pattern was compiled here that the file lacks
_writable: bool | None = None  # whether the file's folder can be written, looked up once
_compiled: dict[_Key, re.Pattern[str]] = {}  # this process's patterns (only fixed ones come here)


def cache_path() -> str | None:
    """The file this interpreter keeps compiled patterns in, or None when it cannot."""
    if _TAG is None:
        return None
    return beside_bytecode(f"rx2.{_TAG}.bin")


def beside_bytecode(name: str) -> str:
    """The file `name` in the folder of this package's bytecode, wherever that goes
    (PYTHONPYCACHEPREFIX included)."""
    # os.path, not pathlib, here and below: importing pathlib costs a run some 4 ms
    return os.path.join(os.path.dirname(importlib.util.cache_from_source(__file__)), name)


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, served from the stored compiled form when there is one."""
    key = (pattern, int(flags))
    done = _compiled.get(key)
    if done is not None:
        return done
    compiled = _compile(key)
    _compiled[key] = compiled
    return compiled


def _compile(key: _Key) -> re.Pattern[str]:
    pattern, flags = key
    entry = _stored_entries().get(key)
    if entry is not None:
        try:
            compiled = _rebuilt(pattern, entry)
        except (TypeError, ValueError, RuntimeError, OverflowError):
            pass  # a damaged entry: compile afresh below
        else:
            _used[key] = entry
            return compiled
    compiled = re.compile(pattern, flags)
    if not can_save():
        return compiled  # building an entry costs a second compile: only for a file we write
    built = _build(pattern, flags)
    if built is not None and _same(pattern, built, compiled):
        global _dirty
        _used[key] = built
        _dirty = True
    return compiled


def save() -> None:
    """Write the patterns compiled in this process to the cache file, if any were new there.

    Best effort: a read-only installation just compiles again next time.
    """
    global _dirty
    path = cache_path()
    if not _dirty or path is None or not can_save():
        return
    if write_file(path, _stored_entries(), _used, limit=_MAX_ENTRIES):
        _dirty = False


def write_file(path: StrPath, stored: dict[Any, Any], used: dict[Any, Any], *, limit: int) -> bool:
    """Store the file's entries and this process's in `path` (marshal), only this process's
    when together they pass `limit`; False when it cannot be written."""
    entries = {**stored, **used}
    if len(entries) > limit:
        entries = dict(used)
    folder, name = os.path.split(os.fspath(path))
    # a name of this process's own, written whole and then renamed: a run reading the file
    # meanwhile sees the old one or the new one, never half of one
    tmp = os.path.join(folder, f".{name}.{os.getpid()}.tmp")
    try:
        os.makedirs(folder or os.curdir, exist_ok=True)
        try:
            with open(tmp, "wb") as fh:
                marshal.dump(entries, fh)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.remove(tmp)
    except OSError:
        return False
    return True


def read_file(path: StrPath | None) -> dict[Any, Any]:
    """The entries stored in `path`; empty when there is none or it is damaged."""
    if path is None:
        return {}
    try:
        with open(path, "rb") as fh:
            data = marshal.loads(fh.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def can_save() -> bool:
    """Whether save() could write the file: bytecode is written and its folder is writable."""
    global _writable
    if _writable is None:
        path = cache_path()
        if path is None:
            _writable = False
        else:
            folder = _parent(os.fspath(path))
            while not os.path.exists(folder) and folder != _parent(folder):
                folder = _parent(folder)  # save() creates the missing folders under this one
            _writable = os.access(folder, os.W_OK)
    return _writable and not sys.dont_write_bytecode


def _parent(path: str) -> str:
    """The folder holding `path` (as `Path.parent`: "." for a bare name)."""
    return os.path.dirname(path) or os.curdir


def _stored_entries() -> dict[_Key, _Entry]:
    global _stored
    if _stored is None:
        _stored = read_file(cache_path())
    return _stored


def _build(pattern: str, flags: int) -> _Entry | None:
    """The arguments `re` passes to `_sre.compile` for this pattern (its own steps, repeated)."""
    if _TAG is None:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
        code = array("I", _compiler._code(parsed, flags)).tobytes()
        state = parsed.state
        groupindex = {str(k): int(v) for k, v in state.groupdict.items()}
        indexgroup: list[str | None] = [None] * state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (int(flags | state.flags), code, state.groups - 1, groupindex, tuple(indexgroup))
    except Exception:
        return None


def _same(pattern: str, entry: _Entry, compiled: re.Pattern[str]) -> bool:
    """True when the entry rebuilds exactly the pattern `re.compile` made."""
    try:
        return bool(_rebuilt(pattern, entry) == compiled)
    except (TypeError, ValueError, RuntimeError, OverflowError):
        return False


def _rebuilt(pattern: str, entry: _Entry) -> re.Pattern[str]:
    """The pattern `_sre.compile` makes from a stored entry."""
    flags, code, groups, groupindex, indexgroup = entry
    compiled: re.Pattern[str] = _sre.compile(
        pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup
    )
    return compiled


# re's module-level functions over patterns from here, for patterns written where they are used
# (re's own cache of compiled patterns serves these within a run; this one also across runs).


def search(pattern: str, string: str, flags: int | re.RegexFlag = 0) -> re.Match[str] | None:
    """`re.search`."""
    return compile(pattern, flags).search(string)


def match(pattern: str, string: str, flags: int | re.RegexFlag = 0) -> re.Match[str] | None:
    """`re.match`."""
    return compile(pattern, flags).match(string)


def fullmatch(pattern: str, string: str, flags: int | re.RegexFlag = 0) -> re.Match[str] | None:
    """`re.fullmatch`."""
    return compile(pattern, flags).fullmatch(string)


def findall(pattern: str, string: str, flags: int | re.RegexFlag = 0) -> list[Any]:
    """`re.findall`."""
    return compile(pattern, flags).findall(string)


def finditer(pattern: str, string: str, flags: int | re.RegexFlag = 0) -> Iterator[re.Match[str]]:
    """`re.finditer`."""
    return compile(pattern, flags).finditer(string)


def sub(
    pattern: str,
    repl: str | Callable[[re.Match[str]], str],
    string: str,
    count: int = 0,
    flags: int | re.RegexFlag = 0,
) -> str:
    """`re.sub`."""
    return compile(pattern, flags).sub(repl, string, count)


def split(
    pattern: str, string: str, maxsplit: int = 0, flags: int | re.RegexFlag = 0
) -> list[str | Any]:
    """`re.split`."""
    return compile(pattern, flags).split(string, maxsplit)


def word_starts(text: str, word: str) -> Iterator[int]:
    """Where `re.finditer(rf"\\b{re.escape(word)}\\b", text)` finds `word`, without compiling
    a pattern per word (names differ from article to article)."""
    if not word:
        return
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if _boundary(text, at) and _boundary(text, end):
            yield at
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def _boundary(text: str, i: int) -> bool:
    r"""Whether `\b` holds at `i`: a word character on exactly one side."""
    return _word_char(text, i - 1) != _word_char(text, i)


def _word_char(text: str, i: int) -> bool:
    if i < 0 or i >= len(text):
        return False
    c = text[i]
    return c.isalnum() or c == "_"
