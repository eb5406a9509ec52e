"""The portfolio read models: conventions searched, per office, per collectivité, per
Société de Coordination, and the French timeline of a convention.

They answer from the read side as it is (its lag is in each answer): a client that needs to
see its own write passes ``?wait=`` on the write."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any, TypeVar
from uuid import UUID

from fastapi import Query, Response
from pydantic import BaseModel

import api.schemas
import projections
from api import routing
from api.deps import MAX_INT, CurrentActor, Lag, Ledger, Offset, Reads, freshness, viewer_of
from api.schemas import (
    CollectivitePortfolio,
    ConventionPage,
    ConventionSummary,
    Day,
    OfficePortfolio,
    PartySummary,
    ReadSideState,
    SocietePortfolio,
    TimelineEntry,
    TimelinePage,
)
from api.spreadsheets import TABLE_RESPONSES, Column, Table, TableForm, table_response
from application.ledger import ConventionLedger
from domain.convention import STATUS_LABELS, ConventionStatus
from domain.errors import ConventionNotFoundError, PartyNotFoundError
from domain.terms import CONTREPARTIE_KIND_LABELS, KIND_LABELS, ContrepartieKind, ConventionKind, PartyType
from domain.values import Actor
from projections import portfolio_queries as queries
from projections.read_models import ReadModels

router = routing.router(tags=["portfolios"])

Limit = Annotated[int, Query(ge=1, le=500)]
AsOf = Annotated[Day | None, Query(description="The day deadlines are counted from (default: today).")]


def _today(as_of: date | None) -> date:
    return as_of or datetime.now(UTC).date()


def readable_party(reads: ReadModels, party_id: UUID, actor: Actor, *types: PartyType) -> PartySummary:
    """The party whose portfolio is asked; an actor of another party (other than its SC or one
    of its members) is told it does not exist."""
    found = queries.party(reads, party_id)
    viewer = viewer_of(actor)
    hidden = viewer is not None and not queries.related(reads, viewer, party_id)
    if found is None or hidden or found["party_type"] not in {t.value for t in types}:
        what = " ou ".join(t.value for t in types)
        raise PartyNotFoundError(f"Aucune partie {party_id} de type {what} dans les vues.")
    return PartySummary.model_validate(found)


@router.get("/conventions")
def search_conventions(
    reads: Reads,
    actor: CurrentActor,
    party_id: Annotated[
        UUID | None, Query(description="Party to the convention, directly or through its SC.")
    ] = None,
    kind: ConventionKind | None = None,
    status: ConventionStatus | None = None,
    starts_from: Day | None = None,
    starts_until: Day | None = None,
    ends_from: Day | None = None,
    ends_until: Day | None = None,
    expiring_within_days: Annotated[
        int | None, Query(ge=0, le=3660, description="In force and ending within so many days.")
    ] = None,
    title: Annotated[str | None, Query(max_length=200)] = None,
    as_of: AsOf = None,
    limit: Limit = 50,
    offset: Offset = 0,
    lag: Lag = False,
) -> ConventionPage:
    """Convention summaries (kind, status, parties, period, next deadline), by start date."""
    filters = queries.ConventionFilters(
        party_id=party_id,
        kind=kind.value if kind else None,
        status=status.value if status else None,
        starts_from=starts_from,
        starts_until=starts_until,
        ends_from=ends_from,
        ends_until=ends_until,
        expiring_within_days=expiring_within_days,
        title=title,
        viewer=viewer_of(actor),
        limit=limit,
        offset=offset,
    )
    rows, total = queries.search_conventions(reads, filters, _today(as_of))
    return ConventionPage(
        total=total,
        limit=limit,
        offset=offset,
        items=[ConventionSummary.model_validate(r) for r in rows],
        read_side=freshness(reads, lag),
    )


def _source_digest(*packages: ModuleType) -> str:
    digest = hashlib.sha256()
    for package in packages:
        for path in sorted(Path(str(package.__file__)).parent.glob("*.py")):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


DOCUMENT_FORMAT = _source_digest(projections, api.schemas)
"""What a portfolio's answer is made by (the queries and the schemas): an answer kept by a
process of another version is not this one's."""


def _portfolio(
    reads: ReadModels,
    schema: type[BaseModel],
    party_id: UUID,
    actor: Actor,
    types: tuple[PartyType, ...],
    make: Callable[[], dict[str, Any]],
    page: tuple[date, int, int, date | None],
    lag: bool,
) -> Response:
    """A portfolio's answer, kept as the read models stand (``ReadModels.document``): the party
    checked (the read rule: another party than the actor's own, its SC or one of its members is
    not found) and the portfolio queried once per state of the read models and reader, then
    read back by its key. The read side's state is said at each answer."""
    today, limit, offset, on = page
    viewer = viewer_of(actor)
    key = f"{DOCUMENT_FORMAT}|{schema.__name__}|{party_id}|{viewer}|{today}|{on}|{limit}|{offset}"

    def answer() -> str:
        party = readable_party(reads, party_id, actor, *types)
        # Said at each answer, not kept: the document is the portfolio alone.
        found = {**make(), "party": party, "limit": limit, "offset": offset, "read_side": ReadSideState()}
        return schema.model_validate(found).model_dump_json(exclude={"read_side"})

    document = reads.document(key, answer)
    read_side = ReadSideState(lag=reads.lag() if lag else None, failure=document.failure)
    body = f'{document.body[:-1]},"read_side":{read_side.model_dump_json()}}}'
    return Response(body, media_type="application/json")


