"""Waits ride out what the issue calls transient: an unlisted status, 429 with Retry-After, 503, HTML on 200;
and give up at the deadline on a job that never finishes. Live against the stand-in."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import MODES, Job, jobs
from tests.doubles.request_log import RequestLog
from tests.doubles.standin.scenarios import UNLISTED_STATUS
from tests.doubles.standin.server import RETRY_AFTER_SECONDS

ALL = pytest.mark.parametrize("helper", jobs(), ids=str)
BOTH = pytest.mark.parametrize("mode", MODES)


def _first_delay_bounds(helper: Job, policy: Any = None) -> tuple[float, float]:
    """After a first poll at submission: the job's default schedule (to its band's start, or its policy's first
    delay), or `policy`'s first delay."""
    if policy is None:
        low, high = helper.schedule.delay_bounds(1, elapsed=0.0)
        return float(low), float(high)
    return policy.initial * (1 - policy.jitter), policy.initial


def _retry_policy(helper: Job) -> Any:
    """The client's retry backoff: what a wait sleeps while the server has not yet answered in the API's terms."""
    return importlib.import_module(f"{helper.provider.package}.lib._core.policy").RETRY_POLICY


@pytest.mark.parametrize("helper", [job for job in jobs() if job.kind.field is not None], ids=str)
@BOTH
def test_unknown_status_is_kept_and_not_terminal(
    helper: Job, mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    seen: list[Any] = []  # the provider's task models
    task = helper.run(mode, make_client(helper.provider.key), task_id("unknown"), on_progress=seen.append)
    assert helper.status_of(task) == helper.statuses.success
    assert len(seen) == 2
    assert helper.kind.field is not None  # as the parametrize above chose
    raw = getattr(seen[0], helper.kind.field)
    assert raw == UNLISTED_STATUS
    assert str(raw) == UNLISTED_STATUS
    assert len(clock.sleeps) == 1


@ALL
@BOTH
def test_rate_limit_sleeps_the_retry_after_then_succeeds(
    helper: Job, mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    log = RequestLog()
    task = helper.run(mode, make_client(helper.provider.key, httpx_args={"transport": log}), task_id("ratelimited"))
    assert helper.status_of(task) == helper.statuses.success
    assert len(log) == 2
    assert clock.sleeps == [float(RETRY_AFTER_SECONDS)]


@ALL
@BOTH
@pytest.mark.parametrize("scenario", ["flaky", "html"], ids=["503", "html-on-200"])
def test_server_error_or_html_is_retried_on_the_policy(
    helper: Job,
    mode: str,
    scenario: str,
    make_client: Callable[..., Any],
    clock: FakeClock,
    task_id: Callable[..., str],
) -> None:
    log = RequestLog()
    task = helper.run(mode, make_client(helper.provider.key, httpx_args={"transport": log}), task_id(scenario))
    assert helper.status_of(task) == helper.statuses.success
    assert len(log) == 2
    # A 503 in the provider's JSON is an answer: the next poll follows the job's schedule. HTML on the first poll is
    # not (it may be the wrong host): the next poll follows the client's retry backoff (issue 10, fail fast).
    low, high = _first_delay_bounds(helper, None if scenario == "flaky" else _retry_policy(helper))
    assert len(clock.sleeps) == 1
    assert low <= clock.sleeps[0] <= high


@ALL
@BOTH
def test_job_that_never_finishes_times_out(
    helper: Job, mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    policy = helper.package.PollPolicy(initial=1.0, multiplier=2.0, maximum=4.0, jitter=0)
    wanted = task_id("never")
    seen: list[Any] = []  # the provider's task models
    # Polls at t = 0, 1, 3, 7; the next 4 s sleep would pass the 10 s deadline, so it is cut to 3 s for
    # one last poll at t = 10, after which the wait gives up: five polls, 10 s.
    with pytest.raises(helper.package.WaitTimeoutError) as caught:
        helper.run(mode, make_client(helper.provider.key), wanted, timeout=10.0, policy=policy, on_progress=seen.append)
    error = caught.value
    assert error.task_id == wanted
    assert error.last_status == helper.statuses.working
    assert error.elapsed <= 10.0
    assert clock.elapsed <= 10.0
    assert clock.sleeps == [1.0, 2.0, 4.0, 3.0]
    assert len(seen) == 5
    assert isinstance(error, TimeoutError)
