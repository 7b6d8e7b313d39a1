"""Who an article credits for what it reports: attributions, sourcing profiles and differences.

`extract` finds attribution cues in each sentence ("according to X", "X said",
"X told reporters", "citing X", "a report by X", "a X report", "echoed by X and Y",
"X cited by Y", "X quoted Y as saying", "X estimates that", "in the words of X", bare
"reports", "reportedly", "X toured the site and said") and reads the source phrase next to
the cue. The outlet a speaker
talked to ("X told The Daily Ledger", "in an interview with CNN") is credited as the relay
of what X said, unless the article is that outlet's own (its outlet or dateline says so).
Sources are classed as outlet, person, official, organisation, anonymous ("sources familiar
with the matter", "officials who requested anonymity", "a source") or unspecified
("reports", "analysts"). Names are
resolved within the article: abbreviations the article defines ("The Wall Street
Journal (WSJ)"), initials of a name it mentions ("WSJ"), a name's last word ("the
Journal"), surnames ("Reyes" → "Ana Reyes"; not for a relative named with the relation,
"his wife Li Na"), and anaphors ("the newspaper", "he", "the people") to the latest matching
source; a sentence that opens with "he" or "she" passes that person on to the next one.
Relays keep the outlet that cites a source in `via`; hedges ("reportedly", "allegedly",
"claimed") attach to every attribution of their sentence.

Documents (memo, statement, filing, court papers, data, ...) are credited to whoever
issued them when the text says so ("a memo sent to staff by CEO X", "the company's
filing", "a Pentagon memo", "X said in a memo", after which "the memo" is X's), and
are kept as unspecified sources otherwise; `Attribution.document` names the document,
and "a memo seen by Reuters" is relayed by Reuters. "citing" and "according to" also
introduce reasons ("citing rising costs", "according to plan"): after them a phrase
counts as a source only when it is capitalised or its head noun is a source noun
(a person or group, an organisation, an outlet or a document). The short word lists
below (`_DOCUMENT_HEADS`, `_PEOPLE_HEADS` with agent suffixes, `_NOT_PEOPLE`) exist
for that decision; none of them names a story, an outlet or a person.

Hand-written with `re` rather than an NLP library: spaCy or Stanza would cost far
more to import and run than the whole comparison, and attribution cues in news
copy are a small closed set. The only fixed list of names is `_WELL_KNOWN`: wire
services and outlets that articles cite by bare abbreviation without ever defining
it ("AFP", "AP", "WSJ"); it expands those and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import NamedTuple

from newsdiff import rx
from newsdiff.config import AttributionConfig
from newsdiff.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from newsdiff.model import (
    Article,
    Attribution,
    Member,
    QuoteGroup,
    Sentence,
    SourcingDifference,
    SourcingProfile,
    Span,
    Statement,
)
from newsdiff.normalize import display, ignorecase_lower, match_form

# Wire services and outlets cited by abbreviation or short name without definition.
_WELL_KNOWN = {
    "ap": "The Associated Press",
    "associated press": "The Associated Press",
    "the associated press": "The Associated Press",
    "afp": "Agence France-Presse",
    "agence france-presse": "Agence France-Presse",
    "reuters": "Reuters",
    "bloomberg": "Bloomberg",
    "wsj": "The Wall Street Journal",
    "wall street journal": "The Wall Street Journal",
    "nyt": "The New York Times",
    "new york times": "The New York Times",
    "ft": "Financial Times",
    "washington post": "The Washington Post",
    "bbc": "BBC",
    "cnn": "CNN",
    "nhk": "NHK",
    "kyodo": "Kyodo News",
    "kyodo news": "Kyodo News",
    "xinhua": "Xinhua",
    "yonhap": "Yonhap",
    "tass": "TASS",
    "dpa": "Deutsche Presse-Agentur",
    "ansa": "ANSA",
    "efe": "EFE",
    "pti": "Press Trust of India",
}
# Last words that make a capitalised name an outlet ("Kyodo News", "The Sunday Telegraph").
_OUTLET_WORDS = frozenset(
    [
        "journal",
        "times",
        "post",
        "news",
        "daily",
        "herald",
        "tribune",
        "telegraph",
        "guardian",
        "gazette",
        "press",
        "broadcasting",
        "television",
        "tv",
        "radio",
        "network",
        "magazine",
        "chronicle",
        "observer",
        "mail",
        "express",
        "mirror",
        "economist",
        "independent",
        "standard",
        "monitor",
        "courier",
        "record",
        "review",
        "wire",
        "report",  # a named newsletter or publication: "the Harbor Freight Report"
    ]
)
# Words that make a capitalised name an organisation ("National Police Agency").
_ORG_WORDS = frozenset(
    [
        "ministry",
        "agency",
        "office",
        "house",
        "department",
        "council",
        "committee",
        "party",
        "bank",
        "commission",
        "university",
        "police",
        "court",
        "government",
        "army",
        "navy",
        "embassy",
        "company",
        "group",
        "inc",
        "corp",
        "ltd",
        "association",
        "institute",
        "foundation",
        "union",
        "fund",
        "organization",
        "organisation",
        "authority",
        "service",
        "bureau",
        "administration",
        "parliament",
        "senate",
        "congress",
        "cabinet",
        "secretariat",
        "military",
        "forces",
        "command",
        "survey",
        "centre",
        "center",
        "hospital",
        "board",
        "assembly",
        "federation",
        "fed",  # "the Dallas Fed": a regional central bank, not a person
        "guard",  # "the Coast Guard", "the National Guard"
        "corporation",
    ]
)
# Last words of a place's name, which are never a person's surname in news copy ("Key
# Bridge", "Main Street", "Heathrow Airport"). Not "Park", "Hill", "Lane" or "Ford".
_PLACE_WORDS = frozenset(
    [
        "bridge",
        "street",
        "avenue",
        "road",
        "boulevard",
        "highway",
        "tunnel",
        "airport",
        "station",
        "square",
        "river",
        "lake",
        "bay",
        "island",
        "islands",
        "mountain",
        "mountains",
        "valley",
        "county",
        "city",
        "province",
        "district",
        "harbor",
        "harbour",
        "stadium",
        "arena",
        "tower",
        "building",
        "cathedral",
        "church",
        "mosque",
        "temple",
        "palace",
        "canal",
        "ocean",
        "sea",
    ]
)
# Last words of an event's name, never a person's surname ("the Berlin Marathon", "the World
# Athletics Championships", "the BRICS Summit").
_EVENT_WORDS = frozenset(
    [
        "marathon",
        "championship",
        "championships",
        "games",
        "olympics",
        "paralympics",
        "cup",
        "prix",
        "festival",
        "tournament",
        "summit",
        "derby",
        "bowl",
        "expo",
        "awards",
        "trophy",
    ]
)
# Title words dropped from a person's name ("US President Ana Reyes" → "Ana Reyes").
_TITLES = frozenset(
    [
        "president",
        "pm",  # "PM Ana Reyes": a prime minister
        "prime",
        "minister",
        "secretary",
        "chief",
        "cabinet",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "professor",
        "prof",
        "dr",
        "mr",
        "mrs",
        "ms",
        "miss",
        "sen",
        "rep",
        "gov",
        "mayor",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "general",
        "gen",
        "director",
        "judge",
        "justice",
        "king",
        "queen",
        "prince",
        "princess",
        "chancellor",
        "foreign",
        "defense",
        "defence",
        "deputy",
        "vice",
        "senator",
        "governor",
        "ambassador",
        "commissioner",
        "inspector",
        "officer",
        "sergeant",
        "captain",
        "colonel",
        "lieutenant",
        "pope",
        "bishop",
        "rabbi",
        "sheikh",
        "coach",
        "leader",
        "former",
        "finance",
        "interior",
        "trade",
        "economy",
        "state",
        "national",
        "lawmaker",
        "representative",
        "premier",
        "envoy",
        "analyst",
        "economist",
        "executive",
        "founder",
        "head",
        # military and police ranks ("Rear Adm. Jo Park", "Lt. Col. Ann Roe")
        "rear",
        "admiral",
        "adm",
        "commander",
        "cmdr",
        "capt",
        "col",
        "lt",
        "maj",
        "major",
        "sgt",
        "cpl",
        "corporal",
        "private",
        "marshal",
        "superintendent",
        "chief",
    ]
)
_ANON_HEADS = frozenset(
    ["source", "sources", "person", "people", "insider", "insiders", "individual", "individuals"]
)
_ROLE_HEADS = frozenset(
    [
        "representative",
        "representatives",
        "official",
        "officials",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "spokespeople",
        "minister",
        "ministers",
        "secretary",
        "president",
        "leader",
        "leaders",
        "diplomat",
        "diplomats",
        "aide",
        "aides",
        "officer",
        "officers",
        "lawmaker",
        "lawmakers",
        "legislator",
        "legislators",
        "senator",
        "senators",
        "governor",
        "mayor",
        "ambassador",
        "envoy",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "executive",
        "executives",
        "director",
        "chief",
        "chairman",
        "prosecutor",
        "prosecutors",
        "investigators",
        "investigator",
        "commander",
        "negotiator",
        "negotiators",
        "staffer",
        "staffers",
    ]
)
_PLURAL_ROLES = frozenset(w for w in _ROLE_HEADS if w.endswith("s") and w != "ss")
_ORG_HEADS = frozenset(
    [
        "automaker",
        "carmaker",
        "maker",
        "manufacturer",
        "retailer",
        "lender",
        "insurer",
        "producer",
        "supplier",
        "developer",
        "publisher",
        "giant",
        "conglomerate",
        "startup",
        "chain",
        "business",
        "employer",
        "city",
        "county",
        "town",
        "municipality",
        "province",
        "state",
        "hospital",
        "school",
        "university",
        "airline",
        "carrier",
        "operator",
        "utility",
        "club",
        "team",
        "league",
        "charity",
        "organisation",
        "organization",
        "ministry",
        "government",
        "police",
        "military",
        "army",
        "navy",
        "embassy",
        "office",
        "agency",
        "company",
        "court",
        "council",
        "committee",
        "administration",
        "department",
        "firm",
        "bank",
        "group",
        "union",
        "regulator",
        "watchdog",
        "commission",
        "authorities",
        "authority",
        "prosecutors",
        "spokesperson",
        "party",
    ]
)
_GENERIC_HEADS = frozenset(
    [
        "report",
        "reports",
        "analysts",
        "analyst",
        "experts",
        "expert",
        "observers",
        "critics",
        "commentators",
        "witnesses",
        "residents",
        "media",
        "rumours",
        "rumors",
        "claims",
        "studies",
        "study",
        "research",
        "data",
        "survey",
        "polls",
        "poll",
        "estimates",
        "figures",
        "statistics",
        "agencies",
        "outlets",
        "newspapers",
        "documents",
    ]
)
_OUTLET_ANAPHORS = frozenset(
    [
        "newspaper",
        "paper",
        "daily",
        "publication",
        "outlet",
        "broadcaster",
        "agency",
        "network",
        "magazine",
        "journal",
        "tabloid",
        "channel",
        "website",
        "wire",
        "report",
    ]
)
# Head nouns of documents a report can be credited to ("according to the memo", "citing court
# papers"). "citing" and "according to" also introduce reasons and circumstances ("citing rising
# costs", "according to plan"), so after those cues a lower-case phrase counts as a source only
# when its head is a document, a person or group noun, or one of the lexicons above.
_DOCUMENT_HEADS = frozenset(
    [
        "memo",
        "memos",
        "memorandum",
        "email",
        "emails",
        "e-mail",
        "letter",
        "letters",
        "note",
        "statement",
        "statements",
        "release",
        "filing",
        "filings",
        "document",
        "documents",
        "papers",
        "records",
        "transcript",
        "transcripts",
        "readout",
        "draft",
        "notice",
        "complaint",
        "lawsuit",
        "indictment",
        "affidavit",
        "warrant",
        "testimony",
        "post",
        "tweet",
        "announcement",
        "bulletin",
        "communique",
        "communiqué",
        "minutes",
        "website",
        "data",
        "figures",
        "statistics",
        "estimates",
        "tally",
        "count",
        "census",
        "results",
        "survey",
        "poll",
        "study",
        "report",
        "reports",
        "analysis",
        "assessment",
        "forecast",
        "projections",
        "findings",
        "story",
        "article",
    ]
)
_DOCUMENT_HEADS |= frozenset(w + "s" for w in _DOCUMENT_HEADS if not w.endswith("s"))
# What outlets publish: "the report said", "the story said" stand for the latest outlet.
_NEWS_ITEMS = frozenset(["report", "reports", "story", "article"])
# People and groups who are credited by description ("according to doctors", "citing lawyers").
# Agent suffixes (-ist, -ian, plural -ers/-ors) catch most others; `_NOT_PEOPLE` lists the
# common words with those endings that name things, reasons or circumstances instead.
_PEOPLE_HEADS = frozenset(
    [
        "doctor",
        "doctors",
        "lawyer",
        "lawyers",
        "attorney",
        "attorneys",
        "worker",
        "workers",
        "employee",
        "employees",
        "staff",
        "teacher",
        "teachers",
        "student",
        "students",
        "parent",
        "parents",
        "relative",
        "relatives",
        "neighbour",
        "neighbours",
        "neighbor",
        "neighbors",
        "survivor",
        "survivors",
        "victim",
        "victims",
        "family",
        "families",
        "resident",
        "residents",
        "witness",
        "witnesses",
        "medic",
        "medics",
        "nurse",
        "nurses",
        "physician",
        "physicians",
        "colleague",
        "colleagues",
        "friend",
        "friends",
        "fan",
        "fans",
        "user",
        "users",
        "customer",
        "customers",
        "passenger",
        "passengers",
        "local",
        "locals",
        "villager",
        "villagers",
        "farmer",
        "farmers",
        "owner",
        "owners",
        "manager",
        "managers",
        "member",
        "members",
        "delegate",
        "delegates",
        "observer",
        "observers",
        "monitor",
        "monitors",
        "inspector",
        "inspectors",
        "auditor",
        "auditors",
        "campaigner",
        "campaigners",
        "critic",
        "critics",
        "supporter",
        "supporters",
        "opponent",
        "opponents",
        "rival",
        "rivals",
        "ally",
        "allies",
        "partner",
        "partners",
        "shareholder",
        "shareholders",
        "creditor",
        "creditors",
        "investor",
        "investors",
        "rebel",
        "rebels",
        "militant",
        "militants",
        "troops",
        "soldier",
        "soldiers",
        "commander",
        "commanders",
        "organiser",
        "organisers",
        "organizer",
        "organizers",
        "rescuer",
        "rescuers",
        "firefighter",
        "firefighters",
        "paramedic",
        "paramedics",
        "researcher",
        "researchers",
        "scientist",
        "scientists",
        "economist",
        "economists",
        "expert",
        "experts",
        "insider",
        "insiders",
        "others",
        "participant",
        "participants",
        "respondent",
        "respondents",
        "defendant",
        "defendants",
        "plaintiff",
        "plaintiffs",
        "prosecutor",
        "prosecutors",
        "judge",
        "judges",
        "spokesperson",
        "counsel",
    ]
)
_NOT_PEOPLE = frozenset(
    [
        "numbers",
        "orders",
        "matters",
        "powers",
        "borders",
        "barriers",
        "waters",
        "dangers",
        "factors",
        "sectors",
        "errors",
        "layers",
        "quarters",
        "offers",
        "answers",
        "centers",
        "centres",
        "letters",
        "papers",
        "chapters",
        "careers",
        "shelters",
        "transfers",
        "disorders",
        "corners",
        "filters",
        "registers",
        "clusters",
        "computers",
        "newspapers",
    ]
)
# Participles that join a document to its issuer ("a memo sent to staff by ..."), and those
# that join it to an outlet that has seen it, which relays it ("a memo seen by Reuters").
_ISSUED = (
    r"sent|issued|released|written|signed|published|filed|posted|circulated|distributed"
    r"|addressed|prepared|submitted|delivered|drafted|presented|shared|compiled|commissioned"
    r"|conducted|authored|carried\s+out|put\s+out|made\s+public"
)
# Abbreviations whose full stop is not the sentence's ("Corp.", "Inc.").
_ABBREVIATIONS = frozenset(
    [
        "corp",
        "inc",
        "ltd",
        "co",
        "jr",
        "sr",
        "bros",
        "st",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "col",
        "sgt",
        "lt",
        "no",
    ]
)
# Words in -ing that are nouns inside a source phrase, not a participle ending it.
_ING_NOUNS = frozenset(["king", "filing", "filings", "briefing", "briefings", "reporting"])
_POSSESSIVES = frozenset(
    ["the", "these", "those", "this", "that", "its", "his", "her", "their", "our", "your", "such"]
)
_QUANTIFIERS = frozenset(
    [
        "a",
        "an",
        "the",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "both",
        "all",
        "each",
        "none",
        "most",
        "some",
        "many",
        "several",
        "few",
        "first",
        "second",
        "third",
        "another",
    ]
)
_TIME_WORDS = frozenset(
    [
        *WEEKDAY_NAMES,
        "today",
        "yesterday",
        "tonight",
        "earlier",
        "later",
        "last",
        "this",
        "on",
        "in",
        "at",
        *MONTH_NAMES,
    ]
)
_RIGHT_CUES = frozenset(["according to", "citing", "per"])
# Heads that make a capitalised phrase after "according to" an outlet ("NHK public television").
_BROADCAST_WORDS = frozenset(
    ["media", "radio", "television", "tv", "broadcaster", "channel", "agency"]
)
_SEEN = frozenset(["seen", "obtained", "reviewed", "viewed"])
_ISSUED_BY = rx.compile(rf"(?:{_ISSUED})\b[^,;.]{{0,60}}?\s+by\s+", re.IGNORECASE)
_AGENT_SUFFIX = rx.compile(r"\w{3,}(?:ists?|ians?|ers|ors)$")
_ANON_MARKERS = rx.compile(
    r"\b(?:unnamed|anonymous|anonymity|unidentified|familiar with|close to|briefed on"
    r"|with knowledge of|knowledgeable about|privy to|not authori[sz]ed|declined to be|involved in"
    r"|asked not to be|requested not to be|did not want to be|on background|insiders?)\b",
    re.IGNORECASE,
)
_INDEFINITE = frozenset(
    [
        "a",
        "an",
        "one",
        "another",
        "two",
        "three",
        "four",
        "several",
        "some",
        "many",
        "other",
        "senior",
        "unnamed",
    ]
)
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those"])
_LEXICON = (
    _ANON_HEADS
    | _ROLE_HEADS
    | _ORG_HEADS
    | _GENERIC_HEADS
    | _DETERMINERS
    | _INDEFINITE
    | _PEOPLE_HEADS
    | _DOCUMENT_HEADS
)

_VERBS = (
    r"said|says|say|told|tells|tell|reported|reports|stated|states|added|adds|noted"
    r"|notes|note|explained|explains|claimed|claims|claim|confirmed|confirms|announced|announces"
    r"|insisted|insists|warned|warns|warn|wrote|writes|tweeted|posted|argued|argues"
    r"|acknowledged|indicated|revealed|disclosed|estimated|alleged|alleges|asserted|declared"
    r"|stressed|emphasi[sz]ed|replied|responded|commented|remarked|observed|conceded"
    r"|admitted|predicted|reiterated|maintained|denied|denies|suggested|cautioned|recalled"
    r"|testified|contended|quoted"
)
_STRONG_VERBS = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "tells",
        "tell",
        "reported",
        "reports",
        "report",
        "stated",
        "states",
        "added",
        "adds",
        "wrote",
        "writes",
    ]
)
_ORG_OR_OUTLET_WORDS = _ORG_WORDS | _OUTLET_WORDS
# The verbs that credit described people ("doctors said"); "workers posted ..." is no credit.
_PEOPLE_CUES = _STRONG_VERBS | frozenset(
    [
        "according to",
        "citing",
        "per",
        "quoted as saying",
        "issued",
        "noted",
        "warned",
        "explained",
        "estimated",
        "insisted",
        "argued",
        "stressed",
        "confirmed",
        "recalled",
        "predicted",
        "cautioned",
        "testified",
        "asked",
        "note",
        "notes",
        "warn",
        "warns",
        "argue",
        "argues",
        "claim",
        "claims",
        "claimed",
        "alleged",
        "alleges",
        "suggested",
        "acknowledged",
        "admitted",
        "observed",
        "maintained",
        "denied",
        "denies",
        "quoted",
        "estimates",
        "estimate",
        "predicts",
        "predict",
        "forecasts",
        "projects",
        "calculates",
        "reckons",
    ]
)
# The words of `_VERB`, for `_find`'s cheap first look (see `_verb_matches`).
_VERB_WORDS = frozenset(w.replace("[sz]", c) for w in _VERBS.split("|") for c in "sz")
_LOWER_WORDS = rx.compile(r"[a-z]+")
# Every _REPORT_BY match also begins with one of these (see `_starting`).
_REPORT_NOUNS = (
    "report",
    "stor",
    "article",
    "investigation",
    "analysis",
    "account",
    "editorial",
    "interview",
    "statement",
    "survey",
    "study",
    "poll",
    "findings",
)
_NAME_REPORT_NOUNS = (
    "report",
    "article",
    "story",
    "investigation",
    "editorial",
    "interview",
    "analysis",
    "exclusive",
)
# The words each pattern's matches hold whole, as a run of letters of the folded text with no
# letter either side (each is the word of an alternation, with `\b`, a space, a quotation mark
# or a comma around it): a sentence whose letter runs include none of a pattern's words holds no
# match, and `_find` skips the pattern (see `_scan`). One set lookup per pattern, not a substring
# search per word.
_ACCORDING_WORDS = frozenset(["according"])
_CITING_WORDS = frozenset(["citing", "quoting", "cited", "quoted"])
_PER_WORDS = frozenset(["per"])
_REPORT_BY_WORDS = frozenset(
    [
        *("report", "reports", "reporting", "story", "stories", "article", "investigation"),
        *("analysis", "account", "editorial", "interview", "statement", "survey", "study"),
        *("poll", "findings"),
    ]
)
_BY_WORDS = frozenset(["by"])
_QUOTED_AS_WORDS = frozenset(["quoted", "cited"])
_NAME_REPORT_WORDS = frozenset(_NAME_REPORT_NOUNS)
_POSSESSIVE_REPORT_WORDS = frozenset(
    ["report", "article", "story", "investigation", "editorial", "reporting"]
)
_INVERTED_WORDS = frozenset(
    [
        *("said", "says", "declared", "added", "wrote", "stated", "explained", "noted"),
        *("insisted", "asked", "continued", "replied", "warned", "reports", "reported"),
        "according",
    ]
)
_TOLD_TO_WORDS = frozenset(["told", "tells", "telling", "to", "with"])
_WORDS_OF_WORDS = frozenset(["of"])
_ESTIMATES_WORDS = frozenset(
    [
        *("estimates", "estimate", "predicts", "predict", "forecasts", "projects"),
        *("calculates", "reckons"),
    ]
)
_ISSUED_DOCUMENT_WORDS = frozenset(["statement", "release", "letter", "memo"])
_BARE_REPORTS_WORDS = frozenset(["reports"])
_HEDGE_WORDS = frozenset(
    [
        *("reportedly", "allegedly", "purportedly", "supposedly", "claimed", "claims"),
        *("claiming", "claim", "alleged", "alleging", "alleges", "said", "believed"),
        *("rumoured", "rumored"),
    ]
)
# Where a _HEDGE match begins (see `_starting`): a hedge word, or "is", "are", "was" or
# "were" before "said to" or "believed to".
_HEDGE_STARTS = ("reportedly", "allegedly", "purportedly", "supposedly", "claim", "alleg", "rumo")
_BE_FORMS = ("is", "are", "was", "were")
_PASSIVE_HEDGE_WORDS = frozenset(["said", "believed"])
_ANONYMITY_WORDS = frozenset(["anonymity", "authorised", "authorized", "named", "identified"])
# Every gate's words: `_find` given these as a sentence's words tries every pattern (the plain
# scan, which the tests compare the gated one with).
_CUE_WORDS = (
    _ACCORDING_WORDS
    | _CITING_WORDS
    | _PER_WORDS
    | _REPORT_BY_WORDS
    | _BY_WORDS
    | _SEEN
    | _QUOTED_AS_WORDS
    | _NAME_REPORT_WORDS
    | _POSSESSIVE_REPORT_WORDS
    | _INVERTED_WORDS
    | _TOLD_TO_WORDS
    | _WORDS_OF_WORDS
    | _ESTIMATES_WORDS
    | _ISSUED_DOCUMENT_WORDS
    | _BARE_REPORTS_WORDS
    | _VERB_WORDS
)
_STRONG_CUE = rx.compile(
    r"\b(?:claiming|claimed|alleging|saying|said|says|reported|reports?|according\s+to|told"
    r"|stated|wrote)\b"
)
# A time clause opened after a comma or semicolon (", shortly before the regulator announced",
# "; hours later the firm confirmed"): its verb is a new report, not part of the earlier one.
_NEW_CLAUSE = rx.compile(
    r"[,;]\s+(?:[a-z]+\s+){0,2}?(?:before|after|when|while|until|since|later)\s", re.IGNORECASE
)
_HEDGE = rx.compile(
    r"\b(?P<h>reportedly|allegedly|purportedly|supposedly|claimed|claims|claiming|claim"
    r"|alleged|alleging|alleges|(?:is|are|was|were)\s+said\s+to|(?:is|are|was|were)\s+"
    r"believed\s+to|rumou?red)\b",
    re.IGNORECASE,
)
_STANDALONE_HEDGE = rx.compile(
    r"\b(?:reportedly|allegedly|purportedly|supposedly|(?:is|are|was|were)\s+said\s+to)\b",
    re.IGNORECASE,
)
_AUX = frozenset(
    [
        "has",
        "have",
        "had",
        "also",
        "previously",
        "later",
        "earlier",
        "further",
        "first",
        "then",
        "reportedly",
        "allegedly",
        "recently",
        "subsequently",
        "separately",
        "again",
        "once",
        "repeatedly",
        "publicly",
        "privately",
        "initially",
        "originally",
        "has",
        "also",
        "had",
        "also",
        "flatly",
        "firmly",
        "categorically",
        "officially",
        "would",
        "will",
        "could",
        "may",
        "might",
        "is",
        "was",
        "were",
        "are",
        "been",
        "be",
        "not",
    ]
)
# Words that open a clause: the scan for a source's words stops at them on either side.
_CLAUSE_WORDS = frozenset(
    [
        "that",
        "which",
        "when",
        "while",
        "after",
        "before",
        "because",
        "but",
        "if",
        "than",
        "as",
        "so",
        "though",
        "although",
        "since",
        "until",
        "unless",
        "where",
        "whether",
    ]
)
_LEFT_STOP = (
    _CLAUSE_WORDS
    | frozenset(["who", "whom", "what", "how", "why", "or", "nor"])
    | frozenset(_VERBS.replace("emphasi[sz]ed", "emphasised|emphasized").split("|"))
)
_RIGHT_STOP = _CLAUSE_WORDS | frozenset(
    [
        "said",
        "says",
        "told",
        "reported",
        "cited",
        "quoted",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "may",
        "might",
        "also",
        "on",
        "to",
        "for",
        "about",
        "over",
        "during",
        "against",
        "by",
    ]
)
# Words that join a noun phrase to the next one inside a subject ("officials at the ministry").
_NP_LINKS = frozenset(
    [
        "of",
        "in",
        "at",
        "from",
        "with",
        "for",
        "on",
        "to",
        "by",
        "near",
        "under",
        "over",
        "within",
        "inside",
        "outside",
        "across",
        "among",
        "behind",
        "including",
        "and",
        "or",
        "&",
        "nor",
        "than",
        "about",
    ]
)
# Words a subject never starts with ("[according] to media reports", "[Officials] in Lima").
_LEADING_PREPOSITIONS = frozenset(
    ["of", "in", "at", "from", "with", "and", "to", "by", "for", "on"]
)
_KEEP_AFTER = frozenset(
    ["familiar", "close", "briefed", "knowledge", "knowledgeable", "privy", "involved", "condition"]
)

_TRAILING_ABBR = rx.compile(r"\s*\([A-Z][A-Za-z&]{1,7}\)\s*$")
_SENTENCE_ANONYMITY = rx.compile(
    r"\b(?:condition of anonymity|requested anonymity|demanded anonymity|not authori[sz]ed to"
    r"|asked not to be (?:named|identified)|declined to be (?:named|identified))\b",
    re.IGNORECASE,
)
# ", <segment>," right before the verb: a name or a description in apposition, or an adverb.
_TITLE_THEN_NAME = rx.compile(
    r",\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*(?=[,.;]|$)"
)
# An abbreviation in brackets may sit inside it: ", head of the Union of Pilots (UP),".
# A body's name, capitalised words joined by lower-case links ("Bank of the North Group").
_BODY_NAME = rx.compile(
    r"(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:(?:of|and|for|on|the|&)\s+)?[A-Z][\w&.'’-]*)*"
)
_APPOSITION = rx.compile(r",\s*(?P<seg>[^,\s](?:[^,;:\"“”()]|\([A-Z][\w&]{1,8}\)){0,120}?),\s*$")
_WHO_CLAUSE = rx.compile(
    r"\s+who\s+(?:was|were|is|are|has|have|had)\s+[^,;:.\"“”()]{1,60}?\s*$", re.IGNORECASE
)
# Words of a time phrase between a subject and its verb ("officials on Monday said").
# Not month names: "Theresa May said".
_TIME_TAIL = (
    frozenset(WEEKDAY_NAMES)
    | frozenset(
        ["today", "yesterday", "tonight", "earlier", "later", "morning", "afternoon", "evening"]
    )
    | frozenset(["night", "overnight"])
)
_TIME_LEADS = frozenset(["on", "late", "early", "this", "last"])
_ASIDE = rx.compile(r",\s*(?:who|which|speaking|talking)\b[^,]{0,100},\s*$", re.IGNORECASE)
_TRAILING_ASIDE = rx.compile(r",\s*(?:who|speaking|talking)\b[^,.;]{0,100}", re.IGNORECASE)
# The document nouns as one regex alternation, longest first.
_DOC_HEADS = "|".join(sorted(_DOCUMENT_HEADS, key=lambda w: (-len(w), w)))
# "a statement from the agency", "a memo sent to staff by CEO Jo Park", "data released by the
# ministry": the document and who issued it.
_DOCUMENT_OF = rx.compile(
    r"^(?:(?:an?|the|its|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?(?P<doc>"
    + _DOC_HEADS
    + r"),?\s+(?:(?P<part>"
    + _ISSUED
    + r")\b[^,;]{0,60}?\s+by|from|by|of)\s+(?P<who>.+)$",
    re.IGNORECASE,
)


def _document_of(phrase: str) -> re.Match[str] | None:
    """`_DOCUMENT_OF.match(phrase)`, not tried when no word of the phrase is a document's head
    (a match holds one as a word of its own, with at most a comma after it)."""
    if _DOCUMENT_HEADS.isdisjoint([w.rstrip(",") for w in ignorecase_lower(phrase).split()]):
        return None
    return _DOCUMENT_OF.match(phrase)


# After a document: "X said in a memo", "X said in a statement on Tuesday".
_SAID_IN = rx.compile(
    r"\s+(?:\w+\s+){0,2}?(?:in|on)\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<doc>" + _DOC_HEADS + r")\b",
    re.IGNORECASE,
)
_ACCORDING = rx.compile(r"\baccording\s+to\s+", re.IGNORECASE)
_CITING = rx.compile(
    r"\b(?:citing|quoting|(?:which|that|who)\s+(?:cited|quoted))\s+", re.IGNORECASE
)
# "per the AP", "per Reuters", "per a statement": only before a name or a document
_PER = rx.compile(
    r"(?<![\w-])per\s+(?=(?:the\s+|an?\s+)?[A-Z]|(?:the\s+|an?\s+)\w+\s+(?:" + _DOC_HEADS + r")\b)"
)
_REPORT_BY = rx.compile(
    r"\b(?:reports?|reporting|story|stories|article|investigation|analysis|account|editorial"
    r"|interview|statement|survey|study|poll|findings|report\s+published)\s+(?:by|from|in)\s+",
    re.IGNORECASE,
)
_BY = rx.compile(
    r"\b(?P<verb>echoed|reported|confirmed|cited|quoted|carried|published|announced|denied"
    r"|disputed|corroborated|repeated|first\s+reported|also\s+reported|revealed|disclosed"
    r"|stated)\s+by\s+",
    re.IGNORECASE,
)
# "a memo seen by Reuters", "documents obtained by the newspaper": the outlet relays the document.
_YET_TO_COME = rx.compile(r"\s+(?:will|shall|(?:is|are)\s+(?:due|expected|set)\s+to)\b")
_DOC_SEEN_BY = rx.compile(
    r"\b(?:" + _DOC_HEADS + r"),?\s+"
    r"(?P<verb>seen|obtained|reviewed|viewed)\s+by\s+",
    re.IGNORECASE,
)
_NAME_REPORT = rx.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Aa]nother)\s+(?:recent\s+|new\s+|earlier\s+|separate\s+)?"
    r"(?P<name>(?:[A-Z][\w&.'’-]*\s+){0,4}[A-Z][\w&.'’-]*)\s+(?:report|article|story|investigation|editorial|interview|analysis|exclusive)\b"
)
_POSSESSIVE_REPORT = rx.compile(
    r"(?P<name>(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*)['’]s\s+(?:recent\s+|new\s+|earlier\s+)?"
    r"(?:report|article|story|investigation|editorial|reporting)\b"
)
_VERB = rx.compile(rf"\b(?P<verb>{_VERBS})\b")
_INVERTED = rx.compile(
    r"(?:[\"”’]\s*|,\s*[\"”’]?\s*)(?P<verb>said|says|declared|added|wrote|stated|explained"
    r"|noted|insisted|asked|continued|replied|warned|reports|reported|according)\s+(?=\S)",
    re.IGNORECASE,
)
# A bare name as its own clause before ", citing": "On Monday, the New York Times, citing ..."
_RELAY_SUBJECT = rx.compile(
    r"(?:^|,\s+)(?P<name>(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5}),\s+$"
)
# "The union issued a statement", "the firm released a letter": the subject is the source.
_ISSUED_DOCUMENT = rx.compile(
    r"\b(?:issued|released|put\s+out|sent\s+out|published)\s+(?:an?|its|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|release|letter|memo)\b"
)
# Who a speaker gave the words to: "told The Daily Ledger", "said in an interview with CNN",
# "in a statement to the AP", ", to The Evening Courier" after "said X, a lawyer". When that
# is an outlet, the article passes on the outlet's reporting (see `_told_outlet`).
_TOLD_TO = rx.compile(
    r"\b(?:told|tells|telling|(?:interviews?|statement|comments|remarks|conversation"
    r"|spoke|speaks|speaking|talking|talked|said|says)\s+(?:to|with))\s+|,\s+to\s+(?=[Tt]he\s|[A-Z])"
)
# Where a _BY match begins: the words of its alternation.
_BY_STARTS = (
    "echoed",
    "reported",
    "confirmed",
    "cited",
    "quoted",
    "carried",
    "published",
    "announced",
    "denied",
    "disputed",
    "corroborated",
    "repeated",
    "first",
    "also",
    "revealed",
    "disclosed",
    "stated",
)
# Where a _TOLD_TO match begins: the words of its alternation (or their stems), and the comma.
_TOLD_STARTS = (
    "told",
    "tell",
    "interview",
    "statement",
    "comments",
    "remarks",
    "conversation",
    "spoke",
    "speak",
    "talk",
    "said",
    "says",
    ",",
)
_SPOKE = rx.compile(r"\b(?:said|says|told|added|wrote|according)\b")
# A capitalised name ("The Daily Ledger", "NBC News", "BBC radio") right after such a cue.
_OUTLET_OBJECT = rx.compile(
    r"(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+)?[A-Z][\w&.'’-]*){0,4}"
    r"(?:\s+(?:radio|television|tv)\b)?"
)
# "in the words of X", "echoing the remarks of X": X said what follows or what is repeated.
_WORDS_OF = rx.compile(
    r"\b(?:in|echo(?:ed|ing|es)?|repeat(?:ed|ing|s)?)\s+the\s+(?:words|remarks|comments"
    r"|sentiments?|assessment|warnings?)\s+of\s+",
    re.IGNORECASE,
)
# Present-tense verbs of reckoning, verbs only before "that" ("the survey estimates that ...";
# "estimates suggest" is a noun). Kept out of `_VERBS`, whose words also end subjects.
_ESTIMATES_THAT = rx.compile(
    r"\b(?P<verb>estimates|estimate|predicts|predict|forecasts|projects|calculates|reckons)"
    r"\s+that\b"
)
_CLAUSE_VERB = rx.compile(
    r"\s+(?:was|were|is|are|had|has|have|would|will|could|can|should|might|must|did|do|does)\b"
)
_QUOTED_AS = rx.compile(
    r"\b(?:quoted|cited)\s+(?P<np>[^,.;]{2,80}?)\s+as\s+saying\b", re.IGNORECASE
)
# "... and said": the verb shares its subject with the clause before.
_AND_BEFORE = rx.compile(r"\s\band\s+(?:(?:also|then|later)\s+)?$")
# The capitalised subject opening a sentence (after an opener such as "Meanwhile," or "On
# Friday,") and the verb in the past tense after it: "ORA Chairman K Ramanan gave ...". A
# verb in "-ed" or a common irregular one: without it, the lower-case word may be the head of a
# phrase that opens with a capital ("Rescue teams pulled ...", "Local residents fled ...").
_CLAUSE_SUBJECT = rx.compile(
    r"(?:[A-Z][a-z]+(?:\s+[\w-]+){0,3},\s+)?"
    r"(?!(?:In|On|At|After|Before|During|With|From|For|By|Since|Despite|Under|As|If|When|While"
    r"|Although|Because|The|A|An|This|That|These|Those|It|They|We|I|You)\s)"
    r"(?P<subject>(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]*)\s+"
    r"(?:[a-z]{2,}ed|gave|made|met|took|went|held|spoke|came|sent|led|left|paid|saw|began|won"
    r"|lost|ran|flew|rang|hit|put|set|cut|sat|stood|brought|bought|thought|felt|kept|chose"
    r"|wrote|read|heard|told|said|found|drove|rode|broke|shook|threw|sought|fought|became)\b"
)
_CLAUSE_BREAK = rx.compile(r"\b(?:and|but|or|who|whom|which|that|while|because|when|where|if)\b")
# Words that make "reports" a noun: "media reports", "several reports".
_REPORT_MODIFIERS = (
    "media|press|news|recent|earlier|unconfirmed|local|some|several|various|multiple"
)
_BARE_REPORTS = rx.compile(
    rf"(?<![\w'’])(?:(?:{_REPORT_MODIFIERS})\s+)*reports\b(?!\s+(?:by|from|in|of\s+the)\b)",
    re.IGNORECASE,
)
# Lower-case links may join the name's words: "International Association of Machinists and
# Aerospace Workers (IAM)".
_ABBREV_DEF = rx.compile(
    r"(?P<name>(?:[Tt]he\s+)?(?:[A-Z][\w&'’-]*\s+(?:(?:of|and|for|on|the|de)\s+)?){1,8}"
    r"[A-Z][\w&'’-]*)\s*\((?P<abbr>[A-Z][A-Za-z&]{1,7})\)"
)
# A name word may carry a capital after a hyphen, an apostrophe or "Mc" ("Dinh-Zarr",
# "O'Neill", "McCarthy"), and a possessive. Every part after the first starts with a capital
# or a hyphen, so the pattern cannot backtrack.
_NAME_WORD = (
    r"(?:[A-Z](?:[a-z]+|['’](?=[A-Z]))(?:-[A-Za-z][a-z]+|['’]?[A-Z][a-z]+)*(?:['’]s)?|[A-Z]\.)"
)
# An Arabic or Romance particle joined to a surname by a hyphen ("al-Ghaithi", "el-Drese"):
# lower-case, yet a name word after the first one.
_PARTICLE_NAME = r"(?:a[dlnrstz]|ash|el|bin|ibn|abu|ben|de|di|da|du|la|le)-[A-Z][a-z]+(?:['’]s)?"
_NAME_RUN = rx.compile(rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_PARTICLE_NAME}))+")
_PARTICLE_WORD = rx.compile(_PARTICLE_NAME)
_REPORTS_NOUN_BEFORE = rx.compile(
    rf"\b(?:{_REPORT_MODIFIERS}|these|those|such|the|two|three|four|many|other)\s+$",
    re.IGNORECASE,
)
_AS_SAYING = rx.compile(r"\s+as\s+(?:saying|telling)\b", re.IGNORECASE)  # "was quoted as saying"
_QUOTED = rx.compile(r"“[^“”]*”|\"[^\"]*\"")
_NOUN_OR_PASSIVE_BEFORE = rx.compile(
    r"(?:['’]s|s['’]|\b(?:be|been|being|was|were|is|are|get|gets|got))\s+$", re.IGNORECASE
)
_ACCORDING_BEFORE = rx.compile(r"\baccording to\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# "Minister for ", "Head of ": the capitalised words after it start with the portfolio.
_TITLE_LINK_BEFORE = rx.compile(r"\b(?P<title>[A-Z][a-z]+)\s+(?:of|for)\s+$")
_NAME_THEN_COMMA = rx.compile(rf"(?P<name>{_NAME_RUN.pattern}),\s*$")
# A figure with thousands separators is one token: "the 18,000 employees the company said" must
# not split at the comma into a subject "000 employees the company".
_WORD = rx.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\w&'’.-]+|[^\w\s]")


# The private records are a named tuple and a plain slotted class, not dataclasses: building a
# dataclass costs about a millisecond of import time each, and these never leave the module.
class _Raw(NamedTuple):
    """A source phrase found next to a cue, offsets relative to the sentence."""

    start: int
    end: int
    phrase: str
    cue: str
    cue_start: int
    cue_end: int = -1  # end of the cue when it follows the source ("X said"), else -1
    hint: str | None = None  # "outlet" when the cue is one only outlets take ("a report by")
    relay_of: int | None = None  # "X cited by Y": Y relays the source ending here


class _Names:
    """What the article has told us so far about its sources (aliases, latest mentions)."""

    __slots__ = (
        "aliases",
        "antecedent",
        "documents",
        "kinds",
        "last",
        "last_anonymous",
        "own",
        "persons",
        "previous_persons",
        "previous_speakers",
        "surnames",
    )

    def __init__(self) -> None:
        self.aliases: dict[str, str] = {}  # lower-case alias → canonical
        self.kinds: dict[str, str] = {}  # canonical → kind
        self.persons: list[str] = []  # full names seen in the text
        self.surnames: dict[str, str] = {}  # each of `persons` → its `_surname`
        self.last: dict[str, str] = {}  # kind → latest canonical source
        self.last_anonymous: dict[str, str] = {}  # head noun → latest phrase
        self.documents: dict[str, tuple[str, str]] = {}  # "memo" → its issuer
        self.antecedent: str | None = None  # the one person "he"/"she" can stand for, if any
        self.previous_speakers: tuple[str, ...] = ()  # persons credited in the previous sentence
        self.previous_persons: tuple[str, ...] = ()  # persons named in the previous sentence
        self.own: tuple[str, ...] = ()  # the article's own outlet and wire service (`_outlet_key`s)


# ---------------------------------------------------------------- extraction


def extract(
    article: Article, sentences: Sequence[Sentence], *, config: AttributionConfig
) -> tuple[Attribution, ...]:
    """Attributions found in one article's sentences, in text order."""
    names = _collect_names(article.text)
    names.own = _own_outlets(article)
    out: list[Attribution] = []
    for sentence in sentences:
        low = ignorecase_lower(sentence.text)
        words = _words(low)
        here = _persons_in(sentence.text, names)
        # no "he" or "she" (a match of `_PRONOUN` is a word of its own): no one to stand for
        pronoun = not _PRONOUN_WORDS.isdisjoint(words)
        names.antecedent = _antecedent(sentence.text, here, names) if pronoun else None
        found = _sentence_attributions(sentence, names, low=low, words=words)
        out.extend(found)
        names.previous_speakers = tuple(
            dict.fromkeys(a.source for a in found if _may_be_person(a, names))
        )
        names.previous_persons = tuple(p for _, p in here)
        if not here and names.antecedent is not None and _PRONOUN.match(sentence.text):
            # "He stuck to that pledge." is about the person its "he" stands for, who is
            # then the one the next sentence's "he" most likely stands for too
            names.previous_persons = (names.antecedent,)
    return tuple(out)


