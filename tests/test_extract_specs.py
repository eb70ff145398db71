"""scripts/extract_specs.py reproduces the committed specs from the pages, byte for byte, every run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXTRACTED = ["jogg", "viddyscribe"]


def _extract(out_root: Path, *providers: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "extract_specs.py"), *providers, "--out-root", str(out_root)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("provider", EXTRACTED)
def test_extraction_equals_the_committed_spec_and_is_byte_stable(provider, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    for out in (first, second):
        result = _extract(out, provider)
        assert result.returncode == 0, result.stderr
    produced = (first / "specs" / f"{provider}.yaml").read_bytes()
    assert produced == (ROOT / "specs" / f"{provider}.yaml").read_bytes()
    assert produced == (second / "specs" / f"{provider}.yaml").read_bytes()


def test_hand_written_memories_spec_is_not_overwritten(tmp_path):
    result = _extract(tmp_path, "memories")
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "specs").exists()


def test_every_committed_spec_validates():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "validate_specs.py")], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert sorted(result.stdout.split()) == sorted(
        ["valid", "valid", "valid", "specs/jogg.yaml", "specs/memories.yaml", "specs/viddyscribe.yaml"]
    )
