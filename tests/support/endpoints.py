"""Every generated endpoint module, with the spec path it comes from and how to call each of its four forms."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from jogg_ai_client.api.asset import get_ai_script_result
from jogg_ai_client.api.video import get_avatar_video, get_lip_sync_video
from memories_ai_client.api.screenplay import get_screenplay_task
from viddyscribe_client.api.results import get_results

FORMS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


@dataclass(frozen=True)
class Endpoint:
    provider: str
    name: str  # the stand-in's name (standin.providers.ENDPOINTS)
    spec_path: str  # as in specs/<provider>.yaml
    module: ModuleType
    query_id: bool = False  # the id goes in the query (ViddyScribe's job_id), not the path

    def call(self, form: str, client: Any, task_id: str) -> Any:
        function = getattr(self.module, form)
        args: tuple[Any, ...] = () if self.query_id else (task_id,)
        kwargs: dict[str, Any] = {"client": client, **({"job_id": task_id} if self.query_id else {})}
        if form.startswith("asyncio"):
            return asyncio.run(function(*args, **kwargs))
        return function(*args, **kwargs)

    def path_prefix(self) -> str:
        """The request path up to the id's segment (path ids) or the whole path (query ids)."""
        return self.spec_path if self.query_id else self.spec_path.rsplit("/", 1)[0] + "/"

    def __str__(self) -> str:
        return self.module.__name__.rsplit(".", 1)[1]


ENDPOINTS = (
    Endpoint("jogg", "avatar", "/v2/avatar_video/{id}", get_avatar_video),
    Endpoint("jogg", "lipsync", "/v2/lip_sync_video/{task_id}", get_lip_sync_video),
    Endpoint("jogg", "aiscripts", "/v2/ai_scripts/results/{task_id}", get_ai_script_result),
    Endpoint("viddyscribe", "viddyscribe", "/enterprise/api/get_results", get_results, query_id=True),
    Endpoint("memories", "memories", "/screenplay/tasks/{task_id}", get_screenplay_task),
)
