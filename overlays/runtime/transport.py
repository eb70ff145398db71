"""The httpx transport behind every client: typed errors, bounded retries of idempotent requests, a log line
per request and per retry, and request timeouts cut to what is left of a wait's deadline.

It wraps the real transport (or one the caller passes, such as `httpx.MockTransport`) and serves both
`httpx.Client` and `httpx.AsyncClient`, because the generated client hands the same `httpx_args` to both.
Retries use capped exponential backoff with jitter and honour `Retry-After`; the wait helpers switch them
off (`retries_disabled`) because a wait retries on its own schedule, inside its own deadline, and give each
request at most the time left (`request_budget`). Copies made by `with_max_retries` (for
`client.with_options`) share the real transports, so their connection pool, and have their own retry budget.
"""

from __future__ import annotations

import logging
import math
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpx

from . import redact
from .clock import SYSTEM, ClockLike
from .errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    InvalidArgumentError,
    NotFoundError,
    RateLimitError,
    SDKError,
    ServerError,
    is_transient,
)
from .logs import logger
from .policy import RETRY_POLICY
from .responses import CHECKED, checked, is_binary

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
MAX_RETRY_AFTER = 60.0
"""A single call gives up rather than sleep longer than this on a server's Retry-After (it raises the
RateLimitError, whose `retry_after` says how long the server asked for)."""
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
"""Failures that happen before a request leaves: the server cannot have acted on it."""

_retries_off: ContextVar[bool] = ContextVar("retries_off", default=False)
_budget_left: ContextVar[float | None] = ContextVar("request_budget", default=None)


@contextmanager
def retries_disabled() -> Iterator[None]:
    """Within the block, the transport makes one attempt per request (the caller retries on its own terms)."""
    token = _retries_off.set(True)
    try:
        yield
    finally:
        _retries_off.reset(token)


@contextmanager
def request_budget(seconds: float | None) -> Iterator[None]:
    """Within the block, every request gets at most `seconds` in all (connecting, sending, reading the whole
    body): its timeouts are cut to that when the client's are longer. None leaves them as they are."""
    token = _budget_left.set(seconds)
    try:
        yield
    finally:
        _budget_left.reset(token)


def _connection_error(request: httpx.Request, exc: Exception) -> ApiConnectionError:
    shown = redact.url(request.url)
    if isinstance(exc, httpx.TimeoutException):
        kind = f"timed out ({type(exc).__name__})"
    else:
        detail = " ".join(str(exc).split())[:100]
        kind = f"failed ({type(exc).__name__}{': ' + detail if detail else ''})"
    text = f"{request.method} {shown} {kind}"
    if request.method not in IDEMPOTENT and not isinstance(exc, NOT_SENT):
        text += " after the request was sent: it may have been acted on (a job created); check before sending it again"
    cls = ApiTimeoutError if isinstance(exc, httpx.TimeoutException) else ApiConnectionError
    return cls(text, method=request.method, url=shown)


def _rejected_unseen(error: SDKError, cause: Exception | None) -> bool:
    """Whether the server provably did not act on a request: it never left, or the answer was a rejection
    (429, or 503 from the HTTP layer) rather than an outcome."""
    if cause is not None:
        return isinstance(cause, NOT_SENT)
    return isinstance(error, RateLimitError) or (isinstance(error, ServerError) and error.status_code == 503)


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout", {})
    read = timeout.get("read") if isinstance(timeout, dict) else None
    return float(read) if isinstance(read, int | float) else None


def _limited(request: httpx.Request, base: dict[str, Any], budget: float | None, now: float) -> float | None:
    """Give this attempt the client's timeouts, each cut to `budget`; returns when the attempt must end (on the
    client's clock, which reads `now`), or None when no budget applies."""
    if budget is None:
        request.extensions["timeout"] = dict(base)
        return None
    budget = max(budget, 0.001)
    request.extensions["timeout"] = {
        phase: budget if not isinstance(value, int | float) else min(float(value), budget)
        for phase, value in (base or dict.fromkeys(("connect", "read", "write", "pool"))).items()
    }
    return now + budget


class _Deadline:
    """A whole-body deadline: httpx's read timeout is per read, so a server trickling one byte at a time
    would otherwise hold a request (and the wait around it) for as long as it likes. The body must arrive
    within the read timeout, and before `end` (the wait's deadline) when one is given; the socket's read
    timeout is cut to what is left before the body is read. Times are on the client's clock, as the wait's are."""

    def __init__(self, request: httpx.Request, end: float | None, clock: ClockLike) -> None:
        self.request = request
        self.clock = clock
        now = clock.monotonic()
        read = _read_timeout(request)
        ends = [t for t in (None if read is None else now + read, end) if t is not None]
        self.end = min(ends) if ends else None
        timeouts = request.extensions.get("timeout")
        if self.end is not None and isinstance(timeouts, dict):
            timeouts["read"] = max(self.end - now, 0.001)

    def check(self) -> None:
        if self.end is not None and self.clock.monotonic() > self.end:
            raise httpx.ReadTimeout("the response body did not arrive within the read timeout", request=self.request)


