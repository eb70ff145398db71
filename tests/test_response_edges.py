"""A plain generated `AuthenticatedClient` (built without `create_client`, so no retrying transport checks its
answers first) reads answers as a configured client does:

- a documented success is parsed;
- a provider error raises the same error class with the same status, code, message, method, URL, headers and
  request id as from `create_client`'s client.

Every provider's first job kind is used (tests/doubles/endpoints.py); an httpx.MockTransport answers.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import Job, jobs
from tests.doubles.standin import answers
from tests.doubles.standin import scenarios as sc

FIRST_JOBS = list({job.provider.key: job for job in reversed(jobs())}.values())
EACH = pytest.mark.parametrize("job", FIRST_JOBS, ids=str)


def plain(job: Job, answer: httpx.Response, seen: list[httpx.Request]) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer

    return job.package.AuthenticatedClient(
        base_url=job.provider.base_url, token="k", httpx_args={"transport": httpx.MockTransport(handle)}
    )


def configured(job: Job, answer: httpx.Response) -> Any:
    return job.package.create_client(
        "k", httpx_args={"transport": httpx.MockTransport(lambda request: answer)}, max_retries=0, clock=FakeClock()
    )


@EACH
def test_a_plain_client_parses_a_documented_success(job: Job) -> None:
    status, body = answers.task_body(job, "task-1", sc.SUCCESS)
    seen: list[httpx.Request] = []
    response = job.fetch("sync_detailed", plain(job, httpx.Response(status, json=body), seen), "task-1")
    assert response.status_code == status
    assert (
        response.parsed.to_dict()
        == job.fetch("sync", configured(job, httpx.Response(status, json=body)), "task-1").to_dict()
    )
    assert job.status_of(job.task_of(response.parsed)) == job.statuses.success
    assert len(seen) == 1


@EACH
def test_a_plain_client_raises_the_providers_error_as_a_configured_one_does(job: Job) -> None:
    status, body = answers.error(job.provider, "NotFoundError")
    answer = httpx.Response(status, json=body, headers={"x-request-id": "req-42", "set-cookie": "session=secret"})
    seen: list[httpx.Request] = []
    with pytest.raises(job.package.ApiError) as raised:
        job.fetch("sync_detailed", plain(job, answer, seen), "task-1")
    with pytest.raises(job.package.ApiError) as expected:
        job.fetch("sync_detailed", configured(job, answer), "task-1")
    error, wanted = raised.value, expected.value
    assert type(error) is type(wanted) is job.package.NotFoundError
    assert str(error) == str(wanted)
    assert (error.status_code, error.code, error.message, error.body) == (
        wanted.status_code,
        wanted.code,
        wanted.message,
        wanted.body,
    )
    assert (error.method, error.url) == ("GET", str(seen[0].url))
    assert error.headers == wanted.headers
    assert "set-cookie" not in error.headers
    assert error.request_id == wanted.request_id == "req-42"
