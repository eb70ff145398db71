"""Issue 11's "Done when", run as a new user would, end to end against the stand-in: the key and base URL from
the environment, a photo uploaded, an avatar video created and waited for, and its `video_url` downloaded.

The stand-in serves the documented `video_url` and `sign_url` on its storage host, so the flow really uploads
and downloads. The one liberty taken: `create_client` runs on the test's virtual clock (the wait would otherwise
sleep 20 real seconds between polls); every line of the flow is as the issue writes it.
"""

from __future__ import annotations

import asyncio
import hashlib
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from tests.doubles.recording import FAKE_KEY
from tests.doubles.standin import examples
from tests.doubles.standin.server import StandInServer
from tests.doubles.standin.storage import DEFAULT_SIZE, pattern_sha256

import jogg_ai_client

_EXAMPLE = examples.request_example(
    examples.spec("jogg"), examples.spec("jogg")["paths"]["/v2/create_video_from_avatar"]["post"]
)
assert _EXAMPLE is not None
BODY = _EXAMPLE[1]  # the docs' own create body: avatar 81, a script, portrait


@pytest.fixture
def new_user(standin: StandInServer, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # clock: Any, as create_client declares `clock: Clock | None` (its own class) but takes any object with
    # Clock's three methods, as FakeClock is
    monkeypatch.setenv("JOGG_API_KEY", FAKE_KEY)
    monkeypatch.setenv("JOGG_BASE_URL", standin.base_url("jogg"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(jogg_ai_client, "create_client", partial(jogg_ai_client.create_client, clock=clock))
    (tmp_path / "me.jpg").write_bytes(b"\xff\xd8\xff\xe0 a photo of me")
    return tmp_path


def test_the_issue_flow_uploads_creates_waits_and_downloads(new_user: Path, standin: StandInServer) -> None:
    puts, gets = len(standin.storage.seen("PUT")), len(standin.storage.seen("GET"))

    import jogg_ai_client as jogg

    client = jogg.create_client()
    photo = jogg.upload_asset(client, "me.jpg")
    video = jogg.create_avatar_video_and_wait(client, {**BODY})
    assert video.video_url is not None
    jogg.download(video.video_url, "out/")

    assert photo.endswith("/res.jogg.ai/assets/img_abc123.jpg?standin_token=" + photo.rsplit("=", 1)[1])
    stored = standin.storage.seen("PUT")[puts:]
    assert len(stored) == 1
    assert standin.storage.objects[stored[0].path.partition("?")[0]].data == (new_user / "me.jpg").read_bytes()
    assert str(video.status) == "completed"
    name = video.video_url.partition("?")[0].rsplit("/", 1)[1]
    saved = new_user / "out" / name
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == pattern_sha256(
        video.video_url.partition("?")[0].removeprefix(standin.storage.origin), DEFAULT_SIZE
    )
    assert len(standin.storage.seen("GET")[gets:]) == 1
    for request in standin.storage.seen():
        assert FAKE_KEY not in request.headers.values()


def test_the_same_flow_with_the_async_twins(new_user: Path, standin: StandInServer) -> None:
    import jogg_ai_client as jogg

    async def flow() -> Path:
        client = jogg.create_client()
        await jogg.upload_asset_async(client, "me.jpg")
        video = await jogg.create_avatar_video_and_wait_async(client, {**BODY})
        assert video.video_url is not None
        return await jogg.download_async(video.video_url, "out/")

    saved = asyncio.run(flow())
    assert saved.parent == Path("out") and saved.stat().st_size == DEFAULT_SIZE
