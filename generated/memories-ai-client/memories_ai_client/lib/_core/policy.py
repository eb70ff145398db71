# Layered in by `make regen` from overlays/runtime/policy.py: edit it there, never here.
"""Delays between polls and between retries: capped exponential backoff with jitter, and Retry-After."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from .errors import InvalidArgumentError


@dataclass(frozen=True, slots=True)
class PollPolicy:
    """How long to sleep after each poll: `initial * multiplier**(n-1)`, capped at `maximum`, jittered.

    `jitter` is the fraction of each delay that is randomised: a delay `d` becomes uniform in
    `[d * (1 - jitter), d]`, so many clients started together drift apart instead of polling in step,
    and no delay ever exceeds `maximum`. Public and immutable, so a scheduler outside this process
    (a task queue's countdown, an orchestrator's deferred trigger) can use the same delays.

    Args:
        initial: seconds after the first poll (> 0).
        multiplier: how much each delay grows over the one before (>= 1).
        maximum: the longest delay, in seconds (>= initial).
        jitter: the randomised fraction of each delay (0 <= jitter < 1; default 0.1).

    Raises:
        InvalidArgumentError: a value is not a finite number or is out of its range; the message names it.
    """

    initial: float
    multiplier: float
    maximum: float
    jitter: float = 0.1

    def __post_init__(self) -> None:
        for name in ("initial", "multiplier", "maximum", "jitter"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
                raise InvalidArgumentError(
                    f"PollPolicy {name} must be a finite number, not {value!r}",
                    argument=name,
                )
        rules = (
            ("initial", self.initial > 0, "> 0 seconds"),
            ("multiplier", self.multiplier >= 1, ">= 1"),
            ("maximum", self.maximum >= self.initial, f">= initial ({self.initial:g})"),
            ("jitter", 0 <= self.jitter < 1, "at least 0 and below 1"),
        )
        for name, ok, wanted in rules:
            if not ok:
                raise InvalidArgumentError(
                    f"PollPolicy {name} must be {wanted}, not {getattr(self, name)!r}", argument=name
                )

    def base_delay(self, attempt: int) -> float:
        """The un-jittered delay after poll number `attempt` (counted from 1)."""
        steps = max(attempt, 1) - 1
        if self.multiplier == 1 or steps == 0:
            return self.initial
        if steps >= math.log(self.maximum / self.initial, self.multiplier):
            return self.maximum
        return min(self.maximum, self.initial * self.multiplier**steps)

    def next_delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to sleep after poll `attempt` (counted from 1): the jittered delay, never above `maximum`;
        a server's `retry_after` (seconds), when given, wins over the policy."""
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
