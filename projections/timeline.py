"""The timeline of a convention in plain French: one sentence per event, for the people who
read a convention's history (élus, agents, magistrats des chambres régionales des comptes).

A sentence depends only on the event, the aggregate just after it and the names of the
parties (which never change once registered), so a rebuild writes the same sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

from domain.alerts import ConventionAlerts, DecisionKind
from domain.convention import Convention, ReviewKind
from domain.terms import ConventionKind, Period

NameOf = Callable[[UUID], str]

KIND_LABELS = {
    ConventionKind.RATTACHEMENT: "convention de rattachement",
    ConventionKind.CONTRAT_DE_PLAN: "contrat de plan",
    ConventionKind.CHARTE_D_ENGAGEMENT: "charte d'engagement",
    ConventionKind.CONVENTION_OUVERTE: "convention ouverte",
    ConventionKind.OPERATION: "convention d'opération",
    ConventionKind.SC_IMPLANTATION: "convention d'implantation de la société de coordination",
}

DECISION_LABELS = {
    DecisionKind.SUPPORT_TRIGGERED: "soutien financier de la collectivité déclenché",
    DecisionKind.OBJECTIVES_REVISED: "objectifs révisés par avenant",
    DecisionKind.CORRECTIVE_PLAN: "plan d'actions correctives",
}


def _day(value: date) -> str:
    return f"{value:%d/%m/%Y}"


def _euros(amount: Decimal) -> str:
    whole, _, cents = f"{amount:.2f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", "\u202f")
    return f"{grouped},{cents} €"


def _sentence(words: str) -> str:
    """Free text given by a user, ended by one full stop."""
    words = words.strip()
    return words if words.endswith((".", "!", "?", "…")) else f"{words}."


def _names(name_of: NameOf, party_ids: Any) -> str:
    names = [name_of(party_id) for party_id in party_ids]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} et {names[-1]}"


def convention_line(event: Any, convention: Convention, name_of: NameOf) -> str:
    """The sentence for one event of a convention (``convention`` is its state after it)."""
    name = type(event).__name__
    on: Any = getattr(event, "effective_on", None)
    if name == "Drafted":
        terms = event.terms
        return (
            f"Projet de {KIND_LABELS[event.kind]} « {terms.title} » rédigé, "
            f"{terms.period.describe()}, entre {_names(name_of, (p.party_id for p in terms.parties))}."
        )
    if name == "PartyAdded":
        return f"{name_of(event.change.party.party_id)} ajouté aux parties du projet."
    if name == "PartyRemoved":
        return f"{name_of(event.change.party_id)} retiré des parties du projet."
    if name == "AxisSet":
        return f"Axe {event.change.axis.axis_id} « {event.change.axis.title} » défini."
    if name == "CommitmentSet":
        commitment = event.change.commitment
        return f"Engagement {commitment.commitment_id} « {commitment.title} » défini."
    if name == "CommitmentWithdrawn":
        return f"Engagement {event.change.commitment_id} retiré du projet."
    if name == "ContrepartieSet":
        contrepartie = event.change.contrepartie
        return f"Contrepartie « {contrepartie.label} » de {name_of(contrepartie.from_party_id)} définie."
    if name == "ContrepartieWithdrawn":
        return f"Contrepartie {event.change.contrepartie_id} retirée du projet."
    if name == "PeriodChanged":
        return f"Période de la convention portée {Period(event.change.start, event.change.end).describe()}."
    if name == "GovernanceBodySet":
        return f"Instance de gouvernance « {event.change.body.name} » définie."
    if name == "EvaluationSchemeSet":
        return "Modalités d'évaluation définies."
    if name == "DeliberationRecorded":
        deliberation = event.deliberation
        what = (
            "la signature de la convention"
            if deliberation.avenant_number is None
            else f"la signature de l'avenant n°{deliberation.avenant_number}"
        )
        return (
            f"Délibération {deliberation.reference} ({deliberation.body}) de "
            f"{name_of(deliberation.party_id)} autorisant {what}, adoptée le {_day(deliberation.adopted_on)}."
        )
    if name == "Signed":
        return f"Convention signée par {name_of(event.party_id)} le {_day(on)}."
    if name == "EnteredIntoForce":
        concluded, effect = convention.concluded_on, convention.in_force_since
        if concluded is None or effect is None or concluded == effect:
            return f"Convention conclue et entrée en vigueur le {_day(effect or on)}, tous ses signataires ayant signé les mêmes termes."
        if effect > concluded:
            return (
                f"Convention conclue le {_day(concluded)} (dernière signature, tous ses signataires "
                f"ayant signé les mêmes termes) ; elle prend effet le {_day(effect)}."
            )
        return f"Convention conclue le {_day(concluded)}, avec effet au {_day(effect)} que fixe son texte."
    if name == "ConsentVoided":
        parties = _names(name_of, dict.fromkeys((*event.signatures, *event.deliberations)))
        return f"Approbation des termes à renouveler pour {parties} : {_sentence(event.reason)}"
    if name == "AdherentJoined":
        return f"{name_of(event.adhesion.party.party_id)} adhère à la convention le {_day(on)}."
    if name == "AdherentWithdrew":
        return (
            f"{name_of(event.party_id)} se retire de la convention le {_day(on)} : {_sentence(event.reason)}"
        )
    if name == "PartySubstituted":
        substitution = event.substitution
        return (
            f"{name_of(substitution.absorbing_id)} se substitue à {name_of(substitution.absorbed_id)} "
            f"dans la convention à compter du {_day(on)} (fusion : transmission universelle du patrimoine)."
        )
    if name == "CommuneAgreementRecorded":
        agreement = event.agreement
        return (
            f"Accord de {name_of(agreement.commune_id)} à l'intervention de {name_of(agreement.office_id)} "
            f"sur son territoire, le {_day(on)} (réf. {agreement.reference})."
        )
    if name == "AvenantProposed":
        avenant = event.avenant
        return (
            f"Avenant n°{avenant.number} proposé le {_day(avenant.proposed_on)} "
            f"(effet au {_day(avenant.effective_on)}) : {_sentence(avenant.reason)}"
        )
    if name == "AvenantSigned":
        return f"Avenant n°{event.number} signé par {name_of(event.party_id)} le {_day(on)}."
    if name == "AvenantEnteredIntoForce":
        avenant = convention.avenant(event.number)
        return (
            f"Avenant n°{event.number} entré en vigueur le {_day(on)}, "
            f"avec effet au {_day(avenant.effective_on)}."
        )
    if name == "AvenantWithdrawn":
        return f"Avenant n°{event.number} retiré le {_day(on)} : {_sentence(event.reason)}"
    if name in ("ApplicationProgrammeAdopted", "ApplicationProgrammeRevised"):
        programme = event.programme
        verb = (
            "adopté" if name == "ApplicationProgrammeAdopted" else f"révisé (révision {programme.revision})"
        )
        return (
            f"Programme d'application {programme.year} {verb} le {_day(programme.adopted_on)} "
            f"({len(programme.actions)} action(s))."
        )
    if name == "ContrepartiePaid":
        payment = event.payment
        label = _contrepartie_label(convention, payment.contrepartie_id)
        return (
            f"Versement de {_euros(payment.amount)} à {name_of(payment.beneficiary_id)} au titre de "
            f"« {label} » {payment.year}, le {_day(payment.paid_on)} (réf. {payment.reference})."
        )
    if name == "GuaranteeGranted":
        grant = event.grant
        return (
            f"Garantie de {_euros(grant.guaranteed_amount)} accordée à {name_of(grant.beneficiary_id)} "
            f"sur l'emprunt {grant.loan_reference} de {_euros(grant.loan_amount)}, le {_day(grant.granted_on)}."
        )
    if name == "EvaluationRecorded":
        evaluation = event.evaluation
        return (
            f"Bilan {evaluation.year} enregistré le {_day(evaluation.evaluated_on)} "
            f"({len(evaluation.values)} indicateur(s) renseigné(s))."
        )
    if name == "EvaluationCorrected":
        evaluation = event.evaluation
        return (
            f"Bilan {evaluation.year} corrigé (révision {evaluation.revision}) : "
            f"{_sentence(evaluation.correction_reason or '')}"
        )
    if name == "EvaluationValidated":
        return f"Bilan {event.year} validé par {_body_name(convention, event.body_id)} le {_day(on)}."
    if name == "ReviewRecorded":
        review = event.review
        which = "à mi-parcours" if review.kind is ReviewKind.MID_TERM else "finale"
        return f"Évaluation {which} du {_day(review.reviewed_on)} : {_sentence(review.summary)}"
    if name == "GovernanceMeetingHeld":
        meeting = event.meeting
        body = _body_name(convention, meeting.body_id)
        return f"Réunion de {body} le {_day(meeting.met_on)} (réf. {meeting.reference})."
    if name == "Suspended":
        return f"Convention suspendue le {_day(on)}{_decided(event, name_of)} : {_sentence(event.reason)}"
    if name == "Resumed":
        return f"Exécution de la convention reprise le {_day(on)}{_decided(event, name_of)}."
    if name == "Terminated":
        return f"Convention résiliée le {_day(on)}{_decided(event, name_of)} : {_sentence(event.reason)}"
    if name == "Expired":
        return f"Convention arrivée à son terme le {_day(on)}."
    if name == "RenewedBy":
        return "Convention renouvelée par une nouvelle convention."
    return f"Événement {name} enregistré."


def _decided(event: Any, name_of: NameOf) -> str:
    """Who decided a change of status, on which deliberation (recorded since issue 15)."""
    party_id = getattr(event, "party_id", None)
    if party_id is None:
        return ""
    return f" par {name_of(party_id)} (délibération {event.deliberation})"


def _contrepartie_label(convention: Convention, contrepartie_id: str) -> str:
    contrepartie = convention.defined_contrepartie(contrepartie_id)
    return contrepartie.label if contrepartie else contrepartie_id


def _body_name(convention: Convention, body_id: str) -> str:
    body = convention.defined_governance_body(body_id)
    return body.name if body else body_id


def alert_line(event: Any, alerts: ConventionAlerts) -> str:
    """The sentence for one event of a convention's alert file."""
    name = type(event).__name__
    if name == "Opened":
        return "Suivi des alertes ouvert."
    number = event.number
    if name == "Raised":
        return f"Alerte n°{number} levée : {_sentence(event.finding.cause)}"
    if name == "Remeasured":
        return f"Alerte n°{number} mesurée à nouveau : {_sentence(event.finding.cause)}"
    if name == "Reopened":
        return f"Alerte n°{number} rouverte : {_sentence(event.finding.cause)}"
    if name == "ResolvedAutomatically":
        return f"Alerte n°{number} levée d'office : {_sentence(event.reason)}"
    if name == "Acknowledged":
        return f"Alerte n°{number} prise en compte le {_day(event.effective_on)}."
    if name == "ExaminationRequested":
        return f"Examen de l'alerte n°{number} demandé le {_day(event.effective_on)}."
    if name == "Decided":
        decision = event.decision
        return f"Décision sur l'alerte n°{number} ({DECISION_LABELS[decision.kind]}) : {_sentence(decision.summary)}"
    if name == "Resolved":
        return f"Alerte n°{number} résolue le {_day(event.effective_on)} : {_sentence(event.reason)}"
    if name == "Dismissed":
        return (
            f"Alerte n°{number} classée sans suite le {_day(event.effective_on)} : {_sentence(event.reason)}"
        )
    return f"Événement {name} du suivi des alertes enregistré."
