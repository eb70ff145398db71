"""The one table of what the packages can do, for tests and benchmarks: every operation of every generated
package, and every kind of job with its helpers. All of it is derived (from the provider registry, the specs
and the generated modules themselves), so a new operation or job kind appears here with no edit.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import pkgutil
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

from registry import Create, JobKind, Provider, providers

from .standin import examples

FORMS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
MODES = ("sync", "async")
_METHOD = re.compile(r'"method": "(\w+)"')
_URL = re.compile(r'"url": "([^"]+)"')
_PARAM = re.compile(r"\{[^}]+\}")


def template_key(method: str, path: str) -> tuple[str, str]:
    """(METHOD, path with every parameter written `{}`): the same for a spec path and the names-overlaid one."""
    return method.upper(), _PARAM.sub("{}", path)


@dataclass(frozen=True, eq=False)
class Operation:
    """One generated endpoint module and the spec operation it was generated from."""

    provider: Provider
    module: ModuleType
    method: str  # upper case
    path: str  # as the generated module writes it (names overlay applied)
    spec_path: str  # as specs/<name>.yaml writes it
    definition: dict[str, Any]

    @property
    def name(self) -> str:
        return self.module.__name__.rsplit(".", 1)[1]

    @property
    def package(self) -> ModuleType:
        return importlib.import_module(self.provider.package)

    @property
    def path_params(self) -> list[str]:
        return [m.group(0)[1:-1] for m in _PARAM.finditer(self.path)]

    @property
    def query_params(self) -> list[str]:
        names = set(inspect.signature(self.module.sync_detailed).parameters) - {"client", "body"}
        return sorted(names - set(self.path_params))

    @property
    def takes_body(self) -> bool:
        return "body" in inspect.signature(self.module.sync_detailed).parameters

    @property
    def full_path(self) -> str:
        """The request path the stand-in sees: the base URL's path, then the operation's."""
        return self.provider.base_path + self.spec_path

    def call(self, form: str, client: Any, *args: Any, **kwargs: Any) -> Any:
        function = getattr(self.module, form)
        if form.startswith("asyncio"):
            return asyncio.run(function(*args, client=client, **kwargs))
        return function(*args, client=client, **kwargs)

    def __str__(self) -> str:
        return f"{self.provider.key}.{self.name}"

    def __repr__(self) -> str:
        return f"Operation({self})"


@dataclass(frozen=True)
class Statuses:
    """The status values of one job kind, as the stand-in's phases use them."""

    pending: str
    working: str
    success: str
    failed: str
    cancelled: str | None

    @property
    def progression(self) -> tuple[str, str, str]:
        return (self.pending, self.working, self.success)


@dataclass(frozen=True, eq=False)
class Job:
    """One kind of job: its status operation, its creates, and its helpers in the package."""

    kind: JobKind
    status: Operation
    creates: tuple[tuple[Create, Operation], ...]

    @property
    def provider(self) -> Provider:
        return self.status.provider

    @property
    def package(self) -> ModuleType:
        return self.status.package

    @property
    def name(self) -> str:
        return self.kind.helper

    @property
    def statuses(self) -> Statuses:
        return statuses(self)

    @property
    def policy(self) -> Any:
        return self.package.DEFAULT_POLICIES[self.kind.helper]

    @property
    def schedule(self) -> Any:
        """The kind's default JobSchedule (what its wait and poll helpers use when given none)."""
        return self.package.DEFAULT_SCHEDULES[self.kind.helper]

    def poll(self, mode: str, client: Any, task_id: str, **options: Any) -> Any:
        """The one-poll helper `poll_<kind>` (`mode` "sync") or its `_async` twin under asyncio.run."""
        if mode == "sync":
            return getattr(self.package, f"poll_{self.kind.key}")(client, task_id, **options)
        return asyncio.run(getattr(self.package, f"poll_{self.kind.key}_async")(client, task_id, **options))

    def run(self, mode: str, client: Any, task_id: str, **options: Any) -> Any:
        """The wait helper (`mode` "sync") or its `_async` twin under asyncio.run (`mode` "async")."""
        if mode == "sync":
            return getattr(self.package, self.kind.helper)(client, task_id, **options)
        return asyncio.run(getattr(self.package, f"{self.kind.helper}_async")(client, task_id, **options))

    def fetch(self, form: str, client: Any, task_id: str) -> Any:
        """One call of the status operation, in any of the four forms."""
        if self.kind.query_id:
            return self.status.call(form, client, **{self.kind.id_param: task_id})
        return self.status.call(form, client, task_id)

    def status_of(self, task: Any) -> str | None:
        """The task's status as the wait helper reads it: its own field, or derived from a batch's counts."""
        if self.kind.field is not None:
            value = getattr(task, self.kind.field) if not isinstance(task, dict) else task.get(self.kind.field)
            return None if value is None else str(value)
        batch = self.kind.batch or {}
        counts = getattr(task, batch["counts"], None) if not isinstance(task, dict) else task.get(batch["counts"])
        names = (*batch["waiting"], batch["succeeded"])
        found = [counts.get(n) if isinstance(counts, dict) else getattr(counts, n, None) for n in names]
        if not all(isinstance(n, int) and not isinstance(n, bool) for n in found):
            return None  # as the runtime's batch_status: counts that are no numbers give no status
        if any(found[:-1]):
            return "processing"
        return "completed" if found[-1] else "failed"

    def task_of(self, parsed: Any) -> Any:
        node = parsed
        for name in () if self.kind.task == "." else self.kind.task.split("."):
            node = getattr(node, name)
        return node

    def id_of(self, task: Any) -> str | None:
        """The id the task repeats, or None for a kind whose task does not carry its id."""
        return None if self.kind.id_field is None else str(getattr(task, self.kind.id_field))

    def __str__(self) -> str:
        return f"{self.provider.key}.{self.kind.helper}"

    def __repr__(self) -> str:
        return f"Job({self})"


