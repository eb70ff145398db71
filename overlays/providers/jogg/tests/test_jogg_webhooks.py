"""`jogg_ai_client.webhooks`: `verify` against the docs' own example and against signatures made here with
`hmac`, every way a request is refused, the typed data of each documented event family (from the webhook guide's
example payloads), unknown events kept, and properties: a signed body always verifies, and flipping any byte of
it or of its signature never does.

The guide: ../shared/provider-docs/joggai-webhook-guide.md (JoggAI-Tech/docs, WebhookIntegration.mdx @73d097d).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import subprocess
import sys
import time
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import jogg_ai_client
import jogg_ai_client.webhooks as imported
from jogg_ai_client import webhooks

SECRET = "whsec_abc123xyz"  # the guide's add-endpoint answer
DOCS_SIGNATURE = "7256c87be255861cbbe92f4a04a4500176b045a287f258e32e5b6c6b96d7f290"  # its request-headers example

# The guide's example payloads, one per documented family ("Event Payloads").
VIDEO_SUCCESS = {
    "event_id": "evt_123456789",
    "event": "generated_avatar_video_success",
    "timestamp": 1732806631,
    "data": {
        "video_id": "video_123456",
        "status": "completed",
        "video_url": "https://res.jogg.ai/video.mp4",
        "cover_url": "https://res.jogg.ai/cover.jpg",
        "duration": 30,
    },
}
VIDEO_FAILED = {
    "event_id": "evt_123456789",
    "event": "generated_avatar_video_failed",
    "timestamp": 1732806631,
    "data": {
        "video_id": "video_123456",
        "status": "failed",
        "error": {"code": 50000, "message": "Video generation failed"},
    },
}
AVATAR_SUCCESS = {
    "event_id": "evt_987654321",
    "event": "generated_photo_avatar_success",
    "timestamp": 1732806631,
    "data": {
        "avatar_id": 123,
        "status": "completed",
        "preview_url": "https://res.jogg.ai/avatar-preview.mp4",
        "cover_url": "https://res.jogg.ai/avatar-cover.jpg",
    },
}
IMAGE_SUCCESS = {
    "event": "generated_image_success",
    "timestamp": 1732806631,
    "data": {
        "photo_id": "photo_123456",
        "photo_urls": ["https://res.jogg.ai/image1.jpg", "https://res.jogg.ai/image2.jpg"],
    },
}
IMAGE_FAILED = {
    "event": "generated_image_failed",
    "timestamp": 1732806631,
    "data": {"photo_id": "photo_123456", "error": "Image generation failed due to invalid parameters"},
}
MOTION_SUCCESS = {
    "event": "generated_motion_success",
    "timestamp": 1732806631,
    "data": {
        "motion_id": "motion_123456",
        "motion_url": "https://res.jogg.ai/motion.mp4",
        "photo_url": "https://res.jogg.ai/photo.jpg",
    },
}
MOTION_FAILED = {
    "event": "generated_motion_failed",
    "timestamp": 1732806631,
    "data": {"motion_id": "motion_123456", "error": "Motion generation failed due to processing error"},
}


def body(payload: dict[str, Any], **changes: Any) -> bytes:
    return json.dumps({**payload, **changes}, indent=2).encode()


def hmac_hex(raw: bytes, secret: str = SECRET) -> str:
    return hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()


def fresh(payload: dict[str, Any]) -> bytes:
    return body(payload, timestamp=int(time.time()))


# --- the docs' example and hmac-made signatures -------------------------------------------------------------


def test_the_docs_example_signature_has_the_shape_verify_reads_and_sign_writes() -> None:
    """The guide shows one signature, 7256c87b..., in its request-headers example, without the body or secret it
    was computed over (no example payload under `whsec_abc123xyz`, nor under the v1 guide's secret, in any
    spelling, gives it): it is a sample of the format, 64 lowercase hex digits. verify takes it as well-formed and
    refuses it for not matching; sign writes the same shape."""
    raw = body(VIDEO_SUCCESS)
    with pytest.raises(jogg_ai_client.WebhookVerificationError, match="does not match"):
        webhooks.verify(raw, DOCS_SIGNATURE, SECRET, tolerance=None)
    with pytest.raises(jogg_ai_client.WebhookVerificationError, match="does not match"):
        webhooks.verify(raw, DOCS_SIGNATURE.upper(), SECRET, tolerance=None)
    made = webhooks.sign(raw, SECRET)
    assert len(made) == len(DOCS_SIGNATURE) == 64 and made == made.lower()
    assert all(ch in "0123456789abcdef" for ch in made)


@pytest.mark.parametrize("payload", [VIDEO_SUCCESS, VIDEO_FAILED, AVATAR_SUCCESS, IMAGE_SUCCESS, MOTION_FAILED])
def test_an_hmac_signature_of_the_raw_body_verifies(payload: dict[str, Any]) -> None:
    raw = body(payload)
    assert webhooks.sign(raw, SECRET) == hmac_hex(raw)
    event = webhooks.verify(raw, hmac_hex(raw), SECRET, tolerance=None)
    assert event.event == payload["event"]
    assert event.event_id == payload.get("event_id")
    assert event.timestamp == payload["timestamp"]
    assert event.raw == payload
    assert event.documented


def test_the_docs_python_snippet_and_verify_agree() -> None:
    """The guide's Python example, as written there, accepts what sign makes."""

    def verify_webhook_signature(payload: bytes, signature: str, secret: str) -> bool:
        expected = hmac.new(secret.encode("utf-8"), payload, hashlib.sha256).hexdigest()
        return hmac.compare_digest(signature, expected)

    raw = fresh(VIDEO_SUCCESS)
    assert verify_webhook_signature(raw, webhooks.sign(raw, SECRET), SECRET)
    assert webhooks.verify(raw, webhooks.sign(raw, SECRET), SECRET).event == "generated_avatar_video_success"


