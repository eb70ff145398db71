"""Write bench/RESULTS.md from the sections of one run."""

from __future__ import annotations

import os
import platform
import resource
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

from .results import Section


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _table(columns: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(_cell(c) for c in columns) + " |", "|" + " --- |" * len(columns)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.1f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = ", load average at start {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    return (
        f"{platform.system()} {platform.release()} {platform.machine()}, {cpu}, {os.cpu_count()} CPUs{memory}; "
        f"Python {platform.python_version()}{load}"
    )


def commit() -> str:
    """The commit the run was made at, and whether the tree had changes not committed (and where)."""
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True)
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=all"], capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown (no git)"
    changed = sorted(
        {line[3:].split("/", 1)[0] + ("/" if "/" in line[3:] else "") for line in dirty.stdout.splitlines()}
    )
    if not changed:
        return f"{out.stdout.strip()} (clean tree)"
    return (
        f"{out.stdout.strip()}, with uncommitted changes in {', '.join(changed)}: the figures are of the tree as it was"
    )


def _busy_seconds() -> float | None:
    """CPU seconds every process on the machine has used since boot (/proc/stat), or None elsewhere."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    except (OSError, IndexError):
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(v) for v in fields[:8])
    return (user + nice + system + irq + softirq + steal) / ticks


def _own_seconds() -> float:
    """CPU seconds this process and its finished children have used."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


class Load:
    """The machine's load during a run: load averages at both ends, and the CPU time other processes (not this
    run) took, as a share of what the machine had: the benchmarks compare sides within one run, so load
    slows both, but a loaded machine makes the figures noisier."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.busy = _busy_seconds()
        self.own = _own_seconds()

    def describe(self) -> str:
        parts = []
        if hasattr(os, "getloadavg"):
            parts.append("load average at the end {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
        busy = _busy_seconds()
        wall = time.monotonic() - self.started
        if busy is not None and self.busy is not None and wall > 0:
            others = max(0.0, (busy - self.busy) - (_own_seconds() - self.own))
            cpus = os.cpu_count() or 1
            parts.append(
                f"other processes used {others:.0f} CPU-seconds during the run's {wall:.0f} s "
                f"({others / (wall * cpus):.0%} of the machine's {cpus} CPUs)"
            )
        return "; ".join(parts)


def write(
    path: Path,
    sections: list[Section],
    *,
    command: str,
    started: datetime,
    machine_text: str,
    smoke: bool,
    load_text: str = "",
    timings: dict[str, float] | None = None,
    commit_text: str | None = None,
) -> None:
    finished = datetime.now(UTC)
    lines = [
        "# Benchmark results",
        "",
        "Written whole by `make bench` (bench/__main__.py) from one run: every figure and note below comes from "
        "that run; nothing is written by hand.",
        "",
        f"- Command: `{command}`",
        f"- Date: {started:%Y-%m-%d %H:%M} to {finished:%H:%M} UTC",
        f"- Machine: {machine_text}",
        f"- Commit (read when the run began): {commit_text if commit_text is not None else commit()}",
    ]
    if load_text:
        lines.append(f"- Load: {load_text}")
    if timings:
        spent = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in timings.items())
        lines.append(f"- Time per benchmark: {spent}; {sum(timings.values()):.0f} s in all")
    if smoke:
        lines += ["- **Smoke run**: tiny sample sizes; these figures are not the benchmark."]
    lines += ["", "## Targets", ""]
    target_rows = []
    for section in sections:
        for target in section.targets:
            measured = f"{target.measured:.4g}{target.unit}"
            limit = f"{'≥' if target.higher_is_better else '≤'} {target.limit:g}{target.unit}"
            verdict = target.verdict()
            if target.fix_tried and not target.met:
                verdict += f"; {target.fix_tried}"
            target_rows.append([section.title.split(".")[0], target.name, measured, limit, verdict])
    lines += _table(["#", "target", "measured", "limit", "verdict"], target_rows)
    for section in sections:
        lines += ["", f"## {section.title}", "", section.method, ""]
        lines += _table(section.columns, section.rows)
        for title, columns, rows in section.extra_tables:
            lines += ["", f"**{title}**", ""]
            lines += _table(columns, rows)
        if section.notes:
            lines += [""] + [f"- {note}" for note in section.notes]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
