"""newsdiff's own exceptions: each message names the file (or option) and the problem.

The CLI turns any `NewsdiffError` into one stderr line and exit status 2; anything
else is a bug and keeps its traceback.
"""

from __future__ import annotations


class NewsdiffError(Exception):
    """A problem with the user's input or options, reported as one line."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


class InputError(NewsdiffError):
    """An article could not be read, decoded or parsed."""


class ConfigError(NewsdiffError):
    """A configuration file or option value is invalid."""


class LimitError(NewsdiffError):
    """An input exceeds a configured limit (size, count)."""
