"""The drift check in `make test` (scripts/regen.py --check) names every file of specs/ or generated/ that
differs from what `make regen` produces, including a stale file the generator would not write, and changes
nothing in the tree it checks. Run on a temporary copy of the repository."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from registry import providers
from tests.doubles.endpoints import operations

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("specs", "overlays", "scripts", "generated", "pyproject.toml")


def _copy_repo(target: Path) -> Path:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / name)
    return target


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_check_names_each_drifted_file_and_touches_nothing(tmp_path: Path) -> None:
    repo = _copy_repo(tmp_path)
    first, last = providers()[0], providers()[-1]
    module = next(op for op in operations() if op.provider.key == first.key).module
    edited = repo / "generated" / first.distribution / (module.__name__.replace(".", "/") + ".py")
    edited.write_text(edited.read_text(encoding="utf-8") + "# a hand edit\n", encoding="utf-8")
    stale = repo / "generated" / last.distribution / last.package / "models" / "stale.py"
    stale.write_text("OLD = 1\n", encoding="utf-8")
    spec = repo / first.spec_output
    spec.write_text(spec.read_text(encoding="utf-8") + "x-hand-edit: true\n", encoding="utf-8")
    before = _snapshot(repo)

    result = subprocess.run(
        [sys.executable, str(repo / "scripts/regen.py"), "--check"], capture_output=True, text=True, check=False
    )

    assert result.returncode == 1, result.stdout + result.stderr
    named = {line.strip() for line in result.stdout.splitlines() if line.startswith("  ")}
    assert named == {str(path.relative_to(repo)) for path in (edited, stale, spec)}
    assert _snapshot(repo) == before, "the check must not rewrite the tree it checks"


def test_check_passes_on_an_untouched_copy(tmp_path: Path) -> None:
    repo = _copy_repo(tmp_path)
    result = subprocess.run(
        [sys.executable, str(repo / "scripts/regen.py"), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
