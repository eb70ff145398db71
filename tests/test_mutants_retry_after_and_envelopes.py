"""What a server's Retry-After becomes, what an enveloped error says, and what an empty path id is refused as.

Pinned from a user's view, since each is something a caller reads or counts on:

- `RateLimitError.retry_after` (what a caller sleeps before trying again, and what a wait honours) is held to
  one day at most: a Retry-After of more seconds than that, or of an absurd number, gives exactly 86400, and
  a day or less is kept as sent.
- An HTTP-date Retry-After is read relative to now in UTC: a date with no zone, or with the zone `-0000`
  ("unknown", which Python reads as a naive datetime), is a UTC time, and a date with an offset is read in
  that offset; neither raises, on the injected `now` and on the real clock the SDK reads when given none.
- A provider whose bodies are a `{code, msg}` envelope: an error's message is the envelope's own `msg`, word
  for word (not the quoted excerpt of the body that stands in when the envelope says nothing).
- A generated call given an empty path id is refused before any request with InvalidArgumentError naming the
  argument the caller passed it as (`video_id must not be empty`), in sync and async forms.

The first package is used: every package carries the same core, and its profile has a `code` envelope.
"""

from __future__ import annotations

import importlib
import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from tests.doubles.core import PACKAGE, core
from tests.doubles.endpoints import Job, jobs

policy = core("policy")
responses = core("responses")
errors = core("errors")

PROFILE = importlib.import_module(f"{PACKAGE.__name__}.lib.profile").PROFILE
NOW = datetime(2015, 10, 21, 7, 27, 0, tzinfo=UTC)


def rate_limited(retry_after: str) -> float | None:
    """The `retry_after` of the RateLimitError a 429 with this Retry-After header stands for."""
    error = responses.response_error(429, {"retry-after": retry_after}, b"")
    assert isinstance(error, errors.RateLimitError)
    value: float | None = error.retry_after
    return value


# --- Retry-After ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("86400", 86400.0), ("86399.5", 86399.5), ("86401", 86400.0), ("90000", 86400.0), ("1e9", 86400.0)],
)
def test_a_retry_after_is_held_to_one_day(header: str, seconds: float) -> None:
    assert rate_limited(header) == seconds


@pytest.mark.parametrize(
    "header",
    ["Wed, 21 Oct 2015 07:28:00", "Wed, 21 Oct 2015 07:28:00 -0000"],
    ids=["no-zone", "unknown-zone"],
)
def test_an_http_date_without_a_zone_is_read_as_utc(header: str) -> None:
    assert policy.parse_retry_after(header, now=NOW) == 60.0


def test_an_http_date_with_an_offset_is_read_in_that_offset() -> None:
    assert policy.parse_retry_after("Wed, 21 Oct 2015 09:28:00 +0200", now=NOW) == 60.0
    assert policy.parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=NOW) == 60.0


def test_an_http_date_without_a_zone_counts_from_the_real_clock_in_utc() -> None:
    when = (datetime.now(UTC) + timedelta(seconds=120)).replace(tzinfo=None)
    header = format_datetime(when)
    assert header.endswith("-0000")
    seconds = rate_limited(header)
    assert seconds is not None
    assert 60.0 <= seconds <= 120.0


# --- an enveloped error's message -------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [200, 400, 500])
def test_an_enveloped_error_says_the_envelopes_own_message(status: int) -> None:
    assert PROFILE.envelope.kind == "code"
    code = next(code for code in PROFILE.code_errors if isinstance(code, int) and code != 429)
    content = json.dumps({"code": code, "msg": "the avatar is not ready", "data": None}).encode()
    error = responses.response_error(status, {}, content)
    assert error is not None
    assert error.message == "the avatar is not ready"
    assert error.code == code


# --- an empty path id ---------------------------------------------------------------------------------------


PATH_JOBS = [job for job in jobs() if not job.kind.query_id]


@pytest.mark.parametrize("job", PATH_JOBS, ids=lambda job: job.name)
@pytest.mark.parametrize("form", ["sync_detailed", "asyncio_detailed"])
def test_an_empty_path_id_is_refused_by_the_name_the_caller_gave_it(job: Job, form: str) -> None:
    """The caller passed `video_id=""`, so the error names `video_id`, not a generic `id`."""
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500)

    (name,) = job.status.path_params
    client = job.package.AuthenticatedClient(
        base_url=job.provider.base_url, token="k", httpx_args={"transport": httpx.MockTransport(handle)}
    )
    with pytest.raises(job.package.InvalidArgumentError) as raised:
        job.fetch(form, client, "")
    assert (str(raised.value), raised.value.argument) == (f"{name} must not be empty", name)
    assert seen == []
