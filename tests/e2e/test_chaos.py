"""Chaos (issue 16): a PostgreSQL of the test's own (initdb in a temporary directory, on a free
port) and the API in its own process, under 8 writers paying with Idempotency-Keys, while the
API is killed (SIGKILL), the database stopped at once (immediate shutdown) and the API's
backends terminated — at least 9 crashes. Every write whose outcome was unknown is retried with
its key until it has a final answer. Then: no acknowledged write lost, none applied twice, the
audit chain verifies, the read models equal a rebuild.

A short run in CI (9 crashes, 8 writers × 12 payments); the long one by hand:

    CHAOS_CRASHES=30 CHAOS_PAYMENTS=60 .venv/bin/pytest tests/e2e/test_chaos.py -q -s
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import psycopg

from application.ledger import ConventionLedger
from infrastructure.bootstrap import build_audit_trail, views_differences
from infrastructure.settings import persistence_env
from infrastructure.tokens import Tokens
from tests.builders import World
from tests.e2e.servers import free_port
from tests.settings import Settings

CRASHES = int(os.environ.get("CHAOS_CRASHES", "9"))
PAYMENTS = int(os.environ.get("CHAOS_PAYMENTS", "12"))
WRITERS = 8
PROGRAM = (
    Path(os.environ.get("VIRTUAL_ENV", Path(__file__).resolve().parents[2] / ".venv")) / "bin" / "conventions"
)


def _bindir() -> Path:
    found = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=True)  # noqa: S607
    return Path(found.stdout.strip())


class OwnPostgres:
    """A PostgreSQL server for this test alone (as the ``postgres`` user when run as root:
    PostgreSQL refuses to run as root)."""

    def __init__(self) -> None:
        # Its own directory under the system's temporary one: pytest's are closed to other users.
        folder = Path(tempfile.mkdtemp(prefix="conventions-chaos-"))
        self.folder = folder
        self.data = folder / "pgdata"
        self.port = free_port()
        self.bindir = _bindir()
        self.as_postgres = os.geteuid() == 0
        if self.as_postgres:
            shutil.chown(folder, "postgres", "postgres")
        self.run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def run(self, program: str, *args: str) -> None:
        command = [str(self.bindir / program), *args]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)  # noqa: S603

    def start(self) -> None:
        options = f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c max_connections=200"
        self.run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.data / "server.log"), "-o", options, "-w", "start"
        )

    def stop_immediately(self) -> None:
        """As a crash: no checkpoint, no goodbye to clients (recovery from the WAL at start)."""
        self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def remove(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop_immediately()
        shutil.rmtree(self.folder, ignore_errors=True)

    def terminate_backends(self) -> None:
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'"
            )


class Api:
    def __init__(self, env: dict[str, str], folder: Path) -> None:
        self.env = env
        self.folder = folder
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(  # noqa: S603 - our own program
            [str(PROGRAM), "serve", "--port", str(self.port)],
            cwd=self.folder,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health", timeout=2):
                    return
            except OSError:
                time.sleep(0.2)
        raise AssertionError("the API did not start")

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


def post(port: int, path: str, body: dict[str, Any], headers: dict[str, str]) -> int | None:
    """The status, or None when the outcome is unknown (no answer)."""
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **headers},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=15) as answer:  # noqa: S310
            return int(answer.status)
    except urllib.error.HTTPError as error:
        return int(error.code)
    except OSError:
        return None


def test_no_acknowledged_write_is_lost_or_applied_twice_across_crashes(tmp_path):
    server = OwnPostgres()
    server.start()
    try:
        run_chaos(server, tmp_path)
    finally:
        server.remove()


def run_chaos(server: OwnPostgres, tmp_path: Path) -> None:
    settings = Settings(database_url=server.url, tokens_file=tmp_path / "var" / "tokens.json")
    ledger = ConventionLedger(env=persistence_env(server.url))
    world = World(ledger)
    cid = world.convention_in_force()
    payer = world.signatory(world.nievre)
    token = Tokens.for_settings(settings).issue(payer)
    ledger.close()
    env = {
        **os.environ,
        "DATABASE_URL": server.url,
        "CONVENTIONS_TOKENS_FILE": str(settings.tokens_file),
        "LOG_LEVEL": "WARNING",
        "WRITES_PER_SECOND": "100000",
        "WRITE_BURST": "100000",
        "POSTGRES_POOL_SIZE": "4",
        "POSTGRES_MAX_OVERFLOW": "4",
    }
    api = Api(env, tmp_path)
    api.start()
    acknowledged: set[str] = set()
    refused: list[tuple[str, int]] = []
    unknown_outcomes = Counter[str]()
    stop = threading.Event()

    def writer(number: int) -> None:
        for index in range(PAYMENTS):
            key = f"w{number}-{index}"
            body = {
                "contrepartie_id": "subv",
                "year": 2021,
                "amount": "1.00",
                "beneficiary_id": str(world.oph_nievre),
                "paid_on": date(2021, 6, 1).isoformat(),
                "reference": key,
            }
            deadline = time.monotonic() + 300
            while time.monotonic() < deadline:
                status = post(
                    api.port,
                    f"/conventions/{cid}/payments",
                    body,
                    {"Authorization": f"Bearer {token}", "Idempotency-Key": key},
                )
                if status in (200, 201):
                    acknowledged.add(key)
                    break
                if status is not None and status < 500 and status not in (409, 429):
                    refused.append((key, status))
                    break
                unknown_outcomes[key] += 1  # no answer, or « try again »: the same key again
                time.sleep(0.1)

    def chaos() -> None:
        crashes = ["api", "database", "backends"] * (CRASHES // 3 + 1)
        for crash in crashes[:CRASHES]:
            time.sleep(0.8)
            if crash == "api":
                api.kill()
                api.start()
            elif crash == "database":
                server.stop_immediately()
                time.sleep(0.5)
                server.start()
            else:
                server.terminate_backends()
        stop.set()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    chaos_thread = threading.Thread(target=chaos)
    try:
        for thread in (*threads, chaos_thread):
            thread.start()
        chaos_thread.join(timeout=600)
        for thread in threads:
            thread.join(timeout=600)
        assert stop.is_set(), "the crashes did not all happen"
    finally:
        api.stop()

    keys = {f"w{n}-{i}" for n in range(WRITERS) for i in range(PAYMENTS)}
    assert refused == [] and acknowledged == keys, (refused, keys - acknowledged)
    ledger = ConventionLedger(env=persistence_env(server.url))
    try:
        payments = Counter(p.reference for p in ledger.get_convention(cid).payments if p.reference in keys)
        doubled = {k: n for k, n in payments.items() if n > 1}
        lost = keys - set(payments)
        print(
            f"\n{CRASHES} crashes, {len(keys)} writes, {sum(unknown_outcomes.values())} retries of unknown "
            f"outcomes over {len(unknown_outcomes)} keys: {len(lost)} lost, {len(doubled)} applied twice"
        )
        assert (lost, doubled) == (set(), {})
        assert build_audit_trail(settings, ledger).verify().ok
        assert views_differences(settings, ledger) == {}
    finally:
        ledger.close()
