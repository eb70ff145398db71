"""The httpx transport behind every client: typed errors, and bounded retries of idempotent requests.

It wraps the real transport (or one the caller passes, such as `httpx.MockTransport`) and serves both
`httpx.Client` and `httpx.AsyncClient`, because the generated client hands the same `httpx_args` to both.
Retries use capped exponential backoff with jitter and honour `Retry-After`; the wait helpers switch them
off (`retries_disabled`) because a wait retries on its own schedule, inside its own deadline.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpx

from .clock import SYSTEM, Clock
from .errors import ApiConnectionError, RateLimitError, SDKError, ServerError, is_transient
from .policy import RETRY_POLICY
from .responses import CHECKED, response_error

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
MAX_RETRY_AFTER = 60.0
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
"""Failures that happen before a request leaves: the server cannot have acted on it."""

_retries_off: ContextVar[bool] = ContextVar("retries_off", default=False)


@contextmanager
def retries_disabled() -> Iterator[None]:
    token = _retries_off.set(True)
    try:
        yield
    finally:
        _retries_off.reset(token)


def _connection_error(request: httpx.Request, exc: Exception) -> ApiConnectionError:
    kind = "timed out" if isinstance(exc, httpx.TimeoutException) else f"failed ({type(exc).__name__})"
    text = f"{request.method} {request.url.host}{request.url.path} {kind}"
    if request.method not in IDEMPOTENT and not isinstance(exc, NOT_SENT):
        text += " after the request was sent: it may have been acted on (a job created); check before sending it again"
    return ApiConnectionError(text)


def _rejected_unseen(error: SDKError, cause: Exception | None) -> bool:
    """Whether the server provably did not act on a request: it never left, or the answer was a rejection
    (429, or 503 from the HTTP layer) rather than an outcome."""
    if cause is not None:
        return isinstance(cause, NOT_SENT)
    return isinstance(error, RateLimitError) or (isinstance(error, ServerError) and error.status_code == 503)


def _budget(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout", {})
    read = timeout.get("read") if isinstance(timeout, dict) else None
    return float(read) if isinstance(read, int | float) else None


class _Deadline:
    """A whole-body deadline: httpx's read timeout is per read, so a server trickling one byte at a time
    would otherwise hold a request (and the wait around it) for as long as it likes."""

    def __init__(self, request: httpx.Request) -> None:
        self.request = request
        budget = _budget(request)
        self.end = None if budget is None else time.monotonic() + budget

    def check(self) -> None:
        if self.end is not None and time.monotonic() > self.end:
            raise httpx.ReadTimeout("the response body did not arrive within the read timeout", request=self.request)


def _rebuilt(request: httpx.Request, response: httpx.Response, raw: bytes) -> httpx.Response:
    complete = httpx.Response(
        response.status_code, headers=response.headers, content=raw, request=request, extensions=response.extensions
    )
    complete.read()
    return complete


def _complete(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    if response.is_stream_consumed:  # built from bytes (httpx.MockTransport): already complete
        return response
    deadline, chunks = _Deadline(request), []
    try:
        for chunk in response.iter_raw():
            chunks.append(chunk)
            deadline.check()
    finally:
        response.close()
    return _rebuilt(request, response, b"".join(chunks))


async def _complete_async(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    if response.is_stream_consumed:
        return response
    deadline, chunks = _Deadline(request), []
    try:
        async for chunk in response.aiter_raw():
            chunks.append(chunk)
            deadline.check()
    finally:
        await response.aclose()
    return _rebuilt(request, response, b"".join(chunks))


class RetryingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, max_retries: int, inner: Any = None, *, clock: Clock = SYSTEM, **transport_options: Any) -> None:
        """`transport_options` (verify, limits, proxy, http1, http2, ...) configure the real transports this one
        creates; httpx ignores those options on the client once a transport is given, so they must go here.
        `clock` sleeps between retries: the client's own, so a test's virtual clock covers retries too."""
        if not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError("max_retries must be a whole number >= 0")
        self.max_retries = max_retries
        self.clock = clock
        self._options = transport_options
        self._sync: httpx.BaseTransport | None = inner if isinstance(inner, httpx.BaseTransport) else None
        self._async: httpx.AsyncBaseTransport | None = inner if isinstance(inner, httpx.AsyncBaseTransport) else None

    def _delay(
        self, request: httpx.Request, error: SDKError, attempt: int, cause: Exception | None = None
    ) -> float | None:
        """Seconds before the next try, or None to give up and raise `error`. An idempotent request is retried on
        any transient failure; any other (a create, which costs money) only when the server provably did not act
        on it."""
        if request.method in IDEMPOTENT:
            retryable = is_transient(error)
        else:
            retryable = _rejected_unseen(error, cause)
        retryable = retryable and not _retries_off.get()
        if not retryable or attempt > self.max_retries:
            return None
        hint = error.retry_after if isinstance(error, RateLimitError) else None
        if hint is not None and hint > MAX_RETRY_AFTER:
            return None
        return RETRY_POLICY.next_delay(attempt, hint)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._sync is None:
            self._sync = httpx.HTTPTransport(**self._options)
        attempt = 0
        while True:
            attempt += 1
            try:
                response = _complete(request, self._sync.handle_request(request))
            except httpx.TransportError as exc:
                error: SDKError = _connection_error(request, exc)
                cause: Exception | None = exc
            else:
                problem = response_error(response.status_code, response.headers, response.content)
                if problem is None:
                    response.extensions[CHECKED] = True
                    return response
                error, cause = problem, None
            delay = self._delay(request, error, attempt, cause)
            if delay is None:
                raise error from cause
            self.clock.sleep(delay)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._async is None:
            self._async = httpx.AsyncHTTPTransport(**self._options)
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await _complete_async(request, await self._async.handle_async_request(request))
            except httpx.TransportError as exc:
                error: SDKError = _connection_error(request, exc)
                cause: Exception | None = exc
            else:
                problem = response_error(response.status_code, response.headers, response.content)
                if problem is None:
                    response.extensions[CHECKED] = True
                    return response
                error, cause = problem, None
            delay = self._delay(request, error, attempt, cause)
            if delay is None:
                raise error from cause
            await self.clock.async_sleep(delay)

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()
