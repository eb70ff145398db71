"""Render a provider's data (provider.yaml, jobs.yaml) into Python for its package: lib/profile.py, lib/jobs.py
and lib/__init__.py, from the templates in overlays/runtime-templates/, and the facts the generator's own
templates need (package_facts.jinja).

A new kind of job is a few lines of jobs.yaml: its helpers come out of here with precise signatures (the id
argument's name, the task model as the return type and as the `on_progress` argument), which mypy and an
editor see as ordinary functions. Each kind's default JobSchedule is rendered from its `policy`, `duration`,
`schedule` and `status.progress_fraction`, its docstring quoting their sources.
"""

from __future__ import annotations

import itertools
import json
import keyword
import textwrap
from pathlib import Path
from typing import Any

import jinja2

from pipeline import ROOT, PipelineError, rel
from registry import Create, JobKind, Provider

TEMPLATES = ROOT / "overlays" / "runtime-templates"


def _pyrepr(value: Any) -> str:
    if isinstance(value, tuple | list):
        inner = ", ".join(_pyrepr(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    return repr(value)


def _pyset(values: tuple[str, ...]) -> str:
    return "{" + ", ".join(repr(v) for v in values) + "}" if values else ""


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(" ".join(text.split()), width=width, break_on_hyphens=False))


def _pystr(text: str, width: int) -> str:
    """A long string as a parenthesised run of literals of at most `width` characters each."""
    chunks = textwrap.wrap(" ".join(text.split()), width=width, break_on_hyphens=False, drop_whitespace=False)
    if len(chunks) <= 1:
        return repr("".join(chunks))
    return "(\n" + "".join(f"        {chunk!r}\n" for chunk in chunks) + "    )"


WAKE_INTERVAL = 60
"""The runtime's default safety interval (overlays/runtime/schedule.py WAKE_INTERVAL), quoted in docstrings."""


def _seconds(value: float) -> str:
    return f"{value:g} s"


def _schedule_summary(kind: JobKind) -> str:
    """The default schedule in a few words (for Args: policy)."""
    policy = kind.policy
    if kind.duration is None:
        return (
            f"its PollPolicy alone, {_seconds(policy['initial'])} x{policy['multiplier']:g} to "
            f"{_seconds(policy['maximum'])}, as no page states how long the job takes"
        )
    start, end = kind.duration
    step = kind.interval if kind.interval is not None else policy["maximum"]
    first = f"at {_seconds(start)}, then " if start > step else ""
    return f"at once, {first}every {_seconds(step)} to {_seconds(end)}, then every {_seconds(policy['maximum'])}"


def _schedule_doc(kind: JobKind, const: str) -> str:
    """The docstring of a kind's default schedule: what it does, and where every figure comes from."""
    policy = kind.policy
    jitter = f"{policy['jitter']:.0%}"
    if kind.duration is None:
        text = (
            f"The default schedule of `{kind.helper}` (and of `poll_{kind.key}`): the policy `{const}_POLICY` alone "
            f"({_seconds(policy['initial'])} x{policy['multiplier']:g} to {_seconds(policy['maximum'])}, each delay "
            f"jittered down by up to {jitter}), because no duration is documented"
            f"{': ' + kind.duration_source if kind.duration_source else '.'}"
        )
        if not text.endswith("."):
            text += "."
        text += f" With `wake`, one safety poll every {WAKE_INTERVAL} s (WAKE_INTERVAL)."
        return text
    start, end = kind.duration
    step = kind.interval if kind.interval is not None else policy["maximum"]
    first = f"one at {_seconds(start)} (the band's start), then " if start > step else ""
    text = (
        f"The default schedule of `{kind.helper}` (and of `poll_{kind.key}`): a poll at once, {first}one every "
        f"{_seconds(step)} until {_seconds(end)} (the band's end), then one every {_seconds(policy['maximum'])} "
        f"(the maximum of `{const}_POLICY`); each delay is jittered down by up to {jitter} of its step, never "
        "lengthened."
    )
    if kind.progress_fraction is not None:
        done, total = kind.progress_fraction
        text += (
            f" While the task reports `{done}` of `{total}`, the next poll is brought forward to the estimated end "
            f"(elapsed x (1 - f) / f for the fraction f done), never sooner than {_seconds(policy['initial'])} after "
            "the one before."
        )
    if end > WAKE_INTERVAL:
        text += (
            f" With `wake`, a safety poll at {_seconds(end)} (a job that should be done, whose webhook may be lost), "
            f"then one every {WAKE_INTERVAL} s."
        )
    else:
        text += f" With `wake`, one safety poll every {WAKE_INTERVAL} s."
    text += f" Band {_seconds(start)} to {_seconds(end)}: {kind.duration_source}"
    if not text.endswith("."):
        text += "."
    if kind.interval is not None:
        text += f" Interval {_seconds(kind.interval)}: {kind.interval_why}"
    else:
        text += " Interval: the policy's maximum."
    if not text.endswith("."):
        text += "."
    text += f" Policy: see `{const}_POLICY`."
    return text


def _schedule_source(kind: JobKind) -> str:
    parts = []
    if kind.duration is not None:
        parts.append(f"band: {kind.duration_source}")
    else:
        parts.append(f"no band: {kind.duration_source or 'no duration is documented'}")
    if kind.interval is not None:
        parts.append(f"interval: {kind.interval_why}")
    return " | ".join(parts)


def _policy_arg(view: dict[str, Any], end: str) -> str:
    default = f'DEFAULT_SCHEDULES["{view["helper"]}"]'
    return _arg(
        "policy", f"when to poll: a JobSchedule or a PollPolicy (default `{default}`: {view['schedule_summary']}){end}"
    )


def _arg(name: str, text: str) -> str:
    """One entry of an Args section (indented for a docstring's body), wrapped to the docstring's width."""
    lines = textwrap.wrap(
        f"{name}: {' '.join(text.split())}",
        width=112,
        initial_indent="    ",
        subsequent_indent="        ",
        break_on_hyphens=False,
    )
    return "\n".join(lines)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(pyrepr=_pyrepr, pyset=_pyset, wrap=_wrap, pystr=_pystr)
    return env


def _kind_view(kind: JobKind, where: str) -> dict[str, Any]:
    module_path, _, module_name = kind.status_module.rpartition(".")
    if not module_path or not kind.id_param.isidentifier() or keyword.iskeyword(kind.id_param):
        raise PipelineError(f"{where}: {kind.key}: status module and id must name a module and an identifier")
    const = kind.key.upper()
    lines = [f"{kind.method} {kind.path} until `{'`, `'.join(kind.success)}`."]
    return {
        "key": kind.key,
        "const": const,
        "helper": kind.helper,
        "module_path": module_path,
        "module_name": module_name,
        "id_param": kind.id_param,
        "query_id": kind.query_id,
        "model": kind.model,
        "task": kind.task,
        "status_of": (
            f"field_status({kind.field!r})"
            if kind.batch is None
            else f"batch_status({kind.batch['counts']!r}, {_pyrepr(tuple(kind.batch['waiting']))}, "
            f"{kind.batch['succeeded']!r})"
        ),
        "success": kind.success,
        "failure": kind.failure,
        "cancelled": kind.cancelled,
        "failure_text": kind.failure_text,
        "no_failure_text": kind.no_failure_text,
        "policy": kind.policy,
        "policy_why": kind.policy_why,
        "timeout": kind.timeout,
        "timeout_why": kind.timeout_why,
        "doc_summary": f"Wait for the {kind.what} to finish: poll " + lines[0],
        "creates": [_create_view(create, kind, where) for create in kind.creates],
        "what": kind.what,
        "band": kind.duration,
        "interval": kind.interval,
        "progress_fraction": kind.progress_fraction,
        "schedule_doc": _schedule_doc(kind, const),
        "schedule_source": _schedule_source(kind),
        "schedule_summary": _schedule_summary(kind),
        "poll": f"poll_{kind.key}",
        "poll_summary": f"Poll the {kind.what} once ({kind.method} {kind.path}): is it done, and when to poll next?",
    }


def _create_view(create: Create, kind: JobKind, where: str) -> dict[str, Any]:
    module_path, _, module_name = create.module.rpartition(".")
    if not module_path:
        raise PipelineError(f"{where}: {kind.key}: create module {create.module!r} must be api.<tag>.<operation>")
    return {
        "helper": create.helper,
        "const": create.helper.removesuffix("_and_wait").upper(),
        "module_path": module_path,
        "module_name": module_name,
        "body": create.body,
        "id": create.id,
        "method_path": create.path,
    }


def _progress_doc(view: dict[str, Any], asynchronous: bool) -> str:
    if asynchronous:
        return f"""\
    on_progress: called with the {view["model"]} after every poll that returned one; a coroutine function
        is awaited. Whatever it raises ends the wait, unchanged."""
    return f"""\
    on_progress: called with the {view["model"]} after every poll that returned one (a plain function: a
        coroutine function needs the `_async` helper). Whatever it raises ends the wait, unchanged."""


def _create_doc(view: dict[str, Any], create: dict[str, Any], asynchronous: bool = False) -> str:
    text = f"""\
Args:
    client: the client from `create_client()`.
    body: a {create["body"]} or a mapping of its fields; a mapping that does not fit it (a required field
        missing, a key it does not have) raises InvalidArgumentError before anything is sent.
    timeout: seconds to wait for the job once it is created (default {view["timeout"]:g}: see
        `{view["const"]}_TIMEOUT`); `None` waits without limit.
{_policy_arg(view, ".")}
{_progress_doc(view, asynchronous)}
{_wake_doc(view, asynchronous)}

Returns:
    The {view["model"]} at its success state.

Raises:
    InvalidArgumentError: the body does not fit, or another argument is wrong (`client`, `timeout`,
        `policy`, `on_progress`, `wake`); nothing was sent.
    ApiError: the create was refused (its request is sent once: it is retried only when the server provably
        did not act on it, a refused connection or a 429/503); the message names the method, the URL, the
        status and the provider's code and message.
    ApiConnectionError: the create's request may have reached the server but no answer came: the job may
        exist; check before sending it again.
    TaskFailedError, WaitTimeoutError, ApiError, ApiConnectionError: as `{view["helper"]}` raises them; each
        carries the new job's id as `task_id`, and a note names the wait helper that resumes it."""
    return textwrap.indent(text, "    ")


def _wait_doc(view: dict[str, Any], asynchronous: bool = False) -> str:
    failure = "`, `".join(view["failure"])
    cancelled = "`, `".join(view["cancelled"])
    minutes = view["timeout"] / 60
    text = f"""\
Args:
    client: the client from `create_client()`.
    {view["id_param"]}: the id of the {view["what"]}.
    timeout: seconds to wait in all (default {view["timeout"]:g}, {minutes:g} minutes: see
        `{view["const"]}_TIMEOUT`); `None` waits without limit. A request in flight counts against it: each
        poll's request gets at most the time left, so the wait ends at most DEADLINE_GRACE (1 s) after it.
{_policy_arg(view, "; the server's `Retry-After` wins over it, and no sleep passes the deadline.")}
{_progress_doc(view, asynchronous)}
{_wake_doc(view, asynchronous)}
    elapsed: seconds the job had already run when the wait begins (default 0: the wait starts as the job is
        submitted). Pass it when resuming a wait on an older job, so the schedule does not hold its polls back
        for the documented band's start.

Returns:
    The {view["model"]} at its success state.

Raises:
    TaskFailedError: the job ended `{failure}`; the message carries the provider's own error fields."""
    if cancelled:
        text += f"\n    TaskCancelledError: the job ended `{cancelled}`."
    text += """
    WaitTimeoutError: the deadline passed first; the job may still be running on the server (wait again
        with the same id).
    ApiError: a permanent error (a wrong key, no such job, no credit), raised at once; transient
        failures (429, 5xx, a malformed body) are retried inside the deadline. The message names the
        method, the URL, the status and the provider's code and message.
    ApiConnectionError: the server never answered (a wrong base URL, an unknown host, a closed port) and the
        client's `max_retries` are spent, or it only ever answered with something else than the API
        (MalformedResponseError then): raised within seconds, naming the URL tried. Once the server has
        answered, these failures are retried inside the deadline.
    InvalidArgumentError: an argument is wrong (an empty id, a negative timeout or `elapsed`, a `client` that
        is not one, a `policy` that is not a JobSchedule or a PollPolicy, a `wake` that is not
        {event}), refused before any request.

Every error raised carries the job's id as `task_id`, except what `on_progress` raises."""
    text = text.replace("{event}", "an asyncio.Event" if asynchronous else "a threading.Event")
    return textwrap.indent(text, "    ")


def _wake_doc(view: dict[str, Any], asynchronous: bool) -> str:
    event = "an asyncio.Event" if asynchronous else "a threading.Event"
    band = view["band"]
    if band is not None and band[1] > WAKE_INTERVAL:
        safety = f"one poll at {_seconds(band[1])} (the band's end), then one every `wake_interval` ({WAKE_INTERVAL} s)"
    else:
        safety = f"one poll every `wake_interval` ({WAKE_INTERVAL} s)"
    return _arg(
        "wake",
        f"{event} (one per wait) that a webhook handler sets when the job may have changed: the wait clears it and "
        "polls at once. The poll, not the webhook, decides, so a forged or replayed callback changes nothing but a "
        "request (and one more after the schedule's own delay, for a webhook that ran ahead of the status); a wake "
        f"waits out a server's Retry-After. With it, polling falls back to a safety schedule for a lost webhook: "
        f"{safety}. None (default): the schedule alone.",
    )


def _poll_doc(view: dict[str, Any]) -> str:
    failure = "`, `".join(view["failure"])
    cancelled = "`, `".join(view["cancelled"])
    success = "`, `".join(view["success"])
    text = f"""\
Exactly one request, and nothing slept or recorded: the step a scheduler outside this process (a task queue's
countdown) runs, then runs again after `delay`, on the same schedule as `{view["helper"]}`.

Args:
    client: the client from `create_client()`.
    {view["id_param"]}: the id of the {view["what"]}.
    attempt: this poll's number for the job, counted from 1 (the poll at submission); the schedule's delay
        depends on it.
    policy: a JobSchedule or a PollPolicy (default `DEFAULT_SCHEDULES["{view["helper"]}"]`, the wait's).
    elapsed: seconds since the job was submitted (default: when poll `attempt` falls on the schedule,
        `policy.poll_time(attempt)`).

Returns:
    A PollResult: `done` (True at `{success}`), `task` (the {view["model"]}, or None when the poll failed in a
    way that may heal), `status`, `delay` (seconds to wait before the next poll: the schedule's, or the
    server's Retry-After; 0 when done) and `error` (that transient failure: a 429, a 5xx, a connection error,
    a malformed body; poll again after `delay`, within a deadline of your own).

Raises:
    TaskFailedError: the job ended `{failure}`; the message carries the provider's own error fields."""
    if cancelled:
        text += f"\n    TaskCancelledError: the job ended `{cancelled}`."
    text += """
    ApiError: a permanent error (a wrong key, no such job, no credit), raised at once.
    InvalidArgumentError: an argument is wrong (an empty id, an `attempt` that is not an int >= 1, a negative
        `elapsed`, a `client` that is not one, a `policy` that is not a JobSchedule or a PollPolicy), refused
        before the request.

Every error raised carries the job's id as `task_id`."""
    return textwrap.indent(text, "    ")


def runtime_modules(provider: Provider) -> list[str]:
    """The provider's own runtime modules (overlays/providers/<name>/runtime/*.py), each exporting `__all__`."""
    folder = provider.folder / "runtime"
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.py") if not p.name.startswith("_"))


def status_errors(provider: Provider) -> list[tuple[int, str]]:
    """(HTTP status, class) where every documented error the provider sends with that error status raises one
    class: what a bare status means for this provider (a 415 with no code is a BadRequestError, say)."""
    by_status: dict[int, set[str]] = {}
    for entry in provider.errors:
        if entry.http >= 400:
            by_status.setdefault(entry.http, set()).add(entry.error_class)
    return sorted((status, classes.pop()) for status, classes in by_status.items() if len(classes) == 1)


def render_lib(provider: Provider) -> dict[str, str]:
    """{file name in lib/: text} for the three rendered modules."""
    env = _environment()
    env.globals["wait_doc"] = _wait_doc
    env.globals["create_doc"] = _create_doc
    env.globals["poll_doc"] = _poll_doc
    where = rel(provider.folder / "jobs.yaml")
    kinds = [_kind_view(kind, where) for kind in provider.jobs]
    if not kinds:
        raise PipelineError(f"{where}: no job kinds; every package has at least one wait helper")
    imports: dict[str, set[str]] = {}
    for view in kinds:
        imports.setdefault(view["module_path"], set()).add(view["module_name"])
        for create in view["creates"]:
            imports.setdefault(create["module_path"], set()).add(create["module_name"])
    helpers = [view["helper"] for view in kinds] + [view["poll"] for view in kinds]
    helpers += [c["helper"] for view in kinds for c in view["creates"]]
    exports = sorted(name for helper in helpers for name in (helper, helper + "_async"))
    models = sorted({view["model"] for view in kinds} | {c["body"] for view in kinds for c in view["creates"]})
    folder = rel(provider.folder)
    errors_used = sorted({entry.error_class for entry in (*provider.errors, *provider.message_errors)})
    return {
        "profile.py": env.get_template("profile.py.jinja").render(
            p=provider, source=f"{folder}/provider.yaml", classes=errors_used, status_errors=status_errors(provider)
        ),
        "jobs.py": env.get_template("jobs.py.jinja").render(
            p=provider,
            source=f"{folder}/jobs.yaml",
            kinds=kinds,
            imports=sorted((module, sorted(names)) for module, names in imports.items()),
            models=models,
            exports=exports,
        ),
        "__init__.py": env.get_template("lib_init.py.jinja").render(
            p=provider, source=f"{folder}/", runtime_modules=runtime_modules(provider)
        ),
    }


GAP_MARK = "x-doc-gap"


def _label(parts: list[str], spec: dict[str, Any]) -> str:
    """A reader's name for the node at `parts` (a JSON pointer's parts): `METHOD /path`, `... param NAME`,
    `Schema.property`, or the pointer itself."""
    if parts[:1] == ["paths"] and len(parts) >= 3:
        base = f"{parts[2].upper()} {parts[1]}"
        rest = parts[3:]
        if rest[:1] == ["parameters"] and len(rest) >= 2:
            parameter = spec["paths"][parts[1]][parts[2]]["parameters"][int(rest[1])]
            return f"{base} param {parameter.get('name', rest[1])}"
        return " ".join([base, *rest]) if rest else base
    if parts[:2] == ["components", "schemas"] and len(parts) >= 3:
        names = [parts[2]] + [part for before, part in itertools.pairwise(parts[2:]) if before == "properties"]
        return ".".join(names)
    return "/".join(parts)


def doc_gaps(spec: dict[str, Any]) -> list[dict[str, str]]:
    """Every `x-doc-gap` mark of a spec, in the order a depth-first walk in document order meets them (a node's
    own marks before its children's): where a page was cut off, disagrees with another, or is silent."""
    found: list[dict[str, str]] = []

    def walk(node: Any, parts: list[str]) -> None:
        if isinstance(node, dict):
            for mark in node.get(GAP_MARK) or []:
                found.append(
                    {
                        "where": _label(parts, spec),
                        "page": str(mark.get("page", "")),
                        "kind": str(mark.get("kind", "")),
                        "note": " ".join(str(mark.get("note", "")).split()),
                    }
                )
            for key, value in node.items():
                if key != GAP_MARK:
                    walk(value, [*parts, str(key)])
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, [*parts, str(index)])

    walk(spec, [])
    return found


