"""Precision, recall and named/anonymous accuracy of `newsdiff.extract.attributions`.

    python benchmarks/attributions_eval.py [-v]

Reads tests/data/attributions/sentences.yaml. A predicted attribution matches an
expected one when one source contains the other after normalisation (case, quotes,
punctuation, a leading "the"), as the gold scorer does. Among matches it also
counts `named` right, and `via` right where the row gives one.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from newsdiff.config import AttributionConfig
from newsdiff.extract import attributions
from newsdiff.model import Article, Attribution, Sentence, Span
from newsdiff.normalize import match_form

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "attributions"


def attributions_of(text: str) -> tuple[Attribution, ...]:
    """The attributions newsdiff finds in one labelled sentence."""
    sentence = Sentence("x", 0, text, Span(0, len(text)))
    return attributions.extract(Article("x", text), [sentence], config=AttributionConfig())


def norm(text: str | None) -> str:
    """Text as the gold scorer compares it: folded, without punctuation or a leading "the"."""
    text = re.sub(r"[\"'.,;:!?()\[\]]", " ", match_form(text or ""))
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def same_source(pred: str | None, want: str) -> bool:
    """Whether two source strings name the same source (one contains the other)."""
    p, w = f" {norm(pred)} ", f" {norm(want)} "
    return bool(norm(pred)) and (w in p or p in w)


def score(rows: list[dict[str, Any]], *, verbose: bool = False) -> dict[str, float]:
    """Precision, recall, named accuracy and via accuracy over labelled sentences."""
    tp = n_pred = n_gold = named_ok = via_n = via_ok = 0
    for row in rows:
        pred = list(attributions_of(row["text"]))
        gold = row.get("sources") or []
        n_pred += len(pred)
        n_gold += len(gold)
        used: set[int] = set()
        for g in gold:
            hit = next(
                (
                    i
                    for i, p in enumerate(pred)
                    if i not in used and same_source(p.source, g["source"])
                ),
                None,
            )
            if hit is None:
                if verbose:
                    print(f"MISS  {g['source']!r} in {row['text']!r}")
                continue
            used.add(hit)
            tp += 1
            p = pred[hit]
            named_ok += p.named == g["named"]
            if verbose and p.named != g["named"]:
                print(f"NAMED {p.source!r}: named={p.named} kind={p.kind} in {row['text']!r}")
            if "via" in g:
                via_n += 1
                via_ok += same_source(p.via, g["via"])
                if verbose and not same_source(p.via, g["via"]):
                    print(f"VIA   {p.source!r}: via={p.via!r} (want {g['via']!r})")
        if verbose:
            for i, p in enumerate(pred):
                if i not in used:
                    print(f"EXTRA {p.source!r} ({p.kind}) in {row['text']!r}")
    return {
        "precision": tp / n_pred if n_pred else 1.0,
        "recall": tp / n_gold if n_gold else 1.0,
        "named_accuracy": named_ok / tp if tp else 0.0,
        "via_accuracy": via_ok / via_n if via_n else 1.0,
        "predicted": n_pred,
        "expected": n_gold,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args()
    rows = yaml.safe_load((DATA / "sentences.yaml").read_text(encoding="utf-8"))["rows"]
    s = score(rows, verbose=args.verbose)
    print(
        f"attributions: precision {s['precision']:.3f} recall {s['recall']:.3f} "
        f"named/anonymous accuracy {s['named_accuracy']:.3f} via accuracy {s['via_accuracy']:.3f} "
        f"({s['predicted']} predicted, {s['expected']} expected, {len(rows)} sentences)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
