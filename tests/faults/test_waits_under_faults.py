"""Waits against a misbehaving server on 127.0.0.1, in real time but small numbers: each one succeeds or
raises its documented error within its deadline plus one request timeout, whatever the server does."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from faults.server import FaultServer
from fuzz.endpoints import ENDPOINTS, Endpoint

pytestmark = pytest.mark.timeout(120)

REQUEST_TIMEOUT = 0.25
WAIT_TIMEOUT = 1.0
SLACK = 1.0  # scheduling and connection set-up on a loaded 2-core machine; far below a hang

_BODIES: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "avatar_video": (
        {"code": 0, "msg": "ok", "data": {"video_id": "v", "status": "processing"}},
        {
            "code": 0,
            "msg": "ok",
            "data": {"video_id": "v", "status": "completed", "video_url": "https://x.example/v.mp4"},
        },
    ),
    "lip_sync_video": (
        {"code": 0, "msg": "ok", "data": {"task_id": "t", "status": "processing"}},
        {"code": 0, "msg": "ok", "data": {"task_id": "t", "status": "success"}},
    ),
    "ai_script_result": (
        {"code": 0, "msg": "ok", "data": {"task_id": "t", "status": "processing"}},
        {"code": 0, "msg": "ok", "data": {"task_id": "t", "status": "completed"}},
    ),
    "get_results": ({"job_id": "j", "status": "processing"}, {"job_id": "j", "status": "done"}),
    "screenplay_task": (
        {
            "code": 200,
            "msg": "success",
            "success": True,
            "failed": False,
            "data": {"task_id": "t", "status": "running"},
        },
        {
            "code": 200,
            "msg": "success",
            "success": True,
            "failed": False,
            "data": {"task_id": "t", "status": "completed"},
        },
    ),
}
# fault -> what the wait must end in: "ok", or the error class name it must raise
OUTCOMES = {
    "drop": "WaitTimeoutError",
    "silent": "WaitTimeoutError",
    "slow": "WaitTimeoutError",
    "storm": "WaitTimeoutError",
    "stormra": "WaitTimeoutError",
    "alt": "ok",
}


def _server(endpoint: Endpoint) -> FaultServer:
    running, finished = _BODIES[endpoint.name]
    base_path = "/serve/api/v2" if endpoint.spec == "memories" else ""
    return FaultServer(running, finished, base_path)


def _run(endpoint: Endpoint, server: FaultServer, task_id: str, use_async: bool) -> tuple[Any, float]:
    package = endpoint.package
    client = package.create_client("fault-key", base_url=server.base_url, timeout=REQUEST_TIMEOUT, max_retries=2)
    policy = package.PollPolicy(initial=0.05, multiplier=2.0, maximum=0.2, jitter=0.1)
    started = time.monotonic()
    try:
        if use_async:
            result: Any = asyncio.run(endpoint.wait_async(client, task_id, timeout=WAIT_TIMEOUT, policy=policy))
        else:
            result = endpoint.wait(client, task_id, timeout=WAIT_TIMEOUT, policy=policy)
    except package.SDKError as error:
        result = error
    return result, time.monotonic() - started


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("fault", sorted(OUTCOMES))
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name)
def test_wait_ends_within_deadline_plus_one_request_timeout(endpoint: Endpoint, fault: str, use_async: bool) -> None:
    with _server(endpoint) as server:
        result, elapsed = _run(endpoint, server, f"{fault}-1", use_async)
        requests = server.counts[f"{fault}-1"]
    expected = OUTCOMES[fault]
    if expected == "ok":
        assert not isinstance(result, BaseException), result
        assert str(result.status) in ("completed", "success", "done")
    else:
        assert type(result).__name__ == expected, repr(result)
        assert result.elapsed <= WAIT_TIMEOUT + REQUEST_TIMEOUT + SLACK
    assert elapsed <= WAIT_TIMEOUT + REQUEST_TIMEOUT + SLACK, f"{fault}: took {elapsed:.2f}s"
    assert 1 <= requests <= 40, f"{fault}: {requests} requests in one wait"
