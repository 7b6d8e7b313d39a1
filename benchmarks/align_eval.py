"""Precision/recall/F1 of "same statement" on the aligner's labelled development set.

    python benchmarks/align_eval.py                 # figures for the default AlignConfig
    python benchmarks/align_eval.py -v              # also list every wrong pair
    python benchmarks/align_eval.py --set threshold=0.45 --set weight_fuzz=0.3
    python benchmarks/align_eval.py --sweep threshold=0.35,0.4,0.45,0.5,0.55

Pairs: every two sentences of one story from different articles (plus same-label pairs
inside one article: the many-to-one case). A pair is "same" in the gold when both carry the
same label, and predicted "same" when align() puts both in one statement. Hard negatives are
gold "not same" pairs that share at least two content words; they are counted separately.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from newsdiff.align import align
from newsdiff.config import AlignConfig
from newsdiff.model import Sentence, Span
from newsdiff.normalize import match_form

DEV = Path(__file__).resolve().parent.parent / "tests" / "data" / "align" / "dev.yaml"
_WORD = re.compile(r"[a-z0-9]{4,}")


def load(path: Path = DEV) -> list[dict[str, Any]]:
    """Stories as {id, articles: {id: [(label, text)]}} with "_" labels made unique."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    stories = []
    for story in data["stories"]:
        arts: dict[str, list[tuple[str, str]]] = {}
        for aid, rows in story["articles"].items():
            arts[aid] = [
                (f"_{aid}{i}" if label == "_" else str(label), str(text))
                for i, (label, text) in enumerate(rows)
            ]
        stories.append({"id": story["id"], "articles": arts})
    return stories


def sentences(arts: dict[str, list[tuple[str, str]]]) -> tuple[tuple[Sentence, ...], ...]:
    """Per-article Sentence records built directly (no segmenter involved)."""
    out = []
    for aid, rows in arts.items():
        pos = 0
        group = []
        for i, (_label, text) in enumerate(rows):
            group.append(Sentence(aid, i, text, Span(pos, pos + len(text)), match=match_form(text)))
            pos += len(text) + 1
        out.append(tuple(group))
    return tuple(out)


def pairs(arts: dict[str, list[tuple[str, str]]]) -> list[tuple[tuple[str, int], tuple[str, int]]]:
    """The labelled pairs of one story (cross-article, plus same-label pairs within an article)."""
    keys = [(aid, i) for aid, rows in arts.items() for i in range(len(rows))]
    out = []
    for x, y in itertools.combinations(keys, 2):
        if x[0] != y[0] or arts[x[0]][x[1]][0] == arts[y[0]][y[1]][0]:
            out.append((x, y))
    return out


def evaluate(config: AlignConfig, *, verbose: bool = False) -> dict[str, float]:
    """Counts and precision/recall/F1 over the whole development set."""
    tp = fp = fn = tn = hard = hard_fp = 0
    for story in load():
        arts = story["articles"]
        cluster: dict[tuple[str, int], str] = {}
        for st in align(sentences(arts), config=config):
            for mem in st.members:
                cluster[(mem.article, mem.sentence)] = st.id
        for x, y in pairs(arts):
            gold = arts[x[0]][x[1]][0] == arts[y[0]][y[1]][0]
            pred = cluster[x] == cluster[y]
            tx, ty = arts[x[0]][x[1]][1], arts[y[0]][y[1]][1]
            is_hard = (
                not gold
                and len(set(_WORD.findall(tx.lower())) & set(_WORD.findall(ty.lower()))) >= 2
            )
            hard += is_hard
            hard_fp += is_hard and pred
            if gold and pred:
                tp += 1
            elif pred:
                fp += 1
            elif gold:
                fn += 1
            else:
                tn += 1
            if verbose and gold != pred:
                kind = "FP" if pred else "FN"
                print(f"{kind} {story['id']}: {x[0]}:{tx[:70]!r}\n      {y[0]}:{ty[:70]!r}")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "pairs": tp + fp + fn + tn,
        "positives": tp + fn,
        "hard_negatives": hard,
        "hard_fp": hard_fp,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": p,
        "recall": r,
        "f1": f,
    }


def _config(sets: list[str]) -> AlignConfig:
    values: dict[str, Any] = {}
    types = {f.name: f.type for f in dataclasses.fields(AlignConfig)}
    for item in sets:
        key, _, val = item.partition("=")
        values[key] = int(val) if types[key] in ("int", int) else float(val)
    return AlignConfig(**values)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--set", action="append", default=[], help="KEY=VALUE of AlignConfig")
    ap.add_argument("--sweep", help="KEY=V1,V2,... one row per value")
    args = ap.parse_args()
    rows = []
    if args.sweep:
        key, _, vals = args.sweep.partition("=")
        for v in vals.split(","):
            rows.append((f"{key}={v}", _config([*args.set, f"{key}={v}"])))
    else:
        rows.append(("default" if not args.set else " ".join(args.set), _config(args.set)))
    print(f"{'config':32} {'pairs':>6} {'pos':>5} {'hard':>5} {'P':>6} {'R':>6} {'F1':>6} hardFP")
    for name, cfg in rows:
        r = evaluate(cfg, verbose=args.verbose)
        print(
            f"{name:32} {r['pairs']:6d} {r['positives']:5d} {r['hard_negatives']:5d} "
            f"{r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['hard_fp']:d}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
