"""What a poll reports when the request never got an answer on a plain generated `AuthenticatedClient` (no
retrying transport to turn httpx's errors into the package's), and what a `DurationHistory` accepts and shows:

- a connection failure is ApiConnectionError and a timeout ApiTimeoutError, naming the method and the URL;
  one raised before any request was made (by an event hook) says what it was, with no method or URL;
- the delay after such a failed poll is the schedule's for the first poll, at the elapsed time given;
- a schedule whose band starts within one step, has no length, or lasts under a second polls at known times;
  its delay is the maximum far past the band, the band's end with a wake source, and the estimated end when
  the job reports progress;
- a history records any positive duration (under a second too), refuses zero, keeps 50 and needs 3 by
  default, accepts 1 for both, and its repr counts the durations per kind.

Every provider's first job kind is used (tests/doubles/endpoints.py); an httpx.MockTransport answers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.doubles.endpoints import Job, jobs

FIRST_JOBS = list({job.provider.key: job for job in reversed(jobs())}.values())
EACH = pytest.mark.parametrize("job", FIRST_JOBS, ids=str)
MODES = pytest.mark.parametrize("mode", ["sync", "async"])


def plain(job: Job, handle: Callable[[httpx.Request], httpx.Response], **httpx_args: Any) -> Any:
    return job.package.AuthenticatedClient(
        base_url=job.provider.base_url,
        token="k",
        httpx_args={"transport": httpx.MockTransport(handle), **httpx_args},
    )


@EACH
@MODES
@pytest.mark.parametrize(
    ("failure", "error_name"),
    [(httpx.ConnectError, "ApiConnectionError"), (httpx.ReadTimeout, "ApiTimeoutError")],
    ids=["connect", "timeout"],
)
def test_a_poll_without_an_answer_names_the_request(
    job: Job, mode: str, failure: type[httpx.TransportError], error_name: str
) -> None:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        raise failure("no answer", request=request)

    result = job.poll(mode, plain(job, handle), "task-1")
    error = result.error
    assert result.done is False
    assert type(error) is getattr(job.package, error_name)
    url = str(seen[0].url)
    assert str(error) == f"GET {url} failed ({failure.__name__})"
    assert (error.method, error.url) == ("GET", url)


@EACH
def test_a_failure_before_any_request_says_what_it_was(job: Job) -> None:
    def refuse(request: httpx.Request) -> None:
        raise httpx.ConnectError("circuit open")

    def handle(request: httpx.Request) -> httpx.Response:
        raise AssertionError("the hook stops the request first")

    result = job.poll("sync", plain(job, handle, event_hooks={"request": [refuse]}), "task-1")
    error = result.error
    assert type(error) is job.package.ApiConnectionError
    assert str(error) == "ConnectError: circuit open"
    assert (error.method, error.url) == (None, None)


@EACH
def test_a_history_records_a_duration_under_a_second(job: Job) -> None:
    history = job.package.DurationHistory()
    history.record("kind", 0.5)
    assert history.durations("kind") == (0.5,)


@EACH
def test_a_history_refuses_a_zero_duration(job: Job) -> None:
    history = job.package.DurationHistory()
    with pytest.raises(job.package.InvalidArgumentError) as raised:
        history.record("kind", 0)
    assert str(raised.value) == "seconds must be > 0, not 0"
    assert history.durations("kind") == ()


@EACH
def test_a_historys_repr_counts_the_durations_of_each_kind(job: Job) -> None:
    history = job.package.DurationHistory(keep=5, min_jobs=2)
    for name, seconds in (("a", 10.0), ("b", 20.0), ("a", 30.0)):
        history.record(name, seconds)
    assert repr(history) == "DurationHistory(keep=5, min_jobs=2, recorded={'a': 2, 'b': 1})"


@EACH
@MODES
@pytest.mark.parametrize("elapsed", [None, 5000.0], ids=["first-poll", "long-after-submission"])
def test_a_failed_poll_is_followed_on_the_schedule_at_its_elapsed_time(
    job: Job, mode: str, elapsed: float | None
) -> None:
    """No `attempt` given: the poll is the first; `elapsed` places it on the schedule (far past the band)."""

    def handle(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no answer", request=request)

    options = {} if elapsed is None else {"elapsed": elapsed}
    result = job.poll(mode, plain(job, handle), "task-1", **options)
    low, high = job.schedule.delay_bounds(1, elapsed=elapsed)
    assert low <= result.delay <= high


@EACH
def test_a_history_by_default_keeps_50_durations_and_needs_3(job: Job) -> None:
    history = job.package.DurationHistory()
    assert repr(history) == "DurationHistory(keep=50, min_jobs=3, recorded={})"
    for seconds in range(1, 53):
        history.record("kind", float(seconds))
    assert history.durations("kind") == tuple(float(s) for s in range(3, 53))


@EACH
def test_a_history_of_one_duration_is_accepted(job: Job) -> None:
    history = job.package.DurationHistory(keep=1, min_jobs=1)
    history.record("kind", 10.0)
    history.record("kind", 20.0)
    assert history.durations("kind") == (20.0,)
    assert history.band("kind") == (18.0, 20.0)


@EACH
@pytest.mark.parametrize(
    ("band", "times"),
    [
        ((5.0, 40.0), [0.0, 10.0, 20.0, 30.0, 40.0]),  # a band that starts within one step: the first poll after a step
        ((0.0, 0.0), [0.0, 30.0, 60.0, 90.0, 120.0]),  # a band of no length: the policy's maximum from the start
        ((0.0, 0.5), [0.0, 10.0, 40.0, 70.0, 100.0]),  # a band shorter than a second: one step, then the maximum
    ],
    ids=["starts-within-a-step", "empty", "under-a-second"],
)
def test_poll_times_for_bands_that_start_early(job: Job, band: tuple[float, float], times: list[float]) -> None:
    policy = job.package.PollPolicy(initial=5.0, multiplier=2.0, maximum=30.0)
    schedule = job.package.JobSchedule(policy, band=band, interval=10.0)
    assert [schedule.poll_time(attempt) for attempt in range(1, 6)] == times


@EACH
def test_the_delay_follows_the_elapsed_time_and_a_wake_source(job: Job) -> None:
    """Far past the band, the policy's maximum; with a wake source, the safety-net poll at the band's end."""
    schedule = job.schedule
    assert schedule.band is not None
    assert schedule.base_delay(2, elapsed=5000.0) == schedule.maximum
    assert schedule.base_delay(2, wake=True) == schedule.band[1] - schedule.poll_time(2)


PROGRESSING = [pytest.param(job, id=str(job)) for job in jobs() if job.schedule.progress is not None]


@pytest.mark.parametrize("job", PROGRESSING)
def test_progress_brings_the_next_poll_to_the_estimated_end(job: Job) -> None:
    """Half done 100 s after submission: the job should end at 200 s, so the next poll comes 100 s later."""
    schedule = job.schedule
    assert schedule.base_delay(2, elapsed=100.0, fraction=0.5) == 100.0
    assert schedule.delay_bounds(2, elapsed=100.0, fraction=0.5)[1] == 100.0
