"""Transfers under the failures a storage host really produces, sync and async, on the virtual clock: what is
retried (a 5xx, 408 or 429, after its Retry-After; a dropped connection), how often (an upload three times in
all, a download until three attempts in a row bring nothing), what is refused at once (any other status), and
what the error then carries (status, the host's body, the URL without its signed query, the local path, a
message with each of these). A download resumed at its very end (416) keeps the file when it is whole and says
why when it is not; a JSON error under a 200 is the API's error; a compressed body is saved decompressed; an
expired link is renewed once. The storage clients send the package's User-Agent, follow redirects and keep the
timeout given. (Found by `make mutate`: docs/robustness.md.)

The upload is driven against the stand-in's storage host, taught for this the answers it never gave (a refusal
of the first N requests with a Retry-After, a dropped PUT, a silent host, a redirect); the download's state
machine through `httpx.MockTransport`, which can end a body at any byte.
"""

from __future__ import annotations

import asyncio
import gzip
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.core import PACKAGE, core
from tests.doubles.downloads import answer as scripted
from tests.doubles.downloads import fetch_scripted
from tests.doubles.standin.server import StandInServer

TRANSFERS: ModuleType = core("transfers")
BOTH = pytest.mark.parametrize("mode", ["sync", "async"])
REFUSAL = b"<Error><Code>AccessDenied</Code></Error>"


def _where(url: str) -> str:
    return str(TRANSFERS.where(url))


# --- uploads, against the storage stand-in ------------------------------------------------------------------


def _upload(mode: str, url: str, source: Path, clock: FakeClock, **options: Any) -> None:
    found = TRANSFERS.UploadSource(source)
    if mode == "sync":
        TRANSFERS.upload(url, found, content_type="video/mp4", clock=clock, **options)
    else:
        asyncio.run(TRANSFERS.upload_async(url, found, content_type="video/mp4", clock=clock, **options))


def _puts(standin: StandInServer, path: str) -> int:
    return sum(1 for r in standin.storage.seen("PUT") if r.path.partition("?")[0] == path)


@pytest.fixture
def clip(tmp_path: Path) -> Path:
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"0123456789" * 100)
    return path


@BOTH
@pytest.mark.parametrize("status", [500, 503, 408, 429])
def test_an_upload_refused_for_now_is_sent_again_after_the_hosts_retry_after(
    mode: str, status: int, standin: StandInServer, clip: Path
) -> None:
    path = f"/up/again-{mode}-{status}.mp4"
    clock = FakeClock()
    url = standin.storage.url(path, standin_putfail=status, standin_failfirst=2, standin_retryafter=3)
    _upload(mode, url, clip, clock)
    assert _puts(standin, path) == 3 and clock.sleeps == [3.0, 3.0]
    assert standin.storage.objects[path].data == clip.read_bytes()


@BOTH
def test_an_upload_gives_up_after_two_more_tries_with_what_the_host_said(
    mode: str, standin: StandInServer, clip: Path
) -> None:
    path = f"/up/busy-{mode}.mp4"
    clock = FakeClock()
    url = standin.storage.url(path, standin_putfail=503, X_Signature="s3cr3t")
    with pytest.raises(PACKAGE.TransferError) as caught:
        _upload(mode, url, clip, clock)
    error = caught.value
    assert _puts(standin, path) == 3
    assert (error.status_code, error.body, error.url, error.path) == (503, REFUSAL, _where(url), str(clip))
    assert str(error) == f"upload of {str(clip)!r} to {_where(url)} was refused: HTTP 503: {REFUSAL.decode()}"
    assert "s3cr3t" not in str(error)
    first, second = clock.sleeps  # the retry backoff, jittered down by up to a quarter
    assert 0.375 <= first <= 0.5 and 0.75 <= second <= 1.0


@BOTH
@pytest.mark.parametrize("status", [400, 403, 404, 499])
def test_an_upload_refused_for_good_is_not_sent_again(
    mode: str, status: int, standin: StandInServer, clip: Path
) -> None:
    path = f"/up/refused-{mode}-{status}.mp4"
    clock = FakeClock()
    with pytest.raises(PACKAGE.TransferError) as caught:
        _upload(mode, standin.storage.url(path, standin_putfail=status), clip, clock)
    assert caught.value.status_code == status and _puts(standin, path) == 1 and clock.sleeps == []


