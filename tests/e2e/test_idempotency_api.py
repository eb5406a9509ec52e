"""Idempotent writes: a repeat with the same Idempotency-Key and body gets the first answer
again and writes nothing; the same key with another body is refused; keys belong to their
actor; a key left in flight is resolved from the store at once; only final answers are kept."""

from __future__ import annotations

import hashlib

from infrastructure.idempotency_store import SqlIdempotencyStore
from tests.builders import World


def test_a_repeated_write_is_carried_out_once(api):
    ledger = api.client.app.state.ledger
    world = World(ledger)
    cid = world.convention_in_force()
    office = api.token_for(world.signatory(world.oph_nievre))
    path = f"/conventions/{cid}/meetings"
    meeting = {"body_id": "comite", "met_on": "2021-06-01", "reference": "PV-1"}
    headers = {**office, "Idempotency-Key": "reunion-2021-06-01"}

    first = api.client.post(path, json=meeting, headers=headers)
    assert first.status_code == 201
    version = ledger.get_convention(cid).version
    again = api.client.post(path, json=meeting, headers=headers)
    assert again.status_code == 201 and again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    assert again.headers["etag"] == first.headers["etag"]
    assert ledger.get_convention(cid).version == version  # no second event

    # The same key for another request: refused, nothing written.
    other = api.client.post(path, json={**meeting, "reference": "PV-2"}, headers=headers)
    assert other.status_code == 422 and other.json()["type"] == "/problems/idempotency-key-reused"
    assert other.headers["content-type"] == "application/problem+json"
    assert ledger.get_convention(cid).version == version

    # A refusal is an answer too: repeated, it is given again.
    late = {**office, "Idempotency-Key": "reunion-en-double"}
    refused = api.client.post(path, json=meeting, headers=late)  # the same meeting twice
    assert refused.status_code == 422 and refused.json()["type"] == "/problems/duplicate-element"
    assert api.client.post(path, json=meeting, headers=late).json() == refused.json()

    # Keys belong to their actor: the département may use the same key for its own request.
    department = {**api.token_for(world.signatory(world.nievre)), "Idempotency-Key": "reunion-2021-06-01"}
    own = api.client.post(
        path, json={**meeting, "met_on": "2021-07-01", "reference": "PV-3"}, headers=department
    )
    assert own.status_code == 201


def test_a_key_left_in_flight_is_resolved_from_the_store_at_once(api):
    ledger = api.client.app.state.ledger
    world = World(ledger)
    cid = world.convention_in_force()
    actor = world.signatory(world.oph_nievre)
    headers = {**api.token_for(actor), "Content-Type": "application/json"}
    store = SqlIdempotencyStore(api.client.app.state.reads.store)
    path = f"/conventions/{cid}/meetings"
    body = b'{"body_id":"comite","met_on":"2021-06-01","reference":"PV-1"}'
    fingerprint = hashlib.sha256(b"\n".join([path.encode(), b"", body])).hexdigest()

    # The write committed, then its process died before storing the answer: the key is left
    # in flight. The repeat is answered at once from the command recorded with the events.
    first = api.client.post(path, content=body, headers={**headers, "Idempotency-Key": "k-1"})
    assert first.status_code == 201, first.text
    store.release(actor.actor_id, "k-1")
    assert store.claim(actor.actor_id, "k-1", fingerprint).answer is None  # in flight
    version = ledger.get_convention(cid).version
    again = api.client.post(path, content=body, headers={**headers, "Idempotency-Key": "k-1"})
    assert again.status_code == 201 and again.headers["idempotent-replayed"] == "true"
    assert (again.json()["id"], again.json()["version"]) == (first.json()["id"], first.json()["version"])
    assert ledger.get_convention(cid).version == version and len(ledger.get_convention(cid).meetings) == 1

    # In flight and never committed (its process died before): the repeat carries it out, once.
    second = b'{"body_id":"comite","met_on":"2021-09-01","reference":"PV-2"}'
    fingerprint = hashlib.sha256(b"\n".join([path.encode(), b"", second])).hexdigest()
    assert store.claim(actor.actor_id, "k-2", fingerprint).answer is None
    response = api.client.post(path, content=second, headers={**headers, "Idempotency-Key": "k-2"})
    assert response.status_code == 201 and "idempotent-replayed" not in response.headers
    assert len(ledger.get_convention(cid).meetings) == 2


def test_only_final_answers_are_kept_for_a_key(api):
    ledger = api.client.app.state.ledger
    world = World(ledger)
    cid = world.convention_in_force()
    headers = {**api.token_for(world.signatory(world.oph_nievre)), "Idempotency-Key": "k-412"}
    path = f"/conventions/{cid}/meetings"
    meeting = {"body_id": "comite", "met_on": "2021-06-01", "reference": "PV-1"}
    # A conflict says « try again »: not kept, the key is free for the retry.
    conflict = api.client.post(path, json=meeting, headers={**headers, "If-Match": '"1"'})
    assert conflict.status_code == 412
    retried = api.client.post(path, json=meeting, headers=headers)
    assert retried.status_code == 201 and "idempotent-replayed" not in retried.headers


def test_every_write_route_takes_the_ledger_bound_to_its_request(api):
    """The version read (If-Match) and the idempotency key reach a use case only through the
    ledger bound to the request (``Writer``): a write route given the plain ledger would drop
    both in silence."""
    from fastapi.routing import APIRoute

    from api.deps import get_ledger, get_writer
    from api.web.forms import get_form_writer

    writes = [
        route
        for route in api.client.app.routes  # every route is the application's own (api.routing.serve)
        if isinstance(route, APIRoute) and route.methods & {"POST", "PUT", "PATCH", "DELETE"}
    ]
    assert len(writes) > 30
    for route in writes:
        calls = {dependency.call for dependency in route.dependant.dependencies}
        assert get_ledger not in calls, f"{route.path}: takes Ledger, not Writer"
    bound = [
        r.path for r in writes if {get_writer, get_form_writer} & {d.call for d in r.dependant.dependencies}
    ]
    assert len(bound) >= 32  # the API's writes and the pages' forms
    unbound = [r.path for r in writes if r.path not in bound]
    writes_no_event = {
        "/connexion/demo",
        "/deconnexion",
        "/audit/checkpoints",
        "/comptes",  # accounts are rows, not events
        "/comptes/{actor_id}/fermeture",
        # webhook subscriptions are rows, not events
        "/parties/{party_id}/webhooks",
        "/parties/{party_id}/webhooks/{subscription_id}/replay",
        "/parties/{party_id}/webhooks/{subscription_id}",
    }
    assert set(unbound) <= writes_no_event, unbound
