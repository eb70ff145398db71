"""A client per provider whose transport answers whatever the current fuzz input says, on the one virtual
clock (tests.doubles.clock.FakeClock, given to the client), and the arguments to call any operation with.

Everything is derived from the registry and the specs: an operation's arguments are its documented
parameter examples (coerced to the generated signature's types), and its body the documented request
example, or one drawn from the request schema where the spec documents none.
"""

from __future__ import annotations

import enum
import inspect
import re
import typing
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

import httpx
from dateutil.parser import isoparse
from hypothesis import strategies as st

from registry import Provider
from tests.doubles.clock import FakeClock
from tests.doubles.compare import normalise
from tests.doubles.endpoints import Operation, packages
from tests.doubles.standin import examples

from .bodies import Scripted, json_schema, valid_bodies

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


# --- arguments -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Param:
    """One parameter of a generated operation function, with what the spec says about it."""

    name: str  # the generated function's name for it
    spec_name: str  # the spec's name (the query string's key)
    in_path: bool
    required: bool
    text: bool  # takes a plain str: a hostile id fits here
    example: Any  # the documented example as the function takes it


def _snake(name: str) -> str:
    return re.sub(r"[^0-9a-zA-Z]+", "_", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)).strip("_").lower()


def _choices(annotation: Any) -> tuple[Any, ...]:
    return typing.get_args(annotation) or (annotation,)


def _coerce(annotation: Any, value: Any) -> Any:
    """A documented example (plain JSON) as the generated function takes it."""
    for choice in _choices(annotation):
        if not inspect.isclass(choice):
            continue
        if issubclass(choice, enum.Enum):
            try:
                return choice(value)
            except ValueError:
                continue
        if isinstance(value, dict) and hasattr(choice, "from_dict"):
            return choice.from_dict(value)
        if choice in (datetime, date) and isinstance(value, str):
            parsed = isoparse(value)
            return parsed if choice is datetime else parsed.date()
        if choice is float and isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if choice in (str, int, bool) and type(value) is choice:
            return value
    return value


def _stand_in(annotation: Any) -> Any:
    """A value of the parameter's type where the spec documents no example."""
    for choice in _choices(annotation):
        if inspect.isclass(choice) and issubclass(choice, enum.Enum):
            return next(iter(choice))
        if choice in (str, int, float, bool):
            return {str: "example-1", int: 1, float: 1.0, bool: True}[choice]
    return "example-1"


@cache
def params(op: Operation) -> tuple[Param, ...]:
    """The operation's path parameters (in path order) and query parameters, with their documented examples."""
    document = examples.spec(op.provider.key)
    declared = [examples.resolve(document, p) for p in op.definition.get("parameters", [])]
    by_name = {p["name"]: p for p in declared}
    by_snake = {_snake(p["name"]): p for p in declared}
    hints = typing.get_type_hints(op.module.sync_detailed)
    signature = inspect.signature(op.module.sync_detailed).parameters
    spec_path_names = [m[1:-1] for m in re.findall(r"\{[^}]+\}", op.spec_path)]
    found = []
    for name, spec_name in [*zip(op.path_params, spec_path_names, strict=True), *((n, n) for n in op.query_params)]:
        spec = by_name.get(spec_name) or by_snake.get(_snake(spec_name)) or {"name": spec_name}
        annotation = hints.get(name, str)
        example = examples.parameter_example(document, spec)
        value = _coerce(annotation, example) if example is not None else _stand_in(annotation)
        found.append(
            Param(
                name=name,
                spec_name=str(spec["name"]),
                in_path=name in op.path_params,
                required=signature[name].default is inspect.Parameter.empty,
                text=str in _choices(annotation),
                example=value,
            )
        )
    return tuple(found)


def _body_model(op: Operation) -> Any:
    annotation = typing.get_type_hints(op.module.sync_detailed)["body"]
    return next(c for c in _choices(annotation) if inspect.isclass(c) and hasattr(c, "from_dict"))


def _documented_body(op: Operation) -> Any:
    """The documented request example as the body model (None when the spec documents none)."""
    found = examples.request_example(examples.spec(op.provider.key), op.definition)
    if found is None or found[1] is None:
        return None
    return _body_model(op).from_dict(found[1])


@cache
def _body(op: Operation) -> st.SearchStrategy[Any]:
    documented = _documented_body(op)
    if documented is not None:
        return st.just(documented)
    document = examples.spec(op.provider.key)
    body = examples.resolve(document, op.definition["requestBody"])
    _, media = next(iter(body.get("content", {}).items()))
    return valid_bodies(json_schema(document, media.get("schema") or {})).map(_body_model(op).from_dict)


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
