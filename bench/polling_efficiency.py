"""Benchmark 1: requests per job and detection lag of each polling policy, on a virtual clock.

The jobs are waited on by the packages' own wait loop (`<pkg>.lib._core.waiting.wait`) with each job kind's
real TaskEndpoint (its statuses, parsing and default timeout), on a client whose clock is the tests' FakeClock
(tests/doubles/clock.py): no real sleeping. Every job kind of the one table (tests.doubles.endpoints) whose
jobs.yaml gives a `duration` band is measured. Two ways of answering a poll are used, and checked to agree:

- full: the public helper (`wait_for_<kind>(client, ...)`) on a `create_client` client whose transport is an
  `httpx.MockTransport` answering the stand-in server's bodies (running until the job's end, then done);
- fast: the same loop and TaskEndpoint with only `fetch` replaced by one returning the generated parser's result
  for those same two bodies, which skips HTTP and parsing and makes the fast pollers' thousands of polls per job
  affordable.

For the first jobs of every band and policy both are run with the same jitter seed, and the requests and lag
must be identical; the reported figures come from the fast path over all jobs.
"""

from __future__ import annotations

import bisect
import dataclasses
import importlib
import inspect
import random
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import Job, jobs

from .peer_policies import PEERS
from .results import Section, Target, median, p95
from .table import label, task_body

OURS = "ours (DEFAULT_POLICIES)"
LAG_LIMIT = 0.10  # median lag as a fraction of the job's duration
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

    @property
    def relative(self) -> list[float]:
        return [lag / d for lag, d in zip(self.lags, self.durations, strict=True)]


def policies_for(job: Job) -> dict[str, Any]:
    out: dict[str, Any] = {OURS: job.policy}
    for peer in PEERS:
        out[peer.name] = job.package.PollPolicy(peer.initial, peer.multiplier, peer.maximum, jitter=0.0)
    return out


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


def run_fast(
    job: Job,
    policy: Any,
    durations: list[float],
    seeds: list[int],
    on_poll: Callable[[FakeClock], None] | None = None,
) -> Outcome:
    """The real wait loop and TaskEndpoint; `fetch` hands back pre-parsed responses (no HTTP)."""
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

    def parsed(done: bool) -> Any:
        response = httpx.Response(200, content=task_body(job, TASK_ID, done), request=request)
        return api._build_response(client=client, response=response)

    running, finished = parsed(False), parsed(True)
    state = {"end": 0.0, "polls": 0}

    def fetch(_client: Any, _task_id: str) -> Any:
        state["polls"] += 1
        if on_poll is not None:
            on_poll(clock)
        return finished if clock.elapsed >= state["end"] else running

    fast = dataclasses.replace(_task_endpoint(job), fetch=fetch)
    timeout = _default_timeout(job)
    requests, lags = [], []
    for duration, seed in zip(durations, seeds, strict=True):
        _restart(clock)
        state["end"], state["polls"] = duration, 0
        random.seed(seed)
        waiting.wait(fast, client, TASK_ID, timeout=timeout, policy=policy)
        requests.append(int(state["polls"]))
        lags.append(clock.elapsed - duration)
    return Outcome(requests, lags, list(durations))


