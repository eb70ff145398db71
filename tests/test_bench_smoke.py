"""Smoke run of every benchmark in bench/ (tiny samples, seconds): the code runs and reports each target.

These are not timed tests: a target missed here says nothing, only `make bench` measures.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import __main__ as bench_main  # noqa: E402
from bench import bulk_waits, call_overhead, import_time, polling_efficiency, regen_time, report  # noqa: E402
from bench.results import Section, Target  # noqa: E402


def _reported(section: Section) -> None:
    assert section.rows and section.targets
    for target in section.targets:
        assert target.verdict()


@pytest.mark.timeout(120)
def test_polling_efficiency_agrees_end_to_end_and_plots(tmp_path: Path) -> None:
    plot = tmp_path / "plot.png"
    section = polling_efficiency.run(smoke=True, plot=plot)  # raises if the end-to-end and fast paths disagree
    _reported(section)
    assert plot.stat().st_size > 10_000


@pytest.mark.timeout(120)
def test_call_overhead() -> None:
    _reported(call_overhead.run(smoke=True))


@pytest.mark.timeout(120)
def test_bulk_waits() -> None:
    _reported(bulk_waits.run(smoke=True))


@pytest.mark.timeout(180)
def test_regen_time() -> None:
    _reported(regen_time.run(smoke=True))


@pytest.mark.timeout(120)
def test_import_time() -> None:
    _reported(import_time.run(smoke=True))


def test_results_file(tmp_path: Path) -> None:
    section = Section("9. Example", "How.", ["a", "b"], [["1", "x|y"]], [Target("ratio", 1.5, 1.25)])
    path = tmp_path / "RESULTS.md"
    report.write(path, [section], command="make bench", started=datetime.now(UTC), machine_text="m", smoke=True)
    text = path.read_text(encoding="utf-8")
    assert "Machine: m" in text and "Command: `make bench`" in text and "## 9. Example" in text
    assert "missed by 0.25 (20% over the limit)" in text and "x\\|y" in text
    assert report.machine()


def test_cli_choices() -> None:
    with pytest.raises(SystemExit):
        bench_main.main(["--only", "6"])
