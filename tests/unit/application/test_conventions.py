"""Conventions through the use cases: every kind end to end, every rule's error, replay."""

from datetime import date
from decimal import Decimal

import pytest

from application.authorization import NotAuthorizedError
from application.base import WriteRequest
from application.ledger import ConventionLedger
from domain.convention import (
    AnnualEvaluation,
    AvenantStatus,
    ConventionStatus,
    DwellingCount,
    GuaranteeGrant,
    IndicatorValue,
    Meeting,
    Payment,
    ProgrammeAction,
    Review,
    ReviewKind,
)
from domain.errors import (
    AlertThresholdOnWrongSideError,
    AlreadyAPartyError,
    AlreadySignedError,
    AvenantAlreadyPendingError,
    AvenantChangesThePastError,
    ContrepartieNotPayableError,
    ContrepartiesNotAllowedError,
    ConventionNotFoundError,
    ConventionNotInForceError,
    DateBeforeError,
    DeliberationMissingError,
    ElementNotFoundError,
    EmptyAvenantError,
    EvaluationAlreadyRecordedError,
    EvaluationAlreadyValidatedError,
    EvaluationNotFoundError,
    InvalidAmountError,
    InvalidPartiesError,
    InvalidPeriodError,
    InvalidTransitionError,
    InvalidValueError,
    NotASignatoryError,
    NotOpenToAdherentsError,
    PaymentAmountMismatchError,
    PaymentExceedsCommitmentError,
    ProgrammeAlreadyAdoptedError,
    RattachementMismatchError,
    SocieteMembershipError,
    SocieteTooSmallError,
    TermsFrozenError,
    YearOutsidePeriodError,
)
from domain.organisme import OrganismeKind
from domain.terms import (
    AddParty,
    Axis,
    AxisFamily,
    ChangePeriod,
    Commitment,
    CommitmentKind,
    Contrepartie,
    ContrepartieKind,
    ConventionKind,
    Direction,
    Indicator,
    PartyRole,
    PartyType,
    Ratio,
    SetAxis,
    SetCommitment,
    SetContrepartie,
    TypologyGrant,
    YearAmount,
    YearTarget,
)
from infrastructure.settings import persistence_env
from tests.builders import ADMIN, SYSTEM, World, refused, siren

D = Decimal


@pytest.fixture
def world(ledger):
    return World(ledger)


def rehab_commitment(world, targets):
    return SetCommitment(
        Commitment(
            "E1",
            "A1",
            "Réhabiliter",
            CommitmentKind.RESULTAT,
            world.oph_nievre,
            (
                Indicator(
                    "rehab",
                    "Logements réhabilités",
                    "logements",
                    Direction.HIGHER_IS_BETTER,
                    tuple(YearTarget(y, D(t), D(t) * D("0.8")) for y, t in targets),
                ),
            ),
        )
    )


# --- kinds, end to end -------------------------------------------------------------------


def test_rattachement_convention_lives_from_draft_to_renewal(ledger, world):
    cid = world.rattachement_convention()
    office, dep = world.oph_nievre, world.nievre
    # Both sign, each after its deliberation: the convention enters into force at the last signature.
    world.deliberate(cid, office, date(2021, 1, 10))
    assert ledger.drafting.sign(cid, office, date(2021, 1, 20), world.signatory(office)).detail == {
        "entered_into_force": False
    }
    assert ledger.get_convention(cid).status is ConventionStatus.DRAFT
    world.deliberate(cid, dep, date(2021, 1, 15))
    ledger.drafting.sign(cid, dep, date(2021, 2, 3), world.signatory(dep))
    convention = ledger.get_convention(cid)
    assert convention.status is ConventionStatus.IN_FORCE and convention.in_force_since == date(2021, 2, 3)
    # Execution: programme, payment, evaluation validated by the comité.
    ledger.execution.adopt_programme(
        cid,
        year=2021,
        actions=(ProgrammeAction("Réhabilitations", "E1", D("3000000.00")),),
        adopted_on=date(2021, 3, 1),
        actor=world.signatory(office),
    )
    ledger.execution.record_payment(
        cid, Payment("subv", 2021, D("1000000.00"), office, date(2021, 6, 1), "M-1"), world.signatory(dep)
    )
    ledger.evaluations.record_evaluation(
        cid,
        AnnualEvaluation(2021, (IndicatorValue("rehab", D(280)),), date(2022, 5, 2)),
        world.signatory(office),
    )
    ledger.evaluations.validate_evaluation(cid, 2021, "comite", date(2022, 6, 1), world.signatory(dep))
    ledger.execution.record_review(
        cid, Review(ReviewKind.MID_TERM, date(2023, 10, 1), "Bilan à mi-parcours."), world.signatory(dep)
    )
    # Expiry after its end, then renewal by a successor that refers to it.
    refused(ledger, InvalidTransitionError, lambda: ledger.execution.expire(cid, date(2026, 12, 31), SYSTEM))
    ledger.execution.expire(cid, date(2027, 1, 2), SYSTEM)
    assert ledger.get_convention(cid).status_since == date(2027, 1, 1)
    successor = ledger.drafting.draft_convention(
        kind=ConventionKind.RATTACHEMENT,
        title="Convention 2027-2032",
        start=date(2027, 1, 1),
        end=date(2032, 12, 31),
        parties=(world.party(office, PartyType.OFFICE), world.party(dep, PartyType.COLLECTIVITE)),
        predecessor_id=cid,
        actor=world.signatory(office),
    ).aggregate_id
    assert ledger.get_convention(cid).successor_id == successor
    assert ledger.get_convention(successor).predecessor_id == cid
    refused(
        ledger,
        InvalidTransitionError,
        lambda: ledger.drafting.draft_convention(
            kind=ConventionKind.RATTACHEMENT,
            title="Encore",
            start=date(2027, 1, 1),
            end=date(2032, 12, 31),
            parties=(world.party(office, PartyType.OFFICE), world.party(dep, PartyType.COLLECTIVITE)),
            predecessor_id=cid,
            actor=world.signatory(office),
        ),
    )


