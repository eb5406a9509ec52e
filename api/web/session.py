"""Who is signed in to the web interface, and the protections of its forms.

- The session is Starlette's: a cookie signed with the platform's secret (itsdangerous),
  HttpOnly, SameSite=Lax, Secure behind HTTPS (``SESSION_COOKIE_SECURE``), 8 hours. It holds
  the account's id (the actor), never its role or party: those are read from the accounts on
  every page, so a revoked account is signed out at its next click.
- Every form carries the session's CSRF token (synchronizer token); a POST without it, or with
  another, is refused (403) before anything is read from it.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, Request

from application.accounts import Account, Accounts
from domain.values import Actor

SESSION_COOKIE = "conventions_session"
SESSION_SECONDS = 8 * 3600
ACTOR_KEY = "actor_id"
CSRF_KEY = "csrf"
CSRF_FIELD = "csrf_token"
SESSION_ACCOUNT = "session_account"
"""Where a request's signed-in account is kept once looked up (``scope["state"]``)."""


class SignInRequired(Exception):
    """The page needs a signed-in actor: the answer is the sign-in page, then back here."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path

    @property
    def location(self) -> str:
        return f"/connexion?suite={quote(self.next_path, safe='/')}"


class CsrfRejected(Exception):
    """A form posted without the session's token (or with another)."""


@dataclass(frozen=True)
class OidcSettings:
    issuer: str
    client_id: str
    client_secret: str | None
    scopes: str
    provider_name: str


@dataclass
class WebSettings:
    """What the composition root gives the web interface."""

    accounts: Accounts
    secret: str
    secure_cookies: bool = False
    oidc: OidcSettings | None = None
    demo_sign_in: bool = False


def local_path(value: str | None, default: str = "/tableau-de-bord") -> str:
    """Where to go after signing in: a path of this site only (never ``//host`` or a URL, which
    would make the sign-in page an open redirect)."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return default
    return value


def csrf_token(request: Request) -> str:
    """The session's CSRF token (created with the session)."""
    session: dict[str, Any] = request.session
    token = session.get(CSRF_KEY)
    if not isinstance(token, str):
        token = session[CSRF_KEY] = secrets.token_urlsafe(32)
    return token


def sign_in(request: Request, actor_id: str) -> None:
    """A new session for the actor: what the previous one held is dropped (no fixation)."""
    request.scope.setdefault("state", {}).pop(SESSION_ACCOUNT, None)
    request.session.clear()
    request.session[ACTOR_KEY] = actor_id
    request.session[CSRF_KEY] = secrets.token_urlsafe(32)


def web_settings(request: Request) -> WebSettings:
    settings: WebSettings = request.app.state.web
    return settings


def session_account(accounts: Accounts, session: dict[str, Any] | None) -> Account | None:
    """The account a session is signed in to, if it is still active."""
    actor_id = (session or {}).get(ACTOR_KEY)
    return accounts.active(actor_id) if isinstance(actor_id, str) else None


def signed_in_account(request: Request) -> Account | None:
    """The session's account, looked up once a request (the guards may have already)."""
    state = request.scope.setdefault("state", {})
    if SESSION_ACCOUNT not in state:
        state[SESSION_ACCOUNT] = session_account(web_settings(request).accounts, request.session)
    account: Account | None = state[SESSION_ACCOUNT]
    return account


def signed_in_actor(request: Request) -> Actor | None:
    account = signed_in_account(request)
    return account.actor if account is not None else None


def page_actor(request: Request) -> Actor:
    actor = signed_in_actor(request)
    if actor is None:
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise SignInRequired(path)
    return actor


async def check_csrf(request: Request) -> None:
    """Every POST of the web interface: the form's token is the session's."""
    form = await request.form()
    sent = form.get(CSRF_FIELD)
    expected = request.session.get(CSRF_KEY)
    if not isinstance(sent, str) or not isinstance(expected, str) or not hmac.compare_digest(sent, expected):
        raise CsrfRejected()


PageActor = Annotated[Actor, Depends(page_actor)]
Csrf = Depends(check_csrf)
