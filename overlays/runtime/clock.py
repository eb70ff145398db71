"""Time, behind one object per client (`client.clock`), so that tests and benchmarks run waits on virtual time.

Every sleep and every deadline of a wait reads the clock of the client it was given; the retrying transport
reads the same clock, which `create_client(clock=...)` hands to both. Nothing here is a module global to patch.

A wait given a wake source (`wake=`, an event a webhook handler sets) sleeps by waiting on that event with a
time limit: `wait_event` / `async_wait_event`. A clock without those two methods still works: the wait then
sleeps the whole delay and looks at the event afterwards (`wait_event_on`, `async_wait_event_on`).
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import asyncio


class ClockLike(Protocol):
    """What a client's clock must do: `create_client(clock=...)` takes any object with these three methods (and,
    optionally, `wait_event` and `async_wait_event`, as `Clock` has), a test's virtual clock for instance."""

    def monotonic(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...

    async def async_sleep(self, seconds: float) -> None: ...


class Clock:
    """The real clock: `time.monotonic`, `time.sleep` and `asyncio.sleep`, and waits on an event with a time
    limit. Replace it with any object that has the same methods (a virtual clock whose sleeps only move its time
    forward, say); `wait_event` and `async_wait_event` are optional."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (`time.monotonic`)."""
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        """Block for `seconds` (nothing for zero or less)."""
        if seconds > 0:
            time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        """Sleep without blocking the event loop."""
        import asyncio  # here, not at the top: importing asyncio costs sync-only users ~15% of `import httpx`

        await asyncio.sleep(max(seconds, 0.0))

    def wait_event(self, event: threading.Event, seconds: float) -> bool:
        """Block until `event` is set or `seconds` have passed; whether it is set (`threading.Event.wait`)."""
        return event.wait(max(seconds, 0.0))

    async def async_wait_event(self, event: asyncio.Event, seconds: float) -> bool:
        """Wait, without blocking the event loop, until `event` is set or `seconds` have passed; whether it
        is set."""
        import asyncio
        import contextlib

        if event.is_set():
            return True
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), max(seconds, 0.0))
        return event.is_set()


SYSTEM = Clock()


def clock_of(client: Any) -> ClockLike:
    """The client's clock; a client built without one (a generated `Client`, an older object) uses the real one."""
    found = getattr(client, "clock", None)
    return found if found is not None else SYSTEM


def wait_event_on(clock: Any, event: threading.Event, seconds: float) -> bool:
    """`clock.wait_event(event, seconds)`, or, for a clock without that method, a sleep of `seconds` and then
    whether the event is set (a wake is then noticed at the end of the sleep, not at once)."""
    method = getattr(clock, "wait_event", None)
    if method is not None:
        return bool(method(event, seconds))
    if not event.is_set():
        clock.sleep(seconds)
    return event.is_set()


async def async_wait_event_on(clock: Any, event: asyncio.Event, seconds: float) -> bool:
    """`clock.async_wait_event(event, seconds)`, or the fallback of `wait_event_on` for a clock without it."""
    method = getattr(clock, "async_wait_event", None)
    if method is not None:
        return bool(await method(event, seconds))
    if not event.is_set():
        await clock.async_sleep(seconds)
    return event.is_set()
