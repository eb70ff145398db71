"""Every rendered wait and create-and-wait helper, sync and async, ends at the `timeout` it was given even when the
job would have succeeded a little later: the wait raises WaitTimeoutError at that second, naming the timeout, and
does not return the later success. (A helper that passed `timeout=None` on instead would wait for the success;
with a job that never ends it would wait for ever, so this checks the timeout with a job that does end.)
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from registry import Create
from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import MODES, Job, Operation, jobs
from tests.test_create_and_wait import documented_body

WAITS = pytest.mark.parametrize("job", jobs(), ids=str)
CREATES = pytest.mark.parametrize(
    ("job", "create", "op"),
    [pytest.param(job, create, op, id=f"{job.provider.key}.{create.helper}") for job in jobs()
     for create, op in job.creates],
)  # fmt: skip
BOTH = pytest.mark.parametrize("mode", MODES)
TIMEOUT, POLL_EVERY = 9.0, 10.0
"""The job succeeds on its third poll, 20 s in at one poll every 10 s: after the 9 s timeout."""


def _every(job: Job, seconds: float) -> Any:
    return job.package.PollPolicy(initial=seconds, multiplier=1.0, maximum=seconds, jitter=0.0)


@WAITS
@BOTH
def test_a_wait_ends_at_its_timeout_though_the_job_would_succeed_later(
    job: Job, mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    wanted = task_id("progress")
    with pytest.raises(job.package.WaitTimeoutError) as caught:
        job.run(mode, make_client(job.provider.key), wanted, timeout=TIMEOUT, policy=_every(job, POLL_EVERY))
    assert "timeout 9s" in str(caught.value) and caught.value.task_id == wanted
    assert clock.elapsed == TIMEOUT and clock.sleeps == [TIMEOUT]


@CREATES
@BOTH
def test_a_create_and_wait_ends_at_its_timeout_though_the_job_would_succeed_later(
    job: Job, create: Create, op: Operation, mode: str, make_client: Callable[..., Any], clock: FakeClock
) -> None:
    client, body = make_client(job.provider.key), documented_body(op)
    options: dict[str, Any] = {"timeout": TIMEOUT, "policy": _every(job, POLL_EVERY)}
    with pytest.raises(job.package.WaitTimeoutError) as caught:
        if mode == "sync":
            getattr(job.package, create.helper)(client, body, **options)
        else:
            asyncio.run(getattr(job.package, f"{create.helper}_async")(client, body, **options))
    assert "timeout 9s" in str(caught.value) and caught.value.task_id
    assert clock.elapsed == TIMEOUT and clock.sleeps == [TIMEOUT]
