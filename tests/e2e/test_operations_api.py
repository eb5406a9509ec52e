"""Operations through HTTP (issue 20): a draft declares an operation and a grant for it; the
convention cadre, once in force, opens its convention d'opération — once — and the office's and
the collectivité's portfolios list the operation with its convention."""

from __future__ import annotations

import html
from datetime import date
from uuid import UUID

import pytest

pytestmark = pytest.mark.stores("sqlite", "postgres")

OPERATION = {
    "operation_id": "op-parc",
    "nature": "rehabilitation",
    "title": "Résidence du Parc",
    "commune_insee": "58194",
    "dwellings": 120,
    "budget": "3200000.00",
}


def change(api, cid, body, headers, status=200):  # type: ignore[no-untyped-def]
    etag = api.client.get(f"/conventions/{cid}", headers=headers).headers["ETag"]
    response = api.client.post(
        f"/conventions/{cid}/draft-changes", json=body, headers={**headers, "If-Match": etag}
    )
    assert response.status_code == status, response.text
    return response.json()


def test_a_cadre_opens_the_convention_of_its_operation_once(api, world):
    ledger = api.client.app.state.ledger
    office = api.token_for(world.signatory(world.oph_nievre))
    department = api.token_for(world.signatory(world.nievre))
    cid = str(world.rattachement_convention(start=date(2023, 1, 1), end=date(2027, 12, 31)))
    # A grant naming an operation not declared yet: refused, by name.
    grant = {
        "contrepartie_id": "aide-parc",
        "kind": "aide_par_logement",
        "from_party_id": str(world.nievre),
        "label": "Aide par logement réhabilité",
        "to_party_id": str(world.oph_nievre),
        "unit_grants": [{"typology": "T3", "amount_per_dwelling": "5000.00"}],
        "operation_id": "op-parc",
    }
    refused = change(api, cid, {"op": "set_contrepartie", "contrepartie": grant}, office, 404)
    assert refused["type"] == "/problems/element-not-found" and "op-parc" in refused["detail"]
    operation = {**OPERATION, "landlord_id": str(world.oph_nievre)}
    change(api, cid, {"op": "set_operation", "operation": operation}, office)
    change(api, cid, {"op": "set_contrepartie", "contrepartie": grant}, office)
    world.sign_all(UUID(cid), [world.oph_nievre, world.nievre], date(2023, 2, 1))
    terms = api.client.get(f"/conventions/{cid}", headers=office).json()["terms"]
    assert terms["operations"] == [operation]

    opening = {
        "kind": "operation",
        "title": "Convention d'opération — Résidence du Parc",
        "start_date": "2023-03-01",
        "parties": [
            {"party_id": str(world.oph_nievre), "party_type": "office"},
            {"party_id": str(world.nievre), "party_type": "collectivite"},
        ],
        "framework_id": cid,
        "operation_id": "op-parc",
    }
    opened = api.post("/conventions?wait=10", opening, office)["id"]
    again = api.client.post("/conventions", json=opening, headers=office)
    assert again.status_code == 409
    assert again.headers["content-type"].startswith("application/problem+json")
    assert again.json()["type"] == "/problems/operation-already-conventioned"
    read = api.client.get(f"/conventions/{opened}", headers=office).json()
    assert read["terms"]["framework_id"] == cid and read["terms"]["operations"] == [operation]
    cadre = api.client.get(f"/conventions/{cid}", headers=department).json()
    assert cadre["operation_conventions"] == [{"operation_id": "op-parc", "convention_id": opened}]

    assert api.client.app.state.reads.wait_for(ledger.history.last_position(), 10)
    lines = api.client.get(f"/offices/{world.oph_nievre}/portfolio", headers=office).json()["operations"]
    by_convention = {line["convention_id"]: line for line in lines if line["operation_id"] == "op-parc"}
    assert by_convention[cid]["operation_convention_id"] == opened
    assert by_convention[opened]["framework_id"] == cid
    assert by_convention[cid]["budget"] == "3200000.00" and by_convention[cid]["dwellings"] == 120
    collectivite = api.client.get(f"/collectivites/{world.nievre}/portfolio", headers=department).json()
    assert {line["convention_id"] for line in collectivite["operations"]} >= {cid, opened}
    # The dossier shows the operation and the convention d'opération opened for it.
    dossier = api.client.get(f"/audit/exports?scope=convention&id={cid}&format=html", headers=department)
    assert dossier.status_code == 200, dossier.text
    text = html.unescape(dossier.text)
    assert "Résidence du Parc" in text and f"convention d'opération {opened}" in text


