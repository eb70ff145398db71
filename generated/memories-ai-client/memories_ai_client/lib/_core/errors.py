# Layered in by `make regen` from overlays/runtime/errors.py: edit it there, never here.
"""One error hierarchy for everything the package raises, and one function that maps a status to a class.

Providers disagree on how they report errors (JoggAI puts a business code in a 200 envelope, Memories.ai
mirrors the HTTP status in the body, ViddyScribe uses a string `error`); `error_for` takes the provider's
code map so that each one lands on the same classes, and callers catch meanings, not providers.
"""

from __future__ import annotations

from collections.abc import Mapping

_MAX_MESSAGE = 300


class SDKError(Exception):
    """Base of every error this package raises on purpose."""


class ApiError(SDKError):
    """The server answered, and the answer was an error or could not be used."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: int | str | None = None,
        body: bytes = b"",
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.message = _clip(message)
        self.body = body
        super().__init__(self.message)

    def __str__(self) -> str:
        code = f", code {self.code}" if self.code is not None else ""
        return f"{self.message} (HTTP {self.status_code}{code})"


class AuthenticationError(ApiError):
    """The API key is missing, wrong or revoked. Not retried."""


class PermissionDeniedError(ApiError):
    """The key is valid but may not do this. Not retried."""


class NotFoundError(ApiError):
    """No such task or resource. Not retried."""


class BadRequestError(ApiError):
    """The request itself was rejected as invalid. Not retried."""


class InsufficientCreditError(ApiError):
    """The account has no credit left for this. Not retried."""


class RateLimitError(ApiError):
    """Too many requests; `retry_after` is the server's hint in seconds, when it sent one."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: int | str | None = None,
        body: bytes = b"",
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, status_code=status_code, code=code, body=body)
        self.retry_after = retry_after


class ServerError(ApiError):
    """The provider failed (5xx, or its own system-error code). Transient: retried."""


class MalformedResponseError(ApiError):
    """A body that is not the documented shape: HTML, empty, truncated JSON, wrong types. Retried while waiting."""


class UnexpectedStatus(ApiError):
    """A status the spec does not declare, raised by generated code when `raise_on_unexpected_status` is set."""

    def __init__(self, status_code: int, content: bytes) -> None:
        super().__init__(f"unexpected HTTP status {status_code}", status_code=status_code, body=content)
        self.content = content


class ApiConnectionError(SDKError):
    """The server could not be reached or did not answer in time, after retries."""


class InvalidArgumentError(SDKError, ValueError):
    """An argument was refused before any request was sent (an empty or dot-only id, for example)."""


class TaskFailedError(SDKError):
    """The job ended in a failure state; the message carries the provider's own error fields."""

    def __init__(self, message: str, *, task_id: str, status: str) -> None:
        super().__init__(_clip(message))
        self.task_id = task_id
        self.status = status


class TaskCancelledError(TaskFailedError):
    """The job was cancelled before it finished."""


class WaitTimeoutError(SDKError, TimeoutError):
    """The job did not end before the wait's deadline; it may still be running on the server."""

    def __init__(self, message: str, *, task_id: str, last_status: str | None, elapsed: float) -> None:
        super().__init__(_clip(message))
        self.task_id = task_id
        self.last_status = last_status
        self.elapsed = elapsed


TRANSIENT: tuple[type[SDKError], ...] = (ApiConnectionError, RateLimitError, ServerError, MalformedResponseError)
"""Errors worth another try: the same request may well succeed later."""

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
    retry_after: float | None = None,
) -> ApiError:
    """The error for a response: the provider's own code wins over the HTTP status, which wins over nothing."""
    cls: type[ApiError] | None = code_map.get(code) if code_map is not None and code is not None else None
    if cls is None:
        cls = _BY_STATUS.get(status_code)
    if cls is None:
        cls = ServerError if status_code >= 500 else ApiError
    text = message or f"HTTP {status_code} error"
    if cls is RateLimitError:
        return RateLimitError(text, status_code=status_code, code=code, body=body, retry_after=retry_after)
    return cls(text, status_code=status_code, code=code, body=body)


def is_transient(error: BaseException) -> bool:
    if isinstance(error, TRANSIENT):
        return True
    return isinstance(error, ApiError) and error.status_code in (408, 409, 425)


def _clip(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"


__all__ = [
    "ApiConnectionError",
    "ApiError",
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
