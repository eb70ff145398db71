"""create_client: the key from the environment (or a clear error naming the variable), the exact auth header
each provider expects, a User-Agent naming the package and version, and the base URL from the environment."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from registry import provider as registered
from registry import providers
from tests.doubles.endpoints import jobs, packages

PACKAGE = packages()
PROVIDERS = list(PACKAGE)
KEY = "sk-test-0123456789abcdef"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for p in providers():
        for name in (p.api_key_env, p.base_url_env, p.log_env):
            monkeypatch.delenv(name, raising=False)


def _first_request(provider: str, client_factory: Callable[..., Any]) -> httpx.Request:
    """Send one request through a MockTransport and return it."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json={"code": 404, "msg": "x", "error": "not_found", "data": None})

    client = client_factory(httpx_args={"transport": httpx.MockTransport(answer)}, max_retries=0)
    job = next(j for j in jobs() if j.provider.key == provider)
    with pytest.raises(PACKAGE[provider].ApiError):
        job.fetch("sync_detailed", client, "task-1")
    (request,) = seen
    return request


@pytest.mark.parametrize("provider", PROVIDERS)
def test_key_from_the_environment_sent_in_the_providers_exact_header(
    provider: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    header = registered(provider).auth_header
    monkeypatch.setenv(registered(provider).api_key_env, KEY)
    request = _first_request(provider, PACKAGE[provider].create_client)
    values = [value for name, value in request.headers.multi_items() if name.lower() == header.lower()]
    assert values == [KEY]  # no "Bearer " or any other prefix
    raw_names = [name for name, _ in request.headers.raw]
    assert header.encode() in raw_names
    if header.lower() != "authorization":
        assert "authorization" not in request.headers


@pytest.mark.parametrize("provider", PROVIDERS)
def test_missing_key_is_a_clear_error_naming_the_variable(provider: str) -> None:
    package = PACKAGE[provider]
    with pytest.raises(package.MissingApiKeyError) as caught:
        package.create_client()
    assert registered(provider).api_key_env in str(caught.value)
    assert isinstance(caught.value, package.SDKError)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_blank_key_in_the_environment_is_missing_too(provider: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(registered(provider).api_key_env, "  ")
    with pytest.raises(PACKAGE[provider].MissingApiKeyError, match=registered(provider).api_key_env):
        PACKAGE[provider].create_client()


@pytest.mark.parametrize("provider", PROVIDERS)
def test_user_agent_names_the_package_and_its_version(provider: str) -> None:
    package = PACKAGE[provider]
    request = _first_request(provider, lambda **kw: package.create_client(KEY, **kw))
    assert request.headers["User-Agent"].startswith(f"{registered(provider).distribution}/{package.__version__}")


@pytest.mark.parametrize("provider", PROVIDERS)
def test_base_url_from_the_environment(provider: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(registered(provider).base_url_env, "https://staging.example.test/prefix")
    request = _first_request(provider, lambda **kw: PACKAGE[provider].create_client(KEY, **kw))
    assert str(request.url).startswith("https://staging.example.test/prefix/")


@pytest.mark.parametrize("provider", PROVIDERS)
def test_base_url_argument_wins_over_the_environment(provider: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(registered(provider).base_url_env, "https://staging.example.test")
    request = _first_request(
        provider, lambda **kw: PACKAGE[provider].create_client(KEY, base_url="https://arg.example.test", **kw)
    )
    assert request.url.host == "arg.example.test"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_default_base_url_is_the_specs_production_server(provider: str) -> None:
    request = _first_request(provider, lambda **kw: PACKAGE[provider].create_client(KEY, **kw))
    assert str(request.url).startswith(registered(provider).base_url + "/")


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_request_has_a_timeout_of_30_seconds_by_default(provider: str) -> None:
    request = _first_request(provider, lambda **kw: PACKAGE[provider].create_client(KEY, **kw))
    assert request.extensions["timeout"] == {"connect": 30.0, "read": 30.0, "write": 30.0, "pool": 30.0}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_timeout_of_none_is_refused(provider: str) -> None:
    with pytest.raises(PACKAGE[provider].InvalidArgumentError):
        PACKAGE[provider].create_client(KEY, timeout=None)
