"""ViddyScribe's wait helpers, one set per kind of job, rendered from overlays/providers/viddyscribe/jobs.yaml: edit the data there.

Every helper polls at once, then sleeps per its PollPolicy (or the server's Retry-After) inside its deadline;
a status the spec does not list is never terminal. Each default policy and timeout says where it comes from.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from ..api.media import get_upload_status
from ..api.processing import generate_ad_audio, generate_ad_text, generate_ad_video
from ..api.results import get_results
from ..client import AuthenticatedClient
from ..models import GenerateAdAudioRequest, GenerateAdTextRequest, GenerateAdVideoRequest, Job, UploadStatusResponse
from ._core.creating import CreateEndpoint, create_and_wait, create_and_wait_async
from ._core.policy import PollPolicy
from ._core.waiting import TaskEndpoint, batch_status, failure_text, field_status, task_at, wait, wait_async

JOB_POLICY = PollPolicy(initial=5.0, multiplier=1.5, maximum=20.0, jitter=0.1)
"""The docs' examples go queued -> processing (5 min) -> done (10 min), or failed after 2 min; the job kind (text,
audio, video) sets how long. 5 s growing to 20 s catches a quick text job early and keeps the lag of a ten-minute
video job near 1-2% of its length. Signed result URLs expire 15 minutes after they are issued, so a prompt notice
matters more here than on most endpoints."""

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
)

DEFAULT_POLICIES: Mapping[str, PollPolicy] = MappingProxyType(
    {
        "wait_for_job": JOB_POLICY,
        "wait_for_upload": UPLOAD_POLICY,
    }
)
"""The default PollPolicy of each wait helper, by helper name."""


def wait_for_job(
    client: AuthenticatedClient,
    job_id: str,
    *,
    timeout: float | None = JOB_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[Job], object] | None = None,
) -> Job:
    """Wait for the audio-description job to finish: poll GET /enterprise/api/get_results until `done`.

    Args:
        client: the client from `create_client()`.
        job_id: the id of the audio-description job.
        timeout: seconds to wait in all (default 3600, 60 minutes: see
            `JOB_TIMEOUT`); `None` waits without limit. A request in flight counts against it: each
            poll's request gets at most the time left, so the wait ends at most DEADLINE_GRACE (1 s) after it.
        policy: the delays between polls (default `DEFAULT_POLICIES["wait_for_job"]`); the server's
            `Retry-After` wins over it, and no sleep passes the deadline.
        on_progress: called with the Job after every poll that returned one (a plain function: a
            coroutine function needs the `_async` helper). Whatever it raises ends the wait, unchanged.

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
        InvalidArgumentError: an argument is wrong (an empty id, a negative timeout, a `client` that is not one,
            a `policy` that is not a PollPolicy), refused before any request.

    Every error raised carries the job's id as `task_id`, except what `on_progress` raises.
    """
    return wait(_JOB, client, job_id, timeout=timeout, policy=policy, on_progress=on_progress)


async def wait_for_job_async(
    client: AuthenticatedClient,
    job_id: str,
    *,
    timeout: float | None = JOB_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[Job], object] | None = None,
) -> Job:
    """Wait for the audio-description job to finish: poll GET /enterprise/api/get_results until `done`.

    The asyncio form of `wait_for_job`: it polls without blocking the event loop.

    Args:
        client: the client from `create_client()`.
        job_id: the id of the audio-description job.
        timeout: seconds to wait in all (default 3600, 60 minutes: see
            `JOB_TIMEOUT`); `None` waits without limit. A request in flight counts against it: each
            poll's request gets at most the time left, so the wait ends at most DEADLINE_GRACE (1 s) after it.
        policy: the delays between polls (default `DEFAULT_POLICIES["wait_for_job"]`); the server's
            `Retry-After` wins over it, and no sleep passes the deadline.
        on_progress: called with the Job after every poll that returned one; a coroutine function
            is awaited. Whatever it raises ends the wait, unchanged.

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
        InvalidArgumentError: an argument is wrong (an empty id, a negative timeout, a `client` that is not one,
            a `policy` that is not a PollPolicy), refused before any request.

    Every error raised carries the job's id as `task_id`, except what `on_progress` raises.
    """
    return await wait_async(_JOB, client, job_id, timeout=timeout, policy=policy, on_progress=on_progress)


def generate_ad_text_and_wait(
    client: AuthenticatedClient,
    body: GenerateAdTextRequest | Mapping[str, Any],
    *,
    timeout: float | None = JOB_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[Job], object] | None = None,
) -> Job:
    """Start a audio-description job (POST /enterprise/api/generate_ad_text) and wait for it to finish, as `wait_for_job` does.

    Args:
        client: the client from `create_client()`.
        body: a GenerateAdTextRequest or a mapping of its fields; a mapping that does not fit it (a required field
            missing, a key it does not have) raises InvalidArgumentError before anything is sent.
        timeout: seconds to wait for the job once it is created (default 3600: see
            `JOB_TIMEOUT`); `None` waits without limit.
        policy: the delays between polls (default `DEFAULT_POLICIES["wait_for_job"]`).
        on_progress: called with the Job after every poll that returned one (a plain function: a
            coroutine function needs the `_async` helper). Whatever it raises ends the wait, unchanged.

    Returns:
        The Job at its success state.

    Raises:
        InvalidArgumentError: the body does not fit, or another argument is wrong (`client`, `timeout`,
            `policy`, `on_progress`); nothing was sent.
        ApiError: the create was refused (its request is sent once: it is retried only when the server provably
            did not act on it, a refused connection or a 429/503); the message names the method, the URL, the
            status and the provider's code and message.
        ApiConnectionError: the create's request may have reached the server but no answer came: the job may
            exist; check before sending it again.
        TaskFailedError, WaitTimeoutError, ApiError, ApiConnectionError: as `wait_for_job` raises them; each
            carries the new job's id as `task_id`, and a note names the wait helper that resumes it.
    """
    return create_and_wait(
        _GENERATE_AD_TEXT, _JOB, client, body, timeout=timeout, policy=policy, on_progress=on_progress
    )


async def generate_ad_text_and_wait_async(
    client: AuthenticatedClient,
    body: GenerateAdTextRequest | Mapping[str, Any],
    *,
    timeout: float | None = JOB_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[Job], object] | None = None,
) -> Job:
    """Start a audio-description job (POST /enterprise/api/generate_ad_text) and wait for it to finish, as `wait_for_job_async` does.

    The asyncio form of `generate_ad_text_and_wait`: it does not block the event loop.

    Args:
        client: the client from `create_client()`.
        body: a GenerateAdTextRequest or a mapping of its fields; a mapping that does not fit it (a required field
            missing, a key it does not have) raises InvalidArgumentError before anything is sent.
        timeout: seconds to wait for the job once it is created (default 3600: see
            `JOB_TIMEOUT`); `None` waits without limit.
        policy: the delays between polls (default `DEFAULT_POLICIES["wait_for_job"]`).
        on_progress: called with the Job after every poll that returned one; a coroutine function
            is awaited. Whatever it raises ends the wait, unchanged.

    Returns:
        The Job at its success state.

    Raises:
        InvalidArgumentError: the body does not fit, or another argument is wrong (`client`, `timeout`,
            `policy`, `on_progress`); nothing was sent.
        ApiError: the create was refused (its request is sent once: it is retried only when the server provably
            did not act on it, a refused connection or a 429/503); the message names the method, the URL, the
            status and the provider's code and message.
        ApiConnectionError: the create's request may have reached the server but no answer came: the job may
            exist; check before sending it again.
        TaskFailedError, WaitTimeoutError, ApiError, ApiConnectionError: as `wait_for_job` raises them; each
            carries the new job's id as `task_id`, and a note names the wait helper that resumes it.
    """
    return await create_and_wait_async(
        _GENERATE_AD_TEXT, _JOB, client, body, timeout=timeout, policy=policy, on_progress=on_progress
    )


def generate_ad_video_and_wait(
    client: AuthenticatedClient,
    body: GenerateAdVideoRequest | Mapping[str, Any],
    *,
    timeout: float | None = JOB_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[Job], object] | None = None,
) -> Job:
    """Start a audio-description job (POST /enterprise/api/generate_ad_video) and wait for it to finish, as `wait_for_job` does.

    Args:
        client: the client from `create_client()`.
        body: a GenerateAdVideoRequest or a mapping of its fields; a mapping that does not fit it (a required field
            missing, a key it does not have) raises InvalidArgumentError before anything is sent.
        timeout: seconds to wait for the job once it is created (default 3600: see
            `JOB_TIMEOUT`); `None` waits without limit.
        policy: the delays between polls (default `DEFAULT_POLICIES["wait_for_job"]`).
        on_progress: called with the Job after every poll that returned one (a plain function: a
            coroutine function needs the `_async` helper). Whatever it raises ends the wait, unchanged.

    Returns:
        The Job at its success state.

    Raises:
        InvalidArgumentError: the body does not fit, or another argument is wrong (`client`, `timeout`,
            `policy`, `on_progress`); nothing was sent.
        ApiError: the create was refused (its request is sent once: it is retried only when the server provably
            did not act on it, a refused connection or a 429/503); the message names the method, the URL, the
            status and the provider's code and message.
        ApiConnectionError: the create's request may have reached the server but no answer came: the job may
            exist; check before sending it again.
        TaskFailedError, WaitTimeoutError, ApiError, ApiConnectionError: as `wait_for_job` raises them; each
            carries the new job's id as `task_id`, and a note names the wait helper that resumes it.
    """
    return create_and_wait(
        _GENERATE_AD_VIDEO, _JOB, client, body, timeout=timeout, policy=policy, on_progress=on_progress
    )


async def generate_ad_video_and_wait_async(
    client: AuthenticatedClient,
    body: GenerateAdVideoRequest | Mapping[str, Any],
    *,
    timeout: float | None = JOB_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[Job], object] | None = None,
) -> Job:
    """Start a audio-description job (POST /enterprise/api/generate_ad_video) and wait for it to finish, as `wait_for_job_async` does.

    The asyncio form of `generate_ad_video_and_wait`: it does not block the event loop.

    Args:
        client: the client from `create_client()`.
        body: a GenerateAdVideoRequest or a mapping of its fields; a mapping that does not fit it (a required field
            missing, a key it does not have) raises InvalidArgumentError before anything is sent.
        timeout: seconds to wait for the job once it is created (default 3600: see
            `JOB_TIMEOUT`); `None` waits without limit.
        policy: the delays between polls (default `DEFAULT_POLICIES["wait_for_job"]`).
        on_progress: called with the Job after every poll that returned one; a coroutine function
            is awaited. Whatever it raises ends the wait, unchanged.

    Returns:
        The Job at its success state.

    Raises:
        InvalidArgumentError: the body does not fit, or another argument is wrong (`client`, `timeout`,
            `policy`, `on_progress`); nothing was sent.
        ApiError: the create was refused (its request is sent once: it is retried only when the server provably
            did not act on it, a refused connection or a 429/503); the message names the method, the URL, the
            status and the provider's code and message.
        ApiConnectionError: the create's request may have reached the server but no answer came: the job may
            exist; check before sending it again.
        TaskFailedError, WaitTimeoutError, ApiError, ApiConnectionError: as `wait_for_job` raises them; each
            carries the new job's id as `task_id`, and a note names the wait helper that resumes it.
    """
    return await create_and_wait_async(
        _GENERATE_AD_VIDEO, _JOB, client, body, timeout=timeout, policy=policy, on_progress=on_progress
    )


def generate_ad_audio_and_wait(
    client: AuthenticatedClient,
    body: GenerateAdAudioRequest | Mapping[str, Any],
    *,
    timeout: float | None = JOB_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[Job], object] | None = None,
) -> Job:
    """Start a audio-description job (POST /enterprise/api/generate_ad_audio) and wait for it to finish, as `wait_for_job` does.

    Args:
        client: the client from `create_client()`.
        body: a GenerateAdAudioRequest or a mapping of its fields; a mapping that does not fit it (a required field
            missing, a key it does not have) raises InvalidArgumentError before anything is sent.
        timeout: seconds to wait for the job once it is created (default 3600: see
            `JOB_TIMEOUT`); `None` waits without limit.
        policy: the delays between polls (default `DEFAULT_POLICIES["wait_for_job"]`).
        on_progress: called with the Job after every poll that returned one (a plain function: a
            coroutine function needs the `_async` helper). Whatever it raises ends the wait, unchanged.

    Returns:
        The Job at its success state.

    Raises:
        InvalidArgumentError: the body does not fit, or another argument is wrong (`client`, `timeout`,
            `policy`, `on_progress`); nothing was sent.
        ApiError: the create was refused (its request is sent once: it is retried only when the server provably
            did not act on it, a refused connection or a 429/503); the message names the method, the URL, the
            status and the provider's code and message.
        ApiConnectionError: the create's request may have reached the server but no answer came: the job may
            exist; check before sending it again.
        TaskFailedError, WaitTimeoutError, ApiError, ApiConnectionError: as `wait_for_job` raises them; each
            carries the new job's id as `task_id`, and a note names the wait helper that resumes it.
    """
    return create_and_wait(
        _GENERATE_AD_AUDIO, _JOB, client, body, timeout=timeout, policy=policy, on_progress=on_progress
    )


async def generate_ad_audio_and_wait_async(
    client: AuthenticatedClient,
    body: GenerateAdAudioRequest | Mapping[str, Any],
    *,
    timeout: float | None = JOB_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[Job], object] | None = None,
) -> Job:
    """Start a audio-description job (POST /enterprise/api/generate_ad_audio) and wait for it to finish, as `wait_for_job_async` does.

    The asyncio form of `generate_ad_audio_and_wait`: it does not block the event loop.

    Args:
        client: the client from `create_client()`.
        body: a GenerateAdAudioRequest or a mapping of its fields; a mapping that does not fit it (a required field
            missing, a key it does not have) raises InvalidArgumentError before anything is sent.
        timeout: seconds to wait for the job once it is created (default 3600: see
            `JOB_TIMEOUT`); `None` waits without limit.
        policy: the delays between polls (default `DEFAULT_POLICIES["wait_for_job"]`).
        on_progress: called with the Job after every poll that returned one; a coroutine function
            is awaited. Whatever it raises ends the wait, unchanged.

    Returns:
        The Job at its success state.

    Raises:
        InvalidArgumentError: the body does not fit, or another argument is wrong (`client`, `timeout`,
            `policy`, `on_progress`); nothing was sent.
        ApiError: the create was refused (its request is sent once: it is retried only when the server provably
            did not act on it, a refused connection or a 429/503); the message names the method, the URL, the
            status and the provider's code and message.
        ApiConnectionError: the create's request may have reached the server but no answer came: the job may
            exist; check before sending it again.
        TaskFailedError, WaitTimeoutError, ApiError, ApiConnectionError: as `wait_for_job` raises them; each
            carries the new job's id as `task_id`, and a note names the wait helper that resumes it.
    """
    return await create_and_wait_async(
        _GENERATE_AD_AUDIO, _JOB, client, body, timeout=timeout, policy=policy, on_progress=on_progress
    )


def wait_for_upload(
    client: AuthenticatedClient,
    media_id: str,
    *,
    timeout: float | None = UPLOAD_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[UploadStatusResponse], object] | None = None,
) -> UploadStatusResponse:
    """Wait for the signed upload to finish: poll GET /enterprise/api/get_upload_status until `completed`.

    Args:
        client: the client from `create_client()`.
        media_id: the id of the signed upload.
        timeout: seconds to wait in all (default 900, 15 minutes: see
            `UPLOAD_TIMEOUT`); `None` waits without limit. A request in flight counts against it: each
            poll's request gets at most the time left, so the wait ends at most DEADLINE_GRACE (1 s) after it.
        policy: the delays between polls (default `DEFAULT_POLICIES["wait_for_upload"]`); the server's
            `Retry-After` wins over it, and no sleep passes the deadline.
        on_progress: called with the UploadStatusResponse after every poll that returned one (a plain function: a
            coroutine function needs the `_async` helper). Whatever it raises ends the wait, unchanged.

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
        InvalidArgumentError: an argument is wrong (an empty id, a negative timeout, a `client` that is not one,
            a `policy` that is not a PollPolicy), refused before any request.

    Every error raised carries the job's id as `task_id`, except what `on_progress` raises.
    """
    return wait(_UPLOAD, client, media_id, timeout=timeout, policy=policy, on_progress=on_progress)


async def wait_for_upload_async(
    client: AuthenticatedClient,
    media_id: str,
    *,
    timeout: float | None = UPLOAD_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[UploadStatusResponse], object] | None = None,
) -> UploadStatusResponse:
    """Wait for the signed upload to finish: poll GET /enterprise/api/get_upload_status until `completed`.

    The asyncio form of `wait_for_upload`: it polls without blocking the event loop.

    Args:
        client: the client from `create_client()`.
        media_id: the id of the signed upload.
        timeout: seconds to wait in all (default 900, 15 minutes: see
            `UPLOAD_TIMEOUT`); `None` waits without limit. A request in flight counts against it: each
            poll's request gets at most the time left, so the wait ends at most DEADLINE_GRACE (1 s) after it.
        policy: the delays between polls (default `DEFAULT_POLICIES["wait_for_upload"]`); the server's
            `Retry-After` wins over it, and no sleep passes the deadline.
        on_progress: called with the UploadStatusResponse after every poll that returned one; a coroutine function
            is awaited. Whatever it raises ends the wait, unchanged.

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
        InvalidArgumentError: an argument is wrong (an empty id, a negative timeout, a `client` that is not one,
            a `policy` that is not a PollPolicy), refused before any request.

    Every error raised carries the job's id as `task_id`, except what `on_progress` raises.
    """
    return await wait_async(_UPLOAD, client, media_id, timeout=timeout, policy=policy, on_progress=on_progress)


__all__ = [
    "DEFAULT_POLICIES",
    "generate_ad_audio_and_wait",
    "generate_ad_audio_and_wait_async",
    "generate_ad_text_and_wait",
    "generate_ad_text_and_wait_async",
    "generate_ad_video_and_wait",
    "generate_ad_video_and_wait_async",
    "wait_for_job",
    "wait_for_job_async",
    "wait_for_upload",
    "wait_for_upload_async",
]
