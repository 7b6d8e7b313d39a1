"""Fast paths in the aligner (issue 8) give what the plain computations they replace give.

ASCII token patterns against the general ones, clause weights summed once against sums taken
per pair, the per-wording score cache against a fresh score: on the repository's test stories
and seeds and on seeded random text built from what the patterns care about. Equality is exact
(same floats), as the report must not change by a digit.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from corpus import LINES, soup

from newsdiff import align
from newsdiff.config import AlignConfig
from newsdiff.model import Sentence, Span
from newsdiff.normalize import match_form

ROOT = Path(__file__).parent.parent
CONFIG = AlignConfig()

# What the token patterns look at: letters, digits, their joiners, breaks, spaces.
PIECES = [*"aZk9 0,.;:()\"'-_", " - ", "ab", "Q1", "1,100", "7.1", "e.g.", "x-y", "it's", "  "]


def _ascii_texts() -> list[str]:
    rng = random.Random(8)
    return [x for x in LINES if x.isascii()] + [soup(rng, PIECES, 40) for _ in range(3000)]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def test_corpus_is_not_empty() -> None:
    assert len([x for x in LINES if x.isascii()]) > 100


def test_ascii_tokens_match_the_general_pattern() -> None:
    for text in _ascii_texts():
        want = _spans(align._TOKEN_OR_BREAK, text)
        assert _spans(align._ASCII_TOKEN_OR_BREAK, text) == want, text


def test_ascii_raw_words_match_the_general_pattern() -> None:
    for text in _ascii_texts():
        lower = text.lower()
        assert align._ASCII_RAW_WORD.findall(lower) == align._RAW_WORD.findall(lower), text


@pytest.mark.parametrize(
    "text", ["Caf\u00e9 owners said 1,100 were\u2014", "na\u00efve \u00c9mile"]
)
def test_non_ascii_text_keeps_the_general_pattern(text: str) -> None:
    # must-not-match: the ASCII pattern would miss these letters, so it is never used on them
    assert _spans(align._ASCII_TOKEN_OR_BREAK, text) != _spans(align._TOKEN_OR_BREAK, text)


def _model() -> align._Model:
    """A model over the seeds' paragraphs, one article per seed file."""
    groups: list[list[Sentence]] = []
    for n, path in enumerate(sorted((ROOT / "seeds").glob("*"))):
        rows = [x for x in path.read_text(errors="ignore").splitlines() if len(x.split()) > 6]
        groups.append(
            [
                Sentence(f"a{n}", i, t, Span(0, len(t)), i, "sentence", t.lower())
                for i, t in enumerate(rows[:40])
            ]
        )
    return align._model(groups, CONFIG)


def test_clause_weights_summed_once_equal_sums_per_pair() -> None:
    m = _model()
    plain = dict(m.weights)
    feats = [f for f in m.feats if f.terms][:60]
    assert any(f.clauses for f in feats)
    pairs = 0
    for a in feats:
        for b in feats:
            fast = align._part(a, b, m.weights, own=True)
            assert fast == align._part(a, b, plain, own=False)
            pairs += fast > 0
    assert pairs > 50  # the check compared real overlaps, not only zeros


def test_joined_sentence_keeps_its_own_clause_weights() -> None:
    m = _model()
    a, b = m.feats[0], m.feats[1]
    joined = align._joined(a, b, m.weights)
    for g in m.feats[:40]:
        assert align._part(joined, g, m.weights, own=True) == align._part(
            joined, g, dict(m.weights), own=False
        )


def test_cached_similarity_equals_a_fresh_one() -> None:
    m = _model()
    feats = m.feats[:50]
    for a in feats:
        for b in feats:
            fresh = align._similarity(a, b, m.weights, CONFIG)
            assert align._similar(a, b, m, CONFIG) == fresh
            assert align._similar(a, b, m, CONFIG) == fresh  # now from the cache


# What `_BRITISH` looks at: the letter runs its branches start on and the endings its
# look-aheads want, glued to other letters so that every branch gets a chance.
SPELL_PIECES = [*"abcdeilnorstuyz", "re", "tre", "bre", "our", "is", "ys", "ise", "yse", "ell"]
SPELL_PIECES += ["ed", "ing", "ation", "able", "ite", "er", "ers", "es", "s", "d", "cent", "lab"]


def _corpus_words() -> list[str]:
    words = {w.lower() for line in LINES for w in align._TOKEN.findall(line)}
    rng = random.Random(6)
    words.update("".join(rng.choices(SPELL_PIECES, k=rng.randint(1, 5))) for _ in range(6000))
    return sorted(words)


def _plain_spelled(word: str) -> str:
    return (
        align._IRREGULAR.get(word)
        or align._SPELLED.get(word)
        or align._BRITISH.sub(align._american, word)
    )


def test_spelling_hint_gives_what_the_pattern_gives() -> None:
    words = _corpus_words()
    changed = 0
    for word in words:
        want = _plain_spelled(word)
        assert align._spelled(word) == want, word
        changed += want != word
    assert changed > 100  # the check met real British spellings, not only unchanged words


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("centre", "center"),
        ("centred", "centered"),
        ("labour", "labor"),
        ("favourite", "favorite"),
        ("organised", "organized"),
        ("analyse", "analyze"),
        ("cancelled", "canceled"),
        ("went", "go"),
        ("defence", "defense"),
        # must-not-change: no British spelling in them
        ("praise", "praise"),
        ("contour", "contor"),  # looks British, read alike everywhere (see `_BRITISH`)
        ("metre", "meter"),
        ("market", "market"),
        ("tell", "tell"),
    ],
)
def test_spelled_rows(word: str, expected: str) -> None:
    assert align._spelled(word) == expected


def test_ascii_word_form_is_its_lower_case() -> None:
    rng = random.Random(9)
    raw = {w for line in LINES for w in align._RAW_WORD.findall(line) if w.isascii()}
    raw.update(soup(rng, [*"aZk9Q", "'", ".", "-", "Ab"], 12) for _ in range(3000))
    words = sorted(w for x in raw for w in align._RAW_WORD.findall(x))
    assert len(words) > 1000
    for word in words:
        assert word.lower() == match_form(word), word
        forms: dict[str, str] = {}
        char = align._letter(word, {}, forms)
        assert forms == {match_form(word): char}, word


def test_non_ascii_word_keeps_its_normal_form() -> None:
    # must-not-match: a curly apostrophe or a ligature is unified, not merely lower-cased
    for word in ["Japan\u2019s", "\ufb01nal", "CAF\u00c9"]:
        forms: dict[str, str] = {}
        char = align._letter(word, {}, forms)
        assert forms == {match_form(word): char}
        assert match_form(word) != word.lower() or word == "CAF\u00c9"
