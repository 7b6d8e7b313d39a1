"""English name tables more than one extractor reads: months, weekdays, small numbers.

Only tables that mean the same wherever they are read live here (a month name is a month to
every extractor); the cue lists that say what one extractor looks for stay in that extractor.
Extractors never import one another, so what they share comes from this module.
"""

from __future__ import annotations

from collections.abc import Mapping

MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# Month names and the abbreviations news copy uses, lower case → month number (1-12).
MONTHS: Mapping[str, int] = {
    **{name: number for number, name in enumerate(MONTH_NAMES, start=1)},
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# In `date.weekday()` order: the index of a name is its weekday number.
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Number words below twenty → value, in counting order.
SMALL_NUMBERS: Mapping[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
