"""What a refused create body names, what an error shows of the exchange, and what the transport stops or retries.

Pinned from a user's view, since each is something a caller reads or counts on:

- A create body whose list of models was given as a one-pass iterable (a generator, `map(...)`) is still
  refused with InvalidArgumentError naming each unknown key's path; the keys written inside such a list cannot
  be read back once the model has consumed it, so a nested model there is named by its attribute.
- An error's `headers` and `url` never show a secret: a header or query parameter whose name ends in `key` or
  `token` (`X-Apikey`, `accesstoken`) is left out or shown as `***`, and the provider's auth header is left out
  in whatever case the server spelt it, even when its name holds no secret word.
- `error_for`: a status the provider documents (its status map) wins over the generic table.
- An ApiError built by hand has an empty body; every ApiError carries its message as its only argument, so
  its repr (what a log of `repr(error)` or a debugger shows) is the message, not `None`.
- A whole answer must arrive within what a wait left the request (`request_budget`): time spent waiting for
  the headers counts, so a body that trickles in past that budget is stopped as ApiTimeoutError.
- A create (POST) that failed before it left (a refused connection) is retried, in sync and async clients.

The first package is used: every package carries the same core.
"""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs
import httpx
import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.core import PACKAGE, core
from tests.doubles.trickle import Trickle

creating = core("creating")
errors = core("errors")
responses = core("responses")
TRANSPORT = core("transport")
PROFILE = importlib.import_module(f"{PACKAGE.__name__}.lib.profile").PROFILE

BOTH = pytest.mark.parametrize("mode", ["sync", "async"])
API = "https://api.example.test/v1/videos"
HELPER = "start_demo"


# --- what a refused create body names ---------------------------------------------------------------------------


@attrs.define
class Leaf:
    name: str | None = None
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Leaf:
        d = dict(src)
        leaf = cls(name=d.pop("name", None))
        leaf.additional_properties = d
        return leaf


@attrs.define
class Entry:
    sub_item: Leaf | None = None
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Entry:
        d = dict(src)
        sub = d.pop("subItem", None)
        entry = cls(sub_item=None if sub is None else Leaf.from_dict(sub))
        entry.additional_properties = d
        return entry


@attrs.define
class Body:
    entries: list[Entry] | None = None
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Body:
        """As the generator writes a list of models: one pass over whatever iterable was given."""
        d = dict(src)
        given = d.pop("entries", None)
        body = cls(entries=None if given is None else [Entry.from_dict(each) for each in given])
        body.additional_properties = d
        return body


def refusal(body: object) -> str:
    def never(client: Any, body: Any) -> Any:
        raise AssertionError("a refused body is never sent")

    async def never_async(client: Any, body: Any) -> Any:
        raise AssertionError("a refused body is never sent")

    create = creating.CreateEndpoint(
        helper=HELPER, send=never, send_async=never_async, body_model=Body, id_path="data.task_id"
    )
    with pytest.raises(PACKAGE.InvalidArgumentError) as raised:
        creating.body_of(create, body)
    return str(raised.value)


