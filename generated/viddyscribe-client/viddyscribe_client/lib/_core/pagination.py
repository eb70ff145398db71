# Layered in by `make regen` from overlays/runtime/pagination.py: edit it there, never here.
"""Every item of a paginated list, page after page: `paginate` (an iterator) and `paginate_async`.

A paginated operation is any generated endpoint module whose call takes `page` and `page_size`. APIs shape their
pages differently (one API alone has four shapes: `has_more`; `total`, `page` and `page_size`; a `pagination`
object with `total_pages` and `total_items`; or nothing but the list), so the items are found
generically, as the one list in the response's `data` (or in the response itself, for a provider without an
envelope), and the last page is the first one that says so in any of these ways:

- it is empty, or shorter than the page size asked for;
- `has_more` is false;
- its `page` reached `total_pages`, or the items seen reached `total` / `total_items`;
- it repeats the page before it, or names another page than the one asked for (a server that ignores `page`
  would otherwise be read forever).
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from types import ModuleType
from typing import Any

import attrs

from ...types import Unset
from .errors import InvalidArgumentError, MalformedResponseError


def _module(operation: object) -> ModuleType:
    """The endpoint module, from itself or from any of its four functions (`sync`, `sync_detailed`, ...)."""
    if isinstance(operation, ModuleType):
        module = operation
    else:
        found = sys.modules.get(getattr(operation, "__module__", "") or "")
        if found is None or not callable(operation):
            raise InvalidArgumentError(
                f"operation must be a generated endpoint module (api.<tag>.<name>), not {type(operation).__name__}"
            )
        module = found
    if not callable(getattr(module, "sync_detailed", None)) or not callable(getattr(module, "asyncio_detailed", None)):
        raise InvalidArgumentError(f"{module.__name__} is not a generated endpoint module")
    return module


def _given(value: Any) -> Any:
    """A model field's value, or None when it is unset (the generated `Unset`, or None)."""
    if value is None or isinstance(value, Unset):
        return None
    return value


def _number(value: Any) -> int | None:
    value = _given(value)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _fields(node: Any) -> dict[str, Any]:
    if attrs.has(type(node)):
        return {f.name: getattr(node, f.name) for f in attrs.fields(type(node)) if f.name != "additional_properties"}
    return {}


