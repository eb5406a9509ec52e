"""The State as a party (issue 20), through HTTP: a préfecture registered by an administrator;
a contrat territorial with the State signed by the préfet on its decision, read by the State
through the read rule; the State refused where it does not bind (a charte, a rattachement), and a
contrat territorial refused without it."""

from __future__ import annotations

import html
from datetime import date
from uuid import UUID

import pytest

from domain.values import Actor, ActorRole
from tests.builders import ADMIN

pytestmark = pytest.mark.stores("sqlite", "postgres")


def draft(api, headers, kind, parties, status=201):  # type: ignore[no-untyped-def]
    body = {
        "kind": kind,
        "title": "Contrat territorial Nièvre",
        "start_date": "2023-01-01",
        "end_date": None if kind == "charte_d_engagement" else "2026-12-31",
        "parties": parties,
    }
    return api.post("/conventions", body, headers, status)


def test_the_state_signs_a_territorial_contract_and_reads_it(api, world, web):
    admin = api.token_for(ADMIN)
    state_id = api.post(
        "/services-de-l-etat",
        {
            "siren": "130011018",
            "name": "Préfecture de la Nièvre",
            "kind": "prefecture",
            "departement_code": "58",
        },
        admin,
    )["id"]
    party = api.client.get(f"/parties/{state_id}", headers=admin).json()
    assert (party["party_type"], party["kind"], party["departement_code"]) == ("etat", "prefecture", "58")
    office = api.token_for(world.signatory(world.oph_nievre))
    state = {"party_id": state_id, "party_type": "etat"}
    nievre_habitat = {"party_id": str(world.oph_nievre), "party_type": "office"}
    departement = {"party_id": str(world.nievre), "party_type": "collectivite"}

    # Where the State does not bind: a charte, a rattachement — refused, saying where it does.
    refused = draft(
        api,
        office,
        "charte_d_engagement",
        [nievre_habitat, {"party_id": str(world.nevers), "party_type": "collectivite"}, state],
        409,
    )
    assert "service de l'État" in refused["detail"] and "contrat territorial" in refused["detail"]
    # A contrat territorial without the State: refused.
    refused = draft(api, office, "contrat_territorial", [nievre_habitat, departement], 409)
    assert "au moins un service de l'État" in refused["detail"]

    cid = draft(api, office, "contrat_territorial", [state, nievre_habitat, departement])["id"]
    world.sign_all(UUID(cid), [world.oph_nievre, world.nievre, UUID(state_id)], date(2023, 1, 20))
    api.client.app.state.reads.settle()
    prefet = api.token_for(Actor("prefet-58", ActorRole.SIGNATORY, UUID(state_id)))
    convention = api.client.get(f"/conventions/{cid}", headers=prefet)
    assert convention.status_code == 200 and convention.json()["status"] == "in_force"
    # Its conventions, by the read rule: this one, not the office's others.
    listed = {
        c["convention_id"] for c in api.client.get("/conventions?limit=200", headers=prefet).json()["items"]
    }
    assert listed == {cid}
    # The préfet's decision reads as a decision, and the State with its article.
    timeline = api.client.get(f"/conventions/{cid}/timeline", headers=prefet).json()
    lines = [entry["line"] for entry in (timeline["items"] if isinstance(timeline, dict) else timeline)]
    assert any(line.startswith("Décision ") and "de la Préfecture de la Nièvre" in line for line in lines)
    assert any("signée par la Préfecture de la Nièvre" in line for line in lines)
    # No portfolio of its own; its dashboard lists its conventions.
    assert api.client.get(f"/parties/{state_id}/portfolio.csv", headers=prefet).status_code == 404
    browser = web.browser(Actor("prefet-58", ActorRole.SIGNATORY, UUID(state_id)), "Préfecture")
    page = browser.get("/tableau-de-bord")
    assert page.status_code == 200 and "Contrat territorial Nièvre" in html.unescape(page.text)
