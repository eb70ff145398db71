"""The stand-in server (tests/standin/server.py) in a child process, so its threads never share the GIL or
the memory figures of the process being measured."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from .endpoints import ROOT

_CHILD = """
import json, sys
sys.path.insert(0, sys.argv[1])
from standin.server import StandInServer
with StandInServer() as server:
    print(json.dumps({p: server.base_url(p) for p in ("jogg", "viddyscribe", "memories")}), flush=True)
    sys.stdin.read()  # until the parent closes our stdin
"""


@dataclass(frozen=True)
class RunningStandIn:
    urls: dict[str, str]

    def base_url(self, provider: str) -> str:
        return self.urls[provider]


@contextmanager
def standin() -> Iterator[RunningStandIn]:
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(ROOT / "tests")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        if not line:
            raise RuntimeError("the stand-in server did not start")
        urls = json.loads(line)
        if not all(url.startswith("http://127.0.0.1:") for url in urls.values()):
            raise RuntimeError(f"the stand-in is not on 127.0.0.1: {urls}")
        yield RunningStandIn(urls)
    finally:
        if child.stdin is not None:
            child.stdin.close()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait(timeout=10)
