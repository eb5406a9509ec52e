"""Whatever the order of commands — draft changes, deliberations, signatures, avenants and
their withdrawal, parties that change rattachement or leave a Société de Coordination — no
convention is ever in force on terms that one of its signatories did not sign, and the rules
of its kind hold for the terms in force, or an alert says the convention is to regularise
(issue 15). Hypothesis drives the sequences; the ledger is the one users write through."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from application.authorization import NotAuthorizedError
from application.ledger import ConventionLedger
from domain.alerts import AlertKind
from domain.convention import AvenantStatus, ConventionStatus, check_kind_rules
from domain.errors import DomainError
from domain.terms import (
    AddParty,
    ChangePeriod,
    Contrepartie,
    ContrepartieKind,
    ConventionKind,
    PartyRole,
    PartyType,
    RemoveParty,
    SetContrepartie,
    WithdrawContrepartie,
    YearAmount,
    fingerprint,
)
from infrastructure.settings import persistence_env
from tests.builders import ADMIN, World


class ConsentMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.ledger = ConventionLedger(env=persistence_env("memory://"))
        self.world = world = World(self.ledger)
        self.today = date(2021, 1, 4)
        for office in (world.oph_nievre, world.oph_yonne):
            self.ledger.parties.admit_member(
                societe_id=world.sc, member_id=office, joined_on=date(2020, 6, 1), actor=ADMIN
            )
        self.rattachement = world.rattachement_convention(start=date(2021, 1, 1), end=date(2026, 12, 31))
        self.sc_convention = self.ledger.drafting.draft_convention(
            kind=ConventionKind.SC_IMPLANTATION,
            title="SC – Dijon",
            start=date(2021, 1, 1),
            end=date(2026, 12, 31),
            parties=(
                world.party(world.sc, PartyType.SOCIETE_DE_COORDINATION),
                world.party(world.dijon, PartyType.COLLECTIVITE),
                world.party(world.oph_nievre, PartyType.OFFICE, PartyRole.BENEFICIAIRE),
            ),
            actor=world.signatory(world.sc),
        ).aggregate_id
        self.signatories = {
            self.rattachement: (world.oph_nievre, world.nievre),
            self.sc_convention: (world.sc, world.dijon),
        }

    def teardown(self) -> None:
        self.ledger.close()

    # --- commands (a refused one records nothing, which ``refused`` elsewhere checks) -----

    def attempt(self, command) -> None:  # type: ignore[no-untyped-def]
        before = self.ledger.recorder.max_notification_id()
        try:
            command()
        except (DomainError, NotAuthorizedError):
            assert self.ledger.recorder.max_notification_id() == before, "a refused command recorded events"

    @rule(days=st.integers(1, 45))
    def time_passes(self, days: int) -> None:
        self.today = min(self.today + timedelta(days=days), date(2026, 6, 30))

    def convention(self, which: int):  # type: ignore[no-untyped-def]
        return (self.rattachement, self.sc_convention)[which]

    @rule(which=st.integers(0, 1), amount=st.integers(1, 20))
    def change_the_subsidy(self, which: int, amount: int) -> None:
        cid = self.convention(which)
        giver = self.signatories[cid][1]
        receiver = self.world.oph_nievre
        change = SetContrepartie(
            Contrepartie(
                "subv",
                ContrepartieKind.SUBVENTION_ANNUELLE,
                giver,
                "Subvention",
                receiver,
                tuple(YearAmount(y, Decimal(amount * 100_000)) for y in range(2021, 2027)),
            )
        )
        self.attempt(lambda: self.ledger.drafting.amend_draft(cid, change, self.world.signatory(giver)))

    @rule(which=st.integers(0, 1), signer=st.integers(0, 1))
    def deliberate(self, which: int, signer: int) -> None:
        cid = self.convention(which)
        party = self.signatories[cid][signer]
        self.attempt(lambda: self.world.deliberate(cid, party, self.today))

    @rule(which=st.integers(0, 1), signer=st.integers(0, 1))
    def sign(self, which: int, signer: int) -> None:
        cid = self.convention(which)
        party = self.signatories[cid][signer]
        self.attempt(lambda: self.ledger.drafting.sign(cid, party, self.today, self.world.signatory(party)))

    @rule(which=st.integers(0, 1), signer=st.integers(0, 1))
    def deliberate_and_sign(self, which: int, signer: int) -> None:
        self.deliberate(which, signer)
        self.sign(which, signer)

    @rule(which=st.integers(0, 1), kind=st.sampled_from(["prolong", "swap", "add"]))
    def propose_avenant(self, which: int, kind: str) -> None:
        cid = self.convention(which)
        world = self.world
        collectivite = self.signatories[cid][1]
        other = world.yonne if cid == self.rattachement else world.nievre
        changes = {
            "prolong": (ChangePeriod(date(2021, 1, 1), date(2027, 12, 31)),),
            "swap": (
                RemoveParty(collectivite),
                AddParty(world.party(other, PartyType.COLLECTIVITE)),
                *(
                    (WithdrawContrepartie("subv"),)
                    if any(
                        c.contrepartie_id == "subv"
                        for c in self.ledger.get_convention(cid).latest_terms.contreparties
                    )
                    else ()
                ),
            ),
            "add": (AddParty(world.party(world.oph_lyon1, PartyType.OFFICE, PartyRole.BENEFICIAIRE)),),
        }[kind]
        self.attempt(
            lambda: self.ledger.avenants.propose_avenant(
                cid,
                changes=changes,
                effective_on=self.today,
                reason="Avenant",
                proposed_on=self.today,
                actor=world.signatory(collectivite),
            )
        )

    def pending(self, cid):  # type: ignore[no-untyped-def]
        convention = self.ledger.get_convention(cid)
        return next((a for a in convention.avenants if a.status is AvenantStatus.PROPOSED), None)

    @rule(which=st.integers(0, 1), signer=st.integers(0, 1))
    def sign_avenant(self, which: int, signer: int) -> None:
        cid = self.convention(which)
        avenant = self.pending(cid)
        if avenant is None:
            return
        party = avenant.signatories[signer % len(avenant.signatories)]
        self.attempt(lambda: self.world.deliberate(cid, party, self.today, avenant.number))
        if (avenant := self.pending(cid)) is None:
            return
        self.attempt(
            lambda: self.ledger.avenants.sign_avenant(
                cid, avenant.number, party, self.today, self.world.signatory(party)
            )
        )

    @rule(which=st.integers(0, 1))
    def withdraw_avenant(self, which: int) -> None:
        cid = self.convention(which)
        avenant = self.pending(cid)
        if avenant is not None:
            party = self.signatories[cid][1]
            self.attempt(
                lambda: self.ledger.avenants.withdraw_avenant(
                    cid, avenant.number, "Retiré", self.today, self.world.signatory(party)
                )
            )

    @rule(to=st.sampled_from(["dijon", "nevers", "nievre"]))
    def reattach(self, to: str) -> None:
        world = self.world
        self.attempt(lambda: world.reattach(world.oph_nievre, getattr(world, to), self.today))

    @rule()
    def member_leaves(self) -> None:
        world = self.world
        self.attempt(
            lambda: self.ledger.parties.release_member(
                societe_id=world.sc, member_id=world.oph_yonne, left_on=self.today, actor=ADMIN
            )
        )

    @rule()
    def member_joins(self) -> None:
        world = self.world
        self.attempt(
            lambda: self.ledger.parties.admit_member(
                societe_id=world.sc, member_id=world.oph_yonne, joined_on=self.today, actor=ADMIN
            )
        )

    # --- what always holds -------------------------------------------------------------------

    @invariant()
    def in_force_only_on_terms_every_signatory_signed(self) -> None:
        for cid in self.signatories:
            convention = self.ledger.get_convention(cid)
            if convention.status is ConventionStatus.DRAFT:
                continue
            event(
                f"in force: {convention.kind.value}, {len(convention.avenants)} avenant(s), "
                f"{'consent voided before' if convention.voided_signatures else 'signed once'}"
            )
            covering = {
                s.party_id
                for s in convention.signatures
                if s.terms_revision == convention.terms_revision
                and s.terms_fingerprint == fingerprint(convention.terms)
            }
            assert set(convention.terms.signatories) <= covering, (cid, convention.signatures)
            for avenant in convention.avenants:
                if avenant.status is AvenantStatus.IN_FORCE:
                    assert set(avenant.signatories) <= {s.party_id for s in avenant.signatures}

    @invariant()
    def the_kinds_rules_hold_or_an_alert_asks_for_regularisation(self) -> None:
        world = self.world
        parties = (world.nievre, world.nevers, world.dijon, world.yonne, world.lyon, world.sc)
        offices = (world.oph_nievre, world.oph_yonne, world.oph_lyon1, world.oph_lyon2)
        directory = {p: self.ledger.get_party(p) for p in (*parties, *offices)}
        for cid in self.signatories:
            convention = self.ledger.get_convention(cid)
            if convention.status is not ConventionStatus.IN_FORCE or self.today < (
                convention.in_force_since or self.today
            ):
                continue
            try:
                check_kind_rules(convention.kind, convention.terms_on(self.today), self.today, directory)
            except DomainError as broken:
                event(f"kind rule broken by a party change: {type(broken).__name__}")
                alerts = self.ledger.alerts.get_alerts(cid)
                kinds = {a.finding.kind for a in alerts.alerts} if alerts else set()
                assert AlertKind.PARTY_TO_REGULARISE in kinds, broken.detail


TestConsent = ConsentMachine.TestCase
TestConsent.settings = settings(
    max_examples=150, stateful_step_count=50, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
