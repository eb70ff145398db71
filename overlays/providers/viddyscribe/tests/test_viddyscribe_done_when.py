"""Issue 12's "Done when" for ViddyScribe, run as a new user would, end to end against the stand-in: the key and
base URL from the environment, a video uploaded, an audio-described video generated and waited for, and its
signed URL downloaded. The one liberty taken: `create_client` runs on the test's virtual clock (the wait would
otherwise sleep between polls for real); every line of the flow is as the issue writes it."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

import pytest
from tests.doubles.recording import FAKE_KEY
from tests.doubles.standin.server import StandInServer
from tests.doubles.standin.storage import DEFAULT_SIZE

import viddyscribe_client


@pytest.fixture
def new_user(standin: StandInServer, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # clock: Any, as create_client declares `clock: Clock | None` (its own class) but takes any object with
    # Clock's three methods, as FakeClock is
    monkeypatch.setenv("VIDDYSCRIBE_API_KEY", FAKE_KEY)
    monkeypatch.setenv("VIDDYSCRIBE_BASE_URL", standin.base_url("viddyscribe"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(viddyscribe_client, "create_client", partial(viddyscribe_client.create_client, clock=clock))
    (tmp_path / "talk.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42 a short talk")
    return tmp_path


def test_the_issue_flow_uploads_generates_waits_and_downloads(new_user: Path, standin: StandInServer) -> None:
    gets = len(standin.storage.seen("GET"))

    import viddyscribe_client as viddy

    client = viddy.create_client()
    media_id = viddy.upload_media(client, "talk.mp4")
    job = viddy.generate_ad_video_and_wait(client, {"input": {"type": "media_id", "media_id": media_id}})
    assert job.video_signed_url is not None
    viddy.download(job.video_signed_url, "out/")

    assert media_id == "550e8400-e29b-41d4-a716-446655440000"
    assert str(job.status) == "done"
    created = [r for r in standin.requests if r.path.endswith("/generate_ad_video")][-1]
    assert media_id.encode() in created.body
    assert (new_user / "out" / "result.mp4").stat().st_size == DEFAULT_SIZE
    assert len(standin.storage.seen("GET")[gets:]) == 1
    assert not any(FAKE_KEY in r.headers.values() for r in standin.storage.seen())
