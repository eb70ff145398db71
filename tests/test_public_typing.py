"""What users type-checks: the top-level names of each package resolve for mypy --strict (the package loads
them lazily at run time, so this is the only place their static view is checked), and a misspelt name is an
error rather than Any."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

USER_CODE = """
import asyncio

import jogg_ai_client as jogg
import memories_ai_client as memories
import viddyscribe_client as viddyscribe
from jogg_ai_client import AuthenticatedClient, PollPolicy, TaskFailedError, WaitTimeoutError
from jogg_ai_client.models import AvatarVideo

client: AuthenticatedClient = jogg.create_client("k", timeout=10.0, max_retries=1)
video: AvatarVideo = jogg.wait_for_avatar_video(client, "v", timeout=60.0, policy=PollPolicy(1.0, 2.0, 8.0, 0.1))
url: str | object = video.video_url
policies = jogg.DEFAULT_POLICIES["wait_for_avatar_video"].next_delay(1)
job = viddyscribe.wait_for_job(viddyscribe.create_client("k"), "j")
task = asyncio.run(memories.wait_for_screenplay_task_async(memories.create_client("k"), "t"))
errors: tuple[type[Exception], ...] = (TaskFailedError, WaitTimeoutError, jogg.ApiError, memories.RateLimitError)
version: str = jogg.__version__ + viddyscribe.__api_version__
"""


def _mypy(tmp_path: Path, code: str) -> subprocess.CompletedProcess[str]:
    source = tmp_path / "user_code.py"
    source.write_text(code, encoding="utf-8")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(source),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_user_code_type_checks_and_a_typo_does_not(tmp_path: Path) -> None:
    typo = USER_CODE + "jogg.wait_for_avatr_video(client, 'v')\n"
    result = _mypy(tmp_path, typo)
    lines = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(lines) == 1, result.stdout
    assert 'has no attribute "wait_for_avatr_video"' in lines[0]
