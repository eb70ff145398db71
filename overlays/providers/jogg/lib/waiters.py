"""Wait helpers for JoggAI's three status endpoints; each returns the envelope's `data` at its success state."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TypeVar

from ..api.asset import get_ai_script_result
from ..api.video import get_avatar_video, get_lip_sync_video
from ..client import AuthenticatedClient
from ..models import AIScriptTask, AvatarVideo, LipSyncTask
from ._core.policy import PollPolicy
from ._core.waiting import TaskEndpoint, wait, wait_async

T = TypeVar("T")

AVATAR_VIDEO_POLICY = PollPolicy(initial=10.0, multiplier=1.25, maximum=20.0, jitter=0.1)
"""Avatar videos "typically take 2-10 minutes" and rarely finish within 10 s (JoggAI's get-result guide); the
provider's tooling polls every 10 s and warns against anything under 5 s. 10 s growing to 20 s keeps the lag
around 5% of a 2-10 minute job with fewer requests than a fixed 10 s."""

LIP_SYNC_POLICY = PollPolicy(initial=5.0, multiplier=1.25, maximum=8.0, jitter=0.1)
"""The lip-sync guide says "poll every 5-10 seconds during active processing" and not faster than every 5 s; its
example task finishes 30 s after creation. The 8 s cap stays inside that range but below the 10 s of JoggAI's own
tooling: at a 10 s cap a fixed 10 s poller matched our lag with fewer requests (bench/RESULTS.md, benchmark 1)."""

AI_SCRIPTS_POLICY = PollPolicy(initial=2.0, multiplier=1.25, maximum=3.0, jitter=0.1)
"""AI scripts "typically complete in 10-30 seconds" and status GETs are not rate limited, so short delays keep
the lag under 10% of so short a job: a 3 s cap gives about 1.5 s (at 4 s the median was 9-11% of the job,
bench/RESULTS.md, benchmark 1); the growth to 3 s bounds the requests a slow script costs."""

AVATAR_VIDEO_TIMEOUT = 900.0
"""15 minutes: the guide calls a video still processing after 15 minutes an issue to investigate."""
LIP_SYNC_TIMEOUT = 900.0
"""15 minutes, as for avatar videos: lip sync renders a video of similar length with the same pipeline."""
AI_SCRIPTS_TIMEOUT = 300.0
"""5 minutes: ten times the 30 s upper end of the typical range."""


def _data(model: type[T]) -> Callable[[object], T | None]:
    """The envelope's `data` when it is the task model (UNSET, null or a wrong shape are not a task)."""

    def task_of(parsed: object) -> T | None:
        data = getattr(parsed, "data", None)
        return data if isinstance(data, model) else None

    return task_of


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _lip_sync_failure(task: LipSyncTask) -> str:
    error = task.error
    return _text(getattr(error, "message", None)) or "no error message from JoggAI"


def _ai_script_failure(task: AIScriptTask) -> str:
    return _text(task.err_msg) or "no err_msg from JoggAI"


_AVATAR: TaskEndpoint[AvatarVideo] = TaskEndpoint(
    helper="wait_for_avatar_video",
    fetch=lambda client, video_id: get_avatar_video.sync_detailed(video_id, client=client),
    fetch_async=lambda client, video_id: get_avatar_video.asyncio_detailed(video_id, client=client),
    task_of=_data(AvatarVideo),
    status_of=lambda task: task.status,
    success=frozenset({"completed"}),
    failure=frozenset({"failed"}),
    cancelled=frozenset(),
    describe_failure=lambda task: "JoggAI reports no error detail for avatar videos",
    policy=AVATAR_VIDEO_POLICY,
)

_LIP_SYNC: TaskEndpoint[LipSyncTask] = TaskEndpoint(
    helper="wait_for_lip_sync_video",
    fetch=lambda client, task_id: get_lip_sync_video.sync_detailed(task_id, client=client),
    fetch_async=lambda client, task_id: get_lip_sync_video.asyncio_detailed(task_id, client=client),
    task_of=_data(LipSyncTask),
    status_of=lambda task: task.status,
    success=frozenset({"success"}),
    failure=frozenset({"failed"}),
    cancelled=frozenset(),
    describe_failure=_lip_sync_failure,
    policy=LIP_SYNC_POLICY,
)

_AI_SCRIPTS: TaskEndpoint[AIScriptTask] = TaskEndpoint(
    helper="wait_for_ai_scripts",
    fetch=lambda client, task_id: get_ai_script_result.sync_detailed(task_id, client=client),
    fetch_async=lambda client, task_id: get_ai_script_result.asyncio_detailed(task_id, client=client),
    task_of=_data(AIScriptTask),
    status_of=lambda task: task.status,
    success=frozenset({"completed"}),
    failure=frozenset({"failed"}),
    cancelled=frozenset(),
    describe_failure=_ai_script_failure,
    policy=AI_SCRIPTS_POLICY,
)

DEFAULT_POLICIES: Mapping[str, PollPolicy] = MappingProxyType(
    {
        "wait_for_avatar_video": AVATAR_VIDEO_POLICY,
        "wait_for_lip_sync_video": LIP_SYNC_POLICY,
        "wait_for_ai_scripts": AI_SCRIPTS_POLICY,
    }
)


def wait_for_avatar_video(
    client: AuthenticatedClient,
    video_id: str,
    *,
    timeout: float | None = AVATAR_VIDEO_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[AvatarVideo], object] | None = None,
) -> AvatarVideo:
    """Poll GET /v2/avatar_video/{video_id} until `completed`; `failed` raises TaskFailedError."""
    return wait(_AVATAR, client, video_id, timeout=timeout, policy=policy, on_progress=on_progress)


