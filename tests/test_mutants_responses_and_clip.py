"""Exact promises of the shared core that a user sees, pinned so a change to any of them is noticed:

- on a plain generated client (no retrying transport to check the answer first), a success body that does not
  match the spec is MalformedResponseError naming the parser's exception class and words, with the status, the
  body, the request's method and URL, the response headers and request id, and the parser's exception as its
  cause; a 2xx outside the standard list (299) is the same class, saying "non-standard status" and carrying
  the same details;
- a configured client decodes and checks each answer once: the transport's verdict is not redone when the
  endpoint builds its Response;
- an error message is kept whole up to 300 characters and clipped beyond, to 299 of them and "…";
- a wait given a client with no clock (no `clock` attribute, or None) runs on the real clock.

The first package is used: every package carries the same core.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.doubles.core import PACKAGE, core
from tests.doubles.endpoints import Job, jobs
from tests.doubles.standin import answers
from tests.doubles.standin import scenarios as sc
from tests.doubles.task_endpoint import Reply, Task, endpoint

clock_mod: Any = core("clock")
waiting: Any = core("waiting")
PROFILE = importlib.import_module(f"{PACKAGE.__name__}.lib.profile").PROFILE

JOB: Job = next(job for job in jobs() if job.package is PACKAGE)
HEADERS = {"x-request-id": "req-7", "set-cookie": "session=secret"}


def success_body() -> Any:
    _, body = answers.task_body(JOB, "task-1", sc.SUCCESS)
    return body


def plain_fetch(status: int, body: Any) -> tuple[Any, httpx.Request, bytes]:
    """The error a plain client's status call raises for this answer, the request it made and the body sent."""
    seen: list[httpx.Request] = []
    answer = httpx.Response(status, json=body, headers=HEADERS)

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer

    client = PACKAGE.AuthenticatedClient(
        base_url=JOB.provider.base_url, token="k", httpx_args={"transport": httpx.MockTransport(handle)}
    )
    with pytest.raises(PACKAGE.MalformedResponseError) as raised:
        JOB.fetch("sync_detailed", client, "task-1")
    return raised.value, seen[0], answer.content


def assert_carries_the_exchange(error: Any, request: httpx.Request, status: int, content: bytes) -> None:
    assert type(error) is PACKAGE.MalformedResponseError
    assert error.status_code == status
    assert error.body == content
    assert (error.method, error.url) == ("GET", str(request.url))
    assert error.request_id == "req-7"
    assert error.headers["x-request-id"] == "req-7"
    assert "set-cookie" not in error.headers


# --- build_response on a plain client -------------------------------------------------------------------------


def test_a_plain_client_reports_a_success_body_that_does_not_match_the_spec() -> None:
    body = success_body()
    assert JOB.kind.task != "."
    body[JOB.kind.task] = "not an object"
    error, request, content = plain_fetch(200, body)
    cause = error.__cause__
    assert isinstance(cause, (KeyError, TypeError, ValueError, AttributeError))
    assert error.message == (
        f"{PROFILE.provider} sent a body that does not match the spec ({type(cause).__name__}: {cause})"
    )
    assert_carries_the_exchange(error, request, 200, content)


def test_a_plain_client_reports_a_non_standard_success_status() -> None:
    body = success_body()
    error, request, content = plain_fetch(299, body)
    assert error.message == f"{PROFILE.provider} answered with non-standard status 299"
    assert isinstance(error.__cause__, ValueError)
    assert_carries_the_exchange(error, request, 299, content)


def test_a_configured_client_decodes_each_answer_once(monkeypatch: pytest.MonkeyPatch) -> None:
    body = success_body()
    decoded: list[Any] = []
    loads: Callable[..., Any] = json.loads

    def counting(text: Any, *args: Any, **kwargs: Any) -> Any:
        decoded.append(text)
        return loads(text, *args, **kwargs)

    client = PACKAGE.create_client(
        "k", httpx_args={"transport": httpx.MockTransport(lambda request: httpx.Response(200, json=body))}
    )
    monkeypatch.setattr(json, "loads", counting)
    response = JOB.fetch("sync_detailed", client, "task-1")
    monkeypatch.undo()
    assert response.status_code == 200
    assert response.parsed is not None
    assert decoded == [response.content]


# --- how long a message may be --------------------------------------------------------------------------------


@pytest.mark.parametrize("length", [1, 299, 300])
def test_a_message_of_up_to_300_characters_is_kept_whole(length: int) -> None:
    message = "m" * length
    error = PACKAGE.ApiError(message, status_code=500)
    assert error.message == message
    assert str(error) == f"HTTP 500: {message}"


@pytest.mark.parametrize("length", [301, 302, 1000])
def test_a_longer_message_is_clipped_to_299_characters_and_an_ellipsis(length: int) -> None:
    error = PACKAGE.ApiError("".join(str(i % 10) for i in range(length)), status_code=500)
    clipped = "".join(str(i % 10) for i in range(299)) + "…"
    assert error.message == clipped
    assert len(error.message) == 300
    assert str(error) == f"HTTP 500: {clipped}"


# --- the clock of a client without one ------------------------------------------------------------------------


class Bare:
    """A client object from before clocks: only what a wait reads besides the clock."""

    max_retries = 2

    def get_httpx_client(self) -> None:
        return None


class NoneClock(Bare):
    clock = None


@pytest.mark.parametrize("kind", [Bare, NoneClock], ids=["no-attribute", "none"])
def test_a_wait_on_a_client_without_a_clock_runs_on_the_real_one(kind: type[Bare]) -> None:
    client = kind()
    assert clock_mod.clock_of(client) is clock_mod.SYSTEM
    done = Task(status="done")
    assert waiting.wait(endpoint(iter([Reply(done)])), client, "t-1", timeout=60.0) is done