def operation_helpers(provider: Provider) -> dict[str, list[str]]:
    """ "METHOD /path" (as the names overlay leaves it) -> the helpers built on that operation."""
    found: dict[str, list[str]] = {}
    for kind in provider.jobs:
        found.setdefault(kind.status_path, []).append(kind.helper)
        for create in kind.creates:
            found.setdefault(create.path, []).append(create.helper)
    return found


def package_facts(provider: Provider, dependencies: list[str], spec: dict[str, Any]) -> str:
    """The generator templates' per-package facts (README and pyproject), as a Jinja file they import."""
    quick = provider.quickstart
    kind = provider.job(quick["kind"])
    facts = {
        "provider": provider.name,
        "summary": provider.summary,
        "keywords": list(provider.keywords),
        "alias": provider.alias,
        "env": provider.env_prefix,
        "helper": kind.helper,
        "id_name": kind.id_param,
        "id_from": quick["id_from"],
        "result": quick["result"],
        "shown": quick["shown"],
        "helpers": [k.helper for k in provider.jobs],
        "dependencies": dependencies,
        "base_url": provider.base_url,
        "base_url_note": provider.base_url_note,
        "runtime_modules": runtime_modules(provider),
        "operation_helpers": operation_helpers(provider),
        "doc_gaps": doc_gaps(spec),
        "creates": [c.helper for k in provider.jobs for c in k.creates],
        "round_trip": (provider.round_trip or {}).get("code", ""),
    }
    return (
        "{#- Rendered by scripts/render_runtime.py from "
        f"{rel(provider.folder)}/: the facts README.md.jinja and pyproject_uv.toml.jinja need. -#}}\n"
        "{% set facts = " + json.dumps(facts, ensure_ascii=False) + " %}\n"
    )


def write_lib(provider: Provider, lib: Path) -> list[Path]:
    written = []
    for name, text in render_lib(provider).items():
        target = lib / name
        if target.exists():
            raise PipelineError(f"{rel(target)}: would overwrite generated file {name}; overlays only add files")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written