def test_the_declared_patrimoine_names_the_collectivites_d_implantation(api, world):
    ledger = api.client.app.state.ledger
    office = api.token_for(world.signatory(world.oph_nievre))
    body = {
        "declared_on": "2022-01-01",
        "communes": [
            {"commune_insee": "58194", "dwellings": 4200},
            {"commune_insee": "58079", "dwellings": 380},
        ],
        "source": "RPLS au 1er janvier 2022",
    }
    # Another party does not declare for the office.
    other = api.client.post(
        f"/parties/{world.oph_nievre}/patrimoine",
        json=body,
        headers=api.token_for(world.signatory(world.oph_yonne)),
    )
    assert other.status_code == 403 and other.headers["content-type"] == "application/problem+json"
    api.post(f"/parties/{world.oph_nievre}/patrimoine?wait=10", body, office)
    again = api.client.post(f"/parties/{world.oph_nievre}/patrimoine", json=body, headers=office)
    assert again.status_code == 422 and "datée après" in again.json()["detail"]
    assert api.client.app.state.reads.wait_for(ledger.history.last_position(), 10)
    patrimoine = api.client.get(f"/offices/{world.oph_nievre}/portfolio", headers=office).json()["patrimoine"]
    assert patrimoine["declared_on"] == "2022-01-01" and patrimoine["dwellings"] == 4580
    assert {(c["commune_insee"], c["name"]) for c in patrimoine["communes"]} == {
        ("58194", "Nevers"),
        ("58079", "Clamecy"),
    }
    department = api.token_for(world.signatory(world.nievre))
    implanted = api.client.get(f"/collectivites/{world.nievre}/portfolio", headers=department).json()
    assert [(line["name"], line["dwellings"]) for line in implanted["landlords_implanted"]] == [
        ("Nièvre Habitat", 4580)
    ]
    party = api.client.get(f"/parties/{world.oph_nievre}", headers=office).json()
    assert party["stock_declarations"][0]["communes"][0] == {"commune_insee": "58194", "dwellings": 4200}


