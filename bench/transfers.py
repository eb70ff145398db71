"""Benchmark 6: uploads and downloads of large files over loopback, against raw httpx streaming the same bytes.

The stand-in (tests/doubles/standin: the API and its storage host, on another loopback address) runs in this
process; each transfer runs in a fresh interpreter (tests/doubles/peak_memory.py `measure`), which reports the
transfer's wall time and how far the process's peak resident memory rose during it, so the figures are the
client's alone and the server never shares its GIL. Each package's upload helper (every exported `upload_*`
function, found by name) uploads a sparse file made with `truncate` through its whole flow: the API's request
for a signed URL, the streamed PUT to the storage host, and whatever the flow does after it; the storage host
must then hold an object of the file's size with the sha256 of that many zero bytes. `download` (the same code
in every package, lib._core.transfers) fetches a generated object of the same size into a file, which must then
have that size. Raw httpx: `httpx.Client.put(url, content=<1 MB reads of the file>, headers={"Content-Length":
...})` to the storage host; for a download, `client.stream("GET", url)` written chunk by chunk as `iter_bytes()`
hands them over (httpx's own chunking, the fastest way it offers) into a temporary file that is then flushed to
disk (`os.fsync`) and renamed, which is what the package's download does so that the final name never holds half a
file, even after a crash: the target compares the two doing the same work. The same raw download without the
fsync and rename (the bytes left in the page cache) is measured too and shown beside it: the difference is the
disk, not the streaming. Files live in a temporary folder and are
deleted after each transfer. Sides alternate, several rounds at SIZE, after one warm-up round at WARM_UP that is
not counted; one round at LARGE for memory (and its throughput, shown).
"""

from __future__ import annotations

import importlib
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.doubles.peak_memory import MB, Measured, measure, sparse_file, zeros_sha256
from tests.doubles.standin.server import StandInServer

from registry import providers

from .results import Section, Target, median
from .tried import notes_for

GB = 1024 * MB
SIZE = 1 * GB
LARGE = 4 * GB
SMOKE_SIZE = 34 * MB  # large enough for every upload helper to take its signed-URL flow
THROUGHPUT_LIMIT = 0.9  # ours / raw, at SIZE
MEMORY_LIMIT_MB = 64.0
KEY = "bench-key"
RAW_PUT = """
import httpx
client = httpx.Client(timeout=60.0)
def chunks(path):
    with open(path, "rb") as handle:
        while block := handle.read({chunk}):
            yield block
"""
RAW_GET = """
import httpx
client = httpx.Client(timeout=60.0)
"""


@dataclass(frozen=True)
class Upload:
    package: str
    helper: str

    @property
    def name(self) -> str:
        return f"{self.package}.{self.helper}"


def uploads() -> tuple[Upload, ...]:
    """Each package's upload helpers: its exported `upload_*` functions (not their `_async` twins)."""
    found = []
    for provider in providers():
        package = importlib.import_module(provider.package)
        for name in package.__all__:
            if name.startswith("upload_") and not name.endswith("_async") and callable(getattr(package, name)):
                found.append(Upload(provider.package, name))
    return tuple(found)


class _Runner:
    def __init__(self, server: StandInServer, folder: Path) -> None:
        self.server = server
        self.folder = folder
        self.count = 0
        self.zeros: dict[int, str] = {}

    def _stored(self, before: int, size: int) -> None:
        """The storage host got exactly one new object, of `size` zero bytes."""
        puts = self.server.storage.seen("PUT")[before:]
        if len(puts) != 1:
            raise RuntimeError(f"expected one PUT to the storage host, saw {len(puts)}")
        stored = self.server.storage.objects[puts[0].path.partition("?")[0]]
        if size not in self.zeros:
            self.zeros[size] = zeros_sha256(size)
        if stored.size != size or stored.sha256 != self.zeros[size]:
            raise RuntimeError(f"the storage host holds {stored.size} bytes, not the {size} zero bytes sent")

    def upload(self, upload: Upload | None, source: Path) -> Measured:
        size = source.stat().st_size
        before = len(self.server.storage.seen("PUT"))
        self.count += 1
        if upload is None:
            url = self.server.storage.url(f"/raw/upload-{self.count}.mp4")
            found = measure(
                setup=RAW_PUT.format(chunk=MB),
                action=f"client.put({url!r}, content=chunks({str(source)!r}), "
                f"headers={{'Content-Length': '{size}', 'Content-Type': 'video/mp4'}}).raise_for_status()",
            )
        else:
            provider = next(p for p in providers() if p.package == upload.package)
            base = self.server.base_url(provider.key)
            found = measure(
                setup=f"import {upload.package} as package\n"
                f"client = package.create_client({KEY!r}, base_url={base!r})\nhelper = package.{upload.helper}",
                action=f"helper(client, {str(source)!r})",
            )
        self._stored(before, size)
        return found

    def download(self, package: str | None, size: int, *, durable: bool = False) -> Measured:
        """`package`'s download, or raw httpx's (package None): into the file as it comes, or, `durable`, into a
        temporary file flushed to disk (fsync) and renamed, as the package's download does."""
        self.count += 1
        url = self.server.storage.url(f"/res/download-{self.count}.mp4", standin_size=size)
        target = self.folder / f"download-{self.count}.mp4"
        written = self.folder / f"download-{self.count}.part" if durable else target
        try:
            if package is None:
                finish = f"    out.flush()\n    os.fsync(out.fileno())\nos.replace({str(written)!r}, {str(target)!r})"
                found = measure(
                    setup="import os\n" + RAW_GET,
                    action=f"with client.stream('GET', {url!r}) as response, open({str(written)!r}, 'wb') as out:\n"
                    f"    response.raise_for_status()\n"
                    f"    for chunk in response.iter_bytes():\n"
                    f"        out.write(chunk)\n" + (finish if durable else ""),
                )
            else:
                found = measure(
                    setup=f"import {package} as package\ndownload = package.download",
                    action=f"download({url!r}, {str(target)!r})",
                )
            if target.stat().st_size != size:
                raise RuntimeError(f"downloaded {target.stat().st_size} bytes, not {size}")
        finally:
            target.unlink(missing_ok=True)
            written.unlink(missing_ok=True)
        return found


