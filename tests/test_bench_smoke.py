"""Smoke run of every benchmark in bench/ (tiny samples, seconds): the code runs, covers what the registry and
the one table of jobs say it covers, and reports figures that can be true.

A smoke run's figures are not the benchmark (only `make bench` measures), so nothing here compares a figure
with its target. What holds on any machine, and is checked: every figure is a finite number of the right sign;
a verdict is "met" exactly when the figure is within its limit and otherwise says by how much it missed; the
waits really waited (no run is faster than the sleeps its schedule makes); each benchmark covers every job kind
or provider it claims to; and RESULTS.md holds every section and every target of the run.
"""

from __future__ import annotations

import math
import re
import shlex
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from bench import __main__ as bench_main
from bench import call_overhead, peer_policies, polling_efficiency, report, transfers
from bench.results import Section, Target
from bench.table import label

from registry import providers
from tests.doubles.endpoints import jobs

BENCH = Path(bench_main.__file__).resolve().parent
NAMING_EXEMPT: dict[str, str] = {}

RunSmoke = Callable[[int], Section]


@pytest.fixture(scope="module")
def smoke_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bench-smoke")


@pytest.fixture(scope="module")
def smoke(smoke_out: Path) -> RunSmoke:
    """Benchmark number -> its smoke section, each benchmark run once for the whole module (as the CLI runs it)."""
    done: dict[int, Section] = {}

    def run(number: int) -> Section:
        if number not in done:
            done[number] = bench_main.BENCHMARKS[number](True, smoke_out)
        return done[number]

    return run


def check_target(target: Target) -> None:
    assert math.isfinite(target.measured), target
    assert math.isfinite(target.limit), target
    within = target.measured >= target.limit if target.higher_is_better else target.measured <= target.limit
    verdict = target.verdict()
    if within:
        assert verdict == "met", target
    else:
        assert verdict.startswith(f"missed by {abs(target.measured - target.limit):.3g}{target.unit}"), verdict


def check_section(section: Section, number: int) -> None:
    assert section.title.startswith(f"{number}. ")
    assert section.method.strip()
    assert section.rows and section.targets
    for row in section.rows:
        assert len(row) == len(section.columns), row
    for title, columns, rows in section.extra_tables:
        assert rows, title
        for row in rows:
            assert len(row) == len(columns), row
    for target in section.targets:
        check_target(target)


def number_in(cell: str) -> float:
    match = re.fullmatch(r"\*{0,2}(-?[\d.]+(?:e[+-]?\d+)?)%?\*{0,2}", cell.strip())
    assert match, f"not a number: {cell!r}"
    return float(match.group(1))


@pytest.mark.timeout(180)
def test_polling_efficiency_measures_every_short_band_and_plots(smoke: RunSmoke, smoke_out: Path) -> None:
    section = smoke(1)  # raises if the end-to-end and fast paths disagree
    check_section(section, 1)
    banded = {job: job.kind.duration for job in jobs() if job.kind.duration is not None}
    shortest = sorted(banded, key=lambda job: banded[job][::-1])[: polling_efficiency.SMOKE_BANDS]
    band_rows = section.extra_tables[1][2]  # [job kind, band, source]: the registry's bands and sources
    assert sorted((row[0], row[2]) for row in band_rows) == sorted((label(j), j.kind.duration_source) for j in shortest)
    assert [row[0] for row in section.extra_tables[2][2]] == [peer.name for peer in peer_policies.PEERS]
    assert all(row[1].strip() for row in section.extra_tables[2][2])  # every peer names where it was read
    assert len(section.targets) == 5 * len(shortest)
    for band in range(len(shortest)):
        ratio, beaten, lag, webhook_requests, webhook_lag = section.targets[5 * band : 5 * band + 5]
        assert ratio.measured > 0
        assert beaten.measured == int(beaten.measured) and 0 <= beaten.measured <= len(peer_policies.PEERS)
        assert 0 <= lag.measured < 1  # a share of the median duration
        assert webhook_requests.measured == int(webhook_requests.measured) and webhook_requests.measured >= 1
        assert webhook_lag.unit == " s" and webhook_lag.measured >= polling_efficiency.WEBHOOK_DELAY - 1e-9
    points = section.data["points"]
    assert isinstance(points, dict) and len(points) == len(shortest)
    for stats in points.values():
        assert set(stats) == {*polling_efficiency.OURS, *(peer.name for peer in peer_policies.PEERS)}
        for figures in stats.values():
            assert figures["req_median"] >= 1 and figures["req_p95"] >= figures["req_median"] - 1e-9
            assert figures["lag_median"] >= 0 and figures["rel_median"] >= 0 and 0 <= figures["abandoned"] <= 1
    latency = section.data["latency"]
    assert isinstance(latency, dict) and all(0 < s < 30 for times in latency.values() for s in times)
    assert (smoke_out / bench_main.PLOT).stat().st_size > 10_000


