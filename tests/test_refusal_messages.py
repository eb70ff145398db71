"""What each refused argument says, word for word, and which argument it names (`InvalidArgumentError.argument`),
for every check a user can trip in every package: `create_client`, the wait and poll helpers, `PollPolicy`,
`JobSchedule`, `DurationHistory`, `download`. The message is the only thing a user reads when a call is refused
before any request, so it is checked whole: the argument's name, what it accepts, the value given, and the hint
where there is one. (The tests that existed checked the class and the argument; `make mutate` found the words
free to change: docs/robustness.md.)
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import pytest

from registry import Provider
from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import Job, jobs

FIRST_JOB = {job.provider.key: job for job in reversed(jobs())}
EACH = pytest.mark.parametrize("job", list(FIRST_JOB.values()), ids=list(FIRST_JOB))


async def _coroutine(task: object) -> None:
    return None


def _cases(job: Job) -> list[tuple[str, Callable[[], object], str, str | None]]:
    """(what, the call, its message, its argument) for the job's package."""
    p, provider = job.package, job.provider
    client = p.create_client("k", clock=FakeClock())
    wait = getattr(p, job.kind.helper)
    wait_async = getattr(p, f"{job.kind.helper}_async")
    poll = getattr(p, f"poll_{job.kind.key}")
    default = provider.base_url
    policy = p.PollPolicy(initial=1.0, multiplier=2.0, maximum=8.0, jitter=0.1)

    def schedule(**change: Any) -> Callable[[], object]:
        return lambda: p.JobSchedule(**{"policy": policy, **change})

    return [
        ("base_url not text", lambda: p.create_client("k", base_url=5),
         f"base_url must be an http:// or https:// URL such as {default!r}, not 5", "base_url"),
        # runs of spaces collapse in a message
        ("base_url blank", lambda: p.create_client("k", base_url="  "),
         f"base_url must be an http:// or https:// URL such as {default!r}, not ' '", "base_url"),
        ("base_url not a URL", lambda: p.create_client("k", base_url="http://[::1"),
         "base_url '***' is not a valid URL: Invalid port: ':1'", "base_url"),
        ("base_url ftp", lambda: p.create_client("k", base_url="ftp://x.test/v2"),
         f"base_url 'ftp://x.test/v2' must start with http:// or https:// (the default is {default!r})", "base_url"),
        ("base_url without scheme", lambda: p.create_client("k", base_url="api.test/v2"),
         "base_url 'api.test/v2' must start with http:// or https://; did you mean 'https://api.test/v2'? "
         f"(the default is {default!r})", "base_url"),
        ("base_url bad host", lambda: p.create_client("k", base_url="https://bad_host!.test/"),
         "base_url 'https://bad_host!.test/' has no valid host name", "base_url"),
        ("api_key not text", lambda: p.create_client(5), "api_key must be a string, not int", "api_key"),
        ("api_key line break", lambda: p.create_client("a\nb"),
         f"the {provider.name} API key contains a line break or NUL; check {provider.api_key_env}", "api_key"),
        ("clock", lambda: p.create_client("k", clock=object()),
         "clock must have monotonic(), sleep() and async_sleep() (a Clock), not object", "clock"),
        ("timeout", lambda: p.create_client("k", timeout=0),
         "timeout must be a number of seconds > 0 or an httpx.Timeout (requests never wait forever), not 0", "timeout"),
        ("max_retries", lambda: p.create_client("k", max_retries=-1),
         "max_retries must be a whole number >= 0 (0 turns retries off), not -1", "max_retries"),
        ("wait timeout", lambda: wait(client, "x", timeout=-1),
         "timeout must be a number of seconds >= 0, or None to wait without limit, not -1", "timeout"),
        ("wait policy", lambda: wait(client, "x", policy=5),
         "policy must be a JobSchedule, a PollPolicy or None, not int", "policy"),
        ("wait wake asyncio", lambda: wait(client, "x", wake=asyncio.Event()),
         "wake must be a threading.Event or None, not Event: pass an asyncio.Event to the _async helper", "wake"),
        ("wait wake int", lambda: wait(client, "x", wake=5), "wake must be a threading.Event or None, not int", "wake"),
        ("async wait wake threading", lambda: asyncio.run(wait_async(client, "x", wake=threading.Event())),
         "wake must be an asyncio.Event or None, not Event (a threading.Event would block the event loop)", "wake"),
        ("async wait wake int", lambda: asyncio.run(wait_async(client, "x", wake=5)),
         "wake must be an asyncio.Event or None, not int", "wake"),
        ("on_progress", lambda: wait(client, "x", on_progress=5),
         "on_progress must be a function taking the task, or None, not int", "on_progress"),
        ("on_progress coroutine", lambda: wait(client, "x", on_progress=_coroutine),
         "on_progress is a coroutine function: pass it to the _async helper, or pass a plain function", "on_progress"),
        ("elapsed negative", lambda: wait(client, "x", elapsed=-1), "elapsed must be >= 0 seconds, not -1", "elapsed"),
        ("elapsed text", lambda: wait(client, "x", elapsed="1"),
         "elapsed (seconds since the job was submitted) must be a finite number, not '1'", "elapsed"),
        ("id not text", lambda: wait(client, 5), "task id must be a string, not int", "task id"),
        ("id empty", lambda: wait(client, " "), "task id must not be empty", "task id"),
        ("client", lambda: wait(5, "x"), "client must be a client from create_client(), not int", "client"),
        ("attempt", lambda: poll(client, "x", attempt=0), "attempt must be an int >= 1 (the poll's number), not 0",
         "attempt"),
        ("PollPolicy initial", lambda: p.PollPolicy(initial=0, multiplier=1, maximum=1),
         "PollPolicy initial must be > 0 seconds, not 0", "initial"),
        ("PollPolicy multiplier", lambda: p.PollPolicy(initial=1, multiplier=0.5, maximum=1),
         "PollPolicy multiplier must be >= 1, not 0.5", "multiplier"),
        ("PollPolicy maximum", lambda: p.PollPolicy(initial=2, multiplier=1, maximum=1.5),
         "PollPolicy maximum must be >= initial (2), not 1.5", "maximum"),
        ("PollPolicy jitter", lambda: p.PollPolicy(initial=1, multiplier=1, maximum=1, jitter=1),
         "PollPolicy jitter must be at least 0 and below 1, not 1", "jitter"),
        ("PollPolicy not finite", lambda: p.PollPolicy(initial=1, multiplier=float("inf"), maximum=1),
         "PollPolicy multiplier must be a finite number, not inf", "multiplier"),
        ("PollPolicy boolean", lambda: p.PollPolicy(initial=1, multiplier=1, maximum=1, jitter=False),
         "PollPolicy jitter must be a finite number, not False", "jitter"),
        ("JobSchedule policy", lambda: p.JobSchedule(policy=5.0),
         "JobSchedule policy must be a PollPolicy, not float", "policy"),
        ("JobSchedule band shape", schedule(band=(10.0,)),
         "JobSchedule band must be (start, end) in seconds, or None, not (10.0,)", "band"),
        ("JobSchedule band text", schedule(band="ab"),
         "JobSchedule band must be (start, end) in seconds, or None, not 'ab'", "band"),
        ("JobSchedule band order", schedule(band=(20.0, 10.0)),
         "JobSchedule band must have 0 <= start <= end, not (20.0, 10.0)", "band"),
        ("JobSchedule band negative", schedule(band=(-1.0, 10.0)),
         "JobSchedule band must have 0 <= start <= end, not (-1.0, 10.0)", "band"),
        ("JobSchedule band nan", schedule(band=(float("nan"), 10.0)),
         "JobSchedule band must be a finite number, not nan", "band"),
        ("JobSchedule interval", schedule(interval=9.0),
         "JobSchedule interval must be > 0 and <= the policy's maximum (8), not 9.0", "interval"),
        ("JobSchedule interval zero", schedule(interval=0.0),
         "JobSchedule interval must be > 0 and <= the policy's maximum (8), not 0.0", "interval"),
        ("JobSchedule interval boolean", schedule(interval=True),
         "JobSchedule interval must be a finite number, not True", "interval"),
        ("JobSchedule progress", schedule(progress=("done", "")),
         "JobSchedule progress must be (done, total) attribute paths, or None, not ('done', '')", "progress"),
        ("JobSchedule progress shape", schedule(progress=("done",)),
         "JobSchedule progress must be (done, total) attribute paths, or None, not ('done',)", "progress"),
        ("JobSchedule wake_interval", schedule(wake_interval=7.0),
         "JobSchedule wake_interval must be >= the policy's maximum (8): the safety schedule is the slower one, "
         "not 7.0", "wake_interval"),
        ("JobSchedule wake_interval text", schedule(wake_interval="x"),
         "JobSchedule wake_interval must be a finite number, not 'x'", "wake_interval"),
        ("JobSchedule history", schedule(history={}),
         "JobSchedule history must be a DurationHistory or None, not dict", "history"),
        ("JobSchedule name", schedule(name=3), "JobSchedule name must be a string", "name"),
        ("JobSchedule source", schedule(source=3), "JobSchedule source must be a string", "source"),
        ("DurationHistory keep", lambda: p.DurationHistory(keep=0), "DurationHistory keep must be an int >= 1, not 0",
         "keep"),
        ("DurationHistory min_jobs", lambda: p.DurationHistory(min_jobs=True),
         "DurationHistory min_jobs must be an int >= 1, not True", "min_jobs"),
        ("DurationHistory keep text", lambda: p.DurationHistory(keep="3"),
         "DurationHistory keep must be an int >= 1, not '3'", "keep"),
        ("record name", lambda: p.DurationHistory().record(1, 5.0), "name must be a string, not int", "name"),
        ("record seconds", lambda: p.DurationHistory().record("k", 0), "seconds must be > 0, not 0", "seconds"),
        ("record seconds boolean", lambda: p.DurationHistory().record("k", True),
         "seconds must be a finite number, not True", "seconds"),
        ("download url", lambda: p.download("", "x"), "url must be a non-empty string", None),
        ("download scheme", lambda: p.download("ftp://user:pw@h.test/a?sig=1", "x"),
         "url must be an absolute http(s) URL, not 'h.test/a'", None),
        ("download dest", lambda: p.download("https://h.test/a", 5), "dest must be a path, not int", None),
        ("download dest empty", lambda: p.download("https://h.test/a", ""), "dest must be a non-empty str path", None),
        ("download timeout", lambda: p.download("https://h.test/a.bin", "never-written.bin", timeout=0),
         "timeout must be a positive number of seconds", None),
    ]  # fmt: skip


def _refusals(job: Job) -> list[Any]:
    return [pytest.param(job, call, words, argument, id=f"{job.provider.key}-{what}")
            for what, call, words, argument in _cases(job)]  # fmt: skip


@pytest.mark.parametrize(
    ("job", "call", "words", "argument"), [case for job in FIRST_JOB.values() for case in _refusals(job)]
)
def test_a_refused_argument_says_what_and_which(
    job: Job, call: Callable[[], object], words: str, argument: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(job.provider.api_key_env, raising=False)
    with pytest.raises(job.package.InvalidArgumentError) as caught:
        call()
    assert str(caught.value) == words
    assert caught.value.argument == argument


@EACH
def test_no_key_at_all_says_where_one_comes_from(job: Job, monkeypatch: pytest.MonkeyPatch) -> None:
    provider: Provider = job.provider
    monkeypatch.delenv(provider.api_key_env, raising=False)
    with pytest.raises(job.package.MissingApiKeyError) as caught:
        job.package.create_client()
    assert str(caught.value) == f"no {provider.name} API key: pass api_key= or set {provider.api_key_env}"
    assert caught.value.argument == "api_key"
