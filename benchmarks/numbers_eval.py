"""Precision, recall and value accuracy of `newsdiff.extract.numbers` on the labelled sets.

    python benchmarks/numbers_eval.py [-v]

Reads tests/data/numbers/sentences.yaml (figures per sentence) and stories.yaml
(multi-outlet grouping and conflicts). A predicted figure matches an expected one
when one text contains the other; its value is right when within 0.1% and the unit
is the same. For the stories it reports the expected groups found with the right
conflict flag (and, where marked `days`, labelled as reported on different days), the
pairs kept apart, and the false conflicts: conflict groups that no expected conflict
accounts for (what would send a fact-checker after a difference that is not there).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

import yaml

from newsdiff.config import NumberConfig
from newsdiff.extract import numbers
from newsdiff.model import Article, Member, NumberMention, Sentence, Span, Statement

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "numbers"


def sentence_of(article: str, index: int, text: str, offset: int = 0) -> Sentence:
    """A Sentence record for one line of labelled text."""
    return Sentence(article, index, text, Span(offset, offset + len(text)))


def mentions_of(text: str) -> tuple[NumberMention, ...]:
    """The figures newsdiff finds in one labelled sentence."""
    return numbers.extract(Article("x", text), [sentence_of("x", 0, text)], config=NumberConfig())


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).lower()


def _matches(pred: str, want: str) -> bool:
    p, w = _norm(pred), _norm(want)
    return p == w or (bool(p) and (p in w or w in p))


def score_sentences(rows: list[dict[str, Any]], *, verbose: bool = False) -> dict[str, float]:
    """Precision, recall and value accuracy over labelled sentences."""
    tp = n_pred = n_gold = right = 0
    for row in rows:
        pred = list(mentions_of(row["text"]))
        gold = row.get("figures") or []
        n_pred += len(pred)
        n_gold += len(gold)
        used: set[int] = set()
        for g in gold:
            hit = next(
                (i for i, p in enumerate(pred) if i not in used and _matches(p.text, g["text"])),
                None,
            )
            if hit is None:
                if verbose:
                    print(f"MISS  {g['text']!r} in {row['text']!r}")
                continue
            used.add(hit)
            tp += 1
            p = pred[hit]
            want = float(g["value"])
            ok = p.unit == g.get("unit") and abs(p.value - want) <= 1e-3 * max(1.0, abs(want))
            right += ok
            if verbose and not ok:
                print(f"VALUE {p.text!r}: {p.value} {p.unit} (want {want} {g.get('unit')})")
        if verbose:
            for i, p in enumerate(pred):
                if i not in used:
                    print(f"EXTRA {p.text!r} in {row['text']!r}")
    return {
        "precision": tp / n_pred if n_pred else 1.0,
        "recall": tp / n_gold if n_gold else 1.0,
        "value_accuracy": right / tp if tp else 0.0,
        "predicted": n_pred,
        "expected": n_gold,
    }


def story_groups(story: dict[str, Any]) -> tuple[Any, ...]:
    """The NumberGroups newsdiff builds for one labelled multi-outlet story."""
    sentences: dict[str, list[Sentence]] = {}
    mentions: list[NumberMention] = []
    published = story.get("published") or {}
    for aid, lines in story["articles"].items():
        text = "\n".join(lines)
        day = published.get(aid)
        article = Article(aid, text, published=day if isinstance(day, dt.date) else None)
        pos = 0
        ss = []
        for i, line in enumerate(lines):
            ss.append(sentence_of(aid, i, line, pos))
            pos += len(line) + 1
        sentences[aid] = ss
        mentions.extend(numbers.extract(article, ss, config=NumberConfig()))
    statements: list[Statement] = []
    placed: set[tuple[str, int]] = set()
    for group in story.get("aligned") or []:
        members = []
        for ref in group:
            aid, idx = ref.split(":")
            s = sentences[aid][int(idx)]
            members.append(Member(aid, s.index, s.text))
            placed.add((aid, s.index))
        statements.append(Statement(f"s{len(statements) + 1}", tuple(members)))
    for aid, ss in sentences.items():
        for s in ss:
            if (aid, s.index) not in placed:
                statements.append(
                    Statement(f"s{len(statements) + 1}", (Member(aid, s.index, s.text),))
                )
    return numbers.group(
        mentions, statements=statements, sentences=sentences, config=NumberConfig()
    )


def _locate(groups: tuple[Any, ...], ref: str) -> tuple[str | None, bool]:
    aid, _, text = ref.partition(":")
    for g in groups:
        for m in g.mentions:
            if m.article == aid and _matches(m.text, text):
                return g.id, g.conflict
    return None, False


def score_stories(stories: list[dict[str, Any]], *, verbose: bool = False) -> dict[str, float]:
    """Share of expected groups found (with the right conflict flag) and of pairs kept apart,
    and the number of conflicts flagged that no expected conflict accounts for."""
    same_ok = same_n = apart_ok = apart_n = false_conflicts = flagged = 0
    for story in stories:
        groups = story_groups(story)
        explained: set[str] = set()
        for exp in story.get("same") or []:
            same_n += 1
            located = [_locate(groups, r) for r in exp["figures"]]
            ids = {gid for gid, _ in located}
            ok = None not in ids and len(ids) == 1 and located[0][1] == exp["conflict"]
            if ok and "days" in exp:
                about = next(g.about or "" for g in groups if g.id == located[0][0])
                ok = ("different days" in about) == exp["days"]
            if ok and exp["conflict"]:
                explained.add(str(located[0][0]))
            same_ok += ok
            if verbose and not ok:
                print(f"GROUP {story['name']}: {exp['figures']} -> {located}")
        for g in groups:
            if g.conflict:
                flagged += 1
                if g.id not in explained:
                    false_conflicts += 1
                    if verbose:
                        shown = [f"{m.article}:{m.text}" for m in g.mentions]
                        print(f"FALSE {story['name']}: {g.about}: {shown}")
        for a, b in story.get("apart") or []:
            apart_n += 1
            ga, gb = _locate(groups, a)[0], _locate(groups, b)[0]
            ok = ga is not None and gb is not None and ga != gb
            apart_ok += ok
            if verbose and not ok:
                print(f"APART {story['name']}: {a} ~ {b} -> {ga}, {gb}")
    return {
        "grouped_right": same_ok / same_n if same_n else 1.0,
        "kept_apart": apart_ok / apart_n if apart_n else 1.0,
        "groups": same_n,
        "apart_pairs": apart_n,
        "flagged": flagged,
        "false_conflicts": false_conflicts,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args()
    rows = yaml.safe_load((DATA / "sentences.yaml").read_text(encoding="utf-8"))["rows"]
    stories = yaml.safe_load((DATA / "stories.yaml").read_text(encoding="utf-8"))["stories"]
    s = score_sentences(rows, verbose=args.verbose)
    g = score_stories(stories, verbose=args.verbose)
    print(
        f"figures: precision {s['precision']:.3f} recall {s['recall']:.3f} "
        f"value accuracy {s['value_accuracy']:.3f} "
        f"({s['predicted']} predicted, {s['expected']} expected, {len(rows)} sentences)"
    )
    print(
        f"stories: grouped right {g['grouped_right']:.3f} ({g['groups']} groups), "
        f"kept apart {g['kept_apart']:.3f} ({g['apart_pairs']} pairs), "
        f"conflicts flagged {g['flagged']}, false {g['false_conflicts']} ({len(stories)} stories)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
