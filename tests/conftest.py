"""Shared fixtures: the one `vcr_config`, cassettes under tests/cassettes/<module>/, the client a
cassette test should use (replay, stand-in or live), and the fake clock.

`make test` replays (`--record-mode=none` in pyproject.toml); `make record` re-records every test marked
`vcr` with `--record-mode=rewrite`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from standin.providers import PRODUCTION
from standin.server import StandInServer
from support import fake_clock, recording
from support.helpers import PACKAGE

CASSETTES = Path(__file__).parent / "cassettes"


@pytest.fixture(scope="session")
def vcr_config() -> dict[str, Any]:
    return dict(recording.VCR_CONFIG)


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(CASSETTES / Path(str(request.node.fspath)).stem)


@pytest.fixture(autouse=True)
def _replay_is_complete(request: pytest.FixtureRequest, vcr: Any, record_mode: str) -> Iterator[None]:
    """In replay, a cassette test fails when its cassette is missing or not played to the end."""
    if vcr is None or record_mode != "none":
        yield
        return
    path = Path(vcr._path)
    if not path.exists():
        pytest.fail(f"missing cassette {path.relative_to(CASSETTES.parent.parent)}: run `make record`")
    yield
    if not vcr.all_played:
        pytest.fail(f"cassette {path.name}: {vcr.play_count} of {len(vcr)} recorded responses were used")


@pytest.fixture(scope="session")
def standin() -> Iterator[StandInServer]:
    with StandInServer() as server:
        yield server


@pytest.fixture
def target(request: pytest.FixtureRequest, record_mode: str) -> Callable[[str], recording.Target]:
    """Per provider: production URL and fake key in replay; when recording, the live API if the
    provider's key is set, else the stand-in."""

    def choose(provider: str) -> recording.Target:
        if record_mode == "none":
            return recording.Target(PRODUCTION[provider], recording.FAKE_KEY)
        key = recording.live_key(provider)
        if key is not None:
            return recording.Target(PRODUCTION[provider], key, live=True)
        server: StandInServer = request.getfixturevalue("standin")
        return recording.Target(server.base_url(provider), recording.FAKE_KEY)

    return choose


@pytest.fixture
def make_client(target: Callable[[str], recording.Target]) -> Callable[..., Any]:
    """`make_client(provider, api_key=None, **kwargs)`: a create_client() client pointed at the target."""

    def make(provider: str, api_key: str | None = None, **kwargs: Any) -> Any:
        chosen = target(provider)
        key = api_key if api_key is not None else chosen.api_key
        return PACKAGE[provider].create_client(key, base_url=chosen.base_url, **kwargs)

    return make


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> fake_clock.FakeClock:
    """All three packages on one fake clock: no test sleeps for real."""
    return fake_clock.install(monkeypatch)


@pytest.fixture
def task_id(request: pytest.FixtureRequest) -> Callable[[str], str]:
    """`task_id("progress")`: an id for that stand-in scenario, unique to this test and the same every run."""

    def make(scenario: str, suffix: str = "") -> str:
        digest = hashlib.sha256(f"{request.node.nodeid}{suffix}".encode()).hexdigest()[:10]
        return f"{scenario}-{digest}"

    return make
