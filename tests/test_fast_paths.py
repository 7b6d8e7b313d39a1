"""Fast paths (issue 8) give what the plain scans they replace give.

Each optimisation in segment, layout, dates and numbers that avoids a regular-expression scan
(a search from a later position, anchored tries at the only places a match can start, a string
method instead of a pattern) is checked here against the scan it replaces, written out in the
test: on hand-written rows, including ones near each bound, and on seeded random text built
from the pieces the patterns care about.
"""

from __future__ import annotations

import random
import re

import pytest
from corpus import LINES, mixed, soup

from newsdiff import layout, segment
from newsdiff.extract import attributions, dates, numbers
from newsdiff.normalize import ignorecase_lower

# ---------------------------------------------------------------- layout: photo credits

CREDIT_ENDS = [
    "(AP Photo/Jane Roe)",
    "(AP Photo/Jane Roe) (Jane Roe)",
    "*Photo: AFP*",
    "Photo by Sam Lee/EPA",
    "(Getty Images)",
    "(via Getty Images)",
    "Picture: Ann Cole/Agency",
    "(Photograph:AFP)",
    "_Photo credit: Someone Else_",
    "Foto: dpa",
    "Video by Lee Wu",
    "A B C D E F G/H I J K/L/M N/Xinhua",
    "a" * 40 + "/" + "b" * 40 + "/" + "c" * 40 + "/AFP",
    "(Photos " + "x" * 79 + ")",
    "(" + "y" * 60 + " getty images)",
    "Photo: " + "z" * 79 + "  |  **",
    "image credit  :  " + "w" * 70,
    "  |  ",
    " **",
]
CREDIT_PIECES = [*"abXY .,;:'-/()[]*_|\"”’!?\t", "photo", "Photo", "AFP", "getty images", "  "]


def _long_lines(rng: random.Random, n: int) -> list[str]:
    out: list[str] = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 6)):
            r = rng.random()
            if r < 0.5:
                parts.append(rng.choice(LINES))
            elif r < 0.8:
                parts.append(soup(rng, CREDIT_PIECES, 120))
            else:
                parts.append(rng.choice(CREDIT_ENDS))
        parts.append(rng.choice(CREDIT_ENDS) if rng.random() < 0.6 else "")
        line = rng.choice([" ", ". ", "  "]).join(parts)
        out.append(line.upper() if rng.random() < 0.2 else line)
    return out


def _credit_reference(line: str) -> tuple[int, int] | None:
    """`credit_span` as a full search of the line (what it was before the tail bound)."""
    if "/" not in line and not layout._holds_any(ignorecase_lower(line), layout._CREDIT_NEEDS):
        return None
    m = layout._CREDIT.search(line)
    return None if m is None else (m.start("credit"), m.end("credit"))


@pytest.mark.parametrize(
    "line",
    [
        "The river rose all night. " * 12 + "(AP Photo/Jane Roe)",
        "Rescuers searched the ruins. " * 10 + "A B C D E F G/H I J K/L/M N/Reuters",
        "Crowds gathered, " * 20 + "Photo: " + "q" * 80,
        "No credit on this long line at all, only words and commas, " * 5,
        "Photo " * 60,
    ],
)
def test_credit_span_matches_full_search(line: str) -> None:
    assert layout.credit_span(line) == _credit_reference(line)


BODY = "Water rose through the night and crews worked on, officials said. " * 4


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # the longest bracketed form: 166 characters that are not spaces, "*", "_" or "|"
        (
            BODY + "(Abcdefghijk Photographs-" + "x" * 79 + ") (" + "y" * 60 + ")",
            "(Abcdefghijk Photographs-" + "x" * 79 + ") (" + "y" * 60 + ")",
        ),
        # names and agencies: as long as the slashes go on
        (BODY + "A" + ("b" * 39 + "/") * 6 + "AFP", "A" + ("b" * 39 + "/") * 6 + "AFP"),
        (
            BODY + "A" + ("b" * 39 + " / ") * 6 + "Reuters (Ann Lee)",
            "A" + ("b" * 39 + " / ") * 6 + "Reuters (Ann Lee)",
        ),
        (BODY + "A" + ("b" * 39 + ", /") * 6 + "AFP", None),  # a comma is no part of a name
        (BODY + "Photo: " + "z" * 80 + "  |  **", "Photo: " + "z" * 80),
    ],
)
def test_credit_span_at_its_bounds(line: str, credit: str | None) -> None:
    got = layout.credit_span(line)
    assert got == _credit_reference(line)
    if credit is None:
        assert got is None
    else:
        assert got is not None and line[got[0] : got[1]].strip(" *_|") == credit


