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


# ------------------------------------------------------------------ mentions kept per sentence


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Lines of `text` cut after each ". ", as (start, end): sentence-like windows."""
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start = pos
        for k, ch in enumerate(line):
            if ch == "." and line[k + 1 : k + 2] == " ":
                spans.append((start, pos + k + 1))
                start = pos + k + 2
        spans.append((start, pos + len(line.rstrip("\n"))))
        pos += len(line)
    return [(s, e) for s, e in spans if s < e]


def _assert_same_mentions(masked: str, start: int, end: int, sentence: int) -> None:
    kept = quotes._mentions(masked, start, end, sentence)
    plain = quotes._scan(masked, start, end, sentence, whole=True)
    assert kept == plain, (masked[max(0, start - 1) : end], start, end)


def test_mentions_kept_per_sentence_match_plain_scan_on_seeds() -> None:
    quotes._sentence_mentions.cache_clear()
    found = 0
    for path in sorted(SEEDS.iterdir()):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        masked = quotes._mask(text, quotes._pair_marks(text)[0])
        for k, (start, end) in enumerate(_sentence_spans(masked)):
            _assert_same_mentions(masked, start, end, k)
            found += len(quotes._mentions(masked, start, end, k))  # now from the cache
    assert found > 50  # the seeds name people: the comparison above saw mentions


# words that reach every test of the scan: titles, acronyms, ages, particles, possessives, bodies
_NAME_TEXT = (
    "Ana Reyes said told Minister of Health PM Narendra Modi the 31-year-old 5-year-old Mr "
    "Japan's top spokesperson U.S. Chinese al-Nunu Ministry Fire Chief Ramon Ortega , 32 , "
    "( 45 ) who a federal judge ruled Striker Luis Moreno NHK Tokyo-based Fed according to "
    "The Stern resigned . SHO MD K Ramanan Professor Jo Park of Orbit University warned"
)
_NAME_WORDS = _NAME_TEXT.split()


def _name_texts(n: int) -> list[str]:
    rng = random.Random(8)
    gaps = [" "] * 8 + ["  ", "\n", "                              ", ", "]
    return [
        "".join(rng.choice(_NAME_WORDS) + rng.choice(gaps) for _ in range(rng.randint(3, 40)))
        for _ in range(n)
    ]


def test_mentions_kept_per_sentence_match_plain_scan_on_random_windows() -> None:
    quotes._sentence_mentions.cache_clear()
    rng = random.Random(9)
    texts = _name_texts(300)
    seen = 0
    for text in texts:
        for _ in range(4):
            start = rng.randrange(len(text))  # often inside a word: after a word character
            end = rng.randrange(start, len(text) + 1)
            _assert_same_mentions(text, start, end, rng.randrange(3))
            seen += bool(quotes._scan(text, start, end, 0, whole=True))
    assert seen > 300  # most windows name someone


@pytest.mark.parametrize(
    "before",
    ["", "\n", "x", "9", "Said ", "1", "_"],  # no text, a blank, word characters of each kind
)
def test_one_sentence_after_any_text_gives_the_plain_scan(before: str) -> None:
    sentence = "31-year-old nurse Ann Roe and SHO Jo Park told Chief Ramon Ortega, 32, on Friday."
    text = f"{before}{sentence} Later Jo Park spoke."
    _assert_same_mentions(text, len(before), len(before) + len(sentence), 4)
    # a sentence needing the whole text (an acronym title is judged by the name's other uses)
    assert quotes._sentence_mentions(sentence, False, 4) is None
    assert quotes._sentence_mentions(sentence, True, 4) is None
    plain = sentence.replace("SHO ", "")
    assert quotes._sentence_mentions(plain, True, 4) is not None


def _plain_cues(text: str) -> list[tuple[int, str]]:
    """Cue verbs as the plain loop finds them, with no early exit (positions and words)."""
    out = []
    for m in quotes._ALPHA.finditer(text):
        low = m.group().lower()
        if low not in quotes._CUE_WORDS:
            continue
        if low.endswith("ing") and quotes._ING_NOUN_BEFORE.search(
            text, max(0, m.start() - 30), m.start()
        ):
            continue
        if low[-1] == "s" and low not in quotes._VERB_ONLY:
            lo = max(0, m.start() - 30)
            if quotes._NOUN_BEFORE.search(text, lo, m.start()) or (
                m.group()[0].isupper() and quotes._NAME_BEFORE.search(text, lo, m.start())
            ):
                continue
        out.append((m.start(), m.group()))
    return out


_CUE_TEXT = (
    "the minister said on Monday that member states says Told warned SAID noting the United "
    "States calls amid calls he added Reuters reported a rising tells writes the X"
)
_CUE_WORDS_OF_TEXT = _CUE_TEXT.split()


def _cue_texts(n: int) -> list[str]:
    rng = random.Random(11)
    return [
        " ".join(rng.choice(_CUE_WORDS_OF_TEXT) for _ in range(rng.randint(0, 12)))
        for _ in range(n)
    ]


def test_cues_match_plain_loop() -> None:
    texts = [*_corpus_lines(), *_cue_texts(1500), "", "no cue in this one"]
    found_any = 0
    for text in texts:
        got = [(m.start(), m.group()) for m in quotes._cues(text)]
        assert got == _plain_cues(text), text
        found_any += bool(got)
    assert 0 < found_any < len(texts)  # both the early exit and the full loop were exercised


def _plain_bodies(masked: str) -> tuple[tuple[int, str], ...]:
    """Organisations as the plain loop finds them: every run split and tested."""
    out = []
    for m in quotes._CAP_RUN.finditer(masked):
        for p_at, p_text in quotes._run_pieces(m.group()):
            words = p_text.rstrip(".").split()
            while words and (
                words[0].lower() in quotes._NOT_NAME or words[0].lower() in quotes._PREPS
            ):
                words = words[1:]
            if not words or not quotes._body_head(" ".join(words)):
                continue
            if len(words) == 1 and words[0].lower() not in quotes._CORPORATE:
                continue
            out.append((m.start() + p_at + p_text.find(words[0]), " ".join(words)))
    return tuple(out)


_BODY_TEXT = (
    "Acme Inc. Corp Ltd the Interior Ministry of Defence Police Group. The Bank of England "
    "Co. LLC Holdings said he Mr. Roe PLC Company\nGroup inc Ministry. Ministry for Health"
)
_BODY_WORDS = _BODY_TEXT.split(" ")


def test_bodies_match_plain_loop() -> None:
    rng = random.Random(5)
    texts = [
        *_corpus_lines(),
        *(
            " ".join(rng.choice(_BODY_WORDS) for _ in range(rng.randint(1, 14)))
            for _ in range(1500)
        ),
    ]
    found = 0
    for text in texts:
        got = quotes._bodies(text)
        assert got == _plain_bodies(text), text
        found += len(got)
    assert found > 100  # bodies were found, one-word ones among them ("Corp", "Inc.")
    assert quotes._bodies("Acme Corp. said") == ((0, "Acme Corp"),)
    assert quotes._bodies("Its owner, Corp., said") == ((11, "Corp"),)
    assert quotes._bodies("The Police said") == ()
