# Layered in by `make regen` from overlays/runtime/errors.py: edit it there, never here.
"""One error hierarchy for everything the package raises, and one function that maps a status to a class.

Providers disagree on how they report errors (JoggAI puts a business code in a 200 envelope, Memories.ai
mirrors the HTTP status in the body, ViddyScribe uses a string `error`); `error_for` takes the provider's
code map so that each one lands on the same classes, and callers catch meanings, not providers.

Every class here is shown under the package's public name (`jogg_ai_client.AuthenticationError`, not this
private module's path) in tracebacks and reprs, and survives pickling with its attributes (a failed job in a
`ProcessPoolExecutor` worker reaches the parent as itself, not as `BrokenProcessPool`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

_MAX_MESSAGE = 300

PUBLIC_MODULE = __name__.split(".", 1)[0]
"""The package's import name (`jogg_ai_client`): every error class of the package says it lives there, where
the package exports it (each one must be exported at the top level, or pickle could not find it)."""
_PRIVATE = f"{PUBLIC_MODULE}.lib."


def _restore(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> BaseException:
    """Unpickle an error without calling its `__init__` (whose keyword-only arguments pickle does not know)."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class SDKError(Exception):
    """Base of every error this package raises on purpose.

    Attributes:
        task_id: the id of the job the error is about, when there is one: set on every error a wait or a
            create-and-wait helper raises (the id the create returned, so the wait can be resumed); None
            otherwise.
    """

    task_id: str | None = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__module__.startswith(_PRIVATE):
            cls.__module__ = PUBLIC_MODULE

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), self.args, dict(self.__dict__)))


if __name__.startswith(_PRIVATE):
    SDKError.__module__ = PUBLIC_MODULE


class ApiError(SDKError):
    """The server answered, and the answer was an error or could not be used.

    Attributes:
        status_code: the HTTP status of the answer.
        code: the provider's own error code from the body (a business code, an HTTP-like code or an error
            string), or None when the body had none.
        message: the provider's own message, or what was wrong with the answer when it sent none.
        body: the response body, as bytes.
        method: the request's method ("GET"), when known.
        url: the URL requested, with anything that could hold a secret (user info, key-like query
            parameters) replaced by `***`; None when not known.
        headers: the response headers, secret ones (cookies, keys, tokens) removed.
        request_id: the server's id for the request (the first of `REQUEST_ID_HEADERS` it sent), to quote to
            the provider's support; None when it sent none.
        hint: what to check, when the client can tell (a base URL whose path differs from the default's on a
            404, say); None otherwise.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: int | str | None = None,
        body: bytes = b"",
        method: str | None = None,
        url: str | None = None,
        headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.message = _clip(message)
        self.body = body
        self.method = method
        self.url = url
        self.headers: dict[str, str] = dict(headers or {})
        self.request_id = request_id
        self.hint: str | None = None
        super().__init__(self.message)

    def __str__(self) -> str:
        where = f"{self.method} {self.url}: " if self.method and self.url else ""
        code = f", code {self.code}" if self.code is not None else ""
        text = f"{where}HTTP {self.status_code}{code}: {self.message}"
        if self.request_id:
            text += f" (request id {self.request_id})"
        if self.hint:
            text += f"; {self.hint}"
        return text


class AuthenticationError(ApiError):
    """The API key is missing, wrong or revoked. Not retried."""


class PermissionDeniedError(ApiError):
    """The key is valid but may not do this. Not retried."""


class NotFoundError(ApiError):
    """No such task or resource, or (on every call) a base URL that lacks the API's path. Not retried."""


class BadRequestError(ApiError):
    """The request itself was rejected as invalid. Not retried."""


class InsufficientCreditError(ApiError):
    """The account has no credit left for this. Not retried."""


class RateLimitError(ApiError):
    """Too many requests. Retried, after the server's `Retry-After` when it sent one.

    Attributes:
        retry_after: the server's hint in seconds (from `Retry-After`), or None when it sent none.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: int | str | None = None,
        body: bytes = b"",
        retry_after: float | None = None,
        method: str | None = None,
        url: str | None = None,
        headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message,
            status_code=status_code,
            code=code,
            body=body,
            method=method,
            url=url,
            headers=headers,
            request_id=request_id,
        )
        self.retry_after = retry_after


class ServerError(ApiError):
    """The provider failed (5xx, or its own system-error code). Transient: retried."""


class MalformedResponseError(ApiError):
    """A body that is not the documented shape: HTML, empty, truncated JSON, wrong types. Retried while waiting."""


class UnexpectedStatus(ApiError):
    """A status the spec does not declare, raised by generated code when `raise_on_unexpected_status` is set.

    Attributes:
        content: the response body (the same bytes as `body`).
    """

    def __init__(self, status_code: int, content: bytes) -> None:
        super().__init__(f"unexpected HTTP status {status_code}", status_code=status_code, body=content)
        self.content = content


class ApiConnectionError(SDKError):
    """The server could not be reached, or no answer came, after the retries the client allows.

    Attributes:
        method: the request's method, when known.
        url: the URL tried (secrets replaced by `***`), when known.
    """

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        super().__init__(_clip(message))
        self.method = method
        self.url = url


class ApiTimeoutError(ApiConnectionError):
    """No answer came within the request's timeout (the client's `timeout`, or what was left of a wait's)."""


