"""Figures in news text (counts, money, distances, shares, durations) and conflicts across outlets.

`extract` finds figures with their units, scale words and approximations in one
article's sentences and normalises each value to a base unit (km, kg, km², percent,
one currency code each), so that "110 km (68 miles)" is one mention and "€88m" is
88,000,000 EUR. Durations stay in the (first) unit written, months counted as years and
weeks as days ("3 seconds" is 3 seconds, "18 months" 1.5 years), and yards stay yards (a
sport's own measure); all compare through their dimension. Dates, years, ordinals and numbers
inside names ("G7", "Covid-19", "Boeing 737", "No. 10") are not figures. A time of day said of
something that happened ("hit the bridge around 1:30 a.m. Tuesday") is one, in minutes after
midnight, with the kind of event its clause names, its weekday and its zone; a deadline, a
span's end, a plan or a moment of counting ("by 10 a.m.", "set for 6 p.m.", "as of 10 a.m.")
is not. A penalty given "for each count" is marked as such (`per`). A rank stated as a
fact ("Acme is the ninth-largest bank in the U.S.") is one, of unit "rank", tied to its
holder, but not one that is a prospect or lost ("would become the sixth-largest", "lost its
place as the third-largest"). A percentage a share price moved by ("shares were up 1.8%", "a
60% tumble in the stock") counts "shares" and carries its direction as its qualifier, and
when in the trading day it was measured (`session`: at the open, the close, its extreme, outside
the session, or a clock time), as outlets writing at different hours report different moves.
A rate is named before its level too ("inflation, currently at 143%"); how much of a count was
in ("with 97.6% of the votes counted") and the level a change left ("from 10% to 4.7%") are
not figures of the story.

Each figure also carries what decides whether two outlets' figures are one quantity: who is
counted (children, adults, people in general) and what happened to them (dead, missing,
injured, rescued; "22 dead children and four adults" are both dead, "30 children and 12
adults were missing" both missing, "10,100 are reported missing" missing); whether it
belongs to an earlier event or round (`era`: "killed nearly 100 ... two weeks ago", "the
18,000 jobs cut in January", "in the first round", "the outbreak, which has since subsided,
caused 140 deaths"); the place or name it is tied to (`owners`: "65 died on Varenne",
"41.45% for Ibarra", "the Labour Party - 7.4%"; the person, not the company or title that
describes them, in "Acme founder Jane Roe" or "District Judge Ann Roe"), but not the place
of the event a relative clause or the event's own phrase names ("the quake that struck X has
killed 632", "the toll from the floods in X rose to 19"); and whether it counts an addition
("another 179", "9,000 more"; not "a further 10,100 are missing" after only a count of the
dead). A title with no name, a rival ("against X") and a description of the story's own
place ("the Mediterranean city") own nothing.

`group` puts mentions of the same quantity in different articles together: same
dimension, era, addition and owners, the same counted group and fate (or direction of a
share move; for a rank, a holder on both sides and the same place and measure where both
say them: "in the US", "by assets"; for a share move the same session; for a time of day the
same weekday where both say one; a figure for each count only with another), and either the
same aligned statement or the same quantity noun with rare context words in common (words
right beside the figure count double). Each mention is linked only to its best counterpart in
each other article, so a death toll and an injured count in one story stay apart, and "rose
from 18 to 21" does not make 18 conflict with another outlet's 21; a link that would give
one article two disagreeing values, or join places that differ, is dropped. Where an article
ties a count of people to a place, its smaller untied count of the same people is another
part of that breakdown, not the story's total ("37 dead in X" ... "five people have died").
Values
conflict only when they cannot both be right: a bound allows what lies inside it ("at
least 217" and 273), "about"/"nearly" allow about 10%, a figure stands for the digits
written ("58.5%" and "58.55%" agree). A conflict between figures published on different
days stays a conflict (a toll that rose is worth seeing) and its label says so.
Mentions are compared only within buckets of those that could be one quantity, every
pair of articles while a bucket is small, each article against the bucket's first few
once it is large: a figure a thousand outlets carry costs thousands of comparisons.

Hand-written with `re` rather than a library: quantulum3 and number-parser pull in
heavy dependencies (or models) and neither keeps news-specific cues we need (the
counted noun, "at least", "seven of the eight", currency scale words like "€88m").
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date
from functools import cache, lru_cache
from typing import NamedTuple

from newsdiff import rx
from newsdiff.config import NumberConfig
from newsdiff.lexicon import MONTHS, SMALL_NUMBERS, WEEKDAY_NAMES
from newsdiff.model import Article, NumberGroup, NumberMention, Sentence, Span, Statement
from newsdiff.normalize import ignorecase_lower

# ---------------------------------------------------------------- vocabulary

_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALE = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "lakh": 1e5,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "crore": 1e7,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
}

# Currency symbols and codes; "$" alone is read as US dollars and "¥" as yen (the
# common reading in English-language news; the outlet's own prefix wins when given).
_CUR_PREFIX = {
    "us$": "USD",
    "$us": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "nz$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "r$": "BRL",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "rs": "INR",
    "rs.": "INR",
}
_CODES = [
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "RMB",
    "INR",
    "AUD",
    "CAD",
    "CHF",
    "HKD",
    "KRW",
    "SGD",
    "NZD",
    "RUB",
    "BRL",
    "MXN",
    "ZAR",
    "TRY",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
]
_CUR_WORD = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "rupee": "INR",
    "won": "KRW",
    "francs": "CHF",
    "roubles": "RUB",
    "rubles": "RUB",
    "rand": "ZAR",
    "lira": "TRY",
    "reais": "BRL",
    "ringgit": "MYR",
    "baht": "THB",
    "naira": "NGN",
    "shekels": "ILS",
    "dirhams": "AED",
    "riyals": "SAR",
    "pesos": "MXN",
}
# "Hong Kong dollars", "Australian dollars": the adjective picks the currency.
_DOLLAR_ADJ = {
    "us": "USD",
    "u.s.": "USD",
    "american": "USD",
    "australian": "AUD",
    "canadian": "CAD",
    "hong kong": "HKD",
    "new zealand": "NZD",
    "singapore": "SGD",
    "taiwan": "TWD",
    "taiwanese": "TWD",
}

# unit as written → (stored unit, factor to the stored unit)
_UNITS: dict[str, tuple[str, float]] = {}


def _units(names: str, unit: str, factor: float) -> None:
    for name in names.split("|"):
        _UNITS[name] = (unit, factor)


_units("km|kms|kilometre|kilometres|kilometer|kilometers", "km", 1.0)
_units("m|metre|metres|meter|meters", "km", 0.001)
_units("cm|centimetre|centimetres|centimeter|centimeters", "km", 1e-5)
_units("mm|millimetre|millimetres|millimeter|millimeters", "km", 1e-6)
_units("mi|mile|miles", "km", 1.609344)
_units("nautical mile|nautical miles", "km", 1.852)
_units("ft|foot|feet", "km", 0.0003048)
# Yards stay yards: sport measures in them ("a 3-yard pass"), and a reader compares them as written.
_units("yard|yards", "yard", 1.0)
_units("inch|inches", "km", 2.54e-5)
_units("km2|km²|sq km|square km|square kilometre|square kilometres", "km²", 1.0)
_units("square kilometer|square kilometers", "km²", 1.0)
_units("sq mi|square mile|square miles", "km²", 2.589988)
_units("hectare|hectares|ha", "km²", 0.01)
_units("acre|acres", "km²", 0.00404686)
_units("kg|kilogram|kilograms|kilo|kilos", "kg", 1.0)
_units("g|gram|grams", "kg", 0.001)
_units("tonne|tonnes|ton|tons|metric tons|metric tonnes", "kg", 1000.0)
_units("lb|lbs|pound|pounds", "kg", 0.45359237)
_units(
    "km/h|kph|kmh|kilometres per hour|kilometers per hour|kilometre per hour|kilometer per hour"
    "|kilometre-per-hour|kilometer-per-hour",
    "km/h",
    1.0,
)
_units("mph|miles per hour|mile per hour|mile-per-hour", "km/h", 1.609344)
_units("knot|knots", "km/h", 1.852)
_units("%|percent|per cent|pct", "percent", 1.0)
_units("percentage point|percentage points", "percentage point", 1.0)
_units("year|years|yr|yrs", "year", 1.0)
_units("month|months", "year", 1 / 12)
_units("week|weeks", "day", 7.0)
_units("day|days", "day", 1.0)
_units("hour|hours|hr|hrs", "hour", 1.0)
# Minutes and seconds stay in their own unit: "3 seconds" is not 0.00083 hours to a reader.
_units("minute|minutes|min|mins", "minute", 1.0)
_units("second|seconds", "second", 1.0)
_units("°c|degrees celsius|degrees centigrade", "°C", 1.0)

_LENGTHS = frozenset(["km", "yard"])
_ONE_PER_MOMENT = frozenset(["depth", "remaining"])
_DURATIONS = frozenset(["year", "day", "hour", "minute", "second"])
_CLOCK = frozenset(["hour", "minute", "second"])  # what a delay is counted in

# Stored unit → (dimension, factor to the dimension's common unit), for comparing.
# A time of day is stored as minutes after midnight ("1:20 a.m." is 80).
_CLOCK_UNIT = "minutes after midnight"
_DIMENSION = {
    "km": ("length", 1.0),
    "yard": ("length", 0.0009144),
    "km²": ("area", 1.0),
    "kg": ("mass", 1.0),
    "km/h": ("speed", 1.0),
    "percent": ("percent", 1.0),
    "percentage point": ("percentage point", 1.0),
    "year": ("duration", 365.25),
    "day": ("duration", 1.0),
    "hour": ("duration", 1 / 24),
    "minute": ("duration", 1 / 1440),
    "second": ("duration", 1 / 86400),
    "°C": ("temperature", 1.0),
    "factor": ("factor", 1.0),
    "score": ("score", 1.0),
    "magnitude": ("magnitude", 1.0),
    "rank": ("rank", 1.0),
    _CLOCK_UNIT: ("time of day", 1.0),
}

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DASH = "-\u2010\u2011\u2012\u2013\u2014"

# Words that may follow a number without being what it counts.
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "from",
        "by",
        "for",
        "with",
        "and",
        "or",
        "but",
        "as",
        "than",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "were",
        "was",
        "is",
        "are",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "do",
        "did",
        "does",
        "not",
        "said",
        "says",
        "say",
        "told",
        "more",
        "less",
        "per",
        "each",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "after",
        "before",
        "since",
        "until",
        "during",
        "while",
        "when",
        "where",
        "if",
        "so",
        "such",
        "into",
        "over",
        "under",
        "about",
        "up",
        "down",
        "out",
        "off",
        "also",
        "still",
        "yet",
        "now",
        "then",
        "there",
        "here",
        "it",
        "they",
        "he",
        "she",
        "we",
        "you",
        "i",
        "all",
        "some",
        "any",
        "no",
        "both",
        "either",
        "neither",
        "other",
        "others",
        "another",
        "only",
        "just",
        "even",
        "most",
        "least",
        "much",
        "many",
        "few",
        "very",
        "what",
        "how",
        "why",
        "whether",
        "because",
        "ago",
        "earlier",
        "later",
        "last",
        "next",
        "this",
        "year",
        "years",
        "old",
        "times",
        "time",
        "total",
        "percent",
        "per",
        "cent",
        "including",
        "among",
        "against",
        "across",
        "between",
        "within",
        "without",
        "around",
        "through",
        "one",
        "ones",
    ]
)
# Words skipped when looking back from a bare number for what it counts ("the toll rose to 17").
_BACK_SKIP = frozenset(
    [
        "to",
        "at",
        "by",
        "from",
        "of",
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "now",
        "already",
        "further",
        "just",
        "only",
        "some",
        "about",
        "around",
        "nearly",
        "almost",
        "roughly",
        "approximately",
        "over",
        "more",
        "than",
        "least",
        "up",
        "as",
        "many",
        "much",
        "is",
        "was",
        "were",
        "are",
        "has",
        "had",
        "have",
        "been",
        "be",
        "being",
        "rose",
        "risen",
        "fell",
        "fallen",
        "reached",
        "hit",
        "stood",
        "stands",
        "stand",
        "totalled",
        "totaled",
        "totals",
        "numbered",
        "numbers",
        "put",
        "topped",
        "exceeded",
        "surpassed",
        "climbed",
        "increased",
        "jumped",
        "dropped",
        "declined",
        "grew",
        "grown",
        "gained",
        "lost",
        "rising",
        "climbing",
        "reaching",
        "jumping",
        "falling",
        "estimated",
        "estimates",
        "also",
        "again",
        "since",
        "made",
        "consisting",
        "composed",
        "comprised",
        "worth",
        "instead",
        "out",
        "each",
    ]
)
# What happened to the people or things counted: keeps a death toll apart from injuries.
_QUALIFIERS = {
    "dead": "dead",
    "died": "dead",
    "killed": "dead",
    "kills": "dead",
    "killing": "dead",
    "death": "dead",
    "deaths": "dead",
    "fatalities": "dead",
    "perished": "dead",
    "bodies": "dead",
    "toll": "dead",
    "injured": "injured",
    "wounded": "injured",
    "hurt": "injured",
    "injuries": "injured",
    "hospitalised": "injured",
    "hospitalized": "injured",
    "missing": "missing",
    "unaccounted": "missing",
    "arrested": "arrested",
    "detained": "arrested",
    "arrests": "arrested",
    "evacuated": "displaced",
    "displaced": "displaced",
    "homeless": "displaced",
    "fled": "displaced",
    "rescued": "rescued",
    "infected": "infected",
    "cases": "infected",
    "affected": "affected",
    "affecting": "affected",
}
# Qualifier words that may stand before the counted noun: "22 dead children".
_QUALIFIER_ADJ = frozenset(
    [
        "dead",
        "injured",
        "wounded",
        "missing",
        "displaced",
        "homeless",
        "detained",
        "arrested",
        "infected",
        "evacuated",
        "rescued",
        "hospitalised",
        "hospitalized",
        "affected",  # "the four affected districts": districts are counted
    ]
)
# Counted nouns that say what happened to the people counted: "11 survivors" were rescued.
_NOUN_QUALIFIERS = {"survivors": "rescued", "survivor": "rescued"}
# Nouns for people: "people" and "residents" may count the same persons across outlets.
_PERSONS = frozenset(
    [
        "people",
        "persons",
        "person",
        "residents",
        "civilians",
        "children",
        "adults",
        "men",
        "women",
        "soldiers",
        "troops",
        "migrants",
        "refugees",
        "passengers",
        "workers",
        "employees",
        "staff",
        "students",
        "protesters",
        "demonstrators",
        "victims",
        "patients",
        "villagers",
        "citizens",
        "nationals",
        "inhabitants",
        "individuals",
        "teachers",
        "pupils",
        "miners",
        "doctors",
        "nurses",
        "journalists",
        "officers",
        "policemen",
        "firefighters",
        "fighters",
        "militants",
        "rebels",
        "prisoners",
        "inmates",
        "tourists",
        "pilgrims",
        "fans",
        "spectators",
        "farmers",
        "fishermen",
        "sailors",
        "crew",
        "hostages",
        "guards",
        "climbers",
        "hikers",
        "visitors",
    ]
)
_CHANGE_FACTORS = {
    "halved": 0.5,
    "doubled": 2.0,
    "tripled": 3.0,
    "trebled": 3.0,
    "quadrupled": 4.0,
}
_SCORE_NOUNS = frozenset(
    [
        "vote",
        "votes",
        "decision",
        "ruling",
        "win",
        "victory",
        "defeat",
        "loss",
        "margin",
        "majority",
        "split",
        "draw",
        "verdict",
    ]
)
_SCORE_VERBS = frozenset(
    [
        "voted",
        "won",
        "lost",
        "beat",
        "defeated",
        "drew",
        "ruled",
        "trailed",
        "led",
        "passed",
        "approved",
        "rejected",
        "carried",
    ]
)
# Capitalised words that may stand before a figure without making it part of a name.
_FUNCTION_CAPS = frozenset(
    [
        "about",
        "some",
        "nearly",
        "around",
        "almost",
        "another",
        "over",
        "under",
        "only",
        "just",
        "roughly",
        "approximately",
        "more",
        "less",
        "fewer",
        "at",
        "in",
        "on",
        "by",
        "of",
        "to",
        "from",
        "with",
        "than",
        "all",
        "the",
        "a",
        "an",
        "and",
        "but",
        "or",
        "least",
        "up",
        "while",
        "when",
        "as",
        "after",
        "before",
        "since",
        "for",
        "per",
        "each",
        "those",
        "these",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "every",
        "total",
        "estimated",
        "another",
        "another",
        "until",
        "between",
        "among",
        "including",
        "with",
        "within",
        "among",
        "across",
        "some",
        "like",
        "nearly",
        "exactly",
        "precisely",
        "barely",
        "already",
        "there",
        "here",
        "it",
        "they",
        "we",
        "he",
        "she",
        "just",
    ]
)

# ---------------------------------------------------------------- patterns

_WN_UNIT = "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True))
_WN_TENS = "|".join(_TENS)
_WN_ATOM = rf"(?:(?:{_WN_TENS})(?:[-\s](?:{_WN_UNIT}))?|{_WN_UNIT})"
_WORDNUM = (
    rf"(?:a\s+(?:dozen|hundred|thousand|million|billion)"
    rf"|half\s+a\s+(?:dozen|million|billion)"
    rf"|{_WN_ATOM}(?:(?:\s+and\s+|[\s-])"
    rf"(?:{_WN_ATOM}|hundred|thousand|million|billion|trillion|dozen)\b)*)"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_PREFIX = r"(?:US\$|\$US|A\$|AU\$|C\$|CA\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥|₹|₩|Rs\.?\s?)"
_CODE = "|".join(_CODES)

# Units a number word may be hyphenated to ("a one-yard pass", "a two-hour delay"); any other
# hyphen ends no figure ("one-sided", "two-thirds").
_WORD_UNITS = "|".join(
    re.escape(u) for u in sorted(_UNITS, key=len, reverse=True) if u.isalpha() and len(u) > 2
)

_CANDIDATE = rx.compile(
    # a currency sign or code opens no word: "the 49ers 25-22" holds no rupees
    rf"(?:(?:(?P<cur>(?<![A-Za-z0-9]){_PREFIX}|(?<![A-Za-z0-9])(?:{_CODE})\s?)|(?<![\w.,]))"
    rf"{'(?P<num>' + _DIGITS + ')'}(?![\d,]\d)"
    rf"|(?<![\w-])(?P<word>{_WORDNUM})(?!\w|[{_DASH}](?!(?:{_WORD_UNITS})\b)))",
    re.IGNORECASE,
)
_SCALE_AFTER = rx.compile(
    r"(?P<sp>[ \u00a0]?)"
    r"(?P<scale>thousand|million|billion|trillion|lakh|crore|mn|mln|bn|bln|tn|trn|k|m|b)\b",
    re.IGNORECASE,
)
_UNIT_NAMES = sorted(_UNITS, key=len, reverse=True)
_UNIT_AFTER = rx.compile(
    r"(?P<sep>[ \u00a0]?["
    + _DASH
    + r"]?[ \u00a0]?)(?P<unit>"
    + "|".join(re.escape(u) for u in _UNIT_NAMES)
    + r")(?![\w²])",
    re.IGNORECASE,
)
_CUR_AFTER = rx.compile(
    r"[ \u00a0](?P<adj>(?:US|U\.S\.|American|Australian|Canadian|Hong Kong|New Zealand|Singapore"
    r"|Taiwan(?:ese)?)\s)?(?P<cur>"
    + "|".join(sorted((re.escape(w) for w in (*_CUR_WORD, "pounds")), key=len, reverse=True))
    + "|"
    + _CODE
    + r")\b",
    re.IGNORECASE,
)
_TEMP_F = rx.compile(r"[ \u00a0]?(?:°\s?F|degrees fahrenheit)\b", re.IGNORECASE)
_CONVERSION = rx.compile(
    rf"[ \u00a0]*\((?:about|around|some|nearly|roughly|approximately|approx\.?|~|or)?\s*"
    rf"(?:{_PREFIX}|(?:{_CODE})\s?)?(?:{_DIGITS})[^()]{{0,30}}\)"
)
# Compiled on first use (by _compound): needed only after a figure of years, days or hours.
_COMPOUND = (
    rf"(?:,?\s+and\s+|,\s*|[ \u00a0]+)(?P<num>{_DIGITS}|{_WORDNUM}),?[ \u00a0]"
    r"(?P<unit>months?|weeks?|days?|hours?|minutes?|seconds?)\b"
)
_AGE_AFTER = rx.compile(rf"[{_DASH} ]years?[{_DASH} ]old\b", re.IGNORECASE)
_OF_WHOLE = rx.compile(
    rf"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
    rf"(?P<num>{_DIGITS}|{_WORDNUM})\b",
    re.IGNORECASE,
)
_OUT_OF = rx.compile(rf"[ \u00a0]+out[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?P<num>{_DIGITS})\b")
_SCORE_SEP = rx.compile(rf"[{_DASH}](?P<b>\d{{1,3}})\b")
_RANGE = rx.compile(rf"(?:[{_DASH}]|\s+to\s+|\s+and\s+)(?P<b>{_DIGITS})\b", re.IGNORECASE)
_APPROX = rx.compile(
    r"(?:^|[^\w])(?P<ap>about|around|approximately|roughly|nearly|almost|some|over|more than"
    r"|less than|fewer than|under|at least|at most|up to|as many as|as much as|as few as"
    r"|an estimated|estimated|close to|upwards of|in excess of|no fewer than|no more than"
    r"|no less than|just over|just under|well over|around|between)[ \u00a0]+$",
    re.IGNORECASE,
)
_ADJ_SKIP = frozenset(["other", "more", "additional", "new", "further", "extra"])
_PART_OF = rx.compile(r"[ \u00a0]+of[ \u00a0]+(?:the|its|their|those|these)(?=[ \u00a0])")
# Nouns after a number that make it a period or a frequency, not a figure to compare.
_NOT_QUANTITIES = frozenset(
    ["decades", "decade", "centuries", "century", "times", "occasions", "ways"]
)
_SHARE_OF = rx.compile(r"[ \u00a0]+of(?:[ \u00a0]+(?:the|its|their|all))?(?=[ \u00a0])")
_PERCENT_AFTER = rx.compile(r"[ \u00a0]?(?:%|per[ \u00a0]?cent\b|percent\b)", re.IGNORECASE)
# Characters either side of a figure whose words count double as shared context.
_NEAR = 40
_OR_MORE = rx.compile(
    r"[ \u00a0]+(?P<bound>or[ \u00a0]+(?:more|greater|higher|above|over|fewer|less|lower))\b",
    re.IGNORECASE,
)
# Compiled on first use (by _delay_before): read only before a figure of hours or minutes.
_DELAY_BEFORE = (
    r"\b(?:delayed|postponed|pushed[ \u00a0]+back|held[ \u00a0]+up|delay[ \u00a0]+of)"
    r"(?:[ \u00a0]+by)?(?:[ \u00a0]+(?:about|around|some|nearly|almost|over|more[ \u00a0]+than"
    r"|at[ \u00a0]+least|just[ \u00a0]+over))?[ \u00a0]+$"
)
_LEFT_AFTER = rx.compile(
    r"[ \u00a0]+(?:left|remaining|to[ \u00a0]+(?:go|play|spare))\b", re.IGNORECASE
)
_DELAY_AFTER = rx.compile(r"[ \u00a0]+(?:late|later|behind[ \u00a0]+schedule)\b", re.IGNORECASE)
_DURATION_OF = rx.compile(r"[ \u00a0]+of(?=[ \u00a0]+[a-z])")
_MONEY_IN = rx.compile(r"[ \u00a0]+in(?=[ \u00a0]+[a-z])")
_AFTERSHOCK = rx.compile(r"\baftershocks?\b", re.IGNORECASE)
# An addition, not a total: "another 179 people", "9,000 more jobs".
_ADDED_BEFORE = rx.compile(
    r"\b(?:another|an[ \u00a0]+(?:additional|extra)|a[ \u00a0]+further|a[ \u00a0]+new)"
    r"(?:[ \u00a0]+(?:about|around|some|nearly|almost|over|more[ \u00a0]+than"
    r"|at[ \u00a0]+least))?[ \u00a0]+$",
    re.IGNORECASE,
)
_ADDED_INSIDE = rx.compile(
    rf"(?:\d[\d,.]*|\b{_WORDNUM})[ \u00a0]+(?:more|additional|further|extra)\b", re.IGNORECASE
)
# How much of a count was in when a result was read: "with 97.6% of the votes counted",
# "with 87% counted", "with 99% of precincts reporting".
_COUNTED_BEFORE = rx.compile(
    r"\b(?:with|after|once)[ \u00a0]+(?:(?:about|almost|nearly|over|around|some|just"
    r"|more[ \u00a0]+than)[ \u00a0]+)*$",
    re.IGNORECASE,
)
_COUNTED_AFTER = rx.compile(
    r"(?:[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:votes?|ballots?|returns))?[ \u00a0]+"
    r"(?:counted|tallied)\b"
    r"|[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?:precincts?|polling[ \u00a0]+(?:stations?|places?))"
    r"[ \u00a0]+(?:reporting|reported|counted)\b",
    re.IGNORECASE,
)
_AGED = rx.compile(r"(?:^|\W)aged[ \u00a0]+$", re.IGNORECASE)
_MAGNITUDE_BEFORE = rx.compile(r"(?:^|\W)magnitude[ \u00a0]+$", re.IGNORECASE)
_MAGNITUDE_AFTER = rx.compile(rf"[{_DASH} ]magnitude\b", re.IGNORECASE)
# "measured 7.2 on the Richter scale", "7 degrees on the Richter scale"
_RICHTER_AFTER = rx.compile(
    r"(?:[ \u00a0]+degrees?)?[ \u00a0]+on[ \u00a0]+the[ \u00a0]+(?:open-ended[ \u00a0]+)?Richter"
    r"(?:[ \u00a0]+scale)?",
    re.IGNORECASE,
)
_FACTOR = rx.compile(
    r"\b(?P<verb>halved|doubled|tripled|trebled|quadrupled)\b"
    rf"|\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)[{_DASH}]?fold\b",
    re.IGNORECASE,
)
_TOKEN = rx.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*")

# Prefilters for `_figures`. Every match of _CANDIDATE holds a digit or starts one of these
# words; every match of _FACTOR holds one of _FACTOR_HINTS. `ignorecase_lower` maps the
# letters re.IGNORECASE equates with ASCII ones (dotted/dotless i, long s, Kelvin sign) so
# that lower-casing never hides a match.
_DIGIT = rx.compile(r"\d")
_LETTERS = rx.compile(r"[a-z]+")
_NUMBER_WORDS = frozenset(
    [*SMALL_NUMBERS, *_TENS, "dozen", "hundred", "thousand", "million", "billion"]
)
_FACTOR_HINTS = ("fold", "halved", "doubled", "tripled", "trebled", "quadrupled")
# Where _CANDIDATE can start (see _candidate_matches): a figure's digits open a run of digits
# (nothing before them is a digit: a currency sign, code, space or non-word character), a
# currency prefix or code with its space is at most _CUR_REACH characters long, and a number
# in words opens with one of _WORD_NUMBER_STARTS as a whole word (after no letter, digit,
# "_" or "-"; followed by a space, "-" or a non-word character).
_DIGIT_RUN = rx.compile(r"\d+")
_WORD_RUN = rx.compile(r"(?<![\w-])[a-z]+")
_CUR_REACH = max(4, *(len(c) + 1 for c in _CODES))  # "Rs. " and "USD "
_WORD_NUMBER_STARTS = frozenset(["a", "half", *SMALL_NUMBERS, *_TENS])
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

# Spans that hold no figure: dates, times, numbered names, URLs.
_NOT_FIGURES = rx.compile(
    rf"\b{_MONTHS}[ \u00a0]+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?[ \u00a0]+\d{{4}}\b)?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?[ \u00a0]+(?:of[ \u00a0]+)?{_MONTHS}(?:,?[ \u00a0]+\d{{4}}\b)?"
    rf"|\b{_MONTHS}[ \u00a0]+\d{{4}}\b"
    r"|\b\d{1,4}/\d{1,2}(?:/\d{2,4})?\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}:\d{2}"
    r"(?:[ \u00a0]?(?:[ap]\.?m\.?|GMT|UTC|BST|CET|JST|EST|EDT|PST|PDT|ET|PT|hrs|h)\b)?"
    r"|\b\d{1,2}\.\d{2}[ \u00a0]?(?:[ap]\.m\.|[ap]m\b)"
    r"|\b\d{1,2}[ \u00a0]?(?:[ap]\.m\.|[ap]m\b|o'clock)"
    r"|\b\d{4}[ \u00a0]?(?:GMT|UTC|hrs|local time)\b"
    r"|\b\d+(?:st|nd|rd|th)\b"
    r"|\b\d{4}[" + _DASH + r"]\d{2,4}\b"
    r"|\b\d{4}s\b|'\d0s\b"
    r"|\b(?:No|Nos|no|Number|number|#)\.?[ \u00a0]?\d+\b"
    r"|(?<![$\w])[A-Za-z][A-Za-z&]*[" + _DASH + r"]?\d+[A-Za-z\d]*(?:[" + _DASH + r"]\d+)?"
    r"|\d+[A-Za-z]*[" + _DASH + r"]\d+[A-Za-z]+"
    r"|https?://\S+|\S+@\S+"
    r"|\bone\s+of\s+the\b|\bone\s+another\b|\bno\s+one\b|\bone\s+day\b",
)


class _Found(NamedTuple):
    """One figure found in a sentence, offsets relative to the sentence."""

    # (a NamedTuple, not a frozen dataclass: a fifth of the cost to define at import and to
    # build, one per figure)

    start: int
    end: int
    value: float
    unit: str | None
    quantity: str | None
    approx: str | None
    of: float | None = None
    parts: tuple[float, ...] = ()
    direction: str | None = None  # "up" or "down": a move of a share price


# ---------------------------------------------------------------- extraction


def extract(
    article: Article, sentences: Sequence[Sentence], *, config: NumberConfig
) -> tuple[NumberMention, ...]:
    """Figures found in one article's sentences, in text order."""
    out: list[NumberMention] = []
    published = article.published
    reported = published.isoformat() if published else None
    known = _known_names(article.text)
    for sentence in sentences:
        base = sentence.span.start
        text = sentence.text
        tokens: list[tuple[int, int, str]] | None = None  # only figures that count people need them
        figures = list(_figures(text))
        chains = _chains(text, figures)
        # most sentences name no time or round at all: one look says so for all their figures
        dated = bool(figures) and _ERA_HINT.search(ignorecase_lower(text)) is not None
        for k, (f, chain) in enumerate(zip(figures, chains, strict=True)):
            qualifier = None
            if f.unit is None and (
                f.quantity is None or f.quantity in _PERSONS or f.quantity in _NOUN_QUALIFIERS
            ):
                if tokens is None:
                    tokens = _tokens(text)
                qualifier = _qualifier(tokens, f, chain)
            quantity = f.quantity
            if quantity in _QUALIFIERS:
                qualifier = _QUALIFIERS[quantity]
                quantity = _QUALIFIERS[quantity]
            elif quantity in _NOUN_QUALIFIERS:
                qualifier = quantity = _NOUN_QUALIFIERS[quantity]
            if f.direction is not None:
                qualifier = f.direction  # shares that fell are not shares that rose
            elif quantity in _CHARGE_NOUNS and f.unit is None:
                # "three counts of wire fraud" she was convicted on are not the counts of
                # conspiracy, nor those she was acquitted on or the jury could not decide
                quantity = _charges(text, f)
                qualifier = _verdict(text, f.start, f.end)
            if f.unit == "magnitude" and _AFTERSHOCK.search(text):
                quantity = "aftershock"  # "an aftershock of magnitude 5.1" is not the quake
            per = _per_count(text, f) if f.unit is not None else None
            session = _session(text, figures, k) if f.direction is not None else None
            out.append(
                NumberMention(
                    article=sentence.article,
                    sentence=sentence.index,
                    text=text[f.start : f.end],
                    span=Span(base + f.start, base + f.end),
                    value=_round(f.value),
                    unit=f.unit,
                    quantity=quantity,
                    approx=f.approx,
                    qualifier=qualifier,
                    of=f.of,
                    parts=f.parts,
                    era=_era(text, f.start, f.end, published) if dated else None,
                    # an event has one depth, a moment one time left: "56 km below Carmen",
                    # "found Hardman with three seconds remaining" say where or who, not whose
                    owners=()
                    if quantity in _ONE_PER_MOMENT
                    # whose rank or shares: the holder before it ("Acme is the third-largest",
                    # "Acme shares fell 5% after its Saudi backers ..."), not a name after it
                    else _share_owners(text, f.start, known)
                    if f.direction is not None
                    else _rank_owners(text, f.start, known)
                    if f.unit == "rank"
                    else _owners(text, figures, k, known, chain),
                    # "another" after an earlier figure of the sentence contrasts rather than
                    # adds ("22 dead, while another 30 are missing")
                    added=(k == 0 and _ADDED_BEFORE.search(text[: f.start]) is not None)
                    or _ADDED_INSIDE.search(text[f.start : f.end]) is not None,
                    reported=reported,
                    per=per,
                    session=session,
                )
            )
        if _CLOCK_HINT.search(text):
            at = len(out) - len(figures)
            times = _clock_mentions(sentence, published, reported, dated=dated)
            out[at:] = sorted([*out[at:], *times], key=lambda m: m.span.start)
    return _contrasts(out)


