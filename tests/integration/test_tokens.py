"""Tokens in the database (issue 16): concurrent issues and revocations lose nothing, a
revocation holds at once for every process, and the token file of an earlier version is
imported once."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from domain.errors import AccountNotFoundError, InvalidValueError
from domain.values import Actor, ActorRole
from infrastructure.bootstrap import build_accounts, build_ledger
from infrastructure.tokens import Tokens, token_hash
from infrastructure.view_store import ViewStore
from tests.builders import ADMIN, World
from tests.settings import Settings

ROUNDS = 20
WRITERS = 8


def one_round(registries: list[Tokens], reader: Tokens, round_: int) -> tuple[int, int]:
    """Eight issues and a revocation at once; how many new tokens were lost, whether the
    revocation was undone."""
    victim = Actor(f"revoque-{round_}", ActorRole.EDITOR)
    revoked_token = registries[0].issue(victim)
    issued: list[str] = [""] * WRITERS
    start = threading.Barrier(WRITERS + 1)

    def issue(index: int) -> None:
        start.wait()
        issued[index] = registries[index + 1].issue(Actor(f"acteur-{round_}-{index}", ActorRole.READER))

    def revoke() -> None:
        start.wait()
        registries[0].revoke(victim.actor_id)

    threads = [threading.Thread(target=issue, args=(i,)) for i in range(WRITERS)]
    threads.append(threading.Thread(target=revoke))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    lost = sum(reader.authenticate(token) is None for token in issued)
    return lost, int(reader.authenticate(revoked_token) is not None)


@pytest.mark.stores("sqlite", "postgres")
def test_concurrent_issues_and_revocations_lose_nothing(database_url, tmp_path):
    settings = Settings(database_url=database_url, tokens_file=tmp_path / "tokens.json")
    # Each writer its own registry and connections, as separate processes would have.
    stores = [ViewStore(database_url) for _ in range(WRITERS + 2)]
    try:
        registries = [Tokens.for_settings(settings, store) for store in stores[1:]]
        reader = Tokens.for_settings(settings, stores[0])
        results = [one_round(registries, reader, round_) for round_ in range(ROUNDS)]
    finally:
        for store in stores:
            store.close()
    assert (sum(r[0] for r in results), sum(r[1] for r in results)) == (0, 0)


def test_a_new_token_replaces_the_previous_one_at_once_everywhere(tmp_path):
    settings = Settings(database_url=f"sqlite:///{tmp_path}/ledger.sqlite3", tokens_file=tmp_path / "t.json")
    one, other = Tokens.for_settings(settings), Tokens.for_settings(settings)
    actor = Actor("dg", ActorRole.SIGNATORY)
    first = one.issue(actor)
    assert other.authenticate(first) == actor
    second = one.issue(actor)  # rotation
    assert other.authenticate(first) is None and other.authenticate(second) == actor
    assert one.revoke("dg") and other.authenticate(second) is None
    assert not one.revoke("dg")


def test_the_token_file_of_an_earlier_version_is_imported_once(tmp_path):
    legacy = tmp_path / "tokens.json"
    legacy.write_text(
        json.dumps(
            [
                {
                    "token_sha256": token_hash("ancien-jeton"),
                    "actor_id": "crc",
                    "role": "auditor",
                    "party_id": None,
                }
            ]
        )
    )
    settings = Settings(database_url=f"sqlite:///{tmp_path}/ledger.sqlite3", tokens_file=legacy)
    tokens = Tokens.for_settings(settings)
    assert tokens.authenticate("ancien-jeton") == Actor("crc", ActorRole.AUDITOR)
    assert not legacy.exists() and Path(f"{legacy}.imported").exists()
    tokens.revoke("crc")
    # Opened again, the revocation holds: the file is not read twice.
    assert Tokens.for_settings(settings).authenticate("ancien-jeton") is None


def test_closing_an_account_closes_its_token_and_a_token_acts_as_its_account(database_url, tmp_path):
    """A person whose account is closed can no more write through the API than sign in; a
    token issued for an account's actor has that account's role and party."""
    settings = Settings(database_url=database_url, tokens_file=tmp_path / "tokens.json")
    ledger = build_ledger(settings)
    world = World(ledger)
    tokens = Tokens.for_settings(settings)
    accounts = build_accounts(settings, ledger, tokens)
    account = accounts.invite(
        email="daf@nievre-habitat.fr",
        role=ActorRole.EDITOR,
        party_id=world.oph_nievre,
        display_name="DAF",
        actor=ADMIN,
    )
    with pytest.raises(InvalidValueError):  # another role than the account's
        accounts.check_token_matches(Actor(account.actor_id, ActorRole.SIGNATORY, world.oph_nievre))
    accounts.check_token_matches(account.actor)
    token = tokens.issue(account.actor)
    assert tokens.authenticate(token) == account.actor

    accounts.revoke(account.actor_id, ADMIN)
    assert tokens.authenticate(token) is None
    with pytest.raises(AccountNotFoundError):
        accounts.check_token_matches(account.actor)
    ledger.close()
