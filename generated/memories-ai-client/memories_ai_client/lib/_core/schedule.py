# Layered in by `make regen` from overlays/runtime/schedule.py: edit it there, never here.
"""Schedules that know the job: when to poll a kind of job whose duration is documented, whose progress the
provider reports, or whose earlier runs in this process were timed.

A `JobSchedule` wraps the kind's `PollPolicy` (which stays the schedule of a kind with nothing known, and the
cap of every other) and adds what is known about the job:

- its duration band `(start, end)`: nothing is expected to finish before the band's start, so the wait polls at
  submission, once at the band's start, then every `interval` until the band's end, then every `maximum` of the
  policy;
- the provider's progress (`progress`: where the task says how much is done and of how much): the time left is
  estimated from the time elapsed and the fraction done, and the next poll is made near it, never later than
  the schedule says and never sooner than the policy's `initial` delay after the one before;
- opt-in, the durations of the jobs of the same kind that finished earlier in this process (`learning()`, a
  `DurationHistory`): once a few are known, the band they span replaces the documented one.

With a wake source (a webhook handler's event, `wake=` of the waits), polling falls back to a slower safety
schedule: at submission, at the band's end (a job that should be done by then, whose webhook may be lost), then
every `wake_interval` (one minute by default: a lost webhook costs at most that much lag, while a webhook that
arrives ends the wait within one request).

Every delay is jittered downwards only (so many waits started together drift apart, and no delay exceeds what
the schedule says), and a server's Retry-After wins over the schedule.
"""

from __future__ import annotations

import dataclasses
import math
import random
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass

from .errors import InvalidArgumentError
from .policy import PollPolicy

WAKE_INTERVAL = 60.0
"""Seconds between safety polls of a wait that a webhook can wake, past the band's end (or from the start for a
kind with no band): a webhook that is lost costs at most this much lag; one that arrives ends the wait at once.
A minute is long next to every documented band's spacing (2-25 s), so a webhook at the job's end keeps a wait
within three requests (submission, the band's end for a job that outlasts it, the webhook's)."""

LEARNED_START = 0.9
"""A learned band starts at this fraction of the shortest recorded duration: jobs of one kind vary."""


