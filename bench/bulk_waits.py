"""Benchmark 3: 1,000 concurrent `wait_for_*_async` against a raw httpx asyncio loop doing the same polls.

Jobs are `after3-…` ids on the stand-in server (a child process on 127.0.0.1): each finishes on its 3rd poll.
The 1,000 waits are spread evenly over every job kind in the one table (tests.doubles.endpoints: every status
endpoint of every provider), all started at once with `asyncio.gather`, one AsyncClient per provider, each side
with the same pool (33 connections per provider; no pool timeout, since 1,000 waits queue for them). Ours: the
package's `wait_for_*_async(client, id, policy=SCHEDULE)` on a `create_client` client. Raw: `httpx.AsyncClient.get`,
`json.loads`, read the status, and `asyncio.sleep(SCHEDULE.next_delay(n))` between polls, i.e. the same polls on
the same (jitter-free) schedule. Each side runs in its own fresh interpreter, so the peak resident memory
(`ru_maxrss`) is that of the whole process doing the waits; the sides alternate, several rounds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import time
from typing import Any

from tests.doubles.endpoints import Job, jobs

from .results import Section, Target, median
from .standin_process import standin
from .table import ROOT, child_env, request_path, status_in

WALL_LIMIT = 1.25
MEMORY_LIMIT_MB = 200.0
KEY = "bench-key"
SCHEDULE = (0.25, 2.0, 0.5)  # PollPolicy(initial, multiplier, maximum), jitter 0: sleeps 0.25 s then 0.5 s
POLLS = 3
CONNECTIONS = 33  # per provider client, both sides


def _transport() -> Any:
    """The same connection pool on both sides. (create_client always puts its RetryingTransport in front, so
    httpx's own `limits=` would not reach the pool it creates: the pool is passed as the inner transport.)"""
    import httpx

    limits = httpx.Limits(max_connections=CONNECTIONS, max_keepalive_connections=CONNECTIONS)
    return httpx.AsyncHTTPTransport(limits=limits)


def _timeout() -> Any:
    import httpx

    return httpx.Timeout(30.0, pool=None)  # 1,000 waits share 99 connections: queueing for one is expected


async def _ours(urls: dict[str, str], waits: int, tag: str) -> None:
    table = jobs()
    clients: dict[str, Any] = {}
    waiting = []
    for n in range(waits):
        job = table[n % len(table)]
        key = job.provider.key
        if key not in clients:
            clients[key] = job.package.create_client(
                KEY, base_url=urls[key], timeout=_timeout(), httpx_args={"transport": _transport()}
            )
        policy = job.package.PollPolicy(*SCHEDULE, jitter=0.0)
        helper = getattr(job.package, job.kind.helper + "_async")
        waiting.append(helper(clients[key], f"after{POLLS}-{tag}-{n}", policy=policy))
    try:
        results = await asyncio.gather(*waiting)
    finally:
        for client in clients.values():
            await client.get_async_httpx_client().aclose()
    if len(results) != waits:
        raise RuntimeError("not every wait returned")


async def _raw(urls: dict[str, str], waits: int, tag: str) -> None:
    import httpx

    table = jobs()
    clients: dict[str, httpx.AsyncClient] = {}

    async def one(job: Job, client: httpx.AsyncClient, task_id: str) -> Any:
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

    waiting = []
    for n in range(waits):
        job = table[n % len(table)]
        key = job.provider.key
        if key not in clients:
            clients[key] = httpx.AsyncClient(
                base_url=urls[key], headers={job.provider.auth_header: KEY}, timeout=_timeout(), transport=_transport()
            )
        waiting.append(one(job, clients[key], f"after{POLLS}-{tag}-{n}"))
    try:
        results = await asyncio.gather(*waiting)
    finally:
        for client in clients.values():
            await client.aclose()
    if len(results) != waits:
        raise RuntimeError("not every wait returned")


def child(argv: list[str]) -> None:
    """In a fresh interpreter: import everything, time one side, print wall seconds and peak RSS as JSON."""
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
    import httpx  # noqa: F401

    side = _ours if args.side == "ours" else _raw
    start = time.perf_counter()
    asyncio.run(asyncio.wait_for(side(urls, args.waits, args.tag), timeout=300))
    wall = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    print(json.dumps({"wall_s": wall, "peak_mb": peak_kb / 1024}))


def _spawn(side: str, urls: dict[str, str], waits: int, tag: str) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-m", "bench.bulk_waits", side, "--urls", json.dumps(urls), "--waits", str(waits),
         "--tag", tag],
        cwd=ROOT, env=child_env(), capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"bulk waits ({side}) failed: {result.stderr[-2000:]}")
    timings: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return timings


def run(smoke: bool = False, *, waits: int | None = None, rounds: int | None = None) -> Section:
    waits = waits or (20 if smoke else 1000)
    rounds = rounds or (1 if smoke else 3)
    measured: dict[str, list[dict[str, float]]] = {"ours": [], "raw": []}
    with standin() as server:
        for r in range(rounds):
            order = ("raw", "ours") if r % 2 == 0 else ("ours", "raw")
            for side in order:
                measured[side].append(_spawn(side, server.urls, waits, f"{side}{r}{time.time_ns()}"))
    wall = {side: median([m["wall_s"] for m in runs]) for side, runs in measured.items()}
    peak = {side: max(m["peak_mb"] for m in runs) for side, runs in measured.items()}
    ratio = wall["ours"] / wall["raw"]
    floor = sum(min(SCHEDULE[0] * SCHEDULE[1] ** k, SCHEDULE[2]) for k in range(POLLS - 1))
    rows = [
        ["raw httpx asyncio loop", f"{wall['raw']:.2f}", ", ".join(f"{m['wall_s']:.2f}" for m in measured["raw"]),
         f"{peak['raw']:.0f}", "1 (baseline)"],
        ["`wait_for_*_async`", f"{wall['ours']:.2f}", ", ".join(f"{m['wall_s']:.2f}" for m in measured["ours"]),
         f"{peak['ours']:.0f}", f"{ratio:.3f}"],
    ]  # fmt: skip
    return Section(
        title="3. Bulk waits",
        method=(
            f"{waits} concurrent waits, {POLLS} polls each ({waits * POLLS} requests per run), {rounds} rounds per "
            f"side, alternating. The schedule sleeps {floor:g} s in all per wait, the floor of each run's wall time. "
            + (__doc__ or "").split("\n\n", 1)[1].replace("\n", " ").strip()
        ),
        columns=["side", "wall median (s)", "each run (s)", "peak RSS, max over runs (MB)", "wall ratio"],
        rows=rows,
        targets=[
            Target("wait_for_*_async / raw loop, wall time (medians)", ratio, WALL_LIMIT),
            Target(
                f"peak memory of the process running the {waits:,} waits", peak["ours"], MEMORY_LIMIT_MB, unit=" MB"
            ),
        ],
        data={"measured": measured, "floor_s": floor},
    )


if __name__ == "__main__":
    child(sys.argv[1:])