def _mb_s(size: int, found: Measured) -> float:
    return size / MB / found.seconds


WARM_UP = 64 * MB  # one transfer of each kind per side first, not counted (imports, caches, the first file)


def run(smoke: bool = False, *, rounds: int | None = None) -> Section:
    rounds = rounds or (1 if smoke else 5)
    size = SMOKE_SIZE if smoke else SIZE
    sizes = (size,) if smoke else (size, LARGE)
    helpers = uploads()
    first = providers()[0].package
    ops: list[tuple[str, Upload | None, str | None]] = [(f"`{u.name}` (upload)", u, None) for u in helpers]
    ops.append((f"`{first}.download`", None, first))
    results: dict[tuple[str, int, str], list[Measured]] = {}

    def record(name: str, nbytes: int, side: str, found: Measured) -> None:
        results.setdefault((name, nbytes, side), []).append(found)

    with tempfile.TemporaryDirectory(prefix="bench-transfers-") as scratch, StandInServer() as server:
        folder = Path(scratch)
        runner = _Runner(server, folder)
        for nbytes in ((WARM_UP,) if not smoke else ()) + sizes:
            source = sparse_file(folder / f"source-{nbytes}.mp4", nbytes)
            try:
                for r in range(rounds if nbytes == size else 1):
                    for name, upload, package in ops:
                        sides = ("raw", "ours") if package is None else ("raw", "durable", "ours")
                        for side in sides if r % 2 == 0 else sides[::-1]:
                            if package is None:  # an upload
                                found = runner.upload(upload if side == "ours" else None, source)
                            else:
                                chosen = package if side == "ours" else None
                                found = runner.download(chosen, nbytes, durable=side == "durable")
                            record(name, nbytes, side, found)
            finally:
                source.unlink(missing_ok=True)
    rows: list[list[str]] = []
    targets: list[Target] = []
    for nbytes in sizes:
        for name, _upload, package in ops:
            ours = results[(name, nbytes, "ours")]
            plain = results[(name, nbytes, "raw")]
            raw = plain if package is None else results[(name, nbytes, "durable")]  # the same work as ours
            speed_ours = median([_mb_s(nbytes, m) for m in ours])
            speed_raw = median([_mb_s(nbytes, m) for m in raw])
            speed_plain = median([_mb_s(nbytes, m) for m in plain])
            grew_ours = max(m.grew for m in ours) / MB
            grew_raw = max(m.grew for m in raw) / MB
            ratio = speed_ours / speed_raw
            label = f"{name}, {nbytes / GB:g} GB" if nbytes >= GB else f"{name}, {nbytes / MB:g} MB"
            rows.append([label, str(len(ours)), f"{speed_raw:.0f}", f"{speed_ours:.0f}", f"{ratio:.3f}",
                         "—" if package is None else f"{speed_plain:.0f}",
                         "—" if package is None else f"{speed_ours / speed_plain:.3f}",
                         f"{grew_raw:.1f}", f"{grew_ours:.1f}"])  # fmt: skip
            if nbytes == size:
                targets.append(Target(f"{label}: throughput / raw httpx (medians)", ratio, THROUGHPUT_LIMIT,
                                      higher_is_better=True,
                                      fix_tried=notes_for("upload-throughput" if package is None
                                                          else "download-throughput")))  # fmt: skip
            targets.append(Target(f"{label}: peak memory growth (max over runs)", grew_ours, MEMORY_LIMIT_MB,
                                  unit=" MB", fix_tried=notes_for("transfer-memory")))  # fmt: skip
    return Section(
        title="6. Transfers",
        method=(
            f"{rounds} round{'s' if rounds != 1 else ''} per side at "
            + (f"{size / GB:g} GB" if size >= GB else f"{size / MB:g} MB")
            + ("" if smoke else f", 1 at {LARGE / GB:g} GB")
            + ". "
            + (__doc__ or "").split("\n\n", 1)[1].replace("\n", " ").strip()
        ),
        columns=["transfer", "runs per side", "raw httpx (MB/s, median)", "ours (MB/s, median)",
                 "throughput ratio (the target)", "raw httpx without fsync (MB/s, median)",
                 "ours / raw without fsync", "raw peak memory growth (MB, max)",
                 "ours peak memory growth (MB, max)"],
        rows=rows,
        targets=targets,
        data={"results": {f"{k[0]}|{k[1]}|{k[2]}": [m.seconds for m in v] for k, v in results.items()}},
    )  # fmt: skip
