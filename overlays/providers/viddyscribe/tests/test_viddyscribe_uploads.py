"""`upload_media` (and `_async`) on each documented path, against the stand-in:

- a URL: one JSON request (`input.type` url);
- a file of up to 32 MB: one multipart request with the bytes;
- a larger file: the signed-URL flow (signed-URL request, PUT by streaming to the storage host, notify, wait for
  `upload_status` completed), with a 409 upload_not_ready on the way retried inside the deadline, and the
  `canonical_media_id` returned when it differs; upload_failed raised; a 512 MB file (TRANSFER_TEST_MB to change
  it) with the client's peak memory measured in a fresh interpreter;
- the API key never reaches the storage host.
"""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
from tests.doubles.peak_memory import MB, measure, size_under_test
from tests.doubles.recording import FAKE_KEY
from tests.doubles.standin import answers
from tests.doubles.standin.server import StandInServer

import viddyscribe_client as viddy

BOTH = pytest.mark.parametrize("mode", ["sync", "async"])
DOCUMENTED_MEDIA_ID = "550e8400-e29b-41d4-a716-446655440000"
API = "/enterprise/api/"


def run(mode: str, client: Any, source: Any, **options: Any) -> str:
    if mode == "sync":
        return viddy.upload_media(client, source, **options)
    return asyncio.run(viddy.upload_media_async(client, source, **options))


def api_calls(standin: StandInServer, since: int) -> list[tuple[str, str, Any]]:
    """(method, operation, body or query) of each API request since `since`."""
    found: list[tuple[str, str, Any]] = []
    for request in standin.requests[since:]:
        path, _, query = request.path.partition("?")
        if API not in path:
            continue
        name = path.rsplit("/", 1)[1]
        if request.method == "GET":
            found.append((request.method, name, parse_qs(query)))
        elif request.headers.get("Content-Type", "").startswith("application/json"):
            found.append((request.method, name, json.loads(request.body)))
        else:
            found.append((request.method, name, request.body))
    return found


def sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def assert_keyless(standin: StandInServer) -> None:
    for request in standin.storage.seen():
        assert "x-api-key" not in {name.lower() for name in request.headers}
        assert FAKE_KEY not in request.headers.values()


@BOTH
def test_a_url_is_handed_to_viddyscribe_to_fetch(
    mode: str, make_client: Callable[..., Any], standin: StandInServer
) -> None:
    before = len(standin.requests)
    media_id = run(mode, make_client("viddyscribe"), "https://example.com/video.mp4")
    assert media_id == DOCUMENTED_MEDIA_ID
    assert api_calls(standin, before) == [
        ("POST", "upload_media", {"input": {"type": "url", "url": "https://example.com/video.mp4"}})
    ]


@BOTH
def test_a_small_file_goes_in_one_multipart_request(
    mode: str, make_client: Callable[..., Any], standin: StandInServer, tmp_path: Path
) -> None:
    clip = tmp_path / "talk.mp4"
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 50)
    before = len(standin.requests)
    assert run(mode, make_client("viddyscribe"), clip) == DOCUMENTED_MEDIA_ID
    [(method, name, body)] = api_calls(standin, before)
    assert (method, name) == ("POST", "upload_media")
    assert clip.read_bytes() in body
    assert b'name="input"' in body and b'{"type": "file"}' in body
    assert b'filename="talk.mp4"' in body and b"Content-Type: video/mp4" in body


def test_a_file_object_is_read_from_its_position(make_client: Callable[..., Any], standin: StandInServer) -> None:
    stream = io.BytesIO(b"skip|the video")
    stream.seek(5)
    before = len(standin.requests)
    viddy.upload_media(make_client("viddyscribe"), stream, content_type="video/webm")
    [(_, _, body)] = api_calls(standin, before)
    assert b"the video" in body and b"skip|" not in body


