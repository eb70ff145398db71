"""A job-status endpoint scripted poll by poll, for driving the core's wait loop (`wait`, `poll`) directly: each
poll answers the script's next step (a `Reply`, or an exception it raises), parsed into a `Task` whose status
says where the job is ("done" succeeds, "failed" fails). The first package's core is used: every package
carries the same one."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from .clock import FakeClock
from .core import core

waiting: Any = core("waiting")
policy_mod: Any = core("policy")

HELPER = "wait_thing"
POLICY = policy_mod.PollPolicy(initial=2.0, multiplier=2.0, maximum=8.0, jitter=0.0)
BODY = b'{"x": 1}'


@dataclass
class Task:
    status: object
    done: int | None = None
    total: int | None = None


@dataclass
class Reply:
    """What the generated call returns for one poll (its `parsed` model, status, body and headers)."""

    parsed: Any
    status_code: int = 200
    content: bytes = BODY
    headers: httpx.Headers = field(default_factory=httpx.Headers)


class Client:
    """What a wait reads of a client: its clock and retry budget (no HTTP client: the endpoint is scripted)."""

    def __init__(self, clock: FakeClock, max_retries: int = 2) -> None:
        self.clock = clock
        self.max_retries = max_retries

    def get_httpx_client(self) -> None:
        return None


def endpoint(script: Iterator[Any], schedule: Any = None) -> Any:
    def fetch(client: Any, task_id: str) -> Any:
        step = next(script)
        if isinstance(step, BaseException):
            raise step
        return step

    async def fetch_async(client: Any, task_id: str) -> Any:
        return fetch(client, task_id)

    return waiting.TaskEndpoint(
        helper=HELPER,
        fetch=fetch,
        fetch_async=fetch_async,
        task_of=lambda parsed: parsed if isinstance(parsed, Task) else None,
        status_of=waiting.field_status("status"),
        success=frozenset({"done"}),
        failure=frozenset({"failed"}),
        cancelled=frozenset(),
        describe_failure=lambda task: "boom",
        policy=POLICY,
        schedule=schedule,
    )


def connect_error() -> httpx.ConnectError:
    return httpx.ConnectError("refused", request=httpx.Request("GET", "http://127.0.0.1:9/tasks/t-1"))
