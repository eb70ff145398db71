# Layered in by `make regen` from overlays/runtime/transfers.py: edit it there, never here.
"""Streamed transfers between a local file and a storage URL: `download` (a result URL into a file) and the
signed-URL upload behind each package's upload helper.

A storage URL is not the API: these requests go through an httpx client of their own that carries no API key,
so the key never reaches the storage host, and bodies move in chunks of CHUNK_SIZE, so a 4 GB video costs a few
MB of memory, not 4 GB.

A download lands in a temporary file beside its destination and is renamed into place only once it is complete
and as long as the server announced (`Content-Length`, or the total of a `Content-Range`): the final name never
holds half a file. A connection that drops mid-body is resumed where it stopped with a `Range` request when the
server allows ranges (`Accept-Ranges: bytes`, or a 206 answer), and restarted from the first byte otherwise; a
body that stays shorter than announced raises IncompleteDownloadError and leaves no file.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote, urlsplit

import httpx

from .clock import SYSTEM, ClockLike
from .errors import InvalidArgumentError, SDKError
from .policy import RETRY_POLICY, parse_retry_after

CHUNK_SIZE = 1024 * 1024
"""Bytes read or written at a time: the memory a transfer holds, whatever the size of the file."""

DOWNLOAD_TIMEOUT = 60.0
"""Seconds a download's connection may stay silent (connecting, or between two reads of the body) before it
counts as dropped and is resumed. Not a limit on the whole download: a large file on a slow link takes as long
as it takes while bytes keep arriving."""

UPLOAD_TIMEOUT = 60.0
"""The same for an upload: seconds the connection may stay silent while connecting, sending or waiting."""

MAX_STALLED_ATTEMPTS = 3
"""Attempts in a row that bring no new byte (a refused resume, a 5xx, a connection that drops at once) before a
download gives up; an attempt that brought new bytes resets the count, so a long file on a flaky link goes on."""

MAX_ATTEMPTS = 50
"""Attempts in all, whatever they brought: a server that drops every connection after a few bytes ends too."""

UPLOAD_RETRIES = 2
"""Extra tries of an upload that failed in a way another try can fix (the connection, a 5xx or 429). A PUT to a
signed URL replaces the object, so sending it again is safe."""

EXPIRED_LINK = frozenset({401, 403, 410})
"""Statuses with which a storage host refuses a signed link that has expired (or was revoked). Google Cloud Storage
answers an expired V4 signature with 400 and the code ExpiredToken, so that 400 counts too (`is_expired_link`)."""

_ERROR_BODY = 2048
"""Bytes of a storage host's error body kept for the message (its XML or JSON error, never a file)."""

_JSON_LIMIT = 1024 * 1024
"""A body that starts like JSON is read whole, up to this many bytes, to tell an error from a file."""

_MAX_MESSAGE = 300


