"""Drafting a convention from the pages: its kind (with what the guide says it binds), title,
period and parties — the drafter's own party signs, the others are named by their SIREN. The
draft then grows on its page (commitments, contreparties: api/web/convention_forms.py) until
its parties deliberate and sign it."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from api import routing
from api.deps import Reads
from api.web.forms import FormWriter, Refusal, carry_out
from api.web.page import render
from api.web.session import Csrf, PageActor
from api.web.submitted import FieldValueError, Submitted, submitted
from application.base import CommandResult
from application.ledger import ConventionLedger
from domain.collectivite import party_id_for
from domain.convention import party_type_of
from domain.errors import InvalidSirenError, InvalidValueError, PartyNotFoundError
from domain.identifiers import check_siren
from domain.terms import KIND_GUIDANCE, KIND_LABELS, ConventionKind, ConventionParty, PartyRole
from domain.values import Actor

router = routing.router(include_in_schema=False, tags=["web"])

PARTNER_ROWS = 4
ROLE_LABELS = {PartyRole.SIGNATAIRE: "signataire", PartyRole.BENEFICIAIRE: "bénéficiaire (sans signer)"}


def _page(
    request: Request,
    *,
    error: str | None = None,
    error_field: str | None = None,
    fields: dict[str, str] | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    return render(
        request,
        "draft.html",
        status_code=status_code,
        title="Nouvelle convention",
        kinds=[(kind, KIND_LABELS[kind], KIND_GUIDANCE[kind]) for kind in ConventionKind],
        roles=ROLE_LABELS,
        rows=range(1, PARTNER_ROWS + 1),
        error=error,
        error_field=error_field,
        fields=fields or {},
    )


@router.get("/convention/nouvelle", response_class=HTMLResponse)
def draft_form(request: Request, actor: PageActor) -> HTMLResponse:
    return _page(request)


def _parties(ledger: ConventionLedger, form: Submitted, actor: Actor) -> tuple[ConventionParty, ...]:
    if actor.party_id is None:
        raise InvalidValueError("Une convention se rédige pour une partie : cet acteur n'agit pour aucune.")
    own = ledger.get_party(actor.party_id)
    parties = [ConventionParty(own.id, party_type_of(own), PartyRole.SIGNATAIRE)]
    for row in range(1, PARTNER_ROWS + 1):
        siren = form.text(f"siren_{row}")
        if not siren:
            continue
        try:
            party = ledger.get_party(party_id_for(check_siren(siren)))
        except (InvalidSirenError, PartyNotFoundError) as error:
            raise FieldValueError(f"siren_{row}", f"Partie {row} : {error.detail}") from None
        role = form.choice(f"role_{row}", PartyRole, f"Rôle de la partie {row}")
        parties.append(ConventionParty(party.id, party_type_of(party), role))
    return tuple(parties)


@router.post("/convention/nouvelle", dependencies=[Csrf], response_model=None)
async def draft(request: Request, ledger: FormWriter, reads: Reads, actor: PageActor) -> Response:
    form = await submitted(request)

    def write() -> CommandResult:
        kind = form.choice("kind", ConventionKind, "Nature de la convention")
        end = form.text("end")
        return ledger.drafting.draft_convention(
            kind=kind,
            title=form.text("title"),
            start=form.day("start", "Début"),
            end=form.day("end", "Fin") if end else None,
            parties=_parties(ledger, form, actor),
            operation=form.optional("operation"),
            actor=actor,
        )

    def refused(refusal: Refusal) -> Response:
        return _page(
            request,
            error=refusal.detail,
            error_field=refusal.field,
            fields=refusal.fields,
            status_code=refusal.status_code,
        )

    return carry_out(
        write,
        form,
        reads=reads,
        done=lambda result: f"/convention/{result.aggregate_id}?fait=projet",
        refused=refused,
    )
