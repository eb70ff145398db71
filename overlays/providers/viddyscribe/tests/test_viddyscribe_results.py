"""A finished job's results: `job_output` types each documented output format (and keeps any other), and
`download_job_result` (and `_async`) fetches the video or audio track from its signed URL, renewing an expired
link once by reading the job again, then resuming where the download stopped."""

from __future__ import annotations

import asyncio
import copy
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.doubles.recording import FAKE_KEY
from tests.doubles.standin import examples
from tests.doubles.standin.server import StandInServer
from tests.doubles.standin.storage import DEFAULT_SIZE, STORAGE_HEADER, pattern_sha256

import viddyscribe_client as viddy
from viddyscribe_client.models import Job, JobOutput, SegmentsOutput, TextOutput

BOTH = pytest.mark.parametrize("mode", ["sync", "async"])
RESULTS = examples.spec("viddyscribe")["paths"]["/enterprise/api/get_results"]["get"]
DOCUMENTED = {
    name: entry["value"]
    for name, entry in RESULTS["responses"]["200"]["content"]["application/json"]["examples"].items()
}
VIDEO_PATH = "/storage.googleapis.com/bucket/path/to/result.mp4"


def job(example: str, **output: Any) -> Job:
    body = copy.deepcopy(DOCUMENTED[example])
    if output:
        body["output"] = output
    return Job.from_dict(body)


# --- job_output ---------------------------------------------------------------------------------------------


def test_json_output_is_typed_segments() -> None:
    found = viddy.job_output(job("doneTextJson"))
    assert isinstance(found, SegmentsOutput)
    assert [(s.id, s.start_time, s.end_time, s.description) for s in found.segments] == [
        ("1", 0.5, 3.1, "A person walks into frame"),
        ("2", 3.2, 5.9, "They pick up an object"),
    ]


@pytest.mark.parametrize("example", ["doneTextVtt", "doneVideoWithText"])
def test_vtt_output_is_typed_text(example: str) -> None:
    found = viddy.job_output(job(example))
    assert isinstance(found, TextOutput)
    assert str(found.format_) == "vtt" and found.content.startswith("WEBVTT")


def test_edl_output_is_typed_text() -> None:
    found = viddy.job_output(job("doneTextVtt", format="edl", content="TITLE: x"))
    assert isinstance(found, TextOutput) and str(found.format_) == "edl"


@pytest.mark.parametrize(
    "output",
    [
        {"language": "en", "ad_type": "standard_ad", "items": [{"t": 1}], "vtt": "WEBVTT"},  # an older crawl's shape
        {"segments": "not a list"},
        {"format": "vtt"},
    ],
    ids=["older-shape", "segments-not-a-list", "format-without-content"],
)
def test_an_output_the_docs_do_not_describe_is_kept_whole(output: dict[str, Any]) -> None:
    found = viddy.job_output(job("doneTextVtt", **output))
    assert isinstance(found, JobOutput)
    assert found.to_dict() == output


def test_no_output_is_none() -> None:
    assert viddy.job_output(job("processing")) is None


# --- download_job_result ------------------------------------------------------------------------------------


def download(mode: str, client: Any, job_id: str, dest: Any, **options: Any) -> Any:
    if mode == "sync":
        return viddy.download_job_result(client, job_id, dest, **options)
    return asyncio.run(viddy.download_job_result_async(client, job_id, dest, **options))


@BOTH
@pytest.mark.parametrize(("track", "name"), [("video", "result.mp4"), ("audio", "result.wav")])
def test_each_track_of_a_done_job_is_downloaded(
    mode: str,
    track: str,
    name: str,
    make_client: Callable[..., Any],
    standin: StandInServer,
    task_id: Callable[..., str],
    tmp_path: Path,
) -> None:
    path = download(mode, make_client("viddyscribe"), task_id("done", track), f"{tmp_path}/out/", track=track)
    assert path == tmp_path / "out" / name
    assert path.stat().st_size == DEFAULT_SIZE
    for request in standin.storage.seen():
        assert FAKE_KEY not in request.headers.values()


