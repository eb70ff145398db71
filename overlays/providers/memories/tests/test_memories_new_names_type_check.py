"""mypy --strict sees what issue 12 added to memories_ai_client: download_screenplay_result at the top level (beside
the generated module of the same name), the webhooks submodule by both import spellings, and their types."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

USER_CODE = """\
import asyncio
from pathlib import Path

import memories_ai_client as mem
import memories_ai_client.webhooks
from memories_ai_client import webhooks
from memories_ai_client.api.screenplay import download_screenplay_result as generated
from memories_ai_client.models import ScreenplayCallback, ScreenplayTask

client = mem.create_client("k")
zipped: Path = mem.download_screenplay_result(client, "task", "out/")
zipped_async: Path = asyncio.run(mem.download_screenplay_result_async(client, "task", "out/"))
raw = generated.sync_detailed("task", client=client).content
callback: ScreenplayCallback = memories_ai_client.webhooks.parse(b"{}")
task: ScreenplayTask = webhooks.confirm_callback(client, b"{}")
refused: type[mem.SDKError] = webhooks.WebhookVerificationError
mem.download_screenplay_resultt(client, "typo", "out/")
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
    assert 'has no attribute "download_screenplay_resultt"' in errors[0]
