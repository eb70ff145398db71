"""`StorageServer`: the stand-in's storage host, where signed upload URLs and result URLs point.

It listens on another loopback address than the API stand-in (127.0.0.2, or another port of 127.0.0.1 where
that address cannot be bound), so a request that reaches it was sent to a different origin than the API's:
`requests` records every header it got, and a test can check that no API key is among them.

The API stand-in hands out its URLs: in every answer (except the `documented` scenario's, which stay exactly as
the docs give them) an absolute URL `https://host/path?query` becomes `<storage origin>/host/path?query&...`
(`rewrite`), so a documented `video_url` or `upload_url` leads here.

- PUT any path: the body is read in chunks (a 411 when it has no Content-Length: signed URLs take none other)
  and kept as its size and sha256, and as bytes when it is small (KEEP bytes or fewer).
- GET / HEAD any path: the bytes PUT there, else `pattern(path)` bytes, `standin_size` long (default
  DEFAULT_SIZE), generated as they are sent. Ranges are honoured (`Accept-Ranges: bytes`, 206, 416).

Directives, in the URL's query (the API stand-in adds them from a request's STORAGE_HEADER,
`X-Stand-In-Storage: size=300000,cut=100000,expire`):
  standin_size=N       the generated object's length
  standin_cut=N        a GET whose range starts before byte N sends up to byte N, then closes the connection
  standin_short=N      the object is N bytes shorter than the Content-Length its 200 announces; the connection
                       closes after the real bytes
  standin_noranges=1   no ranges: no Accept-Ranges, and a Range header is ignored (200, whole body)
  standin_expire=1     the link works for one GET; later GETs with it get 403, as an expired signed link does
  standin_deny=S       every GET answers HTTP S (a link refused however fresh)
  standin_putfail=S    a PUT answers HTTP S
  standin_failfirst=N  with deny or putfail: only the first N requests of that method to the path are refused,
                       later ones are served
  standin_retryafter=R a refused request's answer carries `Retry-After: R`
  standin_putdrop=N    the first N PUTs to the path are read, then the connection closes without an answer
  standin_hang=S       a GET (a PUT: once it has the body) waits S seconds before it answers (a silent host)
  standin_redirect=1   a GET is answered 302, to the same URL without this directive
  standin_token=T      set on every URL the API stand-in hands out, so each answer's links are new ones
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, NamedTuple
from urllib.parse import parse_qs, parse_qsl, urlencode, urlsplit, urlunsplit

from .loopback import LoopbackHandler, LoopbackHTTPServer, LoopbackServer

STORAGE_HEADER = "X-Stand-In-Storage"
DEFAULT_SIZE = 64 * 1024
KEEP = 16 * 1024 * 1024
_BLOCK = 1024 * 1024
DIRECTIVES = (
    "size", "cut", "short", "noranges", "expire", "deny", "putfail",
    "failfirst", "retryafter", "putdrop", "hang", "redirect",
)  # fmt: skip
EXPIRED_BODY = (
    b"<?xml version='1.0' encoding='UTF-8'?>"
    b"<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>"
)


class StoredRequest(NamedTuple):
    method: str
    path: str  # with its query, as sent
    headers: dict[str, str]
    body_length: int = 0


class StoredObject(NamedTuple):
    size: int
    sha256: str
    content_type: str | None
    data: bytes | None  # kept when small


@lru_cache(maxsize=32)
def _block(path: str) -> bytes:
    return hashlib.shake_256(path.encode()).digest(_BLOCK)


def pattern(path: str, start: int, end: int) -> Iterator[bytes]:
    """Bytes [start, end) of the generated object at `path` (its path without the query)."""
    block = _block(path)
    offset = start
    while offset < end:
        inner = offset % _BLOCK
        piece = block[inner : inner + min(_BLOCK - inner, end - offset)]
        yield piece
        offset += len(piece)


def pattern_sha256(path: str, size: int) -> str:
    digest = hashlib.sha256()
    for piece in pattern(path, 0, size):
        digest.update(piece)
    return digest.hexdigest()


def object_path(url: str) -> str:
    """The path (no query) under which the storage host keeps the object a URL names."""
    return urlsplit(url).path


def directives(header: str | None) -> dict[str, str]:
    """`size=300000,cut=100000,expire` -> {"standin_size": "300000", ...}."""
    found: dict[str, str] = {}
    for part in (header or "").split(","):
        name, _, value = part.strip().partition("=")
        if name in DIRECTIVES:
            found[f"standin_{name}"] = value or "1"
    return found


class _Handler(LoopbackHandler):
    server_version = "StandInStorage/1"

    @property
    def owner(self) -> StorageServer:
        owner: StorageServer = self.server.owner
        return owner

    def _query(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(urlsplit(self.path).query, keep_blank_values=True).items()}

    def _plain(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/xml; charset=UTF-8" if body.startswith(b"<") else "text/plain")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _refusing(self, method: str, query: dict[str, str]) -> bool:
        """Whether this request is refused: always, or (standin_failfirst=N) while it is among the first N."""
        return "standin_failfirst" not in query or self.owner._count(method, self.path) <= int(
            query["standin_failfirst"]
        )

    def _hint(self, query: dict[str, str]) -> dict[str, str]:
        return {"Retry-After": query["standin_retryafter"]} if "standin_retryafter" in query else {}

    def do_PUT(self) -> None:
        owner = self.owner
        query = self._query()
        length = self.headers.get("Content-Length")
        chunked = "chunked" in (self.headers.get("Transfer-Encoding") or "").lower()
        owner._seen(StoredRequest("PUT", self.path, dict(self.headers.items()), int(length or 0)))
        if length is None or chunked:
            self.close_connection = True
            self._plain(411, b"<Error><Code>MissingContentLength</Code></Error>")
            return
        left, digest, kept = int(length), hashlib.sha256(), bytearray()
        while left > 0:
            chunk = self.rfile.read(min(_BLOCK, left))
            if not chunk:
                self.close_connection = True
                return
            digest.update(chunk)
            if int(length) <= KEEP:
                kept += chunk
            left -= len(chunk)
        if "standin_hang" in query:
            time.sleep(float(query["standin_hang"]))
        if "standin_putdrop" in query and owner._count("PUT", self.path) <= int(query["standin_putdrop"]):
            self.close_connection = True
            return
        if "standin_putfail" in query and self._refusing("PUT", query):
            self._plain(int(query["standin_putfail"]), b"<Error><Code>AccessDenied</Code></Error>", self._hint(query))
            return
        stored = StoredObject(
            int(length),
            digest.hexdigest(),
            self.headers.get("Content-Type"),
            bytes(kept) if int(length) <= KEEP else None,
        )
        owner._store(urlsplit(self.path).path, stored)
        self._plain(200)

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        owner = self.owner
        query = self._query()
        path = urlsplit(self.path).path
        owner._seen(StoredRequest(self.command, self.path, dict(self.headers.items())))
        token = query.get("standin_token", "")
        if "standin_hang" in query:
            time.sleep(float(query["standin_hang"]))
        if "standin_redirect" in query:
            rest = urlencode([(k, v) for k, v in parse_qsl(urlsplit(self.path).query) if k != "standin_redirect"])
            self._plain(302, b"", {"Location": path + (f"?{rest}" if rest else "")})
            return
        if "standin_deny" in query and self._refusing(self.command, query):
            self._plain(int(query["standin_deny"]), EXPIRED_BODY, self._hint(query))
            return
        if "standin_expire" in query and not owner._first_use(path, token):
            self._plain(403, EXPIRED_BODY)
            return
        stored = owner.objects.get(path)
        if stored is not None and stored.data is None:
            self._plain(404, b"<Error><Code>NoSuchKey</Code></Error>")
            return
        size = stored.size if stored is not None else int(query.get("standin_size", DEFAULT_SIZE))
        short = int(query.get("standin_short", 0))
        real = size - short
        ranges = "standin_noranges" not in query
        start, end = 0, real
        wanted = self.headers.get("Range") if ranges else None
        headers = {"Accept-Ranges": "bytes"} if ranges else {}
        headers["ETag"] = f'"{hashlib.sha256(path.encode()).hexdigest()[:16]}-{size}"'
        status = 200
        if wanted:
            first = wanted.strip().removeprefix("bytes=").split("-", 1)[0]
            start = int(first) if first.isdigit() else 0
            if start >= real:
                self._plain(416, b"", {**headers, "Content-Range": f"bytes */{real}"})
                return
            status = 206
            headers["Content-Range"] = f"bytes {start}-{real - 1}/{real}"
        announced = (end - start) if status == 206 else size
        self.send_response(status)
        self.send_header("Content-Type", (stored.content_type if stored else None) or "application/octet-stream")
        self.send_header("Content-Length", str(announced))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command == "HEAD":
            return
        cut = int(query["standin_cut"]) if "standin_cut" in query else None
        stop = cut if cut is not None and start < cut < end else end
        source = iter([stored.data[start:stop]]) if stored is not None and stored.data is not None else None
        try:
            for piece in source or pattern(path, start, stop):
                self.wfile.write(piece)
        except OSError:
            self.close_connection = True
            return
        if stop < end or announced > end - start:  # cut, or standin_short: fewer bytes than announced, then close
            self.close_connection = True


class StorageServer(LoopbackServer):
    """Started and stopped with the API stand-in (StandInServer.storage)."""

    handler = _Handler
    thread_name = "standin-storage"

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[StoredRequest] = []
        self.objects: dict[str, StoredObject] = {}
        self._used: set[tuple[str, str]] = set()
        self._lock = threading.Lock()

    @property
    def origin(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def _bind(self) -> LoopbackHTTPServer:
        try:
            return LoopbackHTTPServer("127.0.0.2", self.handler, self)
        except OSError:  # a system with only 127.0.0.1 on its loopback interface
            return LoopbackHTTPServer("127.0.0.1", self.handler, self)

    def url(self, path: str, **query: object) -> str:
        """A URL of this host, e.g. `url("/files/a.bin", standin_size=1000)`."""
        text = "&".join(f"{k}={v}" for k, v in query.items())
        return self.origin + path + (f"?{text}" if text else "")

    def rewrite(self, body: Any, extra: dict[str, str], token: int) -> Any:
        """`body` with every absolute http(s) URL in it pointing here (see the module docstring)."""
        if isinstance(body, dict):
            return {key: self.rewrite(value, extra, token) for key, value in body.items()}
        if isinstance(body, list):
            return [self.rewrite(value, extra, token) for value in body]
        if isinstance(body, str) and body.startswith(("https://", "http://")) and not body.startswith(self.origin):
            parts = urlsplit(body)
            query = "&".join(
                part
                for part in (parts.query, *(f"{k}={v}" for k, v in extra.items()), f"standin_token={token}")
                if part
            )
            origin = urlsplit(self.origin)
            return urlunsplit((origin.scheme, origin.netloc, f"/{parts.netloc}{parts.path}", query, ""))
        return body

    def seen(self, method: str | None = None) -> list[StoredRequest]:
        with self._lock:
            return [r for r in self.requests if method is None or r.method == method]

    def _seen(self, request: StoredRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _store(self, path: str, stored: StoredObject) -> None:
        with self._lock:
            self.objects[path] = stored

    def _count(self, method: str, path: str) -> int:
        """How many requests of `method` this host has seen to `path` (its query included), this one too."""
        with self._lock:
            return sum(1 for r in self.requests if r.method == method and r.path == path)

    def _first_use(self, path: str, token: str) -> bool:
        with self._lock:
            if (path, token) in self._used:
                return False
            self._used.add((path, token))
            return True
