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
from urllib.parse import urlparse, urlunparse

import psycopg
import pytest

from application.ledger import ConventionLedger
from infrastructure.settings import persistence_env


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
STORES = ["memory", "sqlite", "postgres"]


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


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test that uses the ledger runs on the three stores, marked by tier."""
    if "database_url" in metafunc.fixturenames:
        marker = metafunc.definition.get_closest_marker("stores")
        stores = marker.args if marker else STORES
        metafunc.parametrize(
            "database_url",
            [
                pytest.param(
                    store,
                    id=store,
                    marks=pytest.mark.unit if store == "memory" else pytest.mark.integration,
                )
                for store in stores
            ],
            indirect=True,
        )
