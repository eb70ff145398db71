"""The custom generator templates against the installed openapi-python-client (scripts/templates.py).

Each custom template in overlays/generator/templates/ is kept beside the upstream template it was made from
(overlays/generator/upstream/, byte for byte): these tests fail, naming the template, when the installed
generator's template moved away from that copy, and check the three-way merge `refresh` runs after an upgrade.
Nothing here writes to overlays/: every change is made in a temporary copy.
"""

from __future__ import annotations

import difflib
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path

import pytest

import templates
from pipeline import ROOT
from templates import (
    CHANGED,
    MISSING,
    NO_UPSTREAM,
    NOT_STORED,
    TEMPLATES,
    UPSTREAM,
    custom_templates,
    drift,
    installed_templates,
    refresh,
    unresolved,
)

GENERATOR_VERSION = version("openapi-python-client")
HEADER = re.compile(r"\A\{#- Custom template for openapi-python-client (?P<version>\S+) (?P<body>.*?)-#\}", re.S)


def _with_upstream() -> list[str]:
    return [name for name in custom_templates() if name not in NO_UPSTREAM]


def _opcodes(name: str) -> Sequence[tuple[str, int, int, int, int]]:
    """How the stored upstream copy (a) became the custom template (b), line by line."""
    upstream = (UPSTREAM / name).read_text(encoding="utf-8").splitlines(keepends=True)
    custom = (TEMPLATES / name).read_text(encoding="utf-8").splitlines(keepends=True)
    return difflib.SequenceMatcher(None, upstream, custom, autojunk=False).get_opcodes()


