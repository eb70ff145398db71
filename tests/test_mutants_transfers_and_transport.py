"""Where a download lands, what each download attempt asks for, and what a failed connection says.

Pinned from a user's view, since each is something a caller acts on:

- Where a download is saved: a URL's last path segment names the file (percent-decoded) unless it cannot be a
  file name (empty, `.`, `..`, a separator or NUL in it, more than 255 UTF-8 bytes), when it is `download`; a
  name that is exactly 255 bytes long, or holds any ordinary letter, is kept. A destination ending with a
  separator is a directory created with all its missing parents; a file destination gets its missing parents
  too. A name that cannot be a file name under a directory destination is refused with a message saying so.
- What each attempt sends: `Accept-Encoding: identity` (so the byte counts a resume relies on are the file's),
  and a `Range` only once bytes are held: an attempt after one that failed before its first byte asks for the
  whole file again, with no Range or If-Range. A 206 to the first request that covers the file from its first
  byte is the file (one request); a 206 whose Content-Range is no byte range is not trusted (the file is asked
  for again); a Content-Range with extra blanks after its unit still gives the range and the total (the
  total reaches `on_progress`).
- A storage timeout that is not a positive number of seconds (a bool, a string) is an InvalidArgumentError.
- A failed connection's ApiConnectionError / ApiTimeoutError message: the method, the URL, what failed (the
  exception's class and its text, blanks collapsed, at most 100 characters; the class alone when it has no
  text), and for a request that was sent and is not idempotent, that it may have been acted on.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.core import PACKAGE, core
from tests.doubles.downloads import answer, fetch_scripted

TRANSFERS: ModuleType = core("transfers")
TRANSPORT: ModuleType = core("transport")
BOTH = pytest.mark.parametrize("mode", ["sync", "async"])
URL = "https://files.example.test/results/clip.mp4?X-Signature=s3cr3t"
API = "https://api.example.test/v1/videos"
SENT_NOTE = " after the request was sent: it may have been acted on (a job created); check before sending it again"


# --- where a download lands ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://files.example.test", "download"),  # no path at all
        ("https://files.example.test/a/b/Xylo%20X.mp4", "Xylo X.mp4"),
        ("https://files.example.test/a/.", "download"),
        ("https://files.example.test/a/..", "download"),
        ("https://files.example.test/a/" + "n" * 255, "n" * 255),
        ("https://files.example.test/a/" + "n" * 256, "download"),
        ("https://files.example.test/a/" + "\u00e9" * 127 + "n", "\u00e9" * 127 + "n"),  # 255 bytes
    ],
    ids=["no-path", "letters", "dot", "dot-dot", "255-bytes", "256-bytes", "255-utf8-bytes"],
)
def test_the_file_name_a_url_gives(url: str, name: str) -> None:
    assert TRANSFERS.file_name_of(url) == name


@pytest.mark.parametrize("name", [".", "..", "a/b", "a\\b"])
def test_a_name_that_cannot_be_a_file_name_under_a_directory_is_refused(name: str, tmp_path: Path) -> None:
    with pytest.raises(PACKAGE.InvalidArgumentError) as caught:
        TRANSFERS.target_path(tmp_path, name)
    assert str(caught.value) == f"{name!r} cannot be a file name; pass a file path as dest"


@pytest.mark.parametrize("name", ["X", "n" * 255])
def test_a_name_that_can_be_a_file_name_is_kept_under_a_directory(name: str, tmp_path: Path) -> None:
    assert TRANSFERS.target_path(tmp_path, name) == tmp_path / name


def test_a_directory_destination_is_created_with_its_missing_parents(tmp_path: Path) -> None:
    dest = f"{tmp_path}/a/b/c/"
    assert TRANSFERS.target_path(dest, "clip.mp4") == tmp_path / "a" / "b" / "c" / "clip.mp4"
    assert (tmp_path / "a" / "b" / "c").is_dir()
    assert not (tmp_path / "a" / "b" / "c" / "clip.mp4").exists()


def test_a_file_destination_gets_its_missing_parents(tmp_path: Path) -> None:
    dest = tmp_path / "a" / "b" / "clip.mp4"
    assert TRANSFERS.target_path(dest, "ignored.mp4") == dest
    assert (tmp_path / "a" / "b").is_dir()
    assert not dest.exists()


@pytest.mark.parametrize("timeout", [True, "5"])
def test_a_storage_timeout_must_be_a_positive_number(timeout: object) -> None:
    with pytest.raises(PACKAGE.InvalidArgumentError) as caught:
        TRANSFERS.storage_client(timeout)
    assert str(caught.value) == "timeout must be a positive number of seconds"


# --- what each attempt asks for --------------------------------------------------------------------------------


def _fetch(
    mode: str, script: Sequence[httpx.Response], final: Path
) -> tuple[Path, list[httpx.Request], list[tuple[int, int | None]]]:
    """`fetch` (or `fetch_async`) of URL into `final`, the n-th request answered by script[n]; returns the path,
    the requests and the progress reports."""
    progress: list[tuple[int, int | None]] = []

    def report(done: int, total: int | None) -> None:
        progress.append((done, total))

    path, seen = fetch_scripted(TRANSFERS, mode, URL, script, final, on_progress=report)
    return path, seen, progress


def _asked(request: httpx.Request) -> tuple[str | None, str | None, str | None]:
    return request.headers.get("Accept-Encoding"), request.headers.get("Range"), request.headers.get("If-Range")


@BOTH
def test_every_attempt_asks_for_the_bytes_as_stored(mode: str, tmp_path: Path) -> None:
    script = [
        answer(200, b"01234", drop=True, accept_ranges="bytes", content_length="10", etag='"v1"'),
        answer(206, b"56789", content_range="bytes 5-9/10"),
    ]
    path, seen, _ = _fetch(mode, script, tmp_path / "f")
    assert path.read_bytes() == b"0123456789"
    assert [_asked(r) for r in seen] == [("identity", None, None), ("identity", "bytes=5-", '"v1"')]


@BOTH
def test_an_attempt_after_one_that_got_no_byte_asks_for_the_whole_file(mode: str, tmp_path: Path) -> None:
    script = [
        answer(200, b"", drop=True, accept_ranges="bytes", content_length="5", etag='"v1"'),
        answer(200, b"01234", accept_ranges="bytes", content_length="5", etag='"v1"'),
    ]
    path, seen, _ = _fetch(mode, script, tmp_path / "f")
    assert path.read_bytes() == b"01234"
    assert [_asked(r) for r in seen] == [("identity", None, None), ("identity", None, None)]


@BOTH
def test_a_206_from_the_first_byte_to_the_first_request_is_the_file(mode: str, tmp_path: Path) -> None:
    script = [answer(206, b"01234", content_range="bytes 0-4/5")]
    path, seen, progress = _fetch(mode, script, tmp_path / "f")
    assert path.read_bytes() == b"01234"
    assert len(seen) == 1 and progress == [(5, 5)]


@BOTH
def test_a_206_whose_content_range_is_no_byte_range_is_asked_for_again(mode: str, tmp_path: Path) -> None:
    script = [
        answer(206, b"01234", content_range="bytes */5"),
        answer(200, b"01234", content_length="5"),
    ]
    path, seen, _ = _fetch(mode, script, tmp_path / "f")
    assert path.read_bytes() == b"01234"
    assert [_asked(r) for r in seen] == [("identity", None, None), ("identity", None, None)]
    assert [p.name for p in tmp_path.iterdir()] == ["f"]


@BOTH
def test_a_content_range_with_blanks_after_its_unit_gives_the_range_and_total(mode: str, tmp_path: Path) -> None:
    script = [
        answer(200, b"01234", drop=True, accept_ranges="bytes"),  # no Content-Length: the total is unknown
        answer(206, b"56789", content_range="bytes  5-9/10"),
    ]
    path, seen, progress = _fetch(mode, script, tmp_path / "f")
    assert path.read_bytes() == b"0123456789"
    assert [r.headers.get("Range") for r in seen] == [None, "bytes=5-"]
    assert progress == [(5, None), (10, 10)]


# --- what a failed connection says ---------------------------------------------------------------------------


def _failing(method: str, exc: Exception) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    transport = TRANSPORT.RetryingTransport(0, httpx.MockTransport(handler), clock=FakeClock())
    with httpx.Client(transport=transport) as http, pytest.raises(PACKAGE.ApiConnectionError) as caught:
        http.request(method, API)
    return caught.value


@pytest.mark.parametrize(
    ("method", "exc", "message"),
    [
        ("GET", httpx.ReadTimeout("slow"), f"GET {API} timed out (ReadTimeout)"),
        ("POST", httpx.ReadTimeout("slow"), f"POST {API} timed out (ReadTimeout)" + SENT_NOTE),
        ("POST", httpx.ConnectTimeout("slow"), f"POST {API} timed out (ConnectTimeout)"),
        (
            "GET",
            httpx.ReadError("peer  closed\n the connection"),
            f"GET {API} failed (ReadError: peer closed the connection)",
        ),
        ("POST", httpx.ReadError("reset"), f"POST {API} failed (ReadError: reset)" + SENT_NOTE),
        ("POST", httpx.ConnectError("refused"), f"POST {API} failed (ConnectError: refused)"),
        ("GET", httpx.ReadError(""), f"GET {API} failed (ReadError)"),
        ("GET", httpx.ReadError("x" * 150), f"GET {API} failed (ReadError: {'x' * 100})"),
    ],
    ids=[
        "get-timeout",
        "post-timeout",
        "post-connect-timeout",
        "get-error",
        "post-error",
        "post-connect-error",
        "get-error-no-text",
        "get-error-long-text",
    ],
)
def test_a_failed_connection_names_the_request_and_what_failed(method: str, exc: Exception, message: str) -> None:
    error = _failing(method, exc)
    assert isinstance(error, PACKAGE.ApiTimeoutError) == isinstance(exc, httpx.TimeoutException)
    assert str(error) == message
    assert (error.method, error.url) == (method, API)
