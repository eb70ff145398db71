# Layered in by `make regen` from overlays/runtime/waiting.py: edit it there, never here.
"""Wait for a job to end: poll at once, then sleep per the PollPolicy, inside a total deadline.

One loop serves every endpoint of every provider, described by a `TaskEndpoint`. Transient failures
(connection errors, timeouts, 429, 5xx, a malformed body) are retried on the policy's schedule inside
the deadline; permanent ones raise at once. A status the client does not list is not terminal, so a new
server-side state never ends a wait early or loops it forever: the deadline still holds.

What cannot heal fails fast: until the server has answered once in the API's own terms (a task, or a JSON
error such as a 429), failures are retried only as often as the client's `max_retries` allows, on its retry
backoff, and then raised (ApiConnectionError naming the URL tried; for a server that only ever sent HTML or
another shape, that error with a hint): a wrong base URL, an unknown host or a closed port is reported in
seconds, not at the end of a two-hour deadline. After the first answer, transient failures are retried
inside the deadline.

The deadline holds for the request in flight too: each poll's request gets at most the time left (never less
than DEADLINE_GRACE, so the last poll at the deadline can be answered), so a wait ends at most DEADLINE_GRACE
after its timeout, however long the client's own request timeout.
"""

from __future__ import annotations

import inspect
import logging
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from . import redact
from .clock import clock_of
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
from .transport import request_budget, retries_disabled

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


def check_wait_arguments(
    client: object, timeout: object, policy: object, on_progress: object, *, asynchronous: bool
) -> None:
    """Refuse, before any request, what a wait would refuse (a create-and-wait checks this before its create)."""
    require_client(client)
    check_wait_timeout(timeout)
    if policy is not None and not isinstance(policy, PollPolicy):
        raise InvalidArgumentError(
            f"policy must be a PollPolicy or None, not {type(policy).__name__}", argument="policy"
        )
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
        policy: PollPolicy | None,
        on_progress: Callable[[T], object] | None,
        *,
        asynchronous: bool,
    ) -> None:
        check_wait_arguments(client, timeout, policy, on_progress, asynchronous=asynchronous)
        self.endpoint = endpoint
        self.task_id = require_id(task_id, "task id")
        self.timeout = check_wait_timeout(timeout)
        self.policy = policy or endpoint.policy
        self.on_progress = on_progress
        retries = getattr(client, "max_retries", None)
        self.max_retries = retries if isinstance(retries, int) and retries >= 0 else DEFAULT_MAX_RETRIES
        self.clock = clock_of(client)
        self.started = self.clock.monotonic()
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
        status = self.endpoint.status_of(task)
        if status in self.endpoint.success:
            return True
        if status in self.endpoint.failure or status in self.endpoint.cancelled:
            cls = TaskCancelledError if status in self.endpoint.cancelled else TaskFailedError
            detail = self.endpoint.describe_failure(task)
            raise cls(f"task {self.task_id!r} {status}: {detail}", task_id=self.task_id, status=str(status))
        return False

    def next_delay(self, retry_after: float | None) -> float:
        if self.answered:
            delay = self.policy.next_delay(self.polls, retry_after)
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


def wait(
    endpoint: TaskEndpoint[T],
    client: Any,
    task_id: str,
    *,
    timeout: float | None,
    policy: PollPolicy | None = None,
    on_progress: Callable[[T], object] | None = None,
) -> T:
    """Poll `endpoint` for `task_id` until the task succeeds (returned), fails or the deadline passes (raised).

    `on_progress` is called with the task after every poll that returned one; whatever it raises ends the wait
    unchanged. See the module's docstring for what is retried and for how long.
    """
    state = _Wait(endpoint, client, task_id, timeout, policy, on_progress, asynchronous=False)
    try:
        while True:
            state.polls += 1
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
            state.clock.sleep(state.next_delay(hint))
    except SDKError as error:
        state.ended(error)
        raise


async def wait_async(
    endpoint: TaskEndpoint[T],
    client: Any,
    task_id: str,
    *,
    timeout: float | None,
    policy: PollPolicy | None = None,
    on_progress: Callable[[T], object] | None = None,
) -> T:
    """`wait` without blocking the event loop; `on_progress` may be a coroutine function, and is awaited."""
    state = _Wait(endpoint, client, task_id, timeout, policy, on_progress, asynchronous=True)
    try:
        while True:
            state.polls += 1
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
            await state.clock.async_sleep(state.next_delay(hint))
    except SDKError as error:
        state.ended(error)
        raise
