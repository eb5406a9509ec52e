"""The parties: registering collectivités, offices, other organismes and Sociétés de
Coordination; SC membership and seats; an office's rattachement and merger — with what a
change of party does to the conventions in force (a substitution, alerts « partie à
régulariser »), in the same transaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from uuid import UUID

import structlog
from eventsourcing.domain import Aggregate
from eventsourcing.utils import get_topic

from application.alert_process import ALERT_PROCESS_ACTOR
from application.authorization import check_may_act_for, check_may_administer
from application.base import CommandResult, RecordedEvent, UseCases, result_of
from domain import wording
from domain.alerts import ConventionAlerts
from domain.collectivite import Collectivite, CollectiviteKind
from domain.convention import Convention, check_kind_rules
from domain.errors import DomainError, PartyAlreadyRegisteredError, PartyNotFoundError
from domain.landlord import Landlord, StockDeclaration
from domain.monitoring import party_finding
from domain.office import CollectiviteDeliberation, Office
from domain.organisme import Organisme, OrganismeKind
from domain.societe_de_coordination import SocieteDeCoordination
from domain.state_service import StateService, StateServiceKind
from domain.territory import dwellings_on_territory
from domain.values import Actor, ActorRole

log = structlog.get_logger("ledger")

PARTY_SETTING_TOPICS = tuple(
    get_topic(vars(Convention)[name])
    for name in ("Drafted", "PartyAdded", "AvenantProposed", "AdherentJoined", "PartySubstituted")
)
"""The convention events that name parties (``Parties.conventions_naming``)."""


class Parties(UseCases):
    def party_history(self, party_id: UUID) -> list[RecordedEvent]:
        """A party's own events (registration, rattachements, SC membership, merger): public,
        as the directory is."""
        self.ledger.get_party(party_id)
        return self.ledger.events_of(party_id)

    def party_names(self, party_ids: Iterable[UUID | None]) -> dict[UUID, str]:
        """The names of the parties known among these ids (an unknown one is left out: the
        reader shows its id)."""
        names = {}
        for party_id in party_ids:
            if party_id is None:
                continue
            try:
                names[party_id] = self.ledger.get_party(party_id).name
            except PartyNotFoundError:
                continue
        return names

    def parc_on(self, landlord_id: UUID, collectivite_id: UUID, on: date) -> int | None:
        """The dwellings a landlord declared on a collectivité's territory, by its patrimoine as
        declared on that date (None: nothing declared, an EPCI, or parties unknown)."""
        try:
            landlord = self.ledger.get_as(landlord_id, Landlord, PartyNotFoundError)
            collectivite = self.ledger.get_as(collectivite_id, Collectivite, PartyNotFoundError)
        except PartyNotFoundError:
            return None
        stock = landlord.stock_on(on)
        return None if stock is None else dwellings_on_territory(stock, collectivite)

    def _check_new(self, aggregate_id: UUID, siren: str) -> None:
        if aggregate_id in self.ledger.repository:
            raise PartyAlreadyRegisteredError(
                f"Le SIREN {siren} est déjà enregistré (partie {aggregate_id})."
            )

    # --- what a change of party does to the conventions -----------------------------------

    def conventions_naming(self, party_ids: Iterable[UUID]) -> list[Convention]:
        """Every convention that has ever named one of the parties. Read from the log: the
        events that set a convention's parties, found by their topic and the party's id in
        the stored payload (ids are stored as hex), then confirmed on the convention. Party
        changes are rare, administrative commands: this reads what they need, no index."""
        wanted = set(party_ids)
        needles = [party_id.hex.encode() for party_id in wanted]
        found: dict[UUID, None] = {}
        for notification in self.ledger.notifications_of(PARTY_SETTING_TOPICS):
            if any(needle in notification.state for needle in needles):
                found[UUID(str(notification.originator_id))] = None
        conventions = [self.ledger.get_convention(cid) for cid in found]
        return [c for c in conventions if wanted & c.concerned_party_ids()]

    def _regularisations(
        self,
        conventions: Iterable[Convention],
        changed: Sequence[Aggregate],
        party_id: UUID,
        on: date,
        what: str,
        actor: Actor,
    ) -> list[Aggregate]:
        """The alert files of the conventions in force that a change of party breaks: each
        gets an alert « partie à régulariser » saying which rule of its kind no longer holds
        for the terms in force on the date of the change (with the parties as changed)."""
        touched: list[Aggregate] = []
        for convention in conventions:
            if not convention.binds_on(on):
                continue
            directory = self.ledger.convention_directory(convention)
            for aggregate in changed:
                directory[aggregate.id] = aggregate
            for party in changed:
                if isinstance(party, SocieteDeCoordination):
                    directory.update(
                        {m: self.ledger.repository.get(m) for m in party.members_on(on) if m not in directory}
                    )
            try:
                check_kind_rules(convention.kind, convention.terms_on(on), on, directory)
            except DomainError as broken:
                alerts = self.ledger.alert_file_of(convention.id) or ConventionAlerts(
                    convention_id=convention.id, actor=ALERT_PROCESS_ACTOR
                )
                finding = party_finding(convention, party_id, on, what, broken.detail)
                if alerts.record_findings([finding], convention.version, on, actor):
                    touched.append(alerts)
        return touched

    # --- parties -------------------------------------------------------------------------

    def register_collectivite(
        self,
        *,
        siren: str,
        name: str,
        kind: CollectiviteKind,
        insee_code: str | None,
        departement_code: str | None,
        actor: Actor,
    ) -> CommandResult:
        """Rules: administrators only; a SIREN is registered once; codes valid for the kind."""
        check_may_administer(actor)

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            collectivite = Collectivite.register(
                siren=siren,
                name=name,
                kind=kind,
                insee_code=insee_code,
                departement_code=departement_code,
                actor=actor,
            )
            self._check_new(collectivite.id, collectivite.siren)
            return [collectivite], result_of(collectivite)

        result = self.ledger.run_command(decide)
        log.info("collectivite.registered", party_id=str(result.aggregate_id), actor_id=actor.actor_id)
        return result

    def register_office(
        self, *, siren: str, name: str, rattachement_id: UUID, attached_on: date, actor: Actor
    ) -> CommandResult:
        """Rules: administrators only; SIREN once; attached to a registered commune, EPCI or
        département."""
        check_may_administer(actor)

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            rattachement = self.ledger.get_as(rattachement_id, Collectivite, PartyNotFoundError)
            office = Office.register(
                siren=siren, name=name, rattachement=rattachement, attached_on=attached_on, actor=actor
            )
            self._check_new(office.id, office.siren)
            return [office], result_of(office)

        result = self.ledger.run_command(decide)
        log.info("office.registered", party_id=str(result.aggregate_id), actor_id=actor.actor_id)
        return result

    def register_organisme(
        self, *, siren: str, name: str, kind: OrganismeKind, actor: Actor
    ) -> CommandResult:
        check_may_administer(actor)

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            organisme = Organisme.register(siren=siren, name=name, kind=kind, actor=actor)
            self._check_new(organisme.id, organisme.siren)
            return [organisme], result_of(organisme)

        return self.ledger.run_command(decide)

    def register_state_service(
        self,
        *,
        siren: str,
        name: str,
        kind: StateServiceKind,
        departement_code: str | None,
        actor: Actor,
    ) -> CommandResult:
        """A service of the State (a préfet, the ANRU), party to territorial contracts and
        operations' conventions. Rules: administrators only; a SIREN is registered once."""
        check_may_administer(actor)

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            service = StateService.register(
                siren=siren, name=name, kind=kind, departement_code=departement_code, actor=actor
            )
            self._check_new(service.id, service.siren)
            return [service], result_of(service)

        result = self.ledger.run_command(decide)
        log.info("state_service.registered", party_id=str(result.aggregate_id), actor_id=actor.actor_id)
        return result

    def form_societe(self, *, siren: str, name: str, formed_on: date, actor: Actor) -> CommandResult:
        check_may_administer(actor)

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            societe = SocieteDeCoordination.form(siren=siren, name=name, formed_on=formed_on, actor=actor)
            self._check_new(societe.id, societe.siren)
            return [societe], result_of(societe)

        return self.ledger.run_command(decide)

    def record_siret(self, party_id: UUID, siret: str, actor: Actor) -> CommandResult:
        """The SIRET of a party's seat (open data and the identity federation name it so).
        Rules: administrators only; see ``Establishment.record_siret`` (the party's own SIREN;
        the same again records nothing)."""
        check_may_administer(actor)

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            party = self.ledger.get_party(party_id)
            party.record_siret(siret, actor)
            return [party], result_of(party)

        result = self.ledger.run_command(decide)
        log.info("party.siret_recorded", party_id=str(party_id), actor_id=actor.actor_id)
        return result

    def declare_stock(self, landlord_id: UUID, declaration: StockDeclaration, actor: Actor) -> CommandResult:
        """The landlord's patrimoine, commune by commune, on a date: its communes d'implantation
        follow (``domain.territory.implantation_warnings``, the portfolios). Rules: the landlord's
        own people (editors, signatories) or an administrator; see ``Landlord.declare_stock``."""
        if actor.role not in (ActorRole.ADMIN, ActorRole.SYSTEM):
            check_may_act_for(actor, landlord_id, signing=False)

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            landlord = self.ledger.get_as(landlord_id, Landlord, PartyNotFoundError)
            landlord.declare_stock(declaration, actor)
            return [landlord], result_of(landlord)

        result = self.ledger.run_command(decide)
        log.info(
            "landlord.stock_declared",
            party_id=str(landlord_id),
            communes=len(declaration.communes),
            actor_id=actor.actor_id,
        )
        return result

    def admit_member(
        self, *, societe_id: UUID, member_id: UUID, joined_on: date, actor: Actor
    ) -> CommandResult:
        """Rules: an HLM body joins one Société de Coordination at a time."""
        check_may_administer(actor)

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            societe = self.ledger.get_as(societe_id, SocieteDeCoordination, PartyNotFoundError)
            member = self.ledger.get_party(member_id)
            societe.admit(member, joined_on, actor)
            alerts = self._regularisations(
                self.conventions_naming((societe_id,)),
                (societe, member),
                member_id,
                joined_on,
                f"Depuis le {joined_on:%d/%m/%Y}, {member.name} est membre {wording.of(societe.name)}",
                actor,
            )
            return [societe, member, *alerts], result_of(societe)

        return self.ledger.run_command(decide)

    def release_member(
        self, *, societe_id: UUID, member_id: UUID, left_on: date, actor: Actor
    ) -> CommandResult:
        check_may_administer(actor)

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            societe = self.ledger.get_as(societe_id, SocieteDeCoordination, PartyNotFoundError)
            member = self.ledger.get_as(member_id, Landlord, PartyNotFoundError)
            societe.release(member, left_on, actor)
            alerts = self._regularisations(
                self.conventions_naming((societe_id, member_id)),
                (societe, member),
                member_id,
                left_on,
                f"Le {left_on:%d/%m/%Y}, {member.name} a quitté {societe.name}",
                actor,
            )
            return [societe, member, *alerts], result_of(societe)

        return self.ledger.run_command(decide)

    def seat_collectivite(
        self, *, societe_id: UUID, collectivite_id: UUID, joined_on: date, actor: Actor
    ) -> CommandResult:
        """A collectivité takes part in the SC's governance (it then reads its conventions)."""
        check_may_administer(actor)

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            societe = self.ledger.get_as(societe_id, SocieteDeCoordination, PartyNotFoundError)
            collectivite = self.ledger.get_as(collectivite_id, Collectivite, PartyNotFoundError)
            societe.seat(collectivite, joined_on, actor)
            return [societe], result_of(societe)

        return self.ledger.run_command(decide)

    def unseat_collectivite(
        self, *, societe_id: UUID, collectivite_id: UUID, left_on: date, actor: Actor
    ) -> CommandResult:
        check_may_administer(actor)

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            societe = self.ledger.get_as(societe_id, SocieteDeCoordination, PartyNotFoundError)
            collectivite = self.ledger.get_as(collectivite_id, Collectivite, PartyNotFoundError)
            societe.unseat(collectivite, left_on, actor)
            return [societe], result_of(societe)

        return self.ledger.run_command(decide)

    def reattach_office(
        self,
        *,
        office_id: UUID,
        collectivite_id: UUID,
        effective_on: date,
        order_reference: str,
        order_signed_on: date,
        deliberations: tuple[CollectiviteDeliberation, ...],
        actor: Actor,
    ) -> CommandResult:
        """Rules: see ``Office.reattach``. Each convention in force that the new rattachement
        breaks (a rattachement convention with the former collectivité, a contrat de plan, an
        SC convention with the new collectivité) gets an alert « partie à régulariser », in the
        same transaction."""
        check_may_administer(actor)

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            office = self.ledger.get_as(office_id, Office, PartyNotFoundError)
            collectivite = self.ledger.get_as(collectivite_id, Collectivite, PartyNotFoundError)
            office.reattach(
                collectivite, effective_on, order_reference, order_signed_on, deliberations, actor
            )
            societe = office.societe_on(effective_on)
            alerts = self._regularisations(
                self.conventions_naming((office_id, *((societe,) if societe else ()))),
                (office,),
                office_id,
                effective_on,
                f"Depuis le {effective_on:%d/%m/%Y}, {office.name} est rattaché {wording.to(collectivite.name)} "
                f"(arrêté préfectoral {office.current_rattachement.decree_reference})",
                actor,
            )
            return [office, *alerts], result_of(office)

        return self.ledger.run_command(decide)

    def merge_offices(
        self, *, absorbed_id: UUID, absorbing_id: UUID, effective_on: date, actor: Actor
    ) -> CommandResult:
        """Rules: see ``Office.merge_into``. The absorbing office takes the absorbed one's
        place in each of its conventions in force from the merger's date (a substitution,
        recorded on each); a convention whose rules the substitution breaks gets an alert
        « partie à régulariser ». All in one transaction."""
        check_may_administer(actor)

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            absorbed = self.ledger.get_as(absorbed_id, Office, PartyNotFoundError)
            absorbing = self.ledger.get_as(absorbing_id, Office, PartyNotFoundError)
            absorbed.merge_into(absorbing, effective_on, actor)
            conventions = []
            for convention in self.conventions_naming((absorbed_id,)):
                named = absorbed_id in {p.party_id for p in convention.terms_on(effective_on).parties}
                if named and convention.binds_on(effective_on):
                    convention.substitute_party(absorbed, absorbing, actor)
                    conventions.append(convention)
            alerts = self._regularisations(
                conventions,
                (absorbed, absorbing),
                absorbing_id,
                effective_on,
                f"Le {effective_on:%d/%m/%Y}, {absorbed.name} a fusionné dans {absorbing.name}, "
                "qui prend sa place dans la convention",
                actor,
            )
            return [absorbed, absorbing, *conventions, *alerts], result_of(absorbed)

        return self.ledger.run_command(decide)
