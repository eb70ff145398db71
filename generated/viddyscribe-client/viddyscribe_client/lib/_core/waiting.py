# Layered in by `make regen` from overlays/runtime/waiting.py: edit it there, never here.
"""Wait for a job to end: poll at once, then sleep per the job's schedule, inside a total deadline.

One loop serves every endpoint of every provider, described by a `TaskEndpoint`. The delays come from the
kind's JobSchedule (schedule.py: its documented duration band, the provider's progress, optionally the durations
of earlier jobs) or from a PollPolicy given instead. Transient failures (connection errors, timeouts, 429, 5xx,
a malformed body) are retried on that schedule inside the deadline; permanent ones raise at once. A status the
client does not list is not terminal, so a new server-side state never ends a wait early or loops it forever:
the deadline still holds.

What cannot heal fails fast: until the server has answered once in the API's own terms (a task, or a JSON
error such as a 429), failures are retried only as often as the client's `max_retries` allows, on its retry
backoff, and then raised (ApiConnectionError naming the URL tried; for a server that only ever sent HTML or
another shape, that error with a hint): a wrong base URL, an unknown host or a closed port is reported in
seconds, not at the end of a two-hour deadline. After the first answer, transient failures are retried
inside the deadline.

The deadline holds for the request in flight too: each poll's request gets at most the time left (never less
than DEADLINE_GRACE, so the last poll at the deadline can be answered), so a wait ends at most DEADLINE_GRACE
after its timeout, however long the client's own request timeout.

A wait given a wake source (`wake`: a threading.Event, or an asyncio.Event for the async loop) sleeps on it: when
it is set (by a webhook handler, say) the wait clears it and polls at once, and between wakes it follows the
schedule's slower safety schedule. A wake only brings a poll forward: what the poll reads decides, so a forged or
replayed callback changes nothing. When a woken poll finds the job still running, the next delay is the
schedule's own, once (a webhook may run ahead of the status it announces), then the safety schedule again.
While the server's Retry-After holds, a wake waits for it.

`poll` / `poll_async` make one poll of the same kind for a scheduler outside this process and return a
PollResult: whether the job is done, the task, and the delay before the next step, from the same schedule.
"""

from __future__ import annotations

import inspect
import logging
import math
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from . import redact
from .clock import async_wait_event_on, clock_of, wait_event_on
from .errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    InvalidArgumentError,
    MalformedResponseError,
    RateLimitError,
    SDKError,
    TaskCancelledError,
    TaskFailedError,
    WaitTimeoutError,
    is_transient,
)
from .logs import logger
from .paths import require_client, require_id
from .policy import RETRY_POLICY, PollPolicy, parse_retry_after
from .responses import decode_json
from .schedule import JobSchedule, check_attempt, check_elapsed, schedule_of
from .transport import request_budget, retries_disabled

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")


@dataclass(frozen=True)
class TaskEndpoint(Generic[T]):
    """How to poll one status endpoint and read its task."""

    helper: str
    fetch: Callable[[Any, str], Any]
    fetch_async: Callable[[Any, str], Awaitable[Any]]
    task_of: Callable[[Any], T | None]
    status_of: Callable[[T], object]
    success: frozenset[str]
    failure: frozenset[str]
    cancelled: frozenset[str]
    describe_failure: Callable[[T], str]
    policy: PollPolicy
    schedule: JobSchedule | None = None  # the default schedule; None: the policy's delays alone

    @property
    def default_schedule(self) -> JobSchedule:
        """The schedule a wait uses when given none: `schedule`, or `policy` as a schedule with no band."""
        return self.schedule if self.schedule is not None else schedule_of(self.policy)


def task_at(path: str, model: type[T]) -> Callable[[Any], T | None]:
    """Read the task out of a parsed response: `path` is "." for the response itself or an attribute path
    ("data"); anything that is not an instance of `model` there (UNSET, null, a wrong shape) is no task."""
    names = () if path == "." else tuple(path.split("."))

    def task_of(parsed: Any) -> T | None:
        node = parsed
        for name in names:
            node = getattr(node, name, None)
        return node if isinstance(node, model) else None

    return task_of


def field_status(name: str) -> Callable[[Any], object]:
    """The task's own status attribute."""
    return lambda task: getattr(task, name, None)