@pytest.mark.timeout(180)
def test_call_overhead_measures_a_status_call_and_a_create(smoke: RunSmoke) -> None:
    section = smoke(2)
    check_section(section, 2)
    assert len(section.targets) == len(section.rows) == 2
    assert [row[1] for row in section.rows] == ["status", "create"]
    assert [row[0] for row in section.extra_tables[0][2]] == [section.rows[0][0]]  # the status call's breakdown
    for target in section.targets:
        assert target.measured > 0 and target.unit == ""
    for row in section.rows:  # medians and p95s in µs: positive
        assert all(number_in(cell) > 0 for cell in row[2:6]), row
    for row in section.extra_tables[0][2]:  # the parts of one call, µs: none negative
        assert all(number_in(cell) >= 0 for cell in row[1:]), row
    all_ratio = section.data["all_ratio"]
    assert isinstance(all_ratio, float) and all_ratio > 0


def test_call_overhead_covers_every_status_endpoint_and_create() -> None:
    chosen = call_overhead.operations()
    assert [op for op, _job, create in chosen if not create] == [job.status for job in jobs()]
    assert [op for op, _job, create in chosen if create] == [op for job in jobs() for _c, op in job.creates]


@pytest.mark.timeout(180)
def test_concurrent_waits_really_wait(smoke: RunSmoke) -> None:
    section = smoke(3)
    check_section(section, 3)
    ratio, memory = section.targets
    assert ratio.measured > 0 and memory.unit == " KB" and memory.measured > -1
    floor = section.data["floor_s"]
    measured = section.data["measured"]
    assert isinstance(floor, float) and floor > 0 and isinstance(measured, dict)
    assert set(measured) == {"ours", "raw"}
    for runs in measured.values():
        assert runs
        for run in runs:  # each wait sleeps `floor` seconds of real time between its polls: no run is quicker
            assert run["wall_s"] >= floor and run["cpu_s"] > 0, run
            assert run["peak_kb"] >= run["idle_kb"] > 0, run


@pytest.mark.timeout(180)
def test_regen_time(smoke: RunSmoke) -> None:
    section = smoke(4)
    check_section(section, 4)
    for key in ("pipeline_s", "bare_s"):
        values = section.data[key]
        assert isinstance(values, list) and values and all(v > 0 for v in values)
    assert section.targets[0].measured > 0


@pytest.mark.timeout(180)
def test_first_use_and_import_time(smoke: RunSmoke) -> None:
    section = smoke(5)
    check_section(section, 5)
    first = providers()[0].package
    assert [t.name for t in section.targets] == [
        f"first use of {first} (import + create_client) / import httpx (medians)"
    ]
    assert section.targets[0].measured > 0
    times = section.data["first_us"]
    assert isinstance(times, dict) and set(times) == {"httpx", first}
    assert all(us > 0 for runs in times.values() for us in runs)


