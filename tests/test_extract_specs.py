"""scripts/extract_specs.py reproduces the committed specs from their sources, byte for byte, every run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from registry import Provider, providers

ROOT = Path(__file__).resolve().parents[1]


def _extract(out_root: Path, *keys: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "extract_specs.py"), *keys, "--out-root", str(out_root)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("provider", providers(), ids=lambda p: p.key)
def test_assembly_equals_the_committed_spec_and_is_byte_stable(provider: Provider, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    for out in (first, second):
        result = _extract(out, provider.key)
        assert result.returncode == 0, result.stderr
    produced = (first / provider.spec_output).read_bytes()
    assert produced == (ROOT / provider.spec_output).read_bytes()
    assert produced == (second / provider.spec_output).read_bytes()
    assert produced.startswith(b"# Assembled by `make regen` from ")


def test_every_committed_spec_validates() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "validate_specs.py")], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert sorted(result.stdout.split()) == sorted([word for p in providers() for word in ("valid", p.spec_output)])
