"""`upload_asset` (and `_async`) against the stand-in: POST /v2/upload/asset, then the bytes PUT by streaming to
the returned `sign_url` (the stand-in's storage host, another loopback address), and the `asset_url` returned.
The API key never reaches the storage host; a refused PUT names the file; a 512 MB file (TRANSFER_TEST_MB to
change it) goes up with the client's peak memory measured in a fresh interpreter."""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.doubles.peak_memory import MB, measure, size_under_test
from tests.doubles.recording import FAKE_KEY
from tests.doubles.standin.server import StandInServer
from tests.doubles.standin.storage import STORAGE_HEADER

import jogg_ai_client as jogg

BOTH = pytest.mark.parametrize("mode", ["sync", "async"])
UPLOAD_PATH = "/v2/upload/asset"


def run(mode: str, client: Any, file: Any, **options: Any) -> str:
    if mode == "sync":
        return jogg.upload_asset(client, file, **options)
    return asyncio.run(jogg.upload_asset_async(client, file, **options))


def asked(standin: StandInServer) -> list[dict[str, Any]]:
    return [json.loads(r.body) for r in standin.requests if r.path.endswith(UPLOAD_PATH)]


def assert_keyless(standin: StandInServer) -> None:
    for request in standin.storage.seen():
        assert "x-api-key" not in {name.lower() for name in request.headers}
        assert not any(FAKE_KEY in value for value in request.headers.values())


@BOTH
def test_a_path_is_uploaded_and_its_asset_url_returned(
    mode: str, make_client: Callable[..., Any], standin: StandInServer, tmp_path: Path
) -> None:
    photo = tmp_path / "me.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 100)
    puts_before = len(standin.storage.seen("PUT"))
    asset_url = run(mode, make_client("jogg"), photo)
    assert asset_url.startswith(standin.storage.origin) and "/res.jogg.ai/assets/" in asset_url
    assert asked(standin)[-1] == {"filename": "me.jpg", "content_type": "image/jpeg", "file_size": photo.stat().st_size}
    put = standin.storage.seen("PUT")[puts_before]
    assert put.headers["Content-Type"] == "image/jpeg"
    assert put.headers["Content-Length"] == str(photo.stat().st_size)
    assert standin.storage.objects[put.path.partition("?")[0]].data == photo.read_bytes()
    assert_keyless(standin)


def test_a_file_object_takes_its_name_or_the_one_given(
    make_client: Callable[..., Any], standin: StandInServer, tmp_path: Path
) -> None:
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"video bytes")
    with clip.open("rb") as handle:
        jogg.upload_asset(make_client("jogg"), handle)
    assert asked(standin)[-1]["filename"] == "clip.mp4"
    assert asked(standin)[-1]["content_type"] == "video/mp4"
    jogg.upload_asset(make_client("jogg"), io.BytesIO(b"raw"), filename="a.png", content_type="image/x-mine")
    assert asked(standin)[-1] == {"filename": "a.png", "content_type": "image/x-mine", "file_size": 3}


@pytest.mark.parametrize(
    ("file", "options"),
    [
        pytest.param(io.BytesIO(b"no name"), {}, id="no-name"),
        pytest.param(io.StringIO("text"), {"filename": "x.txt"}, id="text-mode"),
        pytest.param("no/such/file.jpg", {}, id="missing"),
        pytest.param(io.BytesIO(b""), {"filename": "x.bin"}, id="empty"),
    ],
)
def test_what_cannot_be_uploaded_is_refused_before_any_request(
    file: Any, options: dict[str, Any], make_client: Callable[..., Any], standin: StandInServer
) -> None:
    before = len(standin.requests)
    with pytest.raises(jogg.InvalidArgumentError):
        jogg.upload_asset(make_client("jogg"), file, **options)
    assert len(standin.requests) == before


@BOTH
def test_a_refused_put_raises_a_transfer_error_naming_the_file(
    mode: str, make_client: Callable[..., Any], standin: StandInServer, tmp_path: Path
) -> None:
    photo = tmp_path / "refused-photo.jpg"
    photo.write_bytes(b"x" * 100)
    client = make_client("jogg").with_headers({STORAGE_HEADER: "putfail=403"})
    with pytest.raises(jogg.TransferError) as caught:
        run(mode, client, photo)
    assert "refused-photo.jpg" in str(caught.value)
    assert caught.value.status_code == 403
    assert "signed-url-here" in caught.value.url and "standin_token" not in caught.value.url
    assert_keyless(standin)


def test_a_refused_upload_request_raises_the_api_error_and_puts_nothing(
    make_client: Callable[..., Any], standin: StandInServer, tmp_path: Path
) -> None:
    photo = tmp_path / "me.jpg"
    photo.write_bytes(b"x")
    puts_before = len(standin.storage.seen("PUT"))
    with pytest.raises(jogg.AuthenticationError):
        jogg.upload_asset(make_client("jogg", api_key="wrong-key"), photo)
    assert len(standin.storage.seen("PUT")) == puts_before


def test_a_large_file_is_streamed_in_bounded_memory(standin: StandInServer, tmp_path: Path) -> None:
    large = tmp_path / "large.mp4"
    with large.open("wb") as handle:
        handle.truncate(size_under_test())
    puts_before = len(standin.storage.seen("PUT"))
    found = measure(
        setup=f"""
            import jogg_ai_client as jogg
            client = jogg.create_client({FAKE_KEY!r}, base_url={standin.base_url("jogg")!r})
            upload_asset = jogg.upload_asset
        """,
        action=f"upload_asset(client, {str(large)!r})",
    )
    put = standin.storage.seen("PUT")[puts_before]
    stored = standin.storage.objects[put.path.partition("?")[0]]
    assert stored.size == size_under_test()
    digest, zeros = hashlib.sha256(), bytes(MB)
    for _ in range(size_under_test() // MB):
        digest.update(zeros)
    assert stored.sha256 == digest.hexdigest()
    assert found.grew < 64 * MB, f"peak memory grew {found.grew / MB:.0f} MB"
    assert_keyless(standin)
    print(f"upload_asset of {size_under_test() / MB:.0f} MB: {found.seconds:.1f} s, grew {found.grew / MB:.1f} MB")


def test_the_path_argument_may_be_a_str(
    make_client: Callable[..., Any], standin: StandInServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("me.jpg").write_bytes(b"photo")
    assert jogg.upload_asset(make_client("jogg"), "me.jpg")
