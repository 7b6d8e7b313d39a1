"""Fast paths of newsdiff.extract.dates give what the plain forms they replace give."""

from __future__ import annotations

import random
import re
from bisect import bisect_left, bisect_right
from datetime import date

import pytest
from corpus import soup

from newsdiff.config import DateConfig
from newsdiff.extract import dates
from newsdiff.model import DateMention, Span

PIECES = [
    *["the", "The", "call", "phone", "Phone", "conference", "press", "talks", "met", "spoke"],
    *["said", "after", "quake", "struck", "filmed", "on", "On", "in", "Reyes", "Li", "visited"],
    *["Monday", "Friday", "November 24", "25/11", "2024", "last", "earlier", "this week"],
    *[" ", " ", " ", ",", ", ", ";", ":", "(", ")", "—", "–", "’s", "'s", "-", ".", "\u00a0"],
    *["«", "_", "é", "É", "x1", "3-25", "calls", "strikes", "op-ed", "early", "late", "K"],
]


def _prev_word_reference(text: str, pos: int) -> str:
    """`dates._prev_word` as it was: one character at a time."""
    end = len(text[:pos]) if pos < 0 else min(pos, len(text))
    while end > 0 and not (text[end - 1].isalnum() or text[end - 1] == "_"):
        end -= 1
    start = end
    while start > 0 and text[start - 1] in dates._ASCII_LETTER_CHARS:
        start -= 1
    return text[start:end].lower()


@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        ("closed until, Friday", 14, "until"),
        ("the «Friday", 5, "the"),
        ("the_ Friday", 5, ""),  # "_" is a word character: no letters run ends there
        ("café Friday", 5, ""),
        ("Ana’s “Friday", 7, "s"),
        ("", 0, ""),
        ("word", 99, "word"),
        ("word x", -1, "word"),
    ],
)
def test_prev_word_rows(text: str, pos: int, expected: str) -> None:
    assert dates._prev_word(text, pos) == expected
    assert _prev_word_reference(text, pos) == expected


def test_prev_word_and_next_words_on_random_text() -> None:
    rng = random.Random(3)
    for text in [soup(rng, PIECES, 12) for _ in range(3000)]:
        for pos in range(-2, len(text) + 2):
            assert dates._prev_word(text, pos) == _prev_word_reference(text, pos), (text, pos)
            expected = dates._LABEL_WORD.findall(text[pos : pos + 80])[:1] if pos >= 0 else None
            if expected is not None:
                assert dates._next_words(text, pos) == expected, (text, pos)


def _event_reference(text: str, start: int, end: int) -> dates._Event | None:
    """`dates._event` as it was: every word walked back, each lowered where it is read."""
    words = dates._words(text)
    after = words[bisect_left(words, end, key=re.Match.start) :]
    before = words[: bisect_right(words, start, key=re.Match.end)]
    j = 1 if after and after[0][0] in ("’s", "'s", "s") else 0
    for k in range(j, min(j + 3, len(after))):
        word = after[k][0]
        if word in ",;:()—–" or word.lower() in ("the", "of", "and", "to", "that", "with", "by"):
            break
        ev = dates._event_at(after, k)
        if ev and ev.noun not in dates._EVENT_VERBS:
            return ev
    last = before[-1][0] if before else ""
    if (last.endswith("ed") or last in dates._OWN_PREP) and dates._own_subject(before):
        return None
    seen = 0
    for k in range(len(before) - 1, -1, -1):
        word = before[k][0]
        low = word.lower()
        if word in ";:—–(" or low in dates._BACK_STOP or low in dates._REPORTING:
            break
        if word == ",":
            continue
        seen += 1
        if seen > 18:
            break
        ev = dates._event_at(before, k)
        pair = dates._event_at(before, k - 1) if k > 0 else None
        if pair and pair.end == before[k].end():
            ev = pair
        if ev:
            if ev.noun in dates._EVENT_VERBS and not dates._verb_event(before, k):
                continue
            return ev
    if any(w[0].isalpha() and w[0].lower() not in ("on", "in", "at", "by") for w in before):
        return None
    for k in range(len(after)):
        if after[k][0] in ";:":
            break
        if after[k][0].lower() not in dates._FWD_PREP:
            continue
        for n in range(k + 1, min(k + 4, len(after))):
            ev = dates._event_at(after, n)
            if ev and ev.noun not in dates._EVENT_VERBS:
                return ev
            if after[n][0].lower() not in dates._SKIPPABLE and not after[n][0][:1].isalpha():
                break
    return None


