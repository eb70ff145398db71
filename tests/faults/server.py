"""A misbehaving HTTP server on 127.0.0.1 for wait-under-fault tests: it speaks raw sockets so it can break
HTTP in ways a well-behaved server library will not (a body cut off mid-way, no answer at all, a trickle).

The fault is chosen by the id's prefix, the text before the first '-':
  drop      headers promise a body, half of it is sent, the connection is closed
  silent    the request is read and never answered
  slow      a valid answer whose body comes one byte every 0.2 s
  storm     429 on every request, with Retry-After: 1 (`stormra`) or without (`storm`)
  alt       503 and a non-terminal 200 alternate; the 6th request answers the success state
Every connection is closed after one exchange; threads are daemons, and `stop()` ends a silent wait.
"""

from __future__ import annotations

import json
import socket
import socketserver
import threading
import time
from collections import Counter
from typing import Any


class FaultServer:
    def __init__(self, running: dict[str, Any], finished: dict[str, Any], base_path: str = "") -> None:
        self.running = json.dumps(running).encode()
        self.finished = json.dumps(finished).encode()
        self.base_path = base_path
        self.counts: Counter[str] = Counter()
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                outer._serve(self.request)

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{self.base_path}"

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        data = b""
        while b"\r\n\r\n" not in data and len(data) < 65536:
            chunk = conn.recv(4096)
            if not chunk:
                return
            data += chunk
        target = data.split(b" ", 2)[1].decode("latin-1")
        task_id = target.split("job_id=")[-1] if "job_id=" in target else target.rsplit("/", 1)[-1]
        fault = task_id.split("-", 1)[0]
        with self._lock:
            self.counts[task_id] += 1
            n = self.counts[task_id]
        if fault == "silent":
            self.stopping.wait(30)
            return
        if fault == "drop":
            conn.sendall(_head(200, len(self.finished)) + self.finished[: len(self.finished) // 2])
            return
        if fault in ("storm", "stormra"):
            extra = b"Retry-After: 1\r\n" if fault == "stormra" else b""
            body = b'{"code": 429, "msg": "Rate limit exceeded", "error": "rate_limit_exceeded"}'
            conn.sendall(_head(429, len(body), extra) + body)
            return
        if fault == "slow":
            conn.sendall(_head(200, len(self.finished)))
            for i in range(len(self.finished)):
                if self.stopping.wait(0.2):
                    return
                conn.sendall(self.finished[i : i + 1])
            return
        if fault == "alt" and n < 6:
            body = self.running if n % 2 == 0 else b'{"error": "unavailable", "message": "try later"}'
            conn.sendall(_head(200 if n % 2 == 0 else 503, len(body)) + body)
            return
        conn.sendall(_head(200, len(self.finished)) + self.finished)


def _head(status: int, length: int, extra: bytes = b"") -> bytes:
    reason = {200: b"OK", 429: b"Too Many Requests", 503: b"Service Unavailable"}[status]
    return b"HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n%s\r\n" % (
        status,
        reason,
        length,
        extra,
    )


def wait_until(predicate: Any, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.01)
    return False
