"""Benchmark 1: requests per job and detection lag of each polling schedule, on a virtual clock.

Our schedules are waited on by the packages' own wait loop (`<pkg>.lib._core.waiting.wait`) with each job
kind's real TaskEndpoint (its statuses, parsing and default timeout), on a client whose clock is the tests'
FakeClock (tests/doubles/clock.py): no real sleeping. Every job kind of the one table (tests.doubles.endpoints)
whose jobs.yaml gives a `duration` band is measured, with four schedules of ours:

- the new defaults (`DEFAULT_SCHEDULES`: the documented band, the provider's progress where it reports one);
- today's defaults (`DEFAULT_POLICIES`: the backoff alone);
- the band-known schedule (`JobSchedule(PollPolicy(2L, 1, 2L, 0), band=(start, end), interval=2L)`: a poll at
  submission, one at the band's start, then every 2L), at the new defaults' median lag (L chosen so that its
  measured median lag equals theirs);
- the new defaults with `wake=` and a webhook arriving WEBHOOK_DELAY after the job's end
  (`FakeClock.call_at(end + delay, event.set)`);

and every peer (peer_policies.py), simulated as its own code draws its delays. Two ways of answering a poll
are used for ours, and checked to agree:

- full: the public helper (`wait_for_<kind>(client, ...)`) on a `create_client` client whose transport is an
  `httpx.MockTransport` answering the stand-in server's bodies (running until the job's end, then done);
- fast: the same loop and TaskEndpoint with only `fetch` replaced by one returning the generated parser's result
  for those same bodies, which skips HTTP and parsing.

A kind whose schedule reads the provider's progress gets a running body whose progress grows in proportion to
the time elapsed (done = total x elapsed / duration, rounded down). For the first jobs of every band and
schedule both paths are run with the same jitter seed, and requests and lag must be identical; the figures
come from the fast path over all jobs. The webhook's lag on the virtual clock is the webhook's own delay; the
time a real wait takes from the event being set to returning the task (one poll against the stand-in, a child
process) is measured separately and added.
"""

from __future__ import annotations

import bisect
import dataclasses
import importlib
import inspect
import math
import random
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import Job, jobs

from .peer_policies import PEERS, Peer
from .results import Section, Target, mean, median, p95
from .standin_process import standin
from .table import label, task_body, task_payload
from .tried import notes_for

NEW = "new defaults (DEFAULT_SCHEDULES)"
OLD = "today's defaults (DEFAULT_POLICIES)"
BAND_KNOWN = "band-known schedule"
WAKE = "new defaults + wake (webhook)"
OURS = (NEW, OLD, BAND_KNOWN)
REQUESTS_LIMIT = 1.15  # new defaults' requests / the band-known schedule's, at the same median lag (means)
LAG_LIMIT = 0.05  # median lag as a fraction of the median job duration
WEBHOOK_DELAY = 2.0  # seconds from the job's end to the webhook reaching the handler (assumed)
WEBHOOK_REQUESTS = 3
WEBHOOK_EXTRA_LAG = 1.0  # seconds allowed past the webhook's own delay
TASK_ID = "bench-task"
FULL_CHECK_POLLS = 3000
SMOKE_BANDS = 2  # a smoke run measures the bands that end soonest


@dataclasses.dataclass(frozen=True)
class Band:
    """How long one kind of job takes (jobs.yaml `duration`: min, max, source); durations are drawn uniformly
    inside it."""

    job: Job
    low: float  # seconds
    high: float
    source: str

    @property
    def key(self) -> str:
        return f"{self.job.provider.key}/{self.job.kind.key}"

    @property
    def label(self) -> str:
        return f"{_fmt(self.low)}–{_fmt(self.high)}"


def _fmt(seconds: float) -> str:
    return f"{seconds / 60:g} min" if seconds >= 120 else f"{seconds:g} s"


