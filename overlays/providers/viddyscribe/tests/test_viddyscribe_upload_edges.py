"""`upload_media` (and `_async`) on the edges of its two local-file paths, with the API scripted through
`httpx.MockTransport` (the signed-URL bytes still go to the stand-in's storage host):

- a URL answered with a 2xx the spec does not list: malformed, with that status and body;
- multipart: a file object at its first byte is sent as it is and left open for its owner; the content type
  given is the part's type, whatever the name suggests;
- signed URL: a file object with no name is asked for as "upload", with the content type given; an empty
  content type in the signed-URL answer leaves the file's own type for the PUT; the PUT is
  retried on the client's clock; a deadline of 0 gives up at the first upload_not_ready, chained to that error;
  no deadline (None) waits as long as it takes; the upload-status polls follow the policy given.
"""

from __future__ import annotations

import asyncio
import io
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from tests.doubles.clock import FakeClock
from tests.doubles.standin.server import StandInServer

import viddyscribe_client as viddy
from viddyscribe_client.lib import uploads

BOTH = pytest.mark.parametrize("mode", ["sync", "async"])
NOT_READY = {"error": "Upload is still in progress.", "code": "upload_not_ready", "upload_status": "processing"}


class Api:
    """The upload operations, scripted: `signed` for a signed-URL request, a media id for a multipart one, the
    notify answers in turn (the last repeats), the upload-status answers in turn; every request kept."""

    def __init__(self, signed: dict[str, Any], notify: list[int] | None = None, status: list[str] | None = None):
        self.signed = signed
        self.notify = notify or [200]
        self.status = status or ["completed"]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        name = request.url.path.rsplit("/", 1)[1]
        if name == "upload_media":
            if request.headers["content-type"].startswith("multipart/"):
                return httpx.Response(200, json={"media_id": "m-multipart", "status": "created"})
            return httpx.Response(200, json=self.signed)
        if name == "notify_upload_complete":
            code = self.notify[min(len(self.named(name)), len(self.notify)) - 1]
            return httpx.Response(code, json=NOT_READY if code == 409 else {})
        polls = len(self.named("get_upload_status"))
        return httpx.Response(200, json={"upload_status": self.status[min(polls, len(self.status)) - 1]})

    def named(self, name: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path.endswith(f"/{name}")]


def _run(mode: str, api: Api, source: Any, clock: FakeClock, **options: Any) -> str:
    client = viddy.create_client("k", httpx_args={"transport": httpx.MockTransport(api)}, clock=clock)
    if mode == "sync":
        return viddy.upload_media(client, source, **options)
    return asyncio.run(viddy.upload_media_async(client, source, **options))


