"""Any id reaches exactly the declared path as one percent-encoded segment (ViddyScribe: the job_id query
parameter), on the configured host, or is refused before anything is sent."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz.endpoints import ENDPOINTS, Endpoint
from fuzz.harness import ScriptedServer, client_for, run_async, virtual_time
from fuzz.tally import OUTSIDE, TRIED

_PIECES = [*"./?#%&=\\;:@ \t\r\n\x00", "..", "%2F", "%2e%2E", "é", "😀"]
HOSTILE = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(_PIECES), max_size=12).map("".join),
    st.sampled_from(["", " ", ".", "..", "../x", "a/b?c#d", "%2F..%2F", "..%2F..%2Fv2%2Fuser", "\u202e", "x" * 10_000]),
)


def _declared_prefix(endpoint: Endpoint) -> str:
    return endpoint.path.split("{")[0]


def _check_request(endpoint: Endpoint, task_id: str, server: ScriptedServer) -> None:
    request = server.requests[0]
    base = urlsplit(endpoint.package.lib.profile.PROFILE.default_base_url)
    assert request.url.host == base.hostname
    raw_path = request.url.raw_path.decode("ascii")
    path, _, query = raw_path.partition("?")
    base_path = base.path.rstrip("/")
    if endpoint.query_id:
        assert path == base_path + endpoint.path
        assert parse_qs(query, keep_blank_values=True) == {"job_id": [task_id]}
        return
    prefix = base_path + _declared_prefix(endpoint)
    assert path.startswith(prefix), raw_path
    segment = path[len(prefix) :]
    assert "/" not in segment and "?" not in segment and "#" not in segment
    assert segment not in ("", ".", "..")
    assert unquote(segment) == task_id
    assert query == ""


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name)
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(task_id=HOSTILE)
def test_ids_stay_one_segment_on_the_declared_path(endpoint: Endpoint, task_id: str) -> None:
    server = ScriptedServer()
    server.answer(200, b'{"code": 0, "msg": "ok", "success": true, "status": "done"}', "application/json")
    client = client_for(endpoint, server)
    calls: list[Any] = [
        lambda: endpoint.sync_detailed(client, task_id),
        lambda: run_async(endpoint.asyncio_detailed(client, task_id)),
    ]
    TRIED[f"hostile_id/{endpoint.name}"] += 1
    try:
        _send_each(endpoint, task_id, server, calls)
    except BaseException:
        OUTSIDE[f"hostile_id/{endpoint.name}"] += 1
        raise


def _send_each(endpoint: Endpoint, task_id: str, server: ScriptedServer, calls: list[Any]) -> None:
    with virtual_time():
        for call in calls:
            server.requests.clear()
            try:
                call()
            except endpoint.package.InvalidArgumentError:
                assert server.requests == [], "refused, but only after sending"
                assert not task_id.strip()
                continue
            except endpoint.package.SDKError:
                pass
            _check_request(endpoint, task_id, server)


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name)
@pytest.mark.parametrize("task_id", ["", "   "])
def test_wait_helpers_refuse_empty_ids_before_any_request(endpoint: Endpoint, task_id: str) -> None:
    server = ScriptedServer()
    client = client_for(endpoint, server)
    with pytest.raises(endpoint.package.InvalidArgumentError):
        endpoint.wait(client, task_id)
    with pytest.raises(endpoint.package.InvalidArgumentError):
        run_async(endpoint.wait_async(client, task_id))
    assert server.requests == []
