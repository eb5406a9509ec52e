"""Through HTTP: the same use cases, authenticated by bearer tokens, errors as problem+json."""

import pytest
from fastapi.testclient import TestClient

from domain.values import Actor, ActorRole
from infrastructure.bootstrap import build_api
from tests.builders import siren
from tests.e2e.platform import register_nievre
from tests.settings import Settings


def test_a_convention_is_drafted_signed_and_read_over_http(api):
    dep, office, office_token, dep_token = register_nievre(api)
    cid = api.post(
        "/conventions",
        {
            "kind": "rattachement",
            "title": "Convention 2021-2026",
            "start_date": "2021-01-01",
            "end_date": "2026-12-31",
            "parties": [
                {"party_id": office, "party_type": "office"},
                {"party_id": dep, "party_type": "collectivite"},
            ],
        },
        office_token,
    )["id"]
    # A change of the terms says which version it was made on: the ETag of the read.
    read = api.client.get(f"/conventions/{cid}", headers=office_token)
    assert read.headers["ETag"] == '"1"'
    changed = api.post(
        f"/conventions/{cid}/draft-changes",
        {
            "op": "set_axis",
            "axis": {"axis_id": "A1", "family": "developpement_patrimonial", "title": "Patrimoine"},
        },
        {**office_token, "If-Match": read.headers["ETag"]},
        200,
    )
    assert changed["version"] == 2
    api.post(
        f"/conventions/{cid}/draft-changes",
        {
            "op": "set_contrepartie",
            "contrepartie": {
                "contrepartie_id": "subv",
                "kind": "subvention_annuelle",
                "from_party_id": dep,
                "to_party_id": office,
                "label": "Subvention",
                "amounts": [{"year": 2021, "amount": "1000000.00"}],
            },
        },
        {**office_token, "If-Match": '"2"'},
        200,
    )
    for party, token in ((office, office_token), (dep, dep_token)):
        api.post(
            f"/conventions/{cid}/deliberations",
            {"party_id": party, "body": "CA", "reference": "D-1", "adopted_on": "2021-01-10"},
            token,
        )
        result = api.post(f"/conventions/{cid}/signatures", {"signed_on": "2021-02-01"}, token)
    assert result["entered_into_force"] is True and result["notification_id"] > 0
    convention = api.client.get(f"/conventions/{cid}", headers=office_token).json()
    assert convention["status"] == "in_force"
    assert convention["terms"]["contreparties"][0]["amounts"] == [{"year": 2021, "amount": "1000000.00"}]
    events = api.client.get(f"/conventions/{cid}/events", headers=office_token).json()["items"]
    assert [e["type"] for e in events][-3:] == ["DeliberationRecorded", "Signed", "EnteredIntoForce"]
    assert events[-2]["actor"] == {"actor_id": "pdt-dep", "role": "signatory", "party_id": dep}
    assert events[-2]["effective_on"] == "2021-02-01"
    # A payment in exact euros, read back as a string.
    api.post(
        f"/conventions/{cid}/payments",
        {
            "contrepartie_id": "subv",
            "year": 2021,
            "amount": "250000.50",
            "beneficiary_id": office,
            "paid_on": "2021-06-01",
            "reference": "M-1",
        },
        dep_token,
    )
    convention = api.client.get(f"/conventions/{cid}?on=2021-06-30", headers=dep_token).json()
    assert convention["payments"][0]["amount"] == "250000.50"


def test_an_editor_prepares_for_its_party_but_only_a_signatory_signs_for_it(api):
    from uuid import UUID

    dep, office, office_token, _ = register_nievre(api)
    editor = api.token_for(Actor("redacteur-oph", ActorRole.EDITOR, UUID(office)))
    cid = api.post(
        "/conventions",
        {
            "kind": "rattachement",
            "title": "Convention 2021-2026",
            "start_date": "2021-01-01",
            "end_date": "2026-12-31",
            "parties": [
                {"party_id": office, "party_type": "office"},
                {"party_id": dep, "party_type": "collectivite"},
            ],
        },
        editor,
    )["id"]
    api.post(
        f"/conventions/{cid}/deliberations",
        {"party_id": office, "body": "CA", "reference": "D-1", "adopted_on": "2021-01-10"},
        editor,
    )
    before = api.client.get(f"/conventions/{cid}/events", headers=editor).json()["items"]
    refused = api.post(f"/conventions/{cid}/signatures", {"signed_on": "2021-02-01"}, editor, 403)
    assert "signataire habilité" in refused["detail"]
    assert api.client.get(f"/conventions/{cid}/events", headers=editor).json()["items"] == before
    api.post(f"/conventions/{cid}/signatures", {"signed_on": "2021-02-01"}, office_token)