def test_contrat_de_plan_has_per_office_and_shared_commitments(ledger, world):
    cid = ledger.drafting.draft_convention(
        kind=ConventionKind.CONTRAT_DE_PLAN,
        title="Contrat de plan",
        start=date(2021, 1, 1),
        end=date(2024, 12, 31),
        parties=(
            world.party(world.lyon, PartyType.COLLECTIVITE),
            world.party(world.oph_lyon1, PartyType.OFFICE),
            world.party(world.oph_lyon2, PartyType.OFFICE),
        ),
        actor=world.signatory(world.lyon),
    ).aggregate_id
    ledger.drafting.amend_draft(
        cid, SetAxis(Axis("LDA", AxisFamily.POLITIQUE_SOCIALE, "Logement d'abord")), SYSTEM
    )
    ledger.drafting.amend_draft(
        cid,
        SetCommitment(Commitment("commun", "LDA", "Groupes inter-OPH", CommitmentKind.MOYENS, None)),
        SYSTEM,
    )
    ledger.drafting.amend_draft(
        cid,
        SetCommitment(Commitment("prod-1", "LDA", "Produire", CommitmentKind.RESULTAT, world.oph_lyon1)),
        SYSTEM,
    )
    world.sign_all(cid, [world.lyon, world.oph_lyon1], date(2021, 3, 1))
    assert ledger.get_convention(cid).status is ConventionStatus.DRAFT  # one office still to sign
    world.sign_all(cid, [world.oph_lyon2], date(2021, 3, 2))
    terms = ledger.get_convention(cid).terms_on(date(2021, 6, 1))
    assert [c.party_id for c in terms.commitments] == [None, world.oph_lyon1]


def test_contrat_de_plan_needs_two_offices(ledger, world):
    refused(
        ledger,
        InvalidPartiesError,
        lambda: ledger.drafting.draft_convention(
            kind=ConventionKind.CONTRAT_DE_PLAN,
            title="Contrat",
            start=date(2021, 1, 1),
            end=date(2024, 12, 31),
            parties=(
                world.party(world.lyon, PartyType.COLLECTIVITE),
                world.party(world.oph_lyon1, PartyType.OFFICE),
            ),
            actor=world.signatory(world.lyon),
        ),
    )


def test_charte_is_open_ended_and_has_no_contrepartie(ledger, world):
    parties = (
        world.party(world.oph_nievre, PartyType.OFFICE),
        world.party(world.nevers, PartyType.COLLECTIVITE, PartyRole.BENEFICIAIRE),
        world.party(world.clamecy, PartyType.COLLECTIVITE, PartyRole.BENEFICIAIRE),
    )
    refused(
        ledger,
        InvalidPeriodError,
        lambda: ledger.drafting.draft_convention(
            kind=ConventionKind.CHARTE_D_ENGAGEMENT,
            title="Charte",
            start=date(2021, 3, 1),
            end=date(2025, 1, 1),
            parties=parties,
            actor=world.signatory(world.oph_nievre),
        ),
    )
    cid = ledger.drafting.draft_convention(
        kind=ConventionKind.CHARTE_D_ENGAGEMENT,
        title="Charte quali-territoire",
        start=date(2021, 3, 1),
        end=None,
        parties=parties,
        actor=world.signatory(world.oph_nievre),
    ).aggregate_id
    refused(
        ledger,
        ContrepartiesNotAllowedError,
        lambda: ledger.drafting.amend_draft(
            cid,
            SetContrepartie(
                Contrepartie(
                    "c",
                    ContrepartieKind.SUBVENTION_ANNUELLE,
                    world.nevers,
                    "Aide",
                    world.oph_nievre,
                    (YearAmount(2021, D("1000.00")),),
                )
            ),
            SYSTEM,
        ),
    )
    world.sign_all(cid, [world.oph_nievre], date(2021, 3, 1))  # the office alone signs its charter
    assert ledger.get_convention(cid).status is ConventionStatus.IN_FORCE
    refused(ledger, InvalidTransitionError, lambda: ledger.execution.expire(cid, date(2040, 1, 1), SYSTEM))


