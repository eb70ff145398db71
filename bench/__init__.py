"""Benchmarks of the three generated clients (issue 6); `make bench` runs them all and writes RESULTS.md.

Each benchmark module has `run(smoke: bool) -> Section`: the full run is what `make bench` reports, the smoke
run (seconds) is what tests/test_bench_smoke.py calls from `make test`. Nothing here is a timed test.
"""
