"""`download_screenplay_result` (and `_async`): a completed task's zip, streamed from the API itself
(GET /screenplay/tasks/{task_id}/download, with the key, as every call) into `{task_id}.zip` or the file named,
through a temporary file and an atomic rename. A JSON error under any status, 200 included, raises its typed
error and leaves no file; a connection cut mid-body is retried; one cut every time raises and leaves no file."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from tests.doubles.recording import FAKE_KEY
from tests.doubles.standin import answers, examples
from tests.doubles.standin.server import SeenRequest, StandInServer

import memories_ai_client as mem

BOTH = pytest.mark.parametrize("mode", ["sync", "async"])
DOWNLOAD = examples.spec("memories")["paths"]["/screenplay/tasks/{task_id}/download"]["get"]
ZIP = next(iter(DOWNLOAD["responses"]["200"]["content"]["application/zip"]["examples"].values()))["value"].encode()


def download(mode: str, client: Any, task_id: str, dest: Any, **options: Any) -> Path:
    if mode == "sync":
        return mem.download_screenplay_result(client, task_id, dest, **options)
    return asyncio.run(mem.download_screenplay_result_async(client, task_id, dest, **options))


def downloads(standin: StandInServer, since: int) -> list[SeenRequest]:
    return [r for r in standin.requests[since:] if r.path.partition("?")[0].endswith("/download")]


@BOTH
def test_a_directory_gets_the_task_ids_zip(
    mode: str, make_client: Callable[..., Any], standin: StandInServer, tmp_path: Path
) -> None:
    before = len(standin.requests)
    path = download(mode, make_client("memories"), "ros-sd-20260313-a3f8c2b1", f"{tmp_path}/out/")
    assert path == tmp_path / "out" / "ros-sd-20260313-a3f8c2b1.zip"
    assert path.read_bytes() == ZIP
    [request] = downloads(standin, before)
    assert request.headers["Authorization"] == FAKE_KEY  # the API itself: the key goes here, as on every call
    assert request.path.endswith("/screenplay/tasks/ros-sd-20260313-a3f8c2b1/download")


def test_a_file_path_is_written_as_given(make_client: Callable[..., Any], tmp_path: Path) -> None:
    seen: list[tuple[int, int | None]] = []
    target = tmp_path / "results" / "series.zip"
    path = mem.download_screenplay_result(make_client("memories"), "t-1", target, on_progress=lambda *a: seen.append(a))
    assert path == target and target.read_bytes() == ZIP
    assert seen[-1] == (len(ZIP), len(ZIP))


@BOTH
def test_a_json_error_under_200_raises_and_leaves_no_file(
    mode: str, make_client: Callable[..., Any], standin: StandInServer, task_id: Callable[..., str], tmp_path: Path
) -> None:
    client = make_client("memories").with_headers({answers.FAULT_HEADER: task_id("code200")})
    with pytest.raises(mem.ApiError) as caught:
        download(mode, client, "t-200", tmp_path)
    assert (caught.value.status_code, caught.value.code) == (200, 200)
    assert list(tmp_path.iterdir()) == []


@BOTH
@pytest.mark.parametrize(("code", "error"), [("400", "BadRequestError"), ("402", "InsufficientCreditError")])
def test_a_json_error_under_4xx_raises_its_class_and_leaves_no_file(
    mode: str,
    code: str,
    error: str,
    make_client: Callable[..., Any],
    standin: StandInServer,
    task_id: Callable[..., str],
    tmp_path: Path,
) -> None:
    client = make_client("memories").with_headers({answers.FAULT_HEADER: task_id(f"code{code}")})
    with pytest.raises(getattr(mem, error)) as caught:
        download(mode, client, "t-4xx", f"{tmp_path}/out/")
    assert caught.value.status_code == int(code)
    assert list((tmp_path / "out").iterdir()) == []


@BOTH
def test_a_download_cut_in_the_middle_is_fetched_again(
    mode: str, make_client: Callable[..., Any], standin: StandInServer, task_id: Callable[..., str], tmp_path: Path
) -> None:
    client = make_client("memories").with_headers({answers.FAULT_HEADER: task_id("cut")})
    before = len(standin.requests)
    path = download(mode, client, "t-cut", tmp_path)
    assert path.read_bytes() == ZIP
    assert len(downloads(standin, before)) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["t-cut.zip"]


@BOTH
def test_a_download_cut_every_time_raises_and_leaves_no_file(
    mode: str, make_client: Callable[..., Any], standin: StandInServer, task_id: Callable[..., str], tmp_path: Path
) -> None:
    client = make_client("memories").with_headers({answers.FAULT_HEADER: task_id("cutalways")})
    with pytest.raises(mem.TransferError):
        download(mode, client, "t-cut-always", tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_wrong_key_is_the_authentication_error(make_client: Callable[..., Any], tmp_path: Path) -> None:
    with pytest.raises(mem.AuthenticationError):
        mem.download_screenplay_result(make_client("memories", api_key="wrong-key"), "t-1", tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("task_id", ["", "  ", "../etc", "a/b", "a\\b"])
def test_an_id_that_cannot_name_a_file_in_a_directory_is_refused(
    task_id: str, make_client: Callable[..., Any], standin: StandInServer, tmp_path: Path
) -> None:
    before = len(standin.requests)
    with pytest.raises(mem.InvalidArgumentError):
        mem.download_screenplay_result(make_client("memories"), task_id, f"{tmp_path}/")
    assert len(standin.requests) == before


def test_the_top_level_function_and_the_generated_module_keep_their_names(make_client: Callable[..., Any]) -> None:
    from memories_ai_client.api.screenplay import download_screenplay_result as generated

    assert callable(mem.download_screenplay_result) and mem.download_screenplay_result.__module__.endswith(
        ".lib.results"
    )
    assert generated.__name__.endswith("api.screenplay.download_screenplay_result")
    package: ModuleType = mem  # its __all__ comes from a module __getattr__, which mypy does not see
    assert "download_screenplay_result" in package.__all__