def test_open_convention_receives_adherents_paid_per_dwelling(ledger, world):
    esh = ledger.parties.register_organisme(
        siren=siren(4001), name="ESH Bourgogne", kind=OrganismeKind.ESH, actor=ADMIN
    ).aggregate_id
    cid = ledger.drafting.draft_convention(
        kind=ConventionKind.CONVENTION_OUVERTE,
        title="Convention ouverte",
        start=date(2020, 1, 1),
        end=date(2025, 12, 31),
        parties=(world.party(world.nievre, PartyType.COLLECTIVITE),),
        actor=world.signatory(world.nievre),
    ).aggregate_id
    ledger.drafting.amend_draft(
        cid,
        SetContrepartie(
            Contrepartie(
                "aide",
                ContrepartieKind.AIDE_PAR_LOGEMENT,
                world.nievre,
                "Aide par logement",
                None,
                (YearAmount(2020, D("100000.00")),),
                (TypologyGrant("T1-T2", D("10000.00")), TypologyGrant("T3+", D("15000.00"))),
            )
        ),
        SYSTEM,
    )
    # Adhering needs the convention in force.
    world.deliberate(cid, world.oph_nievre, date(2019, 12, 1))
    refused(
        ledger,
        ConventionNotInForceError,
        lambda: ledger.drafting.join(
            cid, world.oph_nievre, date(2020, 2, 1), world.signatory(world.oph_nievre)
        ),
    )
    world.sign_all(cid, [world.nievre], date(2020, 1, 10))
    ledger.drafting.join(cid, world.oph_nievre, date(2020, 2, 1), world.signatory(world.oph_nievre))
    refused(
        ledger,
        AlreadyAPartyError,
        lambda: ledger.drafting.join(
            cid, world.oph_nievre, date(2020, 3, 1), world.signatory(world.oph_nievre)
        ),
    )
    refused(
        ledger,
        DeliberationMissingError,
        lambda: ledger.drafting.join(cid, esh, date(2020, 3, 1), world.signatory(esh)),
    )
    world.deliberate(cid, esh, date(2020, 2, 20))
    ledger.drafting.join(cid, esh, date(2020, 3, 1), world.signatory(esh))
    convention = ledger.get_convention(cid)
    assert {p.party_id for p in convention.terms_on(date(2020, 2, 15)).parties} == {
        world.nievre,
        world.oph_nievre,
    }
    assert esh in {p.party_id for p in convention.terms_on(date(2020, 3, 1)).parties}
    # 3 T1-T2 and 2 T3+: 60,000 €, exactly the schedule.
    dwellings = (DwellingCount("T1-T2", 3), DwellingCount("T3+", 2))
    refused(
        ledger,
        PaymentAmountMismatchError,
        lambda: ledger.execution.record_payment(
            cid,
            Payment("aide", 2020, D("50000.00"), esh, date(2020, 10, 1), "P-1", dwellings),
            world.signatory(world.nievre),
        ),
    )
    ledger.execution.record_payment(
        cid,
        Payment("aide", 2020, D("60000.00"), esh, date(2020, 10, 1), "P-1", dwellings),
        world.signatory(world.nievre),
    )
    refused(
        ledger,
        PaymentExceedsCommitmentError,
        lambda: ledger.execution.record_payment(
            cid,
            Payment("aide", 2020, D("45000.00"), esh, date(2020, 11, 1), "P-2", (DwellingCount("T3+", 3),)),
            world.signatory(world.nievre),
        ),
    )


def test_only_open_conventions_receive_adherents(ledger, world):
    cid = world.convention_in_force()
    # For an office it does not concern, the convention does not exist (404, not 403).
    refused(
        ledger,
        ConventionNotFoundError,
        lambda: ledger.drafting.join(
            cid, world.oph_yonne, date(2022, 1, 1), world.signatory(world.oph_yonne)
        ),
    )
    refused(
        ledger,
        NotOpenToAdherentsError,
        lambda: ledger.drafting.join(
            cid, world.oph_nievre, date(2022, 1, 1), world.signatory(world.oph_nievre)
        ),
    )


def test_operation_convention(ledger, world):
    cid = ledger.drafting.draft_convention(
        kind=ConventionKind.OPERATION,
        title="Revitalisation du centre-bourg de Clamecy",
        start=date(2022, 1, 1),
        end=date(2027, 12, 31),
        parties=(
            world.party(world.oph_nievre, PartyType.OFFICE),
            world.party(world.clamecy, PartyType.COLLECTIVITE),
        ),
        operation="Réhabilitation lourde de 42 logements rue du Grand Marché",
        actor=world.signatory(world.oph_nievre),
    ).aggregate_id
    world.sign_all(cid, [world.oph_nievre, world.clamecy], date(2022, 2, 1))
    convention = ledger.get_convention(cid)
    assert convention.status is ConventionStatus.IN_FORCE
    assert convention.terms.operation.startswith("Réhabilitation lourde")


def sc_convention(ledger, world, collectivite):
    return ledger.drafting.draft_convention(
        kind=ConventionKind.SC_IMPLANTATION,
        title="SC – collectivité d'implantation",
        start=date(2022, 1, 1),
        end=date(2026, 12, 31),
        parties=(
            world.party(world.sc, PartyType.SOCIETE_DE_COORDINATION),
            world.party(collectivite, PartyType.COLLECTIVITE),
            world.party(world.oph_nievre, PartyType.OFFICE, PartyRole.BENEFICIAIRE),
            world.party(world.oph_yonne, PartyType.OFFICE, PartyRole.BENEFICIAIRE),
        ),
        actor=world.signatory(world.sc),
    ).aggregate_id


def test_sc_convention_needs_members_at_the_signing_date(ledger, world):
    cid = sc_convention(ledger, world, world.dijon)
    ledger.parties.admit_member(
        societe_id=world.sc, member_id=world.oph_nievre, joined_on=date(2021, 1, 1), actor=ADMIN
    )
    world.deliberate(cid, world.sc, date(2021, 12, 1))
    # One associate is not a société de coordination (CCH: at least two).
    refused(
        ledger,
        SocieteTooSmallError,
        lambda: ledger.drafting.sign(cid, world.sc, date(2021, 12, 10), world.signatory(world.sc)),
    )
    ledger.parties.admit_member(
        societe_id=world.sc, member_id=world.oph_lyon1, joined_on=date(2021, 1, 1), actor=ADMIN
    )
    # Domanys is not yet a member of the SC.
    refused(
        ledger,
        SocieteMembershipError,
        lambda: ledger.drafting.sign(cid, world.sc, date(2021, 12, 10), world.signatory(world.sc)),
    )
    ledger.parties.admit_member(
        societe_id=world.sc, member_id=world.oph_yonne, joined_on=date(2021, 12, 1), actor=ADMIN
    )
    world.sign_all(cid, [world.dijon], date(2021, 12, 10))
    ledger.drafting.sign(cid, world.sc, date(2021, 12, 10), world.signatory(world.sc))
    assert ledger.get_convention(cid).status is ConventionStatus.IN_FORCE


def test_sc_convention_is_not_with_the_rattachement_of_a_member(ledger, world):
    for office in (world.oph_nievre, world.oph_yonne):
        ledger.parties.admit_member(
            societe_id=world.sc, member_id=office, joined_on=date(2021, 1, 1), actor=ADMIN
        )
    cid = sc_convention(ledger, world, world.yonne)  # the Yonne is Domanys' own collectivité
    world.deliberate(cid, world.sc, date(2021, 12, 1))
    refused(
        ledger,
        RattachementMismatchError,
        lambda: ledger.drafting.sign(cid, world.sc, date(2021, 12, 10), world.signatory(world.sc)),
    )


