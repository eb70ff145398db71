"""Logging, the standard library's (issue 10, 3): a logger per package, named after it, with each request
(method, URL without secrets, status, duration), each retry (reason, delay) and each poll (task id, status,
next delay) at DEBUG, and the end of a wait at INFO; `<PREFIX>_LOG=debug|info` turns it on without code.
The key never reaches a record (see also tests/test_secrets_scrubbed.py)."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.doubles.endpoints import Job, jobs
from tests.doubles.standin.server import StandInServer

FIRST_JOB = {job.provider.key: job for job in reversed(jobs())}
EACH = pytest.mark.parametrize("job", list(FIRST_JOB.values()), ids=lambda job: job.provider.key)
KEY = "sk-LOGCHECK-3c9a77e1"


def _records(caplog: pytest.LogCaptureFixture, job: Job, level: int) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == job.provider.package and r.levelno >= level]


@EACH
def test_each_request_and_poll_is_logged_at_debug_and_the_end_at_info(
    job: Job, make_client: Callable[..., Any], task_id: Callable[..., str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=job.provider.package)
    wanted = task_id("progress")
    job.run("sync", make_client(job.provider.key, api_key=KEY), wanted)
    debug = [r.getMessage() for r in _records(caplog, job, logging.DEBUG) if r.levelno == logging.DEBUG]
    info = [r.getMessage() for r in _records(caplog, job, logging.INFO) if r.levelno == logging.INFO]
    requests = [m for m in debug if m.startswith("GET http://127.0.0.1:") and "-> HTTP 200 in" in m]
    assert len(requests) == 3, debug
    assert all(wanted in m for m in requests)
    polls = [m for m in debug if "next poll in" in m]
    assert len(polls) == 2 and all(job.kind.helper in m and repr(wanted) in m for m in polls)
    assert job.statuses.pending in polls[0] and job.statuses.working in polls[1]
    assert len(info) == 1 and job.statuses.success in info[0] and "3 polls" in info[0]
    assert all(KEY not in r.getMessage() and KEY not in repr(r.args) for r in caplog.records)


@EACH
def test_a_retry_is_logged_with_its_reason_and_delay(
    job: Job, make_client: Callable[..., Any], task_id: Callable[..., str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=job.provider.package)
    job.fetch("sync_detailed", make_client(job.provider.key, max_retries=1), task_id("flaky"))
    retries = [r.getMessage() for r in _records(caplog, job, logging.DEBUG) if r.getMessage().startswith("retrying")]
    assert len(retries) == 1
    assert "ServerError (HTTP 503" in retries[0] and "retry 1 of 1" in retries[0]
    assert " in 0." in retries[0], "the delay is named"


@EACH
def test_a_failed_wait_ends_with_an_info_record(
    job: Job, make_client: Callable[..., Any], task_id: Callable[..., str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=job.provider.package)
    with pytest.raises(job.package.TaskFailedError):
        job.run("sync", make_client(job.provider.key), task_id("failed"))
    ends = [r.getMessage() for r in _records(caplog, job, logging.INFO)]
    assert len(ends) == 1 and "TaskFailedError" in ends[0]
    assert not [r for r in caplog.records if r.name == job.provider.package and r.levelno < logging.INFO]


@EACH
def test_nothing_is_logged_above_debug_per_request(
    job: Job, make_client: Callable[..., Any], task_id: Callable[..., str], caplog: pytest.LogCaptureFixture
) -> None:
    """At INFO a two-hour wait writes one line, not one per poll."""
    caplog.set_level(logging.INFO, logger=job.provider.package)
    job.run("sync", make_client(job.provider.key), task_id("after4"))
    assert len(_records(caplog, job, logging.INFO)) == 1


@EACH
def test_query_parameters_that_may_hold_a_key_are_hidden(job: Job, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=job.provider.package)
    client = job.package.create_client(
        KEY, httpx_args={"transport": httpx.MockTransport(lambda request: httpx.Response(404, content=b"no"))}
    )
    http = client.get_httpx_client()
    with pytest.raises(job.package.NotFoundError) as caught:
        http.get("/anything", params={"api_key": KEY, "token": KEY, "page": "2"})
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "api_key=***" in logged and "token=***" in logged and "page=2" in logged
    assert KEY not in logged and KEY not in str(caught.value) and KEY not in (caught.value.url or "")


@EACH
@pytest.mark.parametrize("level", ["debug", "info"])
def test_the_environment_turns_logging_on_without_code(
    job: Job, level: str, standin: StandInServer, tmp_path: Path
) -> None:
    base = standin.base_url(job.provider.key)
    script = (
        f"import {job.provider.package} as p\n"
        f"c = p.create_client({KEY!r}, base_url={base!r}, clock=None)\n"
        f"p.{job.kind.helper}(c, 'after2-env-{level}', policy=p.PollPolicy(0.01, 1, 0.01, 0))\n"
    )
    env = {"PATH": "", job.provider.log_env: level, "PYTHONPATH": ""}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert any(f"{job.provider.package} INFO " in line and job.kind.helper in line for line in lines), lines
    debug = [line for line in lines if f"{job.provider.package} DEBUG " in line]
    assert bool(debug) == (level == "debug"), lines
    assert KEY not in done.stderr


def test_no_environment_variable_means_no_output(standin: StandInServer, tmp_path: Path) -> None:
    job = next(iter(FIRST_JOB.values()))
    base = standin.base_url(job.provider.key)
    script = (
        f"import {job.provider.package} as p\n"
        f"c = p.create_client({KEY!r}, base_url={base!r})\n"
        f"p.{job.kind.helper}(c, 'done-quiet')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, env={"PATH": ""}, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
