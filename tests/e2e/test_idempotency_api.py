"""Idempotent writes: a repeat with the same Idempotency-Key and body gets the first answer
again and writes nothing; the same key with another body is refused; keys belong to their
actor; a repeat while the first is in flight is told so."""

from __future__ import annotations

import hashlib

import pytest

from infrastructure.idempotency_store import SqlIdempotencyStore
from tests.builders import World
from tests.e2e.test_api import api  # noqa: F401 - the fixture

pytestmark = pytest.mark.e2e


def test_a_repeated_write_is_carried_out_once(api):  # noqa: F811
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


def test_a_repeat_while_the_first_is_in_flight_is_told_so(api):  # noqa: F811
    ledger = api.client.app.state.ledger
    world = World(ledger)
    cid = world.convention_in_force()
    actor = world.signatory(world.oph_nievre)
    store = SqlIdempotencyStore(api.client.app.state.reads.store)
    path = f"/conventions/{cid}/meetings"
    body = b'{"body_id":"comite","met_on":"2021-06-01","reference":"PV-1"}'
    # The first request has claimed the key and is still being carried out.
    fingerprint = hashlib.sha256(b"\n".join([path.encode(), b"", body])).hexdigest()
    assert store.claim(actor.actor_id, "k-1", fingerprint).answer is None
    response = api.client.post(
        path,
        content=body,
        headers={**api.token_for(actor), "Idempotency-Key": "k-1", "Content-Type": "application/json"},
    )
    assert response.status_code == 409 and response.json()["type"] == "/problems/idempotency-key-in-flight"
    assert len(ledger.get_convention(cid).meetings) == 0
