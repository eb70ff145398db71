"""The scaling doc's proof (issue 13): the Celery task of docs/scaling.md, taken from the page itself (its
```python file=celery_waits.py block), runs on a real Celery worker in this process (Celery's in-memory broker,
the solo pool) against the stand-in, for jobs of every kind that succeed, fail and time out. Each run of the task
is one `poll_<kind>`, re-scheduled with the delay the poll returned (`retry(countdown=...)`) on the kind's own
schedule scaled down to milliseconds. The worker is shut down at the end and leaves no thread behind."""

from __future__ import annotations

import dataclasses
import importlib.util
import re
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from pipeline import ROOT
from registry import providers
from tests.doubles import recording
from tests.doubles.endpoints import Job, jobs
from tests.doubles.standin.server import StandInServer

DOC = ROOT / "docs" / "scaling.md"
BLOCK = re.compile(r"^```python file=celery_waits\.py\n(.*?)^```", re.MULTILINE | re.DOTALL)
SCALE = 1 / 2000  # a 2-10 minute band becomes 60-300 ms
TIMEOUT = 1.0  # seconds a `never` job is waited for
OUTCOMES = ("progress", "failed", "never")


def _module(tmp: Path) -> ModuleType:
    found = BLOCK.findall(DOC.read_text(encoding="utf-8"))
    assert len(found) == 1, f"{DOC.name}: expected one ```python file=celery_waits.py block"
    path = tmp / "celery_waits.py"
    path.write_text(found[0], encoding="utf-8")
    spec = importlib.util.spec_from_file_location("celery_waits", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["celery_waits"] = module
    spec.loader.exec_module(module)
    return module


def _scaled(job: Job) -> Any:
    """The kind's default schedule with every figure scaled down (so countdowns are milliseconds)."""
    schedule = job.schedule
    policy = schedule.policy
    small = dataclasses.replace(policy, initial=policy.initial * SCALE, maximum=policy.maximum * SCALE)
    band = None if schedule.band is None else (schedule.band[0] * SCALE, schedule.band[1] * SCALE)
    interval = None if schedule.interval is None else schedule.interval * SCALE
    return dataclasses.replace(
        schedule, policy=small, band=band, interval=interval, wake_interval=schedule.wake_interval * SCALE
    )


@pytest.fixture(scope="module")
def celery_waits(standin: StandInServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The doc's module, its app on the in-memory broker, a worker thread running it, the environment pointing
    every package's create_client() at the stand-in; all undone afterwards."""
    from celery.contrib.testing.worker import start_worker  # type: ignore[import-untyped]

    module = _module(tmp_path_factory.mktemp("celery"))
    module.app.conf.update(
        broker_url="memory://",
        result_backend="cache+memory://",
        broker_transport_options={"polling_interval": 0.01},
        worker_hijack_root_logger=False,
        worker_enable_remote_control=False,
        task_serializer="json",
        result_serializer="json",
    )
    for job in jobs():
        module.SCHEDULES[(job.provider.package, job.kind.key)] = _scaled(job)
    threads = set(threading.enumerate())
    with pytest.MonkeyPatch.context() as patch:
        for provider in providers():
            patch.setenv(provider.api_key_env, recording.FAKE_KEY)
            patch.setenv(provider.base_url_env, standin.base_url(provider.key))
        try:
            with start_worker(module.app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
                yield module
        finally:
            for provider in providers():  # the clients the worker made: close their keep-alive connections
                module.client_for(provider.package).get_httpx_client().close()
            module.client_for.cache_clear()
            sys.modules.pop("celery_waits", None)
    deadline = time.monotonic() + 10
    while set(threading.enumerate()) - threads and time.monotonic() < deadline:
        time.sleep(0.05)
    assert set(threading.enumerate()) <= threads, "the worker left threads running"


def _polls(standin: StandInServer, job_id: str) -> int:
    return sum(1 for request in standin.requests if job_id in request.path)


def _names(error: BaseException, job: Job, name: str) -> bool:
    """Whether the error the result backend gave back is the SDK's `name`: with the JSON serializer Celery cannot
    rebuild an error whose attributes are keyword arguments, and gives an Exception naming its class instead."""
    return type(error).__name__ == name or f"{job.provider.package}.{name}" in str(error)


@pytest.mark.timeout(120)
def test_the_docs_celery_task_waits_for_jobs_that_succeed_fail_and_time_out(
    celery_waits: ModuleType, standin: StandInServer
) -> None:
    started: dict[tuple[Job, str], tuple[str, Any]] = {}
    for job in jobs():
        for outcome in OUTCOMES:
            job_id = f"{outcome}-celery-{job.provider.key}-{job.kind.key}"
            result = celery_waits.wait_for_job.delay(job.provider.package, job.kind.key, job_id, time.time(), TIMEOUT)
            started[(job, outcome)] = (job_id, result)
    for (job, outcome), (job_id, result) in started.items():
        where = f"{job} {outcome}"
        if outcome == "progress":
            task = result.get(timeout=60)
            model = getattr(job.package.models, job.kind.model).from_dict(task)
            assert job.status_of(model) == job.statuses.success, where
            assert _polls(standin, job_id) == 3, where  # pending, working, done: one poll per task run
            continue
        with pytest.raises(Exception) as caught:
            result.get(timeout=60, propagate=True)
        assert result.state == "FAILURE", where
        if outcome == "failed":
            assert _names(caught.value, job, "TaskFailedError") and job_id in str(caught.value), where
            assert _polls(standin, job_id) == 2, where
        else:
            assert _names(caught.value, job, "WaitTimeoutError") and job_id in str(caught.value), where
            assert _polls(standin, job_id) >= 3, where  # at submission, at the band's start, and on


def test_the_doc_shows_the_task_and_retries_with_the_polls_delay() -> None:
    text = DOC.read_text(encoding="utf-8")
    (code,) = BLOCK.findall(text)
    assert "self.retry(countdown=min(result.delay, left))" in code
    assert "attempt=self.request.retries + 1" in code
