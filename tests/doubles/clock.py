"""The one virtual clock: `sleep` only moves `now` forward and remembers how long it was asked for.

Give it to a client (`create_client(..., clock=FakeClock())`): the client's waits and retries then run on it,
with no real sleeping and no module global patched.

A wait that a webhook can wake sleeps with `wait_event` / `async_wait_event`: virtual time moves on until the
event is set or the time asked for has passed, and an event already set returns at once. Something that happens
at a given virtual time (a webhook arriving at the job's end) is a timer: `call_at(when, action)` runs `action`
when a sleep or an event wait reaches `when`, and a wait whose event it sets ends there.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import threading
from collections.abc import Callable
from typing import NamedTuple


class EventWait(NamedTuple):
    """One `wait_event` call: the seconds asked for, the virtual seconds that passed, and whether it was woken."""

    asked: float
    waited: float
    woken: bool


class FakeClock:
    def __init__(self, start: float = 1000.0) -> None:
        self.start = start
        self.now = start
        self.sleeps: list[float] = []
        self.waits: list[EventWait] = []
        self._timers: list[tuple[float, int, Callable[[], object]]] = []
        self._order = itertools.count()

    def monotonic(self) -> float:
        return self.now

    def call_at(self, when: float, action: Callable[[], object]) -> None:
        """Run `action` once virtual time reaches `when` (in the sleep or event wait that passes it)."""
        heapq.heappush(self._timers, (when, next(self._order), action))

    def call_later(self, delay: float, action: Callable[[], object]) -> None:
        """Run `action` `delay` virtual seconds from now."""
        self.call_at(self.now + delay, action)

    def _advance(self, seconds: float, event: threading.Event | asyncio.Event | None = None) -> bool:
        """Move `seconds` forward, running the timers on the way; stop at the timer that sets `event`."""
        until = self.now + max(seconds, 0.0)
        while self._timers and self._timers[0][0] <= until:
            when, _, action = heapq.heappop(self._timers)
            self.now = max(self.now, when)
            action()
            if event is not None and event.is_set():
                while self._timers and self._timers[0][0] <= self.now:  # what arrives at the same instant, too
                    heapq.heappop(self._timers)[2]()
                return True
        self.now = until
        return event is not None and event.is_set()

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self._advance(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self._advance(seconds)
        await asyncio.sleep(0)  # still yield to the event loop, as a real sleep would

    def wait_event(self, event: threading.Event, seconds: float) -> bool:
        began = self.now
        woken = event.is_set() or self._advance(seconds, event)
        self.waits.append(EventWait(seconds, self.now - began, woken))
        return woken

    async def async_wait_event(self, event: asyncio.Event, seconds: float) -> bool:
        began = self.now
        woken = event.is_set() or self._advance(seconds, event)
        self.waits.append(EventWait(seconds, self.now - began, woken))
        await asyncio.sleep(0)
        return woken

    @property
    def elapsed(self) -> float:
        return self.now - self.start
