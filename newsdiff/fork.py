"""Running one pure function in a forked child process while the parent goes on.

`compare()` on hundreds of articles has two independent halves: aligning sentences, and
the per-article extraction plus the shared-copy search. On a machine with a second core the
second half runs in a child forked from this process (it inherits the inputs, so nothing is
pickled on the way in; only the result comes back through a pipe). Hand-written over
`multiprocessing` because `concurrent.futures` pickles the arguments and keeps a pool
alive, and because every way this can fail must fall back to computing the same result in
the parent: no fork on this platform, a daemonic parent (Dask and Celery workers may not
start children), other threads running (forking them is unsafe), or a child that dies.
The result is the same object either way, so output does not depend on which path ran.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

T = TypeVar("T")


def can_fork() -> bool:
    """Whether a child can be forked here: a second core, the fork start method, no other
    threads, and a parent that may have children."""
    if (os.cpu_count() or 1) < 2 or threading.active_count() > 1:
        return False
    if multiprocessing.current_process().daemon:
        return False
    return "fork" in multiprocessing.get_all_start_methods()


class Forked(Generic[T]):
    """`fn()` started in a forked child (or, when that cannot be, run by `result()`)."""

    def __init__(self, fn: Callable[[], T]) -> None:
        self._fn = fn
        self._recv: Connection | None = None
        self._proc: multiprocessing.process.BaseProcess | None = None
        try:
            ctx = multiprocessing.get_context("fork")
            recv, send = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_child, args=(fn, send), daemon=True)
            proc.start()
        except (OSError, ValueError, AssertionError):
            return  # result() computes it here
        send.close()
        self._recv, self._proc = recv, proc

    def result(self) -> T:
        """The function's result, from the child when it delivered one, else computed here
        (which also raises here whatever the child raised)."""
        if self._recv is None or self._proc is None:
            return self._fn()
        try:
            ok, value = self._recv.recv()
        except (EOFError, OSError):
            ok, value = False, None
        finally:
            self._recv.close()
            self._proc.join()
        return value if ok else self._fn()

    def close(self) -> None:
        """Stop the child if its result was never asked for (the parent failed meanwhile)."""
        if self._proc is not None and self._proc.is_alive():
            self._proc.terminate()
            self._proc.join()
        if self._recv is not None:
            self._recv.close()


def _child(fn: Callable[[], object], send: Connection) -> None:
    try:
        payload: tuple[bool, object] = (True, fn())
    except BaseException:
        payload = (False, None)  # the parent runs fn again and raises it there
    try:
        send.send(payload)
    except BaseException:
        send.send((False, None))  # an unpicklable result: the parent computes it
    finally:
        send.close()
