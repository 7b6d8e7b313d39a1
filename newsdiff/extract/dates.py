"""Temporal expressions: found with spans, resolved against the publication date, grouped by event.

This module owns three steps of the dates pipeline:

* `infer_published`: a publication date for articles that carry none, from the set itself
  (a dateline, the latest full date the article reports as past, the other articles' dates,
  the set's latest date for the year of year-less dates). Dates the article looks forward to
  ("will be held on October 14", "said she would leave by February 7") and past dates far
  beyond every date the set knows are no evidence. Never today's date.
* `extract`: absolute dates ("November 24", "Nov. 25", "25/11", "2025-11-27", "27 November
  2025", "in April", "1979"), holidays ("Christmas Eve", "Good Friday", "Thanksgiving"),
  relative ones ("Thursday", "last Friday", "yesterday", "earlier this week", "over the
  weekend", "on the 8th", "last month", "two days ago") and parts of day ("the evening of
  November 24"; a night also covers the next day's small hours), each resolved to ISO
  `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `YYYY-Www`, with day/month order decided per article
  and the nearby event noun it dates. A weekday written with a year-less date ("Saturday
  October 14") fixes its year, as "of last year" does. A past verb before the expression
  ("announced Friday it will ...") makes it past. A future seen from a past report ("the
  company said it would cut jobs in January", written in March), or a day a state lasts
  "until", may lie either side of the day of writing and takes the nearest such month (a day
  before publication counting three times its distance); only real future
  words (will, plans to, is expected to, next) and, outside captions, present-tense verbs
  of a timetable ("goes to the polls on Sunday", "the summit opens on Monday") point forward.
* `group`: mentions of one event across outlets (aligned statements; same event family and
  compatible participants), with `conflict` when they cannot be the same day. A mention that
  names an event and one that names none are joined only when their days agree, and
  mentions more than `max_gap_days` apart are two occurrences (the 2017 and the 2022
  election), never a conflict. Nor do these clash: an event word some outlet itself dates to
  two days (in a storm story "the storm" names several events), what was done against what
  will be done, and a point of reference ("after Black Friday"). A relative date resolved
  against an inferred publication date, or inside a quotation (the speaker's day), is a guess:
  it conflicts only by the weekday it names against another outlet's firm day, or (quoted) by
  its words against the same remark quoted otherwise ("this year" / "next year"). A group no
  event noun names is labelled with the word its outlets' sentences share nearest the date
  ("search"), or None. The work grows with the number of mentions, not their pairs: a
  statement carried by very many outlets tries each against its first few, and look-ups keep
  only mentions that can still be chosen.

Hand-written rather than dateparser: measured on tests/data/dates/labelled.yaml with
benchmarks/dates_eval.py, these rules extract and resolve news dates more accurately
(dateparser's `search_dates` misses week/month granularity, takes "May"/"march" verbs and
bare numbers for dates, and has no future/past context for year-less dates), and importing it
costs more than a whole comparison. The rules are regexes compiled once plus small lexicons.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import islice
from operator import itemgetter
from typing import Literal, NamedTuple

from newsdiff import rx
from newsdiff.config import DateConfig
from newsdiff.errors import ConfigError
from newsdiff.lexicon import MONTHS, SMALL_NUMBERS, WEEKDAY_NAMES
from newsdiff.model import Article, DateGroup, DateMention, Sentence, Span, Statement

# ---------------------------------------------------------------- lexicons


def _wordset(*lines: str) -> frozenset[str]:
    """The words of `lines` as a set (lexicons are written as space-separated lines)."""
    return frozenset(" ".join(lines).split())


_WEEKDAYS = {name: day for day, name in enumerate(WEEKDAY_NAMES)} | {
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
# The counts `_AGO` reads as words ("a week ago", "two days ago").
_NUMBER_WORDS = {"a": 1, "an": 1} | dict(SMALL_NUMBERS)

# Month names are matched capitalised only, so "may soften" and "will march" never match.
_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_MONTH_STARTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WD_FULL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WD_ABBR = r"(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_ASCII_LETTER_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Characters never in a word (`\w`): ASCII spaces and punctuation but "_", and the quotes,
# dashes and spaces of typeset news.
_NOT_WORD_CHARS = (
    "".join(c for c in map(chr, range(128)) if not (c.isalnum() or c == "_")) + "‘’“”–—…\u00a0"
)
_PARTS = ("morning", "afternoon", "evening", "night", "midday", "noon")
_PART = rf"(?:{'|'.join(_PARTS)})"

_MD = rx.compile(
    rf"(?<![\w/])(?:(?P<wd>{_WD_FULL}|{_WD_ABBR}),?\s+)?(?P<mon>{_MONTH})\s+(?P<day>{_DAY}){_ORD}"
    rf"(?!\d|[:.]\d)(?:\s*(?:-|–|to)\s*(?P<day2>{_DAY}){_ORD}(?!\d|[:.]\d))?"
    rf"(?:,?\s+(?P<year>{_YEAR})(?!\d))?(?![\w%])"
)
_DM = rx.compile(
    rf"(?<![\w/.,$€£])(?:(?P<wd>{_WD_FULL}|{_WD_ABBR}),?\s+)?(?:[Tt]he\s+)?(?P<day>{_DAY}){_ORD}"
    rf"(?:\s*(?:-|–)\s*(?P<day2>{_DAY}){_ORD})?\s+(?:of\s+)?(?P<mon>{_MONTH})"
    rf"(?:,?\s+(?P<year>{_YEAR})(?!\d))?(?![\w-])"
)
# "October 31 of last year", "March 3 this year": the year counted from the year of writing.
_OF_YEAR = rx.compile(r",?\s+(?:of\s+)?(?P<mod>[Ll]ast|[Tt]his|[Nn]ext)\s+year(?![\w’'-])")
_YEAR_STEP = {"last": -1, "this": 0, "next": 1}
_MY = rx.compile(rf"(?<![\w-])(?P<mon>{_MONTH}),?\s+(?P<year>{_YEAR})(?![\w%-])")
_BARE = rx.compile(
    r"(?<![\w-])(?P<pre>(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Tt]hrough|[Dd]uring|"
    r"[Bb]efore|[Aa]fter|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Ee]arlier in|[Ll]ater in|"
    r"(?:[Tt]he\s+)?(?:end|start|beginning|middle)\s+of)\s+|[Mm]id-?)"
    rf"(?P<mon>{_MONTH_FULL})(?![\w-])"
)
_ISO = rx.compile(
    rf"(?<![\w/.-])(?P<year>{_YEAR})(?P<sep>[-/.])(?P<mon>1[0-2]|0?[1-9])(?P=sep)"
    rf"(?P<day>{_DAY})(?![\w/]|[.-]\d)"
)
_NUM = rx.compile(
    r"(?<![\w/.,:$€£-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})"
    r"(?:(?P=sep)(?P<year>\d{4}|\d{2}))?(?![\w/%]|[.,:-]\d)"
)
_YEAR_ONLY = rx.compile(rf"(?<![\w/.,$€£¥#-])(?P<year>{_YEAR})(?![\w%/]|[.,:-]\d)")
_REL_DAY = rx.compile(
    rf"(?<![\w-])(?P<w>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)"
    rf"(?:\s+(?P<part>{_PART}))?(?![\w-])"
)
_REL_PART = rx.compile(
    rf"(?<![\w-])(?P<mod>(?:[Ll]ate |[Ee]arly )?(?:[Tt]his|[Ll]ast))\s+(?P<part>{_PART})(?![\w-])"
)
_PERIOD = rx.compile(
    r"(?<![\w-])(?:(?P<adv>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+(?:in\s+)?)?"
    r"(?P<mod>[Tt]his|[Ll]ast|[Nn]ext)\s+(?P<unit>week|weekend|month|year)(?![\w-])"
)
_AGO = rx.compile(
    r"(?<![\w-])(?P<n>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|"
    r"[Nn]ine|[Tt]en|\d{1,2})\s+(?P<unit>day|week|month|year)s?\s+ago(?![\w-])"
)
_WEEKDAY = rx.compile(
    r"(?<![\w-])(?:(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)?"
    rf"(?P<wd>{_WD_FULL})(?P<poss>[’']s)?(?:\s+(?P<part>{_PART}))?(?![\w-])"
)

# Holidays, by the name news gives them. Fixed ones are a (month, day); movable ones are
# worked out per year by `_holiday_day`. "Christmas", "Easter" and "Thanksgiving" alone name
# a season as often as a day ("Christmas shopping"): they count only after a preposition.
_FIXED_HOLIDAYS = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
    "valentine's day": (2, 14),
    "st patrick's day": (3, 17),
    "halloween": (10, 31),
    "fourth of july": (7, 4),
    "july fourth": (7, 4),
    "bastille day": (7, 14),
    "bonfire night": (11, 5),
    "guy fawkes night": (11, 5),
    "armistice day": (11, 11),
    "remembrance day": (11, 11),
    "veterans day": (11, 11),
}
# Days from Easter Sunday.
_EASTER_HOLIDAYS = {
    "ash wednesday": -46,
    "palm sunday": -7,
    "maundy thursday": -3,
    "good friday": -2,
    "holy saturday": -1,
    "easter": 0,
    "easter sunday": 0,
    "easter day": 0,
    "easter monday": 1,
    "pentecost": 49,
    "whit sunday": 49,
    "whit monday": 50,
}
# US holidays on the n-th (or, for -1, the last) given weekday of a month: (month, weekday, n),
# and days after it.
_NTH_WEEKDAY_HOLIDAYS = {
    "thanksgiving": ((11, 3, 4), 0),
    "thanksgiving day": ((11, 3, 4), 0),
    "black friday": ((11, 3, 4), 1),
    "cyber monday": ((11, 3, 4), 4),
    "memorial day": ((5, 0, -1), 0),
    "labor day": ((9, 0, 1), 0),
    "martin luther king day": ((1, 0, 3), 0),
    "martin luther king jr day": ((1, 0, 3), 0),
    "mlk day": ((1, 0, 3), 0),
    "presidents day": ((2, 0, 3), 0),
    "presidents' day": ((2, 0, 3), 0),
}
_SEASON_HOLIDAYS = frozenset(("christmas", "easter", "thanksgiving"))
_NAMING = _wordset("dubbed called named branded nicknamed as")
_HOLIDAY_PREP = _wordset("on before after until till by since at over")
# The pattern opens with the names (no look-behind) so that `re` skips straight to their first
# letters; `_holiday_cands` checks the word boundary before and looks back for "the eve of".
_HOLIDAY = rx.compile(
    r"(?P<name>New Year[’']s (?:Day|Eve)|"
    r"Christmas(?: Eve| Day)?|Boxing Day|Valentine[’']s Day|St\.? Patrick[’']s Day|Halloween|"
    r"Fourth of July|July Fourth|Bastille Day|Bonfire Night|Guy Fawkes Night|Armistice Day|"
    r"Remembrance Day|Veterans[’']? Day|Ash Wednesday|Palm Sunday|Maundy Thursday|Good Friday|"
    r"Holy Saturday|Easter(?: Sunday| Monday| Day)?|Pentecost|Whit (?:Sunday|Monday)|"
    r"Thanksgiving(?: Day)?|Black Friday|Cyber Monday|Memorial Day|Labor Day|"
    r"Martin Luther King(?: Jr\.?)? Day|MLK Day|Presidents[’']? Day)"
    rf"(?:,?\s+(?P<year>{_YEAR})(?!\d))?(?![\w-])"
)
# Every match of _HOLIDAY holds one of these: other sentences are not scanned for holidays
# (one pattern of literals, which `re` scans for their first letters).
_HOLIDAY_HINT = rx.compile(
    r"Day|Eve|Christmas|Easter|Halloween|July|Night|Pentecost|Thanksgiving|Good Fri|Black Fri|"
    r"Cyber Mon|Ash Wed|Palm Sun|Maundy|Holy Sat|Whit "
)
_EVE_OF = rx.compile(r"(?<![\w-])[Tt]he\s+eve\s+of\s+$")
# "over the weekend", "at the weekend", "this past weekend": the weekend nearest the report.
_WEEKEND = rx.compile(
    r"(?<![\w-])(?:(?:[Oo]ver|[Aa]t|[Dd]uring|[Oo]n|[Tt]hroughout|[Tt]hrough|[Aa]cross|[Bb]y|"
    r"[Bb]efore|[Aa]fter|[Uu]ntil|[Ff]or|[Ii]n)\s+the|(?P<past>(?:[Tt]his|[Tt]he)\s+past))"
    r"\s+weekend(?![\w-])"
)
# "on the 8th": a day of the month the report is in (or the one before), when nothing follows
# that makes the ordinal a rank ("the 8th floor", "the 8th time").
# The pattern opens with the digits (`re` skips to them); the words before are `_MONTH_DAY_HEAD`.
_MONTH_DAY = rx.compile(
    r"(?P<day>\d\d?)(?:st|nd|rd|th)"
    r"(?=\s*(?:[.,;:!?)]|$|(?:and|or|at|when|after|before|in|to)\b(?!\s+(?:the\s+)?\d)))"
)
_MONTH_DAY_HEAD = rx.compile(
    r"(?<![\w-])(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]efore|[Aa]fter)\s+the\s+$"
)
_MONTH_HINT = rx.compile(rf"\b{_MONTH}")
# _MONTH_HINT without its `\b` (see _month_word): opening with the names' capitals, it lets
# `re` skip to them, where `\b` first makes it try every position.
_MONTH_NAME = rx.compile(_MONTH)
# What every match of _BARE ends with.
_MONTH_FULL_WORD = rx.compile(rf"{_MONTH_FULL}(?![\w-])")
# Weekday names alone (a pattern that opens with a literal: `re` skips to the next "M", "T"...).
_WD_NAME = rx.compile(_WD_FULL)
# The part-of-day words _RELATIVE_HINT does not know ("this noon" matches _REL_PART only).
_UNHINTED = ("noon", "midday")
# Every match of _RELATIVE_HINT holds one of these (weekdays, today and yesterday hold "day"):
# a sentence without them is not scanned.
_RELATIVE_PIECES = (
    "day",
    "omorrow",
    "ago",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
)
_RELATIVE_HINT = rx.compile(
    rf"\b(?:{_WD_FULL}|[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|ago\b|"
    r"(?:[Tt]his|[Ll]ast|[Nn]ext)\s+(?:week|month|year|morning|afternoon|evening|night)|"
    r"(?:the|past)\s+weekend)"
)
# Context that makes a bare number pair a date ("on 25/11") and not a fraction or score.
_NUM_CONTEXT = rx.compile(
    r"(?:\b(?:[Oo]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Bb]etween|[Dd]ated|"
    r"[Tt]hrough|[Tt]o|[Aa]nd)\s+|\(\s*|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)$"
)
# Words after which a four-digit number is a year ("in 1979", "since 2019", "by 2030").
_YEAR_BEFORE = _wordset(
    "in since until till through during before after early late mid circa around by the",
    "from summer winter spring autumn fall year",
)
_YEAR_OF_BEFORE = _wordset(
    "summer winter spring autumn fall end start beginning middle half quarter class",
    "events war revolution election elections crisis act",
)
# Nouns that make a four-digit number a count, never a year ("the 2000 people").
_COUNT_NOUNS = _wordset(
    "people persons residents troops soldiers workers employees staff homes houses",
    "buildings cases deaths dead votes km kilometres kilometers miles metres meters feet",
    "ft tons tonnes kg units jobs points dollars euros pounds yuan yen rupees children",
    "students members vehicles cars barrels hectares acres refugees migrants patients",
    "prisoners years days hours minutes seconds times copies families households animals",
    "police officers firefighters passengers flights trucks pages words signatures",
    "delegates seats",
)
_YEAR_NOUNS = _wordset(
    "election elections season census budget campaign crisis war protests uprising coup",
    "earthquake floods tsunami pandemic outbreak summit games olympics agreement law act",
    "constitution report survey poll vote referendum edition tournament final accord",
)
# Capitalised words that turn a weekday into a name ("Sunday Times", "Good Friday").
_WEEKDAY_NAME_AFTER = _wordset(
    "Times Telegraph Mirror Express Post Herald Mail Independent Observer Star Tribune",
    "Sport People Night Live Morning Service Bloody",
)
_WEEKDAY_NAME_BEFORE = _wordset(
    "Good Black Bloody Cyber Super Ash Palm Easter Holy Maundy",
)

# Words that make a year-less date, weekday or month point forward ("plans to visit in April").
_FUTURE_BACK = rx.compile(
    r"(?<![\w-])(?:will|won[’']t|shall|would|(?-i:may|might)|plans?|planned|planning|intends?|intended|"
    r"scheduled|expects?|expected|set to|set for|due|is to|are to|going to|aims? to|hopes? to|"
    r"upcoming|ahead of|adjourned|postponed|deferred|rescheduled|extended|slated|likely to|"
    r"preparing to|prepares? to|forecast|starting|from next|next|ha(?:s|ve) until)\b|[’']ll\b",
    re.IGNORECASE,
)
_FUTURE_FWD = _wordset(
    "will 'll ’ll shall is are",
)
_FUTURE_FWD_AFTER_BE = _wordset(
    "to set due scheduled expected slated going",
)
# Present-tense verbs of a timetable: in body text (not a caption, which tells the past in
# the present: "rescuers search the rubble on Saturday") they point forward ("the country goes
# to the polls on Sunday", "the summit opens on Monday", "the ban takes effect on Friday").
# (It opens with its words, so that `re` skips to their first letters; `_timetable` checks the
# word boundary before.)
_SCHEDULED = rx.compile(
    r"(?:goes|go|heads?) to the polls|(?:opens|begins|starts|resumes|reopens|"
    r"kicks off|expires|takes effect|take effect|takes office|leaves office|comes into force|"
    r"enters into force|gets under way|gets underway)(?![\w-])|effective(?=\s*$)"
)
_PAST_FWD = _wordset(
    "said says told announced was were had did has have reported added stated confirmed",
)
# Common irregular past forms: a clause holding one reports what was done ("the trial that
# began Monday"). "hit", "cut", "set" and "left" are left out: they are present forms or
# adjectives as often.
_IRREGULAR_PAST = _wordset(
    "was were had did told made took gave came went got began met held won lost fell rose",
    "saw sent spoke wrote struck found became brought bought paid ran stood led fled kept",
    "felt heard meant sought chose drove flew grew knew threw wore broke",
)
_RELATIVE = _wordset("who which that")
_UNTIL = _wordset("until till")
_CLAUSE_STOP = rx.compile(r"[,;:()\[\]—–]|\s-\s")
# A future seen from the past: "said it would", "was expected to", "planned to".
_PAST_MODALS = _wordset("would could might")
_PAST_PLANS = _wordset("planned intended")
_PAST_BE = _wordset("was were had")
_PAST_REPORTING = _wordset(
    "said told announced added stated confirmed reported warned promised pledged vowed",
    "insisted wrote claimed indicated signalled signaled suggested predicted agreed decided",
    "hinted noted explained revealed disclosed estimated expected",
)

# Event nouns and the family that tells whether two of them can be one event.
_EVENT_FAMILIES: dict[str, tuple[str, ...]] = {
    "call": (
        "call",
        "phone call",
        "telephone call",
        "video call",
        "conference call",
        "conversation",
        "phone conversation",
        "telephone conversation",
        "phone talks",
        "telephone talks",
        "spoke",
        "talked",
        "phoned",
    ),
    "briefing": (
        "briefing",
        "press briefing",
        "news briefing",
        "media briefing",
        "press conference",
        "news conference",
        "conference",
    ),
    "remarks": ("remarks", "remark", "comments", "statement", "statements", "speech", "address"),
    "editorial": ("editorial", "op-ed", "commentary", "column"),
    "report": ("report", "article", "investigation", "story"),
    "interview": ("interview",),
    "visit": ("visit", "trip", "tour", "visited", "state visit"),
    "meeting": ("meeting", "talks", "summit", "negotiations", "met"),
    "session": ("session", "sitting", "debate", "hearing", "testimony"),
    "vote": ("vote", "voted", "ballot"),
    "election": ("election", "elections", "referendum", "runoff", "primary"),
    "attack": (
        "attack",
        "attacks",
        "strike",
        "strikes",
        "airstrike",
        "air strike",
        "bombing",
        "shelling",
        "raid",
        "assault",
        "ambush",
        "shooting",
        "stabbing",
    ),
    "earthquake": ("earthquake", "quake", "temblor", "tremor", "aftershock"),
    "storm": ("storm", "typhoon", "hurricane", "cyclone", "flood", "floods", "flooding"),
    "fire": ("fire", "blaze", "wildfire", "explosion", "blast"),
    "crash": ("crash", "collision", "derailment", "accident"),
    "ruling": ("ruling", "verdict", "judgment", "judgement", "sentencing"),
    "trial": ("trial",),
    "protest": ("protest", "protests", "rally", "demonstration", "demonstrations"),
    "agreement": ("agreement", "deal", "truce", "ceasefire", "accord", "treaty", "pact"),
    "signing": ("signing", "signed"),
    "launch": ("launch", "test", "exercise", "exercises", "drill", "drills"),
    "arrest": ("arrest", "arrests", "detention"),
    "death": ("death", "killing", "murder", "funeral"),
    "ceremony": ("ceremony", "inauguration", "parade", "celebration"),
    "resignation": ("resignation",),
    "announcement": ("announcement",),
    "decision": ("decision",),
    "post": ("post", "tweet"),
    "letter": ("letter",),
}
_EVENT_WORDS = {w: fam for fam, words in _EVENT_FAMILIES.items() for w in words}
# First words of the two-word event nouns: only these can start a two-word match.
_EVENT_FIRST = frozenset(w.split(" ", 1)[0] for w in _EVENT_WORDS if " " in w)
# Every word `_event_at` can start a match at: the others are rejected with one look-up.
_EVENT_ANY = _EVENT_FIRST | frozenset(_EVENT_WORDS) | frozenset(f"{w}s" for w in _EVENT_WORDS)
# Verbs that name an event only when they are the event ("Reyes spoke with Li on Monday").
_EVENT_VERBS = _wordset(
    "spoke talked phoned met visited voted signed",
)
_REPORTING = _wordset(
    "said says told tells announced added stated reported confirmed denied noted warned",
    "claimed insisted declared wrote tweeted posted",
)
_BACK_STOP = _wordset(
    "since because although though whereas but while when if unless until after before as",
)
# Words before a past verb that are not its subject ("the quake that occurred").
_SUBJECT_NOT = _wordset(
    "a an the his her their its our this that which who whom whose was were been had has have",
    "is are be being not also and or but then first later it they he she we",
)
_OWN_PREP = frozenset(("on", "at", "in", "On", "At", "In"))
_REFERENCE = _wordset("after before since following until till ahead preceding")
_FWD_PREP = _wordset(
    "during in at amid",
)
_SKIPPABLE = _wordset(
    "a an the his her their its our this that",
)

# Capitalised words that end a person's name run or show it is a body, place or title.
_TITLES = _wordset(
    "President Minister Prime Secretary Chancellor Chief Cabinet Foreign Spokesperson",
    "Spokesman Spokeswoman Governor Mayor Senator Representative Rep Sen Gov General Gen",
    "Colonel Col Captain Capt Judge Justice King Queen Prince Princess Pope Sheikh Mr Mrs",
    "Ms Dr Professor Prof Ambassador Envoy Director Chairman Chairwoman Chair CEO Leader",
    "Premier Vice Deputy Former Lord Lady Sir Dame Saint St Speaker Commissioner",
    "Inspector Officer Sergeant Lieutenant Admiral Marshal Emperor Empress Crown",
    "Assistant Defence Defense Interior Finance Health Justice State Trade Party",
    "Opposition Coach Manager Detective PM",
)
_NOT_PERSON = _wordset(
    "The A An On In At By For From To Of And But If As After Before During Since While",
    "When However Meanwhile Journal Times Post News Daily Agency Ministry Office House",
    "University Island Islands Strait Sea Ocean River Forces Force Party Act Bank Council",
    "Committee Court Assembly Parliament Congress Senate Department Association Union",
    "Republic Kingdom States Street Square Airport Station Center Centre Service Police",
    "Army Navy Group Company Corporation Inc Ltd Affairs Foundation Institute",
    "Organization Organisation Nations City Province County District Region Prefecture",
    "Federal National International Reserve Network Media Press Review Channel Radio",
    "Television Asia Europe Africa America Pacific Atlantic Middle Gulf Coast Valley",
    "Mountain Mountains Lake Park Hospital School College Church Museum Stadium Hall",
    "Tower Bridge Road Avenue Government Administration Commission Fund Board Embassy",
    "Bureau Authority Cup League Club Games Olympics Summit Declaration Treaty Accord",
    "Agreement Security Defense Defence Guard Coast Fleet Command Reuters Associated",
    "North South East West Northern Southern Eastern Western Central Global World United",
    "Under Despite With Without Following According Amid Among Against Although Because",
    "Across Over Through Unlike Upon Within Also Some Many Most Several Both Each Every",
    "Such This That These Those Their His Her Its Our We They He She It Not Only Even",
    "Still Yet So Then There Here Why What Who How Where Which Whether Last Next Earlier",
    "Later Today Yesterday",
)
# The look-behind ("not after a word or an opening quote") is tested after the first capital,
# as `(?<![…][A-Z])`: the same test, but a pattern that opens with [A-Z] lets `re` skip to
# the next capital instead of trying every position.
_NAME_RUN = rx.compile(
    r"[A-Z](?<![\w“\"‘'][A-Z])(?:[a-z]+(?:[-’'][A-Z]?[a-z]+)?|\.)"
    r"(?:\s+(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[A-Z]\.))+"
)
_CAP_WORD = rx.compile(r"\b[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\b")
_WORD = rx.compile(r"[A-Za-z][A-Za-z’'-]*|\d[\d/.,:-]*|[,;:()—–]")
_DATELINE_HEAD = rx.compile(r"^[\sA-Z.,/'’()-]*$")
_DATELINE_TAIL = rx.compile(r"^\s*(?:\(\w+\)\s*)?[–—:-]")
_POD_BEFORE = rx.compile(
    r"(?:[Tt]he\s+)?(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|early hours|"
    r"small hours)\s+of\s+$"
)
# Part-of-day words right after an expression, matched at its end (not on a slice from it).
_POD_AFTER_AT = rx.compile(rf"\s+{_PART}(?![\w-])")
_EARLY_BEFORE = rx.compile(r"(?:[Ee]arly|[Ll]ate|[Oo]vernight)\s+(?:on\s+)?$")
# Words as the context tests read them, and the forms of a resolved value.
_LABEL_WORD = rx.compile(r"[A-Za-z][A-Za-z’'-]*")
_TENSE_WORD = rx.compile(r"[A-Za-z’']+")
_ISO_DAY = rx.compile(r"\d{4}-\d{2}-\d{2}")
_NIGHT = rx.compile(r"(?i:night)\b|[Oo]vernight")
_ABSOLUTE_KINDS = frozenset(("day", "num", "month", "year", "holiday"))
_TENSED = frozenset(("day", "num", "month", "weekday", "period", "holiday", "monthday"))
_ISO_WEEK = rx.compile(r"\d{4}-W\d{2}")
_ISO_MONTH = rx.compile(r"\d{4}-\d{2}")
_ISO_YEAR = rx.compile(r"\d{4}")
_PREP_BEFORE = rx.compile(r"(?<![\w-])(?:[Oo]n|[Ii]n)\s+$")
# What the text before each match's closing whitespace ends with (see _ending).
_POD_BEFORE_ENDS = ("of",)
_EARLY_BEFORE_ENDS = ("early", "Early", "late", "Late", "overnight", "Overnight", "on")
_PREP_BEFORE_ENDS = ("on", "On", "in", "In")


# ---------------------------------------------------------------- candidates


# The private records below are NamedTuples, not dataclasses: a frozen dataclass costs some
# 1 ms to define at import and 1.5 µs per instance, a NamedTuple a fifth of each.
class _Cand(NamedTuple):
    """One temporal expression found in a sentence, before resolution (offsets are local)."""

    start: int
    end: int
    # "day", "month", "year", "num", "relday", "weekday", "period", "ago", "holiday" (`unit`
    # names it, `offset` -1 for its eve) or "monthday" ("on the 8th": `day` only)
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day2: int | None = None
    a: int | None = None  # numeric d/m or m/d, first and second number
    b: int | None = None
    offset: int = 0  # relday/ago: days (or units) from publication
    unit: str | None = None  # period/ago: "week", "weekend", "month", "year"
    mod: str | None = None  # "last", "next", "this", "earlier", ...
    weekday: int | None = None
    style: str | None = None  # "dmy" or "mdy": how a month-name date was written
    year_offset: int | None = None  # "October 31 of last year": -1 from the year of writing


def _two_digit_year(text: str) -> int:
    """A year from a two- or four-digit string ("25" → 2025)."""
    value = int(text)
    return value + 2000 if len(text) == 2 else value


def _valid_day(year: int | None, month: int, day: int) -> bool:
    """Whether the day exists in the month (29 February only in leap years, when known)."""
    try:
        date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return True


def _prev_word(text: str, pos: int) -> str:
    """The word just before `pos`, lower case ('' when none)."""
    # What rx.search(r"([A-Za-z]+)\W*$", text[:pos]) finds, read backwards from `pos`
    # instead of trying every start (`\w` is what str.isalnum() accepts, and "_"): the usual
    # non-word characters and the letters are stripped by str.rstrip, a C loop; any other
    # non-word character is stepped over one at a time.
    head = text[:pos]
    end = len(head.rstrip(_NOT_WORD_CHARS))
    while end > 0 and not (head[end - 1].isalnum() or head[end - 1] == "_"):
        end -= 1
    start = len(head[:end].rstrip(_ASCII_LETTER_CHARS))
    return head[start:end].lower()


def _next_words(text: str, pos: int) -> list[str]:
    """The word after `pos` (within 80 characters), as written: a list of one, or empty."""
    # The first match of a search bounded to the 80 characters is the first word findall
    # finds in their slice (the pattern looks neither behind nor ahead); the rest is not read.
    found = _LABEL_WORD.search(text, pos, pos + 80)
    return [found[0]] if found is not None else []


def _month_cands(text: str) -> list[_Cand]:
    """Month-name dates: "November 24", "27 November 2025", "June 2023", "in April"."""
    out: list[_Cand] = []
    # day-and-month and month-and-year dates need a digit; "in April" does not
    digit = _has_digit(text)
    for pattern, style in ((_MD, "mdy"), (_DM, "dmy")) if digit else ():
        for m in pattern.finditer(text):
            month = MONTHS[m["mon"].rstrip(".").lower()]
            day = int(m["day"])
            year = int(m["year"]) if m["year"] else None
            if not _valid_day(year, month, day):
                continue
            day2 = int(m["day2"]) if m["day2"] else None
            if day2 is not None and day2 <= day:
                day2 = None
            weekday = _WEEKDAYS[m["wd"].rstrip(".").lower()] if m["wd"] else None
            offset = None
            if year is None:
                rel = _OF_YEAR.match(text, m.end())
                offset = _YEAR_STEP[rel["mod"].lower()] if rel else None
            out.append(
                _Cand(
                    m.start(),
                    m.end(),
                    "day",
                    year,
                    month,
                    day,
                    day2,
                    weekday=weekday,
                    style=style,
                    year_offset=offset,
                )
            )
    for m in _MY.finditer(text) if digit else ():
        month = MONTHS[m["mon"].rstrip(".").lower()]
        out.append(_Cand(m.start(), m.end(), "month", int(m["year"]), month))
    # _BARE opens with its prepositions, and `re` tries it at every place of the text: it is
    # run only on texts holding one of its month names as a word (a pattern that opens with
    # the names, so `re` skips to their first letters), not on every "Market" or "Mayor".
    for m in _BARE.finditer(text) if _MONTH_FULL_WORD.search(text) else ():
        mon = m["mon"]
        pre = m["pre"].strip().lower()
        # "May" and "March" are also a surname and a verb: they need an unmistakable preposition.
        if mon in ("May", "March") and pre in ("by", "after", "before", "from"):
            continue
        after = _next_words(text, m.end())
        if after and after[0][0].isupper() and text[m.end() : m.end() + 1] == " ":
            continue  # "by April Ryan": a name
        mod = pre if pre in ("last", "next", "this") else None
        start = (
            m.start()
            if pre not in ("since", "until", "till", "by", "from", "through")
            else (m.start("mon"))
        )
        if pre in ("during", "before", "after"):
            start = m.start("mon")
        out.append(_Cand(start, m.end(), "month", None, MONTHS[mon.lower()], mod=mod))
    return out


def _numeric_cands(text: str) -> list[_Cand]:
    """ISO and numeric dates: "2025-11-27", "2017/9/13", "25/11", "11/25/2025", "25.11.2025"."""
    out: list[_Cand] = []
    for m in _ISO.finditer(text):
        year, month, day = int(m["year"]), int(m["mon"]), int(m["day"])
        if _valid_day(year, month, day):
            out.append(_Cand(m.start(), m.end(), "day", year, month, day))
    for m in _NUM.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        written: int | None = _two_digit_year(m["year"]) if m["year"] else None
        if m["sep"] != "/" and written is None:
            continue  # "4-1" is a score, "3.25" a figure
        if m["year"] and len(m["year"]) == 2 and m["sep"] != "/":
            continue
        if written is None:
            if (a, b) == (24, 7) or not _NUM_CONTEXT.search(text[: m.start()]):
                continue
            if rx.match(r"\s+of\b", text[m.end() :]):
                continue  # "2/3 of the members": a fraction
        if not (_valid_day(written, b, a) or _valid_day(written, a, b)):
            continue
        out.append(_Cand(m.start(), m.end(), "num", written, a=a, b=b))
    for m in _MONTH_DAY.finditer(text) if "the " in text else ():
        day = int(m["day"])
        if not 1 <= day <= 31 or (m.start() and not text[m.start() - 1].isspace()):
            continue
        head = _MONTH_DAY_HEAD.search(text, max(0, m.start() - 14), m.start())
        if head is not None:
            out.append(_Cand(head.start(), m.end(), "monthday", day=int(m["day"])))
    return out


def _holiday_cands(text: str) -> list[_Cand]:
    """Holidays: "Christmas Eve", "on Good Friday", "the eve of Thanksgiving"."""
    out: list[_Cand] = []
    for m in _HOLIDAY.finditer(text):
        at = m.start()
        if at and (text[at - 1].isalnum() or text[at - 1] in "_-"):
            continue
        eve = _EVE_OF.search(text, max(0, at - 20), at) if text[:at].endswith(" of ") else None
        name = m["name"].lower().replace("’", "'").replace(".", "")
        name = name.replace("veterans' day", "veterans day")
        seasonal = name in _SEASON_HOLIDAYS and not eve
        if seasonal and _prev_word(text, at) not in _HOLIDAY_PREP:
            continue  # "Christmas shopping", "the Easter holidays"
        after = _next_words(text, m.end())
        if after and after[0][0].isupper() and text[m.end() : m.end() + 1] == " ":
            continue  # a name: "the Good Friday Agreement", "Easter Island", "Christmas Eve"
        if _prev_word(text, at) in _NAMING:
            continue  # "dubbed Black Friday": what something is called, not when
        year = int(m["year"]) if m["year"] else None
        start = eve.start() if eve else at
        out.append(_Cand(start, m.end(), "holiday", year, unit=name, offset=-1 if eve else 0))
    return out


def _year_cands(text: str) -> list[_Cand]:
    """Bare years where the words around make them years: "in 1979", "the 2024 election"."""
    out: list[_Cand] = []
    for m in _YEAR_ONLY.finditer(text):
        nxt = [w.lower() for w in _next_words(text, m.end())]
        gap = text[m.end() : m.end() + 1]
        if nxt and gap == " " and nxt[0] in _COUNT_NOUNS:
            continue
        prev = _prev_word(text, m.start())
        between = text[: m.start()][-3:]
        ok = (prev in _YEAR_BEFORE and not rx.search(r"[\d]", between)) or (
            bool(nxt) and gap == " " and nxt[0] in _YEAR_NOUNS
        )
        if prev == "of":
            ok = ok or _prev_word(text, text.rfind("of", 0, m.start())) in _YEAR_OF_BEFORE
        if prev in ("to", "and", "or"):
            ok = ok or _YEAR_THEN_GAP.search(text, 0, m.start()) is not None
        if prev == "mid" and text[m.start() - 1 : m.start()] == "-":
            ok = True
        if ok:
            out.append(_Cand(m.start(), m.end(), "year", int(m["year"])))
    return out


# A year and a short gap ending the text ("between 2019 and"): the year a bare one after "to",
# "and" or "or" continues.
_YEAR_THEN_GAP = rx.compile(rf"{_YEAR}\D{{1,12}}$")

_ASCII_DIGIT = rx.compile(r"[0-9]")


def _has_digit(text: str) -> bool:
    """Whether `text` holds a digit (`str.isdigit`), by one regex scan when it is ASCII."""
    if text.isascii():  # in ASCII only 0-9 are digits: a C scan, not a call per character
        return _ASCII_DIGIT.search(text) is not None
    return any(map(str.isdigit, text))


def _any_in(text: str, pieces: tuple[str, ...]) -> bool:
    """Whether any of `pieces` occurs in `text`."""
    for piece in pieces:  # noqa: SIM110 (any() over a generator costs more than the tests)
        if piece in text:
            return True
    return False


def _has_part(text: str) -> bool:
    """Whether `text` holds one of the part-of-day words `_REL_PART` needs."""
    return _any_in(text, _PARTS)


def _relative_cands(text: str) -> list[_Cand]:
    """Relative expressions: "yesterday", "last night", "earlier this week", "Thursday"."""
    out: list[_Cand] = []
    # Each pattern below needs a literal (lower-case, case-sensitive) piece: a sentence
    # without it is not scanned.
    rel_day = "oday" in text or "onight" in text or "esterday" in text or "omorrow" in text
    for m in _REL_DAY.finditer(text) if rel_day else ():
        word = m["w"]
        if word[0].isupper() and word in ("Today", "Tonight") and text[: m.start()].strip():
            continue  # "USA Today", "the Tonight Show"
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word.lower()]
        out.append(_Cand(m.start(), m.end(), "relday", offset=offset))
    for m in _REL_PART.finditer(text) if _has_part(text) else ():
        offset = -1 if m["mod"].lower().endswith("last") else 0
        out.append(_Cand(m.start(), m.end(), "relday", offset=offset))
    period = "week" in text or "month" in text or "year" in text
    for m in _PERIOD.finditer(text) if period else ():
        mod = f"{m['adv']} {m['mod']}" if m["adv"] else m["mod"]
        out.append(_Cand(m.start(), m.end(), "period", unit=m["unit"], mod=mod.lower()))
    for m in _WEEKEND.finditer(text) if "weekend" in text else ():
        mod = "this past" if m["past"] else "this"
        out.append(_Cand(m.start(), m.end(), "period", unit="weekend", mod=mod))
    for m in _AGO.finditer(text) if "ago" in text else ():
        n = m["n"].lower()
        count = int(n) if n.isdigit() else _NUMBER_WORDS[n]
        out.append(_Cand(m.start(), m.end(), "ago", offset=count, unit=m["unit"]))
    for m in _weekday_matches(text) if "day" in text else ():
        before = _prev_word(text, m.start())
        after = _next_words(text, m.end())
        if (
            before.capitalize() in _WEEKDAY_NAME_BEFORE
            and text[: m.start()].rstrip()[-1:].isalpha()
        ):
            prev_raw = rx.search(r"(\w+)\s*$", text[: m.start()])
            if prev_raw and prev_raw.group(1) in _WEEKDAY_NAME_BEFORE:
                continue
        named = not m["part"] and after and after[0] in _WEEKDAY_NAME_AFTER
        if named and text[m.end() : m.end() + 1] == " ":
            continue  # "the Sunday Times"
        mod = m["mod"].lower() if m["mod"] else None
        out.append(
            _Cand(m.start(), m.end(), "weekday", weekday=_WEEKDAYS[m["wd"].lower()], mod=mod)
        )
    return out


def _weekday_matches(text: str) -> Iterator[re.Match[str]]:
    """What `_WEEKDAY.finditer(text)` yields, trying it only where a match can start: at a
    weekday's name, or at a modifier ("last", "early", "earlier": four, five or seven letters)
    that ends where the spaces before the name begin."""
    starts: set[int] = set()
    for name in _WD_NAME.finditer(text):
        at = name.start()
        starts.add(at)
        spaces = len(text[:at].rstrip())  # `\s` is what str.rstrip strips
        # every modifier ends in one of "tseyr": others cannot end where the spaces begin
        if spaces < at and text[spaces - 1] in "tseyr":
            starts.update((spaces - 4, spaces - 5, spaces - 7))
    pos = 0
    for at in sorted(starts):
        if at < pos:
            continue  # (this also skips the starts before the text's: pos is never below 0)
        m = _WEEKDAY.match(text, at)
        if m is not None:
            yield m
            pos = m.end()


def _candidates(text: str) -> list[_Cand]:
    """Non-overlapping temporal expressions in `text`, longest first, in text order."""
    # One cheap scan first: most news sentences hold no date at all.
    # every month name and abbreviation opens with one of twelve capitalised prefixes
    month = _any_in(text, _MONTH_STARTS) and _month_word(text)
    relative = _any_in(text, _RELATIVE_PIECES)  # _RELATIVE_HINT is tested below, when needed
    digit = _has_digit(text)
    if not (month or relative or digit):
        return []
    found = _month_cands(text) if month else []
    if digit:
        found += _numeric_cands(text) + _year_cands(text)
    if relative:
        rel = _relative_cands(text)
        # Relative expressions count only where _RELATIVE_HINT matches. Every candidate but
        # one ending in "noon" or "midday" ("this noon") holds a match of it, so the scan is
        # needed only when all end so.
        if rel and all(text[c.start : c.end].endswith(_UNHINTED) for c in rel):
            rel = rel if _RELATIVE_HINT.search(text) is not None else []
        found += rel
    taken = found
    if len(found) > 1:  # (one expression overlaps none)
        found.sort(key=lambda c: (-(c.end - c.start), c.start))
        taken = []
        for c in found:
            if all(c.end <= t.start or c.start >= t.end for t in taken):
                taken.append(c)
        taken.sort(key=lambda c: c.start)
    return [_extend(text, c) for c in taken]


def _month_word(text: str) -> bool:
    """Whether `_MONTH_HINT` matches in `text`: a month name that opens a word."""
    # Every name opens with a capital, a word character: `\b` before it holds where the
    # character before is none (`\w` is what str.isalnum() accepts, and "_"). Each place the
    # names match is tried in turn, as the search from each position would.
    m = _MONTH_NAME.search(text)
    while m is not None:
        at = m.start()
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
            return True
        m = _MONTH_NAME.search(text, at + 1)
    return False


def _all_candidates(text: str) -> list[_Cand]:
    """`_candidates` and the holidays ("Christmas Eve", "Good Friday"), without overlaps."""
    found = _candidates(text)
    if _HOLIDAY_HINT.search(text) is None:
        return found
    holidays = [_extend(text, c) for c in _holiday_cands(text)]
    if not holidays:
        return found
    # a holiday wins over what it overlaps ("Christmas Day 2024" over "2024")
    kept = [c for c in found if all(c.end <= h.start or c.start >= h.end for h in holidays)]
    return sorted(kept + holidays, key=lambda c: c.start)


def _ending(
    rx: re.Pattern[str], head: str, ends: tuple[str, ...], stripped: str | None = None
) -> re.Match[str] | None:
    """`rx.search(head)` for a pattern ending in one of `ends` then whitespace at `$`
    (`stripped`, when given, is `head.rstrip()`)."""
    # Such a match needs `head` to end in whitespace (`\s` is what str.rstrip strips) after
    # one of `ends`: other heads are not scanned, which a search that tries every start is.
    if stripped is None:
        stripped = head.rstrip()
    if len(stripped) == len(head) or not stripped.endswith(ends):
        return None
    return rx.search(head)


_POSSESSIVE = ("'s", "’s")


def _extend(text: str, c: _Cand) -> _Cand:
    """The candidate widened to its part-of-day words and a leading "on"/"in"."""
    start, end = c.start, c.end
    # the text before the expression, sliced and stripped once while its start stays put
    head = text[:start]
    stripped = head.rstrip()
    day_level = c.kind in ("day", "num", "weekday", "holiday")
    if day_level:
        before = _ending(_POD_BEFORE, head, _POD_BEFORE_ENDS, stripped)
        if before:
            start = before.start()
        elif c.kind != "weekday" or c.mod is None:
            early = _ending(_EARLY_BEFORE, head, _EARLY_BEFORE_ENDS, stripped)
            if early:
                start = early.start()
        if c.kind != "weekday":
            after = _POD_AFTER_AT.match(text, end)
            if after:
                end = after.end()
    if start != c.start:
        head = text[:start]
        stripped = head.rstrip()
    # "in Saturday’s final": the preposition governs the noun the possessive day modifies
    prep = (
        None
        if text[c.start : end].endswith(_POSSESSIVE)
        else _ending(_PREP_BEFORE, head, _PREP_BEFORE_ENDS, stripped)
    )
    if prep:
        start = prep.start()
    if start == c.start and end == c.end:
        return c
    return c._replace(start=start, end=end)


# ---------------------------------------------------------------- day/month order


def _order(cands: Sequence[_Cand], *, config: DateConfig) -> tuple[str, bool]:
    """The article's day/month order for numeric dates, and whether it is only a default."""
    if config.order not in ("auto", "dmy", "mdy"):
        raise ConfigError("config", f"dates.order: expected auto, dmy or mdy, got {config.order!r}")
    dmy = mdy = named_dmy = named_mdy = 0  # counted in one pass over the article's dates
    for c in cands:
        if c.kind == "num":
            dmy += c.a is not None and c.a > 12
            mdy += c.b is not None and c.b > 12
        named_dmy += c.style == "dmy"
        named_mdy += c.style == "mdy"
    if dmy != mdy:
        return ("dmy" if dmy > mdy else "mdy"), False
    if config.order != "auto":
        return config.order, False
    # An outlet that writes "27 November" writes 27/11; one that writes "November 27", 11/27.
    if named_dmy != named_mdy:
        return ("dmy" if named_dmy > named_mdy else "mdy"), False
    return "dmy", True


