"""Layer the hand-written runtime into a freshly generated package.

What lands, and where (each copy says where it came from, so nobody edits it in generated/):
- overlays/runtime/*.py                  -> <package>/lib/_core/   errors, retries, responses, polling: written once
- overlays/providers/<name>/runtime/*.py -> <package>/lib/         the provider's own modules, when it has any
- overlays/providers/<name>/public/*.py  -> <package>/             public submodules (`import <package>.webhooks`),
                                                                  not exported at the top level; when it has any
- rendered from the provider's folder    -> <package>/lib/profile.py, jobs.py, __init__.py (scripts/render_runtime.py)
- overlays/package-files/LICENSE, overlays/providers/<name>/CHANGELOG.md -> <distribution>/, byte for byte

Layering only adds files: one that would replace generator output is an error. Rendered modules go through
the pinned ruff's formatter, as the generator's own output does.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pipeline import ROOT, PipelineError, rel
from registry import Provider
from render_runtime import write_lib

CORE = ROOT / "overlays" / "runtime"
PACKAGE_FILES = ROOT / "overlays" / "package-files"


def _sources(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def _copy(src: Path, dst: Path) -> None:
    if dst.exists():
        raise PipelineError(f"{rel(src)}: would overwrite generated file {dst.name}; overlays only add files")
    dst.parent.mkdir(parents=True, exist_ok=True)
    banner = f"# Layered in by `make regen` from {rel(src)}: edit it there, never here.\n"
    dst.write_text(banner + src.read_text(encoding="utf-8"), encoding="utf-8")


def _format(paths: list[Path]) -> None:
    ruff = Path(sys.executable).parent / "ruff"
    result = subprocess.run(
        [str(ruff), "format", "--quiet", "--line-length", "120", "--no-cache", *map(str, paths)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise PipelineError(f"{rel(paths[0].parent)}: ruff could not format the rendered modules: {result.stderr}")


def layer_code(provider: Provider, target: Path) -> None:
    lib = target / provider.package / "lib"
    core = _sources(CORE)
    if not core:
        raise PipelineError(f"{rel(CORE)}: no runtime code found")
    for src in core:
        _copy(src, lib / "_core" / src.relative_to(CORE))
    own = provider.folder / "runtime"
    for src in _sources(own) if own.is_dir() else []:
        _copy(src, lib / src.relative_to(own))
    public = provider.folder / "public"
    for src in _sources(public) if public.is_dir() else []:
        _copy(src, target / provider.package / src.relative_to(public))
    _format(write_lib(provider, lib))
    for src in (PACKAGE_FILES / "LICENSE", provider.folder / "CHANGELOG.md"):
        if not src.is_file():
            raise PipelineError(f"{rel(src)}: file not found; every package ships it")
        dst = target / src.name
        if dst.exists():
            raise PipelineError(f"{rel(src)}: would overwrite generated file {dst.name}; overlays only add files")
        dst.write_bytes(src.read_bytes())
