"""Small promises of the shared client machinery, for every package:

- a copy from `client.with_options(...)` still tells, on a 404, what the base URL should contain;
- a client (sync or async) closed without ever having sent a request closes cleanly;
- a create helper refuses, before sending, a body that is no mapping (naming its type) or that has keys its
  model lacks (naming each, with its path inside nested fields and lists); a create answer whose job id is
  blank is MalformedResponseError, saying the job may have been created;
- a number given for a path parameter is sent as its digits.

Every provider's first job kind and every create helper are used (tests/doubles/endpoints.py); an
httpx.MockTransport answers.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import json
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest

from registry import Create
from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import Job, Operation, jobs, operations
from tests.doubles.standin import answers, examples

FIRST_JOBS = list({job.provider.key: job for job in reversed(jobs())}.values())
EACH = pytest.mark.parametrize("job", FIRST_JOBS, ids=str)
WRONG_BASE_URL = "https://api.example.com/somewhere/else"


@EACH
def test_a_copy_with_other_options_keeps_the_base_url_hint_on_a_404(job: Job) -> None:
    answer = httpx.Response(404, json={"error": "not_found", "message": "no such path"})
    client = job.package.create_client(
        "k",
        base_url=WRONG_BASE_URL,
        httpx_args={"transport": httpx.MockTransport(lambda request: answer)},
        max_retries=0,
        clock=FakeClock(),
    )
    hints = []
    for each in (client, client.with_options(max_retries=1), client.with_options(timeout=5.0)):
        with pytest.raises(job.package.NotFoundError) as raised:
            job.fetch("sync_detailed", each, "task-1")
        hints.append(raised.value.hint)
        assert str(raised.value).endswith(f"; {raised.value.hint}")
    assert hints[0] is not None
    assert hints[0].startswith(f"check base_url: it is {WRONG_BASE_URL!r}, whose path is not that of ")
    assert hints == [hints[0]] * 3


@EACH
def test_an_async_client_that_never_sent_a_request_closes_cleanly(job: Job) -> None:
    async def open_and_close() -> bool:
        async with job.package.create_client("k", clock=FakeClock()) as client:
            opened = client.get_async_httpx_client()
        return bool(opened.is_closed)

    assert asyncio.run(open_and_close()) is True


@EACH
def test_a_client_that_never_sent_a_request_closes_cleanly(job: Job) -> None:
    with job.package.create_client("k", clock=FakeClock()) as client:
        opened = client.get_httpx_client()
    assert opened.is_closed is True


# --- create helpers: the body is checked, and the create's answer must name the job ---------------------------

CREATE_CASES = [(job, create, op) for job in jobs() for create, op in job.creates]
CREATES = [pytest.param(*case, id=f"{case[0].provider.key}.{case[1].helper}") for case in CREATE_CASES]
EACH_CREATE = pytest.mark.parametrize(("job", "create", "op"), CREATES)


def documented_body(op: Operation) -> dict[str, Any]:
    found = examples.request_example(examples.spec(op.provider.key), op.definition)
    assert found is not None and isinstance(found[1], dict), f"{op}: no documented request body"
    return copy.deepcopy(found[1])


def create_with(job: Job, create: Create, body: object, answer: httpx.Response | None = None) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        if answer is None:
            raise AssertionError("nothing may be sent")
        return answer

    client = job.package.create_client(
        "k", httpx_args={"transport": httpx.MockTransport(handle)}, max_retries=0, clock=FakeClock()
    )
    return getattr(job.package, create.helper)(client, body, timeout=5.0)


def refusal(job: Job, create: Create, body: object) -> str:
    with pytest.raises(job.package.InvalidArgumentError) as raised:
        create_with(job, create, body)
    return str(raised.value)


@EACH_CREATE
def test_a_body_that_is_no_mapping_is_refused_naming_its_type(job: Job, create: Create, op: Operation) -> None:
    assert refusal(job, create, ["not", "a", "mapping"]) == (
        f"{create.helper}: body must be a {create.body} or a mapping of its fields, not list"
    )


@EACH_CREATE
def test_every_unknown_key_of_a_body_is_named(job: Job, create: Create, op: Operation) -> None:
    body = {**documented_body(op), "zz_first": 1, "zz_second": 2}
    assert refusal(job, create, body) == f"{create.helper}: {create.body} has no field 'zz_first', 'zz_second'"


NESTED_CASES = [
    (job, create, op, name)
    for job, create, op in CREATE_CASES
    for name, value in documented_body(op).items()
    if isinstance(value, dict) or (isinstance(value, list) and value and isinstance(value[0], dict))
]


def is_map(op: Operation, name: str) -> bool:
    """Whether the body's field `name` is a map (its schema has additionalProperties and no properties)."""
    document = examples.spec(op.provider.key)
    request_body = examples.resolve(document, op.definition["requestBody"])
    schema = examples.resolve(document, next(iter(request_body["content"].values()))["schema"])
    field = examples.resolve(document, schema.get("properties", {}).get(name, {}))
    return not field.get("properties") and bool(field.get("additionalProperties"))


