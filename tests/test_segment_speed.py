"""Fast paths in layout and segment (issue 8) give what the plain code they replace gives.

The heading test that rejects a body sentence before counting its words, the bar test in
front of the navigation-row pattern, and the word list that stands in for the in-line
furniture forms: each checked against the plain form, written out here, on the repository's
test stories and seeds and on seeded random lines built from the pieces the rules care about.
"""

from __future__ import annotations

import random

import pytest
from corpus import LINES

from newsdiff import layout, segment
from newsdiff.normalize import ignorecase_lower

PIECES = [
    *("How", "What", "the", "crash", "happened", "Mayor", "Calls", "for", "Vote", "40"),
    *(" ", " ", ":", ".", "?", "!", '"', "”", ")", "*", "|", " | ", "#", "_"),
    *("Home", "World", "your", "inbox", "newsletter", "privacy policy", "all rights reserved"),
    *("share your", "update your browser", "can be reached at", "terms of use", "/"),
]


def _lines(seed: int, count: int = 4000, most: int = 30) -> list[str]:
    rng = random.Random(seed)
    made = ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, most))) for _ in range(count)]
    return LINES + made


def _plain_heading_like(line: str) -> bool:
    """`_heading_like` as written before its fast path: word count before the sentence end."""
    bare = layout._bare(line)
    if not bare or not layout._LETTER.search(bare):
        return False
    if layout._more_words(bare, layout._HEADING_WORDS) or len(bare) > layout._HEADING_CHARS:
        return False
    if layout._ends_sentence(bare):
        return (
            bare[-1] == ":"
            and not layout._more_words(bare, layout._EXPLAINER_WORDS)
            and layout._EXPLAINER_HEADING.fullmatch(bare) is not None
        )
    first = layout._LETTER.search(bare)
    return first is not None and (bare[0].isdigit() or not bare[first.start()].islower())


def test_corpus_is_not_empty() -> None:
    assert len(LINES) > 100


def test_heading_fast_path_matches_the_plain_test() -> None:
    lines = _lines(1)
    assert any(_plain_heading_like(x) for x in lines)
    assert not all(_plain_heading_like(x) for x in lines)
    for line in lines:
        assert layout._heading_like(line) == _plain_heading_like(line), line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("How the crash happened:", True),
        ('How the crash happened:"', False),  # must-not-match: a quote closes it
        ("The mayor called for a vote.", False),
        ("Mayor Calls for Vote", True),
    ],
)
def test_heading_rows(line: str, expected: bool) -> None:
    assert layout._heading_like(line) is expected


def test_navigation_row_needs_two_bars() -> None:
    lines = _lines(2)
    assert any(layout._NAV.fullmatch(x) for x in lines)
    for line in lines:
        if line.count("|") < 2:
            assert layout._NAV.fullmatch(line) is None, line


def test_inside_word_list_is_a_necessary_condition() -> None:
    # Every in-line furniture match holds one of the listed words: the list may only skip
    # lines that no form could match.
    hits = 0
    for line in _lines(3):
        bare = layout._bare(line)
        if layout._FURNITURE_INSIDE.fullmatch(bare) is not None:
            hits += 1
            assert layout._holds_any(ignorecase_lower(bare), layout._FURNITURE_ANYWHERE), line
    assert hits > 20


def test_furniture_given_bare_line_equals_public_test() -> None:
    for line in _lines(4, count=1000):
        assert layout._furniture(layout._bare(line)) == layout.is_furniture(line)


def test_sentence_splitter_is_the_packages() -> None:
    from sentencex import segment as split

    assert segment._sentencex() is split