@BOTH
def test_a_large_file_takes_the_signed_flow_through_upload_not_ready(
    mode: str, make_client: Callable[..., Any], standin: StandInServer, task_id: Callable[..., str], tmp_path: Path
) -> None:
    large = sparse(tmp_path / "lecture.mp4", 33 * MB)
    client = make_client("viddyscribe").with_headers(
        {answers.SCENARIO_HEADER: "progress", answers.FAULT_HEADER: task_id("codeupload_not_ready")}
    )
    before, puts = len(standin.requests), len(standin.storage.seen("PUT"))
    media_id = run(mode, client, large)
    calls = api_calls(standin, before)
    signed = {"input": {"type": "signed_url", "filename": "lecture.mp4", "content_type": "video/mp4"}}
    assert calls[0] == ("POST", "upload_media", signed)
    minted = standin.created[-1]
    assert [name for _, name, _ in calls] == ["upload_media", "notify_upload_complete", "notify_upload_complete"] + [
        "get_upload_status"
    ] * 3
    assert calls[1][2] == calls[2][2] == {"media_id": minted, "gcs_path": "users/user_123/videos/video.mp4"}
    polled = {(query["media_id"][0], query["gcs_path"][0]) for _, _, query in calls[3:]}
    assert polled == {(minted, "users/user_123/videos/video.mp4")}
    assert media_id == DOCUMENTED_MEDIA_ID != minted  # the canonical_media_id verification gave, not the first id
    [put] = standin.storage.seen("PUT")[puts:]
    assert put.headers["Content-Length"] == str(33 * MB) and put.headers["Content-Type"] == "video/mp4"
    assert standin.storage.objects[put.path.partition("?")[0]].size == 33 * MB
    assert_keyless(standin)


def test_the_same_media_id_is_kept_when_no_other_is_given(
    make_client: Callable[..., Any], standin: StandInServer, tmp_path: Path
) -> None:
    large = sparse(tmp_path / "same.mp4", 33 * MB)
    assert viddy.upload_media(make_client("viddyscribe"), large) == DOCUMENTED_MEDIA_ID


def test_upload_not_ready_past_the_deadline_is_a_wait_timeout(
    make_client: Callable[..., Any], standin: StandInServer, task_id: Callable[..., str], tmp_path: Path
) -> None:
    large = sparse(tmp_path / "slow.mp4", 33 * MB)
    client = make_client("viddyscribe").with_headers(
        {answers.SCENARIO_HEADER: "progress", answers.FAULT_HEADER: task_id("codeupload_not_ready")}
    )
    with pytest.raises(viddy.WaitTimeoutError) as caught:
        viddy.upload_media(client, large, timeout=1.0)
    assert caught.value.task_id == standin.created[-1]
    assert caught.value.last_status == "upload_not_ready"


def test_upload_failed_is_raised_at_once(
    make_client: Callable[..., Any], standin: StandInServer, task_id: Callable[..., str], tmp_path: Path
) -> None:
    large = sparse(tmp_path / "broken.mp4", 33 * MB)
    client = make_client("viddyscribe").with_headers({answers.FAULT_HEADER: task_id("codeupload_failed")})
    with pytest.raises(viddy.BadRequestError) as caught:
        viddy.upload_media(client, large)
    assert (caught.value.status_code, caught.value.code) == (409, "upload_failed")


def test_a_failed_verification_raises_task_failed_with_the_media_id(
    make_client: Callable[..., Any], standin: StandInServer, tmp_path: Path
) -> None:
    large = sparse(tmp_path / "rejected.mp4", 33 * MB)
    client = make_client("viddyscribe").with_headers({answers.SCENARIO_HEADER: "failed"})
    with pytest.raises(viddy.TaskFailedError) as caught:
        viddy.upload_media(client, large)
    assert caught.value.task_id == standin.created[-1]


@pytest.mark.parametrize("source", ["no/such/file.mp4", io.StringIO("text"), 42], ids=["missing", "text", "int"])
def test_what_cannot_be_uploaded_is_refused_before_any_request(
    source: Any, make_client: Callable[..., Any], standin: StandInServer
) -> None:
    before = len(standin.requests)
    with pytest.raises(viddy.InvalidArgumentError):
        viddy.upload_media(make_client("viddyscribe"), source)
    assert len(standin.requests) == before


def test_a_large_file_is_streamed_in_bounded_memory(standin: StandInServer, tmp_path: Path) -> None:
    size = max(size_under_test(), 33 * MB)
    large = sparse(tmp_path / "large.mp4", size)
    puts = len(standin.storage.seen("PUT"))
    found = measure(
        setup=f"""
            import viddyscribe_client as viddy
            client = viddy.create_client({FAKE_KEY!r}, base_url={standin.base_url("viddyscribe")!r})
            upload_media = viddy.upload_media
        """,
        action=f"assert upload_media(client, {str(large)!r}) == {DOCUMENTED_MEDIA_ID!r}",
    )
    [put] = standin.storage.seen("PUT")[puts:]
    assert standin.storage.objects[put.path.partition("?")[0]].size == size
    assert found.grew < 64 * MB, f"peak memory grew {found.grew / MB:.0f} MB"
    assert_keyless(standin)
    print(f"upload_media of {size / MB:.0f} MB: {found.seconds:.1f} s, grew {found.grew / MB:.1f} MB")
