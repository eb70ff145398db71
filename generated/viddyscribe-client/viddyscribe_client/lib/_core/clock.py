# Layered in by `make regen` from overlays/runtime/clock.py: edit it there, never here.
"""Time, behind one object per client (`client.clock`), so that tests and benchmarks run waits on virtual time.

Every sleep and every deadline of a wait reads the clock of the client it was given; the retrying transport
reads the same clock, which `create_client(clock=...)` hands to both. Nothing here is a module global to patch.
"""

from __future__ import annotations

import time
from typing import Any


class Clock:
    """The real clock: `time.monotonic`, `time.sleep` and `asyncio.sleep`. Replace it with any object that has
    the same three methods (a virtual clock whose sleeps only move its time forward, say)."""

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        import asyncio  # here, not at the top: importing asyncio costs sync-only users ~15% of `import httpx`

        await asyncio.sleep(max(seconds, 0.0))


SYSTEM = Clock()


def clock_of(client: Any) -> Clock:
    """The client's clock; a client built without one (a generated `Client`, an older object) uses the real one."""
    found = getattr(client, "clock", None)
    return found if found is not None else SYSTEM
