"""The convention ledger: one eventsourcing application holding every party, convention and
alert file, so that a use case touching several aggregates saves them in one transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

import structlog
from eventsourcing.application import AggregateNotFoundError
from eventsourcing.domain import Aggregate
from eventsourcing.utils import get_topic

from application.alert_desk import ALERT_PROCESS_ACTOR, AlertDesk
from application.authorization import (
    check_may_act_for,
    check_may_administer,
    check_may_prepare,
    convention_party_ids,
)
from application.base import CommandResult, RecordedEvent
from application.history import HistoryDesk, Point
from application.people import MemoryPeopleStore, PeopleRegistry, PeopleStore
from domain.alerts import Alert, ConventionAlerts
from domain.collectivite import Collectivite, CollectiviteKind
from domain.convention import (
    AnnualEvaluation,
    CommuneAgreement,
    Convention,
    ConventionStatus,
    Deliberation,
    GuaranteeGrant,
    Meeting,
    Payment,
    ProgrammeAction,
    Review,
    check_kind_rules,
)
from domain.errors import DomainError, PartyAlreadyRegisteredError, PartyNotFoundError
from domain.landlord import Landlord
from domain.monitoring import party_finding
from domain.office import CollectiviteDeliberation, Office
from domain.organisme import Organisme, OrganismeKind
from domain.people import check_signatory
from domain.societe_de_coordination import SocieteDeCoordination
from domain.terms import (
    AddParty,
    ConventionKind,
    ConventionParty,
    TermsChange,
)
from domain.values import Actor

log = structlog.get_logger("ledger")

Party = Office | Collectivite | SocieteDeCoordination | Organisme


SNAPSHOT_INTERVAL = 50

PARTY_SETTING_TOPICS = tuple(
    get_topic(vars(Convention)[name])
    for name in ("Drafted", "PartyAdded", "AvenantProposed", "AdherentJoined", "PartySubstituted")
)
"""The convention events that name parties (``ConventionLedger.conventions_naming``)."""


@dataclass(frozen=True)
class ConventionFile:
    """A convention as a reader opens it (``ConventionLedger.convention_file``)."""

    convention: Convention
    """At the point asked: its terms as known then."""
    alerts: tuple[Alert, ...]
    """The alerts of it this actor reads, as known now."""


class ConventionLedger(AlertDesk, HistoryDesk):
    """Every party, convention and alert file, in one store and one notification log.

    It is also the alert process: it follows its own notification log, and its policy
    reacts to convention events by raising, re-measuring and clearing alerts. What the
    policy writes and the position it has reached are recorded in one transaction (a
    process recorder), so a crash between a convention event and its alerts loses and
    duplicates nothing: the next run resumes after the last position recorded.
    """

    name = "ConventionLedger"
    # A snapshot of a convention every 50 of its events (taken after the save that reaches
    # it): reading a convention at any version replays at most 49 events after a snapshot.
    snapshotting_intervals = {Convention: SNAPSHOT_INTERVAL}
    # Every command reads the aggregate it changes. The library's cache keeps the latest ones
    # and hands out copies (a refused command cannot corrupt it); reads bring them up to date
    # with the events recorded since (fast-forward), a command's first attempt starts from the
    # convention as this process last saved it (LedgerBase._as_last_saved). Measured in
    # docs/benchmarks.md. AGGREGATE_CACHE_MAXSIZE in the environment overrides it.
    env = {"AGGREGATE_CACHE_MAXSIZE": "1000"}

    def __init__(self, env: Mapping[str, str] | None = None, *, people: PeopleStore | None = None) -> None:
        super().__init__(env=env)
        self.people = PeopleRegistry(people or MemoryPeopleStore(), self.get_party)
        self.on_close: list[Callable[[], None]] = []
        """What closes with the ledger (the connections of the stores wired beside it)."""

    def close(self) -> None:
        if self.serves_request:
            return  # the origin's stores (see LedgerBase.for_request)
        super().close()
        self.people.store.close()
        for close in self.on_close:
            close()

    def get_party(self, party_id: UUID) -> Party:
        try:
            aggregate: Aggregate = self.repository.get(party_id)
        except AggregateNotFoundError:
            raise PartyNotFoundError(f"Aucune partie enregistrée sous l'identifiant {party_id}.") from None
        if not isinstance(aggregate, Office | Collectivite | SocieteDeCoordination | Organisme):
            raise PartyNotFoundError(f"{party_id} n'est pas une partie.")
        return aggregate

    def convention_file(self, convention_id: UUID, point: Point, actor: Actor) -> ConventionFile:
        """What a reader of the convention opens: the convention at a point (its terms as
        known then) and the alerts of it this actor reads — the read rule checked once."""
        current = self.get_convention(convention_id)
        readers = self.check_may_read(current, actor)
        now = point.version is None and point.recorded_at is None
        convention = current if now else self.convention_at(convention_id, point)
        return ConventionFile(convention, tuple(self.alerts_read(current, actor, readers)[1]))

    def signing_obstacle(self, convention: Convention, on: date) -> str | None:
        """For a draft: the rule of its kind that would refuse a signature on that day (the
        parties as they stand then), in the rule's words; None when it could be signed."""
        if convention.status is not ConventionStatus.DRAFT:
            return None
        try:
            check_kind_rules(
                convention.kind, convention.latest_terms, on, self._convention_directory(convention)
            )
        except DomainError as error:
            return error.detail
        return None

    def party_history(self, party_id: UUID) -> list[RecordedEvent]:
        """A party's own events (registration, rattachements, SC membership, merger): public,
        as the directory is."""
        self.get_party(party_id)
        return self.events_of(party_id)

    def party_names(self, party_ids: Iterable[UUID | None]) -> dict[UUID, str]:
        """The names of the parties known among these ids (an unknown one is left out: the
        reader shows its id)."""
        names = {}
        for party_id in party_ids:
            if party_id is None:
                continue
            try:
                names[party_id] = self.get_party(party_id).name
            except PartyNotFoundError:
                continue
        return names

    def _check_new(self, aggregate_id: UUID, siren: str) -> None:
        if aggregate_id in self.repository:
            raise PartyAlreadyRegisteredError(
                f"Le SIREN {siren} est déjà enregistré (partie {aggregate_id})."
            )

    def _directory(self, party_ids: Iterable[UUID], on: date | None = None) -> dict[UUID, Aggregate]:
        """The parties a convention decision needs: the parties themselves, the collectivités
        de rattachement of the offices, and the members of the Sociétés de Coordination."""
        directory: dict[UUID, Aggregate] = {}
        pending = list(party_ids)
        while pending:
            party_id = pending.pop()
            if party_id in directory:
                continue
            try:
                party: Aggregate = self.repository.get(party_id)
            except AggregateNotFoundError:
                continue  # the domain says which party is missing
            directory[party_id] = party
            if isinstance(party, Office):
                pending.extend(r.collectivite_id for r in party.rattachements)
            if isinstance(party, SocieteDeCoordination):
                pending.extend(p.member_id for p in party.periods)
        return directory

    def _convention_directory(self, convention: Convention, *extra: UUID) -> dict[UUID, Aggregate]:
        ids = {p.party_id for p in convention.latest_terms.parties}
        ids |= {p.party_id for p in convention.terms.parties}
        for avenant in convention.avenants:
            ids.update(c.party.party_id for c in avenant.changes if isinstance(c, AddParty))
        return self._directory((*ids, *extra))

    # --- what a change of party does to the conventions -----------------------------------

    def conventions_naming(self, party_ids: Iterable[UUID]) -> list[Convention]:
        """Every convention that has ever named one of the parties. Read from the log: the
        events that set a convention's parties, found by their topic and the party's id in
        the stored payload (ids are stored as hex), then confirmed on the convention. Party
        changes are rare, administrative commands: this reads what they need, no index."""
        wanted = set(party_ids)
        needles = [party_id.hex.encode() for party_id in wanted]
        found: dict[UUID, None] = {}
        for notification in self.notifications_of(PARTY_SETTING_TOPICS):
            if any(needle in notification.state for needle in needles):
                found[UUID(str(notification.originator_id))] = None
        conventions = [self.get_convention(cid) for cid in found]
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
            directory = self._convention_directory(convention)
            for aggregate in changed:
                directory[aggregate.id] = aggregate
            for party in changed:
                if isinstance(party, SocieteDeCoordination):
                    directory.update(
                        {m: self.repository.get(m) for m in party.members_on(on) if m not in directory}
                    )
            try:
                check_kind_rules(convention.kind, convention.terms_on(on), on, directory)
            except DomainError as broken:
                alerts = self._alert_file(convention.id) or ConventionAlerts(
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
            return [collectivite], self._result(collectivite)

        result = self._run(decide)
        log.info("collectivite.registered", party_id=str(result.aggregate_id), actor_id=actor.actor_id)
        return result

    def register_office(
        self, *, siren: str, name: str, rattachement_id: UUID, attached_on: date, actor: Actor
    ) -> CommandResult:
        """Rules: administrators only; SIREN once; attached to a registered commune, EPCI or
        département."""
        check_may_administer(actor)

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            rattachement = self._get(rattachement_id, Collectivite, PartyNotFoundError)
            office = Office.register(
                siren=siren, name=name, rattachement=rattachement, attached_on=attached_on, actor=actor
            )
            self._check_new(office.id, office.siren)
            return [office], self._result(office)

        result = self._run(decide)
        log.info("office.registered", party_id=str(result.aggregate_id), actor_id=actor.actor_id)
        return result

    def register_organisme(
        self, *, siren: str, name: str, kind: OrganismeKind, actor: Actor
    ) -> CommandResult:
        check_may_administer(actor)

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            organisme = Organisme.register(siren=siren, name=name, kind=kind, actor=actor)
            self._check_new(organisme.id, organisme.siren)
            return [organisme], self._result(organisme)

        return self._run(decide)

    def form_societe(self, *, siren: str, name: str, formed_on: date, actor: Actor) -> CommandResult:
        check_may_administer(actor)

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            societe = SocieteDeCoordination.form(siren=siren, name=name, formed_on=formed_on, actor=actor)
            self._check_new(societe.id, societe.siren)
            return [societe], self._result(societe)

        return self._run(decide)

    def admit_member(
        self, *, societe_id: UUID, member_id: UUID, joined_on: date, actor: Actor
    ) -> CommandResult:
        """Rules: an HLM body joins one Société de Coordination at a time."""
        check_may_administer(actor)

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            societe = self._get(societe_id, SocieteDeCoordination, PartyNotFoundError)
            member = self.get_party(member_id)
            societe.admit(member, joined_on, actor)
            alerts = self._regularisations(
                self.conventions_naming((societe_id,)),
                (societe, member),
                member_id,
                joined_on,
                f"Depuis le {joined_on:%d/%m/%Y}, {member.name} est membre de {societe.name}",
                actor,
            )
            return [societe, member, *alerts], self._result(societe)

        return self._run(decide)

    def release_member(
        self, *, societe_id: UUID, member_id: UUID, left_on: date, actor: Actor
    ) -> CommandResult:
        check_may_administer(actor)

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            societe = self._get(societe_id, SocieteDeCoordination, PartyNotFoundError)
            member = self._get(member_id, Landlord, PartyNotFoundError)
            societe.release(member, left_on, actor)
            alerts = self._regularisations(
                self.conventions_naming((societe_id, member_id)),
                (societe, member),
                member_id,
                left_on,
                f"Le {left_on:%d/%m/%Y}, {member.name} a quitté {societe.name}",
                actor,
            )
            return [societe, member, *alerts], self._result(societe)

        return self._run(decide)

    def seat_collectivite(
        self, *, societe_id: UUID, collectivite_id: UUID, joined_on: date, actor: Actor
    ) -> CommandResult:
        """A collectivité takes part in the SC's governance (it then reads its conventions)."""
        check_may_administer(actor)

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            societe = self._get(societe_id, SocieteDeCoordination, PartyNotFoundError)
            collectivite = self._get(collectivite_id, Collectivite, PartyNotFoundError)
            societe.seat(collectivite, joined_on, actor)
            return [societe], self._result(societe)

        return self._run(decide)

    def unseat_collectivite(
        self, *, societe_id: UUID, collectivite_id: UUID, left_on: date, actor: Actor
    ) -> CommandResult:
        check_may_administer(actor)

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            societe = self._get(societe_id, SocieteDeCoordination, PartyNotFoundError)
            collectivite = self._get(collectivite_id, Collectivite, PartyNotFoundError)
            societe.unseat(collectivite, left_on, actor)
            return [societe], self._result(societe)

        return self._run(decide)

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
            office = self._get(office_id, Office, PartyNotFoundError)
            collectivite = self._get(collectivite_id, Collectivite, PartyNotFoundError)
            office.reattach(
                collectivite, effective_on, order_reference, order_signed_on, deliberations, actor
            )
            societe = office.societe_on(effective_on)
            alerts = self._regularisations(
                self.conventions_naming((office_id, *((societe,) if societe else ()))),
                (office,),
                office_id,
                effective_on,
                f"Depuis le {effective_on:%d/%m/%Y}, {office.name} est rattaché à {collectivite.name} "
                f"(arrêté préfectoral {office.current_rattachement.decree_reference})",
                actor,
            )
            return [office, *alerts], self._result(office)

        return self._run(decide)

    def merge_offices(
        self, *, absorbed_id: UUID, absorbing_id: UUID, effective_on: date, actor: Actor
    ) -> CommandResult:
        """Rules: see ``Office.merge_into``. The absorbing office takes the absorbed one's
        place in each of its conventions in force from the merger's date (a substitution,
        recorded on each); a convention whose rules the substitution breaks gets an alert
        « partie à régulariser ». All in one transaction."""
        check_may_administer(actor)

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            absorbed = self._get(absorbed_id, Office, PartyNotFoundError)
            absorbing = self._get(absorbing_id, Office, PartyNotFoundError)
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
            return [absorbed, absorbing, *conventions, *alerts], self._result(absorbed)

        return self._run(decide)

    # --- conventions: drafting -----------------------------------------------------------

    def draft_convention(
        self,
        *,
        kind: ConventionKind,
        title: str,
        start: date,
        end: date | None,
        parties: tuple[ConventionParty, ...],
        actor: Actor,
        operation: str | None = None,
        predecessor_id: UUID | None = None,
    ) -> CommandResult:
        """Rules: the drafter acts for one of the parties; see ``Convention.draft``. A renewal
        records, in the same transaction, that the predecessor is renewed."""
        check_may_prepare(actor, tuple(p.party_id for p in parties))

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            predecessor = self.get_convention(predecessor_id) if predecessor_id else None
            convention = Convention.draft(
                kind=kind,
                title=title,
                start=start,
                end=end,
                parties=parties,
                directory=self._directory(p.party_id for p in parties),
                actor=actor,
                operation=operation,
                predecessor=predecessor,
            )
            touched: list[Aggregate] = [convention]
            if predecessor is not None:
                touched.append(predecessor)
            return touched, self._result(convention, warnings=convention.current_warnings())

        result = self._run(decide)
        log.info(
            "convention.drafted",
            convention_id=str(result.aggregate_id),
            kind=kind.value,
            actor_id=actor.actor_id,
        )
        return result

    def _on_convention(
        self,
        convention_id: UUID,
        actor: Actor,
        act: Callable[[Convention], CommandResult | None],
        event_name: str,
        *,
        check: Callable[[Convention], None] | None = None,
        **log_fields: Any,
    ) -> CommandResult:
        attempts = 0

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            nonlocal attempts
            attempts += 1  # a retry decides on fresh state (see convention_to_change)
            convention = self.convention_to_change(convention_id, actor, first_attempt=attempts == 1)
            (check or (lambda c: check_may_prepare(actor, convention_party_ids(c))))(convention)
            # act() builds its result after the domain command: the version is already the new one.
            return [convention], act(convention) or self._result(convention)

        result = self._run(decide)
        log.info(
            event_name,
            convention_id=str(convention_id),
            actor_id=actor.actor_id,
            **{k: str(v) for k, v in log_fields.items()},
        )
        return result

    def amend_draft(self, convention_id: UUID, change: TermsChange, actor: Actor) -> CommandResult:
        def act(convention: Convention) -> CommandResult:
            extra = (change.party.party_id,) if isinstance(change, AddParty) else ()
            directory = self._convention_directory(convention, *extra)
            warnings = convention.amend_draft(change, directory, actor)
            return self._result(convention, warnings=warnings)

        return self._on_convention(
            convention_id, actor, act, "convention.draft_amended", change=type(change).__name__
        )

    # --- signatures ----------------------------------------------------------------------

    def record_deliberation(
        self, convention_id: UUID, deliberation: Deliberation, actor: Actor
    ) -> CommandResult:
        def act(convention: Convention) -> None:
            directory = self._convention_directory(convention, deliberation.party_id)
            convention.record_deliberation(deliberation, directory, actor)

        return self._on_convention(
            convention_id,
            actor,
            act,
            "convention.deliberation_recorded",
            check=lambda _: check_may_act_for(actor, deliberation.party_id, signing=False),
            party_id=deliberation.party_id,
        )

    def sign(
        self,
        convention_id: UUID,
        party_id: UUID,
        signed_on: date,
        actor: Actor,
        signatory_id: UUID | None = None,
    ) -> CommandResult:
        """Rules: a signatory of that party signs for it; the person named as signing, if any,
        is registered for that party and not erased; see ``Convention.sign``."""

        def act(convention: Convention) -> CommandResult:
            directory = self._convention_directory(convention)
            self._check_signatory(signatory_id, party_id)
            in_force = convention.sign(party_id, signed_on, directory, actor, signatory_id)
            return self._result(convention, detail={"entered_into_force": in_force})

        return self._on_convention(
            convention_id,
            actor,
            act,
            "convention.signed",
            check=lambda _: check_may_act_for(actor, party_id, signing=True),
            party_id=party_id,
        )

    def _check_signatory(self, signatory_id: UUID | None, party_id: UUID) -> None:
        if signatory_id is not None:
            check_signatory(self.people.ref(signatory_id), signatory_id, party_id)

    def join(self, convention_id: UUID, party_id: UUID, joined_on: date, actor: Actor) -> CommandResult:
        def act(convention: Convention) -> CommandResult:
            directory = self._convention_directory(convention, party_id)
            warnings = convention.join(party_id, joined_on, directory, actor)
            return self._result(convention, warnings=warnings)

        return self._on_convention(
            convention_id,
            actor,
            act,
            "convention.adherent_joined",
            check=lambda _: check_may_act_for(actor, party_id, signing=True),
            party_id=party_id,
        )

    def withdraw_adherent(
        self, convention_id: UUID, party_id: UUID, withdrawn_on: date, reason: str, actor: Actor
    ) -> CommandResult:
        """Rules: a signatory of the adherent withdraws it (see ``Convention.withdraw_adherent``)."""

        def act(convention: Convention) -> None:
            directory = self._convention_directory(convention, party_id)
            convention.withdraw_adherent(party_id, withdrawn_on, reason, directory, actor)

        return self._on_convention(
            convention_id,
            actor,
            act,
            "convention.adherent_withdrew",
            check=lambda _: check_may_act_for(actor, party_id, signing=True),
            party_id=party_id,
        )

    def record_commune_agreement(
        self, convention_id: UUID, agreement: CommuneAgreement, actor: Actor
    ) -> CommandResult:
        """Rules: the commune records its own agreement (see
        ``Convention.record_commune_agreement``)."""

        def act(convention: Convention) -> CommandResult:
            directory = self._convention_directory(convention)
            warnings = convention.record_commune_agreement(agreement, directory, actor)
            return self._result(convention, warnings=warnings)

        return self._on_convention(
            convention_id,
            actor,
            act,
            "convention.commune_agreement_recorded",
            check=lambda _: check_may_act_for(actor, agreement.commune_id, signing=False),
            commune_id=agreement.commune_id,
        )

    # --- avenants ------------------------------------------------------------------------

    def propose_avenant(
        self,
        convention_id: UUID,
        *,
        changes: tuple[TermsChange, ...],
        effective_on: date,
        reason: str,
        proposed_on: date,
        actor: Actor,
    ) -> CommandResult:
        def act(convention: Convention) -> CommandResult:
            added = tuple(c.party.party_id for c in changes if isinstance(c, AddParty))
            directory = self._convention_directory(convention, *added)
            number, warnings = convention.propose_avenant(
                changes, effective_on, reason, proposed_on, directory, actor
            )
            return self._result(convention, warnings=warnings, detail={"avenant_number": number})

        return self._on_convention(convention_id, actor, act, "convention.avenant_proposed")

    def sign_avenant(
        self,
        convention_id: UUID,
        number: int,
        party_id: UUID,
        signed_on: date,
        actor: Actor,
        signatory_id: UUID | None = None,
    ) -> CommandResult:
        def act(convention: Convention) -> CommandResult:
            directory = self._convention_directory(convention)
            self._check_signatory(signatory_id, party_id)
            in_force = convention.sign_avenant(number, party_id, signed_on, directory, actor, signatory_id)
            return self._result(convention, detail={"avenant_in_force": in_force})

        return self._on_convention(
            convention_id,
            actor,
            act,
            "convention.avenant_signed",
            check=lambda _: check_may_act_for(actor, party_id, signing=True),
            avenant=number,
            party_id=party_id,
        )

    def withdraw_avenant(
        self, convention_id: UUID, number: int, reason: str, withdrawn_on: date, actor: Actor
    ) -> CommandResult:
        return self._on_convention(
            convention_id,
            actor,
            lambda c: c.withdraw_avenant(number, reason, withdrawn_on, actor),
            "convention.avenant_withdrawn",
            avenant=number,
        )

    # --- execution -----------------------------------------------------------------------

    def adopt_programme(
        self,
        convention_id: UUID,
        *,
        year: int,
        actions: tuple[ProgrammeAction, ...],
        adopted_on: date,
        actor: Actor,
        revision: bool = False,
    ) -> CommandResult:
        return self._on_convention(
            convention_id,
            actor,
            lambda c: c.adopt_programme(year, actions, adopted_on, actor, revision=revision),
            "convention.programme_adopted",
            year=year,
        )

    def record_payment(self, convention_id: UUID, payment: Payment, actor: Actor) -> CommandResult:
        return self._on_convention(
            convention_id,
            actor,
            lambda c: c.record_payment(payment, actor),
            "convention.contrepartie_paid",
            contrepartie=payment.contrepartie_id,
        )

    def record_guarantee(self, convention_id: UUID, grant: GuaranteeGrant, actor: Actor) -> CommandResult:
        return self._on_convention(
            convention_id,
            actor,
            lambda c: c.record_guarantee(grant, actor),
            "convention.guarantee_granted",
            contrepartie=grant.contrepartie_id,
        )

    def record_evaluation(
        self, convention_id: UUID, evaluation: AnnualEvaluation, actor: Actor
    ) -> CommandResult:
        return self._on_convention(
            convention_id,
            actor,
            lambda c: c.record_evaluation(evaluation, actor),
            "convention.evaluation_recorded",
            year=evaluation.year,
        )

    def correct_evaluation(
        self, convention_id: UUID, evaluation: AnnualEvaluation, reason: str, actor: Actor
    ) -> CommandResult:
        return self._on_convention(
            convention_id,
            actor,
            lambda c: c.correct_evaluation(evaluation, reason, actor),
            "convention.evaluation_corrected",
            year=evaluation.year,
        )

    def validate_evaluation(
        self, convention_id: UUID, year: int, body_id: str, validated_on: date, actor: Actor
    ) -> CommandResult:
        return self._on_convention(
            convention_id,
            actor,
            lambda c: c.validate_evaluation(year, body_id, validated_on, actor),
            "convention.evaluation_validated",
            year=year,
        )

    def record_meeting(self, convention_id: UUID, meeting: Meeting, actor: Actor) -> CommandResult:
        return self._on_convention(
            convention_id,
            actor,
            lambda c: c.record_meeting(meeting, actor),
            "convention.meeting_recorded",
            body=meeting.body_id,
        )

    def record_review(self, convention_id: UUID, review: Review, actor: Actor) -> CommandResult:
        return self._on_convention(
            convention_id,
            actor,
            lambda c: c.record_review(review, actor),
            "convention.review_recorded",
            kind=review.kind.value,
        )

    # --- lifecycle -----------------------------------------------------------------------

    def suspend(
        self,
        convention_id: UUID,
        party_id: UUID,
        deliberation: str,
        reason: str,
        effective_on: date,
        actor: Actor,
    ) -> CommandResult:
        """Rules: someone of the signatory party decides, on its deliberation (see
        ``Convention.suspend``)."""
        return self._on_convention(
            convention_id,
            actor,
            lambda c: c.suspend(party_id, deliberation, reason, effective_on, actor),
            "convention.suspended",
            check=lambda _: check_may_act_for(actor, party_id, signing=False),
            party_id=party_id,
        )

    def resume(
        self, convention_id: UUID, party_id: UUID, deliberation: str, effective_on: date, actor: Actor
    ) -> CommandResult:
        return self._on_convention(
            convention_id,
            actor,
            lambda c: c.resume(party_id, deliberation, effective_on, actor),
            "convention.resumed",
            check=lambda _: check_may_act_for(actor, party_id, signing=False),
            party_id=party_id,
        )

    def terminate(
        self,
        convention_id: UUID,
        party_id: UUID,
        deliberation: str,
        reason: str,
        effective_on: date,
        actor: Actor,
    ) -> CommandResult:
        return self._on_convention(
            convention_id,
            actor,
            lambda c: c.terminate(party_id, deliberation, reason, effective_on, actor),
            "convention.terminated",
            check=lambda _: check_may_act_for(actor, party_id, signing=False),
            party_id=party_id,
        )

    def expire(self, convention_id: UUID, as_of: date, actor: Actor) -> CommandResult:
        return self._on_convention(
            convention_id, actor, lambda c: c.expire(as_of, actor), "convention.expired"
        )

    # --- queries -------------------------------------------------------------------------
