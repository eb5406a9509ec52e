"""Stores for the tests: in-memory, a SQLite file, and a real PostgreSQL database.

PostgreSQL: the server is found at ``TEST_POSTGRES_URL`` (default
``postgresql://postgres@127.0.0.1:5432/postgres``, the machine's server with trust auth). The
run creates its own database ``conventions_test_<random>`` and drops it at the end; between
tests its schema is dropped and made again. If the server is unreachable the PostgreSQL tests fail: they
are never skipped.
"""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse, urlunparse

import psycopg
import pytest

from application.ledger import ConventionLedger
from infrastructure.settings import persistence_env

# Tests fix their own clock: the daily deadline scan (on by default) would scan as of today in
# every worker a test starts. The tests of the scan ask for it.
os.environ.setdefault("DAILY_DEADLINE_SCAN", "false")


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """One seed per run for every Hypothesis test (the property tests and the API fuzzing),
    printed in the header: a failure is replayed with ``--hypothesis-seed=N``. (Unseeded, a
    failure found once could not be found again.)"""
    if config.getoption("hypothesis_seed", None) is None:
        config.option.hypothesis_seed = secrets.randbelow(2**32)


def pytest_report_header(config: pytest.Config) -> str:
    return f"hypothesis seed: {config.getoption('hypothesis_seed')} (replay: --hypothesis-seed=N)"


ADMIN_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    name = f"conventions_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = urlunparse(urlparse(ADMIN_URL)._replace(path=f"/{name}"))
    try:
        yield url
    finally:
        with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def empty_postgres(url: str) -> None:
    """A fresh schema: tables are made again by the application, as on a new server (emptying
    them would also remove the tracking table's migration marker)."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    store = getattr(request, "param", "memory")
    if store == "memory":
        yield "memory://"
    elif store == "sqlite":
        yield f"sqlite:///{tmp_path}/ledger.sqlite3"
    else:
        url = request.getfixturevalue("postgres_url")
        empty_postgres(url)
        yield url


@pytest.fixture
def ledger(database_url: str) -> Iterator[ConventionLedger]:
    app = ConventionLedger(env=persistence_env(database_url))
    yield app
    app.close()


TIERS = ("unit", "integration", "e2e")
DEFAULT_STORES = {
    # Domain and application on the memory store: no database, seconds.
    "unit": ("memory",),
    # What touches a store, on the stores (and the unit tier's application cases again).
    "integration": ("sqlite", "postgres"),
    # Through HTTP: on every store unless a module says which.
    "e2e": ("memory", "sqlite", "postgres"),
}


def tier_of(path: Path) -> str:
    """A test's tier is the folder it lives in (tests/unit, tests/integration, tests/e2e)."""
    parts = path.parts
    folder = parts[parts.index("tests") + 1] if "tests" in parts else ""
    if folder not in TIERS:
        raise pytest.UsageError(f"{path}: a test lives in tests/unit, tests/integration or tests/e2e")
    return folder


def stores_of(definition: pytest.Function | Any, tier: str) -> tuple[str, ...]:
    marker = definition.get_closest_marker("stores")
    stores = tuple(marker.args) if marker else DEFAULT_STORES[tier]
    return tuple(s for s in stores if s == "memory") if tier == "unit" else stores


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test that uses a store runs on each store of its tier (or those its ``stores``
    marker names); in the unit tier, on memory only."""
    if "database_url" in metafunc.fixturenames:
        tier = tier_of(metafunc.definition.path)
        stores = stores_of(metafunc.definition, tier)
        if not stores:  # a unit-tier case meant for the stores: run by the integration tier
            stores = tuple(metafunc.definition.get_closest_marker("stores").args)  # type: ignore[union-attr]
        metafunc.parametrize("database_url", [pytest.param(s, id=s) for s in stores], indirect=True)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Markers follow the folders (``-m unit`` is exactly tests/unit); a unit-tier case that
    names no memory store is left to the integration tier, which runs it again."""
    kept, left = [], []
    for item in items:
        tier = tier_of(item.path)
        item.add_marker(getattr(pytest.mark, tier))
        callspec = getattr(item, "callspec", None)
        store = callspec.params.get("database_url") if callspec else None
        (left if tier == "unit" and store not in (None, "memory") else kept).append(item)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept
