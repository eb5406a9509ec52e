"""Guards: writes limited per actor (429 with Retry-After, others unaffected), bodies bounded
(413), both as problem+json."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from domain.values import Actor, ActorRole
from infrastructure.bootstrap import build_api
from infrastructure.tokens import Tokens
from tests.settings import Settings

pytestmark = pytest.mark.stores("memory")


def test_writes_are_limited_per_actor_and_bodies_bounded(database_url, tmp_path):
    settings = Settings(
        database_url=database_url,
        tokens_file=tmp_path / "tokens.json",
        writes_per_second=0.5,
        write_burst=2,
        max_body_bytes=2_000,
    )
    tokens = Tokens.for_settings(settings)
    hasty = {"Authorization": f"Bearer {tokens.issue(Actor('pressé', ActorRole.ADMIN))}"}
    calm = {"Authorization": f"Bearer {tokens.issue(Actor('posé', ActorRole.ADMIN))}"}
    body = {"siren": "x", "name": "Nevers", "kind": "commune"}  # refused by the rules: still a write
    with TestClient(build_api(settings)) as client:
        statuses = [client.post("/collectivites", json=body, headers=hasty).status_code for _ in range(3)]
        assert statuses == [422, 422, 429]
        limited = client.post("/collectivites", json=body, headers=hasty)
        assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
        assert limited.headers["content-type"] == "application/problem+json"
        assert client.post("/collectivites", json=body, headers=calm).status_code == 422  # others unaffected
        assert client.get("/health").status_code == 200  # reads are not limited
        big = client.post("/collectivites", json={**body, "name": "N" * 5_000}, headers=calm)
        assert big.status_code == 413 and big.json()["type"] == "/problems/body-too-large"


def test_unknown_query_parameters_and_out_of_range_integers_are_refused(database_url, tmp_path):
    settings = Settings(database_url=database_url, tokens_file=tmp_path / "tokens.json")
    auditor = {
        "Authorization": f"Bearer {Tokens.for_settings(settings).issue(Actor('crc', ActorRole.AUDITOR))}"
    }
    with TestClient(build_api(settings)) as client:
        # A misspelt filter must not answer the unfiltered list.
        typo = client.get("/conventions", params={"partie_id": "x"}, headers=auditor)
        assert typo.status_code == 422 and "partie_id" in typo.json()["detail"]
        assert "party_id" in typo.json()["detail"]  # says what is accepted
        # Parameters a dependency declares (the time-travel point) are known too.
        known = client.get("/conventions/00000000-0000-4000-8000-000000000000", params={"on": "2021-01-01"},
                           headers=auditor)  # fmt: skip
        assert known.status_code == 404
        # Integers beyond what a store holds are a 422, not a database error (found by schemathesis).
        huge = client.get("/conventions", params={"offset": 2**64}, headers=auditor)
        assert huge.status_code == 422 and huge.headers["content-type"] == "application/problem+json"
