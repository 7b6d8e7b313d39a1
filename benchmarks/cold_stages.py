"""Where a cold `newsdiff compare` spends its time: each stage's first call, in fresh processes.

    python benchmarks/cold_stages.py [--runs 15] [PATH ...]      (default: seeds/)

The command line compares a handful of articles once, in a new process: every stage runs
cold (tables filled, caches empty, patterns read from their file). Each run here is a fresh
process that imports the stages, loads the articles, wraps the stage functions of
`newsdiff.pipeline.compare` in timers, compares once and renders the plain report; the table
gives medians over the runs, in ms. Import time here is without `newsdiff.codegen` (the
command line's own import is faster; see benchmarks/startup.py for the whole program).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# (module, functions) whose time is reported: each stage `compare()` calls
STAGES = [
    ("newsdiff.segment", ["segment"]),
    ("newsdiff.align", ["align", "copies"]),
    ("newsdiff.extract.quotes", ["extract", "registry_of", "group"]),
    ("newsdiff.extract.dates", ["extract", "group", "infer_published"]),
    ("newsdiff.extract.numbers", ["extract", "group"]),
    ("newsdiff.extract.attributions", ["extract", "credit_speakers"]),
]


def _child(paths: list[str]) -> dict[str, float]:
    import gc
    import importlib

    gc.disable()  # as the command line runs
    spent: Counter[str] = Counter()
    t0 = time.perf_counter()
    from newsdiff import pipeline
    from newsdiff.loader import load_all
    from newsdiff.render import terminal

    modules = {name: importlib.import_module(name) for name, _ in STAGES}
    spent["import"] = time.perf_counter() - t0

    def timed(label: str, fn: Any) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[label] += time.perf_counter() - start

        return run

    for name, functions in STAGES:
        for function in functions:
            label = f"{name.rsplit('.', 1)[-1]}.{function}"
            setattr(modules[name], function, timed(label, getattr(modules[name], function)))
    start = time.perf_counter()
    articles = load_all(paths)
    spent["load"] = time.perf_counter() - start
    start = time.perf_counter()
    report = pipeline.compare(articles)
    spent["compare (all stages)"] = time.perf_counter() - start
    start = time.perf_counter()
    terminal.to_text(report, sections=(), show_all=False, width=100, color=False, max_rows=60)
    spent["render"] = time.perf_counter() - start
    from newsdiff import rx

    rx.save()  # as the command line does: the runs after the first read the patterns
    return dict(spent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", default=["seeds/"])
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.paths)))
        return
    runs: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as cache:
        # bytecode and patterns cached, as for a user, in a private place (not the tree)
        env = dict(os.environ, PYTHONPYCACHEPREFIX=cache)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        cmd = [sys.executable, __file__, "--child", *args.paths]
        subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, check=True)  # fill caches
        for _ in range(args.runs):
            out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=True)
            for label, seconds in json.loads(out.stdout).items():
                runs.setdefault(label, []).append(seconds)
    print(f"{'stage (first call, fresh process)':36} {'median ms':>10}")
    for label, times in sorted(runs.items(), key=lambda kv: -statistics.median(kv[1])):
        print(f"{label:36} {statistics.median(times) * 1000:10.2f}")


if __name__ == "__main__":
    main()
