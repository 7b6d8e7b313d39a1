"""Speed and scale of the whole pipeline (issue 8), printed as one table of medians.

    python benchmarks/pipeline_bench.py                 # everything (about 3 minutes)
    python benchmarks/pipeline_bench.py --quick         # fewer runs, sizes 5 and 100 only
    python benchmarks/pipeline_bench.py --sizes 5,100,1000 --runs 3 --startup-runs 11
    python benchmarks/pipeline_bench.py --stages 1000   # where compare() time goes, per stage

Rows:
  start-up   `newsdiff --help` and `newsdiff compare seeds/` wall time, each as a ratio to
             `python -c "import typer, rich"` measured in the same run (interleaved, as
             benchmarks/startup.py does, whose function this is). Measured three ways: with
             bytecode and compiled patterns cached (as after `pip install` and one run), with
             the compiled-pattern file removed before each run (a first run after installing), and
             as the environment is (where PYTHONDONTWRITEBYTECODE=1 makes every run compile
             newsdiff from source and keep no patterns).
  scale      `newsdiff.compare()` (alignment + extraction + grouping) on 5, 100 and 1,000
             generated articles of ~40 sentences, each size in its own subprocess: median wall
             time as called (from 2,000 sentences up it aligns in a forked child, see
             newsdiff/fork.py) and with parallel=False (one core), the part spent in
             align.align + align.copies, and peak resident memory of the process and of the
             child (ru_maxrss); then the growth exponent log(t1000 / t100) / log(10).
  API        two-sentence comparisons through `newsdiff.compare([Article, Article])` over many
             different sentence pairs: pairs per second.

Articles come from benchmarks/align_bench.py's generator (sentence templates of one invented
story with paraphrase-like perturbations), joined into article texts. Not part of the unit tests.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from startup import startup  # the start-up rows: benchmarks/startup.py

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {
    "help": "<= 1.3x",
    "compare": "<= 2.0x",
    "1000": "<= 10 s",
    "memory": "<= 1024 MiB",
    "exponent": "<= 1.2",
    "pairs": ">= 2000/s",
}

# Runs inside a subprocess: generate `n` articles, time compare() `runs` times.
_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {bench!r})
from datetime import date
from align_bench import articles as generated
from newsdiff import Article, compare
from newsdiff import align, segment
from newsdiff.config import Config

n, runs = {n}, {runs}
groups = generated(n)
docs = [
    Article(id=g[0].article, text=" ".join(s.text for s in g), published=date(2025, 6, 1))
    for g in groups
]
config = Config()
times, serial_times, align_times = [], [], []
for _ in range(runs):
    t0 = time.perf_counter()
    report = compare(docs, config=config)  # forks its alignment from 2,000 sentences up
    times.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    compare(docs, config=config, parallel=False)
    serial_times.append(time.perf_counter() - t0)
    sentences = tuple(segment.segment(a) for a in docs)
    t0 = time.perf_counter()
    align.align(sentences, config=config.align)
    align.copies(sentences, config=config.align)
    align_times.append(time.perf_counter() - t0)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({{
    "times": times, "serial": serial_times, "align": align_times, "rss_mib": rss,
    "child_mib": child, "sentences": sum(len(s) for s in report.sentences),
    "statements": len(report.statements),
}}))
"""


# Runs inside a subprocess: each stage function of compare() on `n` generated articles, timed.
_STAGES = r"""
import sys, time
sys.path.insert(0, {bench!r})
from datetime import date
from align_bench import articles as generated
from newsdiff import Article, align, segment
from newsdiff.config import Config
from newsdiff.extract import attributions as at, dates as d, numbers as nu, quotes as q

docs = [
    Article(id=g[0].article, text=" ".join(s.text for s in g), published=date(2025, 6, 1))
    for g in generated({n})
]
c, spent = Config(), {{}}
def timed(name, f):
    t0 = time.perf_counter()
    out = f()
    spent[name] = time.perf_counter() - t0
    return out
sents = timed("segment.segment", lambda: tuple(segment.segment(a) for a in docs))
docs = timed("dates.infer_published", lambda: d.infer_published(docs, sents))
by = {{a.id: s for a, s in zip(docs, sents)}}
st = timed("align.align", lambda: align.align(sents, config=c.align))
each = lambda mod, cfg: [x for a in docs for x in mod.extract(a, by[a.id], config=cfg)]
qs = timed("quotes.extract", lambda: each(q, c.quotes))
ds = timed("dates.extract", lambda: each(d, c.dates))
ns = timed("numbers.extract", lambda: each(nu, c.numbers))
ats = timed("attributions.extract", lambda: each(at, c.attributions))
timed("quotes.group", lambda: q.group(qs, statements=st, sentences=by, config=c.quotes))
timed("dates.group", lambda: d.group(ds, statements=st, sentences=by, config=c.dates))
timed("numbers.group", lambda: nu.group(ns, statements=st, sentences=by, config=c.numbers))
timed("attributions.profiles/differences",
      lambda: (at.profiles(docs, ats), at.differences(st, ats)))
timed("align.copies", lambda: align.copies(sents, config=c.align))
for name, seconds in spent.items():
    print(f"{{name:36}} {{seconds:7.2f}} s")
print(f"{{'total':36}} {{sum(spent.values()):7.2f}} s")
"""


