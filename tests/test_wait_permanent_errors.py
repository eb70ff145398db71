"""Permanent failures end a wait after exactly one request: a wrong key, an unknown task, no credit."""

from __future__ import annotations

import pytest

from tests.doubles.endpoints import MODES, jobs
from tests.doubles.request_log import RequestLog
from tests.doubles.standin.server import WRONG_KEY

ALL = pytest.mark.parametrize("job", jobs(), ids=str)
BOTH = pytest.mark.parametrize("mode", MODES)
NO_CREDIT = [job for job in jobs() if any(e.error_class == "InsufficientCreditError" for e in job.provider.errors)]


def _one_request_then(job, mode, error_name, client_log, task):
    client, log = client_log
    with pytest.raises(getattr(job.package, error_name)) as caught:
        job.run(mode, client, task)
    assert len(log) == 1
    return caught.value


@pytest.fixture
def logged(make_client):
    def make(provider, **kwargs):
        log = RequestLog()
        return make_client(provider, httpx_args={"transport": log}, **kwargs), log

    return make


@ALL
@BOTH
def test_wrong_key_raises_authentication_error_after_one_request(job, mode, logged, clock, task_id):
    error = _one_request_then(
        job, mode, "AuthenticationError", logged(job.provider.key, api_key=WRONG_KEY), task_id("done")
    )
    assert clock.sleeps == []
    assert WRONG_KEY not in str(error)


@ALL
@BOTH
def test_not_found_raises_after_one_request(job, mode, logged, clock, task_id):
    error = _one_request_then(job, mode, "NotFoundError", logged(job.provider.key), task_id("notfound"))
    assert error.code == job.provider.error("NotFoundError").code
    assert clock.sleeps == []


@pytest.mark.parametrize("job", NO_CREDIT, ids=str)
@BOTH
def test_no_credit_raises_after_one_request(job, mode, logged, clock, task_id):
    error = _one_request_then(job, mode, "InsufficientCreditError", logged(job.provider.key), task_id("nocredit"))
    assert error.code == job.provider.error("InsufficientCreditError").code
    assert clock.sleeps == []
