"""A storage host scripted answer by answer, for the download driver (`fetch` / `fetch_async` of lib._core.transfers)
through `httpx.MockTransport`: it can end a body at any byte and fail a request on cue, which a server on a socket
cannot be made to do. The stand-in's storage host (tests/doubles/standin/storage.py) serves the whole round trip;
this serves the edges of one download."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from .clock import FakeClock

Step = httpx.Response | httpx.TransportError | Callable[[httpx.Request], httpx.Response]
"""One request's fate: this answer, this failure, or an answer made for the request (a fresh one each time)."""


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """`data` (one piece, or the pieces of a list), then, when `drop`, a failure as of a connection that closed
    mid-body, saying `why`."""

    def __init__(self, data: bytes | list[bytes], drop: bool = False, why: str = "connection closed") -> None:
        self.pieces, self.drop, self.why = data if isinstance(data, list) else [data], drop, why

    def __iter__(self) -> Iterator[bytes]:
        yield from (piece for piece in self.pieces if piece)
        if self.drop:
            raise httpx.ReadError(self.why)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def answer(
    status: int, data: bytes | list[bytes] = b"", *, drop: bool = False, why: str = "connection closed", **headers: str
) -> httpx.Response:
    """An answer whose headers are given as keywords (`content_range="bytes 0-4/5"`: underscores become hyphens)."""
    named = {name.replace("_", "-"): value for name, value in headers.items()}
    return httpx.Response(status, headers=named, stream=Body(data, drop, why))


def fetch_scripted(
    transfers: ModuleType,
    mode: str,
    url: str,
    script: Sequence[Step],
    final: Path,
    *,
    repeat_last: bool = False,
    renew: Callable[[], str] | None = None,
    **options: Any,
) -> tuple[Path, list[httpx.Request]]:
    """`fetch` (mode "sync") or `fetch_async` of `url` into `final`, the n-th request meeting script[n] (the last
    one again for every later request when `repeat_last`); `options` go to fetch (a FakeClock unless a clock is
    given). Returns the file and the requests sent."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        step = script[min(len(seen), len(script)) - 1] if repeat_last else script[len(seen) - 1]
        if isinstance(step, httpx.TransportError):
            raise step
        return step if isinstance(step, httpx.Response) else step(request)

    options.setdefault("clock", FakeClock())
    if mode == "sync":
        with httpx.Client(transport=httpx.MockTransport(handler)) as http:
            path: Path = transfers.fetch(
                url, final, lambda target, headers: http.stream("GET", target, headers=headers), renew=renew, **options
            )
        return path, seen

    async def renew_async() -> str:
        assert renew is not None
        return renew()

    async def go() -> Path:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            found: Awaitable[Path] = transfers.fetch_async(
                url,
                final,
                lambda target, headers: http.stream("GET", target, headers=headers),
                renew=renew_async if renew is not None else None,
                **options,
            )
            return await found

    return asyncio.run(go()), seen
