"""Fixtures of the end-to-end tier."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from fastapi.testclient import TestClient

from domain.terms import ConventionKind, PartyRole, PartyType
from infrastructure.bootstrap import build_api
from infrastructure.tokens import Tokens
from tests.builders import ADMIN, World
from tests.e2e.platform import Api, Web
from tests.settings import Settings


@pytest.fixture
def api(database_url: str, tmp_path) -> Iterator[Api]:
    # The development sign-in is on: the web tests sign in through it (tests/e2e/platform.py).
    settings = Settings(database_url=database_url, tokens_file=tmp_path / "tokens.json", demo_sign_in=True)
    app = build_api(settings)
    with TestClient(app) as client:
        yield Api(client, Tokens.for_settings(settings))
    app.state.ledger.close()


@pytest.fixture
def world(api: Api) -> World:
    """The Nièvre convention in force (a 1,000,000 € subsidy a year, 300 dwellings to
    rehabilitate a year), and an SC of Nièvre Habitat and Domanys implanted in Dijon."""
    ledger = api.client.app.state.ledger
    world = World(ledger)
    world.nievre_convention = world.convention_in_force()
    for member in (world.oph_nievre, world.oph_yonne):
        ledger.parties.admit_member(
            societe_id=world.sc, member_id=member, joined_on=date(2020, 6, 1), actor=ADMIN
        )
    world.sc_convention = ledger.drafting.draft_convention(
        kind=ConventionKind.SC_IMPLANTATION,
        title="Implantation de Bourgogne Coordination à Dijon",
        start=date(2022, 1, 1),
        end=date(2026, 12, 31),
        parties=(
            world.party(world.sc, PartyType.SOCIETE_DE_COORDINATION),
            world.party(world.dijon, PartyType.COLLECTIVITE),
            world.party(world.oph_yonne, PartyType.OFFICE, PartyRole.BENEFICIAIRE),
        ),
        actor=world.signatory(world.sc),
    ).aggregate_id
    world.sign_all(world.sc_convention, [world.sc, world.dijon], date(2021, 12, 1))
    # Through HTTP, asking to read these writes: a miss of the 2021 target, a partial payment.
    office = api.token_for(world.signatory(world.oph_nievre))
    department = api.token_for(world.signatory(world.nievre))
    cid = world.nievre_convention
    written = api.post(
        f"/conventions/{cid}/evaluations?wait=10",
        {"year": 2021, "values": [{"indicator_id": "rehab", "value": "200"}], "evaluated_on": "2022-03-01"},
        office,
    )
    assert written["read_side"]["caught_up"] is True
    written = api.post(
        f"/conventions/{cid}/payments?wait=10",
        {
            "contrepartie_id": "subv",
            "year": 2021,
            "amount": "250000.00",
            "beneficiary_id": str(world.oph_nievre),
            "paid_on": "2021-06-01",
            "reference": "MANDAT-1",
        },
        department,
    )
    assert written["read_side"] == {
        "caught_up": True,
        "lag": {"alert_process": 0, "alert_board": 0, "portfolio": 0},
        "failure": None,
    }
    return world


@pytest.fixture
def web(api: Api) -> Web:
    return Web(api.client)
