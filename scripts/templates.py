"""The custom generator templates, kept as upstream template + edit, so a generator upgrade is a three-way merge.

overlays/generator/templates/<name> is the custom template the generator reads; overlays/generator/upstream/<name>
is the installed generator's own template it was made from, byte for byte. `check` fails when the installed
generator's template no longer matches that copy (the custom one was made against other upstream text), naming
the template; `diff` prints each edit (upstream -> custom) for review; `refresh`, after an upgrade, three-way
merges each upstream change into its custom template with `git merge-file` and stores the new upstream copies.

    python scripts/templates.py check            exit 1 naming every template that drifted
    python scripts/templates.py diff [NAME ...]  unified diffs upstream -> custom
    python scripts/templates.py refresh          after an upgrade (see docs/upgrading-the-generator.md)
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import subprocess
from dataclasses import dataclass, field
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from pipeline import ROOT, PipelineError, run

GENERATOR = ROOT / "overlays" / "generator"
TEMPLATES = GENERATOR / "templates"
UPSTREAM = GENERATOR / "upstream"
DOC = "docs/upgrading-the-generator.md"
# Files in UPSTREAM that are not upstream templates.
STORED_EXTRA = frozenset({"README.md"})
# Custom templates with no upstream counterpart (new files the generator's templates import, say): they have no
# stored upstream copy and nothing to merge. Each entry needs a reason here.
NO_UPSTREAM: frozenset[str] = frozenset()

CHANGED = "changed upstream"
MISSING = "missing upstream"
NOT_STORED = "no stored upstream copy"
NOW_UPSTREAM = "declared to have no upstream counterpart, but upstream has one now"
STALE = "stored upstream copy with no custom template"
CONFLICT_MARKERS = ("<<<<<<< ", ">>>>>>> ")


def installed_version() -> str:
    try:
        return version("openapi-python-client")
    except PackageNotFoundError as exc:
        raise PipelineError("openapi-python-client is not installed (make env)") from exc


def installed_templates() -> Path:
    """The installed openapi-python-client's own templates folder."""
    try:
        folder = Path(str(resources.files("openapi_python_client") / "templates"))
    except ModuleNotFoundError as exc:
        raise PipelineError("openapi-python-client is not installed (make env)") from exc
    if not folder.is_dir():
        raise PipelineError(f"{folder}: the installed openapi-python-client has no templates folder")
    return folder


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def custom_templates(folder: Path = TEMPLATES) -> list[str]:
    """Relative names of the custom templates (e.g. property_templates/datetime_property.py.jinja)."""
    return _files(folder)


def drift(installed: Path, stored: Path, custom: Path = TEMPLATES) -> list[str]:
    """One line per custom template whose stored upstream copy no longer matches the installed generator's."""
    problems: list[str] = []
    names = custom_templates(custom)
    for name in names:
        upstream = installed / name
        copy = stored / name
        if name in NO_UPSTREAM:
            if upstream.is_file():
                problems.append(f"{name}: {NOW_UPSTREAM}")
            continue
        if not copy.is_file():
            problems.append(f"{name}: {NOT_STORED}")
        elif not upstream.is_file():
            problems.append(f"{name}: {MISSING}")
        elif upstream.read_bytes() != copy.read_bytes():
            problems.append(f"{name}: {CHANGED}")
    problems.extend(f"{name}: {STALE}" for name in _files(stored) if name not in names and name not in STORED_EXTRA)
    return problems


def unresolved(custom: Path = TEMPLATES) -> list[str]:
    """Custom templates that still hold merge conflict markers (left by `refresh`)."""
    return [
        name
        for name in custom_templates(custom)
        if any(line.startswith(CONFLICT_MARKERS) for line in (custom / name).read_text(encoding="utf-8").splitlines())
    ]


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def diff(name: str, custom: Path = TEMPLATES, stored: Path = UPSTREAM) -> str:
    """Unified diff of the stored upstream template -> the custom one: the edit the custom template makes."""
    target = custom / name
    if not target.is_file():
        raise PipelineError(f"{name}: no such custom template in {custom}")
    source = stored / name
    if name in NO_UPSTREAM or not source.is_file():
        before, label = "", "/dev/null"
    else:
        before, label = source.read_text(encoding="utf-8"), f"upstream/{name}"
    out: list[str] = []
    for line in difflib.unified_diff(
        _lines(before), _lines(target.read_text(encoding="utf-8")), label, f"templates/{name}"
    ):
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


@dataclass
class Refresh:
    """What `refresh` did, per custom template."""

    merged: list[str] = field(default_factory=list)  # upstream change carried into the custom template cleanly
    conflicts: list[str] = field(default_factory=list)  # written with conflict markers: resolve by hand
    skipped: list[str] = field(default_factory=list)  # "name: reason", nothing written for it