def _copy(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# (1) the stored upstream copies are the installed generator's templates


def test_stored_upstream_copies_match_the_installed_generator() -> None:
    problems = drift(installed_templates(), UPSTREAM)
    problems += [f"{name}: unresolved merge conflict markers" for name in unresolved()]
    assert problems == [], "\n".join([*problems, f"see {templates.DOC}"])


def test_every_custom_template_has_a_stored_upstream_copy_or_is_declared_without_one() -> None:
    names = custom_templates()
    assert names, "no custom templates found"
    assert sorted(NO_UPSTREAM - set(names)) == [], "NO_UPSTREAM names templates that do not exist"
    for name in names:
        if name in NO_UPSTREAM:
            assert not (UPSTREAM / name).exists(), f"{name}: declared without upstream, but has a stored copy"
            assert not (installed_templates() / name).exists(), f"{name}: declared without upstream, but has one"
        else:
            assert (UPSTREAM / name).is_file(), f"{name}: {NOT_STORED}"


# (2) a changed upstream template is named, and only it


def test_drift_names_exactly_the_changed_upstream_template(tmp_path: Path) -> None:
    installed = _copy(installed_templates(), tmp_path / "installed")
    changed = _with_upstream()[-1]
    path = installed / changed
    path.write_bytes(path.read_bytes() + b"{# upstream changed #}\n")

    assert drift(installed, UPSTREAM) == [f"{changed}: {CHANGED}"]

    removed = _with_upstream()[0]
    (installed / removed).unlink()
    assert sorted(drift(installed, UPSTREAM)) == sorted([f"{changed}: {CHANGED}", f"{removed}: {MISSING}"])


def test_drift_names_a_custom_template_without_a_stored_copy(tmp_path: Path) -> None:
    stored = _copy(UPSTREAM, tmp_path / "upstream")
    name = _with_upstream()[0]
    (stored / name).unlink()
    assert drift(installed_templates(), stored) == [f"{name}: {NOT_STORED}"]


def test_check_command_exits_1_naming_the_template_and_the_upgrade_doc(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    installed = _copy(installed_templates(), tmp_path / "installed")
    changed = _with_upstream()[0]
    (installed / changed).write_text("{# rewritten upstream #}\n", encoding="utf-8")
    monkeypatch.setattr(templates, "installed_templates", lambda: installed)
    monkeypatch.setattr(sys, "argv", ["templates.py", "check"])

    assert templates.main() == 1
    out = capsys.readouterr().out
    assert f"{changed}: {CHANGED}" in out
    assert "docs/upgrading-the-generator.md" in out


def test_check_command_passes_on_this_tree() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/templates.py", "check"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


# (3) refresh: three-way merge of an upstream change into the custom template


def _far_from_the_edit() -> tuple[str, int, int]:
    """A custom template and an upstream line index at least 4 lines from any custom edit, with its custom index."""
    for name in _with_upstream():
        for tag, i1, i2, j1, _ in _opcodes(name):
            if tag == "equal" and i2 - i1 >= 9:
                middle = (i2 - i1) // 2
                return name, i1 + middle, j1 + middle
    raise AssertionError("no custom template leaves 9 upstream lines in a row unchanged")


def _changed_by_the_edit() -> tuple[str, int]:
    """A custom template and an upstream line index that its edit replaced or deleted."""
    for name in _with_upstream():
        for tag, i1, _, _, _ in _opcodes(name):
            if tag in ("replace", "delete"):
                return name, i1
    raise AssertionError("no custom template replaces or deletes an upstream line")


def _folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Temporary copies: installed templates (new upstream), stored copies (old upstream), custom templates."""
    return (
        _copy(installed_templates(), tmp_path / "installed"),
        _copy(UPSTREAM, tmp_path / "upstream"),
        _copy(TEMPLATES, tmp_path / "templates"),
    )


def _insert_after(path: Path, index: int, line: str) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(index + 1, line)
    path.write_text("".join(lines), encoding="utf-8")
    return lines


def test_refresh_carries_an_upstream_change_far_from_the_edit_into_the_custom_template(tmp_path: Path) -> None:
    installed, stored, custom = _folders(tmp_path)
    name, upstream_index, custom_index = _far_from_the_edit()
    added = "{# a line upstream added in its next version #}\n"
    new_upstream = _insert_after(installed / name, upstream_index, added)
    expected = (custom / name).read_text(encoding="utf-8").splitlines(keepends=True)
    expected.insert(custom_index + 1, added)
    others = {n: b for n, b in _snapshot(custom).items() if n != name}

    report = refresh(installed, stored, custom, new_version="9.9.9")

    assert (report.merged, report.conflicts, report.skipped) == ([name], [], [])
    assert (custom / name).read_text(encoding="utf-8") == "".join(expected)  # the custom edit kept, the new line in
    assert (stored / name).read_text(encoding="utf-8") == "".join(new_upstream)
    assert drift(installed, stored, custom) == []
    assert {n: b for n, b in _snapshot(custom).items() if n != name} == others
    assert refresh(installed, stored, custom).merged == []  # a second run has nothing left to merge


def test_refresh_reports_a_conflicting_upstream_change_and_marks_it_in_the_template(tmp_path: Path) -> None:
    installed, stored, custom = _folders(tmp_path)
    name, upstream_index = _changed_by_the_edit()
    lines = (installed / name).read_text(encoding="utf-8").splitlines(keepends=True)
    lines[upstream_index] = "{# upstream rewrote the line the custom template changed #}\n"
    (installed / name).write_text("".join(lines), encoding="utf-8")
    before = (custom / name).read_text(encoding="utf-8")

    report = refresh(installed, stored, custom, new_version="9.9.9")

    assert report.conflicts == [name]
    assert name not in report.merged
    after = (custom / name).read_text(encoding="utf-8")
    assert after != before
    assert "<<<<<<< custom " in after and ">>>>>>> upstream " in after and "(9.9.9)" in after
    assert unresolved(custom) == [name]  # `check` keeps failing until someone resolves it


def test_refresh_leaves_a_template_upstream_removed_alone(tmp_path: Path) -> None:
    installed, stored, custom = _folders(tmp_path)
    name = _with_upstream()[0]
    (installed / name).unlink()
    before = (_snapshot(stored), _snapshot(custom))

    report = refresh(installed, stored, custom)

    assert (report.merged, report.conflicts) == ([], [])
    assert [line.split(":")[0] for line in report.skipped] == [name]
    assert (_snapshot(stored), _snapshot(custom)) == before


def test_diff_is_the_edit_from_the_stored_upstream_copy() -> None:
    for name in _with_upstream():
        patch = templates.diff(name)
        assert patch.startswith(f"--- upstream/{name}\n+++ templates/{name}\n")
        assert "\n+{#- Custom template for openapi-python-client" in patch


# (4) every custom template says what it is pinned to, why it exists and how it differs from upstream


@pytest.mark.parametrize("name", custom_templates())
def test_custom_template_header(name: str) -> None:
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    header = HEADER.match(text)
    assert header, f"{name}: does not start with '{{#- Custom template for openapi-python-client <version> ... -#}}'"
    assert header["version"] == GENERATOR_VERSION, f"{name}: pinned to {header['version']}, not {GENERATOR_VERSION}"
    body = " ".join(header["body"].split())
    assert "Why: " in body, f"{name}: the header does not say why the template exists ('Why: ...')"
    said = "No upstream counterpart" if name in NO_UPSTREAM else "Diff from upstream: "
    assert said in body, f"{name}: the header does not state its diff from upstream ('{said}...')"


def test_every_written_generator_version_is_the_installed_one() -> None:
    """The pin is written in several files (docs/upgrading-the-generator.md lists them); all must agree."""
    pattern = re.compile(r"openapi-python-client(?:==| )(\d+\.\d+\.\d+)")
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    found: dict[str, set[str]] = {}
    for name in listed:
        path = ROOT / name
        if name.startswith("generated/") or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for match in pattern.finditer(text):
            found.setdefault(name, set()).add(match[1])
    generate = (ROOT / "scripts/generate.py").read_text(encoding="utf-8")
    pinned = re.search(r'^GENERATOR_VERSION = "([^"]+)"$', generate, re.M)
    assert pinned, "scripts/generate.py: no GENERATOR_VERSION"
    found.setdefault("scripts/generate.py", set()).add(pinned[1])
    for required in ("pyproject.toml", "requirements.lock", "scripts/generate.py", "scripts/postprocess.py"):
        assert required in found, f"{required}: the generator version is no longer written there"
    wrong = {name: sorted(versions) for name, versions in found.items() if versions != {GENERATOR_VERSION}}
    assert wrong == {}, f"openapi-python-client {GENERATOR_VERSION} is installed"
