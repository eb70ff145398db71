"""What was tried for each target, as data: a missed target's note in RESULTS.md is built from here, so it says
what the code holds now, never a figure from an earlier run (figures come only from the run being written).

Each entry names the change, where it lives, and whether it is in the code now (`kept`) or was undone. Add an
entry when a change is made for a target, whether or not it helped; the benchmark's own figures say how much.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Attempt:
    what: str
    where: str
    kept: bool = True

    def text(self) -> str:
        return f"{self.what} ({self.where}{'' if self.kept else '; undone: no gain'})"


TRIED: dict[str, tuple[Attempt, ...]] = {
    "per-call": (
        Attempt(
            "a response the transport already checked is not decoded and checked again by the generated code",
            "overlays/runtime/responses.py CHECKED, overlays/runtime/transport.py",
        ),
        Attempt(
            "query parameters written into the URL, encoded as httpx encodes `params=`, so httpx parses the URL once",
            "overlays/runtime/paths.py with_query, overlays/generator/templates/endpoint_module.py.jinja",
        ),
        Attempt(
            "the transport reads the body in place (its deadline checked per chunk) instead of copying it into a "
            "second response",
            "overlays/runtime/transport.py _Checked",
        ),
        Attempt(
            "RFC 3339 date-times in their common spelling read by datetime.fromisoformat, dateutil only for the rest",
            "overlays/runtime/dates.py",
        ),
        Attempt(
            "the parser reuses the JSON value the transport's check decoded instead of decoding the body again",
            "overlays/runtime/responses.py json_of, overlays/generator/templates/endpoint_module.py.jinja",
        ),
    ),
    "first-use": (
        Attempt(
            "`import X` loads nothing but the namespace (PEP 562)", "overlays/generator/templates/package_init.py.jinja"
        ),
        Attempt("asyncio imported only when an async wait sleeps", "overlays/runtime/clock.py"),
        Attempt("python-dateutil imported only for a date-time fromisoformat cannot read", "overlays/runtime/dates.py"),
        Attempt(
            "a top-level name is looked for in lib's modules one at a time, so create_client does not import the "
            "wait helpers and their models",
            "overlays/runtime-templates/lib_init.py.jinja, overlays/generator/templates/package_init.py.jinja",
        ),
        Attempt(
            "the shared exports import each name on first use, so create_client does not import the wait loop, "
            "schedules, transfers, pagination or webhooks",
            "overlays/runtime/exports.py",
        ),
        Attempt(
            "an ASCII base-URL host is checked without the IDNA codec (which imports stringprep)",
            "overlays/runtime/client_factory.py _valid_host",
        ),
        Attempt(
            "the client classes are plain slotted classes, not attrs classes, and the response type is imported on "
            "the first call: attrs loads with the first endpoint module's models, not with create_client",
            "overlays/generator/templates/client.py.jinja, overlays/runtime/responses.py build_response",
        ),
    ),
    "polling-requests": (
        Attempt(
            "the default schedule is the band-known schedule itself (a poll at the band's start, then every "
            "`schedule.interval`), jittered downwards only",
            "overlays/runtime/schedule.py JobSchedule, overlays/providers/<name>/jobs.yaml schedule",
        ),
    ),
    "polling-lag": (
        Attempt(
            "the interval inside the band is twice the median lag wanted (jobs.yaml `schedule.interval`)",
            "overlays/providers/<name>/jobs.yaml schedule",
        ),
    ),
    "webhook": (
        Attempt(
            "with a wake source the wait follows a safety schedule (at submission, at the band's end, then every "
            "WAKE_INTERVAL) and polls at once when woken",
            "overlays/runtime/schedule.py, overlays/runtime/waiting.py",
        ),
    ),
    "concurrency-wall": (
        Attempt(
            "the transport reads each body in place instead of copying it into a second response",
            "overlays/runtime/transport.py _Checked",
        ),
        Attempt(
            "the parser reuses the JSON value the envelope check decoded; the response type is looked up once",
            "overlays/runtime/responses.py json_of, _response_type",
        ),
    ),
    "concurrency-memory": (),
    "regen": (
        Attempt(
            "YAML read through libyaml's CSafeLoader where PyYAML has it (the pure-Python parser took most of a "
            "regen), the pure-Python loader kept for the error messages",
            "scripts/pipeline.py safe_load",
        ),
    ),
    "upload-throughput": (),
    "download-throughput": (
        Attempt(
            "a download reads the network stream as it comes (iter_raw, no re-chunking) and writes each chunk at "
            "once; its fsync before the rename is kept (the final name never holds half a file after a crash)",
            "overlays/runtime/transfers.py fetch, _Download.commit",
        ),
    ),
    "transfer-memory": (),
}


def notes_for(key: str) -> str:
    """What was tried for the targets of `key`, in words (empty when nothing is recorded)."""
    attempts = TRIED.get(key, ())
    if not attempts:
        return "nothing tried yet (bench/tried.py)"
    return "tried: " + "; ".join(attempt.text() for attempt in attempts)