def merge_file(current: Path, base: Path, other: Path, labels: tuple[str, str, str]) -> tuple[bytes, int]:
    """`git merge-file -p --diff3`: the merged bytes and the number of conflicts; nothing is written."""
    command = ["git", "merge-file", "-p", "--diff3"]
    for label in labels:
        command += ["-L", label]
    result = subprocess.run([*command, str(current), str(base), str(other)], capture_output=True)
    # The exit status is the number of conflicts (at most 127), or negative (255 here) on error.
    if not 0 <= result.returncode < 128:
        message = result.stderr.decode(errors="replace").strip()
        raise PipelineError(f"{current}: git merge-file failed: {message}")
    return result.stdout, result.returncode


def refresh(installed: Path, stored: Path, custom: Path = TEMPLATES, new_version: str = "new") -> Refresh:
    """Merge each upstream change (stored copy -> installed) into its custom template; store the new copies.

    A clean merge is written to the custom template; a conflicting one is written with --diff3 conflict markers
    (custom, old upstream, new upstream) and reported, so `check` keeps failing until it is resolved. A template
    upstream removed, or one with no stored copy, is left alone and reported.
    """
    report = Refresh()
    for name in custom_templates(custom):
        if name in NO_UPSTREAM:
            if (installed / name).is_file():
                report.skipped.append(f"{name}: {NOW_UPSTREAM}")
            continue
        new, old, mine = installed / name, stored / name, custom / name
        if not old.is_file():
            report.skipped.append(f"{name}: {NOT_STORED}; nothing to merge against")
            continue
        if not new.is_file():
            report.skipped.append(f"{name}: {MISSING} (removed or renamed); custom template left as it is")
            continue
        if new.read_bytes() == old.read_bytes():
            continue
        labels = (f"custom {name}", f"upstream {name} (stored)", f"upstream {name} ({new_version})")
        merged, conflicts = merge_file(mine, old, new, labels)
        if merged != mine.read_bytes():
            mine.write_bytes(merged)
        shutil.copyfile(new, old)
        (report.conflicts if conflicts else report.merged).append(name)
    return report


def _uncommitted() -> list[str]:
    result = subprocess.run(
        ["git", "status", "--porcelain", "--", str(TEMPLATES), str(UPSTREAM)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if result.returncode != 0:
        raise PipelineError(f"git status failed: {result.stderr.strip()}")
    return result.stdout.splitlines()


def _check() -> int:
    problems = drift(installed_templates(), UPSTREAM)
    problems += [f"{name}: unresolved merge conflict markers" for name in unresolved()]
    if not problems:
        print(f"{len(custom_templates())} custom templates match openapi-python-client {installed_version()}")
        return 0
    print(f"custom templates out of step with openapi-python-client {installed_version()}:")
    for problem in problems:
        print(f"  {problem}")
    print(f"see {DOC} (`python scripts/templates.py refresh` merges upstream changes)")
    return 1


def _diff(names: list[str]) -> int:
    for name in names or custom_templates():
        print(diff(name), end="")
    return 0


def _refresh(force: bool) -> int:
    dirty = _uncommitted()
    if dirty and not force:
        raise PipelineError(
            "overlays/generator has uncommitted changes; commit or stash them first, so every template `refresh`"
            " rewrites can be compared and restored with git (or pass --force):\n" + "\n".join(dirty)
        )
    report = refresh(installed_templates(), UPSTREAM, new_version=installed_version())
    for name in report.merged:
        print(f"merged: {name}")
    for name in report.conflicts:
        print(f"CONFLICT: {name} (resolve the <<<<<<< / ||||||| / ======= / >>>>>>> blocks by hand)")
    for line in report.skipped:
        print(f"skipped: {line}")
    left = unresolved()
    for name in left:
        if name not in report.conflicts:
            print(f"CONFLICT: {name} (still holds conflict markers)")
    if not (report.merged or report.conflicts or report.skipped):
        print("no upstream template changed")
    return 1 if report.conflicts or report.skipped or left else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="fail when an upstream template changed under a custom one")
    diff_parser = commands.add_parser("diff", help="print each custom template's diff from upstream")
    diff_parser.add_argument("names", nargs="*", metavar="NAME")
    refresh_parser = commands.add_parser("refresh", help="three-way merge upstream changes into the custom templates")
    refresh_parser.add_argument("--force", action="store_true", help="run even with uncommitted template changes")
    args = parser.parse_args()
    if args.command == "check":
        return _check()
    if args.command == "diff":
        return _diff(args.names)
    return _refresh(args.force)


if __name__ == "__main__":
    run(main)
