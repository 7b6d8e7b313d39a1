"""The hand-built sample reports of tests/data/render/sample.py, loaded once for the render tests.

tests/ is not a package, so the data file is loaded by path; test modules import `sample` from here.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def _load() -> ModuleType:
    """tests/data/render/sample.py as a module."""
    path = Path(__file__).parent / "data" / "render" / "sample.py"
    spec = importlib.util.spec_from_file_location("render_sample", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sample = _load()
