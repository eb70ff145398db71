"""The API key never shows: not in any cassette, not in repr/str of a client, not in the text of any exception
the stand-in's scenarios make a call or a wait raise (message, repr, args, body, chained causes and traceback).
Every job kind and operation comes from the one table (tests/doubles/endpoints.py): nothing here grows by hand."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import MODES, Job, jobs, packages
from tests.doubles.recording import FAKE_KEY, KEY_HEADERS, live_key
from tests.doubles.standin.server import WRONG_KEY

PACKAGE = packages()
CASSETTES = Path(__file__).parent / "cassettes"
SECRETS = [FAKE_KEY, WRONG_KEY, *[k for k in (live_key(p) for p in PACKAGE) if k]]


def _texts(error: BaseException) -> list[str]:
    texts = [str(error), repr(error), *map(str, error.args), "".join(traceback.format_exception(error))]
    for name in ("message", "body", "task_id", "last_status", "code"):
        value = getattr(error, name, None)
        if value is not None:
            texts.append(value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value))
    return texts


def _assert_no_secret(texts: list[str]) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text


@pytest.mark.parametrize("path", sorted(CASSETTES.rglob("*.yaml")), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_cassette_holds_no_key(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    _assert_no_secret([text])
    for interaction in yaml.safe_load(text)["interactions"]:
        names = {name.lower() for name in interaction["request"]["headers"]}
        assert not names & {h.lower() for h in KEY_HEADERS}
        assert "user-agent" not in names
        assert interaction["request"]["uri"].startswith("https://")


@pytest.mark.parametrize("provider", list(PACKAGE))
def test_client_repr_and_str_hide_the_key(provider: str) -> None:
    client = PACKAGE[provider].create_client(FAKE_KEY)
    client.get_httpx_client()
    _assert_no_secret([repr(client), str(client), repr(client.get_httpx_client())])


@pytest.mark.parametrize("provider", list(PACKAGE))
def test_refused_key_is_not_echoed(provider: str) -> None:
    with pytest.raises(PACKAGE[provider].InvalidArgumentError) as caught:
        PACKAGE[provider].create_client(f"{FAKE_KEY}\nX-Injected: 1")
    _assert_no_secret(_texts(caught.value))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("helper", jobs(), ids=str)
def test_wait_errors_hold_no_key(
    helper: Job, mode: str, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    policy = helper.package.PollPolicy(initial=1.0, multiplier=2.0, maximum=4.0, jitter=0)
    provider = helper.provider.key
    scenarios = [
        (make_client(provider), task_id("failed"), {}),
        (make_client(provider), task_id("notfound"), {}),
        (make_client(provider), task_id("never"), {"timeout": 3.0, "policy": policy}),
        (make_client(provider, api_key=WRONG_KEY), task_id("done"), {}),
    ]
    for client, wanted, options in scenarios:
        with pytest.raises(helper.package.SDKError) as caught:
            helper.run(mode, client, wanted, **options)
        _assert_no_secret(_texts(caught.value))


@pytest.mark.parametrize("endpoint", jobs(), ids=lambda job: str(job.status))
def test_single_call_errors_hold_no_key(
    endpoint: Job, make_client: Callable[..., Any], clock: FakeClock, task_id: Callable[..., str]
) -> None:
    for scenario in ("ratelimited", "html", "nocredit", "flaky"):
        client = make_client(endpoint.provider.key, max_retries=0)
        with pytest.raises(endpoint.package.SDKError) as caught:
            endpoint.fetch("sync_detailed", client, task_id(scenario))
        _assert_no_secret(_texts(caught.value))