def test_credit_span_matches_full_search_on_random_lines() -> None:
    rng = random.Random(8)
    lines = _long_lines(rng, 1500)
    found = 0
    for line in lines:
        got = layout.credit_span(line)
        assert got == _credit_reference(line), line
        found += got is not None and len(line) > layout._CREDIT_SPAN
    assert found > 100  # the random lines do reach the bound on long lines


# ---------------------------------------------------------------- layout: lines and words

_NEWLINE = re.compile(r"\r\n|[\r\n\u2028\u2029\x0b\x0c\x85]")


def _lines_reference(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _NEWLINE.finditer(text):
        out.append(layout._strip(text, pos, m.start()))
        pos = m.end()
    out.append(layout._strip(text, pos, len(text)))
    return out


@pytest.mark.parametrize(
    "text",
    ["", "a", "a\n", "\n", "a\r\nb", "a\n\rb", "a\rb\n", "x\x1cy\nz", "p\u2028q\x85r\x0bs\x0ct"],
)
def test_lines_match_newline_pattern(text: str) -> None:
    assert layout._lines(text) == _lines_reference(text)


def test_lines_match_newline_pattern_on_random_text() -> None:
    rng = random.Random(5)
    pieces = ["a", "b c", " ", "\t", "\r", "\n", "\r\n", "\u2028", "\u2029", "\x0b", "\x0c"]
    pieces += ["\x85", "\x1c", "\x1d", "\x1e", "\u00a0", "\ufeff"]
    for _ in range(5000):
        text = soup(rng, pieces, 12)
        assert layout._lines(text) == _lines_reference(text), repr(text)


@pytest.mark.parametrize(
    ("text", "n", "more"),
    [
        ("", 0, False),
        ("one", 0, True),
        ("one two", 1, True),
        ("one two", 2, False),
        ("  a\u2003b\x1cc  ", 2, True),
        ("a | b | c", 5, False),
        ("a\u200bb", 1, False),  # a zero-width space is not a space: one word
    ],
)
def test_more_words(text: str, n: int, more: bool) -> None:
    assert layout._more_words(text, n) is more
    assert (len(re.findall(r"\S+", text)) > n) is more


# ---------------------------------------------------------------- segment: joining pieces

_CLOSED_QUOTE = re.compile(r"[.!?…][\"”’']\s*$")
_NUMERIC_ABBREV = re.compile(
    r"\b(?:no|nos|vol|vols|art|arts|approx|p|pp|fig|figs|ch|chap|sec|para|ca|est|ref|tel|nr)\.$",
    re.I,
)
_CLOCK = re.compile(r"\b[ap]\.m\.$", re.I)
JOIN_PIECES = [
    *["no.", "No.", "NOS.", "approx.", "p.", "pp.", "a.m.", "P.M.", "p.m.\n", "ſec.", "tel."],
    *[" ", "  ", "\n", "\t", "\u2003", "\x85", ".", "!", "?", "…", '"', "”", "’", "'", "x"],
    *["said", "he said.", "Tuesday", "GMT", "5", " 7", "K", "İ", "vol", "xno.", "-no.", "_no."],
]


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        ('"We will win."', True),
        ("“We will win.”  \n", True),
        ("It ended.’\u2003", True),
        ("We will win.", False),
        ('"', False),
        ('."x', False),
        ("", False),
    ],
)
def test_closed_quote(text: str, closed: bool) -> None:
    assert segment._closed_quote(text) is closed
    assert (_CLOSED_QUOTE.search(text) is not None) is closed


def test_tail_searches_match_full_searches() -> None:
    rng = random.Random(3)
    for prev in mixed(rng, JOIN_PIECES, 3000, most=8):
        tail = max(0, len(prev) - segment._TAIL_ABBREV)
        full = _NUMERIC_ABBREV.search(prev)
        assert (segment._NUMERIC_ABBREV.search(prev, tail) is not None) == (full is not None)
        tail = max(0, len(prev) - segment._TAIL_CLOCK)
        full = _CLOCK.search(prev)
        assert (segment._CLOCK.search(prev, tail) is not None) == (full is not None)
        assert segment._closed_quote(prev) == (_CLOSED_QUOTE.search(prev) is not None)


