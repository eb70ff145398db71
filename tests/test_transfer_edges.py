"""Transfers on the edges the other transfer tests leave, sync and async.

What a transfer error carries when the storage host's refusal body is unusual: a body that is not UTF-8 (kept as
sent, shown with replacement characters), an empty one (a message that ends at the status), a long one (the first
2 KB kept, the message clipped past 300 characters and not at 300), one cut off by a dropped connection (still the
refusal, with its status). A file that shrinks while it is sent says so; a URL with no host is refused naming
what it has.

How a download resumes: a 206 whose `Content-Range` gives the total the first answer did not (complete only at that
total; a `*` total is no total), a 206 of another range than asked (started again from the first byte, and given
up on saying so when it goes on), a weak ETag (the resume is conditioned on Last-Modified instead), a host that
drops after every byte (resumed at once, up to 50 attempts), a renewed link (three tries of its own), a
Google-style expired link (400 ExpiredToken, renewed like a 403; any other 400 refused). What a download keeps:
a compressed body announced with its compressed length, saved decompressed; a file that starts like JSON (just a
file, unless the caller reads JSON errors, and then only within the first non-blank byte and 1 MB); the attempts
and the failure of a download given up on.

The storage host for the refusals is a one-answer server on a loopback address, since the stand-in's storage host
always refuses with the same short XML body and always finishes it; the download paths go through
`httpx.MockTransport`, which can end a body at any byte.
"""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.core import PACKAGE, core
from tests.doubles.downloads import answer, fetch_scripted
from tests.doubles.standin.loopback import LoopbackHandler, LoopbackServer
from tests.doubles.standin.server import StandInServer

TRANSFERS: ModuleType = core("transfers")
BOTH = pytest.mark.parametrize("mode", ["sync", "async"])


class _Refusing(LoopbackHandler):
    """Answers every GET and PUT with the host's status and body; `announce` claims a longer body, which the
    connection then drops before it is complete."""

    def _answer(self) -> None:
        host: Host = self.server.owner
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        host.methods.append(self.command)
        self.send_response(host.status)
        self.send_header("Content-Length", str(host.announce if host.announce is not None else len(host.body)))
        self.end_headers()
        self.wfile.write(host.body)
        self.wfile.flush()
        if host.announce is not None:
            self.close_connection = True

    do_GET = do_PUT = _answer


class Host(LoopbackServer):
    handler = _Refusing
    thread_name = "refusing-host"

    def __init__(self, status: int, body: bytes, announce: int | None = None) -> None:
        super().__init__()
        self.status, self.body, self.announce = status, body, announce
        self.methods: list[str] = []

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}?X-Signature=s3cr3t"

    def where(self, path: str) -> str:
        return f"127.0.0.1:{self.httpd.server_address[1]}{path}"


@pytest.fixture
def clip(tmp_path: Path) -> Path:
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"0123456789")
    return path


def _upload(mode: str, url: str, source: Path) -> None:
    found = TRANSFERS.UploadSource(source)
    if mode == "sync":
        TRANSFERS.upload(url, found, content_type="video/mp4", clock=FakeClock())
    else:
        asyncio.run(TRANSFERS.upload_async(url, found, content_type="video/mp4", clock=FakeClock()))


def _download(mode: str, url: str, dest: Path) -> Path:
    if mode == "sync":
        saved: Path = PACKAGE.download(url, dest)
        return saved
    found: Path = asyncio.run(PACKAGE.download_async(url, dest))
    return found


def _refusal(caught: pytest.ExceptionInfo[Any]) -> tuple[object, ...]:
    error = caught.value
    return type(error), str(error), error.status_code, error.body, error.url, error.path


@BOTH
@pytest.mark.parametrize(
    ("body", "shown"),
    [(b"\xffdenied\xfe", ": \ufffddenied\ufffd"), (b"", "")],
    ids=["not-utf8-shown-with-replacement-characters", "no-body-ends-at-its-status"],
)
def test_an_upload_refusal_keeps_its_body_and_shows_it_as_text(mode: str, body: bytes, shown: str, clip: Path) -> None:
    with Host(403, body) as host:
        with pytest.raises(PACKAGE.TransferError) as caught:
            _upload(mode, host.url("/up/clip.mp4"), clip)
        where = host.where("/up/clip.mp4")
    assert _refusal(caught) == (
        PACKAGE.TransferError,
        f"upload of {str(clip)!r} to {where} was refused: HTTP 403{shown}",
        403,
        body,
        where,
        str(clip),
    )
    assert host.methods == ["PUT"]


