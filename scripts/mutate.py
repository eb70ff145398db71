"""`make mutate`: mutation testing (mutmut, pinned in requirements.lock) of the runtime core and the provider libs.

What is mutated is what users run: the layered copies in generated/, not overlays/. The core (overlays/runtime/)
is byte-identical in every package, so its mutants are made in each package but judged together: a core mutant
is killed when the tests kill it in any package (a branch that only one provider's envelope reaches, say, is
only reached through that provider's package). It is tried in the first package, and what survives there is
tried in the next, and so on. A run first tries again the survivors whose tests changed, where they survived
(new tests for the core run in the first package), then carries what still survives to the other packages, then
runs what is new. Each provider's own code (its runtime/ and public/ modules and its rendered
lib/jobs.py, lib/profile.py and lib/__init__.py) is mutated in its own package.

Nothing in the repository is changed. Everything happens in `mutants/` (git-ignored):

    mutants/pyproject.toml      pytest's settings from pyproject.toml, and the [tool.mutmut] this script writes
    mutants/<package>/          a snapshot of generated/<distribution>/<package> (mutmut's source_paths)
    mutants/mutants/            mutmut's own tree: the mutated packages, a snapshot of tests/, scripts/, overlays/,
                                specs/, generated/ and bench/ (what the tests read from the root), its results

mutmut puts `mutants/mutants/` first on the path, so the tests import the mutated packages instead of the ones the
environment's .pth file points at; being a snapshot, a `make regen` during a run changes nothing under it (the
report says when generated/ changed meanwhile: run again). Files are copied only when their bytes differ, so
mutmut's cache carries over between runs: a mutant keeps its verdict while its function is unchanged. A survivor is
tried again only when a test file that reaches its function changed since it was last tried, or a new test reaches
it (mutants/tried.json keeps, for each survivor, a fingerprint of those files as they were), and never when
docs/robustness.md lists it as equivalent or, for a core mutant, when another package's tests already killed it.
`--fresh` starts from nothing.

mutmut picks, for each mutant, the tests that called its function while it recorded coverage over the whole
selection (one run of the suite), and runs them fastest first until one fails. The selection is the suite as
`make test` runs it, less the tests that cannot reach the runtime in-process or only check the pipeline
(SLOW_OR_UNRELATED); each test may take TEST_TIMEOUT seconds under a mutant. The fuzz properties run Hypothesis's
`mutate` profile (10 derandomized inputs, not `ci`'s 80): a survivor runs every test that reaches its function, and
the fuzz properties would otherwise be most of that time.

The report prints, per area, the mutants, how many were killed (a timeout is a kill: the change made a wait or a
loop never end), the survivors listed as equivalent in docs/robustness.md, and every other survivor by name, to
see with `mutmut show`; the exit status is 1 when one is left. mutants/report.json keeps the same.

    .venv/bin/python scripts/mutate.py [--fresh] [--report] [--only MODULE ...] [--max-children N]
"""

from __future__ import annotations

import argparse
import filecmp
import fnmatch
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import ROOT, PipelineError, rel, run
from registry import Provider, providers

STAGE = ROOT / "mutants"
WORK = STAGE / "mutants"
STATS = WORK / "mutmut-stats.json"
"""mutmut's own state: its map of which tests reach which function, and each test's duration."""
TRIED = STAGE / "tried.json"
MAPPED = STAGE / "mapped.json"
"""The mutated files' hashes when mutmut last mapped which tests reach which function (mutmut-stats.json)."""
CORE = ROOT / "overlays" / "runtime"
DOC = ROOT / "docs" / "robustness.md"
MUTMUT = Path(sys.executable).parent / "mutmut"
COPIED = ("tests", "scripts", "overlays", "specs", "generated", "bench")
"""What the tests read from the repository root, snapshotted into mutmut's tree."""

