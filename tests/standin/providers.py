"""Each provider's endpoints and answers: task bodies built from the specs' examples, errors in the
provider's own format (JoggAI's 200 envelope with a business code, ViddyScribe's `{error, message}`,
Memories.ai's envelope whose `code` equals the HTTP status)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, unquote

from . import scenarios as sc
from .spec_examples import assembled_body, named_examples

Answer = tuple[int, dict[str, Any]]

PRODUCTION = {
    "jogg": "https://api.jogg.ai",
    "viddyscribe": "https://api.viddyscribe.com",
    "memories": "https://mavi-backend.memories.ai/serve/api/v2",
}
KEY_HEADERS = {"jogg": "x-api-key", "viddyscribe": "X-API-Key", "memories": "Authorization"}
BASE_PATHS = {"jogg": "", "viddyscribe": "", "memories": "/serve/api/v2"}


# --- JoggAI -------------------------------------------------------------------------------------------

JOGG_MESSAGES = {
    10104: "Record not found",
    10105: "Invalid API key",
    18020: "Insufficient credit",
    18025: "No permission to call APIs",
    40000: "Parameter error: task_id is invalid",
    50000: "System error",
    429: "Rate limit exceeded. Please try again later.",
}

JOGG_STATUS = {
    "avatar": {sc.PENDING: "pending", sc.WORKING: "processing", sc.SUCCESS: "completed"},
    "lipsync": {sc.PENDING: "pending", sc.WORKING: "processing", sc.SUCCESS: "success"},
    "aiscripts": {sc.PENDING: "pending", sc.WORKING: "processing", sc.SUCCESS: "completed"},
}
_JOGG_PATHS = {
    "avatar": "/v2/avatar_video/{id}",
    "lipsync": "/v2/lip_sync_video/{task_id}",
    "aiscripts": "/v2/ai_scripts/results/{task_id}",
}
_JOGG_ID_FIELD = {"avatar": "video_id", "lipsync": "task_id", "aiscripts": "task_id"}
# Fields the docs give only for some states ("available when status is completed", "only present when ...").
_JOGG_ONLY_ON_SUCCESS = {"avatar": ("video_url", "cover_url"), "lipsync": ("data",), "aiscripts": ("data",)}
_JOGG_ONLY_ON_FAILURE = {"avatar": (), "lipsync": ("error",), "aiscripts": ("err_msg",)}


def jogg_envelope(code: int, msg: str | None = None, data: Any = None) -> dict[str, Any]:
    return {"code": code, "msg": msg if msg is not None else JOGG_MESSAGES.get(code, "Error"), "data": data}


def jogg_task(endpoint: str, task_id: str, phase: str) -> Answer:
    body = assembled_body("jogg", _JOGG_PATHS[endpoint])
    data = dict(body["data"])
    data[_JOGG_ID_FIELD[endpoint]] = task_id
    data["status"] = _phase_status(JOGG_STATUS[endpoint], phase)
    if phase != sc.SUCCESS:
        for name in _JOGG_ONLY_ON_SUCCESS[endpoint]:
            if endpoint == "lipsync":
                data[name] = None  # declared nullable
            else:
                data.pop(name, None)
    if phase != sc.FAILED:
        for name in _JOGG_ONLY_ON_FAILURE[endpoint]:
            if endpoint == "lipsync":
                data[name] = None
            else:
                data.pop(name, None)
    if endpoint == "lipsync" and phase not in (sc.SUCCESS, sc.FAILED):
        data.pop("completed_at", None)  # "present when finished"
    return 200, {**body, "data": data}


def jogg_error(kind: str, code: str | None = None) -> Answer:
    if kind == sc.CODE:
        number = int(code or 50000)
        return 200, jogg_envelope(number)
    return {
        "auth": (200, jogg_envelope(10105)),
        sc.NOT_FOUND: (200, jogg_envelope(10104)),
        sc.NO_CREDIT: (200, jogg_envelope(18020)),
        sc.RATE_LIMITED: (429, jogg_envelope(429)),
        sc.UNAVAILABLE: (503, jogg_envelope(50000)),
        "missing": (200, jogg_envelope(40000, "Parameter error: id is required")),
    }[kind]


# --- ViddyScribe --------------------------------------------------------------------------------------

VIDDY_PATH = "/enterprise/api/get_results"
_VIDDY_EXAMPLE = {
    sc.PENDING: "queued",
    sc.WORKING: "processing",
    sc.UNKNOWN: "processing",
    sc.CANCELLED: "processing",
    sc.SUCCESS: "doneVideoWithText",
    sc.FAILED: "failed",
}
# error string -> HTTP status, from the provider's authentication and overview pages.
VIDDY_ERRORS = {
    "invalid_input": (400, "job_id is required"),
    "unauthorized": (401, "Invalid or missing API key"),
    "invalid_api_key": (401, "Invalid API key"),
    "feature_not_available": (403, "The requested feature is not enabled on the current plan"),
    "video_too_long": (403, "The submitted video exceeds the maximum duration allowed by your plan"),
    "file_too_large": (403, "The submitted file exceeds the plan's maximum file size"),
    "not_found": (404, "Job not found"),
    "rate_limit_exceeded": (429, "Too many requests were submitted in the current window"),
    "concurrency_limit_exceeded": (429, "Too many concurrent submissions are being validated"),
    "queue_limit_exceeded": (429, "You have 100 jobs queued. Please wait for some to complete before submitting more."),
    "plan_limit_exceeded": (429, "No credits or usage capacity remain for the request"),
    "service_unavailable": (503, "The service is temporarily unavailable"),
}
_VIDDY_CONFLICTS = {
    "upload_not_ready": ("Upload is still in progress. Please retry shortly.", "processing"),
    "upload_failed": ("Upload failed; re-upload the media and try again", "failed"),
}


def viddy_task(task_id: str, phase: str) -> Answer:
    body = named_examples("viddyscribe", VIDDY_PATH)[_VIDDY_EXAMPLE[phase]]
    body["job_id"] = task_id
    if phase == sc.UNKNOWN:
        body["status"] = sc.UNLISTED_STATUS
    elif phase == sc.CANCELLED:
        body["status"] = "cancelled"
    return 200, body


def viddy_error(kind: str, code: str | None = None) -> Answer:
    if kind == sc.CODE and code in _VIDDY_CONFLICTS:
        text, upload_status = _VIDDY_CONFLICTS[code]
        return 409, {"error": text, "code": code, "upload_status": upload_status}
    name = {
        "auth": "unauthorized",
        sc.NOT_FOUND: "not_found",
        sc.NO_CREDIT: "plan_limit_exceeded",
        sc.RATE_LIMITED: "rate_limit_exceeded",
        sc.UNAVAILABLE: "service_unavailable",
        "missing": "invalid_input",
    }.get(kind, code or "service_unavailable")
    status, message = VIDDY_ERRORS.get(name, (400, name))
    return status, {"error": name, "message": message}


# --- Memories.ai --------------------------------------------------------------------------------------

MEMORIES_PATH = "/screenplay/tasks/{task_id}"
MEMORIES_STATUS = {
    sc.PENDING: "pending",
    sc.WORKING: "running",
    sc.SUCCESS: "completed",
    sc.FAILED: "failed",
    sc.CANCELLED: "cancelled",
}
MEMORIES_FAILURE = {"error_code": "EXTRACTION_FAILED", "error_message": "Screenplay extraction failed on episode 13"}
"""The page documents error_code and error_message but gives no values; these stand in."""

MEMORIES_MESSAGES = {
    400: "Invalid request parameters",
    401: "Unauthorized",
    402: "Insufficient balance or credits",
    403: "Forbidden",
    404: "Task not found",
    405: "Method not allowed",
    409: "Request conflict or duplicate request",
    415: "Unsupported media type",
    429: "Rate limit exceeded",
    500: "Internal server error",
    503: "Service unavailable",
}


def memories_task(task_id: str, phase: str) -> Answer:
    body = named_examples("memories", MEMORIES_PATH)["running"]
    example = body["data"]
    data: dict[str, Any] = {"task_id": task_id, "status": _phase_status(MEMORIES_STATUS, phase)}
    if phase == sc.WORKING:
        data["progress"] = copy.deepcopy(example["progress"])
    if phase == sc.FAILED:
        data.update(MEMORIES_FAILURE)
    return 200, {**body, "data": data}


def memories_envelope(code: int) -> dict[str, Any]:
    return {"code": code, "msg": MEMORIES_MESSAGES.get(code, "Error"), "data": None}


def memories_error(kind: str, code: str | None = None) -> Answer:
    number = {
        "auth": 401,
        sc.NOT_FOUND: 404,
        sc.NO_CREDIT: 402,
        sc.RATE_LIMITED: 429,
        sc.UNAVAILABLE: 503,
        "missing": 400,
    }.get(kind) or int(code or 500)
    return number, memories_envelope(number)


# --- routing ------------------------------------------------------------------------------------------


def _phase_status(names: dict[str, str], phase: str) -> str:
    if phase == sc.UNKNOWN:
        return sc.UNLISTED_STATUS
    return names.get(phase, phase)


@dataclass(frozen=True)
class Endpoint:
    """One status endpoint: the provider it belongs to and how to answer for a task id."""

    name: str
    provider: str
    task: Callable[[str, str], Answer]
    error: Callable[[str, str | None], Answer]


ENDPOINTS = {
    "avatar": Endpoint("avatar", "jogg", lambda i, p: jogg_task("avatar", i, p), jogg_error),
    "lipsync": Endpoint("lipsync", "jogg", lambda i, p: jogg_task("lipsync", i, p), jogg_error),
    "aiscripts": Endpoint("aiscripts", "jogg", lambda i, p: jogg_task("aiscripts", i, p), jogg_error),
    "viddyscribe": Endpoint("viddyscribe", "viddyscribe", viddy_task, viddy_error),
    "memories": Endpoint("memories", "memories", memories_task, memories_error),
}
_PREFIXES = (
    ("/v2/avatar_video/", "avatar"),
    ("/v2/lip_sync_video/", "lipsync"),
    ("/v2/ai_scripts/results/", "aiscripts"),
    ("/serve/api/v2/screenplay/tasks/", "memories"),
)


def route(raw_path: str) -> tuple[Endpoint, str | None] | None:
    """The endpoint a raw request path (with query) is for and the task id it names (None: missing)."""
    path, _, query = raw_path.partition("?")
    if path == VIDDY_PATH:
        values = parse_qs(query, keep_blank_values=True).get("job_id")
        return ENDPOINTS["viddyscribe"], (values[0] if values and values[0] else None)
    for prefix, name in _PREFIXES:
        if path.startswith(prefix):
            segment = path[len(prefix) :]
            if "/" in segment:
                return None
            return ENDPOINTS[name], (unquote(segment) if segment else None)
    return None


def provider_of_path(path: str) -> str | None:
    """Which provider a request path (no origin) belongs to."""
    if path.startswith(BASE_PATHS["memories"] + "/"):
        return "memories"
    if path.startswith("/enterprise/"):
        return "viddyscribe"
    if path.startswith("/v2/"):
        return "jogg"
    return None
