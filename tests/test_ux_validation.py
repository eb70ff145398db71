"""Validation in one voice (issue 10, 9): every argument a user can get wrong is refused before any request with
InvalidArgumentError (a ValueError and a TypeError too), whose message names the argument and what it accepts;
`dir()` of each package shows only public names; messages count in good English."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest

from registry import Create
from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import Job, Operation, jobs, packages
from tests.doubles.standin.server import StandInServer
from tests.test_create_and_wait import creates_seen, documented_body, run

FIRST_JOB = {job.provider.key: job for job in reversed(jobs())}
EACH = pytest.mark.parametrize("job", list(FIRST_JOB.values()), ids=lambda job: job.provider.key)
PACKAGES = packages()


def _refused(package: ModuleType, call: Callable[[], object], argument: str, *words: str) -> Any:
    with pytest.raises(package.InvalidArgumentError) as caught:
        call()
    error = caught.value
    assert error.argument == argument  # before the isinstance below, which narrows away `argument`
    assert isinstance(error, ValueError) and isinstance(error, TypeError)
    assert argument in str(error), str(error)
    for word in words:
        assert word in str(error), str(error)
    return error


@EACH
@pytest.mark.parametrize("timeout", ["5", -1, 0, math.nan, math.inf, True, None])
def test_create_client_refuses_a_bad_timeout(job: Job, timeout: object) -> None:
    _refused(job.package, lambda: job.package.create_client("k", timeout=timeout), "timeout", "seconds")


@EACH
@pytest.mark.parametrize("max_retries", ["2", -1, 1.5, True, None])
def test_create_client_refuses_a_bad_max_retries(job: Job, max_retries: int) -> None:
    _refused(job.package, lambda: job.package.create_client("k", max_retries=max_retries), "max_retries", ">= 0")


@EACH
def test_create_client_refuses_a_bad_clock_and_key_type(job: Job) -> None:
    _refused(job.package, lambda: job.package.create_client("k", clock=object()), "clock", "monotonic")
    _refused(job.package, lambda: job.package.create_client(b"k"), "api_key", "string")


@EACH
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("timeout", [-1, "5", math.nan, False])
def test_a_wait_refuses_a_bad_timeout_before_any_request(
    job: Job, mode: str, timeout: object, make_client: Callable[..., Any], standin: StandInServer
) -> None:
    before = len(standin.requests)
    _refused(
        job.package, lambda: job.run(mode, make_client(job.provider.key), "done-1", timeout=timeout), "timeout", ">= 0"
    )
    assert len(standin.requests) == before


@EACH
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_wait_refuses_a_bad_client_policy_or_id(job: Job, mode: str, make_client: Callable[..., Any]) -> None:
    package = job.package
    _refused(package, lambda: job.run(mode, None, "done-1"), "client", "create_client")
    _refused(package, lambda: job.run(mode, "a client", "done-1"), "client")
    _refused(
        package, lambda: job.run(mode, make_client(job.provider.key), "done-1", policy=5.0), "policy", "PollPolicy"
    )
    _refused(package, lambda: job.run(mode, make_client(job.provider.key), "  "), "task id", "empty")
    _refused(package, lambda: job.run(mode, make_client(job.provider.key), "done-1", on_progress=3), "on_progress")


@EACH
def test_a_generated_call_refuses_a_missing_client(job: Job) -> None:
    _refused(job.package, lambda: job.fetch("sync_detailed", None, "done-1"), "client", "create_client")
    _refused(job.package, lambda: job.fetch("asyncio", None, "done-1"), "client")


@EACH
def test_a_closed_client_is_a_typed_error(job: Job, make_client: Callable[..., Any]) -> None:
    client = make_client(job.provider.key)
    with client:
        job.run("sync", client, "done-1")
    _refused(job.package, lambda: job.run("sync", client, "done-2"), "client", "closed", "create_client")

    async def closed_async() -> None:
        async with client:
            await getattr(job.package, f"{job.kind.helper}_async")(client, "done-3")
        await getattr(job.package, f"{job.kind.helper}_async")(client, "done-4")

    _refused(job.package, lambda: asyncio.run(closed_async()), "client", "closed")


@EACH
def test_a_client_already_used_may_enter_a_with_block(job: Job, make_client: Callable[..., Any]) -> None:
    client = make_client(job.provider.key)
    job.run("sync", client, "done-1")
    with client:
        job.run("sync", client, "done-2")
    _refused(job.package, lambda: job.run("sync", client, "done-3"), "client", "closed")


@EACH
@pytest.mark.parametrize(
    ("values", "argument", "wanted"),
    [
        ((0, 2, 10), "initial", "> 0"),
        ((1, 0.5, 10), "multiplier", ">= 1"),
        ((5, 2, 1), "maximum", ">= initial"),
        ((1, 2, 10, 1.0), "jitter", "below 1"),
        (("1", 2, 10), "initial", "finite number"),
        ((1, math.inf, 10), "multiplier", "finite number"),
        ((1, 2, 10, True), "jitter", "finite number"),
    ],
)
def test_poll_policy_refuses_bad_values(job: Job, values: tuple[object, ...], argument: str, wanted: str) -> None:
    _refused(job.package, lambda: job.package.PollPolicy(*values), argument, wanted, "PollPolicy")


@pytest.mark.parametrize("key", sorted(PACKAGES), ids=str)
def test_dir_shows_only_public_names(key: str) -> None:
    package = PACKAGES[key]
    shown = dir(package)
    assert not {"Any", "TYPE_CHECKING", "import_module", "annotations"} & set(shown)
    assert not [name for name in shown if name.startswith("_") and name not in ("__version__", "__api_version__")]
    assert {"create_client", "PollPolicy", "SDKError", "AuthenticatedClient", "models", "api"} <= set(shown)
    for name in shown:
        getattr(package, name)


@EACH
def test_one_poll_is_one_poll(job: Job, make_client: Callable[..., Any], clock: FakeClock) -> None:
    with pytest.raises(job.package.WaitTimeoutError) as caught:
        job.run("sync", make_client(job.provider.key), "never-grammar", timeout=0)
    assert "(1 poll," in str(caught.value)


@EACH
def test_with_options_refuses_bad_values(job: Job, make_client: Callable[..., Any]) -> None:
    client = make_client(job.provider.key)
    _refused(job.package, lambda: client.with_options(timeout=-1), "timeout")
    _refused(job.package, lambda: client.with_options(max_retries=-1), "max_retries")
    plain = job.package.AuthenticatedClient(base_url=job.provider.base_url, token="k")
    _refused(job.package, lambda: plain.with_options(max_retries=1), "max_retries", "create_client")
    assert isinstance(plain.with_options(timeout=3).get_httpx_client().timeout, httpx.Timeout)


FIRST_CREATE = {job.provider.key: (job, create, op) for job in reversed(jobs()) for create, op in job.creates[:1]}


@pytest.mark.parametrize(("job", "create", "op"), list(FIRST_CREATE.values()), ids=lambda v: getattr(v, "helper", ""))
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    ("options", "argument"),
    [({"timeout": -1}, "timeout"), ({"policy": "fast"}, "policy"), ({"on_progress": 1}, "on_progress")],
)
def test_a_create_and_wait_checks_the_wait_arguments_before_the_create(
    job: Job,
    create: Create,
    op: Operation,
    mode: str,
    options: dict[str, Any],
    argument: str,
    make_client: Callable[..., Any],
    standin: StandInServer,
) -> None:
    """A create costs money: a wrong wait argument must be refused before it is sent, not after."""
    before = creates_seen(standin, op)
    _refused(
        job.package,
        lambda: run(job, create, mode, make_client(job.provider.key), documented_body(op), **options),
        argument,
    )
    assert creates_seen(standin, op) == before
