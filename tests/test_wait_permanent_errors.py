"""Permanent failures end a wait after exactly one request: a wrong key, an unknown task, no credit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import MODES, Job, jobs
from tests.doubles.request_log import RequestLog
from tests.doubles.standin.server import WRONG_KEY

ALL = pytest.mark.parametrize("job", jobs(), ids=str)
BOTH = pytest.mark.parametrize("mode", MODES)
NO_CREDIT = [job for job in jobs() if any(e.error_class == "InsufficientCreditError" for e in job.provider.errors)]


def _one_request_then(job: Job, mode: str, error_name: str, client_log: tuple[Any, RequestLog], task: str) -> Any:
    client, log = client_log
    with pytest.raises(getattr(job.package, error_name)) as caught:
        job.run(mode, client, task)
    assert len(log) == 1
    return caught.value


@pytest.fixture
def logged(make_client: Callable[..., Any]) -> Callable[..., tuple[Any, RequestLog]]:
    def make(provider: str, **kwargs: Any) -> tuple[Any, RequestLog]:
        log = RequestLog()
        return make_client(provider, httpx_args={"transport": log}, **kwargs), log

    return make


@ALL
@BOTH
def test_wrong_key_raises_authentication_error_after_one_request(
    job: Job, mode: str, logged: Callable[..., tuple[Any, RequestLog]], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    error = _one_request_then(
        job, mode, "AuthenticationError", logged(job.provider.key, api_key=WRONG_KEY), task_id("done")
    )
    assert clock.sleeps == []
    assert WRONG_KEY not in str(error)


@ALL
@BOTH
def test_not_found_raises_after_one_request(
    job: Job, mode: str, logged: Callable[..., tuple[Any, RequestLog]], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    error = _one_request_then(job, mode, "NotFoundError", logged(job.provider.key), task_id("notfound"))
    assert error.code == job.provider.error("NotFoundError").code
    assert clock.sleeps == []


@pytest.mark.parametrize("job", NO_CREDIT, ids=str)
@BOTH
def test_no_credit_raises_after_one_request(
    job: Job, mode: str, logged: Callable[..., tuple[Any, RequestLog]], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    error = _one_request_then(job, mode, "InsufficientCreditError", logged(job.provider.key), task_id("nocredit"))
    assert error.code == job.provider.error("InsufficientCreditError").code
    assert clock.sleeps == []