def bands(smoke: bool = False) -> tuple[Band, ...]:
    """The band of every job kind that has one, in the table's order; a smoke run's are the shortest."""
    found = tuple(
        Band(job, job.kind.duration[0], job.kind.duration[1], job.kind.duration_source)
        for job in jobs()
        if job.kind.duration is not None
    )
    if not smoke:
        return found
    shortest = sorted(found, key=lambda band: (band.high, band.low))[:SMOKE_BANDS]
    return tuple(band for band in found if band in shortest)


def unbanded() -> tuple[Job, ...]:
    """The job kinds this benchmark cannot measure: their jobs.yaml gives no `duration`."""
    return tuple(job for job in jobs() if job.kind.duration is None)


@dataclasses.dataclass(frozen=True)
class Outcome:
    requests: list[int]
    lags: list[float]
    durations: list[float]
    abandoned: float = 0.0  # share of jobs the schedule's own limit would have given up on

    @property
    def relative(self) -> list[float]:
        return [lag / d for lag, d in zip(self.lags, self.durations, strict=True)]


def _task_endpoint(job: Job) -> Any:
    module = importlib.import_module(f"{job.provider.package}.lib.jobs")
    waiting = importlib.import_module(f"{job.provider.package}.lib._core.waiting")
    found = [
        value
        for value in vars(module).values()
        if isinstance(value, waiting.TaskEndpoint) and value.helper == job.kind.helper
    ]
    if len(found) != 1:
        raise RuntimeError(f"{module.__name__}: no single TaskEndpoint for {job.kind.helper}")
    return found[0]


def _default_timeout(job: Job) -> float | None:
    helper = getattr(job.package, job.kind.helper)
    default: float | None = inspect.signature(helper).parameters["timeout"].default
    return default


def _seed(band: Band, policy_name: str, index: int) -> int:
    return zlib.crc32(f"{band.key}/{policy_name}/{index}".encode())


class _Stream(httpx.SyncByteStream):
    """A body that arrives as a stream, as from a real transport (not pre-read like `content=`)."""

    def __init__(self, body: bytes) -> None:
        self.body = body

    def __iter__(self) -> Iterator[bytes]:
        yield self.body


def _no_network(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"the fast path made a request: {request.url}")


def _restart(clock: FakeClock) -> None:
    """Back to the clock's start for the next job (one clock per client, reused job after job)."""
    clock.now = clock.start
    clock.sleeps.clear()
    clock.waits.clear()


class _Progress:
    """The progress a running task reports, growing in proportion to the time elapsed: (done, total) set at the
    schedule's `progress` paths of a parsed task (attributes) or of a decoded body (keys)."""

    def __init__(self, job: Job) -> None:
        self.paths: tuple[str, str] | None = job.schedule.progress
        self.task = job.kind.task
        self.total = 100
        if self.paths is not None:
            found = _get(self.body_task(task_payload(job, TASK_ID, False)), self.paths[1])
            if isinstance(found, int) and not isinstance(found, bool) and found > 0:
                self.total = found

    def done(self, elapsed: float, duration: float) -> int:
        return min(self.total - 1, math.floor(self.total * elapsed / duration)) if duration > 0 else 0

    def body_task(self, body: Any) -> Any:
        """The task inside a decoded body (the kind's `task` path)."""
        return body if self.task == "." else _get(body, self.task)

    def apply(self, task: Any, elapsed: float, duration: float) -> None:
        if self.paths is not None:
            _set(task, self.paths[0], self.done(elapsed, duration))
            _set(task, self.paths[1], self.total)


def _get(node: Any, path: str) -> Any:
    for name in path.split("."):
        node = node.get(name) if isinstance(node, dict) else getattr(node, name, None)
    return node


def _set(node: Any, path: str, value: int) -> None:
    *parents, last = path.split(".")
    for name in parents:
        node = node.get(name) if isinstance(node, dict) else getattr(node, name)
    if isinstance(node, dict):
        node[last] = value
    else:
        setattr(node, last, value)