# ---------------------------------------------------------------- context


def _future(text: str, start: int, end: int) -> bool:
    """Whether the expression at text[start:end] points forward from the time of writing."""
    return _tense(text, start, end) == "future"


def _tense(text: str, start: int, end: int, *, timetable: bool = False) -> str:
    """Which way from the time of writing the expression at text[start:end] points: "future",
    "past", or "either" for a future seen from a past report ("the company said it would cut
    jobs in January": January may be before or after the day of writing). With `timetable`
    (body text, not a caption), a present-tense verb of a timetable points forward too."""
    head = text[:start]
    cut = 0
    for stop in _CLAUSE_STOP.finditer(head):
        cut = stop.end()  # (the last stop's: matches come in order)
    clause = head[cut:].split()
    back = " ".join(clause[-8:])
    marks = list(_FUTURE_BACK.finditer(back)) if back else []  # (no match is empty)
    if not marks and len(clause) > 8:
        # a future further back holds for the parts it governs ("was expected to move across
        # the Valley Friday and cross the coast on Saturday", "is preparing to take charge of
        # his first league game in charge of the club at Leeds on Sunday") unless a past verb
        # comes between
        further = " ".join(clause[-20:-8])
        far = list(_FUTURE_BACK.finditer(further))
        between = f"{further[far[-1].end() :]} {back}" if far else ""
        # (without an "and", only a future told in the present: "had planned to land ... on
        # Monday" is a plan for a day gone by)
        if far and not _past_word(between) and ("and" in clause or not _verb_before(further)):
            back, marks = f"{further} {back}", far
    if marks:
        mark = marks[-1]
        if _past_future(mark.group().lower(), back[: mark.start()], text[:start]):
            return "either"
        return "future"
    if timetable and back and _timetable(back):
        return "future"
    if _prev_word(text, start) in _UNTIL and _WD_NAME.search(text, start, end) is None:
        # "prorogued until March 24", "closed until 3 March": how long a state lasts, from
        # before the day of writing or after it (a weekday, "until Friday", is this week's:
        # the verb tells which side)
        return "either"
    if back and _verb_before(back):  # (an empty clause holds no verb)
        # "Alphabet announced Friday it will cut jobs", "employees were told Friday": the
        # verb the date modifies is past, whatever the clause after it reports
        return "past"
    after = _CLAUSE_STOP.split(text[end:].lstrip(" ,"), maxsplit=1)[0]
    words = _TENSE_WORD.findall(after)
    for i, word in enumerate(words[:8]):
        low = word.lower()
        if low in _PAST_FWD and low not in ("is", "are"):
            return "past"
        if low in ("will", "shall") or low.endswith(("'ll", "’ll")):
            return "future"
        if low in ("is", "are") and i + 1 < len(words) and words[i + 1] in _FUTURE_FWD_AFTER_BE:
            return "future"
        if low.endswith("ed") and len(low) > 4:
            return "past"
    if timetable and not back and _timetable(" ".join(after.split()[:6])):
        return "future"  # "On Sunday, voters go to the polls"
    if timetable and clause and clause[0].lower() in _RELATIVE and _future_sentence(text):
        # a relative clause in the present ("MPs, who vote on Sunday, ...") tells a timetable
        # when the sentence speaks only of what will be ("... Ms Stern will revert to ...")
        return "future"
    return "past"