def nested(maps: bool) -> list[Any]:
    return [
        pytest.param(*case, id=f"{case[0].provider.key}.{case[1].helper}.{case[3]}")
        for case in NESTED_CASES
        if is_map(case[2], case[3]) == maps
    ]


NOT_MAPS, MAPS = nested(False), nested(True)


@pytest.mark.parametrize(("job", "create", "op", "name"), NOT_MAPS)
def test_an_unknown_key_inside_a_nested_field_is_named_with_its_path_as_written(
    job: Job, create: Create, op: Operation, name: str
) -> None:
    """The path uses the keys the user wrote (`input`, even where the model's attribute is `input_`)."""
    body = documented_body(op)
    if isinstance(body[name], list):
        body[name][0]["zz_unknown"] = 1
        path = f"{name}[0].zz_unknown"
    else:
        body[name]["zz_unknown"] = 1
        path = f"{name}.zz_unknown"
    assert refusal(job, create, body) == f"{create.helper}: {create.body} has no field {path!r}"


@pytest.mark.parametrize(("job", "create", "op", "name"), MAPS)
def test_any_key_of_a_map_field_is_sent(job: Job, create: Create, op: Operation, name: str) -> None:
    body = documented_body(op)
    body[name]["zz_any_key"] = {}
    helper = getattr(job.package, create.helper)
    sent = sent_until_refused(job.package, lambda client: helper(client, body, timeout=5.0))
    assert [json.loads(request.content)[name]["zz_any_key"] for request in sent] == [{}]


def sent_until_refused(package: ModuleType, call: Callable[[Any], object]) -> list[httpx.Request]:
    """The requests `call(client)` sends to a server that refuses each with a 400 (no retries): what was sent,
    looked at without a server that understands it."""
    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(400, json={"message": "stop here"})

    client = package.create_client(
        "k", httpx_args={"transport": httpx.MockTransport(handle)}, max_retries=0, clock=FakeClock()
    )
    with pytest.raises(package.ApiError):
        call(client)
    return sent


@EACH_CREATE
def test_a_create_answer_with_a_blank_job_id_is_malformed(job: Job, create: Create, op: Operation) -> None:
    document = examples.spec(op.provider.key)
    status, _, _ = examples.success(op.definition)
    answer = copy.deepcopy(examples.response_example(document, op.definition))
    node = answer
    *parents, last = create.id.split(".")
    for name in parents:
        node = node[name]
    node[last] = "  "
    response = httpx.Response(status, json=answer)
    with pytest.raises(job.package.MalformedResponseError) as raised:
        create_with(job, create, documented_body(op), response)
    error = raised.value
    assert error.message == (
        f"{create.helper}: the create's answer has no job id at {create.id}; the job may have been created"
    )
    assert (error.status_code, error.body) == (status, response.content)


@pytest.mark.parametrize(
    ("job", "create", "op"), [pytest.param(*case, id=case[1].helper) for case in CREATE_CASES if "." in case[1].id]
)
def test_a_create_answer_without_the_job_ids_parent_is_malformed(job: Job, create: Create, op: Operation) -> None:
    status, _, _ = examples.success(op.definition)
    answer = copy.deepcopy(examples.response_example(examples.spec(op.provider.key), op.definition))
    answer.pop(create.id.split(".")[0])
    response = httpx.Response(status, json=answer)
    with pytest.raises(job.package.MalformedResponseError) as raised:
        create_with(job, create, documented_body(op), response)
    assert raised.value.message == (
        f"{create.helper}: the create's answer has no job id at {create.id}; the job may have been created"
    )


