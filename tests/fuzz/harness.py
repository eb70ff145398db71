"""A client per provider whose transport answers whatever the current fuzz input says, on the one virtual
clock (tests.doubles.clock.FakeClock, given to the client), and the arguments to call any operation with.

Everything is derived from the registry and the specs: an operation's arguments are its documented
parameter examples (coerced to the generated signature's types), and its body the documented request
example, or one drawn from the request schema where the spec documents none.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import httpx
from hypothesis import strategies as st

from registry import Provider
from tests.doubles.arguments import Param, body_model, documented_body, params
from tests.doubles.clock import FakeClock
from tests.doubles.compare import normalise
from tests.doubles.endpoints import Operation, packages
from tests.doubles.schemas import json_schema
from tests.doubles.standin import examples

from .bodies import Scripted, valid_bodies

__all__ = ["KEY", "Param", "ScriptedServer", "call_arguments", "client_for", "normalise", "params", "plain"]

KEY = "fuzz-key-0123456789"


class ScriptedServer:
    """Answers every request with the current scripted response; records what was asked."""

    def __init__(self) -> None:
        self.scripted = Scripted("valid", 200, b"{}", "application/json")
        self.requests: list[httpx.Request] = []

    def answer(self, scripted: Scripted) -> None:
        self.scripted = scripted
        self.requests.clear()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(
            self.scripted.status, content=self.scripted.body, headers={"content-type": self.scripted.content_type}
        )


def client_for(provider: Provider, server: ScriptedServer, clock: FakeClock | None = None) -> tuple[Any, FakeClock]:
    """A create_client() client on the provider's production base URL, answered by `server`, on a FakeClock."""
    chosen = clock if clock is not None else FakeClock()
    package = packages()[provider.key]
    client = package.create_client(
        KEY, base_url=provider.base_url, clock=chosen, httpx_args={"transport": httpx.MockTransport(server)}
    )
    return client, chosen


def plain(parsed: Any) -> Any:
    """A parsed answer as plain data: models through to_dict(), lists item by item."""
    if isinstance(parsed, list):
        return [plain(item) for item in parsed]
    to_dict = getattr(parsed, "to_dict", None)
    return to_dict() if callable(to_dict) else parsed


@cache
def _body(op: Operation) -> st.SearchStrategy[Any]:
    documented = documented_body(op)
    if documented is not None:
        return st.just(documented)
    document = examples.spec(op.provider.key)
    body = examples.resolve(document, op.definition["requestBody"])
    _, media = next(iter(body.get("content", {}).items()))
    return valid_bodies(json_schema(document, media.get("schema") or {})).map(body_model(op).from_dict)


@st.composite
def call_arguments(draw: st.DrawFn, op: Operation, text: str | None = None) -> tuple[list[Any], dict[str, Any]]:
    """(positional, keyword) arguments for any form of `op`: documented examples, and `text` (a hostile id)
    in every parameter that takes a plain string when it is given."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in params(op):
        value = text if text is not None and param.text else param.example
        if param.in_path:
            args.append(value)
        else:
            kwargs[param.name] = value
    if op.takes_body:
        kwargs["body"] = draw(_body(op))
    return args, kwargs
