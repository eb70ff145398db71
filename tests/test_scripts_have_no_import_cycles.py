"""The pipeline's modules import each other without a cycle: their shared names live in leaf modules
(pipeline.py, registry.py), so any one of them can be read, run or tested alone."""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter

from pipeline import ROOT

SCRIPTS = ROOT / "scripts"


def imports() -> dict[str, set[str]]:
    local = {path.stem for path in SCRIPTS.glob("*.py")}
    graph: dict[str, set[str]] = {}
    for path in SCRIPTS.glob("*.py"):
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
            elif isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
        graph[path.stem] = (found & local) - {path.stem}
    return graph


def test_no_cycles() -> None:
    try:
        order = list(TopologicalSorter(imports()).static_order())
    except CycleError as error:
        raise AssertionError(f"scripts import each other in a circle: {' -> '.join(error.args[1])}") from None
    assert order.index("pipeline") < order.index("registry") < order.index("generate")


def test_the_graph_is_really_read() -> None:
    graph = imports()
    assert "registry" in graph["generate"] and "pipeline" in graph["registry"]
