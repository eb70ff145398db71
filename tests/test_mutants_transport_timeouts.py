"""The timeouts each attempt is sent with, how long a request took as its log line says, and what a body that
came too slowly leaves on the ApiTimeoutError it turns into.

Pinned from a user's view, since each is something a caller (or the socket under them) acts on:

- Every attempt is sent with the client's own timeouts: the millisecond floor one attempt's body deadline put on
  a shorter read timeout is that attempt's alone, so a retry is not sent with a longer one.
- Within a wait's budget, every phase (connect, read, write, pool) is given the budget when the client's timeout
  is longer, also a budget under a second; a budget already spent gives each phase a millisecond, never zero
  (a socket told zero or less would wait for ever).
- A request that states no timeouts at all (`extensions={"timeout": {}}`, which httpx sends as it is) is still
  bounded by a wait's budget in each of the four phases, by their names; without a budget it is sent as stated.
- The DEBUG line for each request gives how long it took in milliseconds on the client's clock: `in 1500ms` for
  an answer that came after 1.5 s, `after 2000ms` for a connection that failed after 2 s.
- A body that does not arrive within the read timeout is an ApiTimeoutError whose cause (what a traceback shows
  under it) is an httpx.ReadTimeout saying so, and carrying the request it was for.

The first package is used: every package carries the same core.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.core import PACKAGE, core
from tests.doubles.trickle import API, Trickle

TRANSPORT = core("transport")
LOGGER = core("logs").logger.name
BOTH = pytest.mark.parametrize("mode", ["sync", "async"])
FILE = {core("responses").BINARY: True}
"""A GET of a file, as the download helpers send it: any 2xx non-JSON body is the answer."""
VIDEO = {"content-type": "video/mp4"}


def get(
    mode: str,
    transport: Any,
    *,
    timeout: httpx.Timeout,
    budget: float | None = None,
    extensions: dict[str, Any] | None = None,
) -> bytes:
    """The body of one GET of API through `transport` by a client with `timeout`, within `budget` seconds as a
    wait gives it (None: no wait), with the request's own `extensions` added."""
    asks = {**FILE, **(extensions or {})}
    if mode == "sync":
        with httpx.Client(transport=transport, timeout=timeout) as http, TRANSPORT.request_budget(budget):
            return http.get(API, extensions=asks).content

    async def run() -> bytes:
        async with httpx.AsyncClient(transport=transport, timeout=timeout) as http:
            with TRANSPORT.request_budget(budget):
                return (await http.get(API, extensions=asks)).content

    return asyncio.run(run())


def noting(clock: FakeClock, told: list[dict[str, Any]], answers: list[int], *, retries: int = 0) -> Any:
    """A transport over a server that notes the timeouts each request is sent with, then answers with the next
    status in `answers` (the last repeats) and a body that streams in, as a real server's does."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        told.append(dict(request.extensions["timeout"]))
        sent.append(request)
        status = answers[min(len(sent), len(answers)) - 1]
        return httpx.Response(status, headers=VIDEO, stream=Trickle(clock, [b"01", b"23"], gap=0))

    return TRANSPORT.RetryingTransport(retries, httpx.MockTransport(handler), clock=clock)


@BOTH
def test_a_retry_is_sent_with_the_clients_own_timeouts(mode: str) -> None:
    """The first answer's body deadline gives a sub-millisecond read timeout a millisecond floor; the retry after
    its 503 is still sent with the half millisecond the client set, not with what that attempt was left."""
    clock, told = FakeClock(), list[dict[str, Any]]()
    transport = noting(clock, told, [503, 200], retries=1)
    assert get(mode, transport, timeout=httpx.Timeout(30, read=0.0005)) == b"0123"
    assert told == [{"connect": 30, "read": 0.0005, "write": 30, "pool": 30}] * 2


@BOTH
@pytest.mark.parametrize(("budget", "each"), [(0.25, 0.25), (0.0, 0.001), (-3.0, 0.001)])
def test_every_phase_is_given_the_budget_left(mode: str, budget: float, each: float) -> None:
    """A wait with a quarter of a second left does not let a connect take a second; one with nothing left gives
    every phase a millisecond, so the attempt ends at once."""
    clock, told = FakeClock(), list[dict[str, Any]]()
    assert get(mode, noting(clock, told, [200]), timeout=httpx.Timeout(30), budget=budget) == b"0123"
    assert told == [dict.fromkeys(("connect", "read", "write", "pool"), each)]


@BOTH
@pytest.mark.parametrize(
    ("budget", "sent"), [(5.0, dict.fromkeys(("connect", "read", "write", "pool"), 5.0)), (None, {})]
)
def test_a_request_stating_no_timeouts_is_still_bounded_by_the_budget(
    mode: str, budget: float | None, sent: dict[str, Any]
) -> None:
    """httpx's socket would wait for ever in a phase named in no timeout; within a wait, each gets the budget."""
    clock, told = FakeClock(), list[dict[str, Any]]()
    transport = noting(clock, told, [200])
    assert get(mode, transport, timeout=httpx.Timeout(30), budget=budget, extensions={"timeout": {}}) == b"0123"
    assert told == [sent]


def _lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == LOGGER]


@BOTH
def test_an_answer_is_logged_with_how_long_it_took(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    clock = FakeClock()

    def handler(request: httpx.Request) -> httpx.Response:
        clock.sleep(1.5)
        return httpx.Response(200, headers=VIDEO, content=b"0123")

    transport = TRANSPORT.RetryingTransport(0, httpx.MockTransport(handler), clock=clock)
    assert get(mode, transport, timeout=httpx.Timeout(30)) == b"0123"
    assert _lines(caplog) == [f"GET {API} -> HTTP 200 in 1500ms"]


@BOTH
def test_a_failed_connection_is_logged_with_how_long_it_took(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    clock = FakeClock()

    def handler(request: httpx.Request) -> httpx.Response:
        clock.sleep(2)
        raise httpx.ConnectError("refused", request=request)

    transport = TRANSPORT.RetryingTransport(0, httpx.MockTransport(handler), clock=clock)
    with pytest.raises(PACKAGE.ApiConnectionError):
        get(mode, transport, timeout=httpx.Timeout(30))
    assert _lines(caplog) == [f"GET {API} -> ApiConnectionError after 2000ms"]


@BOTH
def test_a_body_too_slow_is_a_timeout_caused_by_a_read_timeout_that_says_so(mode: str) -> None:
    """A traceback shows the cause under the ApiTimeoutError; its request says which request it was."""
    clock, sent = FakeClock(), list[httpx.Request]()

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, headers=VIDEO, stream=Trickle(clock, [b"01", b"23"], gap=3))

    transport = TRANSPORT.RetryingTransport(0, httpx.MockTransport(handler), clock=clock)
    with pytest.raises(PACKAGE.ApiTimeoutError) as caught:
        get(mode, transport, timeout=httpx.Timeout(30, read=2))
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ReadTimeout)
    assert str(cause) == "the response body did not arrive within the read timeout"
    assert cause.request is sent[0]
    assert str(cause.request.url) == API
