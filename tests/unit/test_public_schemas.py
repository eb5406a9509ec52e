"""The API's answers are its own schemas, not the domain's dataclasses: a change in the domain
changes the published contract only where api/schemas/records.py says so."""

from __future__ import annotations

import dataclasses
import typing
from datetime import date
from decimal import Decimal
from uuid import uuid4

import pytest
from pydantic import BaseModel

import api.schemas as schemas
from api.schemas.records import PUBLISHED, Published, published
from domain.convention import Payment
from domain.terms import Contrepartie, ContrepartieKind, YearAmount


def annotations_of(model: type[BaseModel]) -> list[object]:
    found: list[object] = []

    def walk(annotation: object) -> None:
        found.append(annotation)
        for argument in typing.get_args(annotation):
            walk(argument)

    for field in model.model_fields.values():
        walk(field.annotation)
    return found


def models() -> list[type[BaseModel]]:
    exported = [getattr(schemas, name) for name in dir(schemas)]
    found = [m for m in exported if isinstance(m, type) and issubclass(m, BaseModel)]
    return [*found, *PUBLISHED.values()]


def test_no_schema_embeds_a_domain_dataclass():
    embedded = sorted(
        f"{model.__name__} → {annotation.__name__}"  # type: ignore[union-attr]
        for model in models()
        for annotation in annotations_of(model)
        if isinstance(annotation, type) and dataclasses.is_dataclass(annotation)
    )
    assert embedded == []


@pytest.mark.parametrize("domain_class", list(PUBLISHED), ids=lambda c: c.__name__)
def test_each_public_schema_says_what_of_its_domain_value_it_publishes(domain_class):
    """Its fields are the value's (read by name: a field renamed or removed in the domain fails
    here, not in an answer), and a field the domain adds is published only once its schema has
    it — this test then names it."""
    domain_fields = {f.name for f in dataclasses.fields(domain_class)}
    public_fields = set(PUBLISHED[domain_class].model_fields)
    assert public_fields - domain_fields == set(), "published but not recorded"
    assert domain_fields - public_fields == set(), "recorded but not published: add it to its schema"


def test_a_domain_value_takes_its_public_form_inside_an_answer():
    beneficiary = uuid4()
    contrepartie = Contrepartie(
        "subv",
        ContrepartieKind.SUBVENTION_ANNUELLE,
        uuid4(),
        "Subvention",
        beneficiary,
        (YearAmount(2022, Decimal("10.00")),),
    )
    public = published(contrepartie)
    assert type(public) is PUBLISHED[Contrepartie]
    assert public.model_dump(mode="json")["amounts"] == [{"year": 2022, "amount": "10.00"}]
    # Given to a public schema's field, a domain value is published on the way in.
    payment = Payment("subv", 2022, Decimal("10.00"), beneficiary, date(2022, 5, 1), "M-1")

    class Answer(Published):
        payments: list[PUBLISHED[Payment]]  # type: ignore[valid-type]

    answer = Answer(payments=(payment,))
    assert type(answer.payments[0]) is PUBLISHED[Payment]
    assert answer.model_dump(mode="json")["payments"][0]["amount"] == "10.00"