def run_fast(
    job: Job,
    policy: Any,
    durations: list[float],
    seeds: list[int],
    on_poll: Callable[[FakeClock], None] | None = None,
    webhook_delay: float | None = None,
) -> Outcome:
    """The real wait loop and TaskEndpoint; `fetch` hands back pre-parsed responses (no HTTP). With
    `webhook_delay`, each wait gets a wake event that a timer sets that long after the job's end."""
    waiting = importlib.import_module(f"{job.provider.package}.lib._core.waiting")
    clock = FakeClock()
    client = job.package.create_client(
        "bench-key",
        base_url="http://127.0.0.1:9",
        clock=clock,
        httpx_args={"transport": httpx.MockTransport(_no_network)},
    )
    api = job.status.module
    request = httpx.Request("GET", "http://127.0.0.1:9/")
    progress = _Progress(job)

    def parsed(done: bool) -> Any:
        response = httpx.Response(200, content=task_body(job, TASK_ID, done), request=request)
        return api._build_response(client=client, response=response)

    running, finished = parsed(False), parsed(True)
    running_task = job.task_of(running.parsed)
    state = {"end": 0.0, "polls": 0}

    def fetch(_client: Any, _task_id: str) -> Any:
        state["polls"] += 1
        if on_poll is not None:
            on_poll(clock)
        if clock.elapsed >= state["end"]:
            return finished
        progress.apply(running_task, clock.elapsed, state["end"])
        return running

    fast = dataclasses.replace(_task_endpoint(job), fetch=fetch)
    timeout = _default_timeout(job)
    requests, lags = [], []
    for duration, seed in zip(durations, seeds, strict=True):
        _restart(clock)
        state["end"], state["polls"] = duration, 0
        random.seed(seed)
        wake = None
        if webhook_delay is not None:
            wake = threading.Event()
            clock.call_at(clock.start + duration + webhook_delay, wake.set)
        waiting.wait(fast, client, TASK_ID, timeout=timeout, policy=policy, wake=wake)
        requests.append(int(state["polls"]))
        lags.append(clock.elapsed - duration)
        if webhook_delay is not None:  # a webhook that came after the job was seen done: fired and forgotten
            clock.sleep(1e12)
    return Outcome(requests, lags, list(durations))


def _jitter(policy: Any) -> float:
    return float(policy.jitter)


def run_schedule(job: Job, policy: Any, durations: list[float]) -> Outcome:
    """For a jitter-free schedule with no progress to read, the poll times do not depend on the job: the fast
    path records them once, on a job that outlasts the band, and each job is read off that schedule."""
    if _jitter(policy) or getattr(policy, "progress", None) is not None:
        raise ValueError("only a jitter-free schedule that reads no progress has one schedule for every job")
    times: list[float] = []

    def record(clock: FakeClock) -> None:
        times.append(clock.elapsed)

    run_fast(job, policy, [max(durations) + 1e-6], [0], on_poll=record)
    requests, lags = [], []
    for duration in durations:
        index = bisect.bisect_left(times, duration)  # the first poll at or after the job's end
        requests.append(index + 1)
        lags.append(times[index] - duration)
    return Outcome(requests, lags, list(durations))


