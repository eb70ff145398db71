"""The fourth-provider drill: docs/adding-a-provider.md, followed on a copy of the repository.

The files of the example provider are taken from the page itself (its ```yaml file=... blocks) and written as one
new folder, overlays/providers/acme/. Then the page's steps run in the copy: `make regen`'s pipeline, `make
versions`' record, and the suites that must cover a new provider with no edit (the wait helpers against the
stand-in, the contract of the stand-in against the spec, response fuzzing, the key-leak checks), plus mypy
--strict on the new package. Finally: nothing outside the new folder and the pipeline's outputs changed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import ROOT

DOC = ROOT / "docs" / "adding-a-provider.md"
FILE_BLOCK = re.compile(r"^```\w+ file=(\S+)\n(.*?)^```", re.MULTILINE | re.DOTALL)
COPIED = ("specs", "overlays", "scripts", "generated", "tests", "pyproject.toml")
SUITES = ("tests/test_wait_terminal_states.py", "tests/test_wait_permanent_errors.py", "tests/contract",
          "tests/fuzz", "tests/test_no_key_leaks.py", "tests/test_error_codes.py")  # fmt: skip


def _copy(target: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", ".pytest_cache", ".mypy_cache", "cassettes")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            shutil.copy2(source, target / name)
    return target


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not {"__pycache__", ".pytest_cache", ".mypy_cache", ".hypothesis"} & set(p.parts)
    }


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600, env=env, check=False)
    assert result.returncode == 0, f"{' '.join(command)}\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    return result


@pytest.mark.timeout(900)
def test_a_fourth_provider_is_one_folder(tmp_path: Path) -> None:
    files = FILE_BLOCK.findall(DOC.read_text(encoding="utf-8"))
    assert {name for name, _ in files} >= {"provider.yaml", "jobs.yaml", "release.yaml", "CHANGELOG.md"}
    repo = _copy(tmp_path / "repo")
    before = _tree(repo)
    folder = repo / "overlays" / "providers" / "acme"
    for name, text in files:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")

    python = sys.executable
    _run([python, "scripts/regen.py"], repo)
    _run([python, "scripts/versions.py", "record"], repo)
    _run([python, "scripts/versions.py", "check"], repo)
    package = repo / "generated" / "acme-render-client"
    assert (package / "acme_render_client" / "lib" / "jobs.py").is_file()

    paths = [str(p) for p in sorted((repo / "generated").iterdir())]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([*paths, str(repo), str(repo / "scripts")])}
    _run([python, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "mypy"),
          str(package / "acme_render_client")], repo, env)  # fmt: skip
    result = _run([python, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider", "-k", "acme",
                   *SUITES], repo, env)  # fmt: skip
    ran = re.search(r"(\d+) passed", result.stdout)
    assert ran and int(ran.group(1)) >= 20, result.stdout[-2000:]

    after = _tree(repo)
    changed = {name for name in set(before) | set(after) if before.get(name) != after.get(name)}
    outside = sorted(
        name
        for name in changed
        if not name.startswith(("overlays/providers/acme/", "generated/acme-render-client/", "specs/acme.yaml"))
    )
    assert outside == [], f"adding a provider changed files outside its folder: {outside}"
