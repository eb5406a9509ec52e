"""A page of the web interface: its template, the signed-in actor and the navigation."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse

from api.rendering import templates
from api.web.session import csrf_token, signed_in_account
from application.authorization import sees_everything
from domain.values import Actor, ActorRole


def navigation(actor: Actor | None) -> list[tuple[str, str]]:
    if actor is None:
        return []
    items = [
        ("/tableau-de-bord", "Tableau de bord"),
        ("/annuaire", "Annuaire"),
        ("/alertes", "Alertes"),
    ]
    if sees_everything(actor):
        items += [("/controle", "Espace de contrôle"), ("/journal", "Journal")]
    if actor.role is ActorRole.ADMIN:
        items.append(("/comptes", "Comptes"))
    return items


def render(request: Request, template: str, *, status_code: int = 200, **context: Any) -> HTMLResponse:
    account = signed_in_account(request)
    actor = account.actor if account is not None else None
    page = templates.get_template(f"web/{template}").render(
        request_path=request.url.path,
        actor=actor,
        account=account,
        navigation=navigation(actor),
        csrf=csrf_token(request),
        **context,
    )
    return HTMLResponse(page, status_code=status_code, headers={"Cache-Control": "no-store"})
