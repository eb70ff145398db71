"""`StandInServer`: a threaded HTTP/1.1 (keep-alive) server on 127.0.0.1 answering every operation of every
provider's spec (tests/doubles/standin/answers.py), each task following the scenario its id's prefix names
(scenarios.py).

    with StandInServer() as server:
        client = package.create_client("key", base_url=server.base_url(provider_key))
        ...
        server.requests  # [SeenRequest(method, path, headers, body), ...]

State is kept per (route, id) and advanced by every poll. A key header whose value is "wrong-key" (or no key
header) gets the provider's authentication error and advances nothing. Unknown paths get 404, a known path
with another method 405. Leaving the `with` block stops the server and closes open connections.

Its storage host (`server.storage`, storage.py) starts and stops with it: absolute URLs in its answers (a
documented `video_url`, a signed `upload_url`) lead there, except in the `documented` scenario's answers.
"""

from __future__ import annotations

import copy
import itertools
import json
import socket
import threading
import time
from collections import defaultdict
from typing import Any, NamedTuple, Self

from registry import provider as registered

from . import answers
from . import scenarios as sc
from .loopback import LoopbackHandler, LoopbackServer
from .storage import STORAGE_HEADER, StorageServer, directives

WRONG_KEY = "wrong-key"
RETRY_AFTER_SECONDS = 1
HTML_BODY = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>upstream hiccup</body></html>"


class SeenRequest(NamedTuple):
    method: str
    path: str  # raw path with query, as sent
    headers: dict[str, str]
    body: bytes = b""


