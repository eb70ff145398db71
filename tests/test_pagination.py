"""`paginate` and `paginate_async` over every paginated list operation of every package (those whose call takes
`page` and `page_size`), live against the stand-in, which serves N pages when asked (PAGES_HEADER):

- three pages, the last one short: every item once, in order, and three requests;
- three full pages: the end is seen from the page's own counts where it has them, or from an empty fourth page;
- an empty first page ends at once; a page that repeats the one before (a server ignoring `page`) ends it too;
- the page size and filters are passed on; a call that is not paginated is refused before any request.

The operations come from the one table (tests/doubles/endpoints.py): a new list operation is covered here with
no edit, and nothing here names a provider.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import pytest

from tests.doubles.endpoints import Operation, operations
from tests.doubles.standin import answers, examples
from tests.doubles.standin.server import StandInServer

PAGINATED = [op for op in operations() if {"page", "page_size"} <= set(op.query_params)]
EACH = pytest.mark.parametrize("op", PAGINATED, ids=str)
BOTH = pytest.mark.parametrize("mode", ["sync", "async"])


def items(op: Operation, mode: str, client: Any, **params: Any) -> list[Any]:
    package = op.package
    if mode == "sync":
        return list(package.paginate(op.module, client, **params))

    async def collect() -> list[Any]:
        return [item async for item in package.paginate_async(op.module, client, **params)]

    return asyncio.run(collect())


def requests_for(standin: StandInServer, op: Operation, since: int) -> list[dict[str, list[str]]]:
    seen = standin.requests[since:]
    return [parse_qs(r.path.partition("?")[2]) for r in seen if r.path.partition("?")[0] == op.full_path]


def marks(found: list[Any]) -> list[str]:
    return [item.additional_properties["standin_item"] for item in found]


def reports_its_end(op: Operation) -> bool:
    """Whether the operation's page says where the list ends (has_more, a total, a page count)."""
    body = examples.response_example(examples.spec(op.provider.key), op.definition)
    holder = body.get("data") if isinstance(body, dict) and isinstance(body.get("data"), dict) else body
    return isinstance(holder, dict) and bool({"has_more", "total", "total_items", "pagination"} & set(holder))


def test_the_packages_have_paginated_operations() -> None:
    assert PAGINATED


@EACH
@BOTH
def test_three_pages_the_last_short(
    op: Operation, mode: str, make_client: Callable[..., Any], standin: StandInServer
) -> None:
    client = make_client(op.provider.key).with_headers({answers.PAGES_HEADER: "3"})
    before = len(standin.requests)
    found = items(op, mode, client, page_size=4)
    assert marks(found) == ["1-0", "1-1", "1-2", "1-3", "2-0", "2-1", "2-2", "2-3", "3-0", "3-1"]
    asked = requests_for(standin, op, before)
    assert [(q["page"], q["page_size"]) for q in asked] == [(["1"], ["4"]), (["2"], ["4"]), (["3"], ["4"])]


@EACH
def test_three_full_pages_end_where_the_page_says_or_at_an_empty_one(
    op: Operation, make_client: Callable[..., Any], standin: StandInServer
) -> None:
    client = make_client(op.provider.key).with_headers({answers.PAGES_HEADER: "3/full"})
    before = len(standin.requests)
    found = items(op, "sync", client, page_size=2)
    assert marks(found) == ["1-0", "1-1", "2-0", "2-1", "3-0", "3-1"]
    assert len(requests_for(standin, op, before)) == (3 if reports_its_end(op) else 4)


@EACH
def test_an_empty_first_page_ends_at_once(
    op: Operation, make_client: Callable[..., Any], standin: StandInServer
) -> None:
    client = make_client(op.provider.key).with_headers({answers.PAGES_HEADER: "0"})
    before = len(standin.requests)
    assert items(op, "sync", client) == []
    assert len(requests_for(standin, op, before)) == 1


@EACH
def test_the_default_page_size_is_the_operations_own(
    op: Operation, make_client: Callable[..., Any], standin: StandInServer
) -> None:
    default = inspect.signature(op.module.sync_detailed).parameters["page_size"].default
    client = make_client(op.provider.key).with_headers({answers.PAGES_HEADER: "2"})
    before = len(standin.requests)
    found = items(op, "sync", client)
    assert len(found) == default + default // 2
    assert {q["page_size"][0] for q in requests_for(standin, op, before)} == {str(default)}


@EACH
def test_a_server_that_repeats_its_page_is_read_once(
    op: Operation, make_client: Callable[..., Any], standin: StandInServer
) -> None:
    """The documented answer is the same for every page: a page size of 1 makes it look full each time."""
    documented = examples.response_example(examples.spec(op.provider.key), op.definition)
    holder = documented.get("data") if isinstance(documented.get("data"), dict) else documented
    listed = next(value for value in holder.values() if isinstance(value, list))
    before = len(standin.requests)
    found = items(op, "sync", make_client(op.provider.key), page_size=1)
    assert len(found) == len(listed)
    assert len(requests_for(standin, op, before)) <= 2


@EACH
def test_a_starting_page_and_filters_are_passed_on(
    op: Operation, make_client: Callable[..., Any], standin: StandInServer
) -> None:
    client = make_client(op.provider.key).with_headers({answers.PAGES_HEADER: "3"})
    before = len(standin.requests)
    found = items(op, "sync", client, page=2, page_size=4)
    assert marks(found) == ["2-0", "2-1", "2-2", "2-3", "3-0", "3-1"]
    assert [q["page"] for q in requests_for(standin, op, before)] == [["2"], ["3"]]


@EACH
def test_any_of_the_operations_functions_names_it(
    op: Operation, make_client: Callable[..., Any], standin: StandInServer
) -> None:
    client = make_client(op.provider.key).with_headers({answers.PAGES_HEADER: "1"})
    assert len(list(op.package.paginate(op.module.sync, client, page_size=4))) == 2


def test_an_operation_without_pages_is_refused_before_any_request(
    make_client: Callable[..., Any], standin: StandInServer
) -> None:
    op = next(o for o in operations() if "page" not in o.query_params and o.method == "GET")
    before = len(standin.requests)
    with pytest.raises(op.package.InvalidArgumentError):
        op.package.paginate(op.module, make_client(op.provider.key))
    with pytest.raises(op.package.InvalidArgumentError):
        op.package.paginate_async(op.module, make_client(op.provider.key))
    assert len(standin.requests) == before


@pytest.mark.parametrize("bad", [{"page_size": "ten"}, {"page": 1.5}, {"client": None}])
def test_bad_paging_arguments_are_refused(bad: dict[str, Any], make_client: Callable[..., Any]) -> None:
    op = PAGINATED[0]
    with pytest.raises(op.package.InvalidArgumentError):
        op.package.paginate(op.module, make_client(op.provider.key), **bad)


def test_something_that_is_not_an_operation_is_refused(make_client: Callable[..., Any]) -> None:
    op = PAGINATED[0]
    for wrong in (42, len, op.package):
        with pytest.raises(op.package.InvalidArgumentError):
            op.package.paginate(wrong, make_client(op.provider.key))
