"""`Report` → JSON text, schema `newsdiff/1`: sorted keys, UTF-8, no timestamps, same bytes every run."""

from __future__ import annotations

import json

from newsdiff.model import Report


def render(report: Report) -> str:
    """The report as JSON text ending in a newline."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
