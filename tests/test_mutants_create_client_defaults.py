"""What `create_client` gives a caller who passes nothing but a key, and what it does with the few things a caller
adds: the defaults a user relies on without reading the code.

Pinned from a user's view, since each is something a caller counts on or sees on the wire:

- By default a failed idempotent call is sent again twice (`max_retries: int = 2` in the signature), so a server
  that keeps answering 503 sees three requests, and `client.max_retries` says 2; on a virtual clock, no real
  sleep.
- The User-Agent names the package; a caller's own `headers={...}` are sent as well, and a caller's own
  `User-Agent`, in any case, replaces the package's (exactly one User-Agent goes out, the caller's).
- The key goes out in the provider's auth header with no prefix at all, and the client's documented `prefix`
  attribute says so: the empty string (a `str`, as typed), not None.
- A timeout is sent as given: an httpx.Timeout phase by phase, a number of seconds for all four phases.
- A key may hold any printable character (an `X` too); only a line break or NUL is refused, naming `api_key`.
- TLS is verified unless the caller asks otherwise: a server whose certificate no CA vouches for is refused, a CA
  the caller trusts through `SSL_CERT_FILE` (httpx's `trust_env`, on by default) is honoured but not with
  `httpx_args={"trust_env": False}` (then only the bundled CAs count), and `verify_ssl=False` turns
  verification off. The certificates are made for the test (a self-signed CA for 127.0.0.1, with the
  `cryptography` package the lock file pins) and the server is a local thread, so nothing leaves the machine.

The first package is used: every package carries the same core.
"""

from __future__ import annotations

import asyncio
import datetime
import http.server
import importlib
import ipaddress
import json
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.core import PACKAGE

PROFILE = importlib.import_module(f"{PACKAGE.__name__}.lib.profile").PROFILE
KEY = "sk-test-0123456789abcdef"
BOTH = pytest.mark.parametrize("mode", ["sync", "async"])


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (PROFILE.api_key_env, PROFILE.base_url_env, PROFILE.log_env, "SSL_CERT_FILE", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)


def _send(client: Any, mode: str) -> httpx.Response:
    """GET /status through `client`, sync or async."""
    if mode == "sync":
        with client:
            response: httpx.Response = client.get_httpx_client().get("/status")
            return response

    async def run() -> httpx.Response:
        async with client:
            answer: httpx.Response = await client.get_async_httpx_client().get("/status")
            return answer

    return asyncio.run(run())


NOT_FOUND = {"error": "not_found", "message": "no such path"}


def _seen_by(status: int, mode: str, **kwargs: Any) -> list[httpx.Request]:
    """The requests a MockTransport answering `status` (404 or 503) saw for one GET through create_client(**kwargs)
    (the GET raises the error that status stands for)."""
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=NOT_FOUND)

    api_key = kwargs.pop("api_key", KEY)
    client = PACKAGE.create_client(
        api_key, httpx_args={"transport": httpx.MockTransport(handle)}, clock=FakeClock(), **kwargs
    )
    with pytest.raises(PACKAGE.NotFoundError if status == 404 else PACKAGE.SDKError):
        _send(client, mode)
    return seen


# --- retries by default -----------------------------------------------------------------------------------------


@BOTH
def test_a_failing_call_is_sent_three_times_by_default(mode: str) -> None:
    assert len(_seen_by(503, mode)) == 3


def test_the_default_retry_budget_is_two() -> None:
    assert PACKAGE.create_client(KEY).max_retries == 2


# --- headers -----------------------------------------------------------------------------------------------------


@BOTH
def test_a_callers_own_headers_are_sent_along_with_the_user_agent(mode: str) -> None:
    (request,) = _seen_by(404, mode, headers={"X-Trace": "abc-123"})
    assert request.headers.get_list("X-Trace") == ["abc-123"]
    assert request.headers.get_list("User-Agent") == [PACKAGE.lib._core.client_factory.user_agent()]


@BOTH
@pytest.mark.parametrize("name", ["User-Agent", "user-agent", "USER-AGENT"])
def test_a_callers_own_user_agent_replaces_the_packages(mode: str, name: str) -> None:
    """Spelt in any case: header names are case-insensitive, and two User-Agents would go out otherwise."""
    (request,) = _seen_by(404, mode, headers={name: "my-app/1.0"})
    assert request.headers.get_list("User-Agent") == ["my-app/1.0"]


