"""The one virtual clock: `sleep` only moves `now` forward and remembers how long it was asked for.

Give it to a client (`create_client(..., clock=FakeClock())`): the client's waits and retries then run on it,
with no real sleeping and no module global patched.
"""

from __future__ import annotations

import asyncio


class FakeClock:
    def __init__(self, start: float = 1000.0) -> None:
        self.start = start
        self.now = start
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += max(seconds, 0.0)

    async def async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += max(seconds, 0.0)
        await asyncio.sleep(0)  # still yield to the event loop, as a real sleep would

    @property
    def elapsed(self) -> float:
        return self.now - self.start
