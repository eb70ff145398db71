"""Start a job and wait for it: check the body, send the create request once, read the new job's id, wait on it.

A create costs money, so it is sent once: the transport retries a POST only when the server provably did not act
on it (transport.py). Whatever ends the wait afterwards, the error carries the id the create returned
(`task_id`, and a note saying which wait helper resumes it), so the user can go on waiting and never pays twice.
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from .errors import InvalidArgumentError, MalformedResponseError, SDKError, WaitTimeoutError
from .policy import PollPolicy
from .schedule import JobSchedule
from .waiting import TaskEndpoint, check_wait_arguments, wait, wait_async

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")
B = TypeVar("B")


@dataclass(frozen=True)
class CreateEndpoint(Generic[B]):
    """How to start one kind of job: its create call, its body model and where the response names the new id."""

    helper: str
    send: Callable[[Any, B], Any]
    send_async: Callable[[Any, B], Awaitable[Any]]
    body_model: type[B]
    id_path: str


def _unknown_fields(value: Any, given: object, at: str = "") -> list[str]:
    """The paths, as the user wrote them (`input.extra`, `variables[0].extra`), of the keys a mapping gave that
    no field of the model (or of its nested models) declares. `given` is what the user passed for `value`: a
    field's path uses the key written there, not the Python attribute it became (`input`, not `input_`)."""
    if isinstance(value, list):
        items = given if isinstance(given, list | tuple) and len(given) == len(value) else [None] * len(value)
        return [
            name
            for index, (item, source) in enumerate(zip(value, items, strict=True))
            for name in _unknown_fields(item, source, f"{at}[{index}]")
        ]
    if not attrs.has(type(value)):
        return []
    declared = [field.name for field in attrs.fields(type(value)) if field.name != "additional_properties"]
    if not declared:  # a map (`additionalProperties` only): every key is its own
        return []
    extra = getattr(value, "additional_properties", {}) or {}
    found = [_joined(at, str(key)) for key in extra]
    written = [key for key in given if key not in extra] if isinstance(given, Mapping) else []
    for name in declared:
        key = next((key for key in written if _same_name(str(key), name)), name)
        source = given.get(key) if isinstance(given, Mapping) else None
        found += _unknown_fields(getattr(value, name), source, _joined(at, str(key)))
    return found


def _joined(at: str, key: str) -> str:
    return f"{at}.{key}" if at else key


def _same_name(key: str, attribute: str) -> bool:
    """Whether a JSON key became this attribute (`input` -> `input_`, `videoId` -> `video_id`, `the-input` ->
    `the_input`): the generator keeps a key's letters and digits and changes only case and punctuation."""
    return _letters(key) == _letters(attribute)


def _letters(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def body_of(create: CreateEndpoint[B], body: object) -> B:
    """The body as the generated model: taken as it is, or built from a mapping with the same fields; a mapping
    that does not fit (a required field missing, a wrong shape, a key the model does not have) is refused here,
    before anything is sent. To send a field the model does not declare, build the model and set it in its
    `additional_properties`."""
    model = create.body_model
    if isinstance(body, model):
        return body
    if not isinstance(body, Mapping):
        raise InvalidArgumentError(
            f"{create.helper}: body must be a {model.__name__} or a mapping of its fields, not {type(body).__name__}"
        )
    try:
        built: B = model.from_dict(dict(body))  # type: ignore[attr-defined]
    except KeyError as exc:
        raise InvalidArgumentError(
            f"{create.helper}: body lacks {exc.args[0]!r}, required by {model.__name__}"
        ) from None
    except (TypeError, ValueError, AttributeError) as exc:
        detail = str(exc).strip() or f"a field holds a value of the wrong kind ({type(exc).__name__})"
        raise InvalidArgumentError(f"{create.helper}: body does not fit {model.__name__}: {detail}") from None
    unknown = _unknown_fields(built, body)
    if unknown:
        raise InvalidArgumentError(
            f"{create.helper}: {model.__name__} has no field {', '.join(repr(name) for name in unknown)}"
        )
    return built


def created_id(create: CreateEndpoint[Any], response: Any) -> str:
    """The new job's id from the create's parsed response."""
    node = response.parsed
    for name in create.id_path.split("."):
        node = getattr(node, name, None)
    if not isinstance(node, str) or not node.strip():
        raise MalformedResponseError(
            f"{create.helper}: the create's answer has no job id at {create.id_path}; the job may have been created",
            status_code=int(response.status_code),
            body=response.content,
        )
    return node


def _resumable(error: SDKError, endpoint: TaskEndpoint[Any], job_id: str) -> None:
    if getattr(error, "task_id", None) is None:
        error.task_id = job_id
    elapsed = f", elapsed={error.elapsed:.0f}" if isinstance(error, WaitTimeoutError) else ""
    error.add_note(f"the job {job_id!r} was created: resume with {endpoint.helper}(client, {job_id!r}{elapsed})")


def create_and_wait(
    create: CreateEndpoint[B],
    endpoint: TaskEndpoint[T],
    client: Any,
    body: object,
    *,
    timeout: float | None,
    policy: PollPolicy | JobSchedule | None = None,
    on_progress: Callable[[T], object] | None = None,
    wake: threading.Event | None = None,
) -> T:
    """Check everything, send the create once, then wait on the new job from its submission (`wait`)."""
    check_wait_arguments(client, timeout, policy, on_progress, asynchronous=False, wake=wake)
    model = body_of(create, body)
    job_id = created_id(create, create.send(client, model))
    try:
        return wait(endpoint, client, job_id, timeout=timeout, policy=policy, on_progress=on_progress, wake=wake)
    except SDKError as error:
        _resumable(error, endpoint, job_id)
        raise


async def create_and_wait_async(
    create: CreateEndpoint[B],
    endpoint: TaskEndpoint[T],
    client: Any,
    body: object,
    *,
    timeout: float | None,
    policy: PollPolicy | JobSchedule | None = None,
    on_progress: Callable[[T], object] | None = None,
    wake: asyncio.Event | None = None,
) -> T:
    """`create_and_wait` without blocking the event loop (`wait_async`)."""
    check_wait_arguments(client, timeout, policy, on_progress, asynchronous=True, wake=wake)
    model = body_of(create, body)
    job_id = created_id(create, await create.send_async(client, model))
    try:
        return await wait_async(
            endpoint, client, job_id, timeout=timeout, policy=policy, on_progress=on_progress, wake=wake
        )
    except SDKError as error:
        _resumable(error, endpoint, job_id)
        raise
