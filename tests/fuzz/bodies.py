"""Response bodies for the fuzz tests, all derived from the specs and the provider registry: valid per an
operation's schema, the provider's own documented error bodies, and broken in each way a server can break.

Schemas come from tests/doubles/schemas.py (the one OpenAPI -> JSON Schema conversion).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from registry import Provider
from tests.doubles.endpoints import Operation
from tests.doubles.schemas import success, success_schema
from tests.doubles.standin import answers

JSON_LEAF = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
JSON_ANY = st.recursive(
    JSON_LEAF,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)

# --- valid bodies --------------------------------------------------------------------------------------------

_FORMATS: dict[str, st.SearchStrategy[str]] = {
    "uri": st.from_regex(r"\Ahttps://[a-z]{1,12}\.example/[A-Za-z0-9_./-]{0,30}\Z"),
    "uuid": st.uuids().map(str),
    "date": st.dates().map(lambda d: d.isoformat()),
    "date-time": st.builds(
        lambda w, t, z, fraction: f"{w.year:04d}-{w.month:02d}-{w.day:02d}{t}{w:%H:%M:%S}{fraction}{z}",
        st.datetimes(),
        st.sampled_from(["T", "t"]),  # RFC 3339 5.6: "T" and "Z" may be lower case
        st.sampled_from(["Z", "z", "+00:00", "-07:30", "+05:45"]),
        st.sampled_from(["", ".5", ".123456", ".123456789"]),
    ),
}
_BIG = 2**53


def _string(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    if schema.get("format") in _FORMATS:
        return _FORMATS[schema["format"]]
    if "pattern" in schema:
        return st.from_regex(schema["pattern"], fullmatch=True)
    low = int(schema.get("minLength", 0))
    return st.text(min_size=low, max_size=max(int(schema.get("maxLength", 30)), low))


def _integer(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    return st.integers(int(schema.get("minimum", -_BIG)), int(schema.get("maximum", _BIG)))


def _number(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    low, high = schema.get("minimum"), schema.get("maximum")
    floats = st.floats(low, high, allow_nan=False, allow_infinity=False)
    ints = st.integers(int(low) if low is not None else -(2**31), int(high) if high is not None else 2**31).filter(
        lambda n: (low is None or n >= low) and (high is None or n <= high)
    )
    return floats | ints


def valid_bodies(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values that validate against the JSON Schema subset `json_schema` produces (written here because
    hypothesis-jsonschema 0.23 no longer runs on current hypothesis)."""
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for combiner in ("oneOf", "anyOf"):
        if combiner in schema:
            rest = {key: value for key, value in schema.items() if key != combiner}
            return st.one_of([valid_bodies({**rest, **part}) for part in schema[combiner]])
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
        low = int(schema.get("minItems", 0))
        return st.lists(valid_bodies(schema.get("items", {})), min_size=low, max_size=max(low, 4))
    strategies: dict[str, st.SearchStrategy[Any]] = {
        "string": _string(schema),
        "integer": _integer(schema),
        "number": _number(schema),
        "boolean": st.booleans(),
        "null": st.none(),
    }
    return strategies[types]


# --- broken bodies -------------------------------------------------------------------------------------------


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


# --- whole responses -----------------------------------------------------------------------------------------

STATUSES = st.integers(100, 599) | st.sampled_from([520, 521, 599, 600, 799, 999])
"""Any status, standard or not."""


@dataclass(frozen=True)
class Scripted:
    """One fuzz input: what the scripted server answers, and which kind of input it is (for failure reports)."""

    kind: str
    status: int
    body: bytes
    content_type: str


def _dumps(value: Any) -> bytes:
    return json.dumps(value).encode()


@st.composite
def documented_error(draw: st.DrawFn, provider: Provider) -> tuple[int, Any]:
    """(HTTP status, body) of one of the provider's documented errors (provider.yaml `errors`), as the
    stand-in builds it, with extra fields sometimes."""
    entry = draw(st.sampled_from(provider.errors))
    body = answers.error_body(provider, entry)
    if isinstance(body, dict) and draw(st.booleans()):
        body[draw(st.text(min_size=1, max_size=8))] = draw(JSON_ANY)
    return entry.http, body


WRONG_CONTENT_TYPES = ("text/plain", "text/html", "application/octet-stream", "application/zip", "video/mp4")
"""Labels a JSON body may arrive under by mistake (a proxy, a CDN, a misconfigured server): the body decides."""

KINDS = (
    "valid",
    "valid_any_code",
    "documented_error",
    "broken",
    "html",
    "truncated",
    "empty",
    "binary",
    "wrong_content_type",
    "bare",
    "too_deep",
)


@st.composite
def responses(draw: st.DrawFn, op: Operation) -> Scripted:
    """A whole response for `op`: a valid success body (as the provider's envelope calls success, or with any
    code), a documented error, a broken body, non-JSON, truncated, empty, too deep for the parser; under the
    documented status about half the time and any status (100-999) otherwise."""
    found = success(op)
    kind = draw(st.sampled_from(KINDS))
    default_status = found.status
    if kind == "valid":
        body, content_type = _dumps(draw(valid_bodies(success_schema(op)))), "application/json"
    elif kind == "valid_any_code":
        body, content_type = _dumps(draw(valid_bodies(found.schema))), "application/json"
    elif kind == "documented_error":
        default_status, value = draw(documented_error(op.provider))
        body, content_type = _dumps(value), draw(st.just("application/json") | st.sampled_from(WRONG_CONTENT_TYPES))
    elif kind == "broken":
        body, content_type = _dumps(draw(broken_json(success_schema(op)))), "application/json"
    elif kind == "html":
        body, content_type = b"<!doctype html><html><body>502 Bad Gateway</body></html>", "text/html"
    elif kind == "truncated":
        text = _dumps(draw(valid_bodies(success_schema(op))))
        body, content_type = text[: draw(st.integers(0, max(len(text) - 1, 0)))], "application/json"
    elif kind == "empty":
        body, content_type = b"", "application/json"
    elif kind == "binary":
        body, content_type = draw(st.binary(max_size=64)), "application/octet-stream"
    elif kind == "too_deep":  # deeper than Python's recursion limit: the JSON parser itself gives up
        depth = draw(st.integers(2_000, 100_000))
        body, content_type = b'{"data":' * depth + b"1" + b"}" * depth, "application/json"
    elif kind == "wrong_content_type":
        body, content_type = _dumps(draw(valid_bodies(success_schema(op)))), draw(st.sampled_from(WRONG_CONTENT_TYPES))
    else:
        body, content_type = _dumps(draw(JSON_ANY)), "application/json"
    status = draw(st.just(default_status) | STATUSES)
    return Scripted(kind, status, body, content_type)
