"""What a wait's own bookkeeping promises a user, pinned exactly:

- a wait that times out while the job runs says "still <status>", with the polls it made and nothing about a
  failed poll, and its WaitTimeoutError carries that status; one that never saw a status carries None;
- a sleep that ends at the deadline is followed by exactly one last poll, then the wait gives up, even when the
  clock's arithmetic leaves the wait a hair short of its timeout;
- each poll's request gets the time left of the wait, not more, as its timeouts;
- a job found done at the first poll records no duration in the history: nothing tells when it ended;
- a client that carries no usable max_retries (none, None, below zero) gets the default retry budget;
- with several wrong arguments, a wait names the one a create-and-wait names (timeout, policy, wake, elapsed,
  on_progress, in that order), and the task id only after them;
- a PollPolicy honours a server's Retry-After of under a second (zero included) as given.

The core is driven directly through the scripted TaskEndpoint of tests/doubles/task_endpoint.py, on a FakeClock.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.core import core
from tests.doubles.task_endpoint import HELPER, POLICY, Client, Reply, Task, connect_error, endpoint

waiting: Any = core("waiting")
errors: Any = core("errors")
policy_mod: Any = core("policy")
schedule_mod: Any = core("schedule")
transport_mod: Any = core("transport")


class ClientWithout:
    """A client built without create_client: its max_retries may be missing, or be no retry budget at all."""

    def __init__(self, clock: FakeClock, **attributes: object) -> None:
        self.clock = clock
        self.__dict__.update(attributes)

    def get_httpx_client(self) -> None:
        return None


# --- the end of a wait ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "message", "last_status"),
    [
        (Reply(Task("running")), "task 't-1' still running after 5.0s (3 polls, timeout 5s)", "running"),
        (
            Reply(Task(status=None)),
            "task 't-1' never answered with a status after 5.0s (3 polls, timeout 5s); last poll failed: "
            f"MalformedResponseError: HTTP 200: {HELPER}: the response has no task status",
            None,
        ),
    ],
    ids=["running", "no-status"],
)
def test_a_timed_out_wait_says_what_it_last_saw(reply: Reply, message: str, last_status: str | None) -> None:
    """The message and `last_status` are how a user tells a slow job from a server that never answered."""
    clock = FakeClock()
    with pytest.raises(errors.WaitTimeoutError) as raised:
        waiting.wait(endpoint(iter([reply] * 5)), Client(clock), "t-1", timeout=5.0, policy=POLICY)
    assert str(raised.value) == message
    assert (raised.value.task_id, raised.value.last_status, raised.value.elapsed) == ("t-1", last_status, 5.0)
    assert clock.sleeps == [2.0, 3.0]


def test_a_sleep_ending_at_the_deadline_is_followed_by_one_last_poll() -> None:
    """0.3s after 1000.0 is 0.2999999999999545s by subtraction: the wait must not take that as time still left
    and poll once more after a sleep of nothing."""
    clock = FakeClock(start=1000.0)
    replies = [Reply(Task("running"))] * 5
    policy = policy_mod.PollPolicy(initial=0.3, multiplier=1.0, maximum=0.3, jitter=0.0)
    with pytest.raises(errors.WaitTimeoutError) as raised:
        waiting.wait(endpoint(iter(replies)), Client(clock), "t-1", timeout=0.3, policy=policy)
    assert str(raised.value) == "task 't-1' still running after 0.3s (2 polls, timeout 0.3s)"
    assert clock.sleeps == [0.3]


def test_each_polls_request_gets_at_most_the_time_left() -> None:
    """However long the client's own request timeout, a request in flight must not outlast the wait."""
    clock = FakeClock()
    timeouts: list[dict[str, float]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        timeouts.append(dict(request.extensions["timeout"]))
        return httpx.Response(200, json={})

    def polls(http: httpx.Client) -> Iterator[Reply]:
        for status in ("running", "running", "done"):
            with contextlib.suppress(errors.MalformedResponseError):  # no provider's envelope: what was sent counts
                http.get("http://api.test/tasks/t-1")
            yield Reply(Task(status))

    transport = transport_mod.RetryingTransport(0, httpx.MockTransport(answer), clock=clock)
    with httpx.Client(transport=transport, timeout=600.0) as http:
        task = waiting.wait(endpoint(polls(http)), Client(clock), "t-1", timeout=60.0, policy=POLICY)
    assert task == Task("done") and clock.sleeps == [2.0, 4.0]
    assert [t["connect"] for t in timeouts] == [60.0, 58.0, 54.0]
    assert [t["read"] for t in timeouts] == [60.0, 58.0, 54.0]


def test_a_job_done_at_the_first_poll_records_no_duration() -> None:
    """With no earlier poll, the job may have ended any time before this one: a guess would skew the band a
    learning schedule derives from the history."""
    history = schedule_mod.DurationHistory()
    schedule = schedule_mod.JobSchedule(policy=POLICY, history=history, name=HELPER)
    task = waiting.wait(
        endpoint(iter([Reply(Task("done"))])), Client(FakeClock()), "t-1", timeout=60.0, policy=schedule, elapsed=100.0
    )
    assert task == Task("done")
    assert history.durations(HELPER) == ()


# --- arguments -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "attributes", [{}, {"max_retries": None}, {"max_retries": -1}], ids=["missing", "none", "negative"]
)
def test_a_client_without_a_usable_max_retries_gets_the_default_budget(attributes: dict[str, object]) -> None:
    """A generated client built without create_client still fails fast on a wrong base URL, on the default
    budget, instead of crashing or giving up before its first retry."""
    clock = FakeClock()
    with pytest.raises(errors.ApiConnectionError) as raised:
        waiting.wait(endpoint(iter([connect_error()] * 4)), ClientWithout(clock, **attributes), "t-1", timeout=600.0)
    assert str(raised.value).startswith(
        f"{HELPER}: no answer from the server after 3 tries in {clock.elapsed:.1f}s (max_retries=2); "
    )
    assert len(clock.sleeps) == 2


