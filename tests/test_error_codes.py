"""Each provider's error codes land on the issue's classes, through one generated call (max_retries=0)."""

from __future__ import annotations

import pytest

from support.endpoints import ENDPOINTS
from support.helpers import PACKAGE
from support.request_log import RequestLog

pytestmark = pytest.mark.vcr

LIP_SYNC = next(e for e in ENDPOINTS if e.name == "lipsync")
VIDDYSCRIBE = next(e for e in ENDPOINTS if e.name == "viddyscribe")
MEMORIES = next(e for e in ENDPOINTS if e.name == "memories")

# (code the stand-in sends, HTTP status it answers with, the class the issue names)
JOGG_CODES = [
    (10104, 200, "NotFoundError"),
    (10105, 200, "AuthenticationError"),
    (18020, 200, "InsufficientCreditError"),
    (18025, 200, "PermissionDeniedError"),
    (40000, 200, "BadRequestError"),
    (50000, 200, "ServerError"),
    (429, 200, "RateLimitError"),
]
MEMORIES_CODES = [
    (400, 400, "BadRequestError"),
    (401, 401, "AuthenticationError"),
    (402, 402, "InsufficientCreditError"),
    (403, 403, "PermissionDeniedError"),
    (404, 404, "NotFoundError"),
    (429, 429, "RateLimitError"),
    (500, 500, "ServerError"),
]
VIDDYSCRIBE_CODES = [
    ("invalid_input", 400, "BadRequestError"),
    ("unauthorized", 401, "AuthenticationError"),
    ("invalid_api_key", 401, "AuthenticationError"),
    ("feature_not_available", 403, "PermissionDeniedError"),
    ("video_too_long", 403, "PermissionDeniedError"),
    ("file_too_large", 403, "PermissionDeniedError"),
    ("not_found", 404, "NotFoundError"),
    ("rate_limit_exceeded", 429, "RateLimitError"),
    ("concurrency_limit_exceeded", 429, "RateLimitError"),
    ("queue_limit_exceeded", 429, "RateLimitError"),
    ("plan_limit_exceeded", 429, "InsufficientCreditError"),
    ("upload_not_ready", 409, "ApiError"),
]


def _raise_once(endpoint, code, status, error_name, make_client, task_id):
    package = PACKAGE[endpoint.provider]
    log = RequestLog()
    client = make_client(endpoint.provider, max_retries=0, httpx_args={"transport": log})
    with pytest.raises(package.ApiError) as caught:
        endpoint.call("sync_detailed", client, task_id(f"code{code}"))
    error = caught.value
    assert type(error) is getattr(package, error_name)
    assert isinstance(error, package.SDKError)
    assert error.status_code == status
    assert error.code == code
    assert error.message
    assert error.body
    assert len(log) == 1
    return error


@pytest.mark.parametrize(("code", "status", "error_name"), JOGG_CODES)
def test_joggai_envelope_code(code, status, error_name, make_client, clock, task_id):
    _raise_once(LIP_SYNC, code, status, error_name, make_client, task_id)


@pytest.mark.parametrize(("code", "status", "error_name"), MEMORIES_CODES)
def test_memories_code(code, status, error_name, make_client, clock, task_id):
    _raise_once(MEMORIES, code, status, error_name, make_client, task_id)


@pytest.mark.parametrize(("code", "status", "error_name"), VIDDYSCRIBE_CODES)
def test_viddyscribe_error_string(code, status, error_name, make_client, clock, task_id):
    _raise_once(VIDDYSCRIBE, code, status, error_name, make_client, task_id)
