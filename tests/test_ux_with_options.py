"""Per-call options (issue 10, 11): `client.with_options(timeout=..., max_retries=...)` is a configured copy that
shares the client's connection pool and has its own request timeout and retry budget; the client is unchanged."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import Job, jobs

FIRST_JOB = {job.provider.key: job for job in reversed(jobs())}
EACH = pytest.mark.parametrize("job", list(FIRST_JOB.values()), ids=lambda job: job.provider.key)


class Recorder:
    """An inner transport that answers 503 and records each request's timeouts."""

    def __init__(self) -> None:
        self.timeouts: list[dict[str, float]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.timeouts.append(dict(request.extensions["timeout"]))
        return httpx.Response(503, content=b"<h1>busy</h1>")


@EACH
def test_the_copy_has_its_own_timeout_and_retries_and_shares_the_pool(job: Job) -> None:
    recorder = Recorder()
    clock = FakeClock()
    client = job.package.create_client(
        "k", timeout=30.0, max_retries=0, clock=clock, httpx_args={"transport": httpx.MockTransport(recorder)}
    )
    copy = client.with_options(timeout=2.5, max_retries=3)
    assert (client.max_retries, copy.max_retries) == (0, 3)
    for chosen, requests in ((client, 1), (copy, 4), (client, 1)):
        recorder.timeouts.clear()
        with pytest.raises(job.package.ServerError):
            job.fetch("sync_detailed", chosen, "t-1")
        assert len(recorder.timeouts) == requests
        wanted = 30.0 if chosen is client else 2.5
        assert {t["read"] for t in recorder.timeouts} == {wanted}
    ours, theirs = client.get_httpx_client()._transport, copy.get_httpx_client()._transport
    assert ours is not theirs and ours._pool is theirs._pool
    assert ours._sync is theirs._sync, "one connection pool"
    assert client.get_httpx_client().timeout.read == 30.0


@EACH
def test_the_copy_keeps_what_it_does_not_change(
    job: Job, make_client: Callable[..., Any], task_id: Callable[..., str]
) -> None:
    client = make_client(job.provider.key, max_retries=1).with_headers({"X-Trace": "on"})
    copy = client.with_options(timeout=4)
    assert copy.max_retries == 1
    assert copy.get_httpx_client().headers["X-Trace"] == "on"
    assert copy.clock is client.clock
    task = job.run("sync", copy, task_id("done"))
    assert job.status_of(task) == job.statuses.success


@EACH
def test_the_copy_is_used_by_the_async_calls_and_waits_too(job: Job) -> None:
    recorder = Recorder()
    client = job.package.create_client(
        "k", max_retries=0, clock=FakeClock(), httpx_args={"transport": httpx.MockTransport(recorder)}
    )
    copy = client.with_options(max_retries=2, timeout=7)
    with pytest.raises(job.package.ServerError):
        job.fetch("asyncio_detailed", copy, "t-1")
    assert len(recorder.timeouts) == 3 and recorder.timeouts[0]["read"] == 7.0
    recorder.timeouts.clear()
    helper = getattr(job.package, f"{job.kind.helper}_async")
    with pytest.raises(job.package.ServerError):
        asyncio.run(helper(copy.with_options(max_retries=4), "t-2", timeout=3600))
    assert len(recorder.timeouts) == 5, "a wait that never got an answer gives up after the copy's retries"