@BOTH
def test_a_dropped_upload_is_sent_again_and_then_named_by_its_failure(
    mode: str, standin: StandInServer, clip: Path
) -> None:
    clock = FakeClock()
    path = f"/up/dropped-once-{mode}.mp4"
    _upload(mode, standin.storage.url(path, standin_putdrop=1), clip, clock)
    assert _puts(standin, path) == 2 and standin.storage.objects[path].size == clip.stat().st_size
    path = f"/up/dropped-{mode}.mp4"
    url = standin.storage.url(path, standin_putdrop=9)
    with pytest.raises(PACKAGE.TransferError) as caught:
        _upload(mode, url, clip, clock)
    error = caught.value
    cause = type(error.__cause__).__name__
    assert isinstance(error.__cause__, httpx.TransportError) and _puts(standin, path) == 3
    assert str(error) == f"upload of {str(clip)!r} to {_where(url)} failed ({cause})"
    assert (error.status_code, error.body, error.url, error.path) == (None, b"", _where(url), str(clip))


@BOTH
def test_a_silent_host_times_the_upload_out(mode: str, standin: StandInServer, clip: Path) -> None:
    url = standin.storage.url(f"/up/silent-{mode}.mp4", standin_hang=2)
    with pytest.raises(PACKAGE.TransferError) as caught:
        _upload(mode, url, clip, FakeClock(), timeout=0.2)
    assert str(caught.value) == f"upload of {str(clip)!r} to {_where(url)} timed out"


@BOTH
def test_a_file_that_shrinks_while_it_is_sent_is_not_sent_again(mode: str, standin: StandInServer, clip: Path) -> None:
    clock = FakeClock()
    source = TRANSFERS.UploadSource(clip)
    clip.write_bytes(b"short")
    url = standin.storage.url(f"/up/shrunk-{mode}.mp4")
    with pytest.raises(PACKAGE.TransferError) as caught:
        if mode == "sync":
            TRANSFERS.upload(url, source, content_type="video/mp4", clock=clock)
        else:
            asyncio.run(TRANSFERS.upload_async(url, source, content_type="video/mp4", clock=clock))
    assert isinstance(caught.value.__cause__, OSError) and clock.sleeps == []


@BOTH
def test_the_storage_clients_send_the_user_agent_and_follow_redirects(
    mode: str, standin: StandInServer, clip: Path, tmp_path: Path
) -> None:
    agent = TRANSFERS._user_agent()
    _upload(mode, standin.storage.url(f"/up/agent-{mode}.mp4"), clip, FakeClock())
    assert standin.storage.seen("PUT")[-1].headers["User-Agent"] == agent
    url = standin.storage.url(f"/res/moved-{mode}.bin", standin_redirect=1, standin_size=1000)
    if mode == "sync":
        saved = PACKAGE.download(url, tmp_path / "moved.bin")
    else:
        saved = asyncio.run(PACKAGE.download_async(url, tmp_path / "moved.bin"))
    assert saved.stat().st_size == 1000
    assert standin.storage.seen("GET")[-1].headers["User-Agent"] == agent


@BOTH
def test_a_download_keeps_the_timeout_given(mode: str, standin: StandInServer, tmp_path: Path) -> None:
    url = standin.storage.url(f"/res/silent-{mode}.bin", standin_hang=3)
    with pytest.raises(PACKAGE.TransferError, match="ReadTimeout"):
        if mode == "sync":
            PACKAGE.download(url, tmp_path / "silent.bin", timeout=0.2)
        else:
            asyncio.run(PACKAGE.download_async(url, tmp_path / "silent.bin", timeout=0.2))


# --- downloads, through a scripted transport ----------------------------------------------------------------

URL = "https://h.test/f.bin?X-Signature=s3cr3t"
WHERE = "h.test/f.bin"


Answer = Callable[[httpx.Request], httpx.Response]


def answer(status: int, data: bytes = b"", *, drop: bool = False, **headers: str) -> Answer:
    """A fresh answer for each request it meets (a script's last one may meet many)."""
    return lambda request: scripted(status, data, drop=drop, **headers)