# --- drafting rules ----------------------------------------------------------------------


def test_a_duration_outside_one_to_six_years_is_a_warning_not_a_refusal(ledger, world):
    parties = (
        world.party(world.oph_nievre, PartyType.OFFICE),
        world.party(world.nievre, PartyType.COLLECTIVITE),
    )
    # The guide's « 1 à 6 ans » is what its survey observed, « en rien contraignant ».
    for end in (date(2021, 6, 30), date(2027, 12, 31)):
        result = ledger.drafting.draft_convention(
            kind=ConventionKind.RATTACHEMENT,
            title="T",
            start=date(2021, 1, 1),
            end=end,
            parties=parties,
            actor=world.signatory(world.oph_nievre),
        )
        assert any("de 1 à 6 ans" in w for w in result.warnings), result.warnings
    six_years = ledger.drafting.draft_convention(
        kind=ConventionKind.RATTACHEMENT,
        title="T",
        start=date(2021, 1, 1),
        end=date(2026, 12, 31),
        parties=parties,
        actor=world.signatory(world.oph_nievre),
    )
    assert not six_years.warnings
    # An operation lasts as long as the operation: no end needed, no warning on its length.
    operation = ledger.drafting.draft_convention(
        kind=ConventionKind.OPERATION,
        title="Réhabilitation lourde",
        start=date(2021, 1, 1),
        end=None,
        parties=parties,
        operation="Quartier du Banlay",
        actor=world.signatory(world.oph_nievre),
    )
    assert not operation.warnings
    refused(
        ledger,
        InvalidPeriodError,
        lambda: ledger.drafting.draft_convention(
            kind=ConventionKind.RATTACHEMENT,
            title="T",
            start=date(2021, 1, 1),
            end=None,
            parties=parties,
            actor=world.signatory(world.oph_nievre),
        ),
    )


def test_rattachement_convention_is_bilateral(ledger, world):
    refused(
        ledger,
        InvalidPartiesError,
        lambda: ledger.drafting.draft_convention(
            kind=ConventionKind.RATTACHEMENT,
            title="T",
            start=date(2021, 1, 1),
            end=date(2026, 12, 31),
            parties=(
                world.party(world.oph_nievre, PartyType.OFFICE),
                world.party(world.oph_yonne, PartyType.OFFICE),
                world.party(world.nievre, PartyType.COLLECTIVITE),
            ),
            actor=world.signatory(world.oph_nievre),
        ),
    )
    refused(
        ledger,
        InvalidPartiesError,
        lambda: ledger.drafting.draft_convention(
            kind=ConventionKind.RATTACHEMENT,
            title="T",
            start=date(2021, 1, 1),
            end=date(2026, 12, 31),
            parties=(
                world.party(world.oph_nievre, PartyType.COLLECTIVITE),
                world.party(world.nievre, PartyType.COLLECTIVITE),
            ),
            actor=world.signatory(world.oph_nievre),
        ),
    )


def test_indicators_and_contreparties_are_checked_against_the_period(ledger, world):
    cid = world.rattachement_convention()
    refused(
        ledger,
        YearOutsidePeriodError,
        lambda: ledger.drafting.amend_draft(cid, rehab_commitment(world, [(2030, 300)]), SYSTEM),
    )
    refused(
        ledger,
        ElementNotFoundError,
        lambda: ledger.drafting.amend_draft(
            cid, SetCommitment(Commitment("E9", "inconnu", "X", CommitmentKind.MOYENS, None)), SYSTEM
        ),
    )
    refused(
        ledger,
        AlertThresholdOnWrongSideError,
        lambda: ledger.drafting.amend_draft(
            cid,
            SetCommitment(
                Commitment(
                    "E1",
                    "A1",
                    "Réhabiliter",
                    CommitmentKind.RESULTAT,
                    world.oph_nievre,
                    (
                        Indicator(
                            "rehab", "L", "u", Direction.HIGHER_IS_BETTER, (YearTarget(2021, D(300), D(350)),)
                        ),
                    ),
                )
            ),
            SYSTEM,
        ),
    )
    refused(
        ledger,
        InvalidValueError,
        lambda: ledger.drafting.amend_draft(
            cid,
            SetContrepartie(
                Contrepartie(
                    "g", ContrepartieKind.GARANTIE_EMPRUNT, world.nievre, "Garantie", world.oph_nievre
                )
            ),
            SYSTEM,
        ),
    )


def test_a_party_outside_the_offices_region_gets_a_recorded_warning(ledger, world):
    result = ledger.drafting.draft_convention(
        kind=ConventionKind.OPERATION,
        title="Opération à Lyon",
        start=date(2022, 1, 1),
        end=date(2024, 12, 31),
        parties=(
            world.party(world.oph_nievre, PartyType.OFFICE),
            world.party(world.lyon, PartyType.COLLECTIVITE),
        ),
        actor=world.signatory(world.oph_nievre),
    )
    # The Rhône borders Saône-et-Loire: lawful with the commune's agreement, and said so.
    assert len(result.warnings) == 1, result.warnings
    assert "département limitrophe de la région Bourgogne-Franche-Comté" in result.warnings[0]
    drafted = ledger.events_of(result.aggregate_id)[0]
    assert drafted.payload["warnings"] == list(result.warnings)


