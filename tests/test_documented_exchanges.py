"""Every operation of every package, called with its documented arguments and answered with its documented
example, replayed from a cassette: the exchange as the provider's pages show it, parsed and round-tripped.

These cassettes are the documentation, not the stand-in's behaviour: tests/contract checks that each one
holds exactly the spec's example. `make record` re-records them (from the stand-in, which serves those
examples, or from the live API when the provider's key is set).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import LIVE
from tests.doubles.arguments import documented
from tests.doubles.compare import normalise
from tests.doubles.endpoints import Operation, operations
from tests.doubles.standin import examples

pytestmark = pytest.mark.vcr

FORMS = ("sync_detailed", "asyncio_detailed")


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("op", operations(), ids=str)
def test_documented_exchange(op: Operation, form: str, recorded_client: Any) -> None:
    args, kwargs = documented(op)
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
