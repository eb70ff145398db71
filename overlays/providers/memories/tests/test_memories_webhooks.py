"""`memories_ai_client.webhooks`: `parse` on the documented callback body and on bodies that break it, and
`confirm_callback` (and `_async`), which trusts nothing in the callback but its task id and returns the task as
the authenticated status GET reports it (Memories.ai documents no signature: a callback proves nothing)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from tests.doubles.standin import examples
from tests.doubles.standin.server import StandInServer

import memories_ai_client as mem
from memories_ai_client import webhooks
from memories_ai_client.models import ScreenplayCallback, ScreenplayTask

DOCUMENTED = examples.spec("memories")["components"]["schemas"]["ScreenplayCallback"]["example"]


def raw(value: object) -> bytes:
    return json.dumps(value).encode()


def test_the_documented_body_is_typed() -> None:
    callback = webhooks.parse(raw(DOCUMENTED))
    assert isinstance(callback, ScreenplayCallback)
    assert (callback.code, callback.message, callback.task_id) == (200, "SUCCESS", "1e8ae1075e054e8abb58e7598c53cbf1")
    assert callback.to_dict() == DOCUMENTED


def test_undocumented_data_and_keys_are_kept() -> None:
    body = {**DOCUMENTED, "data": {"episodes": {"1": "done"}, "zip": True}, "trace": "abc"}
    callback = webhooks.parse(raw(body))
    assert callback.to_dict() == body


@pytest.mark.parametrize("missing", ["message", "data"])
def test_optional_fields_may_be_absent_or_null(missing: str) -> None:
    assert webhooks.parse(raw({k: v for k, v in DOCUMENTED.items() if k != missing})).task_id
    assert webhooks.parse(raw({**DOCUMENTED, missing: None})).task_id


BROKEN = [
    pytest.param(b"", "not JSON", id="empty"),
    pytest.param(b"<html>", "not JSON", id="html"),
    pytest.param(b'{"code": 200, "task_id": "x"', "not JSON", id="truncated"),
    pytest.param(raw([DOCUMENTED]), "not a JSON object", id="array"),
    pytest.param(raw({"task_id": "x"}), "integer code", id="no-code"),
    pytest.param(raw({**DOCUMENTED, "code": "200"}), "integer code", id="code-text"),
    pytest.param(raw({**DOCUMENTED, "code": True}), "integer code", id="code-bool"),
    pytest.param(raw({"code": 200}), "task_id", id="no-task-id"),
    pytest.param(raw({**DOCUMENTED, "task_id": ""}), "task_id", id="empty-task-id"),
    pytest.param(raw({**DOCUMENTED, "task_id": 42}), "task_id", id="task-id-number"),
    pytest.param(raw({**DOCUMENTED, "message": 5}), "message", id="message-number"),
    pytest.param(raw({**DOCUMENTED, "data": [1]}), "data", id="data-list"),
]


@pytest.mark.parametrize(("body", "reason"), BROKEN)
def test_a_body_that_breaks_the_shape_raises_the_typed_error(body: bytes, reason: str) -> None:
    with pytest.raises(mem.WebhookVerificationError, match=reason) as caught:
        webhooks.parse(body)
    assert isinstance(caught.value, mem.SDKError)


def test_a_str_is_a_handler_mistake() -> None:
    with pytest.raises(mem.InvalidArgumentError):
        webhooks.parse(json.dumps(DOCUMENTED))  # type: ignore[arg-type]


def test_confirm_returns_the_task_as_the_status_get_reports_it(
    make_client: Callable[..., Any], standin: StandInServer, task_id: Callable[..., str]
) -> None:
    wanted = task_id("done")
    before = standin.polls(wanted)
    task = webhooks.confirm_callback(make_client("memories"), raw({**DOCUMENTED, "task_id": wanted}))
    assert isinstance(task, ScreenplayTask)
    assert (task.task_id, str(task.status)) == (wanted, "completed")
    assert standin.polls(wanted) == before + 1


def test_confirm_reports_what_the_server_says_not_what_the_callback_claims(
    make_client: Callable[..., Any], task_id: Callable[..., str]
) -> None:
    claimed_done = raw(
        {"code": 200, "message": "SUCCESS", "data": {"status": "completed"}, "task_id": task_id("never")}
    )
    task = webhooks.confirm_callback(make_client("memories"), claimed_done)
    assert str(task.status) != "completed"


def test_a_forged_callback_for_no_such_task_raises_not_found(
    make_client: Callable[..., Any], task_id: Callable[..., str]
) -> None:
    with pytest.raises(mem.NotFoundError):
        webhooks.confirm_callback(make_client("memories"), raw({**DOCUMENTED, "task_id": task_id("notfound")}))


def test_confirm_async(make_client: Callable[..., Any], task_id: Callable[..., str]) -> None:
    wanted = task_id("done")
    task = asyncio.run(webhooks.confirm_callback_async(make_client("memories"), raw({**DOCUMENTED, "task_id": wanted})))
    assert task.task_id == wanted


def test_a_malformed_callback_sends_nothing(make_client: Callable[..., Any], standin: StandInServer) -> None:
    before = len(standin.requests)
    with pytest.raises(mem.WebhookVerificationError):
        webhooks.confirm_callback(make_client("memories"), b"{}")
    assert len(standin.requests) == before


def test_both_import_spellings_work() -> None:
    import memories_ai_client.webhooks as imported

    assert imported is webhooks
    assert webhooks.WebhookVerificationError is mem.WebhookVerificationError
    package: ModuleType = mem  # its __all__ comes from a module __getattr__, which mypy does not see
    assert "parse" not in package.__all__
