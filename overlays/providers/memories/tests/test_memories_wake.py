"""Memories.ai's unsigned callback wakes a screenplay wait (issue 13; docs/scaling.md): the doc's handler parses
the body and sets the wait's event; the wait's own authenticated poll decides, so a forged callback for a task
still running costs a poll (and one follow-up on the schedule) and changes nothing. On the virtual clock."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

import pytest
from tests.doubles.clock import FakeClock

import memories_ai_client as mem
from memories_ai_client import webhooks


def handler(wakes: dict[str, threading.Event]) -> Callable[[bytes], int]:
    """The handler of docs/scaling.md."""

    def on_callback(raw_body: bytes) -> int:
        try:
            callback = webhooks.parse(raw_body)
        except webhooks.WebhookVerificationError:
            return 400
        if callback.task_id in wakes:
            wakes[callback.task_id].set()
        return 200

    return on_callback


def test_a_callback_wakes_the_wait_and_the_poll_decides(
    make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    wanted = task_id("after4")
    wakes = {wanted: threading.Event()}
    on_callback = handler(wakes)
    callback = json.dumps({"code": 200, "message": "SUCCESS", "data": {}, "task_id": wanted}).encode()
    clock.call_at(clock.now + 100.0, lambda: on_callback(callback))  # forged: the task is still running
    clock.call_at(clock.now + 400.0, lambda: on_callback(callback))  # the real one
    clock.call_at(clock.now + 10.0, lambda: on_callback(b"not json"))  # refused before it wakes anything
    polls: list[float] = []
    task = mem.wait_for_screenplay_task(
        make_client("memories"), wanted, wake=wakes[wanted], on_progress=lambda t: polls.append(clock.elapsed)
    )
    assert str(task.status) == "completed"
    schedule = mem.DEFAULT_SCHEDULES["wait_for_screenplay_task"]
    assert schedule.band is not None
    start = schedule.band[0]
    assert polls[:2] == [0.0, 100.0]
    assert start - schedule.jitter * schedule.step <= polls[2] <= start  # the follow-up, on the schedule
    assert polls[3] == pytest.approx(400.0)  # the real callback: no lag
