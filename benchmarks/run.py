"""The benchmark command: each path of the platform measured against the limit of the same machine,
in the same run, and reported as a ratio (these machines are shared and noisy: absolute figures
alone would say little). Results are printed as a table and written as JSON.

    python -m benchmarks.run                       # PostgreSQL at 10k events, SQLite at 10k
    python -m benchmarks.run --sizes 10000,100000 --sqlite-sizes 10000,100000

What is measured (issue 8), for each store and size:

1. append — single-event commands per second through the application layer (a meeting recorded:
   one event, its time index row and its hash-chain link, in one transaction), with 1, 4 and 16
   writer processes, against raw single-row ``INSERT … ; COMMIT`` transactions per second on
   the same server, into a table of the events table's shape, with 1, 4 and 16 clients;
2. HTTP writes — the same command through the API (a real server process) with 1, 4 and 16
   concurrent clients, against (1) at the same concurrency;
3. projection rebuild — events per second rebuilding every read model from zero, against
   reading the raw notification log at the same page size; peak memory of the rebuilding process;
4. replay over HTTP — events per second streaming the whole feed (NDJSON) to a client, against
   reading and deserialising it in-process;
5. time travel — p50/p95 latency of "in force on D" and "as recorded at T" for a convention of
   1,000 events, against reading its current state, with and without snapshots;
6. reads — p50/p95 of the office, collectivité and SC portfolio endpoints under 32 concurrent
   clients, against the queries behind them run in-process at the same concurrency;
7. pages — p50/p95 of the web interface's office dashboard and convention page under 16
   concurrent clients (a signed-in office), against the JSON API's same reads (the office
   portfolio, the convention) by the same actor, each client alternating the two so both are
   measured in the same window (issue 17; target ≤ 1.5×);
8. growth — how (1), (3) and (5) change with the size (compare the sizes in the JSON).

    python -m benchmarks.run --sizes 100000 --sqlite-sizes '' --only pages   # issue 17's figure
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import multiprocessing
import os
import platform
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlparse, urlunparse
from uuid import UUID

ADMIN_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
WRITERS = (1, 4, 16)
SECONDS = 4.0
TIME_TRAVEL_EVENTS = 1000
READ_CLIENTS = 32
PAGE_CLIENTS = 16
PAGE_READS_PER_CLIENT = 40  # 640 of each read: a p95 from 160 moved by a third between two runs
READS_PER_CLIENT = 10
PAIRS = 5  # platform and limit timed in turns, A B A B …
PAYLOAD = b"x" * 900  # about the size of a stored meeting event


def quiet() -> None:
    from infrastructure.logging import configure_logging

    configure_logging("console", "WARNING")


def platform_process() -> None:
    """A benchmark process standing for one of the platform's (a writer, the worker rebuilding):
    quiet, and its garbage collector set as the platform's processes set theirs at start."""
    from infrastructure.runtime import tune_garbage_collector

    quiet()
    tune_garbage_collector()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


# --- stores -------------------------------------------------------------------------------------


@contextlib.contextmanager
def postgres_database() -> Iterator[str]:
    import psycopg

    name = f"conventions_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunparse(urlparse(ADMIN_URL)._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def sqlite_database() -> Iterator[str]:
    with tempfile.TemporaryDirectory() as folder:
        yield f"sqlite:///{folder}/bench.db"


# --- 1. append ------------------------------------------------------------------------------------


def _record_meetings(ledger: Any, conventions: list[Any], seconds: float) -> int:
    """Meetings recorded through the application layer for ``seconds``: how many."""
    from domain.convention import Meeting
    from domain.errors import DuplicateElementError
    from domain.values import Actor, ActorRole

    actor = Actor("bench-writer", ActorRole.SYSTEM)
    pool = [(UUID(c), start, first_day) for c, start, first_day in conventions]
    day, count = 0, 0
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        convention, body, met_on = meeting_slot(pool, day)
        day += 1
        try:
            ledger.execution.record_meeting(convention, Meeting(body, met_on, f"B{day}"), actor)
        except DuplicateElementError:
            # A fast writer outruns its round's days into the next round's (or the data
            # set's): that day is taken; only the writes made are counted.
            continue
        count += 1
    return count


