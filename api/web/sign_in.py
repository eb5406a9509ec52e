"""Signing in: through OpenID Connect (authorization code with PKCE — ProConnect for public
agents), or, where the demo is loaded, by picking a demo actor. Either way the identity meets
an account an administrator opened (application/accounts.py)."""

from __future__ import annotations

import warnings
from typing import Annotated, Any

import structlog
from fastapi import Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api import routing
from api.web.page import render

with warnings.catch_warnings():
    # authlib tells its users at import that it will move from httpx to httpx2: its migration,
    # nothing an operator can act on, and a plain-text line in a JSON log.
    from authlib.deprecate import AuthlibDeprecationWarning  # type: ignore[import-untyped]

    warnings.simplefilter("ignore", AuthlibDeprecationWarning)  # after authlib's own "always"
    from authlib.integrations.starlette_client import OAuth, OAuthError  # type: ignore[import-untyped]
from api.web.session import (
    Csrf,
    OidcSettings,
    local_path,
    sign_in,
    signed_in_actor,
    web_settings,
)
from application.accounts import Identity
from domain.errors import DomainError

router = routing.router(include_in_schema=False, tags=["web"])

log = structlog.get_logger("web")

PROVIDER = "oidc"
NEXT_KEY = "after_sign_in"


def oauth_client(settings: OidcSettings) -> Any:
    """The OpenID Connect client (authlib): endpoints and keys from the issuer's discovery
    document; PKCE (S256) on every authorization request; state and nonce kept in the session
    and checked on return (a forged or replayed state is refused by authlib)."""
    oauth = OAuth()
    oauth.register(
        name=PROVIDER,
        server_metadata_url=settings.issuer.rstrip("/") + "/.well-known/openid-configuration",
        client_id=settings.client_id,
        client_secret=settings.client_secret,
        client_kwargs={"scope": settings.scopes, "code_challenge_method": "S256"},
    )
    return oauth.create_client(PROVIDER)


@router.get("/")
def home(request: Request) -> RedirectResponse:
    target = "/tableau-de-bord" if signed_in_actor(request) is not None else "/connexion"
    return RedirectResponse(target, status_code=303)


@router.get("/connexion", response_class=HTMLResponse)
def sign_in_page(
    request: Request, suite: Annotated[str | None, Query(max_length=500)] = None
) -> HTMLResponse:
    web = web_settings(request)
    demo_accounts = (
        [a for a in web.accounts.listed() if a.actor_id.startswith("demo-") and a.revoked_at is None]
        if web.demo_sign_in
        else []
    )
    return render(
        request,
        "sign_in.html",
        title="Connexion",
        next_path=local_path(suite),
        provider=web.oidc.provider_name if web.oidc else None,
        demo_accounts=demo_accounts,
    )


@router.post("/connexion/demo", dependencies=[Csrf])
def demo_sign_in(
    request: Request,
    actor_id: Annotated[str, Form(max_length=200)],
    suite: Annotated[str | None, Form(max_length=500)] = None,
) -> Response:
    """The development sign-in: only where the demo is loaded, only for a demo account."""
    web = web_settings(request)
    account = web.accounts.active(actor_id) if web.demo_sign_in else None
    if account is None or not actor_id.startswith("demo-"):
        return render(
            request,
            "error.html",
            status_code=403,
            title="Connexion refusée",
            detail="La connexion de démonstration n'est ouverte que sur la démo, pour ses comptes.",
        )
    sign_in(request, account.actor_id)
    log.info("web.signed_in", actor_id=account.actor_id, through="demo")
    return RedirectResponse(local_path(suite), status_code=303)


@router.get("/connexion/oidc")
async def oidc_start(
    request: Request, suite: Annotated[str | None, Query(max_length=500)] = None
) -> Response:
    web = web_settings(request)
    if web.oidc is None:
        return render(
            request,
            "error.html",
            status_code=404,
            title="Connexion indisponible",
            detail="Aucun fournisseur d'identité n'est configuré sur cette plateforme (OIDC_ISSUER).",
        )
    request.session[NEXT_KEY] = local_path(suite)
    client = request.app.state.oidc_client
    response: Response = await client.authorize_redirect(request, str(request.url_for("oidc_return")))
    return response


OidcParameter = Annotated[str | None, Query(max_length=4000)]


@router.get("/connexion/oidc/retour", name="oidc_return")
async def oidc_return(
    request: Request,
    code: OidcParameter = None,
    state: OidcParameter = None,
    iss: OidcParameter = None,
    error: OidcParameter = None,
    error_description: OidcParameter = None,
) -> Response:
    """The provider's answer (RFC 6749 §4.1.2, RFC 9207's ``iss``): read by authlib from the
    request; declared here because a page refuses parameters it does not know."""
    web = web_settings(request)
    client = request.app.state.oidc_client
    if web.oidc is None or client is None:
        return RedirectResponse("/connexion", status_code=303)
    try:
        token = await client.authorize_access_token(request)
        claims = dict(token.get("userinfo") or {})
        if "email" not in claims or "siret" not in claims:
            claims |= dict(await client.userinfo(token=token))
    except OAuthError as refused:
        log.warning("web.sign_in_refused", reason=refused.error, description=refused.description)
        return render(
            request,
            "error.html",
            status_code=400,
            title="Connexion refusée",
            detail="La réponse du fournisseur d'identité ne correspond à aucune demande en cours "
            "(lien rejoué, expiré ou forgé). Recommencez la connexion depuis la plateforme.",
        )
    try:
        account = web.accounts.sign_in(
            Identity(email=str(claims.get("email", "")), siret=_text(claims.get("siret")))
        )
    except DomainError as unknown:
        log.info("web.sign_in_unknown", email=str(claims.get("email", ""))[:200])
        return render(request, "error.html", status_code=403, title="Aucun compte", detail=unknown.detail)
    next_path = local_path(request.session.get(NEXT_KEY))
    sign_in(request, account.actor_id)
    log.info("web.signed_in", actor_id=account.actor_id, through=web.oidc.provider_name)
    return RedirectResponse(next_path, status_code=303)


def _text(value: object) -> str | None:
    return str(value) if value is not None else None


@router.post("/deconnexion", dependencies=[Csrf])
def sign_out(request: Request) -> RedirectResponse:
    request.session.clear()
    return RedirectResponse("/connexion", status_code=303)
