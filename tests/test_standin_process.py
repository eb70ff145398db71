"""`make standin`: the stand-in as a process prints, for every provider, the environment lines that point a
client at it, and those lines work as printed: a client built from them alone gets the documented answer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from registry import providers
from tests.doubles.endpoints import jobs

ROOT = Path(__file__).resolve().parents[1]


def test_the_printed_lines_point_each_client_at_the_running_standin() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "scripts")])}
    with subprocess.Popen(
        [sys.executable, "-m", "tests.doubles.standin", "--seconds", "60"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        try:
            assert process.stdout is not None
            printed: dict[str, str] = {}
            for line in process.stdout:
                if line.startswith("# storage host"):
                    break
                name, _, value = line.removeprefix("export ").strip().partition("=")
                printed[name] = value
            assert {p.base_url_env for p in providers()} <= set(printed)
            for job in jobs():
                base_url = printed[job.provider.base_url_env]
                assert base_url.startswith("http://127.0.0.1:")
                client = job.package.create_client(printed[job.provider.api_key_env], base_url=base_url)
                with client:
                    assert job.poll("sync", client, "done-1").done, job
        finally:
            process.terminate()
            process.wait(timeout=30)
