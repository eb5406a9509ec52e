"""The pages people read: dashboard, directory, convention, alerts, control space, journal.

Each reads through the same use cases as the API, with the signed-in actor, so it shows what
the API would show that actor and nothing else (the read rule: ``domain.readers``). Pages are
plain HTML (forms and links work without JavaScript); the DSFR's script only improves them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any
from uuid import UUID

from fastapi import Query, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse

from api import routing
from api.deps import Audit, Ledger, Reads, viewer_of
from api.routes import portfolios
from api.routes.audit import ExportFormat, ExportScopeKind, export_file, export_scope
from api.routes.documents import download
from api.routes.feed import live_events
from api.schemas import (
    AlertRow,
    CollectivitePortfolio,
    ConventionSummary,
    OfficePortfolio,
    PartySummary,
    SocietePortfolio,
)
from api.spreadsheets import TableForm, table_response
from api.web.convention_forms import FORMS
from api.web.page import render
from api.web.session import PageActor
from application.authorization import NotAuthorizedError, sees_everything
from application.convention_view import describe_convention
from application.history import FeedFilters, Point
from application.ledger import ConventionLedger
from domain import wording
from domain.alerts import EVENT_LABELS as ALERT_EVENT_LABELS
from domain.alerts import STATUS_LABELS, AlertStatus, AlertStep
from domain.collectivite import COLLECTIVITE_KIND_LABELS
from domain.documents import MEDIA_TYPES, size_in_words
from domain.errors import InvalidValueError, PartyNotFoundError
from domain.office import OFFICE_KIND_LABELS
from domain.organisme import ORGANISME_KIND_LABELS
from domain.state_service import STATE_SERVICE_KIND_LABELS
from domain.terms import KIND_LABELS, PartyType
from domain.values import Actor
from projections import portfolio_queries as queries
from projections.alert_board import AlertFilters, list_alerts
from projections.read_models import ReadModels

router = routing.router(include_in_schema=False, tags=["web"])

PARTY_KIND_LABELS = {
    kind.value: label
    for labels in (
        COLLECTIVITE_KIND_LABELS,
        OFFICE_KIND_LABELS,
        ORGANISME_KIND_LABELS,
        STATE_SERVICE_KIND_LABELS,
    )
    for kind, label in labels.items()
}
"""A party's kind in words (« communauté d'agglomération », « office départemental »)."""

PARTY_TYPE_LABELS = {
    "office": "Office public de l'habitat",
    "collectivite": "Collectivité",
    "societe_de_coordination": "Société de coordination",
    "organisme": "Organisme de logement social",
    "etat": "Service de l'État",
}


DONE = {
    **{form.slug: form.done for form in FORMS.values()},
    "projet": "Projet de convention créé : complétez-le (engagements, contreparties), puis faites-le délibérer et signer.",
    "evaluation": "Bilan annuel enregistré.",
    "acknowledge": "Alerte prise en compte.",
    "request_examination": "Demande d'examen enregistrée : la collectivité en est saisie.",
    "decide": "Décision enregistrée.",
    "resolve": "Alerte résolue.",
    "dismiss": "Alerte classée sans suite.",
}
"""What a form's answer says once its write is recorded (``?fait=``)."""

Done = Annotated[str | None, Query(max_length=40, description="The write just recorded.")]


def today() -> date:
    return datetime.now(UTC).date()