def _app_writer(url: str, conventions: list[Any], seconds: float, start: Any, results: Any) -> None:
    os.environ["POSTGRES_POOL_SIZE"] = os.environ["POSTGRES_MAX_OVERFLOW"] = (
        "2"  # 16 processes, 100 connections
    )
    platform_process()
    from infrastructure.bootstrap import build_ledger
    from infrastructure.settings import Settings

    ledger = build_ledger(Settings(database_url=url))
    count = 0
    start.wait()
    try:
        count = _record_meetings(ledger, conventions, seconds)
    finally:
        results.put(count)
        ledger.close()


def _app_threads(url: str, pools: list[list[Any]], seconds: float, start: Any, results: Any) -> None:
    """The application layer in one process, as the API is, one thread per client sharing one
    ledger: what HTTP writes are compared with (issue 18: the same number of processes)."""
    platform_process()
    from infrastructure.bootstrap import build_ledger
    from infrastructure.settings import Settings

    ledger = build_ledger(Settings(database_url=url))
    counts = [0] * len(pools)

    def write(index: int) -> None:
        counts[index] = _record_meetings(ledger, pools[index], seconds)

    threads = [threading.Thread(target=write, args=(i,)) for i in range(len(pools))]
    start.wait()
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        results.put(sum(counts))
        ledger.close()


def meeting_slot(pool: list[Any], n: int) -> tuple[Any, str, date]:
    """The n-th meeting a writer records: round-robin over its conventions (each keeps the size
    of a real one: a few dozen events more), on days after its start that no other writer, round
    or the data set uses (the data set meets on 15 March and 15 October: those days are skipped —
    moving them 150 days on met the writer's own later days, a duplicate meeting the domain
    refuses)."""
    convention, start, first_day = pool[n % len(pool)]
    slot, key = n // len(pool), (convention, start, first_day)
    # The writer's previous day on this convention, when it was the previous slot: one step
    # from it (walking from the start for every slot made the harness's own cost grow with
    # the writes, inside the timed loop — 0.3 ms a command at 600/s, which the raw writer it
    # is compared with does not pay).
    previous = _last_slots.get(key)
    if previous is not None and previous[0] == slot - 1:
        day, count = previous[1] + timedelta(days=1), 1
    else:
        day, count = date.fromisoformat(start) + timedelta(days=first_day), slot + 1
    for _ in range(count):
        while (day.month, day.day) in ((3, 15), (10, 15)):
            day += timedelta(days=1)
        chosen, day = day, day + timedelta(days=1)
    _last_slots[key] = (slot, chosen)
    return convention, "comite", chosen


_last_slots: dict[tuple[Any, str, int], tuple[int, date]] = {}


def _raw_writer(url: str, seconds: float, start: Any, results: Any) -> None:
    import psycopg

    count = 0
    stream = uuid.uuid4()
    with psycopg.connect(url) as conn:
        start.wait()
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            count += 1
            conn.execute(
                "INSERT INTO bench_raw_events (originator_id, originator_version, topic, state) VALUES (%s, %s, %s, %s)",
                (stream, count, "bench:Raw", PAYLOAD),
                prepare=True,
            )
            conn.commit()
    results.put(count)


def _sqlite_raw_writer(url: str, seconds: float, start: Any, results: Any) -> None:
    import sqlite3

    from infrastructure.settings import sqlite_path

    connection = sqlite3.connect(sqlite_path(url), timeout=30, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    stream, count = uuid.uuid4().hex, 0
    start.wait()
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        count += 1
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO bench_raw_events (originator_id, originator_version, topic, state) VALUES (?, ?, ?, ?)",
            (stream, count, "bench:Raw", PAYLOAD),
        )
        connection.execute("COMMIT")
    results.put(count)
    connection.close()


def _parallel(target: Callable[..., None], args_per_process: list[tuple[Any, ...]]) -> float:
    context = multiprocessing.get_context("spawn")
    start, results = context.Event(), context.Queue()
    processes = [context.Process(target=target, args=(*args, start, results)) for args in args_per_process]
    for process in processes:
        process.start()
    time.sleep(2.0)  # let them connect and import
    start.set()
    total = sum(results.get(timeout=120) for _ in processes)
    for process in processes:
        process.join(timeout=30)
    return total / SECONDS


def _round(pool: list[tuple[str, str]], round_: int) -> list[tuple[str, str, int]]:
    """A writer's conventions for one round: its own, on days no other round uses."""
    return [(c, start, 20 + round_ * 300) for c, start in pool]


