"""A wait a webhook can wake (issue 13): `wake=` (a threading.Event, an asyncio.Event for the _async helpers)
makes the wait poll at once when set, and clears it; the poll decides, so a wake for a job still running changes
nothing; between wakes the slower safety schedule applies; a server's Retry-After holds against a wake; the wrong
kind of event is refused before anything is sent. Live against the stand-in on the virtual clock (timers stand for
webhooks arriving), and once on the real clock."""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import MODES, Job, jobs
from tests.doubles.request_log import RequestLog
from tests.doubles.standin import examples
from tests.doubles.standin.server import RETRY_AFTER_SECONDS

ALL = pytest.mark.parametrize("job", jobs(), ids=str)
BOTH = pytest.mark.parametrize("mode", MODES)
BANDED = [job for job in jobs() if job.kind.duration is not None]
FIRST_CREATES = {job.provider.key: job for job in jobs() if job.creates}


def _event(mode: str) -> threading.Event | asyncio.Event:
    return threading.Event() if mode == "sync" else asyncio.Event()


def _times(clock: FakeClock, seen: list[float]) -> Callable[[Any], None]:
    return lambda task: seen.append(clock.elapsed)


@ALL
@BOTH
def test_each_wake_polls_at_once_and_the_job_ends_at_the_webhook(
    job: Job, mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    wake = _event(mode)
    log = RequestLog()
    polls: list[float] = []
    clock.call_at(clock.now + 5.0, wake.set)  # a webhook: "something changed"
    clock.call_at(clock.now + 7.5, wake.set)  # another: the job's end
    task = job.run(
        mode,
        make_client(job.provider.key, httpx_args={"transport": log}),
        task_id("after3"),
        wake=wake,
        on_progress=_times(clock, polls),
    )
    assert job.status_of(task) == job.statuses.success
    assert polls == [0.0, 5.0, 7.5]  # no lag: each wake's poll is made at once
    assert len(log) == 3
    assert [w.woken for w in clock.waits] == [True, True]
    assert not wake.is_set()  # each wake was taken by the poll it caused
    assert clock.sleeps == []


@pytest.mark.parametrize("job", BANDED, ids=str)
@BOTH
def test_a_webhook_at_the_jobs_end_costs_at_most_three_requests(
    job: Job, mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    schedule = job.schedule
    assert job.kind.duration is not None
    start, end = job.kind.duration
    every = schedule.wake_interval
    safety = end if end > every else every  # the first safety poll (jittered down by up to jitter x every)
    early = safety - schedule.jitter * every
    for n, duration in enumerate((start, (start + end) / 2, early - 1.0, safety + every / 2)):
        log = RequestLog()
        polls: list[float] = []
        wake = _event(mode)
        began = clock.now
        clock.call_at(began + duration, wake.set)
        scenario = "after2" if duration < early else "after3"  # the safety poll, when made first, sees it running
        job.run(
            mode,
            make_client(job.provider.key, httpx_args={"transport": log}),
            task_id(scenario, str(n)),
            wake=wake,
            on_progress=_times(clock, polls),
        )
        assert len(log) <= 3, (duration, polls)
        assert clock.now - began == pytest.approx(duration)  # ended by the webhook's poll: no lag


@pytest.mark.parametrize("job", BANDED, ids=str)
def test_without_a_webhook_the_safety_schedule_polls_at_the_band_end_then_every_wake_interval(
    job: Job, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    schedule = job.schedule
    assert job.kind.duration is not None
    end = job.kind.duration[1]
    polls: list[float] = []
    with pytest.raises(job.package.WaitTimeoutError):
        job.run(
            "sync",
            make_client(job.provider.key),
            task_id("never"),
            wake=threading.Event(),
            timeout=end + 3 * schedule.wake_interval,
            on_progress=_times(clock, polls),
        )
    jitter, every = schedule.jitter, schedule.wake_interval
    assert polls[0] == 0.0
    first = end if end > every else every
    assert first - jitter * every <= polls[1] <= first
    gaps = [after - before for before, after in itertools.pairwise(polls[1:])][:-1]  # the last: to the deadline
    assert gaps and all(every * (1 - jitter) - 1e-9 <= gap <= every for gap in gaps)
    assert not any(w.woken for w in clock.waits)


@BOTH
def test_a_wake_for_a_job_still_running_changes_nothing_but_one_poll(
    mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    job = jobs()[0]
    wake = _event(mode)
    polls: list[float] = []
    for at in (3.0, 3.0, 9.0):  # a forged callback, replayed, and another
        clock.call_at(clock.now + at, wake.set)
    with pytest.raises(job.package.WaitTimeoutError) as caught:
        job.run(
            mode,
            make_client(job.provider.key),
            task_id("never"),
            wake=wake,
            timeout=30.0,
            on_progress=_times(clock, polls),
        )
    assert polls[:3] == [0.0, 3.0, 9.0]  # one poll per wake (the replay came while the first was being taken)
    assert caught.value.last_status == job.statuses.working
    assert clock.elapsed == pytest.approx(30.0)  # the deadline held; the wake did not end the wait


@pytest.mark.parametrize("job", BANDED, ids=str)
def test_a_woken_poll_that_finds_the_job_running_is_followed_up_on_the_schedule_once(
    job: Job, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    schedule = job.schedule
    assert job.kind.duration is not None
    start, end = job.kind.duration
    woken_at = (start + end) / 2  # a webhook that ran ahead of the status it announces
    wake = threading.Event()
    clock.call_at(clock.now + woken_at, wake.set)
    polls: list[float] = []
    with pytest.raises(job.package.WaitTimeoutError):
        job.run(
            "sync",
            make_client(job.provider.key),
            task_id("never"),
            wake=wake,
            timeout=woken_at + 2 * schedule.step,
            on_progress=_times(clock, polls),
        )
    assert polls[1] == pytest.approx(woken_at)
    low, high = schedule.delay_bounds(2, elapsed=woken_at)  # the schedule's own delay, not the safety one
    assert low - 1e-9 <= polls[2] - polls[1] <= high + 1e-9
    assert high < schedule.wake_interval


@BOTH
def test_a_wake_set_before_the_wait_is_taken_by_its_first_poll(
    mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    job = jobs()[0]
    wake = _event(mode)
    wake.set()
    log = RequestLog()
    task = job.run(
        mode, make_client(job.provider.key, httpx_args={"transport": log}), task_id("done"), wake=wake, timeout=30.0
    )
    assert job.status_of(task) == job.statuses.success
    assert len(log) == 1 and not wake.is_set()


@BOTH
def test_a_wake_waits_for_the_servers_retry_after(
    mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    job = jobs()[0]
    wake = _event(mode)
    clock.call_at(clock.now + RETRY_AFTER_SECONDS / 2, wake.set)
    log = RequestLog()
    task = job.run(
        mode, make_client(job.provider.key, httpx_args={"transport": log}), task_id("ratelimited"), wake=wake
    )
    assert job.status_of(task) == job.statuses.success
    assert clock.sleeps == [float(RETRY_AFTER_SECONDS)] and clock.waits == []
    assert len(log) == 2 and not wake.is_set()


@BOTH
def test_a_wake_before_the_deadline_is_answered_then_the_deadline_holds(
    mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    job = jobs()[0]
    wake = _event(mode)
    clock.call_at(clock.now + 10.0, wake.set)
    polls: list[float] = []
    with pytest.raises(job.package.WaitTimeoutError):
        job.run(
            mode,
            make_client(job.provider.key),
            task_id("never"),
            wake=wake,
            timeout=20.0,
            on_progress=_times(clock, polls),
        )
    assert polls == [0.0, 10.0, 20.0]  # woken inside the safety sleep that ran to the deadline, then the last poll


@pytest.mark.parametrize("key", sorted(FIRST_CREATES), ids=str)
@BOTH
def test_create_and_wait_can_be_woken(
    key: str, mode: str, make_client: Callable[..., Any], clock: FakeClock, standin: Any
) -> None:
    job = FIRST_CREATES[key]
    create, op = job.creates[0]
    found = examples.request_example(examples.spec(op.provider.key), op.definition)
    assert found is not None
    body = found[1]
    wake = _event(mode)
    clock.call_at(clock.now + 4.0, wake.set)
    clock.call_at(clock.now + 6.0, wake.set)
    helper = getattr(job.package, create.helper if mode == "sync" else f"{create.helper}_async")
    client = make_client(job.provider.key)
    task = helper(client, body, wake=wake) if mode == "sync" else asyncio.run(helper(client, body, wake=wake))
    assert job.status_of(task) == job.statuses.success  # the stand-in's `progress`: pending, working, done
    assert clock.elapsed == pytest.approx(6.0)


@ALL
@BOTH
def test_the_wrong_kind_of_wake_is_refused_before_any_request(
    job: Job, mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    log = RequestLog()
    client = make_client(job.provider.key, httpx_args={"transport": log})
    wrong: list[object] = [True, "now", _event("async" if mode == "sync" else "sync")]
    for bad in wrong:
        with pytest.raises(job.package.InvalidArgumentError) as caught:
            job.run(mode, client, task_id("done"), wake=bad)
        assert caught.value.argument == "wake"
        assert "Event" in str(caught.value)
    with pytest.raises(job.package.InvalidArgumentError) as caught:
        job.run(mode, client, task_id("done"), elapsed=-5.0)
    assert caught.value.argument == "elapsed"
    assert len(log) == 0


class _PlainClock:
    """A clock with only the three methods a clock always had: a wake is then seen when a sleep ends."""

    def __init__(self, inner: FakeClock) -> None:
        self.inner = inner

    def monotonic(self) -> float:
        return self.inner.monotonic()

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        await self.inner.async_sleep(seconds)


@BOTH
def test_a_clock_without_event_waits_still_serves_a_wake(
    mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    job = jobs()[0]
    wake = _event(mode)
    clock.call_at(clock.now + 5.0, wake.set)
    client = make_client(job.provider.key, clock=_PlainClock(clock))
    task = job.run(mode, client, task_id("after2"), wake=wake)
    assert job.status_of(task) == job.statuses.success
    low, high = job.schedule.delay_bounds(1, elapsed=0.0, wake=True)
    assert len(clock.sleeps) == 1 and low <= clock.sleeps[0] <= high  # the whole safety delay was slept
    assert not wake.is_set()


def test_a_real_clock_wakes_a_sleeping_wait_at_once(
    make_client: Callable[..., Any], task_id: Callable[..., str]
) -> None:
    job = jobs()[0]
    client = make_client(job.provider.key, clock=None)  # the real clock: the wait sleeps on the event
    wake = threading.Event()
    timer = threading.Timer(0.2, wake.set)
    began = time.monotonic()
    timer.start()
    try:
        task = job.run("sync", client, task_id("after2"), wake=wake, timeout=20.0)
    finally:
        timer.cancel()
        timer.join()
    assert job.status_of(task) == job.statuses.success
    assert time.monotonic() - began < 5.0  # not the minute of the safety schedule

    async def woken_async() -> Any:
        event = asyncio.Event()
        asyncio.get_running_loop().call_later(0.2, event.set)
        helper = getattr(job.package, f"{job.kind.helper}_async")
        return await helper(client, task_id("after2", "async"), wake=event, timeout=20.0)

    began = time.monotonic()
    assert job.status_of(asyncio.run(woken_async())) == job.statuses.success
    assert time.monotonic() - began < 5.0
