"""Alerts over HTTP: raised by an evaluation, listed with filters, handled step by step,
deadline scans; errors as problem+json."""

import io
from uuid import UUID, uuid4

import openpyxl

from domain.values import Actor, ActorRole
from tests.e2e.platform import register_nievre


def convention_with_a_target(api):
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
    for change in (
        {
            "op": "set_axis",
            "axis": {"axis_id": "A1", "family": "developpement_patrimonial", "title": "Patrimoine"},
        },
        {
            "op": "set_commitment",
            "commitment": {
                "commitment_id": "E1",
                "axis_id": "A1",
                "title": "Réhabiliter",
                "kind": "resultat",
                "party_id": office,
                "indicators": [
                    {
                        "indicator_id": "rehab",
                        "label": "Logements réhabilités",
                        "unit": "logements",
                        "direction": "higher_is_better",
                        "targets": [{"year": 2021, "target": "300", "alert_threshold": "240"}],
                    }
                ],
            },
        },
    ):
        # Each change says which version of the draft it was made on (If-Match).
        version = api.client.get(f"/conventions/{cid}", headers=office_token).headers["ETag"]
        api.post(f"/conventions/{cid}/draft-changes", change, {**office_token, "If-Match": version}, 200)
    for party, token in ((office, office_token), (dep, dep_token)):
        api.post(
            f"/conventions/{cid}/deliberations",
            {"party_id": party, "body": "CA", "reference": "D-1", "adopted_on": "2021-01-10"},
            token,
        )
        api.post(f"/conventions/{cid}/signatures", {"signed_on": "2021-02-01"}, token)
    return cid, dep, office, office_token, dep_token


def test_an_alert_is_raised_listed_and_handled_over_http(api):
    cid, dep, office, office_token, dep_token = convention_with_a_target(api)
    # The office asks to read its write: the answer waits until the alert it raises is listed.
    written = api.post(
        f"/conventions/{cid}/evaluations?wait=10",
        {"year": 2021, "values": [{"indicator_id": "rehab", "value": "200"}], "evaluated_on": "2022-03-01"},
        office_token,
    )
    assert written["read_side"] == {
        "caught_up": True,
        "lag": {"alert_process": 0, "alert_board": 0, "portfolio": 0},
        "failure": None,
    }
    page = api.client.get(f"/alerts?party_id={office}&status=open", headers=dep_token).json()
    assert page["total"] == 1
    (row,) = page["items"]
    assert (row["kind"], row["severity"], row["expected"], row["actual"], row["gap"]) == (
        "indicator",
        "alerte",
        "300",
        "200",
        "100",
    )
    n = row["number"]
    base = f"/conventions/{cid}/alerts/{n}"
    # A decision before the office asked for an examination: refused, as problem+json.
    decision = {
        "kind": "corrective_plan",
        "summary": "Plan",
        "decided_on": "2022-04-01",
        "actions": [{"label": "Relancer", "due_on": "2022-09-30"}],
    }
    response = api.client.post(f"{base}/decision", json=decision, headers=dep_token)
    assert response.status_code == 409
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"] == "/problems/examination-not-requested"
    # For an unrelated office, the convention and its alerts do not exist.
    stranger = api.token_for(Actor("autre", ActorRole.EDITOR, UUID(int=7)))
    assert (
        api.client.post(
            f"{base}/acknowledgement", json={"acknowledged_on": "2022-03-02"}, headers=stranger
        ).status_code
        == 404
    )

    # Acting on an alert as it was read: the alert's ETag; a stale one is refused (412).
    seen = api.client.get(base, headers=office_token).headers["ETag"]
    stale = api.client.post(
        f"{base}/acknowledgement",
        json={"acknowledged_on": "2022-03-02"},
        headers={**office_token, "If-Match": f'"{int(seen.strip(chr(34))) - 1}"'},
    )
    assert stale.status_code == 412 and stale.json()["type"] == "/problems/precondition-failed"
    api.post(f"{base}/acknowledgement", {"acknowledged_on": "2022-03-02"}, {**office_token, "If-Match": seen})
    api.post(f"{base}/examination-request", {"requested_on": "2022-03-05", "reason": "Retards"}, office_token)
    api.post(f"{base}/decision", decision, dep_token)
    api.post(f"{base}/resolution?wait=10", {"reason": "Plan exécuté", "closed_on": "2022-11-01"}, dep_token)

    alert = api.client.get(base, headers=office_token).json()
    assert alert["status"] == "resolved" and alert["decision"]["actions"][0]["due_on"] == "2022-09-30"
    assert [h["type"] for h in alert["history"]] == [
        "Raised",
        "Acknowledged",
        "ExaminationRequested",
        "Decided",
        "Resolved",
    ]
    assert alert["history"][3]["actor"]["party_id"] == dep
    assert api.client.get("/alerts?status=resolved", headers=office_token).json()["total"] == 1


def test_deadline_scans_over_http_raise_each_alert_once(api):
    cid, _, _, office_token, _ = convention_with_a_target(api)
    # Only administrators run scans.
    assert (
        api.client.post("/alert-scans", json={"as_of": "2022-07-15"}, headers=office_token).status_code == 403
    )
    first = api.post("/alert-scans?wait=10", {"as_of": "2022-07-15"}, api.admin)
    again = api.post("/alert-scans?wait=10", {"as_of": "2022-07-15"}, api.admin)
    assert first["read_side"]["caught_up"] is True
    assert (first["alerts_raised"], again["alerts_raised"]) == (1, 0)
    page = api.client.get(f"/alerts?convention_id={cid}&kind=bilan_overdue", headers=office_token).json()
    assert page["total"] == 1 and page["items"][0]["due_on"] == "2022-06-30"


def test_the_alert_board_as_a_table_for_peoples_tools(api):
    """The board with the list's filters, as CSV (French headers and numbers) and XLSX (typed
    cells), the parties and the convention by name; an unrelated office gets an empty table."""
    cid, _, office, office_token, dep_token = convention_with_a_target(api)
    api.post(
        f"/conventions/{cid}/evaluations?wait=10",
        {"year": 2021, "values": [{"indicator_id": "rehab", "value": "200"}], "evaluated_on": "2022-03-01"},
        office_token,
    )
    text = api.client.get(f"/alerts.csv?party_id={office}&status=open", headers=dep_token).content.decode()
    header, row = text.lstrip("\ufeff").strip().split("\r\n")
    assert header.startswith("Convention;N°;Nature;Gravité;Statut;Partie concernée;")
    cells = row.split(";")
    assert cells[0] != str(cid) and cells[5] not in ("", office)  # by name, not by id
    assert cells[2:5] == ["objectif annuel non atteint", "alerte", "ouverte"]
    assert cells[8:11] == ["300,00", "200,00", "100,00"]
    answer = api.client.get(f"/alerts.xlsx?party_id={office}", headers=dep_token)
    (_, xlsx_row) = list(
        openpyxl.load_workbook(io.BytesIO(answer.content)).active.iter_rows(values_only=True)
    )
    assert xlsx_row[1] == 1 and xlsx_row[8:11] == (300, 200, 100) and xlsx_row[7] == 2021
    stranger = api.token_for(Actor("autre-office", ActorRole.READER, uuid4()))
    assert api.client.get("/alerts.csv", headers=stranger).content.decode().strip().count("\r\n") == 0