def _fetch(mode: str, script: list[Answer], final: Path, **options: Any) -> tuple[Path, list[httpx.Request]]:
    """`fetch` (or `fetch_async`) of URL into `final`, the n-th request answered by script[n] (the last repeats)."""
    return fetch_scripted(TRANSFERS, mode, URL, script, final, repeat_last=True, **options)


@BOTH
@pytest.mark.parametrize("status", [500, 503, 408, 429])
def test_a_download_refused_for_now_is_tried_again_after_the_hosts_retry_after(
    mode: str, status: int, tmp_path: Path
) -> None:
    clock = FakeClock()
    busy = answer(status, b"busy", retry_after="4")
    path, seen = _fetch(mode, [busy, busy, answer(200, b"whole", content_length="5")], tmp_path / "f", clock=clock)
    assert path.read_bytes() == b"whole" and len(seen) == 3 and clock.sleeps == [4.0, 4.0]


@BOTH
def test_a_download_gives_up_after_three_refusals_with_what_the_host_said(mode: str, tmp_path: Path) -> None:
    with pytest.raises(PACKAGE.TransferError) as caught:
        _fetch(mode, [answer(503, b" busy \n")], tmp_path / "f")
    error = caught.value
    assert (error.status_code, error.body, error.url, error.path) == (503, b" busy \n", WHERE, str(tmp_path / "f"))
    assert str(error) == f"download: {WHERE} answered HTTP 503: busy"
    assert list(tmp_path.iterdir()) == []


@BOTH
def test_a_download_refused_for_good_is_not_tried_again(mode: str, tmp_path: Path) -> None:
    clock = FakeClock()
    with pytest.raises(PACKAGE.TransferError) as caught:
        _fetch(mode, [answer(404), answer(200, b"x")], tmp_path / "f", clock=clock)
    assert str(caught.value) == f"download: {WHERE} answered HTTP 404"
    assert caught.value.status_code == 404 and caught.value.body == b"" and clock.sleeps == []
    with pytest.raises(PACKAGE.TransferError, match="HTTP 416"):
        _fetch(mode, [answer(416, content_range="bytes */5")], tmp_path / "f")  # no byte yet: not "already whole"


@BOTH
def test_a_refusal_cut_off_mid_body_keeps_what_arrived(mode: str, tmp_path: Path) -> None:
    def cut(request: httpx.Request) -> httpx.Response:
        return scripted(403, [b"<Error><Code>Access", b"Denied</Code>"], drop=True)

    with pytest.raises(PACKAGE.TransferError) as caught:
        _fetch(mode, [cut], tmp_path / "f")
    assert caught.value.body == b"<Error><Code>AccessDenied</Code>"
    assert str(caught.value) == f"download: {WHERE} answered HTTP 403: <Error><Code>AccessDenied</Code>"


def _cut_whole(**headers: str) -> Answer:
    """Ten bytes, all of them, and then the connection fails before the body is seen to end."""
    return answer(200, b"0123456789", drop=True, accept_ranges="bytes", **headers)


@BOTH
@pytest.mark.parametrize("content_range", ["bytes */10", "bytes */12", None])
def test_a_resume_past_the_announced_end_keeps_the_whole_file(
    mode: str, content_range: str | None, tmp_path: Path
) -> None:
    """All the bytes the first answer announced arrived: whatever the 416 says, the file is the one announced."""
    end = answer(416, content_range=content_range) if content_range else answer(416)
    path, seen = _fetch(mode, [_cut_whole(content_length="10"), end], tmp_path / "f")
    assert path.read_bytes() == b"0123456789"
    assert seen[1].headers["Range"] == "bytes=10-"


@BOTH
def test_a_resume_past_the_end_of_a_body_of_unknown_length_asks_the_416(mode: str, tmp_path: Path) -> None:
    """No length was announced: the 416's `bytes */total` says whether the bytes received are the whole file."""
    path, _ = _fetch(mode, [_cut_whole(), answer(416, content_range="bytes */10")], tmp_path / "f")
    assert path.read_bytes() == b"0123456789"
    with pytest.raises(PACKAGE.IncompleteDownloadError) as caught:
        _fetch(mode, [_cut_whole(), answer(416, content_range="bytes */12")], tmp_path / "g")
    error = caught.value
    assert str(error) == f"download: {WHERE} announced None bytes but has 12"
    assert (error.received, error.expected, error.url, error.path) == (10, None, WHERE, str(tmp_path / "g"))
    with pytest.raises(PACKAGE.IncompleteDownloadError) as caught:
        _fetch(mode, [_cut_whole(), answer(416)], tmp_path / "h")
    assert str(caught.value) == f"download: {WHERE} announced None bytes but has nothing past byte 10"
    assert [p.name for p in tmp_path.iterdir()] == ["f"]


