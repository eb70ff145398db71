"""Documented examples read out of specs/*.yaml: whole response examples, and bodies assembled from the
schema and property `example`s where a spec has no whole example (JoggAI)."""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"


@cache
def _load(provider: str) -> dict[str, Any]:
    return yaml.safe_load((SPECS / f"{provider}.yaml").read_text(encoding="utf-8"))


def load_spec(provider: str) -> dict[str, Any]:
    """The spec as a fresh dict (callers may change it)."""
    return copy.deepcopy(_load(provider))


def resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def assemble(spec: dict[str, Any], schema: dict[str, Any]) -> Any:
    """A value built from `example`s: the schema's own if it has one, else one built from its parts.

    A property with no example anywhere below it is left out; None means "nothing documented".
    """
    schema = resolve(spec, schema)
    if "example" in schema:
        return copy.deepcopy(schema["example"])
    if schema.get("enum"):
        return schema["enum"][0]  # a listed value is documented too
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = assemble(spec, part)
            if isinstance(value, dict):
                merged.update(value)
        return merged or None
    if schema.get("type") == "array" and "items" in schema:
        item = assemble(spec, schema["items"])
        return None if item is None else [item]
    properties = schema.get("properties")
    if properties:
        built = {name: assemble(spec, sub) for name, sub in properties.items()}
        return {name: value for name, value in built.items() if value is not None} or None
    return None


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation in the spec."""
    return [
        (path, method, op)
        for path, item in spec.get("paths", {}).items()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    ]


def response_schema(spec: dict[str, Any], path: str, status: str = "200") -> dict[str, Any]:
    return spec["paths"][path]["get"]["responses"][status]["content"]["application/json"]["schema"]


def named_examples(provider: str, path: str, status: str = "200") -> dict[str, Any]:
    """The response's `examples` (name -> value), empty when the spec has none."""
    media = _load(provider)["paths"][path]["get"]["responses"][status]["content"]["application/json"]
    return {name: copy.deepcopy(entry["value"]) for name, entry in (media.get("examples") or {}).items()}


def assembled_body(provider: str, path: str, status: str = "200") -> dict[str, Any]:
    spec = _load(provider)
    body = assemble(spec, response_schema(spec, path, status))
    if not isinstance(body, dict):
        raise ValueError(f"specs/{provider}.yaml: no example for GET {path} {status}")
    return body