def test_only_parties_editors_draft_and_change_conventions(ledger, world):
    refused(
        ledger,
        NotAuthorizedError,
        lambda: ledger.drafting.draft_convention(
            kind=ConventionKind.RATTACHEMENT,
            title="T",
            start=date(2021, 1, 1),
            end=date(2026, 12, 31),
            parties=(
                world.party(world.oph_nievre, PartyType.OFFICE),
                world.party(world.nievre, PartyType.COLLECTIVITE),
            ),
            actor=world.signatory(world.oph_yonne),
        ),
    )
    cid = world.rattachement_convention()
    refused(  # an office the convention does not concern: it does not exist for it
        ledger,
        ConventionNotFoundError,
        lambda: ledger.drafting.amend_draft(
            cid, SetAxis(Axis("A2", AxisFamily.GESTION_INTERNE, "X")), world.signatory(world.oph_yonne)
        ),
    )


# --- signatures ----------------------------------------------------------------------------


def test_signing_needs_a_prior_deliberation(ledger, world):
    cid = world.rattachement_convention()
    refused(
        ledger,
        DeliberationMissingError,
        lambda: ledger.drafting.sign(
            cid, world.oph_nievre, date(2021, 2, 1), world.signatory(world.oph_nievre)
        ),
    )
    world.deliberate(cid, world.oph_nievre, date(2021, 3, 1))
    refused(
        ledger,
        DateBeforeError,
        lambda: ledger.drafting.sign(
            cid, world.oph_nievre, date(2021, 2, 1), world.signatory(world.oph_nievre)
        ),
    )


def test_a_signatory_signs_once_and_only_listed_parties_sign(ledger, world):
    cid = world.rattachement_convention()
    world.sign_all(cid, [world.oph_nievre], date(2021, 2, 1))
    refused(
        ledger,
        AlreadySignedError,
        lambda: ledger.drafting.sign(
            cid, world.oph_nievre, date(2021, 2, 2), world.signatory(world.oph_nievre)
        ),
    )
    refused(  # an office the convention does not concern: it does not exist for it
        ledger,
        ConventionNotFoundError,
        lambda: ledger.drafting.sign(
            cid, world.oph_yonne, date(2021, 2, 2), world.signatory(world.oph_yonne)
        ),
    )
    refused(  # recorded by the platform for a party not among the signatories
        ledger,
        NotASignatoryError,
        lambda: ledger.drafting.sign(cid, world.oph_yonne, date(2021, 2, 2), SYSTEM),
    )


def test_one_signs_only_for_ones_own_party(ledger, world):
    cid = world.rattachement_convention()
    world.deliberate(cid, world.nievre, date(2021, 1, 1))
    refused(
        ledger,
        NotAuthorizedError,
        lambda: ledger.drafting.sign(cid, world.nievre, date(2021, 2, 1), world.signatory(world.oph_nievre)),
    )


def test_rattachement_convention_is_signed_with_the_offices_collectivite_at_that_date(ledger, world):
    cid = world.rattachement_convention()
    world.reattach(world.oph_nievre, world.nevers, date(2021, 1, 15))
    world.deliberate(cid, world.oph_nievre, date(2021, 1, 10))
    refused(
        ledger,
        RattachementMismatchError,
        lambda: ledger.drafting.sign(
            cid, world.oph_nievre, date(2021, 2, 1), world.signatory(world.oph_nievre)
        ),
    )
    # Signed before the change of rattachement, it was valid.
    ledger.drafting.sign(cid, world.oph_nievre, date(2021, 1, 12), world.signatory(world.oph_nievre))


def test_terms_change_freely_before_entry_into_force_and_only_by_avenant_after(ledger, world):
    cid = world.rattachement_convention()
    ledger.drafting.amend_draft(cid, SetAxis(Axis("A2", AxisFamily.GESTION_INTERNE, "Performance")), SYSTEM)
    world.sign_all(cid, [world.oph_nievre, world.nievre], date(2021, 2, 1))
    refused(
        ledger,
        TermsFrozenError,
        lambda: ledger.drafting.amend_draft(
            cid, SetAxis(Axis("A3", AxisFamily.GESTION_INTERNE, "X")), SYSTEM
        ),
    )


# --- avenants ------------------------------------------------------------------------------


def test_avenant_needs_every_signatory_and_applies_from_its_effective_date(ledger, world):
    cid = world.convention_in_force()
    number = ledger.avenants.propose_avenant(
        cid,
        changes=(rehab_commitment(world, [(2021, 300), (2022, 350), (2023, 350)]),),
        effective_on=date(2022, 1, 1),
        reason="Objectifs relevés",
        proposed_on=date(2022, 3, 1),
        actor=world.signatory(world.oph_nievre),
    ).detail["avenant_number"]
    assert number == 1
    world.sign_all(cid, [world.oph_nievre], date(2022, 3, 15), avenant=1)
    convention = ledger.get_convention(cid)
    assert convention.avenant(1).status is AvenantStatus.PROPOSED  # the département has not signed
    assert convention.terms_on(date(2022, 6, 1)).indicators()["rehab"].target_for(2022).target == D(300)
    world.sign_all(cid, [world.nievre], date(2022, 3, 20), avenant=1)
    convention = ledger.get_convention(cid)
    assert convention.avenant(1).status is AvenantStatus.IN_FORCE
    # Signed in March, effective on 1 January: retroactive for 2022, not before.
    assert convention.terms_on(date(2022, 1, 1)).indicators()["rehab"].target_for(2022).target == D(350)
    assert convention.terms_on(date(2021, 12, 31)).indicators()["rehab"].target_for(2022).target == D(300)


