"""The forms of a convention's life, one mechanism for all: a form is its fields and the use
case it calls (the API's); one page shows it, one route posts it. The convention page offers
those that concern the actor (``offered``: a hint — the use case's rules decide, and a refusal
shows their French message on the form)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal
from uuid import UUID

from api.web.submitted import Submitted
from application.base import CommandResult
from application.ledger import ConventionLedger
from domain.convention import AvenantStatus, Convention, ConventionStatus, Deliberation, Payment
from domain.errors import InvalidValueError
from domain.monitoring import PAYABLE_FIRM_KINDS
from domain.terms import PartyRole
from domain.values import Actor, ActorRole

FieldKind = Literal["text", "date", "number", "amount", "select"]

Options = Callable[[Convention, Actor, dict[UUID, str]], list[tuple[str, str]]]


@dataclass(frozen=True)
class FormField:
    name: str
    label: str
    kind: FieldKind = "text"
    hint: str = ""
    required: bool = True
    options: Options | None = None


Run = Callable[[ConventionLedger, Convention, Submitted, Actor], CommandResult]


@dataclass(frozen=True)
class CommandForm:
    slug: str
    title: str
    button: str
    done: str
    fields: tuple[FormField, ...]
    run: Run
    offered: Callable[[Convention, Actor], bool]


def _acts_for_a_party(convention: Convention, actor: Actor) -> bool:
    parties = {p.party_id for p in convention.latest_terms.parties}
    return actor.party_id in parties and actor.role in (ActorRole.EDITOR, ActorRole.SIGNATORY)


def _signs_for_a_signatory(convention: Convention, actor: Actor) -> bool:
    signatories = {p.party_id for p in convention.latest_terms.parties if p.role is PartyRole.SIGNATAIRE}
    return actor.role is ActorRole.SIGNATORY and actor.party_id in signatories


def _pending_avenants(convention: Convention, actor: Actor, _: dict[UUID, str]) -> list[tuple[str, str]]:
    return [
        (str(a.number), f"Avenant n°{a.number} — {a.reason[:80]}")
        for a in convention.avenants
        if a.status is AvenantStatus.PROPOSED
        and actor.party_id in a.signatories
        and not a.has_signed(actor.party_id)
    ]


def _payable(convention: Convention, actor: Actor, _: dict[UUID, str]) -> list[tuple[str, str]]:
    return [
        (c.contrepartie_id, c.label)
        for c in convention.latest_terms.contreparties
        if c.kind in PAYABLE_FIRM_KINDS and c.from_party_id == actor.party_id
    ]


def _beneficiaries(convention: Convention, actor: Actor, names: dict[UUID, str]) -> list[tuple[str, str]]:
    return [
        (str(p.party_id), names.get(p.party_id, str(p.party_id)))
        for p in convention.latest_terms.parties
        if p.party_id != actor.party_id
    ]


def _deliberate(
    ledger: ConventionLedger, convention: Convention, values: Submitted, actor: Actor
) -> CommandResult:
    if actor.party_id is None:
        raise InvalidValueError("Une délibération est celle d'une partie : cet acteur n'agit pour aucune.")
    avenant = values.text("avenant_number")
    deliberation = Deliberation(
        party_id=actor.party_id,
        body=values.text("body"),
        reference=values.text("reference"),
        adopted_on=values.day("adopted_on", "Date d'adoption"),
        avenant_number=values.integer("avenant_number", "Avenant") if avenant else None,
    )
    return ledger.record_deliberation(convention.id, deliberation, actor)


def _sign(ledger: ConventionLedger, convention: Convention, values: Submitted, actor: Actor) -> CommandResult:
    if actor.party_id is None:
        raise InvalidValueError("Seul un signataire d'une partie signe pour elle.")
    return ledger.sign(convention.id, actor.party_id, values.day("signed_on", "Date de signature"), actor)


def _sign_avenant(
    ledger: ConventionLedger, convention: Convention, values: Submitted, actor: Actor
) -> CommandResult:
    if actor.party_id is None:
        raise InvalidValueError("Seul un signataire d'une partie signe pour elle.")
    return ledger.sign_avenant(
        convention.id,
        values.integer("number", "Avenant"),
        actor.party_id,
        values.day("signed_on", "Date de signature"),
        actor,
    )


def _pay(ledger: ConventionLedger, convention: Convention, values: Submitted, actor: Actor) -> CommandResult:
    amount = values.number("amount", "Montant versé")
    if amount is None:
        raise InvalidValueError("Montant versé : indiquez-le, en euros.")
    payment = Payment(
        contrepartie_id=values.text("contrepartie_id"),
        year=values.integer("year", "Année de la contrepartie"),
        amount=amount,
        beneficiary_id=values.uuid("beneficiary_id", "Bénéficiaire"),
        paid_on=values.day("paid_on", "Date du versement"),
        reference=values.text("reference"),
    )
    return ledger.record_payment(convention.id, payment, actor)


FORMS: dict[str, CommandForm] = {
    form.slug: form
    for form in (
        CommandForm(
            slug="deliberation",
            title="Enregistrer une délibération",
            button="Enregistrer la délibération",
            done="Délibération enregistrée.",
            fields=(
                FormField(
                    "body", "Organe délibérant", hint="ex. conseil d'administration, conseil départemental"
                ),
                FormField("reference", "Référence de la délibération", hint="ex. CA-2022-014"),
                FormField("adopted_on", "Adoptée le", "date"),
                FormField(
                    "avenant_number",
                    "Avenant approuvé",
                    "select",
                    hint="vide : la convention elle-même",
                    required=False,
                    options=lambda c, a, n: [("", "—"), *_pending_avenants(c, a, n)],
                ),
            ),
            run=_deliberate,
            offered=lambda c, a: (
                _acts_for_a_party(c, a)
                and (
                    c.status is ConventionStatus.DRAFT
                    or any(x.status is AvenantStatus.PROPOSED for x in c.avenants)
                )
            ),
        ),
        CommandForm(
            slug="signature",
            title="Signer la convention",
            button="Signer",
            done="Signature enregistrée.",
            fields=(FormField("signed_on", "Signée le", "date"),),
            run=_sign,
            offered=lambda c, a: (
                _signs_for_a_signatory(c, a)
                and c.status is ConventionStatus.DRAFT
                and not any(s.party_id == a.party_id for s in c.signatures)
            ),
        ),
        CommandForm(
            slug="signature-avenant",
            title="Signer un avenant",
            button="Signer l'avenant",
            done="Signature de l'avenant enregistrée.",
            fields=(
                FormField("number", "Avenant", "select", options=_pending_avenants),
                FormField("signed_on", "Signé le", "date"),
            ),
            run=_sign_avenant,
            offered=lambda c, a: bool(_pending_avenants(c, a, {})),
        ),
        CommandForm(
            slug="versement",
            title="Enregistrer un versement",
            button="Enregistrer le versement",
            done="Versement enregistré.",
            fields=(
                FormField("contrepartie_id", "Contrepartie", "select", options=_payable),
                FormField("year", "Année de la contrepartie", "number"),
                FormField("amount", "Montant versé (€)", "amount", hint="au centime près, ex. 250 000,00"),
                FormField("beneficiary_id", "Bénéficiaire", "select", options=_beneficiaries),
                FormField("paid_on", "Versé le", "date"),
                FormField("reference", "Référence du mandat", hint="ex. MANDAT-2022-118"),
            ),
            run=_pay,
            offered=lambda c, a: (
                _acts_for_a_party(c, a) and c.status is ConventionStatus.IN_FORCE and bool(_payable(c, a, {}))
            ),
        ),
    )
}
