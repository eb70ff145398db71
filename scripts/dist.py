"""`make dist`: a wheel and an sdist for each generated package into dist/, reproducibly, checked.

Each package is built from a clean copy of generated/<distribution>/ (no caches) by `uv build` (the uv pinned
in scripts/bootstrap-requirements.txt) through the backend its pyproject.toml pins, flit_core==4.2.0, which is
installed hash-checked from scripts/build-constraints.txt. The wheel is built from the sdist, so the sdist is
known to be complete. SOURCE_DATE_EPOCH (unless the caller sets it) is the time of the last commit that
touched generated/<distribution>/, so the same commit gives the same bytes on any machine; flit_core uses
it for every zip and tar timestamp and normalises owners and permissions.

Then every archive is checked to hold the package and its metadata and nothing else, with complete metadata
and py.typed; `twine check --strict` runs on every file; dist/SHA256SUMS lists every file's sha256.
"""

from __future__ import annotations

import argparse
import email
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

from pipeline import ROOT, PipelineError, rel, run, staging
from registry import Provider, providers
from versions import release_version

UV = ROOT / ".tools" / "bin" / "uv"
CONSTRAINTS = ROOT / "scripts" / "build-constraints.txt"
FALLBACK_EPOCH = 315532800  # 1980-01-01, the earliest a zip can say: used only outside a git checkout
SDIST_FILES = {"PKG-INFO", "pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md"}
WHEEL_META = {"METADATA", "WHEEL", "RECORD", "licenses/LICENSE"}
REQUIRED_METADATA = ("Summary", "Requires-Python", "License-Expression", "Description-Content-Type", "Classifier")


def source_date_epoch(distribution: str) -> int:
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        found = subprocess.run(
            ["git", "log", "-1", "--format=%ct", "--", f"generated/{distribution}"],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )  # fmt: skip
    except OSError:
        return FALLBACK_EPOCH
    return int(found.stdout.strip()) if found.returncode == 0 and found.stdout.strip() else FALLBACK_EPOCH


def module_files(src: Path, package: str) -> set[str]:
    """What the package is: every .py file and py.typed under generated/<distribution>/<package>/."""
    return {
        p.relative_to(src).as_posix()
        for p in (src / package).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and (p.suffix == ".py" or p.name == "py.typed")
    }


def check_metadata(raw: bytes, where: str, distribution: str, version: str) -> None:
    meta = email.message_from_bytes(raw)
    if meta["Name"] != distribution or meta["Version"] != version:
        raise PipelineError(f"{where}: metadata names {meta['Name']} {meta['Version']}, not {distribution} {version}")
    missing = [field for field in REQUIRED_METADATA if not meta.get_all(field)]
    if not meta.get_all("Requires-Dist") or missing:
        raise PipelineError(f"{where}: metadata lacks {', '.join(missing or ['Requires-Dist'])}")
    if len(str(meta.get_payload() or "")) < 200:
        raise PipelineError(f"{where}: metadata has no README as its long description")


def check_archives(wheel: Path, sdist: Path, src: Path, distribution: str, package: str, version: str) -> None:
    """The archives hold exactly the package and its metadata: no tests, caches, .orig files, other packages."""
    expected = module_files(src, package)
    if f"{package}/py.typed" not in expected:
        raise PipelineError(f"{rel(src)}: {package}/py.typed is missing")
    info = f"{package}-{version}.dist-info/"
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        stray = sorted(n for n in names if not (n in expected or (n.startswith(info) and n[len(info) :] in WHEEL_META)))
        if stray or not expected <= names or {info + m for m in WHEEL_META} - names:
            raise PipelineError(f"{wheel.name}: unexpected {stray} or missing {sorted(expected - names)}")
        check_metadata(zf.read(info + "METADATA"), wheel.name, distribution, version)
    top = f"{package}-{version}/"
    with tarfile.open(sdist) as tf:
        members = [m for m in tf.getmembers() if m.isfile()]
        names = {m.name[len(top) :] for m in members if m.name.startswith(top)}
        if len(names) != len(members) or names != expected | SDIST_FILES:
            raise PipelineError(
                f"{sdist.name}: unexpected {sorted(names - expected - SDIST_FILES)} "
                f"or missing {sorted((expected | SDIST_FILES) - names)}"
            )
        pkg_info = tf.extractfile(top + "PKG-INFO")
        assert pkg_info is not None
        check_metadata(pkg_info.read(), sdist.name, distribution, version)


def build_one(provider: Provider, scratch: Path) -> list[Path]:
    distribution, package = provider.distribution, provider.package
    version = release_version(provider)
    src = ROOT / "generated" / distribution
    clean = scratch / "src" / distribution
    shutil.copytree(src, clean, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".gitignore"))
    out = scratch / "out" / distribution
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(source_date_epoch(distribution)), "UV_NO_PROGRESS": "1"}
    command = [
        str(UV), "build", "--no-config", "--quiet",
        "--python", sys.executable,
        "--out-dir", str(out), "--no-create-gitignore",
        "--build-constraints", str(CONSTRAINTS), "--require-hashes",
        str(clean),
    ]  # fmt: skip
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise PipelineError(f"{rel(src)}: uv build failed: {(result.stdout + result.stderr).strip()[-800:]}")
    stem = f"{package}-{version}"
    wheel, sdist = out / f"{stem}-py3-none-any.whl", out / f"{stem}.tar.gz"
    built = sorted(out.iterdir())
    if built != sorted([wheel, sdist]):
        raise PipelineError(f"{rel(src)}: expected {wheel.name} and {sdist.name}, built {[p.name for p in built]}")
    check_archives(wheel, sdist, src, distribution, package, version)
    return [sdist, wheel]


def twine_check(files: list[Path]) -> None:
    twine = Path(sys.executable).parent / "twine"
    result = subprocess.run(
        [str(twine), "--no-color", "check", "--strict", *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "COLUMNS": "200"},
    )
    print(result.stdout.strip())
    if result.returncode != 0:
        raise PipelineError(f"twine check failed: {(result.stdout + result.stderr).strip()}")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_all(dest: Path) -> list[Path]:
    """Build, check and copy every package's files into `dest` (its older files of these packages replaced)."""
    with staging("dist-") as scratch:
        files = [f for provider in providers() for f in build_one(provider, scratch)]
        twine_check(files)
        dest.mkdir(parents=True, exist_ok=True)
        for provider in providers():
            for old in dest.glob(f"{provider.package}-*"):
                old.unlink()
        placed = []
        for f in files:
            shutil.copyfile(f, dest / f.name)
            placed.append(dest / f.name)
    sums = "".join(f"{sha256(p)}  {p.name}\n" for p in sorted(dest.glob("*")) if p.name != "SHA256SUMS")
    (dest / "SHA256SUMS").write_text(sums, encoding="utf-8")
    return placed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the files go (default: dist/)")
    args = parser.parse_args()
    for path in build_all(args.out.resolve()):
        print(f"{sha256(path)}  {rel(path)}")
    return 0


if __name__ == "__main__":
    run(main)