def test_event_words_hold_no_apostrophe() -> None:
    # the fast paths test words lowered without turning ’ into ' (see dates._event)
    for word in dates._EVENT_ANY | dates._BACK_STOP | dates._REPORTING:
        assert "'" not in word and "’" not in word, word


def test_event_matches_reference_on_random_text() -> None:
    rng = random.Random(4)
    found = 0
    for text in [soup(rng, PIECES, 24) for _ in range(2500)]:
        words = dates._words(text)
        eventful = not dates._EVENT_ANY.isdisjoint(map(str.lower, dates._WORD.findall(text)))
        for c in dates._all_candidates(text):
            got = dates._event(text, c.start, c.end, words)
            assert got == _event_reference(text, c.start, c.end), text
            assert eventful or got is None, text  # extract skips _event on such sentences
            found += got is not None
    assert found > 15  # (events found, not only their absence)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The press conference took place on Monday.", "press conference"),
        ("The call, which lasted an hour, took place on Monday.", "call"),
        ("Reyes spoke with Li on Monday.", "spoke"),
        ("The quake struck, and rescuers said on Monday they were searching.", None),
        ("Market market cellar water, Sunday.", None),
    ],
)
def test_event_rows(text: str, noun: str | None) -> None:
    c = dates._all_candidates(text)[0]
    ev = dates._event(text, c.start, c.end)
    assert (ev.noun if ev else None) == noun


def test_bare_months_only_where_a_month_word_is() -> None:
    rng = random.Random(5)
    pieces = ["in ", "by ", "mid-", "the end of ", "May", "March", "April", "Mayor", "Market"]
    pieces += [" ", "-", "x", "s", ".", "Aprils"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if dates._BARE.search(text):
            assert dates._MONTH_FULL_WORD.search(text), text


def _mention(article: str, resolved: str, text: str = "on Monday") -> DateMention:
    return DateMention(
        article=article,
        sentence=0,
        text=text,
        span=Span(0, len(text)),
        resolved=resolved,
        kind="relative",
    )


@pytest.mark.parametrize(
    ("mentions", "conflict"),
    [
        ([_mention("a", "2025-05-26"), _mention("a", "2025-05-30")], False),  # one article
        ([_mention("a", "2025-05-26")], False),
        ([_mention("a", "2025-05-26"), _mention("b", "2025-05-30")], True),
        ([_mention("a", "2025-05-26"), _mention("b", "2025-05-26")], False),
    ],
)
def test_conflict_rows(mentions: list[DateMention], conflict: bool) -> None:
    assert dates._conflict(mentions) is conflict


@pytest.mark.parametrize(
    ("texts", "order"),
    [
        (["on 25/11", "on 3/4"], ("dmy", False)),
        (["on 11/25", "on 3/4"], ("mdy", False)),
        (["on November 25", "on 3/4"], ("mdy", False)),
        (["on 25 November", "on 3/4"], ("dmy", False)),
        (["on 3/4"], ("dmy", True)),
        ([], ("dmy", True)),
    ],
)
def test_order_rows(texts: list[str], order: tuple[str, bool]) -> None:
    cands = [c for t in texts for c in dates._all_candidates(t)]
    assert dates._order(cands, config=DateConfig()) == order


def test_weekday_found_once_resolved_as_before() -> None:
    c = dates._all_candidates("Rescuers searched the rubble late on Friday.")[0]
    assert dates._resolve(
        c, date(2025, 6, 1), order="dmy", undecided=True, future=False
    ) == dates._Resolved("2025-05-30")


MONTH_PIECES = [
    *["March", "Market", "Mar.", "Jan", "January", "Janet", "Sept", "Sep", "Octopus", "Dec"],
    *["xMay", "_June", "1June", "éJuly", "«April", "May", "Augusta", "Nov.", "NovJune", "Aug"],
    *[" ", " ", ",", "-", "(", "\u00a0", "the", "on", "K", "İ"],
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on March 3", True),
        ("Market day", True),  # "Mar" needs no boundary after it: a hint, not a date
        ("Today at noon", False),
        ("xMarch", False),  # no word boundary before the name
        ("_March", False),
        ("éMarch", False),  # a non-ASCII letter is a word character
        ("«March", True),
        ("Marketing, then Mar. 5", True),  # a later place counts when the first does not
        ("", False),
    ],
)
def test_month_word_rows(text: str, expected: bool) -> None:
    assert dates._month_word(text) is expected
    assert (dates._MONTH_HINT.search(text) is not None) is expected


