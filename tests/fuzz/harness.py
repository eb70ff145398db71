"""A client per endpoint whose transport answers whatever the current fuzz input says, on a virtual clock."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from dateutil.parser import isoparse

from fuzz.endpoints import ENDPOINTS, Endpoint

KEY = "fuzz-key-0123456789"


class VirtualClock:
    """Sleeps advance time instead of waiting, so a wait's deadline is reached in microseconds."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += max(seconds, 0.0)

    async def async_sleep(self, seconds: float) -> None:
        self.now += max(seconds, 0.0)


class ScriptedServer:
    """Answers every request with the current (status, body, content type); records what was asked."""

    def __init__(self) -> None:
        self.status = 200
        self.body = b"{}"
        self.content_type = "application/json"
        self.requests: list[httpx.Request] = []

    def answer(self, status: int, body: bytes, content_type: str) -> None:
        self.status, self.body, self.content_type = status, body, content_type
        self.requests.clear()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, content=self.body, headers={"content-type": self.content_type})


@contextmanager
def virtual_time() -> Iterator[VirtualClock]:
    clock = VirtualClock()
    saved = [(e.clock_module, e.clock_module.DEFAULT) for e in ENDPOINTS]
    for module, _ in saved:
        module.DEFAULT = clock
    try:
        yield clock
    finally:
        for module, original in saved:
            module.DEFAULT = original


def client_for(endpoint: Endpoint, server: ScriptedServer) -> Any:
    return endpoint.package.create_client(KEY, httpx_args={"transport": httpx.MockTransport(server)})


def run_async(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


def normalise(value: Any) -> Any:
    """Equal data compares equal whatever the spelling of its date-times ("Z" and "+00:00" are one instant)."""
    if isinstance(value, dict):
        return {key: normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            return isoparse(value)
        except ValueError:
            return value
    return value
