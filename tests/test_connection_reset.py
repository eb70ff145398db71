"""A connection closed without an answer, against the live stand-in (a cassette cannot hold one)."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import MODES, Job, jobs
from tests.doubles.recording import FAKE_KEY
from tests.doubles.standin.server import StandInServer

JOBS = pytest.mark.parametrize("job", jobs(), ids=str)


@pytest.mark.parametrize("mode", MODES)
@JOBS
def test_wait_retries_after_a_reset_and_succeeds(
    job: Job,
    mode: str,
    make_client: Callable[..., Any],
    standin: StandInServer,
    clock: FakeClock,
    task_id: Callable[..., str],
) -> None:
    wanted = task_id("reset", mode)
    task = job.run(mode, make_client(job.provider.key), wanted)
    assert job.status_of(task) == job.statuses.success
    assert standin.polls(wanted) == 2
    assert len(clock.sleeps) == 1


@JOBS
def test_single_call_retries_a_reset_within_max_retries(
    job: Job, make_client: Callable[..., Any], standin: StandInServer, clock: FakeClock, task_id: Callable[..., str]
) -> None:
    wanted = task_id("reset")
    response = job.fetch("sync_detailed", make_client(job.provider.key), wanted)
    assert response.status_code == 200
    assert standin.polls(wanted) == 2


@pytest.mark.parametrize("form", ["sync_detailed", "asyncio_detailed"])
@JOBS
def test_reset_without_retries_is_an_api_connection_error(
    job: Job, form: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    with pytest.raises(job.package.ApiConnectionError) as caught:
        job.fetch(form, make_client(job.provider.key, max_retries=0), task_id("reset", form))
    assert FAKE_KEY not in "".join(traceback.format_exception(caught.value))
