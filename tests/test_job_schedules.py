"""Schedules that know the job (issue 13): every kind's default JobSchedule is its jobs.yaml data (band, interval,
progress fields, policy) and quotes their sources; a wait on it polls at submission, once at the band's start,
evenly inside the band and within the policy's maximum past it; a kind with no band keeps its PollPolicy; jitter
only shortens delays; progress brings the next poll forward; a learning schedule records finished jobs and polls
from the band they span. Live against the stand-in on the virtual clock, and on the schedule's own arithmetic."""

from __future__ import annotations

import copy
import dataclasses
import importlib
import inspect
import itertools
import random
from collections.abc import Callable
from typing import Any

import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import MODES, Job, jobs
from tests.doubles.standin import answers
from tests.doubles.standin import scenarios as sc

ALL = pytest.mark.parametrize("job", jobs(), ids=str)
BOTH = pytest.mark.parametrize("mode", MODES)
BANDED = [job for job in jobs() if job.kind.duration is not None]
UNBANDED = [job for job in jobs() if job.kind.duration is None]
PROGRESS = [job for job in jobs() if job.kind.progress_fraction is not None and job.kind.duration is not None]
FIRST = jobs()[0]


def _words(text: str) -> str:
    return " ".join(text.split())


def _times(clock: FakeClock, seen: list[float]) -> Callable[[Any], None]:
    """An on_progress that notes when each poll was answered, from the start of the wait (made now)."""
    began = clock.elapsed
    return lambda task: seen.append(clock.elapsed - began)


def _running_fraction(job: Job) -> float:
    """The fraction done that the stand-in's running task reports (its documented progress example)."""
    assert job.kind.progress_fraction is not None
    _, body = answers.task_body(job, "never-x", sc.WORKING)
    task = body if job.kind.task == "." else body[job.kind.task]
    done, total = (_dig(task, path) for path in job.kind.progress_fraction)
    return float(done) / float(total)


def _dig(node: Any, path: str) -> Any:
    for name in path.split("."):
        node = node[name]
    return node


def test_the_registry_has_kinds_of_every_sort() -> None:
    assert BANDED, "no kind documents a duration band: the band schedule is untested"
    assert UNBANDED, "every kind has a band: the PollPolicy fallback is untested"
    assert PROGRESS, "no kind reports progress as data: the progress estimate is untested"


@ALL
def test_each_default_schedule_is_its_jobs_yaml(job: Job) -> None:
    schedule = job.schedule
    kind = job.kind
    assert isinstance(schedule, job.package.JobSchedule)
    assert schedule.policy == job.policy == job.package.PollPolicy(**kind.policy)  # DEFAULT_POLICIES stays
    assert schedule.band == kind.duration
    assert schedule.interval == kind.interval
    assert schedule.progress == kind.progress_fraction
    assert schedule.name == kind.helper
    assert schedule.history is None
    assert schedule.step <= schedule.maximum
    assert set(job.package.DEFAULT_SCHEDULES) == set(job.package.DEFAULT_POLICIES)
    with pytest.raises(dataclasses.FrozenInstanceError):
        schedule.interval = 1.0
    assert hash(schedule) == hash(dataclasses.replace(schedule))


@ALL
def test_each_default_schedule_quotes_where_its_figures_come_from(job: Job) -> None:
    source = _words(inspect.getsource(importlib.import_module(f"{job.provider.package}.lib.jobs")))
    const = job.kind.key.upper()
    block = source.split(f"{const}_SCHEDULE = JobSchedule(", 1)[1].split(f"{const}_TIMEOUT = ", 1)[0]
    if job.kind.duration_source:
        assert _words(job.kind.duration_source) in block
    if job.kind.interval is not None:
        assert _words(job.kind.interval_why) in block
    assert f"`{const}_POLICY`" in block
    assert _words(job.kind.policy_why) in source.split(f"{const}_POLICY = PollPolicy(", 1)[1]


