"""Memories.ai callbacks: read the body Memories.ai POSTs to the webhook URL set in its console, and confirm it.

Memories.ai documents no signature or any other way to tell its callbacks from anyone else's POST: a callback
proves nothing. Treat it as a hint that a task changed and confirm with the status GET, which is authenticated:

    task = webhooks.confirm_callback(client, raw_body)   # the task as GET /screenplay/tasks/{task_id} says
    if task.status == "completed":
        memories_ai_client.download_screenplay_result(client, task.task_id, "results/")

`parse` only reads the body ({code, message, data, task_id}; the screenplay callback's `data` is not documented,
so it is kept whole); a body that is not that raises WebhookVerificationError.
"""

from __future__ import annotations

import json
from typing import Any

from .api.screenplay import get_screenplay_task
from .client import AuthenticatedClient, Client
from .lib._core.errors import InvalidArgumentError, MalformedResponseError
from .lib._core.webhooks import WebhookVerificationError
from .models import ScreenplayCallback, ScreenplayTask


def _decoded(payload: object) -> dict[str, Any]:
    if isinstance(payload, str):
        raise InvalidArgumentError("payload must be the raw request body as bytes, exactly as received")
    if not isinstance(payload, bytes | bytearray | memoryview):
        raise InvalidArgumentError(f"payload must be bytes, not {type(payload).__name__}")
    try:
        decoded = json.loads(bytes(payload))
    except (ValueError, RecursionError):
        raise WebhookVerificationError("the callback body is not JSON") from None
    if not isinstance(decoded, dict):
        raise WebhookVerificationError("the callback body is not a JSON object")
    return decoded


def parse(payload: bytes) -> ScreenplayCallback:
    """Read a callback body. It proves nothing (no signature is documented): confirm it (`confirm_callback`).

    Args:
        payload: the raw request body, as bytes.

    Returns:
        The ScreenplayCallback: `code` (200 is success), `message`, `data` (kept whole) and `task_id`.

    Raises:
        WebhookVerificationError: the body is not JSON, not an object, or lacks an integer `code` or a
            non-empty string `task_id`, or its `message` is not a string or its `data` not an object.
        InvalidArgumentError: `payload` is not bytes (pass the raw body, not parsed or decoded text).
    """
    body = _decoded(payload)
    code, task_id = body.get("code"), body.get("task_id")
    if not isinstance(code, int) or isinstance(code, bool):
        raise WebhookVerificationError("the callback has no integer code")
    if not isinstance(task_id, str) or not task_id.strip():
        raise WebhookVerificationError("the callback has no task_id")
    if "message" in body and not isinstance(body["message"], str | None):
        raise WebhookVerificationError("the callback's message is not a string")
    if "data" in body and not isinstance(body["data"], dict | None):
        raise WebhookVerificationError("the callback's data is not a JSON object")
    cleaned = {key: value for key, value in body.items() if not (key in ("message", "data") and value is None)}
    try:
        return ScreenplayCallback.from_dict(cleaned)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise WebhookVerificationError(f"the callback is not the documented shape ({type(exc).__name__})") from None


def _task(response: Any, task_id: str) -> ScreenplayTask:
    task = getattr(response.parsed, "data", None)
    named = getattr(task, "task_id", None)
    if not isinstance(task, ScreenplayTask) or (isinstance(named, str) and named != task_id):
        raise MalformedResponseError(
            f"the status of task {task_id!r} did not come back",
            status_code=int(response.status_code),
            body=response.content,
        )
    return task


def confirm_callback(client: AuthenticatedClient | Client, payload: bytes) -> ScreenplayTask:
    """Parse a callback and return its task as the authenticated status GET reports it, never the callback's word.

    Args:
        client: the client from `create_client()`.
        payload: the raw request body, as bytes.

    Returns:
        The ScreenplayTask that GET /screenplay/tasks/{task_id} returns for the callback's task id.

    Raises:
        WebhookVerificationError, InvalidArgumentError: as `parse` raises them; nothing is sent.
        NotFoundError: no such task (a forged callback); ApiError: the status GET failed otherwise.
    """
    callback = parse(payload)
    return _task(get_screenplay_task.sync_detailed(callback.task_id, client=client), callback.task_id)


async def confirm_callback_async(client: AuthenticatedClient | Client, payload: bytes) -> ScreenplayTask:
    """`confirm_callback` without blocking the event loop.

    Args:
        client: the client from `create_client()`.
        payload: the raw request body, as bytes.

    Returns:
        The ScreenplayTask the status GET returns for the callback's task id.

    Raises:
        WebhookVerificationError, InvalidArgumentError: as `parse` raises them; nothing is sent.
        NotFoundError: no such task (a forged callback); ApiError: the status GET failed otherwise.
    """
    callback = parse(payload)
    return _task(await get_screenplay_task.asyncio_detailed(callback.task_id, client=client), callback.task_id)


__all__ = ["WebhookVerificationError", "confirm_callback", "confirm_callback_async", "parse"]