def _may_be_person(a: Attribution, names: _Names) -> bool:
    """Whether a credited source can be who "he" or "she" stands for next: a person, or one
    word the article never said is a body ("Moore said ..." before a full name is given)."""
    if a.kind == "person":
        return True
    return (
        a.kind == "organisation"
        and _SURNAME.fullmatch(a.source) is not None
        and a.source.lower() not in names.aliases
        and a.source.lower() not in _WELL_KNOWN
        and a.source.lower() not in _ORG_OR_OUTLET_WORDS
    )


def _own_outlets(article: Article) -> tuple[str, ...]:
    """The outlets an article is by: its publisher and a wire service in its dateline ("(AP)")."""
    if not article.outlet and not article.dateline:
        return ()  # what the general case gives for no names (an empty key is dropped)
    own = [article.outlet or ""]
    if article.dateline:
        own.extend(m.group(1) for m in rx.finditer(r"\(([^()]{2,40})\)", article.dateline))
    return tuple(k for k in (_outlet_key(o) for o in own) if k)


def _outlet_key(name: str) -> str:
    """An outlet's name for comparison: the well-known expansion, folded, without "the"."""
    low = _LEADING_THE.sub("", " ".join(name.lower().split()))
    return _LEADING_THE.sub("", _WELL_KNOWN.get(low, low).lower())


