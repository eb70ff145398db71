# Layered in by `make regen` from overlays/runtime/responses.py: edit it there, never here.
"""Turn an HTTP response into a parsed model or one of the package's documented errors.

Generated endpoint modules call `build_response` (see overlays/generator/templates/endpoint_module.py.jinja), and the
transport calls `check_response`, so a raw `AuthenticatedClient` and one from `create_client` agree: no
non-standard status, HTML page, empty body or envelope error code escapes as ValueError or a fake success.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ..profile import PROFILE
from . import redact
from .errors import ApiError, MalformedResponseError, error_for
from .policy import parse_retry_after

if TYPE_CHECKING:
    from ...types import Response

T = TypeVar("T")

_NOT_JSON = object()
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
CHECKED = "ai_video_clients.checked"
"""Response extension set by the transport on a response it has already found to be a success, so the
generated endpoint code does not decode and check the same body again."""


DECODED = "ai_video_clients.decoded"
"""Response extension holding the JSON value of a body found to be a success (set by `checked`), which the
generated parser reads (`json_of`) instead of decoding the same body a second time."""

_UNREAD = object()


def decode_json(content: bytes) -> Any:
    """The JSON value of a body, or a private marker when it is not JSON."""
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return _NOT_JSON


def json_of(response: httpx.Response) -> Any:
    """`response.json()` for the generated parsers, without decoding again a body that was just checked; a body
    that is not JSON raises as `response.json()` does."""
    value = response.extensions.get(DECODED, _NOT_JSON)
    return response.json() if value is _NOT_JSON else value


BINARY_TYPES = ("application/zip", "application/octet-stream", "video/", "audio/", "image/")
"""Content types of a download (a zip of results, a video): a 2xx with one of these is the file itself."""


def is_binary(headers: Mapping[str, str]) -> bool:
    """Whether a response's content type is a file (a download), not JSON."""
    content_type = (headers.get("content-type") or "").split(";", 1)[0].strip().lower()
    return content_type.startswith(BINARY_TYPES)


def response_error(
    status_code: int,
    headers: Mapping[str, str],
    content: bytes,
    *,
    request: httpx.Request | None = None,
    payload: Any = _UNREAD,
) -> ApiError | None:
    """The error this response stands for, or None when it is a success in the provider's own terms; with
    `request`, the error names its method and URL (without secrets)."""
    if payload is _UNREAD:
        payload = decode_json(content)
    error = _classified(status_code, headers, content, payload, binary=expects_binary(request))
    if error is not None:
        describe(error, request, headers)
    return error


def describe(error: ApiError, request: httpx.Request | None, headers: Mapping[str, str] | None) -> ApiError:
    """Fill in what the error knows of the exchange: method, URL, headers and request id, secrets removed."""
    if request is not None:
        error.method = request.method
        error.url = redact.url(request.url)
    if headers is not None:
        error.headers = redact.headers(headers, also=(PROFILE.auth_header,))
        error.request_id = redact.request_id(headers)
    return error


def server_text(content: bytes, payload: Any = _NOT_JSON) -> str | None:
    """What the server said in a body that is not the provider's documented shape: a JSON object's message-like
    field, an HTML page's title, or the start of the text; None for an empty body."""
    if isinstance(payload, dict):
        for name in ("message", "msg", "error", "detail", "error_description", "title"):
            value = payload.get(name)
            if isinstance(value, str) and value.strip():
                return _clip_text(value)
    text = content.decode("utf-8", "replace")
    title = _TITLE.search(text)
    if title is not None:
        text = title.group(1)
    text = " ".join(_TAG.sub(" ", text).split())
    return _clip_text(text) if text else None


def _clip_text(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= 120 else text[:119] + "…")


BINARY = "ai_video_clients.binary"
"""Request extension the generated code sets on an operation whose documented success is a file (a zip): there,
and only there, a 2xx body that is not JSON is the file itself. A JSON body is still read as the provider's
envelope (a JSON error under 200 is an error), and on every other operation the content type is no excuse:
a JSON operation's body is checked whatever type the server claims."""


