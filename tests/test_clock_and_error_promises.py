"""Small promises of the runtime's clock and errors, each found unchecked by `make mutate` (docs/robustness.md):

- the real clock's event waits return as soon as the event is set, and after the time asked for (not a second
  later, not never) when it is not;
- an undeclared 2xx with `raise_on_unexpected_status` is UnexpectedStatus, with the status, the body and a message
  that names the status;
- an error class the package defines anywhere in its runtime shows under the package's own name (what pickling
  and `except package.Error` rely on);
- a create-and-wait whose `on_progress` raises one of the package's errors still says which job was created.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import threading
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import Job, jobs, packages
from tests.doubles.standin import answers, scenarios
from tests.test_create_and_wait import documented_body

PACKAGES = packages()
EACH = pytest.mark.parametrize("package", list(PACKAGES.values()), ids=list(PACKAGES))
FIRST_JOB = {job.provider.key: job for job in reversed(jobs())}


def _clock(package: ModuleType) -> Any:
    return importlib.import_module(f"{package.__name__}.lib._core.clock").Clock()


@EACH
def test_the_real_clock_waits_on_an_event_no_longer_than_asked(package: ModuleType) -> None:
    clock = _clock(package)
    began = time.monotonic()
    assert clock.wait_event(threading.Event(), 0.05) is False
    assert clock.wait_event(threading.Event(), -3.0) is False
    assert time.monotonic() - began < 0.5
    ready = threading.Event()
    ready.set()
    assert clock.wait_event(ready, 30.0) is True


@EACH
def test_the_real_clock_waits_on_an_asyncio_event_no_longer_than_asked(package: ModuleType) -> None:
    clock = _clock(package)

    async def waits() -> tuple[bool, bool, bool, float]:
        began = time.monotonic()
        quiet = await clock.async_wait_event(asyncio.Event(), 0.05)
        negative = await clock.async_wait_event(asyncio.Event(), -1.0)
        took = time.monotonic() - began
        ready = asyncio.Event()
        ready.set()
        return quiet, negative, await clock.async_wait_event(ready, 30.0), took

    quiet, negative, woken, took = asyncio.run(waits())
    assert (quiet, negative, woken) == (False, False, True) and took < 0.5


@pytest.mark.parametrize("job", list(FIRST_JOB.values()), ids=list(FIRST_JOB))
def test_an_undeclared_2xx_is_unexpected_status_when_asked_for(job: Job) -> None:
    _, task = answers.task_body(job, "t-1", scenarios.SUCCESS)
    body = json.dumps(task).encode()
    transport = httpx.MockTransport(lambda request: httpx.Response(203, content=body))
    client = job.package.create_client(
        "k", httpx_args={"transport": transport}, raise_on_unexpected_status=True, clock=FakeClock()
    )
    with pytest.raises(job.package.UnexpectedStatus) as caught:
        job.fetch("sync_detailed", client, "t-1")
    error = caught.value
    assert (error.status_code, error.body, error.content, error.message) == (
        203,
        body,
        body,
        "unexpected HTTP status 203",
    )


@EACH
def test_an_error_class_the_runtime_defines_shows_under_the_packages_name(package: ModuleType) -> None:
    inside = type("Defined", (package.ApiError,), {"__module__": f"{package.__name__}.lib._core.somewhere"})
    outside = type("Users", (package.ApiError,), {"__module__": "users.code"})
    assert (inside.__module__, outside.__module__) == (package.__name__, "users.code")


@pytest.mark.parametrize("job", [j for j in FIRST_JOB.values() if j.creates], ids=str)
@pytest.mark.parametrize("own_id", [None, "the-callbacks-own"])
def test_an_sdk_error_from_on_progress_still_names_the_created_job(
    job: Job, own_id: str | None, make_client: Callable[..., Any], standin: Any
) -> None:
    create, op = job.creates[0]

    def stop(task: object) -> None:
        error = job.package.SDKError("stop here")
        error.task_id = own_id
        raise error

    with pytest.raises(job.package.SDKError) as caught:
        getattr(job.package, create.helper)(make_client(job.provider.key), documented_body(op), on_progress=stop)
    created = standin.created[-1]
    assert caught.value.task_id == (own_id or created)
    assert caught.value.__notes__ == [
        f"the job {created!r} was created: resume with {job.kind.helper}(client, {created!r})"
    ]


@pytest.mark.parametrize("job", [j for j in FIRST_JOB.values() if j.creates], ids=str)
def test_an_async_create_refuses_a_threading_event_before_it_creates(
    job: Job, make_client: Callable[..., Any], standin: Any
) -> None:
    create, op = job.creates[0]
    before = len(standin.created)
    helper = getattr(job.package, f"{create.helper}_async")
    with pytest.raises(job.package.InvalidArgumentError, match=r"wake must be an asyncio\.Event"):
        asyncio.run(helper(make_client(job.provider.key), documented_body(op), wake=threading.Event()))
    assert len(standin.created) == before
