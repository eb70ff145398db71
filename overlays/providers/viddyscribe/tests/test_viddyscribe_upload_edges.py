"""`upload_media` (and `_async`) at the edges of its paths and against answers the stand-in never gives, with the
API scripted through `httpx.MockTransport` (the signed-URL bytes still go to the stand-in's storage host):

- a URL answered with a 2xx the spec does not list: malformed, with that status and body; an http(s) URL in any
  case is handed over as written;
- multipart: a file object is sent from its position as it is and left open for its owner; the content type
  given is the part's type, whatever the name suggests; the 32 MB line is inclusive;
- signed URL: an answer without its URL, path or media id is malformed and says which request; the bytes go
  with the type the URL was signed for, else the one given, else the file's own; a file object with no name is
  asked for as "upload"; the PUT is retried on the client's clock;
- verification: an `upload_not_ready` that lasts is spaced by the policy given, and the deadline holds from
  the moment the bytes are stored (0 gives up at the first one, chained to it; None waits as long as it takes);
  the upload-status polls follow the policy; a canonical media id named by the verification is returned;
- wrong options are refused before anything is sent. (Several found by `make mutate`: docs/robustness.md.)
"""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Callable
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
    """The three upload operations, scripted: the signed-URL answer, the notify answers in turn (the last
    repeats), the upload-status answers in turn; every request kept."""

    def __init__(self, signed: dict[str, Any], notify: list[int] | None = None, status: list[Any] | None = None):
        self.signed = signed
        self.notify = notify or [200]
        self.status = status or [{"upload_status": "completed"}]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        name = request.url.path.rsplit("/", 1)[1]
        if name == "upload_media":
            if request.headers["content-type"].startswith("multipart/"):
                return httpx.Response(200, json={"media_id": "m-multipart", "status": "created"})
            sent = json.loads(request.content)
            return httpx.Response(
                200,
                json=self.signed
                if sent["input"]["type"] == "signed_url"
                else {"media_id": "m-url", "status": "created"},
            )
        if name == "notify_upload_complete":
            done = sum(1 for r in self.requests if r.url.path.endswith("/notify_upload_complete"))
            code = self.notify[min(done, len(self.notify)) - 1]
            return httpx.Response(code, json=NOT_READY if code == 409 else {})
        polls = sum(1 for r in self.requests if r.url.path.endswith("/get_upload_status"))
        return httpx.Response(200, json=self.status[min(polls, len(self.status)) - 1])

    def named(self, name: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path.endswith(f"/{name}")]


def _client(api: Api, clock: FakeClock) -> Any:
    return viddy.create_client("k", httpx_args={"transport": httpx.MockTransport(api)}, clock=clock)