@BOTH
def test_a_download_refusal_keeps_the_first_2_kb_of_a_long_body(mode: str, tmp_path: Path) -> None:
    body = b"<Error>" + b"x" * 5000 + b"</Error>"
    with Host(404, body) as host:
        with pytest.raises(PACKAGE.TransferError) as caught:
            _download(mode, host.url("/res/f.bin"), tmp_path / "f.bin")
        where = host.where("/res/f.bin")
    error = caught.value
    assert (type(error), error.status_code, error.body) == (PACKAGE.TransferError, 404, body[:2048])
    assert (error.url, error.path) == (where, str(tmp_path / "f.bin"))
    whole = f"download: {where} answered HTTP 404: {body[:2048].decode()}"
    assert str(error) == whole[:299] + "…", "the message is clipped to 300 characters"
    assert list(tmp_path.iterdir()) == []


@BOTH
def test_a_download_refusal_whose_body_is_cut_off_is_still_the_refusal(mode: str, tmp_path: Path) -> None:
    with Host(404, b"gone", announce=100) as host:
        with pytest.raises(PACKAGE.TransferError) as caught:
            _download(mode, host.url("/res/f.bin"), tmp_path / "f.bin")
        where = host.where("/res/f.bin")
    error = caught.value
    assert (type(error), error.status_code, error.url, error.path) == (
        PACKAGE.TransferError,
        404,
        where,
        str(tmp_path / "f.bin"),
    )
    assert str(error).startswith(f"download: {where} answered HTTP 404")
    assert host.methods == ["GET"] and list(tmp_path.iterdir()) == []


@BOTH
@pytest.mark.parametrize("extra", [0, 1])
def test_a_message_is_clipped_only_past_300_characters(mode: str, extra: int, tmp_path: Path) -> None:
    with Host(404, b"") as host:
        where = host.where("/res/f.bin")
        prefix = f"download: {where} answered HTTP 404: "
        host.body = b"y" * (300 - len(prefix) + extra)
        with pytest.raises(PACKAGE.TransferError) as caught:
            _download(mode, host.url("/res/f.bin"), tmp_path / "f.bin")
    whole = prefix + host.body.decode()
    assert len(whole) == 300 + extra
    assert str(caught.value) == (whole if extra == 0 else whole[:299] + "…")


@BOTH
def test_a_file_that_shrinks_while_it_is_sent_says_so(mode: str, standin: StandInServer, clip: Path) -> None:
    source = TRANSFERS.UploadSource(clip)
    clip.write_bytes(b"short")
    url = standin.storage.url(f"/up/shrinking-{mode}.mp4")
    with pytest.raises(PACKAGE.TransferError) as caught:
        if mode == "sync":
            TRANSFERS.upload(url, source, content_type="video/mp4", clock=FakeClock())
        else:
            asyncio.run(TRANSFERS.upload_async(url, source, content_type="video/mp4", clock=FakeClock()))
    assert str(caught.value) == f"upload of {str(clip)!r} to {TRANSFERS.where(url)} failed (OSError)"
    assert str(caught.value.__cause__) == f"{clip} is shorter than the 10 bytes it had when the upload started"


@BOTH
def test_a_file_that_grows_while_it_is_sent_sends_the_bytes_it_had(
    mode: str, standin: StandInServer, clip: Path
) -> None:
    source = TRANSFERS.UploadSource(clip)
    with clip.open("ab") as still_written:
        still_written.write(b"+more")
    url = standin.storage.url(f"/up/growing-{mode}.mp4")
    if mode == "sync":
        TRANSFERS.upload(url, source, content_type="video/mp4", clock=FakeClock())
    else:
        asyncio.run(TRANSFERS.upload_async(url, source, content_type="video/mp4", clock=FakeClock()))
    assert standin.storage.objects[f"/up/growing-{mode}.mp4"].data == b"0123456789"


