"""A landlord's patrimoine (issue 20): its dwellings per commune, declared on a date, from which
its collectivités d'implantation follow — a convention naming a collectivité where it holds
nothing gets a word (never a refusal)."""

from __future__ import annotations

from datetime import date

import pytest

from application.authorization import NotAuthorizedError
from domain.errors import DateBeforeError, DuplicateElementError, InvalidInseeCodeError, InvalidValueError
from domain.landlord import CommuneStock, StockDeclaration
from domain.terms import ConventionKind, PartyRole, PartyType
from domain.values import Actor, ActorRole
from tests.builders import ADMIN, World, refused


@pytest.fixture
def world(ledger):
    return World(ledger)


def declaration(day: date, *lines: tuple[str, int]) -> StockDeclaration:
    return StockDeclaration(day, tuple(CommuneStock(code, count) for code, count in lines), "RPLS")


def test_the_patrimoine_is_declared_by_the_landlord_and_replaced_by_the_next(ledger, world):
    office = world.signatory(world.oph_nievre)
    ledger.parties.declare_stock(world.oph_nievre, declaration(date(2021, 1, 1), ("58194", 4200)), office)
    ledger.parties.declare_stock(
        world.oph_nievre, declaration(date(2022, 1, 1), ("58194", 4150), ("58079", 380)), ADMIN
    )
    landlord = ledger.get_party(world.oph_nievre)
    assert landlord.stock_on(date(2020, 12, 31)) is None
    assert landlord.stock_on(date(2021, 6, 1)).dwellings_in("58079") == 0
    assert landlord.stock_on(date(2022, 6, 1)).total == 4530


@pytest.mark.parametrize(
    ("error", "lines"),
    [
        (InvalidValueError, ()),
        (InvalidInseeCodeError, (("99999", 10),)),
        (DuplicateElementError, (("58194", 10), ("58194", 20))),
        (InvalidValueError, (("58194", 0),)),
    ],
)
def test_a_declaration_is_refused_by_name(ledger, world, error, lines):
    office = world.signatory(world.oph_nievre)
    refused(
        ledger,
        error,
        lambda: ledger.parties.declare_stock(world.oph_nievre, declaration(date(2022, 1, 1), *lines), office),
    )


def test_declarations_follow_each_other_and_are_the_landlords_own(ledger, world):
    office = world.signatory(world.oph_nievre)
    ledger.parties.declare_stock(world.oph_nievre, declaration(date(2022, 1, 1), ("58194", 4200)), office)
    refused(ledger, DateBeforeError, lambda: ledger.parties.declare_stock(world.oph_nievre, declaration(date(2022, 1, 1), ("58194", 1)), office))  # fmt: skip
    for stranger in (
        world.signatory(world.oph_yonne),
        world.signatory(world.nievre),
        Actor("lecteur", ActorRole.READER, world.oph_nievre),
    ):
        refused(ledger, NotAuthorizedError, lambda stranger=stranger: ledger.parties.declare_stock(world.oph_nievre, declaration(date(2023, 1, 1), ("58194", 1)), stranger))  # fmt: skip


def test_a_collectivite_where_the_office_holds_nothing_gets_a_word(ledger, world):
    office = world.signatory(world.oph_nievre)
    ledger.parties.declare_stock(world.oph_nievre, declaration(date(2022, 1, 1), ("58194", 4200)), office)
    result = ledger.drafting.draft_convention(
        kind=ConventionKind.CHARTE_D_ENGAGEMENT,
        title="Charte quali-territoire de Nièvre Habitat",
        start=date(2022, 3, 1),
        end=None,
        parties=(
            world.party(world.oph_nievre, PartyType.OFFICE),
            world.party(world.nevers, PartyType.COLLECTIVITE, PartyRole.BENEFICIAIRE),
            world.party(world.clamecy, PartyType.COLLECTIVITE, PartyRole.BENEFICIAIRE),
        ),
        actor=office,
    )
    warnings = ledger.get_convention(result.aggregate_id).current_warnings()
    assert [w for w in warnings if "collectivité d'implantation" in w] == [
        next(w for w in warnings if w.startswith("Clamecy n'est pas une collectivité d'implantation"))
    ]
