"""Progress callbacks (issue 10, 6): in an `_async` helper `on_progress` may be a coroutine function, and is
awaited; a callback that raises ends the wait with that very exception, unchanged, sync or async; a coroutine
function given to a sync helper is refused before any request, not left un-awaited."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from tests.doubles.endpoints import MODES, Job, jobs
from tests.doubles.standin.server import StandInServer

ALL = pytest.mark.parametrize("job", jobs(), ids=str)
BOTH = pytest.mark.parametrize("mode", MODES)


class Stop(Exception):
    """Raised by a callback."""


@ALL
def test_a_coroutine_callback_is_awaited_by_the_async_helper(
    job: Job, make_client: Callable[..., Any], task_id: Callable[..., str]
) -> None:
    seen = []

    async def on_progress(task: Any) -> None:
        await asyncio.sleep(0)
        seen.append(job.status_of(task))

    job.run("async", make_client(job.provider.key), task_id("progress"), on_progress=on_progress)
    assert seen == list(job.statuses.progression), "each poll's coroutine ran to its end"


@ALL
@BOTH
def test_a_callback_that_raises_ends_the_wait_with_that_exception(
    job: Job, mode: str, make_client: Callable[..., Any], task_id: Callable[..., str]
) -> None:
    raised = Stop("enough")

    def on_progress(task: Any) -> None:
        raise raised

    with pytest.raises(Stop) as caught:
        job.run(mode, make_client(job.provider.key), task_id("progress"), on_progress=on_progress)
    assert caught.value is raised
    assert not hasattr(caught.value, "task_id")


@ALL
def test_a_coroutine_callback_that_raises_ends_the_async_wait_unchanged(
    job: Job, make_client: Callable[..., Any], task_id: Callable[..., str]
) -> None:
    error = job.package.SDKError("the user's own")

    async def on_progress(task: Any) -> None:
        raise error

    with pytest.raises(job.package.SDKError) as caught:
        job.run("async", make_client(job.provider.key), task_id("progress"), on_progress=on_progress)
    assert caught.value is error
    assert caught.value.task_id is None, "an error the callback raised is left as it is"


@ALL
def test_a_coroutine_callback_is_refused_by_the_sync_helper(
    job: Job, make_client: Callable[..., Any], standin: StandInServer, task_id: Callable[..., str]
) -> None:
    async def on_progress(task: Any) -> None:
        return None

    before = len(standin.requests)
    with pytest.raises(job.package.InvalidArgumentError, match="_async"):
        job.run("sync", make_client(job.provider.key), task_id("progress"), on_progress=on_progress)
    assert len(standin.requests) == before