def one_pass(items: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    yield from items


def test_a_list_given_as_a_one_pass_iterable_still_names_each_unknown_key() -> None:
    body = {"entries": one_pass([{"zz": 1}, {"subItem": {"name": "n", "x": 2}}])}
    assert refusal(body) == f"{HELPER}: Body has no field 'entries[0].zz', 'entries[1].sub_item.x'"


def test_a_list_given_as_a_map_object_still_names_each_unknown_key() -> None:
    assert refusal({"entries": map(dict, [{"zz": 1}])}) == f"{HELPER}: Body has no field 'entries[0].zz'"


# --- what an error shows of the exchange ------------------------------------------------------------------------


def refused(url: str, headers: Mapping[str, str]) -> Any:
    """The error a 401 answer with these headers raises through the client's transport."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, headers=headers, content=b"denied")

    transport = TRANSPORT.RetryingTransport(0, httpx.MockTransport(handler), clock=FakeClock())
    with httpx.Client(transport=transport) as http, pytest.raises(PACKAGE.ApiError) as caught:
        http.get(url)
    return caught.value


def test_a_header_or_parameter_ending_in_key_or_token_is_never_shown() -> None:
    error = refused(
        f"{API}?apikey=k-secret&accesstoken=t-secret&page=2",
        {"X-Apikey": "k-secret", "X-Accesstoken": "t-secret", "X-Request-Id": "r-1"},
    )
    assert error.url == f"{API}?apikey=***&accesstoken=***&page=2"
    assert {name.lower() for name in error.headers} == {"x-request-id", "content-length"}
    assert "secret" not in f"{error} {error.headers}"


def test_the_auth_header_is_never_shown_even_when_its_name_holds_no_secret_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A provider may name its key header without any secret word (`X-Account`); only the profile says it holds
    the key, and a proxy may echo it back in any case."""
    monkeypatch.setattr(responses, "PROFILE", dataclasses.replace(PROFILE, auth_header="X-Account"))
    error = refused(API, {"x-account": "the-api-key", "X-Request-Id": "r-1"})
    assert {name.lower() for name in error.headers} == {"x-request-id", "content-length"}
    assert error.request_id == "r-1"


def test_a_status_the_provider_documents_wins_over_the_generic_table() -> None:
    """Providers document statuses the generic table does not know (415 as a refused upload)."""
    documented = errors.error_for(415, b"", status_map={415: PACKAGE.BadRequestError})
    assert type(documented) is PACKAGE.BadRequestError
    assert type(errors.error_for(415, b"")) is PACKAGE.ApiError


def test_an_error_built_by_hand_has_an_empty_body() -> None:
    """Users build errors to stand in for a failing call in their own tests."""
    assert PACKAGE.ServerError("down", status_code=503).body == b""


def test_an_errors_repr_shows_its_message() -> None:
    error = refused(API, {})
    assert error.args == (error.message,)
    assert repr(error) == f"{type(error).__name__}({error.message!r})"


# --- what the transport stops or retries -------------------------------------------------------------------------


def send(mode: str, transport: Any, method: str, *, budget: float | None = None) -> httpx.Response:
    """One request through `transport` of an httpx.Client (or AsyncClient), within `budget` seconds in all, as
    a wait gives it; the request asks for a file (`BINARY`), so any non-JSON 2xx body is the answer."""
    extensions = {responses.BINARY: True}
    if mode == "sync":
        with httpx.Client(transport=transport, timeout=30) as http, TRANSPORT.request_budget(budget):
            return http.request(method, API, extensions=extensions)

    async def run() -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, timeout=30) as http:
            with TRANSPORT.request_budget(budget):
                return await http.request(method, API, extensions=extensions)

    return asyncio.run(run())


def slow_server(clock: FakeClock) -> Any:
    """Headers after 4 s, then a body in two pieces a second apart: 6 s in all."""

    def handler(request: httpx.Request) -> httpx.Response:
        clock.sleep(4)
        return httpx.Response(200, headers={"content-type": "video/mp4"}, stream=Trickle(clock, [b"01", b"23"], gap=1))

    return TRANSPORT.RetryingTransport(0, httpx.MockTransport(handler), clock=clock)


@pytest.fixture
def clock() -> FakeClock:
    """The transport times a request's budget and its body on the clock it is given, as the wait does."""
    return FakeClock()


@BOTH
def test_a_body_that_trickles_past_a_waits_budget_is_stopped(mode: str, clock: FakeClock) -> None:
    with pytest.raises(PACKAGE.ApiTimeoutError) as caught:
        send(mode, slow_server(clock), "GET", budget=5)
    assert str(caught.value) == f"GET {API} timed out (ReadTimeout)"
    assert clock.elapsed == 6


@BOTH
def test_the_same_body_arrives_whole_with_no_budget(mode: str, clock: FakeClock) -> None:
    assert send(mode, slow_server(clock), "GET").content == b"0123"


@BOTH
def test_a_create_whose_connection_was_refused_is_sent_again(mode: str) -> None:
    """The refused connection proves the server never saw the create, so sending it again cannot pay twice."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            raise httpx.ConnectError("refused")
        return httpx.Response(200, headers={"content-type": "video/mp4"}, content=b"ok")

    clock = FakeClock()
    transport = TRANSPORT.RetryingTransport(1, httpx.MockTransport(handler), clock=clock)
    assert send(mode, transport, "POST").content == b"ok"
    assert len(seen) == 2 and len(clock.sleeps) == 1
