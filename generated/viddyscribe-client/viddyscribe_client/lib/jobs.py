"""ViddyScribe's wait helpers, one set per kind of job, rendered from overlays/providers/viddyscribe/jobs.yaml: edit the data there.

Every helper polls at once, then sleeps per its JobSchedule (or the server's Retry-After) inside its deadline;
a status the spec does not list is never terminal. Each default schedule, policy and timeout says where it comes
from. `poll_<kind>` makes one poll of the same kind for a scheduler outside this process (a task queue).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..api.media import get_upload_status
from ..api.processing import generate_ad_audio, generate_ad_text, generate_ad_video
from ..api.results import get_results
from ..client import AuthenticatedClient
from ..models import GenerateAdAudioRequest, GenerateAdTextRequest, GenerateAdVideoRequest, Job, UploadStatusResponse
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

JOB_POLICY = PollPolicy(initial=5.0, multiplier=1.5, maximum=20.0, jitter=0.1)
"""The docs' examples go queued -> processing (5 min) -> done (10 min), or failed after 2 min; the job kind (text,
audio, video) sets how long. 5 s growing to 20 s catches a quick text job early and keeps the lag of a ten-minute
video job near 1-2% of its length. Signed result URLs expire 15 minutes after they are issued, so a prompt notice
matters more here than on most endpoints."""

JOB_SCHEDULE = JobSchedule(
    policy=JOB_POLICY,
    band=(120.0, 600.0),
    interval=19.2,
    name="wait_for_job",
    source=(
        "band: Reasoned (no duration is stated): the get_results examples' timestamps: `failed` 2 min after "
        "`created_at`, `processing` at 5 min, `done` at 10 min. | interval: Twice 9.6 s, the median lag "
        "today's policy (5 s x1.5 to 20 s) measured on this band (bench/RESULTS.md, polling): issue 13's "
        "band-known schedule, about 15 requests a job instead of 22 at the same lag, which matters here: "
        "signed result URLs expire 15 minutes after they are issued."
    ),
)
"""The default schedule of `wait_for_job` (and of `poll_job`): a poll at once, one at 120 s (the band's start), then
one every 19.2 s until 600 s (the band's end), then one every 20 s (the maximum of `JOB_POLICY`); each delay is
jittered down by up to 10% of its step, never lengthened. With `wake`, a safety poll at 600 s (a job that should be
done, whose webhook may be lost), then one every 60 s. Band 120 s to 600 s: Reasoned (no duration is stated): the
get_results examples' timestamps: `failed` 2 min after `created_at`, `processing` at 5 min, `done` at 10 min.
Interval 19.2 s: Twice 9.6 s, the median lag today's policy (5 s x1.5 to 20 s) measured on this band
(bench/RESULTS.md, polling): issue 13's band-known schedule, about 15 requests a job instead of 22 at the same lag,
which matters here: signed result URLs expire 15 minutes after they are issued. Policy: see `JOB_POLICY`."""

JOB_TIMEOUT = 3600.0
"""One hour; the docs give no upper bound, and video jobs scale with the video's length."""

_JOB: TaskEndpoint[Job] = TaskEndpoint(
    helper="wait_for_job",
    fetch=lambda client, task_id: get_results.sync_detailed(client=client, job_id=task_id),
    fetch_async=lambda client, task_id: get_results.asyncio_detailed(client=client, job_id=task_id),
    task_of=task_at(".", Job),
    status_of=field_status("status"),
    success=frozenset({"done"}),
    failure=frozenset({"failed"}),
    cancelled=frozenset(),
    describe_failure=failure_text(("error", "message"), "no error or message from ViddyScribe"),
    policy=JOB_POLICY,
    schedule=JOB_SCHEDULE,
)

_GENERATE_AD_TEXT: CreateEndpoint[GenerateAdTextRequest] = CreateEndpoint(
    helper="generate_ad_text_and_wait",
    send=lambda client, body: generate_ad_text.sync_detailed(client=client, body=body),
    send_async=lambda client, body: generate_ad_text.asyncio_detailed(client=client, body=body),
    body_model=GenerateAdTextRequest,
    id_path="job_id",
)

_GENERATE_AD_VIDEO: CreateEndpoint[GenerateAdVideoRequest] = CreateEndpoint(
    helper="generate_ad_video_and_wait",
    send=lambda client, body: generate_ad_video.sync_detailed(client=client, body=body),
    send_async=lambda client, body: generate_ad_video.asyncio_detailed(client=client, body=body),
    body_model=GenerateAdVideoRequest,
    id_path="job_id",
)

_GENERATE_AD_AUDIO: CreateEndpoint[GenerateAdAudioRequest] = CreateEndpoint(
    helper="generate_ad_audio_and_wait",
    send=lambda client, body: generate_ad_audio.sync_detailed(client=client, body=body),
    send_async=lambda client, body: generate_ad_audio.asyncio_detailed(client=client, body=body),
    body_model=GenerateAdAudioRequest,
    id_path="job_id",
)

UPLOAD_POLICY = PollPolicy(initial=2.0, multiplier=1.5, maximum=10.0, jitter=0.1)
"""New, with no provider guidance: the guide says only "poll get_upload_status until the upload is ready". Verification
runs after the bytes are already in storage (notify_upload_complete), so it is a check of a file of more than 32 MB,
not a transfer; 2 s growing to 10 s notices a quick check within seconds and costs about six requests a minute on a
slow one."""

UPLOAD_SCHEDULE = JobSchedule(
    policy=UPLOAD_POLICY,
    name="wait_for_upload",
    source="no band: No stored page says how long upload verification takes.",
)
"""The default schedule of `wait_for_upload` (and of `poll_upload`): the policy `UPLOAD_POLICY` alone (2 s x1.5 to 10
s, each delay jittered down by up to 10%), because no duration is documented: No stored page says how long upload
verification takes. With `wake`, one safety poll every 60 s (WAKE_INTERVAL)."""

UPLOAD_TIMEOUT = 900.0
"""Fifteen minutes, undocumented: long enough for a large file's check, short enough that a verification that never
finishes is reported while the upload is still fresh."""

_UPLOAD: TaskEndpoint[UploadStatusResponse] = TaskEndpoint(
    helper="wait_for_upload",
    fetch=lambda client, task_id: get_upload_status.sync_detailed(client=client, media_id=task_id),
    fetch_async=lambda client, task_id: get_upload_status.asyncio_detailed(client=client, media_id=task_id),
    task_of=task_at(".", UploadStatusResponse),
    status_of=field_status("upload_status"),
    success=frozenset({"completed"}),
    failure=frozenset({"failed"}),
    cancelled=frozenset(),
    describe_failure=failure_text((), "ViddyScribe documents no failure detail for uploads"),
    policy=UPLOAD_POLICY,
    schedule=UPLOAD_SCHEDULE,
)

DEFAULT_POLICIES: Mapping[str, PollPolicy] = MappingProxyType(
    {
        "wait_for_job": JOB_POLICY,
        "wait_for_upload": UPLOAD_POLICY,
    }
)
"""The PollPolicy of each wait helper, by helper name: the whole schedule of a kind with no documented duration,
the cap and jitter of every other (see DEFAULT_SCHEDULES)."""

DEFAULT_SCHEDULES: Mapping[str, JobSchedule] = MappingProxyType(
    {
        "wait_for_job": JOB_SCHEDULE,
        "wait_for_upload": UPLOAD_SCHEDULE,
    }
)
"""The default JobSchedule of each wait helper (and of its `poll_*` and create-and-wait helpers), by helper name."""


def wait_for_job(
    client: AuthenticatedClient,
    job_id: str,
    *,
    timeout: float | None = JOB_TIMEOUT,
    policy: JobSchedule | PollPolicy | None = None,
    on_progress: Callable[[Job], object] | None = None,
    wake: threading.Event | None = None,
    elapsed: float | None = None,
) -> Job:
    """Wait for the audio-description job to finish: poll GET /enterprise/api/get_results until `done`.

    Args:
        client: the client from `create_client()`.
        job_id: the id of the audio-description job.
        timeout: seconds to wait in all (default 3600, 60 minutes: see
            `JOB_TIMEOUT`); `None` waits without limit. A request in flight counts against it: each
            poll's request gets at most the time left, so the wait ends at most DEADLINE_GRACE (1 s) after it.
        policy: when to poll: a JobSchedule or a PollPolicy (default `DEFAULT_SCHEDULES["wait_for_job"]`: at once,
            at 120 s, then every 19.2 s to 600 s, then every 20 s); the server's `Retry-After` wins over it, and no
            sleep passes the deadline.
        on_progress: called with the Job after every poll that returned one (a plain function: a
            coroutine function needs the `_async` helper). Whatever it raises ends the wait, unchanged.
        wake: a threading.Event (one per wait) that a webhook handler sets when the job may have changed: the wait
            clears it and polls at once. The poll, not the webhook, decides, so a forged or replayed callback
            changes nothing but a request (and one more after the schedule's own delay, for a webhook that ran ahead
            of the status); a wake waits out a server's Retry-After. With it, polling falls back to a safety
            schedule for a lost webhook: one poll at 600 s (the band's end), then one every `wake_interval` (60 s).
            None (default): the schedule alone.
        elapsed: seconds the job had already run when the wait begins (default 0: the wait starts as the job is
            submitted). Pass it when resuming a wait on an older job, so the schedule does not hold its polls back
            for the documented band's start.

    Returns:
        The Job at its success state.

    Raises:
        TaskFailedError: the job ended `failed`; the message carries the provider's own error fields.
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
        _JOB,
        client,
        job_id,
        timeout=timeout,
        policy=policy,
        on_progress=on_progress,
        wake=wake,
        elapsed=elapsed,
    )


async def wait_for_job_async(
    client: AuthenticatedClient,
    job_id: str,
    *,
    timeout: float | None = JOB_TIMEOUT,
    policy: JobSchedule | PollPolicy | None = None,
    on_progress: Callable[[Job], object] | None = None,
    wake: asyncio.Event | None = None,
    elapsed: float | None = None,
) -> Job:
    """Wait for the audio-description job to finish: poll GET /enterprise/api/get_results until `done`.

    The asyncio form of `wait_for_job`: it polls without blocking the event loop.

    Args:
        client: the client from `create_client()`.
        job_id: the id of the audio-description job.
        timeout: seconds to wait in all (default 3600, 60 minutes: see
            `JOB_TIMEOUT`); `None` waits without limit. A request in flight counts against it: each
            poll's request gets at most the time left, so the wait ends at most DEADLINE_GRACE (1 s) after it.
        policy: when to poll: a JobSchedule or a PollPolicy (default `DEFAULT_SCHEDULES["wait_for_job"]`: at once,
            at 120 s, then every 19.2 s to 600 s, then every 20 s); the server's `Retry-After` wins over it, and no
            sleep passes the deadline.
        on_progress: called with the Job after every poll that returned one; a coroutine function
            is awaited. Whatever it raises ends the wait, unchanged.
        wake: an asyncio.Event (one per wait) that a webhook handler sets when the job may have changed: the wait
            clears it and polls at once. The poll, not the webhook, decides, so a forged or replayed callback
            changes nothing but a request (and one more after the schedule's own delay, for a webhook that ran ahead
            of the status); a wake waits out a server's Retry-After. With it, polling falls back to a safety
            schedule for a lost webhook: one poll at 600 s (the band's end), then one every `wake_interval` (60 s).
            None (default): the schedule alone.
        elapsed: seconds the job had already run when the wait begins (default 0: the wait starts as the job is
            submitted). Pass it when resuming a wait on an older job, so the schedule does not hold its polls back
            for the documented band's start.

    Returns:
        The Job at its success state.

    Raises:
        TaskFailedError: the job ended `failed`; the message carries the provider's own error fields.
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
        _JOB,
        client,
        job_id,
        timeout=timeout,
        policy=policy,
        on_progress=on_progress,
        wake=wake,
        elapsed=elapsed,
    )


def poll_job(
    client: AuthenticatedClient,
    job_id: str,
    *,
    attempt: int = 1,
    policy: JobSchedule | PollPolicy | None = None,
    elapsed: float | None = None,
) -> PollResult[Job]:
    """Poll the audio-description job once (GET /enterprise/api/get_results): is it done, and when to poll next?

    Exactly one request, and nothing slept or recorded: the step a scheduler outside this process (a task queue's
    countdown) runs, then runs again after `delay`, on the same schedule as `wait_for_job`.

    Args:
        client: the client from `create_client()`.
        job_id: the id of the audio-description job.
        attempt: this poll's number for the job, counted from 1 (the poll at submission); the schedule's delay
            depends on it.
        policy: a JobSchedule or a PollPolicy (default `DEFAULT_SCHEDULES["wait_for_job"]`, the wait's).
        elapsed: seconds since the job was submitted (default: when poll `attempt` falls on the schedule,
            `policy.poll_time(attempt)`).

    Returns:
        A PollResult: `done` (True at `done`), `task` (the Job, or None when the poll failed in a
        way that may heal), `status`, `delay` (seconds to wait before the next poll: the schedule's, or the
        server's Retry-After; 0 when done) and `error` (that transient failure: a 429, a 5xx, a connection error,
        a malformed body; poll again after `delay`, within a deadline of your own).

    Raises:
        TaskFailedError: the job ended `failed`; the message carries the provider's own error fields.
        ApiError: a permanent error (a wrong key, no such job, no credit), raised at once.
        InvalidArgumentError: an argument is wrong (an empty id, an `attempt` that is not an int >= 1, a negative
            `elapsed`, a `client` that is not one, a `policy` that is not a JobSchedule or a PollPolicy), refused
            before the request.

    Every error raised carries the job's id as `task_id`.
    """
    return poll(_JOB, client, job_id, attempt=attempt, policy=policy, elapsed=elapsed)


async def poll_job_async(
    client: AuthenticatedClient,
    job_id: str,
    *,
    attempt: int = 1,
    policy: JobSchedule | PollPolicy | None = None,
    elapsed: float | None = None,
) -> PollResult[Job]:
    """Poll the audio-description job once (GET /enterprise/api/get_results): is it done, and when to poll next?

    The asyncio form of `poll_job`.

    Exactly one request, and nothing slept or recorded: the step a scheduler outside this process (a task queue's
    countdown) runs, then runs again after `delay`, on the same schedule as `wait_for_job`.

    Args:
        client: the client from `create_client()`.
        job_id: the id of the audio-description job.
        attempt: this poll's number for the job, counted from 1 (the poll at submission); the schedule's delay
            depends on it.
        policy: a JobSchedule or a PollPolicy (default `DEFAULT_SCHEDULES["wait_for_job"]`, the wait's).
        elapsed: seconds since the job was submitted (default: when poll `attempt` falls on the schedule,
            `policy.poll_time(attempt)`).

    Returns:
        A PollResult: `done` (True at `done`), `task` (the Job, or None when the poll failed in a
        way that may heal), `status`, `delay` (seconds to wait before the next poll: the schedule's, or the
        server's Retry-After; 0 when done) and `error` (that transient failure: a 429, a 5xx, a connection error,
        a malformed body; poll again after `delay`, within a deadline of your own).

    Raises:
        TaskFailedError: the job ended `failed`; the message carries the provider's own error fields.
        ApiError: a permanent error (a wrong key, no such job, no credit), raised at once.
        InvalidArgumentError: an argument is wrong (an empty id, an `attempt` that is not an int >= 1, a negative
            `elapsed`, a `client` that is not one, a `policy` that is not a JobSchedule or a PollPolicy), refused
            before the request.

    Every error raised carries the job's id as `task_id`.
    """
    return await poll_async(_JOB, client, job_id, attempt=attempt, policy=policy, elapsed=elapsed)


def generate_ad_text_and_wait(
    client: AuthenticatedClient,
    body: GenerateAdTextRequest | Mapping[str, Any],
    *,
    timeout: float | None = JOB_TIMEOUT,
    policy: JobSchedule | PollPolicy | None = None,
    on_progress: Callable[[Job], object] | None = None,
    wake: threading.Event | None = None,
) -> Job:
    """Start a audio-description job (POST /enterprise/api/generate_ad_text) and wait for it to finish, as `wait_for_job` does.

    Args:
        client: the client from `create_client()`.
        body: a GenerateAdTextRequest or a mapping of its fields; a mapping that does not fit it (a required field
            missing, a key it does not have) raises InvalidArgumentError before anything is sent.
        timeout: seconds to wait for the job once it is created (default 3600: see
            `JOB_TIMEOUT`); `None` waits without limit.
        policy: when to poll: a JobSchedule or a PollPolicy (default `DEFAULT_SCHEDULES["wait_for_job"]`: at once,
            at 120 s, then every 19.2 s to 600 s, then every 20 s).
        on_progress: called with the Job after every poll that returned one (a plain function: a
            coroutine function needs the `_async` helper). Whatever it raises ends the wait, unchanged.
        wake: a threading.Event (one per wait) that a webhook handler sets when the job may have changed: the wait
            clears it and polls at once. The poll, not the webhook, decides, so a forged or replayed callback
            changes nothing but a request (and one more after the schedule's own delay, for a webhook that ran ahead
            of the status); a wake waits out a server's Retry-After. With it, polling falls back to a safety
            schedule for a lost webhook: one poll at 600 s (the band's end), then one every `wake_interval` (60 s).
            None (default): the schedule alone.

    Returns:
        The Job at its success state.

    Raises:
        InvalidArgumentError: the body does not fit, or another argument is wrong (`client`, `timeout`,
            `policy`, `on_progress`, `wake`); nothing was sent.
        ApiError: the create was refused (its request is sent once: it is retried only when the server provably
            did not act on it, a refused connection or a 429/503); the message names the method, the URL, the
            status and the provider's code and message.
        ApiConnectionError: the create's request may have reached the server but no answer came: the job may
            exist; check before sending it again.
        TaskFailedError, WaitTimeoutError, ApiError, ApiConnectionError: as `wait_for_job` raises them; each
            carries the new job's id as `task_id`, and a note names the wait helper that resumes it.
    """
    return create_and_wait(
        _GENERATE_AD_TEXT,
        _JOB,
        client,
        body,
        timeout=timeout,
        policy=policy,
        on_progress=on_progress,
        wake=wake,
    )


async def generate_ad_text_and_wait_async(
    client: AuthenticatedClient,
    body: GenerateAdTextRequest | Mapping[str, Any],
    *,
    timeout: float | None = JOB_TIMEOUT,
    policy: JobSchedule | PollPolicy | None = None,
    on_progress: Callable[[Job], object] | None = None,
    wake: asyncio.Event | None = None,
) -> Job:
    """Start a audio-description job (POST /enterprise/api/generate_ad_text) and wait for it to finish, as `wait_for_job_async` does.

    The asyncio form of `generate_ad_text_and_wait`: it does not block the event loop.

    Args:
        client: the client from `create_client()`.
        body: a GenerateAdTextRequest or a mapping of its fields; a mapping that does not fit it (a required field
            missing, a key it does not have) raises InvalidArgumentError before anything is sent.
        timeout: seconds to wait for the job once it is created (default 3600: see
            `JOB_TIMEOUT`); `None` waits without limit.
        policy: when to poll: a JobSchedule or a PollPolicy (default `DEFAULT_SCHEDULES["wait_for_job"]`: at once,
            at 120 s, then every 19.2 s to 600 s, then every 20 s).
        on_progress: called with the Job after every poll that returned one; a coroutine function
            is awaited. Whatever it raises ends the wait, unchanged.
        wake: an asyncio.Event (one per wait) that a webhook handler sets when the job may have changed: the wait
            clears it and polls at once. The poll, not the webhook, decides, so a forged or replayed callback
            changes nothing but a request (and one more after the schedule's own delay, for a webhook that ran ahead
            of the status); a wake waits out a server's Retry-After. With it, polling falls back to a safety
            schedule for a lost webhook: one poll at 600 s (the band's end), then one every `wake_interval` (60 s).
            None (default): the schedule alone.

    Returns:
        The Job at its success state.

    Raises:
        InvalidArgumentError: the body does not fit, or another argument is wrong (`client`, `timeout`,
            `policy`, `on_progress`, `wake`); nothing was sent.
        ApiError: the create was refused (its request is sent once: it is retried only when the server provably
            did not act on it, a refused connection or a 429/503); the message names the method, the URL, the
            status and the provider's code and message.
        ApiConnectionError: the create's request may have reached the server but no answer came: the job may
            exist; check before sending it again.
        TaskFailedError, WaitTimeoutError, ApiError, ApiConnectionError: as `wait_for_job` raises them; each
            carries the new job's id as `task_id`, and a note names the wait helper that resumes it.
    """
    return await create_and_wait_async(
        _GENERATE_AD_TEXT,
        _JOB,
        client,
        body,
        timeout=timeout,
        policy=policy,
        on_progress=on_progress,
        wake=wake,
    )


def generate_ad_video_and_wait(
    client: AuthenticatedClient,
    body: GenerateAdVideoRequest | Mapping[str, Any],
    *,
    timeout: float | None = JOB_TIMEOUT,
    policy: JobSchedule | PollPolicy | None = None,
    on_progress: Callable[[Job], object] | None = None,
    wake: threading.Event | None = None,
) -> Job:
    """Start a audio-description job (POST /enterprise/api/generate_ad_video) and wait for it to finish, as `wait_for_job` does.

    Args:
        client: the client from `create_client()`.
        body: a GenerateAdVideoRequest or a mapping of its fields; a mapping that does not fit it (a required field
            missing, a key it does not have) raises InvalidArgumentError before anything is sent.
        timeout: seconds to wait for the job once it is created (default 3600: see
            `JOB_TIMEOUT`); `None` waits without limit.
        policy: when to poll: a JobSchedule or a PollPolicy (default `DEFAULT_SCHEDULES["wait_for_job"]`: at once,
            at 120 s, then every 19.2 s to 600 s, then every 20 s).
        on_progress: called with the Job after every poll that returned one (a plain function: a
            coroutine function needs the `_async` helper). Whatever it raises ends the wait, unchanged.
        wake: a threading.Event (one per wait) that a webhook handler sets when the job may have changed: the wait
            clears it and polls at once. The poll, not the webhook, decides, so a forged or replayed callback
            changes nothing but a request (and one more after the schedule's own delay, for a webhook that ran ahead
            of the status); a wake waits out a server's Retry-After. With it, polling falls back to a safety
            schedule for a lost webhook: one poll at 600 s (the band's end), then one every `wake_interval` (60 s).
            None (default): the schedule alone.

    Returns:
        The Job at its success state.

    Raises:
        InvalidArgumentError: the body does not fit, or another argument is wrong (`client`, `timeout`,
            `policy`, `on_progress`, `wake`); nothing was sent.
        ApiError: the create was refused (its request is sent once: it is retried only when the server provably
            did not act on it, a refused connection or a 429/503); the message names the method, the URL, the
            status and the provider's code and message.
        ApiConnectionError: the create's request may have reached the server but no answer came: the job may
            exist; check before sending it again.
        TaskFailedError, WaitTimeoutError, ApiError, ApiConnectionError: as `wait_for_job` raises them; each
            carries the new job's id as `task_id`, and a note names the wait helper that resumes it.
    """
    return create_and_wait(
        _GENERATE_AD_VIDEO,
        _JOB,
        client,
        body,
        timeout=timeout,
        policy=policy,
        on_progress=on_progress,
        wake=wake,
    )


async def generate_ad_video_and_wait_async(
    client: AuthenticatedClient,
    body: GenerateAdVideoRequest | Mapping[str, Any],
    *,
    timeout: float | None = JOB_TIMEOUT,
    policy: JobSchedule | PollPolicy | None = None,
    on_progress: Callable[[Job], object] | None = None,
    wake: asyncio.Event | None = None,
) -> Job:
    """Start a audio-description job (POST /enterprise/api/generate_ad_video) and wait for it to finish, as `wait_for_job_async` does.

    The asyncio form of `generate_ad_video_and_wait`: it does not block the event loop.

    Args:
        client: the client from `create_client()`.
        body: a GenerateAdVideoRequest or a mapping of its fields; a mapping that does not fit it (a required field
            missing, a key it does not have) raises InvalidArgumentError before anything is sent.
        timeout: seconds to wait for the job once it is created (default 3600: see
            `JOB_TIMEOUT`); `None` waits without limit.
        policy: when to poll: a JobSchedule or a PollPolicy (default `DEFAULT_SCHEDULES["wait_for_job"]`: at once,
            at 120 s, then every 19.2 s to 600 s, then every 20 s).
        on_progress: called with the Job after every poll that returned one; a coroutine function
            is awaited. Whatever it raises ends the wait, unchanged.
        wake: an asyncio.Event (one per wait) that a webhook handler sets when the job may have changed: the wait
            clears it and polls at once. The poll, not the webhook, decides, so a forged or replayed callback
            changes nothing but a request (and one more after the schedule's own delay, for a webhook that ran ahead
            of the status); a wake waits out a server's Retry-After. With it, polling falls back to a safety
            schedule for a lost webhook: one poll at 600 s (the band's end), then one every `wake_interval` (60 s).
            None (default): the schedule alone.

    Returns:
        The Job at its success state.

    Raises:
        InvalidArgumentError: the body does not fit, or another argument is wrong (`client`, `timeout`,
            `policy`, `on_progress`, `wake`); nothing was sent.
        ApiError: the create was refused (its request is sent once: it is retried only when the server provably
            did not act on it, a refused connection or a 429/503); the message names the method, the URL, the
            status and the provider's code and message.
        ApiConnectionError: the create's request may have reached the server but no answer came: the job may
            exist; check before sending it again.
        TaskFailedError, WaitTimeoutError, ApiError, ApiConnectionError: as `wait_for_job` raises them; each
            carries the new job's id as `task_id`, and a note names the wait helper that resumes it.
    """
    return await create_and_wait_async(
        _GENERATE_AD_VIDEO,
        _JOB,
        client,
        body,
        timeout=timeout,
        policy=policy,
        on_progress=on_progress,
        wake=wake,
    )


def generate_ad_audio_and_wait(
    client: AuthenticatedClient,
    body: GenerateAdAudioRequest | Mapping[str, Any],
    *,
    timeout: float | None = JOB_TIMEOUT,
    policy: JobSchedule | PollPolicy | None = None,
    on_progress: Callable[[Job], object] | None = None,
    wake: threading.Event | None = None,
) -> Job:
    """Start a audio-description job (POST /enterprise/api/generate_ad_audio) and wait for it to finish, as `wait_for_job` does.

    Args:
        client: the client from `create_client()`.
        body: a GenerateAdAudioRequest or a mapping of its fields; a mapping that does not fit it (a required field
            missing, a key it does not have) raises InvalidArgumentError before anything is sent.
        timeout: seconds to wait for the job once it is created (default 3600: see
            `JOB_TIMEOUT`); `None` waits without limit.
        policy: when to poll: a JobSchedule or a PollPolicy (default `DEFAULT_SCHEDULES["wait_for_job"]`: at once,
            at 120 s, then every 19.2 s to 600 s, then every 20 s).
        on_progress: called with the Job after every poll that returned one (a plain function: a
            coroutine function needs the `_async` helper). Whatever it raises ends the wait, unchanged.
        wake: a threading.Event (one per wait) that a webhook handler sets when the job may have changed: the wait
            clears it and polls at once. The poll, not the webhook, decides, so a forged or replayed callback
            changes nothing but a request (and one more after the schedule's own delay, for a webhook that ran ahead
            of the status); a wake waits out a server's Retry-After. With it, polling falls back to a safety
            schedule for a lost webhook: one poll at 600 s (the band's end), then one every `wake_interval` (60 s).
            None (default): the schedule alone.

    Returns:
        The Job at its success state.

    Raises:
        InvalidArgumentError: the body does not fit, or another argument is wrong (`client`, `timeout`,
            `policy`, `on_progress`, `wake`); nothing was sent.
        ApiError: the create was refused (its request is sent once: it is retried only when the server provably
            did not act on it, a refused connection or a 429/503); the message names the method, the URL, the
            status and the provider's code and message.
        ApiConnectionError: the create's request may have reached the server but no answer came: the job may
            exist; check before sending it again.
        TaskFailedError, WaitTimeoutError, ApiError, ApiConnectionError: as `wait_for_job` raises them; each
            carries the new job's id as `task_id`, and a note names the wait helper that resumes it.
    """
    return create_and_wait(
        _GENERATE_AD_AUDIO,
        _JOB,
        client,
        body,
        timeout=timeout,
        policy=policy,
        on_progress=on_progress,
        wake=wake,
    )


async def generate_ad_audio_and_wait_async(
    client: AuthenticatedClient,
    body: GenerateAdAudioRequest | Mapping[str, Any],
    *,
    timeout: float | None = JOB_TIMEOUT,
    policy: JobSchedule | PollPolicy | None = None,
    on_progress: Callable[[Job], object] | None = None,
    wake: asyncio.Event | None = None,
) -> Job:
    """Start a audio-description job (POST /enterprise/api/generate_ad_audio) and wait for it to finish, as `wait_for_job_async` does.

    The asyncio form of `generate_ad_audio_and_wait`: it does not block the event loop.

    Args:
        client: the client from `create_client()`.
        body: a GenerateAdAudioRequest or a mapping of its fields; a mapping that does not fit it (a required field
            missing, a key it does not have) raises InvalidArgumentError before anything is sent.
        timeout: seconds to wait for the job once it is created (default 3600: see
            `JOB_TIMEOUT`); `None` waits without limit.
        policy: when to poll: a JobSchedule or a PollPolicy (default `DEFAULT_SCHEDULES["wait_for_job"]`: at once,
            at 120 s, then every 19.2 s to 600 s, then every 20 s).
        on_progress: called with the Job after every poll that returned one; a coroutine function
            is awaited. Whatever it raises ends the wait, unchanged.
        wake: an asyncio.Event (one per wait) that a webhook handler sets when the job may have changed: the wait
            clears it and polls at once. The poll, not the webhook, decides, so a forged or replayed callback
            changes nothing but a request (and one more after the schedule's own delay, for a webhook that ran ahead
            of the status); a wake waits out a server's Retry-After. With it, polling falls back to a safety
            schedule for a lost webhook: one poll at 600 s (the band's end), then one every `wake_interval` (60 s).
            None (default): the schedule alone.

    Returns:
        The Job at its success state.

    Raises:
        InvalidArgumentError: the body does not fit, or another argument is wrong (`client`, `timeout`,
            `policy`, `on_progress`, `wake`); nothing was sent.
        ApiError: the create was refused (its request is sent once: it is retried only when the server provably
            did not act on it, a refused connection or a 429/503); the message names the method, the URL, the
            status and the provider's code and message.
        ApiConnectionError: the create's request may have reached the server but no answer came: the job may
            exist; check before sending it again.
        TaskFailedError, WaitTimeoutError, ApiError, ApiConnectionError: as `wait_for_job` raises them; each
            carries the new job's id as `task_id`, and a note names the wait helper that resumes it.
    """
    return await create_and_wait_async(
        _GENERATE_AD_AUDIO,
        _JOB,
        client,
        body,
        timeout=timeout,
        policy=policy,
        on_progress=on_progress,
        wake=wake,
    )


def wait_for_upload(
    client: AuthenticatedClient,
    media_id: str,
    *,
    timeout: float | None = UPLOAD_TIMEOUT,
    policy: JobSchedule | PollPolicy | None = None,
    on_progress: Callable[[UploadStatusResponse], object] | None = None,
    wake: threading.Event | None = None,
    elapsed: float | None = None,
) -> UploadStatusResponse:
    """Wait for the signed upload to finish: poll GET /enterprise/api/get_upload_status until `completed`.

    Args:
        client: the client from `create_client()`.
        media_id: the id of the signed upload.
        timeout: seconds to wait in all (default 900, 15 minutes: see
            `UPLOAD_TIMEOUT`); `None` waits without limit. A request in flight counts against it: each
            poll's request gets at most the time left, so the wait ends at most DEADLINE_GRACE (1 s) after it.
        policy: when to poll: a JobSchedule or a PollPolicy (default `DEFAULT_SCHEDULES["wait_for_upload"]`: its
            PollPolicy alone, 2 s x1.5 to 10 s, as no page states how long the job takes); the server's
            `Retry-After` wins over it, and no sleep passes the deadline.
        on_progress: called with the UploadStatusResponse after every poll that returned one (a plain function: a
            coroutine function needs the `_async` helper). Whatever it raises ends the wait, unchanged.
        wake: a threading.Event (one per wait) that a webhook handler sets when the job may have changed: the wait
            clears it and polls at once. The poll, not the webhook, decides, so a forged or replayed callback
            changes nothing but a request (and one more after the schedule's own delay, for a webhook that ran ahead
            of the status); a wake waits out a server's Retry-After. With it, polling falls back to a safety
            schedule for a lost webhook: one poll every `wake_interval` (60 s). None (default): the schedule alone.
        elapsed: seconds the job had already run when the wait begins (default 0: the wait starts as the job is
            submitted). Pass it when resuming a wait on an older job, so the schedule does not hold its polls back
            for the documented band's start.

    Returns:
        The UploadStatusResponse at its success state.

    Raises:
        TaskFailedError: the job ended `failed`; the message carries the provider's own error fields.
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
        _UPLOAD,
        client,
        media_id,
        timeout=timeout,
        policy=policy,
        on_progress=on_progress,
        wake=wake,
        elapsed=elapsed,
    )


async def wait_for_upload_async(
    client: AuthenticatedClient,
    media_id: str,
    *,
    timeout: float | None = UPLOAD_TIMEOUT,
    policy: JobSchedule | PollPolicy | None = None,
    on_progress: Callable[[UploadStatusResponse], object] | None = None,
    wake: asyncio.Event | None = None,
    elapsed: float | None = None,
) -> UploadStatusResponse:
    """Wait for the signed upload to finish: poll GET /enterprise/api/get_upload_status until `completed`.

    The asyncio form of `wait_for_upload`: it polls without blocking the event loop.

    Args:
        client: the client from `create_client()`.
        media_id: the id of the signed upload.
        timeout: seconds to wait in all (default 900, 15 minutes: see
            `UPLOAD_TIMEOUT`); `None` waits without limit. A request in flight counts against it: each
            poll's request gets at most the time left, so the wait ends at most DEADLINE_GRACE (1 s) after it.
        policy: when to poll: a JobSchedule or a PollPolicy (default `DEFAULT_SCHEDULES["wait_for_upload"]`: its
            PollPolicy alone, 2 s x1.5 to 10 s, as no page states how long the job takes); the server's
            `Retry-After` wins over it, and no sleep passes the deadline.
        on_progress: called with the UploadStatusResponse after every poll that returned one; a coroutine function
            is awaited. Whatever it raises ends the wait, unchanged.
        wake: an asyncio.Event (one per wait) that a webhook handler sets when the job may have changed: the wait
            clears it and polls at once. The poll, not the webhook, decides, so a forged or replayed callback
            changes nothing but a request (and one more after the schedule's own delay, for a webhook that ran ahead
            of the status); a wake waits out a server's Retry-After. With it, polling falls back to a safety
            schedule for a lost webhook: one poll every `wake_interval` (60 s). None (default): the schedule alone.
        elapsed: seconds the job had already run when the wait begins (default 0: the wait starts as the job is
            submitted). Pass it when resuming a wait on an older job, so the schedule does not hold its polls back
            for the documented band's start.

    Returns:
        The UploadStatusResponse at its success state.

    Raises:
        TaskFailedError: the job ended `failed`; the message carries the provider's own error fields.
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
        _UPLOAD,
        client,
        media_id,
        timeout=timeout,
        policy=policy,
        on_progress=on_progress,
        wake=wake,
        elapsed=elapsed,
    )


def poll_upload(
    client: AuthenticatedClient,
    media_id: str,
    *,
    attempt: int = 1,
    policy: JobSchedule | PollPolicy | None = None,
    elapsed: float | None = None,
) -> PollResult[UploadStatusResponse]:
    """Poll the signed upload once (GET /enterprise/api/get_upload_status): is it done, and when to poll next?

    Exactly one request, and nothing slept or recorded: the step a scheduler outside this process (a task queue's
    countdown) runs, then runs again after `delay`, on the same schedule as `wait_for_upload`.

    Args:
        client: the client from `create_client()`.
        media_id: the id of the signed upload.
        attempt: this poll's number for the job, counted from 1 (the poll at submission); the schedule's delay
            depends on it.
        policy: a JobSchedule or a PollPolicy (default `DEFAULT_SCHEDULES["wait_for_upload"]`, the wait's).
        elapsed: seconds since the job was submitted (default: when poll `attempt` falls on the schedule,
            `policy.poll_time(attempt)`).

    Returns:
        A PollResult: `done` (True at `completed`), `task` (the UploadStatusResponse, or None when the poll failed in a
        way that may heal), `status`, `delay` (seconds to wait before the next poll: the schedule's, or the
        server's Retry-After; 0 when done) and `error` (that transient failure: a 429, a 5xx, a connection error,
        a malformed body; poll again after `delay`, within a deadline of your own).

    Raises:
        TaskFailedError: the job ended `failed`; the message carries the provider's own error fields.
        ApiError: a permanent error (a wrong key, no such job, no credit), raised at once.
        InvalidArgumentError: an argument is wrong (an empty id, an `attempt` that is not an int >= 1, a negative
            `elapsed`, a `client` that is not one, a `policy` that is not a JobSchedule or a PollPolicy), refused
            before the request.

    Every error raised carries the job's id as `task_id`.
    """
    return poll(_UPLOAD, client, media_id, attempt=attempt, policy=policy, elapsed=elapsed)


async def poll_upload_async(
    client: AuthenticatedClient,
    media_id: str,
    *,
    attempt: int = 1,
    policy: JobSchedule | PollPolicy | None = None,
    elapsed: float | None = None,
) -> PollResult[UploadStatusResponse]:
    """Poll the signed upload once (GET /enterprise/api/get_upload_status): is it done, and when to poll next?

    The asyncio form of `poll_upload`.

    Exactly one request, and nothing slept or recorded: the step a scheduler outside this process (a task queue's
    countdown) runs, then runs again after `delay`, on the same schedule as `wait_for_upload`.

    Args:
        client: the client from `create_client()`.
        media_id: the id of the signed upload.
        attempt: this poll's number for the job, counted from 1 (the poll at submission); the schedule's delay
            depends on it.
        policy: a JobSchedule or a PollPolicy (default `DEFAULT_SCHEDULES["wait_for_upload"]`, the wait's).
        elapsed: seconds since the job was submitted (default: when poll `attempt` falls on the schedule,
            `policy.poll_time(attempt)`).

    Returns:
        A PollResult: `done` (True at `completed`), `task` (the UploadStatusResponse, or None when the poll failed in a
        way that may heal), `status`, `delay` (seconds to wait before the next poll: the schedule's, or the
        server's Retry-After; 0 when done) and `error` (that transient failure: a 429, a 5xx, a connection error,
        a malformed body; poll again after `delay`, within a deadline of your own).

    Raises:
        TaskFailedError: the job ended `failed`; the message carries the provider's own error fields.
        ApiError: a permanent error (a wrong key, no such job, no credit), raised at once.
        InvalidArgumentError: an argument is wrong (an empty id, an `attempt` that is not an int >= 1, a negative
            `elapsed`, a `client` that is not one, a `policy` that is not a JobSchedule or a PollPolicy), refused
            before the request.

    Every error raised carries the job's id as `task_id`.
    """
    return await poll_async(_UPLOAD, client, media_id, attempt=attempt, policy=policy, elapsed=elapsed)


__all__ = [
    "DEFAULT_POLICIES",
    "DEFAULT_SCHEDULES",
    "generate_ad_audio_and_wait",
    "generate_ad_audio_and_wait_async",
    "generate_ad_text_and_wait",
    "generate_ad_text_and_wait_async",
    "generate_ad_video_and_wait",
    "generate_ad_video_and_wait_async",
    "poll_job",
    "poll_job_async",
    "poll_upload",
    "poll_upload_async",
    "wait_for_job",
    "wait_for_job_async",
    "wait_for_upload",
    "wait_for_upload_async",
]
