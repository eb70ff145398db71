"""ViddyScribe's wait helpers, one set per kind of job, rendered from overlays/providers/viddyscribe/jobs.yaml: edit the data there.

Every helper polls at once, then sleeps per its PollPolicy (or the server's Retry-After) inside its deadline;
a status the spec does not list is never terminal. Each default policy and timeout says where it comes from.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from ..api.results import get_results
from ..client import AuthenticatedClient
from ..models import Job
from ._core.policy import PollPolicy
from ._core.waiting import TaskEndpoint, failure_text, task_at, wait, wait_async

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
    status_of=lambda task: task.status,
    success=frozenset({"done"}),
    failure=frozenset({"failed"}),
    cancelled=frozenset(),
    describe_failure=failure_text(("error", "message"), "no error or message from ViddyScribe"),
    policy=JOB_POLICY,
)

DEFAULT_POLICIES: Mapping[str, PollPolicy] = MappingProxyType(
    {
        "wait_for_job": JOB_POLICY,
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
            `JOB_TIMEOUT`); `None` waits without limit. A request in flight counts against it.
        policy: the delays between polls (default `DEFAULT_POLICIES["wait_for_job"]`); the server's
            `Retry-After` wins over it, and no sleep passes the deadline.
        on_progress: called with the Job after every poll that returned one.

    Returns:
        The Job at its success state.

    Raises:
        TaskFailedError: the job ended `failed`; the message carries the provider's own error fields.
        WaitTimeoutError: the deadline passed first; the job may still be running on the server.
        ApiError: a permanent error (a wrong key, no such job, no credit), raised at once; transient
            failures (connection errors, 429, 5xx, a malformed body) are retried inside the deadline.
        InvalidArgumentError: an empty id or a negative timeout, refused before any request.
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
    """`wait_for_job` without blocking the event loop; the same arguments, result and errors."""
    return await wait_async(_JOB, client, job_id, timeout=timeout, policy=policy, on_progress=on_progress)


__all__ = [
    "DEFAULT_POLICIES",
    "wait_for_job",
    "wait_for_job_async",
]
