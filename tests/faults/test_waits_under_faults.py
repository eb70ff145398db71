"""Waits against a misbehaving server on 127.0.0.1, for every job kind of every provider, sync and async: each
one succeeds or raises its documented error within its deadline, whatever the server does.

Which clock each fault needs:
- `silent` and `slow` break the socket's timing: the request timeout and the transport's whole-body deadline
  are real seconds, so the wait runs on the real clock, and the bound is real time: the deadline plus one
  request timeout (plus slack for a loaded 2-core machine). What they exercise (the package's transport and the
  wait loop) is shared by every job kind of a package, and each costs a second of real time, so they run for
  the first job kind of each provider only.
- `drop`, `storm`, `stormra` and `alt` break the protocol, not the timing: every answer arrives at once, so the
  wait runs on the virtual clock (tests.doubles.clock.FakeClock, given to the client). Its deadline then holds
  exactly (virtual time never passes it, and no sleep crosses it), and the real time it took shows that no
  sleep (a Retry-After of 1 s, say) bypassed the client's clock.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import MODES, Job, jobs, packages
from tests.fuzz.tally import task_statuses

from .server import FAULTS, FaultServer, describe

pytestmark = pytest.mark.timeout(120)

REQUEST_TIMEOUT = 0.25
WAIT_TIMEOUT = 1.0
SLACK = 1.0  # scheduling and connection set-up on a loaded 2-core machine; far below a hang
REAL_TIME = frozenset({"silent", "slow"})
OUTCOMES = {
    "alt": "success",
    "drop": "WaitTimeoutError",
    "silent": "WaitTimeoutError",
    "slow": "WaitTimeoutError",
    "storm": "WaitTimeoutError",
    "stormra": "WaitTimeoutError",
}
"""fault -> what the wait must end in: the task at its success status, or the error class it must raise."""
EPSILON = 1e-9  # float sums of sleeps that end exactly at the deadline
JOBS = {str(job): job for job in jobs()}
FIRST_OF_PROVIDER = {next(str(j) for j in jobs() if j.provider.key == key) for key in {j.provider.key for j in jobs()}}
CASES = [(name, fault) for name in JOBS for fault in FAULTS if fault not in REAL_TIME or name in FIRST_OF_PROVIDER]
assert set(OUTCOMES) == set(FAULTS)


def _run(job: Job, server: FaultServer, task_id: str, mode: str, clock: FakeClock | None) -> tuple[Any, float]:
    package = packages()[job.provider.key]
    options: dict[str, Any] = {"clock": clock} if clock is not None else {}
    client = package.create_client(
        "fault-key", base_url=server.base_url, timeout=REQUEST_TIMEOUT, max_retries=2, **options
    )
    policy = package.PollPolicy(initial=0.05, multiplier=2.0, maximum=0.2, jitter=0.1)
    started = time.monotonic()
    try:
        result: Any = job.run(mode, client, task_id, timeout=WAIT_TIMEOUT, policy=policy)
    except package.SDKError as error:
        result = error
    return result, time.monotonic() - started


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("name", "fault"), CASES)
def test_wait_ends_within_its_deadline(name: str, fault: str, mode: str) -> None:
    job = JOBS[name]
    clock = None if fault in REAL_TIME else FakeClock()
    task_id = f"{fault}-1"
    with FaultServer(job) as server:
        result, elapsed = _run(job, server, task_id, mode, clock)
        requests = server.counts[task_id]
    expected = OUTCOMES[fault]
    if expected == "success":
        assert not isinstance(result, BaseException), describe(result)
        assert task_statuses(job, result) == (job.statuses.success,), describe(result)
    else:
        assert type(result).__name__ == expected, describe(result)
    if clock is None:
        bound = WAIT_TIMEOUT + REQUEST_TIMEOUT + SLACK
        if expected != "success":
            assert result.elapsed <= bound
        assert elapsed <= bound, f"{fault}: took {elapsed:.2f} s of real time"
    else:
        assert clock.elapsed <= WAIT_TIMEOUT + EPSILON, f"{fault}: {clock.elapsed:.2f} s of virtual time"
        assert sum(clock.sleeps) <= WAIT_TIMEOUT + EPSILON, f"{fault}: slept {clock.sleeps}"
        if expected != "success":
            assert result.elapsed <= WAIT_TIMEOUT + EPSILON
        assert elapsed <= SLACK, f"{fault}: {elapsed:.2f} s of real time on a virtual clock: a sleep missed it"
    assert 1 <= requests <= 40, f"{fault}: {requests} requests in one wait"