def batch_status(counts: str, waiting: tuple[str, ...], succeeded: str) -> Callable[[Any], object]:
    """A status for a batch that reports only counts: `processing` while any of `waiting` is above zero, then
    `failed` when nothing succeeded, else `completed`. Counts that are missing or not numbers give no status."""

    def status_of(task: Any) -> object:
        found = getattr(task, counts, None)
        numbers = [getattr(found, name, None) for name in (*waiting, succeeded)]
        if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
            return None
        if any(numbers[:-1]):
            return "processing"
        return "completed" if numbers[-1] else "failed"

    return status_of


def failure_text(fields: tuple[str, ...], fallback: str) -> Callable[[Any], str]:
    """The provider's own words for a failure: the text of each of `fields` (dotted paths) that holds any."""

    def describe(task: Any) -> str:
        parts = []
        for path in fields:
            node = task
            for name in path.split("."):
                node = getattr(node, name, None)
            if isinstance(node, str) and node:
                parts.append(node)
        return ": ".join(parts) or fallback

    return describe


DEADLINE_GRACE = 1.0
"""Seconds a poll's request may take even when less than that is left of the wait (the last poll, made at the
deadline): a wait ends at most this long after its timeout."""

DEFAULT_MAX_RETRIES = 2
"""The retry budget of a client that does not say its own (a generated client built without create_client)."""


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def check_wait_timeout(timeout: object) -> float | None:
    """A wait's timeout as given (seconds >= 0, or None for no limit), or InvalidArgumentError naming it."""
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or math.isnan(timeout) or timeout < 0:
        raise InvalidArgumentError(
            f"timeout must be a number of seconds >= 0, or None to wait without limit, not {timeout!r}",
            argument="timeout",
        )
    return float(timeout)


def _spoke_api(error: BaseException) -> bool:
    """Whether a failed poll still shows the API is there: a 429, or an error answered in JSON."""
    if isinstance(error, RateLimitError):
        return True
    if not isinstance(error, ApiError) or isinstance(error, MalformedResponseError):
        return False
    return isinstance(decode_json(error.body), dict)


def _from_httpx(exc: httpx.HTTPError) -> ApiConnectionError:
    """An httpx error from a client without the retrying transport, as the package's own error."""
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:
        request = None
    cls = ApiTimeoutError if isinstance(exc, httpx.TimeoutException) else ApiConnectionError
    if request is None:
        return cls(f"{type(exc).__name__}: {exc}")
    shown = redact.url(request.url)
    return cls(f"{request.method} {shown} failed ({type(exc).__name__})", method=request.method, url=shown)


def check_policy(policy: object) -> PollPolicy | JobSchedule | None:
    """`policy` when it is a PollPolicy, a JobSchedule or None; InvalidArgumentError naming it otherwise."""
    if policy is not None and not isinstance(policy, PollPolicy | JobSchedule):
        raise InvalidArgumentError(
            f"policy must be a JobSchedule, a PollPolicy or None, not {type(policy).__name__}", argument="policy"
        )
    return policy


def check_wake(wake: object, *, asynchronous: bool) -> None:
    """Refuse a wake source of the wrong kind: a threading.Event for a sync wait, an asyncio.Event for an async one."""
    if wake is None:
        return
    if asynchronous:
        import asyncio  # here, not at the top: sync-only users do not pay for asyncio

        if not isinstance(wake, asyncio.Event):
            hint = " (a threading.Event would block the event loop)" if isinstance(wake, threading.Event) else ""
            raise InvalidArgumentError(
                f"wake must be an asyncio.Event or None, not {type(wake).__name__}{hint}", argument="wake"
            )
    elif not isinstance(wake, threading.Event):
        hint = ": pass an asyncio.Event to the _async helper" if type(wake).__module__.startswith("asyncio") else ""
        raise InvalidArgumentError(
            f"wake must be a threading.Event or None, not {type(wake).__name__}{hint}", argument="wake"
        )


def check_wait_arguments(
    client: object,
    timeout: object,
    policy: object,
    on_progress: object,
    *,
    asynchronous: bool,
    wake: object = None,
    elapsed: object = None,
) -> None:
    """Refuse, before any request, what a wait would refuse (a create-and-wait checks this before its create)."""
    require_client(client)
    check_wait_timeout(timeout)
    check_policy(policy)
    check_wake(wake, asynchronous=asynchronous)
    check_elapsed(elapsed)
    if on_progress is not None and not callable(on_progress):
        raise InvalidArgumentError(
            f"on_progress must be a function taking the task, or None, not {type(on_progress).__name__}",
            argument="on_progress",
        )
    if not asynchronous and inspect.iscoroutinefunction(on_progress):
        raise InvalidArgumentError(
            "on_progress is a coroutine function: pass it to the _async helper, or pass a plain function",
            argument="on_progress",
        )