def _clip(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"


class TransferError(SDKError):
    """A transfer to or from a storage URL (a signed upload URL, a result URL) failed.

    `url` is the URL without its query (a signed URL's query is its credential), `path` the local file (or a file
    object's name), `status_code` the storage host's HTTP status when it answered, `body` the start of its error
    body."""

    def __init__(
        self,
        message: str,
        *,
        url: str,
        path: str | None = None,
        status_code: int | None = None,
        body: bytes = b"",
    ) -> None:
        super().__init__(_clip(message))
        self.url = url
        self.path = path
        self.status_code = status_code
        self.body = body


class IncompleteDownloadError(TransferError):
    """A download ended with fewer (or more) bytes than the server announced, after every resume allowed; no file
    is left under the destination's name."""

    def __init__(self, message: str, *, url: str, path: str | None, received: int, expected: int | None) -> None:
        super().__init__(message, url=url, path=path)
        self.received = received
        self.expected = expected


def is_expired_link(error: BaseException) -> bool:
    """Whether a storage host refused a signed link as expired (see EXPIRED_LINK)."""
    if not isinstance(error, TransferError) or error.status_code is None:
        return False
    return error.status_code in EXPIRED_LINK or (error.status_code == 400 and b"ExpiredToken" in error.body)


def where(url: str) -> str:
    """A URL for messages: host and path, without the query (a signed URL's credential) or any user info."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{host}{port}{parts.path}"


def check_url(url: object) -> str:
    if not isinstance(url, str) or not url.strip():
        raise InvalidArgumentError("url must be a non-empty string")
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidArgumentError(f"url must be an absolute http(s) URL, not {where(url)!r}")
    return url.strip()


def _user_agent() -> str:
    from .client_factory import user_agent  # here: it imports the generated client, which a transfer never uses

    return user_agent()


# --- destinations ------------------------------------------------------------------------------------------


def file_name_of(url: str, fallback: str = "download") -> str:
    """The file name a URL's path ends with (percent-decoded), or `fallback` when it ends with none that is safe
    to use as a file name."""
    name = unquote(urlsplit(url).path.rsplit("/", 1)[-1])
    return name if safe_file_name(name) else fallback


def safe_file_name(name: str) -> bool:
    return (
        bool(name)
        and name not in (".", "..")
        and not any(ch in name for ch in "/\\\0")
        and len(name.encode("utf-8", "surrogateescape")) <= 255
    )


def target_path(dest: str | os.PathLike[str], name: str) -> Path:
    """The file a download writes: `dest` itself, or `dest/name` when `dest` is a directory (one that exists, or a
    path ending with a separator, which is created). Missing parent directories are created."""
    try:
        text = os.fspath(dest)
    except TypeError:
        raise InvalidArgumentError(f"dest must be a path, not {type(dest).__name__}") from None
    if not isinstance(text, str) or not text:
        raise InvalidArgumentError("dest must be a non-empty str path")
    path = Path(text)
    separators = tuple(sep for sep in (os.sep, os.altsep, "/") if sep)
    if text.endswith(separators) or path.is_dir():
        if not safe_file_name(name):
            raise InvalidArgumentError(f"{name!r} cannot be a file name; pass a file path as dest")
        path.mkdir(parents=True, exist_ok=True)
        return path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


# --- downloads ---------------------------------------------------------------------------------------------

ProgressCallback = Callable[[int, int | None], object]
Sender = Callable[[str, dict[str, str]], AbstractContextManager[httpx.Response]]
AsyncSender = Callable[[str, dict[str, str]], AbstractAsyncContextManager[httpx.Response]]
JsonErrors = Callable[[int, bytes], Exception]


class _Retry(Exception):
    """This attempt ended early; the next one resumes or restarts (`hint`: the server's Retry-After; `error`: what
    to raise if no attempt is left, when the server's answer says more than the retry's reason)."""

    def __init__(self, reason: str, hint: float | None = None, error: TransferError | None = None) -> None:
        super().__init__(reason)
        self.hint = hint
        self.error = error


class _Refused(Exception):
    """The server refused the request for good (or as an expired link, which the caller may renew)."""

    def __init__(self, error: TransferError) -> None:
        super().__init__(str(error))
        self.error = error


def _content_range(value: str | None) -> tuple[int, int | None] | None:
    """(first byte, total or None) of a `Content-Range: bytes a-b/total` header; None when it is not one."""
    if not value:
        return None
    unit, _, rest = value.strip().partition(" ")
    first = rest.partition("-")[0]
    if unit.lower() != "bytes" or not first.strip().isdigit():
        return None
    return int(first), _complete_length(value)


def _complete_length(value: str | None) -> int | None:
    """The complete length a `Content-Range` header gives: `bytes a-b/total`, or `bytes */total` as a 416 sends it
    (the object's size, when a range asked past its end); None when it gives none."""
    if not value:
        return None
    unit, _, rest = value.strip().partition(" ")
    total = rest.rpartition("/")[2].strip()
    return int(total) if unit.lower() == "bytes" and total.isdigit() else None


def _length(value: str | None) -> int | None:
    return int(value) if value is not None and value.strip().isdigit() else None


class _Download:
    """One download's state; the sync and async drivers differ only in how they send and read."""

    def __init__(
        self,
        url: str,
        final: Path,
        *,
        on_progress: ProgressCallback | None,
        json_errors: JsonErrors | None,
        what: str,
    ) -> None:
        self.url = url
        self.final = final
        self.on_progress = on_progress
        self.json_errors = json_errors
        self.what = what
        self.file: IO[bytes] | None = None
        self.temp: Path | None = None
        self.done = 0
        self.peak = 0  # the most bytes held at once: new bytes beyond it are progress
        self.peak_before = 0
        self.total: int | None = None
        self.validator: str | None = None
        self.ranges = False
        self.encoded = False
        self.status = 0
        self.head: bytearray | None = None  # a body that starts like JSON, held until it is known not to be an error
        self.sniffing = False
        self.stalled = 0
        self.attempts = 0
        self.renewed = False

    # -- each attempt --

    def headers(self) -> dict[str, str]:
        self.attempts += 1
        self.peak_before = self.peak
        headers = {"Accept-Encoding": "identity"}
        if self.done and self.ranges:
            headers["Range"] = f"bytes={self.done}-"
            if self.validator:
                headers["If-Range"] = self.validator
        return headers

    def refused(self, response: httpx.Response, body: bytes) -> bool:
        """A non-2xx answer: True when it means the file is already whole (416 at its end); else raises."""
        status = response.status_code
        if status == 416 and self.done:
            actual = _complete_length(response.headers.get("content-range"))
            if (self.total if self.total is not None else actual) == self.done:
                return True
            has = f"has {actual}" if actual is not None else f"has nothing past byte {self.done}"
            raise IncompleteDownloadError(
                f"{self.what}: {where(self.url)} announced {self.total} bytes but {has}",
                url=where(self.url),
                path=str(self.final),
                received=self.done,
                expected=self.total,
            )
        text = body.decode("utf-8", "replace").strip()
        detail = f": {text}" if text else ""
        error = TransferError(
            f"{self.what}: {where(self.url)} answered HTTP {status}{detail}",
            url=where(self.url),
            path=str(self.final),
            status_code=status,
            body=body,
        )
        if status >= 500 or status in (408, 429):
            raise _Retry(f"HTTP {status}", parse_retry_after(response.headers.get("retry-after")), error)
        raise _Refused(error)

    def begin(self, response: httpx.Response) -> None:
        self.status = response.status_code
        encoding = (response.headers.get("content-encoding") or "identity").strip().lower()
        self.encoded = encoding not in ("", "identity")
        if response.status_code == 206 and not self.encoded:
            found = _content_range(response.headers.get("content-range"))
            if found is None or found[0] != self.done:
                self.ranges = False  # a range we did not ask for: start again without one
                raise _Retry("the server answered another range than the one asked for")
            if found[1] is not None:
                self.total = found[1]
            self.ranges = True
        else:  # the whole body, from its first byte (a server that ignores Range, or a changed file)
            self._truncate()
            accepted = (response.headers.get("accept-ranges") or "").lower()
            self.ranges = "bytes" in [part.strip() for part in accepted.split(",")] and not self.encoded
            self.total = None if self.encoded else _length(response.headers.get("content-length"))
        etag = response.headers.get("etag")
        if etag and not etag.startswith("W/"):
            self.validator = etag
        elif response.headers.get("last-modified"):
            self.validator = response.headers["last-modified"]
        self.sniffing = self.json_errors is not None and self.done == 0
        self._open()

    # Each piece as it arrives (at most what one socket read gives): a chunk size would make httpx hold bytes
    # back until it has that many, and a connection that drops would lose them instead of resuming after them.
    def chunks(self, response: httpx.Response) -> Iterator[bytes]:
        return response.iter_bytes() if self.encoded else response.iter_raw()

    def achunks(self, response: httpx.Response) -> AsyncIterator[bytes]:
        return response.aiter_bytes() if self.encoded else response.aiter_raw()

    def write(self, chunk: bytes) -> None:
        if not chunk:
            return
        if self.sniffing:
            self.sniffing = False
            if chunk.lstrip()[:1] == b"{":
                self.head = bytearray()
        if self.head is not None:
            self.head += chunk
            if len(self.head) <= _JSON_LIMIT:
                return
            held, self.head = bytes(self.head), None  # too long for an error body: it is the file
            chunk = held
        assert self.file is not None
        self.file.write(chunk)
        self.done += len(chunk)
        self.peak = max(self.peak, self.done)
        if self.on_progress is not None:
            self.on_progress(self.done, self.total)

    def end(self) -> None:
        """The body ended without a transport error: raise for an error body, or retry when it is short."""
        if self.head is not None:
            held, self.head = bytes(self.head), None
            assert self.json_errors is not None
            raise self.json_errors(self.status, held)
        if self.total is None:
            return
        if self.done < self.total:
            raise _Retry(f"the body ended after {self.done} of {self.total} bytes")
        if self.done > self.total:
            raise IncompleteDownloadError(
                f"{self.what}: {where(self.url)} sent {self.done} bytes, more than the {self.total} it announced",
                url=where(self.url),
                path=str(self.final),
                received=self.done,
                expected=self.total,
            )

    def retry(self, cause: BaseException) -> float:
        """After a failed attempt: the seconds to wait before the next one, or raise when there is none."""
        if self.peak > self.peak_before:
            self.stalled = 0
        else:
            self.stalled += 1
        if self.stalled >= MAX_STALLED_ATTEMPTS or self.attempts >= MAX_ATTEMPTS:
            raise self.gave_up(cause) from cause
        if not (self.ranges and self.done):
            self._truncate()
        if self.stalled == 0:
            return 0.0
        hint = cause.hint if isinstance(cause, _Retry) else None
        return RETRY_POLICY.next_delay(self.stalled, hint)

    def gave_up(self, cause: BaseException) -> SDKError:
        if isinstance(cause, _Retry) and cause.error is not None:
            return cause.error
        why = str(cause) or type(cause).__name__
        if self.total is not None and self.done < self.total:
            return IncompleteDownloadError(
                f"{self.what}: {where(self.url)} sent {self.done} of the {self.total} bytes it announced after "
                f"{self.attempts} attempts ({why})",
                url=where(self.url),
                path=str(self.final),
                received=self.done,
                expected=self.total,
            )
        return TransferError(
            f"{self.what}: {where(self.url)} failed after {self.attempts} attempts ({type(cause).__name__}: {why})",
            url=where(self.url),
            path=str(self.final),
        )

    def renew(self, url: str) -> None:
        self.url = url
        self.renewed = True
        self.stalled = 0
        self.validator = None  # a new link may name another copy; the resume checks its Content-Range instead

    # -- the file --

    def _open(self) -> None:
        if self.file is not None:
            return
        folder = self.final.parent
        for _ in range(100):
            candidate = folder / f".{self.final.name}.{secrets.token_hex(4)}.part"
            try:
                self.file = open(candidate, "xb")  # noqa: SIM115 - closed by commit() or discard()
            except FileExistsError:
                continue
            self.temp = candidate
            return
        raise TransferError(f"{self.what}: no temporary file could be made in {folder}", url=where(self.url))

    def _truncate(self) -> None:
        if self.file is not None and self.done:
            self.file.seek(0)
            self.file.truncate()
        self.done = 0
        self.head = None

    def commit(self) -> Path:
        assert self.file is not None and self.temp is not None
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        os.replace(self.temp, self.final)
        self.temp = None
        return self.final

    def discard(self) -> None:
        if self.file is not None:
            with contextlib.suppress(OSError):
                self.file.close()
        if self.temp is not None:
            with contextlib.suppress(OSError):
                self.temp.unlink()
            self.temp = None


def _head(response: httpx.Response) -> bytes:
    """The start of an error body, as much as arrived: read in the pieces the host sent, since a chunk size would
    hold back a short body cut off before its end."""
    found = b""
    with contextlib.suppress(httpx.HTTPError):
        for chunk in response.iter_raw():
            found += chunk
            if len(found) >= _ERROR_BODY:
                break
    return found[:_ERROR_BODY]


async def _ahead(response: httpx.Response) -> bytes:
    found = b""
    with contextlib.suppress(httpx.HTTPError):
        async for chunk in response.aiter_raw():
            found += chunk
            if len(found) >= _ERROR_BODY:
                break
    return found[:_ERROR_BODY]


def fetch(
    url: str,
    final: Path,
    send: Sender,
    *,
    clock: ClockLike = SYSTEM,
    on_progress: ProgressCallback | None = None,
    renew: Callable[[], str] | None = None,
    json_errors: JsonErrors | None = None,
    what: str = "download",
) -> Path:
    """Stream `url` into `final` through `send(url, headers)` (a context manager giving the streamed response).
    `renew` gives a fresh URL once, when the host refuses the link as expired; `json_errors(status, body)` turns a
    body that starts like JSON into the error it stands for (the API's error under a 200, say)."""
    state = _Download(url, final, on_progress=on_progress, json_errors=json_errors, what=what)
    try:
        while True:
            try:
                with send(state.url, state.headers()) as response:
                    if response.is_success:
                        state.begin(response)
                        for chunk in state.chunks(response):
                            state.write(chunk)
                    elif state.refused(response, _head(response)):
                        return state.commit()
                state.end()
                return state.commit()
            except _Refused as refused:
                if renew is None or state.renewed or not is_expired_link(refused.error):
                    raise refused.error from None
                state.renew(renew())
            except (httpx.TransportError, _Retry) as exc:
                clock.sleep(state.retry(exc))
    except BaseException:
        state.discard()
        raise


async def fetch_async(
    url: str,
    final: Path,
    send: AsyncSender,
    *,
    clock: ClockLike = SYSTEM,
    on_progress: ProgressCallback | None = None,
    renew: Callable[[], Awaitable[str]] | None = None,
    json_errors: JsonErrors | None = None,
    what: str = "download",
) -> Path:
    """`fetch` for asyncio."""
    state = _Download(url, final, on_progress=on_progress, json_errors=json_errors, what=what)
    try:
        while True:
            try:
                async with send(state.url, state.headers()) as response:
                    if response.is_success:
                        state.begin(response)
                        async for chunk in state.achunks(response):
                            state.write(chunk)
                    elif state.refused(response, await _ahead(response)):
                        return state.commit()
                state.end()
                return state.commit()
            except _Refused as refused:
                if renew is None or state.renewed or not is_expired_link(refused.error):
                    raise refused.error from None
                state.renew(await renew())
            except (httpx.TransportError, _Retry) as exc:
                await clock.async_sleep(state.retry(exc))
    except BaseException:
        state.discard()
        raise


def storage_client(timeout: float) -> httpx.Client:
    """An httpx client for a storage host: no API key, no base URL, redirects followed (httpx drops credentials
    on a redirect to another host, and there are none to drop)."""
    return httpx.Client(timeout=_timeout(timeout), headers={"User-Agent": _user_agent()}, follow_redirects=True)


def storage_client_async(timeout: float) -> httpx.AsyncClient:
    return httpx.AsyncClient(timeout=_timeout(timeout), headers={"User-Agent": _user_agent()}, follow_redirects=True)


def _timeout(timeout: float) -> httpx.Timeout:
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0:
        raise InvalidArgumentError("timeout must be a positive number of seconds")
    return httpx.Timeout(float(timeout))


def download(
    url: str,
    dest: str | os.PathLike[str],
    *,
    timeout: float = DOWNLOAD_TIMEOUT,
    on_progress: ProgressCallback | None = None,
) -> Path:
    """Download a result URL (a finished video's `video_url`, a signed result URL) into a file.

    Args:
        url: the URL, as the API gave it. It is fetched with no API key: the key never leaves for another host.
        dest: the file to write, or a directory (one that exists, or a path ending with a separator, which is
            created) to which the URL's file name is added.
        timeout: seconds the connection may stay silent before it counts as dropped (default 60); not a limit
            on the whole download.
        on_progress: called as `on_progress(bytes_done, bytes_total_or_None)` after every chunk written.

    Returns:
        The path of the complete file. It is written through a temporary file in the same directory and renamed
        into place, so the name never holds half a file; an existing file of that name is replaced.

    Raises:
        TransferError: the host refused the URL (its HTTP status in `status_code`), or the connection kept
            failing; a dropped connection is resumed with a Range request when the host allows it.
        IncompleteDownloadError: the body stayed shorter than its Content-Length; no file is left.
        InvalidArgumentError: `url` is not an http(s) URL, or `dest` is no path.
    """
    checked = check_url(url)
    final = target_path(dest, file_name_of(checked))
    with storage_client(timeout) as http:
        return fetch(
            checked,
            final,
            lambda target, headers: http.stream("GET", target, headers=headers),
            on_progress=on_progress,
        )


async def download_async(
    url: str,
    dest: str | os.PathLike[str],
    *,
    timeout: float = DOWNLOAD_TIMEOUT,
    on_progress: ProgressCallback | None = None,
) -> Path:
    """Download a result URL into a file without blocking the event loop: `download` for asyncio.

    Args:
        url: the URL, as the API gave it; fetched with no API key.
        dest: the file to write, or a directory (existing, or ending with a separator) for the URL's file name.
        timeout: seconds the connection may stay silent before it counts as dropped (default 60).
        on_progress: called as `on_progress(bytes_done, bytes_total_or_None)` after every chunk written.

    Returns:
        The path of the complete file (written through a temporary file and renamed into place).

    Raises:
        TransferError: the host refused the URL, or the connection kept failing.
        IncompleteDownloadError: the body stayed shorter than its Content-Length; no file is left.
        InvalidArgumentError: `url` is not an http(s) URL, or `dest` is no path.
    """
    checked = check_url(url)
    final = target_path(dest, file_name_of(checked))
    async with storage_client_async(timeout) as http:
        return await fetch_async(
            checked,
            final,
            lambda target, headers: http.stream("GET", target, headers=headers),
            on_progress=on_progress,
        )


# --- uploads -----------------------------------------------------------------------------------------------


class UploadSource:
    """What an upload sends: a path, or a binary file object read from its current position to its end.

    Nothing is read until the request is sent, and then CHUNK_SIZE bytes at a time. A file object must be
    seekable (its size is needed up front: signed upload URLs take a Content-Length, not a chunked body)."""

    def __init__(self, source: object) -> None:
        self.path: Path | None = None
        self.stream: IO[bytes] | None = None
        if isinstance(source, str | os.PathLike):
            path = Path(source)
            if not path.is_file():
                raise InvalidArgumentError(f"no file at {str(path)!r}")
            self.path = path
            self.name = str(path)
            self.filename: str | None = path.name
            self.size = path.stat().st_size
            self.start = 0
            return
        read = getattr(source, "read", None)
        if not callable(read):
            raise InvalidArgumentError(f"expected a path or a binary file object, not {type(source).__name__}")
        if not isinstance(read(0), bytes):
            raise InvalidArgumentError("the file object must be opened in binary mode ('rb')")
        seekable = getattr(source, "seekable", None)
        if not (callable(seekable) and seekable()):
            raise InvalidArgumentError("the file object must be seekable: its size is sent before its bytes")
        stream: Any = source
        self.stream = stream
        raw_name = getattr(source, "name", None)
        self.name = raw_name if isinstance(raw_name, str) and raw_name else "<file object>"
        self.filename = Path(raw_name).name if isinstance(raw_name, str) and raw_name else None
        self.start = stream.tell()
        end = stream.seek(0, os.SEEK_END)
        stream.seek(self.start)
        self.size = end - self.start

    def chunks(self) -> Iterator[bytes]:
        """The bytes to send, from the start each time it is called (a retry sends them again)."""
        if self.path is not None:
            with self.path.open("rb") as handle:
                yield from self._read(handle)
            return
        assert self.stream is not None
        self.stream.seek(self.start)
        yield from self._read(self.stream)

    async def achunks(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks():
            yield chunk

    def _read(self, handle: IO[bytes]) -> Iterator[bytes]:
        left = self.size
        while left > 0:
            chunk = handle.read(min(CHUNK_SIZE, left))
            if not chunk:
                raise OSError(f"{self.name} is shorter than the {self.size} bytes it had when the upload started")
            left -= len(chunk)
            yield chunk


def guess_type(filename: str | None) -> str:
    if filename:
        import mimetypes  # here: it reads the system's type tables on first use

        found, _ = mimetypes.guess_type(filename)
        if found:
            return found
    return "application/octet-stream"


def _put_error(
    source: UploadSource, url: str, response: httpx.Response | None, exc: BaseException | None
) -> TransferError:
    if response is None:
        kind = "timed out" if isinstance(exc, httpx.TimeoutException) else f"failed ({type(exc).__name__})"
        return TransferError(f"upload of {source.name!r} to {where(url)} {kind}", url=where(url), path=source.name)
    body = response.content[:_ERROR_BODY]
    text = body.decode("utf-8", "replace").strip()
    return TransferError(
        f"upload of {source.name!r} to {where(url)} was refused: HTTP {response.status_code}"
        + (f": {text}" if text else ""),
        url=where(url),
        path=source.name,
        status_code=response.status_code,
        body=body,
    )


def _retryable(response: httpx.Response | None) -> bool:
    return response is None or response.status_code >= 500 or response.status_code in (408, 429)


def upload(
    url: str,
    source: UploadSource,
    *,
    content_type: str,
    timeout: float = UPLOAD_TIMEOUT,
    clock: ClockLike = SYSTEM,
    method: str = "PUT",
) -> None:
    """Send `source` to a signed URL by streaming it, with its Content-Type and Content-Length and no API key."""
    url = check_url(url)
    headers = {"Content-Type": content_type, "Content-Length": str(source.size)}
    attempt = 0
    with storage_client(timeout) as http:
        while True:
            attempt += 1
            response: httpx.Response | None = None
            failure: BaseException | None = None
            try:
                response = http.request(method, url, content=source.chunks(), headers=headers)
            except (httpx.TransportError, OSError) as exc:
                failure = exc
            if response is not None and response.is_success:
                return
            error = _put_error(source, url, response, failure)
            if attempt > UPLOAD_RETRIES or not _retryable(response) or isinstance(failure, OSError):
                raise error from failure
            hint = parse_retry_after(response.headers.get("retry-after")) if response is not None else None
            clock.sleep(RETRY_POLICY.next_delay(attempt, hint))


async def upload_async(
    url: str,
    source: UploadSource,
    *,
    content_type: str,
    timeout: float = UPLOAD_TIMEOUT,
    clock: ClockLike = SYSTEM,
    method: str = "PUT",
) -> None:
    """`upload` for asyncio."""
    url = check_url(url)
    headers = {"Content-Type": content_type, "Content-Length": str(source.size)}
    attempt = 0
    async with storage_client_async(timeout) as http:
        while True:
            attempt += 1
            response: httpx.Response | None = None
            failure: BaseException | None = None
            try:
                response = await http.request(method, url, content=source.achunks(), headers=headers)
            except (httpx.TransportError, OSError) as exc:
                failure = exc
            if response is not None and response.is_success:
                return
            error = _put_error(source, url, response, failure)
            if attempt > UPLOAD_RETRIES or not _retryable(response) or isinstance(failure, OSError):
                raise error from failure
            hint = parse_retry_after(response.headers.get("retry-after")) if response is not None else None
            await clock.async_sleep(RETRY_POLICY.next_delay(attempt, hint))


__all__ = ["IncompleteDownloadError", "TransferError", "download", "download_async"]
