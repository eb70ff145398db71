"""The one conversion from an OpenAPI 3.0 schema to plain JSON Schema (`$ref` and `allOf` resolved, `nullable`
as a `null` type), and each operation's declared responses in that form: what the fuzz and contract tests
validate bodies against."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import cache
from typing import Any

from registry import Provider

from .endpoints import Operation
from .standin import examples

_SCHEMA_KEYS = frozenset(
    {
        "type",
        "items",
        "required",
        "enum",
        "format",
        "const",
        "oneOf",
        "anyOf",
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
        "pattern",
        "minItems",
        "maxItems",
    }
)


def json_schema(document: dict[str, Any], node: Any) -> Any:
    """`node` (an OpenAPI 3.0 schema of `document`) as JSON Schema: `$ref` followed, `allOf` merged into one
    object, `nullable: true` as an added "null" type (or enum value), OpenAPI-only keywords dropped."""
    if isinstance(node, list):
        return [json_schema(document, item) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return json_schema(document, examples.resolve(document, node))
    if "allOf" in node:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in json_schema(document, node["allOf"]):
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += [r for r in part.get("required", []) if r not in merged["required"]]
        return _nullable(merged) if node.get("nullable") else merged
    out: dict[str, Any] = {key: json_schema(document, value) for key, value in node.items() if key in _SCHEMA_KEYS}
    if "properties" in node:
        out["properties"] = {name: json_schema(document, value) for name, value in node["properties"].items()}
    if isinstance(node.get("additionalProperties"), dict):
        out["additionalProperties"] = json_schema(document, node["additionalProperties"])
    elif isinstance(node.get("additionalProperties"), bool):
        out["additionalProperties"] = node["additionalProperties"]
    return _nullable(out) if node.get("nullable") else out


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if "type" not in schema and "enum" not in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        schema["type"] = [*types, "null"]
    if "enum" in schema:
        schema["enum"] = [*schema["enum"], None]
    return schema


@dataclass(frozen=True)
class Response:
    """One declared response of an operation: its status, media type and schema (JSON Schema)."""

    status: int
    media_type: str
    schema: dict[str, Any]

    @property
    def is_json(self) -> bool:
        return self.media_type == "application/json" or self.media_type.endswith("+json")


def declared(op: Operation, status: int | str) -> Response | None:
    """The response the operation declares for `status` (None: none, or one without a body)."""
    document = examples.spec(op.provider.key)
    entry = op.definition.get("responses", {}).get(str(status))
    if entry is None:
        return None
    content = examples.resolve(document, entry).get("content") or {}
    if not content:
        return None
    media_type, media = next(iter(content.items()))
    return Response(int(status), media_type, json_schema(document, media.get("schema") or {}))


@cache
def _success(op: Operation) -> Response:
    status, media_type, media = examples.success(op.definition)
    return Response(status, media_type, json_schema(examples.spec(op.provider.key), media.get("schema") or {}))


def success(op: Operation) -> Response:
    """The operation's first 2xx response, its schema a fresh copy."""
    found = _success(op)
    return Response(found.status, found.media_type, copy.deepcopy(found.schema))


def success_schema(op: Operation) -> dict[str, Any]:
    """The success schema narrowed to what the provider's envelope calls success (a `code` envelope: its
    success code, and its success flag `true` where it has one); a `plain` provider's is the schema itself."""
    schema = success(op).schema
    envelope = op.provider.envelope
    if envelope.kind != "code" or schema.get("type") not in ("object", None):
        return schema
    wanted: dict[str, Any] = {envelope.code_fields[0]: envelope.success_code}
    if envelope.success_flag:
        wanted[envelope.success_flag] = True
    schema.setdefault("properties", {})
    for key, value in wanted.items():
        schema["properties"][key] = {"const": value}
        schema.setdefault("required", [])
        if key not in schema["required"]:
            schema["required"].append(key)
    return schema


def error_format(provider: Provider) -> dict[str, Any]:
    """The JSON Schema of the provider's documented error bodies, from its envelope kind: a `code` envelope
    carries an integer code and a message; a `plain` body carries its code or message fields as text."""
    envelope = provider.envelope
    if envelope.kind == "code":
        properties: dict[str, Any] = {name: {"type": "integer"} for name in envelope.code_fields}
        properties.update({name: {"type": "string"} for name in envelope.message_fields})
        if envelope.success_flag:
            properties[envelope.success_flag] = {"type": "boolean"}
        return {
            "type": "object",
            "required": [*envelope.code_fields, envelope.message_fields[0]],
            "properties": properties,
        }
    names = dict.fromkeys([*envelope.code_fields, *envelope.message_fields])
    return {
        "type": "object",
        "properties": {name: {"type": "string"} for name in names},
        "anyOf": [{"required": [name]} for name in envelope.code_fields],
    }
