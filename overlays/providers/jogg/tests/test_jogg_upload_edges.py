"""`upload_asset` (and `_async`) at the edges of what it takes: a file whose name says nothing of its type is asked
for, and PUT, as `application/octet-stream`; a one-byte file is sent whole; what cannot be sent (no such file, not
a file, a text-mode or unseekable file object) is refused in words that say why, before any request; an empty file
object is named by its path, or as `<file object>` when it has none (opened from a descriptor). The API is
scripted with `httpx.MockTransport`; the bytes go to the stand-in's storage host.
"""

from __future__ import annotations

import asyncio
import io
import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest
from tests.doubles.clock import FakeClock
from tests.doubles.standin.server import StandInServer

import jogg_ai_client as jogg

BOTH = pytest.mark.parametrize("mode", ["sync", "async"])


@BOTH
@pytest.mark.parametrize("name", ["notes.zz-unknown", "README"])
def test_a_file_of_unknown_type_goes_as_octet_stream(
    mode: str, name: str, standin: StandInServer, tmp_path: Path
) -> None:
    source = tmp_path / name
    source.write_bytes(b"some bytes")
    stored = f"/up/unknown-{mode}-{name}"
    asked: list[Any] = []

    def api(request: httpx.Request) -> httpx.Response:
        asked.append(json.loads(request.content))
        data = {"sign_url": standin.storage.url(stored), "asset_url": f"https://res.test/{name}"}
        return httpx.Response(200, json={"code": 0, "msg": "ok", "data": data})

    client = jogg.create_client("k", httpx_args={"transport": httpx.MockTransport(api)}, clock=FakeClock())
    if mode == "sync":
        asset_url = jogg.upload_asset(client, source)
    else:
        asset_url = asyncio.run(jogg.upload_asset_async(client, source))
    assert asset_url == f"https://res.test/{name}"
    assert asked == [{"filename": name, "content_type": "application/octet-stream", "file_size": 10}]
    put = next(r for r in reversed(standin.storage.seen("PUT")) if r.path.partition("?")[0] == stored)
    assert put.headers["Content-Type"] == "application/octet-stream"
    assert standin.storage.objects[stored].data == b"some bytes"


class _Unseekable:
    """A binary stream that cannot seek (a pipe, a socket's file)."""

    def read(self, size: int = -1) -> bytes:
        return b""

    def seekable(self) -> bool:
        return False


class _Readonly:
    """Something with `read` and nothing else."""

    def read(self, size: int = -1) -> bytes:
        return b""


@pytest.mark.parametrize(
    ("file", "words"),
    [
        ("no/such/file.jpg", "no file at 'no/such/file.jpg'"),
        (42, "expected a path or a binary file object, not int"),
        (io.StringIO("text"), "the file object must be opened in binary mode ('rb')"),
        (_Unseekable(), "the file object must be seekable: its size is sent before its bytes"),
        (_Readonly(), "the file object must be seekable: its size is sent before its bytes"),
    ],
    ids=["missing", "int", "text-mode", "unseekable", "no-seekable"],
)
def test_what_cannot_be_sent_is_refused_in_words_before_any_request(file: object, words: str) -> None:
    asked: list[httpx.Request] = []

    def api(request: httpx.Request) -> httpx.Response:
        asked.append(request)
        return httpx.Response(500)

    client = jogg.create_client("k", httpx_args={"transport": httpx.MockTransport(api)}, clock=FakeClock())
    with pytest.raises(jogg.InvalidArgumentError) as caught:
        jogg.upload_asset(client, file, filename="x.mp4")  # type: ignore[arg-type]
    assert str(caught.value) == words and asked == []


def test_an_empty_file_object_is_named_by_its_path_or_as_a_file_object(tmp_path: Path) -> None:
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    client = jogg.create_client("k", httpx_args={"transport": httpx.MockTransport(lambda r: httpx.Response(500))})
    with empty.open("rb") as handle, pytest.raises(jogg.InvalidArgumentError) as caught:
        jogg.upload_asset(client, handle)
    assert str(caught.value) == f"upload_asset: {str(empty)!r} is empty; JoggAI takes files of 1 byte or more"
    by_descriptor = os.fdopen(os.open(empty, os.O_RDONLY), "rb")  # its `name` is the descriptor, an int
    with by_descriptor, pytest.raises(jogg.InvalidArgumentError) as caught:
        jogg.upload_asset(client, by_descriptor, filename="empty.mp4")
    assert str(caught.value) == "upload_asset: '<file object>' is empty; JoggAI takes files of 1 byte or more"


@BOTH
def test_a_one_byte_file_is_sent_whole(mode: str, standin: StandInServer, tmp_path: Path) -> None:
    one = tmp_path / "one.bin"
    one.write_bytes(b"1")
    stored = f"/up/one-{mode}.bin"

    def api(request: httpx.Request) -> httpx.Response:
        data = {"sign_url": standin.storage.url(stored), "asset_url": "https://res.test/one.bin"}
        return httpx.Response(200, json={"code": 0, "msg": "ok", "data": data})

    client = jogg.create_client("k", httpx_args={"transport": httpx.MockTransport(api)}, clock=FakeClock())
    if mode == "sync":
        jogg.upload_asset(client, one)
    else:
        asyncio.run(jogg.upload_asset_async(client, one))
    assert standin.storage.objects[stored].data == b"1"
