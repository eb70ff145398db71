"""Benchmark 5: import time of each package against `import httpx` alone, with `python -X importtime`.

Each run is a fresh interpreter; the figure is the cumulative time `-X importtime` reports for the top-level
module. Bytecode is cached (PYTHONPYCACHEPREFIX in a scratch folder, written by a warm-up import), because an
installed wheel has its .pyc files; this environment sets PYTHONDONTWRITEBYTECODE, which would otherwise make
every run compile every source file. Runs are interleaved (httpx, then each package, round after round).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

from registry import providers

from .results import Section, Target, median, p95

LIMIT = 1.3
FIX_NOTE = (
    "fixes made: overlays/_core/clock.py imports asyncio only when an async wait sleeps; python-dateutil is imported "
    "on the first date-time parsed (overlays/_core/dates.py); the package namespace loads its client and lib on "
    "first use (PEP 562, overlays/templates/package_init.py.jinja), so `import X` no longer pays for httpx, attrs "
    "and the models. First use still does: see the first-use table, which is not hidden by the lazy import"
)
BASELINE = "httpx"


def _env(prefix: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME")}
    env["PYTHONPYCACHEPREFIX"] = prefix
    return env


def import_profile(module: str, env: dict[str, str], then: str = "") -> dict[str, int]:
    """Cumulative microseconds per module (first occurrence) from `-X importtime` in a fresh interpreter;
    `then` runs after the import (first use), so lazily loaded modules show up too."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}{then}"],
        env=env, capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    out: dict[str, int] = {}
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            _self, cumulative, name = line.split(":", 1)[1].split("|", 2)
            if cumulative.strip().isdigit():
                out.setdefault(name.strip(), int(cumulative))
    if module not in out:
        raise RuntimeError(f"no -X importtime line for {module}")
    return out


def import_us(module: str, env: dict[str, str]) -> int:
    """Microseconds `-X importtime` gives as the cumulative import time of `module` in a fresh interpreter."""
    return import_profile(module, env)[module]


def first_use_us(statement: str, env: dict[str, str]) -> float:
    """Wall microseconds of `statement` in a fresh interpreter, timed from inside it."""
    code = f"import time\nt = time.perf_counter()\n{statement}\nprint((time.perf_counter() - t) * 1e6)"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, timeout=60
    )
    return float(result.stdout.strip().splitlines()[-1])


def run(smoke: bool = False, *, rounds: int | None = None) -> Section:
    rounds = rounds or (1 if smoke else 40)
    packages = [provider.package for provider in providers()]
    modules = (BASELINE, *packages[:1]) if smoke else (BASELINE, *packages)
    times: dict[str, list[int]] = {m: [] for m in modules}
    parts: dict[str, list[dict[str, int]]] = {m: [] for m in modules}
    with tempfile.TemporaryDirectory(prefix="bench-pyc-") as prefix:
        env = _env(prefix)
        for module in modules:  # warm-up: writes the bytecode cache
            import_us(module, env)
        for _ in range(rounds):
            for module in modules:
                profile = import_profile(module, env)
                if module != BASELINE:
                    profile = {**import_profile(module, env, f"; {module}.create_client"), module: profile[module]}
                times[module].append(profile[module])
                parts[module].append(profile)
        first: dict[str, list[float]] = {m: [] for m in modules}
        for _ in range(rounds):
            for module in modules:
                use = "" if module == BASELINE else f"; {module}.create_client; {module}.AuthenticatedClient"
                first[module].append(first_use_us(f"import {module}{use}", env))
    base = median(times[BASELINE])
    first_base = median(first[BASELINE])
    first_rows = [
        [f"`import {m}`" if m == BASELINE else f"`import {m}` + first use of `create_client`",
         f"{median(first[m]) / 1000:.1f}", "1 (baseline)" if m == BASELINE else f"{median(first[m]) / first_base:.2f}"]
        for m in modules
    ]  # fmt: skip
    rows = []
    targets = []
    for module in modules:
        m = median(times[module])
        ratio = m / base
        rows.append([f"`import {module}`", f"{m / 1000:.1f}", f"{p95(times[module]) / 1000:.1f}",
                     "1 (baseline)" if module == BASELINE else f"{ratio:.2f}"])  # fmt: skip
        if module != BASELINE:
            targets.append(Target(f"import {module} / import httpx (medians)", ratio, LIMIT, fix_tried=FIX_NOTE))
    inside = [
        "httpx",
        "attrs",
        "asyncio",
        "{pkg}.client",
        "{pkg}.lib._core.client_factory",
        "{pkg}.lib.waiters",
        "{pkg}.models",
    ]
    breakdown = []
    for module in modules[1:]:
        row = [f"`{module}`"]
        for name in inside:
            key = name.format(pkg=module)
            values = [p.get(key, 0) for p in parts[module]]
            row.append(f"{median(values) / 1000:.1f}" if any(values) else "not imported")
        breakdown.append(row)
    return Section(
        title="5. Import time",
        method=(
            f"`{os.path.basename(sys.executable)} -X importtime -c 'import X'`, {rounds} fresh interpreters per "
            "module, interleaved; the cumulative microseconds of the top-level module's line, median of the runs. "
            "Bytecode cached in a scratch PYTHONPYCACHEPREFIX (warmed once), as for an installed wheel."
        ),
        columns=["import", "median (ms)", "p95 (ms)", "ratio to httpx"],
        rows=rows,
        targets=targets,
        data={"times_us": times},
        extra_tables=[
            (
                "First use, not only the import (the lazy namespace moves the cost here; no target, shown so the "
                "import figure cannot hide it): wall time inside a fresh interpreter, medians",
                ["statement", "median (ms)", "ratio to `import httpx`"],
                first_rows,
            ),
            (
                "Inside each package's first use (`import X; X.create_client`): cumulative ms of the subtrees "
                "(medians; nested, so they overlap: `client` holds httpx and attrs, the waiters hold the models; "
                "`client_factory` is where lib first pulls in the client)",
                ["package", *[f"`{n}`" for n in inside]],
                breakdown,
            ),
        ],
    )
