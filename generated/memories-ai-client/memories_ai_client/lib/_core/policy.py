# Layered in by `make regen` from overlays/runtime/policy.py: edit it there, never here.
"""Delays between polls and between retries: capped exponential backoff with jitter, and Retry-After."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


@dataclass(frozen=True, slots=True)
class PollPolicy:
    """How long to sleep after each poll: `initial * multiplier**(n-1)`, capped at `maximum`, jittered.

    `jitter` is the fraction of each delay that is randomised: a delay `d` becomes uniform in
    `[d * (1 - jitter), d]`, so many clients started together drift apart instead of polling in step,
    and no delay ever exceeds `maximum`. Public and immutable, so a scheduler outside this process
    (a task queue's countdown, an orchestrator's deferred trigger) can use the same delays.
    """

    initial: float
    multiplier: float
    maximum: float
    jitter: float = 0.1

    def __post_init__(self) -> None:
        values = (self.initial, self.multiplier, self.maximum, self.jitter)
        if not all(isinstance(v, int | float) and math.isfinite(v) for v in values):
            raise ValueError("PollPolicy values must be finite numbers")
        if self.initial <= 0 or self.multiplier < 1 or self.maximum < self.initial or not 0 <= self.jitter < 1:
            raise ValueError("PollPolicy needs initial > 0, multiplier >= 1, maximum >= initial, 0 <= jitter < 1")

    def base_delay(self, attempt: int) -> float:
        """The un-jittered delay after poll number `attempt` (counted from 1)."""
        steps = max(attempt, 1) - 1
        if self.multiplier == 1 or steps == 0:
            return self.initial
        if steps >= math.log(self.maximum / self.initial, self.multiplier):
            return self.maximum
        return min(self.maximum, self.initial * self.multiplier**steps)

    def next_delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to sleep after poll `attempt`; a server's `retry_after` wins over the policy."""
        if retry_after is not None:
            return max(0.0, retry_after)
        delay = self.base_delay(attempt)
        return delay * (1 - self.jitter * random.random())


RETRY_POLICY = PollPolicy(initial=0.5, multiplier=2.0, maximum=8.0, jitter=0.25)
"""Backoff between retries of one call (`max_retries`); the same shape as the Stainless SDKs use."""


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None when absent or unreadable."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return min(max(seconds, 0.0), 24 * 3600.0)