def _shares(pools: list[list[Any]], writers: int) -> list[list[Any]]:
    """The pools dealt to ``writers`` writers: every round writes on all of them, whatever its
    number of writers, so that no convention grows faster than the others (one writer on a
    sixteenth of them had each gain hundreds of meetings a round)."""
    return [[c for k in range(j, len(pools), writers) for c in pools[k]] for j in range(writers)]


def _in_pairs(platform: Callable[[int], float], limit: Callable[[int], float]) -> dict[str, Any]:
    """The platform and its limit timed in turns, A B A B … (``PAIRS`` pairs, each on a round
    of its own, ``n`` the pair's number), so that a noisy neighbour weighs on both: the rates'
    medians and the ratio's median over the pairs, with its range."""
    rates = [(platform(n), limit(n)) for n in range(PAIRS)]
    ratios = sorted(a / b for a, b in rates)
    return {
        "platform_per_s": round(statistics.median(a for a, _ in rates)),
        "limit_per_s": round(statistics.median(b for _, b in rates)),
        "ratio": round(statistics.median(ratios), 3),
        "ratio_min": round(ratios[0], 3),
        "ratio_max": round(ratios[-1], 3),
        "pairs": PAIRS,
    }


def create_raw_table(url: str) -> None:
    if url.startswith("sqlite"):
        import sqlite3

        from infrastructure.settings import sqlite_path

        with contextlib.closing(sqlite3.connect(sqlite_path(url))) as connection:
            connection.execute(
                "CREATE TABLE IF NOT EXISTS bench_raw_events (originator_id TEXT, originator_version INTEGER, "
                "topic TEXT, state BLOB, PRIMARY KEY (originator_id, originator_version))"
            )
            connection.commit()
        return
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS bench_raw_events (notification_id BIGSERIAL PRIMARY KEY, "
            "originator_id uuid NOT NULL, originator_version bigint NOT NULL, topic text NOT NULL, "
            "state bytea NOT NULL, UNIQUE (originator_id, originator_version))"
        )


def measure_append(url: str, pools: list[list[str]]) -> dict[str, Any]:
    create_raw_table(url)
    raw_writer = _sqlite_raw_writer if url.startswith("sqlite") else _raw_writer
    figures: dict[str, Any] = {}
    for index, writers in enumerate(WRITERS):

        def app(n: int, writers: int = writers, first: int = index * PAIRS) -> float:
            shares = _shares(pools, writers)
            return _parallel(_app_writer, [(url, _round(share, first + n), SECONDS) for share in shares])

        def raw(_: int, writers: int = writers) -> float:
            return _parallel(raw_writer, [(url, SECONDS) for _ in range(writers)])

        paired = _in_pairs(app, raw)
        figures[str(writers)] = {
            "app_per_s": paired.pop("platform_per_s"),
            "raw_per_s": paired.pop("limit_per_s"),
            **paired,
        }
    return figures