_LEADING_THE = rx.compile(r"^the\s+")


def _persons_in(text: str, names: _Names) -> list[tuple[int, str]]:
    """Known persons named in a sentence (not in the possessive), with where they appear."""
    out: list[tuple[int, str]] = []
    for person, surname in names.surnames.items():
        if surname not in text:
            continue  # most of the article's names are not in a given sentence
        for at in rx.word_starts(text, surname):
            if not text.startswith(("'s", "’s"), at + len(surname)):
                out.append((at, person))
    return sorted(out)


# `\b(?:he|she|He|She)\b`, with the word boundary before tested after the first letter
# (`(?<!\wh)`: the letter before it is no word character), so that `re` can skip to the next
# "h", "s", "H" or "S" instead of trying every position.
_PRONOUN = rx.compile(r"(?:h(?<!\wh)e|s(?<!\ws)he|H(?<!\wH)e|S(?<!\wS)he)\b")
_PRONOUN_WORDS = frozenset(["he", "she"])


def _antecedent(text: str, here: Sequence[tuple[int, str]], names: _Names) -> str | None:
    """The one person "he"/"she" in this sentence can refer to, or None when unsure."""
    pron = _PRONOUN.search(text)
    if pron is None:
        return None
    before = {p for at, p in here if at < pron.start()}
    for pool in (before, set(names.previous_speakers), set(names.previous_persons)):
        if len(pool) == 1:
            return next(iter(pool))
        if len(pool) > 1:
            return None
    return None


