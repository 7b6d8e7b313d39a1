"""Fast paths of newsdiff.extract.attributions give what the plain scans they replace give.

Each shortcut (a pattern skipped when the sentence lacks the words every match holds, a pattern
tried only where a match can lie, a string method instead of a pattern) is checked against the
plain form, written out here: on every line of the repository's stories and on seeded random
text built from the pieces the patterns care about, near misses included.
"""

from __future__ import annotations

import random
import re

import pytest
from corpus import LINES, mixed

from newsdiff.extract import attributions as at
from newsdiff.normalize import ignorecase_lower

# Cue words and their near misses, capitals, the letters re.IGNORECASE folds, and punctuation.
CUE_PIECES = [
    *["according to ", "citing ", "quoting ", "which cited ", "who quoted ", "per ", "Per "],
    *["per Reuters", "per the AP", "per a court filing", "per an e-mail"],
    *["a report by ", "reports from ", "the story in ", "report published by ", "statement "],
    *["reported by ", "first reported by ", "echoed by ", "confirmed by ", "by ", "By "],
    *["a memo seen by ", "documents obtained by ", "quoted ", "cited ", " as saying"],
    *["quoted Ana Reyes as saying", "cited officials as saying"],
    *["The Ledger report", "Acme's report", "’s story", "a Reuters investigation"],
    *[", said ", '" says ', "” added ", "’ told ", ", according ", ", reported "],
    *["told ", "tells ", "telling ", "said in an interview with ", ", to ", " with "],
    *["in the words of ", "echoing the remarks of ", "estimates that ", "predicts that"],
    *["issued a statement", "released a letter", "put out a memo", "reports", "media reports"],
    *["reportedly ", "allegedly ", "claims ", "claim", "is said to ", "were believed to "],
    *["rumoured ", "rumored", "anonymity", "not authorized to", "asked not to be named"],
    *["he ", "she ", "He ", "She ", "the ", "The ", "Ana Reyes", "Daily Ledger", "officials"],
    *["sources", "Reyes", "unsaid", "SAID", "Said", "reports", "reporter", "storyline"],
    *[" ", " ", "  ", ",", ", ", ".", ";", "“", "”", '"', "’", "'", "-", "\n", "\u00a0"],
    *["İ", "ı", "ſ", "\u212a", "é", "_", "1", "x", "(", ")"],
]


# ---------------------------------------------------------------- word gates


def test_find_with_its_word_gates_is_the_plain_find() -> None:
    """`_find` given every gate's words tries every pattern everywhere: the plain scan."""
    rng = random.Random(8)
    texts = LINES + mixed(rng, CUE_PIECES, 3000, most=14)
    found = 0
    for text in texts:
        low = ignorecase_lower(text)
        plain = at._find(text, low, at._CUE_WORDS)
        assert at._find(text, low, at._words(low)) == plain, text
        found += len(plain)
    assert found > 1000


# Each gated pattern, the words its gate asks for, and how `_find` runs it (on `text`).
GATES = [
    (at._ACCORDING, at._ACCORDING_WORDS),
    (at._CITING, at._CITING_WORDS),
    (at._PER, at._PER_WORDS),
    (at._REPORT_BY, at._REPORT_BY_WORDS),
    (at._BY, at._BY_WORDS),
    (at._DOC_SEEN_BY, at._SEEN),
    (at._QUOTED_AS, at._QUOTED_AS_WORDS),
    (at._NAME_REPORT, at._NAME_REPORT_WORDS),
    (at._POSSESSIVE_REPORT, at._POSSESSIVE_REPORT_WORDS),
    (at._INVERTED, at._INVERTED_WORDS),
    (at._TOLD_TO, at._TOLD_TO_WORDS),
    (at._WORDS_OF, at._WORDS_OF_WORDS),
    (at._ESTIMATES_THAT, at._ESTIMATES_WORDS),
    (at._ISSUED_DOCUMENT, at._ISSUED_DOCUMENT_WORDS),
    (at._BARE_REPORTS, at._BARE_REPORTS_WORDS),
    (at._HEDGE, at._HEDGE_WORDS),
    (at._SENTENCE_ANONYMITY, at._ANONYMITY_WORDS),
    (at._PRONOUN, at._PRONOUN_WORDS),
]


@pytest.mark.parametrize(("pattern", "needed"), GATES, ids=lambda x: getattr(x, "pattern", "")[:24])
def test_every_match_holds_a_word_of_its_gate(
    pattern: re.Pattern[str], needed: frozenset[str]
) -> None:
    rng = random.Random(len(pattern.pattern))
    matched = 0
    for text in LINES + mixed(rng, CUE_PIECES, 3000, most=14):
        if pattern.search(text) is None:
            continue
        matched += 1
        assert not needed.isdisjoint(at._words(ignorecase_lower(text))), text
    assert matched > 20


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said on Friday.", {"fficials", "said", "on", "riday"}),
        ("IT WAS SAID", set()),  # `_words` takes the folded text: capitals are gone there
        ("re-ported", {"re", "ported"}),
        ("café’s", {"caf", "s"}),
    ],
)
def test_words_are_runs_of_ascii_letters(text: str, expected: set[str]) -> None:
    assert at._words(text) == expected


