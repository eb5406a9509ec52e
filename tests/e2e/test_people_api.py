"""Personal data stays out of the events: a signatory is registered in the erasable registry of
people and named in the signature by id only; erasing the person blanks the registry's row and
leaves every event exactly as it was."""

from __future__ import annotations

from datetime import date

import pytest

from tests.builders import World

pytestmark = pytest.mark.stores("sqlite", "postgres")

NAME = "Camille Martin-Duvernois"
EMAIL = "camille.martin@nievre-habitat.example"


def test_a_signatory_is_named_by_id_and_erased_without_touching_history(api):
    world = World(api.client.app.state.ledger)
    cid = world.rattachement_convention()
    world.deliberate(cid, world.oph_nievre, date(2021, 2, 1))
    office = api.token_for(world.signatory(world.oph_nievre))

    person = api.post(
        "/people", {"full_name": NAME, "function": "directrice générale", "email": EMAIL}, office
    )
    assert person["party_id"] == str(world.oph_nievre) and person["full_name"] == NAME

    api.post(
        f"/conventions/{cid}/signatures", {"signed_on": "2021-02-02", "signatory_id": person["id"]}, office
    )
    signatures = api.client.get(f"/conventions/{cid}", headers=office).json()["signatures"]
    assert [s["signatory_id"] for s in signatures] == [person["id"]]

    # The events name the person by id; no name, no e-mail anywhere in the history.
    history = api.client.get("/events/stream.ndjson", headers=api.admin).text
    assert person["id"] in history
    assert NAME not in history and EMAIL not in history and "Camille" not in history

    erased = api.client.delete(f"/people/{person['id']}", headers=office)
    assert erased.status_code == 200, erased.text
    assert erased.json()["erased_at"] is not None
    assert (erased.json()["full_name"], erased.json()["email"], erased.json()["function"]) == (
        None,
        None,
        None,
    )
    # Erasing is in the registry only: the history reads byte for byte as before.
    assert api.client.get("/events/stream.ndjson", headers=api.admin).text == history
    again = api.client.get(f"/people/{person['id']}", headers=office).json()
    assert again["full_name"] is None and again["party_id"] == str(world.oph_nievre)


def test_the_signatory_must_be_a_registered_person_of_the_signing_party(api):
    world = World(api.client.app.state.ledger)
    cid = world.rattachement_convention()
    world.deliberate(cid, world.oph_nievre, date(2021, 2, 1))
    office = api.token_for(world.signatory(world.oph_nievre))
    departement = api.token_for(world.signatory(world.nievre))
    of_the_departement = api.post("/people", {"full_name": "Élu", "function": "président"}, departement)
    of_the_office = api.post("/people", {"full_name": "DG", "function": "directeur"}, office)
    api.client.delete(f"/people/{of_the_office['id']}", headers=office)
    before = api.client.get(f"/conventions/{cid}/events", headers=office).json()

    for signatory_id, status, problem in (
        (of_the_departement["id"], 422, "person-not-of-party"),
        (of_the_office["id"], 409, "person-erased"),
        ("00000000-0000-4000-8000-000000000000", 404, "person-not-found"),
    ):
        response = api.client.post(
            f"/conventions/{cid}/signatures",
            json={"signed_on": "2021-02-02", "signatory_id": signatory_id},
            headers=office,
        )
        assert response.status_code == status, response.text
        assert response.json()["type"] == f"/problems/{problem}"
        assert response.headers["content-type"] == "application/problem+json"
    # Refused signatures record nothing.
    assert api.client.get(f"/conventions/{cid}/events", headers=office).json() == before


def test_contact_details_are_checked_and_another_party_cannot_register_or_see_people(api):
    world = World(api.client.app.state.ledger)
    office = api.token_for(world.signatory(world.oph_nievre))
    lyon = api.token_for(world.signatory(world.oph_lyon1))
    bad = api.client.post(
        "/people", json={"full_name": "X", "function": "DG", "email": "pas-une-adresse"}, headers=office
    )
    assert bad.status_code == 422 and "adresse électronique" in bad.json()["detail"]
    for_another = api.client.post(
        "/people",
        json={"party_id": str(world.oph_nievre), "full_name": "X", "function": "DG"},
        headers=lyon,
    )
    assert for_another.status_code == 403
    person = api.post("/people", {"full_name": "Y", "function": "DG"}, office)
    assert api.client.get(f"/people/{person['id']}", headers=lyon).status_code == 404
    assert api.client.delete(f"/people/{person['id']}", headers=lyon).status_code == 404
