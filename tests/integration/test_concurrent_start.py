"""Several API processes (and a worker) started together on an empty PostgreSQL database: each
makes the tables it needs if they are missing, and none fails because another was making them
at the same moment (the event store's through ``PostgresLedgerFactory``'s lock, the read side's
through the view store's). Threads stand for the processes: each builds the whole API on its
own connections, released at one instant."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from infrastructure.bootstrap import build_api
from tests.conftest import empty_postgres
from tests.settings import Settings

pytestmark = pytest.mark.stores("postgres")

STARTERS = 6


def start_together(url: str, folder: Path) -> list[str]:
    """Build the API in ``STARTERS`` threads released together; the errors they met."""
    barrier = threading.Barrier(STARTERS)
    errors: list[str] = []

    def start(index: int) -> None:
        own = folder / str(index)
        own.mkdir()
        settings = Settings(
            database_url=url, tokens_file=own / "tokens.json", audit_key_file=own / "audit-key.pem"
        )
        barrier.wait()
        try:
            app = build_api(settings, run_worker=False)
        except Exception as error:  # what a process would die of
            errors.append(f"{type(error).__name__}: {error}")
            return
        app.state.ledger.close()

    threads = [threading.Thread(target=start, args=(i,)) for i in range(STARTERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_processes_started_together_on_an_empty_database_all_start(database_url, tmp_path):
    for attempt in range(3):  # each attempt on an empty schema (without the lock, every one failed)
        empty_postgres(database_url)
        folder = tmp_path / str(attempt)
        folder.mkdir()
        assert start_together(database_url, folder) == []
