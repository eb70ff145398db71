"""Assemble each provider's spec: the OpenAPI its captured doc pages embed, merged with what is written by hand
in its folder, into specs/<name>.yaml.

Docs sites often embed, on every endpoint page, the whole spec's header with only that page's path; merging is
a union of `paths` and `components` on condition that everything else agrees, so a page captured from a
different version of the spec is caught here instead of silently shaping the client.
"""

from __future__ import annotations

import argparse
import hashlib
import re
from pathlib import Path
from typing import Any

import yaml

from pipeline import ROOT, PipelineError, dump_yaml, load_yaml, rel, run, write_file
from registry import Provider, provider, providers
from validate_specs import validate

FENCE = re.compile(r"^````ya?ml\b[^\n]*\n(.*?)^````[ \t]*$", re.MULTILINE | re.DOTALL)


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


UNION_BY_NAME = ("components",)


def _union(merged: dict[str, Any], key: str, value: Any, page: Path, origin: dict[str, Path]) -> None:
    """Merge a mapping of named entries (paths, each components section) into `merged[key]`: an entry may be
    repeated only as an exact copy, so two sources never silently disagree about one path or schema."""
    into = merged.setdefault(key, {})
    for name, item in (value or {}).items():
        where = f"{key}.{name}"
        if name in into and into[name] != item:
            raise PipelineError(_disagree(origin[where], page, where))
        into[name] = item
        origin[where] = page


def merge(fragments: list[tuple[Path, dict[str, Any]]]) -> dict[str, Any]:
    """One document from several: `paths` and each `components` section are unions; `tags` a union by name;
    every other top-level key (openapi, info, servers, security) must agree wherever it is given."""
    merged: dict[str, Any] = {}
    origin: dict[str, Path] = {}
    for page, doc in fragments:
        for key, value in doc.items():
            if key == "paths":
                _union(merged, "paths", value, page, origin)
            elif key == "components":
                sections = merged.setdefault("components", {})
                for section, entries in (value or {}).items():
                    _union(sections, section, entries, page, origin)
            elif key == "tags":
                tags = merged.setdefault("tags", [])
                tags.extend(tag for tag in value or [] if tag not in tags)
            elif key in merged:
                if merged[key] != value:
                    raise PipelineError(_disagree(origin[key], page, key))
            else:
                merged[key] = value
                origin[key] = page
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


def provenance(folder: Path) -> dict[str, Any]:
    path = folder / "provenance.yaml"
    data = load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("pages"), list):
        raise PipelineError(f"{rel(path)}: expected a mapping with a 'pages' list")
    return data


def hand_written(provider: Provider, name: str) -> dict[str, Any]:
    path = provider.folder / name
    doc = load_yaml(path)
    if not isinstance(doc, dict) or "openapi" not in doc:
        raise PipelineError(f"{rel(path)}: not an OpenAPI document (no top-level 'openapi' key)")
    return doc


def build_spec(provider: Provider) -> str:
    """The spec text for one provider: the OpenAPI its captured pages embed, merged with what is written by hand
    in its folder. Every page is checked against its recorded sha256 first, used or not."""
    sources: list[tuple[Path, dict[str, Any]]] = []
    if provider.spec_sources is not None:
        folder = ROOT / provider.spec_sources
        record = provenance(folder)
        pages = [verify_page(folder, entry) for entry in record["pages"]]
        if record.get("spec") == "extracted":
            embedding = [page for page, entry in zip(pages, record["pages"], strict=True) if not entry.get("excerpt")]
            sources += [(page, extract_fragment(page)) for page in embedding]
    sources += [(provider.folder / name, hand_written(provider, name)) for name in provider.hand_written]
    if not sources:
        raise PipelineError(f"{rel(provider.folder / 'provider.yaml')}: spec has neither extracted pages nor hand-written parts")
    spec = merge(sources)
    made_from = ", ".join(rel(path) for path, _ in sources)
    text = f"# Assembled by `make regen` from {made_from}; edit those, never this file.\n" + dump_yaml(spec)
    validate(text, label=made_from)
    return text


def extract_all(chosen: list[Provider], out_root: Path) -> list[Path]:
    """Build every spec in memory first, then write: a bad page leaves `specs/` as it was."""
    built = [(provider.spec_output, build_spec(provider)) for provider in chosen]
    written = []
    for output, text in built:
        target = out_root / output
        write_file(target, text)
        written.append(target)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("providers", nargs="*", help="provider folder names (default: all)")
    parser.add_argument("--out-root", type=Path, default=ROOT, help="folder that receives specs/<provider>.yaml")
    args = parser.parse_args()
    chosen = [provider(key) for key in args.providers] if args.providers else list(providers())
    for path in extract_all(chosen, args.out_root):
        print(f"extracted {rel(path)}")


if __name__ == "__main__":
    run(main)
