"""Segmenter: sentence boundaries, offsets, list folding, captions, what is not a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.loader import load
from newsdiff.model import Article
from newsdiff.normalize import match_form
from newsdiff.segment import segment

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).parent / "data" / "load"


def texts(text: str) -> list[str]:
    return [s.text for s in segment(Article(id="a", text=text))]


MUST_NOT_SPLIT = [
    "U.S. President Joe Biden met Gen. Mark Ellis at the White House.",
    "Prof. Ana Ruiz of the university said the data were clear.",
    "The vote on Nov. 24 was delayed until Jan. 5 next year.",
    "No. 10 said the prime minister would travel to St. Petersburg.",
    "Dr. Omar Said treated patients at St. Mary's hospital.",
    "J. R. R. Tolkien's first edition sold for 2.5 million dollars.",
    "The island lies just 110 km (68 miles) from the coast.",
    "Shares fell 3.4% to $12.75 in early trading.",
    "He said “this is… unbelievable” and walked out.",
    "“There is no such fact,” he said, declining to elaborate.",
    "“Is this a fact?” she asked reporters.",
    "“We will win.” Moreno said.",
    "The talks in Washington, D.C. ended without a deal.",
    "The quake struck at 5 a.m. Tuesday, the agency said.",
    "Polls close at 8 p.m. ET on Tuesday.",
    "Air was to run out at 7 a.m. Eastern Standard Time on Thursday.",
    "The report is in Vol. 2 of the inquiry's findings.",
    "Approx. 30 people were hurt, police said.",
    "Trump characterized her as: “Very smart.”",
]

MUST_SPLIT = [
    ("The toll rose to 40. Rescuers kept digging.", 2),
    ("It happened in the U.S. Then it spread to Canada.", 2),
    ("“I am tired.” She left the room.", 2),
    ("“It is over,” he said. “We lost.”", 2),
    ("Is it safe? Officials say yes! The bridge reopened.", 3),
    ("They left at 6 p.m. The meeting ended.", 2),
    ("It ended at 6 p.m. BBC reporters left.", 2),
    ("It ended at 6 p.m. Eastern voters then left.", 2),
    ("Inflation was 2.1%. Analysts had expected 2.3%.", 2),
]


@pytest.mark.parametrize("sentence", MUST_NOT_SPLIT)
def test_must_not_split(sentence: str) -> None:
    assert texts(sentence) == [sentence]


@pytest.mark.parametrize(("text", "count"), MUST_SPLIT)
def test_must_split(text: str, count: int) -> None:
    assert len(texts(text)) == count


def test_records() -> None:
    text = "Talks Collapse\n\nThe talks collapsed. Both sides left.\n\nA new round is planned.\n"
    found = segment(Article(id="x", text=text))
    assert [s.index for s in found] == [0, 1, 2]
    assert [s.paragraph for s in found] == [1, 1, 2]
    for s in found:
        assert s.article == "x"
        assert s.text == text[s.span.start : s.span.end]
        assert s.match == match_form(s.text)
        assert s.kind == "sentence"


def test_list_items_fold_into_their_intro() -> None:
    text = (
        "The agency listed three causes:\n\n"
        "  • Heavy rain.\n\n"
        "  • Blocked drains.\n\n"
        "  • A failed pump.\n\n"
        "Repairs start on Monday.\n"
    )
    found = segment(Article(id="a", text=text))
    assert [s.kind for s in found] == ["list", "sentence"]
    assert found[0].text.startswith("The agency listed three causes:")
    assert found[0].text.endswith("A failed pump.")


def test_list_without_intro_gives_one_sentence_per_item() -> None:
    text = "Key points\n\n- The dam held overnight.\n- Roads reopened.\n"
    found = segment(Article(id="a", text=text))
    assert [(s.kind, s.text) for s in found] == [
        ("sentence", "The dam held overnight."),
        ("sentence", "Roads reopened."),
    ]


def test_caption_kept_without_credit() -> None:
    text = (
        "The river burst its banks.\n\n![](x.jpg) |\n\n"
        "Rescuers on the bridge on 3/4. *Photo: Wire* |\n\nHundreds fled.\n"
    )
    found = segment(Article(id="a", text=text))
    assert [(s.kind, s.text) for s in found] == [
        ("sentence", "The river burst its banks."),
        ("caption", "Rescuers on the bridge on 3/4."),
        ("sentence", "Hundreds fled."),
    ]


@pytest.mark.parametrize(
    ("first", "sentence"),
    [
        ("PARIS — Thousands marched on Saturday.", "Thousands marched on Saturday."),
        ("LONDON (Reuters) - The pound fell.", "The pound fell."),
        ("ROME, May 4, 2024 – Talks resumed.", "Talks resumed."),
        ("COVID-19 cases rose.", "COVID-19 cases rose."),
    ],
)
def test_dateline_is_not_in_the_sentence(first: str, sentence: str) -> None:
    assert texts(f"{first}\n\nMore followed.\n")[0] == sentence


def test_not_sentences() -> None:
    text = (
        "Sunday, May 4, 2025\n\nFerry Sinks Near Harbour\n\nBy Ana Ruiz\n\n"
        "A ferry sank on Sunday.\n\nRescue Effort\n\nDivers searched the wreck.\n\n"
        "Share on Facebook\n\nLeave a Reply\n\nHarbour.News\n"
    )
    assert texts(text) == ["A ferry sank on Sunday.", "Divers searched the wreck."]


def test_fixture_offsets_and_furniture() -> None:
    article = load(DATA / "harbour_flood.txt")
    found = segment(article)
    for s in found:
        assert s.text == article.text[s.span.start : s.span.end]
        for line in article.furniture:
            assert line not in s.text
    assert [s.kind for s in found].count("list") == 1
    assert [s.kind for s in found].count("caption") == 1


# ---------------------------------------------------------------- the seed articles


def seed(prefix: str) -> Article:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return load(path)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_offsets(prefix: str) -> None:
    article = seed(prefix)
    found = segment(article)
    assert found
    for i, s in enumerate(found):
        assert s.index == i
        assert s.text == article.text[s.span.start : s.span.end]
        assert s.text == s.text.strip()


def test_seed_headings_and_bullets() -> None:
    article = seed("001")
    found = segment(article)
    joined = "\n".join(s.text for s in found)
    for heading in (
        "The Contentious Report",
        'A "Great Call" Between Allies',
        'The Spark: "Survival-Threatening Situation"',
        "Unwavering Stance",
        "Sunday, November 30, 2025",
        "CaliToday.Net",
    ):
        assert heading not in joined
    assert not any(s.text.startswith("Tokyo Firmly Rejects") for s in found)
    lists = [s for s in found if s.kind == "list"]
    assert len(lists) == 2
    assert sum(s.text.count("•") for s in lists) == 6
    assert found[0].text.startswith("The Japanese government")  # "TOKYO —" left out


def test_seed_caption_byline_and_placeholder() -> None:
    found = segment(seed("003"))
    captions = [s for s in found if s.kind == "caption"]
    assert len(captions) == 1
    assert captions[0].text.endswith("on 28/10.")
    assert not any("By Huyen" in s.text or "![]" in s.text or "Photo: AFP" in s.text for s in found)


def test_seed_dateline_and_furniture() -> None:
    found = segment(seed("004"))
    assert found[0].text.startswith("U.S. President Donald Trump")
    assert not any("Leave a Reply" in s.text for s in found)
    tail = segment(seed("000"))
    assert not any("social feeds" in s.text or "Subscribe" in s.text for s in tail)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page that hard-wraps its text with blank lines: the sentence runs on
        (
            "Valley paper mill to close\n\n"
            "The owners of the paper mill said on Friday that it will close in March, cutting "
            "roughly\n\nfour hundred jobs and ending a century of work in the valley. Workers "
            "were told on Monday. The\n\nunion said it would fight the plan in court.",
            [
                "The owners of the paper mill said on Friday that it will close in March, "
                "cutting roughly\n\nfour hundred jobs and ending a century of work in the valley.",
                "Workers were told on Monday.",
                "The\n\nunion said it would fight the plan in court.",
            ],
        ),
        # must not: a heading without a full stop, then a paragraph opening with a capital
        (
            "Mill to close in March\n\nThe mill will close in March.",
            ["The mill will close in March."],
        ),
        # must not: a heading in title case, then a paragraph opening in lower case
        (
            "Mill owners speak\n\nA Hard Year for the Valley\n\n"
            "despite the news, the owners of the mill said they were hopeful about the year.",
            ["despite the news, the owners of the mill said they were hopeful about the year."],
        ),
        # must not: a paragraph that ends with a full stop, then one opening in lower case
        (
            "The mill will close.\n\niPhone sales rose in the town anyway.",
            ["The mill will close.", "iPhone sales rose in the town anyway."],
        ),
    ],
)
def test_hard_wrapped_paragraphs_run_on(text: str, expected: list[str]) -> None:
    assert texts(text) == expected
