"""`make mutate` tries a survivor again only when a test file that reaches its function changed since it was last
tried, or a new test reaches it: trying one again costs every test that reaches it and otherwise decides nothing.
A killed mutant is forgotten (it is never tried again). And mutmut's map of the tests that reach each function is
made again when a mutated file changed: mutmut itself only adds new tests to it, so a new or changed function kept
no tests (its mutants reported as reached by none) or too few."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import mutate

NAME = "pkg.lib._core.waiting.x_wait__mutmut_3"
FUNCTION = "pkg.lib._core.waiting.x_wait"


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(mutate, "WORK", tmp_path / "work")
    monkeypatch.setattr(mutate, "TRIED", tmp_path / "tried.json")
    monkeypatch.setattr(mutate, "STATS", tmp_path / "work" / "mutmut-stats.json")
    (tmp_path / "work" / "tests").mkdir(parents=True)
    (tmp_path / "work" / "tests" / "test_a.py").write_text("def test_one(): pass\n")
    (tmp_path / "work" / "tests" / "test_b.py").write_text("def test_two(): pass\n")
    _reaching(tmp_path / "work", ["tests/test_a.py::test_one"])
    return tmp_path / "work"


def _reaching(work: Path, tests: list[str]) -> None:
    stats = {"tests_by_mangled_function_name": {FUNCTION: tests}, "duration_by_test": {}}
    (work / "mutmut-stats.json").write_text(json.dumps(stats))


def test_a_survivor_is_tried_again_only_when_a_test_reaching_it_changed(work: Path) -> None:
    memo = mutate.Tried()
    assert memo.stale(NAME), "never tried"
    memo.record([NAME], {NAME: 0})
    assert not mutate.Tried().stale(NAME), "kept across runs"
    (work / "tests" / "test_b.py").write_text("def test_two(): assert False\n")
    assert not mutate.Tried().stale(NAME), "a test file that does not reach it"
    (work / "tests" / "test_a.py").write_text("def test_one(): assert True\n")
    assert mutate.Tried().stale(NAME), "a test file that reaches it changed"


def test_a_new_test_reaching_a_survivor_makes_it_worth_trying_again(work: Path) -> None:
    mutate.Tried().record([NAME], {NAME: 0})
    _reaching(work, ["tests/test_a.py::test_one", "tests/test_b.py::test_two"])
    assert mutate.Tried().stale(NAME)


def test_a_killed_or_unrun_mutant_is_forgotten(work: Path) -> None:
    memo = mutate.Tried()
    memo.record([NAME], {NAME: 0})
    memo.record([NAME], {NAME: 1})
    assert NAME not in json.loads(mutate.TRIED.read_text())
    memo.record([NAME], {NAME: 0})
    memo.record([NAME], {NAME: None})
    assert mutate.Tried().stale(NAME)


def test_a_mutated_file_that_changed_has_its_tests_mapped_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mutate, "STAGE", tmp_path)
    monkeypatch.setattr(mutate, "WORK", tmp_path / "mutants")
    monkeypatch.setattr(mutate, "MAPPED", tmp_path / "mapped.json")
    monkeypatch.setattr(mutate, "STATS", tmp_path / "mutants" / "mutmut-stats.json")
    (tmp_path / "mutants").mkdir()
    source = tmp_path / "pkg.py"
    source.write_text("def f(): return 1\n")
    stats = tmp_path / "mutants" / "mutmut-stats.json"

    stats.write_text("{}")
    mutate._map_again_if_changed(["pkg.py"])
    assert not stats.exists(), "a map made before anything was recorded is not trusted"
    stats.write_text("{}")
    mutate._map_again_if_changed(["pkg.py"])
    assert stats.exists(), "nothing changed: the map stays"
    source.write_text("def f(): return 2\ndef g(): return 3\n")
    mutate._map_again_if_changed(["pkg.py"])
    assert not stats.exists(), "a function added or changed: mapped again"
