"""`Report` → JSON text, schema `newsdiff/1`: sorted keys, UTF-8, no timestamps, same bytes always.

Article text keeps every character (JSON consumers want the exact words), but the
characters a terminal or editor would act on — C0 (escaped by `json.dumps`), DEL,
C1, bidi controls, line separators — are written as `\\uXXXX` escapes, so printing
the report cannot recolour or reorder anything. The schema is in docs/schema.json.
"""

from __future__ import annotations

import json
from typing import Any

from newsdiff.model import CheckReport, Report
from newsdiff.render import safe


def render(report: Report) -> str:
    """The report as JSON text ending in a newline."""
    return _dumps(report.to_dict())


def render_check(report: CheckReport) -> str:
    """A quote check as JSON text (schema `newsdiff-check/1`) ending in a newline."""
    return _dumps(report.to_dict())


def _dumps(data: Any) -> str:
    return safe.json_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)) + "\n"
