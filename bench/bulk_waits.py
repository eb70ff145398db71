"""Benchmark 3: 10,000 concurrent `wait_for_*_async` in one process against a raw httpx asyncio loop doing the
same polls.

Jobs are `after2-…` ids on the stand-in server (a child process on 127.0.0.1, so its threads never share the
GIL of the process being measured): each finishes on its 2nd poll. The waits are spread evenly over every job
kind in the one table (tests.doubles.endpoints: every status endpoint of every provider), all started at once
with `asyncio.gather`, one AsyncClient per provider. Both sides send through the same connection pool: httpx's
AsyncHTTPTransport with CONNECTIONS connections per provider, behind a first-in-first-out gate of as many requests
in flight (the same `_Gate` class on both sides; httpcore's pool scans its whole queue on every change, which with
thousands of queued requests would be all that is measured). The schedule is tiny and jitter-free
(SCHEDULE, in seconds), so a run is short. Ours: the package's `wait_for_*_async(client, id, policy=SCHEDULE)` on
a `create_client` client. Raw: `httpx.AsyncClient.get`, `json.loads`, read the status, and
`asyncio.sleep(SCHEDULE.next_delay(n))` between polls: the same requests on the same schedule. Each side runs in
its own fresh interpreter; memory is that process's resident set: its size once everything is imported and the
clients made (idle), and the peak while the waits run (Linux: VmHWM, reset at the start); per wait is the peak
above idle divided by the waits. The sides alternate, several rounds; the stand-in's own CPU time is read
around each run (/proc), to say whether it, rather than the clients, set the pace.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import resource
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
from tests.doubles.endpoints import Job, jobs

from .results import Section, Target, median
from .standin_process import standin
from .table import ROOT, child_env, request_path, status_in
from .tried import notes_for

WALL_LIMIT = 1.10
MEMORY_LIMIT_KB = 20.0  # per wait, above the idle process
KEY = "bench-key"
SCHEDULE = (0.005, 1.0, 0.005)  # PollPolicy(initial, multiplier, maximum), jitter 0: 5 ms between the two polls
POLLS = 2
CONNECTIONS = 8  # per provider client, both sides (httpcore checks every connection on every change)
KB = 1024


class _Released(httpx.AsyncByteStream):
    """A response body that gives its place in the gate back once it is closed (read to its end)."""

    def __init__(self, stream: Any, release: Any) -> None:
        self.stream = stream
        self.release = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self.stream.aclose()
        finally:
            if self.release is not None:
                self.release, release = None, self.release
                release()


class _Gate(httpx.AsyncBaseTransport):
    """httpx's own pool of `size` connections, with at most `size` requests in flight: the rest wait in a FIFO
    queue (an asyncio.Semaphore), not in httpcore's pool."""

    def __init__(self, size: int) -> None:
        limits = httpx.Limits(max_connections=size, max_keepalive_connections=size)
        self.inner = httpx.AsyncHTTPTransport(limits=limits)
        self.slots = asyncio.Semaphore(size)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await self.slots.acquire()
        try:
            response = await self.inner.handle_async_request(request)
        except BaseException:
            self.slots.release()
            raise
        response.stream = _Released(response.stream, self.slots.release)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def _timeout() -> httpx.Timeout:
    return httpx.Timeout(60.0, pool=None)  # thousands of waits share the connections: queueing is expected


def _clients(side: str, urls: dict[str, str]) -> dict[str, Any]:
    clients: dict[str, Any] = {}
    for job in jobs():
        key = job.provider.key
        if key in clients:
            continue
        if side == "ours":
            clients[key] = job.package.create_client(
                KEY, base_url=urls[key], timeout=_timeout(), httpx_args={"transport": _Gate(CONNECTIONS)}
            )
        else:
            clients[key] = httpx.AsyncClient(
                base_url=urls[key], headers={job.provider.auth_header: KEY}, timeout=_timeout(),
                transport=_Gate(CONNECTIONS),
            )  # fmt: skip
    return clients


