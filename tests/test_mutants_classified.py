"""How each kind of answer is classified into the package's documented errors, pinned from a user's view: the
class a caller catches (and whether it is retried), and the attributes it reads on it (`message`,
`status_code`, `body`, `retry_after`).

- A 2xx whose body is empty (or only whitespace) is MalformedResponseError saying "sent an empty body"; one
  whose body is not JSON says "sent a body that is not JSON" and quotes what the server said.
- A non-2xx whose body is not JSON says "answered HTTP <status> with a body that is not JSON", followed by what
  the server said when it said anything, and nothing more when the body is empty; a 429 of that kind still
  carries the server's Retry-After.
- 300 is not a success: an answer with status 300 is an error (a plain ApiError, which is not retried, where
  a malformed success would be), never taken for a result, and a 300 without a JSON body is not a downloaded
  file.
- A `code` envelope that says success under an error status is the status's error, saying "answered HTTP
  <status> with a success body", with the class the provider documents for that status and a 429's
  Retry-After.
- A 2xx JSON body that is not the documented shape is MalformedResponseError saying so, with the answer's
  status and body.
- An error envelope with no message of its own quotes the body's message-like field (`message`, `detail`...),
  not the raw JSON text.
- Every status a provider documents (its profile's `status_errors`) raises the class it documents, whether the
  body is an error without a code or (for an envelope provider) an envelope saying success.

The first package stands for the core; the tests of documented statuses run over every package, since the
first package documents only statuses that the generic table already maps the same way.
"""

from __future__ import annotations

import importlib
import json
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.doubles.core import PACKAGE
from tests.doubles.endpoints import packages


def profile_of(package: ModuleType) -> Any:
    return importlib.import_module(f"{package.__name__}.lib.profile").PROFILE


def responses_of(package: ModuleType) -> Any:
    return importlib.import_module(f"{package.__name__}.lib._core.responses")


PROFILE = profile_of(PACKAGE)
PACKAGES = list(packages().values())


def answer_error(
    status: int,
    content: bytes,
    headers: dict[str, str] | None = None,
    *,
    package: ModuleType = PACKAGE,
    binary: bool = False,
) -> Any:
    """The error `check_response` raises for this answer (None when it is a success)."""
    responses = responses_of(package)
    request = httpx.Request("GET", "https://api.example.test/v1/thing")
    if binary:
        request.extensions[responses.BINARY] = True
    response = httpx.Response(status, content=content, headers=headers or {}, request=request)
    try:
        responses.check_response(response)
    except package.ApiError as error:
        return error
    return None


def success_envelope(profile: Any) -> dict[str, Any]:
    """A `code` envelope that says success in the provider's own terms."""
    envelope = profile.envelope
    body: dict[str, Any] = {"code": envelope.success_code, "msg": "ok"}
    if envelope.success_flag is not None:
        body[envelope.success_flag] = True
    return body


# --- bodies that are not JSON -----------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"  \n\t "])
def test_an_empty_success_body_is_malformed_and_says_empty(content: bytes) -> None:
    error = answer_error(200, content)
    assert type(error) is PACKAGE.MalformedResponseError
    assert error.message == f"{PROFILE.provider} sent an empty body"
    assert (error.status_code, error.body) == (200, content)


def test_a_success_body_that_is_not_json_is_quoted() -> None:
    error = answer_error(200, b"hello there")
    assert type(error) is PACKAGE.MalformedResponseError
    assert error.message == f"{PROFILE.provider} sent a body that is not JSON: 'hello there'"


def test_an_error_page_is_named_by_its_status_and_title() -> None:
    content = b"<html><head><title>Bad gateway</title></head><body>oops</body></html>"
    error = answer_error(502, content)
    assert type(error) is PACKAGE.ServerError
    assert error.message == f"{PROFILE.provider} answered HTTP 502 with a body that is not JSON: 'Bad gateway'"
    assert (error.status_code, error.body) == (502, content)


def test_an_empty_error_body_says_only_what_was_wrong() -> None:
    error = answer_error(503, b"")
    assert type(error) is PACKAGE.ServerError
    assert error.message == f"{PROFILE.provider} answered HTTP 503 with a body that is not JSON"


