"""specs/memories.yaml (assembled from spec/memories.yaml, written by hand) holds every field, status value and
description on the Memories.ai page it was written from (specs/sources/memories/003_a7b7703be46b11cb.txt,
rendered docs text with no OpenAPI in it)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[4]
PAGE = (ROOT / "specs" / "sources" / "memories" / "003_a7b7703be46b11cb.txt").read_text(encoding="utf-8")
SPEC = yaml.safe_load((ROOT / "specs" / "memories.yaml").read_text(encoding="utf-8"))
OPERATION = SPEC["paths"]["/screenplay/tasks/{task_id}"]["get"]
TYPES = "integer|string|object|boolean|number|array"


def _section(start: str, end: str) -> list[str]:
    body = PAGE.split(f"\n{start}\n", 1)[1].split(f"\n{end}\n", 1)[0]
    return [line.strip() for line in body.splitlines() if line.strip()]


def _fields() -> list[tuple[str, str, str]]:
    """(dotted name, type, description) from the page's "Response Parameters" table (cells run together)."""
    rows = _section("Response Parameters", "Task Status Values")[1:]  # first line is the header row
    found = [re.fullmatch(rf"([a-z_.]+?)({TYPES})(.+)", row) for row in rows]
    assert all(found), rows
    return [(m[1], m[2], m[3]) for m in found if m]


def _statuses() -> list[tuple[str, str]]:
    rows = _section("Task Status Values", "Notes")[1:]
    found = [re.fullmatch(r"([a-z]+)([A-Z].+)", row) for row in rows]
    assert all(found), rows
    return [(m[1], m[2]) for m in found if m]


def _schema(ref_or_schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in ref_or_schema:
        node = SPEC
        for part in ref_or_schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        ref_or_schema = node
    return ref_or_schema


def _field_schema(dotted: str) -> dict[str, Any]:
    schema = _schema(OPERATION["responses"]["200"]["content"]["application/json"]["schema"])
    for name in dotted.split("."):
        schema = _schema(schema["properties"][name])
    return schema


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_page_lists_what_this_test_expects() -> None:
    assert len(_fields()) == 11
    assert [status for status, _ in _statuses()] == ["pending", "running", "completed", "failed", "cancelled"]


@pytest.mark.parametrize(("name", "kind", "description"), _fields(), ids=lambda v: v if "." in v else None)
def test_every_response_field_is_in_the_spec(name: str, kind: str, description: str) -> None:
    schema = _field_schema(name)
    assert schema.get("type") == kind
    assert _flat(description) in _flat(schema.get("description", ""))


@pytest.mark.parametrize(("status", "description"), _statuses())
def test_every_status_value_and_its_description_is_in_the_spec(status: str, description: str) -> None:
    schema = _field_schema("data.status")
    assert status in schema["enum"]
    assert _flat(f"`{status}` - {description}") in _flat(schema["description"])


def test_the_notes_and_overview_are_in_the_operation_description() -> None:
    notes = [line.lstrip("•").strip() for line in _section("Notes", "Authorizations")]
    overview = PAGE.split("\n}\n", 1)[1].strip().splitlines()[0]
    assert len(notes) == 3
    for text in [*notes, overview]:
        assert _flat(text) in _flat(OPERATION["description"])


def test_the_path_parameter_and_its_descriptions_are_in_the_spec() -> None:
    (parameter,) = OPERATION["parameters"]
    assert parameter["name"] == "task_id"
    assert parameter["in"] == "path"
    assert parameter["required"] is True
    assert parameter["description"] == "The screenplay task ID returned from the Submit Task endpoint"
    assert parameter["schema"]["description"] == "The screenplay task ID"
    assert parameter["schema"]["example"] == "ros-sd-20260313-a3f8c2b1"


def test_the_pages_example_is_the_specs_example() -> None:
    start = PAGE.index("{\n")
    example, _ = json.JSONDecoder().raw_decode(PAGE[start:])
    assert OPERATION["responses"]["200"]["content"]["application/json"]["examples"]["running"]["value"] == example
    response = _schema(OPERATION["responses"]["200"]["content"]["application/json"]["schema"])
    for name in ("code", "msg", "success", "failed"):
        assert response["properties"][name]["example"] == example[name]
    assert OPERATION["responses"]["200"]["description"] == "Task status retrieved successfully"


def test_server_and_authorization_header_are_the_pages() -> None:
    assert "--url https://mavi-backend.memories.ai/serve/api/v2/screenplay/tasks/{task_id}" in PAGE
    assert SPEC["servers"][0]["url"] == "https://mavi-backend.memories.ai/serve/api/v2"
    scheme = SPEC["components"]["securitySchemes"]["ApiKeyAuth"]
    assert "--header 'Authorization: <api-key>'" in PAGE
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "Authorization")
    assert "API key for authentication" in scheme["description"]
    assert OPERATION["summary"] == "Get Task Status"