def run_full(job: Job, policy: Any, durations: list[float], seeds: list[int]) -> Outcome:
    """The public wait helper on a create_client client over an httpx.MockTransport."""
    import json

    finished = task_body(job, TASK_ID, True)
    running = task_payload(job, TASK_ID, False)
    progress = _Progress(job)
    clock = FakeClock()
    state = {"end": 0.0, "polls": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        state["polls"] += 1
        if clock.elapsed >= state["end"]:
            body = finished
        else:
            progress.apply(progress.body_task(running), clock.elapsed, state["end"])
            body = json.dumps(running).encode()
        return httpx.Response(200, stream=_Stream(body), headers={"Content-Type": "application/json"})

    client = job.package.create_client(
        "bench-key", base_url="http://127.0.0.1:9", clock=clock, httpx_args={"transport": httpx.MockTransport(handler)}
    )
    requests, lags = [], []
    for duration, seed in zip(durations, seeds, strict=True):
        _restart(clock)
        state["end"], state["polls"] = duration, 0
        random.seed(seed)
        job.run("sync", client, TASK_ID, policy=policy)
        requests.append(int(state["polls"]))
        lags.append(clock.elapsed - duration)
    return Outcome(requests, lags, list(durations))


def run_peer(peer: Peer, durations: list[float], seeds: list[int]) -> Outcome:
    """A peer's polls as its code makes them: at submission, then after each delay it draws."""
    horizon = max(durations)
    if not peer.jittered:  # one schedule for every job
        times, clock = [0.0], 0.0
        delays = peer.delays(random.Random(0))
        while clock < horizon:
            clock += next(delays)
            times.append(clock)
    requests, lags, abandoned = [], [], 0
    for duration, seed in zip(durations, seeds, strict=True):
        if peer.jittered:
            times, clock = [0.0], 0.0
            delays = peer.delays(random.Random(seed))
            while clock < duration:
                clock += next(delays)
                times.append(clock)
        index = bisect.bisect_left(times, duration)
        requests.append(index + 1 + peer.extra_requests)
        lags.append(times[index] - duration)
        abandoned += peer.gives_up(index + 1, times[index])
    return Outcome(requests, lags, list(durations), abandoned / len(durations))


def band_known(job: Job, band: Band, lag: float) -> Any:
    """Issue 13's band-known schedule for a median lag of about `lag`: polls at 0, at the band's start, then
    every 2 x lag."""
    step = 2 * lag
    policy = job.package.PollPolicy(step, 1.0, step, jitter=0.0)
    return job.package.JobSchedule(policy, band=(band.low, band.high), interval=step, wake_interval=max(60.0, step))


def calibrate(job: Job, band: Band, target: float, durations: list[float]) -> tuple[float, Outcome]:
    """The band-known schedule whose measured median lag equals `target` (bisection on L, 0.5%)."""
    low, high = target / 4, target * 4
    best: tuple[float, Outcome] | None = None
    for _ in range(40):
        middle = (low + high) / 2
        outcome = run_schedule(job, band_known(job, band, middle), durations)
        found = median(outcome.lags)
        if best is None or abs(found - target) < abs(median(best[1].lags) - target):
            best = (middle, outcome)
        if abs(found - target) <= 0.005 * target:
            break
        if found < target:
            low = middle
        else:
            high = middle
    assert best is not None
    return best


def _stats(outcome: Outcome, median_duration: float) -> dict[str, float]:
    return {
        "req_median": median(outcome.requests),
        "req_mean": mean(outcome.requests),
        "req_p95": p95(outcome.requests),
        "req_max": float(max(outcome.requests)),
        "lag_median": median(outcome.lags),
        "lag_p95": p95(outcome.lags),
        "lag_max": max(outcome.lags),
        "rel_median": median(outcome.lags) / median_duration,
        "abandoned": outcome.abandoned,
    }


def _dominates(peer: dict[str, float], ours: dict[str, float]) -> bool:
    return peer["req_median"] < ours["req_median"] and peer["lag_median"] < ours["lag_median"]


def _describe(policy: Any) -> str:
    inner = getattr(policy, "policy", policy)
    if inner.multiplier == 1:
        text = f"every {inner.initial:.3g} s"
    else:
        text = f"{inner.initial:.3g} s ×{inner.multiplier:g} to {inner.maximum:.3g} s"
    band = getattr(policy, "band", None)
    if band is not None:
        text = f"0, {band[0]:g} s, then every {policy.step:.3g} s to {band[1]:g} s, then {text}"
    if getattr(policy, "progress", None) is not None:
        text += "; brought forward to the end the task's progress points to"
    return text + (f", jitter {inner.jitter:g} (down)" if inner.jitter else "")


def wake_latency(smoke: bool) -> dict[str, list[float]]:
    """Seconds from a wake event being set to the wait returning the task, per banded job kind, on a real
    clock against the stand-in (a child process): the wait polls once (`after2-`: still running), sleeps on
    the event (the safety schedule's minute), is woken after WAKE_AFTER and polls again (done)."""
    per_kind = 2 if smoke else 5
    found: dict[str, list[float]] = {}
    with standin() as server:
        for band in bands(smoke):
            job = band.job
            client = job.package.create_client("bench-key", base_url=server.base_url(job.provider.key))
            times: list[float] = []
            with client:
                for n in range(per_kind):
                    event = threading.Event()
                    stamp: list[float] = []

                    def fire(event: threading.Event = event, stamp: list[float] = stamp) -> None:
                        stamp.append(time.perf_counter())
                        event.set()

                    timer = threading.Timer(0.05, fire)
                    timer.start()
                    job.run("sync", client, f"after2-wake{n}-{time.time_ns()}", wake=event, timeout=30.0)
                    returned = time.perf_counter()
                    timer.join()
                    times.append(returned - stamp[0])
            found[label(job)] = times
    return found


def run(
    smoke: bool = False, *, per_band: int | None = None, checked: int | None = None, plot: Path | None = None
) -> Section:
    per_band = per_band or (8 if smoke else 1000)
    checked = checked if checked is not None else (2 if smoke else 20)
    budget = 200 if smoke else FULL_CHECK_POLLS
    rows: list[list[str]] = []
    targets: list[Target] = []
    points: dict[str, dict[str, dict[str, float]]] = {}
    checked_jobs = 0
    band_rows: list[list[str]] = []
    webhook_rows: list[list[str]] = []
    latency = wake_latency(smoke)
    for band in bands(smoke):
        job = band.job
        rng = random.Random(f"durations-{band.key}")
        durations = [rng.uniform(band.low, band.high) for _ in range(per_band)]
        median_duration = median(durations)
        outcomes: dict[str, Outcome] = {}
        schedules: dict[str, Any] = {NEW: job.schedule, OLD: job.policy}
        for name in (NEW, OLD):
            seeds = [_seed(band, name, i) for i in range(per_band)]
            outcomes[name] = run_fast(job, schedules[name], durations, seeds)
        lag_l, outcomes[BAND_KNOWN] = calibrate(job, band, median(outcomes[NEW].lags), durations)
        schedules[BAND_KNOWN] = band_known(job, band, lag_l)
        for name in OURS:  # end-to-end check on the first jobs, within a budget of polls
            seeds = [_seed(band, name, i) for i in range(per_band)]
            n = 0 if smoke else 1  # a full run checks at least one job of every schedule, however long
            while n < min(checked, per_band) and sum(outcomes[name].requests[: n + 1]) <= budget:
                n += 1
            full = run_full(job, schedules[name], durations[:n], seeds[:n])
            agree = full.requests == outcomes[name].requests[:n] and all(
                abs(a - b) < 1e-9 for a, b in zip(full.lags, outcomes[name].lags, strict=False)
            )
            if not agree:
                raise AssertionError(f"{label(job)} / {name}: the end-to-end and fast paths disagree")
            checked_jobs += n
        for peer in PEERS:
            outcomes[peer.name] = run_peer(peer, durations, [_seed(band, peer.name, i) for i in range(per_band)])
        woken = run_fast(
            job, job.schedule, durations, [_seed(band, WAKE, i) for i in range(per_band)], webhook_delay=WEBHOOK_DELAY
        )
        stats = {name: _stats(outcome, median_duration) for name, outcome in outcomes.items()}
        wake_stats = _stats(woken, median_duration)
        new = stats[NEW]
        beaten_by = [peer.name for peer in PEERS if _dominates(stats[peer.name], new)]
        title = f"{label(job)} ({band.label})"
        points[title] = stats
        descriptions = {name: _describe(schedules[name]) for name in OURS}
        descriptions[BAND_KNOWN] += f" (L = {lag_l:.2f} s)"
        descriptions |= {peer.name: peer.describe() for peer in PEERS}
        for name, s in stats.items():
            rows.append(
                [
                    title if name == NEW else "",
                    f"**{name}**" if name == NEW else name,
                    descriptions[name],
                    f"{s['req_median']:g}",
                    f"{s['req_mean']:.1f}",
                    f"{s['req_p95']:.0f}",
                    f"{s['lag_median']:.2f}",
                    f"{s['lag_p95']:.2f}",
                    f"{s['rel_median']:.1%}",
                    f"{s['abandoned']:.0%}" if s["abandoned"] else "—",
                    "—" if name in OURS else ("**yes**" if name in beaten_by else "no"),
                ]
            )
        ratio = new["req_mean"] / stats[BAND_KNOWN]["req_mean"]
        latency_max = max(latency[label(job)])
        webhook_lag = wake_stats["lag_max"] + latency_max
        webhook_rows.append(
            [title, f"{wake_stats['req_median']:g}", f"{wake_stats['req_max']:.0f}", f"{wake_stats['lag_max']:.2f}",
             f"{median(latency[label(job)]) * 1000:.1f}", f"{latency_max * 1000:.1f}", f"{webhook_lag:.2f}"]
        )  # fmt: skip
        band_rows.append([label(job), band.label, band.source])
        targets += [
            Target(f"{title}: new defaults' requests / band-known schedule's at the same median lag (means)", ratio,
                   REQUESTS_LIMIT, fix_tried=notes_for("polling-requests")),
            Target(f"{title}: peers better than the new defaults on both median requests and lag", len(beaten_by), 0,
                   fix_tried=", ".join(beaten_by)),
            Target(f"{title}: new defaults' median lag / median job duration", new["rel_median"], LAG_LIMIT,
                   fix_tried=notes_for("polling-lag")),
            Target(f"{title}: requests per job with wake= and a webhook at the job's end (max)", wake_stats["req_max"],
                   WEBHOOK_REQUESTS, fix_tried=notes_for("webhook")),
            Target(f"{title}: lag with wake= (max; webhook delay {WEBHOOK_DELAY:g} s + wake-to-task on the stand-in)",
                   webhook_lag, WEBHOOK_DELAY + WEBHOOK_EXTRA_LAG, unit=" s", fix_tried=notes_for("webhook")),
        ]  # fmt: skip
    section = Section(
        title="1. Polling efficiency (virtual clock)",
        method=(
            f"{per_band} jobs per band, durations uniform in the band (the same jobs for every schedule), each waited "
            "on from its submission. Requests: polls up to and including the one that sees the job done, plus any "
            "request the peer's wait makes for the result. Lag: that poll's time minus the job's end. \"Better on "
            "both\" compares medians: fewer requests and less lag than the new defaults. The requests target "
            "compares means (medians of a few requests move in whole steps). "
            + (__doc__ or "").split("\n\n", 1)[1].replace("\n", " ").strip()
            + f" Cross-check: {checked_jobs} jobs in all (the first of every band and schedule of ours, up to "
            f"{checked} each within {budget} polls) were also waited on end to end, and requests and lag agreed "
            "exactly. Peers are not run through our loop: peer_policies.py draws their delays as their code does "
            "(its docstring; each peer's source is in the schedule table)."
        ),
        columns=["band", "schedule", "when it polls", "requests median", "requests mean", "requests p95",
                 "lag median (s)", "lag p95 (s)", "median lag / median duration", "jobs it gives up on",
                 "better than the new defaults on both?"],
        rows=rows,
        targets=targets,
        extra_tables=[
            (f"With wake= and a webhook {WEBHOOK_DELAY:g} s after the job's end (new defaults, virtual clock; the "
             "wake-to-task time is real: a woken wait's poll and answer against the stand-in)",
             ["band", "requests median", "requests max", "lag max, virtual (s)", "wake-to-task median (ms)",
              "wake-to-task max (ms)", "lag max in all (s)"], webhook_rows),
            ("Job-duration bands and their sources (each provider's jobs.yaml, `duration`)",
             ["job kind", "band", "source or reason"], band_rows),
            ("Peers: where each schedule was read", ["peer", "source (repository, path, function)"],
             [[peer.name, peer.source] for peer in PEERS]),
        ],
        data={"points": points, "latency": latency},
    )  # fmt: skip
    section.notes.append(
        "Each default schedule's reasons are its `policy_why` and `schedule.interval_why` in the provider's jobs.yaml "
        "(overlays/providers/<name>/jobs.yaml)."
    )
    missing = [label(job) for job in unbanded()]
    if missing:
        section.notes.append(f"Not measured (no `duration` in jobs.yaml): {', '.join(missing)}.")
    if plot is not None:
        _plot(points, plot)
        section.notes.append(f"Plot: [{plot.name}]({plot.name}) (median requests against median lag, per band).")
    return section


_STYLE: dict[str, tuple[str, str, float]] = {  # name -> marker, colour, size
    NEW: ("*", "black", 320),
    OLD: ("o", "dimgray", 110),
    BAND_KNOWN: ("D", "tab:green", 110),
}


def _plot(points: dict[str, dict[str, dict[str, float]]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(next(iter(points.values())))
    markers = ["s", "^", "v", "P", "X", "h", "<", ">", "p"]
    colors = plt.get_cmap("tab10")
    cols = 3
    rows = -(-(len(points) + 1) // cols)
    fig, axes = plt.subplots(rows, cols, figsize=(5.6 * cols, 4.6 * rows), squeeze=False)
    flat = [ax for row in axes for ax in row]
    for ax, (title, stats) in zip(flat, points.items(), strict=False):
        new = stats[NEW]
        peer_index = 0
        for name in names:
            s = stats[name]
            color: Any
            if name in _STYLE:
                marker, color, size = _STYLE[name]
                zorder = 4 if name == NEW else 3
            else:
                marker, color, size = markers[peer_index % len(markers)], colors((peer_index + 1) % 10), 60
                peer_index += 1
                zorder = 2
            if name == BAND_KNOWN:  # hollow and larger: the new defaults usually sit on it
                ax.scatter(s["req_median"], s["lag_median"], marker=marker, s=size * 2.2, facecolors="none",
                           edgecolors=color, linewidths=1.8, zorder=zorder, label=name)  # fmt: skip
                continue
            ax.scatter(s["req_median"], s["lag_median"], marker=marker, s=size, color=color, zorder=zorder,
                       label=name, edgecolors="white" if name == NEW else None)  # fmt: skip
        ax.annotate(
            "new defaults", (new["req_median"], new["lag_median"]), textcoords="offset points", xytext=(9, 6),
            fontsize=8.5, fontweight="bold",
        )  # fmt: skip
        ax.set_xscale("log")
        ax.set_yscale("log")
        x0 = min(s["req_median"] for s in stats.values()) / 1.6
        y0 = min(max(s["lag_median"], 1e-3) for s in stats.values()) / 1.6
        ax.set_xlim(x0, max(s["req_median"] for s in stats.values()) * 2.0)
        ax.set_ylim(y0, max(s["lag_median"] for s in stats.values()) * 1.8)
        ax.fill_between(
            [x0, new["req_median"]], y0, new["lag_median"], color="red", alpha=0.08, zorder=0,
            label="better than the new defaults on both (empty = target met)",
        )  # fmt: skip
        ax.set_title(title, fontsize=10)
        ax.set_xlabel("requests per job (median, log)")
        ax.set_ylabel("detection lag, s (median, log)")
        ax.grid(True, which="major", alpha=0.3)
    legend_ax = flat[len(points)]
    handles, labels = flat[0].get_legend_handles_labels()
    legend_ax.legend(handles, labels, loc="center", fontsize=10, frameon=False)
    legend_ax.axis("off")
    for ax in flat[len(points) + 1 :]:
        ax.axis("off")
    fig.suptitle("Polling per job-duration band: lower left is better (fewer requests, less lag)")
    fig.tight_layout(rect=(0, 0, 1, 0.96))
    fig.savefig(path, dpi=100)
    plt.close(fig)
