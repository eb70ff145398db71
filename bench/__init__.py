"""Benchmarks of the generated clients (issue 6); `make bench` runs them all and writes RESULTS.md.

Each benchmark module has `run(smoke: bool) -> Section`: the full run is what `make bench` reports, the smoke
run (seconds) is what tests/test_bench_smoke.py calls from `make test`. Nothing here is a timed test.

Every provider, job kind and endpoint comes from the provider registry (scripts/registry.py) and the one table
of test doubles (tests.doubles: endpoints, clock, standin). Nothing in bench/ names a provider, but for the two
schedules of the providers' own tooling among the peers in peer_policies.py (they belong in the registry).
"""
