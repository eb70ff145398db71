"""`python -m bench [--smoke] [--only N ...]`: run the benchmarks and write RESULTS.md and the plot.

`make bench` runs all five in one run. `--smoke` uses tiny samples (what tests/test_bench_smoke.py checks) and
writes nowhere unless `--out` is given.
"""

from __future__ import annotations

import argparse
import shlex
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from . import bulk_waits, call_overhead, import_time, polling_efficiency, regen_time, report

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--smoke", action="store_true", help="tiny samples: checks the benchmarks run, measures nothing"
    )
    parser.add_argument("--only", type=int, nargs="*", choices=range(1, 6), help="run only these benchmarks")
    parser.add_argument("--out", type=Path, help="folder for RESULTS.md and the plot (default: bench/, full runs)")
    args = parser.parse_args(argv)
    out = args.out or (None if args.smoke else HERE)
    chosen = set(args.only or range(1, 6))
    started = datetime.now(UTC)
    machine = report.machine()
    plot = out / "polling_efficiency.png" if out is not None else None
    runners = {
        1: lambda: polling_efficiency.run(args.smoke, plot=plot),
        2: lambda: call_overhead.run(args.smoke),
        3: lambda: bulk_waits.run(args.smoke),
        4: lambda: regen_time.run(args.smoke),
        5: lambda: import_time.run(args.smoke),
    }
    sections = []
    for number in sorted(chosen):
        t0 = time.perf_counter()
        print(f"benchmark {number} ...", flush=True)
        section = runners[number]()
        print(f"benchmark {number} done in {time.perf_counter() - t0:.0f} s", flush=True)
        for target in section.targets:
            print(f"  {target.name}: {target.measured:.3g} -> {target.verdict()}", flush=True)
        sections.append(section)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        command = "make bench" if not argv and sys.argv[1:] == [] else "python -m bench " + shlex.join(sys.argv[1:])
        report.write(out / "RESULTS.md", sections, command=command, started=started, machine_text=machine,
                     smoke=args.smoke)  # fmt: skip
        print(f"wrote {out / 'RESULTS.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
