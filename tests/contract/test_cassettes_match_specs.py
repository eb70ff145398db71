"""Contract: the cassettes and the stand-in say what the specs say, for every provider of the registry.

(a) Every cassette interaction's request is a path and method its provider's spec declares, at that provider's
    production origin and base path, and carries no key header and no User-Agent (filtered as version-bearing).
(b) A cassette of tests/test_documented_exchanges.py holds exactly the spec's documented example: the
    cassette is the documentation, not the stand-in's behaviour.
(c) Any other cassette (a live recording) validates against the operation's declared response schema, or,
    for an error the spec leaves out, against the provider's documented error format (from its envelope kind).
(d) The stand-in itself: every task body it serves (each job kind at each phase) and every operation's
    documented answer and documented error body validates against the spec.

A cassette or a stand-in answer that drifts from its spec fails here, naming it and the mismatch.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import pytest

from pipeline import load_yaml
from registry import ErrorCode, Provider, providers
from tests.doubles import recording
from tests.doubles.endpoints import Job, jobs, operations
from tests.doubles.schemas import declared, error_format, json_schema
from tests.doubles.standin import answers, examples
from tests.doubles.standin import scenarios as sc
from tests.fuzz.tally import NOT_JSON, decoded, provider_code, says_success

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = ROOT / "tests" / "cassettes"
DOCUMENTED = CASSETTES / "test_documented_exchanges"
FILTERED_HEADERS = frozenset(h.lower() for h in (*recording.KEY_HEADERS, *recording.VERSION_HEADERS))


@dataclass(frozen=True)
class Interaction:
    cassette: Path
    index: int
    request: dict[str, Any]
    response: dict[str, Any]

    @property
    def where(self) -> str:
        return f"{self.cassette.relative_to(ROOT)} interaction {self.index}"

    @property
    def documented(self) -> bool:
        return DOCUMENTED in self.cassette.parents

    def __str__(self) -> str:
        return f"{self.cassette.parent.name}/{self.cassette.stem}#{self.index}"


def _interactions() -> list[Interaction]:
    found = []
    for cassette in sorted(CASSETTES.rglob("*.yaml")):
        loaded = load_yaml(cassette) or {}
        for index, entry in enumerate(loaded.get("interactions", [])):
            found.append(Interaction(cassette, index, entry["request"], entry["response"]))
    return found


INTERACTIONS = _interactions()
ALL = pytest.mark.parametrize("interaction", INTERACTIONS, ids=str)


@dataclass(frozen=True)
class Target:
    """The operation a recorded request is for."""

    provider: Provider
    path: str  # without the base URL's path
    template: str
    definition: dict[str, Any]


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    return re.compile("".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts))


def target(uri: str, method: str) -> Target:
    """The provider whose production origin and base path `uri` is under, and its operation there."""
    parts = urlsplit(uri)
    origin = f"{parts.scheme}://{parts.netloc}"
    owners = [p for p in providers() if p.origin == origin and (parts.path + "/").startswith(p.base_path + "/")]
    if not owners:
        known = ", ".join(p.origin + p.base_path for p in providers())
        raise AssertionError(f"{uri} is under no provider's production base URL ({known})")
    owner = max(owners, key=lambda p: len(p.base_path))
    path = parts.path[len(owner.base_path) :]
    candidates = sorted(
        examples.operations(examples.spec(owner.key)), key=lambda o: (o[0].count("{"), -len(o[0]))
    )  # literal paths before templated ones
    matching = [(t, m, d) for t, m, d in candidates if _pattern(t).fullmatch(path)]
    for template, declared_method, definition in matching:
        if declared_method.upper() == method.upper():
            return Target(owner, path, template, definition)
    if matching:
        raise AssertionError(f"{owner.spec_output} declares {path} ({matching[0][0]}) but not {method.upper()}")
    raise AssertionError(f"{method.upper()} {path} matches no path of {owner.spec_output}")


def _body_text(response: dict[str, Any]) -> str:
    raw = (response.get("body") or {}).get("string", "")
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def _validate(body: Any, schema: dict[str, Any], where: str) -> None:
    try:
        jsonschema.validate(body, schema)
    except jsonschema.ValidationError as error:
        location = "/".join(str(p) for p in error.absolute_path) or "(body)"
        pytest.fail(f"{where}: at {location}: {error.message}")


# --- (a) requests ------------------------------------------------------------------------------------------


@ALL
def test_request_is_a_declared_operation_at_its_providers_origin(interaction: Interaction) -> None:
    request = interaction.request
    try:
        target(request["uri"], request["method"])
    except AssertionError as error:
        pytest.fail(f"{interaction.where}: {error}")


@ALL
def test_request_carries_no_key_and_no_user_agent(interaction: Interaction) -> None:
    sent = {name.lower() for name in (interaction.request.get("headers") or {})}
    leaked = sorted(sent & FILTERED_HEADERS)
    assert not leaked, f"{interaction.where}: recorded request headers {leaked} should have been filtered"
    query = urlsplit(interaction.request["uri"]).query
    keys = {part.split("=", 1)[0].lower() for part in query.split("&") if part}
    assert not keys & set(recording.KEY_PARAMETERS), f"{interaction.where}: key-like query parameter in the URI"


# --- (b) documented exchanges ------------------------------------------------------------------------------


@pytest.mark.parametrize("interaction", [i for i in INTERACTIONS if i.documented], ids=str)
def test_documented_cassette_holds_exactly_the_specs_example(interaction: Interaction) -> None:
    found = target(interaction.request["uri"], interaction.request["method"])
    document = examples.spec(found.provider.key)
    status, media_type, _ = examples.success(found.definition)
    expected = examples.response_example(document, found.definition)
    recorded = int(interaction.response["status"]["code"])
    assert recorded == status, f"{interaction.where}: HTTP {recorded}, the spec documents {status}"
    text = _body_text(interaction.response)
    if expected is None:
        pytest.fail(f"{interaction.where}: the spec documents no example for {found.template}")
    if isinstance(expected, str) and media_type != "application/json":
        assert text == expected, f"{interaction.where}: the body is not the documented example"
        return
    body = decoded(text.encode())
    assert body == expected, (
        f"{interaction.where}: the body is not {found.provider.spec_output}'s documented example for "
        f"{found.template}:\n recorded   {text[:300]}\n documented {json.dumps(expected)[:300]}"
    )


# --- (c) live recordings -----------------------------------------------------------------------------------


def _schema_for(found: Target, status: int, body: Any) -> tuple[dict[str, Any], str]:
    """The schema a recorded response must match, and what it is: the operation's declared response for its
    status (for a 2xx, only when the provider's envelope calls it a success), else the provider's error format."""
    provider = found.provider
    response = declared_response(found, status)
    success = 200 <= status < 300
    if success and provider.envelope.kind == "code":
        success = says_success(provider.envelope, body, provider_code(provider.envelope, body))
    if response is not None and (success or status >= 300):
        return response, f"{provider.spec_output} {found.template} HTTP {status}"
    return error_format(provider), f"{provider.name}'s documented error format ({provider.envelope.kind} envelope)"


def declared_response(found: Target, status: int) -> dict[str, Any] | None:
    document = examples.spec(found.provider.key)
    entry = found.definition.get("responses", {}).get(str(status))
    if entry is None:
        return None
    content = examples.resolve(document, entry).get("content") or {}
    media = content.get("application/json")
    return None if media is None else dict(json_schema(document, media.get("schema") or {}))


@pytest.mark.parametrize("interaction", [i for i in INTERACTIONS if not i.documented], ids=str)
def test_live_recording_matches_the_spec_or_the_error_format(interaction: Interaction) -> None:
    found = target(interaction.request["uri"], interaction.request["method"])
    status = int(interaction.response["status"]["code"])
    text = _body_text(interaction.response)
    body = decoded(text.encode())
    if body is NOT_JSON:
        documented = found.definition.get("responses", {}).get(str(status), {})
        media = set(examples.resolve(examples.spec(found.provider.key), documented).get("content") or {})
        assert media and "application/json" not in media, (
            f"{interaction.where}: HTTP {status} body is not JSON, and the spec declares no other body: {text[:80]!r}"
        )
        return
    schema, what = _schema_for(found, status, body)
    _validate(body, schema, f"{interaction.where}: HTTP {status} does not match {what}")
    if status >= 400:  # the spec's error schema may require nothing: the provider's error format still holds
        provider = found.provider
        _validate(
            body, error_format(provider), f"{interaction.where}: HTTP {status} is not {provider.name}'s error format"
        )


# --- the count of documented exchanges -----------------------------------------------------------------------


def test_every_documented_exchange_has_its_cassette() -> None:
    """Fails until `make record` has recorded one cassette per (operation, form) of test_documented_exchanges."""
    from tests.test_documented_exchanges import FORMS

    wanted = len(operations()) * len(FORMS)
    present = sorted(DOCUMENTED.glob("*.yaml")) if DOCUMENTED.is_dir() else []
    names = {p.stem for p in present}
    missing = [
        f"test_documented_exchange[{op}-{form}]"
        for op in operations()
        for form in FORMS
        if f"test_documented_exchange[{op}-{form}]" not in names
    ]
    assert len(present) >= wanted, (
        f"{DOCUMENTED.relative_to(ROOT)} holds {len(present)} cassettes for {wanted} (operation, form) pairs; "
        f"run `make record`. Missing, e.g.: {', '.join(missing[:5])}"
    )


# --- (d) the stand-in --------------------------------------------------------------------------------------


def _success_schema(provider: Provider, definition: dict[str, Any]) -> tuple[int, str, dict[str, Any]]:
    document = examples.spec(provider.key)
    status, media_type, media = examples.success(definition)
    return status, media_type, dict(json_schema(document, media.get("schema") or {}))


def _phases(job: Job) -> list[str]:
    return [sc.PENDING, sc.WORKING, sc.SUCCESS, sc.FAILED, *([sc.CANCELLED] if job.kind.cancelled else [])]


PHASES = [(job, phase) for job in jobs() for phase in _phases(job)]


@pytest.mark.parametrize(("job", "phase"), PHASES, ids=[f"{job}-{phase}" for job, phase in PHASES])
def test_standin_task_body_matches_the_spec(job: Job, phase: str) -> None:
    status, body = answers.task_body(job, f"{phase}-contract", phase)
    documented, _, schema = _success_schema(job.provider, job.status.definition)
    assert status == documented
    _validate(body, schema, f"the stand-in's {phase} body for {job} does not match {job.kind.status_path}")


ROUTES = answers.routes()


@pytest.mark.parametrize("route", ROUTES, ids=[f"{r.provider.key}-{r.method}-{r.template}" for r in ROUTES])
def test_standin_documented_answer_matches_the_spec(route: answers.Route) -> None:
    where = f"the stand-in's answer to {route.provider.key} {route.method} {route.template}"
    status, media_type, body = answers.documented(route)
    if route.creates is not None:
        (status, body), _ = answers.create_body(route, "progress")
    documented, documented_type, schema = _success_schema(route.provider, route.definition)
    assert (status, media_type) == (documented, documented_type), where
    if media_type != "application/json":
        return
    if body is None:
        pytest.fail(f"{where}: the spec documents no example, so the stand-in answers null")
    _validate(body, schema, f"{where} does not match {route.provider.spec_output}")


ERRORS = [(p, entry) for p in providers() for entry in p.errors]


@pytest.mark.parametrize(("provider", "entry"), ERRORS, ids=[f"{p.key}-{e.code}" for p, e in ERRORS])
def test_standin_error_body_matches_the_error_format(provider: Provider, entry: ErrorCode) -> None:
    body = answers.error_body(provider, entry)
    _validate(body, error_format(provider), f"the stand-in's {entry.code} error body for {provider.key}")
    for op in operations():
        if op.provider.key != provider.key:
            continue
        response = declared(op, entry.http)
        if response is not None and response.is_json and entry.http >= 300:
            _validate(
                body, response.schema, f"the stand-in's {entry.code} error body, as {op} declares HTTP {entry.http}"
            )
