"""Assemble each provider's spec: the OpenAPI its captured doc pages embed, merged with what is written by hand
in its folder, into specs/<name>.yaml.

Docs sites often embed, on every endpoint page, the whole spec's header with only that page's path; merging is
a union of `paths` and `components` on condition that everything else agrees, so a page captured from a
different version of the spec is caught here instead of silently shaping the client.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import re
from pathlib import Path
from typing import Any

import yaml

from apply_overlays import apply_checked
from containment import contained, leaf
from pipeline import ROOT, PipelineError, dump_yaml, load_yaml, rel, run, safe_load, write_file
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
        doc = safe_load(blocks[0])
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (block line {mark.line + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "could not be parsed"
        raise PipelineError(f"{rel(page)}: invalid YAML in spec block{where}: {problem}") from exc
    if not isinstance(doc, dict) or "openapi" not in doc:
        raise PipelineError(f"{rel(page)}: spec block is not an OpenAPI document (no top-level 'openapi' key)")
    return doc


AGREE = ("openapi", "info", "servers", "security")
"""Top-level keys every source that gives them must give alike (compared as captured, before any decision)."""


def merge(sources: list[tuple[Path, dict[str, Any]]], decided: dict[str, Any] | None = None) -> dict[str, Any]:
    """One document from several. The first source is the base (`decided`: the base with its decisions applied).
    Each later source adds the paths and components the document lacks; one it already has must be contained in
    it (scripts/containment.py), so a page can add to the spec but never be silently overruled. `tags` are a union
    by name; the keys in AGREE must be equal wherever given."""
    first_page, first = sources[0]
    merged = copy.deepcopy(decided if decided is not None else first)
    given: dict[str, tuple[Any, Path]] = {key: (first[key], first_page) for key in AGREE if key in first}
    origin: dict[str, Path] = {}
    for page, doc in sources:
        for key in AGREE:
            if key not in doc:
                continue
            if key in given and given[key][0] != doc[key]:
                raise PipelineError(_disagree(given[key][1], page, key))
            given.setdefault(key, (doc[key], page))
            merged.setdefault(key, copy.deepcopy(doc[key]))
        tags = merged.setdefault("tags", [])
        tags.extend(copy.deepcopy(tag) for tag in doc.get("tags") or [] if tag not in tags)
        if doc is first:
            for name in doc.get("paths") or {}:
                origin[f"paths.{name}"] = page
            for section, entries in (doc.get("components") or {}).items():
                origin.update({f"components.{section}.{name}": page for name in entries or {}})
            continue
        _add(merged, merged.setdefault("paths", {}), doc.get("paths") or {}, "paths", page, doc, origin)
        for section, entries in (doc.get("components") or {}).items():
            into = merged.setdefault("components", {}).setdefault(section, {})
            _add(merged, into, entries or {}, f"components.{section}", page, doc, origin)
    if not merged["tags"]:
        del merged["tags"]
    merged["paths"] = dict(sorted(merged.get("paths", {}).items()))
    return merged


def _add(
    merged: dict[str, Any],
    into: dict[str, Any],
    entries: dict[str, Any],
    where: str,
    page: Path,
    doc: dict[str, Any],
    origin: dict[str, Path],
) -> None:
    for name, node in entries.items():
        at = f"{where}.{name}"
        if name not in into:
            into[name] = copy.deepcopy(node)
            origin[at] = page
            continue
        missing = contained(node, into[name], merged, doc, at=at)
        if missing is not None:
            value = leaf(doc, missing)
            shown = value if not isinstance(value, dict | list) else type(value).__name__
            raise PipelineError(f"{_disagree(origin.get(at, page), page, at)}: {missing} ({shown!r}) is not there")


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


HEADER_LINES = 3
"""A stored whole document starts with Source / Retrieved-via / Retrieved lines and one blank line."""


def whole_document(path: Path) -> dict[str, Any]:
    """An OpenAPI document stored whole, after its provenance header (a provider's official spec file)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    if len(lines) <= HEADER_LINES or not lines[0].startswith("Source:") or lines[HEADER_LINES] != "":
        raise PipelineError(f"{rel(path)}: expected {HEADER_LINES} header lines (Source: ...) and a blank line")
    try:
        doc = safe_load("\n".join(lines[HEADER_LINES + 1 :]))
    except yaml.YAMLError as exc:
        raise PipelineError(f"{rel(path)}: invalid YAML after the header") from exc
    if not isinstance(doc, dict) or "openapi" not in doc:
        raise PipelineError(f"{rel(path)}: the text after the header is not an OpenAPI document")
    return doc


def build_spec(provider: Provider) -> str:
    """The spec text for one provider: its official document where one is stored (with the decisions written
    beside the spec applied), the OpenAPI its captured pages embed, and what is written by hand in its folder.
    Every page is checked against its recorded sha256 first, used or not."""
    sources: list[tuple[Path, dict[str, Any]]] = []
    decided: dict[str, Any] | None = None
    if provider.spec_sources is not None:
        folder = ROOT / provider.spec_sources
        record = provenance(folder)
        if isinstance(record.get("primary"), dict):
            primary = verify_page(folder, record["primary"])
            document = whole_document(primary)
            sources.append((primary, document))
            decided = document
            for name in provider.decisions:
                decided = apply_checked(decided, provider.folder / name)
        pages = [verify_page(folder, entry) for entry in record["pages"]]
        if record.get("spec") in ("extracted", "assembled"):
            embedding = [page for page, entry in zip(pages, record["pages"], strict=True) if not entry.get("excerpt")]
            sources += [(page, extract_fragment(page)) for page in embedding]
    sources += [(provider.folder / name, hand_written(provider, name)) for name in provider.hand_written]
    if not sources:
        raise PipelineError(f"{rel(provider.folder / 'provider.yaml')}: spec has neither pages nor hand-written parts")
    spec = merge(sources, decided)
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
