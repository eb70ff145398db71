"""mypy --strict sees what issue 12 added to viddyscribe_client: upload_media, job_output, download_job_result,
download, and their types; a misspelt name is an error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

USER_CODE = """\
import asyncio
from pathlib import Path

import viddyscribe_client as viddy
from viddyscribe_client.models import JobOutput, SegmentsOutput, TextOutput

client = viddy.create_client("k")
media_id: str = viddy.upload_media(client, "talk.mp4", content_type="video/mp4", timeout=60.0)
media_async: str = asyncio.run(viddy.upload_media_async(client, "talk.mp4"))
job = viddy.wait_for_job(client, "job")
output: SegmentsOutput | TextOutput | JobOutput | None = viddy.job_output(job)
video: Path = viddy.download_job_result(client, "job", "out/")
audio: Path = asyncio.run(viddy.download_job_result_async(client, "job", "out/", track="audio"))
if isinstance(job.video_signed_url, str):
    saved: Path = viddy.download(job.video_signed_url, "out/")
viddy.upload_mediaa(client, "typo")
"""


def test_the_new_names_type_check_and_a_typo_does_not(tmp_path: Path) -> None:
    source = tmp_path / "user_code.py"
    source.write_text(USER_CODE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "c"), str(source)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, done.stdout
    assert 'has no attribute "upload_mediaa"' in errors[0]
