"""The README's example output is what `newsdiff compare seeds/` prints today."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdiff import cli

ROOT = Path(__file__).resolve().parent.parent


def _excerpts(fence: str) -> list[str]:
    """The pieces of the README's first block fenced as `fence`, split at its "…" lines."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(rf"```{fence}\n(.*?)```", readme, re.S)
    assert block is not None, f"no {fence} block in README.md"
    return [piece for piece in block.group(1).rstrip("\n").split("\n…\n") if piece.strip()]


@pytest.mark.parametrize(
    ("fence", "args"),
    [
        ("text", ["--width", "100"]),
        ("markdown", ["--format", "markdown"]),
    ],
)
def test_readme_excerpts_are_real_output(fence: str, args: list[str]) -> None:
    result = CliRunner().invoke(
        cli.app, ["compare", str(ROOT / "seeds"), "--exit-zero", "--no-pager", *args]
    )
    assert result.exit_code == 0, result.output
    excerpts = _excerpts(fence)
    assert excerpts
    for piece in excerpts:
        assert piece in result.stdout, piece[:200]