SLOW_OR_UNRELATED = (
    # build, install or regenerate whole packages in subprocesses: no mutated code runs in-process
    "tests/test_index_install.py",
    "tests/test_adding_a_provider.py",
    "tests/test_drift_check.py",
    "tests/test_versions.py",
    "tests/test_ux_imports_alone.py",
    "tests/test_public_typing.py",
    "overlays/providers/*/tests/test_*_new_names_type_check.py",
    # the pipeline's scripts, not the runtime
    "tests/test_extract_specs.py",
    "tests/test_extract_specs_errors.py",
    "tests/test_apply_overlays.py",
    "tests/test_generator_templates.py",
    "tests/test_scripts_have_no_import_cycles.py",
    "tests/test_provider_names_stay_home.py",
    "overlays/providers/*/tests/test_*_seed_pages_kept.py",
    "overlays/providers/*/tests/test_*_spec_matches_page.py",
    # benchmarks, and a real Celery worker on the real clock (timing-sensitive: a flaky failure is a false kill)
    "tests/test_bench_smoke.py",
    "tests/test_celery_polling.py",
    # reads every public class's attributes, which mutmut's trampolines add to (no mutant changes a docstring)
    "tests/test_ux_docstrings.py",
)

TEST_TIMEOUT = 60
"""Seconds one test may take under a mutant (pytest-timeout) before it fails: a mutant that makes a wait or a loop
never end is killed in a minute, not after mutmut's own limit (15 times the whole selection's time). It is part of
mutmut's configuration, which results are kept under: changing it makes every mutant run again."""

MUTANT_TEST_TIMEOUT = 15
"""What tests/conftest.py makes of every test's timeout under a mutant (MUTANT_TEST_TIMEOUT in the environment),
over the marks that allow some tests minutes: the slowest test takes under 3 s unmutated, and a mutant that loses
the virtual clock would otherwise make each wait it reaches sleep on the real one until the timeout."""

KILLED = {"killed", "timeout", "segfault", "caught by type check"}
STATUS = {0: "survived", 1: "killed", 3: "killed", 5: "no tests", 33: "no tests", 34: "skipped", 36: "timeout"}
STATUS.update({code: "timeout" for code in (-24, 24, 152, 255)})
STATUS.update({code: "segfault" for code in (-11, -9)})
EQUIVALENT_ROW = re.compile(r"^\|\s*`(?P<function>[^`]+\.x[_ǁ][^`]*)`\s*\|\s*(?P<numbers>\d+(?:[ ,]+\d+)*)\s*\|")
"""A row of docs/robustness.md's equivalent-mutant tables: `| `function` | mutant numbers | why |`, the function as
mutmut names it (a core one without its package: `lib._core.policy.x_parse_retry_after`)."""


def status_of(code: int | None) -> str:
    return "not checked" if code is None else STATUS.get(code, "suspicious")


@dataclass
class Area:
    """A set of source files judged together: `core`, or one provider's own code."""

    name: str
    files: dict[str, list[str]] = field(default_factory=dict)
    """package -> the files (relative to mutants/) whose mutants belong to the area in that package"""

    def modules(self, package: str) -> list[str]:
        return [module_of(path) for path in self.files.get(package, [])]


def module_of(path: str) -> str:
    name = path.removesuffix(".py").replace("/", ".")
    return name.removesuffix(".__init__")


def neutral(name: str) -> str:
    """A core mutant's name without its package (`lib._core.policy.x_parse_retry_after__mutmut_3`)."""
    return name.split(".", 1)[1]


