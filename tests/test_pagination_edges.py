"""`paginate` at the edges of what a server may answer, with each page scripted (httpx.MockTransport, or a list
operation built here for the shapes no generated operation has yet):

- a page that names another page than the one asked for, or repeats the page before (even with freshly signed
  URLs), ends the list; pages that differ only in a URL's path or a nested list are distinct pages;
- the end is read from `total_pages` before `total_items`, from `total_items` alone, from counts beside the
  envelope's `data`, and from the page's own `page_size` when the operation has no default;
- a page without its list (or without `data`) is an empty last page; an answer that cannot be read, a page
  with several lists and one with no list at all raise, naming the operation;
- the refusals of a call that is not paginated and of a client passed by keyword say what is wrong.

Nothing here names a provider: the operations come from tests/doubles/endpoints.py.
"""

from __future__ import annotations

import asyncio
import copy
import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs

import attrs
import httpx
import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import Operation, operations, packages
from tests.doubles.standin import examples

PAGINATED = [op for op in operations() if {"page", "page_size"} <= set(op.query_params)]
EACH = pytest.mark.parametrize("op", PAGINATED, ids=str)
PACKAGES = pytest.mark.parametrize("package", list(packages().values()), ids=lambda p: p.__name__)
CAP = 6
"""A scripted server answers an empty page from this request on, so a pagination that misses its end stops."""


def documented(op: Operation) -> tuple[dict[str, Any], dict[str, Any], str, dict[str, Any]]:
    """(body, the dict holding the list, the list's key, a documented item) of the operation's success example."""
    body = copy.deepcopy(examples.response_example(examples.spec(op.provider.key), op.definition))
    holder = body["data"] if isinstance(body.get("data"), dict) else body
    key = next(name for name, value in holder.items() if isinstance(value, list))
    item = holder[key][0] if holder[key] and isinstance(holder[key][0], dict) else {}
    return body, holder, key, item


def pagination_info(op: Operation) -> set[str]:
    holder = documented(op)[1]
    found = set(holder) - {documented(op)[2]}
    if isinstance(holder.get("pagination"), dict):
        found |= {f"pagination.{name}" for name in holder["pagination"]}
    return found


@dataclass
class Script:
    """A server whose answer to the n-th request (from 1) for page p is `answer(n, p)`; empty from CAP on."""

    op: Operation
    answer: Callable[[int, int], dict[str, Any]]
    status: int = 200
    asked: list[int] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        page = int(parse_qs(request.url.query.decode())["page"][0])
        self.asked.append(page)
        body = self.answer(len(self.asked), page)
        if len(self.asked) >= CAP:
            body, holder, key, _ = documented(self.op)
            holder[key] = []
        return httpx.Response(self.status, json=body)

    def items(self, **params: Any) -> list[Any]:
        client = self.op.package.create_client(
            "k", httpx_args={"transport": httpx.MockTransport(self.handle)}, max_retries=0, clock=FakeClock()
        )
        return list(self.op.package.paginate(self.op.module, client, **params))


def page_of(op: Operation, items: list[dict[str, Any]], **info: Any) -> dict[str, Any]:
    """The documented body with these items and only the counts given (`pagination.x` inside `pagination`)."""
    body, holder, key, _ = documented(op)
    for name in list(holder):
        if name != key:
            del holder[name]
    holder[key] = items
    for name, value in info.items():
        if name.startswith("pagination."):
            holder.setdefault("pagination", {})[name.partition(".")[2]] = value
        else:
            holder[name] = value
    return body


def marked(op: Operation, *marks: str, **extra: Any) -> list[dict[str, Any]]:
    item = documented(op)[3]
    return [{**copy.deepcopy(item), "mark": mark, **extra} for mark in marks]


def marks(found: list[Any]) -> list[str]:
    return [item.additional_properties["mark"] for item in found]


NUMBERED = [
    pytest.param(op, name, id=f"{op}-{name}")
    for op in PAGINATED
    for name in ("page", "pagination.page")
    if name in pagination_info(op)
]


