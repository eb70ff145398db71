"""Which errors carry the "check base_url" hint, and which transport a client sends through when the one it
was given serves only the other kind of client.

Pinned from a user's view, since each is something a caller reads or counts on:

- The hint a client whose base URL's path is not the provider default's adds to an error ("check base_url:
  it is ..., whose path is not that of ...") is for an HTTP 404 NotFoundError only: the answer of a server
  that has no such path, which a wrong base URL gives on every call. A "no such task" that the API itself
  sent in its envelope under HTTP 200 (a NotFoundError too) shows the base URL reached the API, and so does a
  404 whose envelope code names another error (BadRequestError); neither gets the hint, and nor does a 401
  or a 500. The message (`str(error)`) and `error.hint` agree.
- A transport passed in `httpx_args` is used by the kind of client it serves. The generated client hands
  the same `httpx_args` to its sync and its async httpx client, so a sync-only transport (an
  `httpx.HTTPTransport`, a sync test double) given to a client whose async calls are then used leaves those
  calls to httpx's own async transport, and an async-only one leaves the sync calls to httpx's own: the call
  is answered by the server at the base URL, rather than failing inside httpx with an AttributeError.

The hint tests use every package whose provider answers in a code envelope (the first package is one); the
transport tests use the first package (every package carries the same core) and the in-process stand-in.
"""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.doubles.core import PACKAGE
from tests.doubles.endpoints import Job, jobs, packages
from tests.doubles.standin.server import StandInServer

WRONG_BASE_URL = "https://api.example.test/somewhere/else"
"""A base URL whose path is not any provider default's: its client adds the hint where it applies."""


def _profile(package: ModuleType) -> Any:
    return importlib.import_module(f"{package.__name__}.lib.profile").PROFILE


def _code_for(package: ModuleType, cls: type[Any]) -> int | str:
    """A provider error code that the package raises as `cls`."""
    code: int | str = next(code for code, found in _profile(package).code_errors.items() if found is cls)
    return code


def _envelope(package: ModuleType, code: int | str, message: str) -> dict[str, Any]:
    """A provider error body in the package's envelope: its code and message (and a false success flag)."""
    envelope = _profile(package).envelope
    body: dict[str, Any] = {envelope.code_fields[0]: code, envelope.message_fields[0]: message}
    if envelope.success_flag:
        body[envelope.success_flag] = False
    return body


CODE_ENVELOPES = [package for package in packages().values() if _profile(package).envelope.kind == "code"]
assert PACKAGE in CODE_ENVELOPES  # the first package's mutants are the ones `make mutate` tries
EACH_CODED = pytest.mark.parametrize("package", CODE_ENVELOPES, ids=lambda package: package.__name__)
BOTH = pytest.mark.parametrize("mode", ["sync", "async"])


def _error_from(package: ModuleType, mode: str, status: int, body: Any) -> Any:
    """The error a GET raises on a client on WRONG_BASE_URL whose server answers `status` with JSON `body`."""
    client = package.create_client(
        "k",
        base_url=WRONG_BASE_URL,
        max_retries=0,
        httpx_args={"transport": httpx.MockTransport(lambda request: httpx.Response(status, json=body))},
    )
    with pytest.raises(package.ApiError) as raised:
        if mode == "sync":
            with client:
                client.get_httpx_client().get("/tasks/t-1")
        else:

            async def fetch() -> None:
                async with client:
                    await client.get_async_httpx_client().get("/tasks/t-1")

            asyncio.run(fetch())
    return raised.value


@EACH_CODED
@BOTH
def test_a_404_not_found_carries_the_hint(package: ModuleType, mode: str) -> None:
    """What a wrong base URL gives on every call: the hint is there, at the end of the message."""
    error = _error_from(package, mode, 404, {"detail": "Not Found"})
    assert type(error) is package.NotFoundError and error.status_code == 404
    assert error.hint is not None and error.hint.startswith(f"check base_url: it is {WRONG_BASE_URL!r}, ")
    assert str(error).endswith(f"; {error.hint}")


@EACH_CODED
@BOTH
def test_a_not_found_the_api_sent_under_200_has_no_hint(package: ModuleType, mode: str) -> None:
    """The API itself answered "no such task": the base URL is right, so the message does not send the user to
    check it."""
    body = _envelope(package, _code_for(package, package.NotFoundError), "no such task")
    error = _error_from(package, mode, 200, body)
    assert type(error) is package.NotFoundError and error.status_code == 200
    assert error.hint is None
    assert "check base_url" not in str(error) and str(error).endswith("no such task")


@EACH_CODED
@BOTH
def test_a_404_whose_envelope_names_another_error_has_no_hint(package: ModuleType, mode: str) -> None:
    body = _envelope(package, _code_for(package, package.BadRequestError), "invalid parameter")
    error = _error_from(package, mode, 404, body)
    assert type(error) is package.BadRequestError and error.status_code == 404
    assert error.hint is None
    assert "check base_url" not in str(error)


@EACH_CODED
@BOTH
@pytest.mark.parametrize(("status", "kind"), [(401, "AuthenticationError"), (500, "ServerError")])
def test_other_errors_have_no_hint(package: ModuleType, mode: str, status: int, kind: str) -> None:
    """A refused key or a server failure is no sign of a wrong base URL; the message says only what happened."""
    error = _error_from(package, mode, status, {"detail": "no"})
    assert type(error) is getattr(package, kind) and error.status_code == status
    assert error.hint is None
    assert "check base_url" not in str(error)


class SyncOnly(httpx.BaseTransport):
    """A transport for `httpx.Client` only, which answers every request with a 500 and notes it."""

    def __init__(self) -> None:
        self.seen: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        return httpx.Response(500, json={"detail": "the sync-only transport"})


class AsyncOnly(httpx.AsyncBaseTransport):
    """A transport for `httpx.AsyncClient` only, which answers every request with a 500 and notes it."""

    def __init__(self) -> None:
        self.seen: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        return httpx.Response(500, json={"detail": "the async-only transport"})


FIRST_JOB: Job = next(job for job in jobs() if job.package is PACKAGE)


@pytest.mark.parametrize(("given", "form"), [(SyncOnly, "asyncio_detailed"), (AsyncOnly, "sync_detailed")])
def test_a_transport_for_the_other_kind_of_client_leaves_the_call_to_httpx(
    given: Callable[[], SyncOnly | AsyncOnly],
    form: str,
    make_client: Callable[..., Any],
    standin: StandInServer,
) -> None:
    """The status call is answered by the stand-in at the base URL (through httpx's own transport), not by the
    transport given for the other kind of client, and not with an AttributeError from inside httpx."""
    transport = given()
    client = make_client(FIRST_JOB.provider.key, max_retries=0, httpx_args={"transport": transport})
    before = len(standin.requests)
    answer = FIRST_JOB.fetch(form, client, "done-1")
    assert answer.status_code == 200
    assert answer.parsed is not None
    assert transport.seen == []
    assert [(seen.method, "done-1" in seen.path) for seen in standin.requests[before:]] == [("GET", True)]
