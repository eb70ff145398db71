"""The stand-in server itself: scenarios by id prefix, per-task state, errors in each provider's format,
keep-alive, and a clean stop."""

from __future__ import annotations

import time

import httpx
import pytest

from standin.server import StandInServer

KEY = {"x-api-key": "k", "Authorization": "k"}


@pytest.fixture(scope="module")
def server():
    with StandInServer() as running:
        yield running


def _get(server, provider, path, headers=KEY):
    return httpx.get(server.base_url(provider) + path, headers=headers, timeout=5)


def test_base_urls(server):
    assert server.base_url("jogg") == f"http://127.0.0.1:{server.port}"
    assert server.base_url("viddyscribe") == f"http://127.0.0.1:{server.port}"
    assert server.base_url("memories") == f"http://127.0.0.1:{server.port}/serve/api/v2"
    with pytest.raises(ValueError):
        server.base_url("other")


def test_progress_advances_per_task_and_endpoint(server):
    statuses = [_get(server, "jogg", "/v2/avatar_video/progress-st1").json()["data"]["status"] for _ in range(4)]
    assert statuses == ["pending", "processing", "completed", "completed"]
    assert _get(server, "jogg", "/v2/lip_sync_video/progress-st1").json()["data"]["status"] == "pending"
    assert server.polls("avatar", "progress-st1") == 4


def test_memories_running_has_progress_and_failed_has_error_fields(server):
    bodies = [_get(server, "memories", "/screenplay/tasks/progress-st2").json()["data"] for _ in range(3)]
    assert [b["status"] for b in bodies] == ["pending", "running", "completed"]
    assert "progress" in bodies[1] and "progress" not in bodies[0] and "progress" not in bodies[2]
    failed = [_get(server, "memories", "/screenplay/tasks/failed-st2").json()["data"] for _ in range(2)][-1]
    assert failed["status"] == "failed" and failed["error_code"] and failed["error_message"]


def test_viddyscribe_uses_the_query_and_its_error_format(server):
    assert _get(server, "viddyscribe", "/enterprise/api/get_results?job_id=done-st3").json()["status"] == "done"
    missing = _get(server, "viddyscribe", "/enterprise/api/get_results?job_id=notfound-st3")
    assert (missing.status_code, missing.json()["error"]) == (404, "not_found")
    assert _get(server, "viddyscribe", "/enterprise/api/get_results").status_code == 400


def test_wrong_key_gets_each_providers_authentication_error(server):
    wrong = {"x-api-key": "wrong-key", "Authorization": "wrong-key"}
    jogg = _get(server, "jogg", "/v2/avatar_video/done-st4", wrong)
    assert (jogg.status_code, jogg.json()["code"]) == (200, 10105)
    viddy = _get(server, "viddyscribe", "/enterprise/api/get_results?job_id=done-st4", wrong)
    assert (viddy.status_code, viddy.json()["error"]) == (401, "unauthorized")
    memories = _get(server, "memories", "/screenplay/tasks/done-st4", wrong)
    assert (memories.status_code, memories.json()["code"]) == (401, 401)
    assert server.polls("avatar", "done-st4") == 0


def test_rate_limit_then_success_and_unknown_paths(server):
    first = _get(server, "jogg", "/v2/ai_scripts/results/ratelimited-st5")
    assert (first.status_code, first.headers["Retry-After"], first.json()["code"]) == (429, "1", 429)
    assert _get(server, "jogg", "/v2/ai_scripts/results/ratelimited-st5").json()["data"]["status"] == "completed"
    assert _get(server, "jogg", "/v2/other").status_code == 404


def test_after_n_is_non_terminal_until_the_nth_poll(server):
    path = "/enterprise/api/get_results?job_id=after3-st6"
    assert [_get(server, "viddyscribe", path).json()["status"] for _ in range(4)] == [
        "processing",
        "processing",
        "done",
        "done",
    ]


def test_requests_are_recorded_with_raw_path_and_headers(server):
    _get(server, "jogg", "/v2/avatar_video/a%2Fb-st7")
    seen = [r for r in server.requests if "st7" in r.path]
    assert seen[-1].method == "GET"
    assert seen[-1].path == "/v2/avatar_video/a%2Fb-st7"
    assert seen[-1].headers["x-api-key"] == "k"


def test_keep_alive_reuses_one_connection_for_many_requests():
    with StandInServer() as server, httpx.Client(base_url=server.base_url("jogg"), headers=KEY) as client:
        for _ in range(5):
            assert client.get("/v2/avatar_video/done-st8").status_code == 200
        assert len(server.requests) == 5
        assert server.connections_opened == 1


def test_stops_promptly_with_idle_keep_alive_connections_open():
    server = StandInServer().start()
    client = httpx.Client(base_url=server.base_url("jogg"), headers=KEY)
    client.get("/v2/avatar_video/done-st9")
    thread = server._thread
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 2
    assert thread is not None and not thread.is_alive()
    with pytest.raises(httpx.TransportError):
        client.get("/v2/avatar_video/done-st9")
    client.close()
