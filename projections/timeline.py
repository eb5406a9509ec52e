"""The timeline of a convention in plain French: one sentence per event, for the people who
read a convention's history (élus, agents, magistrats des chambres régionales des comptes).

A sentence depends only on the event, the aggregate just after it and the names of the
parties (which never change once registered), so a rebuild writes the same sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import singledispatch
from typing import Any
from uuid import UUID

from domain import wording
from domain.alerts import DECISION_LABELS, ConventionAlerts
from domain.convention import IN_KIND_MODE_LABELS, Convention, ReviewKind
from domain.documents import MEDIA_TYPES, size_in_words
from domain.terms import FRAMEWORK_KIND_LABELS, ConventionKind, PartyType, Period
from projections.base import handles

NameOf = Callable[[UUID], str]
Sentence = Callable[[Any, Convention, NameOf], str]
AlertSentence = Callable[[Any, ConventionAlerts], str]

KIND_LABELS = {
    ConventionKind.RATTACHEMENT: "convention de rattachement",
    ConventionKind.CONTRAT_DE_PLAN: "contrat de plan",
    ConventionKind.CHARTE_D_ENGAGEMENT: "charte d'engagement",
    ConventionKind.CONVENTION_OUVERTE: "convention ouverte",
    ConventionKind.OPERATION: "convention d'opération",
    ConventionKind.SC_IMPLANTATION: "convention d'implantation de la société de coordination",
    ConventionKind.CONTRAT_TERRITORIAL: "contrat territorial avec l'État",
}


def _sentence(words: str) -> str:
    """Free text given by a user, ended by one full stop."""
    words = words.strip()
    return words if words.endswith((".", "!", "?", "…")) else f"{words}."


def _names(name_of: NameOf, party_ids: Any) -> str:
    """« Nièvre Habitat et le Département de la Nièvre »: each name with its article."""
    names = [wording.named(name_of(party_id)) for party_id in party_ids]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} et {names[-1]}"


@singledispatch
def _convention_sentence(event: Any, convention: Convention, name_of: NameOf) -> str:
    return f"Événement {type(event).__name__} enregistré."


def _convention_events(*names: str) -> Callable[[Sentence], Sentence]:
    return handles(_convention_sentence, Convention, *names)


def convention_line(event: Any, convention: Convention, name_of: NameOf) -> str:
    """The sentence for one event of a convention (``convention`` is its state after it)."""
    return str(_convention_sentence(event, convention, name_of))


@_convention_events("Drafted")
def _drafted(event: Any, convention: Convention, name_of: NameOf) -> str:
    terms = event.terms
    opened = (
        f" ; elle porte l'opération « {terms.operations[0].title} » de sa convention cadre"
        if terms.framework_id is not None and terms.operations
        else ""
    )
    parties = _names(name_of, (p.party_id for p in terms.parties))
    between = f"entre {parties}" if len(terms.parties) > 1 else f"par {parties}"
    return (
        f"Projet de {KIND_LABELS[event.kind]} « {terms.title} » rédigé, "
        f"{terms.period.describe()}, {between}{opened}."
    )


@_convention_events("PartyAdded")
def _party_added(event: Any, convention: Convention, name_of: NameOf) -> str:
    return f"Ajout {wording.of(name_of(event.change.party.party_id))} aux parties du projet."


@_convention_events("PartyRemoved")
def _party_removed(event: Any, convention: Convention, name_of: NameOf) -> str:
    return f"Retrait {wording.of(name_of(event.change.party_id))} des parties du projet."


@_convention_events("AxisSet")
def _axis_set(event: Any, convention: Convention, name_of: NameOf) -> str:
    return f"Axe {event.change.axis.axis_id} « {event.change.axis.title} » défini."


@_convention_events("CommitmentSet")
def _commitment_set(event: Any, convention: Convention, name_of: NameOf) -> str:
    commitment = event.change.commitment
    return f"Engagement {commitment.commitment_id} « {commitment.title} » défini."


@_convention_events("CommitmentWithdrawn")
def _commitment_withdrawn(event: Any, convention: Convention, name_of: NameOf) -> str:
    return f"Engagement {event.change.commitment_id} retiré du projet."


@_convention_events("ContrepartieSet")
def _contrepartie_set(event: Any, convention: Convention, name_of: NameOf) -> str:
    contrepartie = event.change.contrepartie
    return f"Contrepartie « {contrepartie.label} » {wording.of(name_of(contrepartie.from_party_id))} définie."


@_convention_events("ContrepartieWithdrawn")
def _contrepartie_withdrawn(event: Any, convention: Convention, name_of: NameOf) -> str:
    return f"Contrepartie {event.change.contrepartie_id} retirée du projet."


@_convention_events("OperationSet")
def _operation_set(event: Any, convention: Convention, name_of: NameOf) -> str:
    return f"Opération {event.change.operation.operation_id} : {event.change.operation.describe()}."


@_convention_events("OperationWithdrawn")
def _operation_withdrawn(event: Any, convention: Convention, name_of: NameOf) -> str:
    return f"Opération {event.change.operation_id} retirée du projet."


@_convention_events("CharteLevelsSet")
def _charte_levels_set(event: Any, convention: Convention, name_of: NameOf) -> str:
    levels = event.change.levels
    if not levels:
        return "Niveaux d'engagement de la charte supprimés."
    described = " ; ".join(
        f"niveau {level.level} « {level.label} » à partir de "
        f"{wording.count(level.min_dwellings, 'logement', 'logements')}"
        for level in levels
    )
    return f"Niveaux d'engagement de la charte selon le parc géré : {described}."


@_convention_events("FrameworkSet")
def _framework_set(event: Any, convention: Convention, name_of: NameOf) -> str:
    framework = event.change.framework
    holder = framework.holder_named(name_of)
    carried = f", porté par {wording.named(holder)}" if holder else ""
    years = f", {framework.years}" if framework.years else ""
    return (
        f"Cadre de référence décliné : {FRAMEWORK_KIND_LABELS[framework.kind]} « {framework.title} »"
        f"{years}{carried}."
    )


@_convention_events("FrameworkWithdrawn")
def _framework_withdrawn(event: Any, convention: Convention, name_of: NameOf) -> str:
    return f"Cadre de référence {event.change.framework_id} retiré du projet."


@_convention_events("OperationConventionOpened")
def _operation_convention_opened(event: Any, convention: Convention, name_of: NameOf) -> str:
    operation = next(
        (o for o in convention.latest_terms.operations if o.operation_id == event.opened.operation_id), None
    )
    what = f"« {operation.title} »" if operation is not None else event.opened.operation_id
    return f"Convention d'opération ouverte pour l'opération {what} de cette convention cadre."


@_convention_events("PeriodChanged")
def _period_changed(event: Any, convention: Convention, name_of: NameOf) -> str:
    return f"Période de la convention portée {Period(event.change.start, event.change.end).describe()}."


@_convention_events("GovernanceBodySet")
def _governance_body_set(event: Any, convention: Convention, name_of: NameOf) -> str:
    return f"Instance de gouvernance « {event.change.body.name} » définie."


@_convention_events("EvaluationSchemeSet")
def _evaluation_scheme_set(event: Any, convention: Convention, name_of: NameOf) -> str:
    return "Modalités d'évaluation définies."


@_convention_events("DeliberationRecorded")
def _deliberation_recorded(event: Any, convention: Convention, name_of: NameOf) -> str:
    deliberation = event.deliberation
    what = (
        "la signature de la convention"
        if deliberation.avenant_number is None
        else f"la signature de l'avenant n°{deliberation.avenant_number}"
    )
    party = convention.latest_terms.party(deliberation.party_id)
    act = "Décision" if party is not None and party.party_type is PartyType.ETAT else "Délibération"
    return (
        f"{act} {deliberation.reference} ({deliberation.body}) "
        f"{wording.of(name_of(deliberation.party_id))} autorisant {what}, adoptée le "
        f"{wording.day(deliberation.adopted_on)}."
    )


@_convention_events("Signed")
def _signed(event: Any, convention: Convention, name_of: NameOf) -> str:
    on: Any = getattr(event, "effective_on", None)
    return f"Convention signée par {wording.named(name_of(event.party_id))} le {wording.day(on)}."


@_convention_events("EnteredIntoForce")
def _entered_into_force(event: Any, convention: Convention, name_of: NameOf) -> str:
    on: Any = getattr(event, "effective_on", None)
    concluded, effect = convention.concluded_on, convention.in_force_since
    if concluded is None or effect is None or concluded == effect:
        return f"Convention conclue et entrée en vigueur le {wording.day(effect or on)}, tous ses signataires ayant signé les mêmes termes."
    if effect > concluded:
        return (
            f"Convention conclue le {wording.day(concluded)} (dernière signature, tous ses signataires "
            f"ayant signé les mêmes termes) ; elle prend effet le {wording.day(effect)}."
        )
    return f"Convention conclue le {wording.day(concluded)}, avec effet au {wording.day(effect)} que fixe son texte."


@_convention_events("ConsentVoided")
def _consent_voided(event: Any, convention: Convention, name_of: NameOf) -> str:
    parties = _names(name_of, dict.fromkeys((*event.signatures, *event.deliberations)))
    return f"Approbation des termes à renouveler pour {parties} : {_sentence(event.reason)}"


@_convention_events("AdherentJoined")
def _adherent_joined(event: Any, convention: Convention, name_of: NameOf) -> str:
    on: Any = getattr(event, "effective_on", None)
    name = wording.subject(name_of(event.adhesion.party.party_id))
    return f"{name} adhère à la convention le {wording.day(on)}."


@_convention_events("AdherentWithdrew")
def _adherent_withdrew(event: Any, convention: Convention, name_of: NameOf) -> str:
    on: Any = getattr(event, "effective_on", None)
    name = wording.subject(name_of(event.party_id))
    return f"{name} se retire de la convention le {wording.day(on)} : {_sentence(event.reason)}"


@_convention_events("PartySubstituted")
def _party_substituted(event: Any, convention: Convention, name_of: NameOf) -> str:
    on: Any = getattr(event, "effective_on", None)
    substitution = event.substitution
    return (
        f"{wording.subject(name_of(substitution.absorbing_id))} se substitue {wording.to(name_of(substitution.absorbed_id))} "
        f"dans la convention à compter du {wording.day(on)} (fusion : transmission universelle du patrimoine)."
    )


@_convention_events("CommuneAgreementRecorded")
def _commune_agreement_recorded(event: Any, convention: Convention, name_of: NameOf) -> str:
    on: Any = getattr(event, "effective_on", None)
    agreement = event.agreement
    return (
        f"Accord {wording.of(name_of(agreement.commune_id))} à l'intervention {wording.of(name_of(agreement.office_id))} "
        f"sur son territoire, le {wording.day(on)} (réf. {agreement.reference})."
    )


@_convention_events("AvenantProposed")
def _avenant_proposed(event: Any, convention: Convention, name_of: NameOf) -> str:
    avenant = event.avenant
    return (
        f"Avenant n°{avenant.number} proposé le {wording.day(avenant.proposed_on)} "
        f"(effet au {wording.day(avenant.effective_on)}) : {_sentence(avenant.reason)}"
    )


@_convention_events("AvenantSigned")
def _avenant_signed(event: Any, convention: Convention, name_of: NameOf) -> str:
    on: Any = getattr(event, "effective_on", None)
    return (
        f"Avenant n°{event.number} signé par {wording.named(name_of(event.party_id))} le {wording.day(on)}."
    )


@_convention_events("AvenantEnteredIntoForce")
def _avenant_entered_into_force(event: Any, convention: Convention, name_of: NameOf) -> str:
    on: Any = getattr(event, "effective_on", None)
    avenant = convention.avenant(event.number)
    if avenant.effective_on == on:
        return f"Avenant n°{event.number} entré en vigueur le {wording.day(on)}."
    return (
        f"Avenant n°{event.number} entré en vigueur le {wording.day(on)}, "
        f"avec effet au {wording.day(avenant.effective_on)}."
    )


@_convention_events("AvenantWithdrawn")
def _avenant_withdrawn(event: Any, convention: Convention, name_of: NameOf) -> str:
    on: Any = getattr(event, "effective_on", None)
    return f"Avenant n°{event.number} retiré le {wording.day(on)} : {_sentence(event.reason)}"


@_convention_events("ApplicationProgrammeAdopted", "ApplicationProgrammeRevised")
def _application_programme_adopted(event: Any, convention: Convention, name_of: NameOf) -> str:
    programme = event.programme
    verb = (
        "adoptée"
        if type(event).__name__ == "ApplicationProgrammeAdopted"
        else f"révisée (révision {programme.revision})"
    )
    deliberations = (
        f", sur les délibérations {', '.join(programme.deliberations)}" if programme.deliberations else ""
    )
    means = "".join(
        f" ; contribution de {wording.euros(c.amount)} au titre de « {_contrepartie_label(convention, c.contrepartie_id)} »"
        for c in programme.contributions
    )
    return (
        f"Convention d'application {programme.year} {verb} le {wording.day(programme.adopted_on)}"
        f"{deliberations} ({wording.count(len(programme.actions), 'action', 'actions')}{means})."
    )


@_convention_events("ContrepartiePaid")
def _contrepartie_paid(event: Any, convention: Convention, name_of: NameOf) -> str:
    payment = event.payment
    label = _contrepartie_label(convention, payment.contrepartie_id)
    return (
        f"Versement de {wording.euros(payment.amount)} {wording.to(name_of(payment.beneficiary_id))} au titre de "
        f"« {label} » {payment.year}, le {wording.day(payment.paid_on)} (réf. {payment.reference})."
    )


@_convention_events("GuaranteeGranted")
def _guarantee_granted(event: Any, convention: Convention, name_of: NameOf) -> str:
    grant = event.grant
    lender = f" auprès de {grant.lender}" if grant.lender else ""
    duration = f" sur {grant.duration_years} ans" if grant.duration_years else ""
    deliberation = f" (délibération {grant.deliberation_reference})" if grant.deliberation_reference else ""
    return (
        f"Garantie de {wording.euros(grant.guaranteed_amount)} accordée {wording.to(name_of(grant.beneficiary_id))} "
        f"sur l'emprunt {grant.loan_reference} de {wording.euros(grant.loan_amount)}{lender}{duration}, "
        f"le {wording.day(grant.granted_on)}{deliberation}."
    )


@_convention_events("GuaranteeStated")
def _guarantee_stated(event: Any, convention: Convention, name_of: NameOf) -> str:
    statement = event.statement
    outstanding = convention.guaranteed_outstanding(
        convention.guarantee(statement.loan_reference), statement.year
    )
    return (
        f"Emprunt {statement.loan_reference} : {wording.euros(statement.outstanding)} restant dus au "
        f"31/12/{statement.year}, soit un encours garanti de {wording.euros(outstanding or Decimal(0))}."
    )


@_convention_events("EvaluationRecorded")
def _evaluation_recorded(event: Any, convention: Convention, name_of: NameOf) -> str:
    evaluation = event.evaluation
    return (
        f"Bilan {evaluation.year} enregistré le {wording.day(evaluation.evaluated_on)} "
        f"({wording.count(len(evaluation.values), 'indicateur renseigné', 'indicateurs renseignés')})."
    )


@_convention_events("EvaluationCorrected")
def _evaluation_corrected(event: Any, convention: Convention, name_of: NameOf) -> str:
    evaluation = event.evaluation
    return (
        f"Bilan {evaluation.year} corrigé (révision {evaluation.revision}) : "
        f"{_sentence(evaluation.correction_reason or '')}"
    )


@_convention_events("EvaluationValidated")
def _evaluation_validated(event: Any, convention: Convention, name_of: NameOf) -> str:
    on: Any = getattr(event, "effective_on", None)
    return f"Bilan {event.year} validé par {wording.named(_body_name(convention, event.body_id))} le {wording.day(on)}."


@_convention_events("InKindRealised")
def _in_kind_realised(event: Any, convention: Convention, name_of: NameOf) -> str:
    realisation = event.realisation
    contrepartie = convention.defined_contrepartie(realisation.contrepartie_id)
    label = contrepartie.label if contrepartie else realisation.contrepartie_id
    deed = f", acte {realisation.deed_reference}" if realisation.deed_reference else ""
    return (
        f"« {label} » {realisation.year} réalisée le {wording.day(realisation.realised_on)} : "
        f"{IN_KIND_MODE_LABELS[realisation.mode]} {wording.to(name_of(realisation.beneficiary_id))} de la parcelle "
        f"{realisation.parcel_reference} ({wording.number(realisation.surface_m2)} m²), valorisée "
        f"{wording.euros(realisation.valuation)}{deed}."
    )


@_convention_events("DeliveryRecorded")
def _delivery_recorded(event: Any, convention: Convention, name_of: NameOf) -> str:
    delivery = event.delivery
    contrepartie = convention.defined_contrepartie(delivery.contrepartie_id)
    grant = contrepartie.unit_grant_for(delivery.typology) if contrepartie else None
    worth = (
        f", ouvrant droit à {wording.euros(grant.amount_per_dwelling * delivery.count)} au titre de « {contrepartie.label} »"
        if grant is not None and contrepartie is not None
        else ""
    )
    return (
        f"Livraison {wording.of(name_of(delivery.beneficiary_id))} le {wording.day(delivery.delivered_on)} : "
        f"{delivery.count} logement{'s' if delivery.count > 1 else ''} {delivery.typology} "
        f"(opération « {delivery.operation} »){worth}."
    )


@_convention_events("ContrepartieRecovered")
def _contrepartie_recovered(event: Any, convention: Convention, name_of: NameOf) -> str:
    recovery = event.recovery
    contrepartie = convention.defined_contrepartie(recovery.contrepartie_id)
    label = contrepartie.label if contrepartie else recovery.contrepartie_id
    return (
        f"Reversement de {wording.euros(recovery.amount)} au titre de « {label} » {recovery.year} "
        f"par {wording.named(name_of(recovery.beneficiary_id))} le {wording.day(recovery.recovered_on)} "
        f"(titre de recettes {recovery.reference}) : {_sentence(recovery.reason)}"
    )


@_convention_events("EnvelopeMobilised")
def _envelope_mobilised(event: Any, convention: Convention, name_of: NameOf) -> str:
    mobilisation = event.mobilisation
    contrepartie = convention.defined_contrepartie(mobilisation.contrepartie_id)
    label = contrepartie.label if contrepartie else mobilisation.contrepartie_id
    alert = f" sur l'alerte n°{mobilisation.alert_number}" if mobilisation.alert_number is not None else ""
    return (
        f"Enveloppe « {label} » mobilisée pour {mobilisation.year} : {wording.euros(mobilisation.amount)} "
        f"dus {wording.to(name_of(mobilisation.beneficiary_id))}, par la décision du "
        f"{wording.day(mobilisation.decided_on)}{alert}."
    )


@_convention_events("DocumentAttached")
def _document_attached(event: Any, convention: Convention, name_of: NameOf) -> str:
    document = event.document
    what = document.describe()
    if document.party_id is not None:
        what += f" {wording.of(name_of(document.party_id))}"
    file = document.file
    return (
        f"Document joint : {what}, « {file.filename} » ({MEDIA_TYPES.get(file.media_type, file.media_type)}, "
        f"{size_in_words(file.size)} ; empreinte SHA-256 {file.sha256[:16]}…)."
    )


@_convention_events("DocumentErased")
def _document_erased(event: Any, convention: Convention, name_of: NameOf) -> str:
    document = convention.document(event.document_id)
    return (
        f"Contenu du document « {document.file.filename} » effacé (données personnelles) : "
        f"{_sentence(event.reason)} Son empreinte reste au registre."
    )


@_convention_events("ReviewRecorded")
def _review_recorded(event: Any, convention: Convention, name_of: NameOf) -> str:
    review = event.review
    which = "à mi-parcours" if review.kind is ReviewKind.MID_TERM else "finale"
    return f"Évaluation {which} du {wording.day(review.reviewed_on)} : {_sentence(review.summary)}"


@_convention_events("GovernanceMeetingHeld")
def _governance_meeting_held(event: Any, convention: Convention, name_of: NameOf) -> str:
    meeting = event.meeting
    body = _body_name(convention, meeting.body_id)
    return f"Réunion {wording.of(body)} le {wording.day(meeting.met_on)} (réf. {meeting.reference})."


@_convention_events("Suspended")
def _suspended(event: Any, convention: Convention, name_of: NameOf) -> str:
    on: Any = getattr(event, "effective_on", None)
    return f"Convention suspendue le {wording.day(on)}{_decided(event, name_of)} : {_sentence(event.reason)}"


@_convention_events("Resumed")
def _resumed(event: Any, convention: Convention, name_of: NameOf) -> str:
    on: Any = getattr(event, "effective_on", None)
    return f"Exécution de la convention reprise le {wording.day(on)}{_decided(event, name_of)}."


@_convention_events("Terminated")
def _terminated(event: Any, convention: Convention, name_of: NameOf) -> str:
    on: Any = getattr(event, "effective_on", None)
    return f"Convention résiliée le {wording.day(on)}{_decided(event, name_of)} : {_sentence(event.reason)}"


@_convention_events("Expired")
def _expired(event: Any, convention: Convention, name_of: NameOf) -> str:
    # Dated on the last day of its period (the event takes effect the day after: no longer in force).
    end: Any = convention.latest_terms.period.end or getattr(event, "effective_on", None)
    return f"Convention arrivée à son terme le {wording.day(end)}, dernier jour de sa période."


@_convention_events("RenewedBy")
def _renewed_by(event: Any, convention: Convention, name_of: NameOf) -> str:
    return "Convention renouvelée par une nouvelle convention."


def _decided(event: Any, name_of: NameOf) -> str:
    """Who decided a change of status, on which deliberation (recorded since issue 15)."""
    party_id = getattr(event, "party_id", None)
    if party_id is None:
        return ""
    return f" par {wording.named(name_of(party_id))} (délibération {event.deliberation})"


def _contrepartie_label(convention: Convention, contrepartie_id: str) -> str:
    contrepartie = convention.defined_contrepartie(contrepartie_id)
    return contrepartie.label if contrepartie else contrepartie_id


def _body_name(convention: Convention, body_id: str) -> str:
    body = convention.defined_governance_body(body_id)
    return body.name if body else body_id


@singledispatch
def _alert_sentence(event: Any, alerts: ConventionAlerts) -> str:
    return f"Événement {type(event).__name__} du suivi des alertes enregistré."


def _alert_events(*names: str) -> Callable[[AlertSentence], AlertSentence]:
    return handles(_alert_sentence, ConventionAlerts, *names)


def alert_line(event: Any, alerts: ConventionAlerts, name_of: Callable[[UUID], str]) -> str:
    """The sentence for one event of a convention's alert file; an event that states a finding
    names whom it concerns and its beneficiary (as the alert's page does)."""
    line = str(_alert_sentence(event, alerts))
    finding = getattr(event, "finding", None)
    if finding is None or finding.party_id is None:
        return line
    concerned = f"concerne : {name_of(finding.party_id)}"
    if finding.beneficiary_id is not None and finding.beneficiary_id != finding.party_id:
        concerned += f" ; bénéficiaire : {name_of(finding.beneficiary_id)}"
    return f"{line.removesuffix('.')} ({concerned})."


@_alert_events("Opened")
def _alert_opened(event: Any, alerts: ConventionAlerts) -> str:
    return "Suivi des alertes ouvert."


@_alert_events("Raised")
def _alert_raised(event: Any, alerts: ConventionAlerts) -> str:
    number = event.number
    return f"Alerte n°{number} déclenchée : {_sentence(event.finding.cause)}"


@_alert_events("Remeasured")
def _alert_remeasured(event: Any, alerts: ConventionAlerts) -> str:
    number = event.number
    return f"Alerte n°{number} mesurée à nouveau : {_sentence(event.finding.cause)}"


@_alert_events("Reopened")
def _alert_reopened(event: Any, alerts: ConventionAlerts) -> str:
    number = event.number
    return f"Alerte n°{number} rouverte : {_sentence(event.finding.cause)}"


@_alert_events("ResolvedAutomatically")
def _alert_resolved_automatically(event: Any, alerts: ConventionAlerts) -> str:
    number = event.number
    return f"Alerte n°{number} close d'office : {_sentence(event.reason)}"


@_alert_events("Acknowledged")
def _alert_acknowledged(event: Any, alerts: ConventionAlerts) -> str:
    number = event.number
    return f"Alerte n°{number} prise en compte le {wording.day(event.effective_on)}."


@_alert_events("ExaminationRequested")
def _alert_examination_requested(event: Any, alerts: ConventionAlerts) -> str:
    number = event.number
    return f"Examen de l'alerte n°{number} demandé le {wording.day(event.effective_on)}."


@_alert_events("Decided")
def _alert_decided(event: Any, alerts: ConventionAlerts) -> str:
    number = event.number
    decision = event.decision
    return (
        f"Décision sur l'alerte n°{number} ({DECISION_LABELS[decision.kind]}) : {_sentence(decision.summary)}"
    )


@_alert_events("Resolved")
def _alert_resolved(event: Any, alerts: ConventionAlerts) -> str:
    number = event.number
    return f"Alerte n°{number} résolue le {wording.day(event.effective_on)} : {_sentence(event.reason)}"


@_alert_events("Dismissed")
def _alert_dismissed(event: Any, alerts: ConventionAlerts) -> str:
    number = event.number
    return f"Alerte n°{number} classée sans suite le {wording.day(event.effective_on)} : {_sentence(event.reason)}"
