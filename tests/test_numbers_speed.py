"""Fast paths of newsdiff.extract.numbers give what the plain forms they replace give."""

from __future__ import annotations

import random

import pytest
from corpus import soup

from newsdiff.extract import numbers
from newsdiff.normalize import ignorecase_lower

PIECES = [
    *["22", "1,200", " ", " ", ",", ", ", ";", " – ", " (", ")", ":", "which", "when", "and"],
    *["first round", "second ROUND", "final leg", "opening day", "last half", "third phase"],
    *["roundabout", "day", "staGe", "quarter", "ſtage", "\u212a", "İ", "rose", "fell", "to"],
]


def _clause_reference(bounds: tuple[int, ...], pos: int) -> int:
    """The clause index as it was found: reading every start."""
    return max(i for i, b in enumerate(bounds[:-1]) if b <= pos)


def test_clause_at_matches_plain_form_on_random_text() -> None:
    rng = random.Random(4)
    for text in [soup(rng, PIECES, 14) for _ in range(1500)]:
        bounds = numbers._bounds(text)
        for pos in range(len(text) + 1):
            assert numbers._clause_at(bounds, pos) == _clause_reference(bounds, pos), (text, pos)


@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        ("22 died", 0, 0),
        ("Officials said, 22 died", 16, 1),
        ("a, b; c", 6, 2),
        ("a, b; c", 3, 1),
    ],
)
def test_clause_at_rows(text: str, pos: int, expected: int) -> None:
    assert numbers._clause_at(numbers._bounds(text), pos) == expected
    assert _clause_reference(numbers._bounds(text), pos) == expected


def test_rounds_match_plain_scan_on_random_text() -> None:
    rng = random.Random(5)
    for text in [soup(rng, PIECES, 10) for _ in range(3000)]:
        found = list(numbers._ROUND.finditer(text))
        fast = numbers._any_in(ignorecase_lower(text), numbers._ROUND_NOUNS)
        assert fast or not found, text  # the prefilter never hides a match
        for start in (0, len(text) // 2, len(text)):
            assert numbers._rounds(text, start, len(text)) == _rounds_reference(
                text, start, len(text)
            )


def _rounds_reference(text: str, start: int, seg_end: int) -> set[str]:
    """`numbers._rounds` as it was: the sentence always scanned."""
    found = list(numbers._ROUND.finditer(text))
    before = [m for m in found if m.end() <= start]
    pick = before[-1] if before else next((m for m in found if start < m.start() < seg_end), None)
    if pick is None:
        return set()
    which = pick.group("which").lower()
    if which == "final" and pick.group().lower().endswith("quarter"):
        which = "fourth"
    return {f"round:{which}"}


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("The first round placed Marsh at 27.9%", 30, {"round:first"}),
        ("58.8% in the second ROUND", 0, {"round:second"}),
        ("in the final quarter, 12", 22, {"round:fourth"}),
        ("at the first roundabout, 12", 25, set()),
        ("22 in the ſecond ſtage", 0, {"round:ſecond"}),  # IGNORECASE: "ſ" is "s"
        ("22 in the final ſtage", 0, {"round:final"}),
    ],
)
def test_rounds_rows(text: str, start: int, expected: set[str]) -> None:
    assert numbers._rounds(text, start, len(text)) == expected
    assert _rounds_reference(text, start, len(text)) == expected
