"""Errors a user can act on (issue 10, 4): an ApiError names the method, the URL (no secrets), the status, the
provider's code and message, carries the response headers (secret ones removed) and the server's request id;
a timeout is ApiTimeoutError, a kind of ApiConnectionError; every error class is shown under the package's
public name and survives pickling (a ProcessPoolExecutor included) with its attributes; `task_id` is an
attribute of every error (None unless a wait or create-and-wait set it)."""

from __future__ import annotations

import importlib
import inspect
import json
import pickle
import traceback
from concurrent.futures import ProcessPoolExecutor
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.doubles.endpoints import Job, jobs, packages
from tests.doubles.standin.answers import error_body

FIRST_JOB = {job.provider.key: job for job in reversed(jobs())}
EACH = pytest.mark.parametrize("job", list(FIRST_JOB.values()), ids=lambda job: job.provider.key)
PACKAGES = packages()
KEY = "sk-ERRORCHECK-51d0be"


def _error_classes(package: ModuleType) -> list[type[Any]]:
    names = [name for name in package.__all__ if not name.startswith("__")]
    found = [getattr(package, name) for name in names]
    return [cls for cls in found if inspect.isclass(cls) and issubclass(cls, package.SDKError)]


def example(package: ModuleType, cls: type[Any]) -> Any:
    """An instance of `cls` with every attribute its constructor takes set to something recognisable (Any: each
    package has its own error classes, whose constructors and attributes differ by class)."""
    if issubclass(cls, package.UnexpectedStatus):
        return cls(418, b"teapot")
    if issubclass(cls, package.RateLimitError):
        return cls("slow down", status_code=429, code=429, body=b"{}", retry_after=3.0, method="GET", url="u")
    if issubclass(cls, package.ApiError):
        return cls(
            "no such task",
            status_code=404,
            code=10104,
            body=b'{"code": 10104}',
            method="GET",
            url="https://api.example/v2/x/1",
            headers={"x-request-id": "r-1"},
            request_id="r-1",
        )
    if issubclass(cls, package.ApiConnectionError):
        return cls("refused", method="GET", url="https://api.example/v2/x/1")
    if issubclass(cls, package.InvalidArgumentError):
        return cls("timeout must be a number", argument="timeout")
    if issubclass(cls, package.TaskFailedError):
        return cls("task 't' failed: boom", task_id="t", status="failed")
    if issubclass(cls, package.WaitTimeoutError):
        return cls("task 't' still running", task_id="t", last_status="running", elapsed=12.5)
    try:
        return cls("something went wrong")
    except TypeError:  # a class with required keyword arguments this test does not know
        error: Any = cls.__new__(cls, "something went wrong")
        error.__dict__.update(detail="kept")
        return error


def _same(a: BaseException, b: BaseException) -> None:
    assert type(a) is type(b)
    assert a.args == b.args
    assert a.__dict__ == b.__dict__
    assert str(a) == str(b)


@pytest.mark.parametrize("provider", sorted(PACKAGES), ids=str)
def test_every_error_class_pickles_with_its_attributes(provider: str) -> None:
    package = PACKAGES[provider]
    classes = _error_classes(package)
    assert {"ApiError", "ApiTimeoutError", "WaitTimeoutError", "MissingApiKeyError"} <= {c.__name__ for c in classes}
    for cls in classes:
        error = example(package, cls)
        error.task_id = "job-7"
        error.add_note("resume with the wait helper")
        copy = pickle.loads(pickle.dumps(error))
        _same(error, copy)
        assert copy.task_id == "job-7" and copy.__notes__ == ["resume with the wait helper"]


def _fail_in_worker(provider: str, name: str) -> None:
    package = PACKAGES[provider]
    raise example(package, getattr(package, name))


@pytest.mark.parametrize("provider", sorted(PACKAGES), ids=str)
def test_an_error_raised_in_a_process_pool_worker_reaches_the_parent_as_itself(provider: str) -> None:
    package = PACKAGES[provider]
    names = ["AuthenticationError", "RateLimitError", "TaskFailedError", "WaitTimeoutError", "ApiTimeoutError"]
    with ProcessPoolExecutor(max_workers=1) as pool:
        for name in names:
            future = pool.submit(_fail_in_worker, provider, name)
            error = future.exception(timeout=60)
            assert type(error) is getattr(package, name), f"{name}: {type(error)}"
            assert error is not None
            _same(error, example(package, getattr(package, name)))