def _contrasts(mentions: Sequence[NumberMention]) -> tuple[NumberMention, ...]:
    """`mentions` with "another"/"a further" read as a contrast where the article counted only
    other fates before: "the toll rose to 11,300 ... a further 10,100 are missing" states the
    missing, it adds nothing to an earlier count of them."""
    out: list[NumberMention] = []
    fates: set[str] = set()
    for m in mentions:
        fate = m.qualifier if m.unit is None and m.qualifier in _QUALIFIER_NAMES else None
        if m.added and fate is not None and fate not in fates and fates:
            m = replace(m, added=False)
        if fate is not None:
            fates.add(fate)
        out.append(m)
    return tuple(out)


def _round(value: float) -> float:
    """The value without float noise (68 miles → 109.435 km, not 109.43539200000001)."""
    if value == 0 or not math.isfinite(value):
        return value
    digits = max(0, 6 - math.floor(math.log10(abs(value))))
    return round(value, digits)


def _any_in(text: str, pieces: tuple[str, ...]) -> bool:
    """Whether any of `pieces` occurs in `text`."""
    for piece in pieces:  # noqa: SIM110 (any() over a generator costs more than the tests)
        if piece in text:
            return True
    return False


def _figures(text: str) -> Iterator[_Found]:
    """The figures of one sentence, left to right, none overlapping."""
    # The candidate patterns are slow to scan (long case-insensitive alternations); most
    # sentences hold no figure, and a cheap look at their digits and words says so first.
    digit = _DIGIT.search(text) is not None
    low = ignorecase_lower(text)
    factor = _any_in(low, _FACTOR_HINTS)
    letters = _LETTERS.findall(low)
    words = not _NUMBER_WORDS.isdisjoint(letters)
    # a rank needs an ordinal and a superlative: both are rare in a sentence
    ranked = (
        ("est" in low or "worst" in low)
        and (not _ORDINAL_WORDS.isdisjoint(letters) or (digit and _DIGIT_ORDINAL.search(low)))
        and _any_in(low, _RANK_HINTS)
    )
    candidate = digit or words
    if not (factor or candidate or ranked):
        return
    blocked: list[tuple[int, int]] | None = None
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        nonlocal blocked
        if blocked is None:
            blocked = _not_figures(text)
        return not any(s < b and a < e for s, e in blocked + taken)

    found: list[_Found] = []
    for rank in _ranks(text) if ranked else ():
        found.append(rank)  # an ordinal is no figure of its own, so `free` is not asked
        taken.append((rank.start, rank.end))
    for m in _FACTOR.finditer(text) if factor else ():
        if not free(m.start(), m.end()):
            continue
        value = (
            _CHANGE_FACTORS[m.group("verb").lower()]
            if m.group("verb")
            else _parse_number(m.group("n"))
        )
        if value is None:
            continue
        quantity = _noun_before(text, m.start(), changed=True)
        found.append(_Found(m.start(), m.end(), value, "factor", quantity, None))
        taken.append((m.start(), m.end()))
    for m in _candidate_matches(text, low, words=words) if candidate else ():
        num_start = m.start("num") if m.group("num") else m.start("word")
        if not free(num_start, m.end()):
            continue
        got = _read_figure(text, m)
        if got is None or not free(got.start, got.end):
            continue
        found.append(got)
        taken.append((got.start, got.end))
    yield from sorted(found, key=lambda f: f.start)


# ---------------------------------------------------------------- ranks

_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}
# Superlatives a rank is given in; "biggest" and "largest" are one ranking.
_SUPERLATIVES = {
    **{
        w: w
        for w in (
            *("largest", "busiest", "highest", "lowest", "smallest", "deadliest", "richest"),
            *("poorest", "longest", "shortest", "tallest", "oldest", "youngest", "heaviest"),
            *("costliest", "strongest", "weakest", "fastest", "slowest", "wealthiest"),
            *("hottest", "coldest", "wettest", "driest", "warmest", "greatest", "worst", "best"),
        )
    },
    "biggest": "largest",
}
_RANK_HINTS = (*_SUPERLATIVES, "most ", "most-", "least ", "least-")
_ORDINAL_WORDS = frozenset(_ORDINALS)
_DIGIT_ORDINAL = rx.compile(r"\d(?:st|nd|rd|th)\b")
_RANK = rx.compile(
    r"(?<![\w-])(?P<ord>\d{1,3}(?:st|nd|rd|th)|"
    + "|".join(_ORDINALS)
    + r")[ \u00a0-](?P<sup>(?:most|least)[ \u00a0-][a-z]+|"
    + "|".join(_SUPERLATIVES)
    + r")\b",
    re.IGNORECASE,
)
# Before a rank, what makes it a prospect rather than a fact: "would become the sixth-largest".
_PROSPECT = rx.compile(
    r"\b(?:would|could|will|might|may|shall|if|set[ \u00a0]+to|poised[ \u00a0]+to"
    r"|on[ \u00a0]+track[ \u00a0]+to|expected[ \u00a0]+to|likely[ \u00a0]+to|aims?[ \u00a0]+to"
    r"|hopes?[ \u00a0]+to|plans?[ \u00a0]+to|seeks?[ \u00a0]+to|bid[ \u00a0]+to"
    r"|(?:anticipated|projected|forecast|predicted|slated|tipped)[ \u00a0]+to"
    r"|to[ \u00a0]+(?:become|becoming|be))\b|['’](?:d|ll)\b"
)
# Before a rank, what makes it one held before or by another: "lost its place as the third-
# largest", "overtook Japan as the third-largest", "once the second-largest".
_FORMER = rx.compile(
    r"\b(?:lost|loses|lose|losing|relinquish\w*|ced(?:e|ed|es|ing)|surrender\w*|forfeit\w*"
    r"|stripped|dethroned|unseat\w*|no[ \u00a0]+longer|former(?:ly)?|once|used[ \u00a0]+to"
    r"|until|overt(?:ook|aken|akes|ake|aking)|replac\w+|displac\w+|surpass\w*|pass(?:ed|es|ing)"
    r"|topp(?:ed|ing)|behind|ahead[ \u00a0]+of)\b",
    re.IGNORECASE,
)
# Words after a ranked noun that are not part of it: "the fourth-largest economy behind".
_RANK_TAIL = rx.compile(
    r"[ \u00a0]+(?:behind|ahead|after|ever|yet|among|globally|worldwide|overall)\b"
)
# "the world's third-highest", "the nation's second-largest": the place ranked in.
_RANK_POSSESSIVE = rx.compile(r"(?P<place>[A-Za-z][\w.]*)[’']s[ \u00a0]+(?:own[ \u00a0]+)?$")
_RANK_IN = rx.compile(
    r"[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?(?P<place>[A-Z][\w.]*(?:[ \u00a0]+[A-Z][\w.]*)*"
    r"|world|country|nation|state|region|city|continent)(?!\w)"
)
_RANK_BY = rx.compile(r"[ \u00a0]+by[ \u00a0]+(?P<measure>[a-z]+)\b")


