# Layered in by `make regen` from overlays/runtime/waiting.py: edit it there, never here.
"""Wait for a job to end: poll at once, then sleep per the PollPolicy, inside a total deadline.

One loop serves every endpoint of every provider, described by a `TaskEndpoint`. Transient failures
(connection errors, timeouts, 429, 5xx, a malformed body) are retried on the policy's schedule inside
the deadline; permanent ones raise at once. A status the client does not list is not terminal, so a new
server-side state never ends a wait early or loops it forever: the deadline still holds.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from .clock import clock_of
from .errors import (
    ApiConnectionError,
    MalformedResponseError,
    RateLimitError,
    SDKError,
    TaskCancelledError,
    TaskFailedError,
    WaitTimeoutError,
    is_transient,
)
from .paths import require_id
from .policy import PollPolicy, parse_retry_after
from .transport import retries_disabled

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


class _Wait(Generic[T]):
    """The state of one wait; the sync and async loops differ only in how they fetch and sleep."""

    def __init__(
        self,
        endpoint: TaskEndpoint[T],
        client: Any,
        task_id: str,
        timeout: float | None,
        policy: PollPolicy | None,
        on_progress: Callable[[T], object] | None,
    ) -> None:
        self.endpoint = endpoint
        self.task_id = require_id(task_id, "task id")
        self.timeout = timeout
        if timeout is not None and not timeout >= 0:
            raise ValueError("timeout must be >= 0 seconds, or None for no limit")
        self.policy = policy or endpoint.policy
        self.on_progress = on_progress
        self.clock = clock_of(client)
        self.started = self.clock.monotonic()
        self.polls = 0
        self.last_status: str | None = None
        self.last_error: BaseException | None = None
        self.deadline_reached = False

    def failed(self, exc: BaseException) -> float | None:
        """After a failed poll: the server's Retry-After hint, or raise when the failure is permanent."""
        if isinstance(exc, httpx.HTTPError):
            exc = ApiConnectionError(f"{type(exc).__name__} while polling {self.endpoint.helper}")
        if not is_transient(exc):
            raise exc
        self.last_error = exc
        return exc.retry_after if isinstance(exc, RateLimitError) else None

    def observed(self, response: Any) -> tuple[bool, T | None, float | None]:
        """After a good poll: (finished, task, Retry-After hint); raises when the task failed."""
        task = self.endpoint.task_of(response.parsed)
        status = self.endpoint.status_of(task) if task is not None else None
        if task is None or not isinstance(status, str):
            error = MalformedResponseError(
                f"{self.endpoint.helper}: the response has no task status",
                status_code=int(response.status_code),
                body=response.content,
            )
            return False, None, self.failed(error)
        self.last_status = str(status)
        self.last_error = None
        if self.on_progress is not None:
            self.on_progress(task)
        if status in self.endpoint.success:
            return True, task, None
        if status in self.endpoint.failure or status in self.endpoint.cancelled:
            cls = TaskCancelledError if status in self.endpoint.cancelled else TaskFailedError
            detail = self.endpoint.describe_failure(task)
            raise cls(f"task {self.task_id!r} {status}: {detail}", task_id=self.task_id, status=str(status))
        return False, task, parse_retry_after(response.headers.get("retry-after"))

    def next_delay(self, retry_after: float | None) -> float:
        delay = self.policy.next_delay(self.polls, retry_after)
        if self.timeout is None:
            return delay
        elapsed = self.clock.monotonic() - self.started
        remaining = self.timeout - elapsed
        if remaining <= 0 or self.deadline_reached:
            seen = f"still {self.last_status}" if self.last_status else "never answered with a status"
            failure = self.last_error
            error = f"; last poll failed: {type(failure).__name__}: {failure}" if failure is not None else ""
            raise WaitTimeoutError(
                f"task {self.task_id!r} {seen} after {elapsed:.1f}s ({self.polls} polls, timeout {self.timeout:g}s)"
                f"{error}",
                task_id=self.task_id,
                last_status=self.last_status,
                elapsed=elapsed,
            ) from self.last_error
        if delay >= remaining:  # this sleep ends at the deadline: one last poll, then give up
            self.deadline_reached = True
            return remaining
        return delay


def wait(
    endpoint: TaskEndpoint[T],
    client: Any,
    task_id: str,
    *,
    timeout: float | None,
    policy: PollPolicy | None = None,
    on_progress: Callable[[T], object] | None = None,
) -> T:
    state = _Wait(endpoint, client, task_id, timeout, policy, on_progress)
    while True:
        state.polls += 1
        try:
            with retries_disabled():
                response = endpoint.fetch(client, state.task_id)
        except (SDKError, httpx.HTTPError) as exc:
            hint = state.failed(exc)
        else:
            done, task, hint = state.observed(response)
            if done and task is not None:
                return task
        state.clock.sleep(state.next_delay(hint))


async def wait_async(
    endpoint: TaskEndpoint[T],
    client: Any,
    task_id: str,
    *,
    timeout: float | None,
    policy: PollPolicy | None = None,
    on_progress: Callable[[T], object] | None = None,
) -> T:
    state = _Wait(endpoint, client, task_id, timeout, policy, on_progress)
    while True:
        state.polls += 1
        try:
            with retries_disabled():
                response = await endpoint.fetch_async(client, state.task_id)
        except (SDKError, httpx.HTTPError) as exc:
            hint = state.failed(exc)
        else:
            done, task, hint = state.observed(response)
            if done and task is not None:
                return task
        await state.clock.async_sleep(state.next_delay(hint))
