"""Each package README's "whole round trip" runs as written, end to end against the stand-in: the key and base URL
from the environment, the input files it names made first, and (the one liberty) the clients on the virtual
clock, so a wait's sleeps cost no real time. The code comes from the README the package ships."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from pipeline import ROOT
from registry import Provider, providers
from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import packages
from tests.doubles.recording import FAKE_KEY
from tests.doubles.standin.server import StandInServer

BLOCK = re.compile(r"^## The whole round trip\n.*?^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
WITH_ROUND_TRIP = [p for p in providers() if p.round_trip]


def readme_code(provider: Provider) -> str:
    text = (ROOT / "generated" / provider.distribution / "README.md").read_text(encoding="utf-8")
    found = BLOCK.search(text)
    assert found, f"{provider.distribution}/README.md has no round trip"
    return found.group(1)


def test_every_provider_shows_its_round_trip() -> None:
    assert [p.key for p in WITH_ROUND_TRIP] == [p.key for p in providers()]


@pytest.mark.parametrize("provider", WITH_ROUND_TRIP, ids=lambda p: p.key)
def test_the_readme_round_trip_runs(
    provider: Provider,
    standin: StandInServer,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    package = packages()[provider.key]
    monkeypatch.setenv(provider.api_key_env, FAKE_KEY)
    monkeypatch.setenv(provider.base_url_env, standin.base_url(provider.key))
    monkeypatch.chdir(tmp_path)
    factory: Callable[..., Any] = partial(package.create_client, clock=clock)
    monkeypatch.setattr(package, "create_client", factory)
    for name in (provider.round_trip or {}).get("files", []):
        (tmp_path / name).write_bytes(b"input bytes of " + name.encode())
    before = len(standin.storage.seen())

    exec(compile(readme_code(provider), f"{provider.distribution}/README.md", "exec"), {})

    printed = capsys.readouterr().out
    saved = [p for p in (tmp_path / "out").iterdir()]
    assert len(saved) == 1 and saved[0].stat().st_size > 0
    assert str(saved[0].name) in printed
    assert not any(FAKE_KEY in r.headers.values() for r in standin.storage.seen()[before:])