def _run(mode: str, client: Any, source: Any, **options: Any) -> str:
    if mode == "sync":
        return viddy.upload_media(client, source, **options)
    return asyncio.run(viddy.upload_media_async(client, source, **options))


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files over 10 bytes take the signed-URL flow, so a 20-byte file stands for one over 32 MB."""
    monkeypatch.setattr(uploads, "MULTIPART_LIMIT", 10)


@pytest.fixture
def big(tmp_path: Path, small_limit: None) -> Path:
    """A 20-byte "large" file."""
    path = tmp_path / "talk.mp4"
    path.write_bytes(b"x" * 20)
    return path


def _signed(
    standin: StandInServer, name: str, directives: dict[str, object] | None = None, **changes: Any
) -> dict[str, Any]:
    """A signed-URL answer for the storage path /up/<name> (`directives` script the storage host; a change to
    None drops that key)."""
    answer = {
        "media_id": "m-first",
        "upload_url": standin.storage.url(f"/up/{name}", X_Signature="sig", **(directives or {})),
        "gcs_path": f"users/u/{name}",
        "status": "pending_upload",
    }
    answer.update(changes)
    return {key: value for key, value in answer.items() if value is not None}


def _polled(*statuses: str) -> list[dict[str, Any]]:
    return [{"upload_status": status} for status in statuses]


@BOTH
@pytest.mark.parametrize("missing", ["upload_url", "gcs_path"])
def test_a_signed_answer_without_its_url_or_path_is_malformed(
    mode: str, missing: str, big: Path, standin: StandInServer
) -> None:
    api = Api(_signed(standin, f"lacks-{missing}-{mode}", **{missing: None}))
    with pytest.raises(viddy.MalformedResponseError) as caught:
        _run(mode, _client(api, FakeClock()), big)
    error = caught.value
    assert str(error.message) == "upload_media: ViddyScribe's signed-URL answer lacks upload_url or gcs_path"
    assert error.status_code == 200 and json.loads(error.body) == api.signed
    assert api.named("notify_upload_complete") == []


@BOTH
@pytest.mark.parametrize(("path", "what"), [("big", "signed-URL"), ("url", "URL"), ("small", "file")])
def test_an_answer_without_a_media_id_is_malformed_and_says_which(
    mode: str, path: str, what: str, big: Path, tmp_path: Path, standin: StandInServer
) -> None:
    api = Api(_signed(standin, f"no-id-{mode}", media_id=""))
    source: Any = {"big": big, "url": "http://example.com/v.mp4", "small": tmp_path / "s.mp4"}[path]
    if path == "small":
        source.write_bytes(b"tiny")

    def no_id(request: httpx.Request) -> httpx.Response:
        api.requests.append(request)
        return httpx.Response(200, json=api.signed if path == "big" else {"media_id": "", "status": "created"})

    client = viddy.create_client("k", httpx_args={"transport": httpx.MockTransport(no_id)}, clock=FakeClock())
    with pytest.raises(viddy.MalformedResponseError) as caught:
        _run(mode, client, source)
    assert caught.value.message == f"upload_media: ViddyScribe's answer to the {what} request has no media_id"
    assert caught.value.status_code == 200 and caught.value.body


@BOTH
def test_the_bytes_go_with_the_type_the_url_was_signed_for(mode: str, big: Path, standin: StandInServer) -> None:
    signed = _signed(standin, f"typed-{mode}", content_type="video/quicktime")
    assert _run(mode, _client(Api(signed), FakeClock()), big, content_type="video/mp4") == "m-first"
    assert standin.storage.seen("PUT")[-1].headers["Content-Type"] == "video/quicktime"
    _run(mode, _client(Api(_signed(standin, f"untyped-{mode}")), FakeClock()), big, content_type="video/webm")
    assert standin.storage.seen("PUT")[-1].headers["Content-Type"] == "video/webm"
    api = Api(_signed(standin, f"guessed-{mode}"))
    _run(mode, _client(api, FakeClock()), big)
    assert standin.storage.seen("PUT")[-1].headers["Content-Type"] == "video/mp4"
    [signed_request] = api.named("upload_media")
    assert json.loads(signed_request.content)["input"] == {
        "type": "signed_url", "filename": "talk.mp4", "content_type": "video/mp4"
    }  # fmt: skip


@BOTH
def test_notifications_answered_not_ready_are_spaced_by_the_policy(
    mode: str, big: Path, standin: StandInServer
) -> None:
    clock = FakeClock()
    api = Api(_signed(standin, f"spaced-{mode}"), notify=[409, 409, 409, 200])
    policy = viddy.PollPolicy(initial=1.0, multiplier=2.0, maximum=100.0, jitter=0.0)
    assert _run(mode, _client(api, clock), big, policy=policy) == "m-first"
    assert len(api.named("notify_upload_complete")) == 4 and clock.sleeps == [1.0, 2.0, 4.0]
    sent = [json.loads(r.content) for r in api.named("notify_upload_complete")]
    assert sent == [{"media_id": "m-first", "gcs_path": f"users/u/spaced-{mode}"}] * 4


@BOTH
def test_not_ready_up_to_the_deadline_is_a_wait_timeout(mode: str, big: Path, standin: StandInServer) -> None:
    clock = FakeClock()
    api = Api(_signed(standin, f"late-{mode}"), notify=[409])
    policy = viddy.PollPolicy(initial=2.0, multiplier=2.0, maximum=100.0, jitter=0.0)
    with pytest.raises(viddy.WaitTimeoutError) as caught:
        _run(mode, _client(api, clock), big, policy=policy, timeout=6.0)
    error = caught.value
    assert str(error) == "media 'm-first': ViddyScribe still answered upload_not_ready after 6s (2 notifications)"
    assert (error.task_id, error.last_status, error.elapsed) == ("m-first", "upload_not_ready", 2.0)
    assert clock.sleeps == [2.0], "the next delay (4 s) would reach the deadline (4 s left): given up at once"


@BOTH
def test_the_deadline_runs_from_the_stored_bytes_through_the_verification(
    mode: str, big: Path, standin: StandInServer
) -> None:
    clock = FakeClock()
    api = Api(_signed(standin, f"verify-{mode}"), notify=[409, 200], status=[{"upload_status": "processing"}])
    policy = viddy.PollPolicy(initial=1.5, multiplier=1.0, maximum=1.5, jitter=0.0)
    with pytest.raises(viddy.WaitTimeoutError, match=r"timeout 8\.5s"):
        _run(mode, _client(api, clock), big, policy=policy, timeout=10.0)
    assert clock.elapsed == 10.0, "1.5 s of notifying, then the 8.5 s left for the verification"


@BOTH
@pytest.mark.parametrize(("given", "returned"), [("m-canonical", "m-canonical"), ("", "m-first"), (None, "m-first")])
def test_the_canonical_media_id_is_returned_when_verification_names_one(
    mode: str, given: str | None, returned: str, big: Path, standin: StandInServer
) -> None:
    status: dict[str, Any] = {"upload_status": "completed"}
    if given is not None:
        status["canonical_media_id"] = given
    api = Api(_signed(standin, f"canonical-{mode}-{given}"), status=[status])
    assert _run(mode, _client(api, FakeClock()), big) == returned


@BOTH
def test_the_multipart_limit_is_inclusive_and_a_file_object_is_sent_from_its_position(
    mode: str, big: Path, standin: StandInServer
) -> None:
    api = Api(_signed(standin, f"limit-{mode}"))
    exactly = big.with_name("exact.webm")
    exactly.write_bytes(b"y" * 10)
    assert _run(mode, _client(api, FakeClock()), exactly) == "m-multipart"
    stream = io.BytesIO(b"#0123456789")
    stream.seek(1)
    assert _run(mode, _client(api, FakeClock()), stream, content_type="video/webm") == "m-multipart"
    first, second = (r.content for r in api.named("upload_media"))
    assert b'filename="exact.webm"' in first and b"Content-Type: video/webm" in first and b"y" * 10 in first
    assert b'filename="upload"' in second and b"\r\n\r\n0123456789\r\n" in second, "from its position, named upload"


@BOTH
def test_an_http_url_in_any_case_is_handed_over(mode: str, standin: StandInServer) -> None:
    api = Api({})
    assert _run(mode, _client(api, FakeClock()), "  HTTP://Example.com/v.mp4 ") == "m-url"
    [request] = api.named("upload_media")
    assert json.loads(request.content) == {"input": {"type": "url", "url": "HTTP://Example.com/v.mp4"}}


@BOTH
@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"content_type": ""}, "content_type must be a MIME type such as 'video/mp4', or None"),
        ({"content_type": 5}, "content_type must be a MIME type such as 'video/mp4', or None"),
        ({"timeout": -1}, "timeout must be >= 0 seconds, or None for no limit"),
        ({"timeout": True}, "timeout must be >= 0 seconds, or None for no limit"),
    ],
)
def test_wrong_options_are_refused_before_anything_is_sent(
    mode: str, options: dict[str, Any], words: str, big: Path, standin: StandInServer
) -> None:
    api = Api({})
    with pytest.raises(viddy.InvalidArgumentError) as caught:
        _run(mode, _client(api, FakeClock()), "https://example.com/v.mp4", **options)
    assert str(caught.value) == words and api.requests == []


@BOTH
def test_a_zero_or_fractional_timeout_is_accepted(
    mode: str, standin: StandInServer, make_client: Callable[..., Any]
) -> None:
    for timeout in (0, 0.5):
        assert _run(mode, _client(Api({}), FakeClock()), "https://example.com/v.mp4", timeout=timeout) == "m-url"


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
    assert _run(mode, _client(api, FakeClock()), stream) == "m-multipart"
    [request] = api.named("upload_media")
    assert b'filename="upload"' in request.content and b"\r\n\r\nvideo bytes\r\n" in request.content
    assert not stream.closed, "the caller's file object is the caller's to close"
    assert stream.read() == b"", "read to its end, as sent"


@BOTH
def test_the_content_type_given_is_the_parts_type(mode: str, tmp_path: Path) -> None:
    api = Api({})
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"tiny")
    assert _run(mode, _client(api, FakeClock()), clip, content_type="video/quicktime") == "m-multipart"
    [request] = api.named("upload_media")
    assert b'filename="clip.mp4"\r\nContent-Type: video/quicktime\r\n\r\ntiny\r\n' in request.content


@BOTH
def test_a_nameless_file_object_is_asked_for_as_upload_with_the_type_given(
    mode: str, small_limit: None, standin: StandInServer
) -> None:
    api = Api(_signed(standin, f"nameless-{mode}"))
    assert _run(mode, _client(api, FakeClock()), io.BytesIO(b"x" * 20), content_type="video/webm") == "m-first"
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
    api = Api(_signed(standin, f"untyped-empty-{mode}", content_type=""))
    assert _run(mode, _client(api, FakeClock()), talk) == "m-first"
    assert standin.storage.seen("PUT")[-1].headers["Content-Type"] == "video/mp4"


@BOTH
def test_the_put_is_retried_on_the_clients_clock(mode: str, small_limit: None, standin: StandInServer) -> None:
    clock = FakeClock()
    signed = _signed(
        standin, f"busy-{mode}", directives={"standin_putfail": 503, "standin_failfirst": 1, "standin_retryafter": 2}
    )
    assert _run(mode, _client(Api(signed), clock), io.BytesIO(b"y" * 20)) == "m-first"
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
        _run(mode, _client(api, clock), io.BytesIO(b"z" * 20), timeout=0, policy=policy)
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
    api = Api(
        _signed(standin, f"patient-{mode}"), notify=[409, 409, 200], status=_polled(*["processing"] * 3, "completed")
    )
    policy = viddy.PollPolicy(initial=1000.0, multiplier=1.0, maximum=1000.0, jitter=0.0)
    assert _run(mode, _client(api, clock), io.BytesIO(b"w" * 20), timeout=None, policy=policy) == "m-first"
    assert clock.sleeps == [1000.0] * 5, "two notifications answered not ready, then three polls still processing"


@BOTH
def test_the_verification_polls_follow_the_policy_given(mode: str, small_limit: None, standin: StandInServer) -> None:
    clock = FakeClock()
    api = Api(_signed(standin, f"policy-{mode}"), status=_polled("processing", "processing", "completed"))
    policy = viddy.PollPolicy(initial=0.25, multiplier=3.0, maximum=10.0, jitter=0.0)
    assert _run(mode, _client(api, clock), io.BytesIO(b"v" * 20), policy=policy) == "m-first"
    assert len(api.named("get_upload_status")) == 3 and clock.sleeps == [0.25, 0.75]
