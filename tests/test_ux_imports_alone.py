"""Every module of every package imports on its own, as the first thing a fresh interpreter does (issue 10, 1:
`from <package>.models import Job` failed with a circular import unless a wait helper had been touched first).

Each module is imported after every module of its package has been removed from `sys.modules`, in a child
process per package (third-party modules stay loaded: only the package's own import order matters). A module
that the fresh import of one of its parents already loaded needs no import of its own: importing it alone
runs exactly that parent's import first, and then finds it loaded. A package's endpoint modules are shared out
among a few processes, which run side by side.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import ROOT
from registry import Provider, providers

ENDPOINTS_PER_PROCESS = 20

CHILD = r"""
import importlib, importlib.util, json, sys, traceback
from pathlib import Path

package, shard, shards = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
root = Path(importlib.util.find_spec(package).origin).parent
names = sorted(
    (
        ".".join((package, *path.relative_to(root).with_suffix("").parts)).removesuffix(".__init__")
        for path in root.rglob("*.py")
        if "__pycache__" not in path.parts
    ),
    key=lambda name: (name.count("."), name),
)
endpoints = [name for name in names if name.startswith(package + ".api.") and name.count(".") >= 3]
mine = {name for index, name in enumerate(endpoints) if index % shards == shard}
if shard == 0:
    mine |= set(names) - set(endpoints)
failed, covered, imported = {}, set(), 0
for name in names:
    if name not in mine or name in covered:
        continue
    for loaded in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
        del sys.modules[loaded]
    imported += 1
    try:
        importlib.import_module(name)
    except BaseException:
        failed[name] = traceback.format_exc(limit=4)
        continue
    covered |= {m for m in sys.modules if m.startswith(name + ".")}
print(json.dumps({"imported": imported, "covered": len(covered & mine), "failed": failed}))
"""


def _shards(package: str) -> int:
    root = ROOT / "generated"
    folder = next(root.glob(f"*/{package}"))
    endpoints = [p for p in (folder / "api").rglob("*.py") if p.name != "__init__.py"]
    return max(1, -(-len(endpoints) // ENDPOINTS_PER_PROCESS))


def test_every_module_of_every_package_imports_alone(tmp_path: Path) -> None:
    script = tmp_path / "import_alone.py"
    script.write_text(CHILD, encoding="utf-8")
    running = []
    for provider in providers():
        shards = _shards(provider.package)
        for shard in range(shards):
            command = [sys.executable, str(script), provider.package, str(shard), str(shards)]
            process = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            running.append((provider.package, process))
    problems: list[str] = []
    seen: dict[str, int] = {}
    for package, process in running:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, f"{package}: the import checker failed: {err[-2000:]}"
        report = json.loads(out.strip().splitlines()[-1])
        seen[package] = seen.get(package, 0) + report["imported"] + report["covered"]
        problems += [f"{name}:\n{trace}" for name, trace in report["failed"].items()]
    assert problems == [], "\n".join(problems)
    for provider in providers():
        assert seen[provider.package] > 10, f"{provider.package}: too few modules checked: {seen[provider.package]}"


@pytest.mark.parametrize("provider", providers(), ids=lambda p: p.key)
def test_a_model_imports_first_in_a_fresh_interpreter(provider: Provider, tmp_path: Path) -> None:
    """The issue's own command, for every job kind's task model."""
    models = sorted({kind.model for kind in provider.jobs})
    code = f"from {provider.package}.models import {', '.join(models)}"
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
