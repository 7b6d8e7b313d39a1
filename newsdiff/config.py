"""The `Config` record and its discovery: `newsdiff.yaml`, `[tool.newsdiff]` in pyproject.toml, `--config`.

Every threshold and default lives here, one frozen section per stage. Unknown keys
are an error naming the key; YAML is read with `yaml.safe_load` only.
"""

from __future__ import annotations

import dataclasses
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_type_hints

from newsdiff.errors import ConfigError


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

    threshold: float = 0.5  # min similarity for two sentences to be the same statement


@dataclass(frozen=True, slots=True)
class QuoteConfig:
    """Quote extraction and grouping."""

    group_threshold: float = 0.5


@dataclass(frozen=True, slots=True)
class DateConfig:
    """Date extraction and resolution."""

    # Day/month order when an article gives no unambiguous date: "dmy", "mdy" or "auto".
    order: str = "auto"


@dataclass(frozen=True, slots=True)
class NumberConfig:
    """Number extraction and conflicts."""

    tolerance: float = 0.02  # relative difference under which two values agree (rounding)


@dataclass(frozen=True, slots=True)
class AttributionConfig:
    """Attribution extraction."""


@dataclass(frozen=True, slots=True)
class ReportConfig:
    """Report defaults."""

    fail_on: tuple[str, ...] = ("any",)
    width: int | None = None


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
    raise ConfigError(where, f"{key}: expected {text.replace('typing.', '')}, got {value!r}")


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
        values[name] = _section(where, name, cls, body or {})
    return Config(**values)


def read_config(path: Path) -> Config:
    """The Config in a YAML file (or a pyproject.toml's [tool.newsdiff] table)."""
    import yaml

    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(str(path), exc.strerror or "cannot be read") from None
    except UnicodeDecodeError:
        raise ConfigError(str(path), "is not UTF-8 text") from None
    if path.name == "pyproject.toml":
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


def discover(cwd: Path) -> Path | None:
    """The config file that applies in `cwd`: newsdiff.yaml, else a pyproject.toml with [tool.newsdiff]."""
    for name in ("newsdiff.yaml", "newsdiff.yml"):
        if (cwd / name).is_file():
            return cwd / name
    pyproject = cwd / "pyproject.toml"
    if pyproject.is_file():
        try:
            if "[tool.newsdiff" in pyproject.read_text(encoding="utf-8"):
                return pyproject
        except (OSError, UnicodeDecodeError):
            return None
    return None
