"""Apply OpenAPI Overlay 1.0 documents (overlays/providers/<name>/*.overlay.yaml) to a spec.

The overlays rename things users type (operationIds, model titles, a path parameter) and never change
what goes over the wire. Two extensions, both allowed by the Overlay spec's `x-` rule, make each edit
safe to keep across upstream changes:

- `x-expect: N` on every action: the target must match exactly N nodes, so an edit that silently stops
  applying (the upstream spec moved) fails the pipeline instead of renaming nothing.
- `x-rename-key: {from, to}`: renames a key of the targeted mapping in place. Overlay 1.0 can only
  rename a path by removing it and re-adding a full copy, which would freeze the copied content.

Applying an overlay twice is checked to give the same document as applying it once.
"""

from __future__ import annotations

import argparse
import copy
from pathlib import Path
from typing import Any

import jsonpath

from pipeline import ROOT, PipelineError, dump_yaml, load_yaml, rel, run, write_file
from registry import Provider, provider


def _merge(target: Any, update: Any, where: str) -> None:
    if not isinstance(target, dict) or not isinstance(update, dict):
        raise PipelineError(f"{where}: 'update' needs an object target and an object value")
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value, where)
        elif isinstance(value, list) and isinstance(target.get(key), list):
            target[key].extend(v for v in value if v not in target[key])
        else:
            target[key] = copy.deepcopy(value)


def _rename_key(target: Any, spec: Any, where: str) -> None:
    if not isinstance(target, dict) or not isinstance(spec, dict) or {"from", "to"} - spec.keys():
        raise PipelineError(f"{where}: 'x-rename-key' needs an object target and {{from, to}}")
    old, new = spec["from"], spec["to"]
    if old not in target:
        if new in target:
            return
        raise PipelineError(f"{where}: key {old!r} not found")
    items = [(new if key == old else key, value) for key, value in target.items()]
    target.clear()
    target.update(items)


def apply_action(doc: dict[str, Any], action: dict[str, Any], where: str, *, count: bool = True) -> None:
    target = action.get("target")
    if not isinstance(target, str):
        raise PipelineError(f"{where}: action has no 'target'")
    try:
        matches = list(jsonpath.finditer(target, doc))
    except jsonpath.JSONPathError as exc:
        raise PipelineError(f"{where}: bad JSONPath {target!r}: {exc}") from exc
    expected = action.get("x-expect")
    if not isinstance(expected, int):
        raise PipelineError(f"{where}: every action declares 'x-expect' (how many nodes it must hit)")
    if count and len(matches) != expected:
        raise PipelineError(f"{where}: target {target!r} matched {len(matches)} nodes, expected {expected}")
    for match in reversed(matches):
        if action.get("remove") is True:
            parent, key = match.parent.obj if match.parent else None, match.parts[-1]
            if isinstance(parent, dict | list):
                del parent[key]  # type: ignore[arg-type]  # python-jsonpath types a part int | str; a list's is an int
            continue
        if "x-rename-key" in action:
            _rename_key(match.obj, action["x-rename-key"], where)
        if "update" in action:
            _merge(match.obj, action["update"], where)


def apply_overlay(doc: dict[str, Any], overlay_path: Path, *, count: bool = True) -> dict[str, Any]:
    """Apply every action; `count=False` is the idempotency re-run, where a renamed node may match differently."""
    overlay = load_yaml(overlay_path)
    if not isinstance(overlay, dict) or not str(overlay.get("overlay", "")).startswith("1."):
        raise PipelineError(f"{rel(overlay_path)}: not an Overlay 1.x document (no 'overlay: 1.0.0')")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise PipelineError(f"{rel(overlay_path)}: 'actions' must be a non-empty list")
    result = copy.deepcopy(doc)
    for index, action in enumerate(actions):
        where = f"{rel(overlay_path)}: actions[{index}]"
        if not isinstance(action, dict):
            raise PipelineError(f"{where}: not an object")
        apply_action(result, action, where, count=count)
    return result


def overlays_for(chosen: Provider) -> list[Path]:
    return sorted(chosen.folder.glob("*.overlay.yaml"))


def apply_checked(doc: dict[str, Any], overlay_path: Path) -> dict[str, Any]:
    """apply_overlay, refusing an overlay whose second application changes the result."""
    once = apply_overlay(doc, overlay_path)
    if apply_overlay(once, overlay_path, count=False) != once:
        raise PipelineError(f"{rel(overlay_path)}: applying it twice changes the result")
    return once


def overlaid_spec(chosen: Provider, spec_path: Path) -> dict[str, Any]:
    doc: object = load_yaml(spec_path)
    if not isinstance(doc, dict):
        raise PipelineError(f"{rel(spec_path)}: not an OpenAPI document")
    for overlay_path in overlays_for(chosen):
        doc = apply_checked(doc, overlay_path)
    return doc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("provider")
    parser.add_argument("--spec", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    chosen = provider(args.provider)
    write_file(args.out, dump_yaml(overlaid_spec(chosen, args.spec or ROOT / chosen.spec_output)))


if __name__ == "__main__":
    run(main)
