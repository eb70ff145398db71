"""`memories_ai_client.webhooks`, to the word: each refusal of `parse` says exactly what is wrong with the body, a
handler that passes text or a number hears which, a null `message` or `data` reads as one not sent, and
`confirm_callback` (and `_async`) refuses a status answer that is not the callback's task (another task's, none,
or no answer at all), with the status and body it got. (Found by `make mutate`: docs/robustness.md.)
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from tests.doubles.clock import FakeClock

import memories_ai_client as mem
from memories_ai_client import webhooks

BOTH = pytest.mark.parametrize("mode", ["sync", "async"])
CALLBACK = {"code": 200, "message": "SUCCESS", "data": {"k": 1}, "task_id": "t1"}


def raw(value: object) -> bytes:
    return json.dumps(value).encode()


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"<html>", "the callback body is not JSON"),
        (raw([CALLBACK]), "the callback body is not a JSON object"),
        (raw({**CALLBACK, "code": "200"}), "the callback has no integer code"),
        (raw({**CALLBACK, "task_id": " "}), "the callback has no task_id"),
        (raw({**CALLBACK, "message": 5}), "the callback's message is not a string"),
        (raw({**CALLBACK, "data": [1]}), "the callback's data is not a JSON object"),
    ],
)
def test_each_refusal_says_what_is_wrong(body: bytes, words: str) -> None:
    with pytest.raises(mem.WebhookVerificationError) as caught:
        webhooks.parse(body)
    assert str(caught.value) == words


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        (json.dumps(CALLBACK), "payload must be the raw request body as bytes, exactly as received"),
        (42, "payload must be bytes, not int"),
    ],
)
def test_a_payload_that_is_not_bytes_is_a_handler_mistake(payload: Any, words: str) -> None:
    with pytest.raises(mem.InvalidArgumentError) as caught:
        webhooks.parse(payload)
    assert str(caught.value) == words


@pytest.mark.parametrize("field", ["message", "data"])
def test_a_null_field_reads_as_one_not_sent(field: str) -> None:
    absent = {key: value for key, value in CALLBACK.items() if key != field}
    assert webhooks.parse(raw({**CALLBACK, field: None})).to_dict() == webhooks.parse(raw(absent)).to_dict()


def _confirm(mode: str, status: int, answer: dict[str, Any]) -> Any:
    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=answer)

    client = mem.create_client("k", httpx_args={"transport": httpx.MockTransport(respond)}, clock=FakeClock())
    if mode == "sync":
        return webhooks.confirm_callback(client, raw(CALLBACK))
    return asyncio.run(webhooks.confirm_callback_async(client, raw(CALLBACK)))


TASK = {"task_id": "t1", "status": "completed"}


@BOTH
@pytest.mark.parametrize(
    ("status", "answer"),
    [
        (200, {"code": 200, "msg": "ok", "success": True, "data": {**TASK, "task_id": "t2"}}),
        (200, {"code": 200, "msg": "ok", "success": True}),
        (203, {"code": 200, "msg": "ok", "success": True, "data": TASK}),
    ],
    ids=["another-task", "no-task", "not-the-documented-status"],
)
def test_a_status_answer_that_is_not_the_callbacks_task_is_malformed(
    mode: str, status: int, answer: dict[str, Any]
) -> None:
    with pytest.raises(mem.MalformedResponseError) as caught:
        _confirm(mode, status, answer)
    error = caught.value
    assert error.message == "the status of task 't1' did not come back"
    assert error.status_code == status and json.loads(error.body) == answer


@BOTH
def test_the_confirmed_task_is_the_status_answers(mode: str) -> None:
    task = _confirm(mode, 200, {"code": 200, "msg": "ok", "success": True, "data": TASK})
    assert (task.task_id, str(task.status)) == ("t1", "completed")
