"""Issue 12's "Done when" for Memories.ai, run as a new user would, end to end against the stand-in: the key and
base URL from the environment, a screenplay task submitted and waited for, and its zip downloaded. The one liberty
taken: `create_client` runs on the test's virtual clock; every line of the flow is as the issue writes it."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

import pytest
from tests.doubles.recording import FAKE_KEY
from tests.doubles.standin.server import StandInServer

import memories_ai_client


@pytest.fixture
def new_user(standin: StandInServer, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # clock: Any, as create_client declares `clock: Clock | None` (its own class) but takes any object with
    # Clock's three methods, as FakeClock is
    monkeypatch.setenv("MEMORIES_API_KEY", FAKE_KEY)
    monkeypatch.setenv("MEMORIES_BASE_URL", standin.base_url("memories"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(memories_ai_client, "create_client", partial(memories_ai_client.create_client, clock=clock))
    return tmp_path


def test_the_issue_flow_submits_waits_and_downloads_the_zip(new_user: Path, standin: StandInServer) -> None:
    import memories_ai_client as mem

    client = mem.create_client()
    task = mem.submit_screenplay_task_and_wait(client, {"mode": "short_drama", "episodes": {"1": "re_1"}, "config": {}})
    mem.download_screenplay_result(client, task.task_id, "out/")

    assert str(task.status) == "completed"
    saved = new_user / "out" / f"{task.task_id}.zip"
    assert saved.read_bytes().startswith(b"PK")
    assert [p.name for p in (new_user / "out").iterdir()] == [saved.name]