def _number(value: object, what: str, argument: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidArgumentError(f"{what} must be a finite number, not {value!r}", argument=argument)
    return float(value)


def check_attempt(attempt: object) -> int:
    """`attempt` when it is a poll number (an int >= 1), else InvalidArgumentError naming it."""
    if isinstance(attempt, bool) or not isinstance(attempt, int) or attempt < 1:
        raise InvalidArgumentError(
            f"attempt must be an int >= 1 (the poll's number), not {attempt!r}", argument="attempt"
        )
    return attempt


def check_elapsed(elapsed: object) -> float | None:
    """`elapsed` as seconds >= 0, or None; InvalidArgumentError naming it otherwise."""
    if elapsed is None:
        return None
    seconds = _number(elapsed, "elapsed (seconds since the job was submitted)", "elapsed")
    if seconds < 0:
        raise InvalidArgumentError(f"elapsed must be >= 0 seconds, not {elapsed!r}", argument="elapsed")
    return seconds


class DurationHistory:
    """How long the jobs of each kind took in this process, for schedules that learn (`JobSchedule.learning`).

    A wait whose schedule carries a history records the duration of each job it saw succeed (the middle of the
    last two polls, counted from the job's submission); once `min_jobs` durations of a kind are known, its
    schedule's band becomes `(0.9 x the shortest, the longest)` of the last `keep`. Safe to share between
    threads and between the schedules of several kinds (each is keyed by its schedule's `name`).

    Args:
        keep: how many recent durations to keep per kind (>= 1; default 50).
        min_jobs: how many durations a kind needs before they replace its documented band (>= 1; default 3).

    Raises:
        InvalidArgumentError: `keep` or `min_jobs` is not an int >= 1.
    """

    def __init__(self, *, keep: int = 50, min_jobs: int = 3) -> None:
        for name, value in (("keep", keep), ("min_jobs", min_jobs)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise InvalidArgumentError(f"DurationHistory {name} must be an int >= 1, not {value!r}", argument=name)
        self.keep = keep
        self.min_jobs = min_jobs
        self._lock = threading.Lock()
        self._seen: dict[str, deque[float]] = {}

    def record(self, name: str, seconds: float) -> None:
        """Remember that a job of the kind `name` took `seconds`.

        Args:
            name: the kind's schedule name (`JobSchedule.name`).
            seconds: the job's duration, from its submission (> 0).

        Raises:
            InvalidArgumentError: `name` is not a string, or `seconds` is not a finite number > 0.
        """
        if not isinstance(name, str):
            raise InvalidArgumentError(f"name must be a string, not {type(name).__name__}", argument="name")
        value = _number(seconds, "seconds", "seconds")
        if value <= 0:
            raise InvalidArgumentError(f"seconds must be > 0, not {seconds!r}", argument="seconds")
        with self._lock:
            self._seen.setdefault(name, deque(maxlen=self.keep)).append(value)

    def durations(self, name: str) -> tuple[float, ...]:
        """The recorded durations of the kind `name`, oldest first.

        Args:
            name: the kind's schedule name.

        Returns:
            Up to `keep` durations in seconds (empty when none was recorded).

        Raises:
            Nothing.
        """
        with self._lock:
            return tuple(self._seen.get(name, ()))

    def band(self, name: str) -> tuple[float, float] | None:
        """The band the recorded durations of `name` span, once there are `min_jobs` of them.

        Args:
            name: the kind's schedule name.

        Returns:
            `(0.9 x the shortest, the longest)` in seconds, or None while fewer than `min_jobs` are known.

        Raises:
            Nothing.
        """
        seen = self.durations(name)
        if len(seen) < self.min_jobs:
            return None
        return (LEARNED_START * min(seen), max(seen))

    def __repr__(self) -> str:
        with self._lock:
            counts = {name: len(values) for name, values in self._seen.items()}
        return f"DurationHistory(keep={self.keep}, min_jobs={self.min_jobs}, recorded={counts})"


@dataclass(frozen=True, slots=True)
class JobSchedule:
    """When to poll one kind of job: its PollPolicy, plus what is known about the job (see the module).

    Without a band (and no history yet) the delays are exactly the policy's. With a band `(start, end)`: the
    first poll is at once (the wait's), the next at the band's start, then one every `interval` until the
    band's end, then one every `policy.maximum`. Where the task reports progress, the next poll is brought
    forward to the estimated end. Each delay `d` is jittered downwards by up to `policy.jitter` times the
    schedule's step (`d` itself, `interval` or `maximum`), so it never exceeds what the schedule says.
    Immutable and public, so a scheduler outside this process (a task queue's countdown) uses the same delays:
    see `next_delay` and the `poll_*` helpers. A history, when attached, is shared and keeps changing.

    Args:
        policy: the kind's PollPolicy: the whole schedule when no band is known; its `maximum` spaces the polls
            past the band, its `initial` is the shortest delay progress can bring, its `jitter` is kept.
        band: `(start, end)`: seconds from submission within which the provider documents the job ends
            (0 <= start <= end); None when nothing is documented.
        interval: seconds between the polls inside the band (> 0, <= `policy.maximum`; default
            `policy.maximum`).
        progress: `(done, total)`: dotted attribute paths of the task that say how much of the job is done and of
            how much (`("progress.completed_episodes", "progress.total_episodes")`); None when the provider
            reports no progress.
        wake_interval: seconds between the safety polls of a wait a webhook can wake (>= `policy.maximum`;
            default WAKE_INTERVAL, 60).
        history: the DurationHistory a learning schedule reads and its waits record into (`learning()`); None
            (default) learns nothing.
        name: the key of this kind in a history (the wait helper's name for the defaults).
        source: where the figures come from, in words (the defaults quote their jobs.yaml sources).

    Raises:
        InvalidArgumentError: a value is of the wrong type or out of its range; the message names it.
    """

    policy: PollPolicy
    band: tuple[float, float] | None = None
    interval: float | None = None
    progress: tuple[str, str] | None = None
    wake_interval: float = WAKE_INTERVAL
    history: DurationHistory | None = None
    name: str = ""
    source: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.policy, PollPolicy):
            raise InvalidArgumentError(
                f"JobSchedule policy must be a PollPolicy, not {type(self.policy).__name__}", argument="policy"
            )
        if self.band is not None:
            if not isinstance(self.band, tuple | list) or len(self.band) != 2:
                raise InvalidArgumentError(
                    f"JobSchedule band must be (start, end) in seconds, or None, not {self.band!r}", argument="band"
                )
            start, end = (_number(value, "JobSchedule band", "band") for value in self.band)
            if not 0 <= start <= end:
                raise InvalidArgumentError(
                    f"JobSchedule band must have 0 <= start <= end, not {self.band!r}", argument="band"
                )
            object.__setattr__(self, "band", (start, end))
        if self.interval is not None:
            interval = _number(self.interval, "JobSchedule interval", "interval")
            if not 0 < interval <= self.policy.maximum:
                raise InvalidArgumentError(
                    f"JobSchedule interval must be > 0 and <= the policy's maximum ({self.policy.maximum:g}), "
                    f"not {self.interval!r}",
                    argument="interval",
                )
            object.__setattr__(self, "interval", interval)
        if self.progress is not None and (
            not isinstance(self.progress, tuple | list)
            or len(self.progress) != 2
            or not all(isinstance(path, str) and path.strip() for path in self.progress)
        ):
            raise InvalidArgumentError(
                f"JobSchedule progress must be (done, total) attribute paths, or None, not {self.progress!r}",
                argument="progress",
            )
        if self.progress is not None:
            object.__setattr__(self, "progress", (self.progress[0], self.progress[1]))
        wake = _number(self.wake_interval, "JobSchedule wake_interval", "wake_interval")
        if wake < self.policy.maximum:
            raise InvalidArgumentError(
                f"JobSchedule wake_interval must be >= the policy's maximum ({self.policy.maximum:g}): the safety "
                f"schedule is the slower one, not {self.wake_interval!r}",
                argument="wake_interval",
            )
        object.__setattr__(self, "wake_interval", wake)
        if self.history is not None and not isinstance(self.history, DurationHistory):
            raise InvalidArgumentError(
                f"JobSchedule history must be a DurationHistory or None, not {type(self.history).__name__}",
                argument="history",
            )
        for name in ("name", "source"):
            if not isinstance(getattr(self, name), str):
                raise InvalidArgumentError(f"JobSchedule {name} must be a string", argument=name)

    @property
    def initial(self) -> float:
        """The policy's first delay: the shortest delay progress can bring a poll forward to."""
        return self.policy.initial

    @property
    def maximum(self) -> float:
        """The policy's maximum: the delay between polls past the band (and the longest any step may be)."""
        return self.policy.maximum

    @property
    def jitter(self) -> float:
        """The policy's jitter: the fraction of each step that is randomised (downwards)."""
        return self.policy.jitter

    @property
    def step(self) -> float:
        """Seconds between the polls inside the band: `interval`, or the policy's maximum when not set."""
        return self.interval if self.interval is not None else self.policy.maximum

    def current_band(self) -> tuple[float, float] | None:
        """The band the schedule goes by now: the history's, once it has enough jobs of this kind, else `band`.

        Returns:
            `(start, end)` in seconds from submission, or None (the policy's delays apply).

        Raises:
            Nothing.
        """
        learned = self.history.band(self.name) if self.history is not None else None
        return learned if learned is not None else self.band

    def learning(self, history: DurationHistory | None = None) -> JobSchedule:
        """This schedule, learning from the jobs of its kind that finish in this process.

        Keep the schedule returned and pass it to every wait of the kind (or pass all of them one history):
        each wait that sees a job succeed records its duration, and once `history.min_jobs` are known the band
        they span replaces the documented one (see DurationHistory).

        Args:
            history: the DurationHistory to read and record into (default: a new one).

        Returns:
            A JobSchedule equal to this one but for its history.

        Raises:
            InvalidArgumentError: `history` is not a DurationHistory.
        """
        return dataclasses.replace(self, history=DurationHistory() if history is None else history)

    def fraction_of(self, task: object) -> float | None:
        """How much of the job the task says is done, from the `progress` paths.

        Args:
            task: the task a poll returned (a model, or a mapping).

        Returns:
            `done / total` (0 to 1), or None when the schedule has no progress paths or the task does not
            report both as numbers with `0 <= done <= total` and `total > 0`.

        Raises:
            Nothing.
        """
        if self.progress is None:
            return None
        done, total = (_read(task, path) for path in self.progress)
        if isinstance(done, bool) or isinstance(total, bool):
            return None
        if not isinstance(done, int | float) or not isinstance(total, int | float):
            return None
        if not (math.isfinite(done) and math.isfinite(total)) or total <= 0 or not 0 <= done <= total:
            return None
        return float(done) / float(total)

    def poll_time(self, attempt: int) -> float:
        """When poll number `attempt` is made on this schedule without jitter, progress or wakes: the elapsed
        time a caller that does not track it (`poll_*(..., elapsed=None)`) is assumed to be at.

        Args:
            attempt: the poll's number, counted from 1 (made at submission).

        Returns:
            Seconds from the job's submission.

        Raises:
            InvalidArgumentError: `attempt` is not an int >= 1.
        """
        polls = check_attempt(attempt)
        band = self.current_band()
        if band is None:
            return _policy_time(self.policy, polls)
        if polls == 1:
            return 0.0
        start, end = band
        step, maximum = self.step, self.policy.maximum
        time = start if start > step else (step if end > 0 else maximum)
        remaining = polls - 2
        if time < end:
            inside = math.ceil((end - time) / step)
            if remaining <= inside:
                return time + remaining * step
            time += inside * step
            remaining -= inside
        return time + remaining * maximum

    def _plan(self, attempt: int, elapsed: float | None, fraction: float | None, wake: bool) -> tuple[float, float]:
        """(the delay after poll `attempt` without jitter, the span jitter may take off it)."""
        polls = check_attempt(attempt)
        given = check_elapsed(elapsed)
        now = self.poll_time(polls) if given is None else given
        band = self.current_band()
        if wake:
            if band is not None and band[1] - now > self.wake_interval:
                base = band[1] - now
                return base, self.wake_interval
            return self.wake_interval, self.wake_interval
        if band is None:
            base = self.policy.base_delay(polls)
            span = base
        else:
            start, end = band
            if start - now > self.step:
                base, span = start - now, self.step
            elif now < end:
                base, span = self.step, self.step
            else:
                base, span = self.policy.maximum, self.policy.maximum
        if fraction is not None:
            share = _number(fraction, "fraction", "fraction")
            if 0 < share < 1 and now > 0:
                left = now * (1 - share) / share
                if left < base:
                    base = max(left, min(self.policy.initial, base))
                    span = min(span, base)
        return base, min(span, base)

    def base_delay(
        self, attempt: int, *, elapsed: float | None = None, fraction: float | None = None, wake: bool = False
    ) -> float:
        """The delay after poll `attempt`, before jitter: the most `next_delay` returns (without Retry-After).

        Args:
            attempt: the poll's number, counted from 1.
            elapsed: seconds from the job's submission to that poll (default `poll_time(attempt)`).
            fraction: the part of the job done, 0 to 1, as the task reported it (`fraction_of`); None for none.
            wake: whether the wait can be woken (the safety schedule applies).

        Returns:
            Seconds.

        Raises:
            InvalidArgumentError: `attempt` is not an int >= 1, `elapsed` not a number >= 0, or `fraction` not
                a number.
        """
        return self._plan(attempt, elapsed, fraction, wake)[0]

    def delay_bounds(
        self, attempt: int, *, elapsed: float | None = None, fraction: float | None = None, wake: bool = False
    ) -> tuple[float, float]:
        """The least and the most `next_delay` can return for these arguments (without Retry-After).

        Args:
            attempt: the poll's number, counted from 1.
            elapsed: seconds from the job's submission to that poll (default `poll_time(attempt)`).
            fraction: the part of the job done, as the task reported it; None for none.
            wake: whether the wait can be woken (the safety schedule applies).

        Returns:
            `(low, high)` in seconds: high is `base_delay`, low is high less the jitter's share of the step.

        Raises:
            InvalidArgumentError: as `base_delay`.
        """
        base, span = self._plan(attempt, elapsed, fraction, wake)
        return base - self.policy.jitter * span, base

    def next_delay(
        self,
        attempt: int,
        retry_after: float | None = None,
        *,
        elapsed: float | None = None,
        fraction: float | None = None,
        wake: bool = False,
    ) -> float:
        """Seconds to wait after poll `attempt` before the next: the schedule's delay, jittered downwards; a
        server's `retry_after`, when given, wins.

        Args:
            attempt: the poll's number, counted from 1.
            retry_after: the server's Retry-After, in seconds, or None.
            elapsed: seconds from the job's submission to that poll (default `poll_time(attempt)`: a caller
                on schedule need not track it).
            fraction: the part of the job done, 0 to 1, as the task reported it (`fraction_of`); None for none.
            wake: whether the wait can be woken (the slower safety schedule applies).

        Returns:
            Seconds, within `delay_bounds`, or `retry_after` (at least 0) when given.

        Raises:
            InvalidArgumentError: `attempt` is not an int >= 1, `elapsed` not a number >= 0, or `fraction` not
                a number.
        """
        base, span = self._plan(attempt, elapsed, fraction, wake)
        if retry_after is not None:
            return max(0.0, retry_after)
        return base - self.policy.jitter * span * random.random()


def _read(task: object, path: str) -> object:
    node = task
    for name in path.split("."):
        node = node.get(name) if isinstance(node, Mapping) else getattr(node, name, None)
        if node is None:
            return None
    return node


def _policy_time(policy: PollPolicy, polls: int) -> float:
    """Seconds from the first poll to poll `polls` on a PollPolicy without jitter."""
    total = 0.0
    for attempt in range(1, polls):
        delay = policy.base_delay(attempt)
        if delay >= policy.maximum:
            return total + (polls - attempt) * policy.maximum
        total += delay
    return total


def schedule_of(policy: PollPolicy | JobSchedule) -> JobSchedule:
    """A JobSchedule for what a wait was given: itself, or a PollPolicy as a schedule with no band (the policy's
    own delays, and a safety interval of the larger of WAKE_INTERVAL and its maximum)."""
    if isinstance(policy, JobSchedule):
        return policy
    return JobSchedule(policy=policy, wake_interval=max(WAKE_INTERVAL, policy.maximum))


__all__ = ["DurationHistory", "JobSchedule"]
