"""Layer the hand-written overlay code into a freshly generated package.

What lands, and where (each copy says where it came from, so nobody edits it in generated/):
- overlays/_core/*.py      -> <package>/lib/_core/   the error, retry, response and polling core, written once
- overlays/<provider>/lib/ -> <package>/lib/         the provider's create_client, error codes and wait helpers
- overlays/package_files/LICENSE, overlays/<provider>/CHANGELOG.md -> <distribution>/   beside pyproject.toml,
  shipped in the sdist (and LICENSE in the wheel); copied byte for byte, with no banner

Layering only adds files. A file that would replace generator output is an error, and the number of files
each source folder must contribute is checked, so a missing or stray overlay file stops the pipeline.
"""

from __future__ import annotations

from pathlib import Path

from pipeline import ROOT, PipelineError, rel

CORE = ROOT / "overlays" / "_core"
PACKAGE_FILES = ROOT / "overlays" / "package_files"


def _project_files(provider: str) -> list[Path]:
    """The files that go beside pyproject.toml: the shared LICENSE and the provider's own CHANGELOG.md."""
    return [PACKAGE_FILES / "LICENSE", ROOT / "overlays" / provider / "CHANGELOG.md"]


def _sources(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix in {".py", ".typed"}
    )


def _copy(src: Path, dst: Path) -> None:
    if dst.exists():
        raise PipelineError(f"{rel(src)}: would overwrite generated file {dst.name}; overlays only add files")
    dst.parent.mkdir(parents=True, exist_ok=True)
    text = src.read_text(encoding="utf-8")
    banner = f"# Layered in by `make regen` from {rel(src)}: edit it there, never here.\n"
    dst.write_text(banner + text if src.suffix == ".py" else text, encoding="utf-8")


def layer_code(provider: str, target: Path) -> None:
    from generate import package_names

    _, package = package_names(provider)
    lib = target / package / "lib"
    plan = [(CORE, lib / "_core"), (ROOT / "overlays" / provider / "lib", lib)]
    expected = 0
    for src_root, dst_root in plan:
        files = _sources(src_root)
        if not files:
            raise PipelineError(f"{rel(src_root)}: no overlay code found")
        for src in files:
            _copy(src, dst_root / src.relative_to(src_root))
        expected += len(files)
    landed = len(_sources(lib))
    if landed != expected:
        raise PipelineError(f"{rel(lib)}: holds {landed} files after layering, expected exactly {expected}")
    project_files = _project_files(provider)
    for src in project_files:
        if not src.is_file():
            raise PipelineError(f"{rel(src)}: file not found; every package ships it")
        dst = target / src.name
        if dst.exists():
            raise PipelineError(f"{rel(src)}: would overwrite generated file {dst.name}; overlays only add files")
        dst.write_bytes(src.read_bytes())
    landed = sum((target / src.name).is_file() for src in project_files)
    if landed != len(project_files):
        raise PipelineError(
            f"{rel(target)}: holds {landed} project files after layering, expected {len(project_files)}"
        )