@pytest.mark.parametrize(("op", "said"), NUMBERED)
def test_a_page_that_names_another_page_ends_the_list(op: Operation, said: str) -> None:
    """A server that ignores `page` but shuffles its items: the second answer still says it is page 1."""
    counts = {"has_more": True, "total": 1000, "pagination.total_items": 1000, "pagination.total_pages": 100}
    info = {name: value for name, value in counts.items() if name in pagination_info(op)}

    def answer(n: int, page: int) -> dict[str, Any]:
        return page_of(op, marked(op, f"{n}-0", f"{n}-1"), **info, **{said: 1})

    script = Script(op, answer)
    assert marks(script.items(page_size=2)) == ["1-0", "1-1"]
    assert script.asked == [1, 2]


@EACH
def test_a_repeated_page_with_freshly_signed_urls_ends_the_list(op: Operation) -> None:
    def answer(n: int, page: int) -> dict[str, Any]:
        return page_of(op, marked(op, "a", "b", link=f"https://cdn.example.com/v.mp4?signature={n}"))

    script = Script(op, answer)
    assert marks(script.items(page_size=2)) == ["a", "b"]
    assert script.asked == [1, 2]


@EACH
@pytest.mark.parametrize(
    "differs",
    [
        pytest.param(lambda page: {"link": f"https://cdn.example.com/{page}.mp4"}, id="url-path"),
        pytest.param(lambda page: {"tags": [f"tag-{page}"]}, id="nested-list"),
    ],
)
def test_pages_that_differ_only_in_a_url_path_or_a_nested_list_are_both_read(
    op: Operation, differs: Callable[[int], dict[str, Any]]
) -> None:
    def answer(n: int, page: int) -> dict[str, Any]:
        return page_of(op, marked(op, "a", "b", **differs(page)) if page <= 2 else [])

    script = Script(op, answer)
    found = script.items(page_size=2)
    assert [item.to_dict() for item in found] == [
        {**item, **differs(page)} for page in (1, 2) for item in marked(op, "a", "b")
    ]
    assert script.asked == [1, 2, 3]


PAGE_COUNTED = [op for op in PAGINATED if {"pagination.total_pages", "pagination.total_items"} <= pagination_info(op)]


@pytest.mark.parametrize("op", PAGE_COUNTED, ids=str)
def test_the_page_count_ends_the_list_before_the_item_count(op: Operation) -> None:
    def answer(n: int, page: int) -> dict[str, Any]:
        items = marked(op, f"{page}-0", f"{page}-1")
        return page_of(
            op, items, **{"pagination.page": page, "pagination.total_pages": 2, "pagination.total_items": 99}
        )

    script = Script(op, answer)
    assert marks(script.items(page_size=2)) == ["1-0", "1-1", "2-0", "2-1"]
    assert script.asked == [1, 2]


@pytest.mark.parametrize("op", PAGE_COUNTED, ids=str)
def test_the_item_count_alone_ends_the_list(op: Operation) -> None:
    def answer(n: int, page: int) -> dict[str, Any]:
        return page_of(op, marked(op, f"{page}-0", f"{page}-1"), **{"pagination.total_items": 4})

    script = Script(op, answer)
    assert marks(script.items(page_size=2)) == ["1-0", "1-1", "2-0", "2-1"]
    assert script.asked == [1, 2]


TOTALLED = [
    pytest.param(op, name, id=f"{op}-{name}")
    for op in PAGINATED
    for name in ("total", "pagination.total_items")
    if name in pagination_info(op)
]


@pytest.mark.parametrize(("op", "total"), TOTALLED)
def test_the_item_count_ends_the_list_only_once_reached(op: Operation, total: str) -> None:
    pages = {1: ["1-0", "1-1"], 2: ["2-0"]}

    def answer(n: int, page: int) -> dict[str, Any]:
        return page_of(op, marked(op, *pages.get(page, [])), **{total: 3})

    script = Script(op, answer)
    assert marks(script.items(page_size=2)) == ["1-0", "1-1", "2-0"]
    assert script.asked == [1, 2]


@EACH
def test_a_page_shorter_than_the_operations_default_size_is_the_last(op: Operation) -> None:
    """No page_size passed, and the page says nothing of its size or of what follows."""
    script = Script(op, lambda n, page: page_of(op, marked(op, f"{page}-0", f"{page}-1")))
    assert marks(script.items()) == ["1-0", "1-1"]
    assert script.asked == [1]