class _Wait(Generic[T]):
    """The state of one wait; the sync and async loops differ only in how they fetch, call back and sleep."""

    def __init__(
        self,
        endpoint: TaskEndpoint[T],
        client: Any,
        task_id: str,
        timeout: float | None,
        policy: PollPolicy | JobSchedule | None,
        on_progress: Callable[[T], object] | None,
        *,
        asynchronous: bool,
        wake: threading.Event | asyncio.Event | None = None,
        elapsed: float | None = None,
    ) -> None:
        check_wait_arguments(
            client, timeout, policy, on_progress, asynchronous=asynchronous, wake=wake, elapsed=elapsed
        )
        self.endpoint = endpoint
        self.task_id = require_id(task_id, "task id")
        self.timeout = check_wait_timeout(timeout)
        self.schedule = endpoint.default_schedule if policy is None else schedule_of(policy)
        self.wake = wake
        self.on_progress = on_progress
        retries = getattr(client, "max_retries", None)
        self.max_retries = retries if isinstance(retries, int) and retries >= 0 else DEFAULT_MAX_RETRIES
        self.clock = clock_of(client)
        self.started = self.clock.monotonic()
        self.age = check_elapsed(elapsed) or 0.0  # how long the job had run when the wait began
        self.fraction: float | None = None
        self.polled_at: tuple[float | None, float] = (None, self.age)  # the last two polls, in job time
        self.server_hold = False  # the delay is the server's Retry-After: a wake waits for it
        self.was_woken = False  # the poll just made answered a wake
        self.polls = 0
        self.answered = False
        self.unanswered = 0
        self.last_status: str | None = None
        self.last_error: BaseException | None = None
        self.deadline_reached = False
        self.callback_error: BaseException | None = None

    @property
    def elapsed(self) -> float:
        return self.clock.monotonic() - self.started

    @property
    def job_elapsed(self) -> float:
        """Seconds since the job was submitted (as far as the wait knows: its own time plus `elapsed` given)."""
        return self.age + self.elapsed

    def polling(self) -> None:
        """Before each poll: count it, note when it is made, and take a pending wake (this poll answers it)."""
        self.polls += 1
        self.polled_at = (self.polled_at[1] if self.polls > 1 else None, self.job_elapsed)
        if self.wake is not None and self.wake.is_set():
            self.wake.clear()

    def woken(self) -> None:
        """The wake source was set before the delay ran out: the next poll is made now, before any deadline."""
        self.deadline_reached = False
        self.was_woken = True

    def budget(self) -> float | None:
        """Seconds the next request may take: what is left of the deadline, at least DEADLINE_GRACE."""
        if self.timeout is None:
            return None
        return max(self.timeout - self.elapsed, DEADLINE_GRACE)

    def failed(self, exc: BaseException) -> float | None:
        """After a failed poll: the server's Retry-After hint, or raise when the failure is permanent, or when
        the server has never answered and the client's retries are spent."""
        if isinstance(exc, httpx.HTTPError):
            exc = _from_httpx(exc)
        if not is_transient(exc):
            raise exc
        self.last_error = exc
        if _spoke_api(exc):
            self.answered = True
        elif not self.answered:
            self.unanswered += 1
            if self.unanswered > self.max_retries and not self._out_of_time():
                final = self._gave_up(exc)
                if final is exc:
                    raise exc
                raise final from exc
        return exc.retry_after if isinstance(exc, RateLimitError) else None

    def _out_of_time(self) -> bool:
        """Whether the deadline has come (then the wait ends in WaitTimeoutError, carrying the last failure)."""
        return self.deadline_reached or (self.timeout is not None and self.elapsed >= self.timeout)

    def _gave_up(self, exc: BaseException) -> BaseException:
        count = self.unanswered
        tries = f"{count} {'try' if count == 1 else 'tries'} in {self.elapsed:.1f}s"
        if isinstance(exc, ApiConnectionError):
            return type(exc)(
                f"{self.endpoint.helper}: no answer from the server after {tries} (max_retries="
                f"{self.max_retries}); check base_url and the network. Last try: {exc}",
                method=exc.method,
                url=exc.url,
            )
        if isinstance(exc, ApiError) and exc.hint is None:
            exc.hint = (
                f"the server never answered in the API's own terms ({tries}, max_retries={self.max_retries}): "
                "check base_url"
            )
        return exc

    def read(self, response: Any) -> tuple[T | None, float | None]:
        """After a good poll: (the task, or None when the answer has no task status; Retry-After hint)."""
        task = self.endpoint.task_of(response.parsed)
        status = self.endpoint.status_of(task) if task is not None else None
        self.answered = True  # the answer passed the provider's own check: the API is there
        if task is None or not isinstance(status, str):
            error = MalformedResponseError(
                f"{self.endpoint.helper}: the response has no task status",
                status_code=int(response.status_code),
                body=response.content,
            )
            return None, self.failed(error)
        self.last_status = str(status)
        self.last_error = None
        self.fraction = self.schedule.fraction_of(task)
        return task, parse_retry_after(response.headers.get("retry-after"))

    def call_back(self, task: T) -> object:
        """Call on_progress; what it raises is remembered, so it leaves the wait unchanged."""
        if self.on_progress is None:
            return None
        try:
            return self.on_progress(task)
        except BaseException as exc:
            self.callback_error = exc
            raise

    def judge(self, task: T) -> bool:
        """Whether the task is at its success state; raises when it failed or was cancelled."""
        return judge(self.endpoint, self.task_id, task)

    def next_delay(self, retry_after: float | None) -> float:
        self.server_hold = retry_after is not None
        # After a wake whose poll found the job still running, one delay of the schedule itself, not the safety
        # schedule's: a webhook may run ahead of the status it announces, and a forged one costs two polls.
        safety = self.wake is not None and not self.was_woken
        self.was_woken = False
        if self.answered:
            delay = self.schedule.next_delay(
                self.polls, retry_after, elapsed=self.job_elapsed, fraction=self.fraction, wake=safety
            )
        else:
            delay = RETRY_POLICY.next_delay(self.unanswered, retry_after)
        if self.timeout is not None:
            elapsed = self.elapsed
            remaining = self.timeout - elapsed
            if remaining <= 0 or self.deadline_reached:
                seen = f"still {self.last_status}" if self.last_status else "never answered with a status"
                failure = self.last_error
                error = f"; last poll failed: {type(failure).__name__}: {failure}" if failure is not None else ""
                raise WaitTimeoutError(
                    f"task {self.task_id!r} {seen} after {elapsed:.1f}s ({_plural(self.polls, 'poll')}, "
                    f"timeout {self.timeout:g}s){error}",
                    task_id=self.task_id,
                    last_status=self.last_status,
                    elapsed=elapsed,
                ) from self.last_error
            if delay >= remaining:  # this sleep ends at the deadline: one last poll, then give up
                self.deadline_reached = True
                delay = remaining
        if logger.isEnabledFor(logging.DEBUG):
            outcome = self.last_status if self.last_error is None else type(self.last_error).__name__
            logger.debug(
                "%s(%r): poll %d: %s; next poll in %.2fs",
                self.endpoint.helper,
                self.task_id,
                self.polls,
                outcome,
                delay,
            )
        return delay

    def finished(self, task: T) -> T:
        history = self.schedule.history
        before, last = self.polled_at
        if history is not None and before is not None and last > 0:
            history.record(self.schedule.name, (before + last) / 2)  # the job ended between the last two polls
        logger.info(
            "%s(%r): %s after %.1fs (%s)",
            self.endpoint.helper,
            self.task_id,
            self.last_status,
            self.elapsed,
            _plural(self.polls, "poll"),
        )
        return task

    def ended(self, error: SDKError) -> None:
        """Before an error leaves the wait: it names the task, and the end is logged (an error raised by
        on_progress is left as it is)."""
        if error is self.callback_error:
            return
        if error.task_id is None:
            error.task_id = self.task_id
        logger.info(
            "%s(%r): gave up after %.1fs (%s): %s",
            self.endpoint.helper,
            self.task_id,
            self.elapsed,
            _plural(self.polls, "poll"),
            type(error).__name__,
        )


