"""Write bench/RESULTS.md from the sections of one run."""

from __future__ import annotations

import os
import platform
import subprocess
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
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True)
        dirty = subprocess.run(["git", "status", "--porcelain"], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.stdout.strip() + (" (with uncommitted changes in the tree)" if dirty.stdout.strip() else "")


def write(
    path: Path, sections: list[Section], *, command: str, started: datetime, machine_text: str, smoke: bool
) -> None:
    finished = datetime.now(UTC)
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (bench/__main__.py); every figure below was measured in this one run.",
        "",
        f"- Command: `{command}`",
        f"- Date: {started:%Y-%m-%d %H:%M} to {finished:%H:%M} UTC",
        f"- Machine: {machine_text}",
        f"- Commit: {commit()}",
    ]
    if smoke:
        lines += ["- **Smoke run**: tiny sample sizes; these figures are not the benchmark."]
    lines += ["", "## Targets", ""]
    target_rows = []
    for section in sections:
        for target in section.targets:
            measured = f"{target.measured:.3g}{target.unit}"
            limit = f"{'≥' if target.higher_is_better else '≤'} {target.limit:g}{target.unit}"
            verdict = target.verdict()
            if target.fix_tried:
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