STREAMED = "ai_video_clients.stream"
"""Request extension for a caller that reads the body itself (a download): a 2xx file answer (`is_binary`) is
returned unread, its body still streaming; any other answer is read and checked as usual."""


def _streamed(request: httpx.Request, response: httpx.Response) -> bool:
    return bool(request.extensions.get(STREAMED)) and response.is_success and is_binary(response.headers)


class _Checked(httpx.SyncByteStream, httpx.AsyncByteStream):
    """The network stream of a response, with the whole-body deadline checked after every chunk: the response
    is then read in place (`read()`), as httpx reads it, not copied into a second response."""

    def __init__(self, stream: Any, deadline: _Deadline) -> None:
        self.stream = stream
        self.deadline = deadline

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.stream:
            yield chunk
            self.deadline.check()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.stream:
            yield chunk
            self.deadline.check()

    def close(self) -> None:
        self.stream.close()

    async def aclose(self) -> None:
        await self.stream.aclose()


def _complete(request: httpx.Request, response: httpx.Response, end: float | None, clock: ClockLike) -> httpx.Response:
    if response.is_stream_consumed:  # built from bytes (httpx.MockTransport): already complete
        return response
    response.stream = _Checked(response.stream, _Deadline(request, end, clock))
    try:
        response.read()
    finally:
        response.close()
    return response


async def _complete_async(
    request: httpx.Request, response: httpx.Response, end: float | None, clock: ClockLike
) -> httpx.Response:
    if response.is_stream_consumed:
        return response
    response.stream = _Checked(response.stream, _Deadline(request, end, clock))
    try:
        await response.aread()
    finally:
        await response.aclose()
    return response


class _Pool:
    """The real transports (each made on first use), shared by a RetryingTransport and its copies."""

    def __init__(self, inner: Any, options: dict[str, Any]) -> None:
        self.options = options
        self.sync: httpx.BaseTransport | None = inner if isinstance(inner, httpx.BaseTransport) else None
        self.async_: httpx.AsyncBaseTransport | None = inner if isinstance(inner, httpx.AsyncBaseTransport) else None

    def get_sync(self) -> httpx.BaseTransport:
        if self.sync is None:
            self.sync = httpx.HTTPTransport(**self.options)
        return self.sync

    def get_async(self) -> httpx.AsyncBaseTransport:
        if self.async_ is None:
            self.async_ = httpx.AsyncHTTPTransport(**self.options)
        return self.async_


