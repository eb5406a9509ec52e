"""The aggregate cache hands each command and each read a copy of an aggregate
(``application.base._copy_of_aggregate``) that shares the aggregate's values instead of walking
them. That is sound only while every value an aggregate holds is immutable — a command changes
an aggregate by assigning new values, never by changing one in place. These tests check that
over every aggregate of the demo (every kind of party, convention shape and alert file), and that
a copy changed by a command leaves the cached aggregate as it was."""

from __future__ import annotations

import copy
import dataclasses
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID

import pytest

from application.base import MUTABLE_CONTAINERS
from domain.convention import Convention, ConventionStatus, Meeting
from infrastructure.bootstrap import build_ledger
from infrastructure.demo import load_demo
from tests.builders import SYSTEM
from tests.settings import Settings

SCALARS = (str, int, float, bool, type(None), Enum, date, datetime, UUID, Decimal)


def mutable_part(value: Any, where: str) -> str | None:
    """Where ``value`` holds something that can change in place (None if nothing)."""
    if isinstance(value, SCALARS):
        return None
    if isinstance(value, tuple | frozenset):
        return next((found for i, v in enumerate(value) if (found := mutable_part(v, f"{where}[{i}]"))), None)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if not type(value).__dataclass_params__.frozen:  # type: ignore[attr-defined]
            return f"{where} ({type(value).__name__}, not frozen)"
        return next(
            (
                found
                for f in dataclasses.fields(value)
                if (found := mutable_part(getattr(value, f.name), f"{where}.{f.name}"))
            ),
            None,
        )
    return f"{where} ({type(value).__name__})"


@pytest.fixture(scope="module")
def demo_ledger():
    ledger = build_ledger(Settings(database_url="memory:"))
    load_demo(ledger)
    yield ledger
    ledger.close()


def every_aggregate(ledger):
    ids = {n.originator_id for n in ledger.recorder.select_notifications(start=0, limit=1_000_000)}
    return [ledger.repository.get(i) for i in sorted(ids)]


def test_every_aggregate_of_the_demo_holds_only_immutable_values(demo_ledger):
    aggregates = every_aggregate(demo_ledger)
    kinds = {type(a).__name__ for a in aggregates}
    assert {"Convention", "ConventionAlerts", "Office", "Collectivite", "SocieteDeCoordination"} <= kinds
    found = [
        f"{type(a).__name__}.{name}: {part}"
        for a in aggregates
        for name, value in vars(a).items()
        if not isinstance(value, MUTABLE_CONTAINERS) and (part := mutable_part(value, name)) is not None
    ]
    assert found == []


def test_the_check_sees_a_value_that_can_change_in_place():
    assert mutable_part((Meeting("comite", date(2022, 1, 1), "R"),), "meetings") is None
    assert mutable_part(({"a": 1},), "meetings") == "meetings[0] (dict)"


def test_a_copy_changed_by_a_command_leaves_the_cached_aggregate_as_it_was(demo_ledger):
    convention = next(
        a
        for a in every_aggregate(demo_ledger)
        if isinstance(a, Convention)
        and a.status is ConventionStatus.IN_FORCE
        and a.latest_terms.governance_bodies
    )
    cached = demo_ledger.repository.get(convention.id)
    copied = copy.deepcopy(cached)
    assert copied is not cached and vars(copied) == vars(cached)
    assert copied._pending_events is not cached._pending_events
    body = convention.latest_terms.governance_bodies[0].body_id
    copied.record_meeting(Meeting(body, convention.in_force_since, "Copie"), SYSTEM)
    assert copied.version == cached.version + 1 and len(copied.meetings) == len(cached.meetings) + 1
    assert (
        cached._pending_events == [] and demo_ledger.repository.get(convention.id).version == cached.version
    )