def test_a_signature_header_with_spaces_or_capitals_still_verifies() -> None:
    raw = fresh(VIDEO_SUCCESS)
    assert webhooks.verify(raw, f"  {hmac_hex(raw).upper()}\n", SECRET).event_id == "evt_123456789"


# --- every rejection ----------------------------------------------------------------------------------------

SIGNED = body(VIDEO_SUCCESS)
ALTERED = body(VIDEO_SUCCESS, event="generated_avatar_video_failed")
COMPACT = json.dumps(VIDEO_SUCCESS).encode()
DATA_LIST = body(VIDEO_SUCCESS, data=[1])
REJECTED = [
    pytest.param(SIGNED, None, "no X-Webhook-Signature", id="missing"),
    pytest.param(SIGNED, "", "no X-Webhook-Signature", id="empty"),
    pytest.param(SIGNED, "abc123", "malformed", id="too-short"),
    pytest.param(SIGNED, "g" * 64, "malformed", id="not-hex"),
    pytest.param(SIGNED, "a" * 65, "malformed", id="too-long"),
    pytest.param(SIGNED, "sha256=" + "a" * 64, "malformed", id="prefixed"),
    pytest.param(SIGNED, hmac_hex(SIGNED, "another-secret"), "does not match", id="wrong-secret"),
    pytest.param(ALTERED, hmac_hex(SIGNED), "does not match", id="altered"),
    pytest.param(COMPACT, hmac_hex(SIGNED), "does not match", id="re-serialised"),
    pytest.param(b"not json", hmac_hex(b"not json"), "not JSON", id="not-json"),
    pytest.param(b"\xff\xfe{", hmac_hex(b"\xff\xfe{"), "not JSON", id="not-utf8"),
    pytest.param(b"[1, 2]", hmac_hex(b"[1, 2]"), "not a JSON object", id="array"),
    pytest.param(b"{}", hmac_hex(b"{}"), "no event name", id="no-event"),
    pytest.param(b'{"event": 7}', hmac_hex(b'{"event": 7}'), "no event name", id="event-not-text"),
    pytest.param(DATA_LIST, hmac_hex(DATA_LIST), "data is not", id="data-list"),
]


@pytest.mark.parametrize(("raw", "signature", "reason"), REJECTED)
def test_every_rejection_raises_the_verification_error(raw: bytes, signature: str | None, reason: str) -> None:
    with pytest.raises(jogg_ai_client.WebhookVerificationError, match=reason) as caught:
        webhooks.verify(raw, signature, SECRET, tolerance=None)
    assert isinstance(caught.value, jogg_ai_client.SDKError)