def test_avenant_cannot_change_the_past(ledger, world):
    cid = world.convention_in_force()
    refused(
        ledger,
        AvenantChangesThePastError,
        lambda: ledger.avenants.propose_avenant(
            cid,
            changes=(rehab_commitment(world, [(2021, 200), (2022, 300)]),),
            effective_on=date(2022, 1, 1),
            reason="Baisser 2021",
            proposed_on=date(2022, 3, 1),
            actor=SYSTEM,
        ),
    )
    refused(
        ledger,
        AvenantChangesThePastError,
        lambda: ledger.avenants.propose_avenant(
            cid,
            changes=(ChangePeriod(date(2021, 1, 1), date(2022, 6, 30)),),
            effective_on=date(2022, 9, 1),
            reason="Fin avant l'effet",
            proposed_on=date(2022, 3, 1),
            actor=SYSTEM,
        ),
    )
    refused(
        ledger,
        AvenantChangesThePastError,
        lambda: ledger.avenants.propose_avenant(
            cid,
            changes=(ChangePeriod(date(2021, 6, 1), date(2026, 12, 31)),),
            effective_on=date(2022, 1, 1),
            reason="Début déplacé",
            proposed_on=date(2022, 3, 1),
            actor=SYSTEM,
        ),
    )
    refused(
        ledger,
        EmptyAvenantError,
        lambda: ledger.avenants.propose_avenant(
            cid,
            changes=(),
            effective_on=date(2022, 1, 1),
            reason="Rien",
            proposed_on=date(2022, 3, 1),
            actor=SYSTEM,
        ),
    )


def test_avenant_only_on_a_convention_in_force_and_one_at_a_time(ledger, world):
    def axis(n):
        return (SetAxis(Axis(f"N{n}", AxisFamily.GESTION_INTERNE, f"Nouvel axe {n}")),)

    draft = world.rattachement_convention()
    refused(
        ledger,
        ConventionNotInForceError,
        lambda: ledger.avenants.propose_avenant(
            draft,
            changes=axis(1),
            effective_on=date(2022, 1, 1),
            reason="x",
            proposed_on=date(2022, 1, 1),
            actor=SYSTEM,
        ),
    )
    cid = world.convention_in_force()
    ledger.avenants.propose_avenant(
        cid,
        changes=axis(1),
        effective_on=date(2022, 1, 1),
        reason="Premier",
        proposed_on=date(2022, 1, 5),
        actor=SYSTEM,
    )
    refused(
        ledger,
        AvenantAlreadyPendingError,
        lambda: ledger.avenants.propose_avenant(
            cid,
            changes=axis(2),
            effective_on=date(2022, 1, 1),
            reason="x",
            proposed_on=date(2022, 1, 6),
            actor=SYSTEM,
        ),
    )
    ledger.avenants.withdraw_avenant(cid, 1, "Abandonné", date(2022, 2, 1), SYSTEM)
    ledger.avenants.propose_avenant(
        cid,
        changes=axis(2),
        effective_on=date(2022, 1, 1),
        reason="Second",
        proposed_on=date(2022, 2, 2),
        actor=SYSTEM,
    )
    assert [a.status for a in ledger.get_convention(cid).avenants] == [
        AvenantStatus.WITHDRAWN,
        AvenantStatus.PROPOSED,
    ]


def test_avenant_adding_a_signatory_needs_its_signature_too(ledger, world):
    cid = ledger.drafting.draft_convention(
        kind=ConventionKind.OPERATION,
        title="Opération",
        start=date(2022, 1, 1),
        end=date(2025, 12, 31),
        parties=(
            world.party(world.oph_nievre, PartyType.OFFICE),
            world.party(world.clamecy, PartyType.COLLECTIVITE),
        ),
        actor=world.signatory(world.oph_nievre),
    ).aggregate_id
    world.sign_all(cid, [world.oph_nievre, world.clamecy], date(2022, 1, 10))
    ledger.avenants.propose_avenant(
        cid,
        changes=(AddParty(world.party(world.nievre, PartyType.COLLECTIVITE)),),
        effective_on=date(2023, 1, 1),
        reason="Le département cofinance",
        proposed_on=date(2022, 11, 1),
        actor=SYSTEM,
    )
    world.sign_all(cid, [world.oph_nievre, world.clamecy], date(2022, 12, 1), avenant=1)
    assert ledger.get_convention(cid).avenant(1).status is AvenantStatus.PROPOSED
    world.sign_all(cid, [world.nievre], date(2022, 12, 5), avenant=1)
    convention = ledger.get_convention(cid)
    assert world.nievre in {p.party_id for p in convention.terms_on(date(2023, 1, 1)).parties}
    assert world.nievre not in {p.party_id for p in convention.terms_on(date(2022, 12, 31)).parties}


# --- execution -----------------------------------------------------------------------------


def test_one_evaluation_per_year_corrections_supersede(ledger, world):
    cid = world.convention_in_force()
    office = world.signatory(world.oph_nievre)
    refused(
        ledger,
        YearOutsidePeriodError,
        lambda: ledger.evaluations.record_evaluation(
            cid, AnnualEvaluation(2027, (), date(2028, 1, 1)), office
        ),
    )
    ledger.evaluations.record_evaluation(
        cid, AnnualEvaluation(2021, (IndicatorValue("rehab", D(230)),), date(2022, 5, 1)), office
    )
    refused(
        ledger,
        EvaluationAlreadyRecordedError,
        lambda: ledger.evaluations.record_evaluation(
            cid, AnnualEvaluation(2021, (IndicatorValue("rehab", D(250)),), date(2022, 5, 2)), office
        ),
    )
    refused(
        ledger,
        EvaluationNotFoundError,
        lambda: ledger.evaluations.correct_evaluation(
            cid, AnnualEvaluation(2022, (), date(2023, 5, 2)), "x", office
        ),
    )
    ledger.evaluations.validate_evaluation(cid, 2021, "comite", date(2022, 6, 1), SYSTEM)
    refused(
        ledger,
        EvaluationAlreadyValidatedError,
        lambda: ledger.evaluations.validate_evaluation(cid, 2021, "comite", date(2022, 6, 2), SYSTEM),
    )
    ledger.evaluations.correct_evaluation(
        cid,
        AnnualEvaluation(2021, (IndicatorValue("rehab", D(260)),), date(2022, 7, 1)),
        "Données tardives",
        office,
    )
    convention = ledger.get_convention(cid)
    current = convention.evaluation_for(2021)
    assert (current.revision, current.value_of("rehab").value, current.validated_by) == (2, D(260), None)
    assert convention.superseded_evaluations[0].value_of("rehab").value == D(230)
    ledger.evaluations.validate_evaluation(
        cid, 2021, "comite", date(2022, 7, 2), SYSTEM
    )  # the correction is validated anew
    refused(
        ledger,
        ElementNotFoundError,
        lambda: ledger.evaluations.record_evaluation(
            cid, AnnualEvaluation(2022, (IndicatorValue("inconnu", D(1)),), date(2023, 5, 1)), office
        ),
    )


