"""Wait helper for ViddyScribe's get_results; it returns the response body (a `Job`) once `done`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from ..api.results import get_results
from ..client import AuthenticatedClient
from ..models import Job
from ._core.policy import PollPolicy
from ._core.waiting import TaskEndpoint, wait, wait_async

JOB_POLICY = PollPolicy(initial=5.0, multiplier=1.5, maximum=20.0, jitter=0.1)
"""The docs' examples go queued -> processing (5 min) -> done (10 min), or failed after 2 min; the job kind
(text, audio, video) sets how long. 5 s growing to 20 s catches a quick text job early and keeps the lag of a
ten-minute video job near 1-2% of its length. Signed result URLs expire 15 minutes after they are issued,
so a prompt notice matters more here than on most endpoints."""

JOB_TIMEOUT = 3600.0
"""One hour: the docs give no upper bound; video jobs scale with the video's length."""


def _job(parsed: object) -> Job | None:
    return parsed if isinstance(parsed, Job) else None


def _failure(job: Job) -> str:
    error = job.error if isinstance(job.error, str) else None
    message = job.message if isinstance(job.message, str) else None
    return ": ".join(part for part in (error, message) if part) or "no error or message from ViddyScribe"


_JOB: TaskEndpoint[Job] = TaskEndpoint(
    helper="wait_for_job",
    fetch=lambda client, job_id: get_results.sync_detailed(client=client, job_id=job_id),
    fetch_async=lambda client, job_id: get_results.asyncio_detailed(client=client, job_id=job_id),
    task_of=_job,
    status_of=lambda job: job.status,
    success=frozenset({"done"}),
    failure=frozenset({"failed"}),
    cancelled=frozenset(),
    describe_failure=_failure,
    policy=JOB_POLICY,
)

DEFAULT_POLICIES: Mapping[str, PollPolicy] = MappingProxyType({"wait_for_job": JOB_POLICY})


def wait_for_job(
    client: AuthenticatedClient,
    job_id: str,
    *,
    timeout: float | None = JOB_TIMEOUT,
    policy: PollPolicy | None = None,
    on_progress: Callable[[Job], object] | None = None,
) -> Job:
    """Poll GET /enterprise/api/get_results?job_id= until `done`.

    `failed` raises TaskFailedError with the job's `error` and `message`.
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
    """`wait_for_job` without blocking the event loop."""
    return await wait_async(_JOB, client, job_id, timeout=timeout, policy=policy, on_progress=on_progress)
