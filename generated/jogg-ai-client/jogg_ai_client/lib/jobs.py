"""JoggAI's wait helpers, one set per kind of job, rendered from overlays/providers/jogg/jobs.yaml: edit the data there.

Every helper polls at once, then sleeps per its PollPolicy (or the server's Retry-After) inside its deadline;
a status the spec does not list is never terminal. Each default policy and timeout says where it comes from.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from ..api.asset import get_ai_script_result
from ..api.video import get_avatar_video, get_lip_sync_video
from ..client import AuthenticatedClient
from ..models import AIScriptTask, AvatarVideo, LipSyncTask
from ._core.policy import PollPolicy
from ._core.waiting import TaskEndpoint, failure_text, task_at, wait, wait_async

AVATAR_VIDEO_POLICY = PollPolicy(initial=10.0, multiplier=1.25, maximum=20.0, jitter=0.1)
"""Avatar videos "typically take 2-10 minutes" and rarely finish within 10 s (JoggAI's get-result guide); the
provider's tooling polls every 10 s and warns against anything under 5 s. 10 s growing to 20 s keeps the lag around
5% of a 2-10 minute job with fewer requests than a fixed 10 s."""

AVATAR_VIDEO_TIMEOUT = 900.0
"""15 minutes; the guide calls a video still processing after 15 minutes an issue to investigate."""

_AVATAR_VIDEO: TaskEndpoint[AvatarVideo] = TaskEndpoint(
    helper="wait_for_avatar_video",
    fetch=lambda client, task_id: get_avatar_video.sync_detailed(task_id, client=client),
    fetch_async=lambda client, task_id: get_avatar_video.asyncio_detailed(task_id, client=client),
    task_of=task_at("data", AvatarVideo),
    status_of=lambda task: task.status,
    success=frozenset({"completed"}),
    failure=frozenset({"failed"}),
    cancelled=frozenset(),
    describe_failure=failure_text((), "JoggAI reports no error detail for avatar videos"),
    policy=AVATAR_VIDEO_POLICY,
)

LIP_SYNC_VIDEO_POLICY = PollPolicy(initial=5.0, multiplier=1.25, maximum=8.0, jitter=0.1)
"""The lip-sync guide says "poll every 5-10 seconds during active processing" and not faster than every 5 s; its
example task finishes 30 s after creation. The 8 s cap stays inside that range but below the 10 s of JoggAI's own
tooling: at a 10 s cap a fixed 10 s poller matched our lag with fewer requests (bench/RESULTS.md, polling)."""

LIP_SYNC_VIDEO_TIMEOUT = 900.0
"""15 minutes, as for avatar videos; lip sync renders a video of similar length with the same pipeline."""

_LIP_SYNC_VIDEO: TaskEndpoint[LipSyncTask] = TaskEndpoint(
    helper="wait_for_lip_sync_video",
    fetch=lambda client, task_id: get_lip_sync_video.sync_detailed(task_id, client=client),
    fetch_async=lambda client, task_id: get_lip_sync_video.asyncio_detailed(task_id, client=client),
    task_of=task_at("data", LipSyncTask),
    status_of=lambda task: task.status,
    success=frozenset({"success"}),
    failure=frozenset({"failed"}),
    cancelled=frozenset(),
    describe_failure=failure_text(("error.message",), "no error message from JoggAI"),
    policy=LIP_SYNC_VIDEO_POLICY,
)

AI_SCRIPTS_POLICY = PollPolicy(initial=2.0, multiplier=1.25, maximum=3.0, jitter=0.1)
"""AI scripts "typically complete in 10-30 seconds" and status GETs are not rate limited, so short delays keep the lag
under 10% of so short a job: a 3 s cap gives about 1.5 s (at 4 s the median was 9-11% of the job, bench/RESULTS.md,
polling); the growth to 3 s bounds the requests a slow script costs."""

AI_SCRIPTS_TIMEOUT = 300.0
"""5 minutes, ten times the 30 s upper end of the typical range."""

_AI_SCRIPTS: TaskEndpoint[AIScriptTask] = TaskEndpoint(
    helper="wait_for_ai_scripts",
    fetch=lambda client, task_id: get_ai_script_result.sync_detailed(task_id, client=client),
    fetch_async=lambda client, task_id: get_ai_script_result.asyncio_detailed(task_id, client=client),
    task_of=task_at("data", AIScriptTask),
    status_of=lambda task: task.status,
    success=frozenset({"completed"}),
    failure=frozenset({"failed"}),
    cancelled=frozenset(),
    describe_failure=failure_text(("err_msg",), "no err_msg from JoggAI"),
    policy=AI_SCRIPTS_POLICY,
)

DEFAULT_POLICIES: Mapping[str, PollPolicy] = MappingProxyType(
    {
        "wait_for_avatar_video": AVATAR_VIDEO_POLICY,
        "wait_for_lip_sync_video": LIP_SYNC_VIDEO_POLICY,
        "wait_for_ai_scripts": AI_SCRIPTS_POLICY,
    }
)
"""The default PollPolicy of each wait helper, by helper name."""


def wait_for_avatar_video(
    client: AuthenticatedClient,
    video_id: str,
    *,
    timeout: float | None = AVATAR_VIDEO_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[AvatarVideo], object] | None = None,
) -> AvatarVideo:
    """Wait for the avatar video to finish: poll GET /v2/avatar_video/{video_id} until `completed`.

    Args:
        client: the client from `create_client()`.
        video_id: the id of the avatar video.
        timeout: seconds to wait in all (default 900, 15 minutes: see
            `AVATAR_VIDEO_TIMEOUT`); `None` waits without limit. A request in flight counts against it.
        policy: the delays between polls (default `DEFAULT_POLICIES["wait_for_avatar_video"]`); the server's
            `Retry-After` wins over it, and no sleep passes the deadline.
        on_progress: called with the AvatarVideo after every poll that returned one.

    Returns:
        The AvatarVideo at its success state.

    Raises:
        TaskFailedError: the job ended `failed`; the message carries the provider's own error fields.
        WaitTimeoutError: the deadline passed first; the job may still be running on the server.
        ApiError: a permanent error (a wrong key, no such job, no credit), raised at once; transient
            failures (connection errors, 429, 5xx, a malformed body) are retried inside the deadline.
        InvalidArgumentError: an empty id or a negative timeout, refused before any request.
    """
    return wait(_AVATAR_VIDEO, client, video_id, timeout=timeout, policy=policy, on_progress=on_progress)


async def wait_for_avatar_video_async(
    client: AuthenticatedClient,
    video_id: str,
    *,
    timeout: float | None = AVATAR_VIDEO_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[AvatarVideo], object] | None = None,
) -> AvatarVideo:
    """`wait_for_avatar_video` without blocking the event loop; the same arguments, result and errors."""
    return await wait_async(_AVATAR_VIDEO, client, video_id, timeout=timeout, policy=policy, on_progress=on_progress)


def wait_for_lip_sync_video(
    client: AuthenticatedClient,
    task_id: str,
    *,
    timeout: float | None = LIP_SYNC_VIDEO_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[LipSyncTask], object] | None = None,
) -> LipSyncTask:
    """Wait for the lip-sync video to finish: poll GET /v2/lip_sync_video/{task_id} until `success`.

    Args:
        client: the client from `create_client()`.
        task_id: the id of the lip-sync video.
        timeout: seconds to wait in all (default 900, 15 minutes: see
            `LIP_SYNC_VIDEO_TIMEOUT`); `None` waits without limit. A request in flight counts against it.
        policy: the delays between polls (default `DEFAULT_POLICIES["wait_for_lip_sync_video"]`); the server's
            `Retry-After` wins over it, and no sleep passes the deadline.
        on_progress: called with the LipSyncTask after every poll that returned one.

    Returns:
        The LipSyncTask at its success state.

    Raises:
        TaskFailedError: the job ended `failed`; the message carries the provider's own error fields.
        WaitTimeoutError: the deadline passed first; the job may still be running on the server.
        ApiError: a permanent error (a wrong key, no such job, no credit), raised at once; transient
            failures (connection errors, 429, 5xx, a malformed body) are retried inside the deadline.
        InvalidArgumentError: an empty id or a negative timeout, refused before any request.
    """
    return wait(_LIP_SYNC_VIDEO, client, task_id, timeout=timeout, policy=policy, on_progress=on_progress)


async def wait_for_lip_sync_video_async(
    client: AuthenticatedClient,
    task_id: str,
    *,
    timeout: float | None = LIP_SYNC_VIDEO_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[LipSyncTask], object] | None = None,
) -> LipSyncTask:
    """`wait_for_lip_sync_video` without blocking the event loop; the same arguments, result and errors."""
    return await wait_async(_LIP_SYNC_VIDEO, client, task_id, timeout=timeout, policy=policy, on_progress=on_progress)


def wait_for_ai_scripts(
    client: AuthenticatedClient,
    task_id: str,
    *,
    timeout: float | None = AI_SCRIPTS_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[AIScriptTask], object] | None = None,
) -> AIScriptTask:
    """Wait for the AI script task to finish: poll GET /v2/ai_scripts/results/{task_id} until `completed`.

    Args:
        client: the client from `create_client()`.
        task_id: the id of the AI script task.
        timeout: seconds to wait in all (default 300, 5 minutes: see
            `AI_SCRIPTS_TIMEOUT`); `None` waits without limit. A request in flight counts against it.
        policy: the delays between polls (default `DEFAULT_POLICIES["wait_for_ai_scripts"]`); the server's
            `Retry-After` wins over it, and no sleep passes the deadline.
        on_progress: called with the AIScriptTask after every poll that returned one.

    Returns:
        The AIScriptTask at its success state.

    Raises:
        TaskFailedError: the job ended `failed`; the message carries the provider's own error fields.
        WaitTimeoutError: the deadline passed first; the job may still be running on the server.
        ApiError: a permanent error (a wrong key, no such job, no credit), raised at once; transient
            failures (connection errors, 429, 5xx, a malformed body) are retried inside the deadline.
        InvalidArgumentError: an empty id or a negative timeout, refused before any request.
    """
    return wait(_AI_SCRIPTS, client, task_id, timeout=timeout, policy=policy, on_progress=on_progress)


async def wait_for_ai_scripts_async(
    client: AuthenticatedClient,
    task_id: str,
    *,
    timeout: float | None = AI_SCRIPTS_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[AIScriptTask], object] | None = None,
) -> AIScriptTask:
    """`wait_for_ai_scripts` without blocking the event loop; the same arguments, result and errors."""
    return await wait_async(_AI_SCRIPTS, client, task_id, timeout=timeout, policy=policy, on_progress=on_progress)


__all__ = [
    "DEFAULT_POLICIES",
    "wait_for_ai_scripts",
    "wait_for_ai_scripts_async",
    "wait_for_avatar_video",
    "wait_for_avatar_video_async",
    "wait_for_lip_sync_video",
    "wait_for_lip_sync_video_async",
]
