"""Every create-and-wait helper, sync and async, honours every option of its wait: `policy` spaces the polls,
`on_progress` sees each task, `wake` makes the wait sleep on the event, `timeout` ends it. A helper that dropped
one (passed the default on instead) would still end in success, so each is checked by what it changes. (Found by
`make mutate`: each rendered helper could forget any option unnoticed; docs/robustness.md.)
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import pytest

from registry import Create
from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import MODES, Job, Operation, jobs
from tests.doubles.standin import answers
from tests.test_create_and_wait import documented_body

CREATES = [pytest.param(job, create, op, id=f"{job.provider.key}.{create.helper}") for job in jobs()
           for create, op in job.creates]  # fmt: skip
EACH = pytest.mark.parametrize(("job", "create", "op"), CREATES)
BOTH = pytest.mark.parametrize("mode", MODES)


def _run(job: Job, create: Create, mode: str, client: Any, body: Any, *, wake: bool = False, **options: Any) -> Any:
    if mode == "sync":
        event = threading.Event() if wake else None
        return getattr(job.package, create.helper)(client, body, wake=event, **options)

    async def go() -> Any:
        event = asyncio.Event() if wake else None
        return await getattr(job.package, f"{create.helper}_async")(client, body, wake=event, **options)

    return asyncio.run(go())


@EACH
@BOTH
def test_the_policy_given_spaces_the_polls(
    job: Job, create: Create, op: Operation, mode: str, make_client: Callable[..., Any], clock: FakeClock
) -> None:
    policy = job.package.PollPolicy(initial=3.25, multiplier=1.0, maximum=3.25, jitter=0.0)
    task = _run(job, create, mode, make_client(job.provider.key), documented_body(op), policy=policy)
    assert job.status_of(task) == job.statuses.success
    assert clock.sleeps == [3.25, 3.25], "pending, working, success: two sleeps of the policy's own delay"


@EACH
@BOTH
def test_on_progress_sees_every_task(
    job: Job, create: Create, op: Operation, mode: str, make_client: Callable[..., Any], clock: FakeClock
) -> None:
    seen: list[str | None] = []
    task = _run(
        job,
        create,
        mode,
        make_client(job.provider.key),
        documented_body(op),
        on_progress=lambda t: seen.append(job.status_of(t)),
    )
    assert seen == list(job.statuses.progression) and job.status_of(task) == job.statuses.success


@EACH
@BOTH
def test_a_wake_source_makes_the_wait_sleep_on_it(
    job: Job, create: Create, op: Operation, mode: str, make_client: Callable[..., Any], clock: FakeClock
) -> None:
    task = _run(job, create, mode, make_client(job.provider.key), documented_body(op), wake=True)
    assert job.status_of(task) == job.statuses.success
    assert clock.sleeps == [] and len(clock.waits) == 2, "each delay spent waiting on the event, none sleeping"


@EACH
@BOTH
def test_the_timeout_given_ends_the_wait(
    job: Job, create: Create, op: Operation, mode: str, make_client: Callable[..., Any], clock: FakeClock
) -> None:
    client = make_client(job.provider.key).with_headers({answers.SCENARIO_HEADER: "never"})
    polls: list[object] = []

    def guard(task: object) -> None:  # a helper that ignored the timeout would poll for ever: stop it
        polls.append(task)
        assert len(polls) < 500, "the timeout given was ignored"

    with pytest.raises(job.package.WaitTimeoutError) as caught:
        _run(job, create, mode, client, documented_body(op), timeout=7.0, on_progress=guard)
    assert "timeout 7s" in str(caught.value) and 7.0 <= clock.elapsed <= 7.0 + 1e-6
