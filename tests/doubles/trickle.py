"""A response body that arrives slowly on a virtual clock, for the transport's whole-body deadline, and one GET
of a file through a transport, as a client (and the wait around it) sends it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from .clock import FakeClock
from .core import core

API = "https://api.example.test/v1/videos/v-1/file"
TRANSPORT = core("transport")


class Trickle(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body whose pieces arrive `gap` seconds apart on the clock."""

    def __init__(self, clock: FakeClock, pieces: list[bytes], gap: float) -> None:
        self.clock, self.pieces, self.gap = clock, pieces, gap

    def __iter__(self) -> Iterator[bytes]:
        for piece in self.pieces:
            self.clock.sleep(self.gap)
            yield piece

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self:
            yield piece


def receive(
    mode: str,
    transport: Any,
    *,
    client: httpx.Timeout,
    request: httpx.Timeout | None = None,
    budget: float | None = None,
) -> bytes:
    """The body of one GET of a file (`BINARY`: any non-JSON 2xx body is the answer) through `transport`, with the
    client's timeouts and, when given, the request's own, within `budget` seconds in all as a wait gives it (None:
    no wait)."""
    own: Any = request if request is not None else httpx.USE_CLIENT_DEFAULT
    asks = {core("responses").BINARY: True}
    if mode == "sync":
        with httpx.Client(transport=transport, timeout=client) as http, TRANSPORT.request_budget(budget):
            return http.get(API, timeout=own, extensions=asks).content

    async def run() -> bytes:
        async with httpx.AsyncClient(transport=transport, timeout=client) as http:
            with TRANSPORT.request_budget(budget):
                return (await http.get(API, timeout=own, extensions=asks)).content

    return asyncio.run(run())
