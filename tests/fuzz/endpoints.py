"""The five status endpoints as the fuzz and contract tests see them: spec, path, public calls and the
response schema as plain JSON Schema (OpenAPI 3.0's `nullable` and `$ref`/`allOf` resolved)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

import jogg_ai_client
import memories_ai_client
import viddyscribe_client
from jogg_ai_client.api.asset import get_ai_script_result
from jogg_ai_client.api.video import get_avatar_video, get_lip_sync_video
from memories_ai_client.api.screenplay import get_screenplay_task
from viddyscribe_client.api.results import get_results

ROOT = Path(__file__).resolve().parents[2]
_SCHEMA_KEYS = {"type", "properties", "items", "required", "enum", "format", "additionalProperties", "const"}


@dataclass(frozen=True)
class Endpoint:
    name: str
    spec: str
    path: str
    package: ModuleType
    module: ModuleType
    query_id: bool
    wait: Callable[..., Any]
    wait_async: Callable[..., Any]
    success_envelope: dict[str, Any]

    def sync(self, client: Any, task_id: str) -> Any:
        if self.query_id:
            return self.module.sync(client=client, job_id=task_id)
        return self.module.sync(task_id, client=client)

    def sync_detailed(self, client: Any, task_id: str) -> Any:
        if self.query_id:
            return self.module.sync_detailed(client=client, job_id=task_id)
        return self.module.sync_detailed(task_id, client=client)

    async def asyncio_detailed(self, client: Any, task_id: str) -> Any:
        if self.query_id:
            return await self.module.asyncio_detailed(client=client, job_id=task_id)
        return await self.module.asyncio_detailed(task_id, client=client)

    @property
    def clock_module(self) -> ModuleType:
        return self.package.lib._core.clock  # type: ignore[no-any-return]

    def response_schema(self) -> dict[str, Any]:
        return response_schema(self.spec, self.path)


ENDPOINTS = (
    Endpoint(
        "avatar_video", "jogg", "/v2/avatar_video/{id}", jogg_ai_client, get_avatar_video, False,
        jogg_ai_client.wait_for_avatar_video, jogg_ai_client.wait_for_avatar_video_async, {"code": 0},
    ),
    Endpoint(
        "lip_sync_video", "jogg", "/v2/lip_sync_video/{task_id}", jogg_ai_client, get_lip_sync_video, False,
        jogg_ai_client.wait_for_lip_sync_video, jogg_ai_client.wait_for_lip_sync_video_async, {"code": 0},
    ),
    Endpoint(
        "ai_script_result", "jogg", "/v2/ai_scripts/results/{task_id}", jogg_ai_client, get_ai_script_result, False,
        jogg_ai_client.wait_for_ai_scripts, jogg_ai_client.wait_for_ai_scripts_async, {"code": 0},
    ),
    Endpoint(
        "get_results", "viddyscribe", "/enterprise/api/get_results", viddyscribe_client, get_results, True,
        viddyscribe_client.wait_for_job, viddyscribe_client.wait_for_job_async, {},
    ),
    Endpoint(
        "screenplay_task", "memories", "/screenplay/tasks/{task_id}", memories_ai_client, get_screenplay_task, False,
        memories_ai_client.wait_for_screenplay_task, memories_ai_client.wait_for_screenplay_task_async,
        {"code": 200, "success": True},
    ),
)  # fmt: skip


@cache
def spec(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "specs" / f"{name}.yaml").read_text(encoding="utf-8"))
    return loaded


def _resolve(node: Any, document: dict[str, Any]) -> Any:
    if isinstance(node, list):
        return [_resolve(item, document) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return _resolve(target, document)
    if "allOf" in node:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in _resolve(node["allOf"], document):
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += [r for r in part.get("required", []) if r not in merged["required"]]
        return merged
    out = {key: _resolve(value, document) for key, value in node.items() if key in _SCHEMA_KEYS or key == "nullable"}
    if "properties" in node:
        out["properties"] = {key: _resolve(value, document) for key, value in node["properties"].items()}
    if out.pop("nullable", False):
        if "type" in out:
            out["type"] = [out["type"], "null"]
        if "enum" in out:
            out["enum"] = [*out["enum"], None]
    return out


@cache
def _response_schema(spec_name: str, path: str) -> dict[str, Any]:
    document = spec(spec_name)
    operation = document["paths"][path]["get"]
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    resolved: dict[str, Any] = _resolve(schema, document)
    return resolved


def response_schema(spec_name: str, path: str) -> dict[str, Any]:
    return copy.deepcopy(_response_schema(spec_name, path))


def success_schema(endpoint: Endpoint) -> dict[str, Any]:
    """The 200 schema narrowed to what the provider calls success (JoggAI code 0, Memories code 200 + success)."""
    schema = endpoint.response_schema()
    for key, value in endpoint.success_envelope.items():
        schema["properties"][key] = {"const": value}
        schema.setdefault("required", [])
        if key not in schema["required"]:
            schema["required"].append(key)
    return schema
