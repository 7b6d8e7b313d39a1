"""newsdiff.normalize: match forms, and punctuation repaired at load."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.config import LoadConfig, QuoteConfig
from newsdiff.extract import quotes
from newsdiff.loader import load
from newsdiff.normalize import ignorecase_lower, repair_punctuation
from newsdiff.segment import segment


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\u00a1\u00b0We are sorry,\u00a1\u00b1 he said.", "\u201cWe are sorry,\u201d he said."),
        ("It\u00a1\u00afs late \u00a1\u00aa very late.", "It\u2019s late \u2014 very late."),
        ("\u00a1\u00b0Wait\u00a1\u00ad\u00a1\u00b1", "\u201cWait\u2026\u201d"),
        # must not: real text with an inverted exclamation mark or a degree sign
        ("\u00a1Vamos! It was 20\u00b0C.", "\u00a1Vamos! It was 20\u00b0C."),
        ("\u00a1Hola, \u00aedici\u00f3n!", "\u00a1Hola, \u00aedici\u00f3n!"),
    ],
)
def test_repair_punctuation(raw: str, expected: str) -> None:
    assert repair_punctuation(raw) == expected


def test_a_page_with_gb_punctuation_loads_with_its_quotes(tmp_path: Path) -> None:
    page = tmp_path / "story.txt"
    text = (
        "The carrier grounded its fleet on Monday.\n\n"
        "\u00a1\u00b0We will fly again only when every check is done,\u00a1\u00b1 "
        "chief executive Ann Roe said."
    )
    page.write_bytes(text.encode("utf-8"))
    article = load(str(page), config=LoadConfig())
    assert "\u201cWe will fly again" in article.text
    found = quotes.extract(article, segment(article), config=QuoteConfig())
    assert [(q.text, q.speaker) for q in found] == [
        ("We will fly again only when every check is done", "Ann Roe")
    ]


@pytest.mark.parametrize(
    ("text", "lowered"),
    [
        ("Said The Ledger", "said the ledger"),
        ("İstanbul", "istanbul"),  # lower() alone gives "i" plus a combining dot
        ("DISMISSED", "dismissed"),
        ("ſtage", "stage"),
        ("\u212aILLED", "killed"),
        ("Élan, café", "élan, café"),  # other letters only lower-cased
    ],
)
def test_ignorecase_lower_maps_what_ignorecase_equates_with_ascii(text: str, lowered: str) -> None:
    assert ignorecase_lower(text) == lowered