def test_a_charte_s_levels_follow_the_parc_on_each_territory(api, world, web):
    office_actor = world.signatory(world.oph_nievre)
    office = api.token_for(office_actor)
    cid = api.post(
        "/conventions",
        {
            "kind": "charte_d_engagement",
            "title": "Charte quali-territoire",
            "start_date": "2023-03-01",
            "parties": [
                {"party_id": str(world.oph_nievre), "party_type": "office"},
                {"party_id": str(world.nevers), "party_type": "collectivite", "role": "beneficiaire"},
                {"party_id": str(world.clamecy), "party_type": "collectivite", "role": "beneficiaire"},
            ],
        },
        office,
    )["id"]
    levels = [
        {"level": 1, "label": "Socle", "min_dwellings": 1},
        {"level": 2, "label": "Engagements renforcés", "min_dwellings": 500},
        {"level": 3, "label": "Partenariat patrimonial", "min_dwellings": 2000},
    ]
    refused = change(api, cid, {"op": "set_charte_levels", "levels": [levels[1]]}, office, 422)
    assert refused["type"] == "/problems/invalid-value" and "1, 2, 3" in refused["detail"]
    change(api, cid, {"op": "set_charte_levels", "levels": levels}, office)
    change(
        api,
        cid,
        {"op": "set_axis", "axis": {"axis_id": "A1", "family": "politique_sociale", "title": "Proximité"}},
        office,
    )
    for commitment_id, title, level in (
        ("rdv", "Rendez-vous annuel", None),
        ("strat", "Stratégie patrimoniale", 3),
    ):
        body = {
            "commitment_id": commitment_id,
            "axis_id": "A1",
            "title": title,
            "kind": "moyens",
            "level": level,
        }
        change(api, cid, {"op": "set_commitment", "commitment": body}, office)
    terms = api.client.get(f"/conventions/{cid}", headers=office).json()["terms_as_drafted"]
    assert terms["levels"] == levels and [c["level"] for c in terms["commitments"]] == [None, 3]
    api.post(
        f"/parties/{world.oph_nievre}/patrimoine",
        {
            "declared_on": "2023-01-01",
            "communes": [
                {"commune_insee": "58194", "dwellings": 4200},
                {"commune_insee": "58079", "dwellings": 380},
            ],
        },
        office,
    )
    page = " ".join(
        html.unescape(
            web.browser(office_actor, "Nièvre Habitat").get(f"/convention/{cid}?date=2023-06-01").text
        ).split()
    )
    assert "Niveaux d'engagement par patrimoine" in page
    assert (
        "<td>Nevers</td><td>4 200</td><td>3 — Partenariat patrimonial</td><td>Rendez-vous annuel ; Stratégie patrimoniale</td>"
        in page
    )
    assert "<td>Clamecy</td><td>380</td><td>1 — Socle</td><td>Rendez-vous annuel</td>" in page
    # The commitment form asks for a level where the charte has levels, nowhere else.
    browser = web.browser(office_actor, "Nièvre Habitat")
    assert "Niveau de la charte" in browser.get(f"/convention/{cid}/actions/engagement").text
    other = world.rattachement_convention(start=date(2023, 1, 1), end=date(2027, 12, 31))
    assert "Niveau de la charte" not in browser.get(f"/convention/{other}/actions/engagement").text


def test_a_convention_names_the_plans_it_declines(api, world, web):
    office_actor = world.signatory(world.oph_nievre)
    office = api.token_for(office_actor)
    cid = str(world.rattachement_convention(start=date(2023, 1, 1), end=date(2027, 12, 31)))
    psp = {
        "framework_id": "psp",
        "kind": "psp",
        "title": "PSP de Nièvre Habitat 2021-2030",
        "holder_id": str(world.nievre),
    }
    refused = change(api, cid, {"op": "set_framework", "framework": psp}, office, 409)
    assert refused["type"] == "/problems/invalid-parties" and "bailleur" in refused["detail"]
    psp["holder_id"] = str(world.oph_nievre)
    change(
        api, cid, {"op": "set_framework", "framework": {**psp, "start_year": 2021, "end_year": 2030}}, office
    )
    contract = {
        "framework_id": "pacte",
        "kind": "pacte_territorial",
        "title": "Petites villes de demain",
        "holder": "Préfecture de la Nièvre",
    }
    change(api, cid, {"op": "set_framework", "framework": contract}, office)
    terms = api.client.get(f"/conventions/{cid}", headers=office).json()["terms_as_drafted"]
    commitment = {**terms["commitments"][0], "framework_id": "psp"}
    change(api, cid, {"op": "set_commitment", "commitment": commitment}, office)
    terms = api.client.get(f"/conventions/{cid}", headers=office).json()["terms_as_drafted"]
    assert [f["framework_id"] for f in terms["frameworks"]] == ["psp", "pacte"]
    assert terms["commitments"][0]["framework_id"] == "psp"
    page = " ".join(
        html.unescape(web.browser(office_actor, "Nièvre Habitat").get(f"/convention/{cid}").text).split()
    )
    assert (
        "<td>Plan stratégique de patrimoine (PSP)</td><td>PSP de Nièvre Habitat 2021-2030</td><td>Nièvre Habitat</td><td>2021–2030</td><td>Réhabiliter</td>"
        in page
    )
    assert "<td>Préfecture de la Nièvre</td>" in page