def _verb_before(back: str) -> bool:
    """Whether the clause before an expression holds a past-tense verb ("announced", "were
    told", "began"); capitalised words are names ("United"), not verbs."""
    return any(_is_past(w) for w in _TENSE_WORD.findall(back) if w.islower())


def _is_past(low: str) -> bool:
    """Whether the lower-case word is a past-tense verb form."""
    if low in _PAST_FWD and low not in ("is", "are", "has", "have", "says"):
        return True
    return low in _IRREGULAR_PAST or (low.endswith("ed") and len(low) > 4)


def _future_sentence(text: str) -> bool:
    """Whether the sentence has a future ("will", "shall", "'ll") and no past-tense verb."""
    words = _TENSE_WORD.findall(text)
    if not any(w in ("will", "shall") or w.endswith(("'ll", "’ll")) for w in words):
        return False
    return not any(_is_past(w) for w in words if w.islower())


def _past_word(text: str) -> bool:
    """Whether `text` holds a past-tense word ("said", "was", or one ending in -ed)."""
    for word in _TENSE_WORD.findall(text):
        low = word.lower()
        if low in _PAST_FWD or (low.endswith("ed") and len(low) > 4):
            return True
    return False


def _timetable(clause: str) -> bool:
    """Whether the clause holds a present-tense verb of a timetable, with no past-tense word
    after it ("the summit opens on", but not "the summit opens after talks collapsed on")."""
    for found in _SCHEDULED.finditer(clause):
        at = found.start()
        if at and (clause[at - 1].isalnum() or clause[at - 1] in "_-"):
            continue  # "reopens" holds "opens"
        return not _past_word(clause[found.end() :])
    return False


