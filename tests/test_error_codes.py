"""Every documented error code of every provider lands on the class its provider.yaml names, with the HTTP status
the provider sends it with, through one generated call (max_retries=0)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from registry import ErrorCode
from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import Job, jobs
from tests.doubles.request_log import RequestLog

CASES = [
    pytest.param(job, entry, id=f"{job.provider.key}-{entry.code}")
    for job in {j.provider.key: j for j in jobs()}.values()
    for entry in job.provider.errors
    if not (200 <= entry.http < 300 and entry.error_class == "ApiError" and job.provider.envelope.kind == "plain")
]


@pytest.mark.parametrize(("job", "entry"), CASES)
def test_documented_code_raises_its_class(
    job: Job, entry: ErrorCode, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    package = job.package
    log = RequestLog()
    client = make_client(job.provider.key, max_retries=0, httpx_args={"transport": log})
    with pytest.raises(package.ApiError) as caught:
        job.fetch("sync_detailed", client, task_id(f"code{entry.code}"))
    error = caught.value
    assert type(error) is getattr(package, entry.error_class)
    assert isinstance(error, package.SDKError)
    assert error.status_code == entry.http
    assert error.code == entry.code
    assert entry.message in error.message
    assert error.body
    assert len(log) == 1
