"""Each party sees only what concerns it (OWASP API1:2023): a convention that does not
concern an actor's party does not exist for it — 404 with the words of an unknown id, on
every read and write — and lists, counts, portfolios and feeds leave it out. Through an SC:
its members read the SC's conventions, the SC reads its members'. Auditors read all."""

from __future__ import annotations

from uuid import UUID, uuid4

from domain.values import Actor, ActorRole


def token(api, role: ActorRole, party: UUID | None):
    return api.token_for(Actor(f"{role.value}-{party}", role, party))


def status(api, method: str, path: str, headers, body=None) -> int:
    return api.client.request(method, path, json=body, headers=headers).status_code


def test_an_unrelated_party_is_told_the_convention_does_not_exist(api, world):
    cid = world.nievre_convention
    stranger = token(api, ActorRole.EDITOR, world.oph_lyon1)
    reads = [
        f"/conventions/{cid}",
        f"/conventions/{cid}/terms",
        f"/conventions/{cid}/events",
        f"/conventions/{cid}/timeline",
        f"/conventions/{cid}/alerts",
        f"/conventions/{cid}/alerts/1",
        f"/conventions/{cid}/diff?from_version=1",
    ]
    for path in reads:
        other = str(uuid4())
        hidden = api.client.get(path, headers=stranger)
        unknown = api.client.get(path.replace(str(cid), other), headers=stranger)
        assert hidden.status_code == unknown.status_code == 404, path
        assert hidden.headers["content-type"] == "application/problem+json"
        assert hidden.json()["type"] == unknown.json()["type"] == "/problems/convention-not-found"
        assert hidden.json()["detail"] == unknown.json()["detail"].replace(other, str(cid))
    writes = [
        (f"/conventions/{cid}/meetings", {"body_id": "comite", "met_on": "2022-03-01", "reference": "PV"}),
        (f"/conventions/{cid}/alerts/1/acknowledgement", {"acknowledged_on": "2022-03-02"}),
        (f"/conventions/{cid}/payments", {}),
    ]
    for path, body in writes:
        assert status(api, "POST", path, stranger, body) in (404, 422), path
    assert status(api, "POST", writes[0][0], stranger, writes[0][1]) == 404
    # Lists, counts, portfolios and the feed leave it out.
    assert api.client.get("/conventions", headers=stranger).json()["total"] == 0
    assert api.client.get("/alerts", headers=stranger).json()["total"] == 0
    streams = {e["stream"] for e in api.client.get("/events?limit=1000", headers=stranger).json()["items"]}
    assert str(cid) not in streams and str(world.sc_convention) not in streams
    assert status(api, "GET", f"/offices/{world.oph_nievre}/portfolio", stranger) == 404
    assert status(api, "GET", f"/collectivites/{world.nievre}/portfolio", stranger) == 404


def test_parties_read_their_conventions_directly_and_through_their_sc(api, world):
    office_reader = token(api, ActorRole.READER, world.oph_nievre)
    assert status(api, "GET", f"/conventions/{world.nievre_convention}", office_reader) == 200
    # A reader reads, never writes.
    meeting = {"body_id": "comite", "met_on": "2022-03-01", "reference": "PV"}
    assert (
        status(api, "POST", f"/conventions/{world.nievre_convention}/meetings", office_reader, meeting) == 403
    )
    # Nièvre Habitat is a member of the SC: it reads the SC's convention with Dijon.
    assert status(api, "GET", f"/conventions/{world.sc_convention}", office_reader) == 200
    mine = api.client.get("/conventions", headers=office_reader).json()
    assert {c["convention_id"] for c in mine["items"]} == {
        str(world.nievre_convention),
        str(world.sc_convention),
    }
    # The SC reads its members' conventions; Dijon reads only its own.
    sc = token(api, ActorRole.READER, world.sc)
    assert status(api, "GET", f"/conventions/{world.nievre_convention}", sc) == 200
    assert status(api, "GET", f"/offices/{world.oph_nievre}/portfolio", sc) == 200
    dijon = token(api, ActorRole.READER, world.dijon)
    assert status(api, "GET", f"/conventions/{world.nievre_convention}", dijon) == 404
    assert api.client.get("/conventions", headers=dijon).json()["total"] == 1
    feed = api.client.get("/events?limit=1000", headers=dijon).json()["items"]
    assert {e["stream"] for e in feed if e["stream_type"] == "Convention"} == {str(world.sc_convention)}
    # Auditors and administrators read everything.
    auditor = token(api, ActorRole.AUDITOR, None)
    assert api.client.get("/conventions", headers=auditor).json()["total"] == 2
    assert status(api, "GET", f"/collectivites/{world.nievre}/portfolio", auditor) == 200
    # An actor of no party reads no convention.
    nobody = token(api, ActorRole.READER, None)
    assert status(api, "GET", f"/conventions/{world.nievre_convention}", nobody) == 404
    assert api.client.get("/conventions", headers=nobody).json()["total"] == 0
