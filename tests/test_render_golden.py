"""Golden files: every renderer on the hand-built sample report, width 100, no colour.

Re-bless after an intended change to the output (then read the diff before committing):

    NEWSDIFF_BLESS=1 /work/venv/bin/pytest tests/test_render_golden.py

Without NEWSDIFF_BLESS the tests compare byte for byte against tests/golden/.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from samples import sample

from newsdiff.render import github, markdown, terminal
from newsdiff.render import json as render_json

GOLDEN = Path(__file__).parent / "golden"
BLESS = os.environ.get("NEWSDIFF_BLESS") == "1"


CASES: dict[str, Callable[[], str]] = {
    "report.txt": lambda: terminal.to_text(sample.report(), width=100, color=False),
    "report-all.txt": lambda: terminal.to_text(
        sample.report(), width=100, show_all=True, color=False
    ),
    "report-narrow.txt": lambda: terminal.to_text(
        sample.report(), sections=("quotes", "coverage"), width=60, color=False
    ),
    "report.md": lambda: markdown.render(sample.report(), show_all=True),
    "report.json": lambda: render_json.render(sample.report()),
    "report.github": lambda: github.render(sample.report()),
    "check.txt": lambda: terminal.check_to_text(sample.check_report(), width=100),
    "check.md": lambda: markdown.render_check(sample.check_report()),
    "check.json": lambda: render_json.render_check(sample.check_report()),
    "check.github": lambda: github.render_check(sample.check_report()),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_renderer_matches_golden_file(name: str) -> None:
    produced = CASES[name]()
    path = GOLDEN / name
    if BLESS:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(produced, encoding="utf-8", newline="\n")
    expected = path.read_text(encoding="utf-8")
    assert produced == expected, f"{name} differs; re-bless with NEWSDIFF_BLESS=1 if intended"


@pytest.mark.parametrize("name", sorted(CASES))
def test_renderer_is_deterministic(name: str) -> None:
    assert CASES[name]() == CASES[name]()


def test_golden_text_fits_the_pinned_width() -> None:
    for name in ("report.txt", "report-all.txt", "check.txt"):
        lines = (GOLDEN / name).read_text(encoding="utf-8").splitlines()
        assert max(len(line) for line in lines) <= 100, name
    narrow = (GOLDEN / "report-narrow.txt").read_text(encoding="utf-8").splitlines()
    assert max(len(line) for line in narrow) <= 60
