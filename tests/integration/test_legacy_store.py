"""A store written by an earlier main still loads and replays (fixtures in tests/fixtures/legacy,
made by ``make_store.py`` at that commit): the same terms in force on every date it recorded,
the same versions and statuses, its audit chain intact, its read models rebuilt, its alert
process resumed — including facts the rules of today would refuse (history is never rewritten)."""

from __future__ import annotations

import gzip
import json
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from eventsourcing.persistence import StoredEvent

from application.ledger import ConventionLedger
from application.serialization import to_jsonable
from domain.convention import Convention, Payment
from domain.errors import ConventionEndedError
from domain.values import Actor, ActorRole
from infrastructure.bootstrap import build_audit_trail, build_ledger, build_read_side
from infrastructure.settings import persistence_env
from tests.builders import refused
from tests.settings import Settings

LEGACY = Path(__file__).resolve().parents[1] / "fixtures" / "legacy"
COMMITS = ("c3552ea",)


def covers(expected: Any, actual: Any, where: str = "") -> None:
    """``actual`` holds everything ``expected`` does (fields added since may be there too)."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), where
        for key, value in expected.items():
            assert key in actual, f"{where}.{key} is gone"
            covers(value, actual[key], f"{where}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list) and len(actual) == len(expected), where
        for index, (e, a) in enumerate(zip(expected, actual, strict=True)):
            covers(e, a, f"{where}[{index}]")
    else:
        assert actual == expected, f"{where}: {actual!r} != {expected!r}"


def same_as_recorded(ledger: ConventionLedger, expected: dict[str, Any]) -> None:
    for name, recorded in expected["conventions"].items():
        convention = ledger.get_convention(UUID(recorded["id"]))
        assert convention.version == recorded["version"], name
        assert convention.status.value == recorded["status"], name
        for day, terms in recorded["terms_on"].items():
            covers(terms, to_jsonable(convention.terms_on(date.fromisoformat(day))), f"{name} on {day}")
        covers(recorded["latest_terms"], to_jsonable(convention.latest_terms), f"{name} latest")
        # Entry into force was then dated by the last signature, even before the start: it
        # now reads as the later of the two (the rule of issue 15), the signature kept apart.
        if recorded["in_force_since"] is not None:
            signed = date.fromisoformat(recorded["in_force_since"])
            assert convention.concluded_on == signed, name
            assert convention.in_force_since == max(signed, convention.terms.period.start), name


@pytest.fixture(params=COMMITS)
def legacy(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Settings, dict[str, Any]]:
    commit = request.param
    path = tmp_path / "store.sqlite3"
    with gzip.open(LEGACY / f"store-{commit}.sqlite3.gz", "rb") as source, path.open("wb") as target:
        shutil.copyfileobj(source, target)
    key = tmp_path / "key.pem"
    shutil.copy(LEGACY / f"signing-key-{commit}.pem", key)
    settings = Settings(
        database_url=f"sqlite:///{path}", tokens_file=tmp_path / "tokens.json", audit_key_file=key
    )
    return settings, json.loads((LEGACY / f"expected-{commit}.json").read_text())


def test_an_older_store_replays_with_the_same_terms_in_force(legacy):
    settings, expected = legacy
    ledger = build_ledger(settings)
    try:
        assert ledger.recorder.max_notification_id() == expected["events"]
        same_as_recorded(ledger, expected)
        # Its audit chain and signed checkpoint still verify.
        verification = build_audit_trail(settings, ledger).verify(0, None)
        assert verification.ok, verification.discrepancies[:3]
        # Its alert process resumes where it stopped; its read models rebuild from its log.
        ledger.alert_process.process()
        read_side = build_read_side(settings, ledger)
        assert read_side.projector.rebuild() > 0
        assert read_side.query("SELECT COUNT(*) FROM conventions")[0][0] == len(expected["conventions"])
    finally:
        ledger.close()


def test_facts_of_an_older_store_stand_and_new_commands_follow_todays_rules(legacy):
    settings, expected = legacy
    ledger = build_ledger(settings)
    try:
        # In force on terms the Département had not signed: recorded so, and kept so.
        unsigned = ledger.get_convention(UUID(expected["conventions"]["unsigned_terms"]["id"]))
        assert unsigned.status.value == "in_force"
        assert unsigned.latest_terms.contrepartie("subv").amount_for(2022) == Decimal("10000000.00")
        # A payment for a year after the résiliation, accepted then, is refused now.
        terminated_id = UUID(expected["conventions"]["terminated"]["id"])
        terminated = ledger.get_convention(terminated_id)
        assert terminated.paid("subv", 2024) == Decimal("1000.00")
        office = next(p.party_id for p in terminated.terms.parties if p.party_type.value == "office")
        payer = next(p.party_id for p in terminated.terms.parties if p.party_type.value == "collectivite")
        refused(
            ledger,
            ConventionEndedError,
            lambda: ledger.execution.record_payment(
                terminated_id,
                Payment("subv", 2025, Decimal("1000.00"), office, date(2025, 6, 1), "M-2025"),
                Actor(f"signataire-{payer}", ActorRole.SIGNATORY, payer),
            ),
        )
    finally:
        ledger.close()


@pytest.mark.stores("postgres")
def test_an_older_stores_events_replay_on_postgresql(legacy, database_url):
    settings, expected = legacy
    source = build_ledger(settings)
    target = ConventionLedger(env=persistence_env(database_url))
    try:
        stored = [
            StoredEvent(n.originator_id, n.originator_version, n.topic, n.state)
            for n in source.recorder.select_notifications(start=1, limit=100_000)
        ]
        target.recorder.insert_events(stored)
        same_as_recorded(target, expected)
        # Every aggregate replays, conventions past their snapshot interval included.
        assert all(
            isinstance(target.get_convention(UUID(c["id"])), Convention)
            for c in expected["conventions"].values()
        )
    finally:
        target.close()
        source.close()
