"""Start-up cost of the CLI, as ratios to the floor every typer+rich tool pays.

    python benchmarks/startup.py [--runs 21]

Prints medians (ms) of `python -c "import typer, rich"`, `newsdiff --help` and
`newsdiff compare seeds/ --format text`, each also as a ratio to the floor measured
in the same run (runs are interleaved so machine noise hits all three alike).
Targets (issue 8): --help <= 1.3x, compare seeds/ <= 2.0x.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _time(cmd: list[str]) -> float:
    env = dict(os.environ, NO_COLOR="1", COLUMNS="100")
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=21)
    args = ap.parse_args()
    py = sys.executable
    cmds = {
        "import typer, rich (floor)": [py, "-c", "import typer, rich"],
        "newsdiff --help": [py, "-m", "newsdiff", "--help"],
        "newsdiff compare seeds/": [py, "-m", "newsdiff", "compare", "seeds/", "--exit-zero"],
    }
    times: dict[str, list[float]] = {k: [] for k in cmds}
    for cmd in cmds.values():  # warm the file cache once
        _time(cmd)
    for _ in range(args.runs):
        for name, cmd in cmds.items():
            times[name].append(_time(cmd))
    floor = statistics.median(times["import typer, rich (floor)"])
    targets = {"newsdiff --help": 1.3, "newsdiff compare seeds/": 2.0}
    print(f"{'command':32} {'median ms':>10} {'ratio':>7} {'target':>7}")
    for name, ts in times.items():
        med = statistics.median(ts)
        target = targets.get(name)
        mark = "" if target is None else f"<={target:.1f}x"
        print(f"{name:32} {med * 1000:10.1f} {med / floor:6.2f}x {mark:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
