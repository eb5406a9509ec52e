"""The operator's commands, run as operators run them: the ``conventions`` program in its own
process, on a SQLite file (PostgreSQL shares the code path: the audit tests cover both)."""

from __future__ import annotations

import gc
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

PROGRAM = Path(sys.executable).with_name("conventions")


def run(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{folder}/ledger.sqlite3",
        "CONVENTIONS_TOKENS_FILE": str(folder / "var" / "tokens.json"),
        "LOG_LEVEL": "WARNING",
    }
    return subprocess.run(  # noqa: S603 - our own program
        [str(PROGRAM), *args], cwd=folder, env=env, capture_output=True, text=True, timeout=300
    )


def test_checkpoint_and_verify_on_a_store_then_verify_finds_a_tampered_event(tmp_path):
    assert run(tmp_path, "demo").returncode == 0
    signed = run(tmp_path, "checkpoint")
    assert signed.returncode == 0, signed.stderr
    assert "Point de contrôle signé" in signed.stdout

    sound = run(tmp_path, "verify")
    assert sound.returncode == 0, sound.stderr
    assert "Intègre" in sound.stdout and "1 points de contrôle signés" in sound.stdout

    with sqlite3.connect(tmp_path / "ledger.sqlite3") as db:
        db.execute(
            "UPDATE stored_events SET state = CAST(REPLACE(CAST(state AS TEXT), 'comite', 'comitE') AS BLOB) WHERE rowid = (SELECT MIN(rowid) FROM stored_events WHERE CAST(state AS TEXT) LIKE '%comite%')"
        )
        assert db.total_changes == 1
    tampered = run(tmp_path, "verify")
    assert tampered.returncode == 1
    assert "ALTÉRÉ" in tampered.stdout and "[altered-event]" in tampered.stdout


def test_an_audit_trail_keeps_its_store_open_when_its_ledger_is_no_longer_referenced(tmp_path):
    # The library closes an application's store when the application is collected: the CLI
    # once built a trail on a ledger it did not keep, and verifying a large store failed.
    from infrastructure.bootstrap import build_audit_trail, build_ledger
    from tests.settings import Settings

    settings = Settings(database_url=f"sqlite:///{tmp_path}/ledger.sqlite3", tokens_file=tmp_path / "t.json")
    trail = build_audit_trail(settings, build_ledger(settings))
    gc.collect()
    assert trail.verify().ok


def test_a_second_api_process_on_one_sqlite_file_is_refused_at_start(tmp_path):
    """The embedded store serves one API process; several are refused at start, naming
    PostgreSQL (issue 16: three processes on one file answered 500 to 13–21 % of writes)."""
    import time
    import urllib.request

    from tests.e2e.servers import free_port

    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path}/ledger.sqlite3",
        "CONVENTIONS_TOKENS_FILE": str(tmp_path / "var" / "tokens.json"),
        "LOG_LEVEL": "WARNING",
    }
    first = subprocess.Popen(  # noqa: S603 - our own program
        [str(PROGRAM), "serve", "--port", str(port)], cwd=tmp_path, env=env
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline or first.poll() is not None:
                    raise
                time.sleep(0.2)
        second = run(tmp_path, "serve", "--port", str(free_port()))
        assert second.returncode == 2, second.stdout + second.stderr
        assert "PostgreSQL" in second.stderr
        # Operators' commands still run beside the server.
        assert run(tmp_path, "verify").returncode == 0
    finally:
        first.terminate()
        first.wait(timeout=30)


def test_check_views_compares_the_read_models_with_a_rebuild_made_aside(tmp_path):
    assert run(tmp_path, "demo").returncode == 0
    checked = run(tmp_path, "check-views")
    assert checked.returncode == 0 and checked.stdout.startswith("Conformes"), checked.stdout + checked.stderr
    with sqlite3.connect(tmp_path / "ledger.sqlite3") as db:
        db.execute("UPDATE convention_contreparties SET paid_cents = paid_cents + 100000000 WHERE rowid = 1")
    checked = run(tmp_path, "check-views")
    assert checked.returncode == 1 and "DIFFÈRE convention_contreparties" in checked.stdout, checked.stdout


def on_a_terminal(folder: Path, *args: str) -> str:
    """Run the program with a terminal for its output (a pseudo-terminal), as an operator
    does; what the terminal showed."""
    import pty

    leader, follower = pty.openpty()
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{folder}/ledger.sqlite3",
        "CONVENTIONS_TOKENS_FILE": str(folder / "var" / "tokens.json"),
        "LOG_LEVEL": "WARNING",
        "TERM": "xterm",
        "COLUMNS": "120",
    }
    process = subprocess.Popen(  # noqa: S603 - our own program
        [str(PROGRAM), *args], cwd=folder, env=env, stdout=follower, stderr=follower, stdin=subprocess.DEVNULL
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the program is done
            break
        if not chunk:
            break
        shown += chunk
    process.wait(timeout=300)
    os.close(leader)
    assert process.returncode == 0, shown.decode(errors="replace")
    return shown.decode(errors="replace")


def test_long_work_shows_its_progress_on_a_terminal_only(tmp_path):
    demo = on_a_terminal(tmp_path, "demo")
    assert "Chargement de la démo" in demo and "11/11" in demo
    events = (
        sqlite3.connect(tmp_path / "ledger.sqlite3")
        .execute("SELECT MAX(rowid) FROM stored_events")
        .fetchone()[0]
    )
    rebuilt = on_a_terminal(tmp_path, "rebuild-views")
    assert "Reconstruction des vues" in rebuilt and f"{events}/{events}" in rebuilt
    verified = on_a_terminal(tmp_path, "verify")
    assert (
        "Vérification de la chaîne" in verified and f"{events}/{events}" in verified and "Intègre" in verified
    )
    # Through a pipe (a log, a cron job), no bar: the result lines alone.
    piped = run(tmp_path, "rebuild-views")
    assert "Reconstruction des vues" not in piped.stdout + piped.stderr
    assert "reconstruites" in piped.stdout


def test_under_json_logging_every_line_of_the_server_is_json(tmp_path):
    """uvicorn's own lines (start, address, stop) come through the same JSON renderer as ours."""
    import json
    import socket
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path}/ledger.sqlite3",
        "CONVENTIONS_TOKENS_FILE": str(tmp_path / "var" / "tokens.json"),
        "LOG_FORMAT": "json",
        "LOG_LEVEL": "INFO",
    }
    server = subprocess.Popen(  # noqa: S603 - our own program
        [str(PROGRAM), "serve", "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as answer:
                    assert answer.status == 200
                    break
            except OSError:
                time.sleep(0.2)
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    lines = [line for line in output.splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]  # every line parses
    events = [r.get("event", "") for r in records]
    assert any("Uvicorn running on" in e for e in events)
    assert any("Shutting down" in e or "Finished server process" in e for e in events)
    assert all("level" in r and "timestamp" in r for r in records)
