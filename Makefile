# Two commands on a fresh machine (Python 3.11+, git, make): `make regen` and `make test`.
# Each bootstraps what it needs: uv from scripts/bootstrap-requirements.txt (hash-pinned, with pip), then every
# tool and library from requirements.lock (hash-pinned, with uv). Nothing else is installed by hand.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export UV_NO_PROGRESS := 1
export UV_PYTHON := $(shell command -v $(PYTHON))

.PHONY: env regen test check lint typecheck pytest record record-live replay-live lock fuzz versions versions-check dist release

$(UV): scripts/bootstrap-requirements.txt
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r $<
	touch $@

# The generated packages go on the path through a .pth file (what an editable install writes), so the
# environment never builds them and `python -c "import <package>"` works from it.
$(STAMP): requirements.lock $(UV)
	$(UV) venv --quiet --allow-existing $(VENV)
	$(UV) pip sync --quiet --require-hashes --python $(BIN)/python requirements.lock
	$(BIN)/python scripts/link_packages.py
	touch $@

env: $(STAMP)

regen: $(STAMP)
	$(BIN)/python scripts/regen.py

check: $(STAMP)
	$(BIN)/python scripts/templates.py check
	$(BIN)/python scripts/validate_specs.py
	$(BIN)/python scripts/regen.py --check

lint: $(STAMP)
	$(BIN)/ruff check overlays scripts tests bench
	$(BIN)/ruff format --check overlays scripts tests bench

# The packages (each listed by the provider registry, scripts/registry.py), then the repository's own code: scripts/,
# tests/, bench/ and each provider's tests (`mypy` alone checks the `files` of pyproject.toml's [tool.mypy]).
typecheck: $(STAMP)
	$(BIN)/mypy $$($(BIN)/python scripts/registry.py packages)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest

test: check lint typecheck pytest versions-check

# Cassettes hold exchanges exactly as the providers document them (tests/test_documented_exchanges.py): `make record`
# re-records them from the stand-in, which answers with the specs' examples. They are removed first, so none is
# left behind by a renamed or deleted test. `make record-live` records the same calls against the live API of each
# provider whose key is set (<PREFIX>_API_KEY, the prefix in its provider.yaml) into tests/cassettes/live/;
# `make replay-live` replays those. Keys, and headers that carry the package version, never reach a cassette.
record: $(STAMP)
	rm -rf tests/cassettes/test_documented_exchanges
	$(BIN)/pytest --record-mode=rewrite -m vcr tests

record-live: $(STAMP)
	LIVE_CASSETTES=1 $(BIN)/pytest --record-mode=rewrite -m vcr tests

replay-live: $(STAMP)
	LIVE_CASSETTES=1 $(BIN)/pytest -m vcr tests

# Re-resolve requirements.lock from pyproject.toml (needs the package index).
lock: $(UV)
	$(UV) pip compile pyproject.toml --group dev --universal --python-version 3.11 --generate-hashes \
		--no-header --quiet -o requirements.lock

# Each package's version lives in overlays/<provider>/release.yaml with a content hash per version (scripts/versions.py):
# `make versions` records the hash for a new version; `make versions-check` (part of `make test`) fails when a
# package's generated content changed but its version did not, and says how to raise it.
versions: $(STAMP)
	$(BIN)/python scripts/versions.py record

versions-check: $(STAMP)
	$(BIN)/python scripts/versions.py check

# Wheel and sdist of each package into dist/, reproducible (same commit, same sha256: dist/SHA256SUMS), twine-checked.
dist: $(STAMP)
	$(BIN)/python scripts/dist.py

# Build, check, upload to the index named by TWINE_REPOSITORY_URL (TWINE_USERNAME, TWINE_PASSWORD) and tag
# <distribution>-v<version>; refuses a dirty tree and versions already released (tagged).
release: $(STAMP)
	$(BIN)/python scripts/release.py

# Many more random fuzz inputs than `make test` runs; prints inputs tried and outcomes outside the rule.
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest tests/fuzz -p no:randomly -q

# Every benchmark in one run (minutes): writes bench/RESULTS.md and bench/polling_efficiency.png. Not a test:
# `make test` runs only the seconds-long smoke version (tests/test_bench_smoke.py).
.PHONY: bench
bench: $(STAMP)
	PYTHONPATH=scripts $(BIN)/python -m bench

# Mutation testing of the runtime core and each provider's own code (mutmut, pinned; hours on 2 cores; not part of
# `make test`): scripts/mutate.py mutates the layered copies in generated/ inside a snapshot under mutants/ (nothing
# in the tree changes), runs the tests that reach each mutant and prints the kill rate per area. Survivors accepted
# as equivalent are listed with their reasons in docs/robustness.md; any other survivor fails the target. Results
# carry over between runs (what changed, and a survivor whose tests changed, is tested again); MUTATE_ARGS=--fresh
# starts over, MUTATE_ARGS="--only lib._core.policy" runs one module, MUTATE_ARGS=--report prints the last results.
.PHONY: mutate
mutate: $(STAMP)
	$(BIN)/python scripts/mutate.py $(MUTATE_ARGS)

# The stand-in as a process, to try a package by hand: prints the <PREFIX>_BASE_URL and <PREFIX>_API_KEY lines
# that point each client at it, then serves on 127.0.0.1 until interrupted (STANDIN_ARGS="--seconds 600" to stop).
.PHONY: standin
standin: $(STAMP)
	PYTHONPATH=.:scripts $(BIN)/python -m tests.doubles.standin $(STANDIN_ARGS)
