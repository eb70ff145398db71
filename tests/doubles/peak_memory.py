"""How much memory a piece of code needs: run it in a fresh interpreter and report how far the process's peak
resident set size rose while it ran, past its size once the imports and setup were done (on Linux the
high-water mark of /proc/self/status, reset just before the action; elsewhere `ru_maxrss`).

    found = measure(setup="import pkg; url = ...", action="pkg.download(url, dest)")
    assert found.grew < 64 * MB

The stand-in servers stay in the test process, so the child's figure is the client's alone.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024
ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = """\
import json, resource, sys, time

def _status(field):
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None

def _current():
    found = _status("VmRSS")
    return found if found is not None else _peak()

def _peak():
    found = _status("VmHWM")  # this process's own high-water mark (ru_maxrss can carry the parent's over exec)
    if found is not None:
        return found
    found = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return found if sys.platform == "darwin" else found * 1024  # bytes on macOS, KiB elsewhere

{setup}
_before = _current()
try:
    with open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")  # reset the high-water mark to the current size: the peak is then the action's
except OSError:
    _before = _peak()
_started = time.perf_counter()
{action}
_seconds = time.perf_counter() - _started
print(json.dumps({{"before": _before, "after": _peak(), "seconds": _seconds}}))
"""


@dataclass(frozen=True)
class Measured:
    before: int  # peak RSS after setup, bytes
    after: int  # peak RSS after the action, bytes
    seconds: float  # the action's wall time

    @property
    def grew(self) -> int:
        return self.after - self.before


def measure(setup: str, action: str, *, env: dict[str, str] | None = None, timeout: float = 600) -> Measured:
    script = _SCRIPT.format(setup=textwrap.dedent(setup).strip(), action=textwrap.dedent(action).strip())
    paths = [str(ROOT), str(ROOT / "scripts"), os.environ.get("PYTHONPATH", "")]
    child_env = {**os.environ, **(env or {}), "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=child_env, timeout=timeout, check=False
    )
    if done.returncode != 0:
        raise AssertionError(f"the measured code failed:\n{done.stderr[-4000:]}")
    found = json.loads(done.stdout.strip().splitlines()[-1])
    return Measured(int(found["before"]), int(found["after"]), float(found["seconds"]))


def size_under_test() -> int:
    """The size of the large-file transfers in `make test`: 512 MB, or TRANSFER_TEST_MB megabytes."""
    return int(os.environ.get("TRANSFER_TEST_MB", "512")) * MB


def sparse_file(path: Path, size: int) -> Path:
    """A file of `size` zero bytes that takes no disk space, and costs no memory of its own to read."""
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def zeros_sha256(size: int) -> str:
    """The sha256 of `size` zero bytes (a sparse file's content), computed a megabyte at a time."""
    digest, block = hashlib.sha256(), bytes(MB)
    for _ in range(size // MB):
        digest.update(block)
    digest.update(bytes(size % MB))
    return digest.hexdigest()