def _collect_names(text: str) -> _Names:
    """Abbreviations the article defines, outlet-like names, and full personal names."""
    names = _Names()
    for m in _abbreviation_definitions(text):
        full = _strip_det(m.group("name"))
        if sum(c.isupper() for c in m.group("abbr")) < 2 or full.isupper():
            continue  # "NEW YORK (Reuters)": a dateline and its wire service, not a definition
        if m.group("abbr")[0] not in {w[0] for w in rx.split(r"[\s-]+", full) if w}:
            continue  # "Port Vale (CNN) —": no word of the name gives the first letter
        canonical = _WELL_KNOWN.get(full.lower(), full)
        names.aliases[m.group("abbr").lower()] = canonical
        names.aliases[full.lower()] = canonical
    for m in _NAME_RUN.finditer(text):
        at = m.start()
        for piece in m.group().split("\n"):  # a name never runs over a line break
            name = _person_name(text, at, piece.split())
            at += len(piece) + 1
            if name is not None and name not in names.persons:
                names.persons.append(name)
                names.surnames[name] = _surname(name)
    return names


# A bracketed abbreviation, as `_ABBREV_DEF` ends: "(WSJ)".
_ABBR_IN_BRACKETS = rx.compile(r"\([A-Z][A-Za-z&]{1,7}\)")


def _abbreviation_definitions(text: str) -> Iterator[re.Match[str]]:
    """What `_ABBREV_DEF.finditer(text)` yields: the pattern is tried only in the run of the
    characters its name part is made of (word characters, "&", apostrophes, "-", spaces) right
    before each bracketed abbreviation, where every match lies; scanning the whole text, its
    name part backtracks at every capital."""
    pos = 0  # where the last match ended: finditer's matches do not overlap
    for brackets in _ABBR_IN_BRACKETS.finditer(text):
        start = brackets.start()
        while start > pos and _name_char(text[start - 1]):
            start -= 1
        m = _ABBREV_DEF.search(text, start, brackets.end())
        if m is not None:
            yield m
            pos = m.end()


def _name_char(c: str) -> bool:
    r"""Whether `_ABBREV_DEF`'s name part can hold `c`: `[\w&'’-]` or `\s`."""
    return c.isalnum() or c.isspace() or c in "_&'’-"


def _person_name(text: str, start: int, words: Sequence[str]) -> str | None:
    """The person's name in a run of capitalised words starting at `start`, or None when the
    run names a body, an outlet or a place."""
    if not words:
        return None
    cleaned: list[str] = []
    for w in reversed(words):
        if w.lower().strip(".") in _TITLES or w.endswith("."):
            break
        cleaned.insert(0, w)
    while cleaned and cleaned[0] in {"Photo", "Image", "Picture", "Video", "Credit"}:
        cleaned.pop(0)  # a caption's label: "Photo Jane Roe, at the site ..."
    # the title before the run is looked for only when the run is long enough to drop one
    link = _title_link_before(text, start) if len(cleaned) > 2 else None
    if link and link.group("title").lower() in _TITLES:
        cleaned = _person_part(cleaned)  # "Minister for Foreign Affairs Ana Reyes"
    if len(cleaned) < 2 or any(w.lower() in _ORG_OR_OUTLET_WORDS for w in cleaned):
        return None
    if cleaned[-1].lower() in _PLACE_OR_EVENT_WORDS:
        # "the Francis Scott Key Bridge", "Union Street", "the London Marathon": a place or
        # an event, not a person
        return None
    while len(cleaned) > 2 and cleaned[0].endswith(("'s", "’s")):
        cleaned.pop(0)  # "Kenya's Ana Reyes": the country she is from is no part of her name
    if words[0] in {"The", "A", "An", "In", "On", "At", "By", "For"}:
        return None
    return " ".join(cleaned)


def _title_link_before(text: str, start: int) -> re.Match[str] | None:
    """`_TITLE_LINK_BEFORE.search(text, max(0, start - 40), start)`. A match ends with "of" or
    "for" and the spaces up to `start`: without them the search, which tries a word boundary at
    each of the 40 characters, is skipped."""
    before = text[max(0, start - 40) : start]
    if not before[-1:].isspace() or not before.rstrip().endswith(("of", "for")):
        return None
    return _TITLE_LINK_BEFORE.search(text, max(0, start - 40), start)


def _sentence_attributions(
    sentence: Sentence, names: _Names, *, low: str, words: set[str]
) -> list[Attribution]:
    """The attributions of one sentence, resolved against what the article said before
    (`low` is the sentence's `ignorecase_lower`, `words` its `_words`)."""
    text = sentence.text
    raws = _find(text, low, words)
    if "“" in text or '"' in text:
        # a cue inside quotation marks is the speaker's sourcing, not the outlet's
        inside = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
        raws = [r for r in raws if not any(a < r.cue_start < b for a, b in inside)]
    hedge_m = _hedge(text, low, words)
    hedge = _hedge_word(hedge_m.group("h")) if hedge_m else None
    resolved: list[tuple[_Raw, str, str, bool]] = []
    documents: dict[int, str] = {}  # index in `resolved` → the document it is credited through
    anonymity = (
        not _ANONYMITY_WORDS.isdisjoint(words) and _SENTENCE_ANONYMITY.search(text) is not None
    )
    for raw in raws:
        for part_start, part in _split_and(raw, names):
            got = _resolve(part, raw, names)
            if raw.cue == "told to":
                got = _told_outlet(got, names)
            if got is None:
                continue
            source, kind = got
            if anonymity and kind == "official":
                kind = "anonymous"  # "the official said, speaking on condition of anonymity"
            a, b = raw.start + part_start, raw.start + part_start + len(part)
            part_raw = raw._replace(
                start=a, end=b, cue_start=raw.cue_start if part_start == 0 else a
            )
            document = _document_noun(part, text, raw)
            if document is not None:
                documents[len(resolved)] = document
                if kind != "unspecified":  # "X said in a memo": "the memo" is X's from here on
                    names.documents[document] = (source, kind)
            resolved.append(
                (part_raw, source, kind, kind in {"outlet", "person", "official", "organisation"})
            )
            _remember(names, source, kind, part)
    if not resolved and hedge_m and _STANDALONE_HEDGE.match(text, hedge_m.start()):
        fake = _Raw(hedge_m.start(), hedge_m.end(), hedge_m.group(), "reportedly", hedge_m.start())
        resolved.append((fake, "unspecified reports", "unspecified", False))
    out: list[Attribution] = []
    seen: set[tuple[str, str | None]] = set()
    base = sentence.span.start
    for i, (raw, source, kind, named) in enumerate(resolved):
        via = _via(raw, resolved, source)
        key = (source.lower(), via)
        if key in seen:
            continue
        seen.add(key)
        start = min(raw.start, raw.cue_start)
        end = max(raw.end, raw.cue_end)
        out.append(
            Attribution(
                article=sentence.article,
                sentence=sentence.index,
                source=source,
                named=named,
                text=display(text[start:end]),
                span=Span(base + start, base + end),
                kind=kind,  # type: ignore[arg-type]  # checked by _resolve's return values
                hedge=hedge,
                via=via,
                cue=raw.cue,
                document=documents.get(i),
            )
        )
    return out


def _hedge(text: str, low: str, words: set[str] | frozenset[str]) -> re.Match[str] | None:
    """`_HEDGE.search(text)` (`low` being the sentence's `ignorecase_lower`, `words` its
    `_words`): not tried without a hedge word, and tried only where a match can begin (see
    `_starting`); "is", "are", "was" and "were" begin one only with "said" or "believed" in the
    sentence."""
    if _HEDGE_WORDS.isdisjoint(words):
        return None
    passive = not _PASSIVE_HEDGE_WORDS.isdisjoint(words)
    return next(
        _starting(_HEDGE, text, low, _HEDGE_STARTS + _BE_FORMS if passive else _HEDGE_STARTS), None
    )


def _told_outlet(got: tuple[str, str] | None, names: _Names) -> tuple[str, str] | None:
    """The outlet someone spoke to ("told The Daily Ledger"), which the article relays; None
    for anyone else ("told Congress") and for the article's own outlet ("told Reuters" in
    Reuters copy: the speaker is the source, the outlet only its reporter)."""
    if got is None or (got[1] != "outlet" and names.kinds.get(got[0]) != "outlet"):
        return None
    key = _outlet_key(got[0])
    if any(key == own or key in own.split() or own in key.split() for own in names.own):
        return None
    return got[0], "outlet"


def _document_noun(phrase: str, text: str, raw: _Raw) -> str | None:
    """The document a source phrase is credited through: its own head ("a memo sent by X",
    "the company's filing") or one named after the verb ("X said in a statement")."""
    doc = _document_of(phrase)
    if doc:
        return _singular(doc.group("doc").lower())
    head_part = _pre_prep(phrase.split())
    if head_part:
        head = _no_possessive(head_part[-1].lower().strip(".,"))
        if head in _DOCUMENT_HEADS and head not in {"report", "reports"}:
            return _singular(head)
    if raw.cue_end > 0:
        said_in = _SAID_IN.match(text, raw.cue_end)
        if said_in:
            return _singular(said_in.group("doc").lower())
    return None


def _hedge_word(word: str) -> str:
    """The hedge's dictionary form ("claims", "claiming" → "claimed"; "is said to" → "said to")."""
    low = " ".join(word.lower().split())
    if low.startswith(("claim",)):
        return "claimed"
    if low.startswith("alleg") and low != "allegedly":
        return "alleged"
    if "said to" in low:
        return "said to"
    if "believed to" in low:
        return "believed to"
    return low


def _via(raw: _Raw, resolved: Sequence[tuple[_Raw, str, str, bool]], source: str) -> str | None:
    """The source that relays this one: "X, citing Y" and "Y cited by X" → X relays Y."""
    if raw.cue in {"citing", "quoting"}:
        before = [
            (r, s)
            for r, s, k, _ in resolved
            if r.end <= raw.cue_start
            and r.cue not in {"citing", "quoting", "told to"}
            and s != source
        ]
        return before[-1][1] if before else None
    if raw.cue == "quoted as saying":
        subj = [(r, s) for r, s, _, _ in resolved if r.end <= raw.cue_start and s != source]
        return subj[-1][1] if subj else None
    told = [(r, s) for r, s, _, _ in resolved if r.cue == "told to" and s != source]
    if len(told) == 1 and raw.cue in _VERB_WORDS:
        # "X told The Daily Ledger": X via the outlet, X being the speaker whose verb is the
        # nearest to the outlet's cue (not someone else the sentence credits in passing)
        at = told[0][0].cue_start
        speakers = [r for r, _, _, _ in resolved if r.cue in _VERB_WORDS]
        if min(speakers, key=lambda r: abs(r.cue_start - at)) is raw:
            return told[0][1]
    for r, s, _, _ in resolved:
        if r.relay_of is not None and raw.start < r.relay_of <= raw.end + 2 and s != source:
            return s
    return None


def _has(text: str, words: Sequence[str]) -> bool:
    """True when any of `words` occurs in `text` (a necessary condition for a pattern)."""
    for w in words:  # noqa: SIM110 (any() over a generator costs more than the tests)
        if w in text:
            return True
    return False


def _words(low: str) -> set[str]:
    """The runs of letters a-z in `low` (a sentence's folded text), for `_scan`'s first look."""
    return set(_LOWER_WORDS.findall(low))


def _scan(
    rx: re.Pattern[str],
    text: str,
    low: str,
    needed: frozenset[str],
    words: set[str] | frozenset[str],
    *,
    starts: Sequence[str] = (),
) -> Iterable[re.Match[str]]:
    """The matches of `rx` in `text`; none without scanning when `words` (the sentence's
    `_words`) holds none of `needed` (each match of `rx` holds one of them whole, so the answer
    is the same).

    With `starts` (every match of `rx` begins with one of them in `low`, the folded text),
    `rx` is tried only where they occur (see `_starting`).
    """
    if needed.isdisjoint(words):
        return ()
    return _starting(rx, text, low, starts) if starts else rx.finditer(text)


