"""The URL every error, `error.url` and log line shows: no secret in it, and everything else exact.

Pinned from a user's view, since the shown URL is what a user pastes into a bug report or reads in a log:

- User info in the URL (`user:password@host`) is shown as `***@host`: the password never appears, not even a
  part of it when the password itself holds an '@' (the host is what follows the last '@'), and the host is
  always kept, so the user can still tell where the request went.
- A query parameter whose name looks like a secret (`api_key`, `token`) shows `***` as its value; every other
  parameter is kept, a blank one too (as `name=`), in order.
- Names and values are shown percent-encoded with nothing left as is, so a '/', '&', '=' or space inside a
  name or value cannot be read as a separator (`a%2Fb`, `a%26b=c%3Dd`, `s%20t`).

These hold for the error a request raises (its `.url` and its message, sync and async, for an HTTP answer and a
connection failure), for the DEBUG log line of the request, and for the `base_url` refusal message, which shows
the URL exactly as the caller typed it (the only place a raw '@' in a password reaches, since httpx encodes it
in a request's URL). `core("redact").url` is called directly for the cases a request cannot carry.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.core import PACKAGE, core

BOTH = pytest.mark.parametrize("mode", ["sync", "async"])

BASE_URL = "https://user:hunter2@api.example.test"
PARAMS = {"next": "a/b", "blank": "", "api_key": "zz-secret", "a&b": "c=d", "s t": "u v", "x/y": "1"}
SHOWN = "https://***@api.example.test/status?next=a%2Fb&blank=&api_key=***&a%26b=c%3Dd&s%20t=u%20v&x%2Fy=1"


def _raised(mode: str, answer: Any) -> Any:
    """The error a GET of `/status` with PARAMS through a client for BASE_URL raises, no retries."""

    def handle(request: httpx.Request) -> httpx.Response:
        if isinstance(answer, Exception):
            raise answer
        assert isinstance(answer, httpx.Response)
        return answer

    client = PACKAGE.create_client(
        "k",
        base_url=BASE_URL,
        max_retries=0,
        httpx_args={"transport": httpx.MockTransport(handle)},
        clock=FakeClock(),
    )
    if mode == "sync":
        with client, pytest.raises(PACKAGE.SDKError) as caught:
            client.get_httpx_client().get("/status", params=PARAMS)
        return caught.value

    async def fetch() -> None:
        async with client:
            await client.get_async_httpx_client().get("/status", params=PARAMS)

    with pytest.raises(PACKAGE.SDKError) as caught:
        asyncio.run(fetch())
    return caught.value


def _no_secret(text: str) -> None:
    assert "hunter2" not in text
    assert "zz-secret" not in text
    assert "user:" not in text


@BOTH
def test_an_http_error_shows_the_url_without_secrets_and_otherwise_exact(mode: str) -> None:
    error = _raised(mode, httpx.Response(404, json={"error": "not_found", "message": "no such task"}))
    assert isinstance(error, PACKAGE.NotFoundError)
    assert error.url == SHOWN
    assert f"GET {SHOWN}: HTTP 404" in str(error)
    _no_secret(str(error))


@BOTH
def test_a_connection_failure_shows_the_same_url(mode: str) -> None:
    error = _raised(mode, httpx.ConnectError("refused"))
    assert isinstance(error, PACKAGE.ApiConnectionError)
    assert error.url == SHOWN
    assert str(error).startswith(f"GET {SHOWN} failed")
    _no_secret(str(error))


def test_the_request_log_line_shows_the_same_url(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger=PACKAGE.__name__):
        _raised("sync", httpx.Response(404, json={"error": "not_found", "message": "no such task"}))
    lines = [r.getMessage() for r in caplog.records if r.name == PACKAGE.__name__]
    assert any(line.startswith(f"GET {SHOWN} -> HTTP 404") for line in lines), lines
    for line in lines:
        _no_secret(line)


@pytest.mark.parametrize(
    ("base_url", "shown", "why"),
    [
        ("ftp://user:p@ss@api.example.test/", "ftp://***@api.example.test/", "must start with http://"),
        ("https://me:x@y@z@-bad-.example/v1", "https://***@-bad-.example/v1", "has no valid host name"),
    ],
)
def test_a_refused_base_url_hides_a_password_holding_an_at_sign(base_url: str, shown: str, why: str) -> None:
    with pytest.raises(PACKAGE.InvalidArgumentError) as caught:
        PACKAGE.create_client("k", base_url=base_url)
    message = str(caught.value)
    assert message.startswith(f"base_url {shown!r} {why}")
    assert "ss@" not in message and "@y" not in message and "@z" not in message


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("https://user:p@ss@h.example/p?q=1#f", "https://***@h.example/p?q=1#f"),
        ("https://:@h.example:8443/", "https://***@h.example:8443/"),
        ("https://token@h.example/", "https://***@h.example/"),
        ("https://h.example/p?a=&b=&token=t&c=", "https://h.example/p?a=&b=&token=***&c="),
        ("https://h.example/p?a%2Fb=c%2Fd&e%3Df=g%26h", "https://h.example/p?a%2Fb=c%2Fd&e%3Df=g%26h"),
        ("https://h.example/p?path=/x/y&when=a+b", "https://h.example/p?path=%2Fx%2Fy&when=a%20b"),
    ],
)
def test_redacted_url_directly(given: str, shown: str) -> None:
    assert core("redact").url(given) == shown
