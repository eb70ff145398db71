"""What the stand-in answers, for any provider in the registry: nothing here names a provider.

- Every operation of every spec answers with its documented success example.
- A job's status operation answers with the task at the phase its id's scenario says (scenarios.py), built from
  the documented example: the id and status set, the fields the docs give only on success (`status.result` in
  jobs.yaml) or only on failure (`status.failure_text`) or only while running (`status.progress`) left out
  (null, where the schema allows null) in the other phases.
- A job's create operation answers with its documented example carrying a new id whose scenario is the
  request's `X-Stand-In-Scenario` header (default `progress`), so the id's later polls follow that scenario.
- Errors are the provider's own documented bodies (provider.yaml `errors`, shaped by its envelope kind).
"""

from __future__ import annotations

import copy
import itertools
import json
import re
import threading
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import parse_qs, unquote

from registry import ErrorCode, JobKind, Provider, providers

from ..endpoints import Job, jobs, statuses, template_key
from . import examples
from . import scenarios as sc

Answer = tuple[int, Any]
SCENARIO_HEADER = "X-Stand-In-Scenario"
DEFAULT_CREATE_SCENARIO = "progress"
DOCUMENTED = "documented"
"""The scenario header's value for the create's documented answer exactly as the docs give it."""
FAULT_HEADER = "X-Stand-In-Fault"
"""`<fault>-<token>` on a create: `ratelimited` and `unavailable` answer 429 / 503 to the first request with that
value and normally after; `drop` closes the connection without an answer and `hang` after HANG_SECONDS, every
time; `servererror` answers 500 every time. On any plain operation too: `cut` sends the documented answer's
headers and half its body, then closes the connection, to the first request with that value (`cutalways`: every
time); `code<C>` answers the provider's error C (a provider.yaml `errors` code, `codeupload_not_ready-x`) to the
first request with that value to an operation that documents C's HTTP status, and normally after."""
HANG_SECONDS = 3.0


@dataclass(frozen=True, eq=False)
class Route:
    provider: Provider
    method: str
    template: str  # spec path, without the base URL's path
    pattern: re.Pattern[str]
    definition: dict[str, Any]
    job: Job | None  # the job kind this is the status operation of
    creates: Job | None  # the job kind this operation creates

    def id_of(self, match: re.Match[str], query: str) -> str | None:
        if self.job is None:
            return None
        kind = self.job.kind
        if kind.query_id:
            values = parse_qs(query, keep_blank_values=True).get(kind.id_param)
            return values[0] if values and values[0] else None
        segment = next((v for v in match.groups() if v is not None), "")
        return unquote(segment) if segment else None