def _fingerprint(value: Any) -> Any:
    """An item as plain data to compare pages by, with URLs cut at their query: a signed URL gets a new signature
    each time it is read, so the same item read twice would otherwise differ."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        value = to_dict()
    if isinstance(value, dict):
        return {key: _fingerprint(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_fingerprint(item) for item in value]
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return value.partition("?")[0]
    return value


class _Pages:
    """The state of one pagination: which page comes next and whether the last one was seen."""

    def __init__(self, module: ModuleType, params: dict[str, Any]) -> None:
        signature = inspect.signature(module.sync_detailed)
        if "page" not in signature.parameters or "page_size" not in signature.parameters:
            raise InvalidArgumentError(
                f"{module.__name__.rsplit('.', 1)[-1]} is not a paginated operation (it takes no page and page_size)"
            )
        if "client" in params:
            raise InvalidArgumentError("pass the client as paginate's second argument, not as a keyword")
        self.name = module.__name__.rsplit(".", 1)[-1]
        self.params = dict(params)

        def default(name: str) -> int | None:
            return _number(signature.parameters[name].default)

        page, size = self.params.pop("page", None), self.params.pop("page_size", None)
        if (page is not None and _number(page) is None) or (size is not None and _number(size) is None):
            raise InvalidArgumentError("page and page_size must be whole numbers")
        first = _number(page) if page is not None else default("page")
        self.page: int = first if first is not None else 1
        self.page_size = _number(size) if size is not None else default("page_size")
        self.seen = 0
        self.previous: list[Any] | None = None
        self.done = False

    def arguments(self) -> dict[str, Any]:
        arguments = {**self.params, "page": self.page}
        if self.page_size is not None:
            arguments["page_size"] = self.page_size
        return arguments

    def read(self, response: Any) -> list[Any]:
        """The page's items (none when it repeats the page before); decides whether more pages follow."""
        parsed = response.parsed
        if parsed is None:
            raise MalformedResponseError(
                f"{self.name}: the page could not be read", status_code=int(response.status_code), body=response.content
            )
        data = _given(getattr(parsed, "data", None))
        node = data if data is not None else parsed
        items = self._items(node, response)
        dumped = [_fingerprint(item) for item in items]
        said = _number(getattr(node, "page", None))
        if said is None:
            said = _number(getattr(_given(getattr(node, "pagination", None)), "page", None))
        if items and (dumped == self.previous or (said is not None and said != self.page and self.previous)):
            self.done = True  # the page before, again: the server ignores `page`
            return []
        self.previous = dumped
        self.seen += len(items)
        self.done = self._last(items, node, parsed)
        self.page += 1
        return items

    def _items(self, node: Any, response: Any) -> list[Any]:
        if isinstance(node, list):
            return node
        lists = {name: value for name, value in _fields(node).items() if isinstance(_given(value), list)}
        if len(lists) > 1:
            raise InvalidArgumentError(
                f"{self.name}: its page holds several lists ({', '.join(sorted(lists))}); paginate cannot tell "
                "which one is the items"
            )
        if not lists:
            if not attrs.has(type(node)):
                raise MalformedResponseError(
                    f"{self.name}: the page holds no list of items",
                    status_code=int(response.status_code),
                    body=response.content,
                )
            return []  # the list is absent: an empty page
        return list(next(iter(lists.values())))

    def _last(self, items: list[Any], node: Any, parsed: Any) -> bool:
        if not items:
            return True
        size = self.page_size
        info: dict[str, Any] = {}
        for holder in (parsed, node, _given(getattr(node, "pagination", None))):
            if holder is not None:
                info.update({k: v for k, v in _fields(holder).items() if _given(v) is not None})
        if size is None:
            size = _number(info.get("page_size"))
        if size is not None and len(items) < size:
            return True
        has_more = _given(info.get("has_more"))
        if isinstance(has_more, bool):
            return not has_more
        pages = _number(info.get("total_pages"))
        if pages is not None:
            return self.page >= pages
        total = _number(info.get("total_items"))
        if total is None:
            total = _number(info.get("total"))
        return total is not None and self.seen >= total


def paginate(operation: ModuleType | Callable[..., Any], client: Any, /, **params: Any) -> Iterator[Any]:
    """Yield the items of every page of a paginated list operation, fetching each page as it is needed.

    Args:
        operation: the generated endpoint module (`api.voice.list_voices`), or one of its functions.
        client: the client from `create_client()`.
        **params: the operation's own parameters (filters); `page` (the first page, default the operation's)
            and `page_size` (default the operation's) are optional.

    Returns:
        An iterator over the items of every page, in order; each page is fetched when the one before is used up.

    Raises:
        InvalidArgumentError: the operation is not paginated (it takes no `page` and `page_size`); raised at once.
        ApiError and the rest: as the operation raises them, when its page is fetched.
    """
    module = _module(operation)
    pages = _Pages(module, params)

    def items() -> Iterator[Any]:
        while not pages.done:
            yield from pages.read(module.sync_detailed(client=client, **pages.arguments()))

    return items()


def paginate_async(operation: ModuleType | Callable[..., Any], client: Any, /, **params: Any) -> AsyncIterator[Any]:
    """Every item of every page of a paginated list operation, as an async iterator (`async for item in ...`).

    Args:
        operation: the generated endpoint module (`api.voice.list_voices`), or one of its functions.
        client: the client from `create_client()`.
        **params: the operation's own parameters; `page` and `page_size` are optional, as for `paginate`.

    Returns:
        An async iterator over the items of every page, in order, each page fetched when it is needed.

    Raises:
        InvalidArgumentError: the operation is not paginated; raised at once.
        ApiError and the rest: as the operation raises them, when its page is fetched.
    """
    module = _module(operation)
    pages = _Pages(module, params)

    async def items() -> AsyncIterator[Any]:
        while not pages.done:
            for item in pages.read(await module.asyncio_detailed(client=client, **pages.arguments())):
                yield item

    return items()


__all__ = ["paginate", "paginate_async"]