@BOTH
def test_the_key_is_sent_with_no_prefix_and_the_prefix_attribute_is_empty(mode: str) -> None:
    (request,) = _seen_by(404, mode)
    assert request.headers.get_list(PROFILE.auth_header) == [KEY]
    client = PACKAGE.create_client(KEY)
    assert client.prefix == ""
    assert "prefix=''" in repr(client)


@BOTH
@pytest.mark.parametrize(
    ("timeout", "sent"),
    [
        (httpx.Timeout(5.0, connect=2.0), {"connect": 2.0, "read": 5.0, "write": 5.0, "pool": 5.0}),
        (7.5, {"connect": 7.5, "read": 7.5, "write": 7.5, "pool": 7.5}),
    ],
    ids=["httpx-timeout", "seconds"],
)
def test_a_timeout_is_sent_as_given(timeout: float | httpx.Timeout, sent: dict[str, float], mode: str) -> None:
    (request,) = _seen_by(404, mode, timeout=timeout)
    assert request.extensions["timeout"] == sent


# --- the key's characters -------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["sk-X-0123", "XX", "key-with-UPPER-XYZ"])
def test_a_key_with_any_printable_character_is_accepted_and_sent(key: str) -> None:
    (request,) = _seen_by(404, "sync", api_key=key)
    assert request.headers[PROFILE.auth_header] == key


@pytest.mark.parametrize("key", ["sk-1\n", "sk-\r1", "sk-\x001"])
def test_a_key_with_a_line_break_or_nul_is_refused(key: str) -> None:
    with pytest.raises(PACKAGE.InvalidArgumentError) as raised:
        PACKAGE.create_client(key)
    assert raised.value.argument == "api_key"
    assert "line break or NUL" in str(raised.value)


# --- TLS verification ------------------------------------------------------------------------------------------


def _self_signed(directory: Path) -> tuple[Path, Path]:
    """A CA certificate for 127.0.0.1 that signs itself, and its key: (cert.pem, key.pem)."""
    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test CA on 127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


class _Ok(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps(NOT_FOUND).encode()
        self.send_response(404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """An https server on 127.0.0.1 with a self-signed certificate: (its base URL, the CA file that trusts it)."""
    cert, key = _self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Ok)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}", cert
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _tls_client(base_url: str, **kwargs: Any) -> Any:
    return PACKAGE.create_client(KEY, base_url=base_url, timeout=10.0, max_retries=0, clock=FakeClock(), **kwargs)


def _assert_certificate_refused(client: Any, mode: str) -> None:
    """The call fails before any answer (no NotFoundError from the server), on the certificate check."""
    with pytest.raises(PACKAGE.SDKError) as raised:
        _send(client, mode)
    assert not isinstance(raised.value, PACKAGE.NotFoundError)
    assert "CERTIFICATE_VERIFY_FAILED" in repr(raised.value.__cause__) + str(raised.value)


@BOTH
def test_an_unknown_certificate_is_refused_by_default(tls_server: tuple[str, Path], mode: str) -> None:
    base_url, _ = tls_server
    _assert_certificate_refused(_tls_client(base_url), mode)


@BOTH
def test_a_ca_trusted_through_ssl_cert_file_is_honoured(
    tls_server: tuple[str, Path], mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    base_url, ca = tls_server
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))
    with pytest.raises(PACKAGE.NotFoundError):  # the server's own answer: the connection was made
        _send(_tls_client(base_url), mode)


@BOTH
def test_verify_ssl_false_turns_verification_off(tls_server: tuple[str, Path], mode: str) -> None:
    base_url, _ = tls_server
    with pytest.raises(PACKAGE.NotFoundError):  # the server's own answer: the connection was made
        _send(_tls_client(base_url, verify_ssl=False), mode)


@BOTH
def test_with_trust_env_off_the_environments_ca_file_is_not_trusted(
    tls_server: tuple[str, Path], mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    base_url, ca = tls_server
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))
    _assert_certificate_refused(_tls_client(base_url, httpx_args={"trust_env": False}), mode)
