"""The content hash behind `make versions-check` (scripts/versions.py): what changes it and what does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from versions import SEMVER, content_hash, semver_key


def package(root: Path, version: str, body: str = "x = 1\n", changelog: str = "") -> Path:
    (root / "pkg").mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text(f'[project]\nversion = "{version}"\n', encoding="utf-8")
    (root / "pkg" / "__init__.py").write_text(f'__version__ = "{version}"\n{body}', encoding="utf-8")
    (root / "CHANGELOG.md").write_text(changelog, encoding="utf-8")
    return root


def test_a_version_bump_alone_keeps_the_hash(tmp_path: Path) -> None:
    assert content_hash(package(tmp_path / "a", "0.1.0"), "0.1.0") == content_hash(
        package(tmp_path / "b", "0.2.0"), "0.2.0"
    )


def test_a_code_change_changes_the_hash(tmp_path: Path) -> None:
    before = content_hash(package(tmp_path / "a", "0.1.0"), "0.1.0")
    assert content_hash(package(tmp_path / "b", "0.1.0", body="x = 2\n"), "0.1.0") != before


def test_a_renamed_file_changes_the_hash(tmp_path: Path) -> None:
    root = package(tmp_path / "a", "0.1.0")
    before = content_hash(root, "0.1.0")
    (root / "pkg" / "__init__.py").rename(root / "pkg" / "other.py")
    assert content_hash(root, "0.1.0") != before


def test_the_changelog_and_caches_are_not_hashed(tmp_path: Path) -> None:
    before = content_hash(package(tmp_path / "a", "0.1.0"), "0.1.0")
    root = package(tmp_path / "b", "0.1.0", changelog="## [Unreleased]\n- more\n")
    (root / "pkg" / "__pycache__").mkdir()
    (root / "pkg" / "__pycache__" / "__init__.cpython-311.pyc").write_bytes(b"\0")
    assert content_hash(root, "0.1.0") == before


@pytest.mark.parametrize("version", ["0.1.0", "1.22.333"])
def test_versions_are_major_minor_patch(version: str) -> None:
    assert SEMVER.match(version)


@pytest.mark.parametrize("version", ["1.0", "01.0.0", "1.0.0-rc.1", "1.0.0rc1", "v1.0.0"])
def test_other_spellings_are_refused(version: str) -> None:
    assert not SEMVER.match(version)


def test_versions_sort_as_numbers() -> None:
    assert sorted(["0.10.0", "0.9.1", "1.0.0", "0.9.0"], key=semver_key) == ["0.9.0", "0.9.1", "0.10.0", "1.0.0"]
