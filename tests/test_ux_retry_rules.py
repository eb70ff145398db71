"""The retry rules users rely on, one test each (issue 9's mutation audit, completed in issue 10): Retry-After on
a still-running 200 is honoured; an HTTP-date Retry-After is read; delays are jittered and never exceed the
policy's maximum; `max_retries` is exact; a 522 is a retried ServerError; a generic 408/409/425 is retried but a
409 that a provider code explains is not; a 2xx JSON body of the wrong shape is MalformedResponseError in one
call; a single call gives up on a Retry-After over 60 s. Answers come from httpx.MockTransport where the
stand-in has no such scenario."""

from __future__ import annotations

import importlib
import json
import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import Job, jobs
from tests.doubles.standin import answers
from tests.doubles.standin import scenarios as sc
from tests.doubles.standin.answers import error_body

FIRST_JOB = {job.provider.key: job for job in reversed(jobs())}
EACH = pytest.mark.parametrize("job", list(FIRST_JOB.values()), ids=lambda job: job.provider.key)
JSON = {"content-type": "application/json"}


def _core(job: Job, module: str) -> ModuleType:
    return importlib.import_module(f"{job.provider.package}.lib._core.{module}")


def _task(job: Job, phase: str, headers: dict[str, str] | None = None) -> httpx.Response:
    status, body = answers.task_body(job, "t-1", phase)
    return httpx.Response(status, content=json.dumps(body).encode(), headers={**JSON, **(headers or {})})


def _scripted(job: Job, script: list[httpx.Response], **options: Any) -> tuple[Any, list[httpx.Request]]:
    """A client whose n-th request gets script[n] (the last one repeats), and the list of requests seen."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return script[min(len(seen), len(script)) - 1]

    options.setdefault("clock", FakeClock())
    client = job.package.create_client("k", httpx_args={"transport": httpx.MockTransport(answer)}, **options)
    return client, seen


@EACH
def test_retry_after_on_a_still_running_poll_is_honoured(job: Job) -> None:
    client, seen = _scripted(job, [_task(job, sc.WORKING, {"retry-after": "7"}), _task(job, sc.SUCCESS)])
    job.run("sync", client, "t-1")
    assert client.clock.sleeps == [7.0] and len(seen) == 2


@EACH
def test_an_http_date_retry_after_is_read(job: Job) -> None:
    now = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    parse = _core(job, "policy").parse_retry_after
    assert parse(format_datetime(now + timedelta(seconds=42), usegmt=True), now=now) == 42.0
    assert parse(format_datetime(now - timedelta(seconds=5), usegmt=True), now=now) == 0.0
    assert parse("not a date") is None and parse(None) is None
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    client, seen = _scripted(job, [_task(job, sc.WORKING, {"retry-after": when}), _task(job, sc.SUCCESS)])
    job.run("sync", client, "t-1")
    assert len(seen) == 2
    assert len(client.clock.sleeps) == 1 and 27.0 <= client.clock.sleeps[0] <= 30.0


@EACH
def test_delays_are_jittered_and_never_exceed_the_maximum(job: Job) -> None:
    random.seed(10)
    policy = job.package.PollPolicy(initial=2.0, multiplier=1.5, maximum=9.0, jitter=0.3)
    delays = [policy.next_delay(attempt) for attempt in range(1, 60) for _ in range(5)]
    assert max(delays) <= 9.0
    capped = [policy.next_delay(40) for _ in range(200)]
    assert len(set(capped)) > 100, "jittered"
    assert min(capped) >= 9.0 * (1 - 0.3) and max(capped) <= 9.0
    assert policy.base_delay(1) == 2.0 and policy.base_delay(2) == 3.0 and policy.base_delay(100) == 9.0
    retry = _core(job, "policy").RETRY_POLICY
    assert len({retry.next_delay(1) for _ in range(50)}) > 10, "retries are jittered too"


@EACH
@pytest.mark.parametrize("max_retries", [0, 1, 2, 3])
def test_max_retries_is_exact(job: Job, max_retries: int) -> None:
    busy = httpx.Response(503, content=b"<h1>busy</h1>")
    client, seen = _scripted(job, [busy], max_retries=max_retries)
    with pytest.raises(job.package.ServerError):
        job.fetch("sync_detailed", client, "t-1")
    assert len(seen) == max_retries + 1
    assert len(client.clock.sleeps) == max_retries


@EACH
def test_a_522_is_a_retried_server_error(job: Job) -> None:
    cloudflare = httpx.Response(522, content=b"<title>522: Connection timed out</title>")
    client, seen = _scripted(job, [cloudflare], max_retries=0)
    with pytest.raises(job.package.ServerError) as caught:
        job.fetch("sync_detailed", client, "t-1")
    assert caught.value.status_code == 522 and "522: Connection timed out" in str(caught.value)
    client, seen = _scripted(job, [_task(job, sc.WORKING), cloudflare, _task(job, sc.SUCCESS)])
    task = job.run("sync", client, "t-1")
    assert job.status_of(task) == job.statuses.success and len(seen) == 3


@EACH
@pytest.mark.parametrize("status", [408, 409, 425])
def test_a_generic_408_409_425_is_retried(job: Job, status: int) -> None:
    client, seen = _scripted(job, [httpx.Response(status, content=b"{}", headers=JSON), _task(job, sc.SUCCESS)])
    response = job.fetch("sync_detailed", client, "t-1")
    assert response.status_code == 200 and len(seen) == 2


@EACH
def test_a_409_that_a_provider_code_explains_is_not_retried(job: Job) -> None:
    entry = next(e for e in job.provider.errors if e.error_class in ("BadRequestError", "NotFoundError"))
    body = json.dumps(error_body(job.provider, entry)).encode()
    client, seen = _scripted(job, [httpx.Response(409, content=body, headers=JSON), _task(job, sc.SUCCESS)])
    with pytest.raises(getattr(job.package, entry.error_class)):
        job.fetch("sync_detailed", client, "t-1")
    assert len(seen) == 1


@pytest.mark.parametrize("job", [job for job in FIRST_JOB.values() if job.kind.field], ids=lambda job: job.provider.key)
def test_a_2xx_body_of_the_wrong_shape_is_malformed_in_one_call(job: Job) -> None:
    status, body = answers.task_body(job, "t-1", sc.WORKING)
    parent = body if job.kind.task == "." else body[job.kind.task]
    parent[job.kind.field] = {"not": "a status"}
    client, seen = _scripted(job, [httpx.Response(status, content=json.dumps(body).encode(), headers=JSON)])
    with pytest.raises(job.package.MalformedResponseError) as caught:
        job.fetch("sync", client, "t-1")
    assert len(seen) == 1 and caught.value.status_code == status
    assert caught.value.method == "GET" and caught.value.url is not None


@EACH
def test_a_single_call_gives_up_on_a_retry_after_over_60_seconds(job: Job) -> None:
    _, body = answers.error(job.provider, "RateLimitError")
    content = json.dumps(body).encode()
    for hint, requests, sleeps in (("61", 1, []), ("60", 2, [60.0])):
        limited = httpx.Response(429, content=content, headers={**JSON, "retry-after": hint})
        client, seen = _scripted(job, [limited, _task(job, sc.SUCCESS)], max_retries=2)
        if requests == 1:
            with pytest.raises(job.package.RateLimitError) as caught:
                job.fetch("sync_detailed", client, "t-1")
            assert caught.value.retry_after == 61.0
        else:
            job.fetch("sync_detailed", client, "t-1")
        assert len(seen) == requests and client.clock.sleeps == sleeps
