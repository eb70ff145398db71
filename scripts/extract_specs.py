"""Pull the OpenAPI YAML out of each provider's doc pages and merge one provider's fragments into one spec.

The JoggAI docs embed, on every endpoint page, the whole spec's header with only that page's path; merging
is a union of `paths` on condition that everything else agrees, so a page captured from a different
version of the spec is caught here instead of silently shaping the client.
"""

from __future__ import annotations

import argparse
import hashlib
import re
from pathlib import Path
from typing import Any

import yaml

from pipeline import ROOT, PipelineError, dump_yaml, load_yaml, rel, run, write_file
from validate_specs import validate

FENCE = re.compile(r"^````ya?ml\b[^\n]*\n(.*?)^````[ \t]*$", re.MULTILINE | re.DOTALL)
MUST_AGREE = ("openapi", "info", "servers", "security", "tags", "components")
SOURCES = ROOT / "specs" / "sources"


def extract_fragment(page: Path) -> dict[str, Any]:
    try:
        text = page.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise PipelineError(f"{rel(page)}: file not found") from exc
    except UnicodeDecodeError as exc:
        raise PipelineError(f"{rel(page)}: not UTF-8 text") from exc
    blocks = FENCE.findall(text)
    if not blocks:
        raise PipelineError(f"{rel(page)}: no ````yaml spec block found")
    if len(blocks) > 1:
        raise PipelineError(f"{rel(page)}: {len(blocks)} ````yaml spec blocks found, expected one")
    try:
        doc = yaml.safe_load(blocks[0])
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (block line {mark.line + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "could not be parsed"
        raise PipelineError(f"{rel(page)}: invalid YAML in spec block{where}: {problem}") from exc
    if not isinstance(doc, dict) or "openapi" not in doc:
        raise PipelineError(f"{rel(page)}: spec block is not an OpenAPI document (no top-level 'openapi' key)")
    return doc


def merge(fragments: list[tuple[Path, dict[str, Any]]]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    origin: dict[str, Path] = {}
    for page, doc in fragments:
        for key, value in doc.items():
            if key == "paths":
                paths = merged.setdefault("paths", {})
                for path, item in (value or {}).items():
                    where = f"paths.{path}"
                    if path in paths and paths[path] != item:
                        raise PipelineError(_disagree(origin[where], page, where))
                    paths[path] = item
                    origin[where] = page
            elif key in merged:
                if merged[key] != value:
                    raise PipelineError(_disagree(origin[key], page, key))
            else:
                merged[key] = value
                origin[key] = page
    for page, doc in fragments:
        missing = [key for key in MUST_AGREE if key in merged and key not in doc]
        if missing:
            raise PipelineError(_disagree(origin[missing[0]], page, missing[0]))
    merged["paths"] = dict(sorted(merged.get("paths", {}).items()))
    return merged


def _disagree(first: Path, second: Path, key: str) -> str:
    return f"{rel(second)}: '{key}' disagrees with {rel(first)}"


def verify_page(folder: Path, entry: dict[str, Any]) -> Path:
    page = folder / str(entry["file"])
    try:
        digest = hashlib.sha256(page.read_bytes()).hexdigest()
    except FileNotFoundError as exc:
        raise PipelineError(f"{rel(page)}: file not found (listed in {rel(folder / 'provenance.yaml')})") from exc
    if digest != entry.get("sha256"):
        raise PipelineError(f"{rel(page)}: sha256 {digest} differs from provenance.yaml: pages are never edited")
    return page


def provenance(provider: str) -> dict[str, Any]:
    path = SOURCES / provider / "provenance.yaml"
    data = load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("pages"), list):
        raise PipelineError(f"{rel(path)}: expected a mapping with a 'pages' list")
    return data


def build_spec(provider: str) -> tuple[str, str] | None:
    """The spec text for one provider and where it goes, or None for a hand-written spec."""
    record = provenance(provider)
    pages = [verify_page(SOURCES / provider, entry) for entry in record["pages"]]
    if record.get("spec") != "extracted":
        return None
    spec = merge([(page, extract_fragment(page)) for page in pages])
    text = dump_yaml(spec)
    validate(text, label=f"{', '.join(rel(p) for p in pages)}")
    return str(record["output"]), text


def extract_all(providers: list[str], out_root: Path) -> list[Path]:
    """Build every spec in memory first, then write: a bad page leaves `specs/` as it was."""
    built = [spec for spec in (build_spec(p) for p in providers) if spec is not None]
    written = []
    for output, text in built:
        target = out_root / output
        write_file(target, text)
        written.append(target)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("providers", nargs="*", default=["jogg", "viddyscribe", "memories"])
    parser.add_argument("--out-root", type=Path, default=ROOT, help="folder that receives specs/<provider>.yaml")
    args = parser.parse_args()
    for path in extract_all(args.providers, args.out_root):
        print(f"extracted {rel(path)}")


if __name__ == "__main__":
    run(main)
