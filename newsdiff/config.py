"""The `Config` record and where it comes from: newsdiff.yaml, pyproject.toml, `--config`.

Every threshold and default lives here, one frozen section per stage. Unknown keys
are an error naming the key; YAML is read with `yaml.safe_load` only.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, get_type_hints

from newsdiff.errors import ConfigError

if TYPE_CHECKING:
    from _typeshed import StrPath  # str or os.PathLike[str]


@dataclass(frozen=True, slots=True)
class LoadConfig:
    """Loader limits and defaults."""

    max_bytes: int = 5_000_000  # one article; a 20 MB paste is refused, not hung on
    max_articles: int = 2_000
    url_timeout: float = 10.0
    url_max_bytes: int = 5_000_000


@dataclass(frozen=True, slots=True)
class AlignConfig:
    """Statement aligner thresholds (chosen by measurement: see benchmarks/)."""

    threshold: float = 0.3  # min similarity for two sentences to be the same statement
    # Blend of the similarity signals (normalised by their sum): weighted content-word
    # Dice, weighted containment of the shorter sentence, rapidfuzz token_sort on content words.
    weight_dice: float = 0.6
    weight_containment: float = 0.2
    weight_fuzz: float = 0.2
    weight_part: float = 0.4  # best clause-to-clause Dice: sentences carrying two statements
    # Similarity given to two sentences when one's quoted words (as word trigrams) all appear
    # in the other's quote; scaled down by the share that does. Quotes shorter than
    # `quote_min_trigrams` trigrams (scare quotes, terms) do not count.
    quote_match: float = 0.6
    quote_min_trigrams: int = 3
    # Weight kept by the terms of an attribution frame (the speaker's name, title, description
    # next to "said"; 1.0 turns this off) when two sentences report remarks that share (almost)
    # nothing: less than `remark_overlap` weighted Dice. Dev set (benchmarks/align_eval.py): frame
    # weight 1.0 (off) P 0.925 R 0.929, 0.1-0.3 P 0.963 R 0.925, 0.5 P 0.959; overlap 0 (only
    # disjoint remarks) P 0.954, 0.1-0.2 P 0.963, 0.25 P 0.971 but R 0.903.
    frame_weight: float = 0.2
    remark_overlap: float = 0.15
    number_boost: float = 1.5  # figures carry the fact a statement states
    # Share of its weight a bare one-digit count or a year ("Line 2", "2 men", "in 2019") keeps
    # when both sentences give it: it says little about which fact they state, while one
    # sentence giving it and the other not still tells them apart. Development set: 1.0 P
    # 0.959, 0.2 to 0.5 P 0.963 (same recall); at 1.0 "Photo 1." and "Part 1." align.
    small_number_weight: float = 0.5
    # Added to two sentences giving one distinctive figure (two significant digits, or a unit:
    # "273", "7.1", "5%"; not "2" or a year) with a word of one paraphrase family ("killed ...
    # 273" and "death toll ... 273"). Development set: 0 P 0.953 R 0.907, 0.1-0.3 P 0.963 R
    # 0.925.
    figure_bonus: float = 0.1
    # Weight kept by terms two sentences share only through an aside (", who presided over
    # the trial,"; ", which has been at war for 12 years,"): it describes, it does not state.
    # Development set: 1.0 (off) P 0.956 R 0.920, 0.1-0.5 P 0.961 R 0.920.
    aside_weight: float = 0.3
    name_boost: float = 1.3  # capitalised words inside a sentence: names, places, bodies
    # Cluster fit = this share of the best representative's similarity, the rest the mean.
    best_share: float = 0.5
    candidates: int = 6  # sentences scored per sentence (cheap index stage picks them)
    representatives: int = 4  # members of a statement another one is compared with
    index_terms: int = 6  # rarest terms of a sentence looked up in the index of all terms
    posting_cap: int = 32  # sentences read per index term (bounds work on frequent terms)
    pair_gain: float = 0.05  # many-to-one: two sentences must beat the better one by this
    # Added to a near miss whose neighbouring pairs are the same statement; only to pairs at
    # least `context_floor` similar. Off while the floor equals `threshold`: lowering it to
    # 0.2-0.25 cost precision on the development set (0.957 -> 0.941).
    context_bonus: float = 0.1
    context_floor: float = 0.3
    copy_min_words: int = 8  # shared word run long enough to count as copied text
    wire_share: float = 0.3  # share of the shorter article in shared runs: likely wire copy
    # Bounds that keep shared-copy detection linear in the number of articles (a thousand
    # wire copies must not make half a million pairs): a pair is reported when it is among
    # the `copy_partners` best (by share) of either article; per article, the best
    # `copy_candidates` partners by all shingles shared and the best by shingles few articles
    # share are measured exactly; a shingle pairs each article holding it with its
    # `copy_window` neighbours among the holders (every holder when at most `copy_window` + 1
    # hold it); each pair keeps its `copy_passages` longest passages. Against the exhaustive
    # answer on generated stories (benchmarks/align_bench.py's generator), an article's five
    # best partners lose on average 0.0002 of share at 25 articles and 0.007 at 100.
    copy_partners: int = 5
    copy_candidates: int = 8
    copy_window: int = 16
    copy_passages: int = 20


@dataclass(frozen=True, slots=True)
class QuoteConfig:
    """Quote extraction and grouping."""

    # Share of the shorter rendering's content words the other must hold when two renderings by
    # one speaker are not in one aligned statement (0.5: a fragment of a longer rendering).
    group_threshold: float = 0.5
    # The same share when a speaker is unknown on one side: only near-identical wording links.
    anonymous_overlap: float = 0.8
    # A quote this short with no speaker is a term or scare quote, not a statement.
    term_max_words: int = 4
    # Two quotes in one aligned statement that share no content word are the same remark only
    # when one of them is shorter than this (a fragment); two full remarks need shared words.
    distinct_remark_words: int = 6


@dataclass(frozen=True, slots=True)
class DateConfig:
    """Date extraction and resolution."""

    # Day/month order when an article gives no unambiguous date: "dmy", "mdy" or "auto".
    order: str = "auto"
    # Grouping by aligned statement tries every pair of a statement's articles while at most
    # `exhaustive` articles carry dated mentions of it; past that, each article only against
    # the first `representatives` (so a statement a thousand outlets carry stays linear).
    exhaustive: int = 32
    representatives: int = 8
    # Mentions more than this many days apart are taken for two occurrences of an event (the
    # 2017 and the 2022 election, a call in March and one in May), never for one event that
    # outlets date differently: real disagreements are a day or two ("24 November" vs 25/11).
    max_gap_days: int = 31


@dataclass(frozen=True, slots=True)
class NumberConfig:
    """Number extraction and conflicts."""

    tolerance: float = 0.02  # relative difference under which two values agree (rounding)
    # "about 100", "around 100", "nearly 100" allow values this far off (relative): 95 and
    # "about 100" agree, 130 and "about 100" do not.
    approx_tolerance: float = 0.1
    # Two figures known only as a "distance" are one quantity only when the larger is at most
    # this many times the smaller (23 km and 49 km are two; 100 km and 160 km may be one).
    max_ratio: float = 2.0
    # Outside aligned statements, two same-noun figures are one quantity only when their
    # sentences share context words worth at least this much idf (one word found in about a
    # fifth of the story's sentences is ~1.6); measured on tests/data/numbers/stories.yaml.
    min_context: float = 1.5
    # Mentions that may state one quantity (one aligned statement, or one named quantity and
    # qualifier) are compared across every pair of their articles while at most `exhaustive`
    # articles hold them; past that, each article only with the first `representatives` of
    # them, so a figure a thousand outlets carry costs thousands of comparisons, not 500,000.
    exhaustive: int = 32
    representatives: int = 8


@dataclass(frozen=True, slots=True)
class AttributionConfig:
    """Attribution extraction."""


@dataclass(frozen=True, slots=True)
class ReportConfig:
    """Report defaults."""

    fail_on: tuple[str, ...] = ("any",)
    width: int | None = None
    pager: bool = True  # page long terminal output (only when stdout is a terminal)
    # Rows shown in the long lists (one-outlet statements, shared copy) before "N more";
    # `--all` shows every row and JSON always holds everything. A story with hundreds of
    # outlets would otherwise print tens of thousands of rows.
    max_rows: int = 60
    # `newsdiff check`: how close (0..1, Dice over the matched stretch) a source quotation
    # must be to count as the one a draft misquotes rather than a different quotation.
    check_min_similarity: float = 0.6


@dataclass(frozen=True, slots=True)
class Config:
    """All settings; `Config()` is the default everywhere."""

    load: LoadConfig = field(default_factory=LoadConfig)
    align: AlignConfig = field(default_factory=AlignConfig)
    quotes: QuoteConfig = field(default_factory=QuoteConfig)
    dates: DateConfig = field(default_factory=DateConfig)
    numbers: NumberConfig = field(default_factory=NumberConfig)
    attributions: AttributionConfig = field(default_factory=AttributionConfig)
    report: ReportConfig = field(default_factory=ReportConfig)


def _coerce(where: str, key: str, value: Any, hint: Any) -> Any:
    """The value converted to the field's type, or ConfigError naming the key."""
    text = str(hint)
    if hint is bool or text == "bool":
        if isinstance(value, bool):
            return value
    elif hint is int or text == "int":
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif hint is float or text == "float":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
    elif hint is str or text == "str":
        if isinstance(value, str):
            return value
    elif "tuple" in text:
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
    elif "None" in text:
        if value is None:
            return None
        for inner in ("int", "float", "str"):
            if inner in text:
                return _coerce(where, key, value, {"int": int, "float": float, "str": str}[inner])
    name = hint.__name__ if isinstance(hint, type) else text.replace("typing.", "")
    raise ConfigError(where, f"{key}: expected {name}, got {value!r}")


