"""`max_retries` on the client: one generated call retries transient answers inside the call (through
RetryingTransport), and gives up with the typed error when retries are off."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import Job, jobs
from tests.doubles.request_log import RequestLog
from tests.doubles.standin.server import RETRY_AFTER_SECONDS

EACH = pytest.mark.parametrize("endpoint", jobs(), ids=lambda job: str(job.status))


@EACH
@pytest.mark.parametrize("scenario", ["flaky", "html", "ratelimited"])
def test_transient_answer_is_retried_within_one_call(
    endpoint: Job, scenario: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    log = RequestLog()
    client = make_client(endpoint.provider.key, max_retries=2, httpx_args={"transport": log})
    response = endpoint.fetch("sync_detailed", client, task_id(scenario))
    assert response.status_code == 200
    assert response.parsed is not None
    assert len(log) == 2
    assert len(clock.sleeps) == 1
    if scenario == "ratelimited":
        assert clock.sleeps == [float(RETRY_AFTER_SECONDS)]


@EACH
def test_rate_limit_without_retries_raises_with_retry_after(
    endpoint: Job, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    package = endpoint.package
    client = make_client(endpoint.provider.key, max_retries=0)
    with pytest.raises(package.RateLimitError) as caught:
        endpoint.fetch("sync_detailed", client, task_id("ratelimited"))
    assert caught.value.status_code == 429
    assert caught.value.retry_after == float(RETRY_AFTER_SECONDS)
    assert clock.sleeps == []


@EACH
def test_html_on_200_without_retries_is_a_malformed_response(
    endpoint: Job, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    package = endpoint.package
    client = make_client(endpoint.provider.key, max_retries=0)
    with pytest.raises(package.MalformedResponseError) as caught:
        endpoint.fetch("sync_detailed", client, task_id("html"))
    assert caught.value.status_code == 200
    assert caught.value.body.startswith(b"<!DOCTYPE html>")
