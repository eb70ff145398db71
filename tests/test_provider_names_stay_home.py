"""No test, script or benchmark names a provider: every fact about one lives in its folder
(overlays/providers/<name>/) and reaches the rest through scripts/registry.py. A provider's name, key, package,
distribution, environment prefix or host written anywhere else is a second copy of a fact, and this test
names the file and line."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from pipeline import ROOT
from registry import Provider, providers

SEARCHED = ("scripts", "tests", "bench", "Makefile", ".ci")
SKIPPED_PARTS = {"__pycache__", "cassettes", ".hypothesis"}
OUTPUTS = {".pyc", ".png", ".md"}  # compiled files and the benchmarks' written results, which report per job


def _spellings(provider: Provider) -> list[str]:
    words = {provider.key, provider.name, provider.package, provider.distribution, provider.alias,
             f"{provider.env_prefix}_", urlsplit(provider.base_url).hostname or ""}  # fmt: skip
    return sorted(w for w in words if len(w) >= 4)


def _files() -> list[Path]:
    found = []
    for name in SEARCHED:
        path = ROOT / name
        candidates = [path] if path.is_file() else sorted(path.rglob("*"))
        found += [p for p in candidates if p.is_file() and not SKIPPED_PARTS & set(p.parts) and p.suffix not in OUTPUTS]
    return found


@pytest.mark.parametrize("provider", providers(), ids=lambda p: p.key)
def test_no_file_outside_the_providers_folder_names_it(provider: Provider) -> None:
    pattern = re.compile("|".join(re.escape(word) for word in _spellings(provider)), re.IGNORECASE)
    found = []
    for path in _files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            if pattern.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:100]}")
    assert found == [], "\n".join(found)


def test_the_search_would_find_a_name() -> None:
    provider = providers()[0]
    pattern = re.compile("|".join(re.escape(word) for word in _spellings(provider)), re.IGNORECASE)
    assert pattern.search(f"client = {provider.package}.create_client()")
    assert len(_files()) > 50