def _starting(
    pattern: re.Pattern[str], text: str, low: str, starts: Iterable[str]
) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` yields when each of its matches begins with one of
    `starts` in `low` (the folded text, index for index): the pattern is tried where those
    occur, in order, not at every position (the long alternations are slow to scan)."""
    found: set[int] = set()
    for word in starts:
        at = low.find(word)
        while at >= 0:
            found.add(at)
            at = low.find(word, at + 1)
    pos = 0
    for at in sorted(found):
        if at < pos:
            continue
        m = pattern.match(text, at)
        if m is not None:
            yield m
            pos = m.end()


def _verb_matches(text: str, verbs: Iterable[str]) -> Iterator[re.Match[str]]:
    """What `_VERB.finditer(text)` yields, `verbs` being the words of `_VERB_WORDS` in `text`.

    A match is a whole lower-case word (a verb with `\\b` either side), so it starts where one
    of `verbs` occurs in the text itself.
    """
    return _starting(_VERB, text, text, verbs)


def _find(
    text: str, low: str | None = None, present: set[str] | frozenset[str] | None = None
) -> list[_Raw]:
    """Source phrases next to attribution cues in one sentence, in text order, not overlapping.

    `low` is `ignorecase_lower(text)` and `present` its `_words`, when the caller has them.
    """
    # The cue patterns are long alternations, slow to scan; most sentences hold none of their
    # words, which a set lookup of the sentence's words rules out (see `_scan`).
    low = ignorecase_lower(text) if low is None else low
    present = _words(low) if present is None else present
    # `_verb_matches` finds each verb in `text`: one written only with capitals there is not
    # found, as `_VERB` (case-sensitive) would not match it
    verbs = _VERB_WORDS.intersection(present)
    found: list[_Raw] = []
    for m in _scan(_ACCORDING, text, low, _ACCORDING_WORDS, present):
        np_ = _np_right(text, m.end())
        named = _TITLE_THEN_NAME.match(text, np_[1]) if np_ else None
        words = text[np_[0] : np_[1]].split() if np_ else []
        if np_ and named and any(w.lower() in _TITLES for w in words[:3]):
            # "according to the fire services chief in the state, Sam Roy": the person
            np_ = named.span("name")
        if np_:
            found.append(_Raw(np_[0], np_[1], text[np_[0] : np_[1]], "according to", m.start()))
    citing = ("citing", "quoting", "which", "that", "who")
    for m in _scan(_CITING, text, low, _CITING_WORDS, present, starts=citing):
        if rx.search(r"\b(?:without|not|never)\s+$", text[: m.start()], re.IGNORECASE):
            continue  # "without quoting any sources"
        np_ = _np_right(text, m.end())
        if np_:
            found.append(_Raw(np_[0], np_[1], text[np_[0] : np_[1]], "citing", m.start()))
        subject = _RELAY_SUBJECT.search(text, 0, m.start())
        if np_ and subject:  # "The Washington Post, citing two sources, reported": the relay too
            a, b = subject.span("name")
            found.append(_Raw(a, b, text[a:b], "relay", a, hint="outlet"))
    for m in _scan(_PER, text, low, _PER_WORDS, present):
        np_ = _np_right(text, m.end())
        if np_:
            found.append(_Raw(np_[0], np_[1], text[np_[0] : np_[1]], "per", m.start()))
    for m in _scan(_REPORT_BY, text, low, _REPORT_BY_WORDS, present, starts=_REPORT_NOUNS):
        np_ = _np_right(text, m.end())
        if np_ and _YET_TO_COME.match(text, np_[1]):
            continue  # "the reports by the airlines will be sent to ...": none has said anything
        if np_:
            found.append(
                _Raw(np_[0], np_[1], text[np_[0] : np_[1]], "report by", m.start(), hint="outlet")
            )
    for m in _scan(_BY, text, low, _BY_WORDS, present, starts=_BY_STARTS):
        np_ = _np_right(text, m.end())
        if np_:
            verb = m.group("verb").lower()
            relay = m.start() if verb in {"cited", "quoted"} else None
            found.append(
                _Raw(
                    np_[0],
                    np_[1],
                    text[np_[0] : np_[1]],
                    f"{verb.split()[-1]} by",
                    m.start(),
                    hint="outlet",
                    relay_of=relay,
                )
            )
    for m in _scan(_DOC_SEEN_BY, text, low, _SEEN, present):
        np_ = _np_right(text, m.end())
        if np_:
            found.append(
                _Raw(
                    np_[0],
                    np_[1],
                    text[np_[0] : np_[1]],
                    f"{m.group('verb').lower()} by",
                    m.start("verb"),
                    hint="outlet",
                    relay_of=m.start("verb"),
                )
            )
    for m in _scan(_QUOTED_AS, text, low, _QUOTED_AS_WORDS, present):
        found.append(_Raw(m.start("np"), m.end("np"), m.group("np"), "quoted as saying", m.start()))
        cited_by = _np_left(text, m.start()) if low.startswith("cited", m.start()) else None
        if cited_by is not None:  # "quoted" is a speech verb already; "cited" only here
            a, b = cited_by
            found.append(_Raw(a, b, text[a:b], "cited as saying", m.start(), m.start() + 5))
    for pattern, hints in (
        (_NAME_REPORT, _NAME_REPORT_WORDS),
        (_POSSESSIVE_REPORT, _POSSESSIVE_REPORT_WORDS),
    ):
        if pattern is _POSSESSIVE_REPORT and not _has(text, ("'s", "’s")):
            continue
        for m in _scan(pattern, text, low, hints, present):
            name = m.group("name")
            if name.split()[0].lower() in {"the", "a", "an"} or len(name) < 2:
                continue
            found.append(
                _Raw(
                    m.start("name"),
                    m.end("name"),
                    name,
                    "name report",
                    m.start(),
                    m.end(),
                    "outlet",
                )
            )
    for m in _scan(_INVERTED, text, low, _INVERTED_WORDS, present, starts=('"', "”", "’", ",")):
        if m.group("verb").lower() == "according":
            continue
        np_ = _np_right(text, m.end())
        if np_ and text[np_[0] : np_[1]].split()[0].lower() in _TIME_WORDS:
            continue  # ", wrote Tuesday evening": when, not who
        if np_ and _CLAUSE_VERB.match(text, np_[1]):
            continue  # ", said staff were safe": the subject of what was said, not a speaker
        if np_:
            end = np_[1]
            aside = _TRAILING_ASIDE.match(text, end)
            if aside and _ANON_MARKERS.search(aside.group()):
                end = aside.end()
            found.append(
                _Raw(np_[0], end, text[np_[0] : end], m.group("verb").lower(), m.start("verb"))
            )
    for m in _scan(_TOLD_TO, text, low, _TOLD_TO_WORDS, present, starts=_TOLD_STARTS):
        if m.group().startswith(",") and _SPOKE.search(text, 0, m.start()) is None:
            continue  # ", to The Times" only ends a clause of speech
        outlet = _OUTLET_OBJECT.match(text, m.end())
        if outlet is None:
            continue
        words = outlet.group().split()
        while len(words) > 1 and words[-1].lower().strip(".,") in _TIME_WORDS_OR_OF:
            words.pop()  # "told Reuters Monday", "told the Daily Ledger of Tuesday"
        phrase = " ".join(words)
        if (
            phrase.endswith(".")
            and phrase[:-1].rsplit(maxsplit=1)[-1].lower() not in _ABBREVIATIONS
        ):
            phrase = phrase[:-1]  # the sentence's full stop ("Corp." keeps its own)
        a = outlet.start()
        found.append(_Raw(a, a + len(phrase), phrase, "told to", m.start()))
    for m in _scan(_WORDS_OF, text, low, _WORDS_OF_WORDS, present, starts=("in", "echo", "repeat")):
        np_ = _np_right(text, m.end())
        if np_:
            found.append(_Raw(np_[0], np_[1], text[np_[0] : np_[1]], "words of", m.start()))
    estimating = ("estimate", "predict", "forecasts", "projects", "calculates", "reckons")
    for m in _scan(_ESTIMATES_THAT, text, low, _ESTIMATES_WORDS, present, starts=estimating):
        if _noun_or_passive_before(text, m.start()):
            continue  # "the bank's forecasts that ...": a noun
        np_ = _np_left(text, m.start())
        verb = m.group("verb").lower()
        heads = text[np_[0] : np_[1]].split() if np_ else []
        if len(heads) == 1 and heads[0].lower() in _LEXICON and verb.endswith("s"):
            continue  # "Official estimates that ...": a bare common noun modifies the noun
        if np_:
            found.append(_Raw(np_[0], np_[1], text[np_[0] : np_[1]], verb, m.start(), m.end()))
    issuing = ("issued", "released", "put", "sent", "published")
    for m in _scan(_ISSUED_DOCUMENT, text, low, _ISSUED_DOCUMENT_WORDS, present, starts=issuing):
        np_ = _np_left(text, m.start())
        if np_:
            found.append(_Raw(np_[0], np_[1], text[np_[0] : np_[1]], "issued", m.start(), m.end()))
    for m in _verb_matches(text, verbs) if verbs else ():
        verb = m.group("verb").lower()
        if verb not in _STRONG_VERBS and _inside_report(text, m.start()):
            continue  # "a report claiming Reyes warned ...": her warning is what is reported
        if verb in {"reports", "report"} and (
            _ACCORDING_BEFORE.search(text, 0, m.start())
            or _REPORTS_NOUN_BEFORE.search(text, 0, m.start())
        ):
            continue  # "according to press reports", "the three media reports": the noun
        if _noun_or_passive_before(text, m.start()) and not _AS_SAYING.match(text, m.end()):
            # "X's claims that ...": a noun after a possessive; "X would be denied bail",
            # "it was announced": the subject of a passive is not who speaks
            continue
        np_ = _coordinated_subject(text, m.start()) or _np_left(text, m.start())
        if np_:
            hint = "outlet" if verb in {"reported", "reports", "report"} else None
            found.append(
                _Raw(np_[0], np_[1], text[np_[0] : np_[1]], verb, m.start(), m.end(), hint=hint)
            )
    for m in _scan(_BARE_REPORTS, text, low, _BARE_REPORTS_WORDS, present):
        before = [w.strip("(),") for w in text[: m.start()].split()[-2:]]
        prev = before[-1:]
        if len(before) == 2 and before[0].lower() in _POSSESSIVES and before[1].islower():
            continue  # "the intelligence reports", "their annual reports": particular documents
        if prev and prev[0].lower().strip(",") in {
            "these",
            "the",
            "those",
            "such",
            "its",
            "his",
            "her",
            "their",
            "three",
            "two",
            "both",
            "no",
            "any",
        }:
            continue
        left = [w for w in text[: m.start()].split()[-3:] if w not in _AUX]
        if left and left[-1][:1].isupper() and prev and prev[0] in _AUX:
            continue  # "NBC also reports": the verb after an adverb
        if prev and prev[0][:1].isupper() and prev[0].lower() not in {"rejects", "denies"}:
            continue  # "Reuters reports": the verb, handled above
        if rx.match(r"\s+(?:the\s+|The\s+)?[A-Z]", text[m.end() :]) and m.group().islower():
            continue  # ", reports The Wall Street Journal": the verb, inverted
        found.append(_Raw(m.start(), m.end(), m.group(), "reports", m.start()))
    found.sort(key=lambda r: (r.start, -(r.end - r.start)))
    out: list[_Raw] = []
    for r in found:
        if any(r.start < o.end and o.start < r.end for o in out):
            continue
        out.append(r)
    return out


def _noun_or_passive_before(text: str, at: int) -> bool:
    """Whether `_NOUN_OR_PASSIVE_BEFORE.search(text, 0, at)` finds a match. A match is a word
    of at most five letters (or "'s", "s'") and the spaces up to `at`, so it is looked for only
    from five characters before those spaces, not across the whole sentence."""
    spaces = at
    while spaces > 0 and text[spaces - 1].isspace():
        spaces -= 1
    if spaces == at:
        return False  # no space right before `at`: no match can end there
    return _NOUN_OR_PASSIVE_BEFORE.search(text, max(0, spaces - 5), at) is not None


def _coordinated_subject(text: str, verb_start: int) -> tuple[int, int] | None:
    """The named subject of a speech verb that follows "and" in the sentence's first clause
    ("Chief Ana Reyes toured the site after the storm and said ..."), or None."""
    if "and" not in text[max(0, verb_start - 16) : verb_start]:
        return None  # most verbs: a cheap test first
    joined = _AND_BEFORE.search(text, max(0, verb_start - 16), verb_start)
    if joined is None:
        return None
    m = _CLAUSE_SUBJECT.match(text)
    if m is None or m.end() > joined.start():
        return None
    between = text[m.end("subject") : joined.start()]
    if any(c in between for c in ',;:"“”()') or _CLAUSE_BREAK.search(between):
        return None  # another clause or a quotation: its subject may be someone else
    if not _pre_prep(m.group("subject").split()):
        return None  # "Of Course ...": no head before a preposition
    return m.span("subject")


def _inside_report(text: str, at: int) -> bool:
    """Whether `at` lies in what an earlier cue reports ("a report claiming Reyes warned"):
    a strong cue comes before it and no time clause opens between the two."""
    last = -1
    for strong in _STRONG_CUE.finditer(text, 0, at):
        last = strong.end()
    return last >= 0 and _NEW_CLAUSE.search(text, last, at) is None


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Word and punctuation tokens of text[start:end] with their offsets."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]


# Verbs that end a source phrase read rightwards: what a report or study by someone "found"
# or "showed" (past or present). Not words that are also adjectives or nouns after an article
# ("an estimated 300", "alleged abuses", "a group called ...").
_FINDING_VERBS = frozenset(
    [
        "found",
        "finds",
        "showed",
        "shows",
        "concluded",
        "concludes",
        "revealed",
        "reveals",
        "suggested",
        "suggests",
        "indicated",
        "indicates",
        "warned",
        "warns",
        "recommended",
        "recommends",
        "predicted",
        "predicts",
        "highlighted",
        "highlights",
    ]
)
# Unions the functions below test words against, built once (not once per word tested).
_RIGHT_TRIM = _RIGHT_STOP | _DETERMINERS | {"of", "and", "with", "in", "at", "from"}
_ORG_OUTLET_OR_TITLE = _ORG_OR_OUTLET_WORDS | _TITLES
_DETERMINERS_ANY = _INDEFINITE | _DETERMINERS
_ROLE_OR_ORG_HEADS = _ROLE_HEADS | _ORG_HEADS
_SOURCE_HEADS = _ANON_HEADS | _ROLE_HEADS | _ORG_HEADS | _GENERIC_HEADS
_ANON_OR_ROLE_HEADS = _ANON_HEADS | _ROLE_HEADS
_PLACE_OR_EVENT_WORDS = _PLACE_WORDS | _EVENT_WORDS
_TIME_WORDS_OR_OF = _TIME_WORDS | {"of"}
_TITLES_OR_THE = _TITLES | {"the"}
_AUX_OR_HERE = _AUX | {"here", "there"}
_TIME_TAIL_OR_LEADS = _TIME_TAIL | _TIME_LEADS
_DETERMINERS_OR_QUANTIFIERS = _DETERMINERS_ANY | _QUANTIFIERS
_ORG_HEADS_OR_ANAPHORS = _ORG_HEADS | _OUTLET_ANAPHORS
_RIGHT_CUES_OR_TOLD = _RIGHT_CUES | {"told to"}


def _np_right(text: str, pos: int) -> tuple[int, int] | None:
    """The source phrase starting at `pos` (after "according to", "citing", ...)."""
    toks = _tokens(text, pos, min(len(text), pos + 200))
    kept: list[tuple[int, int, str]] = []
    for i, (s, e, w) in enumerate(toks):
        low = w.lower()
        if w == "," and kept and kept[-1][2].lower() in _DOCUMENT_HEADS:
            # "one of the posts, authored by Jo Park": the issuer after a comma
            issued = _ISSUED_BY.match(text, e + len(text[e:]) - len(text[e:].lstrip()))
            by = _np_right(text, issued.end()) if issued else None
            if by is not None:
                kept.append((s, by[1], text[s : by[1]]))
            break
        if not w[0].isalnum():
            if w in {"'", "’", "&", "-"} or (w == "." and kept and len(kept[-1][2]) <= 2):
                continue
            break
        after_doc = bool(kept) and kept[-1][2].lower() in _DOCUMENT_HEADS
        if after_doc and low in _SEEN:
            break  # "a memo seen by Reuters": the outlet relays the memo (see `_BY`)
        if after_doc and (issued := _ISSUED_BY.match(text, s)) is not None:
            # "a memo sent to employees by CEO Jo Park": keep the issuer with the document
            by = _np_right(text, issued.end())
            if by is not None:
                kept.append((s, by[1], text[s : by[1]]))
            break
        if after_doc and rx.fullmatch(_ISSUED, low):
            break  # "a statement issued on Tuesday": the participle only dates it
        if low in _RIGHT_STOP and kept:
            prev = kept[-1][2].lower()
            nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
            if not (
                prev in _KEEP_AFTER
                or (low == "to" and prev == "close")
                or (after_doc and low == "by")
                # inside a capitalised name: "the National Centre for Seismic Research"
                or (low in {"for", "of"} and kept[-1][2][:1].isupper() and nxt[:1].isupper())
            ):
                break
        if kept and low.endswith("ing") and w.islower() and low not in _ING_NOUNS:
            break  # "data showing ...", "reports suggesting ..."
        if (
            kept
            and low in _FINDING_VERBS
            and w.islower()
            and not kept[-1][2].endswith(("'s", "’s"))
        ):
            break  # "a report by the ministry found ...": what it found is not its name
        if low in {"who", "whom"}:
            clause = _anonymity_clause(text, s)
            if clause:
                kept.append((s, clause, text[s:clause]))
            break
        if low in {"on", "in", "at", "from"} and kept and kept[-1][2].lower() not in _KEEP_AFTER:
            nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
            if low not in {"at", "from", "in"}:
                break
            if low == "in" and not nxt[:1].isupper():
                break
        kept.append((s, e, w))
        if len(kept) >= 12:
            break
    while kept and kept[-1][2].lower() in _RIGHT_TRIM:
        kept.pop()
    if not kept:
        return None
    end = kept[-1][1]
    last = kept[-1][2]
    if last.endswith(".") and last[:-1].isalpha() and last[:-1].lower() not in _ABBREVIATIONS:
        end -= 1  # a sentence's full stop, not an abbreviation's ("Corp.", "U.S.")
    return kept[0][0], end


_ANONYMITY_CLAUSE = rx.compile(
    r"who\s+(?:had\s+)?(?:requested|asked\s+for|spoke\s+on\s+(?:the\s+)?condition\s+of|declined\s+to\s+be"
    r"|asked\s+not\s+to\s+be|requested\s+not\s+to\s+be|did\s+not\s+want\s+to\s+be|were\s+not"
    r"|was\s+not|are\s+not|is\s+not|insisted\s+on|demanded)\s+[^,.;]{0,40}?"
    r"(?:anonymity|named|identified|authori[sz]ed\s+to\s+(?:speak|comment)(?:\s+publicly)?)",
    re.IGNORECASE,
)


def _anonymity_clause(text: str, pos: int) -> int | None:
    """End of "who requested anonymity" / "who asked not to be named" at `pos`, if there is one."""
    m = _ANONYMITY_CLAUSE.match(text, pos)
    return m.end() if m else None


def _np_left(text: str, verb_start: int) -> tuple[int, int] | None:
    """The subject phrase ending before a speech verb ("sources familiar with the matter said"),
    reaching over a parenthetical clause (", who spoke on condition of anonymity,")."""
    verb_start = _past_aside_close(text, verb_start)
    aside = _ASIDE.search(text, 0, verb_start)
    clause_end = verb_start
    if aside:
        verb_start = aside.start()
    appos = None if aside else _APPOSITION.search(text, 0, verb_start)
    if appos:
        seg = appos.group("seg")
        first = seg.split()[0]
        if _NAME_RUN.fullmatch(seg) and not any(
            w.lower() in _ORG_OUTLET_OR_TITLE for w in seg.split()
        ):
            return appos.start("seg"), appos.end("seg")  # "the HR chief, Jo Park, wrote"
        if _body_in_apposition(text[: appos.start()], seg):
            return appos.start("seg"), appos.end("seg")  # "its parent, Acme Holdings, said"
        if first[:1].islower() or first[:1].isdigit() or first.lower() in _TITLES_OR_THE:
            # "Jo Park, a police spokesperson, told ...", "The company, however, said"
            verb_start = clause_end = appos.start()
    who = None if aside or appos else _WHO_CLAUSE.search(text, 0, verb_start)
    if who:  # "a city official who was briefed on the inquiry said": the clause is the subject's
        verb_start = who.start()
    # a match ends with ")" and spaces: without them, the scan of the whole clause is skipped
    closed = text[:verb_start].rstrip().endswith(")")
    abbr = _TRAILING_ABBR.search(text, 0, verb_start) if closed else None
    if abbr:  # "The Wall Street Journal (WSJ) reported": the name before its abbreviation
        verb_start = clause_end = abbr.start()
    toks = _tokens(text, max(0, verb_start - 160), verb_start)
    # skip auxiliaries and adverbs between subject and verb ("has also previously reported")
    # (lower-case only: "Theresa May said", "Megan Kelly said")
    while toks and (
        toks[-1][2].islower() and (toks[-1][2] in _AUX_OR_HERE or toks[-1][2].endswith("ly"))
    ):
        toks.pop()
    if len(toks) > 1 and toks[-1][2].lower() in _TIME_TAIL:
        # "investigators on Monday said": the day dates the statement, it is not the source
        toks.pop()
        while len(toks) > 1 and toks[-1][2].lower() in _TIME_TAIL_OR_LEADS:
            toks.pop()
    kept: list[tuple[int, int, str]] = []
    for s, e, w in reversed(toks):
        low = w.lower()
        if not w[0].isalnum():
            # a lone "-" is spaced, a dash ("Seattle, Washington - Amazon said"), not a hyphen
            if w in {"'", "’", "&"}:
                kept.insert(0, (s, e, w))
                continue
            if w == "." and kept and rx.fullmatch(r"[A-Z]", text[s - 1 : s] or ""):
                kept.insert(0, (s, e, w))
                continue
            break
        if low in _LEFT_STOP:
            break
        kept.insert(0, (s, e, w))
        if len(kept) == 9 and _last_np_start(kept) > 0:
            break  # "... add to the 12,500 workers the bank [said]": the last phrase
        if len(kept) >= 16:
            return None
    cut = _last_np_start(kept)
    long_run = len(kept) > 9 or (len(kept) == 9 and cut == 0)
    if long_run and (cut > 0 or not (_name_with_place(kept, text) or _described_with_place(kept))):
        # a long run is a clause, not a subject, unless it is a name or a described source
        # and where the person works ("Jo Park of the state attorney's office in Lima", "an
        # official from the Red Cross Society in the city")
        return None
    kept = kept[cut:]
    while kept and (
        kept[0][2].lower() in _LEADING_PREPOSITIONS
        or (kept[0][2].islower() and kept[0][2].endswith("ing"))
    ):
        kept.pop(0)
    if not kept:
        return None
    first = kept[0][2]
    if (first in _ROLE_HEADS and first not in _PLURAL_ROLES) or kept[-1][2].lower() in _TITLES:
        # "Jo Park, director of salvage with the navy said", "Jo Park, Acme Chairman told":
        # the appositive has lost its closing comma; the name before it is the subject
        named = _NAME_THEN_COMMA.search(text, 0, kept[0][0])
        if named:
            return named.start("name"), named.end("name")
    if aside and _ANON_MARKERS.search(aside.group()) and "which" not in aside.group().lower():
        return kept[0][0], clause_end
    if who:
        return kept[0][0], clause_end  # the aside says the source is anonymous: keep it
    return kept[0][0], kept[-1][1]


def _past_aside_close(text: str, verb_start: int) -> int:
    """Where the words between a clause's closing comma (or an abbreviation's bracket) and
    its verb start, when they are only auxiliaries, adverbs and a time ("…, which leads the
    inquiry, has suggested", "…, governor of the bank, on Tuesday said", "… Board (NTSB) on
    Friday said"); else `verb_start`."""
    window = text[max(0, verb_start - 60) : verb_start]
    if "," not in window and ")" not in window:
        return verb_start  # the words end at a "," or ")" token or not at all: none to tokenise
    toks = _tokens(text, max(0, verb_start - 60), verb_start)
    n = len(toks)
    while (
        n and toks[n - 1][2].islower() and (toks[n - 1][2] in _AUX or toks[n - 1][2].endswith("ly"))
    ):
        n -= 1
    if n and toks[n - 1][2].lower() in _TIME_TAIL:
        n -= 1
        while n and toks[n - 1][2].lower() in _TIME_TAIL_OR_LEADS:
            n -= 1
        while n and toks[n - 1][2] in _AUX:
            n -= 1
    if n == len(toks) or n == 0 or toks[n - 1][2] not in {",", ")"}:
        return verb_start
    return toks[n][0]


def _name_with_place(kept: Sequence[tuple[int, int, str]], text: str) -> bool:
    """Whether a long subject run is a person's name and where they work ("Jo Park of the
    state attorney's office in Lima"): a name of two or more words, then "of", "at", "from"
    or "with", then no verb the scan would have stopped at."""
    words = [w for _, _, w in kept]
    link = next((i for i, w in enumerate(words) if w in {"of", "at", "from", "with"}), -1)
    if link < 2:
        return False
    return _NAME_RUN.fullmatch(text[kept[0][0] : kept[link - 1][1]]) is not None


def _described_with_place(kept: Sequence[tuple[int, int, str]]) -> bool:
    """Whether a long subject run is a described source and where it works ("a senior official
    from the health ministry in the capital"): an article or a number, at most two lower-case
    words ending in a person's role, then "of", "at", "from", "with" or "for"."""
    words = [w for _, _, w in kept]
    link = next((i for i, w in enumerate(words) if w in {"of", "at", "from", "with", "for"}), -1)
    if not 2 <= link <= 4 or words[0].lower() not in _DETERMINERS_OR_QUANTIFIERS:
        return False
    described = words[1:link]
    return all(w.isalpha() and w.islower() for w in described) and (
        described[-1] in _ANON_OR_ROLE_HEADS
    )


def _body_in_apposition(before: str, seg: str) -> bool:
    """Whether `seg` names the body a description right before it stands for: "the bank's
    parent company, Acme Holdings Group," or "the regulator, the Federal Banking Office,"."""
    if _BODY_NAME.fullmatch(seg) is None or any(w.lower() in _TITLES for w in seg.split()):
        return False
    head = before.rsplit(maxsplit=1)[-1] if before.strip() else ""
    return head.islower() and head in _ORG_HEADS_OR_ANAPHORS


def _last_np_start(kept: Sequence[tuple[int, int, str]]) -> int:
    """Where the last noun phrase of a subject run starts: at an article that follows a word
    other than a preposition or conjunction ("the 18,000 employees the company [said]",
    "Earlier this month the ministry [said]"), else 0."""
    start = 0
    for i in range(1, len(kept)):
        if kept[i][2] in {"the", "a", "an", "The"} and kept[i - 1][2].lower() not in _NP_LINKS:
            start = i
    return start


def _split_and(raw: _Raw, names: _Names) -> list[tuple[int, str]]:
    """The phrase split at "and" when both sides are sources ("Reuters and Kyodo News",
    "Park and Lee" when the article named both in full)."""
    m = rx.search(r"\s+and\s+", raw.phrase)
    if not m:
        return [(0, raw.phrase)]
    left, right = raw.phrase[: m.start()], raw.phrase[m.end() :]
    right_words = right.split()
    if not right_words:
        return [(0, left)]
    if rx.search(r"\b(?:of|for)(?:\s+[A-Z][\w&'’.-]*)+$", left) and right_words[0][:1].isupper():
        # "Department of Forestry and Fire Protection", "Centre for Maps and Surveys": one name
        return [(0, raw.phrase)]
    if _strip_det(raw.phrase).lower() in names.aliases or _one_body(left, right_words, names):
        # a name the article abbreviates as one ("Emergency Response and Recovery Office
        # (ERRO)"), or whose words before "and" name nothing on their own
        return [(0, raw.phrase)]
    right_head = _pre_prep(right_words)[-1:] or right_words[-1:]
    starts_ok = (
        right_words[0].lower() in _DETERMINERS_ANY
        or right_words[0][:1].isupper()
        or right_head[0].lower() in _ROLE_OR_ORG_HEADS  # "... and federal officials"
    )
    surnames = {p.split()[-1] for p in names.persons}
    left_head = _no_possessive(left.split()[-1].lower()) if left.split() else ""
    known = (
        right.lower() in _WELL_KNOWN
        or len(right_words) >= 2
        or (left.strip() in surnames and right.strip() in surnames)
        # "the state's transport department and Metrolink": a body, then a one-word name
        or (left_head in _ROLE_OR_ORG_HEADS and right_words[0][:1].isupper())
    )
    if starts_ok and known and _looks_like_source(left) and _looks_like_source(right):
        return [(0, left), (m.end(), right)]
    return [(0, raw.phrase)]


# Last words of a business's name ("Acme Group", "Acme Corp.").
_BUSINESS_WORDS = frozenset(
    ["company", "group", "inc", "corp", "ltd", "corporation", "bank", "fund", "co", "llc", "plc"]
)


def _one_body(left: str, right_words: Sequence[str], names: _Names) -> bool:
    """Whether "<left> and <right>" is one body's name: capitalised on both sides, the right
    ending on a body's word, the left neither a body, an outlet, a person nor a known name
    ("Securities and Exchange Commission", not "Reuters and the Interior Ministry")."""
    left_words = left.split()
    if not left_words or not left_words[-1][:1].isupper() or not right_words[0][:1].isupper():
        return False
    last = _no_possessive(right_words[-1].lower().strip(".,"))
    if last not in _ORG_WORDS or last in _BUSINESS_WORDS:
        return False  # "Jo Park and Acme Group": a firm is often named beside someone
    if any(w.lower().strip(".,") in _ORG_OR_OUTLET_WORDS for w in left_words):
        return False
    bare = _strip_det(left).lower()
    return bare not in names.aliases and bare not in _WELL_KNOWN


def _looks_like_source(phrase: str) -> bool:
    """Whether a phrase may name a source on its own (a capitalised name or a source noun)."""
    words = [w.strip(".,'’").lower() for w in phrase.split()]
    if any(w[:1].isupper() for w in phrase.split()):
        return True
    return any(w in _SOURCE_HEADS for w in words)


def _strip_det(phrase: str) -> str:
    """The phrase without a leading lower-case article ("the ministry" → "ministry")."""
    words = phrase.split()
    while words and words[0] in {"the", "a", "an"}:
        words.pop(0)
    return " ".join(words)


def _remember(names: _Names, source: str, kind: str, phrase: str) -> None:
    """Record the latest source of each kind, for anaphors further on."""
    names.last[kind] = source
    if kind in {"outlet", "person", "organisation"}:
        names.kinds.setdefault(source, kind)
    if kind == "anonymous":
        for w in phrase.lower().split():
            if w in _ANON_OR_ROLE_HEADS:
                names.last_anonymous[_singular(w)] = source


def _singular(word: str) -> str:
    """ "sources" → "source", "people" → "person": enough to resolve "the people said"."""
    if word == "people":
        return "person"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _quantifiers_only(words: Sequence[str]) -> bool:
    """Whether every word counts or picks ("one", "two", "the third", "some", "each")."""
    return all(w.lower() in _QUANTIFIERS or w.isdigit() for w in words)


def _definite_group(words: Sequence[str]) -> bool:
    """Whether a group after "of" refers back ("the people", "those sources")."""
    return len(words) == 2 and words[0].lower() in {"the", "these", "those"}


def _pre_prep(words: Sequence[str]) -> list[str]:
    """The words before the first preposition or relative clause (the phrase's head part)."""
    out: list[str] = []
    for w in words:
        if w.lower() in {
            "of",
            "in",
            "at",
            "from",
            "for",
            "with",
            "on",
            "to",
            "who",
            "familiar",
            "close",
            "briefed",
        }:
            break
        out.append(w)
    return out


def _resolve(phrase: str, raw: _Raw, names: _Names) -> tuple[str, str] | None:
    """The canonical source and its kind for a phrase, or None when it is not a source."""
    phrase = display(phrase).strip(" ,.;:'’\"“”")
    if not phrase:
        return None
    words = phrase.split()
    if all(w.lower() in _DETERMINERS_ANY for w in words):
        return None
    named_body = (
        len(words) > 2
        and words[0].lower() in _ORG_WORDS
        and words[1] in _LINKS
        and words[2][:1].isupper()
    )
    if words[0].lower() in _LEXICON and words[0][1:].islower() and not named_body:
        # sentence-initial capital on a common word ("Analysts warn", "Sources said"), not a
        # body's name ("Bank of Tarven said")
        words[0] = words[0].lower()
        phrase = " ".join(words)
    low = phrase.lower()
    bare = _strip_det(phrase)
    head_part = _pre_prep(words)
    head = head_part[-1].lower().strip(".,'’") if head_part else words[-1].lower()
    clean_head = _no_possessive(head)
    definite = words[0].lower() in {"the", "this", "that"} or bool(rx.match(r"^\S+['’]s\b", phrase))

    doc = _document_of(phrase)
    if doc:  # "a statement from the agency", "a memo sent to staff by CEO Jo Park": the issuer
        noun = _singular(doc.group("doc").lower())
        hint = "outlet" if noun == "report" else None
        issuer = _resolve(doc.group("who"), raw._replace(hint=hint), names)
        if issuer is not None:
            names.documents[noun] = issuer
            return issuer
        return _anon_phrase(phrase[: doc.end("doc")]), "unspecified"
    n = len(head_part)
    if 0 < n < len(words) - 1 and words[n] == "of" and _quantifiers_only(head_part):
        # "one of the officials", "two of the people": the group after "of" decides
        rest = " ".join(words[n + 1 :])
        group = _resolve(rest, raw, names)
        if group is None or group[1] != "anonymous":
            return group
        earlier = _definite_group(words[n + 1 :]) and group[0] != _anon_phrase(rest)
        return (group[0] if earlier else _anon_phrase(phrase)), "anonymous"
    if "," in phrase and _ANON_MARKERS.search(phrase.split(",", 1)[1]):
        return _anon_phrase(phrase.split(",", 1)[0]), "anonymous"
    # anonymous and unspecified sources keep their description
    if _ANON_MARKERS.search(phrase) or any(w.lower().strip(",") in _ANON_HEADS for w in head_part):
        if definite and len(words) <= 2 and _singular(clean_head) in names.last_anonymous:
            return names.last_anonymous[_singular(clean_head)], "anonymous"
        return _anon_phrase(phrase), "anonymous"
    if low in {"he", "she", "him", "her"}:
        return (names.antecedent, "person") if names.antecedent else None
    if low in {"it", "they"}:
        for kind in ("organisation", "outlet"):
            if kind in names.last and low == "it":
                return names.last[kind], kind
        return None
    titled = _titled_name(words)
    if titled is not None:  # "the Head of People Jo Park", "Secretary of State Ann Lee"
        return titled, "person"
    body_title = _body_title_name(words, names)
    if body_title is not None:  # "Bank of Tarven Governor Ana Reyes"
        return body_title, "person"
    # names the article or the well-known table can expand
    alias = _alias(bare, names)
    if alias is not None:
        return alias, names.kinds.get(alias, _alias_kind(alias))
    if definite and len(words) == 2 and clean_head in _OUTLET_ANAPHORS and "outlet" in names.last:
        return names.last["outlet"], "outlet"
    caps = [w for w in head_part if w[:1].isupper() and w.lower() not in _DETERMINERS]
    last_word = head_part[-1] if head_part else words[-1]
    if _capital(last_word):
        # a capital only on a determiner ("according to on The."): not a name, no source
        return _proper(phrase, head_part, raw, names) if caps else None
    # a lower-case head decides: a role, an organisation, or a generic group
    if clean_head in _ROLE_HEADS:
        plural = clean_head in _PLURAL_ROLES
        indefinite = words[0].lower() in _INDEFINITE or (not definite and plural)
        if clean_head.startswith("spokes") or clean_head.startswith("representative"):
            return _anon_phrase(phrase), "official"  # spokespeople speak on the record
        if indefinite or (plural and not caps and not definite):
            return _anon_phrase(phrase), "anonymous"
        if plural:
            return _anon_phrase(phrase), "anonymous"
        return _anon_phrase(phrase), "official"
    if clean_head in _ORG_HEADS:
        credited = names.last.get("organisation")
        if definite and len(words) == 2 and credited and _same_body(clean_head, credited):
            return credited, "organisation"  # "SpaceX said ... the company said"
        return _anon_phrase(phrase), "organisation"
    if (
        clean_head in _ORG_PLURALS
        and len(head_part) <= 4
        and not _DOCUMENT_HEADS & {w.lower() for w in head_part}
    ):
        # "the companies said": the bodies the story is about; "banks said": some, unnamed
        if definite or words[0].lower() in {"both", "all"}:
            return _anon_phrase(phrase), "organisation"
        return _anon_phrase(phrase), "unspecified"
    if _is_people(clean_head) and raw.cue_end >= 0 and raw.cue not in _PEOPLE_CUES:
        return None  # "many residents posted videos": doing, not saying
    if clean_head in _GENERIC_HEADS or clean_head in _DOCUMENT_HEADS:
        if clean_head in {"report", "reports"} and caps and len(head_part) > 2:
            # "A Financial Times report said": the outlet named before "report"
            return _proper(
                " ".join(head_part[1:-1]), head_part[1:-1], raw._replace(hint="outlet"), names
            )
        if clean_head in _NEWS_ITEMS and definite and "outlet" in names.last:
            return names.last["outlet"], "outlet"
        if clean_head in _DOCUMENT_HEADS:
            return _document_source(phrase, head_part, clean_head, raw, names)
        return _anon_phrase(phrase), "unspecified"
    if _is_people(clean_head) and (raw.cue in _PEOPLE_CUES or raw.cue_end < 0):
        # described people ("doctors", "lawyers for the family"), neither named nor anonymous
        return _anon_phrase(phrase), "unspecified"
    if caps and raw.cue in _RIGHT_CUES_OR_TOLD and clean_head in _BROADCAST_WORDS:
        return _proper(phrase, head_part, raw._replace(hint="outlet"), names)
    # anything else after "citing" / "according to" is a reason or circumstance ("citing an
    # uncertain economy", "according to plan"), not a source
    return None


# Plural heads of bodies ("the companies", "both governments", "rights groups").
_ORG_PLURALS = frozenset(
    [
        "companies",
        "firms",
        "banks",
        "groups",
        "governments",
        "ministries",
        "parties",
        "unions",
        "airlines",
        "hospitals",
        "universities",
        "clubs",
        "charities",
        "organisations",
        "organizations",
        "councils",
        "departments",
        "embassies",
    ]
)
# Heads that name a business: "the company" after a credited firm is that firm.
_BUSINESS_HEADS = frozenset(
    [
        "company",
        "firm",
        "carrier",
        "airline",
        "carmaker",
        "automaker",
        "manufacturer",
        "maker",
        "lender",
        "retailer",
        "insurer",
        "operator",
        "startup",
        "group",
        "bank",
        "business",
    ]
)


def _same_body(head: str, name: str) -> bool:
    """Whether "the <head>" can stand for the body `name` the article credited last: a public
    body by its own head word ("the ministry" → "Ministry of Interior"), a business by any
    business head when the name holds no public body's word ("the company" → "SpaceX")."""
    lowered = {w.lower().strip(".,") for w in name.split()}
    if head in lowered:
        return True
    return head in _BUSINESS_HEADS and not lowered & _ORG_WORDS


_LINKS = frozenset(["of", "for", "on"])
# Relation words before a name ("his wife Wang Li", "her son Tom").
_KIN = frozenset(
    [
        "wife",
        "husband",
        "widow",
        "widower",
        "son",
        "daughter",
        "mother",
        "father",
        "brother",
        "sister",
        "parents",
        "partner",
        "fiancé",
        "fiancée",
        "fiance",
        "fiancee",
        "uncle",
        "aunt",
        "cousin",
        "niece",
        "nephew",
        "grandson",
        "granddaughter",
        "grandmother",
        "grandfather",
        "stepson",
        "stepdaughter",
        "stepfather",
        "stepmother",
        "sibling",
    ]
)
# Title words that qualify another title ("Foreign Minister", "Deputy Governor"), not a noun
# that a name follows.
_TITLE_MODIFIERS = frozenset(
    [
        "prime",
        "foreign",
        "defense",
        "defence",
        "deputy",
        "vice",
        "former",
        "finance",
        "interior",
        "trade",
        "economy",
        "state",
        "national",
        "rear",
        "private",
    ]
)


def _titled_name(words: Sequence[str]) -> str | None:
    """The person a title phrase with "of" or "for" ends on ("Head of People Jo Park",
    "Minister for Foreign Affairs Ana Reyes" → the last two capitalised words)."""
    link = next((i for i, w in enumerate(words) if w in {"of", "for"}), -1)
    if link < 0 or not any(w.lower() in _TITLES for w in words[:link]):
        return None
    named: list[str] = []
    for w in reversed(words[:link]):
        if not w[:1].isupper() or w.lower().strip(".") in _TITLES:
            break
        named.insert(0, w)
    if len(named) >= 2:
        return " ".join(named)  # "Assistant Attorney General Eric Dreiband of the Division"
    run: list[str] = []
    for w in reversed(words[link + 1 :]):
        if not w[:1].isupper() or w.lower() in _TITLES or w.lower() in _ORG_OR_OUTLET_WORDS:
            break
        run.insert(0, w)
    if len(run) < 2 or (len(run) == 2 and link == len(words) - 3):
        return None  # "Minister for Foreign Affairs": the office only, nobody named
    return " ".join(_person_part(run))


# Words that join the parts of one name ("Bank of Tarven", "Centre for Research in Lima").
_FUNCTION = _NP_LINKS | _DETERMINERS | frozenset(["de", "du", "des", "la", "le", "del", "der"])
_PRONOUNS = frozenset(["he", "she", "they", "it", "him", "her", "them"])
_SURNAME = rx.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_INITIAL = rx.compile(r"[A-Z]\.")


def _person_part(run: Sequence[str]) -> list[str]:
    """The words of a person's name at the end of a capitalised run that begins with the
    portfolio of a title ("Foreign Affairs Ana Reyes" → "Ana Reyes"): the last two words,
    or three around a middle initial ("Ana J. Reyes")."""
    if len(run) > 2 and _INITIAL.fullmatch(run[-2]):
        return list(run[-3:])
    return list(run[-2:])


def _body_title_name(words: Sequence[str], names: _Names) -> str | None:
    """The person at the end of "<body with of/for> <title> <First Last>" ("Bank of Tarven
    Governor Ana Reyes", "Council for Safe Roads spokesman Tom Roe"); None when the word before
    the name only qualifies a title ("Minister for Foreign Affairs Ana Reyes")."""
    if not _LINKS.intersection(words):
        return None
    lowered = [w.lower().strip(".,") for w in words]
    at = max((i for i, w in enumerate(lowered) if w in _TITLES), default=-1)
    if at < 1 or lowered[at] in _TITLE_MODIFIERS or at == len(words) - 1:
        return None
    if at == len(words) - 2 and words[-1] not in {p.split()[-1] for p in names.persons}:
        return None  # one word after the title is a name only when the article gave it in full
    first = at
    while first > 0 and lowered[first - 1] in _TITLES:
        first -= 1
    if first == 0 or lowered[first - 1] in _LINKS:
        return None  # "the office of Prime Minister Jo Park": the office is the source
    return _after_title(words, lowered, names)


def _is_people(head: str) -> bool:
    """Whether a lower-case head noun names people ("doctors", "economists", "rescuers")."""
    if head in _PEOPLE_HEADS:
        return True
    return head not in _NOT_PEOPLE and _AGENT_SUFFIX.fullmatch(head) is not None


def _document_source(
    phrase: str, head_part: Sequence[str], noun: str, raw: _Raw, names: _Names
) -> tuple[str, str]:
    """Who stands behind a document: the issuer the phrase names ("the company's filing",
    "a Pentagon memo"), the issuer the article linked to that document before ("the memo"
    after "a memo by X" or "X said in a memo"), or the document itself, unspecified."""
    noun = _singular(noun)
    mods = list(head_part[:-1])
    poss = [i for i, w in enumerate(mods) if rx.search(r"['’]s$", w)]
    hint = "outlet" if noun == "report" else None
    if poss:
        who = _no_possessive(" ".join(mods[: poss[-1] + 1]))
        issuer = _resolve(who, raw._replace(hint=hint), names)
        if issuer is not None:
            names.documents[noun] = issuer
            return issuer
    run: list[str] = []
    for w in reversed(mods):  # the capitalised words right before the noun: "a Pentagon memo"
        if not w[:1].isupper() or w.lower() in _DETERMINERS:
            break
        run.insert(0, w)
    if run:
        issuer = _proper(" ".join(run), run, raw._replace(hint=hint), names)
        names.documents[noun] = issuer
        return issuer
    definite = bool(mods) and mods[0].lower() in {"the", "this", "that"}
    if definite and noun in names.documents:
        return names.documents[noun]
    return _anon_phrase(phrase), "unspecified"


def _no_possessive(word: str) -> str:
    """`word` without a final "'s" or "’s": what `rx.sub(r"['’]s$", "", word)` gives (`$` also
    matches before a final line break), without a pattern call for each word."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith(("'s\n", "’s\n")):
        return word[:-3] + "\n"
    return word


def _anon_phrase(phrase: str) -> str:
    """A described source as written, without a leading "the" or a trailing reason clause."""
    phrase = rx.split(r"\s+(?:due to|because|as|since)\s+", phrase)[0]
    words = phrase.split()
    if words and words[0] in {"the", "The"} and len(words) > 1:
        words = words[1:]
    return " ".join(words)


def _alias(bare: str, names: _Names) -> str | None:
    """The canonical name for an alias the article defines or the well-known table holds."""
    key = bare.lower().strip(".")
    key = _no_possessive(key)
    if key.startswith("the "):
        key = key[4:]
    if key in names.aliases:
        return names.aliases[key]
    # a name's last word after "the" ("the Journal") or a name's initials ("WSJ")
    for canonical, kind in names.kinds.items():
        if kind != "outlet":
            continue
        parts = [p for p in rx.sub(r"^The\s+", "", canonical).split() if p[:1].isupper()]
        if len(parts) >= 2 and key == parts[-1].lower():
            return canonical
        if len(parts) >= 2 and bare.isupper() and key == "".join(p[0] for p in parts).lower():
            return canonical
    if key in _WELL_KNOWN:
        return _WELL_KNOWN[key]
    return None


def _alias_kind(name: str) -> str:
    """What an abbreviation the article defines stands for: a body when its name says so
    ("Department of Health and Human Services (HHS)"), else an outlet ("WSJ")."""
    lowered = {_no_possessive(w.lower().strip(".,")) for w in name.split()}
    return "organisation" if lowered & _ORG_WORDS and not lowered & _OUTLET_WORDS else "outlet"


def _proper(phrase: str, head_part: Sequence[str], raw: _Raw, names: _Names) -> tuple[str, str]:
    """Canonical name and kind of a capitalised source: outlet, organisation or person."""
    words = [w for w in head_part if w.lower() not in _DETERMINERS or w[:1].isupper()]
    lowered = [_no_possessive(w.lower().strip(".,")) for w in words]
    full = " ".join(phrase.split())
    name = _strip_det(full)
    if lowered and lowered[-1] in _OUTLET_WORDS:
        canonical = _WELL_KNOWN.get(rx.sub(r"^the\s+", "", name.lower()), name)
        names.kinds.setdefault(canonical, "outlet")
        return canonical, "outlet"
    titled = _after_title(words, lowered, names)
    if titled is not None:  # "Regional Development Bank President Carla Mendes"
        return titled, "person"
    # no word left when the source is a bare determiner ("according to on The.")
    body = bool(lowered) and lowered[-1] in _ORG_WORDS and not _OUTLET_WORDS.intersection(lowered)
    if raw.hint == "outlet" and full.split()[0] in ("The", "the") and not body:
        # "The Daily Ledger reported": people are not named with "the"; what reports is a paper
        # ("confirmed by the Water Authority": a body's name says it is one)
        canonical = _WELL_KNOWN.get(name.lower(), name)
        names.kinds.setdefault(canonical, "outlet")
        return canonical, "outlet"
    if any(w in _ORG_WORDS for w in lowered):
        return _undescribed(name), "organisation"
    # a person: the last run of capitalised words that are not titles
    run: list[str] = []
    for w in reversed(words):
        if _capital(w) and w.lower().strip(".") not in _TITLES:
            run.insert(0, w)
        elif run:
            break
    person = " ".join(run)
    # "his wife Wang Li", "the victim's brother Tom Roe": relatives share surnames, so a
    # name given with a relation is that relative's own, not a namesake's named before
    kin = any(w in _KIN for w in lowered[: len(words) - len(run)])
    if person:
        known = person if kin and person in names.persons else _known_person(person, names)
        if known is not None:
            return known, "person"
        if len(run) >= 2 and not any(w.isupper() for w in run):
            return person, "person"
        joined = len(run) < len(words) and lowered[len(words) - len(run) - 1] in {"and", "&"}
        if len(run) < len(words) and not joined:
            return person, "person"  # "Professor Lind", "President Reyes", not "X and Meta"
    if raw.hint == "outlet" or raw.cue in {"citing"}:
        names.kinds.setdefault(name, "outlet")
        return name, "outlet"
    return name, "organisation"


def _surname(name: str) -> str:
    """A name's last word without a joined particle ("Ashraf al-Qudra" → "Qudra"), as the
    article names the person later."""
    last = name.split()[-1]
    return last.split("-", 1)[1] if _PARTICLE_WORD.fullmatch(last) else last


def _capital(word: str) -> bool:
    """Whether a word is written as part of a name: capitalised, or a particle joined to a
    surname ("al-Ghaithi")."""
    return word[:1].isupper() or _PARTICLE_WORD.fullmatch(word.rstrip(".,;:")) is not None


def _known_person(person: str, names: _Names) -> str | None:
    """The full name the article gave a person named here in part ("Reyes" → "Ana Reyes"):
    the same name if the article has it, else the first with the same last word and no fewer
    letters, passing over runs of more than three words ("Photo Jo Roe Ana Reyes": a caption
    credit fused to a name) when a shorter one fits."""
    if person in names.persons:
        return person
    last = _surname(person)
    fits = [k for k, s in names.surnames.items() if s == last and len(k) >= len(person)]
    short = [k for k in fits if len(k.split()) <= 3]
    return (short or fits)[0] if fits else None


def _undescribed(name: str) -> str:
    """A body's name without a lower-case description before it ("rival Acme Corp", "the
    town's parent company Acme Holdings" → the capitalised name); a name joined by a link
    ("Bank of Tarven", "Committee of the Red Cross") is kept whole."""
    words = name.split()
    i = len(words)
    while i > 0 and words[i - 1][:1].isupper():
        i -= 1
    if 0 < i < len(words) and words[i - 1].isalpha() and words[i - 1].lower() not in _FUNCTION:
        return " ".join(words[i:])
    return name


def _after_title(words: Sequence[str], lowered: Sequence[str], names: _Names) -> str | None:
    """The person a title word introduces at the end of a capitalised phrase, where the
    words before the title name the body ("Central Bank Governor Ana Reyes" → "Ana Reyes")."""
    at = max((i for i, w in enumerate(lowered) if w in _TITLES), default=-1)
    run = list(words[at + 1 :])
    if at < 0 or not run or any(w in _ORG_OR_OUTLET_WORDS for w in lowered[at + 1 :]):
        return None
    if not all(w[:1].isupper() for w in run):
        return None
    person = " ".join(run)
    return _known_person(person, names) or person


# ---------------------------------------------------------------- profiles and differences


def credit_speakers(
    attributions: Sequence[Attribution], quotes: Sequence[QuoteGroup]
) -> tuple[Attribution, ...]:
    """The attributions, each named source renamed to the speaker the quote stage resolved
    the same phrase of the same sentence to ("the central bank leader said" → the person the
    article named), so that one person under two descriptions is not counted as two sources."""
    if not attributions:
        return ()
    resolved: dict[tuple[str, int, str], str] = {}
    # Quotes the quote stage could credit only through other outlets' renderings of the same
    # words: the one described official the sentence credits is that speaker.
    unresolved: dict[tuple[str, int], str] = {}
    for group in quotes:
        for r in group.renderings:
            speaker = group.speaker or r.speaker
            if r.kind != "quote" or not speaker or speaker.lower() in _PRONOUNS:
                continue  # a pronoun the quote stage could not resolve names nobody
            if r.speaker_as_written:
                resolved[(r.article, r.sentence, _key(r.speaker_as_written))] = speaker
            elif _NAME_RUN.fullmatch(speaker):
                unresolved[(r.article, r.sentence)] = speaker
    if not resolved and not unresolved:
        return _one_form(attributions, quotes)
    named_in: dict[tuple[str, int], int] = {}
    for a in attributions:
        if a.named:
            named_in[(a.article, a.sentence)] = named_in.get((a.article, a.sentence), 0) + 1
    out: list[Attribution] = []
    for a in attributions:
        speaker = resolved.get((a.article, a.sentence, _key(a.source)))
        pronoun = a.text.split(maxsplit=1)[0].lower() if a.text else ""
        if speaker is None and pronoun in {"he", "she"}:
            # "…,” he said: the quote stage reads the passage for who "he" is (it skips
            # people only listed in passing), so its answer wins over the nearest name
            speaker = resolved.get((a.article, a.sentence, pronoun))
        where = (a.article, a.sentence)
        if speaker is None and a.kind == "official" and named_in.get(where) == 1:
            speaker = unresolved.get(where)
        if (
            speaker is None
            or a.kind not in {"person", "official"}
            or _key(speaker) == _key(a.source)
        ):
            out.append(a)
            continue
        # an official description resolved to a full name is that person
        kind = "person" if _NAME_RUN.fullmatch(speaker) else a.kind
        out.append(replace(a, source=speaker, kind=kind, named=True))
    return _one_form(out, quotes)


def _one_form(
    attributions: Sequence[Attribution], quotes: Sequence[QuoteGroup]
) -> tuple[Attribution, ...]:
    """The attributions with a body named in full and by its initials shown alike. (People
    keep each article's form of their name; `differences` compares them by first and last
    name, so "John Roe" and "John T. Roe" are one source there.)"""
    del quotes  # the quote groups' name forms are not needed for bodies
    # A body named in full in one place and by its initials in another ("the FDIC said")
    # reads as one source, shown with both: "Federal Deposit Insurance Corporation (FDIC)".
    bodies = {a.source for a in attributions if a.named and a.kind != "person"}
    by_initials: dict[str, set[str]] = {}
    for name in bodies:
        if not _ACRONYM.fullmatch(name):
            by_initials.setdefault(_initials(name), set()).add(name)
    short: dict[str, str] = {}  # full name -> its initials, when the articles use them
    for a in attributions:
        if a.source not in bodies:
            continue
        if _ACRONYM.fullmatch(a.source):
            found = by_initials.get(a.source, set())
            if len(found) == 1:
                short[next(iter(found))] = a.source
        else:
            initials = _initials(a.source)
            # (initials are capitals, no pattern syntax: a word search, not a pattern per body)
            if len(initials) >= 2 and next(rx.word_starts(a.text, initials), None) is not None:
                short[a.source] = initials
    long = {initials: name for name, initials in short.items()}
    out: list[Attribution] = []
    for a in attributions:
        form = a.source
        full = long.get(form, form)
        if full in short:
            form = f"{full} ({short[full]})"
        out.append(a if form == a.source else replace(a, source=form))
    return tuple(out)


_ACRONYM = rx.compile(r"[A-Z]{2,6}")


def _initials(name: str) -> str:
    """The capitals a name's abbreviation is made of ("The Wall Street Journal" → "WSJ")."""
    words = [w for w in rx.split(r"[\s-]+", name) if w[:1].isupper() and w not in ("The", "A")]
    return "".join(w[0] for w in words)


def profiles(
    articles: Sequence[Article], attributions: Sequence[Attribution]
) -> tuple[SourcingProfile, ...]:
    """Per article (same order as `articles`): named, anonymous, unspecified, hedged, sources."""
    out: list[SourcingProfile] = []
    # One pass buckets the attributions by article (in order), not one pass per article.
    by_article: dict[str, list[Attribution]] = {}
    for a in attributions:
        by_article.setdefault(a.article, []).append(a)
    for article in articles:
        own = by_article.get(article.id, [])
        if not own:  # the counts below, without walking empty lists five times
            out.append(
                SourcingProfile(
                    article=article.id, named=0, anonymous=0, hedged=0, sources=(), unspecified=0
                )
            )
            continue
        out.append(
            SourcingProfile(
                article=article.id,
                named=sum(1 for a in own if a.named),
                anonymous=sum(1 for a in own if a.kind == "anonymous"),
                hedged=sum(1 for a in own if a.hedge),
                sources=tuple(dict.fromkeys(a.source for a in own)),
                unspecified=sum(1 for a in own if not a.named and a.kind != "anonymous"),
            )
        )
    return tuple(out)


def differences(
    statements: Sequence[Statement], attributions: Sequence[Attribution]
) -> tuple[SourcingDifference, ...]:
    """For each statement carried by 2+ articles, who each credits, where the credits differ."""
    by_sentence: dict[tuple[str, int], list[Attribution]] = {}
    for a in attributions:
        by_sentence.setdefault((a.article, a.sentence), []).append(a)
    out: list[SourcingDifference] = []
    for st in statements:
        # Members by article, articles in order of first appearance (as `st.articles`): one
        # pass over the members, not one per article.
        members_of: dict[str, list[Member]] = {}
        for m in st.members:
            members_of.setdefault(m.article, []).append(m)
        if len(members_of) < 2:
            continue
        credits: list[tuple[str, tuple[str, ...]]] = []
        for article, members in members_of.items():
            sources: dict[str, None] = {}
            for m in members:
                for a in by_sentence.get((m.article, m.sentence), ()):
                    sources[_credit(a)] = None
            credits.append((article, tuple(sources)))
        keys = {frozenset(_key(s) for s in srcs) for _, srcs in credits}
        if len(keys) > 1:
            out.append(SourcingDifference(statement=st.id, by_article=tuple(credits)))
    return tuple(out)


def _credit(a: Attribution) -> str:
    """How a credit reads in a difference: the source, marked when anonymous or relayed."""
    label = a.source
    if a.kind == "anonymous":
        label = f"{label} (anonymous)"
    if a.via:
        label = f"{label} via {a.via}"
    return label


def _key(label: str) -> str:
    """A credit label normalised for comparison (case, quotes, a leading "the"; a person by
    first and last name, so "John T. Roe" and "John Roe" compare equal)."""
    from newsdiff.extract.quotes import first_last

    person = first_last(label)
    if person is not None:
        return f"{person[0]} {person[1]}".casefold()
    return rx.sub(r"^the\s+", "", match_form(label))
