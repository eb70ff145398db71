"""`jogg_ai_client.webhooks.verify` and `sign` at their edges, to the word: each refusal and each handler mistake
says exactly what is wrong, a timestamp exactly `tolerance` seconds away is still fresh, a tolerance of 0 or under
a second is a valid window, a null `data` reads as an empty one, an `event_id` that is not text reads as None,
and a signature header that is not text (raw header bytes, a number) is refused as unsigned.

The clock `verify` reads is pinned here (its module's `time`), so the window's edge is exact.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from types import SimpleNamespace
from typing import Any

import pytest

import jogg_ai_client
from jogg_ai_client import webhooks

SECRET = "whsec_abc123xyz"
NOW = 1_732_806_631
EVENT = {"event_id": "evt_1", "event": "generated_avatar_video_success", "timestamp": NOW, "data": {"video_id": "v1"}}


def signed(payload: dict[str, Any] | bytes) -> tuple[bytes, str]:
    raw = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return raw, webhooks.sign(raw, SECRET)


@pytest.fixture
def pinned(monkeypatch: pytest.MonkeyPatch) -> None:
    """`verify` reads the time as NOW (a float, as time.time() returns)."""
    monkeypatch.setattr(webhooks, "time", SimpleNamespace(time=lambda: float(NOW)))


# --- what each refusal says ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        pytest.param(b"not json", "the body is not JSON", id="not-json"),
        pytest.param(b"[1]", "the body is not a JSON object", id="array"),
        pytest.param(b'{"event": ""}', "the body has no event name", id="empty-event"),
        pytest.param(b'{"event": "x", "data": [1]}', "the body's data is not a JSON object", id="data-list"),
    ],
)
def test_each_refusal_of_the_body_says_what_is_wrong(raw: bytes, words: str) -> None:
    with pytest.raises(jogg_ai_client.WebhookVerificationError) as caught:
        webhooks.verify(raw, webhooks.sign(raw, SECRET), SECRET, tolerance=None)
    assert str(caught.value) == words


def test_a_body_without_a_timestamp_is_refused_in_words_naming_what_is_expected() -> None:
    raw, signature = signed({"event": "generated_avatar_video_success"})
    with pytest.raises(jogg_ai_client.WebhookVerificationError) as caught:
        webhooks.verify(raw, signature, SECRET)
    assert str(caught.value) == "the body has no timestamp (an integer of Unix seconds) to check"


@pytest.mark.parametrize(
    "signature",
    [
        pytest.param(b"0" * 64, id="header-bytes"),
        pytest.param(7, id="number"),
        pytest.param(None, id="none"),
        pytest.param("  ", id="blank"),
    ],
)
def test_a_signature_that_is_not_text_is_refused_as_unsigned(signature: Any) -> None:
    raw, _ = signed(EVENT)
    with pytest.raises(jogg_ai_client.WebhookVerificationError) as caught:
        webhooks.verify(raw, signature, SECRET, tolerance=None)
    assert str(caught.value) == "no X-Webhook-Signature: the request is not signed"


# --- what each handler mistake says -------------------------------------------------------------------------

NOT_BYTES = "payload must be the raw request body as bytes, exactly as received (a str may have been re-encoded)"
NO_SECRET = "secret must be the endpoint's secret, a non-empty str"
BAD_TOLERANCE = "tolerance must be a number of seconds >= 0, or None"


@pytest.mark.parametrize(
    ("payload", "secret", "tolerance", "words"),
    [
        pytest.param('{"event": "x"}', SECRET, None, NOT_BYTES, id="str-payload"),
        pytest.param(42, SECRET, None, "payload must be bytes, not int", id="int-payload"),
        pytest.param(None, SECRET, None, "payload must be bytes, not NoneType", id="none-payload"),
        pytest.param(b"{}", "", None, NO_SECRET, id="empty-secret"),
        pytest.param(b"{}", b"secret", None, NO_SECRET, id="bytes-secret"),
        pytest.param(b"{}", SECRET, -0.5, BAD_TOLERANCE, id="negative-tolerance"),
        pytest.param(b"{}", SECRET, float("inf"), BAD_TOLERANCE, id="infinite-tolerance"),
        pytest.param(b"{}", SECRET, True, BAD_TOLERANCE, id="boolean-tolerance"),
    ],
)
def test_each_handler_mistake_in_verify_says_which(payload: Any, secret: Any, tolerance: Any, words: str) -> None:
    with pytest.raises(jogg_ai_client.InvalidArgumentError) as caught:
        webhooks.verify(payload, "a" * 64, secret, tolerance=tolerance)
    assert str(caught.value) == words


@pytest.mark.parametrize(
    ("payload", "secret", "words"),
    [
        pytest.param("text", SECRET, NOT_BYTES, id="str-payload"),
        pytest.param(3.5, SECRET, "payload must be bytes, not float", id="float-payload"),
        pytest.param(b"{}", "", NO_SECRET, id="empty-secret"),
    ],
)
def test_each_handler_mistake_in_sign_says_which(payload: Any, secret: Any, words: str) -> None:
    with pytest.raises(jogg_ai_client.InvalidArgumentError) as caught:
        webhooks.sign(payload, secret)
    assert str(caught.value) == words


def test_a_non_ascii_secret_signs_with_its_utf8_bytes() -> None:
    raw, secret = b'{"event": "x"}', "s\u00e9cr\u00e8t"
    assert webhooks.sign(raw, secret) == hmac.new(secret.encode("utf-8"), raw, hashlib.sha256).hexdigest()
    assert webhooks.verify(raw, webhooks.sign(raw, secret), secret, tolerance=None).event == "x"


# --- the window's edges -------------------------------------------------------------------------------------


@pytest.mark.usefixtures("pinned")
@pytest.mark.parametrize("offset", [-300, 300])
def test_a_timestamp_exactly_tolerance_away_is_still_fresh(offset: int) -> None:
    raw, signature = signed({**EVENT, "timestamp": NOW + offset})
    assert webhooks.verify(raw, signature, SECRET).timestamp == NOW + offset
    assert webhooks.verify(raw, signature, SECRET, tolerance=300).timestamp == NOW + offset


@pytest.mark.usefixtures("pinned")
def test_one_second_past_the_window_is_refused_with_the_skew_and_the_window() -> None:
    raw, signature = signed({**EVENT, "timestamp": NOW - 301})
    with pytest.raises(jogg_ai_client.WebhookVerificationError) as caught:
        webhooks.verify(raw, signature, SECRET)
    assert str(caught.value) == "the body's timestamp is 301 s from now, more than the 300 s allowed"


@pytest.mark.usefixtures("pinned")
@pytest.mark.parametrize("tolerance", [0, 0.0, 0.5])
def test_a_window_of_zero_or_under_a_second_is_valid(tolerance: float) -> None:
    raw, signature = signed(EVENT)
    assert webhooks.verify(raw, signature, SECRET, tolerance=tolerance).timestamp == NOW
    late, late_signature = signed({**EVENT, "timestamp": NOW - 1})
    with pytest.raises(jogg_ai_client.WebhookVerificationError) as caught:
        webhooks.verify(late, late_signature, SECRET, tolerance=tolerance)
    assert str(caught.value) == f"the body's timestamp is 1 s from now, more than the {tolerance:g} s allowed"


# --- what the event reads -----------------------------------------------------------------------------------


def test_a_null_or_absent_data_reads_as_an_empty_one() -> None:
    empty = webhooks.VideoSucceeded(None, None, None, None, None, {})
    for payload in ({**EVENT, "data": None}, {k: v for k, v in EVENT.items() if k != "data"}):
        raw, signature = signed(payload)
        event = webhooks.verify(raw, signature, SECRET, tolerance=None)
        assert event.data == empty
        assert event.raw == payload


@pytest.mark.parametrize("event_id", [5, None, ["evt_1"], {"id": "evt_1"}])
def test_an_event_id_that_is_not_text_reads_as_none(event_id: object) -> None:
    raw, signature = signed({**EVENT, "event_id": event_id})
    event = webhooks.verify(raw, signature, SECRET, tolerance=None)
    assert event.event_id is None
    assert event.raw["event_id"] == event_id