async def _raw_wait(job: Job, client: httpx.AsyncClient, task_id: str) -> Any:
    policy = job.package.PollPolicy(*SCHEDULE, jitter=0.0)  # the schedule's delays only
    path = request_path(job, task_id)
    done = job.statuses.success
    polls = 0
    while True:
        polls += 1
        payload = json.loads((await client.get(path)).content)
        if status_in(job, payload) == done:
            return payload
        if polls >= 2 * POLLS:  # the stand-in ends an after-N task on poll N: this read is wrong
            raise RuntimeError(f"{job}: no status {done!r} read from {path} after {polls} polls")
        await asyncio.sleep(policy.next_delay(polls))


async def _run(side: str, clients: dict[str, Any], waits: int, tag: str) -> None:
    table = jobs()
    waiting = []
    for n in range(waits):
        job = table[n % len(table)]
        client = clients[job.provider.key]
        task_id = f"after{POLLS}-{tag}-{n}"
        if side == "ours":
            policy = job.package.PollPolicy(*SCHEDULE, jitter=0.0)
            waiting.append(getattr(job.package, job.kind.helper + "_async")(client, task_id, policy=policy))
        else:
            waiting.append(_raw_wait(job, client, task_id))
    results = await asyncio.gather(*waiting)
    if len(results) != waits or any(result is None for result in results):
        raise RuntimeError("not every wait returned its task")


async def _close(side: str, clients: dict[str, Any]) -> None:
    for client in clients.values():
        await (client.get_async_httpx_client().aclose() if side == "ours" else client.aclose())


