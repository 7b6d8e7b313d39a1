"""Accuracy and cost of date extraction and resolution: newsdiff's rules vs dateparser.

    python benchmarks/dates_eval.py          # figures for both
    python benchmarks/dates_eval.py -v       # also list every miss, extra and wrong value

Reads tests/data/dates/labelled.yaml (sentences written for newsdiff with their publication
dates and the expressions a reader would mark). For each system it prints extraction
precision/recall (an expression matches when one text contains the other, case-insensitive),
resolution accuracy over the matched expressions, and time: import in a fresh interpreter
(for the rules, the dates module alone, its package already imported), the first call, and
the whole set.

dateparser (a dev-only dependency) is run the way the issue suggests: `search_dates` with a
fixed RELATIVE_BASE (the publication date) and DATE_ORDER (the row's order, else DMY) and
PREFER_DATES_FROM "past". It returns days only, so its value is scored leniently against a
coarser gold value: a day inside the gold month, year or ISO week counts as right. Rows
without a publication date are skipped for dateparser (it cannot leave a value unresolved).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from newsdiff.config import DateConfig
from newsdiff.extract import dates
from newsdiff.model import Article, Sentence, Span

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "dates" / "labelled.yaml"


@dataclass(frozen=True, slots=True)
class Found:
    """One expression a system found: its text, value, and the optional extras."""

    text: str
    resolved: str | None
    not_after: str | None = None
    ambiguous: bool = False
    event: str | None = None


@dataclass
class Score:
    """Counts for one system over the labelled set."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    resolved_ok: int = 0
    resolved_total: int = 0
    extra_ok: int = 0  # not_after, ambiguous and event, where the row gives them
    extra_total: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def resolution(self) -> float:
        return self.resolved_ok / self.resolved_total if self.resolved_total else 1.0

    @property
    def extras(self) -> float:
        return self.extra_ok / self.extra_total if self.extra_total else 1.0


def load_rows(path: Path = DATA) -> list[dict[str, Any]]:
    """The labelled rows, with dates as ISO strings."""
    rows: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    for row in rows:
        for exp in row["expect"]:
            for key in ("resolved", "not_after"):
                if exp.get(key) is not None:
                    exp[key] = str(exp[key])
            exp["text"] = str(exp["text"])
    return rows


def rules(row: dict[str, Any]) -> list[Found]:
    """What newsdiff's rules find in one row."""
    pub = row["pub"]
    text = row["text"]
    article = Article(id="r", text=text, published=pub)
    sentence = Sentence("r", 0, text, Span(0, len(text)))
    config = DateConfig(order=row.get("order", "auto"))
    return [
        Found(m.text, m.resolved, m.not_after, m.ambiguous, m.event)
        for m in dates.extract(article, [sentence], config=config)
    ]


def dateparser_system() -> Callable[[dict[str, Any]], list[Found]]:
    """A row → findings function backed by dateparser's `search_dates`."""
    from dateparser.search import search_dates

    def run(row: dict[str, Any]) -> list[Found]:
        pub: date | None = row["pub"]
        base = datetime(pub.year, pub.month, pub.day) if pub else datetime(2000, 1, 1)
        settings = {
            "RELATIVE_BASE": base,
            "DATE_ORDER": str(row.get("order", "dmy")).upper(),
            "PREFER_DATES_FROM": "past",
        }
        hits = search_dates(row["text"], languages=["en"], settings=settings) or []
        return [Found(text, value.date().isoformat()) for text, value in hits]

    return run


def _same_text(a: str, b: str) -> bool:
    x, y = a.lower().strip(" ,."), b.lower().strip(" ,.")
    return bool(x) and bool(y) and (x in y or y in x)


def _value_ok(got: str | None, want: str | None, *, lenient: bool) -> bool:
    """Whether a found value equals the gold one (or, lenient, is a day inside it)."""
    if got == want:
        return True
    if not lenient or got is None or want is None or len(got) != 10:
        return False
    if "-W" in want:
        iso = date.fromisoformat(got).isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}" == want
    return got.startswith(want)


