"""Every wait helper, sync and async, on every terminal path, live against the stand-in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import MODES, Job, jobs
from tests.doubles.request_log import RequestLog
from tests.doubles.standin import answers
from tests.doubles.standin import scenarios as sc

ALL = pytest.mark.parametrize("job", jobs(), ids=str)
BOTH = pytest.mark.parametrize("mode", MODES)
CANCELLABLE = [job for job in jobs() if job.kind.cancelled]


def failure_texts(job: Job, task_id: str) -> list[Any]:
    """The provider's own failure fields, as the stand-in sends them for this task."""
    _, body = answers.task_body(job, task_id, sc.FAILED)
    task = body if job.kind.task == "." else body[job.kind.task]
    found = []
    for dotted in job.kind.failure_text:
        node = task
        for name in dotted.split("."):
            node = node[name]
        found.append(node)
    return found


@ALL
@BOTH
def test_progress_returns_the_task_at_its_success_state(
    job: Job, mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    seen: list[Any] = []  # the provider's task models
    polled_at: list[float] = []  # when each poll was answered, from the wait's start (the job's submission)
    log = RequestLog()
    client = make_client(job.provider.key, httpx_args={"transport": log})
    wanted = task_id("progress")

    def on_progress(task: Any) -> None:
        seen.append(task)
        polled_at.append(clock.elapsed)

    task = job.run(mode, client, wanted, on_progress=on_progress)

    assert job.status_of(task) == job.statuses.success
    assert job.id_of(task) in (wanted, None)
    assert [job.status_of(t) for t in seen] == list(job.statuses.progression)
    assert len(log) == 3
    assert len(clock.sleeps) == 2
    schedule = job.schedule
    for attempt, slept in enumerate(clock.sleeps, start=1):
        fraction = schedule.fraction_of(seen[attempt - 1])
        low, high = schedule.delay_bounds(attempt, elapsed=polled_at[attempt - 1], fraction=fraction)
        assert low <= slept <= high
        assert high - low <= schedule.jitter * max(schedule.step, schedule.policy.base_delay(attempt)) + 1e-9
    if job.kind.duration is not None:  # no poll between submission and the documented band's start
        assert polled_at[1] >= max(job.kind.duration[0], schedule.step) - schedule.jitter * schedule.step


@ALL
@BOTH
def test_done_returns_after_one_poll_without_sleeping(
    job: Job, mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    log = RequestLog()
    task = job.run(mode, make_client(job.provider.key, httpx_args={"transport": log}), task_id("done"))
    assert job.status_of(task) == job.statuses.success
    assert len(log) == 1
    assert clock.sleeps == []


@ALL
@BOTH
def test_failed_raises_task_failed_with_the_providers_error_text(
    job: Job, mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    wanted = task_id("failed")
    with pytest.raises(job.package.TaskFailedError) as caught:
        job.run(mode, make_client(job.provider.key), wanted)
    error = caught.value
    assert not isinstance(error, job.package.TaskCancelledError)
    assert error.task_id == wanted
    assert error.status == job.statuses.failed
    assert wanted in str(error)
    for text in failure_texts(job, wanted):
        assert text in str(error)
    if not job.kind.failure_text:
        assert job.kind.no_failure_text in str(error)


@pytest.mark.parametrize("job", CANCELLABLE, ids=str)
@BOTH
def test_cancelled_raises_task_cancelled(
    job: Job, mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    wanted = task_id("cancelled")
    with pytest.raises(job.package.TaskCancelledError) as caught:
        job.run(mode, make_client(job.provider.key), wanted)
    assert isinstance(caught.value, job.package.TaskFailedError)
    assert caught.value.task_id == wanted
    assert caught.value.status == job.statuses.cancelled
    assert wanted in str(caught.value)


def test_some_job_kind_can_be_cancelled() -> None:
    assert CANCELLABLE, "no job kind declares a cancelled status: the cancelled path is untested"
