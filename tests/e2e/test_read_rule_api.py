"""The one read rule (``domain.readers``, issue 21) through HTTP, on the demo: the collectivité
de rattachement of an office reads every convention of that office; an adherent of an open
convention reads the convention and the alerts that name it or no party, never another
adherent's — in the convention's pages, in /alerts and in its portfolio's count alike."""

from __future__ import annotations

import pytest

from domain.values import Actor, ActorRole
from infrastructure.demo import load_demo

pytestmark = pytest.mark.stores("memory", "postgres")


@pytest.fixture
def demo(api):
    ids = load_demo(api.client.app.state.ledger)
    api.client.app.state.reads.settle()
    return ids


def token(api, party_id):
    return api.token_for(Actor(f"signataire-{party_id}", ActorRole.SIGNATORY, party_id))


def numbers(api, path, headers):
    response = api.client.get(path, headers=headers)
    assert response.status_code == 200, response.text
    body = response.json()
    return {a["number"] for a in (body["items"] if isinstance(body, dict) else body)}


def test_an_adherent_reads_its_alerts_and_the_conventions_not_another_adherents(api, demo):
    cid = demo.conventions["lorient-ouverte"]
    own = token(api, demo.parties["oph-lorient"])
    other = token(api, demo.parties["oph-bsh"])
    agglo = token(api, demo.parties["lorient-agglo"])
    everything = numbers(api, f"/conventions/{cid}/alerts", agglo)
    # Alert 2: the reinforced support unpaid to Lorient Habitat — its own, not Bretagne Sud
    # Habitat's; alert 1 (a bilan) names no party.
    assert everything == {1, 2}
    assert numbers(api, f"/conventions/{cid}/alerts", own) == {1, 2}
    assert numbers(api, f"/conventions/{cid}/alerts", other) == {1}
    assert api.client.get(f"/conventions/{cid}/alerts/2", headers=other).status_code == 404
    assert api.client.get(f"/conventions/{cid}/alerts/2", headers=own).status_code == 200
    # The list says the same, and so does the portfolio's count of open alerts.
    assert numbers(api, f"/alerts?convention_id={cid}", other) == {1}
    listed = api.client.get("/alerts?status=open&limit=200", headers=other).json()
    portfolio = api.client.get(f"/offices/{demo.parties['oph-bsh']}/portfolio", headers=other).json()
    assert portfolio["open_alerts_total"] == listed["total"]
    # The convention itself: read by both.
    assert api.client.get(f"/conventions/{cid}", headers=other).status_code == 200


def test_the_collectivite_de_rattachement_reads_every_convention_of_its_office(api, demo):
    ledger = api.client.app.state.ledger
    bsh = ledger.get_party(demo.parties["oph-bsh"])
    rattachement = bsh.current_rattachement.collectivite_id
    cid = demo.conventions["lorient-ouverte"]
    convention = ledger.get_convention(cid)
    assert rattachement not in convention.concerned_party_ids()  # not a party to it
    oversight = token(api, rattachement)
    assert api.client.get(f"/conventions/{cid}", headers=oversight).status_code == 200
    listed = api.client.get("/conventions?limit=200", headers=oversight).json()["items"]
    assert str(cid) in {c["convention_id"] for c in listed}
    # Through its office, an adherent: the office's alerts and the convention's own.
    assert numbers(api, f"/conventions/{cid}/alerts", oversight) == {1}