def _sources(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.py")) if folder.is_dir() else []


def areas(chosen: tuple[Provider, ...]) -> list[Area]:
    core = Area("core")
    found = [core]
    for provider in chosen:
        core.files[provider.package] = [f"{provider.package}/lib/_core/{p.name}" for p in _sources(CORE)]
        own = [f"{provider.package}/lib/{p.name}" for p in _sources(provider.folder / "runtime")]
        own += [f"{provider.package}/{p.name}" for p in _sources(provider.folder / "public")]
        own += [f"{provider.package}/lib/{name}" for name in ("jobs.py", "profile.py", "__init__.py")]
        found.append(Area(provider.key, {provider.package: own}))
    return found


# --- the snapshot ----------------------------------------------------------------------------------------------


def _mirror(src: Path, dst: Path) -> None:
    """Make `dst` a copy of `src`, copying only files whose bytes differ (stamped now, so that mutmut, which
    compares modification times, sees them as changed) and removing what `src` no longer has."""
    skip = {"__pycache__", ".pytest_cache", ".mypy_cache", ".hypothesis"}
    dst.mkdir(parents=True, exist_ok=True)
    wanted = {p.name for p in src.iterdir() if p.name not in skip}
    for old in dst.iterdir():
        if old.name not in wanted and old.name not in skip:
            shutil.rmtree(old) if old.is_dir() and not old.is_symlink() else old.unlink()
    for name in sorted(wanted):
        s, d = src / name, dst / name
        if s.is_dir():
            if d.exists() and not d.is_dir():
                d.unlink()
            _mirror(s, d)
        elif not d.is_file() or not filecmp.cmp(s, d, shallow=False):
            if d.is_dir():
                shutil.rmtree(d)
            shutil.copyfile(s, d)
            os.utime(d)


def _fingerprint(folder: Path) -> dict[str, int]:
    return {
        str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*.py") if "__pycache__" not in p.parts
    }


def _config(chosen: tuple[Provider, ...], files: list[str]) -> str:
    """The stage's pyproject.toml: the repository's pytest settings and mutmut's."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pytest_options = pyproject["tool"]["pytest"]["ini_options"]
    ignores = [f"--ignore-glob={pattern}" for pattern in SLOW_OR_UNRELATED]
    mutmut = {
        "source_paths": [p.package for p in chosen],
        "only_mutate": files,
        "pytest_add_cli_args": ["-p", "no:cacheprovider", f"--timeout={TEST_TIMEOUT}", *ignores],
        "pytest_add_cli_args_test_selection": list(pytest_options["testpaths"]),
        "use_git_change_detection": False,
        "on_dependency_change": "ignore",
        "process_isolation": "forkserver",
    }
    lines = ["# Written by scripts/mutate.py for each run: edit it there.", "[tool.pytest.ini_options]"]
    lines += [f"{key} = {json.dumps(value)}" for key, value in pytest_options.items()]
    lines += ["", "[tool.mutmut]"]
    lines += [f"{key} = {json.dumps(value)}" for key, value in mutmut.items()]
    return "\n".join(lines) + "\n"


def stage(chosen: tuple[Provider, ...], files: list[str], fresh: bool) -> None:
    if fresh and STAGE.exists():
        shutil.rmtree(STAGE)
    STAGE.mkdir(exist_ok=True)
    for provider in chosen:
        package = ROOT / "generated" / provider.distribution / provider.package
        if not package.is_dir():
            raise PipelineError(f"{rel(package)}: not found; run `make regen` first")
        _mirror(package, STAGE / provider.package)
    cores = [STAGE / p.package / "lib" / "_core" for p in chosen]
    for other in cores[1:]:
        differs = filecmp.dircmp(cores[0], other, ignore=["__pycache__"])
        if differs.left_only or differs.right_only or differs.diff_files:
            raise PipelineError(f"{rel(other)}: the layered core differs from {rel(cores[0])}; run `make regen`")
    for name in COPIED:
        _mirror(ROOT / name, WORK / name)
    (STAGE / "pyproject.toml").write_text(_config(chosen, files), encoding="utf-8")
    _map_again_if_changed(files)


def _map_again_if_changed(files: list[str]) -> None:
    """mutmut maps tests to functions once, and afterwards only adds the tests that are new: a function added or
    changed since would keep no tests or too few, and its mutants would be reported as reached by none, or survive
    tests never run. When a mutated file changed since the map was made, its map is dropped, and mutmut makes it
    again (a run of the whole selection) before it runs a mutant."""
    hashes = {path: hashlib.sha256((STAGE / path).read_bytes()).hexdigest() for path in files}
    mapped = json.loads(MAPPED.read_text(encoding="utf-8")) if MAPPED.is_file() else {}
    if STATS.is_file() and mapped != hashes:
        print("the mutated files changed since mutmut mapped the tests to them: mapping again", flush=True)
        STATS.unlink()
    MAPPED.write_text(json.dumps(hashes, indent=0, sort_keys=True) + "\n", encoding="utf-8")


# --- results ---------------------------------------------------------------------------------------------------


def results(files: Iterable[str]) -> dict[str, int | None]:
    """Every mutant's exit code (None: not run yet), from mutmut's .meta file beside each mutated file."""
    found: dict[str, int | None] = {}
    for path in files:
        meta = WORK / f"{path}.meta"
        if meta.is_file():
            found.update(json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"])
    return found


def in_modules(name: str, modules: Iterable[str]) -> bool:
    return any(re.fullmatch(re.escape(module) + r"\.x[_ǁ][^.]*", name) for module in modules)


SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
RUN_MUTMUT = """
import sys
from mutmut.__main__ import cli
from mutmut.state import state
from mutmut.workers.isolation import ForkServerRunner

submit = ForkServerRunner.submit


def fastest_first(self, mutant_name, tests, cpu_time_limit, estimated_time):
    durations = state().duration_by_test
    tests = sorted(tests, key=lambda test: (durations.get(test, 0.0), test))
    return submit(self, mutant_name, tests, cpu_time_limit, estimated_time)


ForkServerRunner.submit = fastest_first
sys.argv[0] = "mutmut"
cli()
"""
"""`mutmut run`, with each mutant's tests run fastest first (as mutmut's fork runner orders them; its fork-server
runner, used here because it imports the suite once rather than once per mutant, takes them in no order): a
mutant is usually killed by a quick test, and the slow ones (the few on the real clock) then run only for the
mutants that survive the rest."""


def mutmut(names: list[str], max_children: int) -> None:
    """One `mutmut run` over `names` (mutant names, or globs of them), in the stage. Off a terminal, its
    spinner's progress line is shown once a minute."""
    if not names:
        return
    command = [sys.executable, "-c", RUN_MUTMUT, "run", "--max-children", str(max_children), *names]
    print(f"$ (cd {rel(STAGE)} && mutmut run --max-children {max_children} <{len(names)} names>)", flush=True)
    env = {k: v for k, v in os.environ.items() if k not in ("MUTANT_UNDER_TEST", "PYTHONPATH")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["HYPOTHESIS_PROFILE"] = "mutate"
    env["MUTANT_TEST_TIMEOUT"] = str(MUTANT_TEST_TIMEOUT)
    if sys.stdout.isatty():
        code = subprocess.run(command, cwd=STAGE, env=env, check=False).returncode
    else:
        with subprocess.Popen(command, cwd=STAGE, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT) as child:
            assert child.stdout is not None
            shown, pending = 0.0, b""
            while chunk := os.read(child.stdout.fileno(), 65536):
                pending += chunk
                *parts, pending = re.split(rb"[\r\n]", pending)
                for part in (p.decode("utf-8", "replace").rstrip() for p in parts):
                    if not part:
                        continue
                    if part[0] not in SPINNER:
                        print(part, flush=True)
                    elif time.monotonic() - shown > 60:
                        shown = time.monotonic()
                        print(part[2:], flush=True)
        code = child.returncode
    if code != 0:
        raise PipelineError(f"mutmut run ended with status {code}; see its output above")


def key_of(name: str) -> str:
    """How docs/robustness.md names a mutant: a core one without its package (it is the same in each)."""
    return neutral(name) if ".lib._core." in name else name


class Tried:
    """The survivors already tried, each with a fingerprint of the test files that reach its function (mutmut's map
    of tests, their bytes in the snapshot) as they were then. Trying a survivor again costs every test that reaches
    it, minutes for the wait loop's functions, and gives the same verdict unless one of those files changed."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = json.loads(TRIED.read_text(encoding="utf-8")) if TRIED.is_file() else {}
        self.tests: dict[str, list[str]] = {}
        self.hashes: dict[str, str] = {}
        self.refresh()

    def refresh(self) -> None:
        """Re-read mutmut's map of tests (a run adds the tests that are new) and the test files' bytes."""
        if STATS.is_file():
            self.tests = json.loads(STATS.read_text(encoding="utf-8"))["tests_by_mangled_function_name"]
        self.hashes.clear()

    def _hash(self, file: str) -> str:
        if file not in self.hashes:
            path = WORK / file
            self.hashes[file] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "-"
        return self.hashes[file]

    def fingerprint(self, name: str) -> str:
        function = name.replace("__init__.", "").partition("__mutmut_")[0]
        files = sorted({test.split("::", 1)[0] for test in self.tests.get(function, ())})
        return hashlib.sha256("".join(f"{file}\0{self._hash(file)}\0" for file in files).encode()).hexdigest()

    def stale(self, name: str) -> bool:
        return self.seen.get(name) != self.fingerprint(name)

    def record(self, names: Iterable[str], codes: dict[str, int | None]) -> None:
        for name in names:
            status = status_of(codes.get(name))
            if status in KILLED or status == "not checked":
                self.seen.pop(name, None)
            else:
                self.seen[name] = self.fingerprint(name)
        TRIED.write_text(json.dumps(self.seen, indent=0, sort_keys=True) + "\n", encoding="utf-8")


def _undecided(
    known: dict[str, int | None], tried: set[str], listed: set[str], memo: Tried, killed_somewhere: set[str]
) -> list[str]:
    """The mutants never run, and the survivors whose tests changed since they were tried, unless listed as
    equivalent, tried in this session, or killed in another package."""
    return [
        name
        for name, code in known.items()
        if status_of(code) == "not checked"
        or (
            status_of(code) not in KILLED
            and name not in tried
            and key_of(name) not in listed
            and key_of(name) not in killed_somewhere
            and memo.stale(name)
        )
    ]


def _run_and_record(
    batch: list[str], scope: list[str], tried: set[str], memo: Tried, max_children: int, *, everything: bool = False
) -> None:
    """Run `batch` and remember what it decided: its names, or every mutant of `scope` when the batch was
    mutmut's patterns for all of them (`everything`)."""
    mutmut(batch, max_children)
    memo.refresh()
    results = results_for_modules(scope)
    done = list(results) if everything else batch
    tried.update(done)
    memo.record(done, results)


def retry_survivors(
    scope: list[str],
    tried: set[str],
    listed: set[str],
    memo: Tried,
    settled: Callable[[], set[str]],
    max_children: int,
) -> None:
    """The known survivors whose tests changed, run again where they were tried first: new tests for a core
    mutant run in the first package, so a survivor they kill is settled before it is carried to the others."""
    known = results_for_modules(scope)
    names = [
        name
        for name in _undecided(known, tried, listed, memo, settled())
        if status_of(known.get(name)) != "not checked"
    ]
    if names:
        _run_and_record(names, scope, tried, memo, max_children)


def test_until_decided(
    scope: list[str],
    tried: set[str],
    listed: set[str],
    memo: Tried,
    settled: Callable[[], set[str]],
    max_children: int,
) -> None:
    """Run the mutants of the modules in `scope` not yet decided (`_undecided`; mutmut makes new mutants for a
    function that changed). Known survivors were tried again first (`retry_survivors`), so what is left to run is
    new."""
    for _ in range(3):
        known = results_for_modules(scope)
        if not known:
            patterns = [f"{module}.{prefix}*" for module in scope for prefix in ("x_", "xǁ")]
            _run_and_record(patterns, scope, tried, memo, max_children, everything=True)
            continue
        names = _undecided(known, tried, listed, memo, settled())
        if not names:
            return
        _run_and_record(names, scope, tried, memo, max_children)


def map_first(scope: list[str], max_children: int) -> None:
    """When mutmut's map of tests was dropped (a mutated file changed), have mutmut make it before anything is
    decided from it: a run of one mutant already killed, which mutmut regenerates the mutants and maps the tests
    for before it runs the mutant again."""
    if STATS.is_file():
        return
    killed = [name for name, code in results_for_modules(scope).items() if status_of(code) == "killed"]
    if killed:
        mutmut(killed[:1], max_children)


def results_for_modules(modules: list[str]) -> dict[str, int | None]:
    files = [module.replace(".", "/") + ".py" for module in modules]
    files += [module.replace(".", "/") + "/__init__.py" for module in modules]
    found = results(f for f in files if (WORK / f).exists() or (WORK / f"{f}.meta").exists())
    return {name: code for name, code in found.items() if in_modules(name, modules)}


# --- the report ------------------------------------------------------------------------------------------------


def equivalents() -> dict[str, str]:
    """The mutants docs/robustness.md lists as equivalent, each with its table row."""
    listed: dict[str, str] = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        found = EQUIVALENT_ROW.match(line)
        if found:
            for number in re.findall(r"\d+", found["numbers"]):
                listed[f"{found['function']}__mutmut_{number}"] = line
    return listed


@dataclass
class Tally:
    area: str
    total: int = 0
    killed: int = 0
    timeout: int = 0
    equivalent: list[str] = field(default_factory=list)
    survived: list[str] = field(default_factory=list)
    """survivors (and mutants no test reaches) neither killed nor listed as equivalent"""
    not_checked: list[str] = field(default_factory=list)

    def add(self, name: str, seen: list[str], listed: dict[str, str]) -> None:
        self.total += 1
        if KILLED & set(seen) - {"timeout"}:
            self.killed += 1
        elif "timeout" in seen:
            self.timeout += 1
        elif key_of(name) in listed and set(seen) != {"not checked"}:  # survived where it ran: not tried further
            self.equivalent.append(name)
        elif "not checked" in seen:  # a core mutant still to be tried in some package is not decided yet
            self.not_checked.append(name)
        else:
            self.survived.append(name)

    def rate(self, leave_out_equivalent: bool = False) -> float:
        judged = self.total - len(self.not_checked) - (len(self.equivalent) if leave_out_equivalent else 0)
        return 100.0 * (self.killed + self.timeout) / judged if judged else 0.0


def core_verdicts(core: Area, packages: list[str]) -> dict[str, list[str]]:
    """Each core mutant (by its name without the package) and its status in every package, in order."""
    verdicts: dict[str, list[str]] = {}
    for package in packages:
        for name, code in results_for_modules(core.modules(package)).items():
            verdicts.setdefault(neutral(name), []).append(status_of(code))
    return verdicts


def tally(found_areas: list[Area], chosen: tuple[Provider, ...]) -> list[Tally]:
    listed = equivalents()
    tallies = []
    for area in found_areas:
        counted = Tally(area.name)
        if area.name == "core":
            verdicts = core_verdicts(area, [p.package for p in chosen])
        else:
            verdicts = {
                name: [status_of(code)]
                for package in area.files
                for name, code in results_for_modules(area.modules(package)).items()
            }
        for name, seen in sorted(verdicts.items()):
            counted.add(name, seen, listed)
        tallies.append(counted)
    return tallies


def report(tallies: list[Tally], seconds: float | None) -> int:
    print()
    print(
        f"{'area':<14}{'mutants':>9}{'killed':>9}{'timeout':>9}{'equiv.':>8}{'alive':>7}{'unrun':>7}{'kill rate':>11}"
    )
    for t in tallies:
        print(
            f"{t.area:<14}{t.total:>9}{t.killed:>9}{t.timeout:>9}{len(t.equivalent):>8}{len(t.survived):>7}"
            f"{len(t.not_checked):>7}{t.rate():>10.1f}%"
        )
    total = Tally("all")
    for t in tallies:
        total.total += t.total
        total.killed += t.killed
        total.timeout += t.timeout
        total.equivalent += t.equivalent
        total.survived += t.survived
        total.not_checked += t.not_checked
    print(
        f"{'all':<14}{total.total:>9}{total.killed:>9}{total.timeout:>9}{len(total.equivalent):>8}"
        f"{len(total.survived):>7}{len(total.not_checked):>7}{total.rate():>10.1f}%"
    )
    print(
        f"kill rate leaving out the {len(total.equivalent)} listed equivalent:"
        f" {total.rate(leave_out_equivalent=True):.1f}%"
    )
    listed = equivalents()
    seen = {name for t in tallies for name in (*t.equivalent, *t.survived)}
    killed_but_listed = sorted(set(listed) - seen)
    if killed_but_listed:
        print(f"listed as equivalent in {rel(DOC)} but not alive (killed, renamed or gone): {len(killed_but_listed)}")
        for name in killed_but_listed:
            print(f"    {name}")
    if seconds is not None:
        print(f"time: {seconds / 60:.1f} min")
    if total.survived:
        print(f"\n{len(total.survived)} mutants survived and are not listed as equivalent; see each with")
        print(f"  (cd {rel(STAGE)} && {rel(MUTMUT)} show <package>.<name>)")
        for t in tallies:
            for name in t.survived:
                print(f"    {t.area}: {name}")
        return 1
    return 0


def _write_json(tallies: list[Tally], seconds: float | None) -> None:
    data = {
        "seconds": seconds,
        "areas": [
            {
                "area": t.area,
                "total": t.total,
                "killed": t.killed,
                "timeout": t.timeout,
                "equivalent": t.equivalent,
                "survived": t.survived,
                "not_checked": t.not_checked,
            }
            for t in tallies
        ],
    }
    (STAGE / "report.json").write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")


# --- main ------------------------------------------------------------------------------------------------------


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Mutation testing of the runtime core and the provider libs.")
    parser.add_argument("--fresh", action="store_true", help="forget every earlier result (delete mutants/)")
    parser.add_argument("--report", action="store_true", help="only print the report of the last run")
    parser.add_argument(
        "--only",
        nargs="+",
        default=[],
        metavar="MODULE",
        help="only these modules, as fnmatch patterns on the name without the package (lib._core.policy, lib.jobs)",
    )
    parser.add_argument("--max-children", type=int, default=os.cpu_count() or 2)
    return parser.parse_args(argv)


def _selected(found_areas: list[Area], only: list[str]) -> list[Area]:
    if not only:
        return found_areas
    kept = []
    for area in found_areas:
        files = {
            package: [path for path in paths if any(fnmatch.fnmatch(neutral(module_of(path)), o) for o in only)]
            for package, paths in area.files.items()
        }
        files = {package: paths for package, paths in files.items() if paths}
        if files:
            kept.append(Area(area.name, files))
    return kept


def main(argv: list[str] | None = None) -> int:
    options = _parse(argv)
    chosen = providers()
    found_areas = _selected(areas(chosen), options.only)
    if not found_areas:
        raise PipelineError(f"--only {' '.join(options.only)}: no module of the core or the provider libs matches")
    if options.report:
        return report(tally(found_areas, chosen), None)
    files = sorted({path for area in found_areas for paths in area.files.values() for path in paths})
    before = _fingerprint(ROOT / "generated")
    started = time.monotonic()
    stage(chosen, files, options.fresh)
    tried: set[str] = set()
    packages = [p.package for p in chosen]
    home = {area.name: packages[0] if area.name == "core" else next(iter(area.files)) for area in found_areas}
    scope = [module for area in found_areas for module in area.modules(home[area.name])]
    map_first(scope, options.max_children)
    memo = Tried()
    listed = set(equivalents())
    cores = [area for area in found_areas if area.name == "core"]

    def settled() -> set[str]:
        """The core mutants some package's tests killed: trying one again anywhere decides nothing."""
        verdicts = core_verdicts(cores[0], packages) if cores else {}
        return {name for name, seen in verdicts.items() if KILLED & set(seen)}

    def elsewhere() -> None:
        """Each core mutant that survived in the first package, tried in the next ones until one kills it."""
        for core in cores:
            for package in packages[1:]:
                verdicts = core_verdicts(core, packages)
                alive = [name for name, seen in verdicts.items() if not KILLED & set(seen) and seen[0] != "not checked"]
                codes = results_for_modules(core.modules(package))
                names = [
                    f"{package}.{name}"
                    for name in alive
                    if f"{package}.{name}" not in tried
                    and name not in listed
                    and (status_of(codes.get(f"{package}.{name}")) == "not checked" or memo.stale(f"{package}.{name}"))
                ]
                _run_and_record(names, core.modules(package), tried, memo, options.max_children)

    retry_survivors(scope, tried, listed, memo, settled, options.max_children)
    elsewhere()  # what is known to survive is settled before anything new is run
    test_until_decided(scope, tried, listed, memo, settled, options.max_children)
    elsewhere()
    seconds = time.monotonic() - started
    tallies = tally(found_areas, chosen)
    _write_json(tallies, seconds)
    status = report(tallies, seconds)
    if _fingerprint(ROOT / "generated") != before:
        print(f"\nnote: {rel(ROOT / 'generated')} changed during the run (a `make regen`?): run `make mutate` again")
    return status


if __name__ == "__main__":
    run(main)