def test_an_old_or_future_timestamp_is_refused_by_the_default_tolerance() -> None:
    for offset in (-301, 301, -86400):
        raw = body(VIDEO_SUCCESS, timestamp=int(time.time()) + offset)
        with pytest.raises(jogg_ai_client.WebhookVerificationError, match="timestamp"):
            webhooks.verify(raw, hmac_hex(raw), SECRET)
    recent = body(VIDEO_SUCCESS, timestamp=int(time.time()) - 290)
    assert webhooks.verify(recent, hmac_hex(recent), SECRET).event


def test_tolerance_sets_the_window_and_none_skips_the_check() -> None:
    raw = body(VIDEO_SUCCESS, timestamp=int(time.time()) - 1000)
    assert webhooks.verify(raw, hmac_hex(raw), SECRET, tolerance=2000).timestamp is not None
    assert webhooks.verify(raw, hmac_hex(raw), SECRET, tolerance=None).timestamp is not None
    with pytest.raises(jogg_ai_client.WebhookVerificationError):
        webhooks.verify(raw, hmac_hex(raw), SECRET, tolerance=10)


@pytest.mark.parametrize("stamp", [None, "1732806631", True])
def test_a_body_without_a_numeric_timestamp_is_refused_unless_the_check_is_off(stamp: object) -> None:
    raw = body(VIDEO_SUCCESS, timestamp=stamp)
    with pytest.raises(jogg_ai_client.WebhookVerificationError, match="no timestamp"):
        webhooks.verify(raw, hmac_hex(raw), SECRET)
    assert webhooks.verify(raw, hmac_hex(raw), SECRET, tolerance=None).timestamp is None


@pytest.mark.parametrize(
    ("payload", "secret", "tolerance"),
    [("a str body", SECRET, 300.0), (b"{}", "", 300.0), (b"{}", SECRET, -1.0), (b"{}", SECRET, float("nan"))],
)
def test_handler_mistakes_are_invalid_arguments_not_rejections(payload: Any, secret: str, tolerance: float) -> None:
    with pytest.raises(jogg_ai_client.InvalidArgumentError):
        webhooks.verify(payload, "a" * 64, secret, tolerance=tolerance)


# --- typed data, per family ---------------------------------------------------------------------------------


def verified(payload: dict[str, Any]) -> webhooks.WebhookEvent:
    raw = body(payload)
    return webhooks.verify(raw, hmac_hex(raw), SECRET, tolerance=None)


def test_video_success() -> None:
    data = verified(VIDEO_SUCCESS).data
    assert isinstance(data, webhooks.VideoSucceeded)
    assert (data.video_id, data.status, data.video_url, data.cover_url, data.duration) == (
        "video_123456", "completed", "https://res.jogg.ai/video.mp4", "https://res.jogg.ai/cover.jpg", 30.0
    )  # fmt: skip


def test_video_failure() -> None:
    data = verified(VIDEO_FAILED).data
    assert isinstance(data, webhooks.VideoFailed)
    assert (data.video_id, data.error_code, data.error_message) == ("video_123456", 50000, "Video generation failed")


def test_avatar() -> None:
    data = verified(AVATAR_SUCCESS).data
    assert isinstance(data, webhooks.AvatarEvent)
    assert (data.succeeded, data.avatar_id, data.preview_url) == (True, 123, "https://res.jogg.ai/avatar-preview.mp4")
    failed = verified({**AVATAR_SUCCESS, "event": "create_avatar_failed", "data": {"avatar_id": 9, "error": "bad"}})
    assert isinstance(failed.data, webhooks.AvatarEvent)
    assert (failed.data.succeeded, failed.data.error_message) == (False, "bad")


def test_image_success_and_failure() -> None:
    ok = verified(IMAGE_SUCCESS)
    assert ok.event_id is None  # the guide's image payloads have none
    assert isinstance(ok.data, webhooks.ImageSucceeded)
    assert ok.data.photo_urls == ("https://res.jogg.ai/image1.jpg", "https://res.jogg.ai/image2.jpg")
    failed = verified(IMAGE_FAILED).data
    assert isinstance(failed, webhooks.ImageFailed)
    assert failed.error_message == "Image generation failed due to invalid parameters"


def test_motion_success_and_failure() -> None:
    ok = verified(MOTION_SUCCESS).data
    assert isinstance(ok, webhooks.MotionSucceeded)
    assert (ok.motion_id, ok.motion_url, ok.photo_url) == (
        "motion_123456", "https://res.jogg.ai/motion.mp4", "https://res.jogg.ai/photo.jpg"
    )  # fmt: skip
    failed = verified(MOTION_FAILED).data
    assert isinstance(failed, webhooks.MotionFailed)
    assert failed.error_message == "Motion generation failed due to processing error"


