"""What the benchmarks read off the one table of jobs (tests.doubles.endpoints), beyond the table itself.

The raw-httpx baselines poll the way a hand-written client would: the request path with the id put in by
hand, and the status read out of the decoded JSON. Both are derived here from each job's registry entry
(overlays/providers/<name>/jobs.yaml), so every job kind of every provider is benchmarked with no edit here.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from tests.doubles.endpoints import Job
from tests.doubles.standin import answers
from tests.doubles.standin import scenarios as sc

ROOT = Path(__file__).resolve().parent.parent


def child_env() -> dict[str, str]:
    """The environment of a benchmark's child interpreter (run with cwd=ROOT): the parent's, plus scripts/ on
    PYTHONPATH as `make bench` sets it (the registry lives there), whoever started the parent."""
    scripts = str(ROOT / "scripts")
    paths = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    return {**os.environ, "PYTHONPATH": os.pathsep.join([scripts, *(p for p in paths if p != scripts)])}


def label(job: Job) -> str:
    """`<alias>.<wait helper>`, how the reports name a job kind."""
    return f"{job.provider.alias}.{job.kind.helper}"


def request_path(job: Job, task_id: str) -> str:
    """The status request's path and query under the provider's base URL, the id put in by hand."""
    kind = job.kind
    if kind.query_id:
        return f"{job.status.path}?{urlencode({kind.id_param: task_id})}"
    placeholder = "{" + kind.id_param + "}"
    if placeholder not in job.status.path:
        raise ValueError(f"{job}: {job.status.path} has no {placeholder}")
    return job.status.path.replace(placeholder, quote(task_id, safe=""))


def status_in(job: Job, payload: Any) -> str | None:
    """The task status in a decoded body, read the way a hand-written client would: the task's own status field,
    or the status derived from its counts for a kind without one (the table's `Job.status_of` on the plain dict)."""
    node = payload
    for name in () if job.kind.task == "." else job.kind.task.split("."):
        node = node.get(name) if isinstance(node, dict) else None
    return job.status_of(node) if isinstance(node, dict) else None


def task_payload(job: Job, task_id: str, done: bool) -> Any:
    """The stand-in's decoded JSON body for this task, still running or finished (a new copy each call)."""
    status, payload = answers.task_body(job, task_id, sc.SUCCESS if done else sc.WORKING)
    if not 200 <= status < 300:
        raise RuntimeError(f"{job}: the stand-in's task body comes with HTTP {status}")
    return json.loads(json.dumps(payload))


def task_body(job: Job, task_id: str, done: bool) -> bytes:
    """The stand-in's JSON body for this task, still running or finished."""
    return json.dumps(task_payload(job, task_id, done)).encode()
