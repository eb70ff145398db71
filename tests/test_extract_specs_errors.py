"""Bad input to the spec scripts: one line naming the file, a non-zero exit, no traceback, nothing written.

Each case runs the scripts as a subprocess against a temporary copy of scripts/ and specs/.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from registry import provider as registered
from registry import providers
from tests.support.spec_workspace import FENCE, SpecWorkspace


@pytest.fixture
def workspace(tmp_path: Path) -> SpecWorkspace:
    return SpecWorkspace(tmp_path)


def _no_block(ws: SpecWorkspace) -> tuple[Path, str]:
    page = ws.page()
    ws.write_page(page, FENCE.sub(lambda m: "```text\n" + m.group(2) + "```", page.read_text(encoding="utf-8")))
    return page, "no ````yaml spec block found"


def _two_blocks(ws: SpecWorkspace) -> tuple[Path, str]:
    page = ws.page()
    text = page.read_text(encoding="utf-8")
    block = FENCE.search(text)
    assert block is not None
    ws.write_page(page, text + "\n" + block.group(0) + "\n")
    return page, "2 ````yaml spec blocks found"


def _invalid_yaml(ws: SpecWorkspace) -> tuple[Path, str]:
    page = ws.page()
    text = page.read_text(encoding="utf-8")
    ws.write_page(page, text.replace("paths:\n", "paths: [unclosed\n  nested: {\n", 1))
    return page, "invalid YAML in spec block"


def _must_agree_key(ws: SpecWorkspace) -> tuple[list[Path], str]:
    _first, second = ws.two_pages()
    ws.edit_block(second, lambda doc: doc["info"].update(version="9.9.9-another"))
    return [second], "'info' disagrees with"


def _path_disagrees(ws: SpecWorkspace) -> tuple[list[Path], str]:
    source, page = ws.two_pages()
    block = FENCE.search(source.read_text(encoding="utf-8"))
    assert block is not None
    doc = yaml.safe_load(block.group(2))
    path, item = next(iter(doc["paths"].items()))
    for operation in item.values():
        operation["summary"] = "another version of the page"
    ws.edit_block(page, lambda target: target["paths"].update({path: item}))
    return [page], f"'paths.{path}' disagrees with"


def _fails_validation(ws: SpecWorkspace) -> tuple[Path, str]:
    page = next(iter(ws.extracted_pages(primary=False).values()))[0]  # a page that is the whole spec

    def spoil(doc: dict[str, Any]) -> None:
        operation = next(iter(next(iter(doc["paths"].values())).values()))
        operation.pop("responses")

    ws.edit_block(page, spoil)
    return page, "invalid OpenAPI"


def _sha_differs(ws: SpecWorkspace) -> tuple[Path, str]:
    page = ws.page()
    ws.write_page(page, page.read_text(encoding="utf-8") + "\nedited by hand\n", keep_provenance=False)
    return page, "differs from provenance.yaml"


CASES = {
    "no-spec-block": _no_block,
    "two-spec-blocks": _two_blocks,
    "invalid-yaml": _invalid_yaml,
    "fragments-disagree-on-info": _must_agree_key,
    "fragments-disagree-on-a-path": _path_disagrees,
    "spec-fails-validation": _fails_validation,
    "page-sha256-differs": _sha_differs,
}


def _assert_one_line_error(result: subprocess.CompletedProcess[str], names: list[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    for name in names:
        assert name in lines[0]
    return lines[0]


@pytest.mark.parametrize("spoil", CASES.values(), ids=CASES.keys())
def test_bad_page_is_one_line_error_and_writes_nothing(
    spoil: Callable[[SpecWorkspace], tuple[Path | list[Path], str]], workspace: SpecWorkspace
) -> None:
    pages, what = spoil(workspace)
    before = workspace.snapshot()
    result = workspace.run("extract_specs.py")
    line = _assert_one_line_error(result, [page.name for page in (pages if isinstance(pages, list) else [pages])])
    assert what in line
    assert "extracted" not in result.stdout
    assert workspace.snapshot() == before


@pytest.mark.parametrize("provider", [p.key for p in providers()])
def test_invalid_spec_file_is_one_line_error(provider: str, workspace: SpecWorkspace) -> None:
    spec = workspace.root / registered(provider).spec_output
    spec.write_text(spec.read_text(encoding="utf-8").replace("\ninfo:", "\ninformation:", 1), encoding="utf-8")
    before = workspace.snapshot()
    result = workspace.run("validate_specs.py", str(spec))
    line = _assert_one_line_error(result, [registered(provider).spec_output])
    assert "invalid OpenAPI" in line
    assert workspace.snapshot() == before