@EACH
@pytest.mark.parametrize("missing", ["the list", "data"])
def test_a_page_without_its_list_is_an_empty_last_page(op: Operation, missing: str) -> None:
    def answer(n: int, page: int) -> dict[str, Any]:
        body = page_of(op, [])
        if missing == "data":
            del body["data"]
        else:
            body["data"] = {}
        return body

    script = Script(op, answer)
    assert script.items() == []
    assert script.asked == [1]


@EACH
def test_an_answer_that_cannot_be_read_names_the_operation(op: Operation) -> None:
    """An undeclared 2xx (no parsed model, as raise_on_unexpected_status is off) is no page."""
    script = Script(op, lambda n, page: page_of(op, []), status=201)
    with pytest.raises(op.package.MalformedResponseError) as raised:
        script.items()
    assert str(raised.value) == f"HTTP 201: {op.name}: the page could not be read"
    assert raised.value.status_code == 201
    assert raised.value.body == httpx.Response(201, json=page_of(op, [])).content


def test_an_operation_without_pages_is_refused_by_name() -> None:
    op = next(o for o in operations() if "page" not in o.query_params and o.method == "GET")
    with pytest.raises(op.package.InvalidArgumentError) as raised:
        op.package.paginate(op.module, op.package.create_client("k"))
    assert str(raised.value) == f"{op.name} is not a paginated operation (it takes no page and page_size)"


@pytest.mark.parametrize("bad", [{"page_size": "ten"}, {"page": 1.5}])
def test_a_page_or_size_that_is_no_whole_number_is_refused_saying_so(bad: dict[str, Any]) -> None:
    op = PAGINATED[0]
    with pytest.raises(op.package.InvalidArgumentError) as raised:
        op.package.paginate(op.module, op.package.create_client("k"), **bad)
    assert str(raised.value) == "page and page_size must be whole numbers"


def test_something_that_is_not_an_operation_is_refused_saying_what_it_is() -> None:
    op = PAGINATED[0]
    with pytest.raises(op.package.InvalidArgumentError) as raised:
        op.package.paginate(42, op.package.create_client("k"))
    assert str(raised.value) == "operation must be a generated endpoint module (api.<tag>.<name>), not int"


def test_a_model_passed_as_the_operation_is_refused_saying_what_it_is() -> None:
    op = PAGINATED[0]
    with pytest.raises(op.package.InvalidArgumentError) as raised:
        op.package.paginate(Items([]), op.package.create_client("k"))
    assert str(raised.value) == "operation must be a generated endpoint module (api.<tag>.<name>), not Items"


def test_a_client_passed_by_keyword_is_refused_with_the_fix() -> None:
    op = PAGINATED[0]
    with pytest.raises(op.package.InvalidArgumentError) as raised:
        op.package.paginate(op.module, op.package.create_client("k"), client=None)
    assert str(raised.value) == "pass the client as paginate's second argument, not as a keyword"


# --- shapes no generated operation has yet: an operation built here -------------------------------------------


@dataclass
class Answer:
    """What a generated `sync_detailed` returns, as far as paginate reads it."""

    parsed: Any
    status_code: int = 200
    content: bytes = b"{}"


@attrs.define
class Items:
    items: list[str]
    page_size: int | None = None


@attrs.define
class Envelope:
    data: Any
    has_more: bool | None = None


@attrs.define
class TwoLists:
    videos: list[str]
    covers: list[str]


def endpoint(
    answer: Callable[[int], Any],
    *,
    name: str = "list_things",
    sized: bool = True,
    asked: list[int] | None = None,
    first: int | None = 1,
) -> ModuleType:
    """A list operation module: `sync_detailed` / `asyncio_detailed` answering `answer(page)`."""
    module = ModuleType(f"fake_client.api.things.{name}")
    seen = asked if asked is not None else []

    def respond(page: int) -> Answer:
        seen.append(page)
        found = answer(page) if len(seen) < CAP else Items([])
        return found if isinstance(found, Answer) else Answer(found)

    if sized:

        def sync_detailed(*, client: Any, page: int | None = first, page_size: int | None = None) -> Answer:
            return respond(page if page is not None else 1)

        async def asyncio_detailed(*, client: Any, page: int | None = first, page_size: int | None = None) -> Answer:
            return respond(page if page is not None else 1)

    else:

        def sync_detailed(*, client: Any, page: int = 1) -> Answer:  # type: ignore[misc]
            return respond(page)

        async def asyncio_detailed(*, client: Any, page: int = 1) -> Answer:  # type: ignore[misc]
            return respond(page)

    module.sync_detailed = sync_detailed  # type: ignore[attr-defined]
    module.asyncio_detailed = asyncio_detailed  # type: ignore[attr-defined]
    return module


