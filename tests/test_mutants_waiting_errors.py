"""What the shared wait loop, one-poll helper, errors and real clock promise a user, pinned exactly:

- a poll whose answer has no task status (no task, or a task whose status is no string) is a transient
  MalformedResponseError naming the helper, with the HTTP status and the body; `poll` returns it with the
  schedule's delay for that attempt and job time, and a wait retries it and, at its deadline, says so;
- `poll` honours the server's Retry-After on a running job, and brings the next poll forward by the job's
  progress; a wait does too;
- a blank task id is refused naming "task id";
- a sync wait whose on_progress returns an awaitable refuses it (InvalidArgumentError naming on_progress) and
  closes that awaitable, so no "never awaited" warning is left behind;
- a server that never answers: after max_retries the error says how many tries in how long, keeps the
  request's method and URL; a server error gets a hint to check base_url; at a zero timeout the wait ends in
  WaitTimeoutError instead;
- an httpx error raised by a client without the retrying transport surfaces as ApiConnectionError;
- what on_progress raises leaves the wait unchanged (no task id added);
- a job that ends between polls less than a second apart is recorded in the history; polls at job time zero
  record nothing (and do not fail);
- an ApiError prints "METHOD URL: " only when both are known; RateLimitError keeps every attribute given;
- the real clock sleeps every positive delay, under a second too, and nothing for zero or less.

The core is driven directly through the scripted TaskEndpoint of tests/doubles/task_endpoint.py, on a FakeClock.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.core import core
from tests.doubles.task_endpoint import BODY, HELPER, POLICY, Client, Reply, Task, connect_error, endpoint

waiting: Any = core("waiting")
errors: Any = core("errors")
policy_mod: Any = core("policy")
schedule_mod: Any = core("schedule")
clock_mod: Any = core("clock")


def progress_schedule() -> Any:
    return schedule_mod.JobSchedule(policy=POLICY, band=(300.0, 1000.0), interval=8.0, progress=("done", "total"))


# --- poll: one request, its result ------------------------------------------------------------------------


@pytest.mark.parametrize("parsed", [None, Task(status=None)], ids=["no-task", "no-status"])
def test_a_poll_without_a_task_status_returns_a_malformed_response_error(
    parsed: Any, caplog: pytest.LogCaptureFixture
) -> None:
    schedule = schedule_mod.JobSchedule(policy=POLICY, band=(10.0, 100.0), interval=5.0)
    client = Client(FakeClock())
    with caplog.at_level(logging.DEBUG, logger=waiting.logger.name):
        result = waiting.poll(endpoint(iter([Reply(parsed)])), client, "t-1", attempt=1, policy=schedule, elapsed=50.0)
    expected = schedule.next_delay(1, None, elapsed=50.0)
    assert expected != schedule.next_delay(1, None)  # the job's time decides the delay
    assert (result.done, result.task, result.status, result.delay) == (False, None, None, expected)
    error = result.error
    assert type(error) is errors.MalformedResponseError
    assert (error.message, error.status_code, error.body) == (f"{HELPER}: the response has no task status", 200, BODY)
    assert error.task_id is None
    assert f"{HELPER}('t-1'): poll 1: MalformedResponseError; next poll in {expected:.2f}s" in caplog.messages


def test_a_poll_of_a_running_job_waits_for_the_servers_retry_after() -> None:
    reply = Reply(Task(status="running"), headers=httpx.Headers({"Retry-After": "17"}))
    result = waiting.poll(endpoint(iter([reply])), Client(FakeClock()), "t-1", attempt=1)
    assert (result.done, result.status, result.delay, result.error) == (False, "running", 17.0, None)


def test_a_poll_of_a_running_job_brings_the_next_poll_forward_by_its_progress() -> None:
    schedule = progress_schedule()
    task = Task(status="running", done=1, total=2)
    result = waiting.poll(endpoint(iter([Reply(task)])), Client(FakeClock()), "t-1", policy=schedule, elapsed=100.0)
    expected = schedule.next_delay(1, None, elapsed=100.0, fraction=0.5)
    assert expected != schedule.next_delay(1, None, elapsed=100.0)
    assert (result.status, result.delay) == ("running", expected)


def test_a_poll_refuses_a_blank_task_id_naming_it() -> None:
    with pytest.raises(errors.InvalidArgumentError) as raised:
        waiting.poll(endpoint(iter([])), Client(FakeClock()), "  ")
    assert (str(raised.value), raised.value.argument) == ("task id must not be empty", "task id")


# --- wait ----------------------------------------------------------------------------------------------------


class Awaitable:
    """An awaitable on_progress may return by mistake; `close` when given, as a coroutine has one."""

    def __init__(self) -> None:
        self.closed = 0

    def __await__(self) -> Iterator[None]:
        yield None


class Closable(Awaitable):
    def close(self) -> None:
        self.closed += 1


@pytest.mark.parametrize("kind", [Awaitable, Closable])
def test_a_sync_wait_refuses_an_awaitable_from_on_progress_and_closes_it(kind: type[Awaitable]) -> None:
    returned = kind()
    with pytest.raises(errors.InvalidArgumentError) as raised:
        waiting.wait(
            endpoint(iter([Reply(Task("running"))])),
            Client(FakeClock()),
            "t-1",
            timeout=60.0,
            on_progress=lambda task: returned,
        )
    assert str(raised.value) == "on_progress returned an awaitable: pass it to the _async helper"
    assert raised.value.argument == "on_progress"
    assert returned.closed == (1 if kind is Closable else 0)


def test_a_wait_retries_an_answer_without_status_and_says_so_at_its_deadline() -> None:
    clock = FakeClock()
    seen: list[Any] = []
    with pytest.raises(errors.WaitTimeoutError) as raised:
        waiting.wait(
            endpoint(iter([Reply(Task(status=None))] * 5)),
            Client(clock),
            "t-1",
            timeout=3.0,
            policy=POLICY,
            on_progress=seen.append,
        )
    assert str(raised.value) == (
        "task 't-1' never answered with a status after 3.0s (3 polls, timeout 3s); last poll failed: "
        f"MalformedResponseError: HTTP 200: {HELPER}: the response has no task status"
    )
    cause = raised.value.__cause__
    assert type(cause) is errors.MalformedResponseError
    assert (cause.status_code, cause.body) == (200, BODY)
    assert seen == [] and clock.sleeps == [2.0, 1.0]


def test_a_wait_brings_the_next_poll_forward_by_the_jobs_progress() -> None:
    schedule = progress_schedule()
    clock = FakeClock()
    replies = [Reply(Task("running", done=1, total=2)), Reply(Task("done"))]
    waiting.wait(endpoint(iter(replies)), Client(clock), "t-1", timeout=None, policy=schedule, elapsed=100.0)
    expected = schedule.next_delay(1, None, elapsed=100.0, fraction=0.5)
    assert expected != schedule.next_delay(1, None, elapsed=100.0)
    assert clock.sleeps == [expected]


@pytest.mark.parametrize(("retries", "tries"), [(0, "1 try"), (1, "2 tries")])
def test_a_server_never_reached_is_reported_with_the_tries_and_the_url(retries: int, tries: str) -> None:
    clock = FakeClock()
    with pytest.raises(errors.ApiConnectionError) as raised:
        waiting.wait(endpoint(iter([connect_error()] * 3)), Client(clock, retries), "t-1", timeout=600.0)
    assert str(raised.value) == (
        f"{HELPER}: no answer from the server after {tries} in {clock.elapsed:.1f}s (max_retries={retries}); "
        "check base_url and the network. Last try: GET http://127.0.0.1:9/tasks/t-1 failed (ConnectError)"
    )
    assert (raised.value.method, raised.value.url, raised.value.task_id) == (
        "GET",
        "http://127.0.0.1:9/tasks/t-1",
        "t-1",
    )


def test_a_server_that_never_answers_in_the_apis_terms_gets_a_base_url_hint() -> None:
    error = errors.ServerError("HTTP 502 error", status_code=502, body=b"<html>bad gateway</html>")
    with pytest.raises(errors.ServerError) as raised:
        waiting.wait(endpoint(iter([error])), Client(FakeClock(), 0), "t-1", timeout=600.0)
    assert raised.value is error
    assert (
        error.hint == "the server never answered in the API's own terms (1 try in 0.0s, max_retries=0): check base_url"
    )


def test_at_a_zero_timeout_an_unreachable_server_ends_the_wait_as_a_timeout() -> None:
    with pytest.raises(errors.WaitTimeoutError) as raised:
        waiting.wait(endpoint(iter([connect_error()])), Client(FakeClock(), 0), "t-1", timeout=0)
    assert str(raised.value) == (
        "task 't-1' never answered with a status after 0.0s (1 poll, timeout 0s); last poll failed: "
        "ApiConnectionError: GET http://127.0.0.1:9/tasks/t-1 failed (ConnectError)"
    )


def test_an_httpx_error_from_a_plain_client_is_an_api_connection_error() -> None:
    clock = FakeClock()
    replies = [connect_error(), Reply(Task("done"))]
    task = waiting.wait(endpoint(iter(replies)), Client(clock), "t-1", timeout=60.0)
    assert task == Task("done") and len(clock.sleeps) == 1


def test_what_on_progress_raises_leaves_the_wait_unchanged(caplog: pytest.LogCaptureFixture) -> None:
    mine = errors.InvalidArgumentError("my own check")

    def on_progress(task: Any) -> None:
        raise mine

    with (
        caplog.at_level(logging.INFO, logger=waiting.logger.name),
        pytest.raises(errors.InvalidArgumentError) as raised,
    ):
        waiting.wait(
            endpoint(iter([Reply(Task("running"))])), Client(FakeClock()), "t-1", timeout=60.0, on_progress=on_progress
        )
    assert raised.value is mine and mine.task_id is None
    assert not [m for m in caplog.messages if "gave up" in m]


@pytest.mark.parametrize(("retry_after", "recorded"), [("0", ()), ("0.5", (0.25,))])
def test_a_job_ended_between_close_polls_is_recorded(retry_after: str, recorded: tuple[float, ...]) -> None:
    history = schedule_mod.DurationHistory()
    schedule = schedule_mod.JobSchedule(policy=POLICY, history=history, name=HELPER)
    replies = [Reply(Task("running"), headers=httpx.Headers({"retry-after": retry_after})), Reply(Task("done"))]
    task = waiting.wait(endpoint(iter(replies)), Client(FakeClock()), "t-1", timeout=60.0, policy=schedule)
    assert task == Task("done")
    assert history.durations(HELPER) == recorded


# --- errors and the real clock ----------------------------------------------------------------------------


def test_an_api_error_names_the_request_only_when_method_and_url_are_known() -> None:
    assert str(errors.ServerError("boom", status_code=500, method="GET")) == "HTTP 500: boom"
    assert str(errors.ServerError("boom", status_code=500, url="http://h/x")) == "HTTP 500: boom"
    assert str(errors.ServerError("boom", status_code=500, method="GET", url="http://h/x")) == (
        "GET http://h/x: HTTP 500: boom"
    )


def test_a_rate_limit_error_keeps_what_it_was_given() -> None:
    assert errors.RateLimitError("slow", status_code=429).body == b""
    error = errors.RateLimitError(
        "slow",
        status_code=429,
        retry_after=3.0,
        method="GET",
        url="http://h/x",
        headers={"x-request-id": "r-1"},
        request_id="r-1",
    )
    assert (error.method, error.url, error.headers, error.request_id, error.retry_after) == (
        "GET",
        "http://h/x",
        {"x-request-id": "r-1"},
        "r-1",
        3.0,
    )
    assert str(error) == "GET http://h/x: HTTP 429: slow (request id r-1)"


def test_the_real_clock_sleeps_for_a_delay_under_a_second(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr(clock_mod.time, "sleep", slept.append)  # the real clock's own sleep, recorded not waited
    clock = clock_mod.Clock()
    for seconds in (0.02, 0.0, -1.0, 1.5):
        clock.sleep(seconds)
    assert slept == [0.02, 1.5], "every positive delay is slept, none for zero or less"
