"""Each package's README (its page on the index) lists every operation with its function and helpers, and every
place its spec had to infer (the `x-doc-gap` marks), so a reader knows what is documented and what is not.

The README is rendered from the spec by the pipeline; this test reads both independently and checks they agree.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from pipeline import ROOT
from registry import Provider, providers
from tests.doubles.endpoints import operations

ROW = re.compile(r"^\| (GET|POST|PUT|DELETE|PATCH) \| `([^`]+)` \| `api\.(\w+)\.(\w+)` \| (.*) \|$", re.MULTILINE)
GAP_ROW = re.compile(r"^\| `([^`]+)` \| (\S+) \| (truncated|contradiction|undocumented) \| ", re.MULTILINE)


def readme(provider: Provider) -> str:
    return (ROOT / "generated" / provider.distribution / "README.md").read_text(encoding="utf-8")


def marks(node: Any) -> list[tuple[str, str]]:
    """(page, kind) of every x-doc-gap mark, depth first in document order, a node's own before its children's."""
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        found += [(m["page"], m["kind"]) for m in node.get("x-doc-gap") or []]
        for key, value in node.items():
            if key != "x-doc-gap":
                found += marks(value)
    elif isinstance(node, list):
        for value in node:
            found += marks(value)
    return found


@pytest.mark.parametrize("provider", providers(), ids=lambda p: p.key)
def test_every_operation_is_in_the_readme_with_its_function_and_helpers(provider: Provider) -> None:
    rows = {(m[1], m[2]): (m[4], m[5]) for m in ROW.finditer(readme(provider))}
    mine = [op for op in operations() if op.provider.key == provider.key]
    assert len(rows) == len(mine)
    for op in mine:
        function, helpers = rows[(op.method, op.path)]
        assert function == op.name
        for kind in provider.jobs:
            if kind.status_path == f"{op.method} {op.path}":
                assert f"`{kind.helper}`" in helpers
            for create in kind.creates:
                if create.path == f"{op.method} {op.path}":
                    assert f"`{create.helper}`" in helpers


@pytest.mark.parametrize("provider", providers(), ids=lambda p: p.key)
def test_the_readme_lists_every_inferred_part_of_the_spec_in_order(provider: Provider) -> None:
    spec = yaml.safe_load((ROOT / provider.spec_output).read_text(encoding="utf-8"))
    listed = [(m.group(2), m.group(3)) for m in GAP_ROW.finditer(readme(provider))]
    assert listed == marks(spec)
    assert ("## What the documentation leaves open" in readme(provider)) == bool(listed)
