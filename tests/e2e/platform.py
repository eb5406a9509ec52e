"""What the end-to-end tests share: the API under test with tokens at hand, and the
Nièvre parties registered over HTTP."""

from __future__ import annotations

from uuid import UUID

from fastapi.testclient import TestClient

from domain.values import Actor, ActorRole
from infrastructure.tokens import Tokens
from tests.builders import siren


class Api:
    def __init__(self, client: TestClient, tokens: Tokens) -> None:
        self.client = client
        self.tokens = tokens
        self.admin = self.token_for(Actor("admin", ActorRole.ADMIN))

    def token_for(self, actor: Actor) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens.issue(actor)}"}

    def post(self, path: str, body: dict, headers: dict[str, str], status: int = 201) -> dict:
        response = self.client.post(path, json=body, headers=headers)
        assert response.status_code == status, response.text
        return response.json()


def register_nievre(api: Api) -> tuple[str, str, dict, dict]:
    dep = api.post(
        "/collectivites",
        {"siren": siren(1001), "name": "Département de la Nièvre", "kind": "departement", "insee_code": "58"},
        api.admin,
    )["id"]
    office = api.post(
        "/offices",
        {"siren": siren(2001), "name": "Nièvre Habitat", "rattachement_id": dep, "attached_on": "2000-01-01"},
        api.admin,
    )["id"]
    return (
        dep,
        office,
        api.token_for(Actor("dg-oph", ActorRole.SIGNATORY, UUID(office))),
        api.token_for(Actor("pdt-dep", ActorRole.SIGNATORY, UUID(dep))),
    )