@BOTH
def test_a_body_short_of_its_length_resumed_past_its_end_is_incomplete(mode: str, tmp_path: Path) -> None:
    cut = answer(200, b"01234567", drop=True, accept_ranges="bytes", content_length="10")
    with pytest.raises(PACKAGE.IncompleteDownloadError) as caught:
        _fetch(mode, [cut, answer(416, content_range="bytes */8")], tmp_path / "f")
    assert str(caught.value) == f"download: {WHERE} announced 10 bytes but has 8"
    assert (caught.value.received, caught.value.expected) == (8, 10)


@BOTH
def test_a_body_longer_than_announced_is_refused(mode: str, tmp_path: Path) -> None:
    with pytest.raises(PACKAGE.IncompleteDownloadError) as caught:
        _fetch(mode, [answer(200, b"12345678", content_length="5")], tmp_path / "f")
    error = caught.value
    assert str(error) == f"download: {WHERE} sent 8 bytes, more than the 5 it announced"
    assert (error.received, error.expected, error.url, error.path) == (8, 5, WHERE, str(tmp_path / "f"))


@BOTH
def test_a_body_that_stays_short_names_its_attempts_and_why(mode: str, tmp_path: Path) -> None:
    with pytest.raises(PACKAGE.IncompleteDownloadError) as caught:
        _fetch(mode, [answer(200, b"123", content_length="5")], tmp_path / "f")
    assert str(caught.value) == (
        f"download: {WHERE} sent 3 of the 5 bytes it announced after 4 attempts (the body ended after 3 of 5 bytes)"
    )


@BOTH
def test_a_json_error_under_a_200_is_the_error_it_stands_for(mode: str, tmp_path: Path) -> None:
    body = json.dumps({"code": 10104, "msg": "not found"}).encode()

    def json_errors(status: int, held: bytes) -> Exception:
        return LookupError(status, held)

    with pytest.raises(LookupError) as caught:
        _fetch(mode, [answer(200, body, content_type="application/json")], tmp_path / "f", json_errors=json_errors)
    assert caught.value.args == (200, body)
    assert list(tmp_path.iterdir()) == []


@BOTH
def test_a_compressed_body_is_saved_as_the_file_it_encodes(mode: str, tmp_path: Path) -> None:
    packed = gzip.compress(b"the file itself" * 50)
    path, _ = _fetch(mode, [answer(200, packed, content_encoding="gzip")], tmp_path / "f")
    assert path.read_bytes() == b"the file itself" * 50


@BOTH
def test_an_expired_link_is_renewed_once_and_only_an_expired_one(mode: str, tmp_path: Path) -> None:
    renewed: list[int] = []

    def fresh() -> str:
        renewed.append(1)
        return URL + "&fresh=1"

    renew = fresh  # awaited as a coroutine by the async download (tests/doubles/downloads.py)
    expired = answer(403, b"<Code>AccessDenied</Code>")
    path, seen = _fetch(mode, [expired, answer(200, b"ok")], tmp_path / "f", renew=renew)
    assert path.read_bytes() == b"ok" and renewed == [1] and str(seen[1].url).endswith("&fresh=1")
    with pytest.raises(PACKAGE.TransferError, match="HTTP 403"):
        _fetch(mode, [expired], tmp_path / "g", renew=renew)
    assert renewed == [1, 1], "renewed once, then the refusal of the new link is raised"
    with pytest.raises(PACKAGE.TransferError, match="HTTP 404"):
        _fetch(mode, [answer(404), answer(200, b"ok")], tmp_path / "h", renew=renew)
    assert renewed == [1, 1], "a link that is not expired is not renewed"
    with pytest.raises(PACKAGE.TransferError, match="HTTP 403"):
        _fetch(mode, [expired, answer(200, b"ok")], tmp_path / "i")
