"""Every create-and-wait helper of every package, live against the stand-in: success, failure and timeout (the
error carries the created job's id), bodies as models or mappings (checked before anything is sent), and the
rule that a create is sent again only when the server provably did not act on it.

Every create comes from the one table (jobs.yaml through tests/doubles/endpoints.py): nothing here grows by hand.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from typing import Any, cast

import pytest

from registry import Create
from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import MODES, Job, Operation, jobs
from tests.doubles.standin import answers, examples
from tests.doubles.standin.server import StandInServer

CREATES = [pytest.param(job, create, op, id=f"{job.provider.key}.{create.helper}") for job in jobs()
           for create, op in job.creates]  # fmt: skip
BOTH = pytest.mark.parametrize("mode", MODES)
EACH = pytest.mark.parametrize(("job", "create", "op"), CREATES)


def documented_body(op: Operation) -> dict[str, Any]:
    found = examples.request_example(examples.spec(op.provider.key), op.definition)
    assert found is not None and isinstance(found[1], dict), f"{op}: no documented request body"
    return found[1]


def run(job: Job, create: Create, mode: str, client: Any, body: Any, **options: Any) -> Any:
    helper = getattr(job.package, create.helper)
    if mode == "sync":
        return helper(client, body, **options)
    return asyncio.run(getattr(job.package, f"{create.helper}_async")(client, body, **options))


def creates_seen(standin: StandInServer, op: Operation) -> int:
    return sum(1 for r in standin.requests if r.method == op.method and r.path.partition("?")[0] == op.full_path)


def test_every_job_kind_that_the_docs_let_us_start_has_a_create_helper() -> None:
    assert CREATES


@EACH
@BOTH
def test_a_mapping_body_creates_once_and_waits_to_success(
    job: Job,
    create: Create,
    op: Operation,
    mode: str,
    make_client: Callable[..., Any],
    standin: StandInServer,
    clock: FakeClock,
) -> None:
    before = creates_seen(standin, op)
    task = run(job, create, mode, make_client(job.provider.key), documented_body(op))
    assert job.status_of(task) == job.statuses.success
    assert creates_seen(standin, op) == before + 1
    new_id = standin.created[-1]
    assert new_id.startswith(answers.DEFAULT_CREATE_SCENARIO + "-")
    assert job.id_of(task) in (new_id, None)
    assert standin.polls(new_id) == 3


@EACH
def test_the_model_itself_is_accepted(job: Job, create: Create, op: Operation, make_client: Callable[..., Any]) -> None:
    model = getattr(job.package.models, create.body).from_dict(documented_body(op))
    task = run(job, create, "sync", make_client(job.provider.key), model)
    assert job.status_of(task) == job.statuses.success


@EACH
@BOTH
def test_a_failed_job_raises_with_the_created_id(
    job: Job,
    create: Create,
    op: Operation,
    mode: str,
    make_client: Callable[..., Any],
    standin: StandInServer,
    clock: FakeClock,
) -> None:
    client = make_client(job.provider.key).with_headers({answers.SCENARIO_HEADER: "failed"})
    with pytest.raises(job.package.TaskFailedError) as caught:
        run(job, create, mode, client, documented_body(op))
    assert caught.value.task_id == standin.created[-1]
    assert any(job.kind.helper in note for note in caught.value.__notes__)


@EACH
def test_a_timeout_carries_the_created_id_to_resume_with(
    job: Job, create: Create, op: Operation, make_client: Callable[..., Any], standin: StandInServer, clock: FakeClock
) -> None:
    client = make_client(job.provider.key).with_headers({answers.SCENARIO_HEADER: "never"})
    with pytest.raises(job.package.WaitTimeoutError) as caught:
        run(job, create, "sync", client, documented_body(op), timeout=30.0)
    new_id = standin.created[-1]
    assert caught.value.task_id == new_id
    note = " ".join(caught.value.__notes__)
    # the call that resumes it, with the job's age so its schedule does not wait for the band's start again
    assert f"{job.kind.helper}(client, {new_id!r}, elapsed={caught.value.elapsed:.0f})" in note


@EACH
def test_an_error_while_waiting_carries_the_created_id(
    job: Job, create: Create, op: Operation, make_client: Callable[..., Any], standin: StandInServer, clock: FakeClock
) -> None:
    client = make_client(job.provider.key).with_headers({answers.SCENARIO_HEADER: "notfound"})
    with pytest.raises(job.package.NotFoundError) as caught:
        run(job, create, "sync", client, documented_body(op))
    assert caught.value.task_id == standin.created[-1]


@EACH
def test_a_body_that_does_not_fit_is_refused_before_sending(
    job: Job, create: Create, op: Operation, make_client: Callable[..., Any], standin: StandInServer
) -> None:
    client = make_client(job.provider.key)
    before = len(standin.requests)
    body = dict(documented_body(op))
    with pytest.raises(job.package.InvalidArgumentError, match="no field 'no_such_field'"):
        run(job, create, "sync", client, {**body, "no_such_field": 1})
    with pytest.raises(job.package.InvalidArgumentError, match=create.body):
        run(job, create, "sync", client, ["not", "a", "mapping"])
    required = examples.resolve(
        examples.spec(op.provider.key),
        next(iter(examples.resolve(examples.spec(op.provider.key), op.definition["requestBody"])["content"].values()))[
            "schema"
        ],
    ).get("required", [])
    if required:
        with pytest.raises(job.package.InvalidArgumentError, match=repr(required[0])):
            run(job, create, "sync", client, {k: v for k, v in body.items() if k != required[0]})
    assert len(standin.requests) == before


# --- the create is not retried blindly --------------------------------------------------------------------


FIRST = [
    next(c for c in CREATES if cast(Job, c.values[0]).provider.key == key)
    for key in {cast(Job, c.values[0]).provider.key for c in CREATES}
]  # values[0] of each case is its Job (pytest.param types its values as object)
FIRST_EACH = pytest.mark.parametrize(("job", "create", "op"), FIRST)


@FIRST_EACH
@pytest.mark.parametrize("fault", ["ratelimited", "unavailable"])
def test_a_rejected_create_is_sent_again(
    job: Job,
    create: Create,
    op: Operation,
    fault: str,
    make_client: Callable[..., Any],
    standin: StandInServer,
    clock: FakeClock,
    task_id: Callable[..., str],
) -> None:
    client = make_client(job.provider.key).with_headers({answers.FAULT_HEADER: task_id(fault)})
    before = creates_seen(standin, op)
    task = run(job, create, "sync", client, documented_body(op))
    assert job.status_of(task) == job.statuses.success
    assert creates_seen(standin, op) == before + 2


@FIRST_EACH
@pytest.mark.parametrize("fault", ["drop", "servererror"])
def test_a_create_that_may_have_been_acted_on_is_not_sent_again(
    job: Job,
    create: Create,
    op: Operation,
    fault: str,
    make_client: Callable[..., Any],
    standin: StandInServer,
    task_id: Callable[..., str],
) -> None:
    client = make_client(job.provider.key, max_retries=3).with_headers({answers.FAULT_HEADER: task_id(fault)})
    before = creates_seen(standin, op)
    error = job.package.ApiConnectionError if fault == "drop" else job.package.ServerError
    with pytest.raises(error) as caught:
        run(job, create, "sync", client, documented_body(op))
    assert creates_seen(standin, op) == before + 1
    if fault == "drop":
        assert "may have been acted on" in str(caught.value)


@FIRST_EACH
def test_a_create_that_timed_out_is_not_sent_again(
    job: Job,
    create: Create,
    op: Operation,
    make_client: Callable[..., Any],
    standin: StandInServer,
    task_id: Callable[..., str],
) -> None:
    client = make_client(job.provider.key, timeout=0.5).with_headers({answers.FAULT_HEADER: task_id("hang")})
    before = creates_seen(standin, op)
    with pytest.raises(job.package.ApiConnectionError, match="may have been acted on"):
        run(job, create, "sync", client, documented_body(op))
    assert creates_seen(standin, op) == before + 1


@FIRST_EACH
def test_a_create_that_never_connected_is_retried(job: Job, create: Create, op: Operation, clock: FakeClock) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = job.package.create_client("k", base_url=f"http://127.0.0.1:{port}", max_retries=2, clock=clock)
    with pytest.raises(job.package.ApiConnectionError) as caught:
        run(job, create, "sync", client, documented_body(op))
    assert "may have been" not in str(caught.value)
    assert len(clock.sleeps) == 2