def test_ratio_indicators_are_measured_by_numerator_and_denominator(ledger, world):
    cid = world.rattachement_convention()
    ledger.drafting.amend_draft(
        cid,
        SetCommitment(
            Commitment(
                "E2",
                "A1",
                "Vacance",
                CommitmentKind.RESULTAT,
                world.oph_nievre,
                (
                    Indicator(
                        "vacance",
                        "Taux de vacance",
                        "%",
                        Direction.LOWER_IS_BETTER,
                        (YearTarget(2021, D(3), D(4)),),
                        ratio=Ratio("logements vacants", "logements", D(100)),
                    ),
                ),
            )
        ),
        SYSTEM,
    )
    world.sign_all(cid, [world.oph_nievre, world.nievre], date(2021, 2, 1))
    refused(
        ledger,
        InvalidValueError,
        lambda: ledger.evaluations.record_evaluation(
            cid, AnnualEvaluation(2021, (IndicatorValue("vacance", D(3)),), date(2022, 5, 1)), SYSTEM
        ),
    )
    ledger.evaluations.record_evaluation(
        cid,
        AnnualEvaluation(
            2021, (IndicatorValue("vacance", numerator=D(250), denominator=D(8000)),), date(2022, 5, 1)
        ),
        SYSTEM,
    )
    assert ledger.get_convention(cid).evaluation_for(2021).value_of("vacance").value == D("3.1250")


def test_contreparties_paid_never_exceed_what_was_committed(ledger, world):
    cid = world.rattachement_convention()
    refused(
        ledger,
        ConventionNotInForceError,
        lambda: ledger.execution.record_payment(
            cid, Payment("subv", 2021, D("1.00"), world.oph_nievre, date(2021, 6, 1), "M"), SYSTEM
        ),
    )
    ledger.drafting.amend_draft(
        cid,
        SetContrepartie(
            Contrepartie(
                "garantie",
                ContrepartieKind.GARANTIE_EMPRUNT,
                world.nievre,
                "Garantie",
                world.oph_nievre,
                (YearAmount(2021, D("5000000.00")),),
                guarantee_rate=D(50),
            )
        ),
        SYSTEM,
    )
    world.sign_all(cid, [world.oph_nievre, world.nievre], date(2021, 2, 1))
    dep = world.signatory(world.nievre)
    ledger.execution.record_payment(
        cid, Payment("subv", 2021, D("600000.00"), world.oph_nievre, date(2021, 6, 1), "M-1"), dep
    )
    refused(
        ledger,
        PaymentExceedsCommitmentError,
        lambda: ledger.execution.record_payment(
            cid, Payment("subv", 2021, D("400000.01"), world.oph_nievre, date(2021, 11, 1), "M-2"), dep
        ),
    )
    ledger.execution.record_payment(
        cid, Payment("subv", 2021, D("400000.00"), world.oph_nievre, date(2021, 11, 1), "M-2"), dep
    )
    refused(
        ledger,
        ContrepartieNotPayableError,
        lambda: ledger.execution.record_payment(
            cid, Payment("garantie", 2021, D("1.00"), world.oph_nievre, date(2021, 6, 1), "G"), dep
        ),
    )
    refused(
        ledger,
        PaymentExceedsCommitmentError,
        lambda: ledger.execution.record_guarantee(
            cid,
            GuaranteeGrant(
                "garantie",
                2021,
                world.oph_nievre,
                "PRET-1",
                D("1000000.00"),
                D("600000.00"),
                date(2021, 4, 1),
            ),
            dep,
        ),
    )
    ledger.execution.record_guarantee(
        cid,
        GuaranteeGrant(
            "garantie", 2021, world.oph_nievre, "PRET-1", D("1000000.00"), D("500000.00"), date(2021, 4, 1)
        ),
        dep,
    )
    refused(
        ledger,
        InvalidPartiesError,
        lambda: ledger.execution.record_payment(
            cid, Payment("subv", 2022, D("1.00"), world.oph_yonne, date(2022, 6, 1), "M-3"), dep
        ),
    )
    assert ledger.get_convention(cid).paid("subv", 2021) == D("1000000.00")


def test_programme_once_a_year_then_revisions(ledger, world):
    cid = world.convention_in_force()
    actions = (ProgrammeAction("Réhabilitations", "E1", D("100.00")),)
    ledger.execution.adopt_programme(
        cid, year=2022, actions=actions, adopted_on=date(2022, 1, 10), actor=SYSTEM
    )
    refused(
        ledger,
        ProgrammeAlreadyAdoptedError,
        lambda: ledger.execution.adopt_programme(
            cid, year=2022, actions=actions, adopted_on=date(2022, 2, 10), actor=SYSTEM
        ),
    )
    ledger.execution.adopt_programme(
        cid, year=2022, actions=actions, adopted_on=date(2022, 2, 10), actor=SYSTEM, revision=True
    )
    assert ledger.get_convention(cid).programme_for(2022).revision == 2


