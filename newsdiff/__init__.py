"""newsdiff: compare how different outlets report the same news story.

The public API is re-exported lazily (PEP 562): creating the record classes and
loading the stages costs tens of milliseconds that `newsdiff --help` should not pay.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from newsdiff.config import Config
    from newsdiff.errors import NewsdiffError
    from newsdiff.loader import load, load_all
    from newsdiff.model import Article, Report
    from newsdiff.pipeline import compare, differences

_EXPORTS = {
    "Article": "newsdiff.model",
    "Report": "newsdiff.model",
    "Config": "newsdiff.config",
    "NewsdiffError": "newsdiff.errors",
    "compare": "newsdiff.pipeline",
    "differences": "newsdiff.pipeline",
    "load": "newsdiff.loader",
    "load_all": "newsdiff.loader",
}

__all__ = [
    "Article",
    "Config",
    "NewsdiffError",
    "Report",
    "__version__",
    "compare",
    "differences",
    "load",
    "load_all",
]


def __getattr__(name: str) -> Any:
    """The public name `name`, imported on first use."""
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'newsdiff' has no attribute {name!r}")