def _section(where: str, name: str, cls: type[Any], data: Any) -> Any:
    if not isinstance(data, dict):
        raise ConfigError(where, f"{name}: expected a mapping")
    hints = get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    values = {}
    for key, value in sorted(data.items(), key=lambda kv: str(kv[0])):
        if key not in known:
            raise ConfigError(where, f"unknown key {name}.{key}")
        values[key] = _coerce(where, f"{name}.{key}", value, hints[key])
    return cls(**values)


def from_mapping(data: Any, *, where: str = "config") -> Config:
    """A Config from a parsed mapping (sections of keys); unknown keys raise ConfigError."""
    if data is None:
        return Config()
    if not isinstance(data, dict):
        raise ConfigError(where, "expected a mapping of sections")
    sections = {f.name: f for f in dataclasses.fields(Config)}
    values = {}
    for name, body in sorted(data.items(), key=lambda kv: str(kv[0])):
        if name not in sections:
            raise ConfigError(where, f"unknown key {name}")
        cls = type(getattr(Config(), name))
        values[name] = _section(where, name, cls, {} if body is None else body)
    return Config(**values)


def read_config(path: StrPath) -> Config:
    """The Config in a YAML file (or a pyproject.toml's [tool.newsdiff] table)."""
    import yaml

    try:
        raw = _read_text(path)
    except OSError as exc:
        raise ConfigError(str(path), exc.strerror or "cannot be read") from None
    except UnicodeDecodeError:
        raise ConfigError(str(path), "is not UTF-8 text") from None
    if os.path.basename(os.fspath(path)) == "pyproject.toml":
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover - 3.10 only
            import tomli as tomllib
        try:
            data = tomllib.loads(raw).get("tool", {}).get("newsdiff")
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(str(path), f"invalid TOML: {exc}") from None
        return from_mapping(data, where=str(path))
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(str(path), f"invalid YAML{at}") from None
    return from_mapping(data, where=str(path))


def discover(cwd: StrPath) -> str | None:
    """The config file for `cwd`: newsdiff.yaml, else a pyproject.toml with [tool.newsdiff]."""
    for name in ("newsdiff.yaml", "newsdiff.yml"):
        path = os.path.join(cwd, name)
        if os.path.isfile(path):
            return path
    pyproject = os.path.join(cwd, "pyproject.toml")
    if os.path.isfile(pyproject):
        try:
            if "[tool.newsdiff" in _read_text(pyproject):
                return pyproject
        except (OSError, UnicodeDecodeError):
            return None
    return None


def _read_text(path: StrPath) -> str:
    """The file's text, as `Path.read_text(encoding="utf-8")` reads it."""
    with open(path, encoding="utf-8") as fh:
        return fh.read()
