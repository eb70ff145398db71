"""Any id reaches exactly the declared path as one percent-encoded segment (or, for a query parameter, exactly
that parameter), on the configured host, or is refused before anything is sent: for every parameter that takes
a plain string, of every operation of every spec."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.doubles.endpoints import MODES, Job, Operation, jobs, operations
from tests.doubles.standin import examples

from .bodies import Scripted
from .harness import ScriptedServer, call_arguments, client_for, params
from .tally import OUTSIDE, TRIED

_PIECES = [*"./?#%&=\\;:@ \t\r\n\x00", "..", "%2F", "%2e%2E", "é", "😀"]
HOSTILE = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(_PIECES), max_size=12).map("".join),
    st.sampled_from(["", " ", ".", "..", "../x", "a/b?c#d", "%2F..%2F", "..%2F..%2Fv2%2Fuser", "\u202e", "x" * 10_000]),
)
TARGETS = {str(op): op for op in operations() if any(p.text for p in params(op))}
FORMS = ("sync_detailed", "asyncio_detailed")


def _documented(op: Operation) -> Scripted:
    """The operation's documented success answer (what it answers does not matter here, only what it is asked)."""
    status, media_type, _ = examples.success(op.definition)
    body = examples.response_example(examples.spec(op.provider.key), op.definition)
    raw = body.encode() if isinstance(body, str) and media_type != "application/json" else json.dumps(body).encode()
    return Scripted("documented", status, raw, media_type)


def _path_pattern(op: Operation) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", op.full_path)
    return re.compile("".join("([^/?#]*)" if part.startswith("{") else re.escape(part) for part in parts))


def _check_request(op: Operation, request: httpx.Request, value: str, kwargs: dict[str, Any]) -> None:
    assert request.url.host == urlsplit(op.provider.base_url).hostname
    raw_path = request.url.raw_path.decode("ascii")
    path, _, query = raw_path.partition("?")
    match = _path_pattern(op).fullmatch(path)
    assert match is not None, f"{raw_path!r} is not {op.full_path}"
    for param, segment in zip([p for p in params(op) if p.in_path], match.groups(), strict=True):
        assert segment not in ("", ".", ".."), raw_path
        if param.text:
            assert unquote(segment) == value, raw_path
    sent = parse_qs(query, keep_blank_values=True)
    wanted = {p.spec_name: p for p in params(op) if not p.in_path and p.name in kwargs}
    assert set(sent) == set(wanted), raw_path
    for name, param in wanted.items():
        if param.text:
            assert sent[name] == [value], raw_path


@pytest.mark.parametrize("name", list(TARGETS))
@given(value=HOSTILE, data=st.data())
def test_ids_stay_one_segment_on_the_declared_path(name: str, value: str, data: st.DataObject) -> None:
    op = TARGETS[name]
    args, kwargs = data.draw(call_arguments(op, text=value), label="arguments")
    server = ScriptedServer()
    server.answer(_documented(op))
    client, _ = client_for(op.provider, server)
    key = f"hostile_id/{op}"
    TRIED[key] += 1
    try:
        for form in FORMS:
            server.requests.clear()
            try:
                op.call(form, client, *args, **kwargs)
            except op.package.InvalidArgumentError:
                assert server.requests == [], "refused, but only after sending"
                assert not value.strip(), f"refused a non-blank id {value!r}"
                continue
            except op.package.SDKError:
                pass
            assert server.requests, "neither sent nor refused"
            for request in server.requests:
                _check_request(op, request, value, kwargs)
    except BaseException:
        OUTSIDE[key] += 1
        raise


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("job", jobs(), ids=str)
@pytest.mark.parametrize("task_id", ["", "   "])
def test_wait_helpers_refuse_empty_ids_before_any_request(job: Job, mode: str, task_id: str) -> None:
    server = ScriptedServer()
    client, _ = client_for(job.provider, server)
    with pytest.raises(job.package.InvalidArgumentError):
        job.run(mode, client, task_id)
    assert server.requests == []