async def wait_for_avatar_video_async(
    client: AuthenticatedClient,
    video_id: str,
    *,
    timeout: float | None = AVATAR_VIDEO_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[AvatarVideo], object] | None = None,
) -> AvatarVideo:
    """`wait_for_avatar_video` without blocking the event loop."""
    return await wait_async(_AVATAR, client, video_id, timeout=timeout, policy=policy, on_progress=on_progress)


def wait_for_lip_sync_video(
    client: AuthenticatedClient,
    task_id: str,
    *,
    timeout: float | None = LIP_SYNC_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[LipSyncTask], object] | None = None,
) -> LipSyncTask:
    """Poll GET /v2/lip_sync_video/{task_id} until `success`; `failed` raises TaskFailedError with `error.message`."""
    return wait(_LIP_SYNC, client, task_id, timeout=timeout, policy=policy, on_progress=on_progress)


async def wait_for_lip_sync_video_async(
    client: AuthenticatedClient,
    task_id: str,
    *,
    timeout: float | None = LIP_SYNC_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[LipSyncTask], object] | None = None,
) -> LipSyncTask:
    """`wait_for_lip_sync_video` without blocking the event loop."""
    return await wait_async(_LIP_SYNC, client, task_id, timeout=timeout, policy=policy, on_progress=on_progress)


def wait_for_ai_scripts(
    client: AuthenticatedClient,
    task_id: str,
    *,
    timeout: float | None = AI_SCRIPTS_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[AIScriptTask], object] | None = None,
) -> AIScriptTask:
    """Poll GET /v2/ai_scripts/results/{task_id} until `completed`; `failed` raises TaskFailedError with `err_msg`."""
    return wait(_AI_SCRIPTS, client, task_id, timeout=timeout, policy=policy, on_progress=on_progress)


async def wait_for_ai_scripts_async(
    client: AuthenticatedClient,
    task_id: str,
    *,
    timeout: float | None = AI_SCRIPTS_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[AIScriptTask], object] | None = None,
) -> AIScriptTask:
    """`wait_for_ai_scripts` without blocking the event loop."""
    return await wait_async(_AI_SCRIPTS, client, task_id, timeout=timeout, policy=policy, on_progress=on_progress)
