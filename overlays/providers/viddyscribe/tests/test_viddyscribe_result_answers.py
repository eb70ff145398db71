"""`download_job_result` (and `_async`) against job answers the stand-in never gives, scripted with
`httpx.MockTransport` for the API (the file itself comes from the stand-in's storage host): a job that failed
(with its words, or none), one not done or with no status, one without the track's URL, an answer that is no
job; and what the download keeps from its arguments: `on_progress`, the client's clock for its retries, the
job's name in its errors, a file name made from the job when the URL has none, the arguments checked first.
(Found by `make mutate`: docs/robustness.md.)
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest
from tests.doubles.clock import FakeClock
from tests.doubles.standin.server import StandInServer

import viddyscribe_client as viddy

BOTH = pytest.mark.parametrize("mode", ["sync", "async"])


def _client(job: dict[str, Any], clock: FakeClock | None = None, status: int = 200) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json={"job_id": "j1", **job})

    return viddy.create_client("k", httpx_args={"transport": httpx.MockTransport(answer)}, clock=clock or FakeClock())


def _download(mode: str, client: Any, dest: Path, job_id: Any = "j1", **options: Any) -> Path:
    if mode == "sync":
        return viddy.download_job_result(client, job_id, dest, **options)
    return asyncio.run(viddy.download_job_result_async(client, job_id, dest, **options))


@BOTH
@pytest.mark.parametrize(
    ("job", "words"),
    [
        ({"status": "failed", "error": "video_too_long", "message": "over 2 hours"}, "video_too_long: over 2 hours"),
        ({"status": "failed", "message": "over 2 hours"}, "over 2 hours"),
        ({"status": "failed"}, "no detail"),
    ],
)
def test_a_failed_job_raises_with_its_own_words(mode: str, job: dict[str, Any], words: str, tmp_path: Path) -> None:
    with pytest.raises(viddy.TaskFailedError) as caught:
        _download(mode, _client(job), tmp_path)
    error = caught.value
    assert str(error) == f"job 'j1' failed: {words}" and (error.task_id, error.status) == ("j1", "failed")


@BOTH
@pytest.mark.parametrize(("job", "status"), [({"status": "processing"}, "processing"), ({}, "unknown")])
def test_a_job_not_done_is_refused(mode: str, job: dict[str, Any], status: str, tmp_path: Path) -> None:
    with pytest.raises(viddy.InvalidArgumentError) as caught:
        _download(mode, _client(job), tmp_path)
    assert str(caught.value) == f"job 'j1' is {status}, not done: wait for it first (wait_for_job)"


@BOTH
def test_a_job_without_the_tracks_url_is_refused(mode: str, tmp_path: Path) -> None:
    client = _client({"status": "done", "video_signed_url": "https://s.test/v.mp4"})
    with pytest.raises(viddy.InvalidArgumentError) as caught:
        _download(mode, client, tmp_path, track="audio")
    assert str(caught.value) == "job 'j1' has no audio result (no audio_signed_url)"


@BOTH
def test_an_answer_that_is_no_job_is_malformed(mode: str, tmp_path: Path) -> None:
    with pytest.raises(viddy.MalformedResponseError) as caught:
        _download(mode, _client({"status": "done"}, status=203), tmp_path)
    error = caught.value
    assert error.message == "get_results for 'j1' did not answer with a job"
    assert error.status_code == 203 and error.body == b'{"job_id":"j1","status":"done"}'


@BOTH
def test_the_download_keeps_progress_the_clock_and_the_jobs_name(
    mode: str, standin: StandInServer, tmp_path: Path
) -> None:
    clock = FakeClock()
    url = standin.storage.url(f"/res/{mode}/", standin_size=3000, standin_deny=503, standin_failfirst=1)
    seen: list[tuple[int, int | None]] = []
    client = _client({"status": "done", "video_signed_url": url}, clock)
    saved = _download(mode, client, tmp_path, on_progress=lambda done, total: seen.append((done, total)))
    assert saved == tmp_path / "j1-video", "the URL names no file: the job and track do"
    assert saved.stat().st_size == 3000 and seen[-1] == (3000, 3000)
    assert len(clock.sleeps) == 1, "the retry after the 503 slept on the client's clock"
    refused = standin.storage.url(f"/res/{mode}/gone.mp4", standin_deny=404)
    with pytest.raises(viddy.TransferError) as caught:
        _download(mode, _client({"status": "done", "audio_signed_url": refused}), tmp_path, track="audio")
    assert str(caught.value).startswith("download of job 'j1' (audio): ")


@BOTH
@pytest.mark.parametrize(
    ("job_id", "track", "words", "argument"),
    [
        ("", "video", "job_id must not be empty", "job_id"),
        ("j1", "subtitles", "track must be one of 'video', 'audio', not 'subtitles'", None),
    ],
)
def test_wrong_arguments_are_refused_before_any_request(
    mode: str, job_id: str, track: str, words: str, argument: str | None, tmp_path: Path
) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500)

    client = viddy.create_client("k", httpx_args={"transport": httpx.MockTransport(answer)})
    with pytest.raises(viddy.InvalidArgumentError) as caught:
        _download(mode, client, tmp_path, job_id=job_id, track=track)
    assert str(caught.value) == words and caught.value.argument == argument and seen == []
