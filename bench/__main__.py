"""`python -m bench [--smoke] [--only N ...] [--out DIR]`: run the benchmarks and write RESULTS.md and the plot.

Run from the repository root with scripts/ on the path, as `make bench` does (`PYTHONPATH=scripts`): the
benchmarks read the provider registry (scripts/registry.py) and the test doubles (the `tests.doubles` package).
`make bench` runs all six in one run. `--smoke` uses tiny samples (what tests/test_bench_smoke.py checks) and
writes nowhere unless `--out` is given.
"""

from __future__ import annotations

import argparse
import shlex
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from . import bulk_waits, call_overhead, import_time, polling_efficiency, regen_time, report, transfers
from .results import Section

HERE = Path(__file__).resolve().parent
PLOT = "polling_efficiency.png"

BENCHMARKS: dict[int, Callable[[bool, Path | None], Section]] = {
    1: lambda smoke, out: polling_efficiency.run(smoke, plot=out / PLOT if out is not None else None),
    2: lambda smoke, out: call_overhead.run(smoke),
    3: lambda smoke, out: bulk_waits.run(smoke),
    4: lambda smoke, out: regen_time.run(smoke),
    5: lambda smoke, out: import_time.run(smoke),
    6: lambda smoke, out: transfers.run(smoke),
}
"""Benchmark number -> run(smoke, folder for the plot or None): its section of RESULTS.md."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--smoke", action="store_true", help="tiny samples: checks the benchmarks run, measures nothing"
    )
    parser.add_argument("--only", type=int, nargs="*", choices=sorted(BENCHMARKS), help="run only these benchmarks")
    parser.add_argument("--out", type=Path, help="folder for RESULTS.md and the plot (default: bench/, full runs)")
    args = parser.parse_args(argv)
    out: Path | None = args.out or (None if args.smoke else HERE)
    chosen = sorted(set(args.only or BENCHMARKS))
    started = datetime.now(UTC)
    machine = report.machine()
    load = report.Load()
    commit = report.commit()
    timings: dict[str, float] = {}
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    sections = []
    for number in chosen:
        t0 = time.perf_counter()
        print(f"benchmark {number} ...", flush=True)
        section = BENCHMARKS[number](args.smoke, out)
        timings[section.title.split(" (", 1)[0]] = time.perf_counter() - t0
        print(f"benchmark {number} done in {time.perf_counter() - t0:.0f} s", flush=True)
        for target in section.targets:
            print(f"  {target.name}: {target.measured:.3g}{target.unit} -> {target.verdict()}", flush=True)
        sections.append(section)
    if out is not None:
        given = sys.argv[1:] if argv is None else argv
        command = "python -m bench " + shlex.join(given) if given else "make bench"
        report.write(out / "RESULTS.md", sections, command=command, started=started, machine_text=machine,
                     smoke=args.smoke, load_text=load.describe(), timings=timings,
                     commit_text=commit)  # fmt: skip
        print(f"wrote {out / 'RESULTS.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
