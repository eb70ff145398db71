"""Docstrings that are true (issue 10, 8): every public function of every package (its `__all__`, and the four
functions of every endpoint module) says what it takes (Args), what it returns (Returns) and what it raises
(Raises); every public class and each of its public methods has a docstring; the endpoint docstrings name the
errors the overlay raises, not httpx's or the generator's own."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from tests.doubles.endpoints import FORMS, operations, packages

PACKAGES = packages()
SECTIONS = ("Args:", "Returns:", "Raises:")


def _function_problems(name: str, function: Any) -> list[str]:
    doc = inspect.getdoc(function) or ""
    if not doc.strip():
        return [f"{name}: no docstring"]
    signature = inspect.signature(function)
    wanted = []
    if [p for p in signature.parameters if p not in ("self", "cls")]:
        wanted.append("Args:")
    if signature.return_annotation not in (None, "None"):
        wanted.append("Returns:")
    wanted.append("Raises:")
    problems = [
        f"{name}: no {section} section"
        for section in wanted
        if section not in doc and not (section == "Returns:" and "Yields:" in doc)
    ]
    for parameter in signature.parameters.values():
        if parameter.name in ("self", "cls") or parameter.kind is inspect.Parameter.VAR_KEYWORD:
            continue
        if "Args:" in doc and f"{parameter.name}" not in doc.split("Args:", 1)[1]:
            problems.append(f"{name}: argument {parameter.name!r} not described")
    return problems


def _class_problems(name: str, cls: type) -> list[str]:
    problems = [] if (cls.__doc__ or "").strip() else [f"{name}: no docstring"]
    for attribute, value in vars(cls).items():
        if attribute.startswith("_"):
            continue
        target = value.fget if isinstance(value, property) else value
        documented = (getattr(target, "__doc__", None) or "").strip()
        if (callable(target) or isinstance(value, property)) and not documented:
            problems.append(f"{name}.{attribute}: no docstring")
    return problems


@pytest.mark.parametrize("key", sorted(PACKAGES), ids=str)
def test_every_public_name_has_a_true_docstring(key: str) -> None:
    package = PACKAGES[key]
    problems: list[str] = []
    for name in package.__all__:
        if name.startswith("__"):
            continue
        value = getattr(package, name)
        if inspect.isclass(value):
            problems += _class_problems(name, value)
        elif inspect.isfunction(value):
            problems += _function_problems(name, value)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("key", sorted(PACKAGES), ids=str)
def test_the_endpoint_functions_say_what_the_overlay_raises(key: str) -> None:
    problems: list[str] = []
    for op in operations():
        if op.provider.key != key:
            continue
        for form in FORMS:
            function = getattr(op.module, form, None)
            if function is None:
                continue
            where = f"{op}.{form}"
            problems += _function_problems(where, function)
            doc = inspect.getdoc(function) or ""
            for wrong in ("httpx.TimeoutException", "errors.UnexpectedStatus: If the server"):
                if wrong in doc:
                    problems.append(f"{where}: still says {wrong!r}")
            for right in ("ApiError", "ApiConnectionError", "ApiTimeoutError", "InvalidArgumentError"):
                if right not in doc:
                    problems.append(f"{where}: does not name {right}")
    assert problems == [], "\n".join(problems[:40])


@pytest.mark.parametrize("key", sorted(PACKAGES), ids=str)
def test_create_client_documents_every_argument_and_error(key: str) -> None:
    doc = inspect.getdoc(PACKAGES[key].create_client) or ""
    for word in (
        "api_key",
        "base_url",
        "timeout",
        "max_retries",
        "clock",
        "MissingApiKeyError",
        "InvalidArgumentError",
    ):
        assert word in doc, word
