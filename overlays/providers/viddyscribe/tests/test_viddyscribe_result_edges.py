"""`download_job_result` (and `_async`) of a finished job whose track URL is there but empty: refused as a job
with no result for that track, naming the job, the track and the field, before anything is downloaded.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest
from tests.doubles.clock import FakeClock

import viddyscribe_client as viddy

BOTH = pytest.mark.parametrize("mode", ["sync", "async"])


def _download(mode: str, job: dict[str, Any], dest: Path, **options: Any) -> Path:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"job_id": "j1", **job})

    client = viddy.create_client("k", httpx_args={"transport": httpx.MockTransport(answer)}, clock=FakeClock())
    if mode == "sync":
        return viddy.download_job_result(client, "j1", dest, **options)
    return asyncio.run(viddy.download_job_result_async(client, "j1", dest, **options))


@BOTH
@pytest.mark.parametrize(("track", "field"), [("video", "video_signed_url"), ("audio", "audio_signed_url")])
def test_an_empty_track_url_is_a_job_without_that_result(mode: str, track: str, field: str, tmp_path: Path) -> None:
    with pytest.raises(viddy.InvalidArgumentError) as caught:
        _download(mode, {"status": "done", field: ""}, tmp_path, track=track)
    assert str(caught.value) == f"job 'j1' has no {track} result (no {field})"
    assert list(tmp_path.iterdir()) == []
