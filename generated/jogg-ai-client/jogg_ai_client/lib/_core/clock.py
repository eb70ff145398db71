# Layered in by `make regen` from overlays/runtime/clock.py: edit it there, never here.
"""Time, behind one object that tests and benchmarks replace (`clock.DEFAULT = FakeClock()`).

Every sleep and every deadline in the package reads `DEFAULT` at call time, so swapping it makes waits
run on virtual time with no real sleeping.
"""

from __future__ import annotations

import time


class Clock:
    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        import asyncio  # here, not at the top: importing asyncio costs sync-only users ~15% of `import httpx`

        await asyncio.sleep(max(seconds, 0.0))


DEFAULT: Clock = Clock()