@pytest.mark.parametrize(
    ("task_id", "wrong", "named"),
    [
        ("t-1", {"timeout": -1.0, "policy": "fast"}, "timeout"),
        ("t-1", {"timeout": -1.0, "on_progress": 5}, "timeout"),
        ("  ", {"timeout": -1.0}, "timeout"),
        ("t-1", {"elapsed": -1.0, "on_progress": 5}, "elapsed"),
        ("  ", {"elapsed": -1.0}, "elapsed"),
        ("  ", {}, "task id"),
    ],
    ids=["timeout-policy", "timeout-on_progress", "timeout-id", "elapsed-on_progress", "elapsed-id", "id"],
)
def test_a_wait_names_the_wrong_argument_a_create_and_wait_names(
    task_id: str, wrong: dict[str, Any], named: str
) -> None:
    """A create-and-wait checks the wait's arguments before its create, when there is no task id yet; the wait
    itself must name the same one first, so a fix for one helper is a fix for the other."""
    arguments: dict[str, Any] = {"timeout": 60.0, **wrong}
    with pytest.raises(errors.InvalidArgumentError) as raised:
        waiting.wait(endpoint(iter([])), Client(FakeClock()), task_id, **arguments)
    assert raised.value.argument == named
    if task_id.strip():
        timeout = arguments.pop("timeout")
        policy = arguments.pop("policy", None)
        on_progress = arguments.pop("on_progress", None)
        with pytest.raises(errors.InvalidArgumentError) as checked:
            waiting.check_wait_arguments(
                Client(FakeClock()), timeout, policy, on_progress, asynchronous=False, **arguments
            )
        assert checked.value.argument == named


def test_a_poll_policy_honours_a_retry_after_under_a_second() -> None:
    """A scheduler outside this process takes its delays from PollPolicy: the server's word is the delay, even
    "now", and a date already past means now too."""
    assert [POLICY.next_delay(attempt, 0.0) for attempt in (1, 4)] == [0.0, 0.0]
    assert POLICY.next_delay(3, 0.25) == 0.25
    assert POLICY.next_delay(1, -5.0) == 0.0