class InvalidArgumentError(SDKError, ValueError, TypeError):
    """An argument was refused before any request was sent; the message names it and what it accepts.

    A ValueError and a TypeError too, so code written for either keeps working.

    Attributes:
        argument: the name of the argument refused, when one is to blame.
    """

    def __init__(self, message: str, *, argument: str | None = None) -> None:
        super().__init__(_clip(message))
        self.argument = argument


class TaskFailedError(SDKError):
    """The job ended in a failure state; the message carries the provider's own error fields.

    Attributes:
        task_id: the job's id.
        status: the failure status the job ended in.
    """

    def __init__(self, message: str, *, task_id: str, status: str) -> None:
        super().__init__(_clip(message))
        self.task_id = task_id
        self.status = status


class TaskCancelledError(TaskFailedError):
    """The job was cancelled before it finished."""


class WaitTimeoutError(SDKError, TimeoutError):
    """The job did not end before the wait's deadline; it may still be running on the server.

    Attributes:
        task_id: the job's id: wait again with it to go on.
        last_status: the last status a poll saw, or None when no poll returned one.
        elapsed: seconds the wait took.
    """

    def __init__(self, message: str, *, task_id: str, last_status: str | None, elapsed: float) -> None:
        super().__init__(_clip(message))
        self.task_id = task_id
        self.last_status = last_status
        self.elapsed = elapsed


TRANSIENT: tuple[type[SDKError], ...] = (ApiConnectionError, RateLimitError, ServerError, MalformedResponseError)
"""Errors worth another try: the same request may well succeed later."""

TRANSIENT_STATUSES = frozenset({408, 409, 425})
"""Statuses worth another try when nothing more specific is known (Request Timeout, Conflict, Too Early)."""

_BY_STATUS: Mapping[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientCreditError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: BadRequestError,
    429: RateLimitError,
}


def error_for(
    status_code: int,
    body: bytes,
    *,
    code: int | str | None = None,
    message: str | None = None,
    code_map: Mapping[int | str, type[ApiError]] | None = None,
    status_map: Mapping[int, type[ApiError]] | None = None,
    message_map: Sequence[tuple[int | str, re.Pattern[str], type[ApiError]]] = (),
    retry_after: float | None = None,
) -> ApiError:
    """The error for a response: the provider's own code wins over the HTTP status, which wins over nothing.
    `status_map` is what the provider documents a status to mean (every documented error it sends with that
    status raises one class), ahead of the generic table; `message_map` tells apart meanings that share one
    code by their message, ahead of the code's own class."""
    cls: type[ApiError] | None = next(
        (found for shared, pattern, found in message_map if shared == code and message and pattern.search(message)),
        None,
    )
    if cls is None:
        cls = code_map.get(code) if code_map is not None and code is not None else None
    if cls is None and status_map is not None:
        cls = status_map.get(status_code)
    if cls is None:
        cls = _BY_STATUS.get(status_code)
    if cls is None:
        cls = ServerError if status_code >= 500 else ApiError
    text = message or f"HTTP {status_code} error"
    if cls is RateLimitError:
        return RateLimitError(text, status_code=status_code, code=code, body=body, retry_after=retry_after)
    return cls(text, status_code=status_code, code=code, body=body)


def is_transient(error: BaseException) -> bool:
    """Whether the same request may well succeed later: a connection failure, 429, 5xx, a malformed answer, or
    a 408/409/425 that nothing more specific explains (a provider code that names a class, BadRequestError for
    a failed upload say, is that class's meaning, whatever the status it came with)."""
    if isinstance(error, TRANSIENT):
        return True
    if isinstance(error, ApiError) and type(error) in (ApiError, UnexpectedStatus):
        return error.status_code in TRANSIENT_STATUSES
    return False


def _clip(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"


__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "InsufficientCreditError",
    "InvalidArgumentError",
    "MalformedResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "SDKError",
    "ServerError",
    "TaskCancelledError",
    "TaskFailedError",
    "UnexpectedStatus",
    "WaitTimeoutError",
]
