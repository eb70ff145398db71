"""Every wait and poll helper, sync and async, honours every option it takes, checked by what the option changes:
a `policy` or a banded JobSchedule sets the delays, `elapsed` places the job on its schedule, `attempt` picks the
poll's step, `on_progress` sees each task, `wake` makes the wait sleep on the event, `timeout` ends it. A helper
that passed the default on instead would still end well. (Found by `make mutate`: the async twins' options were
not all checked; docs/robustness.md.)
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import MODES, Job, jobs

ALL = pytest.mark.parametrize("job", jobs(), ids=str)
BOTH = pytest.mark.parametrize("mode", MODES)


def _flat(job: Job, seconds: float) -> Any:
    return job.package.PollPolicy(initial=seconds, multiplier=1.0, maximum=seconds, jitter=0.0)


def _banded(job: Job) -> Any:
    """Nothing expected before 100 s, then a poll every 5 s to 200 s: where `elapsed` puts the job shows."""
    return job.package.JobSchedule(policy=_flat(job, 40.0), band=(100.0, 200.0), interval=5.0)


def _wait(
    job: Job, mode: str, make_client: Callable[..., Any], task_id: str, *, wake: bool = False, **options: Any
) -> Any:
    """The wait helper or its async twin, on a new client each time (an async client is bound to its event loop)."""
    client = make_client(job.provider.key)
    if mode == "sync":
        event = threading.Event() if wake else None
        return getattr(job.package, job.kind.helper)(client, task_id, wake=event, **options)

    async def go() -> Any:
        event = asyncio.Event() if wake else None
        return await getattr(job.package, f"{job.kind.helper}_async")(client, task_id, wake=event, **options)

    return asyncio.run(go())


@ALL
@BOTH
def test_a_poll_takes_its_attempt_policy_and_elapsed(
    job: Job, mode: str, make_client: Callable[..., Any], task_id: Callable[..., str]
) -> None:
    growing = job.package.PollPolicy(initial=2.0, multiplier=2.0, maximum=100.0, jitter=0.0)
    assert job.poll(mode, make_client(job.provider.key), task_id("never"), attempt=3, policy=growing).delay == 8.0
    banded = _banded(job)
    assert job.poll(mode, make_client(job.provider.key), task_id("never"), policy=banded).delay == 100.0, (
        "at submission: to the band"
    )
    assert job.poll(mode, make_client(job.provider.key), task_id("never"), policy=banded, elapsed=150.0).delay == 5.0, (
        "inside the band"
    )


@ALL
@BOTH
def test_a_wait_takes_its_policy_elapsed_and_timeout(
    job: Job, mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    task = _wait(job, mode, make_client, task_id("progress"), policy=_flat(job, 3.25))
    assert job.status_of(task) == job.statuses.success and clock.sleeps == [3.25, 3.25]
    clock.sleeps.clear()
    _wait(job, mode, make_client, task_id("after2"), policy=_banded(job), elapsed=150.0)
    assert clock.sleeps == [5.0], "a job 150 s old is inside its band"
    began = clock.now
    with pytest.raises(job.package.WaitTimeoutError, match="timeout 9s"):
        _wait(job, mode, make_client, task_id("never"), policy=_flat(job, 2.0), timeout=9.0)
    assert clock.now - began == 9.0


@ALL
@BOTH
def test_a_wait_calls_back_and_sleeps_on_its_wake_source(
    job: Job, mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    seen: list[str | None] = []
    _wait(job, mode, make_client, task_id("progress"), on_progress=lambda task: seen.append(job.status_of(task)))
    assert seen == list(job.statuses.progression)
    sleeps = len(clock.sleeps)
    _wait(job, mode, make_client, task_id("progress", "woken"), wake=True)
    assert len(clock.sleeps) == sleeps and len(clock.waits) == 2, "each delay spent waiting on the event"