# ---------------------------------------------------------------- patterns tried where they can lie


def test_hedge_is_the_first_match_of_the_plain_search() -> None:
    rng = random.Random(5)
    hits = 0
    for text in LINES + mixed(rng, CUE_PIECES, 4000, most=14):
        low = ignorecase_lower(text)
        plain = at._HEDGE.search(text)
        got = at._hedge(text, low, at._words(low))
        assert (got and (got.span(), got.group("h"))) == (plain and (plain.span(), plain["h"]))
        hits += plain is not None
    assert hits > 200


ABBREV_PIECES = [
    *["The ", "the ", "Wall ", "Street ", "Journal ", "of ", "and ", "for ", "de ", "on "],
    *["Health ", "Human ", "Services", "Acme", "O'Neil", "Jo’s ", "Ana-Maria ", "Port Vale "],
    *["(WSJ)", "(HHS)", "(AP)", "(A)", "(ABCDEFGHI)", "(Reuters)", "(cnn)", "(A&B)", " (X1)"],
    *[" ", "  ", "\n", ",", ".", "; ", "—", "(", ")", "_", "1", "é", "&", "-"],
]


def test_abbreviation_definitions_are_finditer() -> None:
    rng = random.Random(2)
    found = 0
    for text in LINES + mixed(rng, ABBREV_PIECES, 4000, most=14):
        expected = [(m.span(), m.groupdict()) for m in at._ABBREV_DEF.finditer(text)]
        got = [(m.span(), m.groupdict()) for m in at._abbreviation_definitions(text)]
        assert got == expected, text
        found += len(expected)
    assert found > 100


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("The Wall Street Journal (WSJ) said", [(0, 29)]),
        ("Health and Human Services (HHS), (AP) and Acme Corp (AC)", [(0, 31), (42, 56)]),
        ("Speaking in NEW YORK, (Reuters) -", []),  # a comma before the brackets
        ("a b (AB)", []),  # no capital opens the name
        ("Acme (AC)", []),  # a name of one word
        ("Ana Reyes (AR) (AB)", [(0, 14)]),  # the second brackets have no name before them
    ],
)
def test_abbreviation_definition_rows(text: str, spans: list[tuple[int, int]]) -> None:
    assert [m.span() for m in at._ABBREV_DEF.finditer(text)] == spans
    assert [m.span() for m in at._abbreviation_definitions(text)] == spans


BEFORE_PIECES = [
    *["Reyes's ", "Reyes’ ", "officials' ", "be ", "been ", "being ", "was ", "WERE ", "is "],
    *["are ", "get ", "gets ", "got ", "abe ", "maybe ", "_be ", "1was ", "s ", "'s", "’s"],
    *["said", "claims", " ", "  ", "\n", "\u00a0", ",", ".", "x", "é", "İs "],
]


def test_noun_or_passive_before_is_the_plain_search() -> None:
    rng = random.Random(4)
    hits = 0
    for text in LINES[:300] + mixed(rng, BEFORE_PIECES, 1500, most=8):
        for end in range(len(text) + 1):
            plain = at._NOUN_OR_PASSIVE_BEFORE.search(text, 0, end) is not None
            assert at._noun_or_passive_before(text, end) is plain, (text, end)
            hits += plain
    assert hits > 1000


DOCUMENT_PIECES = [
    *["a ", "the ", "The ", "its ", "memo", "MEMO", "statement", "e-mail", "communiqué"],
    *["COMMUNIQUÉ", "data", "report", "ſtatement", " from ", " by ", " of ", " sent to staff by "],
    *["released by ", "CEO Jo Park", "the agency", "new ", "draft ", ",", ", ", " ", "\n"],
]


def test_document_of_is_the_plain_match() -> None:
    rng = random.Random(6)
    hits = 0
    for text in LINES + mixed(rng, DOCUMENT_PIECES, 4000, most=8):
        plain = at._DOCUMENT_OF.match(text)
        got = at._document_of(text)
        assert (got and got.groupdict()) == (plain and plain.groupdict()), text
        hits += plain is not None
    assert hits > 100


def test_trailing_abbreviation_ends_with_a_closing_bracket() -> None:
    """`_np_left` skips `_TRAILING_ABBR` unless the text before the verb ends with ")"."""
    rng = random.Random(7)
    hits = 0
    for text in mixed(rng, ABBREV_PIECES, 1500, most=8):
        for end in range(len(text) + 1):
            if at._TRAILING_ABBR.search(text, 0, end):
                hits += 1
                assert text[:end].rstrip().endswith(")"), (text, end)
    assert hits > 300


@pytest.mark.parametrize(
    "word", ["Reyes's", "Reyes’s", "Reyes's\n", "Reyes’s\n", "s", "'s", "x's's", "its", "", "\n"]
)
def test_no_possessive_is_the_plain_substitution(word: str) -> None:
    assert at._no_possessive(word) == re.sub(r"['’]s$", "", word)


