"""`download` (and `download_async`), the same in every package, and the signed-URL upload helper behind each
package's upload function, live against the stand-in's storage host (tests/doubles/standin/storage.py, on
another loopback address than the API):

- a result URL lands in a file or a directory, through a temporary file and an atomic rename;
- a connection cut mid-body is resumed with a Range request, or restarted where the host allows no ranges;
- a body shorter than its Content-Length raises IncompleteDownloadError and leaves no file;
- a refusal raises TransferError with the host's status and without the URL's query (its signature);
- the bytes move in chunks: a file of `size_under_test()` (512 MB in `make test`, TRANSFER_TEST_MB to change it)
  goes up and down with the client's peak memory measured in a fresh interpreter;
- no API key is ever sent to the storage host.

Every package comes from the registry (tests/doubles/endpoints.py): nothing here names a provider.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib
import io
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.doubles.endpoints import packages
from tests.doubles.peak_memory import MB, measure, size_under_test, sparse_file, zeros_sha256
from tests.doubles.recording import KEY_HEADERS
from tests.doubles.standin.server import StandInServer
from tests.doubles.standin.storage import StoredRequest, pattern_sha256

PACKAGES = packages()
EVERY = pytest.mark.parametrize("package", list(PACKAGES.values()), ids=list(PACKAGES))
FIRST = next(iter(PACKAGES.values()))
BOTH = pytest.mark.parametrize("mode", ["sync", "async"])


def fetch(package: ModuleType, mode: str, url: str, dest: Any, **options: Any) -> Path:
    if mode == "sync":
        saved: Path = package.download(url, dest, **options)
    else:
        saved = asyncio.run(package.download_async(url, dest, **options))
    return saved


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(MB):
            digest.update(chunk)
    return digest.hexdigest()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def gets(standin: StandInServer, path: str) -> list[StoredRequest]:
    return [r for r in standin.storage.seen("GET") if r.path.partition("?")[0] == path]


@EVERY
@BOTH
def test_a_directory_gets_the_urls_file_name(
    package: ModuleType, mode: str, standin: StandInServer, tmp_path: Path
) -> None:
    url = standin.storage.url(f"/res/{package.__name__}/{mode}/clip.mp4", standin_size=300_000)
    path = fetch(package, mode, url, f"{tmp_path}/out/")
    assert path == tmp_path / "out" / "clip.mp4"
    assert path.stat().st_size == 300_000
    assert sha256(path) == pattern_sha256(f"/res/{package.__name__}/{mode}/clip.mp4", 300_000)
    assert leftovers(path.parent) == []


@BOTH
def test_a_file_path_is_written_as_given_and_replaced_whole(mode: str, standin: StandInServer, tmp_path: Path) -> None:
    target = tmp_path / "deeper" / "video.bin"
    target.parent.mkdir()
    target.write_bytes(b"old")
    url = standin.storage.url(f"/res/{mode}/named.mp4", standin_size=1000)
    assert fetch(FIRST, mode, url, target) == target
    assert target.stat().st_size == 1000


def test_an_existing_directory_needs_no_trailing_separator(standin: StandInServer, tmp_path: Path) -> None:
    path = FIRST.download(standin.storage.url("/res/a/b/final%20cut.mp4", standin_size=10), tmp_path)
    assert path == tmp_path / "final cut.mp4"


def test_a_url_without_a_file_name_is_saved_as_download(standin: StandInServer, tmp_path: Path) -> None:
    path = FIRST.download(standin.storage.url("/", standin_size=10), f"{tmp_path}/")
    assert path.name == "download"


@BOTH
def test_progress_counts_up_to_the_announced_total(mode: str, standin: StandInServer, tmp_path: Path) -> None:
    seen: list[tuple[int, int | None]] = []
    url = standin.storage.url(f"/res/progress-{mode}.mp4", standin_size=3 * MB + 5)
    fetch(FIRST, mode, url, tmp_path / "p.mp4", on_progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (3 * MB + 5, 3 * MB + 5)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert len(seen) >= 4


@BOTH
def test_a_cut_download_resumes_with_a_range_request(mode: str, standin: StandInServer, tmp_path: Path) -> None:
    path = f"/res/cut-{mode}.mp4"
    url = standin.storage.url(path, standin_size=300_000, standin_cut=100_000)
    result = fetch(FIRST, mode, url, tmp_path / "cut.mp4")
    assert sha256(result) == pattern_sha256(path, 300_000)
    first, second = gets(standin, path)
    assert "Range" not in first.headers
    assert second.headers["Range"] == "bytes=100000-"
    assert second.headers["If-Range"]  # the file must not have changed between the two
    assert leftovers(tmp_path) == []


@BOTH
def test_a_body_shorter_than_its_content_length_raises_and_leaves_no_file(
    mode: str, standin: StandInServer, tmp_path: Path
) -> None:
    path = f"/res/short-{mode}.mp4"
    url = standin.storage.url(path, standin_size=200_000, standin_short=1000)
    with pytest.raises(FIRST.IncompleteDownloadError) as caught:
        fetch(FIRST, mode, url, tmp_path / "short.mp4")
    assert (caught.value.received, caught.value.expected) == (199_000, 200_000)
    assert isinstance(caught.value, FIRST.TransferError)
    assert list(tmp_path.iterdir()) == []
    assert [r.headers.get("Range") for r in gets(standin, path)] == [None, "bytes=199000-"]


def test_a_host_without_ranges_is_restarted_then_given_up_on(standin: StandInServer, tmp_path: Path) -> None:
    path = "/res/noranges.mp4"
    url = standin.storage.url(path, standin_size=50_000, standin_cut=20_000, standin_noranges=1)
    with pytest.raises(FIRST.IncompleteDownloadError) as caught:
        FIRST.download(url, tmp_path / "x.mp4")
    assert caught.value.expected == 50_000
    seen = gets(standin, path)
    assert len(seen) == 4  # one that brought bytes, then three in a row that brought none new
    assert all("Range" not in r.headers for r in seen)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("status", [403, 404, 410])
def test_a_refusal_raises_with_the_status_and_without_the_signature(
    status: int, standin: StandInServer, tmp_path: Path
) -> None:
    url = standin.storage.url(f"/res/denied-{status}.mp4", standin_deny=status, Signature="s3cr3t")
    with pytest.raises(FIRST.TransferError) as caught:
        FIRST.download(url, f"{tmp_path}/out/")
    error = caught.value
    assert error.status_code == status
    assert "s3cr3t" not in str(error) and "s3cr3t" not in error.url
    assert f"HTTP {status}" in str(error)
    assert list((tmp_path / "out").iterdir()) == []


@pytest.mark.parametrize("url", ["", "ftp://host/x", "/relative/path", 42])
def test_a_url_that_is_not_http_is_refused_before_anything_is_sent(url: object, tmp_path: Path) -> None:
    with pytest.raises(FIRST.InvalidArgumentError):
        FIRST.download(url, tmp_path)


def test_no_api_key_header_reaches_the_storage_host(standin: StandInServer, tmp_path: Path) -> None:
    FIRST.download(standin.storage.url("/res/keyless.mp4", standin_size=10), tmp_path)
    names = {name.lower() for r in standin.storage.seen() for name in r.headers}
    assert not names & {h.lower() for h in KEY_HEADERS}


# --- the upload helper --------------------------------------------------------------------------------------


def core(package: ModuleType) -> ModuleType:
    return importlib.import_module(f"{package.__name__}.lib._core.transfers")


@BOTH
def test_an_upload_streams_the_file_with_its_length_and_type(mode: str, standin: StandInServer, tmp_path: Path) -> None:
    transfers = core(FIRST)
    source = tmp_path / "clip.mp4"
    source.write_bytes(bytes(range(256)) * 4000)
    url = standin.storage.url(f"/up/{mode}/clip.mp4", X_Goog_Signature="x")
    if mode == "sync":
        transfers.upload(url, transfers.UploadSource(source), content_type="video/mp4")
    else:
        asyncio.run(transfers.upload_async(url, transfers.UploadSource(source), content_type="video/mp4"))
    stored = standin.storage.objects[f"/up/{mode}/clip.mp4"]
    assert stored.data == source.read_bytes()
    put = standin.storage.seen("PUT")[-1]
    assert put.headers["Content-Length"] == str(source.stat().st_size)
    assert put.headers["Content-Type"] == "video/mp4"
    assert "Transfer-Encoding" not in put.headers


def test_a_file_object_is_sent_from_its_position(standin: StandInServer) -> None:
    transfers = core(FIRST)
    stream = io.BytesIO(b"header|the payload")
    stream.seek(7)
    transfers.upload(standin.storage.url("/up/positioned"), transfers.UploadSource(stream), content_type="a/b")
    assert standin.storage.objects["/up/positioned"].data == b"the payload"


def test_a_refused_put_names_the_file(standin: StandInServer, tmp_path: Path) -> None:
    transfers = core(FIRST)
    source = tmp_path / "named-in-the-error.mp4"
    source.write_bytes(b"x" * 10)
    url = standin.storage.url("/up/refused", standin_putfail=403)
    with pytest.raises(FIRST.TransferError) as caught:
        transfers.upload(url, transfers.UploadSource(source), content_type="video/mp4")
    assert "named-in-the-error.mp4" in str(caught.value)
    assert caught.value.status_code == 403
    assert caught.value.path == str(source)


@pytest.mark.parametrize(
    "source",
    [pytest.param("does/not/exist.mp4", id="missing"), pytest.param(io.StringIO("text"), id="text-mode"), 42],
)
def test_a_source_that_cannot_be_sent_is_refused_first(source: object) -> None:
    with pytest.raises(FIRST.InvalidArgumentError):
        core(FIRST).UploadSource(source)


# --- large files: memory measured ---------------------------------------------------------------------------


@pytest.fixture
def large(tmp_path: Path) -> Path:
    """A sparse file of size_under_test() bytes: no disk space, and reading it costs no memory of its own."""
    return sparse_file(tmp_path / "large.bin", size_under_test())


def test_a_large_upload_streams_in_bounded_memory(large: Path, standin: StandInServer) -> None:
    size = large.stat().st_size
    url = standin.storage.url("/up/large.bin")
    found = measure(
        setup=f"import {FIRST.__name__}.lib._core.transfers as transfers",
        action=f"transfers.upload({url!r}, transfers.UploadSource({str(large)!r}), content_type='video/mp4')",
    )
    stored = standin.storage.objects["/up/large.bin"]
    assert stored.size == size
    assert stored.sha256 == zeros_sha256(size)
    assert found.grew < 64 * MB, f"peak memory grew {found.grew / MB:.0f} MB for a {size / MB:.0f} MB upload"
    print(f"upload of {size / MB:.0f} MB: {found.seconds:.1f} s, peak memory grew {found.grew / MB:.1f} MB")


def test_a_large_download_streams_in_bounded_memory(standin: StandInServer, tmp_path: Path) -> None:
    size = size_under_test()
    url = standin.storage.url("/res/large.mp4", standin_size=size)
    target = tmp_path / "large.mp4"
    found = measure(
        setup=f"import {FIRST.__name__} as package\ndownload = package.download",
        action=f"download({url!r}, {str(target)!r})",
    )
    try:
        assert target.stat().st_size == size
        assert sha256(target) == pattern_sha256("/res/large.mp4", size)
    finally:
        target.unlink(missing_ok=True)
    assert found.grew < 64 * MB, f"peak memory grew {found.grew / MB:.0f} MB for a {size / MB:.0f} MB download"
    print(f"download of {size / MB:.0f} MB: {found.seconds:.1f} s, peak memory grew {found.grew / MB:.1f} MB")
