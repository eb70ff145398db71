"""Secrets, recorded for real: a fresh cassette made with a known key holds it nowhere (headers in every
spelling, query strings, bodies), and nothing the clients log while working carries it.

The scrubbing itself is configured once, in tests/doubles/recording.py (VCR_CONFIG); this file proves that
configuration on new recordings, where tests/test_no_key_leaks.py checks the cassettes already committed.
Waits run on the virtual clock: a regression here fails in seconds, not after a default timeout.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest
import vcr  # type: ignore[import-untyped]  # vcrpy 9.4.2 ships no type information (no py.typed, no stubs)

from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import Job, jobs
from tests.doubles.recording import KEY_HEADERS, VCR_CONFIG
from tests.doubles.standin.server import StandInServer

KEY = "sk-LEAKCHECK-9f2d41c7b05e"
FIRST_JOB: dict[str, Job] = {job.provider.key: job for job in reversed(jobs())}


def _client(job: Job, server: StandInServer) -> Any:
    return job.package.create_client(KEY, base_url=server.base_url(job.provider.key), clock=FakeClock())


def _record(cassette: Path, server: StandInServer) -> None:
    recorder = vcr.VCR(**VCR_CONFIG, record_mode="all")
    with recorder.use_cassette(str(cassette)):
        for job in FIRST_JOB.values():
            job.run("sync", _client(job, server), "done-1")
        # A key where these APIs never put one, to prove the same config scrubs it there too.
        job = next(iter(FIRST_JOB.values()))
        url = server.base_url(job.provider.key) + job.status.spec_path.replace("{", "").replace("}", "")
        with httpx.Client() as raw:
            for header in KEY_HEADERS:
                raw.get(url, params={"api_key": KEY, "token": KEY}, headers={header: KEY})
            raw.post(url, data={"api_key": KEY, "note": "form"})
            raw.post(url, json={"api_key": KEY, "note": "json"})


def test_a_fresh_recording_holds_no_key(tmp_path: Path) -> None:
    cassette = tmp_path / "fresh.yaml"
    with StandInServer() as server:
        _record(cassette, server)
        seen = [request.headers for request in server.requests]
    text = cassette.read_text(encoding="utf-8")
    assert any(KEY in str(headers) for headers in seen), "the key was never sent: the test proves nothing"
    assert "interactions" in text and text.count("uri:") >= len(FIRST_JOB) + len(KEY_HEADERS) + 2
    assert KEY not in text
    assert KEY.lower() not in text.lower()
    assert "127.0.0.1" not in text, "stand-in URLs must be rewritten to production"


def test_nothing_logged_holds_the_key(caplog: pytest.LogCaptureFixture) -> None:
    """Every record at DEBUG, the packages' own included (requests, retries, polls, the end of each wait), with a
    key in the header and in key-like query parameters, and errors (a 404, a retried 503) on the way."""
    caplog.set_level(logging.DEBUG)
    with StandInServer() as server:
        for job in FIRST_JOB.values():
            client = _client(job, server)
            job.run("sync", client, "done-5")
            job.run("sync", client, "flaky-5")
            with pytest.raises(job.package.SDKError):
                job.run("sync", client, "notfound-1")
            with pytest.raises(job.package.SDKError):
                client.get_httpx_client().get("/no/such/path", params={"api_key": KEY, "token": KEY})
    assert caplog.records, "nothing was logged: the test proves nothing"
    for job in FIRST_JOB.values():
        own = [r for r in caplog.records if r.name == job.provider.package]
        assert {logging.DEBUG, logging.INFO} <= {r.levelno for r in own}, f"{job.provider.package} logged nothing"
        assert any("next poll in" in r.getMessage() for r in own), "no poll was logged: the test proves nothing"
        assert any("/no/such/path" in r.getMessage() for r in own), "the keyed request was not logged"
    for record in caplog.records:
        rendered: Any = record.getMessage() + json.dumps(record.__dict__, default=repr)
        assert KEY not in rendered, f"{record.name} logged the key"
