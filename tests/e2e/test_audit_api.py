"""The audit trail over HTTP: the public key is published, the administrator signs checkpoints,
an auditor verifies the chain and gets proofs that verify with the standalone toolkit, and each
of its reads is recorded; after a direct edit of the store, verification names the position.
The command line says the same, and the worker signs a closure once a day."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from client.audit import leaf_hash, verify_checkpoint_signature, verify_consistency, verify_inclusion
from domain.values import Actor, ActorRole
from infrastructure.settings import sqlite_path
from tests.builders import World

pytestmark = pytest.mark.stores("sqlite")


def test_an_auditor_verifies_the_chain_and_its_proofs(api, database_url):
    world = World(api.client.app.state.ledger)
    world.convention_in_force()
    auditor = api.token_for(Actor("crc-bfc", ActorRole.AUDITOR))
    key = api.client.get("/audit/public-key").json()  # public: no token
    assert key["algorithm"] == "Ed25519" and "BEGIN PUBLIC KEY" in key["public_key_pem"]

    first = api.post("/audit/checkpoints", {}, api.admin)
    world.convention_in_force()
    second = api.post("/audit/checkpoints", {}, api.admin)
    assert second["tree_size"] > first["tree_size"]
    for checkpoint in (first, second):
        assert verify_checkpoint_signature(checkpoint, key["public_key_pem"].encode())
    # Both listed (with the worker's daily closure, if it signed one first).
    listed = api.client.get("/audit/checkpoints", headers=auditor).json()
    assert first in listed and second in listed and listed[-1] == second

    report = api.client.get("/audit/verification", headers=auditor).json()
    assert report["ok"] and report["events_checked"] == second["tree_size"]
    assert report["checkpoints_checked"] == len(listed) and report["first_position"] is None

    inclusion = api.client.get(
        "/audit/proofs/inclusion", params={"position": 3, "tree_size": second["tree_size"]}, headers=auditor
    ).json()
    assert verify_inclusion(
        inclusion["leaf_index"],
        second["tree_size"],
        leaf_hash(inclusion["chain_hash"]),
        [bytes.fromhex(p) for p in inclusion["proof"]],
        bytes.fromhex(second["root"]),
    )
    consistency = api.client.get(
        "/audit/proofs/consistency",
        params={"first": first["tree_size"], "second": second["tree_size"]},
        headers=auditor,
    ).json()
    assert verify_consistency(
        first["tree_size"],
        second["tree_size"],
        bytes.fromhex(first["root"]),
        bytes.fromhex(second["root"]),
        [bytes.fromhex(p) for p in consistency["proof"]],
    )

    # Every read of the auditor was recorded: who read what, when.
    reads = api.client.get(
        "/audit/reads", params={"actor_id": "crc-bfc", "limit": 1000}, headers=api.admin
    ).json()
    paths = [r["path"] for r in reads]
    assert paths.count("/audit/verification") == 1 and "/audit/proofs/inclusion" in paths
    assert any("first=" in r["query"] for r in reads) and all(r["read_at"].endswith("+00:00") for r in reads)
    assert (
        api.client.get("/audit/reads", headers=api.token_for(world.signatory(world.oph_nievre))).status_code
        == 403
    )

    # A database administrator edits an actor in the store, behind the platform's back.
    with sqlite3.connect(sqlite_path(database_url)) as connection:
        table = api.client.app.state.ledger.recorder.events_table_name
        connection.execute(
            f"UPDATE {table} SET state = CAST(replace(CAST(state AS TEXT), 'actor_id', 'actor_id') || ' ' AS BLOB) "  # noqa: S608
            "WHERE rowid = 5"
        )
    report = api.client.get("/audit/verification", headers=auditor).json()
    assert not report["ok"] and report["first_position"] == 5
    assert report["discrepancies"][0]["kind"] == "altered-event"


def test_the_command_line_verifies_and_fails_on_a_tampered_store(tmp_path):
    env = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'store.db'}",
        "CONVENTIONS_TOKENS_FILE": str(tmp_path / "tokens.json"),
        "PATH": "",
    }

    def conventions(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(  # noqa: S603 - our own command
            [sys.executable, "-m", "infrastructure.cli", *args], env=env, capture_output=True, text=True, cwd=tmp_path, check=False
        )  # fmt: skip

    assert conventions("demo").returncode == 0
    assert conventions("checkpoint").returncode == 0
    sound = conventions("verify")
    assert sound.returncode == 0 and "Intègre" in sound.stdout
    with sqlite3.connect(tmp_path / "store.db") as connection:
        connection.execute("DELETE FROM stored_events WHERE rowid = 40")
    tampered = conventions("verify")
    assert tampered.returncode == 1 and "position 40 [deleted-event]" in tampered.stdout


def test_the_daily_closure_signs_once_a_day_when_events_were_recorded(tmp_path):
    from infrastructure.audit_trail import DailyClosure, Signer, StoreAuditTrail
    from infrastructure.bootstrap import build_ledger
    from tests.settings import Settings

    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'store.db'}", tokens_file=tmp_path / "tokens.json"
    )
    ledger = build_ledger(settings)
    trail = StoreAuditTrail(ledger.recorder.chain_access, Signer(settings.signing_key_file))
    closure = DailyClosure(trail, check_every_seconds=0)
    closure()
    assert trail.checkpoints() == []  # nothing recorded: nothing to close
    world = World(ledger)
    closure()
    closure()
    closures = trail.checkpoints()
    assert len(closures) == 1 and closures[0]["tree_size"] == ledger.history.last_position()
    world.convention_in_force()  # more events the same day: tomorrow's closure will take them
    closure()
    assert len(trail.checkpoints()) == 1
    ledger.close()
