"""Documented examples read out of specs/*.yaml: whole examples where the spec gives them, and values assembled
from the schema's property `example`s where it does not."""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

import yaml

from registry import provider as registered

METHODS = ("get", "put", "post", "delete", "patch")


@cache
def _load(provider: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(registered(provider).spec_path.read_text(encoding="utf-8"))
    return loaded


def load_spec(provider: str) -> dict[str, Any]:
    """The spec as a fresh dict (callers may change it)."""
    return copy.deepcopy(_load(provider))


def spec(provider: str) -> dict[str, Any]:
    """The spec, shared: do not change it."""
    return _load(provider)


def resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = document
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def assemble(document: dict[str, Any], schema: dict[str, Any]) -> Any:
    """A value built from `example`s: the schema's own if it has one, else one built from its parts.

    A property with no example anywhere below it is left out; None means "nothing documented".
    """
    schema = resolve(document, schema)
    if "example" in schema:
        return copy.deepcopy(schema["example"])
    if schema.get("enum"):
        return schema["enum"][0]  # a listed value is documented too
    for combiner in ("allOf", "oneOf", "anyOf"):
        if combiner in schema:
            parts = [assemble(document, part) for part in schema[combiner]]
            if combiner != "allOf":
                return next((p for p in parts if p is not None), None)
            merged: dict[str, Any] = {}
            for value in parts:
                if isinstance(value, dict):
                    merged.update(value)
            return merged or None
    if schema.get("type") == "array" and "items" in schema:
        item = assemble(document, schema["items"])
        return None if item is None else [item]
    properties = schema.get("properties")
    if properties:
        built = {name: assemble(document, sub) for name, sub in properties.items()}
        return {name: value for name, value in built.items() if value is not None} or None
    return None


def operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation in the spec."""
    return [
        (path, method, op)
        for path, item in document.get("paths", {}).items()
        for method, op in item.items()
        if method in METHODS
    ]


def success(operation: dict[str, Any]) -> tuple[int, str, dict[str, Any]]:
    """(status, media type, media object) of the operation's first 2xx response."""
    for status, response in operation.get("responses", {}).items():
        if str(status).startswith("2"):
            content = response.get("content") or {"application/json": {}}
            media_type, media = next(iter(content.items()))
            return int(status), media_type, media
    raise ValueError(f"{operation.get('operationId')}: no 2xx response")


def media_examples(document: dict[str, Any], media: dict[str, Any]) -> dict[str, Any]:
    """name -> value: the media's named `examples`, its one `example`, or one value assembled from the schema."""
    if media.get("examples"):
        return {name: copy.deepcopy(resolve(document, entry)["value"]) for name, entry in media["examples"].items()}
    if "example" in media:
        return {"example": copy.deepcopy(media["example"])}
    value = assemble(document, media.get("schema") or {})
    return {} if value is None else {"assembled": value}


def response_example(document: dict[str, Any], operation: dict[str, Any]) -> Any:
    """The first documented success body of an operation (None when the spec documents none)."""
    _, _, media = success(operation)
    found = media_examples(document, media)
    return next(iter(found.values()), None)


def request_example(document: dict[str, Any], operation: dict[str, Any]) -> tuple[str, Any] | None:
    """(media type, body) of the operation's documented request body, or None when it takes none."""
    body = operation.get("requestBody")
    if not body:
        return None
    body = resolve(document, body)
    media_type, media = next(iter(body.get("content", {}).items()))
    found = media_examples(document, media)
    return media_type, next(iter(found.values()), None)


def parameter_example(document: dict[str, Any], parameter: dict[str, Any]) -> Any:
    parameter = resolve(document, parameter)
    if "example" in parameter:
        return copy.deepcopy(parameter["example"])
    return assemble(document, parameter.get("schema") or {})
