"""Pure `str -> str` normalisers: the display text is never changed, matchers get a clean form.

Hand-written because the job is a fixed character table plus `unicodedata.normalize`;
no library does exactly this mapping (ftfy repairs mojibake, which is a different job).
"""

from __future__ import annotations

import re
import unicodedata

from newsdiff import rx

# Quote and dash variants unified so that “x” and "x", ‘x’ and 'x', – and - compare equal.
_CHARS = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2039": "'",
        "\u203a": "'",
        "\u2032": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2026": "...",
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
    }
)
_WORD = rx.compile(r"[^\W_]+(?:['.-][^\W_]+)*", re.UNICODE)


def unify(text: str) -> str:
    """Text with curly/straight quotes, dashes, odd spaces and soft hyphens unified (same case)."""
    if not text.isascii():  # ASCII is its own NFKC form, and the table maps no ASCII character
        text = unicodedata.normalize("NFKC", text).translate(_CHARS)
    # Whitespace runs as one space, ends stripped: str.split() splits on exactly what `\s`
    # matches, and is several times faster than substituting every run (single spaces too).
    return " ".join(text.split())


def match_form(text: str) -> str:
    """The form matchers compare: `unify`, then case-folded."""
    return unify(text).casefold()


def words(text: str) -> list[str]:
    """Word tokens of an already normalised text (letters/digits, keeping U.S., don't, 4-1)."""
    return _WORD.findall(text)


def display(text: str) -> str:
    """Text for one-line display: whitespace runs (newlines, bullets' indents) collapsed."""
    return " ".join(text.split())