def run_schedule(job: Job, policy: Any, durations: list[float]) -> Outcome:
    """For a jitter-free policy the poll times do not depend on the job: the fast path records them once,
    on a job that outlasts the band, and each job is read off that schedule."""
    if policy.jitter:
        raise ValueError("only a jitter-free policy has one schedule for every job")
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
    bodies = {False: task_body(job, TASK_ID, False), True: task_body(job, TASK_ID, True)}
    clock = FakeClock()
    state = {"end": 0.0, "polls": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        state["polls"] += 1
        body = bodies[clock.elapsed >= state["end"]]
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


def _stats(outcome: Outcome) -> dict[str, float]:
    return {
        "req_median": median(outcome.requests),
        "req_p95": p95(outcome.requests),
        "lag_median": median(outcome.lags),
        "lag_p95": p95(outcome.lags),
        "rel_median": median(outcome.relative),
        "rel_p95": p95(outcome.relative),
    }


def _dominates(peer: dict[str, float], ours: dict[str, float]) -> bool:
    return peer["req_median"] < ours["req_median"] and peer["lag_median"] < ours["lag_median"]


def _describe_policy(policy: Any) -> str:
    if policy.multiplier == 1:
        text = f"every {policy.initial:g} s"
    else:
        text = f"{policy.initial:g} s ×{policy.multiplier:g} to {policy.maximum:g} s"
    return text + (f", jitter {policy.jitter:g}" if policy.jitter else "")


def run(
    smoke: bool = False, *, per_band: int | None = None, checked: int | None = None, plot: Path | None = None
) -> Section:
    per_band = per_band or (6 if smoke else 1000)
    checked = checked if checked is not None else (2 if smoke else 25)
    budget = 200 if smoke else FULL_CHECK_POLLS
    rows: list[list[str]] = []
    targets: list[Target] = []
    points: dict[str, dict[str, dict[str, float]]] = {}
    checked_jobs = 0
    band_rows: list[list[str]] = []
    for band in bands(smoke):
        job = band.job
        rng = random.Random(f"durations-{band.key}")
        durations = [rng.uniform(band.low, band.high) for _ in range(per_band)]
        stats: dict[str, dict[str, float]] = {}
        policies = policies_for(job)
        for name, policy in policies.items():
            seeds = [_seed(band, name, i) for i in range(per_band)]
            outcome = run_fast(job, policy, durations, seeds) if policy.jitter else run_schedule(job, policy, durations)
            # end-to-end check on the first jobs, within a budget of polls (the fast pollers' jobs are long)
            n = 0 if smoke else 1  # a full run checks at least one job of every policy, however long
            while n < min(checked, per_band) and sum(outcome.requests[: n + 1]) <= budget:
                n += 1
            full = run_full(job, policy, durations[:n], seeds[:n])
            fast = run_fast(job, policy, durations[:n], seeds[:n])
            for other in (full, fast) if n else ():
                agree = other.requests == outcome.requests[:n] and all(
                    abs(a - b) < 1e-9 for a, b in zip(other.lags, outcome.lags, strict=False)
                )
                if not agree:
                    raise AssertionError(f"{label(job)} / {name}: the end-to-end and fast paths disagree")
            checked_jobs += n
            stats[name] = _stats(outcome)
        ours = stats[OURS]
        beaten_by = [name for name, s in stats.items() if name != OURS and _dominates(s, ours)]
        title = f"{label(job)} ({band.label})"
        points[title] = stats
        for name, s in stats.items():
            rows.append(
                [
                    title if name == OURS else "",
                    f"**{name}**" if name == OURS else name,
                    _describe_policy(policies[name]),
                    f"{s['req_median']:g}",
                    f"{s['req_p95']:.0f}",
                    f"{s['lag_median']:.2f}",
                    f"{s['lag_p95']:.2f}",
                    f"{s['rel_median']:.1%}",
                    "—" if name == OURS else ("**yes**" if name in beaten_by else "no"),
                ]
            )
        band_rows.append([label(job), band.label, band.source])
        targets.append(
            Target(f"{title}: peers better on both requests and lag", len(beaten_by), 0,
                   fix_tried=", ".join(beaten_by))
        )  # fmt: skip
        targets.append(Target(f"{title}: our median lag / job duration", ours["rel_median"], LAG_LIMIT))
    section = Section(
        title="1. Polling efficiency (virtual clock)",
        method=(
            f"{per_band} jobs per band, durations uniform in the band (the same jobs for every policy), each waited on "
            "from its submission (first poll at once). Requests: polls up to and including the one that sees the "
            "job done. Lag: that poll's time minus the job's end. \"Better on both\" compares medians: fewer "
            "requests and less lag. Figures come from the packages' own wait loop and TaskEndpoints on a virtual "
            "clock, with `fetch` handing back the generated parser's result for the stand-in's running and done "
            "bodies; a jitter-free peer's poll times do not depend on the job, so its loop runs once per band and "
            "each job is read off those times. Cross-check: the first jobs of every band and policy "
            f"({checked_jobs} in all, up to {checked} each within {budget} polls, at least one) were also waited "
            "on end to end through the public helper (create_client + httpx.MockTransport serving those bodies) "
            "with the same jitter seeds, and requests and lag agreed exactly."
        ),
        columns=["band", "policy", "schedule", "requests median", "requests p95", "lag median (s)", "lag p95 (s)",
                 "lag / duration median", "better than ours on both?"],
        rows=rows,
        targets=targets,
        extra_tables=[("Job-duration bands and their sources (each provider's jobs.yaml, `duration`)",
                       ["job kind", "band", "source or reason"], band_rows)],
        data={"points": points},
    )  # fmt: skip
    section.notes.append(
        "Each default policy's reason, including the runs of this benchmark that changed it, is its `policy_why` "
        "in the provider's jobs.yaml (overlays/providers/<name>/jobs.yaml)."
    )
    missing = [label(job) for job in unbanded()]
    if missing:
        section.notes.append(f"Not measured (no `duration` in jobs.yaml): {', '.join(missing)}.")
    if plot is not None:
        _plot(points, plot)
        section.notes.append(f"Plot: [{plot.name}]({plot.name}) (median requests against median lag, per band).")
    return section


def _plot(points: dict[str, dict[str, dict[str, float]]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(next(iter(points.values())))
    markers = ["*", "o", "s", "^", "v", "D", "P", "X", "h"]
    colors = plt.get_cmap("tab10")
    cols = 3
    rows = -(-(len(points) + 1) // cols)
    fig, axes = plt.subplots(rows, cols, figsize=(5.2 * cols, 4.4 * rows), squeeze=False)
    flat = [ax for row in axes for ax in row]
    for ax, (title, stats) in zip(flat, points.items(), strict=False):
        ours = stats[OURS]
        for i, name in enumerate(names):
            s = stats[name]
            is_ours = name == OURS
            ax.scatter(
                s["req_median"], s["lag_median"],
                marker=markers[i % len(markers)], s=260 if is_ours else 70,
                color="black" if is_ours else colors(i % 10), zorder=3 if is_ours else 2, label=name,
            )  # fmt: skip
            ax.annotate(
                "ours" if is_ours else name, (s["req_median"], s["lag_median"]), textcoords="offset points",
                xytext=(7, 4), fontsize=7.5, fontweight="bold" if is_ours else "normal",
            )  # fmt: skip
        ax.set_xscale("log")
        ax.set_yscale("log")
        x0 = min(s["req_median"] for s in stats.values()) / 1.6
        y0 = min(s["lag_median"] for s in stats.values()) / 1.6
        ax.set_xlim(x0, max(s["req_median"] for s in stats.values()) * 2.5)
        ax.set_ylim(y0, max(s["lag_median"] for s in stats.values()) * 1.8)
        ax.fill_between(
            [x0, ours["req_median"]], y0, ours["lag_median"], color="red", alpha=0.08, zorder=0,
            label="better than ours on both (empty = target met)",
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
    fig.suptitle("Polling efficiency per job-duration band: lower left is better (fewer requests, less lag)")
    fig.tight_layout(rect=(0, 0, 1, 0.96))
    fig.savefig(path, dpi=100)
    plt.close(fig)
