"""`upload_asset` (and `_async`) against answers the stand-in never gives, scripted with `httpx.MockTransport` for
the API (the bytes go to the stand-in's storage host): an answer without its URLs (no data, an empty one, a 2xx
the spec does not list), with the status and body it came with; a file object with no name, an empty file; and
what the upload keeps from its arguments: the file name and type it was given, its timeout, the client's clock for
its retries. (Found by `make mutate`: docs/robustness.md.)
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

import jogg_ai_client as jogg

BOTH = pytest.mark.parametrize("mode", ["sync", "async"])


class Api:
    """POST /v2/upload/asset, answered with `status` and `body`; every request kept."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        self.status, self.body = status, body
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.body)


def _run(mode: str, api: Api, source: Any, clock: FakeClock | None = None, **options: Any) -> str:
    client = jogg.create_client("k", httpx_args={"transport": httpx.MockTransport(api)}, clock=clock or FakeClock())
    if mode == "sync":
        return jogg.upload_asset(client, source, **options)
    return asyncio.run(jogg.upload_asset_async(client, source, **options))


def _urls(standin: StandInServer, name: str, **directives: object) -> dict[str, Any]:
    sign_url = standin.storage.url(f"/up/{name}", **directives)
    return {"code": 0, "msg": "ok", "data": {"sign_url": sign_url, "asset_url": f"https://res.test/{name}"}}


@pytest.fixture
def clip(tmp_path: Path) -> Path:
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"0123456789")
    return path


@BOTH
@pytest.mark.parametrize(
    ("status", "body"),
    [
        (200, {"code": 0, "msg": "ok"}),
        (200, {"code": 0, "msg": "ok", "data": {"sign_url": "", "asset_url": "https://res.test/a"}}),
        (200, {"code": 0, "msg": "ok", "data": {"sign_url": "https://s.test/a"}}),
        (201, {"code": 0, "msg": "ok", "data": {"sign_url": "https://s.test/a", "asset_url": "https://res.test/a"}}),
    ],
    ids=["no-data", "empty-sign-url", "no-asset-url", "undocumented-2xx"],
)
def test_an_answer_without_both_urls_is_malformed(mode: str, status: int, body: dict[str, Any], clip: Path) -> None:
    with pytest.raises(jogg.MalformedResponseError) as caught:
        _run(mode, Api(status, body), clip)
    error = caught.value
    assert error.message == "upload_asset: JoggAI's answer has no sign_url and asset_url"
    assert error.status_code == status and json.loads(error.body) == body


@BOTH
def test_a_nameless_or_empty_file_is_refused_before_any_request(mode: str, tmp_path: Path) -> None:
    api = Api(200, {})
    with pytest.raises(jogg.InvalidArgumentError) as caught:
        _run(mode, api, io.BytesIO(b"bytes"))
    assert str(caught.value) == "upload_asset: the file object has no name; pass filename="
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    with pytest.raises(jogg.InvalidArgumentError) as caught:
        _run(mode, api, empty)
    assert str(caught.value) == f"upload_asset: {str(empty)!r} is empty; JoggAI takes files of 1 byte or more"
    assert api.requests == []


@BOTH
def test_the_name_and_type_given_are_asked_for_and_sent(mode: str, standin: StandInServer, clip: Path) -> None:
    api = Api(200, _urls(standin, f"named-{mode}.webm"))
    # a type the name would not give (.webm guesses video/webm), so the one given is seen to win
    asset_url = _run(mode, api, clip, filename="given.webm", content_type="video/x-given")
    assert asset_url == f"https://res.test/named-{mode}.webm"
    [request] = api.requests
    assert json.loads(request.content) == {"filename": "given.webm", "content_type": "video/x-given", "file_size": 10}
    assert standin.storage.seen("PUT")[-1].headers["Content-Type"] == "video/x-given"
    assert standin.storage.objects[f"/up/named-{mode}.webm"].data == b"0123456789"


@BOTH
def test_the_upload_retries_on_the_clients_clock_and_keeps_its_timeout(
    mode: str, standin: StandInServer, clip: Path
) -> None:
    clock = FakeClock()
    busy = _urls(standin, f"busy-{mode}.mp4", standin_putfail=503, standin_failfirst=1, standin_retryafter=2)
    _run(mode, Api(200, busy), clip, clock)
    assert clock.sleeps == [2.0]
    silent = _urls(standin, f"silent-{mode}.mp4", standin_hang=3)
    with pytest.raises(jogg.TransferError, match="timed out"):
        _run(mode, Api(200, silent), clip, timeout=0.2)