# Bodies' names and their initials written in and around other words.
INITIAL_PIECES = [
    *["Federal Deposit Insurance Corporation", "the FDIC", "FDICs", "xFDIC", "FDIC_", "FDIC1"],
    *["World Health Organization", "WHO", "WHOM", "who", "Éire Bank", "ÉB", "EB", "B", "É"],
    *["The Daily Ledger", "DL", "DLs", "(DL)", "DL-run", "Wall Street Journal", "WSJ", "WSJ's"],
    *[" ", " ", "-", ",", ".", "’", "_", "1", "é", "\n", "\u00a0"],
]


def test_initials_word_search_matches_a_pattern_per_body() -> None:
    # `_one_form` looks for a body's initials as a whole word with rx.word_starts, not with
    # `re.search(rf"\b{initials}\b", text)` compiled afresh for every body
    rng = random.Random(17)
    texts = mixed(rng, INITIAL_PIECES, 1500, 8)
    names = [n for n in INITIAL_PIECES if len(n) > 3] + [mixed(rng, INITIAL_PIECES, 1, 4)[0]]
    for name in names:
        initials = at._initials(name)
        if not initials:
            continue
        assert re.escape(initials) == initials, initials  # capitals only: no pattern syntax
        for text in texts:
            plain = re.search(rf"\b{initials}\b", text) is not None
            fast = next(at.rx.word_starts(text, initials), None) is not None
            assert fast == plain, (initials, text)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Minister for Foreign Affairs Ana Reyes said", "Foreign Affairs Ana Reyes", "Ana Reyes"),
        ("Minister for Foreign Affairs Ana Reyes", "Affairs Ana Reyes", "Affairs Ana Reyes"),
        ("Head of Ana Reyes said", "Ana Reyes", "Ana Reyes"),
        ("Ana Reyes said", "Ana Reyes", "Ana Reyes"),
        ("the Union Street site", "Union Street", None),
    ],
)
def test_person_name_title_link_rows(text: str, words: str, expected: str | None) -> None:
    # the title before a run is looked for only when the run has three words or more
    start = text.index(words)
    assert at._person_name(text, start, words.split()) == expected


# ---------------------------------------------------------------- look-behinds before a position

LINK_PIECES = [
    *["Minister for ", "Head of ", "Chief of\n", "Secretary of  ", "head of ", "Head of"],
    *["Office for\u00a0", "Minister for\t", "Director ofx ", "Head ox ", "for ", "of ", "fore "],
    *["Ana Reyes ", "Foreign Affairs ", "Staff ", "HEAD OF ", "İ", "é", "\n", " ", ",", "."],
]


def test_title_link_before_is_the_plain_search() -> None:
    """`_title_link_before` skips the search only where it finds nothing."""
    rng = random.Random(41)
    texts = LINES + mixed(rng, LINK_PIECES, 1500, most=10)
    found = 0
    for text in texts:
        for start in range(len(text) + 1):
            plain = at._TITLE_LINK_BEFORE.search(text, max(0, start - 40), start)
            fast = at._title_link_before(text, start)
            assert (fast and fast.span("title")) == (plain and plain.span("title")), (text, start)
            found += plain is not None
    assert found > 100


def _plain_past_aside_close(text: str, verb_start: int) -> int:
    """`_past_aside_close` as it was written before its "," / ")" pre-test."""
    toks = at._tokens(text, max(0, verb_start - 60), verb_start)
    n = len(toks)
    while (
        n
        and toks[n - 1][2].islower()
        and (toks[n - 1][2] in at._AUX or toks[n - 1][2].endswith("ly"))
    ):
        n -= 1
    if n and toks[n - 1][2].lower() in at._TIME_TAIL:
        n -= 1
        while n and toks[n - 1][2].lower() in at._TIME_TAIL | at._TIME_LEADS:
            n -= 1
        while n and toks[n - 1][2] in at._AUX:
            n -= 1
    if n == len(toks) or n == 0 or toks[n - 1][2] not in {",", ")"}:
        return verb_start
    return toks[n][0]


ASIDE_PIECES = [
    *[", which leads the inquiry, ", ", governor of the bank, ", " (NTSB) ", " on Friday ", "has "],
    *["also ", "previously ", "had ", "last ", "week ", "Tuesday ", "on ", "1,000 ", "(", ")"],
    *["Ana Reyes ", "the board ", "said", ", ", ",", " ", "\n", "early ", "late ", "quickly "],
]


def test_past_aside_close_is_the_plain_walk() -> None:
    """Without a "," or ")" in the 60 characters before the verb the answer is the verb's start."""
    rng = random.Random(42)
    texts = LINES + mixed(rng, ASIDE_PIECES, 1500, most=14)
    moved = 0
    for text in texts:
        for verb_start in range(len(text) + 1):
            plain = _plain_past_aside_close(text, verb_start)
            assert at._past_aside_close(text, verb_start) == plain, (text, verb_start)
            moved += plain != verb_start
    assert moved > 100
