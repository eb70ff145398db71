"""Contract: every request recorded in every cassette is a path and method the spec declares, and every
response validates against what the spec (or, for errors the spec leaves out, the provider's documented
error format) says. A cassette that drifts from its spec fails here, naming the cassette and the error."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import jsonschema
import pytest
import yaml

from fuzz.endpoints import ROOT, _resolve, spec

CASSETTES = sorted((ROOT / "tests" / "cassettes").rglob("*.yaml"))
BASES = {
    "jogg": "https://api.jogg.ai",
    "viddyscribe": "https://api.viddyscribe.com",
    "memories": "https://mavi-backend.memories.ai/serve/api/v2",
}
# The error bodies the specs leave out, from the providers' error pages (../shared/provider-docs).
ENVELOPE_ERROR = {
    "type": "object",
    "required": ["code", "msg"],
    "properties": {"code": {"type": "integer"}, "msg": {"type": "string"}},
}
ERROR_FORMATS = {
    "jogg": ENVELOPE_ERROR,
    "memories": ENVELOPE_ERROR,
    "viddyscribe": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
}
SUCCESS = {"jogg": lambda body: body.get("code") == 0, "memories": lambda body: body.get("code") == 200}
# Stand-in scenarios (tests/standin) that leave the spec on purpose, and the one way each may leave it:
# `html` sends a body that is not JSON; `unknown` sends a status value the spec does not list yet.
DELIBERATELY_BROKEN = ("html",)
DELIBERATELY_UNLISTED_STATUS = ("unknown",)


def _interactions() -> list[tuple[str, int, dict[str, Any]]]:
    found = []
    for cassette in CASSETTES:
        loaded = yaml.safe_load(cassette.read_text(encoding="utf-8")) or {}
        for index, interaction in enumerate(loaded.get("interactions", [])):
            found.append((str(cassette.relative_to(ROOT)), index, interaction))
    return found


INTERACTIONS = _interactions()


def _provider_and_path(uri: str) -> tuple[str, str]:
    for provider, base in BASES.items():
        if uri.startswith(base + "/"):
            return provider, urlsplit(uri).path[len(urlsplit(base).path) :]
    raise AssertionError(f"request to {uri} is not under any provider's production base URL")


def _operation(provider: str, path: str, method: str) -> tuple[str, dict[str, Any]]:
    for template, item in spec(provider)["paths"].items():
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path) and method.lower() in item:
            return template, item[method.lower()]
    raise AssertionError(f"{method} {path} matches no path and method in specs/{provider}.yaml")


def _schema_for(provider: str, operation: dict[str, Any], status: int, body: Any) -> dict[str, Any]:
    declared = operation["responses"].get(str(status), {}).get("content", {}).get("application/json")
    is_success = 200 <= status < 300 and SUCCESS.get(provider, lambda _: True)(body)
    if declared and (is_success or status >= 300):
        schema: dict[str, Any] = _resolve(declared["schema"], spec(provider))
        return schema
    return ERROR_FORMATS[provider]


def _drop_status_enum(schema: dict[str, Any]) -> None:
    for name, sub in schema.get("properties", {}).items():
        if name == "status":
            sub.pop("enum", None)
        elif isinstance(sub, dict):
            _drop_status_enum(sub)


def test_there_are_cassettes_to_check() -> None:
    assert len(INTERACTIONS) >= 5


@pytest.mark.parametrize(
    ("cassette", "index", "interaction"),
    INTERACTIONS,
    ids=[f"{Path(c).parent.name}/{Path(c).stem[:50]}#{i}" for c, i, _ in INTERACTIONS],
)
def test_interaction_matches_its_spec(cassette: str, index: int, interaction: dict[str, Any]) -> None:
    request, response = interaction["request"], interaction["response"]
    where = f"{cassette} interaction {index}"
    try:
        provider, path = _provider_and_path(request["uri"])
        _, operation = _operation(provider, path, request["method"])
    except AssertionError as error:
        pytest.fail(f"{where}: {error}")
    status = int(response["status"]["code"])
    raw = response["body"]["string"]
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    task_id = unquote(request["uri"].rstrip("/").rsplit("/", 1)[-1].split("job_id=")[-1])
    try:
        body = json.loads(text)
    except ValueError:
        assert task_id.startswith(DELIBERATELY_BROKEN), f"{where}: HTTP {status} body is not JSON: {text[:80]!r}"
        return
    schema = _schema_for(provider, operation, status, body)
    if task_id.startswith(DELIBERATELY_UNLISTED_STATUS):
        _drop_status_enum(schema)
    try:
        jsonschema.validate(body, schema)
    except jsonschema.ValidationError as error:
        location = "/".join(str(p) for p in error.absolute_path) or "(body)"
        pytest.fail(
            f"{where}: HTTP {status} response does not match specs/{provider}.yaml at {location}: {error.message}"
        )
