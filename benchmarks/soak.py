"""Soak (issue 16): the API in its own process under a steady mix of writes and reads for a
while; its resident memory (RSS, from /proc) after warm-up and at the end. The target: the end
within 10 % of the value after warm-up (memory flat, not growing).

    .venv/bin/python -m benchmarks.soak --minutes 10 [--database-url URL] [--conventions 40] [--trace]

Default store: a SQLite file of its own (a PostgreSQL URL works the same). The clients spread
their payments over ``--conventions`` conventions, as a real load does (every write to one
convention measures that convention's growth, not a leak). With ``--trace`` the API runs under
tracemalloc and the soak prints what grew most between warm-up and the end (slower: the figures
of a traced run are not the target's). Prints the figures and exits 1 when the target is
missed.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
import urllib.error
import urllib.request
from datetime import date
from pathlib import Path
from typing import Any

from application.ledger import ConventionLedger
from infrastructure.settings import Settings, persistence_env
from infrastructure.tokens import Tokens
from tests.builders import World
from tests.e2e.servers import free_port

WARM_UP_SECONDS = 60
CLIENTS = 4


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def call(
    port: int,
    method: str,
    path: str,
    token: str,
    body: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, str]:
    """The status and the ETag of the answer."""
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        data=json.dumps(body).encode() if body is not None else None,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json", **(headers or {})},
        method=method,
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310
            answer.read()
            return int(answer.status), answer.headers.get("ETag", "")
    except urllib.error.HTTPError as error:
        return int(error.code), ""


def wait_for_files(folder: Path, count: int) -> None:
    deadline = time.monotonic() + 300
    while len(list(folder.glob("*.tracemalloc"))) < count and time.monotonic() < deadline:
        time.sleep(1)
    time.sleep(5)  # the last one fully written


def print_growth(folder: Path, top: int = 15) -> None:
    """What grew most between the first snapshot and the last, by where it was allocated."""
    first, *_, last = sorted(folder.glob("*.tracemalloc"))
    ignored = [tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, "<frozen *>")]
    before = tracemalloc.Snapshot.load(str(first)).filter_traces(ignored)
    after = tracemalloc.Snapshot.load(str(last)).filter_traces(ignored)
    total = sum(s.size for s in after.statistics("filename")) - sum(
        s.size for s in before.statistics("filename")
    )
    print(f"tracemalloc: {total / 1024 / 1024:+.1f} MiB traced between warm-up and the end; most grown:")
    for stat in after.compare_to(before, "traceback")[:top]:
        print(f"  {stat.size_diff / 1024:+9.1f} KiB  {stat.count_diff:+7d} blocks")
        for line in stat.traceback.format()[-8:]:
            print(f"      {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--conventions", type=int, default=40)
    parser.add_argument(
        "--writes",
        choices=("draft-changes", "payments"),
        default="draft-changes",
        help="draft-changes: each write replaces an axis of a draft (the state stays the same size: "
        "growth is a leak); payments: each write adds a payment (the conventions grow, and so does "
        "what the caches hold of them)",
    )
    parser.add_argument("--trace", action="store_true", help="tracemalloc: what grew most")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="conventions-soak-"))
    url = args.database_url or f"sqlite:///{folder / 'soak.sqlite3'}"
    settings = Settings(database_url=url, tokens_file=folder / "tokens.json")
    ledger = ConventionLedger(env=persistence_env(url))
    world = World(ledger)
    make = world.rattachement_convention if args.writes == "draft-changes" else world.convention_in_force
    conventions = [make() for _ in range(args.conventions)]
    token = Tokens.for_settings(settings).issue(world.signatory(world.nievre))  # party to every one
    ledger.close()
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "CONVENTIONS_TOKENS_FILE": str(settings.tokens_file),
        "LOG_LEVEL": "WARNING",
        "WRITES_PER_SECOND": "100000",
        "WRITE_BURST": "100000",
    }
    snapshots = folder / "snapshots"
    if args.trace:
        snapshots.mkdir()
        env["SOAK_SNAPSHOTS"] = str(snapshots)
        env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
        command = [sys.executable, "-X", "tracemalloc=12", "-m", "benchmarks.soak_server"]
    else:
        command = [str(Path(sys.executable).with_name("conventions")), "serve"]
    api = subprocess.Popen(  # noqa: S603 - our own program
        [*command, "--port", str(port)], cwd=folder, env=env, stdout=subprocess.DEVNULL
    )
    stop = threading.Event()
    counts = {"writes": 0, "reads": 0, "errors": 0}
    lock = threading.Lock()

    def client(number: int) -> None:
        index = 0
        while not stop.is_set():
            index += 1
            # Each client writes to conventions of its own (no two clients race on one).
            mine = conventions[number::CLIENTS]
            cid = mine[index % len(mine)]
            reads = [
                call(port, "GET", path, token)
                for path in (f"/conventions/{cid}", f"/conventions/{cid}/timeline", "/conventions", "/alerts")
            ]
            if args.writes == "draft-changes":
                status, _ = call(
                    port,
                    "POST",
                    f"/conventions/{cid}/draft-changes",
                    token,
                    {
                        "op": "set_axis",
                        "axis": {
                            "axis_id": "A1",
                            "family": "developpement_patrimonial",
                            "title": f"Axe {index}",
                        },
                    },
                    {"If-Match": reads[0][1]},
                )
            else:
                status, _ = call(
                    port,
                    "POST",
                    f"/conventions/{cid}/payments",
                    token,
                    {
                        "contrepartie_id": "subv",
                        "year": 2021,
                        "amount": "0.01",
                        "beneficiary_id": str(world.oph_nievre),
                        "paid_on": date(2021, 6, 1).isoformat(),
                        "reference": f"S{number}-{index}",
                    },
                )
            statuses = [status] + [s for s, _ in reads]
            with lock:
                counts["writes"] += 1
                counts["reads"] += 4
                counts["errors"] += sum(s >= 400 for s in statuses)

    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(CLIENTS)]
        for thread in threads:
            thread.start()
        started = time.monotonic()
        samples: list[tuple[float, int]] = []
        while time.monotonic() - started < args.minutes * 60:
            time.sleep(10)
            samples.append((time.monotonic() - started, rss_kib(api.pid)))
            if args.trace and len(samples) == WARM_UP_SECONDS // 10:
                api.send_signal(signal.SIGUSR1)
            print(f"{samples[-1][0]:6.0f} s  RSS {samples[-1][1] / 1024:6.1f} MiB  {counts}", flush=True)
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
        if args.trace:
            api.send_signal(signal.SIGUSR1)
            wait_for_files(snapshots, 2)
            print_growth(snapshots)
    finally:
        api.terminate()
        api.wait(timeout=30)
    warm = next((rss for at, rss in samples if at >= WARM_UP_SECONDS), samples[0][1])
    end = samples[-1][1]
    growth = (end - warm) / warm
    print(
        f"RSS after warm-up ({WARM_UP_SECONDS} s): {warm / 1024:.1f} MiB; at the end ({samples[-1][0]:.0f} s): "
        f"{end / 1024:.1f} MiB; {growth:+.1%} (limit +10 %); {counts['writes']} writes, "
        f"{counts['reads']} reads, {counts['errors']} answers 4xx or 5xx ({args.writes}, "
        f"{args.conventions} conventions)"
    )
    return 0 if growth <= 0.10 and counts["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