def judge(endpoint: TaskEndpoint[T], task_id: str, task: T) -> bool:
    """Whether the task is at its success state; TaskFailedError (TaskCancelledError) when it failed (was
    cancelled), with the provider's own words for it."""
    status = endpoint.status_of(task)
    if status in endpoint.success:
        return True
    if status in endpoint.failure or status in endpoint.cancelled:
        cls = TaskCancelledError if status in endpoint.cancelled else TaskFailedError
        detail = endpoint.describe_failure(task)
        raise cls(f"task {task_id!r} {status}: {detail}", task_id=task_id, status=str(status))
    return False


def wait(
    endpoint: TaskEndpoint[T],
    client: Any,
    task_id: str,
    *,
    timeout: float | None,
    policy: PollPolicy | JobSchedule | None = None,
    on_progress: Callable[[T], object] | None = None,
    wake: threading.Event | None = None,
    elapsed: float | None = None,
) -> T:
    """Poll `endpoint` for `task_id` until the task succeeds (returned), fails or the deadline passes (raised).

    `policy` is a JobSchedule or a PollPolicy (default the endpoint's schedule); `elapsed` the seconds the job
    had already run when the wait began (default 0: the wait starts at the job's submission). `on_progress` is
    called with the task after every poll that returned one; whatever it raises ends the wait unchanged. `wake`,
    when set, makes the wait poll at once (and clears it); between wakes the schedule's safety delays apply. See
    the module's docstring for what is retried and for how long.
    """
    state = _Wait(
        endpoint, client, task_id, timeout, policy, on_progress, asynchronous=False, wake=wake, elapsed=elapsed
    )
    try:
        while True:
            state.polling()
            try:
                with retries_disabled(), request_budget(state.budget()):
                    response = endpoint.fetch(client, state.task_id)
            except (SDKError, httpx.HTTPError) as exc:
                hint = state.failed(exc)
            else:
                task, hint = state.read(response)
                if task is not None:
                    result = state.call_back(task)
                    if inspect.isawaitable(result):
                        getattr(result, "close", lambda: None)()
                        raise InvalidArgumentError(
                            "on_progress returned an awaitable: pass it to the _async helper", argument="on_progress"
                        )
                    if state.judge(task):
                        return state.finished(task)
            delay = state.next_delay(hint)
            if wake is not None and not state.server_hold:
                if wait_event_on(state.clock, wake, delay):
                    state.woken()
            else:
                state.clock.sleep(delay)
    except SDKError as error:
        state.ended(error)
        raise