@BOTH
def test_a_url_without_a_host_is_refused_naming_what_it_has(mode: str, tmp_path: Path) -> None:
    with pytest.raises(PACKAGE.InvalidArgumentError) as caught:
        _download(mode, "http:///res/f.bin?X-Signature=s3cr3t", tmp_path)
    assert str(caught.value) == "url must be an absolute http(s) URL, not '/res/f.bin'"
    assert list(tmp_path.iterdir()) == []


# --- downloads, through a scripted transport ----------------------------------------------------------------

URL = "https://h.test/f.bin?X-Signature=s3cr3t"


def _fetch(
    mode: str,
    script: Sequence[httpx.Response | httpx.TransportError],
    final: Path,
    renew: Callable[[], str] | None = None,
    clock: FakeClock | None = None,
    json_errors: Callable[[int, bytes], Exception] | None = None,
) -> tuple[Path, list[httpx.Request]]:
    """`fetch` (or `fetch_async`) of URL into `final`, the n-th request answered by script[n] (or failing with it)."""
    return fetch_scripted(
        TRANSFERS, mode, URL, script, final, renew=renew, clock=clock or FakeClock(), json_errors=json_errors
    )


@BOTH
def test_a_resume_learns_the_total_from_its_content_range(mode: str, tmp_path: Path) -> None:
    script = [
        answer(200, b"01234", drop=True, accept_ranges="bytes"),  # no Content-Length: the total is unknown
        answer(206, b"56", content_range="bytes 5-9/10"),  # the total, and a body that ends short of it
        answer(206, b"789", content_range="bytes 7-9/10"),
    ]
    path, seen = _fetch(mode, script, tmp_path / "f")
    assert path.read_bytes() == b"0123456789"
    assert [r.headers.get("Range") for r in seen] == [None, "bytes=5-", "bytes=7-"]


@BOTH
def test_a_resume_with_an_unknown_total_ends_with_its_body(mode: str, tmp_path: Path) -> None:
    script = [
        answer(200, b"01234", drop=True, accept_ranges="bytes"),
        answer(206, b"56789", content_range="bytes 5-9/*"),
    ]
    path, seen = _fetch(mode, script, tmp_path / "f")
    assert path.read_bytes() == b"0123456789" and len(seen) == 2


@BOTH
def test_a_400_expired_token_is_renewed_and_another_400_is_not(mode: str, tmp_path: Path) -> None:
    renewed: list[str] = []

    def fresh() -> str:
        renewed.append("fresh")
        return URL + "&fresh=1"

    expired = b"<Error><Code>ExpiredToken</Code><Message>The provided token has expired.</Message></Error>"
    path, seen = _fetch(mode, [answer(400, expired), answer(200, b"ok")], tmp_path / "f", renew=fresh)
    assert path.read_bytes() == b"ok" and renewed == ["fresh"] and str(seen[1].url).endswith("&fresh=1")
    invalid = b"<Error><Code>InvalidArgument</Code></Error>"
    with pytest.raises(PACKAGE.TransferError) as caught:
        _fetch(mode, [answer(400, invalid), answer(200, b"ok")], tmp_path / "g", renew=fresh)
    assert (caught.value.status_code, caught.value.body) == (400, invalid) and renewed == ["fresh"]


@BOTH
def test_a_resume_after_a_weak_etag_is_conditioned_on_the_last_modified_date(mode: str, tmp_path: Path) -> None:
    modified = "Wed, 21 Oct 2026 07:28:00 GMT"
    first = answer(200, b"01234", drop=True, accept_ranges="bytes", content_length="10", etag='W/"v1"')
    first.headers["Last-Modified"] = modified
    path, seen = _fetch(mode, [first, answer(206, b"56789", content_range="bytes 5-9/10")], tmp_path / "f")
    assert path.read_bytes() == b"0123456789"
    assert (seen[1].headers["Range"], seen[1].headers["If-Range"]) == ("bytes=5-", modified)


@BOTH
def test_a_compressed_body_with_its_compressed_length_is_saved_decompressed(mode: str, tmp_path: Path) -> None:
    packed = gzip.compress(b"the file itself" * 50)
    script = [answer(200, packed, content_encoding="gzip", content_length=str(len(packed)))]
    path, _ = _fetch(mode, script, tmp_path / "f")
    assert path.read_bytes() == b"the file itself" * 50


