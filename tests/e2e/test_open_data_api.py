"""Open data (issue 19): the subsidies a collectivité grants through its conventions, in the
SCDL « subventions » format, validated with frictionless against the schema's Table Schema
(docs/open-data/, written from the published specification, its source named in it)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from frictionless import Resource, Schema

from domain.values import Actor, ActorRole
from infrastructure.demo import load_demo
from tests.builders import ADMIN, World

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "open-data" / "scdl-subventions-2.1.1.schema.json"


@pytest.fixture
def demo(api):
    ids = load_demo(api.client.app.state.ledger)
    assert api.client.app.state.reads.wait_for(api.client.app.state.ledger.history.last_position(), 30)
    return ids


def valid_scdl(content: bytes) -> list[dict[str, object]]:
    """The file's rows (the bytes served, as CSV), once frictionless finds no error in them
    against the SCDL schema."""

    def resource() -> Resource:
        return Resource(
            content,
            format="csv",
            encoding="utf-8",
            schema=Schema.from_descriptor(json.loads(SCHEMA.read_text())),
        )

    report = resource().validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    return [row.to_dict() for row in resource().read_rows()]


def test_the_demo_departement_publishes_its_subsidies_in_the_scdl_format(api, demo):
    department = demo.parties["dep-nievre"]
    headers = api.token_for(demo.actors["dep-nievre"])
    answer = api.client.get(f"/collectivites/{department}/subventions.csv", headers=headers)
    assert answer.status_code == 200, answer.text
    rows = valid_scdl(answer.content)
    assert rows, "the Département grants subsidies through its conventions"
    rehab = next(
        r for r in rows if "réhabilitation" in str(r["objet"]) and r["dateConvention"] < date(2016, 1, 1)
    )
    assert rehab["nomAttribuant"] == "Département de la Nièvre"
    assert rehab["nomBeneficiaire"] == "Nièvre Habitat"
    assert str(rehab["idBeneficiaire"]).startswith(
        str(api.client.app.state.ledger.get_party(demo.parties["oph-nievre"]).siren)
    )
    assert rehab["conditionsVersement"] == "échelonné" and rehab["notificationUE"] is False
    assert rehab["datesPeriodeVersement"] == "2015-01-01/2020-12-31"
    assert all(float(r["montant"]) > 23000 for r in rows)  # décret n° 2017-779: above 23,000 €
    # Another collectivité's signatory is not told the Département exists here.
    stranger = api.token_for(demo.actors["metropole-lyon"])
    assert api.client.get(f"/collectivites/{department}/subventions.csv", headers=stranger).status_code == 404


def test_without_its_siret_a_collectivite_is_told_to_record_it_first(api):
    world = World(api.client.app.state.ledger)
    answer = api.client.get(f"/collectivites/{world.nievre}/subventions.csv", headers=api.admin)
    assert answer.status_code == 409
    assert "SIRET" in answer.json()["detail"] and f"/parties/{world.nievre}/siret" in answer.json()["detail"]
    # Recorded through the API (administrators only), the file can be made.
    from domain.identifiers import complete_siret

    siret = complete_siret(api.client.app.state.ledger.get_party(world.nievre).siren)
    other = api.token_for(Actor("lecteur", ActorRole.READER, world.nievre))
    assert (
        api.client.post(f"/parties/{world.nievre}/siret", json={"siret": siret}, headers=other).status_code
        == 403
    )
    assert (
        api.client.post(
            f"/parties/{world.nievre}/siret?wait=10", json={"siret": siret}, headers=api.admin
        ).status_code
        == 201
    )
    assert api.client.get(f"/parties/{world.nievre}", headers=api.admin).json()["siret"] == siret
    assert (
        api.client.get(f"/collectivites/{world.nievre}/subventions.csv", headers=api.admin).status_code == 200
    )
    assert ADMIN.role is ActorRole.ADMIN