def _ranks(text: str) -> Iterator[_Found]:
    """Ranks stated as facts: "the ninth-largest bank in the U.S.", "the 12th biggest bank".

    The quantity is the ranking ("largest bank") with where and by what it is ranked when
    said ("largest bank in us by assets"); a rank without a noun ("the 33rd largest"), one
    among ("one of the"), or a prospect ("would become the sixth-largest") is none.
    """
    for m in _RANK.finditer(text):
        head = _SEGMENT.split(text[max(0, m.start() - 120) : m.start()])[-1]
        if (
            _PROSPECT.search(head)
            or _FORMER.search(head)
            or rx.search(r"\bof[ \u00a0]+the[ \u00a0]+$", head)
        ):
            continue
        raw = m.group("ord").lower()
        value = _ORDINALS.get(raw) or float(raw[:-2])
        sup = " ".join(m.group("sup").lower().replace("-", " ").split())
        sup = _SUPERLATIVES.get(sup, sup)
        # the ranked noun ends before a word that is not part of it: "the fourth-largest
        # economy behind the US", "the third-largest economy ever"
        tail = _RANK_TAIL.search(text, m.end(), m.end() + 40)
        noun, end = _noun_after(text[: tail.start()] if tail else text, m.end())
        if noun is None:
            continue
        places = [
            rx.sub(r"[.’']", "", w.lower())
            for w in text[m.end() : end].split()
            if w[:1].isupper() and w.lower() not in _NOT_NAME
        ]
        poss = _RANK_POSSESSIVE.search(head)
        if poss:
            places.append(rx.sub(r"[.’']", "", poss.group("place").lower()))
        stop = end
        where = _RANK_IN.match(text, stop)
        if where:
            places.append(rx.sub(r"[.’']", "", where.group("place").lower()))
            stop = where.end()
        by = _RANK_BY.match(text, stop)
        quantity = f"{sup} {noun}"
        if places:
            quantity += f" in {places[-1]}"
        if by:
            quantity += f" by {by.group('measure')}"
        yield _Found(m.start(), end, float(value), "rank", quantity, None)


def _rank_owners(text: str, start: int, known: Callable[[str], bool]) -> tuple[str, ...]:
    """Who holds the rank at text[start:]: the last name of its clause before it ("Capital
    One is the ninth-largest"), else, for an apposition or a relative clause ("Acme, the
    third-largest", "Acme, which is the third-largest"), the last name of the clause before."""
    bounds = _bounds(text)
    c = _clause_at(bounds, start)
    found = _names(text, bounds[c], start, known)
    opener = rx.match(r"[ \u00a0]*(?:the|which|who|[A-Za-z]+[’']s)\b", text[bounds[c] :])
    if not found and c > 0 and opener:
        found = _names(text, bounds[c - 1], bounds[c] - 1, known)
    return tuple(found[-1:])


# ---------------------------------------------------------------- times of day

# "1:20 a.m.", "1.30am", "10 p.m.", with what bounds it ("about", "shortly after") and a zone
# written after it ("9:45 a.m. EDT"). Times of day are never plain figures (see _NOT_FIGURES);
# they are read here only to compare when outlets say one thing happened.
_CLOCK_TIME = rx.compile(
    r"(?<![\w:.,])(?P<h>\d{1,2})(?:[:.](?P<min>\d{2}))?[ \u00a0]?"
    r"(?P<ap>[ap])(?:\.[ \u00a0]?m\b\.?|[ \u00a0]?m\b)"
    r"(?:[ \u00a0]+\(?(?P<zone>local[ \u00a0]+time|(?-i:GMT|UTC|[A-Z][DS]?T))\b)?",
    re.IGNORECASE,
)
_CLOCK_MINUTES = rx.compile(r"\d[:.]\d\d")
_CLOCK_HOUR_HALF = 15.0  # minutes either side of a time written to the hour
_CLOCK_NEAR = 4.0  # minutes either side of "about 1:20 a.m."
_CLOCK_HINT = rx.compile(r"\d[ \u00a0]?[ap]\.?[ \u00a0]?m\b", re.IGNORECASE)
_CLOCK_BEFORE = rx.compile(
    r"(?:^|[ \u00a0])(?P<w>(?:at[ \u00a0]+)?(?:about|around|approximately|roughly|circa)"
    r"|(?:shortly|just|soon|right)[ \u00a0]+(?:after|before)|after|before"
    r"|by|until|till|from|between|since|through|to|and|or|of)[ \u00a0]+$",
    re.IGNORECASE,
)
# "as of 10 a.m.": when a count was made, not when something happened
_CLOCK_AS_OF = rx.compile(r"\bas[ \u00a0]+of[ \u00a0]+(?:[a-z]+[ \u00a0]+)?$", re.IGNORECASE)
# "set for 6 p.m.", "starts at 9 a.m.": a plan, often moved or given in another zone
_CLOCK_PLANNED = rx.compile(
    r"\b(?:set|scheduled|due|planned|slated|expected|starts?|begins?|opens?|will[ \u00a0]+\w+)"
    r"(?:[ \u00a0]+(?:for|at|to[ \u00a0]+\w+[ \u00a0]+at))?"
    r"(?:[ \u00a0]+(?:about|around|approximately|roughly))?[ \u00a0]+$",
    re.IGNORECASE,
)
_CLOCK_APPROX = {"circa": "about", "around": "about", "roughly": "about", "approximately": "about"}
# Words before a time that make it a deadline, an end of a span or a moment of reporting
# ("by 10 a.m.", "from 9 a.m. to 5 p.m.", "as of 10 a.m."), not when something happened.
_CLOCK_NOT_EVENT = frozenset(
    ["by", "until", "till", "from", "between", "since", "through", "to", "and", "or", "of"]
)
_CLOCK_RANGE_AFTER = rx.compile(r"[ \u00a0]*(?:[-\u2013\u2014]|to|and|until|till)[ \u00a0]+\d")
# What happened at a time, by kind: a noun that names the event is a surer sign than a verb
# ("the quake struck at 11:11 p.m." is a quake, "an aftershock hit at 11:40 p.m." is not).
_EVENT_NOUNS = {
    **dict.fromkeys(["crash", "collision", "impact"], "collision"),
    **dict.fromkeys(["quake", "earthquake", "tremor", "temblor"], "quake"),
    **dict.fromkeys(["aftershock"], "aftershock"),
    **dict.fromkeys(["explosion", "blast"], "explosion"),
    **dict.fromkeys(["fire", "blaze"], "fire"),
    **dict.fromkeys(["shooting", "gunfire", "attack", "stabbing"], "attack"),
    **dict.fromkeys(["collapse"], "collapse"),
    **dict.fromkeys(["launch", "liftoff", "lift-off", "takeoff", "take-off"], "launch"),
    **dict.fromkeys(["landing", "touchdown"], "landing"),
    **dict.fromkeys(["departure"], "departure"),
    **dict.fromkeys(["arrival"], "arrival"),
    **dict.fromkeys(["dive", "descent"], "dive"),
    **dict.fromkeys(["mayday", "distress"], "alert"),
    **dict.fromkeys(["eruption"], "eruption"),
    **dict.fromkeys(["kickoff", "kick-off"], "start"),
}
_EVENT_VERBS = {
    **dict.fromkeys(
        ["crashed", "collided", "hit", "struck", "slammed", "rammed", "smashed"], "collision"
    ),
    **dict.fromkeys(["exploded", "detonated"], "explosion"),
    **dict.fromkeys(["collapsed"], "collapse"),
    **dict.fromkeys(["launched", "lifted"], "launch"),
    **dict.fromkeys(["landed"], "landing"),
    **dict.fromkeys(["departed", "left"], "departure"),
    **dict.fromkeys(["arrived"], "arrival"),
    **dict.fromkeys(["dove", "dived", "submerged"], "dive"),
    **dict.fromkeys(["erupted"], "eruption"),
    **dict.fromkeys(["opened", "shot", "stabbed"], "attack"),
}
_OPEN_FIRE = frozenset(["open", "opened", "opens", "opening"])
_EVENT_REACH = 80  # how far before a time its event word is looked for, in characters
_WEEKDAY = rx.compile(
    r"\b(?:on[ \u00a0]+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _clock_mentions(
    sentence: Sentence, published: date | None, reported: str | None, *, dated: bool
) -> list[NumberMention]:
    """The times of day in a sentence that say when something happened, each with the kind of
    event its clause names (`quantity`, see _event_kind), the weekday it is said of (`day`)
    and its zone (`owners`: a time in GMT is no time left in local time)."""
    text = sentence.text
    base = sentence.span.start
    out: list[NumberMention] = []
    for m in _CLOCK_TIME.finditer(text):
        hour, minute = int(m["h"]), int(m["min"] or 0)
        if not 1 <= hour <= 12 or minute >= 60:
            continue
        before = _CLOCK_BEFORE.search(text, max(0, m.start() - 30), m.start())
        word = before["w"].lower().split()[-1] if before else None
        if (
            word in _CLOCK_NOT_EVENT
            or _CLOCK_RANGE_AFTER.match(text, m.end())
            or _CLOCK_AS_OF.search(text, max(0, m.start() - 30), m.start())
            or _CLOCK_PLANNED.search(text, max(0, m.start() - 40), m.start())
        ):
            continue
        approx = None
        start = m.start()
        if before is not None:
            approx = " ".join(w for w in before["w"].lower().split() if w != "at")
            start = before.start("w") + before["w"].lower().find(approx)  # not "at"
            approx = _CLOCK_APPROX.get(approx, approx)
        value = _minutes(m)
        zone = (m["zone"] or "").lower()
        end = m.end("zone") if zone else m.end()
        day = _WEEKDAY.search(text, max(0, m.start() - 40), min(len(text), end + 20))
        out.append(
            NumberMention(
                article=sentence.article,
                sentence=sentence.index,
                text=text[start:end],
                span=Span(base + start, base + end),
                value=float(value),
                unit=_CLOCK_UNIT,
                quantity=_event_kind(text, m.start(), end),
                approx=approx,
                era=_era(text, m.start(), end, published) if dated else None,
                reported=reported,
                owners=(zone,) if zone and zone != "local time" else (),
                day=day["day"].lower() if day else None,
            )
        )
    return out


def _minutes(m: re.Match[str]) -> int:
    """The minutes after midnight of a time `_CLOCK_TIME` matched."""
    return (int(m["h"]) % 12 + (12 if m["ap"].lower() == "p" else 0)) * 60 + int(m["min"] or 0)