@pytest.mark.parametrize("job", BANDED, ids=str)
@BOTH
def test_a_banded_wait_polls_at_once_at_the_band_start_then_evenly_then_within_the_maximum(
    job: Job, mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    schedule = job.schedule
    assert job.kind.duration is not None
    start, end = job.kind.duration
    timeout = end + 4 * schedule.maximum
    polls: list[float] = []
    with pytest.raises(job.package.WaitTimeoutError):
        job.run(
            mode, make_client(job.provider.key), task_id("never"), timeout=timeout, on_progress=_times(clock, polls)
        )
    step, jitter = schedule.step, schedule.jitter
    assert polls[0] == 0.0  # the first poll is immediate
    first = max(start, step)
    assert first - jitter * step <= polls[1] <= first  # the next at the band's start: nothing before it
    assert sum(1 for t in polls if t < first - jitter * step) == 1
    gaps = [(before, after - before) for before, after in itertools.pairwise(polls)][1:-1]
    inside = [gap for before, gap in gaps if before < end]
    past = [gap for before, gap in gaps if before >= end]
    assert inside and past  # the wait ran through the band and past its end
    assert all(step * (1 - jitter) - 1e-9 <= gap <= step + 1e-9 for gap in inside)
    assert all(schedule.maximum * (1 - jitter) - 1e-9 <= gap <= schedule.maximum + 1e-9 for gap in past)
    assert max(gap for _, gap in gaps) <= schedule.maximum + 1e-9


@pytest.mark.parametrize("job", UNBANDED, ids=str)
def test_a_kind_without_a_band_keeps_its_policy(
    job: Job, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    policy, schedule = job.policy, job.schedule
    with pytest.raises(job.package.WaitTimeoutError):
        job.run("sync", make_client(job.provider.key), task_id("never"), timeout=8 * policy.maximum)
    for attempt, slept in enumerate(clock.sleeps[:-1], start=1):  # the last one ends at the deadline
        base = policy.base_delay(attempt)
        assert base * (1 - policy.jitter) <= slept <= base
    for attempt in range(1, 30):
        assert schedule.base_delay(attempt) == policy.base_delay(attempt)
        assert schedule.delay_bounds(attempt) == pytest.approx(
            (policy.base_delay(attempt) * (1 - policy.jitter), policy.base_delay(attempt))
        )


@ALL
def test_poll_time_is_where_the_unjittered_delays_lead(job: Job) -> None:
    schedule = job.schedule
    assert schedule.poll_time(1) == 0.0
    for attempt in range(1, 400):
        now = schedule.poll_time(attempt)
        assert schedule.poll_time(attempt + 1) - now == pytest.approx(schedule.base_delay(attempt, elapsed=now))
        assert schedule.base_delay(attempt) == pytest.approx(schedule.base_delay(attempt, elapsed=now))


@pytest.mark.parametrize("job", BANDED, ids=str)
def test_jitter_drifts_waits_apart_and_never_lengthens_a_delay(job: Job) -> None:
    schedule = job.schedule
    random.seed(13)
    runs = []
    for _ in range(40):
        now, times = 0.0, [0.0]
        for attempt in range(1, 40):
            low, high = schedule.delay_bounds(attempt, elapsed=now)
            delay = schedule.next_delay(attempt, elapsed=now)
            assert low <= delay <= high
            assert high <= max(schedule.maximum, schedule.base_delay(1, elapsed=0.0))
            now += delay
            times.append(now)
        runs.append(times)
    assert len({round(times[-1], 6) for times in runs}) == len(runs)  # started together, they drifted apart


def test_retry_after_wins_over_the_schedule() -> None:
    schedule = FIRST.schedule
    assert schedule.next_delay(2, 7.5, elapsed=3.0) == 7.5
    assert schedule.next_delay(2, -1.0, elapsed=3.0) == 0.0


@pytest.mark.parametrize("job", PROGRESS, ids=str)
def test_progress_brings_the_next_poll_forward_never_past_the_schedule_nor_sooner_than_initial(job: Job) -> None:
    schedule = job.schedule
    assert job.kind.duration is not None
    now = job.kind.duration[0] + 10 * schedule.step  # inside the band
    left = (schedule.initial + schedule.step) / 2
    fraction = now / (now + left)  # the estimated end is `left` from now
    low, high = schedule.delay_bounds(5, elapsed=now, fraction=fraction)
    assert high == pytest.approx(left)
    assert low == pytest.approx(left * (1 - schedule.jitter))
    assert schedule.base_delay(5, elapsed=now, fraction=0.999999) == schedule.initial
    for slow in (0.001, None, 0.0, 1.0):
        assert schedule.base_delay(5, elapsed=now, fraction=slow) == schedule.step


@pytest.mark.parametrize("job", PROGRESS, ids=str)
@BOTH
def test_a_wait_on_a_running_task_polls_near_its_estimated_end(
    job: Job, mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    schedule = job.schedule
    fraction = _running_fraction(job)
    assert job.kind.duration is not None
    left = job.kind.duration[0] / 4  # well before the band's start, yet the task says it is nearly done
    age = left * fraction / (1 - fraction)  # a job that ran `age` seconds and is `fraction` done
    assert left > schedule.initial
    with pytest.raises(job.package.WaitTimeoutError):
        job.run(mode, make_client(job.provider.key), task_id("never"), timeout=left, elapsed=age)
    assert left * (1 - schedule.jitter) <= clock.sleeps[0] <= left + 1e-9


@pytest.mark.parametrize("job", PROGRESS, ids=str)
def test_fraction_of_reads_the_providers_progress_fields(job: Job) -> None:
    schedule = job.schedule
    _, body = answers.task_body(job, "never-x", sc.WORKING)
    task = body if job.kind.task == "." else body[job.kind.task]
    parsed = getattr(job.package.models, job.kind.model).from_dict(task)
    assert schedule.fraction_of(parsed) == pytest.approx(_running_fraction(job))
    assert schedule.fraction_of(task) == pytest.approx(_running_fraction(job))  # a mapping reads the same
    done, total = schedule.progress
    for bad in ({}, {"x": 1}, _with(task, done, True), _with(task, done, -1), _with(task, total, 0),
                _with(task, done, 10**9), _with(task, total, "87")):  # fmt: skip
        assert schedule.fraction_of(bad) is None


def _with(task: Any, path: str, value: Any) -> dict[str, Any]:
    changed: dict[str, Any] = copy.deepcopy(task)
    node = changed
    *parents, last = path.split(".")
    for name in parents:
        node = node[name]
    node[last] = value
    return changed


def test_a_duration_history_learns_a_band_from_enough_jobs() -> None:
    package = FIRST.package
    history = package.DurationHistory(keep=3, min_jobs=2)
    history.record("k", 100.0)
    assert history.band("k") is None
    history.record("k", 80.0)
    assert history.band("k") == pytest.approx((72.0, 100.0))
    history.record("k", 90.0)
    history.record("k", 95.0)  # the oldest (100) is dropped
    assert history.durations("k") == (80.0, 90.0, 95.0)
    assert history.band("other") is None
    assert "recorded" in repr(history)
    for kwargs, argument in (({"keep": 0}, "keep"), ({"min_jobs": True}, "min_jobs")):
        with pytest.raises(package.InvalidArgumentError) as caught:
            package.DurationHistory(**kwargs)
        assert caught.value.argument == argument
    with pytest.raises(package.InvalidArgumentError):
        history.record("k", -1.0)
    with pytest.raises(package.InvalidArgumentError):
        history.record(1, 5.0)


@pytest.mark.parametrize("job", BANDED, ids=str)
def test_a_learning_schedule_records_finished_jobs_and_then_polls_from_their_band(
    job: Job, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    learning = job.schedule.learning()
    assert learning.history is not None and job.schedule.history is None  # the default stays as it was
    client = make_client(job.provider.key)
    ends: list[tuple[float, float]] = []
    for n in range(learning.history.min_jobs):
        polls: list[float] = []
        job.run("sync", client, task_id("after3", str(n)), policy=learning, on_progress=_times(clock, polls))
        ends.append((polls[-2], polls[-1]))
    recorded = learning.history.durations(learning.name)
    assert recorded == pytest.approx([(a + b) / 2 for a, b in ends])  # the middle of the last two polls
    band = learning.current_band()
    assert band == pytest.approx((0.9 * min(recorded), max(recorded)))
    assert job.schedule.current_band() == job.kind.duration
    polls = []
    with pytest.raises(job.package.WaitTimeoutError):
        job.run("sync", client, task_id("never"), policy=learning, timeout=band[1], on_progress=_times(clock, polls))
    first = max(band[0], learning.step)
    assert first - learning.jitter * learning.step <= polls[1] <= first


def test_a_schedule_refuses_bad_values() -> None:
    package = FIRST.package
    policy = package.PollPolicy(initial=1.0, multiplier=2.0, maximum=8.0, jitter=0.1)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"policy": 5.0}, "policy"),
        ({"band": (10.0,)}, "band"),
        ({"band": (20.0, 10.0)}, "band"),
        ({"band": (-1.0, 10.0)}, "band"),
        ({"band": (float("nan"), 10.0)}, "band"),
        ({"interval": 0.0}, "interval"),
        ({"interval": 9.0}, "interval"),
        ({"interval": True}, "interval"),
        ({"progress": ("done",)}, "progress"),
        ({"progress": ("done", "")}, "progress"),
        ({"wake_interval": 7.0}, "wake_interval"),
        ({"history": {}}, "history"),
        ({"name": 3}, "name"),
    ]
    for change, argument in cases:
        values: dict[str, Any] = {"policy": policy, **change}
        with pytest.raises(package.InvalidArgumentError) as caught:
            package.JobSchedule(**values)
        assert caught.value.argument == argument, change
    schedule = package.JobSchedule(policy, band=(10, 20), interval=2)
    assert schedule.band == (10.0, 20.0) and schedule.interval == 2.0
    for bad, argument in ((0, "attempt"), (True, "attempt"), ("2", "attempt")):
        with pytest.raises(package.InvalidArgumentError) as caught:
            schedule.next_delay(bad)
        assert caught.value.argument == argument
    with pytest.raises(package.InvalidArgumentError) as caught:
        schedule.next_delay(2, elapsed=-1.0)
    assert caught.value.argument == "elapsed"
    with pytest.raises(package.InvalidArgumentError):
        schedule.learning(history={})
