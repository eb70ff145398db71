"""Shared fixtures: the in-process stand-in, the virtual clock, clients pointed at the stand-in, and the one
`vcr_config` for the documented-exchange cassettes.

What the stand-in does is tested live against it (`make_client`); cassettes hold only exchanges shaped exactly
as the providers document them, and any recording made against a live API with a key (see the README's
"Cassettes"). `make test` replays them (`--record-mode=none`); `make record` re-records them.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from registry import provider as registered
from tests.doubles import recording
from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import packages
from tests.doubles.standin.answers import DOCUMENTED, SCENARIO_HEADER
from tests.doubles.standin.server import StandInServer

MUTANT_TIMEOUT = os.environ.get("MUTANT_TEST_TIMEOUT")
"""Set by `make mutate`: the seconds one test may take under a mutant, whatever its own timeout mark. A mutant that
loses the virtual clock on its way to the wait loop makes the wait sleep on the real one, minutes per test."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if MUTANT_TIMEOUT:
        for item in items:
            item.add_marker(pytest.mark.timeout(float(MUTANT_TIMEOUT)), append=False)


CASSETTES = Path(__file__).parent / "cassettes"
LIVE = os.environ.get("LIVE_CASSETTES") == "1"
"""`make record-live` / `make replay-live`: cassettes of the live APIs, under tests/cassettes/live/."""
PACKAGES = packages()


@pytest.fixture(scope="session")
def vcr_config() -> dict[str, Any]:
    return dict(recording.VCR_CONFIG)


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(CASSETTES / ("live" if LIVE else "") / Path(str(request.node.fspath)).stem)


@pytest.fixture(autouse=True)
def _replay_is_complete(request: pytest.FixtureRequest, record_mode: str) -> Iterator[None]:
    """In replay, a cassette test fails when its cassette is missing or not played to the end."""
    if request.node.get_closest_marker("vcr") is None or record_mode != "none":
        yield
        return
    vcr = request.getfixturevalue("vcr")
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
def clock() -> FakeClock:
    """The virtual clock every client from `make_client` runs on: no test sleeps for real."""
    return FakeClock()


@pytest.fixture
def make_client(standin: StandInServer, clock: FakeClock) -> Callable[..., Any]:
    """`make_client(provider, api_key=None, **kwargs)`: a create_client() client on the stand-in and the clock."""

    def make(provider: str, api_key: str | None = None, **kwargs: Any) -> Any:
        kwargs.setdefault("clock", clock)
        key = api_key if api_key is not None else recording.FAKE_KEY
        return PACKAGES[provider].create_client(key, base_url=standin.base_url(provider), **kwargs)

    return make


@pytest.fixture
def recorded_client(request: pytest.FixtureRequest, record_mode: str, clock: FakeClock) -> Callable[..., Any]:
    """For cassette tests: in replay, the production URL and a fake key; when recording, the stand-in (whose
    answers are the documented examples) or, for live cassettes, the live API with the provider's key."""

    def make(provider: str, **kwargs: Any) -> Any:
        kwargs.setdefault("clock", clock)
        chosen = registered(provider)
        base_url, key = chosen.base_url, recording.FAKE_KEY
        if record_mode != "none":
            live = recording.live_key(provider) if LIVE else None
            if LIVE and live is None:
                pytest.skip(f"no {chosen.api_key_env} set: nothing to record live")
            if live is not None:
                key = live
            else:
                server: StandInServer = request.getfixturevalue("standin")
                base_url = server.base_url(provider)
        client = PACKAGES[provider].create_client(key, base_url=base_url, **kwargs)
        return client.with_headers({SCENARIO_HEADER: DOCUMENTED})

    return make


@pytest.fixture
def task_id(request: pytest.FixtureRequest) -> Callable[..., str]:
    """`task_id("progress")`: an id for that stand-in scenario, unique to this test and the same every run."""

    def make(scenario: str, suffix: str = "") -> str:
        digest = hashlib.sha256(f"{request.node.nodeid}{suffix}".encode()).hexdigest()[:10]
        return f"{scenario}-{digest}"

    return make
