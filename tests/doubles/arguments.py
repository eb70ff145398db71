"""The arguments to call any generated operation with, from its documentation: each parameter's documented
example as the generated signature takes it (an enum member, a model, a date), a typed stand-in where the spec
documents none, and the documented request body as its model. Used by the documented-exchange test and the fuzz
tests alike."""

from __future__ import annotations

import enum
import inspect
import re
import typing
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from dateutil.parser import isoparse

from .endpoints import Operation
from .standin import examples


@dataclass(frozen=True)
class Param:
    """One parameter of a generated operation function, with what the spec says about it."""

    name: str  # the generated function's name for it
    spec_name: str  # the spec's name (the query string's key)
    in_path: bool
    required: bool
    text: bool  # takes a plain str: a hostile id fits here
    example: Any  # the documented example as the function takes it
    documented: bool  # the spec gives an example (else `example` is a typed stand-in)


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
                documented=example is not None,
            )
        )
    return tuple(found)


def body_model(op: Operation) -> Any:
    annotation = typing.get_type_hints(op.module.sync_detailed)["body"]
    return next(c for c in _choices(annotation) if inspect.isclass(c) and hasattr(c, "from_dict"))


def documented_body(op: Operation) -> Any:
    """The documented request example as the body model (None when the spec documents none)."""
    found = examples.request_example(examples.spec(op.provider.key), op.definition)
    if found is None or found[1] is None:
        return None
    return body_model(op).from_dict(found[1])


def documented(op: Operation) -> tuple[list[Any], dict[str, Any]]:
    """(positional, keyword) arguments of `op` from its documentation: path parameters in path order, query
    parameters by name where documented or required, and the documented body."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in params(op):
        if param.in_path:
            args.append(param.example)
        elif param.required or param.documented:
            kwargs[param.name] = param.example
    if op.takes_body:
        body = documented_body(op)
        assert body is not None, f"{op}: takes a body but the spec documents none"
        kwargs["body"] = body
    return args, kwargs