M = TypeVar("M", bound=BaseModel)


def parsed(schema: type[M], answer: Response) -> M:
    """A portfolio's answer as its schema (the web interface's dashboards read them so)."""
    return schema.model_validate_json(bytes(answer.body))


@router.get("/offices/{office_id}/portfolio", response_model=OfficePortfolio)
def office_portfolio(
    office_id: UUID,
    reads: Reads,
    actor: CurrentActor,
    as_of: AsOf = None,
    limit: Limit = 50,
    offset: Offset = 0,
    lag: Lag = False,
) -> Response:
    """Every convention the office (or any landlord) is party to, directly or through its SC,
    with its role; its commitments (latest value against that year's target); contreparties
    promised and received per year; open alerts; next deadlines."""
    today = _today(as_of)
    return _portfolio(
        reads,
        OfficePortfolio,
        office_id,
        actor,
        (PartyType.OFFICE, PartyType.ORGANISME),
        lambda: queries.office_portfolio(reads, office_id, today, limit, offset, viewer=viewer_of(actor)),
        (today, limit, offset, None),
        lag,
    )


@router.get("/collectivites/{collectivite_id}/portfolio", response_model=CollectivitePortfolio)
def collectivite_portfolio(
    collectivite_id: UUID,
    reads: Reads,
    actor: CurrentActor,
    as_of: AsOf = None,
    limit: Limit = 50,
    offset: Offset = 0,
    lag: Lag = False,
) -> Response:
    """The conventions on the collectivité's territory (as party, through an office attached to
    it, through a commune or EPCI within it) and their landlords; contreparties it committed
    and paid per year and per beneficiary; results per year; open alerts; next deadlines."""
    today = _today(as_of)
    return _portfolio(
        reads,
        CollectivitePortfolio,
        collectivite_id,
        actor,
        (PartyType.COLLECTIVITE,),
        lambda: queries.collectivite_portfolio(
            reads, collectivite_id, today, limit, offset, viewer=viewer_of(actor)
        ),
        (today, limit, offset, None),
        lag,
    )


@router.get("/societes-de-coordination/{societe_id}/portfolio", response_model=SocietePortfolio)
def societe_portfolio(
    societe_id: UUID,
    reads: Reads,
    actor: CurrentActor,
    on: Annotated[Day | None, Query(description="Members as of this day (default: today).")] = None,
    as_of: AsOf = None,
    limit: Limit = 50,
    offset: Offset = 0,
    lag: Lag = False,
) -> Response:
    """The SC's members on a day; the conventions it signed as a group and those of each
    member; results and contreparties aggregated over them per year; open alerts."""
    today = _today(as_of)
    return _portfolio(
        reads,
        SocietePortfolio,
        societe_id,
        actor,
        (PartyType.SOCIETE_DE_COORDINATION,),
        lambda: queries.societe_portfolio(
            reads, societe_id, on or today, today, limit, offset, viewer=viewer_of(actor)
        ),
        (today, limit, offset, on or today),
        lag,
    )


PORTFOLIO_COLUMNS = (
    Column("Convention", width=60),
    Column("Nature", width=34),
    Column("Statut", width=14),
    Column("Début", width=12),
    Column("Fin", width=12),
    Column("En vigueur depuis", width=16),
    Column("Parties", width=60),
    Column("Prochaine échéance", width=40),
    Column("Échéance le", width=12),
)
PartyPortfolio = OfficePortfolio | CollectivitePortfolio | SocietePortfolio
PORTFOLIO_SCHEMAS: dict[PartyType, type[PartyPortfolio]] = {
    PartyType.OFFICE: OfficePortfolio,
    PartyType.ORGANISME: OfficePortfolio,
    PartyType.COLLECTIVITE: CollectivitePortfolio,
    PartyType.SOCIETE_DE_COORDINATION: SocietePortfolio,
}