# ---------------------------------------------------------------- numbers: candidate figures

NUMBER_PIECES = [
    *["US$", "$US", "A$", "HK$", "S$", "R$", "$", "€", "£", "¥", "₹", "₩", "Rs", "Rs.", "Rs. "],
    *["USD", "usd", "EUR ", "GBP", "12", "1,234", "1,234.5", "3.5", "0", "٣", "²", " ", "  "],
    *["-", ",", ".", "a ", "A ", "a dozen", "half a million", "twenty-one", "Twenty one", "ONE"],
    *["ſeven", "ten", "nine hundred", " and ", "x", "_", "é", "İ", "ı", "K", "seventeen"],
    *["sevens", "one2", "2one", "(", ")", "%", "km"],
]


def test_candidate_matches_are_finditer() -> None:
    rng = random.Random(11)
    matched = 0
    for text in mixed(rng, NUMBER_PIECES, 6000, most=14):
        low = ignorecase_lower(text)
        words = not numbers._NUMBER_WORDS.isdisjoint(numbers._LETTERS.findall(low))
        expected = [(m.span(), m.groupdict()) for m in numbers._CANDIDATE.finditer(text)]
        if numbers._DIGIT.search(text) is None and not words:
            assert expected == [], text  # the prefilter in _figures
            continue
        got = [
            (m.span(), m.groupdict()) for m in numbers._candidate_matches(text, low, words=words)
        ]
        assert got == expected, text
        matched += len(expected)
    assert matched > 1000


# ---------------------------------------------------------------- dates: names and hints

_NAME_RUN = re.compile(
    r"(?<![\w“\"‘'])(?:[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?|[A-Z]\.)"
    r"(?:\s+(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[A-Z]\.))+"
)
NAME_PIECES = [*"ABXYabxy .,;'’‘“\"-_\n\t", "Ana", "Reyes", "Li", "J.", "O'Neil", "Smith-Jones"]
NAME_PIECES += ["Jean-Luc", "  ", "é", "É", "1", "the", "The", "D’Arcy"]


def test_name_runs_match_look_behind_first_form() -> None:
    rng = random.Random(2)
    for text in mixed(rng, NAME_PIECES, 5000, most=25):
        expected = [(m.span(), m.groups()) for m in _NAME_RUN.finditer(text)]
        assert [(m.span(), m.groups()) for m in dates._NAME_RUN.finditer(text)] == expected
        for pos in (1, 3):
            a, b = _NAME_RUN.match(text, pos), dates._NAME_RUN.match(text, pos)
            assert (a and a.span()) == (b and b.span()), text


RELATIVE_PIECES = ["Monday", "Sunday", "today", "Today", "Tonight", "Yesterday", "Tomorrow"]
RELATIVE_PIECES += ["ago", "This", "last", "Next", "week", "month", "year", "morning", "night"]
RELATIVE_PIECES += [" ", "  ", "\n", "x", "_", "-", "a", "day", "Day", "TODAY", "evening"]


def test_relative_hint_needs_one_of_its_pieces() -> None:
    rng = random.Random(6)
    hits = 0
    for text in mixed(rng, RELATIVE_PIECES, 6000, most=8):
        if dates._RELATIVE_HINT.search(text):
            assert dates._any_in(text, dates._RELATIVE_PIECES), text
            hits += 1
    assert hits > 1000


NOT_FIGURE_PIECES = [
    *["Jan", "January", "Sept", "September", "Sep.", "May", "March", "Nov.", " ", "  ", "\u00a0"],
    *["1", "12", "2024", "1990s", "'90s", "3rd", "21st", "No.", "No", "Nos", "no", "Number"],
    *["number", "#", "A", "AT&T", "COVID", "-", "\u2013", "/", ".", ":", ",", "am", "a.m.", "pm"],
    *["o'clock", "GMT", "local time", "one", "one of the", "no one", "one day", "of", "the"],
    *["http://x.y/z", "https://a", "x", "$", "_", "é", "٣", "²", "st", "B2", "12a-3b", "A320"],
]


