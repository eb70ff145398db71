"""mypy --strict sees what issues 11 and 12 added to jogg_ai_client, as a user writes it: the webhooks submodule by
both import spellings, upload_asset, download, paginate and the new errors; a misspelt name is an error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

USER_CODE = """\
import asyncio
from pathlib import Path

import jogg_ai_client as jogg
import jogg_ai_client.webhooks
from jogg_ai_client import webhooks
from jogg_ai_client.api.voice import list_voices

client = jogg.create_client("k")
url: str = jogg.upload_asset(client, "me.jpg", filename="x.jpg", content_type="image/jpeg")
url_async: str = asyncio.run(jogg.upload_asset_async(client, "me.jpg"))
saved: Path = jogg.download(url, "out/", on_progress=lambda done, total: None)
saved_async: Path = asyncio.run(jogg.download_async(url, "out/", timeout=30.0))
for voice in jogg.paginate(list_voices, client, page_size=10):
    print(voice)
event: webhooks.WebhookEvent = jogg_ai_client.webhooks.verify(b"{}", None, "s", tolerance=None)
if isinstance(event.data, webhooks.VideoSucceeded):
    video_url: str | None = event.data.video_url
signature: str = webhooks.sign(b"{}", "s")
refused: type[jogg.SDKError] = jogg.WebhookVerificationError
same: bool = webhooks.WebhookVerificationError is jogg.WebhookVerificationError
errors: tuple[type[jogg.SDKError], ...] = (jogg.TransferError, jogg.IncompleteDownloadError)
jogg.upload_assett(client, "typo")
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
    assert 'has no attribute "upload_assett"' in errors[0]