def _day(value: str | None, what: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidValueError(f"{what} : une date est attendue (jj/mm/aaaa).") from None


def _instant(value: str | None) -> datetime | None:
    """A « known at » instant from the date and time controls (local to UTC: the recording
    clock is UTC, and the page says so)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidValueError("Connue le : un instant est attendu (date et heure).") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# --- dashboard -------------------------------------------------------------------------------


@router.get("/tableau-de-bord", response_class=HTMLResponse)
def dashboard(
    request: Request,
    ledger: Ledger,
    reads: Reads,
    actor: PageActor,
    date_: Annotated[str | None, Query(alias="date", max_length=10)] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
) -> HTMLResponse:
    """The actor's own portfolio (office, collectivité, SC); for auditors and administrators,
    a search over every party and convention."""
    as_of = _day(date_, "Date") or today()
    party = queries.party(reads, actor.party_id) if actor.party_id else None
    context: dict[str, Any] = {
        "as_of": as_of,
        "q": q or "",
        "kind_labels": KIND_LABELS,
        "type_labels": PARTY_TYPE_LABELS,
        "may_draft": actor.party_id is not None and actor.role.value in ("editor", "signatory"),
    }
    if party is None or party["party_type"] == PartyType.ETAT.value:
        # Auditors, administrators, and the State's services (no portfolio of their own: the
        # conventions they are party to, by the read rule).
        found, total = queries.search_conventions(
            reads, queries.ConventionFilters(title=q or None, viewer=viewer_of(actor), limit=50), as_of
        )
        context |= {
            "portfolio": None,
            "member_portfolios": [],
            "names": {},
            "parties": queries.search_parties(reads, q) if q else [],
            "conventions": [ConventionSummary.model_validate(c) for c in found],
            "conventions_total": total,
        }
        return render(request, "dashboard.html", title="Tableau de bord", **context)
    party_id = UUID(party["party_id"])
    party_type = PartyType(party["party_type"])
    if party_type is PartyType.COLLECTIVITE:
        portfolio: Any = portfolios.parsed(
            CollectivitePortfolio, portfolios.collectivite_portfolio(party_id, reads, actor, as_of, 100, 0)
        )
    elif party_type is PartyType.SOCIETE_DE_COORDINATION:
        portfolio = portfolios.parsed(
            SocietePortfolio, portfolios.societe_portfolio(party_id, reads, actor, as_of, as_of, 100, 0)
        )  # members on it
    else:
        portfolio = portfolios.parsed(
            OfficePortfolio, portfolios.office_portfolio(party_id, reads, actor, as_of, 100, 0)
        )
    labels = {c.convention_id: c.title for c in portfolio.conventions}
    members = (
        [
            portfolios.parsed(
                OfficePortfolio, portfolios.office_portfolio(m.member_id, reads, actor, as_of, 20, 0)
            )
            for m in portfolio.members
        ]
        if party_type is PartyType.SOCIETE_DE_COORDINATION
        else []
    )
    return render(
        request,
        "dashboard.html",
        title="Tableau de bord",
        portfolio=portfolio,
        member_portfolios=members,
        names=ledger.parties.party_names(
            {m.party_id for m in getattr(portfolio, "contreparties_by_year_and_beneficiary", [])}
            | {p for g in getattr(portfolio, "guarantees", []) for p in (g.guarantor_id, g.beneficiary_id)}
        ),
        party_type=party_type.value,
        convention_titles=labels,
        **context,
    )


# --- directory -------------------------------------------------------------------------------


@router.get("/annuaire", response_class=HTMLResponse)
def directory(
    request: Request, reads: Reads, actor: PageActor, q: Annotated[str | None, Query(max_length=200)] = None
) -> HTMLResponse:
    found = queries.search_parties(reads, q or "", limit=100)
    return render(
        request,
        "directory.html",
        title="Annuaire des parties",
        q=q or "",
        parties=found,
        type_labels=PARTY_TYPE_LABELS,
    )


@router.get("/annuaire/{party_id}", response_class=HTMLResponse)
def party_page(
    request: Request, party_id: UUID, ledger: Ledger, reads: Reads, actor: PageActor
) -> HTMLResponse:
    found = queries.party(reads, party_id)
    if found is None:
        raise PartyNotFoundError(f"Aucune partie {party_id} dans l'annuaire.")
    party = PartySummary.model_validate(found)
    conventions, _ = queries.search_conventions(
        reads,
        queries.ConventionFilters(party_id=party_id, viewer=viewer_of(actor), limit=200),
        today(),
    )
    history = ledger.parties.party_history(party_id)
    return render(
        request,
        "party.html",
        title=party.name,
        party=party,
        type_labels=PARTY_TYPE_LABELS,
        party_kind_labels=PARTY_KIND_LABELS,
        conventions=[ConventionSummary.model_validate(c) for c in conventions],
        history=history,
        event_labels=wording.PARTY_EVENT_LABELS,
        names=ledger.parties.party_names({party.rattached_to, party.merged_into}),
        kind_labels=KIND_LABELS,
    )


# --- convention ------------------------------------------------------------------------------


def convention_context(
    ledger: ConventionLedger,
    reads: ReadModels,
    convention_id: UUID,
    actor: Actor,
    on: date,
    known_at: datetime | None,
) -> dict[str, Any]:
    """What the convention page shows: the terms in force on ``on`` as known at ``known_at``
    (now when not given), with the record, the alerts this actor reads and the timeline."""
    opened = ledger.convention_file(convention_id, Point(recorded_at=known_at, on=on), actor)
    convention, alerts = opened.convention, opened.alerts
    terms = convention.terms_on(on)
    parties = {p.party_id for p in terms.parties}
    known: dict[UUID, str] = {}

    def names_of(ids: set[UUID]) -> dict[UUID, str]:  # each party looked up once a page
        known.update(ledger.parties.party_names(ids - known.keys()))
        return {i: known[i] for i in ids if i in known}

    view = describe_convention(convention, on, alerts, names_of, ledger.parties.parc_on)
    writer = actor.party_id in parties and actor.role.value in ("editor", "signatory")
    return {
        "convention": convention,
        "terms": terms,
        "view": view,
        "alerts": alerts,
        "status_labels": STATUS_LABELS,
        "timeline": queries.timeline(reads, convention_id, 0, 500),
        "names": names_of(parties | {s.party_id for s in convention.signatures}),
        "may_write": writer,
        "signing_obstacle": ledger.drafting.signing_obstacle(convention, today()),
        "sees_everything": sees_everything(actor),
        "actions": [form for form in FORMS.values() if form.offered(convention, actor)],
        "kind_labels": KIND_LABELS,
        "documents": [
            {
                "document": d,
                "what": d.describe()
                + (f" {wording.of(names_of({d.party_id}).get(d.party_id, ''))}" if d.party_id else ""),
                "format": MEDIA_TYPES.get(d.file.media_type, d.file.media_type),
                "size": size_in_words(d.file.size),
            }
            for d in convention.documents
        ],
    }


@router.get("/convention/{convention_id}", response_class=HTMLResponse)
def convention_page(
    request: Request,
    convention_id: UUID,
    ledger: Ledger,
    reads: Reads,
    actor: PageActor,
    date_: Annotated[str | None, Query(alias="date", max_length=10)] = None,
    connue_le: Annotated[str | None, Query(max_length=40)] = None,
    fait: Done = None,
) -> HTMLResponse:
    on = _day(date_, "Date") or today()
    known_at = _instant(connue_le)
    context = convention_context(ledger, reads, convention_id, actor, on, known_at)
    return render(
        request,
        "convention.html",
        title=context["terms"].title,
        on=on,
        known_at=known_at,
        connue_le=connue_le or "",
        done=DONE.get(fait or ""),
        **context,
    )


@router.get("/convention/{convention_id}/bilan/{year}", response_class=HTMLResponse)
def bilan_page(
    request: Request, convention_id: UUID, year: int, ledger: Ledger, actor: PageActor
) -> HTMLResponse:
    """The year's bilan, to present to the board and the assembly (the API's
    ``/conventions/{id}/bilans/{year}``)."""
    bilan = ledger.bilan(convention_id, year, actor)
    return render(request, "bilan.html", title=f"Bilan {year} — {bilan.title}", bilan=bilan)


@router.get("/convention/{convention_id}/documents/{document_id}")
def document_download(convention_id: UUID, document_id: UUID, ledger: Ledger, actor: PageActor) -> Response:
    """A document's bytes, for a reader of its convention (the API's download)."""
    return download(*ledger.documents.content(convention_id, document_id, actor))


# --- alerts ----------------------------------------------------------------------------------


@router.get("/alertes", response_class=HTMLResponse)
def alerts_board(
    request: Request,
    ledger: Ledger,
    reads: Reads,
    actor: PageActor,
    statut: Annotated[AlertStatus | None, Query()] = None,
    annee: Annotated[int | None, Query(ge=1990, le=2100)] = None,
) -> HTMLResponse:
    rows, total = list_alerts(
        reads,
        AlertFilters(
            viewer=viewer_of(actor),
            status=statut.value if statut else None,
            year=annee,
            limit=200,
        ),
    )
    alerts = [AlertRow.model_validate(r) for r in rows]
    return render(
        request,
        "alerts.html",
        title="Alertes",
        alerts=alerts,
        names=ledger.parties.party_names({a.party_id for a in alerts} | {a.beneficiary_id for a in alerts}),
        total=total,
        statut=statut.value if statut else "",
        annee=annee,
        status_labels=STATUS_LABELS,
        statuses=list(AlertStatus),
    )


def alert_context(ledger: ConventionLedger, convention_id: UUID, number: int, actor: Actor) -> dict[str, Any]:
    opened = ledger.alerts.alert_file(convention_id, number, actor)
    convention, alert = opened.convention, opened.alert
    return {
        "convention": convention,
        "alert": alert,
        "alerts_version": opened.version,
        "steps": opened.steps,
        "Step": AlertStep,
        "history": opened.history,
        "event_labels": ALERT_EVENT_LABELS,
        "status_labels": STATUS_LABELS,
        "names": ledger.parties.party_names(
            {p.party_id for p in convention.latest_terms.parties}
            | {alert.finding.party_id, alert.finding.beneficiary_id}
        ),
        "today": today(),
        "contreparties": convention.latest_terms.contreparties,
    }


@router.get("/alertes/{convention_id}/{number}", response_class=HTMLResponse)
def alert_page(
    request: Request, convention_id: UUID, number: int, ledger: Ledger, actor: PageActor, fait: Done = None
) -> HTMLResponse:
    context = alert_context(ledger, convention_id, number, actor)
    return render(
        request, "alert.html", title=f"Alerte n°{number}", error=None, done=DONE.get(fait or ""), **context
    )


# --- control space (auditors) ----------------------------------------------------------------


def check_sees_everything(actor: Actor) -> None:
    if not sees_everything(actor):
        raise NotAuthorizedError("L'espace de contrôle est réservé aux auditeurs et à l'administrateur.")


@router.get("/controle", response_class=HTMLResponse)
def control(
    request: Request,
    audit: Audit,
    actor: PageActor,
    verifier: Annotated[bool, Query()] = False,
) -> HTMLResponse:
    check_sees_everything(actor)
    verification = audit.verify() if verifier else None
    reads_log = request.app.state.auditor_reads.list(actor.actor_id, 50, 0)
    return render(
        request,
        "control.html",
        title="Espace de contrôle",
        verification=verification,
        checkpoints=audit.checkpoints()[-10:],
        reads_log=reads_log,
        scopes=[k.value for k in ExportScopeKind],
        formats=[f.value for f in ExportFormat],
    )


@router.get("/controle/export")
def control_export(
    ledger: Ledger,
    reads: Reads,
    audit: Audit,
    actor: PageActor,
    perimetre: ExportScopeKind,
    id: UUID,
    format: ExportFormat = ExportFormat.zip,
    date_: Annotated[str | None, Query(alias="date", max_length=10)] = None,
    en_vigueur_le: Annotated[str | None, Query(max_length=10)] = None,
) -> Response:
    """The audit export, downloaded from the control space (the API's, under the same rule):
    known at the end of ``date``, in force on ``en_vigueur_le``."""
    chosen = export_scope(perimetre, id, ledger, reads, actor)
    return export_file(
        ledger, audit, chosen, _day(date_, "Date") or today(), format, _day(en_vigueur_le, "En vigueur le")
    )


# --- journal ---------------------------------------------------------------------------------


JOURNAL_PAGE = 50


@router.get("/journal", response_class=HTMLResponse)
def journal(
    request: Request,
    ledger: Ledger,
    reads: Reads,
    actor: PageActor,
    apres: Annotated[int | None, Query(ge=0, le=2**63 - 1)] = None,
    type: Annotated[str | None, Query(max_length=100)] = None,
    convention: UUID | None = None,
) -> HTMLResponse:
    """The global log, paged, for administrators and auditors: every event with its payload;
    by default its last page, which then follows live. ``convention``: that stream (and its
    alerts') alone, from its start."""
    check_sees_everything(actor)
    last = ledger.history.last_position()
    after = (0 if convention else max(0, last - JOURNAL_PAGE)) if apres is None else apres
    filters = FeedFilters(
        after=after,
        limit=JOURNAL_PAGE,
        convention_id=convention,
        topics=ledger.history.topics_of([type]) if type else (),
    )
    events = ledger.history.feed(ledger.history.readable_feed(filters, actor, queries.ReadersIndex(reads)))
    return render(
        request,
        "journal.html",
        title="Journal des événements",
        events=events,
        type=type or "",
        last_position=last,
        previous_after=max(0, after - JOURNAL_PAGE) if after > 0 else None,
        next_after=events[-1].position if len(events) == JOURNAL_PAGE else None,
        live=apres is None and not type and not convention,
        convention=convention,
    )


@router.get("/journal/direct")
def journal_live(
    request: Request,
    ledger: Ledger,
    reads: Reads,
    actor: PageActor,
    apres: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,
    duree: Annotated[float | None, Query(gt=0, le=3600)] = None,
) -> StreamingResponse:
    """The journal following live (Server-Sent Events, the API's stream): what the journal
    page's script adds to the table as it is committed."""
    check_sees_everything(actor)
    query = ledger.history.readable_feed(FeedFilters(after=apres), actor, queries.ReadersIndex(reads))
    return live_events(request, ledger, query, apres, duree, named=False)


# --- differences between two points -------------------------------------------------------------

CHANGE_LABELS = {"added": "ajouté", "removed": "retiré", "changed": "modifié"}
PART_LABELS = {
    "parties": "partie",
    "axes": "axe",
    "commitments": "engagement",
    "contreparties": "contrepartie",
    "governance_bodies": "instance",
    "period": "période",
    "title": "titre",
    "evaluation_scheme": "modalités d'évaluation",
}


@router.get("/convention/{convention_id}/ecarts", response_class=HTMLResponse)
def differences(
    request: Request,
    convention_id: UUID,
    ledger: Ledger,
    actor: PageActor,
    de: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
    a: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
) -> HTMLResponse:
    """What changed in the terms between two versions of the convention (by default its first
    and its current one), and the events that made it."""
    convention = ledger.readable_convention(convention_id, actor)
    before, after = Point(version=de or 1), Point(version=a or convention.version)
    comparison = ledger.history.diff(convention_id, before, after, actor)
    return render(
        request,
        "differences.html",
        title=f"Écarts — {convention.latest_terms.title}",
        convention=convention,
        comparison=comparison,
        de=comparison.before.version,
        a=comparison.after.version,
        change_labels=CHANGE_LABELS,
        part_labels=PART_LABELS,
    )


@router.get("/tableau-de-bord/contreparties.{form}")
def dashboard_money_table(form: TableForm, ledger: Ledger, reads: Reads, actor: PageActor) -> Response:
    """The actor's party's contrepartie lines, for its budget tools (the API's CSV or XLSX)."""
    party = queries.party(reads, actor.party_id) if actor.party_id else None
    if party is None or party["party_type"] not in ("office", "organisme", "collectivite"):
        raise NotAuthorizedError("Ce tableau est celui d'un office ou d'une collectivité.")
    return table_response(portfolios.money_table(ledger, reads, UUID(party["party_id"]), actor), form)
