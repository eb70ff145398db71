"""The deadline is the deadline (issue 10, 5): a wait ends at most DEADLINE_GRACE after its timeout, even when the
request in flight hangs: each poll's request gets at most the time left (never less than the grace), however long
the client's own request timeout. Measured in real time, against a server on 127.0.0.1 that answers each task's
first poll and then never answers again, over many random timeouts (sync waits in threads, async ones in one
event loop, all at once)."""

from __future__ import annotations

import asyncio
import importlib
import json
import random
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from tests.doubles.endpoints import Job, jobs
from tests.doubles.standin import answers
from tests.doubles.standin import scenarios as sc

FIRST_JOB = {job.provider.key: job for job in reversed(jobs())}
CLIENT_TIMEOUT = 5.0  # a request alone may take this long: far more than what is left of the waits below
SLACK = 0.6  # scheduling and connection set-up on a loaded 2-core machine
WAITS_PER_MODE = 6


class HangingServer:
    """Answers the first request for each task with the task still running; every later one is read and never
    answered. Stops (closing every connection) on leaving the `with` block, or after `lifetime` seconds."""

    def __init__(self, job: Job, lifetime: float = 30.0) -> None:
        self.job = job
        self.answered: set[str] = set()
        self.stopping = threading.Event()
        self.lifetime = lifetime
        self.lock = threading.Lock()
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.sock.settimeout(0.1)
        self.thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}{self.job.provider.base_path}"

    def __enter__(self) -> HangingServer:
        self.started = time.monotonic()
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.thread.join(5)
        self.sock.close()

    def _serve(self) -> None:
        while not self.stopping.is_set() and time.monotonic() - self.started < self.lifetime:
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(1.0)
            data = b""
            while b"\r\n\r\n" not in data:
                try:
                    chunk = conn.recv(4096)
                except TimeoutError:
                    if self.stopping.is_set():
                        return
                    continue
                if not chunk:
                    return
                data += chunk
            target = data.split(b" ", 2)[1].decode("latin-1")
            with self.lock:
                first = target not in self.answered
                self.answered.add(target)
            if first:
                _, body = answers.task_body(self.job, "task", sc.WORKING)
                payload = json.dumps(body).encode()
                head = (
                    f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(payload)}\r\n"
                    "Connection: close\r\n\r\n"
                )
                conn.sendall(head.encode() + payload)
                return
            self.stopping.wait(self.lifetime)  # hang: never answer


def _grace(job: Job) -> float:
    return float(importlib.import_module(f"{job.provider.package}.lib._core.waiting").DEADLINE_GRACE)


def _timed(call: Any) -> tuple[float, BaseException | None]:
    started = time.monotonic()
    try:
        call()
    except BaseException as error:
        return time.monotonic() - started, error
    return time.monotonic() - started, None


@pytest.mark.timeout(60)
@pytest.mark.parametrize("job", list(FIRST_JOB.values()), ids=lambda job: job.provider.key)
def test_a_wait_never_overruns_its_timeout_by_more_than_the_grace(job: Job) -> None:
    rng = random.Random(f"deadline-{job.provider.key}")
    package = job.package
    grace = _grace(job)
    assert 0 < grace <= 1.0, "the stated margin is small"
    policy = package.PollPolicy(initial=0.05, multiplier=2.0, maximum=0.4, jitter=0.5)
    timeouts = [round(rng.uniform(0.2, 1.6), 2) for _ in range(2 * WAITS_PER_MODE)]
    with HangingServer(job) as server:
        client = package.create_client("k", base_url=server.base_url, timeout=CLIENT_TIMEOUT, max_retries=0)
        helper = getattr(package, job.kind.helper)
        helper_async = getattr(package, f"{job.kind.helper}_async")

        def sync_wait(index: int) -> tuple[float, BaseException | None]:
            return _timed(lambda: helper(client, f"s{index}", timeout=timeouts[index], policy=policy))

        async def async_waits() -> list[tuple[float, BaseException | None]]:
            async def one(index: int) -> tuple[float, BaseException | None]:
                started = time.monotonic()
                try:
                    await helper_async(client, f"a{index}", timeout=timeouts[index], policy=policy)
                except BaseException as error:
                    return time.monotonic() - started, error
                return time.monotonic() - started, None

            return list(await asyncio.gather(*(one(i) for i in range(WAITS_PER_MODE, 2 * WAITS_PER_MODE))))

        with ThreadPoolExecutor(max_workers=WAITS_PER_MODE) as pool:
            running = [pool.submit(sync_wait, i) for i in range(WAITS_PER_MODE)]
            outcomes = asyncio.run(async_waits())
            outcomes = [future.result() for future in running] + outcomes
    late = []
    for timeout, (took, error) in zip(timeouts, outcomes, strict=True):
        assert isinstance(error, package.WaitTimeoutError), f"timeout {timeout}: {type(error).__name__}: {error}"
        assert error.last_status is not None, "the first poll was answered"
        if took > timeout + grace + SLACK:
            late.append(f"timeout {timeout:.2f}s took {took:.2f}s")
    assert late == [], f"waits overran their timeout by more than {grace}s (+{SLACK}s slack): {late}"
