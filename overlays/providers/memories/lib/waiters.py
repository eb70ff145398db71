"""Wait helper for Memories.ai screenplay tasks; it returns the envelope's `data` once `completed`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from ..api.screenplay import get_screenplay_task
from ..client import AuthenticatedClient
from ..models import ScreenplayTask
from ._core.policy import PollPolicy
from ._core.waiting import TaskEndpoint, wait, wait_async

SCREENPLAY_POLICY = PollPolicy(initial=10.0, multiplier=1.5, maximum=25.0, jitter=0.1)
"""Screenplay extraction walks every episode of a series (the docs' example: 87 episodes) and runs for
many minutes; the provider's own examples poll at 5 s growing x1.5 to 30 s. Starting at 10 s saves the
early polls a task this long never needs. The cap sits a little under the examples' 30 s: at 30 s, jitter
made us poll about as often as a fixed 30 s poller for barely less lag (a near tie in bench/RESULTS.md,
benchmark 1); at 25 s the lag is clearly lower (about 12 s, under 1% of a 5-60 minute task) for about one
more request every three minutes."""

SCREENPLAY_TIMEOUT = 7200.0
"""Two hours: tasks scale with the number of episodes and the docs give no upper bound."""


def _task(parsed: object) -> ScreenplayTask | None:
    data = getattr(parsed, "data", None)
    return data if isinstance(data, ScreenplayTask) else None


def _failure(task: ScreenplayTask) -> str:
    code = task.error_code if isinstance(task.error_code, str) else None
    message = task.error_message if isinstance(task.error_message, str) else None
    return ": ".join(part for part in (code, message) if part) or "no error_code or error_message from Memories.ai"


_SCREENPLAY: TaskEndpoint[ScreenplayTask] = TaskEndpoint(
    helper="wait_for_screenplay_task",
    fetch=lambda client, task_id: get_screenplay_task.sync_detailed(task_id, client=client),
    fetch_async=lambda client, task_id: get_screenplay_task.asyncio_detailed(task_id, client=client),
    task_of=_task,
    status_of=lambda task: task.status,
    success=frozenset({"completed"}),
    failure=frozenset({"failed"}),
    cancelled=frozenset({"cancelled"}),
    describe_failure=_failure,
    policy=SCREENPLAY_POLICY,
)

DEFAULT_POLICIES: Mapping[str, PollPolicy] = MappingProxyType({"wait_for_screenplay_task": SCREENPLAY_POLICY})


def wait_for_screenplay_task(
    client: AuthenticatedClient,
    task_id: str,
    *,
    timeout: float | None = SCREENPLAY_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[ScreenplayTask], object] | None = None,
) -> ScreenplayTask:
    """Poll GET /screenplay/tasks/{task_id} until `completed`.

    `failed` raises TaskFailedError, `cancelled` TaskCancelledError, each with `error_code` and `error_message`.
    """
    return wait(_SCREENPLAY, client, task_id, timeout=timeout, policy=policy, on_progress=on_progress)


async def wait_for_screenplay_task_async(
    client: AuthenticatedClient,
    task_id: str,
    *,
    timeout: float | None = SCREENPLAY_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[ScreenplayTask], object] | None = None,
) -> ScreenplayTask:
    """`wait_for_screenplay_task` without blocking the event loop."""
    return await wait_async(_SCREENPLAY, client, task_id, timeout=timeout, policy=policy, on_progress=on_progress)
