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


# The four non-ASCII letters re.IGNORECASE equates with ASCII ones: dotted and dotless i, long
# s, the Kelvin sign.
_IGNORECASE_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def ignorecase_lower(text: str) -> str:
    """`text` lower-cased with the letters re.IGNORECASE equates with ASCII ones mapped first,
    so that a substring test on it sees every literal word a case-insensitive pattern matches."""
    # str.translate looks up every character: only worth it when one of the four is there
    if text.isascii() or not (
        "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text
    ):
        return text.lower()
    return text.translate(_IGNORECASE_ASCII).lower()


def words(text: str) -> list[str]:
    """Word tokens of an already normalised text (letters/digits, keeping U.S., don't, 4-1)."""
    return _WORD.findall(text)


def display(text: str) -> str:
    """Text for one-line display: whitespace runs (newlines, bullets' indents) collapsed."""
    return " ".join(text.split())


# Chinese-encoded (GB2312/GBK) punctuation read as Latin-1, as some syndicated English pages
# serve it: “ ” ‘ ’ — … · come out as two characters each, "¡°" for “. A fixed table: ftfy
# repairs UTF-8 read as cp1252, not this.
_GB_PUNCT = {
    "\u00a1\u00b0": "\u201c",  # “
    "\u00a1\u00b1": "\u201d",  # ”
    "\u00a1\u00ae": "\u2018",  # ‘
    "\u00a1\u00af": "\u2019",  # ’
    "\u00a1\u00aa": "\u2014",  # —
    "\u00a1\u00ad": "\u2026",  # …
    "\u00a1\u00a4": "\u00b7",  # ·
}
_GB_PAIR = rx.compile("\u00a1[\u00b0\u00b1\u00ae\u00af\u00aa\u00ad\u00a4]")
_GB_MARKS = ("\u00a1\u00b0", "\u00a1\u00b1", "\u00a1\u00af")


def repair_punctuation(text: str) -> str:
    """`text` with GB-encoded quotation marks and dashes read as Latin-1 put right; only
    when such a quotation mark is there (no real text writes "¡°" or "¡¯")."""
    if not any(mark in text for mark in _GB_MARKS):
        return text
    return _GB_PAIR.sub(lambda m: _GB_PUNCT[m.group()], text)
