"""Run openapi-python-client on one overlaid spec into a scratch folder, then layer the hand-written code in.

The generator's `--overwrite` only clears `models/` and `api/`, so this never generates in place: the caller
swaps the finished folder in whole (pipeline.replace_tree). The templates it reads are overlays/generator/
templates plus one file rendered from the provider's folder (package_facts.jinja), staged together.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

import yaml

from layer_code import layer_code
from pipeline import ROOT, PipelineError, load_yaml, rel, staging
from postprocess import postprocess
from registry import Provider
from render_runtime import package_facts
from versions import release_version

GENERATOR_VERSION = "0.29.1"
GENERATOR = ROOT / "overlays" / "generator"
TEMPLATES = GENERATOR / "templates"
DATEUTIL = "python-dateutil>=2.7.0,<5"


def _has_date_times(node: Any) -> bool:
    if isinstance(node, dict):
        return node.get("format") == "date-time" or any(_has_date_times(v) for v in node.values())
    if isinstance(node, list):
        return any(_has_date_times(v) for v in node)
    return False


def dependencies(spec: dict[str, Any]) -> list[str]:
    """Run-time requirements beyond httpx and attrs: python-dateutil only where the spec has date-times."""
    return [DATEUTIL] if _has_date_times(spec) else []


def generator_config(provider: Provider, folder: Path) -> Path:
    """overlays/generator/config.yaml plus the provider's names and its version from release.yaml."""
    config = load_yaml(GENERATOR / "config.yaml")
    if not isinstance(config, dict):
        raise PipelineError(f"{rel(GENERATOR / 'config.yaml')}: expected a mapping")
    for key in ("project_name_override", "package_name_override", "package_version_override"):
        if key in config:
            raise PipelineError(f"{rel(GENERATOR / 'config.yaml')}: {key} comes from each provider's folder")
    config["project_name_override"] = provider.distribution
    config["package_name_override"] = provider.package
    config["package_version_override"] = release_version(provider)
    merged = folder / "generator.yaml"
    merged.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return merged


def staged_templates(provider: Provider, spec: dict[str, Any], folder: Path) -> Path:
    templates = folder / "templates"
    shutil.copytree(TEMPLATES, templates)
    facts = package_facts(provider, dependencies(spec), spec)
    (templates / "package_facts.jinja").write_text(facts, encoding="utf-8")
    return templates


def generate(provider: Provider, spec_path: Path, out: Path) -> Path:
    """Generate `provider` from `spec_path` into `out/<distribution>`; return that folder."""
    found = version("openapi-python-client")
    if found != GENERATOR_VERSION:
        raise PipelineError(
            f"openapi-python-client {found} installed; overlays/generator is pinned to {GENERATOR_VERSION}"
        )
    target = out / provider.distribution
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", "RUFF_NO_CACHE": "true"}
    out.mkdir(parents=True, exist_ok=True)
    with staging(f"generator-{provider.key}-") as scratch:
        command = [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path", str(spec_path),
            "--config", str(generator_config(provider, scratch)),
            "--custom-template-path", str(staged_templates(provider, load_yaml(spec_path), scratch)),
            "--meta", "uv",
            "--fail-on-warning",
            "--output-path", str(target),
        ]  # fmt: skip
        result = subprocess.run(command, cwd=out, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
        detail = " | ".join(lines[-6:]) if lines else f"exit {result.returncode}"
        raise PipelineError(f"{rel(spec_path)}: openapi-python-client failed: {detail}")
    shutil.rmtree(target / ".ruff_cache", ignore_errors=True)
    postprocess(target, provider.package)
    layer_code(provider, target)
    return target