def _pattern(base_path: str, template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    body = "".join("([^/]*)" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(re.escape(base_path) + body + r"\Z")


@cache
def routes() -> tuple[Route, ...]:
    by_status = {(job.provider.key, template_key(job.status.method, job.status.spec_path)): job for job in jobs()}
    by_create = {
        (job.provider.key, template_key(op.method, op.spec_path)): job for job in jobs() for _c, op in job.creates
    }
    found = []
    for provider in providers():
        document = examples.spec(provider.key)
        for path, method, definition in examples.operations(document):
            key = (provider.key, template_key(method, path))
            found.append(
                Route(
                    provider,
                    method.upper(),
                    path,
                    _pattern(provider.base_path, path),
                    definition,
                    by_status.get(key),
                    by_create.get(key),
                )
            )
    # Literal paths before templated ones, so /v2/avatars/public is not read as /v2/avatars/{id}.
    return tuple(sorted(found, key=lambda r: (r.template.count("{"), -len(r.template))))


def route(method: str, raw_path: str) -> tuple[Route, str | None] | None:
    """The operation a request is for and the task id it names (None: missing or not a status operation)."""
    path, _, query = raw_path.partition("?")
    for candidate in routes():
        match = candidate.pattern.match(path)
        if match and candidate.method == method:
            return candidate, candidate.id_of(match, query)
    return None


def path_exists(raw_path: str) -> bool:
    path = raw_path.partition("?")[0]
    return any(candidate.pattern.match(path) for candidate in routes())


def provider_of_path(path: str) -> Provider | None:
    """Which provider a request path (no origin) belongs to: the one with an operation there."""
    for candidate in routes():
        if candidate.pattern.match(path.partition("?")[0]):
            return candidate.provider
    return None


# --- errors ------------------------------------------------------------------------------------------------


def error_body(provider: Provider, entry: ErrorCode) -> Any:
    if entry.body is not None:
        return copy.deepcopy(entry.body)
    envelope = provider.envelope
    if envelope.kind == "code":
        return {"code": entry.code, envelope.message_fields[0]: entry.message, "data": None}
    return {envelope.code_fields[-1]: entry.code, envelope.message_fields[0]: entry.message}


def error(provider: Provider, error_class: str) -> Answer:
    entry = provider.error(error_class)  # a message-refined code first: how the provider really says it
    return entry.http, error_body(provider, entry)


def code_error(provider: Provider, code: str) -> Answer:
    for entry in provider.errors:
        if str(entry.code) == code:
            return entry.http, error_body(provider, entry)
    status = int(code) if code.isdigit() and 400 <= int(code) < 600 else 400
    return status, error_body(provider, ErrorCode(code, "ApiError", status, f"error {code}"))


def fault(provider: Provider, kind: str, code: str | None) -> Answer:
    if kind == sc.CODE:
        return code_error(provider, code or "")
    if kind == sc.UNAVAILABLE:
        return 503, error_body(provider, provider.error("ServerError"))
    return error(
        provider,
        {
            sc.RATE_LIMITED: "RateLimitError",
            sc.NOT_FOUND: "NotFoundError",
            sc.NO_CREDIT: "InsufficientCreditError",
            "auth": "AuthenticationError",
            "missing": "BadRequestError",
        }[kind],
    )


# --- tasks -------------------------------------------------------------------------------------------------


def _status_media(job: Job) -> tuple[int, dict[str, Any]]:
    status, _, media = examples.success(job.status.definition)
    return status, media


def _task_container(body: Any, kind: JobKind) -> tuple[Any, Any]:
    """(parent of the task, the task) inside a response body."""
    if kind.task == ".":
        return None, body
    node = body
    parent = None
    for name in kind.task.split("."):
        parent, node = node, node.setdefault(name, {}) if isinstance(node, dict) else {}
    return parent, node


def _nullable(job: Job, name: str) -> bool:
    document = examples.spec(job.provider.key)
    _, media = _status_media(job)
    schema = examples.resolve(document, media.get("schema") or {})
    for part in ([] if job.kind.task == "." else job.kind.task.split(".")) + [name]:
        found = {}
        for piece in [schema, *schema.get("allOf", [])]:
            piece = examples.resolve(document, piece)
            if part in piece.get("properties", {}):
                found = examples.resolve(document, piece["properties"][part])
        schema = found
    return bool(schema.get("nullable"))


def _drop(job: Job, task: dict[str, Any], names: tuple[str, ...]) -> None:
    for name in {n.split(".", 1)[0] for n in names}:
        if _nullable(job, name):
            task[name] = None
        else:
            task.pop(name, None)


def _fill(task: dict[str, Any], dotted: str, text: str) -> None:
    """Give a failure field a value where the documented example has none."""
    names = dotted.split(".")
    node = task
    for name in names[:-1]:
        if not isinstance(node.get(name), dict):
            node[name] = {}
        node = node[name]
    if not isinstance(node.get(names[-1]), str) or not node[names[-1]]:
        node[names[-1]] = text


def _base_body(job: Job, status: str) -> Any:
    """The documented example whose task has `status`, else the first documented example."""
    document = examples.spec(job.provider.key)
    _, media = _status_media(job)
    found = list(examples.media_examples(document, media).values())
    if not found:
        raise ValueError(f"{job.provider.spec_output}: no example for {job.kind.status_path}")
    for body in found:
        _, task = _task_container(copy.deepcopy(body), job.kind)
        if isinstance(task, dict) and job.kind.field is not None and task.get(job.kind.field) == status:
            return copy.deepcopy(body)
    return copy.deepcopy(found[0])


def _set_counts(task: dict[str, Any], kind: JobKind, phase: str) -> None:
    """A batch's counts for a phase: all waiting, all succeeded, all failed (unknown: counts that are no numbers)."""
    batch = kind.batch or {}
    counts = task.setdefault(batch["counts"], {})
    total = counts.get("total") if isinstance(counts.get("total"), int) else 2
    for name in list(counts):
        if name != "total":
            counts[name] = 0
    for name in (*batch["waiting"], batch["succeeded"], "failed"):
        counts[name] = 0
    if phase in (sc.PENDING, sc.WORKING):
        counts[batch["waiting"][0 if phase == sc.PENDING else -1]] = total
    elif phase == sc.SUCCESS:
        counts[batch["succeeded"]] = total
    elif phase == sc.FAILED:
        counts["failed"] = total
    else:
        counts[batch["succeeded"]] = "unknown"


def phase_status(job: Job, phase: str) -> str:
    names = statuses(job)
    return {
        sc.PENDING: names.pending,
        sc.WORKING: names.working,
        sc.SUCCESS: names.success,
        sc.FAILED: names.failed,
        sc.CANCELLED: names.cancelled or "cancelled",
        sc.UNKNOWN: sc.UNLISTED_STATUS,
    }[phase]


def task_body(job: Job, task_id: str, phase: str) -> Answer:
    kind = job.kind
    status = phase_status(job, phase)
    body = _base_body(job, status)
    _, task = _task_container(body, kind)
    if kind.id_field is not None:
        task[kind.id_field] = task_id
    if kind.field is not None:
        task[kind.field] = status
    else:
        _set_counts(task, kind, phase)
    if phase != sc.SUCCESS:
        _drop(job, task, kind.result)
    if phase == sc.FAILED:
        for dotted in kind.failure_text:
            _fill(task, dotted, f"{dotted} of {task_id} (the docs give no value)")
    else:
        _drop(job, task, kind.failure_text)
    if phase != sc.WORKING:
        _drop(job, task, kind.progress)
    http, _ = _status_media(job)
    return http, body


# --- creates and plain operations --------------------------------------------------------------------------

_counter = itertools.count(1)
_counter_lock = threading.Lock()


def new_id(scenario: str) -> str:
    with _counter_lock:
        return f"{scenario}-{next(_counter):06d}"


def _set_path(body: Any, dotted: str, value: str) -> None:
    names = dotted.split(".")
    node = body
    for name in names[:-1]:
        node = node.setdefault(name, {})
    node[names[-1]] = value


def create_body(candidate: Route, scenario: str) -> tuple[Answer, str]:
    """The create's documented answer with a new id for `scenario`; (answer, new id)."""
    job = candidate.creates
    assert job is not None
    create = next(
        c
        for c, op in job.creates
        if template_key(op.method, op.spec_path)[1] == template_key("x", candidate.template)[1]
    )
    document = examples.spec(candidate.provider.key)
    status, _, _ = examples.success(candidate.definition)
    body = examples.response_example(document, candidate.definition)
    body = copy.deepcopy(body) if body is not None else {}
    task_id = new_id(scenario)
    _set_path(body, create.id, task_id)
    return (status, body), task_id


def documented(candidate: Route) -> tuple[int, str, Any]:
    """(status, media type, body) of an operation's documented success answer."""
    document = examples.spec(candidate.provider.key)
    status, media_type, _ = examples.success(candidate.definition)
    return status, media_type, examples.response_example(document, candidate.definition)


# --- pages, paired examples, started ids -------------------------------------------------------------------

PAGES_HEADER = "X-Stand-In-Pages"
"""On a paginated list (an operation with `page` and `page_size` query parameters): `N` answers N pages, the
last one short (half a page, at least one item); `N/full` answers N full pages and empty ones after. The items
are copies of the documented item, each marked `standin_item: "<page>-<index>"`; `has_more`, `total`, `page`,
`page_size` and `pagination` agree with them wherever the documented answer has those keys."""


def _query_names(candidate: Route) -> set[str]:
    document = examples.spec(candidate.provider.key)
    found = (examples.resolve(document, p) for p in candidate.definition.get("parameters", []))
    return {p["name"] for p in found if p.get("in") == "query"}


def paginated(candidate: Route) -> bool:
    return candidate.method == "GET" and {"page", "page_size"} <= _query_names(candidate)


def _default(candidate: Route, name: str, fallback: int) -> int:
    document = examples.spec(candidate.provider.key)
    for parameter in (examples.resolve(document, p) for p in candidate.definition.get("parameters", [])):
        if parameter.get("name") == name:
            value = (parameter.get("schema") or {}).get("default")
            return value if isinstance(value, int) else fallback
    return fallback


def paged(candidate: Route, query: str, value: str) -> Answer:
    """The page `query` asks for, out of the pages `value` (PAGES_HEADER) describes."""
    asked = {k: v[0] for k, v in parse_qs(query).items()}
    page = int(asked.get("page") or _default(candidate, "page", 1))
    size = int(asked.get("page_size") or _default(candidate, "page_size", 10))
    count_text, _, fill = value.partition("/")
    pages = int(count_text)
    last = size if fill == "full" or size < 2 else size // 2
    total = (pages - 1) * size + last if pages else 0
    count = 0 if page > pages or page < 1 else (size if page < pages else last)
    status, _, body = documented(candidate)
    body = copy.deepcopy(body) if isinstance(body, dict) else {}
    holder = body["data"] if isinstance(body.get("data"), dict) else body
    lists = [key for key, item in holder.items() if isinstance(item, list)]
    key = lists[0] if lists else "items"
    template = holder[key][0] if lists and holder[key] and isinstance(holder[key][0], dict) else {}
    holder[key] = [{**copy.deepcopy(template), "standin_item": f"{page}-{index}"} for index in range(count)]
    facts = {"has_more": page < pages, "total": total, "page": page, "page_size": size}
    for name, fact in facts.items():
        if name in holder:
            holder[name] = fact
    if isinstance(holder.get("pagination"), dict):
        holder["pagination"].update(page=page, page_size=size, total_items=total, total_pages=pages)
    return status, body


def paired_example(candidate: Route, request_body: bytes) -> Any:
    """The success example paired with the request example a JSON body is closest to, when the operation
    documents as many request examples as success examples, in the same order (upload_media: `url` -> `created`,
    `signedUrl` -> `pendingUpload`); None otherwise. "Closest": the most (path, scalar value) pairs in common."""
    document = examples.spec(candidate.provider.key)
    body_spec = examples.resolve(document, candidate.definition.get("requestBody") or {})
    media = (body_spec.get("content") or {}).get("application/json") or {}
    asked = list(examples.media_examples(document, media).values()) if media.get("examples") else []
    _, _, answer_media = examples.success(candidate.definition)
    answers_ = list(examples.media_examples(document, answer_media).values())
    if len(asked) < 2 or len(asked) != len(answers_):
        return None
    try:
        sent = json.loads(request_body)
    except ValueError:
        return None
    have = _pairs(sent)
    scores = [len(have & _pairs(example)) for example in asked]
    return copy.deepcopy(answers_[scores.index(max(scores))])


def _pairs(value: Any, at: str = "") -> set[tuple[str, str]]:
    if isinstance(value, dict):
        return {pair for key, item in value.items() for pair in _pairs(item, f"{at}.{key}")}
    if isinstance(value, list):
        return {pair for item in value for pair in _pairs(item, f"{at}[]")}
    return {(at, json.dumps(value))}


def started(candidate: Route) -> Job | None:
    """The job kind whose id this operation hands out when that kind has no create of its own (an upload whose
    status is polled by the media id the upload request returned): a POST whose documented answer has the kind's
    id parameter at its top level."""
    if candidate.method != "POST" or candidate.creates is not None:
        return None
    answer = documented(candidate)[2]
    if not isinstance(answer, dict):
        return None
    for job in jobs():
        if job.provider.key == candidate.provider.key and not job.creates and job.kind.id_param in answer:
            return job
    return None
