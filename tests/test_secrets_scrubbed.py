"""Secrets, recorded for real: a fresh cassette made with a known key holds it nowhere (headers in every
spelling, query strings, bodies), and nothing the clients log while working carries it.

The scrubbing itself is configured once, in tests/support/recording.py (VCR_CONFIG); this file proves that
configuration on new recordings, where tests/test_no_key_leaks.py checks the cassettes already committed.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest
import vcr

from standin.server import StandInServer
from support.helpers import PACKAGE
from support.recording import KEY_HEADERS, VCR_CONFIG

KEY = "sk-LEAKCHECK-9f2d41c7b05e"
HELPERS = {
    "jogg": ("wait_for_avatar_video", "done-1"),
    "viddyscribe": ("wait_for_job", "done-1"),
    "memories": ("wait_for_screenplay_task", "done-1"),
}


def _record(cassette: Path, server: StandInServer) -> None:
    recorder = vcr.VCR(**VCR_CONFIG, record_mode="all")
    with recorder.use_cassette(str(cassette)):
        for provider, (helper, task_id) in HELPERS.items():
            client = PACKAGE[provider].create_client(KEY, base_url=server.base_url(provider))
            getattr(PACKAGE[provider], helper)(client, task_id)
        # A key where these APIs never put one, to prove the same config scrubs it there too.
        base = server.base_url("jogg")
        with httpx.Client() as raw:
            for header in KEY_HEADERS:
                raw.get(f"{base}/v2/avatar_video/done-2", params={"api_key": KEY, "token": KEY}, headers={header: KEY})
            raw.post(f"{base}/v2/avatar_video/done-3", data={"api_key": KEY, "note": "form"})
            raw.post(f"{base}/v2/avatar_video/done-4", json={"api_key": KEY, "note": "json"})


def test_a_fresh_recording_holds_no_key(tmp_path: Path) -> None:
    cassette = tmp_path / "fresh.yaml"
    with StandInServer() as server:
        _record(cassette, server)
        seen = [request.headers for request in server.requests]
    text = cassette.read_text(encoding="utf-8")
    assert any(KEY in str(headers) for headers in seen), "the key was never sent: the test proves nothing"
    assert "interactions" in text and text.count("uri:") >= 8
    assert KEY not in text
    assert KEY.lower() not in text.lower()
    assert "127.0.0.1" not in text, "stand-in URLs must be rewritten to production"


def test_nothing_logged_holds_the_key(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with StandInServer() as server:
        for provider, (helper, _) in HELPERS.items():
            client = PACKAGE[provider].create_client(KEY, base_url=server.base_url(provider))
            getattr(PACKAGE[provider], helper)(client, "done-5")
            with pytest.raises(PACKAGE[provider].SDKError):
                getattr(PACKAGE[provider], helper)(client, "notfound-1")
    assert caplog.records, "nothing was logged: the test proves nothing"
    for record in caplog.records:
        rendered: Any = record.getMessage() + json.dumps(record.__dict__, default=repr)
        assert KEY not in rendered, f"{record.name} logged the key"
