"""Which base URL hosts `create_client` takes, and when a 404 tells the caller to check the base URL's path.

Pinned from a user's view, since each is something a caller types or reads:

- An IPv6 literal (`https://[::1]:8080/`), an internationalised host name (`bücher.example`, sent as its IDNA
  form `xn--bcher-kva.example`, and one that only IDNA 2008, httpx's rules, allows) and a fully qualified name
  with its trailing dot are accepted, and the request goes to that host; a leading dot, a host longer than DNS
  allows (253 characters) or a broken `xn--` label is refused with InvalidArgumentError naming `base_url` and
  saying it "has no valid host name" (not with the IDNA library's own error). A host of exactly 253 characters
  is still accepted.
- A 404's hint "check base_url" appears exactly when the base URL's path is not the provider default's: a
  trailing slash makes no difference, and any other path (even a short one such as `/X`) gets the hint, in sync
  and async clients alike. For the provider whose API lives under a path, the base URL with that path (with or
  without a trailing slash) gets no hint, and the host alone gets one.

The first package stands for the core; the cases about a default path other than `/` use the package whose
profile has one (only it reaches that comparison with a non-empty default path).
"""

from __future__ import annotations

import asyncio
import importlib
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.core import PACKAGE
from tests.doubles.endpoints import packages


def _profile(package: ModuleType) -> Any:
    return importlib.import_module(f"{package.__name__}.lib.profile").PROFILE


def _factory(package: ModuleType) -> Any:
    return importlib.import_module(f"{package.__name__}.lib._core.client_factory")


PATHED = next(p for p in packages().values() if httpx.URL(_profile(p).default_base_url).path.strip("/"))
PATHED_DEFAULT = _profile(PATHED).default_base_url
ORIGIN_ONLY = _profile(PACKAGE).default_base_url
assert not httpx.URL(ORIGIN_ONLY).path.strip("/"), "the first package's default base URL is its host only"

# 63 + 1 + 63 + 1 + 63 + 1 + 61 = 253 characters
LONGEST_HOST = ".".join(["a" * 63, "b" * 63, "c" * 63, "d" * 61])


def _requested_url(base_url: str) -> httpx.URL:
    """The URL a GET of `/status` through a client for `base_url` was sent to (the server answers 404)."""
    seen: list[httpx.URL] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(404, json={"error": "not_found", "message": "no such path"})

    client = PACKAGE.create_client(
        "k", base_url=base_url, httpx_args={"transport": httpx.MockTransport(handle)}, clock=FakeClock()
    )
    with client, pytest.raises(PACKAGE.NotFoundError):
        client.get_httpx_client().get("/status")
    assert len(seen) == 1
    return seen[0]


@pytest.mark.parametrize(
    ("base_url", "raw_host"),
    [
        ("https://[::1]:8080/", b"::1"),
        ("https://[::ffff:192.168.0.1]/", b"::ffff:192.168.0.1"),
        ("https://bücher.example/", b"xn--bcher-kva.example"),
        ("https://BÜCHER.example/v2", b"xn--bcher-kva.example"),
        ("https://א1.example/", b"xn--1-zhc.example"),
        ("https://api.example.test./", b"api.example.test."),
        (f"https://{LONGEST_HOST}/", LONGEST_HOST.encode()),
    ],
)
def test_a_valid_host_is_accepted_and_the_request_goes_there(base_url: str, raw_host: bytes) -> None:
    assert _requested_url(base_url).raw_host == raw_host


@pytest.mark.parametrize(
    "base_url",
    [
        "https://.example.test/",
        "https://api..example.test/",
        f"https://{LONGEST_HOST}x/",
        f"https://x{LONGEST_HOST}./",
        "https://" + "a" * 64 + ".test/",
        "https://xn--zz.example/",
    ],
)
def test_an_invalid_host_is_refused_naming_base_url(base_url: str) -> None:
    with pytest.raises(PACKAGE.InvalidArgumentError) as raised:
        PACKAGE.create_client("k", base_url=base_url)
    assert raised.value.argument == "base_url"
    assert str(raised.value) == f"base_url {base_url!r} has no valid host name"


# --- the 404 hint: the base URL's path against the default's ---------------------------------------------------


@pytest.mark.parametrize("suffix", ["", "/", "//"])
def test_the_default_path_with_or_without_trailing_slashes_gets_no_hint(suffix: str) -> None:
    assert _factory(PACKAGE).not_found_hint(ORIGIN_ONLY.rstrip("/") + suffix) is None
    assert _factory(PATHED).not_found_hint(PATHED_DEFAULT.rstrip("/") + suffix) is None


@pytest.mark.parametrize("path", ["/X", "/XX/", "/api", "/v2/"])
def test_another_path_than_the_defaults_gets_the_hint(path: str) -> None:
    url = "https://api.example.test" + path
    hint = _factory(PACKAGE).not_found_hint(url)
    assert hint is not None
    assert hint.startswith(f"check base_url: it is {url!r}, whose path is not that of ")
    assert repr(ORIGIN_ONLY) in hint


def test_the_host_alone_gets_the_hint_where_the_api_lives_under_a_path() -> None:
    origin = PATHED_DEFAULT.removesuffix(httpx.URL(PATHED_DEFAULT).path)
    hint = _factory(PATHED).not_found_hint(origin)
    assert hint is not None and hint.startswith(f"check base_url: it is {origin!r}, ")
    assert repr(PATHED_DEFAULT) in hint


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("package", "base_url", "hinted"), [
    (PATHED, PATHED_DEFAULT + "/", False),
    (PATHED, PATHED_DEFAULT.removesuffix(httpx.URL(PATHED_DEFAULT).path), True),
    (PACKAGE, "https://api.example.test/X", True),
    (PACKAGE, "https://api.example.test//", False),
], ids=["pathed-default", "pathed-host-only", "host-only-with-path", "host-only-slashes"])  # fmt: skip
def test_a_404_carries_the_hint_exactly_when_the_path_differs(
    package: ModuleType, base_url: str, hinted: bool, mode: str
) -> None:
    answer = httpx.Response(404, json={"error": "not_found", "message": "no such path"})
    client = package.create_client(
        "k",
        base_url=base_url,
        httpx_args={"transport": httpx.MockTransport(lambda request: answer)},
        max_retries=0,
        clock=FakeClock(),
    )
    status: list[int] = []
    hints: list[str | None] = []
    try:
        if mode == "sync":
            with client:
                client.get_httpx_client().get("/anything")
        else:

            async def fetch() -> None:
                async with client:
                    await client.get_async_httpx_client().get("/anything")

            asyncio.run(fetch())
    except package.NotFoundError as error:
        status.append(error.status_code)
        hints.append(error.hint)
    assert status == [404]
    assert (hints[0] is not None) is hinted
    if hinted:
        assert hints[0] is not None and hints[0].startswith(f"check base_url: it is {base_url!r}, ")
