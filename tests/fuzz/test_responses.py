"""Property-based response fuzzing through the public functions, for every operation of every spec and every
wait helper: valid bodies parse and round-trip; any body under any status ends in a model or in the documented
error class the input calls for (tests/fuzz/tally.py), never another exception and never a hang."""

from __future__ import annotations

import json
from functools import partial
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.doubles.endpoints import MODES, Job, jobs, operations
from tests.doubles.schemas import declared, success, success_schema

from .bodies import Scripted, responses, valid_bodies
from .harness import ScriptedServer, call_arguments, client_for, normalise, plain
from .tally import Expected, expected_call, expected_wait, within_rule

pytestmark = pytest.mark.timeout(600)

CALL_FORMS = ("sync", "sync_detailed", "asyncio_detailed")
WAIT_TIMEOUT = 3.0
MAX_REQUESTS = 100
EPSILON = 1e-9  # float sums of sleeps that end exactly at the deadline
OPERATIONS = {str(op): op for op in operations()}
JOBS = {str(job): job for job in jobs()}


def _json_success(name: str) -> bool:
    found = declared(OPERATIONS[name], success(OPERATIONS[name]).status)
    return found is not None and found.is_json


JSON_SUCCESS = [name for name in OPERATIONS if _json_success(name)]


def _policy(job: Job) -> Any:
    return job.package.PollPolicy(initial=1.0, multiplier=1.0, maximum=1.0, jitter=0.0)


@pytest.mark.parametrize("name", JSON_SUCCESS)
@given(data=st.data())
def test_valid_bodies_parse_and_round_trip(name: str, data: st.DataObject) -> None:
    op = OPERATIONS[name]
    body = data.draw(valid_bodies(success_schema(op)), label="body")
    args, kwargs = data.draw(call_arguments(op), label="arguments")
    server = ScriptedServer()
    server.answer(Scripted("valid", success(op).status, json.dumps(body).encode(), "application/json"))
    client, _ = client_for(op.provider, server)
    response = within_rule(
        f"valid/{op}",
        op.package,
        lambda: op.call("sync_detailed", client, *args, **kwargs),
        Expected(value=True, why="a body valid per the spec must parse"),
    )
    assert response.parsed is not None
    assert normalise(plain(response.parsed)) == normalise(body)


@pytest.mark.parametrize("name", list(OPERATIONS))
@given(data=st.data())
def test_any_status_and_body_ends_in_the_class_it_calls_for(name: str, data: st.DataObject) -> None:
    op = OPERATIONS[name]
    scripted = data.draw(responses(op), label="response")
    args, kwargs = data.draw(call_arguments(op), label="arguments")
    expected = expected_call(op, scripted)
    server = ScriptedServer()
    server.answer(scripted)
    client, _ = client_for(op.provider, server)
    for form in CALL_FORMS:
        within_rule(f"{form}/{op}", op.package, partial(op.call, form, client, *args, **kwargs), expected)


@pytest.mark.parametrize("name", list(JOBS))
@given(data=st.data())
def test_waits_end_in_the_outcome_the_answer_calls_for(name: str, data: st.DataObject) -> None:
    job = JOBS[name]
    scripted = data.draw(responses(job.status), label="response")
    server = ScriptedServer()
    server.answer(scripted)
    client, _ = client_for(job.provider, server)
    call = expected_call(job.status, scripted)
    first = within_rule(
        f"sync_detailed/{job.status}", job.package, lambda: job.fetch("sync_detailed", client, "t-1"), call
    )
    expected = expected_wait(job, first, call)
    for mode in MODES:
        server.answer(scripted)
        client, clock = client_for(job.provider, server)
        outcome = within_rule(
            f"wait_{mode}/{job}",
            job.package,
            partial(job.run, mode, client, "t-1", timeout=WAIT_TIMEOUT, policy=_policy(job)),
            expected,
        )
        assert len(server.requests) < MAX_REQUESTS, f"a wait with a {WAIT_TIMEOUT} s deadline made too many requests"
        assert sum(clock.sleeps) <= WAIT_TIMEOUT + EPSILON, f"slept {clock.sleeps} past the deadline"
        if isinstance(outcome, job.package.WaitTimeoutError):
            assert outcome.elapsed <= WAIT_TIMEOUT + EPSILON
