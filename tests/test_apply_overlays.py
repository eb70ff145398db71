"""Spec overlays: each action must hit exactly the number of nodes it declares, renames keep key order, and a
second application changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from apply_overlays import apply_overlay, overlaid_spec
from pipeline import ROOT, PipelineError
from registry import Provider, providers

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "paths": {"/a/{id}": {"get": {"parameters": [{"name": "id"}]}}, "/b": {"get": {}}},
}


def _overlay(tmp_path: Path, actions: list[dict[str, object]]) -> Path:
    path = tmp_path / "t.overlay.yaml"
    path.write_text(yaml.safe_dump({"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": actions}))
    return path


def test_rename_then_update_keeps_order_and_is_idempotent(tmp_path: Path) -> None:
    overlay = _overlay(
        tmp_path,
        [
            {"target": "$.paths", "x-rename-key": {"from": "/a/{id}", "to": "/a/{a_id}"}, "x-expect": 1},
            {
                "target": "$.paths['/a/{a_id}'].get.parameters[?@.name == 'id']",
                "update": {"name": "a_id"},
                "x-expect": 1,
            },
        ],
    )
    once = apply_overlay(SPEC, overlay)
    assert list(once["paths"]) == ["/a/{a_id}", "/b"]
    assert once["paths"]["/a/{a_id}"]["get"]["parameters"] == [{"name": "a_id"}]
    assert apply_overlay(once, overlay, count=False) == once
    assert SPEC["paths"]["/a/{id}"]["get"]["parameters"] == [{"name": "id"}], "the input is not modified"


@pytest.mark.parametrize("expect", [0, 2])
def test_an_action_that_misses_its_count_names_the_overlay(tmp_path: Path, expect: int) -> None:
    overlay = _overlay(tmp_path, [{"target": "$.paths['/b'].get", "update": {"operationId": "b"}, "x-expect": expect}])
    with pytest.raises(PipelineError, match=r"t\.overlay\.yaml: actions\[0\]: .* matched 1 nodes, expected"):
        apply_overlay(SPEC, overlay)


def test_an_action_without_a_declared_count_is_refused(tmp_path: Path) -> None:
    overlay = _overlay(tmp_path, [{"target": "$.paths['/b'].get", "update": {"operationId": "b"}}])
    with pytest.raises(PipelineError, match="x-expect"):
        apply_overlay(SPEC, overlay)


@pytest.mark.parametrize("provider", providers(), ids=lambda p: p.key)
def test_the_committed_overlays_give_every_job_its_declared_path(provider: Provider) -> None:
    """jobs.yaml writes each status path as the names overlay leaves it; the overlaid spec has every one, and
    every operation has an operationId (the function name users import)."""
    spec = overlaid_spec(provider, ROOT / provider.spec_output)
    for kind in provider.jobs:
        assert kind.path in spec["paths"], kind.status_path
        assert kind.method.lower() in spec["paths"][kind.path]
    assert all("operationId" in op for item in spec["paths"].values() for op in item.values())
