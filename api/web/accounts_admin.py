"""The administrator's page of accounts: who may sign in, for which party and role; invite a
person, close an account. The same use cases as ``conventions invite`` / ``revoke-account``."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api import routing
from api.deps import Reads
from api.web.forms import Refusal, carry_out
from api.web.page import render
from api.web.session import Csrf, PageActor, web_settings
from api.web.submitted import FieldValueError, submitted
from application.authorization import check_may_administer
from domain.collectivite import party_id_for
from domain.errors import InvalidSirenError, PartyNotFoundError
from domain.identifiers import check_siren
from domain.values import ActorRole
from projections import portfolio_queries as queries
from projections.read_models import ReadModels

router = routing.router(include_in_schema=False, tags=["web"])

ROLE_LABELS = {
    ActorRole.READER: "lecteur (consulte)",
    ActorRole.EDITOR: "rédacteur (prépare et exécute)",
    ActorRole.SIGNATORY: "signataire (signe pour la partie)",
    ActorRole.AUDITOR: "auditeur (chambre régionale des comptes : lit tout)",
    ActorRole.ADMIN: "administrateur de la plateforme",
}


def _page(
    request: Request,
    reads: ReadModels,
    *,
    error: str | None = None,
    error_field: str | None = None,
    fields: dict[str, str] | None = None,
    status_code: int = 200,
    done: str | None = None,
) -> HTMLResponse:
    accounts = web_settings(request).accounts.listed()
    parties = {a.party_id: queries.party(reads, a.party_id) for a in accounts if a.party_id}
    return render(
        request,
        "accounts.html",
        status_code=status_code,
        title="Comptes",
        accounts=accounts,
        party_names={k: (v or {}).get("name", str(k)) for k, v in parties.items()},
        roles=ROLE_LABELS,
        error=error,
        error_field=error_field,
        fields=fields or {},
        done=done,
    )


DONE = {"invitation": "Compte ouvert : la personne peut se connecter.", "fermeture": "Compte fermé."}


@router.get("/comptes", response_class=HTMLResponse)
def accounts_page(
    request: Request, reads: Reads, actor: PageActor, fait: Annotated[str | None, Query(max_length=40)] = None
) -> HTMLResponse:
    check_may_administer(actor)
    return _page(request, reads, done=DONE.get(fait or ""))


@router.post("/comptes", dependencies=[Csrf], response_model=None)
async def invite(request: Request, reads: Reads, actor: PageActor) -> Response:
    """Open an account: the party is named by its SIREN (none for an auditor or an administrator)."""
    form = await submitted(request)

    def write() -> None:
        role = form.choice("role", ActorRole, "Rôle")
        siren = form.text("siren")
        party_id = None
        if siren:
            try:
                party_id = party_id_for(check_siren(siren))
            except InvalidSirenError as error:
                raise FieldValueError("siren", error.detail) from None
            if queries.party(reads, party_id) is None:
                raise PartyNotFoundError(f"Aucune partie enregistrée sous le SIREN {siren[:11]}.")
        web_settings(request).accounts.invite(
            email=form.text("email"),
            role=role,
            party_id=party_id,
            display_name=form.text("display_name"),
            actor=actor,
            siret=form.optional("siret"),
        )

    def refused(refusal: Refusal) -> Response:
        return _page(
            request,
            reads,
            error=refusal.detail,
            error_field=refusal.field,
            fields=refusal.fields,
            status_code=refusal.status_code,
        )

    return carry_out(write, form, reads=reads, done="/comptes?fait=invitation", refused=refused)


@router.post("/comptes/{actor_id}/fermeture", dependencies=[Csrf], response_model=None)
def revoke(request: Request, actor_id: str, actor: PageActor) -> Response:
    web_settings(request).accounts.revoke(actor_id[:200], actor)
    return RedirectResponse("/comptes?fait=fermeture", status_code=303)
