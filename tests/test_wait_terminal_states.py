"""Every wait helper, sync and async, on every terminal path, replayed from cassettes."""

from __future__ import annotations

import pytest

from support.helpers import HELPERS, MODES
from support.request_log import RequestLog

pytestmark = pytest.mark.vcr

ALL = pytest.mark.parametrize("helper", HELPERS, ids=str)
BOTH = pytest.mark.parametrize("mode", MODES)


@ALL
@BOTH
def test_progress_returns_the_task_at_its_success_state(helper, mode, make_client, clock, task_id):
    seen = []
    log = RequestLog()
    client = make_client(helper.provider, httpx_args={"transport": log})
    wanted = task_id("progress")

    task = helper.run(mode, client, wanted, on_progress=seen.append)

    assert str(task.status) == helper.success
    assert helper.task_id_of(task) == wanted
    assert [str(t.status) for t in seen] == list(helper.progression)
    assert len(log) == 3
    policy = helper.package.DEFAULT_POLICIES[helper.name]
    assert len(clock.sleeps) == 2
    for attempt, slept in enumerate(clock.sleeps, start=1):
        base = policy.base_delay(attempt)
        assert base * (1 - policy.jitter) <= slept <= base


@ALL
@BOTH
def test_done_returns_after_one_poll_without_sleeping(helper, mode, make_client, clock, task_id):
    log = RequestLog()
    task = helper.run(mode, make_client(helper.provider, httpx_args={"transport": log}), task_id("done"))
    assert str(task.status) == helper.success
    assert len(log) == 1
    assert clock.sleeps == []


@ALL
@BOTH
def test_failed_raises_task_failed_with_the_providers_error_text(helper, mode, make_client, clock, task_id):
    wanted = task_id("failed")
    with pytest.raises(helper.package.TaskFailedError) as caught:
        helper.run(mode, make_client(helper.provider), wanted)
    error = caught.value
    assert not isinstance(error, helper.package.TaskCancelledError)
    assert error.task_id == wanted
    assert error.status == "failed"
    assert wanted in str(error)
    for text in helper.failure_text:
        assert text in str(error)


@BOTH
def test_memories_cancelled_raises_task_cancelled(mode, make_client, clock, task_id):
    helper = next(h for h in HELPERS if h.provider == "memories")
    wanted = task_id("cancelled")
    with pytest.raises(helper.package.TaskCancelledError) as caught:
        helper.run(mode, make_client("memories"), wanted)
    assert isinstance(caught.value, helper.package.TaskFailedError)
    assert caught.value.task_id == wanted
    assert caught.value.status == "cancelled"
    assert wanted in str(caught.value)
