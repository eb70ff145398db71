"""A temporary copy of scripts/ and specs/ to run the pipeline scripts against, with ways to spoil a page."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from registry import providers

ROOT = Path(__file__).resolve().parents[2]
FENCE = re.compile(r"(^````ya?ml\b[^\n]*\n)(.*?)(^````[ \t]*$)", re.MULTILINE | re.DOTALL)


class SpecWorkspace:
    def __init__(self, root: Path) -> None:
        self.root = root
        shutil.copytree(ROOT / "scripts", root / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(ROOT / "specs", root / "specs")
        shutil.copytree(ROOT / "overlays", root / "overlays", ignore=shutil.ignore_patterns("__pycache__"))

    def extracted_pages(self, *, primary: bool | None = None) -> dict[str, list[Path]]:
        """provider key -> its pages whose ````yaml block the spec is extracted from (registry order); `primary`
        keeps only providers with (True) or without (False) an official whole document beside the pages."""
        found: dict[str, list[Path]] = {}
        for provider in providers():
            if provider.spec_sources is None:
                continue
            folder = self.root / provider.spec_sources
            record = yaml.safe_load((folder / "provenance.yaml").read_text(encoding="utf-8"))
            if primary is not None and ("primary" in record) != primary:
                continue
            if record.get("spec") in ("extracted", "assembled"):
                pages = [folder / entry["file"] for entry in record["pages"] if not entry.get("excerpt")]
                found[provider.key] = pages
        return found

    def page(self) -> Path:
        """The first extracted page of the first provider that has one."""
        return next(iter(self.extracted_pages().values()))[0]

    def two_pages(self) -> tuple[Path, Path]:
        """Two extracted pages of one provider (they are merged into one spec)."""
        pages = next(pages for pages in self.extracted_pages().values() if len(pages) >= 2)
        return pages[0], pages[1]

    def write_page(self, page: Path, text: str, *, keep_provenance: bool = True) -> None:
        """Replace a page's text; by default also its sha256 in provenance.yaml, so the page is 'captured'."""
        old = hashlib.sha256(page.read_bytes()).hexdigest()
        page.write_text(text, encoding="utf-8")
        if keep_provenance:
            provenance = page.parent / "provenance.yaml"
            new = hashlib.sha256(page.read_bytes()).hexdigest()
            provenance.write_text(provenance.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")

    def edit_block(self, page: Path, change: Callable[[dict[str, Any]], None]) -> None:
        """Parse the page's spec block, let `change` edit it, and write it back in the same fence."""
        text = page.read_text(encoding="utf-8")
        match = FENCE.search(text)
        assert match is not None, page
        doc = yaml.safe_load(match.group(2))
        change(doc)
        block = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True)
        self.write_page(page, text[: match.start(2)] + block + text[match.end(2) :])

    def snapshot(self) -> dict[str, bytes]:
        """Every file under the copy (no caches), by relative path."""
        return {
            str(path.relative_to(self.root)): path.read_bytes()
            for path in sorted(self.root.rglob("*"))
            if path.is_file() and "__pycache__" not in path.parts
        }

    def run(self, script: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(self.root / "scripts" / script), *args],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=self.root,
        )
