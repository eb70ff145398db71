"""Run openapi-python-client on one overlaid spec into a scratch folder, then layer the hand-written code in.

The generator's `--overwrite` only clears `models/` and `api/`, so this never generates in place: the caller
swaps the finished folder in whole (pipeline.replace_tree).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

import yaml

from layer_code import layer_code
from pipeline import ROOT, PipelineError, load_yaml, rel
from postprocess import postprocess

GENERATOR_VERSION = "0.29.1"
TEMPLATES = ROOT / "overlays" / "templates"


def package_names(provider: str) -> tuple[str, str]:
    """(distribution, import package) from the provider's generator config: one source for both."""
    config_path = ROOT / "overlays" / provider / "generator.yaml"
    config = load_yaml(config_path)
    try:
        return str(config["project_name_override"]), str(config["package_name_override"])
    except (KeyError, TypeError) as exc:
        raise PipelineError(f"{rel(config_path)}: needs project_name_override and package_name_override") from exc


def generator_config(provider: str, folder: Path) -> Path:
    """overlays/<provider>/generator.yaml plus the version from overlays/<provider>/release.yaml, in `folder`.

    The version is kept only in release.yaml (scripts/versions.py records a content hash beside it), so the
    generator config must not set it too.
    """
    from versions import release_version

    config_path = ROOT / "overlays" / provider / "generator.yaml"
    config = load_yaml(config_path)
    if "package_version_override" in config:
        raise PipelineError(f"{rel(config_path)}: set the version in overlays/{provider}/release.yaml, not here")
    config["package_version_override"] = release_version(provider)
    merged = folder / "generator.yaml"
    merged.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return merged


def generate(provider: str, spec: Path, out: Path) -> Path:
    """Generate `provider` from `spec` into `out/<distribution>`; return that folder."""
    found = version("openapi-python-client")
    if found != GENERATOR_VERSION:
        raise PipelineError(
            f"openapi-python-client {found} installed; overlays/templates are pinned to {GENERATOR_VERSION}"
        )
    distribution, _ = package_names(provider)
    target = out / distribution
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", "RUFF_NO_CACHE": "true"}
    config_dir = Path(tempfile.mkdtemp(prefix=f"config-{provider}-"))
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path", str(spec),
        "--config", str(generator_config(provider, config_dir)),
        "--custom-template-path", str(TEMPLATES),
        "--meta", "uv",
        "--fail-on-warning",
        "--output-path", str(target),
    ]  # fmt: skip
    out.mkdir(parents=True, exist_ok=True)
    try:
        result = subprocess.run(command, cwd=out, env=env, capture_output=True, text=True, check=False)
    finally:
        shutil.rmtree(config_dir, ignore_errors=True)
    if result.returncode != 0:
        lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
        detail = " | ".join(lines[-6:]) if lines else f"exit {result.returncode}"
        raise PipelineError(f"{rel(spec)}: openapi-python-client failed: {detail}")
    shutil.rmtree(target / ".ruff_cache", ignore_errors=True)
    postprocess(provider, target, package_names(provider)[1])
    layer_code(provider, target)
    return target
