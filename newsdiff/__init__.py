"""newsdiff: compare how different outlets report the same news story."""

from __future__ import annotations

from newsdiff.compare import compare, differences
from newsdiff.config import Config
from newsdiff.errors import NewsdiffError
from newsdiff.load import load, load_all
from newsdiff.model import Article, Report

__version__ = "0.1.0"

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
