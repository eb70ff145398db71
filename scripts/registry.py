"""The provider registry: every provider is one folder, overlays/providers/<name>/, and this module reads them.

Every script, test and benchmark takes the provider list and each provider's facts from here, so adding a
provider is adding a folder (docs/adding-a-provider.md). A folder holds:

    provider.yaml        names, environment prefix, base URL, auth header, envelope rule, error codes, spec sources
    jobs.yaml            every kind of job, as data: status operation, statuses, policy, timeout, creates
    names.overlay.yaml   names for the generator (OpenAPI Overlay 1.0), optional
    spec/                OpenAPI written by hand (whole documents or additions), optional
    runtime/             provider-only runtime code, layered into <package>/lib/ and exported at the top, optional
    public/              modules users import by name (`<package>.webhooks`), layered into <package>/, optional
    tests/               tests about this provider alone, optional
    release.yaml         the package version and its content hashes (scripts/versions.py)
    CHANGELOG.md         shipped in the sdist

A malformed folder stops everything with the file's name (PipelineError), never a KeyError.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pipeline import ROOT, PipelineError, load_yaml, rel

ERROR_CLASSES = frozenset(
    {
        "ApiError",
        "AuthenticationError",
        "BadRequestError",
        "InsufficientCreditError",
        "NotFoundError",
        "PermissionDeniedError",
        "RateLimitError",
        "ServerError",
    }
)


PROVIDERS_ROOT = ROOT / "overlays" / "providers"


@dataclass(frozen=True)
class ErrorCode:
    code: int | str
    error_class: str
    http: int
    message: str
    body: Any = None  # the documented body, where its shape differs from the provider's usual error body
    pattern: str | None = None  # for a code shared by meanings: the message (a regular expression) of this one


@dataclass(frozen=True)
class Envelope:
    """How a JSON body says success: `code` (an envelope with an integer code) or `plain` (no envelope)."""

    kind: str
    success_code: int | None
    success_flag: str | None
    code_fields: tuple[str, ...]
    message_fields: tuple[str, ...]


@dataclass(frozen=True)
class Create:
    helper: str
    module: str
    path: str
    body: str
    id: str


@dataclass(frozen=True)
class JobKind:
    """One kind of job, read from jobs.yaml: how to poll it and how to start it."""

    provider: str
    key: str
    what: str
    helper: str
    status_module: str
    status_path: str
    id_param: str
    task: str
    model: str
    id_field: str | None  # the task field that repeats the id, where the task has one
    field: str | None  # the task's status attribute; None for a batch, whose status comes from its counts
    batch: dict[str, Any] | None
    success: tuple[str, ...]
    failure: tuple[str, ...]
    cancelled: tuple[str, ...]
    failure_text: tuple[str, ...]
    no_failure_text: str
    result: tuple[str, ...]
    progress: tuple[str, ...]
    policy: dict[str, float]
    policy_why: str
    timeout: float
    timeout_why: str
    duration: tuple[float, float] | None
    duration_source: str
    creates: tuple[Create, ...]
    # the spacing of the polls inside the duration band (`schedule.interval`), and why; None: the policy's maximum
    interval: float | None = None
    interval_why: str = ""
    # `status.progress_fraction`: (done, total), dotted task fields saying how much of the job is done and of how much
    progress_fraction: tuple[str, str] | None = None

    @property
    def method(self) -> str:
        return self.status_path.split(" ", 1)[0]

    @property
    def path(self) -> str:
        """The status path after the names overlay (`/v2/avatar_video/{video_id}`)."""
        return self.status_path.split(" ", 1)[1]

    @property
    def query_id(self) -> bool:
        return "{" + self.id_param + "}" not in self.path


@dataclass(frozen=True)
class Provider:
    key: str
    folder: Path
    name: str
    distribution: str
    package: str
    alias: str
    summary: str
    keywords: tuple[str, ...]
    env_prefix: str
    base_url: str
    base_url_note: str
    auth_header: str
    envelope: Envelope
    errors: tuple[ErrorCode, ...]
    message_errors: tuple[ErrorCode, ...]  # codes told apart by their message: each has a `pattern`
    spec_output: str
    spec_sources: str | None
    hand_written: tuple[str, ...]
    decisions: tuple[str, ...]
    quickstart: dict[str, str]
    # the README's round trip: `code` and the input `files` it reads
    round_trip: dict[str, Any] | None
    # how the provider's own tooling polls: label, initial, multiplier, maximum, source
    own_polling: dict[str, Any] | None
    jobs: tuple[JobKind, ...]

    @property
    def api_key_env(self) -> str:
        return f"{self.env_prefix}_API_KEY"

    @property
    def base_url_env(self) -> str:
        return f"{self.env_prefix}_BASE_URL"

    @property
    def log_env(self) -> str:
        return f"{self.env_prefix}_LOG"

    @property
    def base_path(self) -> str:
        """The path part of the base URL (`/api/v2` for a base URL that has one, empty for a host-only one)."""
        return urlsplit(self.base_url).path.rstrip("/")

    @property
    def origin(self) -> str:
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def spec_path(self) -> Path:
        return ROOT / self.spec_output

    def error(self, error_class: str) -> ErrorCode:
        """The first documented code that raises `error_class` (a message-refined one first: it is how the
        provider really says it)."""
        for entry in (*self.message_errors, *self.errors):
            if entry.error_class == error_class:
                return entry
        raise KeyError(f"{self.key}: no documented error code raises {error_class}")

    def job(self, key: str) -> JobKind:
        for kind in self.jobs:
            if kind.key == key:
                return kind
        raise KeyError(f"{self.key}: no job kind {key!r}")


class _Reader:
    """Typed access to one YAML mapping; every complaint names the file and the key."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise PipelineError(f"{where}: expected a mapping")
        self.data = data
        self.where = where

    def _get(self, key: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        if key not in self.data or (self.data[key] is None and default is not ...):
            if default is ...:
                raise PipelineError(f"{self.where}: missing '{key}'")
            return default
        value = self.data[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _as_tuple(kind)):
            raise PipelineError(f"{self.where}: '{key}' must be {_kind_name(kind)}, not {type(value).__name__}")
        return value

    def text(self, key: str, default: Any = ...) -> Any:
        return self._get(key, str, default)

    def number(self, key: str) -> float:
        return float(self._get(key, (int, float)))

    def texts(self, key: str, default: Any = ...) -> tuple[str, ...]:
        value = self._get(key, (list, str), default)
        items = [value] if isinstance(value, str) else list(value)
        if not all(isinstance(item, str) for item in items):
            raise PipelineError(f"{self.where}: '{key}' must be a list of strings")
        return tuple(items)

    def sub(self, key: str, default: Any = ...) -> _Reader:
        return _Reader(self._get(key, dict, default), f"{self.where}: {key}")


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _kind_name(kind: type | tuple[type, ...]) -> str:
    return " or ".join(k.__name__ for k in _as_tuple(kind))


def _envelope(reader: _Reader) -> Envelope:
    kind = reader.text("kind")
    if kind == "code":
        flag = reader.text("success_flag", None)
        return Envelope("code", int(reader.number("success_code")), flag, ("code",), reader.texts("message"))
    if kind == "plain":
        return Envelope("plain", None, None, reader.texts("code"), reader.texts("message"))
    raise PipelineError(f"{reader.where}: kind must be 'code' or 'plain', not {kind!r}")


def _message_errors(reader: _Reader, key: str) -> tuple[ErrorCode, ...]:
    raw = reader.data.get(key, [])
    if not isinstance(raw, list):
        raise PipelineError(f"{reader.where}: '{key}' must be a list")
    found = []
    for index, entry in enumerate(raw):
        item = _Reader(entry, f"{reader.where}: {key}[{index}]")
        cls = item.text("class")
        if cls not in ERROR_CLASSES:
            raise PipelineError(f"{item.where}: class {cls!r} is not one of {', '.join(sorted(ERROR_CLASSES))}")
        pattern = item.text("pattern")
        try:
            re.compile(pattern)
        except re.error as exc:
            raise PipelineError(f"{item.where}: pattern {pattern!r} is not a regular expression: {exc}") from exc
        code = item.data.get("code")
        if not isinstance(code, int | str) or isinstance(code, bool):
            raise PipelineError(f"{item.where}: 'code' must be the provider's code (a number or a string)")
        found.append(ErrorCode(code, cls, int(item.number("http")), item.text("message"), None, pattern))
    return tuple(found)


def _errors(reader: _Reader) -> tuple[ErrorCode, ...]:
    found = []
    for code, entry in reader.data.items():
        where = f"{reader.where}: {code}"
        item = _Reader(entry, where)
        cls = item.text("class")
        if cls not in ERROR_CLASSES:
            raise PipelineError(f"{where}: class {cls!r} is not one of {', '.join(sorted(ERROR_CLASSES))}")
        found.append(ErrorCode(code, cls, int(item.number("http")), item.text("message"), item.data.get("body")))
    return tuple(found)


def _creates(reader: _Reader, key: str) -> tuple[Create, ...]:
    raw = reader.data.get(key, [])
    if not isinstance(raw, list):
        raise PipelineError(f"{reader.where}: '{key}' must be a list")
    out = []
    for index, entry in enumerate(raw):
        item = _Reader(entry, f"{reader.where}: {key}[{index}]")
        out.append(
            Create(item.text("helper"), item.text("module"), item.text("path"), item.text("body"), item.text("id"))
        )
    return tuple(out)


def _job(provider: str, key: str, data: Any, where: str) -> JobKind:
    reader = _Reader(data, f"{where}: {key}")
    status = reader.sub("status")
    policy = reader.sub("policy")
    duration_raw = reader.data.get("duration")
    duration: tuple[float, float] | None = None
    duration_source = ""
    if duration_raw is not None:
        band = _Reader(duration_raw, f"{reader.where}: duration")
        if band.data.get("min") is not None or band.data.get("max") is not None:
            duration = (band.number("min"), band.number("max"))
        duration_source = " ".join(band.text("source").split())
    policy_values = {name: policy.number(name) for name in ("initial", "multiplier", "maximum", "jitter")}
    interval, interval_why = _schedule(reader, duration, policy_values["maximum"])
    path = status.text("path")
    if status.data.get("field") is None and status.data.get("batch") is None:
        raise PipelineError(
            f"{status.where}: needs `field` (the status attribute) or `batch` (counts to derive it from)"
        )
    if path.split(" ", 1)[0] not in {"GET", "POST", "PUT", "DELETE", "PATCH"} or " " not in path:
        raise PipelineError(f"{status.where}: path must be 'METHOD /path', not {path!r}")
    return JobKind(
        provider=provider,
        key=key,
        what=reader.text("what"),
        helper=reader.text("helper"),
        status_module=status.text("module"),
        status_path=path,
        id_param=status.text("id"),
        task=status.text("task"),
        model=status.text("model"),
        id_field=status.text("id_field", None),
        field=status.text("field", None),
        batch=status.sub("batch", None).data if status.data.get("batch") is not None else None,
        success=status.texts("success"),
        failure=status.texts("failure"),
        cancelled=status.texts("cancelled", ()),
        failure_text=status.texts("failure_text", ()),
        no_failure_text=status.text("no_failure_text"),
        result=status.texts("result", ()),
        progress=status.texts("progress", ()),
        policy=policy_values,
        policy_why=" ".join(reader.text("policy_why").split()),
        timeout=reader.number("timeout"),
        timeout_why=" ".join(reader.text("timeout_why").split()),
        duration=duration,
        duration_source=duration_source,
        creates=_creates(reader, "creates"),
        interval=interval,
        interval_why=interval_why,
        progress_fraction=_fraction(status),
    )


def _schedule(reader: _Reader, duration: tuple[float, float] | None, maximum: float) -> tuple[float | None, str]:
    """The kind's `schedule`: the interval between polls inside its duration band, with its reason."""
    if reader.data.get("schedule") is None:
        return None, ""
    schedule = reader.sub("schedule")
    interval = schedule.number("interval")
    if duration is None:
        raise PipelineError(f"{schedule.where}: an interval needs a duration band (`duration: {{min, max}}`)")
    if not 0 < interval <= maximum:
        raise PipelineError(f"{schedule.where}: interval must be > 0 and <= the policy's maximum ({maximum:g})")
    return interval, " ".join(schedule.text("interval_why").split())


def _fraction(status: _Reader) -> tuple[str, str] | None:
    """`status.progress_fraction`: the task fields that say how much is done and of how much."""
    if status.data.get("progress_fraction") is None:
        return None
    fraction = status.sub("progress_fraction")
    return fraction.text("done"), fraction.text("total")


def _jobs(key: str, folder: Path) -> tuple[JobKind, ...]:
    path = folder / "jobs.yaml"
    where = rel(path)
    kinds = _Reader(load_yaml(path), where).sub("kinds")
    return tuple(_job(key, name, data, where) for name, data in kinds.data.items())


def _provider(folder: Path) -> Provider:
    path = folder / "provider.yaml"
    reader = _Reader(load_yaml(path), rel(path))
    spec = reader.sub("spec")
    quickstart = reader.sub("quickstart")
    return Provider(
        key=folder.name,
        folder=folder,
        name=reader.text("name"),
        distribution=reader.text("distribution"),
        package=reader.text("package"),
        alias=reader.text("alias"),
        summary=" ".join(reader.text("summary").split()),
        keywords=reader.texts("keywords"),
        env_prefix=reader.text("env_prefix"),
        base_url=reader.text("base_url"),
        base_url_note=" ".join(reader.text("base_url_note").split()),
        auth_header=reader.text("auth_header"),
        envelope=_envelope(reader.sub("envelope")),
        errors=_errors(reader.sub("errors")),
        message_errors=_message_errors(reader, "message_errors"),
        spec_output=spec.text("output"),
        spec_sources=spec.text("sources", None),
        hand_written=spec.texts("hand_written", ()),
        decisions=spec.texts("decisions", ()),
        quickstart={name: str(value) for name, value in quickstart.data.items()},
        round_trip=reader.sub("round_trip", None).data if reader.data.get("round_trip") is not None else None,
        own_polling=reader.sub("own_polling", None).data if reader.data.get("own_polling") is not None else None,
        jobs=_jobs(folder.name, folder),
    )


@cache
def _load(root: Path) -> tuple[Provider, ...]:
    if not root.is_dir():
        raise PipelineError(f"{rel(root)}: folder not found")
    folders = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))
    found = tuple(_provider(folder) for folder in folders)
    for attribute in ("distribution", "package", "env_prefix"):
        values = [getattr(p, attribute) for p in found]
        if len(set(values)) != len(values):
            raise PipelineError(f"{rel(root)}: two providers share a {attribute}")
    return found


def providers() -> tuple[Provider, ...]:
    """Every provider, in folder-name order."""
    return _load(PROVIDERS_ROOT)


def provider(key: str) -> Provider:
    for found in providers():
        if found.key == key:
            return found
    known = ", ".join(p.key for p in providers())
    raise PipelineError(f"unknown provider {key!r}; overlays/providers/ has: {known}")


def keys() -> tuple[str, ...]:
    return tuple(p.key for p in providers())


def jobs() -> tuple[JobKind, ...]:
    """Every job kind of every provider."""
    return tuple(kind for p in providers() for kind in p.jobs)


def main() -> None:
    """`python scripts/registry.py packages`: one line per provider (used by the Makefile)."""
    import sys

    what = sys.argv[1] if len(sys.argv) > 1 else "keys"
    for p in providers():
        print({"keys": p.key, "packages": f"generated/{p.distribution}/{p.package}"}[what])


if __name__ == "__main__":
    main()
