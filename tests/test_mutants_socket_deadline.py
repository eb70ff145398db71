"""What the socket is told it may wait for a body, and when a body may take as long as it likes.

Pinned from a user's view, since a real socket read gives up only when its own read timeout says so:

- Before the body is read, the request's read timeout (what httpcore hands the socket when it starts reading the
  body) is cut to what is left of the whole-body deadline: of a wait's budget, once the headers took their share
  of it, even when the client set no read timeout; a read timeout shorter than that is kept, and with no budget
  it counts from the body, not from the request. A budget already spent when the headers arrive leaves the socket
  a millisecond, and the body is stopped as ApiTimeoutError rather than read for a full read timeout.
- A request with no read timeout (the client's `timeout=None`, or one request's own `read=None`) and no wait's
  budget has no deadline: its socket is told None, and a body trickling in for minutes arrives whole.

The first package is used: every package carries the same core.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.core import PACKAGE, core
from tests.doubles.trickle import API, Trickle, receive

TRANSPORT = core("transport")
BOTH = pytest.mark.parametrize("mode", ["sync", "async"])


class Told(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A trickling body that notes its request's timeouts when reading begins: what a real socket is told then."""

    def __init__(self, request: httpx.Request, body: Trickle, told: list[dict[str, Any]]) -> None:
        self.request, self.body, self.told = request, body, told

    def __iter__(self) -> Iterator[bytes]:
        self.told.append(dict(self.request.extensions["timeout"]))
        yield from self.body

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self:
            yield piece


def server(clock: FakeClock, told: list[dict[str, Any]], *, headers_after: float, gap: float) -> Any:
    """Headers after `headers_after` seconds, then a body in two pieces `gap` seconds apart."""

    def handler(request: httpx.Request) -> httpx.Response:
        clock.sleep(headers_after)
        body = Trickle(clock, [b"01", b"23"], gap=gap)
        return httpx.Response(200, headers={"content-type": "video/mp4"}, stream=Told(request, body, told))

    return TRANSPORT.RetryingTransport(0, httpx.MockTransport(handler), clock=clock)


CUT = {
    "the budget left, under a longer read timeout": (httpx.Timeout(30), 8, 5),
    "the budget left, with no read timeout": (httpx.Timeout(None), 8, 5),
    "a read timeout shorter than the budget left": (httpx.Timeout(30, read=4), 20, 4),
    "the read timeout, counted from the body, with no budget": (httpx.Timeout(30, read=4), None, 4),
}


@BOTH
@pytest.mark.parametrize("case", list(CUT))
def test_the_socket_is_told_only_what_is_left_for_the_body(mode: str, case: str) -> None:
    """The headers took 3 s; a socket told the full timeout would wait past the deadline the body must meet."""
    client, budget, left = CUT[case]
    clock, told = FakeClock(), list[dict[str, Any]]()
    transport = server(clock, told, headers_after=3, gap=1)
    assert receive(mode, transport, client=client, budget=budget) == b"0123"
    assert [phases["read"] for phases in told] == [left]


@BOTH
def test_only_the_read_timeout_is_cut_to_what_the_headers_left(mode: str) -> None:
    """Connecting and sending are over by then; their timeouts stay at the budget the request was given."""
    clock, told = FakeClock(), list[dict[str, Any]]()
    receive(mode, server(clock, told, headers_after=3, gap=1), client=httpx.Timeout(30), budget=8)
    assert told == [{"connect": 8, "read": 5, "write": 8, "pool": 8}]


@BOTH
def test_a_budget_spent_before_the_headers_leaves_the_socket_a_millisecond(mode: str) -> None:
    """Told zero (or less) a socket would wait for ever; told a millisecond it gives up at once."""
    clock, told = FakeClock(), list[dict[str, Any]]()
    with pytest.raises(PACKAGE.ApiTimeoutError) as caught:
        receive(mode, server(clock, told, headers_after=6, gap=0), client=httpx.Timeout(30), budget=5)
    assert [phases["read"] for phases in told] == [0.001]
    assert str(caught.value) == f"GET {API} timed out (ReadTimeout)"


NO_READ_TIMEOUT: dict[str, dict[str, Any]] = {
    "the client's": {"client": httpx.Timeout(None)},
    "one request's own": {"client": httpx.Timeout(30, read=5), "request": httpx.Timeout(30, read=None)},
}


@BOTH
@pytest.mark.parametrize("given", list(NO_READ_TIMEOUT))
def test_with_no_read_timeout_and_no_budget_a_body_may_take_as_long_as_it_likes(mode: str, given: str) -> None:
    """A caller who switched the read timeout off (a long export) is never cut short by the whole-body deadline."""
    clock, told = FakeClock(), list[dict[str, Any]]()
    transport = server(clock, told, headers_after=3, gap=300)
    assert receive(mode, transport, **NO_READ_TIMEOUT[given]) == b"0123"
    assert [phases["read"] for phases in told] == [None]
    assert clock.elapsed == 603