def test_suspension_resumption_and_termination(ledger, world):
    cid = world.convention_in_force()
    dep = world.nievre
    ledger.execution.suspend(cid, dep, "DEL-2022-04", "Contentieux", date(2022, 3, 1), world.signatory(dep))
    refused(
        ledger,
        ConventionNotInForceError,
        lambda: ledger.avenants.propose_avenant(
            cid,
            changes=(ChangePeriod(date(2021, 1, 1), date(2025, 12, 31)),),
            effective_on=date(2022, 4, 1),
            reason="x",
            proposed_on=date(2022, 4, 1),
            actor=SYSTEM,
        ),
    )
    refused(
        ledger,
        DateBeforeError,
        lambda: ledger.execution.resume(cid, dep, "DEL-2022-05", date(2022, 2, 1), world.signatory(dep)),
    )
    ledger.execution.resume(cid, dep, "DEL-2022-05", date(2022, 6, 1), world.signatory(dep))
    ledger.execution.terminate(
        cid, dep, "DEL-2022-12", "Résiliation d'un commun accord", date(2023, 1, 1), world.signatory(dep)
    )
    convention = ledger.get_convention(cid)
    assert (convention.status, convention.status_reason) == (
        ConventionStatus.TERMINATED,
        "Résiliation d'un commun accord",
    )
    assert convention.status_deliberation == "DEL-2022-12" and convention.status_decided_by == dep
    refused(
        ledger,
        InvalidTransitionError,
        lambda: ledger.execution.resume(cid, dep, "DEL-2023-01", date(2023, 2, 1), world.signatory(dep)),
    )


# --- the history ---------------------------------------------------------------------------


def test_every_event_records_its_actor_and_effective_date(ledger, world):
    cid = world.convention_in_force()
    events = ledger.events_of(cid)
    assert [e.version for e in events] == list(range(1, len(events) + 1))
    assert all(e.actor is not None and e.recorded_at.tzinfo is not None for e in events)
    signed = [e for e in events if e.type == "Signed"]
    assert [(e.effective_on, e.actor.party_id) for e in signed] == [
        (date(2021, 2, 1), world.oph_nievre),
        (date(2021, 2, 1), world.nievre),
    ]
    assert events[-1].type == "EnteredIntoForce"


def test_money_is_exact_to_the_cent(ledger, world):
    cid = world.rattachement_convention()
    for amount in (D("10.001"), D("-5.00"), 10.5):
        refused(
            ledger,
            InvalidAmountError,
            lambda amount=amount: ledger.drafting.amend_draft(
                cid,
                SetContrepartie(
                    Contrepartie(
                        "c2",
                        ContrepartieKind.SUBVENTION_SPECIFIQUE,
                        world.nievre,
                        "Aide",
                        world.oph_nievre,
                        (YearAmount(2022, amount),),
                    )
                ),
                SYSTEM,
            ),
        )


@pytest.mark.stores("sqlite", "postgres")
def test_a_command_starts_from_the_latest_state_when_another_process_wrote_since(ledger, world, database_url):
    # Each process starts a command from the convention as it last saved it (no read of the
    # events since): a write by another process makes the save conflict, and the retry reads
    # the store. Nothing is lost, nothing is refused that should pass.
    other_process = ConventionLedger(env=persistence_env(database_url))
    cid = world.convention_in_force()
    office = world.signatory(world.oph_nievre)
    ledger.execution.record_meeting(cid, Meeting("comite", date(2021, 6, 1), "CR-1"), office)
    other_process.execution.record_meeting(cid, Meeting("comite", date(2021, 7, 1), "CR-2"), office)
    ledger.execution.record_meeting(cid, Meeting("comite", date(2021, 8, 1), "CR-3"), office)
    assert [m.reference for m in other_process.get_convention(cid).meetings] == ["CR-1", "CR-2", "CR-3"]

    # An If-Match naming the version the other process wrote is the current one here too.
    written = other_process.execution.record_meeting(cid, Meeting("comite", date(2021, 9, 1), "CR-4"), office)
    ledger.for_request(WriteRequest(expected_version=written.version)).execution.record_meeting(
        cid, Meeting("comite", date(2021, 10, 1), "CR-5"), office
    )
    assert [m.reference for m in ledger.get_convention(cid).meetings][-2:] == ["CR-4", "CR-5"]
    other_process.close()


def test_support_reserved_to_the_collectivites_own_office_is_due_to_it_alone(ledger, world):
    cid = ledger.drafting.draft_convention(
        kind=ConventionKind.CONVENTION_OUVERTE,
        title="Convention ouverte aux bailleurs de la Nièvre",
        start=date(2021, 1, 1),
        end=date(2023, 12, 31),
        parties=(world.party(world.nievre, PartyType.COLLECTIVITE),),
        actor=world.signatory(world.nievre),
    ).aggregate_id
    ledger.drafting.amend_draft(
        cid,
        SetContrepartie(
            Contrepartie(
                "soutien",
                ContrepartieKind.SUBVENTION_SPECIFIQUE,
                world.nievre,
                "Soutien renforcé à l'office rattaché",
                None,
                tuple(YearAmount(y, D("500000.00")) for y in range(2021, 2024)),
                reserved_to_attached_office=True,
            )
        ),
        SYSTEM,
    )
    world.sign_all(cid, [world.nievre], date(2021, 1, 15))
    for office in (world.oph_nievre, world.oph_yonne):  # attached to the Nièvre, to the Yonne
        world.deliberate(cid, office, date(2021, 2, 1))
        ledger.drafting.join(cid, office, date(2021, 2, 10), world.signatory(office))
    refused(
        ledger,
        InvalidPartiesError,
        lambda: ledger.execution.record_payment(
            cid,
            Payment("soutien", 2021, D("500000.00"), world.oph_yonne, date(2021, 6, 1), "M-1"),
            world.signatory(world.nievre),
        ),
    )
    ledger.alerts.scan_deadlines(date(2022, 2, 1), ADMIN)
    (alert,) = [
        a for a in ledger.alerts.get_alerts(cid).alerts if a.finding.kind.value == "contrepartie_unpaid"
    ]
    assert alert.finding.beneficiary_id == world.oph_nievre  # the other adherent is never told it is owed