def both(package: ModuleType, module: ModuleType) -> tuple[list[Any], list[Any]]:
    """The items of `paginate` and of `paginate_async` over the same operation."""

    async def collect() -> list[Any]:
        return [item async for item in package.paginate_async(module, None)]

    return list(package.paginate(module, None)), asyncio.run(collect())


@PACKAGES
def test_without_a_default_page_size_the_pages_own_size_ends_the_list(package: ModuleType) -> None:
    asked: list[int] = []
    pages = {1: ["a", "b", "c"], 2: ["d", "e"]}
    module = endpoint(lambda page: Items(pages.get(page, []), page_size=3), asked=asked)
    assert both(package, module) == (["a", "b", "c", "d", "e"],) * 2
    assert asked == [1, 2] * 2


@PACKAGES
def test_an_answer_that_is_the_list_itself_is_a_page(package: ModuleType) -> None:
    asked: list[int] = []
    module = endpoint(lambda page: {1: ["a", "b"]}.get(page, []), asked=asked)
    assert both(package, module) == (["a", "b"],) * 2
    assert asked == [1, 2] * 2


@PACKAGES
def test_counts_beside_the_envelopes_data_end_the_list(package: ModuleType) -> None:
    asked: list[int] = []
    module = endpoint(lambda page: Envelope(Items([f"{page}-0"]), has_more=page < 2), asked=asked)
    assert both(package, module) == (["1-0", "2-0"],) * 2
    assert asked == [1, 2] * 2


@PACKAGES
def test_an_unset_data_leaves_the_list_beside_it(package: ModuleType) -> None:
    unset = importlib.import_module(f"{package.__name__}.types").UNSET

    @attrs.define
    class Bare:
        data: Any
        items: list[str]

    module = endpoint(lambda page: Bare(unset, {1: ["a"]}.get(page, [])))
    assert both(package, module) == (["a"],) * 2


@PACKAGES
def test_a_page_with_several_lists_is_refused_naming_them(package: ModuleType) -> None:
    module = endpoint(lambda page: TwoLists(["v"], ["c"]))
    with pytest.raises(package.InvalidArgumentError) as raised:
        list(package.paginate(module, None))
    assert str(raised.value) == (
        "list_things: its page holds several lists (covers, videos); paginate cannot tell which one is the items"
    )


@PACKAGES
def test_a_page_that_is_no_model_and_holds_no_list_is_malformed(package: ModuleType) -> None:
    module = endpoint(lambda page: Answer({"videos": "none"}, status_code=200, content=b'{"videos": "none"}'))
    with pytest.raises(package.MalformedResponseError) as raised:
        list(package.paginate(module, None))
    assert str(raised.value) == "HTTP 200: list_things: the page holds no list of items"
    assert raised.value.status_code == 200
    assert raised.value.body == b'{"videos": "none"}'


@PACKAGES
def test_an_operation_with_a_page_but_no_page_size_is_refused(package: ModuleType) -> None:
    module = endpoint(lambda page: Items([]), name="list_pages", sized=False)
    with pytest.raises(package.InvalidArgumentError) as raised:
        package.paginate(module, None)
    assert str(raised.value) == "list_pages is not a paginated operation (it takes no page and page_size)"


@PACKAGES
@pytest.mark.parametrize("first", [0, None])
def test_the_first_page_is_the_operations_default_else_1(package: ModuleType, first: int | None) -> None:
    asked: list[int] = []
    module = endpoint(lambda page: Items([f"{page}-0"] if page < 3 else []), asked=asked, first=first)
    start = 1 if first is None else first
    assert list(package.paginate(module, None)) == [f"{page}-0" for page in range(start, 3)]
    assert asked == [*range(start, 3), 3]


@PACKAGES
def test_a_module_without_an_async_call_is_refused(package: ModuleType) -> None:
    module = endpoint(lambda page: Items([]))
    del module.asyncio_detailed
    with pytest.raises(package.InvalidArgumentError) as raised:
        package.paginate(module, None)
    assert str(raised.value) == "fake_client.api.things.list_things is not a generated endpoint module"
