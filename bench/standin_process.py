"""The stand-in server (tests/doubles/standin/server.py) in a child process, so its threads never share the GIL
or the memory figures of the process being measured.

`python -m bench.standin_process` is the child: it serves every provider of the registry, prints their base URLs
as one JSON line, and stops when its stdin is closed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .table import ROOT, child_env


@dataclass(frozen=True)
class RunningStandIn:
    urls: dict[str, str]  # provider key -> base URL
    pid: int = 0  # the child process serving them

    def cpu_seconds(self) -> float | None:
        """CPU seconds the stand-in's process has used so far (Linux /proc), or None where that cannot be read."""
        try:
            fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def base_url(self, provider: str) -> str:
        return self.urls[provider]


@contextmanager
def standin() -> Iterator[RunningStandIn]:
    child = subprocess.Popen(
        [sys.executable, "-m", "bench.standin_process"], cwd=ROOT, env=child_env(),
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        if not line:
            raise RuntimeError("the stand-in server did not start")
        urls = json.loads(line)
        if not isinstance(urls, dict) or not all(str(url).startswith("http://127.0.0.1:") for url in urls.values()):
            raise RuntimeError(f"the stand-in is not on 127.0.0.1: {urls}")
        yield RunningStandIn({str(key): str(url) for key, url in urls.items()}, child.pid)
    finally:
        if child.stdin is not None:
            child.stdin.close()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait(timeout=10)


def serve() -> None:
    """In the child: serve until the parent closes our stdin. What the stand-in builds on its first request (the
    routes from the specs, each job's task bodies) is built before the URLs are printed, so no measured run
    pays for it, whichever side happens to go first."""
    from tests.doubles.endpoints import jobs
    from tests.doubles.standin import answers
    from tests.doubles.standin import scenarios as sc
    from tests.doubles.standin.server import StandInServer

    from registry import providers

    answers.routes()
    for job in jobs():
        for phase in (sc.WORKING, sc.SUCCESS):
            answers.task_body(job, "warm-up", phase)
    with StandInServer() as server:
        print(json.dumps({p.key: server.base_url(p.key) for p in providers()}), flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    serve()