@BOTH
def test_a_file_that_starts_like_json_is_just_a_file(mode: str, tmp_path: Path) -> None:
    path, _ = _fetch(mode, [answer(200, b'{"a": 1}', content_length="8")], tmp_path / "f.json")
    assert path.read_bytes() == b'{"a": 1}'


@BOTH
def test_a_download_refusal_that_is_not_utf8_is_shown_with_replacement_characters(mode: str, tmp_path: Path) -> None:
    with pytest.raises(PACKAGE.TransferError) as caught:
        _fetch(mode, [answer(404, b"\xffgone\xfe")], tmp_path / "f")
    assert str(caught.value) == "download: h.test/f.bin answered HTTP 404: \ufffdgone\ufffd"
    assert caught.value.body == b"\xffgone\xfe"


@BOTH
def test_a_body_that_stays_short_carries_what_it_got(mode: str, tmp_path: Path) -> None:
    with pytest.raises(PACKAGE.IncompleteDownloadError) as caught:
        _fetch(mode, [answer(200, b"123", content_length="5") for _ in range(4)], tmp_path / "f")
    error = caught.value
    assert (error.url, error.path, error.received, error.expected) == ("h.test/f.bin", str(tmp_path / "f"), 3, 5)


@BOTH
def test_a_connection_that_always_drops_at_once_names_the_attempts_and_the_failure(mode: str, tmp_path: Path) -> None:
    def dropped() -> httpx.Response:
        return answer(200, b"", drop=True)

    with pytest.raises(PACKAGE.TransferError) as caught:
        _fetch(mode, [dropped() for _ in range(3)], tmp_path / "f")
    error = caught.value
    assert type(error) is PACKAGE.TransferError
    assert str(error) == "download: h.test/f.bin failed after 3 attempts (ReadError: connection closed)"
    assert (error.url, error.path, error.status_code) == ("h.test/f.bin", str(tmp_path / "f"), None)
    assert list(tmp_path.iterdir()) == []


@BOTH
def test_a_resume_answered_with_another_range_starts_again_from_the_first_byte(mode: str, tmp_path: Path) -> None:
    script = [
        answer(200, b"01234", drop=True, accept_ranges="bytes", content_length="10"),
        answer(206, b"23456789", content_range="bytes 2-9/10"),  # not the range asked for
        answer(200, b"0123456789", content_length="10"),
    ]
    path, seen = _fetch(mode, script, tmp_path / "f")
    assert path.read_bytes() == b"0123456789"
    assert [r.headers.get("Range") for r in seen] == [None, "bytes=5-", None]


@BOTH
def test_a_host_that_keeps_answering_another_range_is_given_up_on_saying_so(mode: str, tmp_path: Path) -> None:
    wrong = [answer(206, b"23456789", content_range="bytes 2-9/10") for _ in range(3)]
    script = [answer(200, b"01234", drop=True, accept_ranges="bytes", content_length="10"), *wrong]
    with pytest.raises(PACKAGE.IncompleteDownloadError) as caught:
        _fetch(mode, script, tmp_path / "f")
    assert str(caught.value) == (
        "download: h.test/f.bin sent 0 of the 10 bytes it announced after 4 attempts "
        "(the server answered another range than the one asked for)"
    )


@BOTH
def test_a_host_that_drops_after_every_byte_is_resumed_at_once_up_to_50_attempts(mode: str, tmp_path: Path) -> None:
    clock = FakeClock()
    script = [answer(200, b"0", drop=True, accept_ranges="bytes", content_length="100")]
    script += [answer(206, b"1", drop=True, content_range=f"bytes {n}-99/100") for n in range(1, 60)]
    with pytest.raises(PACKAGE.IncompleteDownloadError) as caught:
        _fetch(mode, script, tmp_path / "f", clock=clock)
    assert str(caught.value) == (
        "download: h.test/f.bin sent 50 of the 100 bytes it announced after 50 attempts (connection closed)"
    )
    assert clock.sleeps == [0.0] * 49, "each attempt brought a new byte: the next one follows at once"