def scale(n: int, runs: int) -> dict[str, float]:
    """compare() on `n` generated articles, in a fresh process: times, memory, sizes."""
    code = _CHILD.format(bench=str(ROOT / "benchmarks"), n=n, runs=runs)
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    got = json.loads(out.stdout.strip().splitlines()[-1])
    return {
        "time": statistics.median(got["times"]),
        "align": statistics.median(got["align"]),
        "serial": statistics.median(got["serial"]),
        "rss": got["rss_mib"],
        "child": got["child_mib"],
        "sentences": got["sentences"],
        "statements": got["statements"],
    }


def pairs_per_second(seconds: float) -> tuple[float, int]:
    """Two-sentence compare() calls per second over distinct sentence pairs, and how many ran."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from datetime import date

    from align_bench import articles as generated

    from newsdiff import Article, compare

    texts = list(dict.fromkeys(s.text for g in generated(60, seed=11) for s in g))
    pub = date(2025, 6, 1)
    pairs = [(texts[i], texts[(i * 7 + 3) % len(texts)]) for i in range(len(texts))]
    for a, b in pairs[:20]:  # warm-up: first use compiles a few patterns
        compare([Article(id="a", text=a, published=pub), Article(id="b", text=b, published=pub)])
    done = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        a, b = pairs[done % len(pairs)]
        compare([Article(id="a", text=a, published=pub), Article(id="b", text=b, published=pub)])
        done += 1
    return done / (time.perf_counter() - t0), done


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="5,100,1000")
    ap.add_argument("--runs", type=int, default=3, help="compare() runs per size (1 for 1,000)")
    ap.add_argument("--startup-runs", type=int, default=11)
    ap.add_argument("--pairs-seconds", type=float, default=5.0)
    ap.add_argument("--quick", action="store_true", help="sizes 5,100; 5 start-up runs")
    ap.add_argument("--stages", type=int, metavar="N", help="only: each stage's time at N articles")
    args = ap.parse_args()
    if args.stages:
        code = _STAGES.format(bench=str(ROOT / "benchmarks"), n=args.stages)
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
        return 0
    if args.quick:
        args.sizes, args.startup_runs, args.pairs_seconds = "5,100", 5, 2.0
    sizes = [int(s) for s in args.sizes.split(",")]

    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="newsdiff-pyc-") as cache:
        for mode, label in (
            ("cached", "bytecode and patterns cached"),
            ("first run", "first run: patterns compiled and stored"),
            ("as is", "environment as is"),
        ):
            t = startup(args.startup_runs, mode=mode, cache=cache)
            rows.append(
                (f"python -c 'import typer, rich' ({label})", f"{t['floor'] * 1000:.0f} ms", "")
            )
            for key, name in (("help", "newsdiff --help"), ("compare", "newsdiff compare seeds/")):
                ratio = t[key] / t["floor"]
                rows.append(
                    (f"{name} ({label})", f"{t[key] * 1000:.0f} ms = {ratio:.2f}x", TARGETS[key])
                )
    measured: dict[int, dict[str, float]] = {}
    for n in sizes:
        got = scale(n, 1 if n >= 1000 else args.runs)
        measured[n] = got
        rows.append(
            (
                f"compare() {n} articles ({got['sentences']:.0f} sentences)",
                f"{got['time']:.2f} s (one core {got['serial']:.2f} s, align+copies"
                f" {got['align']:.2f} s), {got['rss']:.0f} MiB"
                + (f" + child {got['child']:.0f} MiB" if got["child"] else ""),
                TARGETS["1000"] + ", " + TARGETS["memory"] if n == 1000 else "",
            )
        )
    if 100 in measured and 1000 in measured:
        for part, label in (
            ("time", "compare()"),
            ("serial", "compare() on one core"),
            ("align", "align.align + copies"),
        ):
            exponent = math.log(measured[1000][part] / measured[100][part]) / math.log(10)
            rows.append(
                (f"growth exponent 100 -> 1000, {label}", f"{exponent:.2f}", TARGETS["exponent"])
            )
        rest = [measured[n]["serial"] - measured[n]["align"] for n in (100, 1000)]
        exponent = math.log(rest[1] / rest[0]) / math.log(10)
        rows.append(
            (
                "growth exponent 100 -> 1000, the rest (one core)",
                f"{exponent:.2f}",
                TARGETS["exponent"],
            )
        )
    rate, done = pairs_per_second(args.pairs_seconds)
    rows.append(
        (f"API two-sentence compare() ({done} pairs)", f"{rate:.0f} pairs/s", TARGETS["pairs"])
    )

    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    print(f"{'measure':{width}}  {'median':{value_width}}  target")
    for name, value, target in rows:
        print(f"{name:{width}}  {value:{value_width}}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