def _modules(package: ModuleType) -> list[ModuleType]:
    api = importlib.import_module(f"{package.__name__}.api")
    found = []
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{api.__name__}."):
        if not info.ispkg:
            found.append(importlib.import_module(info.name))
    return found


@cache
def operations() -> tuple[Operation, ...]:
    """Every generated endpoint module of every package, matched to its spec operation."""
    found = []
    for provider in providers():
        package = importlib.import_module(provider.package)
        document = examples.spec(provider.key)
        by_key = {template_key(method, path): (path, op) for path, method, op in examples.operations(document)}
        for module in _modules(package):
            source = inspect.getsource(module)
            method, url = _METHOD.search(source), _URL.search(source)
            if method is None or url is None:
                raise AssertionError(f"{module.__name__}: no method or url in _get_kwargs")
            path = url.group(1)
            spec_path, definition = by_key[template_key(method.group(1), path)]
            found.append(Operation(provider, module, method.group(1).upper(), path, spec_path, definition))
    return tuple(found)


def operation(provider: str, method_and_path: str) -> Operation:
    """The operation of `provider` at "METHOD /path" (either spelling of the path's parameters)."""
    method, path = method_and_path.split(" ", 1)
    key = template_key(method, path)
    for op in operations():
        if op.provider.key == provider and template_key(op.method, op.path) == key:
            return op
    raise KeyError(f"{provider}: no operation {method_and_path}")


@cache
def jobs() -> tuple[Job, ...]:
    """Every kind of job of every provider."""
    found = []
    for provider in providers():
        for kind in provider.jobs:
            creates = tuple((create, operation(provider.key, create.path)) for create in kind.creates)
            found.append(Job(kind, operation(provider.key, kind.status_path), creates))
    return tuple(found)


def status_enum(job: Job) -> list[str]:
    """The status values the spec lists for the job's task, in the spec's order."""
    document = examples.spec(job.provider.key)
    _, _, media = examples.success(job.status.definition)
    schema = examples.resolve(document, media.get("schema") or {})
    for name in () if job.kind.task == "." else job.kind.task.split("."):
        schema = _property(document, schema, name)
    if job.kind.field is None:
        return ["processing", *job.kind.success, *job.kind.failure]
    return list(_property(document, schema, job.kind.field).get("enum") or [])


def _property(document: dict[str, Any], schema: dict[str, Any], name: str) -> dict[str, Any]:
    schema = examples.resolve(document, schema)
    for part in [schema, *schema.get("allOf", [])]:
        part = examples.resolve(document, part)
        if name in part.get("properties", {}):
            return examples.resolve(document, part["properties"][name])
    return {}


@cache
def statuses(job: Job) -> Statuses:
    kind = job.kind
    terminal = {*kind.success, *kind.failure, *kind.cancelled}
    waiting = [s for s in status_enum(job) if s not in terminal] or ["processing"]
    return Statuses(
        pending=waiting[0],
        working=waiting[1] if len(waiting) > 1 else waiting[0],
        success=kind.success[0],
        failed=kind.failure[0],
        cancelled=kind.cancelled[0] if kind.cancelled else None,
    )


def jobs_of(provider: str) -> tuple[Job, ...]:
    return tuple(job for job in jobs() if job.provider.key == provider)


def packages() -> dict[str, ModuleType]:
    """provider key -> imported package."""
    return {p.key: importlib.import_module(p.package) for p in providers()}
