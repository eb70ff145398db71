"""Hypothesis strategies for response bodies: valid per the spec, and broken in each way a server can break."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

JSON_LEAF = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
JSON_ANY = st.recursive(
    JSON_LEAF,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


_FORMATS: dict[str, st.SearchStrategy[str]] = {
    "uri": st.from_regex(r"\Ahttps://[a-z]{1,12}\.example/[A-Za-z0-9_./-]{0,30}\Z"),
    "uuid": st.uuids().map(str),
    "date-time": st.builds(
        lambda w, t, z, fraction: f"{w.year:04d}-{w.month:02d}-{w.day:02d}{t}{w:%H:%M:%S}{fraction}{z}",
        st.datetimes(),
        st.sampled_from(["T", "t"]),  # RFC 3339 5.6: "T" and "Z" may be lower case
        st.sampled_from(["Z", "z", "+00:00", "-07:30", "+05:45"]),
        st.sampled_from(["", ".5", ".123456", ".123456789"]),
    ),
}
_TYPES: dict[str, st.SearchStrategy[Any]] = {
    "string": st.text(max_size=30),
    "integer": st.integers(-(2**53), 2**53),
    "number": st.floats(allow_nan=False, allow_infinity=False) | st.integers(-(2**31), 2**31),
    "boolean": st.booleans(),
    "null": st.none(),
}


def valid_bodies(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values that validate against the JSON Schema subset our specs use (written here because
    hypothesis-jsonschema 0.23 no longer runs on current hypothesis)."""
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    types = schema.get("type", "object")
    if isinstance(types, list):
        return st.one_of([valid_bodies({**schema, "type": t}) for t in types])
    if types == "object":
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        fixed = {k: valid_bodies(v) for k, v in properties.items() if k in required}
        optional = {k: valid_bodies(v) for k, v in properties.items() if k not in required}
        if not properties:
            return st.dictionaries(st.text(max_size=8), JSON_ANY, max_size=4)
        return st.fixed_dictionaries(fixed, optional=optional)
    if types == "array":
        return st.lists(valid_bodies(schema.get("items", {})), max_size=4)
    if types == "string" and schema.get("format") in _FORMATS:
        return _FORMATS[schema["format"]]
    return _TYPES[types]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _set(root: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent = root
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = value
    return root


def _delete(root: Any, path: tuple[Any, ...]) -> Any:
    if not path:
        return {}
    parent = root
    for part in path[:-1]:
        parent = parent[part]
    del parent[path[-1]]
    return root


def _deep(depth: int) -> Any:
    value: Any = "bottom"
    for _ in range(depth):
        value = {"nested": [value]}
    return value


@st.composite
def broken_json(draw: st.DrawFn, schema: dict[str, Any]) -> Any:
    """A valid body with one thing wrong: a key gone, a wrong type, an unknown enum value, null, extra, huge, deep."""
    body = draw(valid_bodies(schema))
    path = draw(st.sampled_from(_paths(body)))
    mutation = draw(st.sampled_from(["delete", "wrong_type", "unknown_enum", "null", "extra", "huge", "deep"]))
    if mutation == "delete":
        return _delete(body, path)
    if mutation == "wrong_type":
        return _set(body, path, draw(JSON_ANY))
    if mutation == "unknown_enum":
        return _set(body, path, draw(st.text(min_size=1, max_size=12)))
    if mutation == "null":
        return _set(body, path, None)
    if mutation == "extra" and isinstance(body, dict):
        body[draw(st.text(min_size=1, max_size=10))] = draw(JSON_ANY)
        return body
    if mutation == "huge":
        return _set(body, path, "x" * draw(st.integers(10_000, 200_000)))
    return _set(body, path, _deep(draw(st.integers(50, 400))))


@st.composite
def raw_payloads(draw: st.DrawFn, schema: dict[str, Any]) -> tuple[bytes, str]:
    """(body bytes, content type): valid, broken, non-JSON, truncated, empty, or under the wrong content type."""
    kinds = ["valid", "broken", "html", "truncated", "empty", "binary", "wrong_type", "bare", "too_deep"]
    kind = draw(st.sampled_from(kinds))
    if kind == "valid":
        return json.dumps(draw(valid_bodies(schema))).encode(), "application/json"
    if kind == "broken":
        return json.dumps(draw(broken_json(schema))).encode(), "application/json"
    if kind == "html":
        return b"<!doctype html><html><body>502 Bad Gateway</body></html>", "text/html"
    if kind == "truncated":
        text = json.dumps(draw(valid_bodies(schema))).encode()
        return text[: draw(st.integers(0, max(len(text) - 1, 0)))], "application/json"
    if kind == "empty":
        return b"", "application/json"
    if kind == "binary":
        return draw(st.binary(max_size=64)), "application/octet-stream"
    if kind == "too_deep":  # deeper than Python's recursion limit: the JSON parser itself gives up
        depth = draw(st.integers(2_000, 100_000))
        return b'{"data":' * depth + b"1" + b"}" * depth, "application/json"
    if kind == "wrong_type":
        return json.dumps(draw(valid_bodies(schema))).encode(), "text/plain"
    return json.dumps(draw(JSON_ANY)).encode(), "application/json"


STATUSES = st.integers(100, 599) | st.sampled_from([520, 521, 599, 600, 799, 999])
