"""Validate OpenAPI documents with openapi-spec-validator before anything is generated from them."""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml
from openapi_spec_validator import validate as _validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from pipeline import ROOT, PipelineError, one_line, rel, run, safe_load


def validate(text: str, *, label: str) -> None:
    try:
        doc = safe_load(text)
    except yaml.YAMLError as exc:
        raise PipelineError(f"{label}: invalid YAML: {one_line(exc)}") from exc
    if not isinstance(doc, dict):
        raise PipelineError(f"{label}: not an OpenAPI document")
    try:
        _validate(doc)
    except OpenAPIValidationError as exc:
        where = "/".join(str(p) for p in getattr(exc, "path", ()) or ())
        message = getattr(exc, "message", None) or one_line(exc)
        raise PipelineError(f"{label}: invalid OpenAPI{f' at {where}' if where else ''}: {message}") from exc
    except Exception as exc:  # the validator raises a few non-validation types on broken $refs
        raise PipelineError(f"{label}: invalid OpenAPI: {one_line(exc)[:300]}") from exc


def validate_file(path: Path) -> None:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise PipelineError(f"{rel(path)}: file not found") from exc
    validate(text, label=rel(path))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    files = args.files or sorted((ROOT / "specs").glob("*.yaml"))
    for path in files:
        validate_file(path)
        print(f"valid {rel(path)}")


if __name__ == "__main__":
    run(main)
