"""Aligner scale benchmark: align() on 5, 100 and 1,000 generated articles of ~40 sentences.

    python benchmarks/align_bench.py                  # sizes 5, 100, 1000; median of 3 runs
    python benchmarks/align_bench.py --sizes 5,100 --runs 5

Articles are built from sentence templates (one invented story, written for this benchmark)
with paraphrase-like perturbations: synonym swaps, dropped clauses, changed figures,
reordered sentences, and sentences only one outlet carries. Prints wall time (median),
peak traced memory (tracemalloc, separate run), statements found, and the growth exponent
log(t1000/t100)/log(10). Not part of the unit tests.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
import time
import tracemalloc

from newsdiff.align import align
from newsdiff.config import AlignConfig
from newsdiff.model import Sentence, Span
from newsdiff.normalize import match_form

# Statement templates: {slots} are filled per article; each has a few phrasings.
_TEMPLATES = [
    [
        "Floodwaters swept through {town} on {day}, forcing {n} residents from their homes.",
        "{n} people were evacuated from {town} after floodwaters rose on {day}.",
        "On {day}, rising water drove {n} residents of {town} out of their houses.",
    ],
    [
        "The regional governor declared a state of emergency across {n2} districts.",
        "A state of emergency was declared in {n2} districts by the regional governor.",
    ],
    [
        "At least {d} people have died and {m} are missing, the civil protection agency said.",
        "The civil protection agency put the death toll at {d}, with {m} still unaccounted for.",
        "{d} deaths have been confirmed and {m} people remain missing, officials said.",
    ],
    [
        "Rescue crews used boats and helicopters to reach villages cut off by the water.",
        "Helicopters and boats were sent to reach cut-off villages, rescue officials said.",
    ],
    [
        "The river peaked at {h} metres, its highest level since records began in {y}.",
        "Water levels reached {h} metres, a record since measurements started in {y}.",
    ],
    [
        '"We have never seen anything like this," the mayor of {town} told reporters.',
        "The mayor of {town} said the town had never experienced flooding of this scale.",
    ],
    [
        "Power was cut to about {k} homes, the electricity operator said.",
        "Some {k} households lost electricity, according to the grid operator.",
    ],
    [
        "The national weather service warned that more heavy rain was expected over the weekend.",
        "Forecasters said further heavy rain would fall at the weekend.",
    ],
    [
        "The prime minister promised emergency funds of {e} million to rebuild bridges.",
        "{e} million in emergency funding will repair roads and bridges, the premier said.",
    ],
    [
        "Schools in the region will stay closed until at least {day2}.",
        "Authorities ordered schools to remain shut until {day2}.",
    ],
    [
        "Insurers estimate the damage at more than {b} billion.",
        "Early estimates from insurers put the cost of the damage above {b} billion.",
    ],
    [
        "Environmental groups linked the severity of the floods to climate change.",
        "Climate campaigners said global warming had made the floods worse.",
    ],
    [
        "The main railway line between {town} and the capital remains closed.",
        "Trains between the capital and {town} are still suspended.",
    ],
    [
        "Volunteers filled sandbags through the night to protect the old town.",
        "Hundreds of volunteers worked overnight piling sandbags around the historic centre.",
    ],
    [
        "The army deployed {s} soldiers to help with evacuations and clean-up.",
        "{s} troops were sent to assist with evacuation and cleaning up, the ministry said.",
    ],
    [
        "Opposition leaders accused the government of ignoring warnings about the dams.",
        "The government ignored repeated warnings about the dams, opposition politicians said.",
    ],
    [
        "A bridge collapsed near {town}, although no one was on it at the time.",
        "Nobody was hurt when a bridge near {town} gave way.",
    ],
    [
        "Drinking water supplies have been contaminated in several villages.",
        "Several villages no longer have safe drinking water, health officials warned.",
    ],
    [
        "The European Union said it stood ready to send help if asked.",
        "Brussels offered assistance should the government request it.",
    ],
    [
        "Farmers said entire harvests had been destroyed just weeks before picking.",
        "Crops were wiped out only weeks before the harvest, farmers' unions said.",
    ],
]
_SWAPS = {
    "said": "stated",
    "people": "residents",
    "homes": "houses",
    "help": "aid",
    "warned": "cautioned",
    "reach": "get to",
    "damage": "destruction",
}
_FILLER_WORDS = [
    "local",
    "resident",
    "shop",
    "owner",
    "street",
    "water",
    "mud",
    "car",
    "cellar",
    "family",
    "neighbour",
    "church",
    "school",
    "market",
    "square",
    "photo",
    "video",
    "footage",
    "clean",
    "road",
    "wall",
    "roof",
    "garden",
    "memory",
    "grandmother",
    "tractor",
    "boat",
    "dog",
    "cat",
    "bakery",
    "pharmacy",
    "clinic",
]
_TOWNS = ["Arnfeld", "Brusk", "Calder", "Dunmore", "Elsby", "Fenwick"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _fill(text: str, rng: random.Random, base: dict[str, str]) -> str:
    slots = dict(base)
    if rng.random() < 0.15:  # outlets disagree on a figure now and then
        slots["d"] = str(int(slots["d"]) + rng.randint(1, 9))
    out = text.format(**slots)
    words = out.split(" ")
    for i, w in enumerate(words):
        if w in _SWAPS and rng.random() < 0.3:
            words[i] = _SWAPS[w]
    out = " ".join(words)
    if "," in out and rng.random() < 0.15:  # dropped trailing clause
        out = out.rsplit(",", 1)[0] + "."
    return out


def articles(n: int, *, per_article: int = 40, seed: int = 7) -> tuple[tuple[Sentence, ...], ...]:
    """`n` generated articles of about `per_article` sentences each."""
    rng = random.Random(seed)
    base = {
        "town": "Arnfeld",
        "day": "Sunday",
        "day2": "Friday",
        "n": "12,000",
        "n2": "14",
        "d": "38",
        "m": "61",
        "h": "8.4",
        "y": "1887",
        "k": "90,000",
        "e": "250",
        "b": "1.2",
        "s": "2,500",
    }
    out = []
    for a in range(n):
        aid = f"a{a:04d}"
        chosen = [t for t in _TEMPLATES if rng.random() < 0.8]
        texts = [_fill(rng.choice(t), rng, base) for t in chosen]
        while len(texts) < per_article:
            k = rng.randint(8, 18)
            words = [rng.choice(_FILLER_WORDS) for _ in range(k)]
            words.insert(rng.randint(0, k), rng.choice(_TOWNS))
            texts.append(" ".join(words).capitalize() + f", {rng.choice(_DAYS)}.")
        rng.shuffle(texts)
        group = []
        pos = 0
        for i, text in enumerate(texts):
            group.append(Sentence(aid, i, text, Span(pos, pos + len(text)), match=match_form(text)))
            pos += len(text) + 1
        out.append(tuple(group))
    return tuple(out)


def measure(n: int, runs: int, config: AlignConfig) -> tuple[float, float, int, int]:
    """Median seconds, peak MiB, sentences, statements for `n` articles."""
    data = articles(n)
    times = []
    statements = 0
    for _ in range(runs):
        t0 = time.perf_counter()
        statements = len(align(data, config=config))
        times.append(time.perf_counter() - t0)
    tracemalloc.start()
    align(data, config=config)
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return statistics.median(times), peak / 2**20, sum(len(g) for g in data), statements


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="5,100,1000")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    config = AlignConfig()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = {}
    print(f"{'articles':>8} {'sentences':>9} {'statements':>10} {'median s':>9} {'peak MiB':>9}")
    for n in sizes:
        t, mem, sents, stmts = measure(n, args.runs, config)
        rows[n] = t
        print(f"{n:8d} {sents:9d} {stmts:10d} {t:9.3f} {mem:9.1f}")
    if 100 in rows and 1000 in rows:
        print(f"growth exponent 100 -> 1000: {math.log(rows[1000] / rows[100]) / math.log(10):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