@pytest.mark.parametrize(("job", "create", "op", "name"), NOT_MAPS)
def test_a_nested_field_of_the_wrong_shape_is_refused_naming_the_model(
    job: Job, create: Create, op: Operation, name: str
) -> None:
    body = {**documented_body(op), name: "not an object"}
    refused = refusal(job, create, body)
    assert refused.startswith(f"{create.helper}: body does not fit {create.body}: ")
    assert refused.removeprefix(f"{create.helper}: body does not fit {create.body}: ").strip()  # says why


@EACH_CREATE
def test_a_wake_for_the_other_kind_of_wait_is_refused_before_sending(job: Job, create: Create, op: Operation) -> None:
    with pytest.raises(job.package.InvalidArgumentError) as raised:
        create_with_options(job, create, documented_body(op), wake=asyncio.Event())
    assert str(raised.value) == (
        "wake must be a threading.Event or None, not Event: pass an asyncio.Event to the _async helper"
    )


def create_with_options(job: Job, create: Create, body: object, **options: Any) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing may be sent")

    client = job.package.create_client(
        "k", httpx_args={"transport": httpx.MockTransport(handle)}, max_retries=0, clock=FakeClock()
    )
    return getattr(job.package, create.helper)(client, body, timeout=5.0, **options)


@EACH_CREATE
def test_an_async_wait_that_fails_after_the_create_says_how_to_resume(job: Job, create: Create, op: Operation) -> None:
    status, _, _ = examples.success(op.definition)
    created = copy.deepcopy(examples.response_example(examples.spec(op.provider.key), op.definition))
    node = created
    *parents, last = create.id.split(".")
    for name in parents:
        node = node[name]
    node[last] = "job-77"
    refused_status, refused = answers.error(job.provider, "AuthenticationError")

    def handle(request: httpx.Request) -> httpx.Response:
        if request.method == op.method and request.url.path.endswith(op.spec_path):
            return httpx.Response(status, json=created)
        return httpx.Response(refused_status, json=refused)

    async def run() -> Any:
        client = job.package.create_client(
            "k", httpx_args={"transport": httpx.MockTransport(handle)}, max_retries=0, clock=FakeClock()
        )
        return await getattr(job.package, f"{create.helper}_async")(client, documented_body(op), timeout=5.0)

    with pytest.raises(job.package.AuthenticationError) as raised:
        asyncio.run(run())
    assert raised.value.task_id == "job-77"
    assert raised.value.__notes__ == [f"the job 'job-77' was created: resume with {job.kind.helper}(client, 'job-77')"]


# --- paths: a number in a path is written as its digits ---------------------------------------------------------

NUMBERED_PATHS = [
    pytest.param(op, name, id=f"{op}.{name}")
    for op in operations()
    for name in op.path_params
    if inspect.signature(op.module.sync_detailed).parameters[name].annotation in (int, "int")
]


@pytest.mark.parametrize(("op", "name"), NUMBERED_PATHS)
def test_a_number_in_a_path_is_sent_as_its_digits(op: Operation, name: str) -> None:
    sent = sent_until_refused(op.package, lambda client: op.module.sync_detailed(client=client, **{name: 123}))
    assert [request.url.path.rsplit("/", 1)[-1] for request in sent] == ["123"]


QUERIES = [
    {"page": 1, "page_size": 20},
    {"flag": True, "other": False},
    {"empty": None, "text": "a b&c=d/é"},
    {"tag": ["x", "y"], "pair": ("1", 2)},
    {},
]


@pytest.mark.parametrize("params", QUERIES, ids=lambda p: ",".join(p) or "none")
def test_a_query_is_written_into_the_url_exactly_as_httpx_encodes_params(params: dict[str, Any]) -> None:
    """The generated endpoints write their query into the URL themselves (cheaper than `params=`); the request
    sent must be the one httpx would send, for every kind of value a future spec may bring (booleans, lists)."""
    paths = jobs()[0].package.lib._core.paths
    url = "http://127.0.0.1/v2/items"
    assert str(httpx.Request("GET", paths.with_query(url, params)).url) == str(
        httpx.Request("GET", url, params=params).url
    )