def test_a_429_that_is_not_json_keeps_the_servers_retry_after() -> None:
    error = answer_error(429, b"slow down", {"Retry-After": "7"})
    assert type(error) is PACKAGE.RateLimitError
    assert error.retry_after == 7.0
    assert error.message == f"{PROFILE.provider} answered HTTP 429 with a body that is not JSON: 'slow down'"


# --- 300 is not a success ---------------------------------------------------------------------------------------


def test_a_300_page_is_an_error_not_a_malformed_success() -> None:
    error = answer_error(300, b"multiple choices")
    assert type(error) is PACKAGE.ApiError
    assert error.status_code == 300
    assert error.message == f"{PROFILE.provider} answered HTTP 300 with a body that is not JSON: 'multiple choices'"


def test_a_300_without_json_is_not_taken_for_a_download() -> None:
    error = answer_error(300, b"PK\x03\x04 zip-ish", {"content-type": "application/zip"}, binary=True)
    assert type(error) is PACKAGE.ApiError
    assert error.status_code == 300


def test_a_300_with_a_success_envelope_is_not_a_result() -> None:
    assert PROFILE.envelope.kind == "code"
    error = answer_error(300, json.dumps(success_envelope(PROFILE)).encode())
    assert type(error) is PACKAGE.ApiError
    assert error.message == f"{PROFILE.provider} answered HTTP 300 with a success body"


# --- an envelope saying success under an error status -----------------------------------------------------------


def test_a_success_envelope_under_a_5xx_says_so() -> None:
    content = json.dumps(success_envelope(PROFILE)).encode()
    error = answer_error(500, content)
    assert type(error) is PACKAGE.ServerError
    assert error.message == f"{PROFILE.provider} answered HTTP 500 with a success body"
    assert (error.status_code, error.body) == (500, content)


def test_a_success_envelope_under_a_429_keeps_the_servers_retry_after() -> None:
    error = answer_error(429, json.dumps(success_envelope(PROFILE)).encode(), {"Retry-After": "12"})
    assert type(error) is PACKAGE.RateLimitError
    assert error.retry_after == 12.0


# --- JSON that is not the documented shape ----------------------------------------------------------------------


def test_a_success_json_body_without_the_envelope_is_malformed() -> None:
    content = b'{"data": {"id": "task-1"}}'
    error = answer_error(200, content)
    assert type(error) is PACKAGE.MalformedResponseError
    assert error.message == f"{PROFILE.provider} sent a body that is not the documented shape"
    assert error.status_code == 200
    assert error.body == content


def test_an_error_envelope_without_its_own_message_quotes_the_bodys_message_field() -> None:
    field = PROFILE.envelope.message_fields[0]
    body = {"code": 987654, "message": "task is gone"}
    assert field not in body
    error = answer_error(404, json.dumps(body).encode())
    assert type(error) is PACKAGE.NotFoundError
    assert error.message == "'task is gone'"
    assert error.code == 987654


# --- statuses each provider documents ---------------------------------------------------------------------------


def documented_statuses() -> list[Any]:
    return [
        pytest.param(package, status, cls, id=f"{index}-{status}")
        for index, package in enumerate(PACKAGES)
        for status, cls in sorted(profile_of(package).status_errors.items())
    ]


@pytest.mark.parametrize(("package", "status", "cls"), documented_statuses())
def test_a_documented_status_without_a_code_raises_its_documented_class(
    package: ModuleType, status: int, cls: type[Any]
) -> None:
    error = answer_error(status, b'{"message": "refused"}', package=package)
    assert type(error) is cls
    assert error.status_code == status


@pytest.mark.parametrize(
    ("package", "status", "cls"),
    [p for p in documented_statuses() if profile_of(p.values[0]).envelope.kind == "code" and p.values[1] >= 300],
)
def test_a_documented_status_around_a_success_envelope_raises_its_documented_class(
    package: ModuleType, status: int, cls: type[Any]
) -> None:
    profile = profile_of(package)
    error = answer_error(status, json.dumps(success_envelope(profile)).encode(), package=package)
    assert type(error) is cls
    assert error.message == f"{profile.provider} answered HTTP {status} with a success body"
