"""Fast paths in quotes.py give what the plain scans they replace give."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from newsdiff.extract import quotes

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _plain_tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Tokens as the plain scan finds them: every token tested for a trailing mark."""
    found = [(m.start(), m.end(), m.group()) for m in quotes._TOKEN.finditer(text, start, end)]
    out = []
    for s, e, tok in found:
        while (
            tok
            and tok[-1] in ".-’'"
            and tok.lower() not in quotes._ABBREV
            and not quotes._INITIALS.fullmatch(tok)
        ):
            tok = tok[:-1]
            e -= 1
        if tok:
            out.append((s, e, tok))
    return out


def _plain_expand(stems: str) -> frozenset[str]:
    """Every stem spelt out with [sz] and l? replaced, as the plain loop does."""
    out: set[str] = set()
    for stem in stems.split("|"):
        word = stem.split()[0]
        if word in ("went", "goes"):
            continue
        for a in ("s", "z"):
            for b in ("l", ""):
                out.add(word.replace("[sz]", a).replace("l?", b))
    return frozenset(out)


def _corpus_lines() -> list[str]:
    lines = [
        line
        for path in sorted(SEEDS.iterdir())
        if path.is_file()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(lines) > 20  # the seeds are there: the test below compares something
    return lines


# letters, digits and every character the token pattern and the trimming treat specially
_ALPHABET = "aZé9_ .-’'\n,U.S.Mr.A.--x'"


def _random_texts(n: int) -> list[str]:
    rnd = random.Random(8)
    return ["".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(0, 40))) for _ in range(n)]


def test_tokens_match_plain_scan_on_corpus_lines() -> None:
    for line in _corpus_lines():
        assert quotes._tokens(line) == _plain_tokens(line, 0, len(line)), line


def test_tokens_match_plain_scan_on_random_windows() -> None:
    rnd = random.Random(5)
    for text in _random_texts(3000):
        start = rnd.randint(0, len(text))
        end = rnd.randint(start, len(text))
        assert quotes._tokens(text, start, end) == _plain_tokens(text, start, end), (
            text,
            start,
            end,
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Roe said.", [(0, 3, "Mr."), (4, 7, "Roe"), (8, 12, "said")]),
        ("the U.S. team-", [(0, 3, "the"), (4, 8, "U.S."), (9, 13, "team")]),
        ("rock 'n' roll", [(0, 4, "rock"), (6, 7, "n"), (9, 13, "roll")]),
        ("a -- b", [(0, 1, "a"), (5, 6, "b")]),  # a run of marks alone is no token
    ],
)
def test_tokens_table(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert quotes._tokens(text) == expected == _plain_tokens(text, 0, len(text))


def test_expand_matches_plain_loop() -> None:
    stems = quotes._CUE_STEMS
    assert "[sz]" in stems and "l?" in stems  # both forms are exercised
    assert quotes._expand(stems) == _plain_expand(stems)
    assert quotes._expand("critici[sz]e|travel?led|say") == _plain_expand(
        "critici[sz]e|travel?led|say"
    )
