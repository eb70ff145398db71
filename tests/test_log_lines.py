"""The package's log lines, whole: what a user reads at DEBUG and INFO when they turn logging on (`<PREFIX>_LOG`),
for each request (method, URL, status or failure, milliseconds), each retry (delay, count, reason with the
provider's code), each poll of a wait and of a poll helper (task, status or failure, next delay) and the end of a
wait (status or error, seconds, polls). test_ux_logging.py checks the facts are there; `make mutate` found every
word around them, and some of the facts, free to change (docs/robustness.md). Also: `<PREFIX>_LOG` set in the
process attaches one stderr handler at the level it names, whatever its case, and nothing for another value.
"""

from __future__ import annotations

import importlib
import json
import logging
import re
from typing import Any

import httpx
import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import Job, jobs
from tests.doubles.standin import answers
from tests.doubles.standin import scenarios as sc

FIRST_JOB = {job.provider.key: job for job in reversed(jobs())}
EACH = pytest.mark.parametrize("job", list(FIRST_JOB.values()), ids=list(FIRST_JOB))
JSON = {"content-type": "application/json"}
MS = r"\d+ms"


def _task(job: Job, phase: str) -> httpx.Response:
    status, body = answers.task_body(job, "t-1", phase)
    return httpx.Response(status, content=json.dumps(body).encode(), headers=JSON)


SEEN: list[httpx.Request] = []
"""The requests the last client made (one test at a time uses it)."""


def _client(job: Job, script: list[Any], **options: Any) -> Any:
    """Answers in turn (the last repeats); an exception in the script is raised as the transport's failure."""
    SEEN[:] = []

    def answer(request: httpx.Request) -> httpx.Response:
        SEEN.append(request)
        found = script[min(len(SEEN), len(script)) - 1]
        if isinstance(found, Exception):
            raise found
        assert isinstance(found, httpx.Response)
        return found

    options.setdefault("clock", FakeClock())
    return job.package.create_client("k", httpx_args={"transport": httpx.MockTransport(answer)}, **options)


def _lines(caplog: pytest.LogCaptureFixture, job: Job) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == job.provider.package]


def _url() -> str:
    """The URL of the last client's first request, as the log writes it."""
    return str(SEEN[0].url)


def _assert_lines(found: list[str], wanted: list[str]) -> None:
    assert len(found) == len(wanted), found
    for line, pattern in zip(found, wanted, strict=True):
        assert re.fullmatch(pattern, line), (line, pattern)


@EACH
def test_requests_and_retries_are_logged_whole(job: Job, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=job.provider.package)
    status, limited = answers.error(job.provider, "RateLimitError")
    code = job.provider.error("RateLimitError").code
    script = [
        httpx.Response(503, content=b"<h1>busy</h1>"),
        httpx.ConnectError("refused"),
        httpx.Response(status, content=json.dumps(limited).encode(), headers={**JSON, "retry-after": "2"}),
        _task(job, sc.SUCCESS),
    ]
    job.fetch("sync_detailed", _client(job, script, max_retries=3), "t-1")
    url = re.escape(_url())
    reason = f"RateLimitError \\(HTTP {status}, code {re.escape(str(code))}\\)"
    _assert_lines(
        _lines(caplog, job),
        [
            f"GET {url} -> HTTP 503 in {MS}",
            rf"retrying GET {url} in 0\.\d\ds \(retry 1 of 3\): ServerError \(HTTP 503\)",
            f"GET {url} -> ApiConnectionError after {MS}",
            rf"retrying GET {url} in [01]\.\d\ds \(retry 2 of 3\): ApiConnectionError",
            f"GET {url} -> HTTP {status} in {MS}",
            rf"retrying GET {url} in 2\.00s \(retry 3 of 3\): {reason}",
            f"GET {url} -> HTTP 200 in {MS}",
        ],
    )


@EACH
def test_polls_and_the_end_of_a_wait_are_logged_whole(job: Job, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=job.provider.package)
    statuses = job.statuses
    script = [
        _task(job, sc.PENDING),
        httpx.Response(503, content=b"busy"),
        _task(job, sc.WORKING),
        _task(job, sc.SUCCESS),
    ]
    policy = job.package.PollPolicy(initial=2.0, multiplier=1.0, maximum=2.0, jitter=0.0)
    job.run("sync", _client(job, script), "t-1", policy=policy)
    helper = re.escape(f"{job.kind.helper}('t-1')")
    polls = [line for line in _lines(caplog, job) if not line.startswith("GET ")]
    _assert_lines(
        polls,
        [
            rf"{helper}: poll 1: {statuses.pending}; next poll in 2\.00s",
            rf"{helper}: poll 2: ServerError; next poll in 2\.00s",
            rf"{helper}: poll 3: {statuses.working}; next poll in 2\.00s",
            rf"{helper}: {statuses.success} after 6\.0s \(4 polls\)",
        ],
    )


@EACH
def test_a_wait_that_fails_says_so_in_one_line(job: Job, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=job.provider.package)
    with pytest.raises(job.package.TaskFailedError):
        job.run("sync", _client(job, [_task(job, sc.FAILED)]), "t-1")
    _assert_lines(
        _lines(caplog, job), [re.escape(f"{job.kind.helper}('t-1'): gave up after 0.0s (1 poll): TaskFailedError")]
    )


@EACH
def test_a_poll_helper_logs_its_step(job: Job, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=job.provider.package)
    policy = job.package.PollPolicy(initial=3.0, multiplier=1.0, maximum=3.0, jitter=0.0)
    job.poll("sync", _client(job, [_task(job, sc.WORKING)]), "t-1", policy=policy)
    job.poll("sync", _client(job, [httpx.Response(503, content=b"busy")], max_retries=0), "t-1", policy=policy)
    polls = [line for line in _lines(caplog, job) if not line.startswith("GET ")]
    helper = re.escape(f"{job.kind.helper}('t-1')")
    _assert_lines(
        polls,
        [
            rf"{helper}: poll 1: {job.statuses.working}; next poll in 3\.00s",
            rf"{helper}: poll 1: ServerError; next poll in 3\.00s",
        ],
    )


@EACH
@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), (" INFO ", logging.INFO), ("loud", None)])
def test_the_log_variable_attaches_one_handler_at_its_level(
    job: Job, value: str, level: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    logs = importlib.import_module(f"{job.provider.package}.lib._core.logs")
    logger = logging.getLogger(job.provider.package)
    before = (list(logger.handlers), logger.level)
    monkeypatch.setenv(job.provider.log_env, value)
    try:
        for _ in range(2):
            assert logs.configure_from_env(job.provider.log_env) == level
            job.package.create_client("k")
        added = [h for h in logger.handlers if h not in before[0]]
        if level is None:
            assert added == [] and logger.level == before[1]
        else:
            [handler] = added
            assert logger.level == level and isinstance(handler, logging.StreamHandler)
            assert (
                handler.formatter is not None
                and handler.formatter._fmt == "%(asctime)s %(name)s %(levelname)s %(message)s"
            )
    finally:
        logger.handlers[:] = before[0]
        logger.setLevel(before[1])
