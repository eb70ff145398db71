"""Benchmark 2: per-call overhead of the generated `sync()` through `create_client`, against raw httpx, for every
status endpoint and every create of the one table (tests.doubles.endpoints).

Both sides call the stand-in server on 127.0.0.1 (a child process, so its threads never share this process's
GIL), each over its own keep-alive connection with the same headers. A status call GETs a `done-…` task (the
stand-in answers the finished task every time); a create POSTs the operation's documented request example (the
stand-in answers with a new id each time). Ours: the generated `<module>.sync(..., client=create_client(...))`,
called directly
(request, retrying transport, envelope check, model parsing; a create's body is the documented example as its
request model, built once before timing, so its serialisation is timed). Raw: `httpx.Client.get(path)` or
`.post(path, json=example)`, then `json.loads(response.content)`. Calls alternate one for one after a warm-up
(the order within each pair swaps every pair); each is timed with perf_counter_ns. Figure: the median, over the
pairs, of ours / raw within the pair (the two calls of a pair run back to back, so load from other processes on
this shared machine, which comes and goes, weighs on both alike); the ratio of the two sides' medians is shown
beside it.
"""

from __future__ import annotations

import importlib
import json
import time
import timeit
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx
from tests.doubles import arguments
from tests.doubles.endpoints import Job, Operation, jobs
from tests.doubles.standin import examples

from .results import Section, Target, median, p95
from .standin_process import RunningStandIn, standin
from .table import request_path, task_body
from .tried import notes_for

LIMIT = 1.10
KEY = "bench-key"


def _name(op: Operation) -> str:
    return f"{op.provider.alias}.{op.name}"


def _status_call(job: Job, client: Any, raw: httpx.Client) -> tuple[Callable[[], Any], Callable[[], Any]]:
    task_id = f"done-{job.kind.key}"
    path = request_path(job, task_id)
    function = job.status.module.sync
    if job.kind.query_id:
        query = {job.kind.id_param: task_id}
        return (lambda: function(client=client, **query)), (lambda: json.loads(raw.get(path).content))
    return (lambda: function(task_id, client=client)), (lambda: json.loads(raw.get(path).content))


def _create_call(op: Operation, client: Any, raw: httpx.Client) -> tuple[Callable[[], Any], Callable[[], Any]]:
    args, kwargs = arguments.documented(op)
    found = examples.request_example(examples.spec(op.provider.key), op.definition)
    if found is None or found[1] is None:
        raise RuntimeError(f"{op}: no documented request example to send")
    example = found[1]
    path = op.path
    for name, value in zip(op.path_params, args, strict=True):  # each path parameter as one encoded segment
        path = path.replace("{" + name + "}", quote(str(value), safe=""))
    function = op.module.sync
    return (lambda: function(*args, client=client, **kwargs)), (
        lambda: json.loads(raw.post(path, json=example).content)
    )


def measure(
    op: Operation, job: Job, server: RunningStandIn, calls: int, warmup: int, create: bool
) -> tuple[list[int], list[int]]:
    base = server.base_url(op.provider.key)
    client = op.package.create_client(KEY, base_url=base)
    ua = op.package.lib._core.client_factory.user_agent()
    raw = httpx.Client(base_url=base, headers={op.provider.auth_header: KEY, "User-Agent": ua}, timeout=30.0)
    ours: list[int] = []
    theirs: list[int] = []
    with raw, client:
        call_ours, call_raw = _create_call(op, client, raw) if create else _status_call(job, client, raw)
        if call_ours() is None or call_raw() is None:
            raise RuntimeError(f"{_name(op)}: the stand-in gave no answer")
        pair = ((call_ours, ours), (call_raw, theirs))
        for i in range(warmup + calls):
            for fn, out in pair if i % 2 == 0 else pair[::-1]:
                t0 = time.perf_counter_ns()
                fn()
                elapsed = time.perf_counter_ns() - t0
                if i >= warmup:
                    out.append(elapsed)
    return ours, theirs


def _us(fn: Callable[[], object], number: int) -> float:
    return timeit.timeit(fn, number=number) / number * 1e6


