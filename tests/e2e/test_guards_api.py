"""Guards: writes limited per actor (429 with Retry-After, others unaffected), bodies bounded
(413), both as problem+json."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from domain.values import Actor, ActorRole
from infrastructure.bootstrap import build_api
from infrastructure.settings import Settings
from infrastructure.tokens import TokenFile

pytestmark = [pytest.mark.e2e, pytest.mark.stores("memory")]


def test_writes_are_limited_per_actor_and_bodies_bounded(database_url, tmp_path):
    settings = Settings(
        database_url=database_url,
        tokens_file=tmp_path / "tokens.json",
        writes_per_second=0.5,
        write_burst=2,
        max_body_bytes=2_000,
    )
    tokens = TokenFile(settings.tokens_file)
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
