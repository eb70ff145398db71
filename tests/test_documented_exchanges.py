"""Every operation of every package, called with its documented arguments and answered with its documented
example, replayed from a cassette: the exchange as the provider's pages show it, parsed and round-tripped.

These cassettes are the documentation, not the stand-in's behaviour: tests/contract checks that each one
holds exactly the spec's example. `make record` re-records them (from the stand-in, which serves those
examples, or from the live API when the provider's key is set).
"""

from __future__ import annotations

import enum
import inspect
import re
import typing
from typing import Any

import pytest

from tests.conftest import LIVE
from tests.doubles.compare import normalise
from tests.doubles.endpoints import Operation, operations
from tests.doubles.standin import examples

pytestmark = pytest.mark.vcr

FORMS = ("sync_detailed", "asyncio_detailed")


def arguments(op: Operation) -> tuple[list[Any], dict[str, Any]]:
    """The documented example of each parameter (and of the body, as the generated model)."""
    document = examples.spec(op.provider.key)
    declared = {p["name"]: p for p in (examples.resolve(document, x) for x in op.definition.get("parameters", []))}
    spec_names = [m[1:-1] for m in re.findall(r"\{[^}]+\}", op.spec_path)]
    args = [examples.parameter_example(document, declared[name]) for name in spec_names]
    kwargs: dict[str, Any] = {}
    hints = typing.get_type_hints(op.module.sync_detailed)
    for name in op.query_params:
        found = declared.get(name)
        if found is not None and (found.get("required") or examples.parameter_example(document, found) is not None):
            kwargs[name] = typed(hints[name], examples.parameter_example(document, found))
    if op.takes_body:
        kwargs["body"] = body_model(op)
    return args, kwargs


def typed(annotation: Any, value: Any) -> Any:
    """The documented value as the generated signature takes it: an enum member where the type is an enum."""
    for candidate in typing.get_args(annotation) or (annotation,):
        if inspect.isclass(candidate) and issubclass(candidate, enum.Enum):
            return candidate(value)
    return value


def body_model(op: Operation) -> Any:
    document = examples.spec(op.provider.key)
    found = examples.request_example(document, op.definition)
    assert found is not None, f"{op}: takes a body but the spec documents none"
    _, value = found
    hints = typing.get_type_hints(op.module.sync_detailed)
    annotation = hints["body"]
    candidates = [a for a in typing.get_args(annotation) or (annotation,) if inspect.isclass(a)]
    model = next(c for c in candidates if hasattr(c, "from_dict"))
    return model.from_dict(value)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("op", operations(), ids=str)
def test_documented_exchange(op: Operation, form: str, recorded_client: Any) -> None:
    args, kwargs = arguments(op)
    response = op.call(form, recorded_client(op.provider.key), *args, **kwargs)
    assert 200 <= response.status_code < 300
    expected = examples.response_example(examples.spec(op.provider.key), op.definition)
    if LIVE:  # a live answer is the provider's own, not its docs' example: it must parse, nothing more
        assert response.parsed is not None or response.content
        return
    if expected is None or not hasattr(response.parsed, "to_dict"):
        assert response.content
        return
    assert normalise(response.parsed.to_dict()) == normalise(expected)
