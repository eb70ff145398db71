"""A response body that arrives slowly on a virtual clock, for the transport's whole-body deadline."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx

from .clock import FakeClock


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
