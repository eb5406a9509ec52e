"""A charte's levels by parc (issue 20; the OPAL's « quali-territoire » charter in the guide has
three): each level starts at a number of dwellings the landlord manages on the collectivité's
territory, its commitments apply there on top of the lower levels'; the level each territory
reaches follows the landlord's declared patrimoine."""

from __future__ import annotations

from datetime import date

import pytest

from application.convention_view import describe_convention
from domain.errors import ElementNotFoundError, InvalidValueError
from domain.landlord import CommuneStock, StockDeclaration
from domain.terms import (
    Axis,
    AxisFamily,
    CharteLevel,
    Commitment,
    CommitmentKind,
    ConventionKind,
    PartyRole,
    PartyType,
    SetAxis,
    SetCharteLevels,
    SetCommitment,
)
from tests.builders import SYSTEM, World, refused

LEVELS = (CharteLevel(1, "Socle", 1), CharteLevel(2, "Renforcé", 500), CharteLevel(3, "Partenariat", 2000))


@pytest.fixture
def world(ledger):
    return World(ledger)


def charte(world: World, kind: ConventionKind = ConventionKind.CHARTE_D_ENGAGEMENT):
    return world.draft(
        by=world.oph_nievre,
        kind=kind,
        title="Charte quali-territoire",
        start=date(2022, 3, 1),
        end=None if kind is ConventionKind.CHARTE_D_ENGAGEMENT else date(2026, 12, 31),
        parties=(
            world.party(world.oph_nievre, PartyType.OFFICE),
            world.party(world.nevers, PartyType.COLLECTIVITE, PartyRole.BENEFICIAIRE),
            world.party(world.clamecy, PartyType.COLLECTIVITE, PartyRole.BENEFICIAIRE),
        ),
        changes=(SetAxis(Axis("A1", AxisFamily.POLITIQUE_SOCIALE, "Proximité")),),
        changed_by=SYSTEM,
    )


def commitment(commitment_id: str, level: int | None, world: World) -> SetCommitment:
    return SetCommitment(
        Commitment(
            commitment_id,
            "A1",
            f"Engagement {commitment_id}",
            CommitmentKind.MOYENS,
            world.oph_nievre,
            level=level,
        )
    )


def test_each_territory_reaches_the_level_of_the_parc_declared_there(ledger, world):
    cid = charte(world)
    for change in (SetCharteLevels(LEVELS), commitment("rdv", None, world), commitment("diag", 2, world)):
        ledger.drafting.amend_draft(cid, change, SYSTEM)
    ledger.drafting.amend_draft(cid, commitment("strat", 3, world), SYSTEM)
    ledger.parties.declare_stock(
        world.oph_nievre,
        StockDeclaration(date(2022, 1, 1), (CommuneStock("58194", 4200), CommuneStock("58079", 380))),
        world.signatory(world.oph_nievre),
    )
    convention = ledger.get_convention(cid)
    view = describe_convention(
        convention, date(2022, 6, 1), (), ledger.parties.party_names, ledger.parties.parc_on
    )
    assert [(line.collectivite, line.dwellings, line.level, line.commitments) for line in view.levels] == [
        ("Nevers", 4200, "3 — Partenariat", ("Engagement rdv", "Engagement diag", "Engagement strat")),
        ("Clamecy", 380, "1 — Socle", ("Engagement rdv",)),
    ]
    # Before any declaration: not known, only what applies at every level.
    before = describe_convention(
        convention, date(2021, 6, 1), (), ledger.parties.party_names, ledger.parties.parc_on
    )
    assert {line.level for line in before.levels} == {"patrimoine non déclaré"}
    assert {line.commitments for line in before.levels} == {("Engagement rdv",)}


@pytest.mark.parametrize(
    ("levels", "words"),
    [
        ((CharteLevel(2, "Renforcé", 500),), "1, 2, 3"),
        ((CharteLevel(1, "Socle", 500), CharteLevel(2, "Renforcé", 500)), "plus que le niveau 1"),
        ((CharteLevel(1, " ", 1),), "vide"),
        ((CharteLevel(1, "Socle", -1),), "nombre de logements"),
        (tuple(CharteLevel(n, f"N{n}", n) for n in range(1, 7)), "au plus 5"),
    ],
)
def test_levels_are_numbered_in_order_with_growing_thresholds(ledger, world, levels, words):
    cid = charte(world)
    error = refused(
        ledger, InvalidValueError, lambda: ledger.drafting.amend_draft(cid, SetCharteLevels(levels), SYSTEM)
    )
    assert words in str(error)


def test_a_commitment_names_a_level_the_charte_defines(ledger, world):
    cid = charte(world)
    ledger.drafting.amend_draft(cid, SetCharteLevels(LEVELS[:2]), SYSTEM)
    refused(
        ledger,
        ElementNotFoundError,
        lambda: ledger.drafting.amend_draft(cid, commitment("x", 3, world), SYSTEM),
    )
    ledger.drafting.amend_draft(cid, commitment("x", 2, world), SYSTEM)
    # Levels a commitment still names cannot be taken away.
    refused(
        ledger, ElementNotFoundError, lambda: ledger.drafting.amend_draft(cid, SetCharteLevels(()), SYSTEM)
    )


def test_levels_belong_to_conventions_addressed_to_several_territories(ledger, world):
    cid = world.rattachement_convention()
    error = refused(
        ledger, InvalidValueError, lambda: ledger.drafting.amend_draft(cid, SetCharteLevels(LEVELS), SYSTEM)
    )
    assert "charte d'engagement ou d'une convention ouverte" in str(error)