def expects_binary(request: httpx.Request | None) -> bool:
    return request is not None and bool(request.extensions.get(BINARY))


def _classified(
    status_code: int, headers: Mapping[str, str], content: bytes, payload: Any, *, binary: bool
) -> ApiError | None:
    success = 200 <= status_code < 300
    if success and binary and payload is _NOT_JSON:
        return None
    retry_after = parse_retry_after(headers.get("retry-after"))
    if payload is _NOT_JSON:
        said = server_text(content)
        if success:
            what = "an empty body" if not content.strip() else f"a body that is not JSON: {said}"
            return MalformedResponseError(f"{PROFILE.provider} sent {what}", status_code=status_code, body=content)
        text = f"{PROFILE.provider} answered HTTP {status_code} with a body that is not JSON"
        return error_for(
            status_code,
            content,
            message=f"{text}: {said}" if said else text,
            retry_after=retry_after,
        )
    verdict = PROFILE.inspect(payload)
    if success and verdict.ok:
        return None
    if verdict.ok and PROFILE.envelope.kind == "code":
        # an error status around an envelope that says success: the HTTP status is all there is to go on
        return error_for(
            status_code,
            content,
            message=f"{PROFILE.provider} answered HTTP {status_code} with a success body",
            status_map=PROFILE.status_errors,
            retry_after=retry_after,
        )
    if success and verdict.code is None:
        return MalformedResponseError(
            f"{PROFILE.provider} sent a body that is not the documented shape", status_code=status_code, body=content
        )
    said = verdict.message or server_text(content, payload)
    return error_for(
        status_code,
        content,
        code=verdict.code,
        message=said or f"{PROFILE.provider} error",
        code_map=PROFILE.code_errors,
        status_map=PROFILE.status_errors,
        message_map=PROFILE.message_errors,
        retry_after=retry_after,
    )


def request_of(response: httpx.Response) -> httpx.Request | None:
    """The request a response answers, or None for a response built by hand without one."""
    try:
        return response.request
    except RuntimeError:
        return None


def checked(response: httpx.Response, request: httpx.Request | None) -> ApiError | None:
    """`response_error` for a whole response; on success its body's JSON value is kept on it (DECODED) for the
    parser."""
    payload = decode_json(response.content)
    error = response_error(response.status_code, response.headers, response.content, request=request, payload=payload)
    if error is None:
        response.extensions[DECODED] = payload
    return error


def check_response(response: httpx.Response) -> None:
    """Raise the documented error this response stands for; return when it is a success."""
    error = checked(response, request_of(response))
    if error is not None:
        raise error


@functools.cache
def _response_type() -> type[Response[Any]]:
    """The generated `types.Response`, imported on the first call rather than with this module: it is an attrs
    class, and a call has imported attrs with its endpoint module's models by now, while `create_client` need
    not (bench/RESULTS.md, first use). Cached: a relative import inside a function costs a lookup every call."""
    from ...types import Response

    return Response


def build_response(response: httpx.Response, parse: Callable[[], T | None]) -> Response[T]:
    """The generated endpoints' Response: checked (unless the transport already did), then parsed; a body that
    does not parse is MalformedResponseError, never a raw KeyError or ValueError."""
    response_type = _response_type()

    if not response.extensions.get(CHECKED):
        check_response(response)
    try:
        parsed = parse()
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError) as exc:
        error = MalformedResponseError(
            f"{PROFILE.provider} sent a body that does not match the spec ({type(exc).__name__}: {exc})",
            status_code=response.status_code,
            body=response.content,
        )
        raise describe(error, request_of(response), response.headers) from exc
    try:
        status = HTTPStatus(response.status_code)
    except ValueError as exc:  # a 2xx outside the standard list (299): no HTTPStatus member to report it with
        error = MalformedResponseError(
            f"{PROFILE.provider} answered with non-standard status {response.status_code}",
            status_code=response.status_code,
            body=response.content,
        )
        raise describe(error, request_of(response), response.headers) from exc
    return response_type(
        status_code=status,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )
