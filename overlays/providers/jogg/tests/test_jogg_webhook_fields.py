"""Every field of every typed webhook event, whole: each family's data compared as one value (a field read from
the wrong key, dropped or left None fails), the v1 `project_id` fallback, an `error` as an object or a plain
message, and the values of another type that read as None. (Found by `make mutate`: the family tests checked a
few fields each; docs/robustness.md.)
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from jogg_ai_client import webhooks


def data_of(event: str, data: dict[str, Any]) -> Any:
    raw = json.dumps({"event": event, "timestamp": 1, "data": data}).encode()
    return webhooks.verify(raw, webhooks.sign(raw, "s"), "s", tolerance=None).data


def test_a_video_success_reads_every_field() -> None:
    data = {"video_id": "v1", "status": "completed", "video_url": "u", "cover_url": "c", "duration": 30}
    assert data_of("generated_product_video_success", data) == webhooks.VideoSucceeded(
        video_id="v1", status="completed", video_url="u", cover_url="c", duration=30.0, raw=data
    )
    v1 = {"project_id": "p1", "duration": 2.5}
    assert data_of("generated_video_success", v1) == webhooks.VideoSucceeded("p1", None, None, None, 2.5, v1)
    assert data_of("generated_video_success", {"duration": True}).duration is None, "a boolean is no duration"


def test_a_video_failure_reads_every_field() -> None:
    data = {"video_id": "v1", "status": "failed", "error": {"code": "E7", "message": "no"}}
    assert data_of("generated_avatar_video_failed", data) == webhooks.VideoFailed("v1", "failed", "E7", "no", data)
    v1 = {"project_id": "p1", "error": "plain words"}
    assert data_of("generated_video_failed", v1) == webhooks.VideoFailed("p1", None, None, "plain words", v1)
    odd = {"video_id": "v1", "error": {"code": True, "message": 5}}
    assert data_of("generated_video_failed", odd) == webhooks.VideoFailed("v1", None, None, None, odd)
    assert data_of("generated_video_failed", {"error": {"code": 50000}}).error_code == 50000


@pytest.mark.parametrize(
    ("event", "succeeded"), [("create_avatar_success", True), ("generated_product_avatar_failed", False)]
)
def test_an_avatar_event_reads_every_field(event: str, succeeded: bool) -> None:
    data = {"avatar_id": "a1", "status": "s", "preview_url": "p", "cover_url": "c", "error": {"message": "m"}}
    assert data_of(event, data) == webhooks.AvatarEvent(succeeded, "a1", "s", "p", "c", "m", data)
    assert data_of(event, {"avatar_id": 7}).avatar_id == 7
    assert data_of(event, {"avatar_id": False}).avatar_id is None, "a boolean is no id"
    assert data_of(event, {"avatar_id": 1.5}).avatar_id is None


def test_image_and_motion_events_read_every_field() -> None:
    image = {"photo_id": "p1", "photo_urls": ["a", 3, "b"]}
    assert data_of("generated_image_success", image) == webhooks.ImageSucceeded("p1", ("a", "b"), image)
    assert data_of("generated_image_success", {"photo_urls": "a"}).photo_urls == ()
    failed = {"photo_id": "p1", "error": "bad"}
    assert data_of("generated_image_failed", failed) == webhooks.ImageFailed("p1", "bad", failed)
    motion = {"motion_id": "m1", "motion_url": "u", "photo_url": "p"}
    assert data_of("generated_motion_success", motion) == webhooks.MotionSucceeded("m1", "u", "p", motion)
    broken = {"motion_id": "m1", "error": {"message": "late"}}
    assert data_of("generated_motion_failed", broken) == webhooks.MotionFailed("m1", "late", broken)


def test_script_events_read_every_field() -> None:
    data = {"task_id": "t1", "status": "failed", "error": "no script"}
    assert data_of("generated_script_failed", data) == webhooks.ScriptEvent(False, "t1", "failed", "no script", data)
    assert data_of("generated_script_success", {}) == webhooks.ScriptEvent(True, None, None, None, {})
