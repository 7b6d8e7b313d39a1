"""Start-up cost of the CLI, as ratios to the floor every typer+rich tool pays.

    python benchmarks/startup.py [--runs 21]

Prints medians (ms) of `python -c "import typer, rich"`, `newsdiff --help` and
`newsdiff compare seeds/`, each also as a ratio to the floor measured in the same run (runs are
interleaved so machine noise hits all of them alike), in three set-ups:

  cached       bytecode, compiled patterns and generated code kept between runs, as after
               `pip install` and one run (a private PYTHONPYCACHEPREFIX, never the working
               tree; see newsdiff/rx.py and newsdiff/codegen.py)
  first run    bytecode kept, the files of compiled patterns and generated code removed before
               every run: each run compiles newsdiff's ~470 regular expressions and its records'
               methods and stores them, as the first run after installing does
  as is        the environment unchanged (here PYTHONDONTWRITEBYTECODE=1: every run compiles
               newsdiff from source and keeps no patterns)

Targets (issue 8): --help <= 1.3x, compare seeds/ <= 2.0x.
pipeline_bench.py prints the same rows inside its table.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = ("cached", "first run", "as is")


def _env(mode: str, cache: str) -> dict[str, str]:
    env = dict(os.environ, NO_COLOR="1", COLUMNS="100")
    if mode != "as is":
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = cache
    return env


def _time(cmd: list[str], env: dict[str, str], before: Callable[[], None]) -> float:
    before()
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def _program() -> list[str]:
    """newsdiff as a user runs it: the `newsdiff` program installed beside this Python (what
    `pip install` makes), else `python -m newsdiff` (which also imports runpy, ~3 ms)."""
    script = Path(sys.executable).with_name("newsdiff")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "newsdiff"]


def startup(runs: int, *, mode: str, cache: str) -> dict[str, float]:
    """Median seconds of the floor, --help and compare seeds/ in one set-up, runs interleaved."""
    py = sys.executable
    env = _env(mode, cache)
    cmds = {
        "floor": [py, "-c", "import typer, rich"],
        "help": [*_program(), "--help"],
        "compare": [*_program(), "compare", "seeds/", "--exit-zero"],
    }

    def drop_patterns() -> None:
        if mode == "first run":
            for stored in Path(cache).rglob("*.bin"):  # newsdiff.rx's and newsdiff.codegen's
                stored.unlink()

    for cmd in cmds.values():  # warm the file cache (and the bytecode and pattern caches)
        _time(cmd, env, lambda: None)
    times: dict[str, list[float]] = {k: [] for k in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            times[name].append(_time(cmd, env, drop_patterns))
    return {k: statistics.median(v) for k, v in times.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=21)
    args = ap.parse_args()
    targets = {"help": "<=1.3x", "compare": "<=2.0x"}
    names = {
        "floor": "import typer, rich (floor)",
        "help": "newsdiff --help",
        "compare": "newsdiff compare seeds/",
    }
    print(f"{'set-up':12} {'command':28} {'median ms':>10} {'ratio':>7} {'target':>7}")
    with tempfile.TemporaryDirectory(prefix="newsdiff-pyc-") as cache:
        for mode in MODES:
            t = startup(args.runs, mode=mode, cache=cache)
            for key, name in names.items():
                ratio = t[key] / t["floor"]
                print(
                    f"{mode:12} {name:28} {t[key] * 1000:10.1f} {ratio:6.2f}x"
                    f" {targets.get(key, ''):>7}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
