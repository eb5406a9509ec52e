# The two commands of the README: `make run` and `make test`. Everything else they need
# (the virtual environment, the packages) they install themselves.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-unit lint install clean rebuild-views bench browser client

ASSETS := node_modules/.installed

$(STAMP): pyproject.toml $(ASSETS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The web interface's assets (DSFR) and the browser tests' (axe-core), from the npm registry at
# the versions of package-lock.json; served by the platform itself, never from a CDN. Install
# scripts are skipped (DSFR's asks for a project generator the platform does not use).
$(ASSETS): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $(ASSETS)

# The browser of the browser tests: Debian's chromium (Playwright drives it; no browser download).
BROWSER := $(shell command -v chromium 2>/dev/null)
browser:
ifeq ($(BROWSER),)
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
endif

install: $(STAMP)

## Install, load the demo data into the embedded SQLite store (once), serve on :8000.
run: $(STAMP)
	$(BIN)/conventions serve --demo --host $${HOST:-127.0.0.1} --port $${PORT:-8000}

## Empty the read models and rebuild them from the events (DATABASE_URL, default the demo store).
rebuild-views: $(STAMP)
	$(BIN)/conventions rebuild-views

## The API's typed Python client (client/conventions_client) and the OpenAPI answers' examples,
## generated again from the API as it stands (the tests fail while either is out of date).
client: $(STAMP)
	$(BIN)/python -m tools.openapi_examples
	$(BIN)/python -m tools.generate_client

## The benchmarks (issue 8): PostgreSQL (TEST_POSTGRES_URL) and SQLite at 10k events; JSON in benchmarks/results.json.
bench: $(STAMP)
	$(BIN)/python -m benchmarks.run

## Install, lint (ruff, mypy, import-linter), then the whole test suite (PostgreSQL included).
test: $(STAMP) browser lint
	$(BIN)/pytest

## The unit tier alone (domain and application on the memory store, no database): seconds.
test-unit: $(STAMP)
	$(BIN)/pytest tests/unit

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) var node_modules .pytest_cache .mypy_cache .ruff_cache