# --- 2. HTTP writes, 4. replay, 6. reads: a real server --------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def server(url: str, folder: Path) -> Iterator[tuple[int, str]]:
    """The API in its own process (no worker: the benchmark settles the read side itself)."""
    from domain.values import Actor, ActorRole
    from infrastructure.settings import Settings
    from infrastructure.tokens import Tokens

    tokens = folder / "tokens.json"
    registry = Tokens.for_settings(Settings(database_url=url, tokens_file=tokens))
    token = registry.issue(Actor("bench-auditor", ActorRole.AUDITOR))
    system = registry.issue(Actor("bench-system", ActorRole.SYSTEM))
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "CONVENTIONS_TOKENS_FILE": str(tokens),
        "API_RUNS_WORKER": "false",
        "LOG_LEVEL": "WARNING",
        "WRITES_PER_SECOND": "1000000",
        "WRITE_BURST": "1000000",
        "DEMO_SIGN_IN": "true",  # the pages' clients sign in as a bench account (demo-…)
    }
    process = subprocess.Popen(  # noqa: S603 - our own server
        [sys.executable, "-m", "uvicorn", "--factory", "infrastructure.bootstrap:asgi_app",
         "--port", str(port), "--log-level", "warning", "--no-access-log"],
        env=env,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if process.poll() is not None:  # it stopped at start: say so, not a connection refused per client
                raise RuntimeError(f"The API server stopped at start (exit {process.returncode}): see above.")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
            time.sleep(0.1)
        yield port, json.dumps({"reader": token, "system": system})
    finally:
        process.terminate()
        process.wait(timeout=10)


def _http_writers(port: int, token: str, pools: list[list[str]], writers: int) -> float:
    counts = [0] * writers
    start = threading.Barrier(writers + 1)

    def write(index: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        pool, day = pools[index], 0
        start.wait()
        deadline = time.perf_counter() + SECONDS
        while time.perf_counter() < deadline:
            convention, body_id, met_on = meeting_slot(pool, day)
            body = json.dumps({"body_id": body_id, "met_on": met_on.isoformat(), "reference": f"H{day}"})
            connection.request("POST", f"/conventions/{convention}/meetings", body, headers)
            response = connection.getresponse()
            response.read()
            if response.status == 201:
                counts[index] += 1
            day += 1
        connection.close()

    threads = [threading.Thread(target=write, args=(i,)) for i in range(writers)]
    for thread in threads:
        thread.start()
    start.wait()
    for thread in threads:
        thread.join()
    return sum(counts) / SECONDS


def measure_http_writes(port: int, token: str, url: str, prepared: dict[str, Any]) -> dict[str, Any]:
    """HTTP writes against the application layer in one process with as many threads, in
    turns (``PAIRS`` pairs; each window on days of its own: the HTTP clients' rounds first,
    the application layer's after them)."""
    http_writes: dict[str, Any] = {}
    rounds = len(WRITERS) * PAIRS
    for index, w in enumerate(WRITERS):
        shares = _shares(prepared["http_pools"], w)

        def http(n: int, w: int = w, shares: list[list[Any]] = shares, first: int = index * PAIRS) -> float:
            return _http_writers(port, token, [_round(p, first + n) for p in shares], w)

        def app(n: int, shares: list[list[Any]] = shares, first: int = rounds + index * PAIRS) -> float:
            return _parallel(_app_threads, [(url, [_round(p, first + n) for p in shares], SECONDS)])

        paired = _in_pairs(http, app)
        http_writes[str(w)] = {
            "http_per_s": paired.pop("platform_per_s"),
            "app_one_process_per_s": paired.pop("limit_per_s"),
            **paired,
        }
    return http_writes


def measure_replay(url: str, port: int, token: str) -> dict[str, Any]:
    quiet()
    from application.history import MAX_PAGE, FeedQuery
    from infrastructure.bootstrap import build_ledger
    from infrastructure.settings import Settings

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    started = time.perf_counter()
    connection.request("GET", "/events/stream.ndjson", headers={"Authorization": f"Bearer {token}"})
    response = connection.getresponse()
    lines = sum(1 for _ in response)
    http_rate = lines / (time.perf_counter() - started)
    ledger = build_ledger(Settings(database_url=url))
    started, after, read = time.perf_counter(), 0, 0
    while True:
        page = ledger.history.feed(FeedQuery(after=after, limit=MAX_PAGE))
        read += len(page)
        if len(page) < MAX_PAGE:
            break
        after = page[-1].position or after
    in_process = read / (time.perf_counter() - started)
    ledger.close()
    return {"events": lines, "http_per_s": round(http_rate), "in_process_per_s": round(in_process),
            "ratio": round(http_rate / in_process, 3)}  # fmt: skip


def measure_reads(url: str, port: int, auditor: str, parties: dict[str, str]) -> dict[str, Any]:
    """Each portfolio over HTTP under 32 clients against the limit the issue names (18): a
    primary-key read of a precomputed document of the same size (the answer itself) by as many
    clients, in-process. The two are timed in turns (A B A B …, ``PAIRS`` pairs) so that a noisy
    neighbour moves both; the ratio is the median of the pairs' ratios, with their range. Each
    portfolio is read by its own party (an office its own, …), as most reads are; an auditor's
    read, which the platform records before answering (a write), is timed once beside it, and so
    are the queries that make a portfolio (what a reader pays when the read models have just
    moved)."""
    from domain.values import Actor, ActorRole
    from infrastructure.settings import Settings
    from infrastructure.tokens import Tokens
    from infrastructure.view_store import ViewStore
    from projections import portfolio_queries as q

    with tempfile.TemporaryDirectory() as folder:
        registry = Tokens.for_settings(Settings(database_url=url, tokens_file=Path(folder) / "tokens.json"))
        own = {
            name: registry.issue(Actor(f"bench-{name}", ActorRole.READER, UUID(party)))
            for name, party in parties.items()
        }

    store = ViewStore(url)
    today = datetime.now(UTC).date()
    with store.transaction() as rows:
        rows.execute("CREATE TABLE IF NOT EXISTS bench_documents (key TEXT PRIMARY KEY, body TEXT NOT NULL)")
    queries: dict[str, tuple[str, Callable[[], Any]]] = {
        "office": (f"/offices/{parties['office']}/portfolio",
                   lambda: q.office_portfolio(store, UUID(parties["office"]), today)),
        "collectivite": (f"/collectivites/{parties['collectivite']}/portfolio",
                         lambda: q.collectivite_portfolio(store, UUID(parties["collectivite"]), today)),
        "societe": (f"/societes-de-coordination/{parties['societe']}/portfolio",
                    lambda: q.societe_portfolio(store, UUID(parties["societe"]), today, today)),
    }  # fmt: skip
    figures: dict[str, Any] = {}
    for name, (path, query) in queries.items():
        token = own[name]
        body = _get(port, token, path)
        with store.transaction() as rows:
            rows.execute("DELETE FROM bench_documents WHERE key = ?", (name,))
            rows.execute("INSERT INTO bench_documents VALUES (?, ?)", (name, body.decode()))

        def by_key(name: str = name) -> None:
            store.query("SELECT body FROM bench_documents WHERE key = ?", (name,))

        pairs = []
        for _ in range(PAIRS):
            http_times = _concurrently(lambda path=path, token=token: _get(port, token, path))
            document_times = _concurrently(by_key)
            pairs.append((percentile(http_times, 0.95), percentile(document_times, 0.95)))
        auditor_times = _concurrently(lambda path=path: _get(port, auditor, path))
        query_times = _concurrently(query)
        ratios = sorted(http / document for http, document in pairs)
        figures[name] = {
            "document_bytes": len(body),
            "http_p95_ms": round(1000 * statistics.median(h for h, _ in pairs), 2),
            "document_p95_ms": round(1000 * statistics.median(d for _, d in pairs), 2),
            "ratio_p95": round(statistics.median(ratios), 2),
            "ratio_min": round(ratios[0], 2),
            "ratio_max": round(ratios[-1], 2),
            "pairs": len(pairs),
            "auditor_http_p95_ms": round(1000 * percentile(auditor_times, 0.95), 2),
            "query_p95_ms": round(1000 * percentile(query_times, 0.95), 2),
        }
    with store.transaction() as rows:
        rows.execute("DROP TABLE bench_documents")
    store.close()
    return figures


_local = threading.local()


def _get(port: int, token: str, path: str) -> bytes:
    return _fetch(port, path, {"Authorization": f"Bearer {token}"})


def _fetch(port: int, path: str, headers: dict[str, str]) -> bytes:
    """GET on this thread's kept-alive connection; one the server closed while it was idle
    (uvicorn's keep-alive is 5 s) is opened again."""
    for attempt in (1, 2):
        connection = getattr(_local, "connection", None)
        if connection is None:
            connection = _local.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            body = response.read()
        except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
            connection.close()
            _local.connection = None
            if attempt == 2:
                raise
            continue
        if response.status != 200:
            raise RuntimeError(f"GET {path}: {response.status}")
        return body
    raise AssertionError("unreachable")


def _concurrently(call: Callable[[], Any]) -> list[float]:
    times: list[float] = []
    lock = threading.Lock()

    def client() -> None:
        for _ in range(READS_PER_CLIENT):
            started = time.perf_counter()
            call()
            elapsed = time.perf_counter() - started
            with lock:
                times.append(elapsed)

    threads = [threading.Thread(target=client) for _ in range(READ_CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return times


# --- pages -------------------------------------------------------------------------------


def _signed_in(port: int, actor_id: str) -> str:
    """A session cookie of the web interface for a bench account (the development sign-in)."""
    import re

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", "/connexion")
    response = connection.getresponse()
    page = response.read().decode()
    cookie = (response.getheader("set-cookie") or "").split(";", 1)[0]
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    if found is None:
        raise RuntimeError("no sign-in form: is DEMO_SIGN_IN on?")
    body = f"csrf_token={found.group(1)}&actor_id={actor_id}"
    connection.request(
        "POST",
        "/connexion/demo",
        body=body,
        headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"},
    )
    response = connection.getresponse()
    response.read()
    if response.status != 303:
        raise RuntimeError(f"sign-in: {response.status}")
    return (response.getheader("set-cookie") or "").split(";", 1)[0]


def _alternating(
    port: int, first: tuple[str, dict[str, str]], second: tuple[str, dict[str, str]]
) -> tuple[list[float], list[float]]:
    """Each of PAGE_CLIENTS clients alternates the two reads: both are timed in the same window,
    under the same load (a noisy neighbour weighs on both alike)."""
    times: tuple[list[float], list[float]] = ([], [])
    lock = threading.Lock()

    def client() -> None:
        for _ in range(PAGE_READS_PER_CLIENT):
            for (path, headers), kept in ((first, times[0]), (second, times[1])):
                started = time.perf_counter()
                _fetch(port, path, headers)
                elapsed = time.perf_counter() - started
                with lock:
                    kept.append(elapsed)

    _local.__dict__.clear()
    threads = [threading.Thread(target=client) for _ in range(PAGE_CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return times


def measure_pages(url: str, port: int, folder: Path, office: str) -> dict[str, Any]:
    from application.accounts import Accounts
    from domain.values import Actor, ActorRole
    from infrastructure.accounts_store import SqlAccountStore
    from infrastructure.settings import Settings
    from infrastructure.tokens import Tokens

    actor = Actor("demo-bench-office", ActorRole.SIGNATORY, UUID(office))
    tokens = Tokens.for_settings(Settings(database_url=url, tokens_file=folder / "tokens.json"))
    bearer = {"Authorization": f"Bearer {tokens.issue(actor)}"}
    accounts = Accounts(SqlAccountStore(tokens.store), lambda _: None)
    if accounts.store.by_actor(actor.actor_id) is None:
        accounts.invite(
            email="bench-office@bench.invalid",
            role=actor.role,
            party_id=actor.party_id,
            display_name="Office (banc d'essai)",
            actor=Actor("bench-system", ActorRole.SYSTEM),
            actor_id=actor.actor_id,
        )
    session = {"Cookie": _signed_in(port, actor.actor_id)}
    portfolio = json.loads(_fetch(port, f"/offices/{office}/portfolio?limit=100", bearer))
    convention = portfolio["conventions"][0]["convention_id"]
    pairs = {
        "dashboard": ("/tableau-de-bord", f"/offices/{office}/portfolio?limit=100"),
        "convention": (f"/convention/{convention}", f"/conventions/{convention}"),
    }
    figures: dict[str, Any] = {}
    for name, (page, api) in pairs.items():
        page_times, api_times = _alternating(port, (page, session), (api, bearer))
        figures[name] = {
            "page_p50_ms": round(1000 * percentile(page_times, 0.5), 2),
            "page_p95_ms": round(1000 * percentile(page_times, 0.95), 2),
            "api_p50_ms": round(1000 * percentile(api_times, 0.5), 2),
            "api_p95_ms": round(1000 * percentile(api_times, 0.95), 2),
            "ratio_p95": round(percentile(page_times, 0.95) / percentile(api_times, 0.95), 2),
        }
    return figures


# --- 3. rebuild -------------------------------------------------------------------------------------


def _rebuild(url: str, results: Any) -> None:
    platform_process()
    from infrastructure.bootstrap import build_ledger, build_read_side
    from infrastructure.settings import Settings

    settings = Settings(database_url=url)
    ledger = build_ledger(settings)
    read_side = build_read_side(settings, ledger)
    page = read_side.projector.page_size
    started, after, read = time.perf_counter(), 0, 0
    while True:
        notifications = ledger.recorder.select_notifications(
            start=after, limit=page, inclusive_of_start=False
        )
        read += len(notifications)
        if len(notifications) < page:
            break
        after = notifications[-1].id
    raw_rate = read / (time.perf_counter() - started)
    ledger.alert_process.process()
    # The peak is the rebuild's: at 1M events the raw read and the alert process over the
    # benchmark's own writes, before it, had put it at 212 MB against the rebuild's 143.
    reset_peak_rss()
    started = time.perf_counter()
    applied = read_side.projector.rebuild()
    rebuild_rate = applied / (time.perf_counter() - started)
    peak_mb = peak_rss_mb()
    results.put({"events": applied, "rebuild_per_s": round(rebuild_rate), "raw_read_per_s": round(raw_rate),
                 "ratio": round(rebuild_rate / raw_rate, 3), "peak_rss_mb": round(peak_mb)})  # fmt: skip
    ledger.close()


def peak_rss_mb() -> float:
    """This process's peak resident memory. Not ``ru_maxrss``: Linux carries it over from the
    process that forked this one (the benchmark, which holds the generated data set), so a
    spawned child reported its parent's peak (1.8 GB at 1M events)."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak_rss() -> None:
    """Start this process's peak (``VmHWM``) afresh from its present size (Linux: ``clear_refs``),
    so that the peak read after a measurement is the measurement's own."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def measure_rebuild(url: str) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    process = context.Process(target=_rebuild, args=(url, results))
    process.start()
    figures: dict[str, Any] = results.get(timeout=3600)
    process.join()
    return figures


# --- 5. time travel ----------------------------------------------------------------------------------


def measure_time_travel(url: str, convention: str, middle: datetime) -> dict[str, Any]:
    quiet()
    from application.history import Point
    from application.ledger import ConventionLedger
    from infrastructure.bootstrap import build_ledger
    from infrastructure.settings import Settings, persistence_env

    class AsConfigured(ConventionLedger):
        """Snapshots as the environment says (the ledger's own class always takes them)."""

        name = "ConventionLedger"  # the same tables (the library names them after the class)
        snapshotting_intervals = {}  # type: ignore[assignment]

    cid = UUID(convention)
    figures: dict[str, Any] = {}
    snapshots = {"with_snapshots": "yes", "without_snapshots": "no"}
    for label, enabled in snapshots.items():
        # The current state two ways: from the aggregate cache (what commands and reads get)
        # and from the store (the latest snapshot and the events after it, or a full replay):
        # the ratios compare reading the past with reading the present from the same store.
        def ledger_with(cache: str, enabled: str = enabled) -> ConventionLedger:
            env = {
                **persistence_env(url),
                "IS_SNAPSHOTTING_ENABLED": enabled,
                "AGGREGATE_CACHE_MAXSIZE": cache,
            }
            return (
                build_ledger(Settings(database_url=url))
                if enabled == "yes" and cache
                else AsConfigured(env=env)
            )

        cached, stored = ledger_with("1000"), ledger_with("")
        reads = {
            "current": lambda s=stored: s.get_convention(cid).latest_terms,
            "current_cached": lambda c=cached: c.get_convention(cid).latest_terms,
            "in_force_on": lambda c=cached: c.history.convention_at(cid, Point()).terms_on(date(2023, 6, 1)),
            "recorded_at": lambda c=cached: (
                c.history.convention_at(cid, Point(recorded_at=middle)).latest_terms
            ),
        }
        row: dict[str, Any] = {}
        for name, read in reads.items():
            read()
            times = []
            for _ in range(30):
                started = time.perf_counter()
                read()
                times.append(time.perf_counter() - started)
            row[f"{name}_p50_ms"] = round(1000 * statistics.median(times), 2)
            row[f"{name}_p95_ms"] = round(1000 * percentile(times, 0.95), 2)
        row["in_force_on_ratio_p95"] = round(row["in_force_on_p95_ms"] / row["current_p95_ms"], 2)
        row["recorded_at_ratio_p95"] = round(row["recorded_at_p95_ms"] / row["current_p95_ms"], 2)
        figures[label] = row
        cached.close()
        stored.close()
    return figures


# --- a run -------------------------------------------------------------------------------------------


def prepare(url: str, events: int) -> dict[str, Any]:
    """The data set, the writers' conventions, the 1,000-event convention."""
    quiet()
    from benchmarks.dataset import write_data_set
    from domain.convention import Meeting
    from domain.values import Actor, ActorRole
    from infrastructure.bootstrap import build_ledger
    from infrastructure.settings import Settings

    ledger = build_ledger(Settings(database_url=url))
    generator = write_data_set(ledger, events)
    # Writers record meetings on the data set's own conventions: each writer its share, the
    # application's writers and the HTTP clients different halves.
    shares = 2 * max(WRITERS)
    conventions = [(str(c), generator.data.starts[c].isoformat()) for c in generator.data.conventions]
    pools = [conventions[i::shares] for i in range(max(WRITERS))]
    http_pools = [conventions[max(WRITERS) + i :: shares] for i in range(max(WRITERS))]
    long = generator.convention(start_year=2021, activity=False)
    actor = Actor("bench-history", ActorRole.SYSTEM)
    middle = None
    for day in range(TIME_TRAVEL_EVENTS):
        ledger.execution.record_meeting(
            long, Meeting("comite", date(2021, 1, 1) + timedelta(days=day), f"T{day}"), actor
        )
        if day == TIME_TRAVEL_EVENTS // 2:
            middle = datetime.now(UTC)
    office, dep = generator.data.offices[0]
    member_sc = generator.data.societes[0]
    prepared = {
        "events": ledger.history.last_position(),
        "conventions": len(generator.data.conventions),
        "pools": pools,
        "http_pools": http_pools,
        "long": str(long),
        "middle": (middle or datetime.now(UTC)).isoformat(),
        "parties": {"office": str(office), "collectivite": str(dep), "societe": str(member_sc)},
    }
    ledger.close()
    return prepared


def settle(url: str) -> None:
    quiet()
    from infrastructure.bootstrap import build_ledger, build_read_side
    from infrastructure.settings import Settings

    settings = Settings(database_url=url)
    ledger = build_ledger(settings)
    build_read_side(settings, ledger).settle()
    ledger.close()


def run_store(store: str, url: str, events: int, only: str | None = None) -> dict[str, Any]:
    print(f"[{store} {events}] data set…", flush=True)
    started = time.perf_counter()
    prepared = prepare(url, events)
    generation = time.perf_counter() - started
    settle(url)
    result: dict[str, Any] = {"store": store, "target_events": events, "events": prepared["events"],
                              "conventions": prepared["conventions"], "generation_s": round(generation)}  # fmt: skip

    def step(label: str) -> None:
        """Announce the next measurement after the figures so far: a run that fails later (an hour
        in, at 1M events) keeps them in its output."""
        print(json.dumps(result), flush=True)
        print(f"[{store} {events}] {label}…", flush=True)

    if only == "reads":
        with tempfile.TemporaryDirectory() as folder, server(url, Path(folder)) as (port, tokens):
            step("reads")
            result["reads"] = measure_reads(url, port, json.loads(tokens)["reader"], prepared["parties"])
        return result
    if only == "pages":
        with tempfile.TemporaryDirectory() as folder, server(url, Path(folder)) as (port, _):
            step("pages")
            result["pages"] = measure_pages(url, port, Path(folder), prepared["parties"]["office"])
        return result
    if only == "http":
        with tempfile.TemporaryDirectory() as folder, server(url, Path(folder)) as (port, tokens):
            step("HTTP writes")
            result["http_writes"] = measure_http_writes(port, json.loads(tokens)["system"], url, prepared)
        return result
    step("append")
    result["append"] = measure_append(url, prepared["pools"])
    step("rebuild")
    result["rebuild"] = measure_rebuild(url)
    step("time travel")
    result["time_travel"] = measure_time_travel(
        url, prepared["long"], datetime.fromisoformat(prepared["middle"])
    )
    with tempfile.TemporaryDirectory() as folder, server(url, Path(folder)) as (port, tokens):
        token = json.loads(tokens)
        step("HTTP writes")
        result["http_writes"] = measure_http_writes(port, token["system"], url, prepared)
        for w, figures in result["http_writes"].items():
            figures["app_per_s"] = result["append"][w]["app_per_s"]
        settle(url)
        step("replay")
        result["replay"] = measure_replay(url, port, token["reader"])
        step("reads")
        result["reads"] = measure_reads(url, port, token["reader"], prepared["parties"])
        step("pages")
        result["pages"] = measure_pages(url, port, Path(folder), prepared["parties"]["office"])
    return result


def table(results: list[dict[str, Any]]) -> str:
    from benchmarks.table import render

    return render(results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000", help="PostgreSQL sizes, comma-separated")
    parser.add_argument("--sqlite-sizes", default="10000", help="SQLite sizes, comma-separated ('' for none)")
    parser.add_argument("--out", default="benchmarks/results.json")
    parser.add_argument(
        "--only", choices=["pages", "reads", "http"], help="only this measurement (after the data set)"
    )
    args = parser.parse_args()
    results = []
    for size in [int(s) for s in args.sizes.split(",") if s]:
        with postgres_database() as url:
            results.append(run_store("postgresql", url, size, args.only))
    for size in [int(s) for s in args.sqlite_sizes.split(",") if s]:
        with sqlite_database() as url:
            results.append(run_store("sqlite", url, size, args.only))
    machine = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
    }
    Path(args.out).write_text(json.dumps({"machine": machine, "results": results}, indent=2) + "\n")
    print(table(results))
    print(f"\n{machine['date']}, {machine['cpus']} CPUs, Python {machine['python']} — JSON: {args.out}")


if __name__ == "__main__":
    main()
