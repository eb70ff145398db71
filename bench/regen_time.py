"""Benchmark 4: `make regen` with nothing changed against the bare generator on every provider's spec.

`make regen` itself swaps the tree in; to leave the working tree alone, the pipeline is measured as
`scripts/regen.py --check`, which runs the same build (extract, validate, spec overlays, generation with the
pinned templates and ruff hooks, code layering) in a scratch folder and then only compares it with the tree.
The bare generator is `openapi-python-client generate --meta uv` on each provider's committed spec (the
registry's `spec.output`), no config and no custom templates (its default ruff post-hooks), into a scratch
folder. Runs alternate.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from registry import Provider, providers

from .results import Section, Target, median
from .table import ROOT
from .tried import notes_for

LIMIT = 1.5


def _env() -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", "RUFF_NO_CACHE": "true"}


def time_pipeline() -> float:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "scripts/regen.py", "--check"], cwd=ROOT, env=_env(), check=False,
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    elapsed = time.perf_counter() - start
    # 1 with "differ" means the build ran to the end and found drift (someone's uncommitted work): still timed
    if result.returncode not in (0, 1) or (result.returncode == 1 and "differ" not in result.stdout):
        raise RuntimeError(f"scripts/regen.py --check failed: {(result.stdout + result.stderr)[-500:]}")
    return elapsed


def smallest_spec() -> Provider:
    """The provider whose spec is the smallest file: what a smoke run generates."""
    return min(providers(), key=lambda p: (p.spec_path.stat().st_size, p.key))


def time_bare(chosen: tuple[Provider, ...]) -> float:
    generator = str(Path(sys.executable).parent / "openapi-python-client")
    with tempfile.TemporaryDirectory(prefix="bench-bare-") as out:
        start = time.perf_counter()
        for provider in chosen:
            subprocess.run(
                [generator, "generate", "--path", str(provider.spec_path), "--meta", "uv",
                 "--output-path", str(Path(out) / provider.key)],
                cwd=out, env=_env(), check=True, capture_output=True, timeout=600,
            )  # fmt: skip
        return time.perf_counter() - start


def _smoke_pipeline() -> float:
    """Smoke only: the command line is valid (`make test` already runs the full `regen.py --check`)."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "scripts/regen.py", "--help"], cwd=ROOT, env=_env(), check=True,
                   capture_output=True, timeout=60)  # fmt: skip
    return time.perf_counter() - start


def run(smoke: bool = False, *, rounds: int | None = None) -> Section:
    rounds = rounds or (1 if smoke else 5)
    chosen = (smallest_spec(),) if smoke else providers()
    specs = [provider.spec_output for provider in chosen]
    pipeline: list[float] = []
    bare: list[float] = []
    for _ in range(rounds):
        bare.append(time_bare(chosen))
        pipeline.append(_smoke_pipeline() if smoke else time_pipeline())
    ratio = median(pipeline) / median(bare)
    return Section(
        title="4. Regeneration time",
        method=(
            f"{rounds} alternating runs of each; wall time. Pipeline: `.venv/bin/python scripts/regen.py --check` "
            "(the full `make regen` build in a scratch folder, then a comparison with the tree; unlike `make regen` "
            "it never rewrites the tree, so it is safe while others work). Bare: `openapi-python-client generate "
            f"--meta uv` on {', '.join(specs)} in turn."
        ),
        columns=["command", "median (s)", "min (s)", "max (s)", "ratio"],
        rows=[
            [
                f"bare generator, {len(specs)} spec{'s' if len(specs) != 1 else ''}",
                f"{median(bare):.2f}",
                f"{min(bare):.2f}",
                f"{max(bare):.2f}",
                "1 (baseline)",
            ],
            [
                "`scripts/regen.py --check`",
                f"{median(pipeline):.2f}",
                f"{min(pipeline):.2f}",
                f"{max(pipeline):.2f}",
                f"{ratio:.2f}",
            ],
        ],
        targets=[
            Target("regen (nothing changed) / bare generator (medians)", ratio, LIMIT, fix_tried=notes_for("regen"))
        ],
        data={"pipeline_s": pipeline, "bare_s": bare},
    )
