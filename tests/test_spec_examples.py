"""Every documented example in every spec parses through the generated models, and to_dict() gives it back.

Whole examples are a response's `examples`; where a spec has none (JoggAI), the schema and property
`example`s are assembled into a full body (standin.spec_examples.assemble).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import httpx
import pytest

from standin.spec_examples import assemble, load_spec, operations, resolve
from support.endpoints import ENDPOINTS
from support.helpers import PACKAGE

PROVIDERS = ("jogg", "viddyscribe", "memories")
_DATE_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")


def _responses() -> list[tuple[str, str, str, dict[str, Any]]]:
    """(provider, path, status, media object) for every JSON response of every operation."""
    found = []
    for provider in PROVIDERS:
        for path, _method, operation in operations(load_spec(provider)):
            for status, response in operation["responses"].items():
                media = response.get("content", {}).get("application/json")
                if media is not None:
                    found.append((provider, path, status, media))
    return found


def _examples() -> list[Any]:
    cases = []
    for provider, path, status, media in _responses():
        spec = load_spec(provider)
        for name, entry in (media.get("examples") or {}).items():
            cases.append(pytest.param(provider, path, status, entry["value"], id=f"{provider}{path}-{status}-{name}"))
        assembled = assemble(spec, media["schema"])
        cases.append(pytest.param(provider, path, status, assembled, id=f"{provider}{path}-{status}-assembled"))
    return cases


def _status_cases() -> list[Any]:
    """The assembled 200 body with each listed task status in turn."""
    cases = []
    for provider, path, status, media in _responses():
        if status != "200":
            continue
        spec = load_spec(provider)
        body = assemble(spec, media["schema"])
        task = body if provider == "viddyscribe" else body["data"]
        schema = resolve(spec, media["schema"])
        for value in _status_enum(spec, schema, provider):
            changed = {**body} if provider == "viddyscribe" else {**body, "data": {**task}}
            (changed if provider == "viddyscribe" else changed["data"])["status"] = value
            cases.append(pytest.param(provider, path, status, changed, id=f"{provider}{path}-{value}"))
    return cases


def _status_enum(spec: dict[str, Any], schema: dict[str, Any], provider: str) -> list[str]:
    if "allOf" in schema:
        schema = next(part for part in schema["allOf"] if "properties" in part)
    if provider != "viddyscribe":
        schema = resolve(spec, schema["properties"]["data"])
    return list(resolve(spec, schema["properties"]["status"])["enum"])


def _module(provider: str, path: str) -> Any:
    (endpoint,) = [e for e in ENDPOINTS if e.provider == provider and e.spec_path == path]
    return endpoint.module


def _normalised(value: Any) -> Any:
    """Date-times compared as instants: the models read `...Z` and write `...+00:00`."""
    if isinstance(value, dict):
        return {key: _normalised(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_normalised(item) for item in value]
    if isinstance(value, str) and _DATE_TIME.fullmatch(value):
        return dt.datetime.fromisoformat(value)
    return value


def _parse(provider: str, path: str, status: str, body: Any) -> Any:
    client = PACKAGE[provider].client.Client(base_url="https://example.invalid")
    response = httpx.Response(int(status), json=body)
    return _module(provider, path)._parse_response(client=client, response=response)


def test_every_spec_operation_has_a_generated_endpoint():
    declared = {(p, path) for p in PROVIDERS for path, _m, _op in operations(load_spec(p))}
    assert declared == {(e.provider, e.spec_path) for e in ENDPOINTS}


def test_there_are_examples_for_every_provider():
    ids = [case.id for case in _examples()]
    assert {i.split("/", 1)[0] for i in ids} == set(PROVIDERS)
    assert len([i for i in ids if not i.endswith("-assembled")]) == 8  # viddyscribe 7, memories 1


@pytest.mark.parametrize(("provider", "path", "status", "body"), _examples() + _status_cases())
def test_example_parses_and_round_trips(provider, path, status, body):
    parsed = _parse(provider, path, status, body)
    assert parsed is not None
    dumped = parsed.to_dict()
    assert _normalised(dumped) == _normalised(body)
    assert type(parsed).from_dict(dumped) == parsed