def test_month_word_matches_month_hint_on_random_text() -> None:
    rng = random.Random(8)
    for text in [
        "".join(rng.choice(MONTH_PIECES) for _ in range(rng.randint(0, 10))) for _ in range(4000)
    ]:
        assert dates._month_word(text) == (dates._MONTH_HINT.search(text) is not None), text


def test_lower_words_match_plain_form_on_random_text() -> None:
    rng = random.Random(9)
    extra = ["\u212aill İstanbul", "KILLED in STORM"]
    for text in [soup(rng, PIECES, 12) for _ in range(3000)] + extra:
        expected = [w.lower() for w in dates._WORD.findall(text)]
        assert dates._lower_words(text) == expected, text


_POD_AFTER_PLAIN = re.compile(rf"^\s+{dates._PART}(?![\w-])")


def test_part_of_day_after_matches_sliced_form() -> None:
    rng = random.Random(10)
    pieces = [" ", "\u00a0", "morning", "night", "nightly", "-", "x", "noon", "afternoon", "\n"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        for end in range(len(text) + 1):
            plain = _POD_AFTER_PLAIN.match(text[end:])
            fast = dates._POD_AFTER_AT.match(text, end)
            assert (plain and end + plain.end()) == (fast and fast.end()), (text, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left on Friday morning.", "on Friday morning"),
        ("the night of November 24, 2025", "the night of November 24, 2025"),
        ("late on Tuesday", "late on Tuesday"),
        ("in Saturday’s final", "Saturday’s"),
    ],
)
def test_extend_rows(text: str, expected: str) -> None:
    found = [text[c.start : c.end] for c in dates._all_candidates(text)]
    assert expected in found, found


YEAR_PIECES = [
    *["2019", "1999", "2100", "1850", "20", "201", "to ", "and ", "or ", "between ", "from "],
    *[" ", " ", "-", "–", "/", ",", ".", "\n", "x", "é", "٣", "1", "mid-", "fiscal "],
]


def test_year_then_gap_matches_the_sliced_search() -> None:
    # `_year_cands` searches up to the year with an end position, not in a slice of the text,
    # with a pattern compiled once, not built in each call
    rng = random.Random(11)
    plain = re.compile(rf"{dates._YEAR}\D{{1,12}}$")
    for text in [soup(rng, YEAR_PIECES, 14) for _ in range(3000)]:
        for end in range(len(text) + 1):
            expected = plain.search(text[:end]) is not None
            got = dates._YEAR_THEN_GAP.search(text, 0, end) is not None
            assert got == expected, (text, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Storm Hits Coast As Residents Flee", True),
        ("Storm Hits the Coast As Residents Flee", True),
        ("Storm Hits the Coast as residents Flee", False),
        ("Ana Reyes said the storm hit the coast on Monday", False),
    ],
)
def test_headline_rows(text: str, expected: bool) -> None:
    caps = len(dates._CAP_WORD.findall(text))
    assert (caps >= 3 and dates._headline(text, caps)) == expected


def test_headline_matches_the_full_count() -> None:
    # `_headline` stops counting plain words once there are enough to say no
    rng = random.Random(13)
    pieces = [*PIECES, "Storm", "Hits", "Coast", "and", "a", "of", "UN", "Dr.", "x_y", "A-b"]
    for text in [soup(rng, pieces, 16) for _ in range(3000)]:
        plain = len(re.findall(r"\b[a-z]+\b", text))
        for caps in range(12):
            assert dates._headline(text, caps) == (caps > 2 * plain), (text, caps)