def test_errors_are_problem_json_and_change_nothing(api):
    dep, office, office_token, dep_token = register_nievre(api)
    ledger = api.client.app.state.ledger
    before = ledger.recorder.max_notification_id()
    # Unauthenticated.
    response = api.client.get(f"/parties/{office}")
    assert response.status_code == 401 and response.headers["content-type"] == "application/problem+json"
    # A domain rule: an end date before the start → 422 with a stable slug and a French detail.
    response = api.client.post(
        "/conventions",
        json={
            "kind": "rattachement",
            "title": "À l'envers",
            "start_date": "2021-01-01",
            "end_date": "2020-12-31",
            "parties": [
                {"party_id": office, "party_type": "office"},
                {"party_id": dep, "party_type": "collectivite"},
            ],
        },
        headers=office_token,
    )
    problem = response.json()
    assert response.status_code == 422 and problem["type"] == "/problems/invalid-period"
    assert "précède la date de début" in problem["detail"]
    # A state conflict: the SIREN is already registered → 409.
    response = api.client.post(
        "/offices",
        json={"siren": siren(2001), "name": "Doublon", "rattachement_id": dep, "attached_on": "2001-01-01"},
        headers=api.admin,
    )
    assert response.status_code == 409 and response.json()["type"] == "/problems/party-already-registered"
    # Money as a float is refused before reaching the domain.
    response = api.client.post(
        "/conventions/00000000-0000-0000-0000-000000000000/payments",
        json={
            "contrepartie_id": "x",
            "year": 2021,
            "amount": 0.1,
            "beneficiary_id": office,
            "paid_on": "2021-01-01",
            "reference": "r",
        },
        headers=dep_token,
    )
    assert response.status_code == 422 and response.json()["type"] == "/problems/invalid-request"
    # Unknown fields are refused.
    response = api.client.post(
        "/organismes",
        json={"siren": siren(4001), "name": "ESH", "kind": "esh", "extra": 1},
        headers=api.admin,
    )
    assert response.status_code == 422
    # Not found, and not authorised.
    assert (
        api.client.get("/conventions/00000000-0000-0000-0000-000000000000", headers=office_token).status_code
        == 404
    )
    response = api.client.post(
        "/collectivites",
        json={"siren": siren(1009), "name": "X", "kind": "departement", "insee_code": "21"},
        headers=office_token,
    )
    assert response.status_code == 403 and response.json()["type"] == "/problems/not-authorized"
    assert ledger.recorder.max_notification_id() == before


def test_openapi_documents_the_api(api):
    spec = api.client.get("/openapi.json").json()
    assert "/conventions/{convention_id}/avenants" in spec["paths"]
    assert api.client.get("/docs").status_code == 200


@pytest.mark.stores("sqlite", "postgres")  # the in-memory store does not outlive a command
def test_the_demo_command_loads_once_and_issues_working_tokens(database_url, tmp_path, monkeypatch):
    from infrastructure.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("CONVENTIONS_TOKENS_FILE", str(tmp_path / "tokens.json"))
    assert main(["demo"]) == 0
    lines = [
        line.split("\t")
        for line in (tmp_path / "var/demo-tokens.txt").read_text().splitlines()
        if "\t" in line
    ]
    auditor_token = next(token for actor_id, _, _, token in lines if actor_id == "demo-auditeur-crc")
    app = build_api(Settings.from_env())
    with TestClient(app) as client:
        party_id = next(party for actor_id, _, party, _ in lines if actor_id == "demo-oph-nievre")
        response = client.get(f"/parties/{party_id}", headers={"Authorization": f"Bearer {auditor_token}"})
        assert response.status_code == 200 and response.json()["name"] == "Nièvre Habitat"
        app.state.reads.settle()  # the worker may still be raising the demo's alerts
        count = app.state.ledger.recorder.max_notification_id()
    app.state.ledger.close()
    assert main(["demo"]) == 0  # a second run changes nothing
    app = build_api(Settings.from_env())
    assert app.state.ledger.recorder.max_notification_id() == count
    app.state.ledger.close()
