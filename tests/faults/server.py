"""A misbehaving HTTP server on 127.0.0.1 for wait-under-fault tests: it speaks raw sockets so it can break
HTTP in ways a well-behaved server library will not (a body cut off mid-way, no answer at all, a trickle).

It serves one job kind's status operation, with bodies the stand-in builds for that kind
(tests.doubles.standin.answers), so nothing here names a provider. The fault is chosen by the id's prefix,
the text before the first '-':
  drop      headers promise a body, half of it is sent, the connection is closed
  silent    the request is read and never answered
  slow      a valid answer whose body comes one byte every 0.2 s
  storm     429 on every request, the provider's rate-limit body, with Retry-After: 1 (`stormra`) or without (`storm`)
  alt       503 (the provider's server-error body) and a non-terminal 200 alternate; the 6th request answers
            the success state
Every connection is closed after one exchange; threads are daemons, and leaving the `with` block ends a
silent wait.
"""

from __future__ import annotations

import json
import socket
import socketserver
import threading
from collections import Counter
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from tests.doubles.endpoints import Job
from tests.doubles.standin import answers
from tests.doubles.standin import scenarios as sc

FAULTS = ("alt", "drop", "silent", "slow", "storm", "stormra")
SUCCESS_AFTER = 6
TRICKLE_SECONDS = 0.2


class FaultServer:
    def __init__(self, job: Job) -> None:
        self.job = job
        self.counts: Counter[str] = Counter()
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                outer._serve(self.request)

        class Server(socketserver.ThreadingTCPServer):
            allow_reuse_address = True
            daemon_threads = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def base_url(self) -> str:
        """The client's base URL: this server's origin and the provider's base path."""
        return f"http://127.0.0.1:{self._server.server_address[1]}{self.job.provider.base_path}"

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def task_id(self, target: str) -> str:
        """The task id a request target names: the id query parameter, or the last path segment."""
        parts = urlsplit(target)
        if self.job.kind.query_id:
            return parse_qs(parts.query).get(self.job.kind.id_param, [""])[0]
        return unquote(parts.path.rsplit("/", 1)[-1])

    def body(self, task_id: str, phase: str) -> bytes:
        _, body = answers.task_body(self.job, task_id, phase)
        return json.dumps(body).encode()

    def error(self, error_class: str) -> bytes:
        _, body = answers.error(self.job.provider, error_class)
        return json.dumps(body).encode()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        data = b""
        while b"\r\n\r\n" not in data and len(data) < 65536:
            chunk = conn.recv(4096)
            if not chunk:
                return
            data += chunk
        task_id = self.task_id(data.split(b" ", 2)[1].decode("latin-1"))
        fault = task_id.split("-", 1)[0]
        with self._lock:
            self.counts[task_id] += 1
            n = self.counts[task_id]
        finished = self.body(task_id, sc.SUCCESS)
        if fault == "silent":
            self.stopping.wait(30)
            return
        if fault == "drop":
            conn.sendall(_head(200, len(finished)) + finished[: len(finished) // 2])
            return
        if fault in ("storm", "stormra"):
            extra = b"Retry-After: 1\r\n" if fault == "stormra" else b""
            body = self.error("RateLimitError")
            conn.sendall(_head(429, len(body), extra) + body)
            return
        if fault == "slow":
            conn.sendall(_head(200, len(finished)))
            for i in range(len(finished)):
                if self.stopping.wait(TRICKLE_SECONDS):
                    return
                conn.sendall(finished[i : i + 1])
            return
        if fault == "alt" and n < SUCCESS_AFTER:
            status, body = (200, self.body(task_id, sc.WORKING)) if n % 2 == 0 else (503, self.error("ServerError"))
            conn.sendall(_head(status, len(body)) + body)
            return
        conn.sendall(_head(200, len(finished)) + finished)


def _head(status: int, length: int, extra: bytes = b"") -> bytes:
    reason = {200: b"OK", 429: b"Too Many Requests", 503: b"Service Unavailable"}[status]
    return b"HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n%s\r\n" % (
        status,
        reason,
        length,
        extra,
    )


def describe(value: Any) -> str:
    return f"{type(value).__name__}: {value}" if isinstance(value, BaseException) else repr(value)