async def wait_async(
    endpoint: TaskEndpoint[T],
    client: Any,
    task_id: str,
    *,
    timeout: float | None,
    policy: PollPolicy | JobSchedule | None = None,
    on_progress: Callable[[T], object] | None = None,
    wake: asyncio.Event | None = None,
    elapsed: float | None = None,
) -> T:
    """`wait` without blocking the event loop; `on_progress` may be a coroutine function, and is awaited; `wake`
    is an asyncio.Event."""
    state = _Wait(
        endpoint, client, task_id, timeout, policy, on_progress, asynchronous=True, wake=wake, elapsed=elapsed
    )
    try:
        while True:
            state.polling()
            try:
                with retries_disabled(), request_budget(state.budget()):
                    response = await endpoint.fetch_async(client, state.task_id)
            except (SDKError, httpx.HTTPError) as exc:
                hint = state.failed(exc)
            else:
                task, hint = state.read(response)
                if task is not None:
                    result = state.call_back(task)
                    if inspect.isawaitable(result):
                        try:
                            await result
                        except BaseException as exc:
                            state.callback_error = exc
                            raise
                    if state.judge(task):
                        return state.finished(task)
            delay = state.next_delay(hint)
            if wake is not None and not state.server_hold:
                if await async_wait_event_on(state.clock, wake, delay):
                    state.woken()
            else:
                await state.clock.async_sleep(delay)
    except SDKError as error:
        state.ended(error)
        raise


@dataclass(frozen=True)
class PollResult(Generic[T]):
    """What one poll found (`poll_*` helpers): whether the job is done, its task, and when to poll next.

    Attributes:
        done: True when the task is at its success state (`task` is then that task).
        task: the task the poll returned, or None when the poll failed in a way that may heal (see `error`).
        delay: seconds to wait before the next poll (0 when done): the schedule's delay for the next attempt,
            or the server's Retry-After when it sent one.
        status: the task's status as the server wrote it, or None when no task came back.
        error: the transient failure of this poll (a 429, a 5xx, a connection error, a malformed body), or None;
            the caller polls again after `delay` and decides how long to keep trying (its own deadline).
    """

    done: bool
    task: T | None
    delay: float
    status: str | None = None
    error: SDKError | None = None


