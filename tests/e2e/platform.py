"""What the end-to-end tests share: the API under test with tokens at hand, and the
Nièvre parties registered over HTTP."""

from __future__ import annotations

import html
import re
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


class Web:
    """The web interface of the API under test: a browser (a client with its own cookies)
    per person, signed in through the development sign-in to an account opened for them."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.app = client.app
        self.accounts = self.app.state.web.accounts  # type: ignore[attr-defined]

    def open_account(self, actor: Actor, name: str) -> str:
        actor_id = f"demo-{actor.actor_id}"
        if self.accounts.store.by_actor(actor_id) is None:
            self.accounts.invite(
                email=f"{actor_id}@test.invalid",
                role=actor.role,
                party_id=actor.party_id,
                display_name=name,
                actor=Actor("test-admin", ActorRole.ADMIN),
                actor_id=actor_id,
            )
        return actor_id

    def browser(self, actor: Actor | None = None, name: str = "Testeur") -> TestClient:
        """A fresh browser; signed in as ``actor`` when given."""
        browser = TestClient(self.app, follow_redirects=False)
        if actor is not None:
            actor_id = self.open_account(actor, name)
            answer = browser.post(
                "/connexion/demo",
                data={"csrf_token": csrf_of(browser.get("/connexion").text), "actor_id": actor_id},
            )
            assert answer.status_code == 303, answer.text
        return browser


def csrf_of(page: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found, "no CSRF token on the page"
    return found.group(1)


def form_fields(page: str, action: str) -> dict[str, str]:
    """The hidden fields of the form posting to ``action`` (token, version read, form key)."""
    start = page.index(f'action="{action}"')
    form = page[start : page.index("</form>", start)]
    return dict(re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', form))


def text_of(page: str) -> str:
    """The page's text, tags removed and spaces squeezed (what a person reads)."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