def check_max_retries(max_retries: object) -> int:
    """`max_retries` as given, or InvalidArgumentError naming it."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise InvalidArgumentError(
            f"max_retries must be a whole number >= 0 (0 turns retries off), not {max_retries!r}",
            argument="max_retries",
        )
    return max_retries


def check_timeout(timeout: object, name: str = "timeout") -> float | httpx.Timeout:
    """A request timeout as given (seconds > 0, or an httpx.Timeout), or InvalidArgumentError naming it."""
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not math.isfinite(timeout)
        or not timeout > 0
    ):
        raise InvalidArgumentError(
            f"{name} must be a number of seconds > 0 or an httpx.Timeout (requests never wait forever), "
            f"not {timeout!r}",
            argument=name,
        )
    return float(timeout)


class RetryingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Typed errors and bounded retries around a real httpx transport, for `httpx.Client` and `AsyncClient`.

    Args:
        max_retries: how many times a failed idempotent request is sent again (a POST only when the server
            provably did not act on it); 0 turns retries off.
        inner: the transport to send through (`httpx.MockTransport`, a configured `HTTPTransport`); by default
            httpx's own, made on first use with `transport_options`.
        clock: what retries sleep on and a request's budget and whole-body deadline are timed by: the client's
            own, so a test's virtual clock covers them too (the socket's own timeouts stay real seconds).
        not_found_hint: added to every 404's message (what the base URL should contain, when the client's
            differs from the provider's default).
        transport_options: verify, limits, proxy, http1, http2, ...: they configure the real transports this
            one creates (httpx ignores them on a client once a transport is given, so they must go here).

    Raises:
        InvalidArgumentError: `max_retries` is not a whole number >= 0.
    """

    def __init__(
        self,
        max_retries: int,
        inner: Any = None,
        *,
        clock: ClockLike = SYSTEM,
        not_found_hint: str | None = None,
        **transport_options: Any,
    ) -> None:
        self.max_retries = check_max_retries(max_retries)
        self.clock = clock
        self.not_found_hint = not_found_hint
        self._pool = _Pool(inner, transport_options)

    @property
    def _sync(self) -> httpx.BaseTransport | None:
        return self._pool.sync

    @property
    def _async(self) -> httpx.AsyncBaseTransport | None:
        return self._pool.async_

    def with_max_retries(self, max_retries: int) -> RetryingTransport:
        """A copy with its own retry budget that sends through the same real transports (the same connection
        pool): closing either closes the pool they share.

        Raises:
            InvalidArgumentError: `max_retries` is not a whole number >= 0.
        """
        copy = RetryingTransport.__new__(RetryingTransport)
        copy.max_retries = check_max_retries(max_retries)
        copy.clock = self.clock
        copy.not_found_hint = self.not_found_hint
        copy._pool = self._pool
        return copy

    def _delay(
        self, request: httpx.Request, error: SDKError, attempt: int, cause: Exception | None = None
    ) -> float | None:
        """Seconds before the next try, or None to give up and raise `error`. An idempotent request is retried on
        any transient failure; any other (a create, which costs money) only when the server provably did not act
        on it."""
        retryable = is_transient(error) if request.method in IDEMPOTENT else _rejected_unseen(error, cause)
        retryable = retryable and not _retries_off.get()
        if not retryable or attempt > self.max_retries:
            return None
        hint = error.retry_after if isinstance(error, RateLimitError) else None
        if hint is not None and hint > MAX_RETRY_AFTER:
            return None
        delay = RETRY_POLICY.next_delay(attempt, hint)
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "retrying %s %s in %.2fs (retry %d of %d): %s",
                request.method,
                redact.url(request.url),
                delay,
                attempt,
                self.max_retries,
                _reason(error),
            )
        return delay

    def _outcome(
        self, request: httpx.Request, response: httpx.Response | None, exc: Exception | None, started: float
    ) -> tuple[httpx.Response | None, SDKError | None]:
        """(the response, when it is a success) or (None, the error it stands for); logs the attempt."""
        took = (self.clock.monotonic() - started) * 1000
        if response is None:
            error: SDKError = _connection_error(request, exc or RuntimeError("no response"))
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug("%s %s -> %s after %.0fms", request.method, redact.url(request.url), _reason(error), took)
            return None, error
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> HTTP %d in %.0fms", request.method, redact.url(request.url), response.status_code, took
            )
        problem = checked(response, request)
        if problem is None:
            response.extensions[CHECKED] = True
            return response, None
        if self.not_found_hint and isinstance(problem, NotFoundError) and problem.status_code == 404:
            problem.hint = self.not_found_hint
        return None, problem

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._pool.get_sync()
        base = dict(request.extensions.get("timeout") or {})
        attempt = 0
        while True:
            attempt += 1
            started = self.clock.monotonic()
            end = _limited(request, base, _budget_left.get(), started)
            response: httpx.Response | None = None
            cause: Exception | None = None
            try:
                raw = inner.handle_request(request)
                if _streamed(request, raw):
                    return raw
                response = _complete(request, raw, end, self.clock)
            except httpx.TransportError as exc:
                cause = exc
            done, error = self._outcome(request, response, cause, started)
            if done is not None:
                return done
            assert error is not None
            delay = self._delay(request, error, attempt, cause)
            if delay is None:
                raise error from cause
            self.clock.sleep(delay)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._pool.get_async()
        base = dict(request.extensions.get("timeout") or {})
        attempt = 0
        while True:
            attempt += 1
            started = self.clock.monotonic()
            end = _limited(request, base, _budget_left.get(), started)
            response: httpx.Response | None = None
            cause: Exception | None = None
            try:
                raw = await inner.handle_async_request(request)
                if _streamed(request, raw):
                    return raw
                response = await _complete_async(request, raw, end, self.clock)
            except httpx.TransportError as exc:
                cause = exc
            done, error = self._outcome(request, response, cause, started)
            if done is not None:
                return done
            assert error is not None
            delay = self._delay(request, error, attempt, cause)
            if delay is None:
                raise error from cause
            await self.clock.async_sleep(delay)

    def close(self) -> None:
        if self._pool.sync is not None:
            self._pool.sync.close()

    async def aclose(self) -> None:
        if self._pool.async_ is not None:
            await self._pool.async_.aclose()


def _reason(error: SDKError) -> str:
    """A short reason for a log line: the error's class and status, never its body."""
    if isinstance(error, ApiError):
        code = f", code {error.code}" if error.code is not None else ""
        return f"{type(error).__name__} (HTTP {error.status_code}{code})"
    return type(error).__name__
