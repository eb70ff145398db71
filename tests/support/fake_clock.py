"""A clock that never sleeps: `sleep` only moves `now` forward and remembers how long it was asked for."""

from __future__ import annotations

import asyncio

import pytest

import jogg_ai_client
import memories_ai_client
import viddyscribe_client

PACKAGES = (jogg_ai_client, viddyscribe_client, memories_ai_client)


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


def install(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """Replace `<pkg>.lib._core.clock.DEFAULT` in all three packages with one FakeClock."""
    fake = FakeClock()
    for package in PACKAGES:
        monkeypatch.setattr(package.lib._core.clock, "DEFAULT", fake)
    return fake
