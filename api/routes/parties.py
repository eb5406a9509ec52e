"""Parties: collectivités, offices, other landlords, Sociétés de Coordination."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from api import routing
from api.deps import CurrentActor, Ledger, Writer, Written
from api.schemas import (
    CollectiviteCreate,
    GovernanceSeatCreate,
    GovernanceSeatEnd,
    MemberJoin,
    MemberLeave,
    MergerCreate,
    OfficeCreate,
    OrganismeCreate,
    PartyPublic,
    RattachementChange,
    SiretRecord,
    SocieteCreate,
    StateServiceCreate,
    StockDeclarationCreate,
    WriteResult,
)
from application.ledger import Party
from domain.collectivite import Collectivite
from domain.convention import party_type_of
from domain.office import Office
from domain.organisme import Organisme
from domain.societe_de_coordination import SocieteDeCoordination
from domain.state_service import StateService

router = routing.router(tags=["parties"])


def party_public(party: Party) -> PartyPublic:
    shape: dict[str, Any] = {}
    if isinstance(party, Collectivite):
        shape.update(
            kind=party.kind.value,
            insee_code=party.insee_code,
            departement_code=party.departement_code,
            region_code=party.region_code,
        )
    if isinstance(party, Office):
        shape.update(
            kind=party.current_rattachement.kind.value,
            rattachements=party.rattachements,
            merged_into=party.merged_into,
            merged_on=party.merged_on,
        )
    if isinstance(party, Office | Organisme):
        shape.update(memberships=party.memberships, stock_declarations=party.stock_declarations)
    if isinstance(party, Organisme):
        shape.update(kind=party.kind.value)
    if isinstance(party, StateService):
        shape.update(kind=party.kind.value, departement_code=party.departement_code)
    if isinstance(party, SocieteDeCoordination):
        shape.update(members=party.periods, governance=party.seats, formed_on=party.formed_on)
    return PartyPublic(
        id=party.id,
        version=party.version,
        party_type=party_type_of(party),
        siren=party.siren,
        siret=party.siret,
        name=party.name,
        **shape,
    )


@router.post("/collectivites", status_code=201)
def register_collectivite(
    body: CollectiviteCreate, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    return written(ledger.parties.register_collectivite(**body.model_dump(), actor=actor))


@router.post("/offices", status_code=201)
def register_office(body: OfficeCreate, ledger: Writer, actor: CurrentActor, written: Written) -> WriteResult:
    return written(ledger.parties.register_office(**body.model_dump(), actor=actor))


@router.post("/offices/{office_id}/rattachements", status_code=201)
def reattach_office(
    office_id: UUID, body: RattachementChange, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    """An arrêté préfectoral on the deliberations of the collectivités concerned (CCH L. 421-7)."""
    return written(
        ledger.parties.reattach_office(
            office_id=office_id,
            collectivite_id=body.collectivite_id,
            effective_on=body.effective_on,
            order_reference=body.order_reference,
            order_signed_on=body.order_signed_on,
            deliberations=body.deliberations_domain(),
            actor=actor,
        )
    )


@router.post("/offices/{office_id}/fusion", status_code=201)
def merge_office(
    office_id: UUID, body: MergerCreate, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    return written(
        ledger.parties.merge_offices(
            absorbed_id=office_id,
            absorbing_id=body.absorbing_office_id,
            effective_on=body.effective_on,
            actor=actor,
        )
    )


@router.post("/organismes", status_code=201)
def register_organisme(
    body: OrganismeCreate, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    return written(ledger.parties.register_organisme(**body.model_dump(), actor=actor))


@router.post("/services-de-l-etat", status_code=201)
def register_state_service(
    body: StateServiceCreate, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    """A service of the State (a préfet, the ANRU, a service déconcentré): party to a contrat
    territorial with the State, or to an operation's convention."""
    return written(ledger.parties.register_state_service(**body.model_dump(), actor=actor))


@router.post("/parties/{party_id}/siret", status_code=201)
def record_siret(
    party_id: UUID, body: SiretRecord, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    """The SIRET of the party's seat (administrators): what open data (the SCDL's idAttribuant
    and idBeneficiaire) names it by."""
    return written(ledger.parties.record_siret(party_id, body.siret, actor))


@router.post("/parties/{party_id}/patrimoine", status_code=201)
def declare_stock(
    party_id: UUID, body: StockDeclarationCreate, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    """A landlord's patrimoine on a date, commune by commune (its own people or an
    administrator): its communes d'implantation follow, in its portfolio and in each
    collectivité's (`landlords_implanted`); a later declaration replaces it from its date."""
    return written(ledger.parties.declare_stock(party_id, body.to_domain(), actor))


@router.post("/societes-de-coordination", status_code=201)
def form_societe(body: SocieteCreate, ledger: Writer, actor: CurrentActor, written: Written) -> WriteResult:
    return written(ledger.parties.form_societe(**body.model_dump(), actor=actor))


@router.post("/societes-de-coordination/{societe_id}/membres", status_code=201)
def admit_member(
    societe_id: UUID, body: MemberJoin, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    return written(ledger.parties.admit_member(societe_id=societe_id, **body.model_dump(), actor=actor))


@router.post("/societes-de-coordination/{societe_id}/membres/{member_id}/depart", status_code=201)
def release_member(
    societe_id: UUID,
    member_id: UUID,
    body: MemberLeave,
    ledger: Writer,
    actor: CurrentActor,
    written: Written,
) -> WriteResult:
    return written(
        ledger.parties.release_member(
            societe_id=societe_id, member_id=member_id, left_on=body.left_on, actor=actor
        )
    )


@router.post("/societes-de-coordination/{societe_id}/gouvernance", status_code=201)
def seat_collectivite(
    societe_id: UUID, body: GovernanceSeatCreate, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    """A collectivité takes part in the SC's governance (loi ELAN)."""
    return written(ledger.parties.seat_collectivite(societe_id=societe_id, **body.model_dump(), actor=actor))


@router.post("/societes-de-coordination/{societe_id}/gouvernance/{collectivite_id}/depart", status_code=201)
def unseat_collectivite(
    societe_id: UUID,
    collectivite_id: UUID,
    body: GovernanceSeatEnd,
    ledger: Writer,
    actor: CurrentActor,
    written: Written,
) -> WriteResult:
    return written(
        ledger.parties.unseat_collectivite(
            societe_id=societe_id, collectivite_id=collectivite_id, left_on=body.left_on, actor=actor
        )
    )


@router.get("/parties/{party_id}")
def read_party(party_id: UUID, ledger: Ledger, actor: CurrentActor) -> PartyPublic:
    return party_public(ledger.get_party(party_id))
