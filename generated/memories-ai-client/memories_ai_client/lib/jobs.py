"""Memories.ai's wait helpers, one set per kind of job, rendered from overlays/providers/memories/jobs.yaml: edit the data there.

Every helper polls at once, then sleeps per its JobSchedule (or the server's Retry-After) inside its deadline;
a status the spec does not list is never terminal. Each default schedule, policy and timeout says where it comes
from. `poll_<kind>` makes one poll of the same kind for a scheduler outside this process (a task queue).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..api.screenplay import get_screenplay_task, submit_screenplay_task
from ..client import AuthenticatedClient
from ..models import ScreenplayTask, SubmitScreenplayTaskRequest
from ._core.creating import CreateEndpoint, create_and_wait, create_and_wait_async
from ._core.policy import PollPolicy
from ._core.schedule import JobSchedule
from ._core.waiting import (
    PollResult,
    TaskEndpoint,
    batch_status,
    failure_text,
    field_status,
    poll,
    poll_async,
    task_at,
    wait,
    wait_async,
)

if TYPE_CHECKING:
    import asyncio

SCREENPLAY_TASK_POLICY = PollPolicy(initial=10.0, multiplier=1.5, maximum=25.0, jitter=0.1)
"""Screenplay extraction walks every episode of a series (the docs' example: 87 episodes) and runs for many minutes;
the provider's own examples poll at 5 s growing x1.5 to 30 s. Starting at 10 s saves the early polls a task this
long never needs. The cap sits a little under the examples' 30 s: at 30 s, jitter made us poll about as often as a
fixed 30 s poller for barely less lag (bench/RESULTS.md, polling); at 25 s the lag is clearly lower (about 12 s,
under 1% of a 5-60 minute task) for about one more request every three minutes."""

SCREENPLAY_TASK_SCHEDULE = JobSchedule(
    policy=SCREENPLAY_TASK_POLICY,
    band=(300.0, 3600.0),
    interval=24.2,
    progress=("progress.completed_episodes", "progress.total_episodes"),
    name="wait_for_screenplay_task",
    source=(
        "band: Assumed (no duration is stated): a screenplay task walks a whole series (the status example: "
        "12 of 87 episodes done, each episode under 5 min of video, processed with `concurrency` up to 100), "
        "so minutes to an hour. | interval: Twice 12.1 s, the median lag today's policy (10 s x1.5 to 25 s) "
        "measured on this band (bench/RESULTS.md, polling): issue 13's band-known schedule, about 71 requests"
        " a task instead of 80 at the same lag. The running task's progress (episodes done of the total) "
        "brings the poll forward to the estimated end."
    ),
)
"""The default schedule of `wait_for_screenplay_task` (and of `poll_screenplay_task`): a poll at once, one at 300 s
(the band's start), then one every 24.2 s until 3600 s (the band's end), then one every 25 s (the maximum of
`SCREENPLAY_TASK_POLICY`); each delay is jittered down by up to 10% of its step, never lengthened. While the task
reports `progress.completed_episodes` of `progress.total_episodes`, the next poll is brought forward to the
estimated end (elapsed x (1 - f) / f for the fraction f done), never sooner than 10 s after the one before. With
`wake`, a safety poll at 3600 s (a job that should be done, whose webhook may be lost), then one every 60 s. Band
300 s to 3600 s: Assumed (no duration is stated): a screenplay task walks a whole series (the status example: 12 of
87 episodes done, each episode under 5 min of video, processed with `concurrency` up to 100), so minutes to an hour.
Interval 24.2 s: Twice 12.1 s, the median lag today's policy (10 s x1.5 to 25 s) measured on this band
(bench/RESULTS.md, polling): issue 13's band-known schedule, about 71 requests a task instead of 80 at the same lag.
The running task's progress (episodes done of the total) brings the poll forward to the estimated end. Policy: see
`SCREENPLAY_TASK_POLICY`."""

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
    schedule=SCREENPLAY_TASK_SCHEDULE,
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
"""The PollPolicy of each wait helper, by helper name: the whole schedule of a kind with no documented duration,
the cap and jitter of every other (see DEFAULT_SCHEDULES)."""

DEFAULT_SCHEDULES: Mapping[str, JobSchedule] = MappingProxyType(
    {
        "wait_for_screenplay_task": SCREENPLAY_TASK_SCHEDULE,
    }
)
"""The default JobSchedule of each wait helper (and of its `poll_*` and create-and-wait helpers), by helper name."""


def wait_for_screenplay_task(
    client: AuthenticatedClient,
    task_id: str,
    *,
    timeout: float | None = SCREENPLAY_TASK_TIMEOUT,
    policy: JobSchedule | PollPolicy | None = None,
    on_progress: Callable[[ScreenplayTask], object] | None = None,
    wake: threading.Event | None = None,
    elapsed: float | None = None,
) -> ScreenplayTask:
    """Wait for the screenplay-extraction task to finish: poll GET /screenplay/tasks/{task_id} until `completed`.

    Args:
        client: the client from `create_client()`.
        task_id: the id of the screenplay-extraction task.
        timeout: seconds to wait in all (default 7200, 120 minutes: see
            `SCREENPLAY_TASK_TIMEOUT`); `None` waits without limit. A request in flight counts against it: each
            poll's request gets at most the time left, so the wait ends at most DEADLINE_GRACE (1 s) after it.
        policy: when to poll: a JobSchedule or a PollPolicy (default
            `DEFAULT_SCHEDULES["wait_for_screenplay_task"]`: at once, at 300 s, then every 24.2 s to 3600 s, then
            every 25 s); the server's `Retry-After` wins over it, and no sleep passes the deadline.
        on_progress: called with the ScreenplayTask after every poll that returned one (a plain function: a
            coroutine function needs the `_async` helper). Whatever it raises ends the wait, unchanged.
        wake: a threading.Event (one per wait) that a webhook handler sets when the job may have changed: the wait
            clears it and polls at once. The poll, not the webhook, decides, so a forged or replayed callback
            changes nothing but a request (and one more after the schedule's own delay, for a webhook that ran ahead
            of the status); a wake waits out a server's Retry-After. With it, polling falls back to a safety
            schedule for a lost webhook: one poll at 3600 s (the band's end), then one every `wake_interval` (60 s).
            None (default): the schedule alone.
        elapsed: seconds the job had already run when the wait begins (default 0: the wait starts as the job is
            submitted). Pass it when resuming a wait on an older job, so the schedule does not hold its polls back
            for the documented band's start.

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
        InvalidArgumentError: an argument is wrong (an empty id, a negative timeout or `elapsed`, a `client` that
            is not one, a `policy` that is not a JobSchedule or a PollPolicy, a `wake` that is not
            a threading.Event), refused before any request.

    Every error raised carries the job's id as `task_id`, except what `on_progress` raises.
    """
    return wait(
        _SCREENPLAY_TASK,
        client,
        task_id,
        timeout=timeout,
        policy=policy,
        on_progress=on_progress,
        wake=wake,
        elapsed=elapsed,
    )


async def wait_for_screenplay_task_async(
    client: AuthenticatedClient,
    task_id: str,
    *,
    timeout: float | None = SCREENPLAY_TASK_TIMEOUT,
    policy: JobSchedule | PollPolicy | None = None,
    on_progress: Callable[[ScreenplayTask], object] | None = None,
    wake: asyncio.Event | None = None,
    elapsed: float | None = None,
) -> ScreenplayTask:
    """Wait for the screenplay-extraction task to finish: poll GET /screenplay/tasks/{task_id} until `completed`.

    The asyncio form of `wait_for_screenplay_task`: it polls without blocking the event loop.

    Args:
        client: the client from `create_client()`.
        task_id: the id of the screenplay-extraction task.
        timeout: seconds to wait in all (default 7200, 120 minutes: see
            `SCREENPLAY_TASK_TIMEOUT`); `None` waits without limit. A request in flight counts against it: each
            poll's request gets at most the time left, so the wait ends at most DEADLINE_GRACE (1 s) after it.
        policy: when to poll: a JobSchedule or a PollPolicy (default
            `DEFAULT_SCHEDULES["wait_for_screenplay_task"]`: at once, at 300 s, then every 24.2 s to 3600 s, then
            every 25 s); the server's `Retry-After` wins over it, and no sleep passes the deadline.
        on_progress: called with the ScreenplayTask after every poll that returned one; a coroutine function
            is awaited. Whatever it raises ends the wait, unchanged.
        wake: an asyncio.Event (one per wait) that a webhook handler sets when the job may have changed: the wait
            clears it and polls at once. The poll, not the webhook, decides, so a forged or replayed callback
            changes nothing but a request (and one more after the schedule's own delay, for a webhook that ran ahead
            of the status); a wake waits out a server's Retry-After. With it, polling falls back to a safety
            schedule for a lost webhook: one poll at 3600 s (the band's end), then one every `wake_interval` (60 s).
            None (default): the schedule alone.
        elapsed: seconds the job had already run when the wait begins (default 0: the wait starts as the job is
            submitted). Pass it when resuming a wait on an older job, so the schedule does not hold its polls back
            for the documented band's start.

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
        InvalidArgumentError: an argument is wrong (an empty id, a negative timeout or `elapsed`, a `client` that
            is not one, a `policy` that is not a JobSchedule or a PollPolicy, a `wake` that is not
            an asyncio.Event), refused before any request.

    Every error raised carries the job's id as `task_id`, except what `on_progress` raises.
    """
    return await wait_async(
        _SCREENPLAY_TASK,
        client,
        task_id,
        timeout=timeout,
        policy=policy,
        on_progress=on_progress,
        wake=wake,
        elapsed=elapsed,
    )


def poll_screenplay_task(
    client: AuthenticatedClient,
    task_id: str,
    *,
    attempt: int = 1,
    policy: JobSchedule | PollPolicy | None = None,
    elapsed: float | None = None,
) -> PollResult[ScreenplayTask]:
    """Poll the screenplay-extraction task once (GET /screenplay/tasks/{task_id}): is it done, and when to poll next?

    Exactly one request, and nothing slept or recorded: the step a scheduler outside this process (a task queue's
    countdown) runs, then runs again after `delay`, on the same schedule as `wait_for_screenplay_task`.

    Args:
        client: the client from `create_client()`.
        task_id: the id of the screenplay-extraction task.
        attempt: this poll's number for the job, counted from 1 (the poll at submission); the schedule's delay
            depends on it.
        policy: a JobSchedule or a PollPolicy (default `DEFAULT_SCHEDULES["wait_for_screenplay_task"]`, the wait's).
        elapsed: seconds since the job was submitted (default: when poll `attempt` falls on the schedule,
            `policy.poll_time(attempt)`).

    Returns:
        A PollResult: `done` (True at `completed`), `task` (the ScreenplayTask, or None when the poll failed in a
        way that may heal), `status`, `delay` (seconds to wait before the next poll: the schedule's, or the
        server's Retry-After; 0 when done) and `error` (that transient failure: a 429, a 5xx, a connection error,
        a malformed body; poll again after `delay`, within a deadline of your own).

    Raises:
        TaskFailedError: the job ended `failed`; the message carries the provider's own error fields.
        TaskCancelledError: the job ended `cancelled`.
        ApiError: a permanent error (a wrong key, no such job, no credit), raised at once.
        InvalidArgumentError: an argument is wrong (an empty id, an `attempt` that is not an int >= 1, a negative
            `elapsed`, a `client` that is not one, a `policy` that is not a JobSchedule or a PollPolicy), refused
            before the request.

    Every error raised carries the job's id as `task_id`.
    """
    return poll(_SCREENPLAY_TASK, client, task_id, attempt=attempt, policy=policy, elapsed=elapsed)


async def poll_screenplay_task_async(
    client: AuthenticatedClient,
    task_id: str,
    *,
    attempt: int = 1,
    policy: JobSchedule | PollPolicy | None = None,
    elapsed: float | None = None,
) -> PollResult[ScreenplayTask]:
    """Poll the screenplay-extraction task once (GET /screenplay/tasks/{task_id}): is it done, and when to poll next?

    The asyncio form of `poll_screenplay_task`.

    Exactly one request, and nothing slept or recorded: the step a scheduler outside this process (a task queue's
    countdown) runs, then runs again after `delay`, on the same schedule as `wait_for_screenplay_task`.

    Args:
        client: the client from `create_client()`.
        task_id: the id of the screenplay-extraction task.
        attempt: this poll's number for the job, counted from 1 (the poll at submission); the schedule's delay
            depends on it.
        policy: a JobSchedule or a PollPolicy (default `DEFAULT_SCHEDULES["wait_for_screenplay_task"]`, the wait's).
        elapsed: seconds since the job was submitted (default: when poll `attempt` falls on the schedule,
            `policy.poll_time(attempt)`).

    Returns:
        A PollResult: `done` (True at `completed`), `task` (the ScreenplayTask, or None when the poll failed in a
        way that may heal), `status`, `delay` (seconds to wait before the next poll: the schedule's, or the
        server's Retry-After; 0 when done) and `error` (that transient failure: a 429, a 5xx, a connection error,
        a malformed body; poll again after `delay`, within a deadline of your own).

    Raises:
        TaskFailedError: the job ended `failed`; the message carries the provider's own error fields.
        TaskCancelledError: the job ended `cancelled`.
        ApiError: a permanent error (a wrong key, no such job, no credit), raised at once.
        InvalidArgumentError: an argument is wrong (an empty id, an `attempt` that is not an int >= 1, a negative
            `elapsed`, a `client` that is not one, a `policy` that is not a JobSchedule or a PollPolicy), refused
            before the request.

    Every error raised carries the job's id as `task_id`.
    """
    return await poll_async(_SCREENPLAY_TASK, client, task_id, attempt=attempt, policy=policy, elapsed=elapsed)


def submit_screenplay_task_and_wait(
    client: AuthenticatedClient,
    body: SubmitScreenplayTaskRequest | Mapping[str, Any],
    *,
    timeout: float | None = SCREENPLAY_TASK_TIMEOUT,
    policy: JobSchedule | PollPolicy | None = None,
    on_progress: Callable[[ScreenplayTask], object] | None = None,
    wake: threading.Event | None = None,
) -> ScreenplayTask:
    """Start a screenplay-extraction task (POST /screenplay/tasks) and wait for it to finish, as `wait_for_screenplay_task` does.

    Args:
        client: the client from `create_client()`.
        body: a SubmitScreenplayTaskRequest or a mapping of its fields; a mapping that does not fit it (a required field
            missing, a key it does not have) raises InvalidArgumentError before anything is sent.
        timeout: seconds to wait for the job once it is created (default 7200: see
            `SCREENPLAY_TASK_TIMEOUT`); `None` waits without limit.
        policy: when to poll: a JobSchedule or a PollPolicy (default
            `DEFAULT_SCHEDULES["wait_for_screenplay_task"]`: at once, at 300 s, then every 24.2 s to 3600 s, then
            every 25 s).
        on_progress: called with the ScreenplayTask after every poll that returned one (a plain function: a
            coroutine function needs the `_async` helper). Whatever it raises ends the wait, unchanged.
        wake: a threading.Event (one per wait) that a webhook handler sets when the job may have changed: the wait
            clears it and polls at once. The poll, not the webhook, decides, so a forged or replayed callback
            changes nothing but a request (and one more after the schedule's own delay, for a webhook that ran ahead
            of the status); a wake waits out a server's Retry-After. With it, polling falls back to a safety
            schedule for a lost webhook: one poll at 3600 s (the band's end), then one every `wake_interval` (60 s).
            None (default): the schedule alone.

    Returns:
        The ScreenplayTask at its success state.

    Raises:
        InvalidArgumentError: the body does not fit, or another argument is wrong (`client`, `timeout`,
            `policy`, `on_progress`, `wake`); nothing was sent.
        ApiError: the create was refused (its request is sent once: it is retried only when the server provably
            did not act on it, a refused connection or a 429/503); the message names the method, the URL, the
            status and the provider's code and message.
        ApiConnectionError: the create's request may have reached the server but no answer came: the job may
            exist; check before sending it again.
        TaskFailedError, WaitTimeoutError, ApiError, ApiConnectionError: as `wait_for_screenplay_task` raises them; each
            carries the new job's id as `task_id`, and a note names the wait helper that resumes it.
    """
    return create_and_wait(
        _SUBMIT_SCREENPLAY_TASK,
        _SCREENPLAY_TASK,
        client,
        body,
        timeout=timeout,
        policy=policy,
        on_progress=on_progress,
        wake=wake,
    )


async def submit_screenplay_task_and_wait_async(
    client: AuthenticatedClient,
    body: SubmitScreenplayTaskRequest | Mapping[str, Any],
    *,
    timeout: float | None = SCREENPLAY_TASK_TIMEOUT,
    policy: JobSchedule | PollPolicy | None = None,
    on_progress: Callable[[ScreenplayTask], object] | None = None,
    wake: asyncio.Event | None = None,
) -> ScreenplayTask:
    """Start a screenplay-extraction task (POST /screenplay/tasks) and wait for it to finish, as `wait_for_screenplay_task_async` does.

    The asyncio form of `submit_screenplay_task_and_wait`: it does not block the event loop.

    Args:
        client: the client from `create_client()`.
        body: a SubmitScreenplayTaskRequest or a mapping of its fields; a mapping that does not fit it (a required field
            missing, a key it does not have) raises InvalidArgumentError before anything is sent.
        timeout: seconds to wait for the job once it is created (default 7200: see
            `SCREENPLAY_TASK_TIMEOUT`); `None` waits without limit.
        policy: when to poll: a JobSchedule or a PollPolicy (default
            `DEFAULT_SCHEDULES["wait_for_screenplay_task"]`: at once, at 300 s, then every 24.2 s to 3600 s, then
            every 25 s).
        on_progress: called with the ScreenplayTask after every poll that returned one; a coroutine function
            is awaited. Whatever it raises ends the wait, unchanged.
        wake: an asyncio.Event (one per wait) that a webhook handler sets when the job may have changed: the wait
            clears it and polls at once. The poll, not the webhook, decides, so a forged or replayed callback
            changes nothing but a request (and one more after the schedule's own delay, for a webhook that ran ahead
            of the status); a wake waits out a server's Retry-After. With it, polling falls back to a safety
            schedule for a lost webhook: one poll at 3600 s (the band's end), then one every `wake_interval` (60 s).
            None (default): the schedule alone.

    Returns:
        The ScreenplayTask at its success state.

    Raises:
        InvalidArgumentError: the body does not fit, or another argument is wrong (`client`, `timeout`,
            `policy`, `on_progress`, `wake`); nothing was sent.
        ApiError: the create was refused (its request is sent once: it is retried only when the server provably
            did not act on it, a refused connection or a 429/503); the message names the method, the URL, the
            status and the provider's code and message.
        ApiConnectionError: the create's request may have reached the server but no answer came: the job may
            exist; check before sending it again.
        TaskFailedError, WaitTimeoutError, ApiError, ApiConnectionError: as `wait_for_screenplay_task` raises them; each
            carries the new job's id as `task_id`, and a note names the wait helper that resumes it.
    """
    return await create_and_wait_async(
        _SUBMIT_SCREENPLAY_TASK,
        _SCREENPLAY_TASK,
        client,
        body,
        timeout=timeout,
        policy=policy,
        on_progress=on_progress,
        wake=wake,
    )


__all__ = [
    "DEFAULT_POLICIES",
    "DEFAULT_SCHEDULES",
    "poll_screenplay_task",
    "poll_screenplay_task_async",
    "submit_screenplay_task_and_wait",
    "submit_screenplay_task_and_wait_async",
    "wait_for_screenplay_task",
    "wait_for_screenplay_task_async",
]