@BOTH
def test_a_renewed_link_gets_its_own_three_tries(mode: str, tmp_path: Path) -> None:
    def busy() -> httpx.Response:
        return answer(503, b"busy")

    script = [busy(), busy(), answer(403, b"<Code>AccessDenied</Code>"), busy(), busy(), answer(200, b"ok")]
    path, seen = _fetch(mode, script, tmp_path / "f", renew=lambda: URL + "&fresh=1")
    assert path.read_bytes() == b"ok" and len(seen) == 6


def _as_error(status: int, held: bytes) -> Exception:
    return LookupError(status, held)


@BOTH
def test_a_json_error_is_told_from_a_file_by_its_first_non_blank_byte_and_its_size(mode: str, tmp_path: Path) -> None:
    with pytest.raises(LookupError) as caught:
        _fetch(mode, [answer(200, [b'  {"code": ', b"1}"])], tmp_path / "f", json_errors=_as_error)
    assert caught.value.args == (200, b'  {"code": 1}'), "every piece of the body, held"
    limit = 1024 * 1024
    with pytest.raises(LookupError):
        _fetch(mode, [answer(200, b"{" + b" " * (limit - 1))], tmp_path / "f", json_errors=_as_error)
    path, _ = _fetch(mode, [answer(200, [b"{", b" " * limit])], tmp_path / "f", json_errors=_as_error)
    assert path.read_bytes() == b"{" + b" " * limit, "over 1 MB: the file itself"
    path, _ = _fetch(mode, [answer(200, [b"a file", b'{"code": 1}'])], tmp_path / "g", json_errors=_as_error)
    assert path.read_bytes() == b'a file{"code": 1}', "only the first bytes are looked at"


@BOTH
def test_a_blank_content_encoding_is_no_encoding(mode: str, tmp_path: Path) -> None:
    script = [
        answer(200, b"01234", drop=True, accept_ranges="bytes", content_length="10", content_encoding=" "),
        answer(206, b"56789", content_range="bytes 5-9/10"),
    ]
    path, seen = _fetch(mode, script, tmp_path / "f")
    assert path.read_bytes() == b"0123456789"
    assert [r.headers.get("Range") for r in seen] == [None, "bytes=5-"], "resumed like any plain body"


@BOTH
@pytest.mark.parametrize("accepted", ["bytes, pages", "pages,bytes"])
def test_accept_ranges_is_read_as_a_list_of_units(mode: str, accepted: str, tmp_path: Path) -> None:
    script = [
        answer(200, b"01234", drop=True, accept_ranges=accepted, content_length="10"),
        answer(206, b"56789", content_range="bytes 5-9/10"),
    ]
    path, seen = _fetch(mode, script, tmp_path / "f")
    assert path.read_bytes() == b"0123456789"
    assert [r.headers.get("Range") for r in seen] == [None, "bytes=5-"]


@BOTH
def test_a_failure_without_a_message_is_named_by_its_class(mode: str, tmp_path: Path) -> None:
    script = [answer(200, b"123", drop=True, why="", content_length="5") for _ in range(4)]
    with pytest.raises(PACKAGE.IncompleteDownloadError) as caught:
        _fetch(mode, script, tmp_path / "f")
    assert str(caught.value) == "download: h.test/f.bin sent 3 of the 5 bytes it announced after 4 attempts (ReadError)"


@BOTH
def test_a_host_that_goes_away_after_the_last_byte_is_a_failed_connection_not_a_short_file(
    mode: str, tmp_path: Path
) -> None:
    refused = httpx.ConnectError("connection refused")
    script: list[httpx.Response | httpx.TransportError] = [
        answer(200, b"01234", drop=True, accept_ranges="bytes"),
        answer(206, b"56789", drop=True, content_range="bytes 5-9/10"),  # every byte, but no clean end
        refused,
        refused,
        refused,
    ]
    with pytest.raises(PACKAGE.TransferError) as caught:
        _fetch(mode, script, tmp_path / "f")
    assert type(caught.value) is PACKAGE.TransferError
    assert str(caught.value) == "download: h.test/f.bin failed after 5 attempts (ConnectError: connection refused)"
