"""Fast paths in the plain renderer (issue 8) give what the plain code they replace gives.

`grid._divide` finds each line's first word that does not fit directly instead of walking
every word the way rich's `divide_line` does; `grid._wrap` strips trailing spaces with
str.rstrip, not rich's `\\s+$`; `grid.to_plain` checks all texts for characters it cannot
measure in one search. Each is held here to the form it replaces, written out as it was,
on the repository's lines and on seeded random text built from the pieces wrapping cares
about (spaces, no-break spaces, words longer than a line). Whether the result is what rich
prints is tests/test_render_grid.py's concern.
"""

from __future__ import annotations

import random
import re
from itertools import pairwise

import pytest
from corpus import LINES, soup

from newsdiff.render import grid
from newsdiff.render.grid import Grid, Styled

PIECES = [
    *(" ", " ", " ", "  ", "   ", "\u00a0", " \u00a0 "),
    *("a", "to", "the", "said", "Minister", "Ministry's", "2,500", "“quoted”", "—", "(AP)"),
    *("unbreakablelongwordthatislongerthanmostlines", "https://example.org/a/very/long/path"),
    *("x" * 7, "y" * 12, "z" * 31),
]
WIDTHS = (1, 2, 3, 5, 8, 13, 20, 31, 47, 80, 100)


def _plain_divide(text: str, width: int) -> list[int]:
    """`_divide` as written before its fast path: rich's word-by-word walk."""
    breaks: list[int] = []
    offset = 0
    for match in grid._WORD.finditer(text):
        start, word = match.start(), match.group(0)
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:
            pieces = [word[i : i + width] for i in range(0, len(word), width)]
            for piece in pieces[:-1]:
                if start:
                    breaks.append(start)
                start += len(piece)
            if start:
                breaks.append(start)
            offset = len(pieces[-1])
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    return breaks


_TRAILING = re.compile(r"\s+$")  # rich.text._re_whitespace


def _plain_wrap(text: str, width: int, justify: grid.Justify | None) -> list[str]:
    """`_wrap` as written before its fast paths: the word walk and rich's trailing pattern."""
    out: list[str] = []
    for line in text.split("\n"):
        cuts = (0, *_plain_divide(line, width), len(line))
        for piece in [line[a:b] for a, b in pairwise(cuts)]:
            if len(piece) > width:
                trailing = _TRAILING.search(piece)
                if trailing is not None:
                    piece = piece[: len(piece) - min(len(trailing.group(0)), len(piece) - width)]
            if justify == "left":
                piece = piece[:width].ljust(width)
            elif justify == "center":
                piece = piece.rstrip()[:width]
                piece = " " * ((width - len(piece)) // 2) + piece
                piece += " " * (width - len(piece))
            elif justify == "right":
                piece = piece.rstrip()[:width]
                piece = " " * (width - len(piece)) + piece
            out.append(piece[:width])
    return out


def _texts(seed: int, count: int = 1500, most: int = 40) -> list[str]:
    rng = random.Random(seed)
    return LINES + [soup(rng, PIECES, most) for _ in range(count)]


def test_corpus_is_not_empty() -> None:
    assert len(LINES) > 100


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_divide_breaks_where_the_word_walk_breaks(seed: int) -> None:
    rng = random.Random(seed)
    for text in _texts(seed):
        width = rng.choice(WIDTHS)
        assert grid._divide(text, width) == _plain_divide(text, width), (text, width)


@pytest.mark.parametrize("seed", [4, 5])
def test_wrap_gives_the_lines_the_plain_wrap_gives(seed: int) -> None:
    rng = random.Random(seed)
    justify: tuple[grid.Justify | None, ...] = (None, "left", "center", "right")
    texts = _texts(seed, count=800)
    for text in [*texts, *("\n".join(rng.sample(texts, 3)) for _ in range(300))]:
        width, how = rng.choice(WIDTHS), rng.choice(justify)
        assert grid._wrap(text, width, how) == _plain_wrap(text, width, how), (text, width)


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("aaa bbb ccc", 7, [8]),  # "aaa bbb" fills a line exactly
        ("aaa bbb ccc", 3, [4, 8]),  # each word fills a line, the space hangs off it
        ("   leading spaces", 8, [8, 11]),  # the first word keeps its spaces: too long, folded
        ("         x", 4, [4, 8]),  # spaces longer than a line fold with the first word
        ("abcdefghij k", 4, [4, 8]),  # a long word folds; the next word fits after its end
        ("ab abcdefghij", 4, [3, 7, 11]),
        ("short", 10, []),
        ("a b c      ", 3, [4]),  # trailing spaces never start a line
        ("      ", 2, []),  # a line of spaces has no word
        ("a\u00a0b c", 3, [4]),  # a no-break space separates words too
    ],
)
def test_divide_rows(text: str, width: int, expected: list[int]) -> None:
    assert grid._divide(text, width) == expected
    assert _plain_divide(text, width) == expected


@pytest.mark.parametrize(
    ("texts", "simple"),
    [
        (("plain", "text"), True),
        (("plain", "wide 漢字"), False),
        (("tab\there",), False),
        (("new\nline", "café — “quoted”"), True),
        (("", "emoji 🙂"), False),
    ],
)
def test_one_search_over_all_texts_gives_the_per_text_verdict(
    texts: tuple[str, ...], simple: bool
) -> None:
    table = Grid.of("Column").row(Styled.of(texts[0]))
    parts: list[grid.Part] = [table, *(Styled.of(t) for t in texts[1:])]
    per_text = not any(grid._NOT_SIMPLE.search(t) for t in grid._texts(parts))
    assert per_text is simple
    assert (grid.to_plain(parts, 40) is not None) is simple