def score(
    rows: Sequence[dict[str, Any]],
    system: Callable[[dict[str, Any]], list[Found]],
    *,
    lenient: bool = False,
    skip_unpublished: bool = False,
) -> Score:
    """Extraction and resolution counts of one system over the rows."""
    s = Score()
    for row in rows:
        if skip_unpublished and row["pub"] is None:
            continue
        found = list(system(row))
        for exp in row["expect"]:
            match = next((f for f in found if _same_text(f.text, exp["text"])), None)
            if match is None:
                s.fn += 1
                s.errors.append(f"miss  {exp['text']!r} in {row['text']!r}")
                continue
            found.remove(match)
            s.tp += 1
            s.resolved_total += 1
            if _value_ok(match.resolved, exp["resolved"], lenient=lenient):
                s.resolved_ok += 1
            else:
                s.errors.append(
                    f"value {exp['text']!r}: {match.resolved} (want {exp['resolved']})"
                    f" in {row['text']!r}"
                )
            for key in ("not_after", "ambiguous", "event"):
                if key in exp and not lenient:
                    s.extra_total += 1
                    if getattr(match, key) == exp[key]:
                        s.extra_ok += 1
                    else:
                        s.errors.append(
                            f"{key} {exp['text']!r}: {getattr(match, key)!r} (want {exp[key]!r})"
                        )
        for f in found:
            s.fp += 1
            s.errors.append(f"extra {f.text!r} ({f.resolved}) in {row['text']!r}")
    return s


def _import_ms(module: str, *, after: str = "sys") -> float:
    """Milliseconds to import `module` in a fresh interpreter once `after` is in (best of 3)."""
    code = (
        f"import {after}; import time; t = time.perf_counter(); import {module}; "
        "print(time.perf_counter() - t)"
    )
    best = min(
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(3)
    )
    return best * 1000


def _timed(
    rows: Sequence[dict[str, Any]], system: Callable[[dict[str, Any]], list[Found]]
) -> tuple[float, float]:
    """Milliseconds for the first row and for the whole set (after the first)."""
    t = time.perf_counter()
    system(rows[0])
    first = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    for row in rows:
        system(row)
    return first, (time.perf_counter() - t) * 1000


def _report(name: str, s: Score, first: float, total: float, imp: float, n: int) -> None:
    print(
        f"{name:<11} extraction P {s.precision:.3f} R {s.recall:.3f} "
        f"(tp {s.tp}, fp {s.fp}, fn {s.fn})  resolution {s.resolution:.3f} "
        f"({s.resolved_ok}/{s.resolved_total})"
        + (f"  extras {s.extras:.3f} ({s.extra_ok}/{s.extra_total})" if s.extra_total else "")
    )
    print(
        f"{'':<11} import {imp:.0f} ms, first call {first:.1f} ms, "
        f"{n} rows {total:.1f} ms ({total / n:.2f} ms/row)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    args = parser.parse_args(argv)
    rows = load_rows()
    print(f"{len(rows)} rows, {sum(len(r['expect']) for r in rows)} expressions ({DATA.name})")
    ours = score(rows, rules)
    first, total = _timed(rows, rules)
    _report(
        "rules",
        ours,
        first,
        total,
        _import_ms("newsdiff.extract.dates", after="newsdiff.config, newsdiff.model"),
        len(rows),
    )
    if args.verbose:
        print("\n".join(f"    {e}" for e in ours.errors))
    try:
        dp = dateparser_system()
    except ImportError:
        print("dateparser   not installed (pip install dateparser)")
        return 0
    dated = [r for r in rows if r["pub"] is not None]
    first_dp, total_dp = _timed(dated, dp)
    theirs = score(rows, dp, lenient=True, skip_unpublished=True)
    _report("dateparser", theirs, first_dp, total_dp, _import_ms("dateparser"), len(dated))
    if args.verbose:
        print("\n".join(f"    {e}" for e in theirs.errors))
    ours_dated = score(rows, rules, skip_unpublished=True)
    print(
        f"same rows (published only): rules P {ours_dated.precision:.3f} "
        f"R {ours_dated.recall:.3f} resolution {ours_dated.resolution:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