@pytest.mark.timeout(180)
def test_transfers_move_every_upload_helper_and_download(smoke: RunSmoke) -> None:
    section = smoke(6)
    check_section(section, 6)
    helpers = transfers.uploads()
    assert helpers and all(helper.helper.startswith("upload_") for helper in helpers)
    assert len(section.rows) == len(helpers) + 1  # every upload helper, and the download
    throughput = [t for t in section.targets if t.higher_is_better]
    memory = [t for t in section.targets if not t.higher_is_better]
    assert len(throughput) == len(memory) == len(section.rows)
    assert all(t.measured > 0 for t in throughput) and all(t.unit == " MB" and t.measured > -1 for t in memory)


@pytest.mark.timeout(600)
def test_results_file_holds_every_section_and_target(smoke: RunSmoke, tmp_path: Path) -> None:
    sections = [smoke(number) for number in sorted(bench_main.BENCHMARKS)]
    path = tmp_path / "RESULTS.md"
    report.write(path, sections, command="make bench", started=datetime.now(UTC), machine_text="m", smoke=True)
    text = path.read_text(encoding="utf-8")
    assert "- **Smoke run**" in text
    headings = re.findall(r"^## (.+)$", text, flags=re.MULTILINE)
    assert headings == ["Targets", *(section.title for section in sections)]
    targets = text.split("## Targets", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in targets.splitlines() if line.startswith("| ") and not line.startswith(("| #", "| ---"))]
    assert len(rows) == sum(len(section.targets) for section in sections)
    for section in sections:
        for target in section.targets:
            assert f"| {report._cell(target.name)} |" in targets
            assert target.verdict() in targets


@pytest.mark.timeout(180)
def test_cli_writes_results_and_plot(tmp_path: Path) -> None:
    argv = ["--smoke", "--only", "1", "5", "--out", str(tmp_path)]
    assert bench_main.main(argv) == 0
    text = (tmp_path / "RESULTS.md").read_text(encoding="utf-8")
    assert f"Command: `python -m bench {shlex.join(argv)}`" in text
    assert "## 1. " in text and "## 5. " in text and "## 2. " not in text
    assert (tmp_path / bench_main.PLOT).stat().st_size > 10_000


def test_results_file_verdicts(tmp_path: Path) -> None:
    sections = [
        Section(
            "9. Example",
            "How.",
            ["a", "b"],
            [["1", "x|y"]],
            [
                Target("ratio", 1.5, 1.25),
                Target("speed", 0.5, 1.0, unit=" x", higher_is_better=True),
                Target("count", 2, 0),
                Target("fine", 1.0, 1.25),
            ],
        )
    ]
    path = tmp_path / "RESULTS.md"
    report.write(path, sections, command="make bench", started=datetime.now(UTC), machine_text="m", smoke=False)
    text = path.read_text(encoding="utf-8")
    assert "Machine: m" in text and "Command: `make bench`" in text and "## 9. Example" in text
    assert "Smoke run" not in text
    assert "missed by 0.25 (20% over the limit)" in text and "x\\|y" in text
    assert "missed by 0.5 x (50% under the limit)" in text
    assert "| count | 2 | ≤ 0 | missed by 2 |" in text
    assert "| fine | 1 | ≤ 1.25 | met |" in text
    for target in sections[0].targets:
        check_target(target)
    assert report.machine()


def test_cli_choices() -> None:
    with pytest.raises(SystemExit):
        bench_main.main(["--only", str(max(bench_main.BENCHMARKS) + 1)])


def test_bench_names_no_provider() -> None:
    """Issue 9: providers come from the registry; bench/ names none of them and reaches tests/ by import only."""
    names = set()
    for provider in providers():
        names |= {provider.key, provider.name, provider.package, provider.distribution, provider.alias}
        for kind in provider.jobs:
            names |= {kind.helper, kind.status_module.rsplit(".", 1)[-1]}
    sources = sorted(BENCH.glob("*.py"))
    assert len(sources) > 5
    for source in [*sources, Path(__file__)]:
        text = source.read_text(encoding="utf-8")
        assert not re.search(r"sys\.path", text), f"{source.name} changes the import path"
        if source.parent != BENCH or source.name in NAMING_EXEMPT:
            continue
        found = sorted(name for name in names if name.lower() in text.lower())
        assert not found, f"bench/{source.name} names {found}"