def breakdown(job: Job, number: int) -> list[str]:
    """In-process parts of one status call (no network), in µs: where the difference between the sides goes."""
    api = job.status.module
    responses = importlib.import_module(f"{job.provider.package}.lib._core.responses")
    base = "http://127.0.0.1:9" + job.provider.base_path
    client = job.package.create_client(KEY, base_url=base)
    ours_http = client.get_httpx_client()
    raw = httpx.Client(base_url=base, headers={job.provider.auth_header: KEY})
    task_id = f"done-{job.kind.key}"
    body = task_body(job, task_id, True)
    path = request_path(job, task_id)
    request = httpx.Request("GET", base + path)
    response = httpx.Response(200, content=body, request=request, headers={"Content-Type": "application/json"})
    kwargs = api._get_kwargs(**{job.kind.id_param: task_id})
    with raw, client:
        parts = [
            _us(lambda: ours_http.build_request(**kwargs), number),
            _us(lambda: raw.build_request("GET", path), number),
            _us(lambda: responses.response_error(200, response.headers, response.content), number),
            _us(lambda: api._parse_response(client=client, response=response), number),
            _us(lambda: json.loads(body), number),
        ]
    return [_name(job.status)] + [f"{p:.1f}" for p in parts]


def operations() -> list[tuple[Operation, Job, bool]]:
    """(operation, its job kind, whether it is a create): every status endpoint, then every create."""
    found: list[tuple[Operation, Job, bool]] = [(job.status, job, False) for job in jobs()]
    found += [(op, job, True) for job in jobs() for _create, op in job.creates]
    return found


def run(smoke: bool = False, *, calls: int | None = None) -> Section:
    calls = calls or (20 if smoke else 2000)
    warmup = 5 if smoke else 200
    chosen = operations()
    if smoke:  # one status endpoint and one create
        chosen = [next(item for item in chosen if not item[2]), next(item for item in chosen if item[2])]
    rows = []
    targets = []
    all_ours: list[int] = []
    all_raw: list[int] = []
    parts = [breakdown(job, 200 if smoke else 3000) for op, job, create in chosen if not create]
    with standin() as server:
        for op, job, create in chosen:
            ours, raw = measure(op, job, server, calls, warmup, create)
            all_ours += ours
            all_raw += raw
            ratio = median([a / b for a, b in zip(ours, raw, strict=True)])  # each call against its pair's
            kind = "create" if create else "status"
            rows.append([_name(op), kind, f"{median(raw) / 1000:.0f}", f"{median(ours) / 1000:.0f}",
                         f"{p95(raw) / 1000:.0f}", f"{p95(ours) / 1000:.0f}",
                         f"{(median(ours) - median(raw)) / 1000:.0f}", f"{median(ours) / median(raw):.3f}",
                         f"{ratio:.3f}"])  # fmt: skip
            targets.append(
                Target(f"{_name(op)}.sync / raw httpx ({kind}, median of paired ratios)", ratio, LIMIT,
                       fix_tried=notes_for("per-call"))
            )  # fmt: skip
    pooled = median(all_ours) / median(all_raw)
    return Section(
        title="2. Per-call overhead",
        method=(
            f"{calls} timed calls per side per operation after {warmup} warm-up calls. "
            + (__doc__ or "").split("\n\n", 1)[1].replace("\n", " ").strip()
        ),
        columns=[
            "operation",
            "kind",
            "raw median (µs)",
            "ours median (µs)",
            "raw p95 (µs)",
            "ours p95 (µs)",
            "overhead (µs)",
            "ratio of medians",
            "median of paired ratios (the target)",
        ],
        rows=rows,
        targets=targets,
        data={"all_ratio": pooled},
        extra_tables=[
            (
                "Where the difference goes: parts of one status call timed in-process (timeit, no network), µs",
                [
                    "operation",
                    "build request: generated kwargs",
                    "build request: raw path",
                    "envelope check (`response_error`, once per call, in the transport)",
                    "generated `_parse_response` (model)",
                    "raw `json.loads`",
                ],
                parts,
            )
        ],
        notes=[f"All operations pooled: ratio of medians {pooled:.3f}."],
    )
