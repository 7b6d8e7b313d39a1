"""Quote extraction quality on the labelled set: precision, recall, kind and speaker accuracy.

    python benchmarks/quotes_eval.py                     # tests/data/quotes/labelled.yaml
    python benchmarks/quotes_eval.py FILE.yaml -v        # another labelled file, list misses

A found quotation matches a labelled one in the same article when their words agree
(case, quote style and punctuation ignored; near-identical wording accepted). Speakers are
compared case-folded without a leading "the"; a labelled `speaker: null` expects none, and a
list of speakers accepts any of its forms (a family or an organisation written several ways).
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from newsdiff.config import QuoteConfig
from newsdiff.extract import quotes
from newsdiff.model import Article, Quote
from newsdiff.normalize import unify
from newsdiff.segment import segment

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "quotes" / "labelled.yaml"


def norm(text: str | None) -> str:
    """Words only, case-folded, quote styles unified."""
    return " ".join(re.findall(r"\w+(?:['’]\w+)*", unify(text or "").casefold()))


def same_speaker(got: str | None, want: str | list[str] | None) -> bool:
    """True when the speaker found is the labelled one (or one of the labelled forms), ignoring
    case and a leading article."""

    def key(s: str | None) -> str:
        return re.sub(r"^(?:the|a|an)\s+", "", norm(s))

    if isinstance(want, list):
        return any(key(got) == key(w) for w in want)
    return key(got) == key(want)


@dataclass
class Scores:
    """Counts over the labelled set."""

    found: int = 0
    labelled: int = 0
    matched: int = 0
    kind_ok: int = 0
    speakers: int = 0
    speaker_ok: int = 0
    misses: list[str] = field(default_factory=list)

    def line(self) -> str:
        """The figures as one line each."""
        p = self.matched / self.found if self.found else 0.0
        r = self.matched / self.labelled if self.labelled else 0.0
        k = self.kind_ok / self.matched if self.matched else 0.0
        s = self.speaker_ok / self.speakers if self.speakers else 0.0
        return (
            f"quotes: precision {p:.3f} ({self.matched}/{self.found}), "
            f"recall {r:.3f} ({self.matched}/{self.labelled})\n"
            f"kind accuracy {k:.3f} ({self.kind_ok}/{self.matched})\n"
            f"speaker accuracy {s:.3f} ({self.speaker_ok}/{self.speakers}) "
            "(labelled statements, a miss counts as wrong)"
        )


def article_of(entry: dict[str, Any]) -> Article:
    """The labelled entry as an Article."""
    return Article(id=str(entry["id"]), text=str(entry["text"]), title=entry.get("title"))


def score(entries: Sequence[dict[str, Any]], *, config: QuoteConfig | None = None) -> Scores:
    """Scores of `quotes.extract` over labelled entries."""
    config = config or QuoteConfig()
    out = Scores()
    for entry in entries:
        art = article_of(entry)
        got: list[Quote] = list(quotes.extract(art, segment(art), config=config))
        want = list(entry.get("quotes") or [])
        out.found += len(got)
        out.labelled += len(want)
        used: set[int] = set()
        for w in want:
            wn = norm(w["text"])
            best = None
            for i, q in enumerate(got):
                if i in used:
                    continue
                ratio = difflib.SequenceMatcher(None, norm(q.text), wn).ratio()
                if ratio >= 0.9 and (best is None or ratio > best[0]):
                    best = (ratio, i)
            kind = w.get("kind", "quote")
            if kind == "quote":
                out.speakers += 1
            if best is None:
                out.misses.append(f"{art.id}: not found {w['text']!r}")
                continue
            used.add(best[1])
            q = got[best[1]]
            out.matched += 1
            if q.kind == kind:
                out.kind_ok += 1
            else:
                out.misses.append(f"{art.id}: {w['text'][:40]!r} kind {q.kind} (want {kind})")
            if kind == "quote":
                if same_speaker(q.speaker, w.get("speaker")):
                    out.speaker_ok += 1
                else:
                    out.misses.append(
                        f"{art.id}: {w['text'][:40]!r} speaker {q.speaker!r} "
                        f"(want {w.get('speaker')!r})"
                    )
        for i, q in enumerate(got):
            if i not in used:
                out.misses.append(f"{art.id}: extra {q.kind} {q.text[:50]!r} ({q.speaker!r})")
    return out


def load(path: Path) -> list[dict[str, Any]]:
    """The labelled entries of a YAML file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [e for e in data if isinstance(e, dict)]


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures; exit 0."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    entries = load(args.file)
    result = score(entries)
    print(f"{len(entries)} articles, {args.file.name}")
    print(result.line())
    if args.verbose:
        for m in result.misses:
            print("  -", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
