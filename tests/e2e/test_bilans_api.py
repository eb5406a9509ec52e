"""Structured bilans through HTTP (issue 20): the office hands in its annual package (actions,
financial bilan per operation, its own global financial bilan), the Département records the
final evaluation's effects as figures; both read back in the year's bilan, as JSON and as the
page presented to the assemblies."""

from __future__ import annotations

from datetime import date
from uuid import UUID

import pytest

from domain.terms import Operation, OperationNature, SetOperation
from tests.builders import SYSTEM
from tests.e2e.platform import text_of

pytestmark = pytest.mark.stores("sqlite", "postgres")

PACKAGE = {
    "year": 2023,
    "evaluated_on": "2024-03-12",
    "values": [{"indicator_id": "rehab", "value": "280"}],
    "financial_bilan": [
        {"label": "Travaux", "amount": "1800000.00", "operation_id": "op-parc"},
        {"label": "Maîtrise d'œuvre", "amount": "120000.50", "operation_id": "op-parc"},
        {"label": "Animation de la convention", "amount": "12000.00"},
    ],
    "actions": [
        {
            "label": "Réhabilitation de la tranche 1",
            "commitment_id": "E1",
            "operation_id": "op-parc",
            "dwellings": 64,
            "amount": "1920000.50",
        }
    ],
    "landlord_financials": [{"label": "Autofinancement net HLM", "amount": "3100000.00"}],
}

FINAL = {
    "kind": "finale",
    "reviewed_on": "2028-06-28",
    "summary": "Bilan des cinq années présenté au Conseil départemental.",
    "impacts": [
        {"kind": "investissements", "value": "85200000.00"},
        {"kind": "vacance", "value": "7.5", "baseline": "10.9"},
        {"kind": "emplois_locaux", "value": "410", "comment": "ETP du BTP"},
    ],
}


def test_the_year_s_bilan_reads_back_as_handed_in(api, world, web):
    ledger = api.client.app.state.ledger
    office_actor, departement_actor = world.signatory(world.oph_nievre), world.signatory(world.nievre)
    office, departement = api.token_for(office_actor), api.token_for(departement_actor)
    cid = world.rattachement_convention(start=date(2023, 1, 1), end=date(2027, 12, 31))
    operation = Operation(
        "op-parc", OperationNature.REHABILITATION, "Résidence du Parc", "58194", 120, None, world.oph_nievre
    )
    ledger.drafting.amend_draft(cid, SetOperation(operation), SYSTEM)
    world.sign_all(UUID(str(cid)), [world.oph_nievre, world.nievre], date(2023, 2, 1))

    # An operation the year's terms do not hold: refused by name, nothing recorded.
    stray = {**PACKAGE, "actions": [{"label": "Travaux", "operation_id": "op-x"}]}
    answer = api.client.post(f"/conventions/{cid}/evaluations", json=stray, headers=office)
    assert answer.status_code == 404 and answer.json()["type"] == "/problems/element-not-found"
    assert answer.headers["content-type"].startswith("application/problem+json")
    api.post(f"/conventions/{cid}/evaluations", PACKAGE, office)
    # A vacancy above 100 %: refused with its rule in French.
    wrong = {**FINAL, "impacts": [{"kind": "vacance", "value": "101"}]}
    answer = api.client.post(f"/conventions/{cid}/reviews", json=wrong, headers=departement)
    assert answer.status_code == 422 and "de 0 à 100" in answer.json()["detail"]
    api.post(f"/conventions/{cid}/reviews", FINAL, departement)

    bilan = api.client.get(f"/conventions/{cid}/bilans/2023", headers=departement).json()
    assert (bilan["evaluated_on"], bilan["revision"], bilan["recorded_by"]) == (
        "2024-03-12",
        1,
        "Nièvre Habitat",
    )
    (parc,) = bilan["operations"]
    assert (parc["title"], parc["total"]) == ("Résidence du Parc", "1920000.50")
    assert bilan["financial_total"] == "1932000.50"
    assert bilan["convention_lines"] == [{"label": "Animation de la convention", "amount": "12000.00"}]
    assert bilan["actions"][0]["operation"] == "Résidence du Parc" and bilan["actions"][0]["dwellings"] == 64
    assert bilan["landlord_financials"] == [{"label": "Autofinancement net HLM", "amount": "3100000.00"}]
    assert bilan["reviews"] == []  # the final evaluation is the last year's
    last = api.client.get(f"/conventions/{cid}/bilans/2027", headers=office).json()
    assert last["evaluated_on"] is None
    (final,) = last["reviews"]
    assert [(i["kind"], i["value"], i["baseline"]) for i in final["impacts"]] == [
        ("investissements", "85200000.00", None),
        ("vacance", "7.5", "10.9"),
        ("emplois_locaux", "410", None),
    ]
    # A year out of the period, an unrelated party: refused.
    answer = api.client.get(f"/conventions/{cid}/bilans/2031", headers=office)
    assert answer.status_code == 422 and answer.json()["type"] == "/problems/year-outside-period"
    stranger = api.token_for(world.signatory(world.oph_lyon1))
    assert api.client.get(f"/conventions/{cid}/bilans/2023", headers=stranger).status_code == 404

    # The page the assemblies are shown.
    browser = web.browser(departement_actor, "Président du Département")
    page = text_of(browser.get(f"/convention/{cid}/bilan/2023").text)
    assert "Bilan 2023" in page and "Total de l'opération 1 920 000,50 €" in page
    assert "Réhabilitation de la tranche 1" in page and "Autofinancement net HLM" in page
    convention_page = browser.get(f"/convention/{cid}").text
    assert f'href="/convention/{cid}/bilan/2023"' in convention_page
    final_page = text_of(browser.get(f"/convention/{cid}/bilan/2027").text)
    assert "Aucun bilan n'a été remis pour 2027" in final_page
    assert "Taux de vacance du parc : 7,5 % (au départ : 10,9 %)" in final_page