def _status_kb(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")  # the high-water mark back to the current size
    except OSError:
        return False
    return True


def child(argv: list[str]) -> None:
    """In a fresh interpreter: import everything, make the clients, note the idle size, run one side's waits;
    print wall and CPU seconds and memory as JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("side", choices=("ours", "raw"))
    parser.add_argument("--urls", required=True)
    parser.add_argument("--waits", type=int, required=True)
    parser.add_argument("--tag", required=True)
    args = parser.parse_args(argv)
    urls = json.loads(args.urls)
    for job in jobs():  # imports are not part of the timed run, on either side (the packages load lazily)
        for name in ("create_client", "PollPolicy", job.kind.helper + "_async"):
            getattr(job.package, name)

    async def main() -> tuple[float, float, int, int]:
        clients = _clients(args.side, urls)
        idle = _status_kb("VmRSS") or 0
        exact = _reset_peak()
        usage = resource.getrusage(resource.RUSAGE_SELF)
        start = time.perf_counter()
        try:
            await asyncio.wait_for(_run(args.side, clients, args.waits, args.tag), timeout=600)
        finally:
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_SELF)
            await _close(args.side, clients)
        peak = (_status_kb("VmHWM") if exact else None) or after.ru_maxrss  # KiB on Linux
        cpu = after.ru_utime + after.ru_stime - usage.ru_utime - usage.ru_stime
        return wall, cpu, idle, peak

    wall, cpu, idle, peak = asyncio.run(main())
    print(json.dumps({"wall_s": wall, "cpu_s": cpu, "idle_kb": idle, "peak_kb": peak}))


def _spawn(side: str, urls: dict[str, str], waits: int, tag: str) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-m", "bench.bulk_waits", side, "--urls", json.dumps(urls), "--waits", str(waits),
         "--tag", tag],
        cwd=ROOT, env=child_env(), capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"bulk waits ({side}) failed: {result.stderr[-2000:]}")
    timings: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return timings


def run(smoke: bool = False, *, waits: int | None = None, rounds: int | None = None) -> Section:
    waits = waits or (50 if smoke else 10_000)
    rounds = rounds or (1 if smoke else 3)
    measured: dict[str, list[dict[str, float]]] = {"ours": [], "raw": []}
    with standin() as server:
        for r in range(rounds):
            order = ("raw", "ours") if r % 2 == 0 else ("ours", "raw")
            for side in order:
                before = server.cpu_seconds()
                found = _spawn(side, server.urls, waits, f"{side}{r}{time.time_ns()}")
                after = server.cpu_seconds()
                if before is not None and after is not None:
                    found["standin_cpu_s"] = after - before
                measured[side].append(found)
    wall = {side: median([m["wall_s"] for m in runs]) for side, runs in measured.items()}
    cpu = {side: median([m["cpu_s"] for m in runs]) for side, runs in measured.items()}
    per_wait = {side: max((m["peak_kb"] - m["idle_kb"]) / waits for m in runs) for side, runs in measured.items()}
    idle = {side: max(m["idle_kb"] for m in runs) for side, runs in measured.items()}
    peak = {side: max(m["peak_kb"] for m in runs) for side, runs in measured.items()}
    busy = {
        side: median([m["standin_cpu_s"] / m["wall_s"] for m in runs if "standin_cpu_s" in m] or [float("nan")])
        for side, runs in measured.items()
    }
    ratio = wall["ours"] / wall["raw"]
    requests = waits * POLLS
    floor = SCHEDULE[0] * (POLLS - 1)
    rows = []
    for side, title in (("raw", "raw httpx asyncio loop"), ("ours", "`wait_for_*_async`")):
        rows.append([
            title, f"{wall[side]:.2f}", ", ".join(f"{m['wall_s']:.2f}" for m in measured[side]),
            f"{requests / wall[side]:.0f}", f"{cpu[side]:.2f}", f"{busy[side]:.0%}", f"{idle[side] / KB:.0f}",
            f"{peak[side] / KB:.0f}", f"{per_wait[side]:.1f}", "1 (baseline)" if side == "raw" else f"{ratio:.3f}",
        ])  # fmt: skip
    notes = [
        f"Client CPU per request: raw {cpu['raw'] / requests * 1e6:.0f} µs, ours {cpu['ours'] / requests * 1e6:.0f} µs "
        "(medians of the runs' CPU seconds over the requests of a run)."
    ]
    if importlib.util.find_spec("sniffio") is None:
        notes.append(
            "httpcore's async pool calls `current_async_library()` for each lock it sets up, which tries "
            "`import sniffio`; sniffio is not installed in this environment (checked in this run), so each of those "
            "calls searches the import path again: a cost both sides pay alike, per request."
        )
    pace = min(busy.values())
    if pace == pace and pace >= 0.85:  # not NaN, and the stand-in was busy nearly all the time on both sides
        notes.append(
            f"The stand-in (one Python process, ThreadingHTTPServer) was busy {pace:.0%} or more of each run's wall "
            "time on both sides: it, not either client, set the pace, so the wall ratio compares the clients at the "
            "stand-in's throughput (the same requests, pool and schedule on both sides); the clients' own CPU "
            "seconds are in the table."
        )
    return Section(
        title="3. Concurrent waits",
        method=(
            f"{waits:,} concurrent waits, {POLLS} polls each ({requests:,} requests per run), {CONNECTIONS} "
            f"connections per provider (the same on both sides), {rounds} rounds per side, alternating. The "
            f"schedule sleeps {floor * 1000:g} ms per wait. "
            + (__doc__ or "").split("\n\n", 1)[1].replace("\n", " ").strip()
        ),
        columns=[
            "side",
            "wall median (s)",
            "each run (s)",
            "requests / s",
            "client CPU median (s)",
            "stand-in CPU / wall",
            "idle RSS (MB)",
            "peak RSS (MB)",
            "per wait above idle (KB, max)",
            "wall ratio",
        ],
        rows=rows,
        targets=[
            Target(
                "wait_for_*_async / raw loop, wall time (medians)",
                ratio,
                WALL_LIMIT,
                fix_tried=notes_for("concurrency-wall"),
            ),
            Target(
                f"memory per wait above the idle process ({waits:,} waits, max over runs)",
                per_wait["ours"],
                MEMORY_LIMIT_KB,
                unit=" KB",
                fix_tried=notes_for("concurrency-memory"),
            ),
        ],
        notes=notes,
        data={"measured": measured, "floor_s": floor},
    )


if __name__ == "__main__":
    child(sys.argv[1:])
