"""Signing in through OpenID Connect against a real local provider (oidc-provider-mock, a
Flask server on a free loopback port, started here): the authorization-code flow with PKCE,
the identity matched to an invited account, and the refusals — a forged or replayed state, an
unknown person, another establishment."""

from __future__ import annotations

import html
from collections.abc import Iterator
from urllib.parse import parse_qs, quote, urlparse

import httpx
import oidc_provider_mock
import pytest
from fastapi.testclient import TestClient

from domain.values import Actor, ActorRole
from infrastructure.bootstrap import build_api
from tests.builders import World, siren
from tests.settings import Settings

pytestmark = pytest.mark.stores("sqlite")

ADMIN = Actor("admin", ActorRole.ADMIN)


@pytest.fixture(scope="module")
def provider() -> Iterator[str]:
    with oidc_provider_mock.run_server_in_thread() as server:
        yield f"http://localhost:{server.server_port}"


@pytest.fixture
def platform(provider: str, database_url: str, tmp_path) -> Iterator[TestClient]:
    settings = Settings(
        database_url=database_url,
        tokens_file=tmp_path / "tokens.json",
        oidc_issuer=provider,
        oidc_client_id="conventions-oph",
        oidc_client_secret="secret-de-test",
        oidc_provider_name="ProConnect",
    )
    app = build_api(settings)
    with TestClient(app, follow_redirects=False) as client:
        yield client
    app.state.ledger.close()


def person(provider: str, email: str, siret: str) -> None:
    """What the provider will state about the person who signs in as ``email``."""
    answer = httpx.put(f"{provider}/users/{quote(email)}", json={"email": email, "siret": siret})
    assert answer.status_code == 204


def authorize(browser: TestClient, provider: str, email: str) -> str:
    """Start the sign-in on the platform, sign in at the provider; the callback's address."""
    start = browser.get("/connexion/oidc?suite=/annuaire")
    assert start.status_code == 302
    location = start.headers["location"]
    query = parse_qs(urlparse(location).query)
    assert location.startswith(f"{provider}/oauth2/authorize")
    assert query["code_challenge_method"] == ["S256"] and len(query["code_challenge"][0]) >= 43  # PKCE
    assert query["response_type"] == ["code"] and "openid" in query["scope"][0]
    assert query["nonce"] and query["state"]
    consent = httpx.post(location, data={"sub": email})
    assert consent.status_code == 302
    callback = urlparse(consent.headers["location"])
    assert callback.path == "/connexion/oidc/retour"
    return f"{callback.path}?{callback.query}"


@pytest.fixture
def nievre(platform: TestClient) -> World:
    return World(platform.app.state.ledger)  # type: ignore[attr-defined]


def invite(platform: TestClient, world: World, email: str, siret: str | None) -> None:
    platform.app.state.web.accounts.invite(  # type: ignore[attr-defined]
        email=email,
        role=ActorRole.SIGNATORY,
        party_id=world.oph_nievre,
        display_name="Direction financière, Nièvre Habitat",
        actor=ADMIN,
        siret=siret,
    )


def a_siret(establishment: str) -> str:
    """A valid SIRET of Nièvre Habitat's SIREN (the Luhn key on the 14 digits)."""
    from domain.identifiers import luhn_is_valid

    for last in range(10):
        candidate = siren(2001) + establishment + str(last)
        if luhn_is_valid(candidate):
            return candidate
    raise AssertionError("a Luhn key always exists")


def test_an_invited_agent_signs_in_through_the_provider_with_pkce(platform, provider, nievre):
    siret = a_siret("0001")
    invite(platform, nievre, "Daf@Nievre-Habitat.fr", siret)
    person(provider, "daf@nievre-habitat.fr", siret)
    callback = authorize(platform, provider, "daf@nievre-habitat.fr")
    answer = platform.get(callback)
    assert answer.status_code == 303 and answer.headers["location"] == "/annuaire"  # back where asked
    page = platform.get("/tableau-de-bord")
    assert page.status_code == 200 and "Direction financière, Nièvre Habitat" in page.text
    # The same answer again (a replayed callback) finds no request in progress.
    replayed = TestClient(platform.app, follow_redirects=False)
    replayed.cookies = platform.cookies
    assert replayed.get(callback).status_code == 400


def test_a_forged_state_is_refused(platform, provider, nievre):
    invite(platform, nievre, "daf@nievre-habitat.fr", None)
    person(provider, "daf@nievre-habitat.fr", a_siret("0001"))
    callback = authorize(platform, provider, "daf@nievre-habitat.fr")
    code = parse_qs(urlparse(callback).query)["code"][0]
    answer = platform.get(f"/connexion/oidc/retour?code={code}&state=forge")
    assert answer.status_code == 400 and "ne correspond à aucune demande en cours" in answer.text
    assert platform.get("/tableau-de-bord").status_code == 303  # not signed in
    stranger = TestClient(platform.app, follow_redirects=False)  # a callback without its session
    assert stranger.get(callback).status_code == 400


def test_a_person_without_an_account_is_told_to_ask_for_one(platform, provider, nievre):
    person(provider, "inconnu@ailleurs.fr", a_siret("0002"))
    answer = platform.get(authorize(platform, provider, "inconnu@ailleurs.fr"))
    assert answer.status_code == 403 and "demandez à l'administrateur de vous inviter" in html.unescape(
        answer.text
    )
    assert platform.get("/tableau-de-bord").status_code == 303


def test_an_agent_of_another_establishment_is_refused(platform, provider, nievre):
    invite(platform, nievre, "daf@nievre-habitat.fr", a_siret("0001"))
    person(provider, "daf@nievre-habitat.fr", a_siret("0002"))
    answer = platform.get(authorize(platform, provider, "daf@nievre-habitat.fr"))
    assert answer.status_code == 403 and "établissement SIRET" in answer.text
    assert platform.get("/tableau-de-bord").status_code == 303


def test_the_sign_in_page_offers_the_provider_and_no_demo(platform):
    page = platform.get("/connexion").text
    assert "Se connecter avec ProConnect" in page and "Démonstration" not in page
