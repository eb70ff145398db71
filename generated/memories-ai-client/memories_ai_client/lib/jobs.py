"""Memories.ai's wait helpers, one set per kind of job, rendered from overlays/providers/memories/jobs.yaml: edit the data there.

Every helper polls at once, then sleeps per its PollPolicy (or the server's Retry-After) inside its deadline;
a status the spec does not list is never terminal. Each default policy and timeout says where it comes from.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from ..api.screenplay import get_screenplay_task, submit_screenplay_task
from ..client import AuthenticatedClient
from ..models import ScreenplayTask, SubmitScreenplayTaskRequest
from ._core.creating import CreateEndpoint, create_and_wait, create_and_wait_async
from ._core.policy import PollPolicy
from ._core.waiting import TaskEndpoint, batch_status, failure_text, field_status, task_at, wait, wait_async

SCREENPLAY_TASK_POLICY = PollPolicy(initial=10.0, multiplier=1.5, maximum=25.0, jitter=0.1)
"""Screenplay extraction walks every episode of a series (the docs' example: 87 episodes) and runs for many minutes;
the provider's own examples poll at 5 s growing x1.5 to 30 s. Starting at 10 s saves the early polls a task this
long never needs. The cap sits a little under the examples' 30 s: at 30 s, jitter made us poll about as often as a
fixed 30 s poller for barely less lag (bench/RESULTS.md, polling); at 25 s the lag is clearly lower (about 12 s,
under 1% of a 5-60 minute task) for about one more request every three minutes."""

SCREENPLAY_TASK_TIMEOUT = 7200.0
"""Two hours; tasks scale with the number of episodes and the docs give no upper bound."""

_SCREENPLAY_TASK: TaskEndpoint[ScreenplayTask] = TaskEndpoint(
    helper="wait_for_screenplay_task",
    fetch=lambda client, task_id: get_screenplay_task.sync_detailed(task_id, client=client),
    fetch_async=lambda client, task_id: get_screenplay_task.asyncio_detailed(task_id, client=client),
    task_of=task_at("data", ScreenplayTask),
    status_of=field_status("status"),
    success=frozenset({"completed"}),
    failure=frozenset({"failed"}),
    cancelled=frozenset({"cancelled"}),
    describe_failure=failure_text(("error_code", "error_message"), "no error_code or error_message from Memories.ai"),
    policy=SCREENPLAY_TASK_POLICY,
)

_SUBMIT_SCREENPLAY_TASK: CreateEndpoint[SubmitScreenplayTaskRequest] = CreateEndpoint(
    helper="submit_screenplay_task_and_wait",
    send=lambda client, body: submit_screenplay_task.sync_detailed(client=client, body=body),
    send_async=lambda client, body: submit_screenplay_task.asyncio_detailed(client=client, body=body),
    body_model=SubmitScreenplayTaskRequest,
    id_path="data.task_id",
)

DEFAULT_POLICIES: Mapping[str, PollPolicy] = MappingProxyType(
    {
        "wait_for_screenplay_task": SCREENPLAY_TASK_POLICY,
    }
)
"""The default PollPolicy of each wait helper, by helper name."""


def wait_for_screenplay_task(
    client: AuthenticatedClient,
    task_id: str,
    *,
    timeout: float | None = SCREENPLAY_TASK_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[ScreenplayTask], object] | None = None,
) -> ScreenplayTask:
    """Wait for the screenplay-extraction task to finish: poll GET /screenplay/tasks/{task_id} until `completed`.

    Args:
        client: the client from `create_client()`.
        task_id: the id of the screenplay-extraction task.
        timeout: seconds to wait in all (default 7200, 120 minutes: see
            `SCREENPLAY_TASK_TIMEOUT`); `None` waits without limit. A request in flight counts against it: each
            poll's request gets at most the time left, so the wait ends at most DEADLINE_GRACE (1 s) after it.
        policy: the delays between polls (default `DEFAULT_POLICIES["wait_for_screenplay_task"]`); the server's
            `Retry-After` wins over it, and no sleep passes the deadline.
        on_progress: called with the ScreenplayTask after every poll that returned one (a plain function: a
            coroutine function needs the `_async` helper). Whatever it raises ends the wait, unchanged.

    Returns:
        The ScreenplayTask at its success state.

    Raises:
        TaskFailedError: the job ended `failed`; the message carries the provider's own error fields.
        TaskCancelledError: the job ended `cancelled`.
        WaitTimeoutError: the deadline passed first; the job may still be running on the server (wait again
            with the same id).
        ApiError: a permanent error (a wrong key, no such job, no credit), raised at once; transient
            failures (429, 5xx, a malformed body) are retried inside the deadline. The message names the
            method, the URL, the status and the provider's code and message.
        ApiConnectionError: the server never answered (a wrong base URL, an unknown host, a closed port) and the
            client's `max_retries` are spent, or it only ever answered with something else than the API
            (MalformedResponseError then): raised within seconds, naming the URL tried. Once the server has
            answered, these failures are retried inside the deadline.
        InvalidArgumentError: an argument is wrong (an empty id, a negative timeout, a `client` that is not one,
            a `policy` that is not a PollPolicy), refused before any request.

    Every error raised carries the job's id as `task_id`, except what `on_progress` raises.
    """
    return wait(_SCREENPLAY_TASK, client, task_id, timeout=timeout, policy=policy, on_progress=on_progress)


async def wait_for_screenplay_task_async(
    client: AuthenticatedClient,
    task_id: str,
    *,
    timeout: float | None = SCREENPLAY_TASK_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[ScreenplayTask], object] | None = None,
) -> ScreenplayTask:
    """Wait for the screenplay-extraction task to finish: poll GET /screenplay/tasks/{task_id} until `completed`.

    The asyncio form of `wait_for_screenplay_task`: it polls without blocking the event loop.

    Args:
        client: the client from `create_client()`.
        task_id: the id of the screenplay-extraction task.
        timeout: seconds to wait in all (default 7200, 120 minutes: see
            `SCREENPLAY_TASK_TIMEOUT`); `None` waits without limit. A request in flight counts against it: each
            poll's request gets at most the time left, so the wait ends at most DEADLINE_GRACE (1 s) after it.
        policy: the delays between polls (default `DEFAULT_POLICIES["wait_for_screenplay_task"]`); the server's
            `Retry-After` wins over it, and no sleep passes the deadline.
        on_progress: called with the ScreenplayTask after every poll that returned one; a coroutine function
            is awaited. Whatever it raises ends the wait, unchanged.

    Returns:
        The ScreenplayTask at its success state.

    Raises:
        TaskFailedError: the job ended `failed`; the message carries the provider's own error fields.
        TaskCancelledError: the job ended `cancelled`.
        WaitTimeoutError: the deadline passed first; the job may still be running on the server (wait again
            with the same id).
        ApiError: a permanent error (a wrong key, no such job, no credit), raised at once; transient
            failures (429, 5xx, a malformed body) are retried inside the deadline. The message names the
            method, the URL, the status and the provider's code and message.
        ApiConnectionError: the server never answered (a wrong base URL, an unknown host, a closed port) and the
            client's `max_retries` are spent, or it only ever answered with something else than the API
            (MalformedResponseError then): raised within seconds, naming the URL tried. Once the server has
            answered, these failures are retried inside the deadline.
        InvalidArgumentError: an argument is wrong (an empty id, a negative timeout, a `client` that is not one,
            a `policy` that is not a PollPolicy), refused before any request.

    Every error raised carries the job's id as `task_id`, except what `on_progress` raises.
    """
    return await wait_async(_SCREENPLAY_TASK, client, task_id, timeout=timeout, policy=policy, on_progress=on_progress)


def submit_screenplay_task_and_wait(
    client: AuthenticatedClient,
    body: SubmitScreenplayTaskRequest | Mapping[str, Any],
    *,
    timeout: float | None = SCREENPLAY_TASK_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[ScreenplayTask], object] | None = None,
) -> ScreenplayTask:
    """Start a screenplay-extraction task (POST /screenplay/tasks) and wait for it to finish, as `wait_for_screenplay_task` does.

    Args:
        client: the client from `create_client()`.
        body: a SubmitScreenplayTaskRequest or a mapping of its fields; a mapping that does not fit it (a required field
            missing, a key it does not have) raises InvalidArgumentError before anything is sent.
        timeout: seconds to wait for the job once it is created (default 7200: see
            `SCREENPLAY_TASK_TIMEOUT`); `None` waits without limit.
        policy: the delays between polls (default `DEFAULT_POLICIES["wait_for_screenplay_task"]`).
        on_progress: called with the ScreenplayTask after every poll that returned one (a plain function: a
            coroutine function needs the `_async` helper). Whatever it raises ends the wait, unchanged.

    Returns:
        The ScreenplayTask at its success state.

    Raises:
        InvalidArgumentError: the body does not fit, or another argument is wrong (`client`, `timeout`,
            `policy`, `on_progress`); nothing was sent.
        ApiError: the create was refused (its request is sent once: it is retried only when the server provably
            did not act on it, a refused connection or a 429/503); the message names the method, the URL, the
            status and the provider's code and message.
        ApiConnectionError: the create's request may have reached the server but no answer came: the job may
            exist; check before sending it again.
        TaskFailedError, WaitTimeoutError, ApiError, ApiConnectionError: as `wait_for_screenplay_task` raises them; each
            carries the new job's id as `task_id`, and a note names the wait helper that resumes it.
    """
    return create_and_wait(
        _SUBMIT_SCREENPLAY_TASK, _SCREENPLAY_TASK, client, body, timeout=timeout, policy=policy, on_progress=on_progress
    )


async def submit_screenplay_task_and_wait_async(
    client: AuthenticatedClient,
    body: SubmitScreenplayTaskRequest | Mapping[str, Any],
    *,
    timeout: float | None = SCREENPLAY_TASK_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[ScreenplayTask], object] | None = None,
) -> ScreenplayTask:
    """Start a screenplay-extraction task (POST /screenplay/tasks) and wait for it to finish, as `wait_for_screenplay_task_async` does.

    The asyncio form of `submit_screenplay_task_and_wait`: it does not block the event loop.

    Args:
        client: the client from `create_client()`.
        body: a SubmitScreenplayTaskRequest or a mapping of its fields; a mapping that does not fit it (a required field
            missing, a key it does not have) raises InvalidArgumentError before anything is sent.
        timeout: seconds to wait for the job once it is created (default 7200: see
            `SCREENPLAY_TASK_TIMEOUT`); `None` waits without limit.
        policy: the delays between polls (default `DEFAULT_POLICIES["wait_for_screenplay_task"]`).
        on_progress: called with the ScreenplayTask after every poll that returned one; a coroutine function
            is awaited. Whatever it raises ends the wait, unchanged.

    Returns:
        The ScreenplayTask at its success state.

    Raises:
        InvalidArgumentError: the body does not fit, or another argument is wrong (`client`, `timeout`,
            `policy`, `on_progress`); nothing was sent.
        ApiError: the create was refused (its request is sent once: it is retried only when the server provably
            did not act on it, a refused connection or a 429/503); the message names the method, the URL, the
            status and the provider's code and message.
        ApiConnectionError: the create's request may have reached the server but no answer came: the job may
            exist; check before sending it again.
        TaskFailedError, WaitTimeoutError, ApiError, ApiConnectionError: as `wait_for_screenplay_task` raises them; each
            carries the new job's id as `task_id`, and a note names the wait helper that resumes it.
    """
    return await create_and_wait_async(
        _SUBMIT_SCREENPLAY_TASK, _SCREENPLAY_TASK, client, body, timeout=timeout, policy=policy, on_progress=on_progress
    )


__all__ = [
    "DEFAULT_POLICIES",
    "submit_screenplay_task_and_wait",
    "submit_screenplay_task_and_wait_async",
    "wait_for_screenplay_task",
    "wait_for_screenplay_task_async",
]
