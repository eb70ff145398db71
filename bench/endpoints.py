"""The five status endpoints the benchmarks poll, named once: package, helpers, path, and the stand-in's bodies.

Task bodies come from the stand-in server's own builders (tests/standin/providers.py), which assemble them from
the specs' examples, so the fake transport of the polling benchmark answers exactly what the server would.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "tests") not in sys.path:
    sys.path.insert(0, str(ROOT / "tests"))

from standin import providers as standin_providers  # noqa: E402
from standin import scenarios as standin_scenarios  # noqa: E402

PACKAGES = ("jogg_ai_client", "viddyscribe_client", "memories_ai_client")


@dataclass(frozen=True)
class StatusEndpoint:
    key: str  # the stand-in's endpoint name: avatar, lipsync, aiscripts, viddyscribe, memories
    provider: str  # the stand-in's provider name, for base_url(): jogg, viddyscribe, memories
    package: str  # import name of the generated package
    helper: str  # the wait helper (its async twin is helper + "_async")
    api_module: str  # the generated endpoint module (sync / asyncio / _build_response)
    path: Callable[[str], str]  # task id -> path and query under the provider's base URL
    call: Callable[[ModuleType, Any, str], Any]  # (api module, client, id) -> module.sync(...)
    call_async: Callable[[ModuleType, Any, str], Any]  # the same through module.asyncio(...)
    done_status: str  # the status string of a finished task
    enveloped: bool  # the task is the body's `data` (JoggAI, Memories.ai) rather than the body itself

    @property
    def label(self) -> str:
        return f"{self.package.split('_')[0]}.{self.helper}"

    def pkg(self) -> ModuleType:
        return importlib.import_module(self.package)

    def api(self) -> ModuleType:
        return importlib.import_module(self.api_module)

    def status_in(self, payload: Any) -> Any:
        """The task status in a decoded body, read the way a hand-written client would."""
        task = payload.get("data") if self.enveloped else payload
        return task.get("status") if isinstance(task, dict) else None

    def body(self, task_id: str, done: bool) -> bytes:
        """The stand-in's JSON body for this task, still running or finished."""
        phase = standin_scenarios.SUCCESS if done else standin_scenarios.WORKING
        status, payload = standin_providers.ENDPOINTS[self.key].task(task_id, phase)
        assert status == 200
        return json.dumps(payload).encode()


def _by_id(module: ModuleType, client: Any, task_id: str) -> Any:
    return module.sync(task_id, client=client)


def _by_id_async(module: ModuleType, client: Any, task_id: str) -> Any:
    return module.asyncio(task_id, client=client)


def _by_job_id(module: ModuleType, client: Any, task_id: str) -> Any:
    return module.sync(client=client, job_id=task_id)


def _by_job_id_async(module: ModuleType, client: Any, task_id: str) -> Any:
    return module.asyncio(client=client, job_id=task_id)


ENDPOINTS: tuple[StatusEndpoint, ...] = (
    StatusEndpoint(
        "aiscripts", "jogg", "jogg_ai_client", "wait_for_ai_scripts", "jogg_ai_client.api.asset.get_ai_script_result",
        lambda i: f"/v2/ai_scripts/results/{i}", _by_id, _by_id_async, "completed", True,
    ),
    StatusEndpoint(
        "avatar", "jogg", "jogg_ai_client", "wait_for_avatar_video", "jogg_ai_client.api.video.get_avatar_video",
        lambda i: f"/v2/avatar_video/{i}", _by_id, _by_id_async, "completed", True,
    ),
    StatusEndpoint(
        "lipsync", "jogg", "jogg_ai_client", "wait_for_lip_sync_video", "jogg_ai_client.api.video.get_lip_sync_video",
        lambda i: f"/v2/lip_sync_video/{i}", _by_id, _by_id_async, "success", True,
    ),
    StatusEndpoint(
        "viddyscribe", "viddyscribe", "viddyscribe_client", "wait_for_job",
        "viddyscribe_client.api.results.get_results",
        lambda i: f"/enterprise/api/get_results?job_id={i}", _by_job_id, _by_job_id_async, "done", False,
    ),
    StatusEndpoint(
        "memories", "memories", "memories_ai_client", "wait_for_screenplay_task",
        "memories_ai_client.api.screenplay.get_screenplay_task",
        lambda i: f"/screenplay/tasks/{i}", _by_id, _by_id_async, "completed", True,
    ),
)  # fmt: skip

KEYS = {"jogg": "x-api-key", "viddyscribe": "X-API-Key", "memories": "Authorization"}
"""The auth header each provider reads (the raw-httpx baselines send the same headers as the clients)."""


def by_key(key: str) -> StatusEndpoint:
    return next(e for e in ENDPOINTS if e.key == key)
