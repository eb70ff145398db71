# Layered in by `make regen` from overlays/providers/jogg/public/webhooks.py: edit it there, never here.
"""JoggAI webhooks: check that a request came from JoggAI and read its event.

JoggAI signs each webhook request with the endpoint's `secret` (from `api.webhook.add_webhook_endpoint`): the
`X-Webhook-Signature` header is the hex HMAC-SHA256 of the raw request body under that secret (JoggAI's webhook
guide). `verify` checks it in constant time, then the body's `timestamp` against the clock (the guide documents
no replay protection of its own: a captured request stays validly signed forever, so an old one is refused),
and returns the event with its `data` typed for its family:

    event = webhooks.verify(raw_body, headers.get("X-Webhook-Signature"), secret)
    if isinstance(event.data, webhooks.VideoSucceeded):
        print(event.data.video_url)

An event name the docs do not list is returned too, with its `data` as the mapping JoggAI sent. JoggAI expects
a 2xx answer within 5 seconds and retries anything else: answer first, then do slow work (a download) elsewhere.
`sign` makes the signature JoggAI would send, for testing a handler.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .lib._core.errors import InvalidArgumentError
from .lib._core.webhooks import WebhookVerificationError

SIGNATURE_HEADER = "X-Webhook-Signature"
"""The request header that carries the signature."""
EVENT_HEADER = "X-Webhook-Event"
"""The request header that repeats the event name (the body's `event` is what `verify` reads)."""
DEFAULT_TOLERANCE = 300.0
"""Seconds a request's `timestamp` may be from now, either way, before `verify` refuses it."""

_SIGNATURE = re.compile(r"[0-9a-f]{64}")

VIDEO_SUCCEEDED = frozenset(
    {
        "generated_video_success",
        "generated_avatar_video_success",
        "generated_product_video_success",
        "generated_template_video_success",
        "generated_translate_video_success",
    }
)
VIDEO_FAILED = frozenset(name.replace("_success", "_failed") for name in VIDEO_SUCCEEDED)
AVATAR = frozenset(
    {
        "create_avatar_success",
        "create_avatar_failed",
        "generated_photo_avatar_success",
        "generated_photo_avatar_failed",
        "generated_product_avatar_success",
        "generated_product_avatar_failed",
    }
)
IMAGE_SUCCEEDED, IMAGE_FAILED = frozenset({"generated_image_success"}), frozenset({"generated_image_failed"})
MOTION_SUCCEEDED, MOTION_FAILED = frozenset({"generated_motion_success"}), frozenset({"generated_motion_failed"})
SCRIPT = frozenset({"generated_script_success", "generated_script_failed"})
EVENTS = (
    VIDEO_SUCCEEDED | VIDEO_FAILED | AVATAR | IMAGE_SUCCEEDED | IMAGE_FAILED | MOTION_SUCCEEDED | MOTION_FAILED | SCRIPT
)
"""The 22 event names of JoggAI's webhook guide and List Webhook Events page."""


# --- data, per event family --------------------------------------------------------------------------------
# Each field is what the guide's example payload shows for the family; a field the body lacks, or sends with
# another type, is None, and `raw` keeps the data exactly as sent.


def _text(data: Mapping[str, Any], *names: str) -> str | None:
    for name in names:
        value = data.get(name)
        if isinstance(value, str):
            return value
    return None


def _id(data: Mapping[str, Any], name: str) -> str | int | None:
    value = data.get(name)
    return value if isinstance(value, str | int) and not isinstance(value, bool) else None


def _error(data: Mapping[str, Any]) -> tuple[int | str | None, str | None]:
    """(code, message) of an `error` that is an object ({code, message}) or a plain message."""
    error = data.get("error")
    if isinstance(error, str):
        return None, error
    if isinstance(error, Mapping):
        code = error.get("code")
        return (code if isinstance(code, int | str) and not isinstance(code, bool) else None), _text(error, "message")
    return None, None


@dataclass(frozen=True)
class VideoSucceeded:
    """A video is ready (`generated_avatar_video_success` and the product, template, translate and v1 video
    events). `video_id` falls back to the v1 name `project_id`."""

    video_id: str | None
    status: str | None
    video_url: str | None
    cover_url: str | None
    duration: float | None
    raw: Mapping[str, Any]

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> VideoSucceeded:
        duration = data.get("duration")
        return cls(
            video_id=_text(data, "video_id", "project_id"),
            status=_text(data, "status"),
            video_url=_text(data, "video_url"),
            cover_url=_text(data, "cover_url"),
            duration=float(duration) if isinstance(duration, int | float) and not isinstance(duration, bool) else None,
            raw=data,
        )


@dataclass(frozen=True)
class VideoFailed:
    """A video failed (`generated_avatar_video_failed` and the other `*_video_failed` events)."""

    video_id: str | None
    status: str | None
    error_code: int | str | None
    error_message: str | None
    raw: Mapping[str, Any]

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> VideoFailed:
        code, message = _error(data)
        return cls(_text(data, "video_id", "project_id"), _text(data, "status"), code, message, data)


@dataclass(frozen=True)
class AvatarEvent:
    """An avatar was created or failed (`create_avatar_*`, `generated_photo_avatar_*`,
    `generated_product_avatar_*`); `succeeded` tells which. The guide shows only the success payload."""

    succeeded: bool
    avatar_id: str | int | None
    status: str | None
    preview_url: str | None
    cover_url: str | None
    error_message: str | None
    raw: Mapping[str, Any]

    @classmethod
    def from_data(cls, data: Mapping[str, Any], *, succeeded: bool) -> AvatarEvent:
        return cls(
            succeeded,
            _id(data, "avatar_id"),
            _text(data, "status"),
            _text(data, "preview_url"),
            _text(data, "cover_url"),
            _error(data)[1],
            data,
        )


@dataclass(frozen=True)
class ImageSucceeded:
    """Photo-avatar photos are ready (`generated_image_success`)."""

    photo_id: str | None
    photo_urls: tuple[str, ...]
    raw: Mapping[str, Any]

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> ImageSucceeded:
        urls = data.get("photo_urls")
        found = tuple(url for url in urls if isinstance(url, str)) if isinstance(urls, list) else ()
        return cls(_text(data, "photo_id"), found, data)


@dataclass(frozen=True)
class ImageFailed:
    """Photo generation failed (`generated_image_failed`)."""

    photo_id: str | None
    error_message: str | None
    raw: Mapping[str, Any]

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> ImageFailed:
        return cls(_text(data, "photo_id"), _error(data)[1], data)


@dataclass(frozen=True)
class MotionSucceeded:
    """A motion video is ready (`generated_motion_success`)."""

    motion_id: str | None
    motion_url: str | None
    photo_url: str | None
    raw: Mapping[str, Any]

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> MotionSucceeded:
        return cls(_text(data, "motion_id"), _text(data, "motion_url"), _text(data, "photo_url"), data)


@dataclass(frozen=True)
class MotionFailed:
    """Motion generation failed (`generated_motion_failed`)."""

    motion_id: str | None
    error_message: str | None
    raw: Mapping[str, Any]

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> MotionFailed:
        return cls(_text(data, "motion_id"), _error(data)[1], data)


@dataclass(frozen=True)
class ScriptEvent:
    """AI scripts finished or failed (`generated_script_success` / `_failed`); `succeeded` tells which. The guide
    lists these events without a payload: the fields are those of the AI-scripts result (GET
    /v2/ai_scripts/results/{task_id}), read when present; `raw` has whatever JoggAI sent."""

    succeeded: bool
    task_id: str | None
    status: str | None
    error_message: str | None
    raw: Mapping[str, Any]

    @classmethod
    def from_data(cls, data: Mapping[str, Any], *, succeeded: bool) -> ScriptEvent:
        return cls(succeeded, _text(data, "task_id"), _text(data, "status"), _error(data)[1], data)


EventData = (
    VideoSucceeded
    | VideoFailed
    | AvatarEvent
    | ImageSucceeded
    | ImageFailed
    | MotionSucceeded
    | MotionFailed
    | ScriptEvent
    | Mapping[str, Any]
)


@dataclass(frozen=True)
class WebhookEvent:
    """One webhook request's event: its name, id (`None` where the docs' payload has none, as for image and
    motion events), Unix `timestamp` (None only when verified with `tolerance=None` and the body has none), and
    `data` typed for its family, or the mapping sent for an event the docs do not list. `raw` is the whole body."""

    event: str
    event_id: str | None
    timestamp: int | None
    data: EventData
    raw: Mapping[str, Any]

    @property
    def documented(self) -> bool:
        """Whether the docs list this event (its `data` is then one of the typed classes)."""
        return self.event in EVENTS


def _data(event: str, data: Mapping[str, Any]) -> EventData:
    if event in VIDEO_SUCCEEDED:
        return VideoSucceeded.from_data(data)
    if event in VIDEO_FAILED:
        return VideoFailed.from_data(data)
    if event in AVATAR:
        return AvatarEvent.from_data(data, succeeded=event.endswith("_success"))
    if event in IMAGE_SUCCEEDED:
        return ImageSucceeded.from_data(data)
    if event in IMAGE_FAILED:
        return ImageFailed.from_data(data)
    if event in MOTION_SUCCEEDED:
        return MotionSucceeded.from_data(data)
    if event in MOTION_FAILED:
        return MotionFailed.from_data(data)
    if event in SCRIPT:
        return ScriptEvent.from_data(data, succeeded=event.endswith("_success"))
    return data


# --- signing and verifying ---------------------------------------------------------------------------------


def _raw(payload: object) -> bytes:
    if isinstance(payload, str):
        raise InvalidArgumentError(
            "payload must be the raw request body as bytes, exactly as received (a str may have been re-encoded)"
        )
    if not isinstance(payload, bytes | bytearray | memoryview):
        raise InvalidArgumentError(f"payload must be bytes, not {type(payload).__name__}")
    return bytes(payload)


def _key(secret: object) -> bytes:
    if not isinstance(secret, str) or not secret:
        raise InvalidArgumentError("secret must be the endpoint's secret, a non-empty str")
    return secret.encode("utf-8")


def sign(payload: bytes, secret: str) -> str:
    """The `X-Webhook-Signature` JoggAI sends for a body, for testing a handler.

    Args:
        payload: the raw request body, as bytes.
        secret: the endpoint's secret.

    Returns:
        The hex HMAC-SHA256 of the body under the secret (64 lowercase hex digits).

    Raises:
        InvalidArgumentError: `payload` is not bytes, or `secret` is empty.
    """
    return hmac.new(_key(secret), _raw(payload), hashlib.sha256).hexdigest()


def verify(
    payload: bytes, signature: str | None, secret: str, *, tolerance: float | None = DEFAULT_TOLERANCE
) -> WebhookEvent:
    """Check a webhook request and return its event.

    Args:
        payload: the raw request body, as bytes, exactly as received (not parsed and re-serialised).
        signature: the `X-Webhook-Signature` header (None when the request had none).
        secret: the endpoint's secret, from `add_webhook_endpoint`.
        tolerance: seconds the body's `timestamp` may be from now, either way (default 300); None skips the
            time check.

    Returns:
        The WebhookEvent: its name, id, timestamp and data (typed for a documented event family).

    Raises:
        WebhookVerificationError: the signature is missing, malformed (not 64 hex digits) or wrong (compared in
            constant time), the body is not a JSON object with an `event` name, or its `timestamp` is missing or
            further than `tolerance` from now. Answer such a request with HTTP 400 and do not act on it.
        InvalidArgumentError: `payload` is not bytes, or `secret` is empty: a mistake in the handler.
    """
    body, key = _raw(payload), _key(secret)
    if tolerance is not None and (isinstance(tolerance, bool) or not math.isfinite(tolerance) or tolerance < 0):
        raise InvalidArgumentError("tolerance must be a number of seconds >= 0, or None")
    if signature is None or not isinstance(signature, str) or not signature.strip():
        raise WebhookVerificationError(f"no {SIGNATURE_HEADER}: the request is not signed")
    given = signature.strip().lower()
    if not _SIGNATURE.fullmatch(given):
        raise WebhookVerificationError(f"malformed {SIGNATURE_HEADER}: expected 64 hex digits")
    if not hmac.compare_digest(given, hmac.new(key, body, hashlib.sha256).hexdigest()):
        raise WebhookVerificationError(f"{SIGNATURE_HEADER} does not match the body: wrong secret or altered body")
    return _event(body, tolerance)


def _event(body: bytes, tolerance: float | None) -> WebhookEvent:
    try:
        decoded = json.loads(body)
    except (ValueError, RecursionError):
        raise WebhookVerificationError("the body is not JSON") from None
    if not isinstance(decoded, dict):
        raise WebhookVerificationError("the body is not a JSON object")
    event = decoded.get("event")
    if not isinstance(event, str) or not event:
        raise WebhookVerificationError("the body has no event name")
    stamp = decoded.get("timestamp")
    timestamp: int | None = None
    if isinstance(stamp, int | float) and not isinstance(stamp, bool) and math.isfinite(stamp):
        timestamp = int(stamp)
    if tolerance is not None:
        if timestamp is None:
            raise WebhookVerificationError("the body has no timestamp (an integer of Unix seconds) to check")
        skew = abs(time.time() - timestamp)
        if skew > tolerance:
            raise WebhookVerificationError(
                f"the body's timestamp is {skew:.0f} s from now, more than the {tolerance:g} s allowed"
            )
    data = decoded.get("data", {})
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise WebhookVerificationError("the body's data is not a JSON object")
    event_id = decoded.get("event_id")
    return WebhookEvent(
        event=event,
        event_id=event_id if isinstance(event_id, str) else None,
        timestamp=timestamp,
        data=_data(event, data),
        raw=decoded,
    )


__all__ = [
    "DEFAULT_TOLERANCE",
    "EVENTS",
    "EVENT_HEADER",
    "SIGNATURE_HEADER",
    "AvatarEvent",
    "EventData",
    "ImageFailed",
    "ImageSucceeded",
    "MotionFailed",
    "MotionSucceeded",
    "ScriptEvent",
    "VideoFailed",
    "VideoSucceeded",
    "WebhookEvent",
    "WebhookVerificationError",
    "sign",
    "verify",
]
