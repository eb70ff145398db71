"""Every wait helper of the three packages, described once so tests can be parametrised over them."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import jogg_ai_client
import memories_ai_client
import viddyscribe_client

PACKAGE = {"jogg": jogg_ai_client, "viddyscribe": viddyscribe_client, "memories": memories_ai_client}


@dataclass(frozen=True)
class WaitHelper:
    provider: str
    name: str
    endpoint: str  # the stand-in's name for the endpoint (standin.providers.ENDPOINTS)
    progression: tuple[str, str, str]  # statuses of the stand-in's `progress` scenario: start, working, success
    failure_text: tuple[str, ...]  # the provider's own error fields, as the stand-in sends them

    @property
    def success(self) -> str:
        return self.progression[-1]

    @property
    def working(self) -> str:
        return self.progression[1]

    @property
    def package(self) -> ModuleType:
        return PACKAGE[self.provider]

    def run(self, mode: str, client: Any, task_id: str, **options: Any) -> Any:
        """Call the helper (`mode` "sync") or its `_async` twin under asyncio.run (`mode` "async")."""
        if mode == "sync":
            return getattr(self.package, self.name)(client, task_id, **options)
        return asyncio.run(getattr(self.package, f"{self.name}_async")(client, task_id, **options))

    def task_id_of(self, task: Any) -> str:
        return str(
            task.video_id
            if self.endpoint == "avatar"
            else task.job_id
            if self.endpoint == "viddyscribe"
            else task.task_id
        )

    def __str__(self) -> str:
        return self.name


_JOGG_STEPS = ("pending", "processing", "completed")
HELPERS = (
    WaitHelper("jogg", "wait_for_avatar_video", "avatar", _JOGG_STEPS, ()),
    WaitHelper(
        "jogg",
        "wait_for_lip_sync_video",
        "lipsync",
        ("pending", "processing", "success"),
        ("consume retry limit reached: audio duration fetch failed",),
    ),
    WaitHelper("jogg", "wait_for_ai_scripts", "aiscripts", _JOGG_STEPS, ("Failed to generate script",)),
    WaitHelper(
        "viddyscribe",
        "wait_for_job",
        "viddyscribe",
        ("queued", "processing", "done"),
        ("standard_ad_not_enough_gaps", "Not enough silent gaps for Standard AD"),
    ),
    WaitHelper(
        "memories",
        "wait_for_screenplay_task",
        "memories",
        ("pending", "running", "completed"),
        ("EXTRACTION_FAILED", "Screenplay extraction failed on episode 13"),
    ),
)
MODES = ("sync", "async")