@pytest.mark.parametrize("provider", sorted(PACKAGES), ids=str)
def test_error_classes_are_shown_under_the_package_name(provider: str) -> None:
    package = PACKAGES[provider]
    for cls in _error_classes(package):
        assert cls.__module__ == package.__name__, f"{cls.__qualname__}: {cls.__module__}"
        assert getattr(package, cls.__qualname__) is cls
    error = example(package, package.AuthenticationError)
    text = "".join(traceback.format_exception_only(error))
    assert text.startswith(f"{package.__name__}.AuthenticationError: ")


@pytest.mark.parametrize("provider", sorted(PACKAGES), ids=str)
def test_task_id_is_an_attribute_of_every_error(provider: str) -> None:
    package = PACKAGES[provider]
    assert package.SDKError("x").task_id is None
    assert package.ApiConnectionError("x").task_id is None
    assert "task_id" in (package.SDKError.__doc__ or "")


def _answering(status: int, body: bytes, headers: dict[str, str]) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(status, content=body, headers=headers))


@EACH
def test_an_api_error_names_method_url_status_code_message_and_request_id(job: Job) -> None:
    entry = job.provider.error("AuthenticationError")
    body = json.dumps(error_body(job.provider, entry)).encode()
    headers = {
        "content-type": "application/json",
        "x-request-id": "req-4242",
        "set-cookie": "session=secret",
        job.provider.auth_header: KEY,
        "x-ratelimit-remaining": "9",
    }
    client = job.package.create_client(
        KEY, max_retries=0, httpx_args={"transport": _answering(entry.http, body, headers)}
    )
    with pytest.raises(job.package.AuthenticationError) as caught:
        job.run("sync", client, "task 1/2")
    error = caught.value
    assert error.method == "GET"
    assert error.url is not None and error.url.startswith(job.provider.base_url)
    assert error.request_id == "req-4242"
    assert error.headers.get("x-ratelimit-remaining") == "9"
    assert not {name.lower() for name in error.headers} & {"set-cookie", job.provider.auth_header.lower()}
    text = str(error)
    assert text.startswith(f"GET {error.url}: HTTP {entry.http}")
    assert str(entry.code) in text and entry.message in text and "req-4242" in text
    assert KEY not in text and KEY not in repr(error.__dict__)
    assert error.task_id == "task 1/2"


@EACH
@pytest.mark.parametrize("header", ["request-id", "x-amzn-requestid", "cf-ray"])
def test_common_request_id_headers_are_read(job: Job, header: str) -> None:
    client = job.package.create_client(
        "k", max_retries=0, httpx_args={"transport": _answering(404, b"<h1>404</h1>", {header: "id-9"})}
    )
    with pytest.raises(job.package.NotFoundError) as caught:
        client.get_httpx_client().get("/x")
    assert caught.value.request_id == "id-9"


@EACH
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_timeout_is_an_api_timeout_error(job: Job, mode: str) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    client = job.package.create_client("k", max_retries=0, httpx_args={"transport": httpx.MockTransport(slow)})
    with pytest.raises(job.package.ApiTimeoutError) as caught:
        job.fetch("sync_detailed" if mode == "sync" else "asyncio_detailed", client, "t-1")
    error = caught.value
    assert isinstance(error, job.package.ApiConnectionError)
    assert error.method == "GET" and error.url is not None and error.url.startswith(job.provider.base_url)
    assert "timed out" in str(error) and error.url in str(error)


@EACH
def test_only_a_generic_408_409_425_is_transient(job: Job) -> None:
    """A 409 whose provider code names a class (BadRequestError for a failed upload, say) means that class, and
    is not retried; a plain ApiError or UnexpectedStatus with 408/409/425 is (issue 9's audit)."""
    package = job.package
    transient = importlib.import_module(f"{job.provider.package}.lib._core.errors").is_transient
    assert transient(package.ApiError("conflict", status_code=409))
    assert transient(package.ApiError("too early", status_code=425))
    assert transient(package.UnexpectedStatus(408, b""))
    assert not transient(package.BadRequestError("upload failed", status_code=409, code="upload_failed"))
    assert not transient(package.NotFoundError("gone", status_code=409))
    assert not transient(package.ApiError("teapot", status_code=418))
