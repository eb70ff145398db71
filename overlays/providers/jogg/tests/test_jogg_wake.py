"""JoggAI's webhooks wake its waits (issue 13; docs/scaling.md): the doc's handler verifies the signed event and
sets the event the wait sleeps on, so the wait polls at the webhook's moment and ends there; a request that fails
verification wakes nothing. On the virtual clock, the webhooks arriving as timers."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from typing import Any

from tests.doubles.clock import FakeClock
from tests.doubles.request_log import RequestLog

import jogg_ai_client as jogg
from jogg_ai_client import webhooks

SECRET = "whsec_abc123xyz"


def handler(wakes: dict[str, threading.Event], answers: list[int]) -> Callable[[bytes, str | None], None]:
    """The handler of docs/scaling.md, noting the HTTP status it would answer."""

    def on_webhook(raw_body: bytes, signature: str | None) -> None:
        try:
            event = webhooks.verify(raw_body, signature, SECRET)
        except webhooks.WebhookVerificationError:
            answers.append(400)
            return
        video_id = getattr(event.data, "video_id", None)
        if isinstance(video_id, str) and video_id in wakes:
            wakes[video_id].set()
        answers.append(200)

    return on_webhook


def body(video_id: str) -> bytes:
    event: dict[str, Any] = {
        "event_id": "evt_123456789",
        "event": "generated_avatar_video_success",
        "timestamp": int(time.time()),
        "data": {"video_id": video_id, "status": "completed"},
    }
    return json.dumps(event).encode()


def test_a_verified_webhook_ends_the_wait_at_once_and_a_forged_one_wakes_nothing(
    make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    video_id = task_id("after2")
    wakes = {video_id: threading.Event()}
    answers: list[int] = []
    on_webhook = handler(wakes, answers)
    signed = body(video_id)
    clock.call_at(clock.now + 50.0, lambda: on_webhook(signed, "0" * 64))  # forged: refused
    clock.call_at(clock.now + 200.0, lambda: on_webhook(signed, webhooks.sign(signed, SECRET)))
    log = RequestLog()
    video = jogg.wait_for_avatar_video(
        make_client("jogg", httpx_args={"transport": log}), video_id, wake=wakes[video_id]
    )
    assert str(video.status) == "completed"
    assert answers == [400, 200]
    assert clock.elapsed == 200.0  # polled at the webhook: no lag
    assert len(log) == 2  # at submission, at the webhook