class _Handler(LoopbackHandler):
    server_version = "StandIn/1"

    @property
    def owner(self) -> StandInServer:
        owner: StandInServer = self.server.owner
        return owner

    def _handle(self) -> None:
        try:
            self._route()
        except Exception as exc:  # a bug in the stand-in: answer it, never drop the connection silently
            self._json(500, {"error": "standin_bug", "message": f"{type(exc).__name__}: {exc}"})

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

    def do_HEAD(self) -> None:
        self.command = "GET"
        try:
            self._route()
        finally:
            self.command = "HEAD"

    def _route(self) -> None:
        owner = self.owner
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        owner._seen(SeenRequest(self.command, self.path, dict(self.headers.items()), body))
        # Absolute URLs in the answer lead to the storage stand-in, except in the docs' own exchanges.
        documented_only = self.headers.get(answers.SCENARIO_HEADER) == answers.DOCUMENTED
        self._links = None if documented_only else (directives(self.headers.get(STORAGE_HEADER)), owner._token())
        routed = answers.route(self.command, self.path)
        if routed is None:
            known = answers.path_exists(self.path)
            self._json(
                405 if known else 404,
                {
                    "error": "method_not_allowed" if known else "not_found",
                    "message": f"no {self.command} {self.path.partition('?')[0]}",
                },
            )
            return
        route, task_id = routed
        provider = route.provider
        key = self.headers.get(provider.auth_header)
        if not key or key == WRONG_KEY:
            self._json(*answers.fault(provider, "auth", None))
            return
        if route.job is not None:
            if task_id is None:
                self._json(*answers.fault(provider, "missing", None))
                return
            step = sc.step(task_id, owner._advance(route.template, task_id))
            self._task(route, task_id, step)
            return
        fault = self.headers.get(answers.FAULT_HEADER)
        if fault and self._fault(route, fault):
            return
        scenario = self.headers.get(answers.SCENARIO_HEADER) or answers.DEFAULT_CREATE_SCENARIO
        if route.creates is not None and scenario != answers.DOCUMENTED:
            answer, new_id = answers.create_body(route, scenario)
            owner._created(new_id)
            self._json(*answer)
            return
        pages = self.headers.get(answers.PAGES_HEADER)
        if pages and answers.paginated(route):
            self._json(*answers.paged(route, self.path.partition("?")[2], pages))
            return
        status, media_type, documented = answers.documented(route)
        if scenario != answers.DOCUMENTED and media_type == "application/json":
            documented = self._answer_for(route, body, documented)
        if media_type == "application/json" or documented is None or not isinstance(documented, str | bytes):
            self._json(status, documented)
        else:
            raw = documented if isinstance(documented, bytes) else documented.encode()
            self._send(status, raw, media_type)

    def _answer_for(self, route: answers.Route, body: bytes, documented: Any) -> Any:
        """A plain operation's answer: the documented example paired with the request's (when the docs pair
        them), carrying a new id for the request's scenario when it hands out the id of a job kind that has no
        create of its own (the scenario header given explicitly)."""
        paired = answers.paired_example(route, body)
        answer = paired if paired is not None else copy.deepcopy(documented)
        scenario = self.headers.get(answers.SCENARIO_HEADER)
        job = answers.started(route) if scenario else None
        if job is not None and isinstance(answer, dict):
            new_id = answers.new_id(str(scenario))
            answer[job.kind.id_param] = new_id
            self.owner._created(new_id)
        return answer

    def _cut(self, route: answers.Route) -> None:
        """The documented answer's headers and half its body, then the connection closes."""
        status, media_type, documented = answers.documented(route)
        raw = documented if isinstance(documented, bytes) else str(documented).encode()
        if media_type == "application/json":
            raw = json.dumps(documented).encode()
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw[: len(raw) // 2])
        self.close_connection = True

    def _fault(self, route: answers.Route, fault: str) -> bool:
        """Answer with the fault the header names; False when this request gets the normal answer."""
        kind = fault.split("-", 1)[0]
        if kind.startswith("code"):  # the provider's error <C>, once, from the first operation that documents it
            status, error_body = answers.code_error(route.provider, kind.removeprefix("code"))
            if str(status) not in {str(s) for s in route.definition.get("responses", {})}:
                return False
            if self.owner._advance("fault", fault) == 1:
                self._json(status, error_body)
                return True
            return False
        seen = self.owner._advance("fault", fault)
        if kind == "cutalways" or (kind == "cut" and seen == 1):
            self._cut(route)
            return True
        if kind in ("drop", "hang"):
            if kind == "hang":
                time.sleep(answers.HANG_SECONDS)
            self.close_connection = True
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            return True
        if kind == "servererror":
            self._json(500, answers.error_body(route.provider, route.provider.error("ServerError")))
            return True
        if seen == 1 and kind == "ratelimited":
            status, body = answers.fault(route.provider, sc.RATE_LIMITED, None)
            self._json(status, body, {"Retry-After": str(RETRY_AFTER_SECONDS)})
            return True
        if seen == 1 and kind == "unavailable":
            self._json(*answers.fault(route.provider, sc.UNAVAILABLE, None))
            return True
        return False

    def _task(self, route: answers.Route, task_id: str, step: sc.Step) -> None:
        assert route.job is not None
        if step.kind == sc.RESET:
            self.close_connection = True
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            return
        if step.kind == sc.HTML:
            self._send(200, HTML_BODY, "text/html; charset=utf-8")
            return
        if step.kind in sc.FAULTS:
            status, body = answers.fault(route.provider, step.kind, step.code)
            extra = {"Retry-After": str(RETRY_AFTER_SECONDS)} if step.kind == sc.RATE_LIMITED else {}
            self._json(status, body, extra)
            return
        if step.kind == sc.DOCUMENTED:
            status, _, body = answers.documented(route)
            self._json(status, body)
            return
        self._json(*answers.task_body(route.job, task_id, step.kind))

    def _json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        links = getattr(self, "_links", None)
        if links is not None:
            body = self.owner.storage.rewrite(body, *links)
        self._send(status, json.dumps(body).encode(), "application/json", headers)

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class StandInServer(LoopbackServer):
    """The stand-in, started by `with` (or `start()`) and stopped on exit (or `stop()`), its storage host with it."""

    handler = _Handler
    thread_name = "standin"

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[SeenRequest] = []
        self._polls: defaultdict[tuple[str, str], int] = defaultdict(int)
        self.created: list[str] = []  # ids handed out by create operations, in order
        self.storage = StorageServer()  # where signed upload URLs and result URLs lead (storage.py)
        self._tokens = itertools.count(1)
        self._lock = threading.Lock()

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def base_url(self, provider: str) -> str:
        """The URL to pass as a client's base_url for a provider of the registry (its base URL's path kept)."""
        return self.origin + registered(provider).base_path

    def polls(self, task_id: str) -> int:
        """How many status polls the task has seen."""
        with self._lock:
            return sum(count for (_, seen), count in self._polls.items() if seen == task_id)

    def start(self) -> Self:
        super().start()
        self.storage.start()
        return self

    def stop(self) -> None:
        self.storage.stop()
        super().stop()

    def _seen(self, request: SeenRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _token(self) -> int:
        with self._lock:
            return next(self._tokens)

    def _created(self, task_id: str) -> None:
        with self._lock:
            self.created.append(task_id)

    def _advance(self, endpoint: str, task_id: str) -> int:
        with self._lock:
            self._polls[(endpoint, task_id)] += 1
            return self._polls[(endpoint, task_id)]
