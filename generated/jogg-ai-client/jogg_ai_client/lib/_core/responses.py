# Layered in by `make regen` from overlays/runtime/responses.py: edit it there, never here.
"""Turn an HTTP response into a parsed model or one of the package's documented errors.

Generated endpoint modules call `build_response` (see overlays/templates/endpoint_module.py.jinja), and the
transport calls `check_response`, so a raw `AuthenticatedClient` and one from `create_client` agree: no
non-standard status, HTML page, empty body or envelope error code escapes as ValueError or a fake success.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any, TypeVar

import httpx

from ...types import Response
from ..profile import PROFILE
from .errors import ApiError, MalformedResponseError, error_for
from .policy import parse_retry_after

T = TypeVar("T")

_NOT_JSON = object()
CHECKED = "ai_video_clients.checked"
"""Response extension set by the transport on a response it has already found to be a success, so the
generated endpoint code does not decode and check the same body again."""


def decode_json(content: bytes) -> Any:
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return _NOT_JSON


BINARY_TYPES = ("application/zip", "application/octet-stream", "video/", "audio/", "image/")
"""Content types of a download (a zip of results, a video): a 2xx with one of these is the file itself."""


def is_binary(headers: Mapping[str, str]) -> bool:
    content_type = (headers.get("content-type") or "").split(";", 1)[0].strip().lower()
    return content_type.startswith(BINARY_TYPES)


def response_error(status_code: int, headers: Mapping[str, str], content: bytes) -> ApiError | None:
    """The error this response stands for, or None when it is a success in the provider's own terms."""
    success = 200 <= status_code < 300
    if success and is_binary(headers):
        return None
    payload = decode_json(content)
    if payload is _NOT_JSON:
        if success:
            what = "an empty body" if not content.strip() else "a body that is not JSON"
            return MalformedResponseError(f"{PROFILE.provider} sent {what}", status_code=status_code, body=content)
        return error_for(
            status_code,
            content,
            message=f"{PROFILE.provider} answered HTTP {status_code} with a body that is not JSON",
            retry_after=parse_retry_after(headers.get("retry-after")),
        )
    verdict = PROFILE.inspect(payload)
    if success and verdict.ok:
        return None
    if success and verdict.code is None:
        return MalformedResponseError(
            f"{PROFILE.provider} sent a body that is not the documented shape", status_code=status_code, body=content
        )
    return error_for(
        status_code,
        content,
        code=verdict.code,
        message=verdict.message or f"{PROFILE.provider} error",
        code_map=PROFILE.code_errors,
        retry_after=parse_retry_after(headers.get("retry-after")),
    )


def check_response(response: httpx.Response) -> None:
    error = response_error(response.status_code, response.headers, response.content)
    if error is not None:
        raise error


def build_response(response: httpx.Response, parse: Callable[[], T | None]) -> Response[T]:
    if not response.extensions.get(CHECKED):
        check_response(response)
    try:
        parsed = parse()
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError) as exc:
        raise MalformedResponseError(
            f"{PROFILE.provider} sent a body that does not match the spec ({type(exc).__name__})",
            status_code=response.status_code,
            body=response.content,
        ) from exc
    try:
        status = HTTPStatus(response.status_code)
    except ValueError as exc:  # a 2xx outside the standard list (299): no HTTPStatus member to report it with
        raise MalformedResponseError(
            f"{PROFILE.provider} answered with non-standard status {response.status_code}",
            status_code=response.status_code,
            body=response.content,
        ) from exc
    return Response(
        status_code=status,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )
