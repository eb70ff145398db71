"""Property-based response fuzzing through the public functions: valid bodies parse and round-trip; any body
under any status ends in a model or a documented error, never another exception and never a hang."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz.bodies import STATUSES, raw_payloads, valid_bodies
from fuzz.endpoints import ENDPOINTS, Endpoint, success_schema
from fuzz.harness import ScriptedServer, client_for, normalise, run_async, virtual_time
from fuzz.tally import within_rule

pytestmark = pytest.mark.timeout(600)
FIXTURES_OK = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
WAIT_OPTIONS: dict[str, Any] = {"timeout": 3.0}


def _policy(endpoint: Endpoint) -> Any:
    return endpoint.package.PollPolicy(initial=1.0, multiplier=1.0, maximum=1.0, jitter=0.0)


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name)
@FIXTURES_OK
@given(data=st.data())
def test_valid_bodies_parse_and_round_trip(endpoint: Endpoint, data: st.DataObject) -> None:
    body = data.draw(valid_bodies(success_schema(endpoint)))
    server = ScriptedServer()
    server.answer(200, json.dumps(body).encode(), "application/json")
    with virtual_time():
        client = client_for(endpoint, server)
        parsed = within_rule(
            f"valid/{endpoint.name}", endpoint.package, lambda: endpoint.sync(client, "t-1"), errors_allowed=False
        )
    assert parsed is not None
    assert normalise(parsed.to_dict()) == normalise(body)


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name)
@FIXTURES_OK
@given(status=STATUSES, payload=st.data())
def test_any_status_and_body_ends_in_a_model_or_a_documented_error(
    endpoint: Endpoint, status: int, payload: st.DataObject
) -> None:
    body, content_type = payload.draw(raw_payloads(endpoint.response_schema()))
    server = ScriptedServer()
    server.answer(status, body, content_type)
    client = client_for(endpoint, server)
    package = endpoint.package
    with virtual_time():
        within_rule(f"sync/{endpoint.name}", package, lambda: endpoint.sync(client, "t-1"))
        within_rule(f"sync_detailed/{endpoint.name}", package, lambda: endpoint.sync_detailed(client, "t-1"))
        within_rule(
            f"asyncio_detailed/{endpoint.name}", package, lambda: run_async(endpoint.asyncio_detailed(client, "t-1"))
        )
        outcome = within_rule(
            f"wait/{endpoint.name}",
            package,
            lambda: endpoint.wait(client, "t-1", policy=_policy(endpoint), **WAIT_OPTIONS),
        )
        within_rule(
            f"wait_async/{endpoint.name}",
            package,
            lambda: run_async(endpoint.wait_async(client, "t-1", policy=_policy(endpoint), **WAIT_OPTIONS)),
        )
    assert len(server.requests) < 100, "a wait with a 3 s deadline and 1 s polls made too many requests"
    if isinstance(outcome, package.WaitTimeoutError):
        assert outcome.elapsed <= WAIT_OPTIONS["timeout"]
