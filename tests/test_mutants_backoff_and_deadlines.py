"""The delays between polls near their cap, how long a body may take to arrive, and what a download is handed.

Pinned from a user's view, since each is something a caller plans around:

- A PollPolicy's delays (jitter 0): `initial * multiplier**(n-1)` after poll n, growing by the multiplier (not
  by a fixed step), and `maximum` from the poll where that reaches it; a delay below the cap is never cut short
  by the cap's distance (`maximum / initial`, not their product, counted in powers of `multiplier`, not of e).
- A body must arrive whole within the request's read timeout (the client's `timeout=`, or one request's own),
  timed on the transport's clock, even when no wait gives the request a budget: a body trickling in past it is
  stopped as ApiTimeoutError; within it, the body arrives whole.
- A request that asks to read the body itself (the `STREAMED` extension, as a download does) and gets a 2xx
  file answer is handed the response unread, its body still streaming, in sync and async clients.
- A storage host's error is raised as soon as the first 2 KB of its body arrived: a host that sends its error
  page and then stalls does not hold the download's error back until the connection gives up.

The first package is used: every package carries the same core.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.core import PACKAGE, core
from tests.doubles.downloads import fetch_scripted
from tests.doubles.trickle import API, Trickle, receive

POLICY = core("policy")
TRANSFERS = core("transfers")
TRANSPORT = core("transport")
BOTH = pytest.mark.parametrize("mode", ["sync", "async"])
URL = "https://files.example.test/results/clip.mp4?X-Signature=s3cr3t"
FILE = {"content-type": "video/mp4"}


# --- the delays between polls near their cap ---------------------------------------------------------------------


def delays(initial: float, multiplier: float, maximum: float, polls: int) -> list[float]:
    policy = POLICY.PollPolicy(initial=initial, multiplier=multiplier, maximum=maximum, jitter=0)
    return [policy.next_delay(attempt) for attempt in range(1, polls + 1)]


def test_delays_grow_by_the_multiplier_up_to_the_cap() -> None:
    """The cap is 2**6 = 64 times the first delay, and four steps of e would pass it: doubling still takes six."""
    assert delays(1, 2, 64, 8) == [1, 2, 4, 8, 16, 32, 64, 64]


def test_delays_below_a_cap_that_no_whole_number_of_steps_reaches() -> None:
    """0.5 growing threefold up to 20 (40 times the first delay): a cap between two steps."""
    assert delays(0.5, 3, 20, 6) == [0.5, 1.5, 4.5, 13.5, 20, 20]


# --- how long a body may take to arrive --------------------------------------------------------------------------


def trickling(clock: FakeClock) -> Any:
    """Headers at once, then a body in two pieces 3 s apart: 6 s for the body."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=FILE, stream=Trickle(clock, [b"01", b"23"], gap=3))

    return TRANSPORT.RetryingTransport(0, httpx.MockTransport(handler), clock=clock)


READ_5S: dict[str, dict[str, Any]] = {
    "client": {"client": httpx.Timeout(30, read=5)},
    "request": {"client": httpx.Timeout(30), "request": httpx.Timeout(30, read=5)},
}


@BOTH
@pytest.mark.parametrize("given", list(READ_5S))
def test_a_body_that_trickles_past_the_read_timeout_is_stopped(mode: str, given: str) -> None:
    clock = FakeClock()
    with pytest.raises(PACKAGE.ApiTimeoutError) as caught:
        receive(mode, trickling(clock), **READ_5S[given])
    assert str(caught.value) == f"GET {API} timed out (ReadTimeout)"
    assert clock.elapsed == 6


@BOTH
def test_a_body_within_the_read_timeout_arrives_whole(mode: str) -> None:
    clock = FakeClock()
    assert receive(mode, trickling(clock), client=httpx.Timeout(30, read=7)) == b"0123"


# --- what a download is handed ------------------------------------------------------------------------------------


class Counted(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that counts the pieces taken from it."""

    def __init__(self, pieces: list[bytes]) -> None:
        self.pieces = pieces
        self.taken = 0

    def __iter__(self) -> Iterator[bytes]:
        for piece in self.pieces:
            self.taken += 1
            yield piece

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self:
            yield piece


def streamed(mode: str, body: Counted) -> tuple[int, list[bytes]]:
    """Pieces taken from the host's body when the response was handed over, and the pieces then read from it."""
    transport = TRANSPORT.RetryingTransport(
        0, httpx.MockTransport(lambda request: httpx.Response(200, headers=FILE, stream=body)), clock=FakeClock()
    )
    asks = {TRANSPORT.STREAMED: True}
    if mode == "sync":
        with httpx.Client(transport=transport) as http, http.stream("GET", API, extensions=asks) as response:
            return body.taken, list(response.iter_raw())

    async def run() -> tuple[int, list[bytes]]:
        async with httpx.AsyncClient(transport=transport) as http, http.stream("GET", API, extensions=asks) as answer:
            return body.taken, [chunk async for chunk in answer.aiter_raw()]

    return asyncio.run(run())


@BOTH
def test_a_file_answer_to_a_streamed_request_is_handed_over_unread(mode: str) -> None:
    """A download writes the file piece by piece as it arrives; it is never held in memory whole first."""
    body = Counted([b"ab", b"cd", b"ef"])
    assert streamed(mode, body) == (0, [b"ab", b"cd", b"ef"])


# --- how much of a storage host's error is read -----------------------------------------------------------------


class Stalling(httpx.SyncByteStream, httpx.AsyncByteStream):
    """An error page in `pieces`, after which the host holds the connection open, sending nothing, until the
    read timeout (`stall` seconds on `clock`) gives up on it."""

    def __init__(self, clock: FakeClock, pieces: list[bytes], stall: float) -> None:
        self.clock, self.pieces, self.stall = clock, pieces, stall

    def __iter__(self) -> Iterator[bytes]:
        yield from self.pieces
        self.clock.sleep(self.stall)
        raise httpx.ReadTimeout("the host sent nothing more")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self:
            yield piece


@BOTH
def test_a_storage_error_is_raised_once_its_first_2_kb_arrived(mode: str, tmp_path: Path) -> None:
    host = FakeClock()
    page = [b"<Error>" + b"x" * 1017, b"y" * 1024]
    refusal = httpx.Response(403, headers={"content-type": "application/xml"}, stream=Stalling(host, page, 30))
    with pytest.raises(PACKAGE.TransferError) as caught:
        fetch_scripted(TRANSFERS, mode, URL, [refusal], tmp_path / "clip.mp4")
    assert caught.value.status_code == 403
    assert caught.value.body == b"".join(page)
    assert host.elapsed == 0