@pytest.mark.parametrize(
    "text",
    [
        "On Nov.  5, 2024 at 9:30 a.m. GMT, flight A320-200 left gate No. 7 (see https://x.y/1).",
        "Prices rose 5% in the 1990s and '80s; one of the 3rd-quarter figures was 12a-3b.",
        "Write to desk@example.com about the 4-1 vote in March 2024.",
        "AT&T5 and $A5 and _B6 and 12345678",
    ],
)
def test_not_figures_is_finditer(text: str) -> None:
    expected = [m.span() for m in numbers._NOT_FIGURES.finditer(text)]
    assert numbers._not_figures(text) == expected
    assert expected  # each row holds spans that are not figures


def test_not_figures_is_finditer_on_random_text() -> None:
    rng = random.Random(12)
    spans = 0
    for text in mixed(rng, NOT_FIGURE_PIECES, 6000, most=16):
        expected = [m.span() for m in numbers._NOT_FIGURES.finditer(text)]
        assert numbers._not_figures(text) == expected, text
        spans += len(expected)
    assert spans > 3000


def _candidates_reference(text: str) -> list[dates._Cand]:
    """`dates._candidates` as it was: relative expressions only where _RELATIVE_HINT matches."""
    month = dates._MONTH_HINT.search(text) is not None
    relative = dates._RELATIVE_HINT.search(text) is not None
    digit = dates._has_digit(text)
    found = dates._month_cands(text) if month else []
    if digit:
        found += dates._numeric_cands(text) + dates._year_cands(text)
    if relative:
        found += [*dates._relative_cands(text)]
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    taken: list[dates._Cand] = []
    for c in found:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    return [dates._extend(text, c) for c in taken]


DATE_PIECES = [
    *["Monday", "Sunday", "Sunday Times", "Good Friday", "today", "USA Today", "tonight"],
    *["yesterday", "tomorrow", "two days ago", "this", "This", "last", "Next", "late", "Early"],
    *["earlier", "Later", "week", "weekend", "month", "year", "morning", "night", "midday"],
    *["noon", " ", " ", " ", "  ", "\n", ",", ".", "-", "'s", "x", "on", "in", "May", "5"],
    *["2024", "12/3", "the", "said", "will", "mid-", "holiday", "Mondays"],
]


@pytest.mark.parametrize(
    ("text", "expressions"),
    [
        ("They met this noon.", []),  # _RELATIVE_HINT knows no "noon": not a date, as before
        ("They met this noon on Monday.", ["this noon", "on Monday"]),
        ("Late last night and earlier this week, and two days ago.", None),
        ("The Sunday Times said on Sunday that Good Friday talks resume next Monday.", None),
    ],
)
def test_candidates_rows(text: str, expressions: list[str] | None) -> None:
    got = dates._candidates(text)
    assert got == _candidates_reference(text)
    if expressions is not None:
        assert [text[c.start : c.end] for c in got] == expressions


def test_candidates_and_weekdays_on_random_text() -> None:
    rng = random.Random(9)
    found = 0
    for text in mixed(rng, DATE_PIECES, 5000, most=14):
        got = dates._candidates(text)
        assert got == _candidates_reference(text), text
        expected = [(m.span(), m.groupdict()) for m in dates._WEEKDAY.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in dates._weekday_matches(text)] == expected
        found += len(got)
    assert found > 800


# ---------------------------------------------------------------- patterns rewritten for speed

# Each row: the module's pattern, the form it replaces, how it is used, pieces for random text.
_ERA_HINT_IGNORECASE = re.compile(
    r"ago|last|previous|prior|earlier|already|had\b|past|at the time|round|leg\b|half"
    r"|phase|stage|quarter|day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|19\d\d|20\d\d"
    r"|subsided|ended|abated|waned|ebbed|died down|its course",
    re.IGNORECASE,
)
ERA_PIECES = ["AGO", "Last", "HAD", "hadx", "had_", "PAST", "At The Time", "LEG", "legs", "Day"]
ERA_PIECES += ["JAN", "ſep", "SEP", "ſ", "K", "İ", "ı", "ıan", "1999", "٢٠٢٠", "x", " ", "é", "oKt"]


def test_era_hint_on_folded_text() -> None:
    rng = random.Random(4)
    hits = 0
    for text in mixed(rng, ERA_PIECES, 5000, most=6):
        expected = _ERA_HINT_IGNORECASE.search(text) is not None
        assert (numbers._ERA_HINT.search(ignorecase_lower(text)) is not None) is expected, text
        hits += expected
    assert 1000 < hits < 4500


