"""Text for the fast-path tests: the repository's own lines and seeded random text.

Each fast path (a cheaper test in front of a pattern, a pattern tried only where a match can
start) is held to the plain form it replaces on these texts; test modules import them from here.
"""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).parent.parent


def _corpus() -> list[str]:
    """Every non-blank line of the seeds and the test data."""
    paths = sorted((ROOT / "seeds").glob("*")) + sorted((ROOT / "tests" / "data").rglob("*.*"))
    out: list[str] = []
    for path in paths:
        if path.is_file():
            out += [x for x in path.read_text(errors="ignore").splitlines() if x.strip()]
    return out


LINES = _corpus()


def soup(rng: random.Random, pieces: list[str], most: int) -> str:
    """Up to `most` of `pieces`, drawn at random and joined."""
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))


def mixed(rng: random.Random, pieces: list[str], n: int, most: int) -> list[str]:
    """`n` texts: corpus lines, random strings of `pieces`, and lines with pieces around them."""
    out: list[str] = []
    for _ in range(n):
        r = rng.random()
        if r < 0.3:
            out.append(rng.choice(LINES))
        elif r < 0.7:
            out.append(soup(rng, pieces, most))
        else:
            out.append(soup(rng, pieces, 4) + rng.choice(LINES) + soup(rng, pieces, 6))
    return out
