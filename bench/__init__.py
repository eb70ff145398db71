"""Benchmarks of the generated clients (issues 6 and 13); `make bench` runs them all and writes RESULTS.md.

Each benchmark module has `run(smoke: bool) -> Section`: the full run is what `make bench` reports, the smoke
run (seconds) is what tests/test_bench_smoke.py calls from `make test`. Nothing here is a timed test.

Every provider, job kind, endpoint and upload helper comes from the provider registry (scripts/registry.py), the
packages' own exports and the one table of test doubles (tests.doubles: endpoints, clock, standin, peak_memory).
Nothing in bench/ names a provider; the peers' schedules (peer_policies.py) are other SDKs' and, from the
registry, the providers' own tooling's. What was tried for each target is data (tried.py), and every figure and
note in RESULTS.md comes from the run that writes it.
"""