def _poll_setup(
    client: object, task_id: object, attempt: object, policy: object, elapsed: object, endpoint: TaskEndpoint[Any]
) -> tuple[str, int, JobSchedule, float | None]:
    require_client(client)
    checked_id = require_id(task_id, "task id")
    number = check_attempt(attempt)
    chosen = check_policy(policy)
    return (
        checked_id,
        number,
        endpoint.default_schedule if chosen is None else schedule_of(chosen),
        check_elapsed(elapsed),
    )


def _poll_failed(
    endpoint: TaskEndpoint[Any],
    task_id: str,
    exc: SDKError | httpx.HTTPError,
    attempt: int,
    schedule: JobSchedule,
    elapsed: float | None,
) -> PollResult[Any]:
    error = _from_httpx(exc) if isinstance(exc, httpx.HTTPError) else exc
    if not is_transient(error):
        if error.task_id is None:
            error.task_id = task_id
        raise error
    hint = error.retry_after if isinstance(error, RateLimitError) else None
    delay = schedule.next_delay(attempt, hint, elapsed=elapsed)
    logger.debug(
        "%s(%r): poll %d: %s; next poll in %.2fs", endpoint.helper, task_id, attempt, type(error).__name__, delay
    )
    return PollResult(done=False, task=None, delay=delay, error=error)


def _poll_read(
    endpoint: TaskEndpoint[T], task_id: str, response: Any, attempt: int, schedule: JobSchedule, elapsed: float | None
) -> PollResult[T]:
    task = endpoint.task_of(response.parsed)
    status = endpoint.status_of(task) if task is not None else None
    if task is None or not isinstance(status, str):
        error = MalformedResponseError(
            f"{endpoint.helper}: the response has no task status",
            status_code=int(response.status_code),
            body=response.content,
        )
        return _poll_failed(endpoint, task_id, error, attempt, schedule, elapsed)
    if judge(endpoint, task_id, task):
        return PollResult(done=True, task=task, delay=0.0, status=str(status))
    hint = parse_retry_after(response.headers.get("retry-after"))
    delay = schedule.next_delay(attempt, hint, elapsed=elapsed, fraction=schedule.fraction_of(task))
    logger.debug("%s(%r): poll %d: %s; next poll in %.2fs", endpoint.helper, task_id, attempt, status, delay)
    return PollResult(done=False, task=task, delay=delay, status=str(status))


def poll(
    endpoint: TaskEndpoint[T],
    client: Any,
    task_id: str,
    *,
    attempt: int = 1,
    policy: PollPolicy | JobSchedule | None = None,
    elapsed: float | None = None,
) -> PollResult[T]:
    """One poll of `task_id`, for a scheduler outside this process: exactly one request, no sleep, no state.

    `attempt` is the poll's number (from 1) and `elapsed` the seconds since the job's submission (default: when
    poll `attempt` falls on the schedule). A failed or cancelled job raises TaskFailedError, a permanent error
    raises at once (both with `task_id` set); a transient failure is returned (`error`) with the delay before
    the next try. Nothing is recorded in a schedule's history.
    """
    checked_id, number, schedule, seconds = _poll_setup(client, task_id, attempt, policy, elapsed, endpoint)
    try:
        with retries_disabled():
            response = endpoint.fetch(client, checked_id)
    except (SDKError, httpx.HTTPError) as exc:
        return _poll_failed(endpoint, checked_id, exc, number, schedule, seconds)
    return _poll_read(endpoint, checked_id, response, number, schedule, seconds)


async def poll_async(
    endpoint: TaskEndpoint[T],
    client: Any,
    task_id: str,
    *,
    attempt: int = 1,
    policy: PollPolicy | JobSchedule | None = None,
    elapsed: float | None = None,
) -> PollResult[T]:
    """`poll` without blocking the event loop."""
    checked_id, number, schedule, seconds = _poll_setup(client, task_id, attempt, policy, elapsed, endpoint)
    try:
        with retries_disabled():
            response = await endpoint.fetch_async(client, checked_id)
    except (SDKError, httpx.HTTPError) as exc:
        return _poll_failed(endpoint, checked_id, exc, number, schedule, seconds)
    return _poll_read(endpoint, checked_id, response, number, schedule, seconds)
