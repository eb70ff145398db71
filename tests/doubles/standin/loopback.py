"""What the stand-in's two servers (the API and the storage host) share: a threaded HTTP/1.1 keep-alive server on
a loopback address that counts its connections and, when stopped, closes the ones still open, so a stop is
prompt however many idle keep-alive connections clients hold."""

from __future__ import annotations

import contextlib
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self


class LoopbackHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 1024

    def __init__(self, host: str, handler: type[BaseHTTPRequestHandler], owner: Any) -> None:
        self.owner = owner  # the LoopbackServer whose state the handlers read and write
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        self.connections_opened = 0  # TCP connections accepted: keep-alive shows as fewer than requests
        super().__init__((host, 0), handler)


class LoopbackHandler(BaseHTTPRequestHandler):
    """HTTP/1.1 with keep-alive, no delay on small writes, silent, and tracked by its server."""

    protocol_version = "HTTP/1.1"
    sys_version = ""  # keep the Python version out of recorded cassettes
    timeout = 30  # an idle keep-alive connection is dropped after this many seconds
    server: LoopbackHTTPServer

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.server.connections_lock:
            self.server.connections.add(self.connection)
            self.server.connections_opened += 1

    def finish(self) -> None:
        with self.server.connections_lock:
            self.server.connections.discard(self.connection)
        with contextlib.suppress(OSError):
            super().finish()

    def log_message(self, format: str, *args: Any) -> None:
        pass


class LoopbackServer:
    """Start (`with`, or `start()`) and stop (on exit, or `stop()`) a LoopbackHTTPServer in a thread of its own."""

    handler: type[BaseHTTPRequestHandler]
    thread_name = "standin"

    def __init__(self) -> None:
        self._httpd: LoopbackHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def _bind(self) -> LoopbackHTTPServer:
        return LoopbackHTTPServer("127.0.0.1", self.handler, self)

    @property
    def httpd(self) -> LoopbackHTTPServer:
        if self._httpd is None:
            raise RuntimeError(f"the {self.thread_name} server is not running")
        return self._httpd

    @property
    def connections_opened(self) -> int:
        return self._httpd.connections_opened if self._httpd is not None else 0

    def start(self) -> Self:
        if self._httpd is not None:
            return self
        self._httpd = self._bind()
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name=self.thread_name, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        httpd.shutdown()
        with httpd.connections_lock:
            open_connections = list(httpd.connections)
        for conn in open_connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