def _event_kind(text: str, start: int, end: int) -> str | None:
    """What happened at the time at text[start:end]: the kind of the nearest event noun
    before it in its clause, else of the nearest event verb, else of the first after it."""
    seg = _SEGMENT.split(text[max(0, start - _EVENT_REACH) : start])[-1]
    words = _WORD_RUN.findall(seg.lower())
    # "opened fire" is an attack, not a blaze
    words = [
        "shooting" if w == "fire" and i and words[i - 1] in _OPEN_FIRE else w
        for i, w in enumerate(words)
    ]
    for kinds in (_EVENT_NOUNS, _EVENT_VERBS):
        found = [kinds[w] for w in words if w in kinds]
        if found:
            return found[-1]
    after = _SEGMENT.split(text[end : end + _EVENT_REACH // 2])[0].lower()
    for w in _WORD_RUN.findall(after):
        kind = _EVENT_NOUNS.get(w) or _EVENT_VERBS.get(w)
        if kind:
            return kind
    return None


# ---------------------------------------------------------------- charges

_CHARGE_NOUNS = frozenset(["count", "counts", "charge", "charges"])
# Words beside "counts" that say which kind or how many, not the charge.
_NOT_CHARGES = (
    _STOP
    | _ADJ_SKIP
    | _NUMBER_WORDS
    | frozenset(
        [
            "federal",
            "felony",
            "criminal",
            "state",
            "separate",
            "remaining",
            "guilty",
            "lesser",
            "serious",
            "misdemeanor",
            "outstanding",
        ]
    )
)
_ONE_COUNT = rx.compile(r"[ \u00a0]+(?:count|charge)[ \u00a0]+of[ \u00a0]+[a-z]")
_CHARGE_OF = rx.compile(r"[ \u00a0]+of[ \u00a0]+")
# What a court did with counts, nearest before them in the sentence (else after them in their
# clause): "found guilty on", "acquitted of", "deadlocked on", "declared a mistrial on".
_VERDICT = rx.compile(
    r"\b(?P<pleaded>plead\w*|pled)(?:[ \u00a0]+not)?[ \u00a0]+guilty"
    r"|\b(?P<acquitted>not[ \u00a0]+guilty|acquitt\w*|cleared)"
    r"|\b(?P<convicted>guilty|convict\w*)"
    r"|\b(?P<undecided>deadlock\w*|hung|mistrial|no[ \u00a0]+verdict"
    r"|reach[ \u00a0]+a[ \u00a0]+verdict)"
    r"|\b(?P<dropped>dismiss\w*|dropped)"
    r"|\b(?P<charged>charged|indicted|indictment|faces|facing|faced)\b",
    re.IGNORECASE,
)


def _charges(text: str, f: _Found) -> str:
    """Which counts a figure counts: "counts of wire fraud" for "three counts of wire fraud"
    and "three wire fraud counts", "counts" when the charge is not said."""
    written = text[f.start : f.end].split()
    # words between the number and the noun: "three wire fraud counts"
    charge = [w for w in written[1:-1] if w.isalpha() and w.islower() and w not in _NOT_CHARGES]
    of = _CHARGE_OF.match(text, f.end)
    if of and not charge:
        for word in _words_after(text, of.end(), 2):
            low = word.lower()
            if low in _NOT_CHARGES or not word.islower():
                break
            charge.append(low)
    return f"counts of {' '.join(charge)}" if charge else "counts"


def _verdict(text: str, start: int, end: int) -> str | None:
    """What was done with the counts at text[start:end]: "convicted", "acquitted",
    "undecided", "dropped" or "charged"; None when the sentence does not say."""
    last = None
    for m in _VERDICT.finditer(text, 0, start):
        last = m
    if last is None:
        clause = _SEGMENT.split(text[end:])[0]
        last = _VERDICT.search(clause)
    return last.lastgroup if last is not None else None


# A penalty given for each count rather than in all: "20 years in prison for each count",
# "a fine of $250,000 plus restitution per charge", "each count carries up to 20 years".
_PER_COUNT_AFTER = rx.compile(
    r"\b(?:(?:for|on)[ \u00a0]+(?:each|every)(?:[ \u00a0]+of[ \u00a0]+the(?:[ \u00a0]+[a-z-]+)?)?"
    r"|per)[ \u00a0]+(?:(?:[a-z-]+[ \u00a0]+)?(?:count|charge|offen[cs]e|conviction|felony)s?)\b"
    r"|^(?:[ \u00a0]+(?:in|of)[ \u00a0]+(?:prison|jail))?[ \u00a0]+each\b",
    re.IGNORECASE,
)
_PER_COUNT_BEFORE = rx.compile(
    r"\beach(?:[ \u00a0]+of[ \u00a0]+(?:which|them|those|these|the[ \u00a0]+[a-z-]+))?"
    r"(?:[ \u00a0]+(?:count|charge|offen[cs]e|conviction|felony))?[ \u00a0]+"
    r"(?:carries|carry|carried|carrying|is[ \u00a0]+punishable)\b",
    re.IGNORECASE,
)
# What ends the reach of a "for each count" back to a figure: another clause.
_PER_COUNT_STOP = rx.compile(
    r"[;:]|,[ \u00a0]+(?:and|but|while|whereas)\b|\b(?:after|before|while|since|when|although)\b",
    re.IGNORECASE,
)
# A "for each count" further than this after a figure is not said of it.
_PER_COUNT_REACH = 100


def _per_count(text: str, f: _Found) -> str | None:
    """ "count" when the penalty at `f` is said to be for each count (see _PER_COUNT_AFTER),
    else None."""
    if f.unit in _DIMENSION and f.unit not in ("year", "day"):
        return None  # a term of prison or probation, or a fine (a currency)
    after = _PER_COUNT_AFTER.search(text, f.end, f.end + _PER_COUNT_REACH)
    if after is not None and not _PER_COUNT_STOP.search(text, f.end, after.start()):
        return "count"
    head = text[max(0, f.start - _PER_COUNT_REACH) : f.start]
    said = [m.end() for m in _PER_COUNT_BEFORE.finditer(head)]
    if said and not _PER_COUNT_STOP.search(head, said[-1]):
        return "count"
    return None


# Whose shares: "Acme shares", "Acme's stock", "shares of Acme", "shares in Acme Corp".
_SHARE_HOLDER = rx.compile(
    r"(?P<a>[A-Z][\w&.-]*(?:(?:[’']s)?[ \u00a0]+[A-Z][\w&.-]*)*)(?:[’']s)?[ \u00a0]+"
    r"(?:shares|stock)\b"
    r"|\b(?:shares|stock)[ \u00a0]+(?:of|in)[ \u00a0]+"
    r"(?P<b>[A-Z][\w&.-]*(?:[ \u00a0]+[A-Z][\w&.-]*)*)"
)


def _share_owners(text: str, start: int, known: Callable[[str], bool]) -> tuple[str, ...]:
    """Whose shares moved by the percentage at text[start:]: the name joined to the share
    word (a capitalised word there is a name even where it opens the sentence), else as for
    a rank."""
    head = _SEGMENT.split(text[max(0, start - 120) : start])[-1]
    for m in _SHARE_HOLDER.finditer(head):
        name = m["a"] or m["b"]
        words = [rx.sub(r"[’']s$", "", w).strip(".").lower() for w in name.split()]
        words = [w for w in words if w and w not in _NOT_NAME and w not in _NUMBER_WORDS]
        if words:
            return (" ".join(words),)
    return _rank_owners(text, start, known)


def _rank_parts(quantity: str) -> tuple[str, str | None, str | None]:
    """A rank's ranking, place and measure: "largest bank in us by assets" → ("largest bank",
    "us", "assets")."""
    rest, _, measure = quantity.partition(" by ")
    head, _, place = rest.partition(" in ")
    return head, place or None, measure or None


@cache
def _compound() -> re.Pattern[str]:
    """_COMPOUND compiled ("3 years and 6 months": the second part of a period)."""
    return rx.compile(_COMPOUND, re.IGNORECASE)


@cache
def _delay_before() -> re.Pattern[str]:
    """_DELAY_BEFORE compiled ("delayed by 36 minutes")."""
    return rx.compile(_DELAY_BEFORE, re.IGNORECASE)


@cache
def _qualifier_after() -> re.Pattern[str]:
    """_QUALIFIER_AFTER compiled ("17 were killed": what a bare count counts)."""
    return rx.compile(_QUALIFIER_AFTER, re.IGNORECASE)


def _not_figures(text: str) -> list[tuple[int, int]]:
    """The spans `_NOT_FIGURES.finditer(text)` yields, trying it only where a match can start.

    Every form but an e-mail address (then the whole text is scanned) starts at one of
    `_not_figure_starts`, or inside a run of digits where the last match ended. Tried in
    order, each from where the last match ended, these give finditer's matches (see
    _candidate_matches): the pattern is long, and most sentences hold a digit or two.
    """
    if "@" in text:  # "\S+@\S+" may start anywhere before the "@"
        return [(m.start(), m.end()) for m in _NOT_FIGURES.finditer(text)]
    out: list[tuple[int, int]] = []
    pos = 0
    for at in sorted(_not_figure_starts(text)):
        while at >= pos:
            m = _NOT_FIGURES.match(text, at)
            if m is None:
                break
            out.append((m.start(), m.end()))
            # "\d+..." can go on inside a run of digits the match ended in: try there next
            pos = at = m.end()
    return out


def _not_figure_starts(text: str) -> set[int]:
    """Where a match of `_NOT_FIGURES` (other than an e-mail address) can start in `text`."""
    starts: set[int] = set()
    for run in _DIGIT_RUN.finditer(text):
        at = run.start()
        starts.add(at)  # dates, times, ordinals, ranges, "4x4"-like codes
        if at and text[at - 1] == "'":
            starts.add(at - 1)  # "'90s"
        # "No. 5", "#3", "number 7": at most eight characters before the digits
        starts.update(k for k in range(max(0, at - 8), at) if text[k] in "Nn#")
        # "Nov 5", "March 2024": a month name (at most ten characters) and spaces before them
        q = at
        while q and text[q - 1] in " \u00a0":
            q -= 1
        if q < at:
            starts.update(
                k
                for k in range(max(0, q - 10), q)
                if text[k] in "JFMASOND" and _word_start(text, k)
            )
        # "A320", "COVID-19", "AT&T5": letters (and "&"), maybe a dash, then the digits
        k = at - 1 if at and text[at - 1] in _DASH else at
        while k and (text[k - 1] in _ASCII_LETTERS or text[k - 1] == "&"):
            k -= 1
        starts.update(
            j
            for j in range(k, at)
            if text[j] in _ASCII_LETTERS
            and (j == 0 or (not _is_word(text[j - 1]) and text[j - 1] != "$"))
        )
    for word in ("one", "no"):  # "one of the", "no one", "one day"
        k = text.find(word)
        while k >= 0:
            if _word_start(text, k):
                starts.add(k)
            k = text.find(word, k + 1)
    if "://" in text:
        k = text.find("http")
        while k >= 0:
            starts.add(k)
            k = text.find("http", k + 1)
    return starts


def _is_word(char: str) -> bool:
    """Whether `char` is one `\\w` matches (a letter, digit or "_")."""
    return char.isalnum() or char == "_"


def _word_start(text: str, k: int) -> bool:
    """Whether `\\b` holds before the word character at `text[k]`."""
    return k == 0 or not _is_word(text[k - 1])


def _candidate_matches(text: str, low: str, *, words: bool) -> Iterator[re.Match[str]]:
    """What `_CANDIDATE.finditer(text)` yields, trying the pattern only where a match can start.

    A match starts at the first digit of a run of digits (its figure), up to _CUR_REACH
    characters before one (a currency prefix or code), or, when `words` (the folded text
    `low` holds a number word), where a word of _WORD_NUMBER_STARTS begins. Tried in order,
    each from where the last match ended, these give finditer's matches: the leftmost match
    from each point, and nothing can start elsewhere. (The pattern scanned at every position
    of a sentence costs more than a handful of anchored tries.)
    """
    if len(low) != len(text):  # folding changed the length: positions would not line up
        yield from _CANDIDATE.finditer(text)
        return
    starts: set[int] = set()
    for run in _DIGIT_RUN.finditer(text):
        at = run.start()
        starts.update(range(max(0, at - _CUR_REACH), at + 1))
    if words:
        for word in _WORD_RUN.finditer(low):
            if word.group() in _WORD_NUMBER_STARTS:
                starts.add(word.start())
    pos = 0
    for at in sorted(starts):
        if at < pos:
            continue
        m = _CANDIDATE.match(text, at)
        if m is not None:
            yield m
            pos = m.end()  # never empty: a match holds a digit or a word


def _read_figure(text: str, m: re.Match[str]) -> _Found | None:
    """The figure starting at candidate `m`, with unit, scale and counted noun; None if not one."""
    raw = m.group("num") or m.group("word")
    value = _parse_number(raw)
    if value is None:
        return None
    is_word = m.group("num") is None
    word = raw.lower()
    start = m.start()
    end = m.end()
    before = text[:start]
    cur_text = (m.group("cur") or "").strip()
    currency = _currency_prefix(cur_text) if cur_text else None
    if not currency:
        start = m.start("num") if m.group("num") else m.start("word")
    digits_only = raw.replace(",", "").replace(".", "").isdigit()
    # "a" and "one" are too often not figures ("a man", "one day", "one of them").
    weak = (
        is_word
        and word.split()[0] in {"one", "a", "half"}
        and not rx.search(r"hundred|thousand|million|billion|dozen", word)
    )
    approx_m = _APPROX.search(before[-25:])
    approx = approx_m.group("ap").lower() if approx_m else None
    if approx is None and _PASSED.search(before[-25:]):
        approx = "more than"  # "the toll has exceeded 2,000": a bound, not a count

    # "aged 45" and "a 45-year-old": ages
    age = _AGE_AFTER.match(text, end)
    if _AGED.search(before[-10:]) or age:
        stop = age.end() if age else end
        return _Found(start, stop, value, "year", "age", approx)
    if _MAGNITUDE_BEFORE.search(before[-12:]):
        more = _OR_MORE.match(text, end)
        if more:
            bound = more.group("bound").lower()
            return _Found(start, more.end(), value, "magnitude", "earthquake", bound)
        return _Found(start, end, value, "magnitude", "earthquake", approx)
    mag = _MAGNITUDE_AFTER.match(text, end) or _RICHTER_AFTER.match(text, end)
    if mag:
        return _Found(start, mag.end(), value, "magnitude", "earthquake", approx)

    if (
        not currency
        and not is_word
        and not _PERCENT_AFTER.match(text, end)
        and _is_name_number(before, raw)
    ):  # "Boeing 737" is a name; "gave Marsh 57.4%" is a share
        return None

    # scores ("a 4-1 vote") and ranges ("10-15 people")
    score = _SCORE_SEP.match(text, end) if not is_word and not currency else None
    if score and "." not in raw and value < 1000:
        after = _words_after(text, score.end(), 1)
        prev = _words_before(before, 2)
        if (after and after[0].lower() in _SCORE_NOUNS) or any(
            w.lower() in _SCORE_VERBS or w.lower() in _SCORE_NOUNS for w in prev
        ):
            b = float(score.group("b"))
            what = after[0].lower() if after and after[0].lower() in _SCORE_NOUNS else "vote"
            return _Found(start, score.end(), value, "score", what, None, parts=(value, b))
    parts: tuple[float, ...] = ()
    rng = _RANGE.match(text, end) if not is_word else None
    if rng and " and " in rng.group() and approx != "between":
        rng = None  # "10 and 15" is a range only after "between"
    if rng and rx.search(r"\bfrom[ \u00a0]+$", before) and " to " in rng.group():
        # "rose from 18 to 21": a change; the figure is the new value
        high = _parse_number(rng.group("b"))
        if high is not None:
            parts = (value, high)
            value = high
            end = rng.end()
            rng = None
    if rng:
        high = _parse_number(rng.group("b"))
        if high is not None and high > value:
            parts = (value, high)
            end = rng.end()
            approx = approx or "between"

    # scale words: "€88m", "$1.2 billion", "23 million"
    scale = 1.0
    sm = _SCALE_AFTER.match(text, end) if not is_word or not weak else None
    if sm:
        s_word = sm.group("scale").lower()
        short = s_word in {"m", "b", "k"}
        follows = _words_after(text, sm.end(), 1)
        metric_m = short and not currency and (not follows or follows[0].lower() in _STOP)
        if not (short and sm.group("sp")) and not metric_m:
            scale = _SCALE[s_word]
            end = sm.end()
    if (
        weak
        and scale == 1.0
        and word not in {"a dozen", "half a dozen"}
        and not (word == "one" and _ONE_COUNT.match(text, end))
    ):
        # "one"/"a" count only with a unit or a scale word, or as "one count of" a charge
        um = _UNIT_AFTER.match(text, end)
        if not um or _UNITS[um.group("unit").lower()][0] in _DURATIONS:
            return None
    value *= scale
    parts = tuple(p * scale for p in parts)

    unit: str | None = None
    quantity: str | None = None
    hyphenated = False  # "a 300-metre tower": the noun after the unit is what is measured
    if currency is None:
        cm = _CUR_AFTER.match(text, end)
        if cm:
            currency = _currency_word(cm.group("cur"), cm.group("adj"), scale)
            if currency:
                end = cm.end()
    if currency:
        unit = currency
    else:
        fm = _TEMP_F.match(text, end)
        um = _UNIT_AFTER.match(text, end)
        if fm:
            value = (value - 32) * 5 / 9
            unit, end = "°C", fm.end()
        elif um and _unit_ok(um, raw, scale):
            unit, factor = _UNITS[um.group("unit").lower()]
            hyphenated = any(c in _DASH for c in um.group("sep"))
            value *= factor
            parts = tuple(p * factor for p in parts)
            end = um.end()
            if unit in _DURATIONS:
                # "3 years and 6 months", "two hours, five minutes, and six seconds": each
                # further part in a smaller unit
                size = factor * _DIMENSION[unit][1]
                written = [value / factor]
                comp = _compound().match(text, end)
                while comp and len(written) < 3:
                    extra = _parse_number(comp.group("num"))
                    u2, f2 = _UNITS[comp.group("unit").lower()]
                    if extra is None or f2 * _DIMENSION[u2][1] >= size:
                        break
                    size = f2 * _DIMENSION[u2][1]
                    written.append(extra)
                    value += extra * size / _DIMENSION[unit][1]
                    end = comp.end()
                    comp = _compound().match(text, end)
                if len(written) > 1:
                    parts = tuple(written)
    if unit is None and digits_only and _looks_like_year(raw, before, text, end):
        return None
    unit_end = end
    conv = _CONVERSION.match(text, end)
    if conv and unit is not None:
        end = conv.end()

    more = _OR_MORE.match(text, end)
    if more:  # "100 or more people", "magnitude 6 or greater"
        approx = approx or more.group("bound").lower()
        end = more.end()
    # what it counts: "seven of the eight towers", "4,600 people", "the toll rose to 17"
    of: float | None = None
    noun: str | None
    whole = _OF_WHOLE.match(text, end) if unit is None else None
    if whole and not weak:
        of_value = _parse_number(whole.group("num"))
        if of_value is not None and of_value >= value:
            of = of_value
            end = whole.end()
    share_of = _SHARE_OF.match(text, end) if unit == "percent" else None
    noun, noun_end = _noun_after(text, share_of.end() if share_of else end)
    if share_of:
        noun_end = end  # "89 per cent of staff": the figure is "89 per cent"
    if unit in _LENGTHS:
        first = _words_after(text, end, 1)
        if first and first[0].lower() in _LENGTH_WORDS:
            noun = first[0].lower()  # "56 km below the town": a depth
        noun = _LENGTH_WORDS.get(noun or "", noun if hyphenated else None)
        if noun is None:  # "its depth was 20 km", "within 500 km of the quake"
            for word in reversed(_words_before(before, 3)):
                if word.lower() in _LENGTH_BEFORE:
                    noun = _LENGTH_BEFORE[word.lower()]
                    break
    if noun is None and unit is None and of is None:
        part_of = _PART_OF.match(text, end)  # "27 of the victims"
        noun = _noun_after(text, part_of.end())[0] if part_of else None
        noun_end = end
    if noun is None and unit is not None and len(unit) == 3:
        money_in = _MONEY_IN.match(text, end)  # "$800 million in restitution"
        if money_in:
            noun = _noun_after(text, money_in.end())[0]
            noun_end = end
    if noun is None and unit in _DURATIONS:
        # "three months of testimony", "seven days of deliberation": what lasted
        of_what = _DURATION_OF.match(text, end)
        if of_what:
            noun = _noun_after(text, of_what.end())[0]
            noun_end = end
    if noun in _NOT_QUANTITIES:
        noun, noun_end = None, end
    if noun is not None and unit is None and of is None:
        out_of = _OUT_OF.match(text, noun_end)  # "119 seats out of 150": the whole
        of_value = _parse_number(out_of.group("num")) if out_of else None
        if out_of and of_value is not None and of_value >= value:
            of, noun_end = of_value, out_of.end()
    if noun is not None:
        quantity = noun
        if unit in _LENGTHS and not hyphenated:
            noun_end = end  # "95 km north": the direction is not part of the figure
        if unit is None or unit in _DIMENSION or len(unit) == 3:
            end = noun_end if unit is None or noun_end - end < 30 else end
    if quantity is None:
        quantity = _noun_before(text, start)
    if unit == "percent" and _FROM_SHARE.search(before) and _SHARE_TO.match(text, unit_end):
        return None  # "fallen from 10 percent to 4.7 percent": the level it left, told below
    if quantity is None and unit == "percent":
        moved = _SHARE_FROM_TO.search(before)
        # "the rate has fallen from 10 percent to 4.7 percent": the rate, named before "from"
        at = moved.start("num") if moved else start
        quantity = (_noun_before(text, at) if moved else None) or _rate_before(text, at)
    direction: str | None = None
    if unit == "percent":
        # "shares were up 1.8%", "the stock tanked 65 percent", "a 60% tumble in the stock":
        # a move of a share price, told apart by its direction
        direction = _share_move(text, before, end, quantity)
        if direction is not None:
            quantity = "shares"
    if approx == "over" and unit in _DURATIONS:
        approx = None  # "over three years" is a period, not an approximation
    if unit in _LENGTHS and quantity is None:
        quantity = "distance"
    if unit == "km/h" and quantity is None:
        quantity = "speed"
    if (
        unit in _CLOCK
        and quantity in (None, "late", "later")
        and (_delay_before().search(before[-40:]) or _DELAY_AFTER.match(text, unit_end))
    ):
        quantity = "delay"  # "delayed by 36 minutes", "started 37 minutes late"
    elif (
        unit in _CLOCK
        and quantity in (None, "left", "remaining")
        and _LEFT_AFTER.match(text, unit_end)
    ):
        quantity = "remaining"  # "with 13 seconds remaining", "two minutes to play"
    if unit is None and quantity is None and not _qualifier_after().match(text, end):
        return None  # a bare number says too little to compare
    if unit is None and quantity in {"percent", "cent"}:
        return None
    if (
        unit == "percent"
        and _COUNTED_BEFORE.search(text, max(0, start - 30), start)
        and _COUNTED_AFTER.match(text, unit_end)
    ):
        # "with 97.6% of the votes counted": when a result was read, not a fact of the
        # story; outlets writing at different hours give different shares
        return None
    return _Found(
        start, end, value, unit, quantity, approx, of=of, parts=parts, direction=direction
    )


# Words for a company's shares ("the stock", "its shares", "the share price"), not a market
# ("the stock market", "stock futures").
_SHARE_WORD = (
    r"(?:shares|stock|share[ \u00a0]+price|stock[ \u00a0]+price)"
    r"(?![ \u00a0]+(?:market|markets|exchange|index|indexes|indices|futures|options|split))"
)
_UP_VERBS = (
    "up|higher|rise|rises|rose|risen|rising|gain|gains|gained|gaining|jump|jumps|jumped|jumping"
    "|climb|climbs|climbed|climbing|surge|surges|surged|surging|soar|soars|soared|soaring"
    "|rally|rallies|rallied|advance|advances|advanced|added|spiked|increased|leapt|leaped"
    "|rocketed|skyrocketed"
)
_DOWN_VERBS = (
    "down|lower|fall|falls|fell|fallen|falling|drop|drops|dropped|dropping|decline|declines"
    "|declined|declining|lose|loses|lost|losing|slide|slides|slid|sliding|sink|sinks|sank|sunk"
    "|sinking|tumble|tumbles|tumbled|tumbling|plunge|plunges|plunged|plunging|plummet|plummets"
    "|plummeted|plummeting|tank|tanks|tanked|slump|slumps|slumped|shed|sheds|dip|dips|dipped"
    "|slip|slips|slipped|ease|eases|eased|crashed|cratered|retreated|sagged|decreased"
)
# The share word, then within its clause a verb of a move, then what may stand before the
# figure ("by", "another", an approximation).
_SHARE_MOVE_BEFORE = rx.compile(
    rf"\b{_SHARE_WORD}\b[^,;:.!?()\u2013\u2014]{{0,40}}?"
    rf"\b(?:(?P<up>{_UP_VERBS})|(?P<down>{_DOWN_VERBS}))"
    r"(?:[ \u00a0]+(?:by|another|a[ \u00a0]+further|an[ \u00a0]+additional|as[ \u00a0]+much"
    r"[ \u00a0]+as|about|around|nearly|almost|some|roughly|approximately|more[ \u00a0]+than"
    r"|over|close[ \u00a0]+to|just[ \u00a0]+over|just[ \u00a0]+under|up[ \u00a0]+to))*"
    r"[ \u00a0]+$",
    re.IGNORECASE,
)
# Nouns of a move, after the figure: "a 60% tumble in the stock", "a 5% rise in its shares".
_MOVE_NOUNS = {
    **dict.fromkeys(
        ["gain", "rise", "jump", "surge", "rally", "increase", "climb", "advance", "spike"], "up"
    ),
    **dict.fromkeys(
        [
            "drop",
            "fall",
            "decline",
            "tumble",
            "plunge",
            "slide",
            "slump",
            "loss",
            "dip",
            "selloff",
            "sell-off",
            "crash",
            "decrease",
            "plummet",
        ],
        "down",
    ),
}
_IN_SHARES = rx.compile(
    r"[ \u00a0]+(?:in|for|of)[ \u00a0]+(?:(?:the|its|their|his|her)[ \u00a0]+"
    r"|[A-Z][\w’'.&-]*(?:[ \u00a0]+[A-Z][\w’'.&-]*)*(?:[’']s)?[ \u00a0]+)?"
    rf"{_SHARE_WORD}\b"
)


def _share_move(text: str, before: str, end: int, quantity: str | None) -> str | None:
    """The direction ("up", "down") of a share price's move a percentage states, if it is one."""
    head = _SEGMENT.split(before[-120:])[-1]
    tail = _SEGMENT.split(text[end : end + 120])[0]
    if _OVER_A_PERIOD.search(head) or _OVER_A_PERIOD.search(tail):
        return None  # "up 30% this year", "down 12% since January": not the day's move
    if quantity in _MOVE_NOUNS:
        return _MOVE_NOUNS[quantity] if _IN_SHARES.match(text, end) else None
    if quantity in _MOVE_AFTER:  # "shares traded 17% lower"
        return _MOVE_AFTER[quantity] if _SHARE_TRADED.search(head) else None
    # ("fell 20 per cent late on Wednesday": "late" says when, not what)
    if quantity not in (None, "late", "early") and _singular(quantity) not in {"share", "stock"}:
        return None
    m = _SHARE_MOVE_BEFORE.search(head)
    if m is None:
        return None
    return "up" if m.group("up") else "down"


_MOVE_AFTER = {"higher": "up", "lower": "down"}

# When in a trading day a share move was measured. Outlets writing at different hours report
# different moves of one day, all true: "fell as much as 26% ... closed down 18%", "plunged
# 11% at the open", "down 62% in premarket trading". Pre-market and after-hours trade are one
# kind (outside the session); "as much as" and "at one point" the day's extreme.
_SESSIONS = (
    (
        "extended",
        rx.compile(
            r"\b(?:pre-?market|after-?hours|extended[ \u00a0]+(?:trading|trade|dealings)"
            r"|overnight[ \u00a0]+(?:trading|trade))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "extreme",
        rx.compile(
            r"\b(?:as[ \u00a0]+much[ \u00a0]+as|at[ \u00a0]+one[ \u00a0]+(?:point|stage|time)"
            r"|intra-?day|at[ \u00a0]+(?:its|their|the[ \u00a0]+day’?'?s)[ \u00a0]+"
            r"(?:lowest|highest|low|high|worst|best))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "open",
        rx.compile(
            r"\b(?:opened|at[ \u00a0]+(?:the[ \u00a0]+)?open(?:ing)?|(?:in|during)[ \u00a0]+"
            r"(?:early|morning|opening)[ \u00a0]+(?:trading|trade|deals|dealings)"
            r"|(?:early|morning)[ \u00a0]+(?:trading|trade))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "close",
        rx.compile(
            r"\b(?:closed|closing|ended|finished|settled|at[ \u00a0]+the[ \u00a0]+close"
            r"|on[ \u00a0]+the[ \u00a0]+day)\b",
            re.IGNORECASE,
        ),
    ),
)
# What starts another clause around a share move: its moment words are that clause's.
_SESSION_BREAK = rx.compile(
    r"[;!?]|,[ \u00a0]+(?:and|but|while|before|after)\b|\b(?:and|but|before|after|while"
    r"|then|following)[ \u00a0]+(?=[a-z])",
    re.IGNORECASE,
)
_SESSION_REACH = 80


def _session(text: str, figures: Sequence[_Found], k: int) -> str | None:
    """When in the trading day the share move `figures[k]` was measured (see _SESSIONS): a
    clock time said with it ("by 10:30 a.m.") as minutes after midnight, else a kind; None
    when its clause does not say."""
    f = figures[k]
    lo = max(figures[k - 1].end if k else 0, f.start - _SESSION_REACH)
    hi = min(figures[k + 1].start if k + 1 < len(figures) else len(text), f.end + _SESSION_REACH)
    breaks = [m.end() for m in _SESSION_BREAK.finditer(text, lo, f.start)]
    lo = breaks[-1] if breaks else lo
    after = _SESSION_BREAK.search(text, f.end, hi)
    hi = after.start() if after else hi
    clause = text[lo:hi]
    time = _CLOCK_TIME.search(clause)
    if time is not None:
        return str(_minutes(time))
    for name, pattern in _SESSIONS:
        if pattern.search(clause):
            return name
    return None


_SHARE_TRADED = rx.compile(
    rf"\b{_SHARE_WORD}\b[^,;:.!?()\u2013\u2014]{{0,30}}?\b(?:traded|trading|closed|ended|finished"
    r"|opened|were|was|are|is)[ \u00a0]+$",
    re.IGNORECASE,
)


# A move over a period rather than in one session.
_OVER_A_PERIOD = rx.compile(
    r"\b(?:since|so[ \u00a0]+far|year[ \u00a0-]+to[ \u00a0-]+date|this[ \u00a0]+(?:year|month|week)"
    r"|(?:over|in|during)[ \u00a0]+the[ \u00a0]+(?:past|last)|last[ \u00a0]+(?:year|month|week)"
    r"|in[ \u00a0]+(?:19|20)\d\d|for[ \u00a0]+the[ \u00a0]+(?:year|month|week|quarter))\b",
    re.IGNORECASE,
)


def _unit_ok(um: re.Match[str], raw: str, scale: float) -> bool:
    """Whether a unit word after a number really is its unit."""
    name = um.group("unit").lower()
    if name in {"m", "g", "ha", "min", "mi", "yr", "hr", "ft"} and um.group("sep").strip():
        return False  # "5 -m" is not a unit
    if name in {"pound", "pounds"} and scale != 1.0:
        return False  # "5 million pounds" is money, handled as currency
    return not (name == "second" and raw.lower() in {"a", "one"})


def _currency_prefix(text: str) -> str | None:
    """The currency code of a prefix symbol or code ("US$", "€", "EUR")."""
    low = text.lower().replace(" ", "")
    if low in _CUR_PREFIX:
        return _CUR_PREFIX[low]
    up = text.strip().upper()
    return "CNY" if up == "RMB" else (up if up in _CODES else None)


def _currency_word(word: str, adj: str | None, scale: float) -> str | None:
    """The currency code of a currency word or code written after the number."""
    low = word.lower()
    if word.upper() in _CODES:
        return "CNY" if word.upper() == "RMB" else word.upper()
    if low in {"dollar", "dollars"} and adj:
        return _DOLLAR_ADJ.get(adj.strip().lower(), "USD")
    if low in {"won", "pounds"} and scale == 1.0:
        return None  # "won" is far more often the verb; "200 pounds" far more often a weight
    if low == "pounds":
        return "GBP"
    return _CUR_WORD.get(low)


def _parse_number(raw: str) -> float | None:
    """The value of "4,600", "1.2", "twenty-five", "three hundred and fifteen", "a dozen"."""
    text = raw.strip().lower()
    if text and (text[0].isdigit() or text[0] == "."):
        try:
            return float(text.replace(",", ""))
        except ValueError:
            return None
    total = 0.0
    current = 0.0
    seen = False
    for tok in rx.split(r"[\s-]+", text):
        if tok in {"and", ""}:
            continue
        if tok == "a":
            current = current or 1.0
        elif tok == "half":
            current = 0.5
        elif tok in SMALL_NUMBERS:
            current += SMALL_NUMBERS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok == "dozen":
            current = (current or 1.0) * 12
        elif tok == "hundred":
            current = (current or 1.0) * 100
        elif tok in {"thousand", "million", "billion", "trillion"}:
            total += (current or 1.0) * _SCALE[tok]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def _is_name_number(before: str, raw: str) -> bool:
    """Whether the number is part of a name: "Boeing 737", "Article 5", "Apollo 11"."""
    prev = _words_before(before, 1)
    if not prev or not before.endswith((" ", "\u00a0")):
        return False
    word = prev[0]
    if not word[:1].isupper() or word.lower().strip(".") in _FUNCTION_CAPS:
        return False
    if rx.search(r"['’]s?$", word):
        return False  # "Aetna's 22 million customers": a possessive, not a name
    if rx.fullmatch(_MONTHS, word):
        return True  # a date the date pattern missed ("May 2")
    return bool(rx.fullmatch(r"[A-Z][\w&'’.-]*", word))


def _looks_like_year(raw: str, before: str, text: str, end: int) -> bool:
    """Whether a bare four-digit number is a year ("in 1979") rather than a count."""
    if len(raw) != 4 or not raw.isdigit() or not 1800 <= int(raw) <= 2100:
        return False
    prev = _words_before(before, 1)
    after = _words_after(text, end, 1)
    if prev and prev[0].lower() in {"in", "since", "by", "until", "from", "of", "before", "after"}:
        return True
    return not (after and after[0].islower() and after[0].endswith("s"))


def _words_after(text: str, pos: int, n: int) -> list[str]:
    """Up to `n` word tokens right after `pos` (stopping at punctuation other than spaces)."""
    out: list[str] = []
    for m in _TOKEN.finditer(text, pos):
        if text[pos : m.start()].strip(" \u00a0"):
            break
        out.append(m.group().rstrip("."))
        pos = m.end()
        if len(out) == n:
            break
    return out


def _words_before(before: str, n: int) -> list[str]:
    """Up to `n` word tokens right before the end of `before`, nearest last."""
    tail = rx.findall(r"[A-Za-z][\w&'’.-]*|\d[\d,.]*|[^\w\s]", before[-80:])
    out: list[str] = []
    for tok in reversed(tail):
        if not (tok[0].isalnum()):
            break
        out.insert(0, tok)
        if len(out) == n:
            break
    return out


def _noun_after(text: str, pos: int) -> tuple[str | None, int]:
    """The noun a figure counts, from the words right after it, and where it ends."""
    run: list[tuple[str, int]] = []
    for m in _TOKEN.finditer(text, pos):
        gap = text[pos : m.start()]
        if gap.strip(" \u00a0") or (not run and not gap):
            break
        tok = m.group()
        low = tok.lower().rstrip(".")
        if not run and low in _ADJ_SKIP:
            pos = m.end()  # "eight other bodies", "four more bodies"
            continue
        if low in _STOP or tok[0].isdigit():
            break
        if low in _QUALIFIERS:
            if not run:
                nxt = _words_after(text, m.end(), 1)
                if low in _QUALIFIER_ADJ and nxt and _counted_noun(nxt[0]):
                    pos = m.end()  # "22 dead children": the children are counted, dead
                    continue
                return low, m.end()
            break
        run.append((tok, m.end()))
        pos = m.end()
        if len(run) == 3 or (low.endswith(("ed", "ing")) and len(run) > 1):
            break
        if tok[0].islower() and (low in _PERSONS or (low.endswith("s") and low[-2:] != "ss")):
            break  # a plural ends the noun phrase: "23 million people live ..."
    # the noun is the last lower-case word of the run; "-ed"/"-ing" words end a run as verbs
    while run and (not run[-1][0][0].islower() or run[-1][0].lower().endswith(("ing", "ly", "ed"))):
        if run[-1][0].lower() in _QUALIFIERS:
            break
        run.pop()
    if not run:
        return None, pos
    last, end = run[-1][0].lower(), run[-1][1]
    single = len(run) == 1 and not last.endswith("s") and last not in _PERSONS
    both = _PAIRED_ADJ.match(text, end) if single else None
    if (
        both
        and both.group("kind") not in _NUMBER_WORDS
        and both.group("kind") not in _STOP
        and both.group("noun") not in _STOP
        and not both.group("noun").endswith("ss")
    ):
        # "49,000 professional and amateur runners": two kinds of one counted noun
        return both.group("noun"), both.end()
    return last.rstrip(".'’"), end


# "professional and amateur runners", "local or foreign tourists": adjectives of one noun.
_PAIRED_ADJ = rx.compile(
    r"[ \u00a0]+(?:and|or)[ \u00a0]+(?P<kind>[a-z-]+)[ \u00a0]+(?P<noun>[a-z]+s)\b"
)


def _counted_noun(word: str) -> bool:
    """Whether a word after a qualifier is what is counted ("dead children", "injured hikers")."""
    low = word.lower()
    if low in _STOP or low in _QUALIFIERS or not word.islower():
        return False
    return low in _PERSONS or (low.endswith("s") and not low.endswith("ss"))


def _noun_before(text: str, pos: int, *, changed: bool = False) -> str | None:
    """The noun a figure refers back to: "the death toll rose to 17" → "toll", "a population of 23
    million" → "population", "murders had halved" → "murders" (`changed`: the figure is a verb)."""
    ap = _APPROX.search(text, 0, pos)
    if ap is not None:  # "upwards of 80": the approximation is neither a noun nor a link
        pos = ap.start("ap")
    words = _words_before(text[:pos], 6)
    linked = changed
    for k in range(len(words) - 1, -1, -1):
        tok = words[k]
        low = tok.lower()
        if low in _QUALIFIERS:
            return low
        if low in _LINKS:
            linked = True
            continue
        if low in _BACK_SKIP or low in _APPROX_WORDS:
            continue
        at_start = k == 0 and len(words) < 6 and not text[:pos].strip()[: -len(" ".join(words))]
        if (
            tok[0].isdigit()
            or low in _STOP
            or low.endswith("ly")
            or (not tok[0].islower() and not (at_start and tok[1:].islower()))
        ):
            return _toll_before(text[:pos]) if linked else None
        if not linked:
            return None
        # "the death toll from a massive landslide rose to 21": the toll, not the landslide
        wider = _words_before(text[:pos], 10)[: k + 10 - len(words)]
        for earlier in wider:
            if earlier.lower() in _QUALIFIERS:
                return earlier.lower()
        if any(w.lower() in _DEPENDENT or w.lower() == "that" for w in wider[-5:]):
            # "the number of dead from the storm that hit several provinces has risen to 903":
            # the noun closes a relative clause; the count is the clause's subject
            return _toll_before(text[:pos]) or low.rstrip(".'’")
        return low.rstrip(".'’")
    # only links back to a comma: "the toll from the quake, on Friday night, has risen to 632"
    return _toll_before(text[:pos]) if linked else None


def _rate_before(text: str, pos: int) -> str | None:
    """The rate a percentage is the level of, named before it: "inflation at 143%", "annual
    inflation soaring to 143%", "inflation, currently at 143%", "turnout was 62%"."""
    ap = _APPROX.search(text, 0, pos)
    if ap is not None:  # "inflation is now over 140%"
        pos = ap.start("ap")
    got = _RATE_BEFORE.search(text, max(0, pos - 60), pos)
    if got is None or not _RATE_LINK.search(got.group("links")):
        return None
    noun = got.group("noun")
    if (
        _DIGIT_BEFORE.search(text, max(0, got.start() - 12), got.start())  # "from 10 percent to"
        or noun in _STOP
        or noun in _BACK_SKIP
        or noun in _LINKS
        or noun in _APPROX_WORDS
        or noun in _NUMBER_WORDS
        or noun.endswith(("ly", "ed", "ing"))
    ):
        return None
    return noun


# A rate and the words that give its level: "inflation, currently at", "unemployment stood at".
_RATE_BEFORE = rx.compile(
    r"(?<![\w’'-])(?P<noun>[a-z][a-z-]{2,})(?P<links>(?:,?[ \u00a0]+(?:is|was|now|currently|still"
    r"|running|stands|stood|standing|soaring|surging|hovering|sits|sat|remains|remained|at|to))+)"
    r"[ \u00a0]*$"
)
# A percentage a change starts from, and the one it goes to: "from 10 percent to 4.7 percent".
_FROM_SHARE = rx.compile(r"\bfrom[ \u00a0]+$", re.IGNORECASE)
_SHARE_TO = rx.compile(r"[ \u00a0]+to[ \u00a0]+\d")
_SHARE_FROM_TO = rx.compile(
    r"\bfrom[ \u00a0]+(?P<num>\d[\d.,]*)[ \u00a0]?(?:%|per[ \u00a0]?cent|percent)"
    r"[ \u00a0]+to[ \u00a0]+$",
    re.IGNORECASE,
)
_DIGIT_BEFORE = rx.compile(r"\d%?[ \u00a0]*$")
_RATE_LINK = rx.compile(r"\b(?:at|to|is|was|stands|stood|sits|sat)\b")


def _toll_before(head: str) -> str | None:
    """The count noun a long clause opens with: "the death toll in the earthquake that struck
    the city three days ago rose to 273" → "toll"; also across asides set off by commas when
    the last part has no subject ("the toll from the quake that struck X, Y, on Friday night,
    has risen to 632")."""
    segments = _SEGMENT.split(head[-240:])
    for k, clause in enumerate(reversed(segments)):
        if k > 0 and not _PREDICATE_ONLY.match(segments[-1]):
            break
        for word in reversed(clause.split()[-25:]):
            if word.lower() in _TOLL_NOUNS:
                return word.lower()
    return None


# A clause part that is only the predicate of a count: its subject stands before an aside.
_PREDICATE_ONLY = rx.compile(
    r"\s*(?:(?:has|have|had|now|since|then|already|further)\s+)*"
    r"(?:risen|rose|climbed|reached|increased|jumped|stood|stands|hit|exceeded|surpassed"
    r"|topped|passed|grown|grew)\b",
    re.IGNORECASE,
)
# A verb that says a count went past the figure after it: the figure is a lower bound.
_PASSED = rx.compile(r"\b(?:exceeded|surpassed|topped|passed)\s+$", re.IGNORECASE)


# Nouns that name a count ("the toll", "deaths") however far the verb stands from them.
# ("the number of dead ... has risen to 903": "dead", "injured", "missing" stand as nouns)
_TOLL_NOUNS = frozenset(
    ["toll", "deaths", "fatalities", "injuries", "cases", "arrests", "dead", "injured", "missing"]
)
# Words that tie a figure to the noun before it ("population of", "toll rose to").
_LINKS = frozenset(
    [
        "of",
        "rose",
        "fell",
        "climbed",
        "increased",
        "jumped",
        "dropped",
        "declined",
        "grew",
        "gained",
        "stood",
        "reached",
        "hit",
        "totalled",
        "totaled",
        "numbered",
        "topped",
        "exceeded",
        "surpassed",
        "risen",
        "fallen",
        "soared",
        "slumped",
    ]
)
# Words before a length that say what it measures.
_LENGTH_BEFORE = {
    "depth": "depth",
    "length": "length",
    "height": "height",
    "altitude": "height",
    "elevation": "height",
    "width": "width",
    "radius": "radius",
    "within": "radius",
}
_LENGTH_WORDS = {
    "long": "length",
    "high": "height",
    "tall": "height",
    "deep": "depth",
    "below": "depth",
    "beneath": "depth",
    "underground": "depth",
    "wide": "width",
    "away": "distance",
    "north": "distance",
    "south": "distance",
    "east": "distance",
    "west": "distance",
    "northeast": "distance",
    "northwest": "distance",
    "southeast": "distance",
    "southwest": "distance",
}
# Compiled on first use (by _qualifier_after): a bare count without unit or noun is rare.
_QUALIFIER_AFTER = (
    r"[ \u00a0]+(?:(?:were|was|are|have been|had been|has been|been|people|others?)[ \u00a0]+){0,2}"
    # how sure the fate is, or that it lasts: "10,100 are reported missing", "another 20
    # reported as still missing", "dozens remain unaccounted", "300 are feared dead"
    r"(?:(?:reported|feared|believed|presumed|confirmed|listed|still|now|remain|remains"
    r"|remained|as)[ \u00a0]+){0,3}"
    r"(?:" + "|".join(_QUALIFIERS) + r")\b"
)
_APPROX_WORDS = frozenset(
    ["about", "around", "nearly", "almost", "some", "over", "under", "estimated", "least"]
)


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Word tokens of a sentence with their offsets, lower-cased."""
    return [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]


def _chains(text: str, figures: Sequence[_Found]) -> list[tuple[int, int]]:
    """For each figure, the span of the run of coordinated counts it belongs to ("21 children
    and five adults were killed": both were killed), or its own span."""
    spans = [(f.start, f.end) for f in figures]
    k = 0
    while k < len(figures):
        j = k
        while (
            j + 1 < len(figures)
            and figures[j].unit is None
            and figures[j + 1].unit is None
            and _COORDINATED.match(text[figures[j].end : figures[j + 1].start])
        ):
            j += 1
        for i in range(k, j + 1):
            spans[i] = (figures[k].start, figures[j].end)
        k = j + 1
    return spans


def _qualifier(
    tokens: Sequence[tuple[int, int, str]], f: _Found, chain: tuple[int, int]
) -> str | None:
    """What happened to what a figure counts ("killed", "injured"): a word inside the figure
    ("22 dead children"), else the nearest word outside its run of coordinated counts, else
    one inside an earlier count of the run ("22 dead children and four adults")."""
    own = [w for s, e, w in tokens if s >= f.start and e <= f.end and w in _QUALIFIERS]
    if own:
        return _QUALIFIERS[own[0]]
    inside = [i for i, (s, e, _) in enumerate(tokens) if s >= chain[0] and e <= chain[1]]
    if not inside:
        return None
    first, last = inside[0], inside[-1]
    best: tuple[int, int, str] | None = None
    # another figure between the word and this one claims the word first
    # except one in an aside that names a part of the count ("120 people, including 23
    # soldiers, are missing": the whole is missing too)
    figures = [
        i
        for i, (_, _, w) in enumerate(tokens)
        if (w[0].isdigit() or w in SMALL_NUMBERS) and (i == 0 or tokens[i - 1][2] != "including")
    ]
    for i, (_, _, word) in enumerate(tokens):
        if word not in _QUALIFIERS or first <= i <= last:
            continue
        lo, hi = (i, first) if i < first else (last, i)
        if any(lo < k < hi for k in figures):
            continue
        dist = first - i if i < first else i - last
        if dist > 6:
            continue
        rank = (dist, 0 if i > last else 1)  # ties go to the word after the figure
        if best is None or rank < best[:2]:
            best = (rank[0], rank[1], _QUALIFIERS[word])
    if best:
        return best[2]
    earlier = [w for s, e, w in tokens if s >= chain[0] and e <= f.start and w in _QUALIFIERS]
    return _QUALIFIERS[earlier[-1]] if earlier else None


# What lies between two coordinated counts: "21 children and five adults", "12 men, 4 women".
_COORDINATED = rx.compile(
    r"[ \u00a0]*(?:,[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?|(?:and|or|as well as)[ \u00a0]+)"
    r"(?:(?:another|other|at least|at most|about|around|nearly|almost|some|more than|over)"
    r"[ \u00a0]+)?$",
    re.IGNORECASE,
)


# ---------------------------------------------------------------- earlier events

# Clause boundaries: a time word marks the figures of its own clause only.
_SEGMENT = rx.compile(r"[,:](?!\d)|[;()\[\]\u2014\u2013]|\s-\s")
# Time words that put a figure in an earlier event or round when they follow it in its clause
# ("killed nearly 100 people less than two weeks ago") or open the clause ("Last year, ...").
# Before the figure inside a clause they usually date something else ("the quake that struck
# three days ago rose to at least 273").
_ERA_TIME = rx.compile(
    r"\b(?:ago|last[ \u00a0]+(?:year|month|week|season|time|spring|summer|autumn|fall|winter)"
    r"|a[ \u00a0]+(?:year|month|week|decade)[ \u00a0]+(?:earlier|before)"
    r"|(?:the[ \u00a0]+)?(?:previous|prior)[ \u00a0]+(?:year|month|week)"
    r"|earlier[ \u00a0]+(?:this|that|in[ \u00a0]+the)[ \u00a0]+(?:year|month)"
    # "in the past" dates an earlier event, "in the past 24 hours" a window up to now
    r"|in[ \u00a0]+the[ \u00a0]+past(?![ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}"
    r"(?:hours?|days?|weeks?|months?|years?|seasons?|decades?|centur(?:y|ies))\b)"
    r"|previously|at[ \u00a0]+the[ \u00a0]+time)\b",
    re.IGNORECASE,
)
# Words that mark an earlier event or round wherever they stand in the figure's clause
# ("an earlier quake that killed 100", "the previous round of 18,000 cuts", "had said").
_ERA_WORD = rx.compile(
    r"\b(?:(?:an|the|its|their|a)[ \u00a0]+(?:earlier|previous|prior)"
    r"|already[ \u00a0]+(?:announced|cut|said|reported)"
    r"|had[ \u00a0]+(?:already[ \u00a0]+)?(?:said|announced|reported|estimated|planned|put))\b",
    re.IGNORECASE,
)
# A subject said to be over is an earlier episode than the one reported ("The outbreak, which
# has now largely subsided, caused some 140 deaths").
_ERA_OVER = rx.compile(
    r"\b(?:which|that)[ \u00a0]+(?:has|have|had)[ \u00a0]+"
    r"(?:(?:now|since|largely|mostly|long)[ \u00a0]+)*"
    r"(?:subsided|ended|abated|waned|ebbed|died[ \u00a0]+down|run[ \u00a0]+its[ \u00a0]+course)\b",
    re.IGNORECASE,
)
_ERA_MONTH = rx.compile(
    r"\b(?:(?P<pre>(?i:in|during|early|late|mid|last|through|throughout))[ \u00a0-]+"
    r"(?:in[ \u00a0]+)?)?"
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
    r"(?:,?[ \u00a0]+(?P<year>(?:19|20)\d\d))?\b"
    r"|\b(?:(?i:in|during|the)[ \u00a0]+)(?P<lone>(?:19|20)\d\d)\b(?![,.]?\d)"
    r"|\b(?P<lone2>(?:19|20)\d\d)[’']s\b"
)


def _era(text: str, start: int, end: int, published: date | None) -> str | None:
    """When an earlier event or round the figure at text[start:end] is said of happened: its
    months or years ("2022-11 2023-01"), "earlier" when unsaid; None for a current figure."""
    bounds = _bounds(text)
    k = _clause_at(bounds, start)
    # a figure may hold a bracket ("785 million euros ($853 million) in 2022"): its clause
    # goes on after the bracket
    k_end = _clause_at(bounds, end)
    seg_start, seg_end = bounds[k], min(len(text), bounds[max(k, k_end) + 1])
    head = text[seg_start:start]
    keys: set[str] = set()
    # "..., impacting over 18,000 employees", "..., when Marsh won 66%": a participle or
    # relative clause belongs to the clause before it
    opener = rx.match(r"\s*([A-Za-z]+)", head)
    if k > 0 and opener and _dependent(opener.group(1)):
        keys |= _era_in(text[bounds[k - 1] : bounds[k] - 1], published, where="anywhere")
    if any(
        not _BASELINE.search(text, seg_start, w.start())
        for w in _ERA_WORD.finditer(text, seg_start, seg_end)
    ) or _ERA_OVER.search(text, 0, start):
        keys.add("earlier")
    # "rose to 365 million from 359.4 million a year earlier": the time is the base's
    base = _BASE_FIGURE.search(text, end, seg_end)
    keys |= _era_in(text[end : base.start() if base else seg_end], published, where="anywhere")
    keys |= _era_in(head, published, where="head")
    # "In January, the company cut 18,000 jobs": a time that opens the sentence dates all of it
    first = text[: bounds[1] - 1] if k > 0 and len(bounds) > 2 else ""
    if 0 < len(first.split()) <= 10:
        keys |= _era_in(first, published, where="opening")
    keys |= _rounds(text, start, seg_end)
    if not keys:
        return None
    times = keys - {"earlier"}
    if "earlier" in keys and not any(not t.startswith("round:") for t in times):
        times.add("earlier")  # an earlier time that is not said
    return " ".join(sorted(times))


# Something `_era` could find: a time word, month, year or contest round.
# Case-folded (see `ignorecase_lower`) and searched case-sensitively: one scan that `re` can
# start from the first letters of the words, where the same words with IGNORECASE are tried
# at every position.
_ERA_HINT = rx.compile(
    r"ago|last|previous|prior|earlier|already|had\b|past|at the time|round|leg\b|half"
    r"|phase|stage|quarter|day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|19\d\d|20\d\d"
    r"|subsided|ended|abated|waned|ebbed|died down|its course"
)
_ROUND_NOUNS = ("round", "leg", "half", "phase", "stage", "quarter", "day")
_ROUND = rx.compile(
    r"\b(?P<which>first|second|third|fourth|final|opening|last)[ \u00a0]+"
    rf"(?:{'|'.join(_ROUND_NOUNS)})\b",
    re.IGNORECASE,
)


def _rounds(text: str, start: int, seg_end: int) -> set[str]:
    """The round of a contest a figure belongs to ("round:first"): the round last named before
    it in its sentence ("The first round placed Marsh (27.9%) and Ibarra (23.1%) in the
    second round"), else one named after it in its clause ("58.8% in the second round")."""
    # every match holds one of the round nouns (`ignorecase_lower` keeps what IGNORECASE
    # equates with them)
    found = list(_ROUND.finditer(text)) if _any_in(ignorecase_lower(text), _ROUND_NOUNS) else []
    before = [m for m in found if m.end() <= start]
    pick = before[-1] if before else next((m for m in found if start < m.start() < seg_end), None)
    if pick is None:
        return set()
    which = pick.group("which").lower()
    if which == "final" and pick.group().lower().endswith("quarter"):
        which = "fourth"  # a year has four quarters: its final one is the fourth
    return {f"round:{which}"}


# A sentence's figures each ask for its clauses (_owners, _era): the scan is remembered for
# the last few sentences only.
@lru_cache(maxsize=32)
def _bounds(text: str) -> tuple[int, ...]:
    """Where the clauses of a sentence start, and one past its end."""
    return (0, *(m.end() for m in _SEGMENT.finditer(text)), len(text) + 1)


def _clause_at(bounds: Sequence[int], pos: int) -> int:
    """The index of the clause holding `pos` (`pos` >= 0): the last start of `bounds` (all but
    its final entry, which is past the end) at or before it."""
    # the starts ascend: the last one <= pos is found by bisection, not by reading them all
    return bisect_right(bounds, pos, 0, len(bounds) - 1) - 1


def _dependent(word: str) -> bool:
    """Whether a clause opening with `word` hangs on the clause before ("impacting", "when")."""
    low = word.lower()
    return low.endswith("ing") or low in _DEPENDENT


_DEPENDENT = frozenset(["when", "where", "which", "who", "whom", "whose"])
# Words after which a time word dates something else than the figure that follows: "the quake
# that struck three days ago rose to 273".
_RELATIVE = rx.compile(r"\b(?:that|which|who|when|where|after|since|as|while)\b", re.IGNORECASE)


# What a change is measured against: "fell 9.8% to 1.9 billion compared with the previous
# year" says when the base was, not the figure.
_BASELINE = rx.compile(
    r"\b(?:compared[ \u00a0]+(?:to|with)|versus|vs\.?|against|than)(?:[ \u00a0]+the)?[ \u00a0]+$",
    re.IGNORECASE,
)


# A figure a change is measured from, after the figure it changed to.
_BASE_FIGURE = rx.compile(
    r"\b(?:from|versus|vs\.?|against|compared[ \u00a0]+(?:to|with))[ \u00a0]+"
    r"(?:[A-Z]{3}[ \u00a0]?)?[$€£¥₹]?\d"
)


def _era_in(piece: str, published: date | None, *, where: str) -> set[str]:
    """The times of earlier events `piece` holds: months and years when they can be told, else
    "earlier". `where` says which count: "anywhere"; "head" (before the figure), those no
    relative clause holds; "opening", those opening the piece."""

    def counts(pos: int) -> bool:
        if where == "anywhere":
            return True
        if where == "head":
            return _RELATIVE.search(piece[:pos]) is None
        return not piece[:pos].strip(" \u00a0").split()[2:]

    out: set[str] = set()
    for m in _ERA_TIME.finditer(piece):
        if counts(m.start()) and not _BASELINE.search(piece, 0, m.start()):
            out.add(_era_key(m.group().lower(), published))
    if published is None:
        return out
    for m in _ERA_MONTH.finditer(piece):
        if not counts(m.start()):
            continue
        lone = m.group("lone") or m.group("lone2")
        if lone:
            if int(lone) < published.year:
                out.add(lone)
            continue
        if m.group("pre") is None and m.group("year") is None:
            continue  # "May" or "March" alone may be a name or a verb
        month = MONTHS[m.group("mon").lower().rstrip(".")]
        year = int(m.group("year")) if m.group("year") else None
        if year is None:
            year = published.year if month <= published.month else published.year - 1
        if (year, month) < (published.year, published.month):
            out.add(f"{year:04d}-{month:02d}")
    return out


def _era_key(phrase: str, published: date | None) -> str:
    """The month or year "last month"/"last year" stand for; "earlier" for other phrases."""
    if published is None or not phrase.startswith("last"):
        return "earlier"
    if phrase.endswith("year"):
        return f"{published.year - 1:04d}"
    if phrase.endswith("month"):
        year, month = (
            (published.year, published.month - 1)
            if published.month > 1
            else (
                published.year - 1,
                12,
            )
        )
        return f"{year:04d}-{month:02d}"
    return "earlier"


def _era_parts(era: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """An era's earlier times and its contest rounds, apart."""
    words = (era or "").split()
    return (
        frozenset(w for w in words if not w.startswith("round:")),
        frozenset(w for w in words if w.startswith("round:")),
    )


def _current(era: str | None) -> bool:
    """Whether a figure is of the current event (whatever round it names)."""
    return not _era_parts(era)[0]


def _same_era(a: str | None, b: str | None) -> bool:
    """Whether two figures' eras can be one: both current, both of an unsaid earlier time, or
    earlier times in common ("2023-01" and "2022-11 2023-01"; "2022" holds "2022-11"); and not
    two different rounds of a contest (a round said on one side only may be the other's)."""
    if a == b:
        return True
    (ta, ra), (tb, rb) = _era_parts(a), _era_parts(b)
    if ra and rb and ra.isdisjoint(rb):
        return False
    if not ta or not tb:
        return not ta and not tb
    if "earlier" in ta or "earlier" in tb:
        return ta == tb
    return any(x.startswith(y) or y.startswith(x) for x in ta for y in tb)


# ---------------------------------------------------------------- owners

# A run of capitalised words: a place, person or body ("Varenne Island", "Tom Ibarra").
# The look-behind ("not inside a word") is tested after the first capital, as `(?<![…][A-Z])`:
# the same test, but a pattern that opens with [A-Z] lets `re` skip to the next capital.
_NAME = rx.compile(
    r"[A-Z](?<![\w’'][A-Z])[\w’'&.-]*"
    r"(?:[ \u00a0]+(?:[A-Z][\w’'&.-]*|de|del|la|le|van|von|bin|al))*"
)
# Capitalised words that are not names, or say only what kind of place a name is.
_NOT_NAME = frozenset(
    [
        *(w.lower() for w in _FUNCTION_CAPS),
        *_STOP,
        *MONTHS,
        *WEEKDAY_NAMES,
        "gmt",
        "utc",
        "island",
        "islands",
        "province",
        "county",
        "state",
        "region",
        "district",
        "prefecture",
        "township",
        "town",
        "mr",
        "mrs",
        "ms",
        "dr",
        "de",
        "del",
        "la",
        "le",
        "van",
        "von",
        "bin",
        "al",
    ]
)
# Words around a name that make it the source of a figure, not what the figure is about.
_SOURCE_BEFORE = rx.compile(
    r"\b(?:according[ \u00a0]+to|said|says|told|citing)(?:[ \u00a0]+the)?[ \u00a0]+$",
    re.IGNORECASE,
)
# Where shares trade is no owner of their move: "up 1.8% in afternoon trade in Helsinki".
_MARKET_BEFORE = rx.compile(
    r"\b(?:trade|trading|dealings)[ \u00a0]+(?:in|on)(?:[ \u00a0]+the)?[ \u00a0]+$"
)
_SOURCE_AFTER = rx.compile(
    r"^(?:[’']s)?(?:[ \u00a0]+also)?[ \u00a0]+(?:said|says|told|reported|reports|estimated|added)\b"
)


def _known_names(text: str) -> Callable[[str], bool]:
    """Whether the article also writes a capitalised word inside a sentence: the names among
    the words that open one ("Acme plans ..." but not "Officials said ..."). Each word asked
    about is looked for once, by plain search (it is rarely in more than a few places)."""
    seen: dict[str, bool] = {}

    def inside(word: str) -> bool:
        at = text.find(word)
        while at >= 0:
            nxt = text[at + len(word) : at + len(word) + 1]
            if not nxt or not (nxt.isalnum() or nxt in "’'&-"):
                prev, prev2 = text[at - 1 : at], text[at - 2 : at - 1]
                if prev and prev in "(\"“‘'":
                    return True  # after a bracket or a quotation mark
                if prev in (" ", "\u00a0") and prev2 and _MID_BEFORE.match(prev2):
                    return True  # after a word or a comma, not a full stop
            at = text.find(word, at + 1)
        return False

    def known(word: str) -> bool:
        if word not in seen:
            seen[word] = inside(word)
        return seen[word]

    return known


_MID_BEFORE = rx.compile(r"[a-z0-9,;]")
# Role words between a name and the person it describes: "Acme founder Jane Roe",
# "Acme chief executive and co-founder Jane Doe", "Arsenal striker Tom Reed"; at least one is
# a role, not only a joining word ("Acme and Beta Corp" are two names).
_ROLE = (
    r"(?:co-?)?founders?|chief|executive|boss|chairman|chairwoman|chair|president|ceo|cfo"
    r"|head|director|manager|owner|spokes(?:man|woman|person)|lawyer|attorney|coach|captain"
    r"|striker|player|star|leader|minister|secretary|governor|mayor|official|analyst"
    r"|economist|officer"
)
_ROLE_MODIFIER = r"and|&|former|then|financial|operating|general|senior|vice|deputy|acting"
_DESCRIBES_NEXT = rx.compile(
    rf"(?:[’']s)?(?=(?:[ \u00a0]+(?:{_ROLE_MODIFIER}))*[ \u00a0]+(?:{_ROLE})\b)"
    rf"(?:[ \u00a0]+(?:{_ROLE}|{_ROLE_MODIFIER}))+[ \u00a0]+(?=[A-Z])",
)
# Capitalised titles inside one run of names: the person's name is what follows.
_TITLE_WORDS = frozenset(
    [
        "judge",
        "justice",
        "ceo",
        "cfo",
        "chairman",
        "chairwoman",
        "president",
        "minister",
        "secretary",
        "governor",
        "mayor",
        "senator",
        "sen",
        "rep",
        "chancellor",
        "director",
        "founder",
        "commissioner",
        "prosecutor",
        "attorney",
    ]
)


# Words that make up a title with no name in it ("Secretary General", "Prime Minister").
_TITLE_ONLY = _TITLE_WORDS | frozenset(["general", "deputy", "vice", "prime", "chief", "acting"])
# The portfolio after a title: "Minister of Economy", "Secretary of State".
_PORTFOLIO = rx.compile(
    rf"\b(?i:{'|'.join(sorted(_TITLE_WORDS))})[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$"
)


_OPPONENT_BEFORE = rx.compile(
    r"\b(?:against|versus|vs\.?|defeating|beating|ahead[ \u00a0]+of)[ \u00a0]+$", re.IGNORECASE
)
# A capitalised adjective between "the" and a kind of place: "the Mediterranean city".
_EPITHET_BEFORE = rx.compile(r"\b[Tt]he[ \u00a0]+(?:[a-z]+[ \u00a0]+)?$")
_EPITHET_AFTER = rx.compile(
    r"[ \u00a0]+(?:city|town|village|country|nation|state|region|province|capital|port"
    r"|island|coast|metropolis|republic|kingdom)\b"
)


def _names(
    text: str, lo: int, hi: int, known: Callable[[str], bool], *, rivals: bool = False
) -> list[str]:
    """The names in text[lo:hi], lower-cased, without sources and kind-of-place words (nor,
    with `rivals`, the rival a figure is won against)."""
    out: list[str] = []
    for m in _NAME.finditer(text, lo, hi):
        head = text[max(0, m.start() - 20) : m.start()]
        if (
            _SOURCE_BEFORE.search(head)
            or _MARKET_BEFORE.search(head)
            or _SOURCE_AFTER.match(text[m.end() : m.end() + 12])
            # "Acme founder Jane Roe": the company only says who the person is
            or _DESCRIBES_NEXT.match(text, m.end(), hi)
        ):
            continue
        words = [rx.sub(r"[’']s$", "", w).strip(".") for w in m.group().split()]
        if rivals and _OPPONENT_BEFORE.search(head):
            continue  # "55% of the votes against Lund": the rival, not the holder
        if _PORTFOLIO.search(head):
            continue  # "Minister of Economy": the office, not a place or name of the figure
        if _EPITHET_BEFORE.search(head) and _EPITHET_AFTER.match(text, m.end()):
            # "in the Mediterranean city", "the North Africa nation": a description of the
            # story's own place, not another place ("the Indian state of X" names X after it)
            continue
        if not text[: m.start()].strip(" \u00a0\"“‘'(") and words and not known(words[0]):
            words = words[1:]  # "Officials said ...": a capital the sentence gives
        # "U.S. District Judge Edward Davila", "Acme CEO Jane Doe": the person after the title
        titles = [i for i, w in enumerate(words[:-1]) if w.lower() in _TITLE_WORDS]
        words = words[titles[-1] + 1 :] if titles else words
        words = [w.lower() for w in words]
        words = [
            w
            for w in words
            if w and w not in _NOT_NAME and w not in _NUMBER_WORDS and not any(map(str.isdigit, w))
        ]
        if words and not all(w in _TITLE_ONLY for w in words):
            # "the Secretary General of the group": a title with no name says who speaks
            out.append(" ".join(words))
    return out


def _owners(
    text: str,
    figures: Sequence[_Found],
    k: int,
    known: Callable[[str], bool],
    chain: tuple[int, int] | None = None,
) -> tuple[str, ...]:
    """The place or name figure `k` of a sentence is tied to, if any: the first after it in its
    clause ("at least 65 died on Varenne", "41.45% for Ibarra"), else the first before it, not
    past another figure or a joining word; else the name its clause hangs on ("Varenne, where 77
    deaths ...", "Marsh (27.9%)", "Marsh, 44, won with 58.5 per cent"). A distance is tied
    to the places either side of it ("Tarven is 100 km from Selm")."""
    f = figures[k]
    # coordinated counts share what follows them: "21 children and five adults died in X"
    first, last = chain or (f.start, f.end)
    bounds = _bounds(text)
    c = _clause_at(bounds, f.start)
    c_end = _clause_at(bounds, max(last, f.end))
    lo, hi = bounds[c], min(len(text), bounds[c_end + 1])
    if text[lo - 1 : lo] in _DASHES and text[hi - 1 : hi] in _DASHES and c_end + 2 < len(bounds):
        hi = min(len(text), bounds[c_end + 2])  # "– 90 deaths and 166 injuries – came in Varenne"
    prev = [g for g in figures[:k] if g.end <= first]
    # the names of the count this one restates: "Marsh, with 17.7% of votes or 15 seats"
    alternative = (lo, prev[-1].start) if prev else (lo, lo)
    if prev and prev[-1].end > lo:
        if not _ALTERNATIVE.fullmatch(text, prev[-1].end, first):
            alternative = (lo, lo)
        lo = prev[-1].end
    nxt = [g for g in figures[k + 1 :] if g.start >= last]
    nested: list[str] = []
    if nxt and nxt[0].start < hi:
        if _INTO_PHRASE.search(text[max(last, f.end) : nxt[0].start]):
            # "1,025 people in the eight camps in Gangtok": the next figure is inside a phrase
            # hanging on this one, and the place closing that phrase is this figure's too
            far = [g.start for g in nxt[1:] if g.start < hi]
            nested = _names(text, nxt[0].end, far[0] if far else hi, known)[:1]
        hi = nxt[0].start
        # "against Ibarra's 41.5 per cent": a name right before the next figure is that one's
        lead = _LEADING_NAME.search(text, lo, hi) or _HOLDER_BEFORE.search(text, lo, hi)
        hi = lead.start() if lead else hi
    # "delayed by 36 minutes as the away fans queued": a cause or contrast is another clause
    cause = _CAUSE.search(text, max(last, f.end), hi)
    hi = cause.start() if cause else hi
    # "killed in a quake that originated in Jajarkot": the place of the event, not the count's
    relative = _RELATIVE_CLAUSE.search(text, max(last, f.end), hi)
    hi = relative.start() if relative else hi
    after = _names(text, max(last, f.end), hi, known, rivals=True)
    episode = _EPISODE.match(text, max(last, f.end), hi)
    if episode:  # "five people killed during stampedes": a part of the toll
        after = [episode.group("what").lower(), *after]
    # "Varenne and Ostmark declared a calamity as the toll rose to 97": another clause's names
    joins = [m.end() for m in _JOINER.finditer(text, lo, f.start)]
    start = joins[-1] if joins else lo
    # "the quake that struck Al Haouz has killed 1,037", "the toll from the floods in Sikkim
    # climbed to 19": a relative clause or the event's own phrase places the event the
    # subject names, not the figure
    stop = min(first, f.start)
    for cut in (_RELATIVE_CLAUSE, _EVENT_PHRASE):
        event = cut.search(text, start, stop)
        stop = event.start() if event else stop
    before = _names(text, start, stop, known)
    if f.unit in _LENGTHS:
        # a distance joins two places, one either side: "Tarven is 100 km from Selm"
        return tuple(sorted(set(after + before)))
    if after or nested:
        return tuple((after or nested)[:1])
    if not before and alternative[0] < alternative[1]:
        alt_lo, alt_hi = alternative
        start = max([alt_lo, *(m.end() for m in _JOINER.finditer(text, alt_lo, alt_hi))])
        before = _names(text, start, alt_hi, known)
    if before or c == 0:
        return tuple(before[:1])
    head = text[bounds[c] : f.start]
    opener = rx.match(r"[ \u00a0]*([a-z]+)", head)
    if (text[bounds[c] - 1] == "(" and not head.strip()) or (
        opener and opener.group(1) in {"where", "which", "who", "whose"}
    ):
        # "Marsh (27.9%)", "Varenne, where 77 deaths", "Tarven, which has a population of
        # 429,000": the name just before
        found = _names(text, bounds[c - 1], bounds[c] - 1, known)
        return tuple(found[-1:])
    if text[bounds[c] - 2 : bounds[c]].strip(" \u00a0") in {"-", "\u2013", "\u2014", ":"} and (
        not opener or opener.group(1) in {"by", "with", "on", "at"}
    ):
        # "the Labour Party - 7.4%", "the Labour Party - by 132,012 voters": a list of
        # names, each with its figure after a dash
        piece = text[bounds[c - 1] : bounds[c]].rstrip(" \u00a0-\u2013\u2014:")
        if _LEADING_NAME.search(piece):
            return tuple(_names(text, bounds[c - 1], bounds[c - 1] + len(piece), known)[-1:])
    if not opener or (opener.group(1) in _STOP and opener.group(1) not in _AUXILIARIES):
        return ()
    # "Marsh, 44, won with 58.5 per cent": a clause that opens with its verb has its subject
    # in a clause of its own, the name alone, maybe after an aside ("44", "the former CEO")
    for back in range(c - 1, max(-1, c - 3), -1):
        piece = text[bounds[back] : bounds[back + 1] - 1].strip(" \u00a0")
        if _NAME.fullmatch(piece):
            if len(text[: bounds[back]].split()) > 2:
                # "... southwest of Marrakech, Morocco, has risen to 632": a name after a
                # long clause is an apposition to that clause's place, not the subject
                break
            return tuple(_names(text, bounds[back], bounds[back + 1] - 1, known)[:1])
        words = piece.split()
        if len(words) > 3 and not (words and words[0].lower() in {"the", "a", "an"}):
            break
    return ()


# A count tied to an episode within the event: "killed during stampedes".
_EPISODE = rx.compile(
    r"(?:[ \u00a0]+(?:were|was|have|had|been|being|killed|died|injured|hurt|wounded)){0,3}"
    r"[ \u00a0]+during[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+)?(?P<what>[a-z]+)"
)
# Between two figures that are one quantity said two ways: "17.73 percent of votes or 15 seats".
_ALTERNATIVE = rx.compile(r"(?:[ \u00a0]+[a-z]+){0,3}[ \u00a0]+or[ \u00a0]+(?:some[ \u00a0]+)?")
# A count's event named after it, before the figure: "the toll from the floods in X rose to".
_EVENT_PHRASE = rx.compile(
    r"\b(?:from|after|following)[ \u00a0]+(?:the|a|an|last|this)[ \u00a0]+[a-z]", re.IGNORECASE
)
# A preposition right before the next figure: "... in the eight camps".
_INTO_PHRASE = rx.compile(r"(?:^|[ \u00a0])(?:in|at|across|inside)[ \u00a0]+(?:the[ \u00a0]+)?$")
# A relative clause after a noun ("the earthquake that struck X", "the storm which hit X"),
# not a reported clause ("officials said that X ..."): the word before is not a saying verb.
_RELATIVE_CLAUSE = rx.compile(
    r"(?<!\bsaid)(?<!\bsays)(?<!\bsay)(?<!\btold)(?<!\bnoted)(?<!\badded)(?<!\bstated)"
    r"(?<!\bshowed)(?<!\bshow)(?<!\bshows)(?<!\breported)(?<!\bannounced)(?<!\bconfirmed)"
    r"(?<!\bestimated)(?<!\bso)(?<!\bnow)(?<=[A-Za-z])[ \u00a0]+(?:that|which|who)[ \u00a0]+"
    # a verb follows ("that struck"), not the subject of a reported clause ("mean that the")
    r"(?!(?:the|a|an|its|their|his|her|this|these|those|it|he|she|they|we|there)\b)[a-z]"
)
_DASHES = frozenset("\u2013\u2014")
_AUXILIARIES = frozenset(["has", "have", "had", "was", "were", "is", "are", "will", "would"])


# Words that start another clause within a clause: its names are not the figure's.
_JOINER = rx.compile(r"\b(?:as|when|while|because|after|before|since|although|whereas)\b")
# Words that open a clause of cause or contrast after a figure; "when" clauses are kept, as
# they often say where the counted happened ("killed when a port collapsed in Ostmark").
_CAUSE = rx.compile(r"\b(?:as|because|while|although|whereas|since)\b")
_LEADING_NAME = rx.compile(
    r"(?<![\w’'])[A-Z][\w’'&.-]*(?:[ \u00a0]+[A-Z][\w’'&.-]*)*(?:[’']s)?[ \u00a0]*$"
)


# A name that holds the next figure: "Reyes remains with 55.8% and Lund with 44.2%".
_HOLDER_BEFORE = rx.compile(
    r"(?<![\w’'])[A-Z][\w’'&.-]*(?:[ \u00a0]+[A-Z][\w’'&.-]*)*[ \u00a0]+(?:with|on|at)[ \u00a0]*$"
)


def _owners_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two figures' places and names can be the same: unknown on a side, or sharing a
    word ("Varenne" and "Varenne Island", "Marsh" and "Lena Marsh")."""
    if not a or not b or a == b:
        return True
    # "National Movement Party" and "National Council" share only words any party may bear
    return not (a & b).issubset(_GENERIC_NAME_WORDS)


# Words many names of parties, bodies and regions bear: sharing only these is no evidence
# that two names are one.
_GENERIC_NAME_WORDS = frozenset(
    [
        "national",
        "party",
        "united",
        "new",
        "democratic",
        "democrats",
        "council",
        "union",
        "front",
        "alliance",
        "movement",
        "federal",
        "people",
        "people's",
        "popular",
        "social",
        "liberal",
        "republican",
        "republic",
        "progressive",
        "citizens",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
        "greater",
        "city",
        "state",
        "county",
        "district",
        "province",
        "region",
        "ministry",
        "department",
    ]
)


# ---------------------------------------------------------------- grouping

_CONTEXT_STOP = _STOP | frozenset(
    [
        "said",
        "says",
        "told",
        "according",
        "would",
        "could",
        "also",
        "however",
        "while",
        "where",
        "which",
        "their",
        "there",
        "about",
        "after",
        "before",
        "because",
        "been",
        "being",
        "between",
        "both",
        "from",
        "have",
        "into",
        "just",
        "more",
        "most",
        "much",
        "only",
        "other",
        "over",
        "same",
        "some",
        "such",
        "than",
        "that",
        "them",
        "then",
        "these",
        "they",
        "this",
        "those",
        "through",
        "under",
        "very",
        "were",
        "what",
        "when",
        "with",
        "within",
        "without",
        "your",
        "reported",
        "report",
        "reports",
    ]
)


def group(
    mentions: Sequence[NumberMention],
    *,
    statements: Sequence[Statement],
    sentences: Mapping[str, Sequence[Sentence]],
    config: NumberConfig,
) -> tuple[NumberGroup, ...]:
    """Mentions of the same quantity across articles, `conflict` where the values disagree."""
    if not mentions:
        return ()
    where = {(m.article, m.sentence): st.id for st in statements for m in st.members}
    memo: dict[str, str] = {}
    # Outlets repeat sentences (wire copy): each distinct text is read once.
    of_text: dict[str, tuple[str, ...]] = {}

    def content(text: str) -> tuple[str, ...]:
        ws = of_text.get(text)
        if ws is None:
            ws = of_text[text] = _content_words(text, memo)
        return ws

    words = {(s.article, s.index): content(s.text) for ss in sentences.values() for s in ss}
    df: Counter[str] = Counter()
    for ws in words.values():
        df.update(set(ws))  # counted in C, in the same order as one generator would
    n_sent = max(1, len(words))
    idf = {w: math.log(n_sent / c) for w, c in df.items()}

    by_key = {(s.article, s.index): s for ss in sentences.values() for s in ss}

    owns = [frozenset(content(m.text)) for m in mentions]

    def context(m: NumberMention, own: frozenset[str]) -> frozenset[str]:
        return frozenset(w for w in words.get((m.article, m.sentence), ()) if w not in own)

    def close(m: NumberMention, own: frozenset[str]) -> frozenset[str]:
        # words right around the figure ("12 children and four teachers"): what it is said
        # with, worth more than the words of a long sentence's other clauses
        s = by_key.get((m.article, m.sentence))
        if s is None:
            return frozenset()
        lo, hi = m.span.start - s.span.start, m.span.end - s.span.start
        return frozenset(content(s.text[max(0, lo - _NEAR) : hi + _NEAR])) - own

    contexts = [context(m, own) for m, own in zip(mentions, owns, strict=True)]
    closes = [close(m, own) for m, own in zip(mentions, owns, strict=True)]
    traits = _parts(mentions, [_traits(m) for m in mentions])
    stmts = [where.get((m.article, m.sentence)) for m in mentions]
    # Only two mentions in one statement, or two of the same named quantity and qualifier, can
    # score (see _same and _pair_score), and only in one dimension, both or neither a share of
    # a whole: pairs are drawn from those buckets, not from every pair of the story.
    buckets: dict[tuple[str | bool | None, ...], list[int]] = {}
    for i, (m, t) in enumerate(zip(mentions, traits, strict=True)):
        sid = stmts[i]
        kind = (t.dimension, m.of is None)
        if sid is not None:
            buckets.setdefault(("statement", sid, *kind), []).append(i)
        if t.person == _GENERIC:
            buckets.setdefault(("people", m.qualifier, _current(t.era), *kind), []).append(i)
        elif _named_share(t):
            buckets.setdefault(("named share", _current(t.era), *kind), []).append(i)
        elif t.singular is not None:
            bucket = ("quantity", t.person or t.singular, m.qualifier, _current(t.era), *kind)
            buckets.setdefault(bucket, []).append(i)
    # Within a bucket held by few articles every pair of articles is compared; in a bigger one
    # each article only with the bucket's first `representatives` articles, so a figure that
    # a thousand outlets carry costs a few thousand comparisons, not half a million.
    article = _article_numbers(mentions)
    best: dict[tuple[int, int], tuple[float, int]] = {}  # (mention, article) -> (score, mention)
    agree: dict[tuple[_Traits, _Traits], bool] = {}  # few distinct value forms, many pairs
    for ids in buckets.values():
        by_article: dict[int, list[int]] = {}
        for i in ids:
            by_article.setdefault(article[i], []).append(i)
        arts = list(by_article)
        lead = arts if len(arts) <= config.exhaustive else arts[: config.representatives]
        for x, x_art in enumerate(lead):
            later = [j for y_art in arts[x + 1 :] for j in by_article[y_art]]  # once per article
            for i in by_article[x_art]:
                a, ta, ca, sa = mentions[i], traits[i], contexts[i], stmts[i]
                for j in later:
                    b, tb = mentions[j], traits[j]
                    same = _same(a, b, ta, tb)
                    if same is False:
                        continue
                    same_statement = sa is not None and sa == stmts[j]
                    if not same_statement and (
                        not same or a.qualifier != b.qualifier or bool(ta.owners) != bool(tb.owners)
                    ):
                        # cannot score whatever the context: skip summing it (outside one
                        # statement, a figure tied to a place is not one tied to none)
                        continue
                    if not _plausible(ta, tb, config):
                        continue
                    key = (ta, tb)
                    if key not in agree:
                        agree[key] = _agree(ta, tb, config)
                    if bool(ta.owners) != bool(tb.owners) and not agree[key]:
                        # one tied to a place or episode, the other to none: aligned sentences
                        # may still carry two quantities ("77 deaths in Varenne", "a toll of 93")
                        continue
                    both = ca & contexts[j]
                    near = closes[i] & closes[j]
                    # a list, not a generator: the same additions in the same order, faster
                    shared = sum([idf.get(w, 0.0) * (2 if w in near else 1) for w in both])
                    if same and (
                        (ta.person == _GENERIC and a.qualifier in _FATES)
                        or ta.singular in _ONE_PER_EVENT
                        or ta.dimension == "rank"
                        or (_named_share(ta) and _named_share(tb))
                    ):
                        # "1,801 injured" and "2,401 people injured", "its depth was 20 km" and
                        # "centred 56 km below the town": a story has one count of its injured,
                        # one depth of its quake, however the sentences around them are worded
                        shared += config.min_context
                    score = _pair_score(
                        same, same_statement=same_statement, shared=shared, config=config
                    )
                    if score is None:
                        continue
                    # among candidates, prefer the one that agrees: fewer spurious conflicts
                    _offer(best, i, j, score + 0.5 if agree[key] else score, article)
    links = _mutual_best(best, article)

    def agree_cached(x: int, y: int) -> bool:
        key = (traits[x], traits[y])
        if key not in agree:
            agree[key] = _agree(traits[x], traits[y], config)
        return agree[key]

    parent = list(range(len(mentions)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # Strongest links first; a link that would give one article two values that disagree is
    # dropped: an article states one value per quantity, so its other figure ("12 more in the
    # state", beside "a toll of 217") is another quantity that only shares words with this one.
    links.sort(key=lambda ij: (-best[(ij[0], article[ij[1]])][0], ij))
    held: list[dict[int, list[int]]] = [{article[i]: [i]} for i in range(len(mentions))]
    owned: list[set[frozenset[str]]] = [{t.owners} for t in traits]
    for i, j in links:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        small, large = (
            (held[ri], held[rj]) if len(held[ri]) <= len(held[rj]) else (held[rj], held[ri])
        )
        if any(
            not agree_cached(x, y)
            for art, xs in small.items()
            for x in xs
            for y in large.get(art, ())
        ) or any(not _owners_agree(p, q) for p in owned[ri] for q in owned[rj]):
            continue  # places and names must fit every figure, not only the linked pair
        for art, xs in small.items():
            large.setdefault(art, []).extend(xs)
        root, other = (ri, rj) if held[ri] is large else (rj, ri)
        parent[other] = root
        owned[root] |= owned[other]
    members: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        members.setdefault(find(i), []).append(i)
    out: list[NumberGroup] = []
    for idx in sorted(members.values(), key=lambda ix: ix[0]):
        ms = tuple(mentions[i] for i in idx)
        days = _conflicting_days(ms, [traits[i] for i in idx], config)
        out.append(
            NumberGroup(
                id=f"n{len(out) + 1}",
                about=_about(ms, days=days),
                mentions=ms,
                conflict=bool(days),
            )
        )
    return tuple(out)


# Stands for a place an article leaves unsaid (see _parts): agrees with no other owner.
_UNSAID_PART = "\x00part"


def _parts(mentions: Sequence[NumberMention], traits: list[_Traits]) -> list[_Traits]:
    """`traits`, with the untied figures that are parts of a breakdown tied to a part: a total
    is never smaller than one of its parts, so where an article ties a count to a place ("37
    dead in Jajarkot") its smaller count of the same people and fate ("five people have died")
    is another place's, not the story's total."""

    def key(m: NumberMention, t: _Traits) -> tuple[str, str | None, str | None]:
        return (m.article, t.person, m.qualifier)

    # counts of people only, where breakdowns by place are the rule ("37 dead in X, 5 in Y")
    largest: dict[tuple[str, str | None, str | None], float] = {}
    for m, t in zip(mentions, traits, strict=True):
        if t.owners and t.era is None and not t.added and t.person and m.of is None:
            k = key(m, t)
            largest[k] = max(largest.get(k, -math.inf), t.comparable[0])
    if not largest:
        return traits
    out = list(traits)
    for i, (m, t) in enumerate(zip(mentions, traits, strict=True)):
        if t.owners or t.era is not None or t.added or not t.person or m.of is not None:
            continue
        top = largest.get(key(m, t))
        if top is not None and t.comparable[0] < top and t.bound != "min":
            out[i] = t._replace(owners=frozenset([_UNSAID_PART]))
    return out


# Words that never count as context: stop words, units, number and scale words.
_NOT_CONTEXT = (
    _CONTEXT_STOP
    | frozenset(_UNITS)
    | frozenset(SMALL_NUMBERS)
    | frozenset(_TENS)
    | frozenset(_SCALE)
)


def _content_words(text: str, memo: dict[str, str] | None = None) -> tuple[str, ...]:
    """Lower-cased content words of a text (no stop words, units or numbers).

    `memo` (token → its content word, "" for none) may be shared across calls: a story's
    sentences repeat the same tokens, each worth normalising and testing once.
    """
    seen: dict[str, str] = {} if memo is None else memo
    tokens = _TOKEN.findall(text)
    words: list[str | None] = [*map(seen.get, tokens)]
    if None in words:
        for k, t in enumerate(tokens):
            if words[k] is None:
                w = t.lower().strip(".'’")
                if not (len(w) > 2 and w[0].isalpha() and w not in _NOT_CONTEXT):
                    w = ""  # a content word has three letters or more: "" cannot be one
                seen[t] = words[k] = w
    return tuple(filter(None, words))


def _dimension(m: NumberMention) -> tuple[str, float]:
    """The dimension a mention measures and the factor to that dimension's common unit."""
    if m.unit is None:
        return "count", 1.0
    if m.unit in _DIMENSION:
        return _DIMENSION[m.unit]
    return f"currency:{m.unit}", 1.0


def _singular(word: str) -> str:
    """A crude singular form, enough to equate "home"/"homes" and "casualty"/"casualties"."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


# People counted without saying who ("people", "victims", "the dead"): one quantity whatever
# the noun. Named groups (children, adults, soldiers) are each their own quantity, and never
# the same as people in general: "21 children" killed is not the toll of "217 people".
_GENERIC_PEOPLE = frozenset(
    [
        "people",
        "persons",
        "person",
        "individuals",
        "victims",
        "residents",
        "inhabitants",
        "villagers",
        "citizens",
        "casualties",
    ]
)
# Named groups written two ways.
_PEOPLE_SYNONYMS = {
    "troops": "soldier",
    "soldiers": "soldier",
    "demonstrators": "protester",
    "protesters": "protester",
    "workers": "employee",
    "employees": "employee",
    "staff": "employee",
}
# What a count of people is when a qualifier names it: "128 dead", "40 injured", "11 survivors".
# Fates that a story counts once for people in general: its toll, its injured, its missing.
_FATES = frozenset(["dead", "injured", "missing"])
# Measures an event has one of (an aftershock's are told apart as their own quantity).
_ONE_PER_EVENT = frozenset(["depth", "earthquake"])  # "earthquake": its magnitude
_QUALIFIER_NAMES = frozenset([*_QUALIFIERS.values(), *_NOUN_QUALIFIERS.values()])
_GENERIC = "*"


class _Traits(NamedTuple):
    """What pair scoring needs of a mention, worked out once per mention, not once per pair."""

    dimension: str
    singular: str | None  # the quantity's singular form
    person: str | None  # people counted: _GENERIC, or the named group ("child"); else None
    comparable: tuple[float, ...]
    exact: bool
    bound: str | None = None  # how an approximation bounds the value (see _BOUNDS)
    era: str | None = None
    span: tuple[float, float] | None = None  # a range's ends ("between 10 and 15")
    owners: frozenset[str] = frozenset()  # the words of its places and names
    added: bool = False
    half: float = 0.0  # half the last digit written: "58.5" stands for 58.45 to 58.55
    scope: tuple[str | None, str | None] = (None, None)  # a rank's place and measure


def _person(m: NumberMention) -> str | None:
    """Who a count of people counts: _GENERIC for people in general, else the named group."""
    if m.unit is not None:
        return None
    q = m.quantity
    if q is None:
        return _GENERIC if m.qualifier else None
    if q in _GENERIC_PEOPLE or q in _QUALIFIER_NAMES:
        return _GENERIC
    if q in _PERSONS:
        return _PEOPLE_SYNONYMS.get(q, _singular(q))
    return None


def _traits(m: NumberMention) -> _Traits:
    """The mention's traits for pair scoring."""
    q = m.quantity
    span = None
    if m.approx == "between" and len(m.parts) == 2 and m.unit != "score":
        factor = _dimension(m)[1]
        span = (m.parts[0] * factor, m.parts[1] * factor)
    scope: tuple[str | None, str | None] = (None, None)
    if m.unit == _CLOCK_UNIT and _BOUNDS.get(m.approx or "") == "near":
        # a share of the minutes since midnight means nothing: "about 1:20 a.m." allows a few
        # minutes either side (not 1:30 a.m.), "about 10 p.m." half an hour
        near = _CLOCK_NEAR if _CLOCK_MINUTES.search(m.text) else 2 * _CLOCK_HOUR_HALF
        span = (m.value - near, m.value + near)
    if m.unit == "rank" and q is not None:
        q, *rest = _rank_parts(q)
        scope = (rest[0], rest[1])
    return _Traits(
        _dimension(m)[0],
        None if q is None else _singular(q),
        _person(m),
        _comparable(m),
        _exact(m),
        _BOUNDS.get(m.approx or ""),
        m.era,
        span,
        frozenset(_owner_word(w) for name in m.owners for w in name.replace("-", " ").split()),
        m.added,
        _half_digit(m),
        scope,
    )


def _owner_word(word: str) -> str:
    """A name's word as compared across outlets: British and American spellings of one word
    ("Labour", "Labor") are one."""
    return word[:-2] + "r" if word.endswith("our") and len(word) > 5 else word


_DECIMALS = rx.compile(r"\d(?:[\d,]*\d)?(?:\.(\d+))?")


def _half_digit(m: NumberMention) -> float:
    """Half the last digit a figure is written to, in the dimension's common unit, when that
    digit rounds it: decimals ("58.5%", "6.5"), and whole percentages ("66%" is 65.5 to 66.5).
    A whole count is exact: 21 children are not 22."""
    if m.unit == _CLOCK_UNIT:
        # "10 p.m." is said of anything in the quarter hour either side; "10:05 p.m." is not
        return 0.0 if _CLOCK_MINUTES.search(m.text) else _CLOCK_HOUR_HALF
    got = _DECIMALS.search(m.text)
    decimals = len(got.group(1)) if got and got.group(1) else 0
    if got is None or (decimals == 0 and m.unit != "percent"):
        return 0.0
    # the digit is one of the scale written: "1.9 billion" stands for 1.85 to 1.95 billion
    written = float(got.group().replace(",", ""))
    scale = abs(m.value) / written if written and m.value else 1.0
    return 0.5 * 10.0**-decimals * scale * _dimension(m)[1]


def _same(a: NumberMention, b: NumberMention, ta: _Traits, tb: _Traits) -> bool | None:
    """Whether two mentions can state one quantity: False when they cannot (another dimension,
    qualifier or quantity, an earlier event's figure and a current one, or one is a share of a
    whole and the other not); else True when both name the same quantity and None when one
    names none."""
    if ta.dimension != tb.dimension or not _same_era(ta.era, tb.era) or ta.added != tb.added:
        return False
    if a.per != b.per:
        return False  # "20 years for each count" is no total: "up to 80 years" may hold too
    if a.session != b.session:
        return False  # a move at the close is not one in early trading, nor one not placed
    if a.day and b.day and a.day != b.day:
        return False  # "1:20 a.m. Tuesday" and "1:30 a.m. Wednesday" are two moments
    if not _owners_agree(ta.owners, tb.owners):
        return False
    if (a.of is None) != (b.of is None) or (ta.singular == "age") != (tb.singular == "age"):
        return False  # a person's age is no other span of time ("27-year-old", "won in 2 hours")
    if ta.dimension == "rank":
        # a rank is one quantity only for one holder ranked the same way: "the ninth-largest
        # bank in the U.S." and "the 12th biggest bank in the US", not a rank in the world
        return (
            bool(ta.owners and tb.owners)
            and ta.singular == tb.singular
            and all(
                x is None or y is None or x == y for x, y in zip(ta.scope, tb.scope, strict=True)
            )
        )
    if ta.person is not None or tb.person is not None:
        # Counts of people: the same people (or people in general) and the same fate; the dead
        # are not the missing, and a count saying nothing of fate is neither.
        return ta.person == tb.person and a.qualifier == b.qualifier
    if a.qualifier and b.qualifier and a.qualifier != b.qualifier:
        return False
    if _named_share(ta) and _named_share(tb):
        return True  # "the Labour Party - 7.4 percent of votes", "Labor Party – 6.7%"
    if ta.singular is None or tb.singular is None:
        return None
    return ta.singular == tb.singular


# What a share tied to a name may count without saying so: its votes.
_VOTE_NOUNS = frozenset(["vote", "ballot", "support"])


def _named_share(t: _Traits) -> bool:
    """Whether a figure is a share tied to a name and counts nothing else than votes: a
    party's or candidate's result ("Marsh – 27.9%")."""
    return (
        t.dimension == "percent"
        and bool(t.owners)
        and (t.singular is None or t.singular in _VOTE_NOUNS)
    )


def _plausible(ta: _Traits, tb: _Traits, config: NumberConfig) -> bool:
    """Whether two figures are close enough to be one quantity when nothing but the fallback
    noun says what they measure: a "distance" of 23 km and one of 49 km are two distances,
    while 100 km and 160 km may well be one outlet's miles taken for kilometres."""
    if ta.singular != "distance" or tb.singular != "distance":
        return True
    x, y = abs(ta.comparable[0]), abs(tb.comparable[0])
    return min(x, y) > 0 and max(x, y) / min(x, y) <= config.max_ratio


def _pair_score(
    same: bool | None, *, same_statement: bool, shared: float, config: NumberConfig
) -> float | None:
    """How likely two mentions `_same` allows state the same quantity, before the bonus for
    agreeing values; None when they cannot."""
    # Outside aligned statements only a named quantity with rare shared context counts.
    if not same_statement and (not same or shared < config.min_context):
        return None
    return (2.0 if same_statement else 0.0) + (1.0 if same else 0.0) + min(shared, 10.0) / 10


def _article_numbers(mentions: Sequence[NumberMention]) -> list[int]:
    """Each mention's article as a number, in order of the articles' first mention."""
    numbers: dict[str, int] = {}
    return [numbers.setdefault(m.article, len(numbers)) for m in mentions]


def _offer(
    best: dict[tuple[int, int], tuple[float, int]],
    i: int,
    j: int,
    score: float,
    article: Sequence[int],
) -> None:
    """Record a scored pair as each mention's best in the other's article if it beats the one
    held; ties go to the lower-numbered mention, so the order pairs come in does not matter."""
    for x, y in ((i, j), (j, i)):
        key = (x, article[y])
        held = best.get(key)
        if held is None or score > held[0] or (score == held[0] and y < held[1]):
            best[key] = (score, y)


def _mutual_best(
    best: Mapping[tuple[int, int], tuple[float, int]], article: Sequence[int]
) -> list[tuple[int, int]]:
    """Pairs where each mention is the other's best match in the other's article."""
    return sorted(
        (x, y) for (x, _art), (_score, y) in best.items() if x < y and best[(y, article[x])][1] == x
    )


def _comparable(m: NumberMention) -> tuple[float, ...]:
    """The values to compare, in the dimension's common unit."""
    factor = _dimension(m)[1]
    vals = [m.value * factor]
    if m.of is not None:
        vals.append(m.of)
    if m.unit == "score":
        vals.extend(m.parts)
    return tuple(vals)


# How an approximation bounds the value it qualifies: "at least 217" is 217 or more, "up to
# 40" 40 or fewer, "nearly 100" a little under 100, "about 100" a little either side.
_BOUNDS = {
    "at least": "min",
    "more than": "min",
    "over": "min",
    "upwards of": "min",
    "in excess of": "min",
    "no fewer than": "min",
    "no less than": "min",
    "just over": "min",
    "well over": "min",
    "up to": "max",
    "at most": "max",
    "no more than": "max",
    "less than": "max",
    "fewer than": "max",
    "under": "max",
    "as many as": "max",
    "as much as": "max",
    "just under": "max",
    "nearly": "below",
    "almost": "below",
    "close to": "below",
    "about": "near",
    "around": "near",
    "approximately": "near",
    "roughly": "near",
    "some": "near",
    "an estimated": "near",
    "estimated": "near",
    "as few as": "near",
    "or more": "min",
    "or greater": "min",
    "or higher": "min",
    "or above": "min",
    "or over": "min",
    "or fewer": "max",
    "or less": "max",
    "or lower": "max",
    # times of day: "shortly after 1:30 a.m." is 1:30 or a little later
    "after": "min",
    "shortly after": "min",
    "just after": "min",
    "soon after": "min",
    "right after": "min",
    "before": "max",
    "shortly before": "max",
    "just before": "max",
    "soon before": "max",
    "right before": "max",
}


def _interval(t: _Traits, value: float, config: NumberConfig) -> tuple[float, float]:
    """The values a figure allows: its bound or range, or the value give or take rounding."""
    if t.span is not None:
        return t.span
    slack = 1e-9 if t.exact else config.tolerance
    near = config.approx_tolerance * abs(value)
    if t.bound == "min":
        return value - slack * abs(value), math.inf
    if t.bound == "max":
        return -math.inf, value + slack * abs(value)
    if t.bound == "below":
        return value - near, value + slack * abs(value)
    if t.bound == "near":
        return value - near, value + near
    if t.exact and t.half:
        return value - t.half * (1 - 1e-9), value + t.half * (1 - 1e-9)
    return value - slack * abs(value), value + slack * abs(value)


def _agree(ta: _Traits, tb: _Traits, config: NumberConfig) -> bool:
    """Whether two mentions can both be right: each value inside what the other allows ("217"
    and "at least 217", "nearly 100" and "98"), converted units and rounding absorbed. Two
    bounds the same way round agree only on the same value: "at least 217" and "at least
    273" report different tolls."""
    va, vb = ta.comparable, tb.comparable
    if len(va) != len(vb):
        return False
    tol = 1e-9 if ta.exact and tb.exact else config.tolerance
    rest = zip(va[1:], vb[1:], strict=True)
    if not all(abs(x - y) <= tol * max(abs(x), abs(y)) for x, y in rest):
        return False
    x, y = va[0], vb[0]
    if ta.bound in ("min", "max") and ta.bound == tb.bound:
        return abs(x - y) <= config.tolerance * max(abs(x), abs(y))
    if not (ta.bound or tb.bound or ta.span or tb.span or (ta.exact and tb.exact)):
        # converted or scaled: give or take, and the last digit written ("1.9 billion" holds
        # 1.94 billion)
        return abs(x - y) <= max(tol * max(abs(x), abs(y)), ta.half + tb.half)
    lo_a, hi_a = _interval(ta, x, config)
    lo_b, hi_b = _interval(tb, y, config)
    return lo_a <= hi_b and lo_b <= hi_a


def _exact(m: NumberMention) -> bool:
    """Whether a figure is stated exactly: not approximate, not rounded by a scale word, and in
    the unit it is stored in ("27 years", not "18 months" or "68 miles")."""
    if m.approx or _SCALED.search(m.text):
        return False
    if m.unit in _UNIT_NAMES_STORED:
        return any(n in m.text.lower() for n in _UNIT_NAMES_STORED[m.unit])
    return True


_SCALED = rx.compile(
    r"\d(?:[ \u00a0]?(?:thousand|million|billion|trillion|lakh|crore|mn|mln|bn|bln|tn|trn)"
    r"|[kmb])\b|hundred|thousand|million|billion",
    re.IGNORECASE,
)
# Stored units whose figures were converted unless written in the unit itself.
_UNIT_NAMES_STORED = {
    "km": ("km", "kilomet"),
    "kg": ("kg", "kilo"),
    "km²": ("km2", "km²", "sq km", "square km", "square kilomet"),
    "km/h": ("km/h", "kph", "kmh", "kilometres per hour", "kilometers per hour"),
    "year": ("year",),
    "day": ("day",),
    "hour": ("hour",),
    "minute": ("min",),
    "second": ("second",),
}


def _conflict(ms: Sequence[NumberMention], traits: Sequence[_Traits], config: NumberConfig) -> bool:
    """Whether two articles in a group give values that cannot both be right."""
    return bool(_conflicting_days(ms, traits, config))


def _conflicting_days(
    ms: Sequence[NumberMention], traits: Sequence[_Traits], config: NumberConfig
) -> tuple[str | None, ...]:
    """The days the group's disagreeing figures were reported on (empty: no disagreement)."""
    # Mentions with the same value form agree or disagree alike: compare each pair of
    # distinct forms once (a group of a thousand outlets' "38 dead" holds one form).
    where: dict[_Traits, set[str]] = {}
    days: dict[_Traits, set[str | None]] = {}
    for m, t in zip(ms, traits, strict=True):
        form = t._replace(
            dimension="", singular=None, person=None, era=None, owners=frozenset(), added=False
        )
        where.setdefault(form, set()).add(m.article)
        days.setdefault(form, set()).add(m.reported)
    forms = list(where.items())
    out: set[str | None] = set()
    for x, (ta, arts_a) in enumerate(forms):
        for tb, arts_b in forms[x:]:
            apart = len(arts_a | arts_b) > 1  # some pair comes from two articles
            if apart and not _agree(ta, tb, config):
                out |= days[ta] | days[tb]
    return tuple(sorted(out, key=lambda d: d or ""))


def _about(ms: Sequence[NumberMention], *, days: Sequence[str | None] = ()) -> str | None:
    """A short label for a group: its quantity, what happened to it, and its unit; when the
    figures that disagree were published on different days, those days (a toll that rose)."""
    quantities = Counter(m.quantity for m in ms if m.quantity)
    qualifiers = Counter(m.qualifier for m in ms if m.qualifier)
    quantity = quantities.most_common(1)[0][0] if quantities else None
    qualifier = qualifiers.most_common(1)[0][0] if qualifiers else None
    label = quantity or ""
    if qualifier and qualifier != quantity:
        label = f"{label} {qualifier}".strip()
    unit = ms[0].unit
    if unit and unit not in {"km", "yard", "score", "factor"}:
        label = f"{label} ({unit})".strip() if label else unit
    known = [d for d in days if d]
    if len(known) > 1:
        # Still a difference worth showing, but a reader should know the figures may both
        # have been right on their day.
        shown = ", ".join(known) if len(known) <= 3 else f"{known[0]} to {known[-1]}"
        label = f"{label} (reported on different days: {shown})".strip()
    return label or None
