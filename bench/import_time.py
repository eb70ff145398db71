"""Benchmark 5: the first use of each package (`import X; X.create_client(key)`) against `import httpx` alone.

The target is on the first use, timed inside a fresh interpreter (wall time from before the import to after the
client exists): the package namespace loads lazily, so `import X` alone is cheap and says little, and is shown
only beside it, as is what a first call adds (the first wait helper looked up: the helpers, their endpoint
modules and models, attrs), so the lazy loading hides nothing. Where the time goes comes from
`python -X importtime` on the same statement. Bytecode is cached (PYTHONPYCACHEPREFIX in a scratch folder,
written by a warm-up run), because an installed wheel has its .pyc files; this environment sets
PYTHONDONTWRITEBYTECODE, which would otherwise make every run compile every source file. Runs are interleaved
(httpx, then each package, round after round).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

from registry import providers

from .results import Section, Target, median, p95
from .tried import notes_for

LIMIT = 1.2
BASELINE = "httpx"


def _env(prefix: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME")}
    env["PYTHONPYCACHEPREFIX"] = prefix
    return env


def import_profile(module: str, env: dict[str, str], then: str = "") -> dict[str, tuple[int, int]]:
    """(self, cumulative) microseconds per module (first occurrence) from `-X importtime` in a fresh interpreter;
    `then` runs after the import (first use). A module imported with importlib.import_module (the package's
    lazy names) gets no line of its own: what it imports shows at the top level."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}{then}"],
        env=env, capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    out: dict[str, tuple[int, int]] = {}
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            own, cumulative, name = line.split(":", 1)[1].split("|", 2)
            if cumulative.strip().isdigit():
                out.setdefault(name.strip(), (int(own), int(cumulative)))
    if module not in out:
        raise RuntimeError(f"no -X importtime line for {module}")
    return out


def first_use_us(statement: str, env: dict[str, str]) -> float:
    """Wall microseconds of `statement` in a fresh interpreter, timed from inside it."""
    code = f"import time\nt = time.perf_counter()\n{statement}\nprint((time.perf_counter() - t) * 1e6)"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, timeout=60
    )
    return float(result.stdout.strip().splitlines()[-1])


def _first_use(module: str) -> str:
    return f"import {module}" if module == BASELINE else f"import {module}; {module}.create_client('bench-key')"


def _with_helper(module: str) -> str:
    """The first use and then the package's first wait helper (registry order) looked up: what a first call
    loads on top (the wait helpers, the endpoint modules and models, attrs)."""
    helper = next(p for p in providers() if p.package == module).jobs[0].helper
    return f"{_first_use(module)}; {module}.{helper}"


def run(smoke: bool = False, *, rounds: int | None = None) -> Section:
    rounds = rounds or (1 if smoke else 40)
    profiled = 1 if smoke else 15
    packages = [provider.package for provider in providers()]
    modules = (BASELINE, *packages[:1]) if smoke else (BASELINE, *packages)
    first: dict[str, list[float]] = {m: [] for m in modules}
    alone: dict[str, list[float]] = {m: [] for m in modules}
    helper: dict[str, list[float]] = {m: [] for m in modules}
    parts: dict[str, list[dict[str, tuple[int, int]]]] = {m: [] for m in modules}
    with tempfile.TemporaryDirectory(prefix="bench-pyc-") as prefix:
        env = _env(prefix)
        for module in modules:  # warm-up: writes the bytecode cache
            first_use_us(_first_use(module), env)
        for _ in range(rounds):
            for module in modules:
                first[module].append(first_use_us(_first_use(module), env))
                if module != BASELINE:
                    alone[module].append(first_use_us(f"import {module}", env))
                    helper[module].append(first_use_us(_with_helper(module), env))
        for _ in range(profiled):
            for module in modules[1:]:
                parts[module].append(import_profile(module, env, f"; {module}.create_client('bench-key')"))
    base = median(first[BASELINE])
    rows = [["`import httpx`", f"{base / 1000:.1f}", f"{p95(first[BASELINE]) / 1000:.1f}", "1 (baseline)", "—", "—",
             "—", "—"]]  # fmt: skip
    targets = []
    for module in modules[1:]:
        m = median(first[module])
        ratio = m / base
        rows.append([f"`{_first_use(module)}`", f"{m / 1000:.1f}", f"{p95(first[module]) / 1000:.1f}", f"{ratio:.2f}",
                     f"{median(alone[module]) / 1000:.1f}", f"{median(alone[module]) / base:.2f}",
                     f"{median(helper[module]) / 1000:.1f}", f"{median(helper[module]) / base:.2f}"])  # fmt: skip
        targets.append(
            Target(f"first use of {module} (import + create_client) / import httpx (medians)", ratio, LIMIT,
                   fix_tried=notes_for("first-use"))
        )  # fmt: skip
    inside = ["httpx", "attrs", "asyncio", "{pkg}.client", "{pkg}.lib.jobs", "{pkg}.models"]
    breakdown = []
    for module in modules[1:]:
        row = [f"`{module}`"]
        for name in inside:
            key = name.format(pkg=module)
            values = [p[key][1] if key in p else 0 for p in parts[module]]
            row.append(f"{median(values) / 1000:.1f}" if any(values) else "not imported")
        own = [sum(v[0] for k, v in p.items() if k == module or k.startswith(module + ".")) for p in parts[module]]
        row.append(f"{median(own) / 1000:.1f}")
        breakdown.append(row)
    return Section(
        title="5. First use and import time",
        method=(
            f"{rounds} fresh interpreters per statement, interleaved; wall time inside the interpreter, median. "
            f"`-X importtime` profiles: {profiled} per package. "
            + (__doc__ or "").split("\n\n", 1)[1].replace("\n", " ").strip()
        ),
        columns=[
            "statement",
            "median (ms)",
            "p95 (ms)",
            "ratio to `import httpx`",
            "`import X` alone, median (ms)",
            "`import X` alone / `import httpx`",
            "first use + the first wait helper looked up, median (ms)",
            "that / `import httpx`",
        ],
        rows=rows,
        targets=targets,
        data={"first_us": first, "alone_us": alone, "helper_us": helper},
        extra_tables=[
            (
                "Inside each package's first use (`import X; X.create_client(key)`, `-X importtime`): cumulative ms "
                "of the subtrees (medians; nested, so they overlap; a subtree imported earlier by another module "
                "counts there), and the package's own modules' self time",
                ["package", *[f"`{n}`" for n in inside], "the package's own modules, self (ms)"],
                breakdown,
            ),
        ],
    )