@pytest.mark.parametrize(
    ("fast", "plain", "pieces"),
    [
        (
            "attributions._PRONOUN",
            r"\b(?:he|she|He|She)\b",
            ["he", "she", "He", "She", "SHE", "the", "ashe", "_he", "1he", "é", " ", ".", "’s"],
        ),
        (
            "numbers._NAME",
            r"(?<![\w’'])[A-Z][\w’'&.-]*"
            r"(?:[ \u00a0]+(?:[A-Z][\w’'&.-]*|de|del|la|le|van|von|bin|al))*",
            ["Ana", "Reyes", "de", "van", "al", "O'Neil", "’", "'", "x", " ", "\u00a0", "1", "É"],
        ),
    ],
)
def test_rewritten_patterns(fast: str, plain: str, pieces: list[str]) -> None:
    module, name = fast.split(".")
    rx = getattr({"attributions": attributions, "numbers": numbers}[module], name)
    reference = re.compile(plain)
    rng = random.Random(1)
    for text in mixed(rng, pieces, 3000, most=10):
        for lo in (0, 1, 3):
            expected = [m.span() for m in reference.finditer(text, lo)]
            assert [m.span() for m in rx.finditer(text, lo)] == expected, text
        assert bool(rx.fullmatch(text)) == bool(reference.fullmatch(text))


def test_verb_matches_are_finditer() -> None:
    rng = random.Random(10)
    pieces = [*sorted(attributions._VERB_WORDS)[:30], "said", "unsaid", "Said", "emphasized"]
    pieces += [" ", "  ", ",", ".", "-", "_", "é", "x", "1", "'"]
    found = 0
    for text in mixed(rng, pieces, 4000, most=10):
        verbs = attributions._VERB_WORDS.intersection(attributions._LOWER_WORDS.findall(text))
        expected = [(m.span(), m.groupdict()) for m in attributions._VERB.finditer(text)]
        got = [(m.span(), m.groupdict()) for m in attributions._verb_matches(text, verbs)]
        assert got == expected, text
        found += len(expected)
    assert found > 1000


# Each cue pattern `_find` tries only where its opening words occur, with those words, and
# phrases each one matches (so that the random lines hold many matches, near misses too).
STARTED = [
    (
        attributions._CITING,
        ("citing", "quoting", "which", "that", "who"),
        ("citing officials", ", which cited police", "who quoted a source", "that cited"),
    ),
    (attributions._REPORT_BY, attributions._REPORT_NOUNS, ("reports by", "a report from")),
    (attributions._BY, attributions._BY_STARTS, ("reported by", "first reported by", "echoed by")),
    (attributions._INVERTED, ('"', "”", "’", ","), ('," said', "” said", ", says", "’ told")),
    (attributions._TOLD_TO, attributions._TOLD_STARTS, ("told", "said in an interview with")),
    (attributions._WORDS_OF, ("in", "echo", "repeat"), ("in the words of", "echoing the words of")),
    (
        attributions._ESTIMATES_THAT,
        ("estimate", "predict", "forecasts", "projects", "calculates", "reckons"),
        ("estimates that", "predicted that", "forecasts that", "reckons that"),
    ),
    (
        attributions._ISSUED_DOCUMENT,
        ("issued", "released", "put", "sent", "published"),
        ("issued a statement", "released a letter", "put out a statement", "sent a memo"),
    ),
]


@pytest.mark.parametrize(
    ("pattern", "starts", "phrases"), STARTED, ids=lambda x: getattr(x, "pattern", "")[:20]
)
def test_cue_patterns_tried_at_their_opening_words_are_finditer(
    pattern: re.Pattern[str], starts: tuple[str, ...], phrases: tuple[str, ...]
) -> None:
    rng = random.Random(len(pattern.pattern))
    pieces = [*starts, *(w.capitalize() for w in starts), *phrases, *phrases]
    pieces += [" to ", " by ", " of ", " that ", "said", "the", "The Ledger", "a", "İ", "K"]
    pieces += [" ", "  ", ",", ", ", ".", "“", "”", '"', "’", "-", "\u00a0", "x"]
    found = 0
    for text in mixed(rng, pieces, 3000, most=10):
        low = ignorecase_lower(text)
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in attributions._starting(pattern, text, low, starts)] == expected
        found += len(expected)
    assert found > 50