def test_script_events_read_what_they_carry() -> None:
    payload = {"event": "generated_script_success", "timestamp": 1, "data": {"task_id": "t1", "status": "completed"}}
    event = verified(payload)
    assert isinstance(event.data, webhooks.ScriptEvent)
    assert (event.data.succeeded, event.data.task_id, event.data.status) == (True, "t1", "completed")


@pytest.mark.parametrize("name", sorted(webhooks.EVENTS))
def test_every_documented_event_gets_typed_data(name: str) -> None:
    event = verified({"event": name, "timestamp": 1, "data": {}})
    assert event.documented
    assert not isinstance(event.data, dict)


def test_the_guide_lists_twenty_two_events() -> None:
    assert len(webhooks.EVENTS) == 22


def test_an_undocumented_event_is_returned_with_its_data_as_sent() -> None:
    event = verified({"event": "generated_lip_sync_success", "timestamp": 1, "data": {"task_id": "x", "n": [1]}})
    assert not event.documented
    assert event.data == {"task_id": "x", "n": [1]}


def test_fields_of_another_type_are_none_and_kept_raw() -> None:
    event = verified({**VIDEO_SUCCESS, "data": {"video_id": 5, "video_url": None, "duration": "30"}})
    assert isinstance(event.data, webhooks.VideoSucceeded)
    assert (event.data.video_id, event.data.video_url, event.data.duration) == (None, None, None)
    assert event.data.raw == {"video_id": 5, "video_url": None, "duration": "30"}


# --- properties ---------------------------------------------------------------------------------------------

SECRETS = st.text(min_size=1, max_size=40)
JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=20)
EVENT_BODIES = st.fixed_dictionaries(
    {"event": st.text(min_size=1, max_size=40), "timestamp": st.integers(0, 2**40)},
    optional={
        "event_id": st.text(max_size=20),
        "data": st.dictionaries(st.text(max_size=10), JSON_SCALARS, max_size=5),
    },
).map(lambda value: json.dumps(value).encode())


@given(raw=EVENT_BODIES, secret=SECRETS)
def test_a_body_signed_with_sign_always_verifies(raw: bytes, secret: str) -> None:
    event = webhooks.verify(raw, webhooks.sign(raw, secret), secret, tolerance=None)
    assert event.raw == json.loads(raw)


@given(raw=EVENT_BODIES, secret=SECRETS, data=st.data())
def test_flipping_any_byte_of_the_body_fails(raw: bytes, secret: str, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(raw) - 1))
    flip = data.draw(st.integers(1, 255))
    altered = raw[:index] + bytes([raw[index] ^ flip]) + raw[index + 1 :]
    with pytest.raises(jogg_ai_client.WebhookVerificationError):
        webhooks.verify(altered, webhooks.sign(raw, secret), secret, tolerance=None)


@given(raw=st.binary(max_size=200), secret=SECRETS, data=st.data())
def test_changing_any_digit_of_the_signature_fails(raw: bytes, secret: str, data: st.DataObject) -> None:
    signature = webhooks.sign(raw, secret)
    index = data.draw(st.integers(0, 63))
    other = data.draw(st.sampled_from([c for c in "0123456789abcdef" if c != signature[index]]))
    with pytest.raises(jogg_ai_client.WebhookVerificationError, match="does not match"):
        webhooks.verify(raw, signature[:index] + other + signature[index + 1 :], secret, tolerance=None)


# --- the module itself --------------------------------------------------------------------------------------


def test_both_import_spellings_give_the_module_and_the_error_is_at_the_top_level() -> None:
    assert imported is webhooks
    assert webhooks.WebhookVerificationError is jogg_ai_client.WebhookVerificationError
    assert issubclass(jogg_ai_client.WebhookVerificationError, jogg_ai_client.SDKError)
    package: ModuleType = jogg_ai_client  # its __all__ comes from a module __getattr__, which mypy does not see
    assert "verify" not in package.__all__  # a submodule's names, not the package's


def test_a_fresh_interpreter_imports_it_by_either_spelling() -> None:
    for statement in ("import jogg_ai_client.webhooks as w", "from jogg_ai_client import webhooks as w"):
        code = f"{statement}; print(w.verify.__module__)"
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert done.stdout.strip() == "jogg_ai_client.webhooks"