@BOTH
def test_an_expired_link_is_renewed_once_and_the_download_resumes(
    mode: str, make_client: Callable[..., Any], standin: StandInServer, task_id: Callable[..., str], tmp_path: Path
) -> None:
    """The first GET is cut at 100 000 bytes; resuming with the same link gets 403 (expired): the job is read
    again for a fresh link, and the download goes on from byte 100 000."""
    job_id = task_id("done")
    client = make_client("viddyscribe").with_headers({STORAGE_HEADER: "size=300000,cut=100000,expire"})
    gets = len(standin.storage.seen("GET"))
    path = download(mode, client, job_id, tmp_path / "video.mp4")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == pattern_sha256(VIDEO_PATH, 300_000)
    seen = standin.storage.seen("GET")[gets:]
    assert [r.headers.get("Range") for r in seen] == [None, "bytes=100000-", "bytes=100000-"]
    tokens = [r.path.rsplit("standin_token=", 1)[1] for r in seen]
    assert tokens[0] == tokens[1] != tokens[2]  # the third request used the renewed link
    assert standin.polls(job_id) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["video.mp4"]


def test_a_link_refused_again_after_renewal_raises(
    make_client: Callable[..., Any], standin: StandInServer, task_id: Callable[..., str], tmp_path: Path
) -> None:
    job_id = task_id("done")
    client = make_client("viddyscribe").with_headers({STORAGE_HEADER: "deny=403"})
    with pytest.raises(viddy.TransferError) as caught:
        viddy.download_job_result(client, job_id, tmp_path)
    assert caught.value.status_code == 403
    assert standin.polls(job_id) == 2
    assert list(tmp_path.iterdir()) == []


def test_a_refusal_other_than_an_expired_link_is_not_renewed(
    make_client: Callable[..., Any], standin: StandInServer, task_id: Callable[..., str], tmp_path: Path
) -> None:
    job_id = task_id("done")
    client = make_client("viddyscribe").with_headers({STORAGE_HEADER: "deny=404"})
    with pytest.raises(viddy.TransferError):
        viddy.download_job_result(client, job_id, tmp_path)
    assert standin.polls(job_id) == 1


def test_a_job_that_is_not_done_or_failed_is_refused(
    make_client: Callable[..., Any], standin: StandInServer, task_id: Callable[..., str], tmp_path: Path
) -> None:
    client = make_client("viddyscribe")
    with pytest.raises(viddy.InvalidArgumentError, match="not done"):
        viddy.download_job_result(client, task_id("never"), tmp_path)
    failing = task_id("failed")
    with pytest.raises(viddy.InvalidArgumentError):
        viddy.download_job_result(client, failing, tmp_path)  # first read: still pending
    with pytest.raises(viddy.TaskFailedError) as caught:
        viddy.download_job_result(client, failing, tmp_path)
    assert caught.value.task_id == failing
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("job_id", "track"), [("", "video"), ("done-x", "subtitles")])
def test_bad_arguments_are_refused_before_any_request(
    job_id: str, track: str, make_client: Callable[..., Any], standin: StandInServer, tmp_path: Path
) -> None:
    before = len(standin.requests)
    with pytest.raises(viddy.InvalidArgumentError):
        viddy.download_job_result(make_client("viddyscribe"), job_id, tmp_path, track=track)
    assert len(standin.requests) == before


def test_the_generic_download_serves_both_signed_urls(
    make_client: Callable[..., Any], standin: StandInServer, task_id: Callable[..., str], tmp_path: Path
) -> None:
    finished = viddy.wait_for_job(make_client("viddyscribe"), task_id("done"))
    assert finished.video_signed_url is not None and finished.audio_signed_url is not None
    assert viddy.download(finished.video_signed_url, tmp_path).name == "result.mp4"
    assert viddy.download(finished.audio_signed_url, tmp_path).name == "result.wav"