@router.get("/parties/{party_id}/portfolio.{form}", response_class=Response, responses=TABLE_RESPONSES)
def portfolio_table(
    party_id: UUID, form: TableForm, reads: Reads, actor: CurrentActor, as_of: AsOf = None
) -> Response:
    """A party's portfolio as a table for people's tools (CSV or XLSX): its conventions (up to
    500), with their nature, status, period, parties and next deadline — the same portfolio as
    the office's, collectivité's or SC's JSON one."""
    party = readable_party(reads, party_id, actor, *PORTFOLIO_SCHEMAS)
    kind = party.party_type
    if kind is PartyType.COLLECTIVITE:
        answer = collectivite_portfolio(party_id, reads, actor, as_of, 500, 0)
    elif kind is PartyType.SOCIETE_DE_COORDINATION:
        answer = societe_portfolio(party_id, reads, actor, None, as_of, 500, 0)
    else:
        answer = office_portfolio(party_id, reads, actor, as_of, 500, 0)
    portfolio: PartyPortfolio = parsed(PORTFOLIO_SCHEMAS[kind], answer)
    rows = [
        (
            c.title,
            KIND_LABELS[c.kind],
            STATUS_LABELS.get(ConventionStatus(c.status), c.status)
            if c.status in {s.value for s in ConventionStatus}
            else c.status,
            c.start_on,
            c.end_on,
            c.in_force_since,
            ", ".join(p.name for p in c.parties),
            c.next_deadline.label if c.next_deadline else None,
            c.next_deadline.due_on if c.next_deadline else None,
        )
        for c in portfolio.conventions
    ]
    return table_response(Table("portefeuille", PORTFOLIO_COLUMNS, rows), form)


@router.get("/conventions/{convention_id}/timeline")
def convention_timeline(
    convention_id: UUID,
    ledger: Ledger,
    reads: Reads,
    actor: CurrentActor,
    after: Annotated[
        int, Query(ge=0, le=MAX_INT, description="Position after which to start (0: from the start).")
    ] = 0,
    limit: Limit = 100,
    lag: Lag = False,
) -> TimelinePage:
    """The convention's history in plain French, one line per event (its alerts included)."""
    ledger.readable_convention(convention_id, actor)
    if not reads.query("SELECT 1 FROM conventions WHERE convention_id = ?", (str(convention_id),)):
        raise ConventionNotFoundError(f"Aucune convention {convention_id} dans les vues.")
    items = [TimelineEntry.model_validate(r) for r in queries.timeline(reads, convention_id, after, limit)]
    return TimelinePage(
        convention_id=convention_id,
        items=items,
        next_after=items[-1].position if len(items) == limit else None,
        read_side=freshness(reads, lag),
    )


MONEY_COLUMNS = (
    Column("Convention", width=50),
    Column("Contrepartie", width=40),
    Column("Nature", width=28),
    Column("Apportée par", width=32),
    Column("Bénéficiaire", width=32),
    Column("Année", width=8),
    Column("Due (ferme)", width=12),
    Column("Montant engagé (€)", euros=True),
    Column("Montant versé (€)", euros=True),
)


def money_table(ledger: ConventionLedger, reads: ReadModels, party_id: UUID, actor: Actor) -> Table:
    """What a party gives and receives, line by line (convention, contrepartie, beneficiary,
    year), committed and paid, among the conventions the actor reads."""
    lines = queries.money_lines(reads, party_id, viewer_of(actor))
    names = ledger.parties.party_names(
        {UUID(x) for line in lines for x in (line["from_party_id"], line["beneficiary_id"]) if x}
    )
    kinds = {k.value for k in ContrepartieKind}

    def named(party: str | None) -> str:
        return names.get(UUID(party), "") if party else ""

    rows = [
        (
            line["title"],
            line["label"],
            CONTREPARTIE_KIND_LABELS[ContrepartieKind(line["kind"])]
            if line["kind"] in kinds
            else line["kind"],
            named(line["from_party_id"]),
            named(line["beneficiary_id"]),
            line["year"],
            "oui" if line["owed"] else "non",
            line["committed"],
            line["paid"],
        )
        for line in lines
    ]
    return Table("contreparties", MONEY_COLUMNS, rows)


@router.get(
    "/collectivites/{collectivite_id}/contreparties.{form}",
    response_class=Response,
    responses=TABLE_RESPONSES,
)
def collectivite_money_table(
    collectivite_id: UUID, form: TableForm, ledger: Ledger, reads: Reads, actor: CurrentActor
) -> Response:
    """The contreparties the collectivité gives and receives, per convention, beneficiary and
    year — committed and paid — for its budget tools, as CSV or XLSX."""
    readable_party(reads, collectivite_id, actor, PartyType.COLLECTIVITE)
    return table_response(money_table(ledger, reads, collectivite_id, actor), form)


@router.get("/offices/{office_id}/contreparties.{form}", response_class=Response, responses=TABLE_RESPONSES)
def office_money_table(
    office_id: UUID, form: TableForm, ledger: Ledger, reads: Reads, actor: CurrentActor
) -> Response:
    """The contreparties the office receives (and gives), per convention, giver and year, as CSV
    or XLSX."""
    readable_party(reads, office_id, actor, PartyType.OFFICE, PartyType.ORGANISME)
    return table_response(money_table(ledger, reads, office_id, actor), form)
