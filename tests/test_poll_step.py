"""One poll, for outside schedulers (issue 13): `poll_<kind>` makes exactly one request, sleeps and records
nothing, and returns a PollResult (done, task, status, delay from the same schedule as the wait, Retry-After
honoured, a transient failure as `error`); a failed or cancelled job and a permanent error raise as the wait
raises them, with the job's id. Live against the stand-in, sync and async, for every kind of job."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import MODES, Job, jobs
from tests.doubles.request_log import RequestLog
from tests.doubles.standin.server import RETRY_AFTER_SECONDS

ALL = pytest.mark.parametrize("job", jobs(), ids=str)
BOTH = pytest.mark.parametrize("mode", MODES)
CANCELLABLE = [job for job in jobs() if job.kind.cancelled]


def _polls(job: Job, mode: str, client: Any, task_id: str, *steps: dict[str, Any]) -> list[Any]:
    """One poll per entry of `steps` (its keyword arguments), in order, in one event loop for `async`: each
    PollResult, or the error that ended the steps (last)."""
    helper = getattr(job.package, f"poll_{job.kind.key}")
    helper_async = getattr(job.package, f"poll_{job.kind.key}_async")
    found: list[Any] = []
    if mode == "sync":
        for options in steps:
            try:
                found.append(helper(client, task_id, **options))
            except Exception as error:
                return [*found, error]
        return found

    async def run() -> list[Any]:
        for options in steps:
            try:
                found.append(await helper_async(client, task_id, **options))
            except Exception as error:
                return [*found, error]
        return found

    return asyncio.run(run())


def _logged(make_client: Callable[..., Any], job: Job) -> tuple[Any, RequestLog]:
    log = RequestLog()
    return make_client(job.provider.key, httpx_args={"transport": log}), log


@ALL
def test_every_kind_has_a_typed_poll_helper_and_the_result_type_is_exported(job: Job) -> None:
    package = job.package
    for name in (f"poll_{job.kind.key}", f"poll_{job.kind.key}_async"):
        assert name in package.__all__
    assert "PollResult" in package.__all__ and "JobSchedule" in package.__all__
    assert "DEFAULT_SCHEDULES" in package.__all__ and "DurationHistory" in package.__all__


@ALL
@BOTH
def test_polls_step_a_job_to_its_end_one_request_each_on_the_waits_schedule(
    job: Job, mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    client, log = _logged(make_client, job)
    wanted = task_id("progress")
    schedule = job.schedule
    results = _polls(job, mode, client, wanted, {"attempt": 1}, {"attempt": 2}, {"attempt": 3})
    assert len(log) == 3  # exactly one request per step
    assert [r.done for r in results] == [False, False, True]
    assert [r.status for r in results] == list(job.statuses.progression)
    assert [job.status_of(r.task) for r in results] == list(job.statuses.progression)
    assert all(r.error is None for r in results)
    for attempt, result in enumerate(results[:2], start=1):
        low, high = schedule.delay_bounds(attempt, fraction=schedule.fraction_of(result.task))
        assert low <= result.delay <= high  # where poll `attempt` falls on the schedule (elapsed not given)
    assert results[2].delay == 0.0
    assert clock.sleeps == [] and clock.elapsed == 0.0  # nothing slept
    assert isinstance(results[2], job.package.PollResult)


@ALL
def test_elapsed_given_places_the_poll_on_the_schedule(
    job: Job, make_client: Callable[..., Any], task_id: Callable[..., str]
) -> None:
    schedule = job.schedule
    late = schedule.poll_time(400)  # long past any band: within the policy's maximum
    result = job.poll("sync", make_client(job.provider.key), task_id("never"), attempt=7, elapsed=late)
    assert not result.done and result.error is None
    low, high = schedule.delay_bounds(7, elapsed=late, fraction=schedule.fraction_of(result.task))
    assert low <= result.delay <= high <= schedule.maximum
    custom = job.package.PollPolicy(initial=0.5, multiplier=1.0, maximum=0.5, jitter=0.0)
    assert job.poll("sync", make_client(job.provider.key), task_id("never"), policy=custom).delay == 0.5


@ALL
@BOTH
def test_a_failed_job_raises_as_the_wait_does(
    job: Job, mode: str, make_client: Callable[..., Any], task_id: Callable[..., str]
) -> None:
    client, log = _logged(make_client, job)
    wanted = task_id("failed")
    first, error = _polls(job, mode, client, wanted, {}, {"attempt": 2})
    assert not first.done
    assert isinstance(error, job.package.TaskFailedError)
    assert error.task_id == wanted and error.status == job.statuses.failed
    assert len(log) == 2


@pytest.mark.parametrize("job", CANCELLABLE, ids=str)
def test_a_cancelled_job_raises_task_cancelled(
    job: Job, make_client: Callable[..., Any], task_id: Callable[..., str]
) -> None:
    wanted = task_id("cancelled")
    job.poll("sync", make_client(job.provider.key), wanted)
    with pytest.raises(job.package.TaskCancelledError) as caught:
        job.poll("sync", make_client(job.provider.key), wanted, attempt=2)
    assert caught.value.task_id == wanted


@ALL
@BOTH
@pytest.mark.parametrize(("scenario", "error"), [("notfound", "NotFoundError"), ("nocredit", "ApiError")])
def test_a_permanent_error_raises_at_once(
    job: Job, mode: str, scenario: str, error: str, make_client: Callable[..., Any], task_id: Callable[..., str]
) -> None:
    client, log = _logged(make_client, job)
    wanted = task_id(scenario)
    (raised,) = _polls(job, mode, client, wanted, {})
    assert isinstance(raised, getattr(job.package, error))
    assert raised.task_id == wanted
    assert len(log) == 1  # not retried by the client either


@ALL
@BOTH
@pytest.mark.parametrize(
    ("scenario", "error"),
    [("flaky", "ServerError"), ("html", "MalformedResponseError"), ("ratelimited", "RateLimitError")],
)
def test_a_transient_failure_comes_back_with_the_delay_to_try_again(
    job: Job,
    mode: str,
    scenario: str,
    error: str,
    make_client: Callable[..., Any],
    clock: FakeClock,
    task_id: Callable[..., str],
) -> None:
    client, log = _logged(make_client, job)
    wanted = task_id(scenario)
    result, again = _polls(job, mode, client, wanted, {}, {"attempt": 2})
    assert not result.done and result.task is None and result.status is None
    assert isinstance(result.error, getattr(job.package, error))
    if scenario == "ratelimited":
        assert result.delay == float(RETRY_AFTER_SECONDS)  # the server's Retry-After wins
    else:
        low, high = job.schedule.delay_bounds(1)
        assert low <= result.delay <= high
    assert len(log) == 2 and clock.sleeps == []
    assert again.done and again.error is None


@ALL
def test_a_poll_records_nothing_in_a_learning_schedule(
    job: Job, make_client: Callable[..., Any], task_id: Callable[..., str]
) -> None:
    learning = job.schedule.learning()
    wanted = task_id("after2")
    job.poll("sync", make_client(job.provider.key), wanted, policy=learning)
    assert job.poll("sync", make_client(job.provider.key), wanted, attempt=2, elapsed=30.0, policy=learning).done
    assert learning.history is not None and learning.history.durations(learning.name) == ()


@ALL
def test_bad_arguments_are_refused_before_the_request(
    job: Job, make_client: Callable[..., Any], task_id: Callable[..., str]
) -> None:
    client, log = _logged(make_client, job)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"attempt": 0}, "attempt"),
        ({"attempt": True}, "attempt"),
        ({"attempt": 1.0}, "attempt"),
        ({"elapsed": -1.0}, "elapsed"),
        ({"elapsed": float("nan")}, "elapsed"),
        ({"policy": "fast"}, "policy"),
    ]
    for options, argument in cases:
        with pytest.raises(job.package.InvalidArgumentError) as caught:
            job.poll("sync", client, task_id("done"), **options)
        assert caught.value.argument == argument, options
    with pytest.raises(job.package.InvalidArgumentError):
        job.poll("sync", client, " ")
    with pytest.raises(job.package.InvalidArgumentError) as caught:
        job.poll("sync", object(), task_id("done"))
    assert caught.value.argument == "client"
    assert len(log) == 0