def _signed(standin: StandInServer, name: str, **directives: object) -> dict[str, Any]:
    return {
        "media_id": "m-first",
        "upload_url": standin.storage.url(f"/up/{name}", **directives),
        "gcs_path": f"users/u/{name}",
        "status": "pending_upload",
    }


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files over 10 bytes take the signed-URL flow, so a 20-byte file stands for one over 32 MB."""
    monkeypatch.setattr(uploads, "MULTIPART_LIMIT", 10)


@BOTH
def test_an_undocumented_2xx_to_the_url_request_is_malformed(mode: str) -> None:
    def created(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json={"media_id": "m-url", "status": "created"})

    client = viddy.create_client("k", httpx_args={"transport": httpx.MockTransport(created)}, clock=FakeClock())
    with pytest.raises(viddy.MalformedResponseError) as caught:
        if mode == "sync":
            viddy.upload_media(client, "https://example.com/v.mp4")
        else:
            asyncio.run(viddy.upload_media_async(client, "https://example.com/v.mp4"))
    error = caught.value
    assert error.message == "upload_media: ViddyScribe's answer to the URL request has no media_id"
    assert (error.status_code, error.body) == (201, b'{"media_id":"m-url","status":"created"}')


@BOTH
def test_a_file_object_at_its_start_is_sent_as_it_is_and_left_open(mode: str) -> None:
    api = Api({})
    stream = io.BytesIO(b"video bytes")
    assert _run(mode, api, stream, FakeClock()) == "m-multipart"
    [request] = api.named("upload_media")
    assert b'filename="upload"' in request.content and b"\r\n\r\nvideo bytes\r\n" in request.content
    assert not stream.closed, "the caller's file object is the caller's to close"
    assert stream.read() == b"", "read to its end, as sent"


@BOTH
def test_the_content_type_given_is_the_parts_type(mode: str, tmp_path: Path) -> None:
    api = Api({})
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"tiny")
    assert _run(mode, api, clip, FakeClock(), content_type="video/quicktime") == "m-multipart"
    [request] = api.named("upload_media")
    assert b'filename="clip.mp4"\r\nContent-Type: video/quicktime\r\n\r\ntiny\r\n' in request.content


@BOTH
def test_a_nameless_file_object_is_asked_for_as_upload_with_the_type_given(
    mode: str, small_limit: None, standin: StandInServer
) -> None:
    api = Api(_signed(standin, f"nameless-{mode}"))
    assert _run(mode, api, io.BytesIO(b"x" * 20), FakeClock(), content_type="video/webm") == "m-first"
    [request] = api.named("upload_media")
    assert json.loads(request.content) == {
        "input": {"type": "signed_url", "filename": "upload", "content_type": "video/webm"}
    }
    assert standin.storage.objects[f"/up/nameless-{mode}"].data == b"x" * 20


@BOTH
def test_an_empty_signed_content_type_leaves_the_files_own_type(
    mode: str, small_limit: None, standin: StandInServer, tmp_path: Path
) -> None:
    talk = tmp_path / "talk.mp4"
    talk.write_bytes(b"t" * 20)
    assert _run(mode, Api({**_signed(standin, f"untyped-{mode}"), "content_type": ""}), talk, FakeClock()) == "m-first"
    assert standin.storage.seen("PUT")[-1].headers["Content-Type"] == "video/mp4"


@BOTH
def test_the_put_is_retried_on_the_clients_clock(mode: str, small_limit: None, standin: StandInServer) -> None:
    clock = FakeClock()
    signed = _signed(standin, f"busy-{mode}", standin_putfail=503, standin_failfirst=1, standin_retryafter=2)
    assert _run(mode, Api(signed), io.BytesIO(b"y" * 20), clock) == "m-first"
    assert clock.sleeps == [2.0], "the host's Retry-After, slept on the client's clock"
    assert standin.storage.objects[f"/up/busy-{mode}"].data == b"y" * 20


@BOTH
def test_a_deadline_of_zero_gives_up_at_the_first_not_ready_chained_to_it(
    mode: str, small_limit: None, standin: StandInServer
) -> None:
    clock = FakeClock()
    api = Api(_signed(standin, f"now-{mode}"), notify=[409])
    policy = viddy.PollPolicy(initial=0.5, multiplier=2.0, maximum=10.0, jitter=0.0)
    with pytest.raises(viddy.WaitTimeoutError) as caught:
        _run(mode, api, io.BytesIO(b"z" * 20), clock, timeout=0, policy=policy)
    error = caught.value
    assert str(error) == "media 'm-first': ViddyScribe still answered upload_not_ready after 0s (1 notifications)"
    assert (error.task_id, error.last_status, error.elapsed) == ("m-first", "upload_not_ready", 0.0)
    assert isinstance(error.__cause__, viddy.ApiError) and error.__cause__.code == "upload_not_ready"
    assert clock.sleeps == [] and len(api.named("notify_upload_complete")) == 1


@BOTH
def test_no_deadline_waits_as_long_as_the_verification_takes(
    mode: str, small_limit: None, standin: StandInServer
) -> None:
    clock = FakeClock()
    api = Api(_signed(standin, f"patient-{mode}"), notify=[409, 409, 200], status=["processing"] * 3 + ["completed"])
    policy = viddy.PollPolicy(initial=1000.0, multiplier=1.0, maximum=1000.0, jitter=0.0)
    assert _run(mode, api, io.BytesIO(b"w" * 20), clock, timeout=None, policy=policy) == "m-first"
    assert clock.sleeps == [1000.0] * 5, "two notifications answered not ready, then three polls still processing"


@BOTH
def test_the_verification_polls_follow_the_policy_given(mode: str, small_limit: None, standin: StandInServer) -> None:
    clock = FakeClock()
    api = Api(_signed(standin, f"policy-{mode}"), status=["processing", "processing", "completed"])
    policy = viddy.PollPolicy(initial=0.25, multiplier=3.0, maximum=10.0, jitter=0.0)
    assert _run(mode, api, io.BytesIO(b"v" * 20), clock, policy=policy) == "m-first"
    assert len(api.named("get_upload_status")) == 3 and clock.sleeps == [0.25, 0.75]
