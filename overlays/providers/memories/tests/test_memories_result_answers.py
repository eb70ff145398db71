"""`download_screenplay_result` (and `_async`) against answers the stand-in never gives, scripted with
`httpx.MockTransport`: a JSON success envelope where the zip should be, a JSON error labelled as a zip under a 200,
a zip shorter than its Content-Length; and what the download keeps from its arguments: `on_progress`, the client's
clock for its retries, the task in its errors, the task id checked first. (Found by `make mutate`:
docs/robustness.md.)
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from tests.doubles.clock import FakeClock

import memories_ai_client as memories

BOTH = pytest.mark.parametrize("mode", ["sync", "async"])
ZIP = {"content-type": "application/zip"}
NOT_FOUND = json.dumps({"code": 404, "msg": "Task not found", "success": False, "data": None}).encode()
SUCCESS = json.dumps({"code": 200, "msg": "ok", "success": True, "data": None}).encode()


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body streamed as a server sends one (`content=` would give httpx a response already read)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __iter__(self) -> Iterator[bytes]:
        yield self.data

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.data


def _client(answer: Callable[[httpx.Request], httpx.Response], clock: FakeClock | None = None) -> Any:
    transport = httpx.MockTransport(answer)
    return memories.create_client("k", httpx_args={"transport": transport}, clock=clock or FakeClock())


def _download(mode: str, client: Any, dest: Path, task_id: Any = "t1", **options: Any) -> Path:
    if mode == "sync":
        return memories.download_screenplay_result(client, task_id, dest, **options)
    return asyncio.run(memories.download_screenplay_result_async(client, task_id, dest, **options))


@BOTH
def test_a_json_success_where_the_zip_should_be_is_malformed(mode: str, tmp_path: Path) -> None:
    client = _client(lambda request: httpx.Response(200, content=SUCCESS, headers={"content-type": "application/json"}))
    with pytest.raises(memories.MalformedResponseError) as caught:
        _download(mode, client, tmp_path)
    error = caught.value
    assert error.message == "Memories.ai answered the download with JSON, not a zip"
    assert (error.status_code, error.body) == (200, SUCCESS)
    assert list(tmp_path.iterdir()) == []


@BOTH
def test_a_json_error_labelled_as_a_zip_is_the_error_it_stands_for(mode: str, tmp_path: Path) -> None:
    client = _client(lambda request: httpx.Response(200, stream=Body(NOT_FOUND), headers=ZIP))
    with pytest.raises(memories.NotFoundError) as caught:
        _download(mode, client, tmp_path)
    assert (caught.value.status_code, caught.value.body, caught.value.code) == (200, NOT_FOUND, 404)
    assert list(tmp_path.iterdir()) == []


@BOTH
def test_a_zip_that_stays_short_names_the_task_and_retried_on_the_clients_clock(mode: str, tmp_path: Path) -> None:
    clock = FakeClock()
    client = _client(
        lambda request: httpx.Response(200, stream=Body(b"PK\x03\x04"), headers={**ZIP, "content-length": "9"}), clock
    )
    with pytest.raises(memories.IncompleteDownloadError) as caught:
        _download(mode, client, tmp_path)
    assert str(caught.value).startswith("download of screenplay task 't1': ")
    assert (caught.value.received, caught.value.expected) == (4, 9)
    first, *backoff = clock.sleeps  # at once after the attempt that brought bytes, then the retry backoff
    assert first == 0.0 and len(backoff) == 2 and 0.375 <= backoff[0] <= 0.5 and 0.75 <= backoff[1] <= 1.0


@BOTH
def test_progress_is_reported_to_the_callback_given(mode: str, tmp_path: Path) -> None:
    seen: list[tuple[int, int | None]] = []
    client = _client(
        lambda request: httpx.Response(200, stream=Body(b"PK\x03\x04zipped"), headers={**ZIP, "content-length": "10"})
    )
    saved = _download(mode, client, tmp_path, on_progress=lambda done, total: seen.append((done, total)))
    assert saved == tmp_path / "t1.zip" and seen == [(10, 10)]


@BOTH
def test_an_empty_task_id_is_refused_before_any_request(mode: str, tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500)

    with pytest.raises(memories.InvalidArgumentError) as caught:
        _download(mode, _client(answer), tmp_path, task_id=" ")
    assert str(caught.value) == "task_id must not be empty" and caught.value.argument == "task_id" and seen == []