def _past_future(mark: str, before: str, sentence_head: str) -> bool:
    """Whether a future word is seen from the past: "would"/"could"/"might" after a past
    reporting verb ("said it would"), a plan in the past tense ("planned to", "was expected
    to", "had been scheduled for")."""
    prev = before.split()[-2:]
    if any(w.lower() in _PAST_BE for w in prev):
        return True  # "was expected to", "were due to", "had been scheduled"
    if mark in _PAST_PLANS:
        return True
    if mark in _PAST_MODALS:
        return any(w.lower() in _PAST_REPORTING for w in rx.findall(r"[A-Za-z]+", sentence_head))
    return False


# ---------------------------------------------------------------- resolution


def _iso_week(d: date) -> str:
    """The ISO week of a day as "YYYY-Www"."""
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _month_str(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    """The (year, month) `by` months away."""
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


# A year-less day on the "wrong" side of publication costs this many times its distance: a
# past-tense "November 3" two days before a future-tense sentence is still that November 3,
# and "meet again on July 24" in June is next month, not eleven months ago.
_WRONG_SIDE = 5
# A future seen from a past report ("announced the vote would be held on October 14") may lie
# either side of the day of writing, but the report is recent and a plan long carried out
# would be told as done: a day before publication costs this many times its distance.
_EITHER_PAST = 3


def _year_for(
    month: int, day: int, pub: date, *, future: bool, either: bool = False
) -> date | None:
    """The day-month in the year nearest before `pub` (after it, in a future context; nearest
    either side, for a future seen from the past)."""
    days = [
        date(year, month, day)
        for year in (pub.year - 1, pub.year, pub.year + 1)
        if _valid_day(year, month, day)
    ]
    return _nearest(days, pub, future=future, either=either)


def _day_in_year(
    c: _Cand, month: int, day: int, ref: date, *, future: bool, either: bool = False
) -> date | None:
    """A year-less day-month seen from `ref`: in the year it names ("of last year"), else in
    the year nearest `ref` where it falls on the weekday written with it ("Saturday October
    14"), else as `_year_for` chooses."""
    if c.year_offset is not None:
        year = ref.year + c.year_offset
        return date(year, month, day) if _valid_day(year, month, day) else None
    if c.weekday is not None:
        # the weekday fixes the year: one of three years at most has that day on that weekday
        days = [
            date(year, month, day)
            for year in (ref.year - 1, ref.year, ref.year + 1)
            if _valid_day(year, month, day) and date(year, month, day).weekday() == c.weekday
        ]
        if days:
            return min(days, key=lambda d: abs((d - ref).days))
    return _year_for(month, day, ref, future=future, either=either)


def _nearest(days: Sequence[date], pub: date, *, future: bool, either: bool) -> date | None:
    """Of the days, the one nearest before `pub` (after it, in a future context; either side,
    for a future seen from the past), a day on the wrong side counting `_WRONG_SIDE` times."""
    best: tuple[int, date] | None = None
    for d in days:
        gap = (d - pub).days
        wrong = not either and (gap < 0 if future else gap > 0)
        cost = abs(gap) * (_WRONG_SIDE if wrong else _EITHER_PAST if either and gap < 0 else 1)
        if best is None or cost < best[0]:
            best = (cost, d)
    return best[1] if best else None


def _easter(year: int) -> date:
    """Western Easter Sunday of `year` (the Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lw = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lw) // 451
    month, day = divmod(h + lw - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday of a month (n = -1: the last)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    y, mo = _shift_month(year, month, 1)
    last = date(y, mo, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _holiday_day(name: str, year: int) -> date | None:
    """The day a holiday falls on in `year`, or None for a name not in the tables."""
    fixed = _FIXED_HOLIDAYS.get(name)
    if fixed is not None:
        return date(year, *fixed)
    if name in _EASTER_HOLIDAYS:
        return _easter(year) + timedelta(days=_EASTER_HOLIDAYS[name])
    nth = _NTH_WEEKDAY_HOLIDAYS.get(name)
    if nth is not None:
        (month, weekday, n), after = nth
        return _nth_weekday(year, month, weekday, n) + timedelta(days=after)
    return None


def _month_day_for(day: int, pub: date, *, future: bool, either: bool) -> date | None:
    """ "the 8th": that day of the month of `pub`, the month before or the month after."""
    days = []
    for by in (-1, 0, 1):
        y, mo = _shift_month(pub.year, pub.month, by)
        if _valid_day(y, mo, day):
            days.append(date(y, mo, day))
    return _nearest(days, pub, future=future, either=either)


def _month_year_for(
    month: int, pub: date, *, future: bool, mod: str | None, either: bool = False
) -> int:
    """The year of a bare month name ("in April") relative to `pub`."""
    if mod == "this":
        return pub.year
    if either and mod is None:
        # "said it would cut jobs in January", written in March: the nearest January, the
        # earlier one on a tie
        if month <= pub.month:
            behind = pub.month - month
            return pub.year if behind <= 12 - behind else pub.year + 1
        ahead = month - pub.month
        return pub.year if ahead < 12 - ahead else pub.year - 1
    if mod == "next" or (future and mod != "last"):
        return (
            pub.year
            if month > pub.month or (month == pub.month and mod is None)
            else (pub.year + 1)
        )
    if mod == "last":
        return pub.year if month < pub.month else pub.year - 1
    return pub.year if month <= pub.month else pub.year - 1


class _Resolved(NamedTuple):
    value: str | None
    not_after: str | None = None
    ambiguous: bool = False


def _resolve_day(
    c: _Cand,
    month: int,
    day: int,
    year: int | None,
    pub: date | None,
    *,
    future: bool,
    either: bool = False,
) -> _Resolved:
    """A day-month(-year), with the year chosen from context when it is not written."""
    if year is None:
        if pub is None:
            return _Resolved(None)
        found = _day_in_year(c, month, day, pub, future=future, either=either)
        if found is None:
            return _Resolved(None)
        year = found.year
    value = date(year, month, day).isoformat()
    until = None
    if c.day2 is not None and _valid_day(year, month, c.day2):
        until = date(year, month, c.day2).isoformat()
    return _Resolved(value, until)


def _resolve(
    c: _Cand, pub: date | None, *, order: str, undecided: bool, future: bool, either: bool = False
) -> _Resolved:
    """The ISO value (and latest possible day) an expression stands for, or None; `either`:
    a future seen from a past report, which may lie either side of `pub`."""
    if c.kind == "day" and c.month is not None and c.day is not None:
        return _resolve_day(c, c.month, c.day, c.year, pub, future=future, either=either)
    if c.kind == "num" and c.a is not None and c.b is not None:
        if c.a > 12 or (order == "dmy" and c.b <= 12):
            day, month = c.a, c.b
        else:
            month, day = c.a, c.b
        if month > 12 or not _valid_day(c.year, month, day):
            day, month = month, day
        ambiguous = undecided and c.a <= 12 and c.b <= 12 and c.a != c.b
        res = _resolve_day(c, month, day, c.year, pub, future=future, either=either)
        return res._replace(ambiguous=ambiguous)
    if c.kind == "month" and c.month is not None:
        if c.year is not None:
            return _Resolved(_month_str(c.year, c.month))
        if pub is None:
            return _Resolved(None)
        year = _month_year_for(c.month, pub, future=future, mod=c.mod, either=either)
        return _Resolved(_month_str(year, c.month))
    if c.kind == "year" and c.year is not None:
        return _Resolved(f"{c.year:04d}")
    if c.kind == "holiday" and c.unit is not None:
        if c.year is not None:
            day_of = _holiday_day(c.unit, c.year)
        elif pub is None:
            return _Resolved(None)
        else:
            years = (pub.year - 1, pub.year, pub.year + 1)
            # the eve is one day earlier: choose among the eves, so "Christmas Eve" and "the
            # eve of Christmas" written on 24 December are both that day
            days = [d + timedelta(days=c.offset) for y in years if (d := _holiday_day(c.unit, y))]
            day_of = _nearest(days, pub, future=future, either=either)
            return _Resolved(day_of.isoformat() if day_of else None)
        if day_of is None:
            return _Resolved(None)
        return _Resolved((day_of + timedelta(days=c.offset)).isoformat())
    if pub is None:
        return _Resolved(None)
    if c.kind == "monthday" and c.day is not None:
        found = _month_day_for(c.day, pub, future=future, either=either)
        return _Resolved(found.isoformat() if found else None)
    if c.kind == "relday":
        return _Resolved((pub + timedelta(days=c.offset)).isoformat())
    if c.kind == "weekday" and c.weekday is not None:
        when = _weekday(c.weekday, pub, mod=c.mod, future=future, either=either)
        return _Resolved(when.isoformat())
    if c.kind == "ago" and c.unit is not None:
        return _Resolved(_ago(c.offset, c.unit, pub))
    if c.kind == "period" and c.unit is not None and c.mod is not None:
        return _period(c.unit, c.mod, pub, future=future)
    return _Resolved(None)


def _weekday(
    weekday: int, pub: date, *, mod: str | None, future: bool, either: bool = False
) -> date:
    """The day a weekday name points to: the latest on or before `pub`, or the next after it
    (for a future, also one seen from a past report)."""
    back = (pub.weekday() - weekday) % 7
    ahead = (weekday - pub.weekday()) % 7 or 7
    if mod == "last":
        return pub - timedelta(days=back or 7)
    if either and mod is None:
        # "officials said the bridge would reopen on Monday": a weekday is this week's or the
        # next, and a plan reported this week is for the days ahead
        return pub + timedelta(days=ahead)
    if mod == "next":
        return pub + timedelta(days=ahead)
    if future and mod not in ("earlier", "last"):
        # "the storm is expected to move inland on Thursday morning", written on a Thursday
        return pub + timedelta(days=(weekday - pub.weekday()) % 7)
    return pub - timedelta(days=back)


def _ago(count: int, unit: str, pub: date) -> str:
    """The day, week, month or year `count` units before `pub`."""
    if unit == "day":
        return (pub - timedelta(days=count)).isoformat()
    if unit == "week":
        return _iso_week(pub - timedelta(weeks=count))
    if unit == "month":
        return _month_str(*_shift_month(pub.year, pub.month, -count))
    return f"{pub.year - count:04d}"


def _period(unit: str, mod: str, pub: date, *, future: bool) -> _Resolved:
    """ "this week", "earlier this month", "last year", "next week"..."""
    words = mod.split()
    if words[-1] == "past":  # "this past weekend": the one just gone, whatever the tense
        words, future = words[:-1], False
    which = words[-1]
    before = words[0] in ("earlier", "early") or (
        which == "this" and not future and len(words) == 1
    )
    step = {"last": -1, "next": 1}.get(which, 0)
    not_after = pub.isoformat() if step == 0 and before else None
    if words[0] in ("later",) or (which == "this" and future):
        not_after = None
    if unit in ("week", "weekend"):
        day = pub + timedelta(weeks=step)
        if unit == "weekend":
            saturday = day + timedelta(days=5 - day.weekday())
            if step == 0 and not future and saturday > pub:
                saturday -= timedelta(weeks=1)
            return _Resolved(saturday.isoformat(), (saturday + timedelta(days=1)).isoformat())
        return _Resolved(_iso_week(day), not_after)
    if unit == "month":
        return _Resolved(_month_str(*_shift_month(pub.year, pub.month, step)), not_after)
    return _Resolved(f"{pub.year + step:04d}", not_after)


# ---------------------------------------------------------------- events


class _Event(NamedTuple):
    noun: str
    family: str
    start: int
    end: int


# A word of a sentence is its match: word[0] is the text, .start() and .end() its place (kept
# as the match, not copied into a tuple: most words are never read).
_Word = re.Match[str]


# A word's text, read by C-level map() (a lambda per word would cost more than the lookup).
_TEXT = itemgetter(0)


def _words(text: str) -> list[_Word]:
    return list(_WORD.finditer(text))


def _event_at(words: Sequence[_Word], i: int) -> _Event | None:
    """The event noun (one or two words) starting at word `i`, if any."""
    w = words[i][0].lower().replace("’", "'")
    if w not in _EVENT_ANY:
        return None
    if w in _EVENT_FIRST and i + 1 < len(words):
        two = f"{w} {words[i + 1][0].lower()}"
        if two in _EVENT_WORDS:
            return _Event(two, _EVENT_WORDS[two], words[i].start(), words[i + 1].end())
    fam = _EVENT_WORDS.get(w)
    if fam is not None:
        return _Event(w, fam, words[i].start(), words[i].end())
    if w.endswith("s") and (fam := _EVENT_WORDS.get(w[:-1])) is not None:
        return _Event(w[:-1], fam, words[i].start(), words[i].end())
    return None


def _event(text: str, start: int, end: int, words: Sequence[_Word] | None = None) -> _Event | None:
    """What the expression at text[start:end] dates: the nearby event noun, found generally."""
    words = _words(text) if words is None else words
    # Matches do not overlap, so starts and ends both rise: "after" is a suffix, "before" a prefix.
    after = words[bisect_left(words, end, key=re.Match.start) :]
    before = words[: bisect_right(words, start, key=re.Match.end)]
    # "a November 24 telephone conversation", "Thursday's quake": the expression as modifier.
    j = 0
    if after and after[0][0] in ("’s", "'s", "s"):
        j = 1
    for k in range(j, min(j + 3, len(after))):
        word = after[k][0]
        if word in ",;:()—–" or word.lower() in ("the", "of", "and", "to", "that", "with", "by"):
            break
        ev = _event_at(after, k)
        if ev and ev.noun not in _EVENT_VERBS:
            return ev
    last = before[-1][0] if before else ""
    if (last.endswith("ed") or last in _OWN_PREP) and _own_subject(before):
        return None
    # "the phone call ... took place on the evening of November 24": nearest event word before.
    # Most sentences hold no event word before the expression: the walk back can find none.
    # (No word of _EVENT_ANY has an apostrophe: a word's lower case is in it exactly when the
    # form _event_at reads, with ’ made ', is.)
    lows = [*map(str.lower, map(_TEXT, before))]
    if not _EVENT_ANY.isdisjoint(lows):
        ev = _event_before(before, lows)
        if ev is not None:
            return ev
    # "On 25/11, X urged Y ... during a phone call": an event introduced by a preposition,
    # only for an expression that opens its sentence (elsewhere the later noun is another's).
    if any(w[0].isalpha() and w[0].lower() not in ("on", "in", "at", "by") for w in before):
        return None
    for k in range(len(after)):
        word = after[k][0]
        if word in ";:":
            break
        if word.lower() not in _FWD_PREP:
            continue
        for n in range(k + 1, min(k + 4, len(after))):
            ev = _event_at(after, n)
            if ev and ev.noun not in _EVENT_VERBS:
                return ev
            if after[n][0].lower() not in _SKIPPABLE and not after[n][0][:1].isalpha():
                break
    return None


def _event_before(before: Sequence[_Word], lows: Sequence[str]) -> _Event | None:
    """The event word nearest before an expression in its clause, within 18 words ("the phone
    call ... took place on the evening of November 24"); `lows` are the words lower-cased."""
    seen = 0
    for k in range(len(before) - 1, -1, -1):
        word = before[k][0]
        low = lows[k]
        if word in ";:—–(" or low in _BACK_STOP or low in _REPORTING:
            break
        if word == ",":
            continue
        seen += 1
        if seen > 18:
            break
        # most words start no event, nor does the word before them: no _event_at call then
        ev = _event_at(before, k) if low in _EVENT_ANY else None
        if k > 0 and lows[k - 1] in _EVENT_ANY:
            pair = _event_at(before, k - 1)
            if pair and pair.end == before[k].end():
                ev = pair  # "press conference", not "conference"
        if ev:
            if ev.noun in _EVENT_VERBS and not _verb_event(before, k):
                continue
            return ev
    return None


def _own_subject(before: Sequence[_Word]) -> bool:
    """Whether the words just before the expression are a subject and past verb of their own
    ("... after the quake hit, video filmed Saturday morning showed"): the date is the
    filming's, not that of an event named further back."""
    k = len(before) - 1
    if k >= 0 and before[k][0].lower() in ("on", "at", "in"):
        k -= 1
    if k < 1:
        return False
    verb, subject = before[k][0].lower(), before[k - 1][0]
    if not (verb.endswith("ed") and len(verb) > 4) or verb in _EVENT_WORDS:
        return False
    low = subject.lower()
    if not (
        subject.isalpha()
        and subject.islower()
        and low not in _SUBJECT_NOT
        and not low.endswith("ly")
        and _event_at(before, k - 1) is None
    ):
        return False
    # the subject opens its clause (after a comma, perhaps with an article): "the valley
    # occurred" in "the quake that struck the valley occurred on Friday" is no clause of its own
    j = k - 2
    if j >= 0 and before[j][0].lower() in ("a", "an", "the"):
        j -= 1
    return j < 0 or before[j][0] in (",", ";")


def _verb_event(words: Sequence[_Word], k: int) -> bool:
    """Whether the event verb at word `k` has a name for subject or object ("Reyes spoke with")."""
    near = [w[0] for w in words[max(0, k - 2) : k + 3] if w is not words[k]]
    return any(w[:1].isupper() for w in near)


# ---------------------------------------------------------------- extraction


def _guessed(c: _Cand, text: str, *, inferred: bool) -> Literal["quoted", "inferred"] | None:
    """Why a relative expression's day is a guess (see `DateMention.guessed`), or None."""
    if c.kind in _ABSOLUTE_KINDS:
        return None
    if _quoted(text, c.start, c.end):
        return "quoted"
    return "inferred" if inferred else None


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a quotation: a mark opens before it and is not
    closed, or (for a sentence cut from a longer quotation) a closing mark follows it first."""
    head, tail = text[:start], text[end:]
    if head.count("“") > head.count("”") or head.count('"') % 2:
        return True
    close, reopen = tail.find("”"), tail.find("“")
    if close >= 0 and (reopen < 0 or close < reopen):
        return True
    return not head.count('"') and tail.count('"') % 2 == 1


def _lower_words(text: str) -> list[str]:
    """The words `_WORD` finds in `text`, lower-cased."""
    if text.isascii():
        # lower() maps only A-Z here, one letter for one: the words of the lower-cased text
        # are the lower-cased words, found in one call instead of one per word
        return _WORD.findall(text.lower())
    return [*map(str.lower, _WORD.findall(text))]


def _is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the expression is the dateline ("TOKYO, November 27, 2025 –") or a date line."""
    head, tail = text[:start], text[end:]
    if not head.strip() and not tail.strip():
        return True
    return bool(_DATELINE_HEAD.match(head)) and bool(_DATELINE_TAIL.match(tail))


def extract(
    article: Article, sentences: Sequence[Sentence], *, config: DateConfig
) -> tuple[DateMention, ...]:
    """The article's temporal expressions, resolved against its publication date."""
    found = [(s, _all_candidates(s.text)) for s in sentences]
    order, undecided = _order([c for _, cands in found for c in cands], config=config)
    pub = article.published
    inferred = article.published_source == "inferred"
    out: list[DateMention] = []
    for s, cands in found:
        words: list[_Word] | None = None
        eventful: bool | None = None
        for c in cands:
            dateline = _is_dateline(s.text, c.start, c.end)
            # (only where the tense can move the day: not "yesterday", "2 June 2024")
            timetable = s.kind != "caption" and c.kind in _TENSED and c.year is None
            tense = "past" if dateline else _tense(s.text, c.start, c.end, timetable=timetable)
            future = tense == "future"
            res = _resolve(
                c, pub, order=order, undecided=undecided, future=future, either=tense == "either"
            )
            if eventful is None and not dateline:
                # Most sentences hold no event word at all: _event finds none there, and the
                # words are not read as matches (_event_at needs a word of _EVENT_ANY, and no
                # word of it has an apostrophe: lower() tests it as _event_at's form does).
                eventful = not _EVENT_ANY.isdisjoint(_lower_words(s.text))
            if dateline or not eventful:
                ev = None
            else:
                # a sentence's words, read once for all its expressions
                if words is None:
                    words = _words(s.text)
                ev = _event(s.text, c.start, c.end, words)
            written = s.text[c.start : c.end]
            if res.not_after is None and res.value and "ight" in written and _NIGHT.search(written):
                # a night runs into the next day's small hours: "late Wednesday night" and
                # "early Thursday" can be one landfall
                night = date.fromisoformat(res.value) + timedelta(days=1)
                res = res._replace(not_after=night.isoformat())
            out.append(
                DateMention(
                    article=article.id,
                    sentence=s.index,
                    text=written,
                    span=Span(s.span.start + c.start, s.span.start + c.end),
                    resolved=res.value,
                    kind="absolute" if c.kind in _ABSOLUTE_KINDS else "relative",
                    ambiguous=res.ambiguous,
                    event=ev.noun if ev else None,
                    not_after=res.not_after,
                    dateline=dateline,
                    future=future,
                    guessed=_guessed(c, s.text, inferred=inferred),
                )
            )
    return tuple(out)


# ---------------------------------------------------------------- publication dates


_Found = Sequence[tuple[Sentence, Sequence[_Cand]]]


def _explicit_dates(
    found: _Found, *, ref: date | None, year: int | None, order: str
) -> tuple[date | None, tuple[date, ...]]:
    """The article's dateline date and the full dates it reports as past, ascending.

    A year-less date takes its year from `ref` (the set's latest known date: the nearest year
    on or before it), else from `year`. A date the article looks forward to ("will be held on
    October 14"), also from a past report ("she said she would step down by February 7"),
    says nothing of when it was written."""
    dateline: date | None = None
    past: list[date] = []
    for s, cands in found:
        for c in cands:
            if c.kind == "num" and c.a is not None and c.b is not None:
                dmy = c.a > 12 or (order == "dmy" and c.b <= 12)
                day, month = (c.a, c.b) if dmy else (c.b, c.a)
            elif c.kind == "day" and c.day is not None and c.month is not None:
                day, month = c.day, c.month
            else:
                continue
            if c.year is not None:
                if not _valid_day(c.year, month, day):
                    continue
                d: date | None = date(c.year, month, day)
            elif ref is not None:
                d = _day_in_year(c, month, day, ref, future=False)
            elif year is not None and _valid_day(year, month, day):
                d = _day_in_year(c, month, day, date(year, month, day), future=False)
            else:
                continue
            if d is None:
                continue
            if c.year is not None and _is_dateline(s.text, c.start, c.end):
                dateline = dateline or d
                continue
            timetable = s.kind != "caption" and c.year is None
            if _tense(s.text, c.start, c.end, timetable=timetable) != "past":
                continue
            past.append(d)
    return dateline, tuple(sorted(past))


def infer_published(
    articles: Sequence[Article], sentences: Sequence[Sequence[Sentence]]
) -> tuple[Article, ...]:
    """The articles, with a publication date inferred (and marked so) where none is known."""
    out = list(articles)
    todo = [i for i, a in enumerate(out) if a.published is None]
    if not todo:
        return tuple(out)
    found: dict[int, _Found] = {i: [(s, _candidates(s.text)) for s in sentences[i]] for i in todo}
    orders = {
        i: _order([c for _, cs in found[i] for c in cs], config=DateConfig())[0] for i in todo
    }
    for i in todo:
        head = _head_date(out[i], sentences[i])
        if head is not None:
            out[i] = replace(out[i], published=head, published_source="inferred")
    known = sorted(a.published for a in out if a.published is not None)
    if not known:
        # No date in the set: the full dates the articles state give the year.
        full = [_explicit_dates(found[i], ref=None, year=None, order=orders[i]) for i in todo]
        known_years = [d.year for head, past in full for d in (head, *past) if d is not None]
    for _ in range(2):  # a second pass lets articles lean on dates inferred in the first
        years = [d.year for d in known] or (known_years if not known else [])
        set_year = max(years) if years else None
        inferred: list[date] = []
        for i in todo:
            if out[i].published is not None:
                continue
            anchor = _anchor(found[i], known=known, year=set_year, order=orders[i])
            if anchor is not None:
                out[i] = replace(out[i], published=anchor, published_source="inferred")
                inferred.append(anchor)
        if not inferred:
            break
        known = sorted(known + inferred)
    return tuple(out)


def _head_date(article: Article, sentences: Sequence[Sentence]) -> date | None:
    """A full date written above the first sentence (a date line the segmenter set aside)."""
    first = sentences[0].span.start if sentences else min(len(article.text), 300)
    for line in article.text[:first].splitlines():
        for c in _candidates(line):
            if c.kind == "day" and c.year is not None and c.month and c.day:
                return date(c.year, c.month, c.day)
    return None


# A date the body reports as past that lies this many days beyond every date the set knows is
# more likely misread (an event ahead, a year guessed wrong) than the day of writing.
_FAR_BEYOND_SET = 31


def _anchor(found: _Found, *, known: Sequence[date], year: int | None, order: str) -> date | None:
    """The inferred publication date of one article, or None when nothing supports one."""
    ref = known[-1] if known else None
    dateline, past = _explicit_dates(found, ref=ref, year=year, order=order)
    if dateline is not None:
        return dateline
    if ref is None:
        return past[-1] if past else None
    near = [d for d in past if (d - ref).days <= _FAR_BEYOND_SET]
    if not near:
        return ref
    # It cannot predate what it reports; the set's nearest date on or after that is likeliest.
    latest = near[-1]
    after = [d for d in known if d >= latest]
    return after[0] if after else latest


# ---------------------------------------------------------------- grouping


def _person_lexicon(texts: Sequence[str]) -> dict[str, str]:
    """Each person's surname as written alone ("Reyes", "Li") → the full name ("Ana Reyes")."""
    fulls: list[str] = []
    # A text seen before can add no new name (outlets repeat sentences): read each once.
    for text in dict.fromkeys(texts):
        runs = list(_NAME_RUN.finditer(text))
        if not runs:
            continue  # no name here: the counts below need not be taken
        caps = len(_CAP_WORD.findall(text))
        if caps >= 3 and _headline(text, caps):
            continue  # a title-case headline or heading: every word looks like a name
        for m in runs:
            tokens = m.group().split()
            tail: list[str] = []
            for tok in reversed(tokens):
                if tok in _TITLES or tok in _NOT_PERSON or tok.lower() in MONTHS:
                    break
                if tok.rstrip(".").lower() in _WEEKDAYS or tok.endswith("."):
                    break
                tail.insert(0, tok)
            if (
                len(tail) == len(tokens)
                and m.start() > 0
                and text[m.start() - 2 : m.start()]
                in (
                    "’s",
                    "'s",
                )
            ):
                continue
            if not 2 <= len(tail) <= 3 or any(t.isupper() or t[-2:] in ("’s", "'s") for t in tail):
                continue
            full = " ".join(tail)
            if full not in fulls:
                fulls.append(full)
    lexicon: dict[str, str] = {}
    if not fulls:
        return lexicon
    joined = "\n".join(texts)
    for full in sorted(fulls):
        first, last = full.split()[0], full.split()[-1]
        # East Asian order: "Li Wenhua" is later "Li", never "Wenhua".
        key = last
        rest = joined.replace(full, "")
        if not _alone(last, rest) and _alone(first, rest):
            key = first
        lexicon.setdefault(key, full)
    return lexicon


_PLAIN_WORD = rx.compile(r"\b[a-z]+\b")


def _headline(text: str, caps: int) -> bool:
    """Whether `text`, with `caps` capitalised words, has fewer than half as many plain ones:
    `caps > 2 * len(_PLAIN_WORD.findall(text))`."""
    # Counting stops at the first plain word that makes the answer no: in running text that is
    # a few words in, not the sentence's end.
    enough = (caps + 1) // 2  # the fewest plain words with caps <= 2 * plain
    return sum(1 for _ in islice(_PLAIN_WORD.finditer(text), enough)) < enough


def _alone(word: str, text: str) -> bool:
    """Whether `word` occurs in `text` without a capitalised word after it."""
    for at in rx.word_starts(text, word):
        end = at + len(word)
        rest = text[end:].lstrip()
        if not (len(rest) < len(text) - end and rest[:1].isascii() and rest[:1].isupper()):
            return True
    return False


def _people_in(text: str, lexicon: Mapping[str, str]) -> list[str]:
    """Person names mentioned in `text`, in order of first appearance."""
    out: list[str] = []
    for m in _CAP_WORD.finditer(text):
        full = lexicon.get(m.group())
        if full is not None and full not in out:
            out.append(full)
    return out


def _by_key(sentences: Mapping[str, Sequence[Sentence]]) -> dict[tuple[str, int], Sentence]:
    """(article, sentence index) -> the sentence (the first, should an index repeat)."""
    out: dict[tuple[str, int], Sentence] = {}
    for article, sents in sentences.items():
        for s in sents:
            out.setdefault((article, s.index), s)
    return out


def _participants(
    m: DateMention, by_key: Mapping[tuple[str, int], Sentence], lexicon: Mapping[str, str]
) -> tuple[str, ...]:
    """Who takes part in the dated event: names in its clause, else its sentence, else the last."""
    sent = by_key.get((m.article, m.sentence))
    if sent is None or not lexicon:
        return ()  # with no known person, no clause or sentence can name one
    start, end = m.span.start - sent.span.start, m.span.end - sent.span.start
    ev = _event(sent.text, start, end)
    lo, hi = start, end
    if ev is not None:
        lo, hi = min(lo, ev.start), max(hi, ev.end)
    cut_lo = max((x.end() for x in rx.finditer(r"[,;:—–]", sent.text[:lo])), default=0)
    tail = rx.search(r"[,;:—–]", sent.text[hi:])
    cut_hi = hi + tail.start() if tail else len(sent.text)
    people = _people_in(sent.text[cut_lo:cut_hi], lexicon)
    if not people:
        people = _people_in(sent.text, lexicon)
    if not people:
        prev = by_key.get((m.article, m.sentence - 1))
        if prev is not None:
            people = _people_in(prev.text, lexicon)
    return tuple(people)


def _interval(m: DateMention) -> tuple[date, date] | None:
    """The first and last day a resolved mention can stand for."""
    value = m.resolved
    if value is None:
        return None
    try:
        if _ISO_DAY.fullmatch(value):
            lo = hi = date.fromisoformat(value)
        elif _ISO_WEEK.fullmatch(value):
            lo = date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            hi = lo + timedelta(days=6)
        elif _ISO_MONTH.fullmatch(value):
            lo = date(int(value[:4]), int(value[5:]), 1)
            y, mo = _shift_month(lo.year, lo.month, 1)
            hi = date(y, mo, 1) - timedelta(days=1)
        elif _ISO_YEAR.fullmatch(value):
            lo, hi = date(int(value), 1, 1), date(int(value), 12, 31)
        else:
            return None
        if m.not_after:
            limit = date.fromisoformat(m.not_after)
            hi = limit if lo == hi or limit < hi else hi
            hi = max(hi, lo)
    except ValueError:
        return None
    return lo, hi


def _conflict(
    mentions: Sequence[DateMention],
    intervals: Sequence[tuple[date, date] | None] | None = None,
) -> bool:
    """Whether two articles' mentions cannot be the same day (disjoint day ranges).

    `intervals`, if given, holds each mention's `_interval` (worked out once by the caller).
    A guessed mention (see `DateMention.guessed`) gives no day to compare: only its weekday,
    when one is written, against another article's day that is not guessed ("on Tuesday" is
    no January 17, 2024, a Wednesday, whichever week it is in); and a quoted "this year"
    against another outlet's quoted "next year".
    """
    if len(mentions) < 2 or len({m.article for m in mentions}) < 2:
        return False  # every test below sets one article against another
    # Two articles' ranges are disjoint when one ends before the other starts: it is enough to
    # hold the two articles whose ranges end earliest against the two that start latest.
    ends: dict[str, date] = {}
    starts: dict[str, date] = {}
    # weekdays each article's guessed weekday names allow, and its firm days cover
    guessed: dict[str, frozenset[int]] = {}
    firm: dict[str, frozenset[int]] = {}
    # quoted relative words, (unit, step) → articles: one remark quoted as "this year" by one
    # outlet and "next year" by another says two things, whatever day each counts from
    steps: dict[tuple[str, int], set[str]] = {}
    for k, m in enumerate(mentions):
        step = _step(m.text) if m.guessed == "quoted" else None
        if step is not None:
            steps.setdefault(step, set()).add(m.article)
        iv = None if m.ambiguous else (_interval(m) if intervals is None else intervals[k])
        if iv is None:
            continue
        lo, hi = iv
        days = _weekdays_of(lo, hi)
        if m.guessed:
            if _WD_NAME.search(m.text) is not None:
                guessed[m.article] = guessed.get(m.article, days) & days
            continue
        ends[m.article] = min(hi, ends.get(m.article, hi))
        starts[m.article] = max(lo, starts.get(m.article, lo))
        firm[m.article] = firm.get(m.article, days) & days
    first = sorted((hi, a) for a, hi in ends.items())[:2]
    last = sorted(((lo, a) for a, lo in starts.items()), reverse=True)[:2]
    if any(hi < lo for hi, a in first for lo, b in last if a != b):
        return True
    for (unit, by), articles in steps.items():
        for (unit2, by2), others in steps.items():
            if unit == unit2 and by != by2 and others - articles:
                return True
    if not guessed or not firm:
        return False
    # at most 127 distinct weekday sets on each side, whatever the number of articles (an
    # empty one is an article at odds with itself, not with another)
    by_guess = _articles_by_set(guessed)
    by_firm = _articles_by_set(firm)
    return any(
        not set(g) & set(f) and (len(a) > 1 or len(b) > 1 or a != b)
        for g, a in by_guess.items()
        for f, b in by_firm.items()
    )


def _articles_by_set(sets: Mapping[str, frozenset[int]]) -> dict[tuple[int, ...], set[str]]:
    """Each distinct non-empty weekday set (sorted) → the articles holding it."""
    out: dict[tuple[int, ...], set[str]] = {}
    for article, days in sorted(sets.items()):
        if days:
            out.setdefault(tuple(sorted(days)), set()).add(article)
    return out


def _step(text: str) -> tuple[str, int] | None:
    """A relative expression as (unit, step): "next year" ("year", 1), "yesterday" ("day",
    -1); None for one of another kind ("on Tuesday", "two days ago")."""
    period = _PERIOD.search(text)
    if period is not None:
        return period["unit"], _YEAR_STEP.get(period["mod"].lower(), 0)
    day = _REL_DAY.search(text)
    if day is not None:
        return "day", {"yesterday": -1, "tomorrow": 1}.get(day["w"].lower(), 0)
    return None


def _weekdays_of(lo: date, hi: date) -> frozenset[int]:
    """The weekdays (Monday 0) the days from `lo` to `hi` cover."""
    span = (hi - lo).days
    if span >= 6:
        return frozenset(range(7))
    return frozenset((lo.weekday() + k) % 7 for k in range(span + 1))


def _consistent(
    a: Mapping[str, Sequence[tuple[date, date]]], b: Mapping[str, Sequence[tuple[date, date]]]
) -> bool:
    """Whether no article's day ranges in `a` are disjoint from its day ranges in `b`."""
    if len(a) > len(b):
        a, b = b, a  # the same test either way round: walk the group with fewer articles
    for article, ivs in a.items():
        for lo, hi in ivs:
            for lo2, hi2 in b.get(article, ()):
                if hi < lo2 or hi2 < lo:
                    return False
    return True


def _choosable(
    entries: Sequence[int],
    find: Callable[[int], int],
    items: Sequence[DateMention],
    people: Sequence[frozenset[str]],
) -> list[int]:
    """The entries (ascending) step 2 of `group` can still choose: of each set of mentions
    alike to it (one group, the same participants) the first, and the first of another article.

    Step 2 takes the lowest-numbered mention among those sharing the most participants that
    is neither in the new mention's article nor in its group; within a group, mentions with one
    participant set differ only by article, so one of those two is always the one it would
    take. Groups only ever merge, so what is dropped now is never needed later either.
    """
    first: dict[tuple[int, frozenset[str]], str] = {}
    second: set[tuple[int, frozenset[str]]] = set()
    out: list[int] = []
    for i in entries:
        alike = (find(i), people[i])
        article = first.get(alike)
        if article is None:
            first[alike] = items[i].article
            out.append(i)
        elif alike not in second and items[i].article != article:
            second.add(alike)
            out.append(i)
    return out


def _reference(m: DateMention, by_key: Mapping[tuple[str, int], Sentence]) -> bool:
    """Whether the mention is a point of reference: introduced by "after", "before", "since",
    "following", "until" or "ahead of", it dates something other than the sentence's event."""
    s = by_key.get((m.article, m.sentence))
    if s is None:
        return False
    return _prev_word(s.text, m.span.start - s.span.start) in _REFERENCE


def _loose_families(
    items: Sequence[DateMention],
    families: Sequence[str | None],
    intervals: Sequence[tuple[date, date] | None],
) -> frozenset[str]:
    """The event families some article itself dates to days that cannot meet ("the storm"
    strengthened on Wednesday and came ashore on Thursday): in this story such a word names
    more than one event, so sharing it shows no two outlets dated one event differently."""
    spans: dict[tuple[str, str], tuple[date, date]] = {}
    loose: set[str] = set()
    for m, fam, iv in zip(items, families, intervals, strict=True):
        if fam is None or iv is None or m.dateline or fam in loose:
            continue
        key = (m.article, fam)
        seen = spans.get(key)
        if seen is None:
            spans[key] = iv
        elif iv[1] < seen[0] or seen[1] < iv[0]:
            loose.add(fam)
        else:
            spans[key] = (max(seen[0], iv[0]), min(seen[1], iv[1]))
    return frozenset(loose)


def _nearest_mention(
    i: int, others: Sequence[int], intervals: Sequence[tuple[date, date] | None]
) -> int | None:
    """Of `others`, the one mention whose days are nearest mention `i`'s, or None on a tie."""
    mine = intervals[i]
    if mine is None:
        return None
    scored: list[tuple[int, int]] = []
    for k in others:
        iv = intervals[k]
        if iv is not None:
            scored.append((max(0, (iv[0] - mine[1]).days, (mine[0] - iv[1]).days), k))
    scored.sort()
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1]


def _compatible(p: frozenset[str], q: frozenset[str]) -> bool:
    """Participants agree when one set holds the other (A–B is not A–C)."""
    return not p or not q or p <= q or q <= p


def group(
    mentions: Sequence[DateMention],
    *,
    statements: Sequence[Statement],
    sentences: Mapping[str, Sequence[Sentence]],
    config: DateConfig,
) -> tuple[DateGroup, ...]:
    """Mentions grouped by the event they date, across articles, with conflicts flagged."""
    items = list(mentions)
    if not items:
        return ()
    lexicon = _person_lexicon([s.text for sents in sentences.values() for s in sents])
    families = [_EVENT_WORDS.get(m.event) if m.event else None for m in items]
    by_key = _by_key(sentences)
    people = [
        frozenset(_participants(m, by_key, lexicon)) if not m.dateline else frozenset()
        for m in items
    ]
    parent = list(range(len(items)))
    # What try_union asks of a group (its event families, participants and each article's day
    # ranges), kept per root and merged on union: recomputing it from the members at every
    # union is quadratic in the size of a story.
    group_families = [{f} if f else set() for f in families]
    group_people = list(people)
    group_days: list[dict[str, list[tuple[date, date]]]] = []
    # each group's latest first day and earliest last day: where its days can still meet
    group_span: list[tuple[date, date] | None] = []
    # whether each group's mentions look forward, back, or both ways from their reports
    group_tenses = [{m.future} for m in items]
    # whether a group holds a point of reference ("after Black Friday", "since Christmas"):
    # asked only when two groups' days disagree, so a mention is tested when first asked for,
    # not up front. A group's answer is True once a member was found to be one; its pending
    # members are those not tested yet (merged on union like its days).
    group_refs = [False] * len(items)
    group_pending = [[k] for k in range(len(items))]

    def has_reference(r: int) -> bool:
        pending = group_pending[r]
        while pending and not group_refs[r]:
            group_refs[r] = _reference(items[pending.pop()], by_key)
        return group_refs[r]

    intervals = [_interval(m) for m in items]
    for m, iv in zip(items, intervals, strict=True):
        group_days.append({m.article: [iv]} if iv is not None else {})
        # a quoted relative day counts from the speaker's day, unknown here: it says nothing
        # of whether two outlets date one event alike (within one article, all its days count
        # from one anchor and still tell its events apart)
        group_span.append(None if m.guessed == "quoted" else iv)

    def _same_text(i: int, j: int) -> bool:
        return items[i].text.casefold() == items[j].text.casefold()

    def _same_day(i: int, j: int) -> bool:
        return items[i].resolved == items[j].resolved

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def try_union(i: int, j: int, *, need_people: bool, agree: bool = False) -> bool:
        ri, rj = find(i), find(j)
        if ri == rj:
            return True
        fam = group_families[ri] | group_families[rj]
        if len(fam) > 1:
            return False
        pi, pj = group_people[ri], group_people[rj]
        if need_people and not (pi & pj):
            return False
        if not _compatible(pi, pj):
            return False
        # each group is self-consistent already: only days across the two can contradict
        if not _consistent(group_days[ri], group_days[rj]):
            return False
        si, sj = group_span[ri], group_span[rj]
        both = None if si is None or sj is None else (max(si[0], sj[0]), min(si[1], sj[1]))
        if group_families[ri] != group_families[rj] and both is not None and both[0] > both[1]:
            # one dates a named event and the other names none: nothing says they are one
            # event, so they are kept apart rather than shown as a conflict
            return False
        if agree and both is not None and both[0] > both[1]:
            # an event word and a name in common are weak evidence ("the storm" is every
            # sentence of a storm story): they join mentions that agree, never ones that clash
            return False
        if both is not None and (both[0] - both[1]).days > config.max_gap_days:
            return False  # two occurrences (the 2017 and the 2022 election), not one event
        apart = both is not None and both[0] > both[1]
        if apart and (has_reference(ri) or has_reference(rj)):
            # "as shoppers crowded in after Black Friday": the date other things are measured
            # from, not the date of the event the sentence reports
            return False
        tenses = group_tenses[ri] | group_tenses[rj]
        if apart and len(tenses) > 1 and len(group_tenses[ri]) == 1 == len(group_tenses[rj]):
            # what one says was done and what the other says will be done, on different days:
            # two steps of a story ("set out the rules this afternoon", "a leader will be
            # chosen by October 28"), not one event dated two ways
            return False
        root, other = min(ri, rj), max(ri, rj)
        parent[other] = root
        group_families[root] = fam
        group_people[root] = pi | pj
        group_span[root] = both if both is not None else (si or sj)
        group_tenses[root] = tenses
        group_refs[root] = group_refs[ri] or group_refs[rj]
        waiting, more = group_pending[root], group_pending[other]
        if len(waiting) < len(more):
            waiting, more = more, waiting
        waiting.extend(more)
        group_pending[root] = [] if group_refs[root] else waiting
        # The other root's lists are never read again: merge the smaller into the larger in
        # place, so a mention joining a group of a thousand costs one step, not a thousand.
        days, few = group_days[root], group_days[other]
        if len(days) < len(few):
            days, few = few, days
        for article, ivs in few.items():
            days.setdefault(article, []).extend(ivs)
        group_days[root] = days
        return True

    # 1. Aligned statements: the same sentence in two outlets dates the same event. Every pair
    # of a statement's articles is tried while it has few; past `exhaustive` articles, each
    # article is tried against the first `representatives` only (bounded work per article).
    where: dict[tuple[str, int], list[int]] = {}
    for k, m in enumerate(items):
        if not m.dateline and m.resolved is not None:
            where.setdefault((m.article, m.sentence), []).append(k)
    for st in statements:
        per_article = [where.get((mb.article, mb.sentence), []) for mb in st.members]
        per_article = [ks for ks in per_article if ks]
        lead = len(per_article)
        if lead > config.exhaustive:
            lead = min(lead, max(1, config.representatives))
        for x in range(lead):
            left = per_article[x]
            # the left mention's group, found again only after a union may have moved it
            left_root = find(left[0])
            for y in range(x + 1, len(per_article)):
                right = per_article[y]
                if items[left[0]].article == items[right[0]].article:
                    continue
                if len(left) == 1 and len(right) == 1:
                    if left_root != find(right[0]):  # else already one group: no change
                        try_union(left[0], right[0], need_people=False)
                        left_root = find(left[0])
                    continue
                for i in left:
                    same = [j for j in right if families[i] and families[j] == families[i]]
                    if len(same) > 1 or (len(same) == 1 and len(left) > 1):
                        # several of one event's mentions: pair the two nearest each other
                        # only ("intensified Wednesday ... came ashore Thursday" against
                        # "made landfall Thursday": Thursday with Thursday)
                        j = _nearest_mention(i, same, intervals)
                        if j is not None and _nearest_mention(j, left, intervals) == i:
                            try_union(i, j, need_people=False)
                        continue
                    if not same and not families[i]:
                        # no event noun: the one mention written the same way ("earlier this
                        # month" in both), else the one resolving to the same day
                        same = [j for j in right if not families[j] and _same_text(i, j)]
                        if len(same) != 1:
                            same = [j for j in right if not families[j] and _same_day(i, j)]
                    if len(same) == 1:
                        try_union(i, same[0], need_people=False)
                left_root = find(left[0])
    loose = _loose_families(items, families, intervals)
    # 2. Same event family and shared participants, across articles. Only earlier mentions of
    # the same family that share a participant can pair: they are looked up, not scanned, and
    # each look-up drops the mentions that can no longer be chosen (see _choosable).
    earlier: dict[tuple[str, str], list[int]] = {}
    for j in range(len(items)):
        fam = families[j]
        if fam is None or items[j].dateline or not people[j]:
            continue
        found: set[int] = set()
        for p in people[j]:
            kept = earlier.get((fam, p))
            if kept:
                kept = earlier[(fam, p)] = _choosable(kept, find, items, people)
                found.update(kept)
        candidates = sorted(found)
        best: tuple[int, int] | None = None
        for i in candidates:
            if find(i) == find(j) or items[i].article == items[j].article:
                continue
            shared = len(people[i] & people[j])
            if shared and _compatible(people[i], people[j]) and (best is None or shared > best[0]):
                best = (shared, i)
        if best is not None:
            try_union(best[1], j, need_people=True, agree=fam in loose)
        for p in people[j]:
            earlier.setdefault((fam, p), []).append(j)
    roots: dict[int, list[int]] = {}
    for k in range(len(items)):
        roots.setdefault(find(k), []).append(k)
    out: list[DateGroup] = []
    label_memo: dict[str, str] = {}  # shared by every group's _context_label
    label_words: dict[tuple[str, int, int], dict[str, int]] = {}
    # (roots were met in order of their first member: the groups come out in that order)
    for n, ks in enumerate(roots.values(), start=1):
        group_mentions = tuple(items[k] for k in ks)
        out.append(
            DateGroup(
                id=f"d{n}",
                event=_label([families[k] for k in ks], group_mentions, [people[k] for k in ks])
                or _context_label(group_mentions, by_key, label_memo, label_words),
                mentions=group_mentions,
                conflict=_conflict(group_mentions, [intervals[k] for k in ks]),
                participants=tuple(sorted(frozenset().union(*(people[k] for k in ks)))),
            )
        )
    return tuple(out)


def _label(
    families: Sequence[str | None],
    mentions: Sequence[DateMention],
    people: Sequence[frozenset[str]],
) -> str | None:
    """A short event label: the event noun, with participants' surnames when known."""
    nouns = [m.event for m in mentions if m.event]
    fams = [f for f in families if f]
    if not nouns:
        return None
    noun = (
        nouns[0]
        if len(set(fams)) <= 1 and len(set(nouns)) == 1
        else (fams[0] if fams else nouns[0])
    )
    names: list[str] = []
    for p in people:
        for full in sorted(p):
            if full not in names:
                names.append(full)
    if noun in _EVENT_VERBS:
        noun = _EVENT_WORDS[noun]
    return f"{noun} ({', '.join(names)})" if names else noun


# Words that never label a group: function words, time words, reporting and common verbs.
_NOT_LABEL = _wordset(
    "that this these those there their they them then than with from into onto over under",
    "about after before since until while when where which what whom whose will would could",
    "should might must have having been being were also more most some such only even just",
    "very much many other another each every both either neither here what said says told",
    "tells year years month months week weeks today yesterday tomorrow tonight morning",
    "afternoon evening night earlier later early late last next ago time times still",
    "rose fell came went took made kept gave began left held became brought found",
    "come comes came goes take takes make makes keep keeps give gives hold holds",
    "does done doing back down like well ever never always already again around",
    "amid across against among between during through within without upon onto",
)


def _label_words(
    text: str, start: int, end: int, memo: dict[str, str] | None = None
) -> dict[str, int]:
    """Content words of a sentence that could label what a date in it dates, each with its
    distance in words from the expression at text[start:end].

    `memo` (word → its label form, "" for none) may be shared across calls: a story's
    sentences repeat the same words, each worth testing once.
    """
    seen: dict[str, str] = {} if memo is None else memo
    out: dict[str, int] = {}
    before = _LABEL_WORD.findall(text[:start])
    after = _LABEL_WORD.findall(text[end:])
    for side in (before[::-1], after):  # nearest first on each side
        lows: list[str | None] = [*map(seen.get, side)]
        if None in lows:
            for k, word in enumerate(side):
                if lows[k] is None:
                    seen[word] = lows[k] = _label_form(word)
        for dist, low in enumerate(lows):
            if low:
                near = out.get(low)
                if near is None or dist < near:
                    out[low] = dist
    return out


def _label_form(word: str) -> str:
    """`word` lower-cased if it could label a date's event, else ""."""
    low = word.lower()
    if (
        len(low) < 4
        or not word.islower()
        or low in _NOT_LABEL
        or low.endswith(("ly", "ed", "’s", "'s"))
        or low in MONTHS
        or low in _WEEKDAYS
    ):
        return ""  # a label has four letters or more: "" cannot be one
    return low


def _context_label(
    mentions: Sequence[DateMention],
    by_key: Mapping[tuple[str, int], Sentence],
    memo: dict[str, str] | None = None,
    seen_words: dict[tuple[str, int, int], dict[str, int]] | None = None,
) -> str | None:
    """For a group no event noun names, the word its articles' sentences share nearest the
    date ("search" for "a desperate search on Wednesday" in two outlets); None when the
    articles share no such word (one article alone has nothing to compare it with)."""
    if len(mentions) < 2 or len({m.article for m in mentions}) < 2:
        return None  # no word can be shared by two articles
    seen: dict[str, set[str]] = {}
    near: dict[str, int] = {}
    for m in mentions:
        sent = by_key.get((m.article, m.sentence))
        if sent is None:
            continue
        start, end = m.span.start - sent.span.start, m.span.end - sent.span.start
        # outlets repeat sentences: one text and place give one set of words (`seen_words`)
        key = (sent.text, start, end)
        found = seen_words.get(key) if seen_words is not None else None
        if found is None:
            found = _label_words(sent.text, start, end, memo)
            if seen_words is not None:
                seen_words[key] = found
        article = m.article
        for word, dist in found.items():
            arts = seen.get(word)
            if arts is None:  # (setdefault would build a set for every word seen again)
                seen[word] = {article}
                near[word] = dist
            else:
                arts.add(article)
                near[word] += dist
    shared = [w for w, arts in seen.items() if len(arts) > 1]
    if not shared:
        return None
    return min(shared, key=lambda w: (-len(seen[w]), near[w] / len(seen[w]), w))
