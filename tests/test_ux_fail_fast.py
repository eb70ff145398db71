"""What cannot heal fails fast (issue 10, 2): a base URL that cannot be requested is refused by create_client
before any request; a wait whose server has never answered (a closed port, an unknown host) or has only ever
answered HTML gives up after the client's retry budget (max_retries, on the retry backoff: measured on the
virtual clock), naming the URL tried; once the server has answered, failures are retried inside the deadline.
"""

from __future__ import annotations

import importlib
import json
import socket

import httpx
import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import MODES, Job, jobs
from tests.doubles.standin import answers
from tests.doubles.standin import scenarios as sc

FIRST_JOB = {job.provider.key: job for job in reversed(jobs())}
EACH = pytest.mark.parametrize("job", list(FIRST_JOB.values()), ids=lambda job: job.provider.key)
BOTH = pytest.mark.parametrize("mode", MODES)
HTML = b"<!DOCTYPE html><html><head><title>Welcome to nginx!</title></head><body>hello</body></html>"
LONG_WAIT = 3600.0


def _retry_budget_seconds(job: Job, max_retries: int) -> float:
    """The longest the retry backoff can sleep over `max_retries` retries (no jitter shortening)."""
    policy = importlib.import_module(f"{job.provider.package}.lib._core.policy").RETRY_POLICY
    budget: float = sum(policy.base_delay(attempt) for attempt in range(1, max_retries + 1))
    return budget


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize(
    "url",
    ["localhost:1", "ftp://files.example/x", "http://", "http://bad host.example", "http://-bad-.example", "/v2", ""],
)
@EACH
def test_a_url_that_cannot_be_requested_is_refused_before_any_request(job: Job, url: str) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200)

    transport = httpx.MockTransport(answer)
    with pytest.raises(job.package.InvalidArgumentError, match="base_url") as caught:
        job.package.create_client("k", base_url=url or " ", httpx_args={"transport": transport})
    assert caught.value.argument == "base_url"  # before the isinstance below, which narrows away `argument`
    assert isinstance(caught.value, ValueError)
    assert sent == []


@EACH
def test_a_bad_base_url_from_the_environment_is_refused_too(job: Job, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(job.provider.base_url_env, "localhost:8080")
    with pytest.raises(job.package.InvalidArgumentError, match="http:// or https://"):
        job.package.create_client("k")


@EACH
@BOTH
@pytest.mark.parametrize("where", ["closed-port", "unknown-host"])
def test_a_server_that_never_answers_fails_within_the_retry_budget(job: Job, mode: str, where: str) -> None:
    clock = FakeClock()
    host = f"127.0.0.1:{_closed_port()}" if where == "closed-port" else "no-such-host.invalid"
    url = f"http://{host}{job.provider.base_path}"
    client = job.package.create_client("k", base_url=url, clock=clock, max_retries=2)
    with pytest.raises(job.package.ApiConnectionError) as caught:
        job.run(mode, client, "task-1", timeout=LONG_WAIT)
    error = caught.value
    assert not isinstance(error, job.package.WaitTimeoutError)
    assert host in str(error) and error.url is not None and host in error.url
    assert "check base_url" in str(error)
    assert error.task_id == "task-1"
    assert clock.elapsed <= _retry_budget_seconds(job, 2)
    assert len(clock.sleeps) == 2


@EACH
@BOTH
@pytest.mark.parametrize("max_retries", [0, 1, 4])
def test_a_server_that_only_sends_html_fails_after_max_retries(job: Job, mode: str, max_retries: int) -> None:
    clock = FakeClock()
    seen: list[httpx.Request] = []

    def html(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=HTML, headers={"content-type": "text/html"})

    client = job.package.create_client(
        "k", clock=clock, max_retries=max_retries, httpx_args={"transport": httpx.MockTransport(html)}
    )
    with pytest.raises(job.package.MalformedResponseError) as caught:
        job.run(mode, client, "task-1", timeout=LONG_WAIT)
    assert len(seen) == max_retries + 1
    assert clock.elapsed <= _retry_budget_seconds(job, max_retries)
    text = str(caught.value)
    assert "Welcome to nginx!" in text, "the server's own words are in the message"
    assert "never answered in the API's own terms" in text and "check base_url" in text
    assert str(seen[0].url).split("?")[0] in text


@EACH
@BOTH
def test_once_the_server_has_answered_failures_are_retried_until_the_deadline(job: Job, mode: str) -> None:
    clock = FakeClock()
    _, running = answers.task_body(job, "task-1", sc.WORKING)
    seen: list[httpx.Request] = []

    def first_answers_then_drops(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            return httpx.Response(
                200, content=json.dumps(running).encode(), headers={"content-type": "application/json"}
            )
        raise httpx.ConnectError("connection refused", request=request)

    policy = job.package.PollPolicy(initial=1.0, multiplier=1.0, maximum=1.0, jitter=0.0)
    client = job.package.create_client(
        "k", clock=clock, max_retries=1, httpx_args={"transport": httpx.MockTransport(first_answers_then_drops)}
    )
    with pytest.raises(job.package.WaitTimeoutError) as caught:
        job.run(mode, client, "task-1", timeout=20.0, policy=policy)
    assert len(seen) == 21
    assert isinstance(caught.value.__cause__, job.package.ApiConnectionError)
    assert caught.value.last_status is not None


@EACH
def test_a_429_is_an_answer_the_wait_rides_out(job: Job) -> None:
    """A rate limit shows the API is there: retried on Retry-After until the deadline, not given up early."""
    clock = FakeClock()
    _, body = answers.error(job.provider, "RateLimitError")
    seen: list[httpx.Request] = []

    def limited(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(429, content=json.dumps(body).encode(), headers={"retry-after": "2"})

    client = job.package.create_client(
        "k", clock=clock, max_retries=0, httpx_args={"transport": httpx.MockTransport(limited)}
    )
    with pytest.raises(job.package.WaitTimeoutError):
        job.run("sync", client, "task-1", timeout=10.0)
    assert len(seen) == 6
    assert clock.sleeps == [2.0] * 5
