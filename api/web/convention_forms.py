"""The forms of a convention's life, one mechanism for all: a form is its fields and the use
case it calls (the API's); one page shows it, one route posts it. The convention page offers
those that concern the actor (``offered``: a hint — the use case's rules decide, and a refusal
shows their French message on the form)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal
from uuid import UUID

from api.web.submitted import FieldValueError, Submitted
from application.base import CommandResult, WriteRequest
from application.documents import DocumentRequest
from application.ledger import ConventionLedger
from domain import wording
from domain.convention import (
    IMPACT_LABELS,
    IN_KIND_MODE_LABELS,
    REVIEW_KIND_LABELS,
    AvenantStatus,
    Convention,
    ConventionStatus,
    Deliberation,
    Delivery,
    Impact,
    ImpactKind,
    InKindMode,
    InKindRealisation,
    Payment,
    Recovery,
    Review,
    ReviewKind,
)
from domain.documents import KIND_LABELS, DocumentKind
from domain.errors import InvalidValueError
from domain.terms import (
    AMOUNT_COMMITMENT_LABELS,
    AXIS_FAMILY_LABELS,
    CONTREPARTIE_KIND_LABELS,
    FRAMEWORK_KIND_LABELS,
    LEVELLED_KINDS,
    OPERATION_NATURE_LABELS,
    AmountCommitment,
    Axis,
    AxisFamily,
    CharteLevel,
    Commitment,
    CommitmentKind,
    Contrepartie,
    ContrepartieKind,
    Direction,
    FrameworkKind,
    FrameworkReference,
    Indicator,
    Operation,
    OperationNature,
    PartyRole,
    PartyType,
    SetAxis,
    SetCharteLevels,
    SetCommitment,
    SetContrepartie,
    SetFramework,
    SetOperation,
    YearAmount,
    YearTarget,
)
from domain.values import Actor, ActorRole

FieldKind = Literal["text", "date", "number", "amount", "select", "file"]

Options = Callable[[Convention, Actor, dict[UUID, str]], list[tuple[str, str]]]


@dataclass(frozen=True)
class FormField:
    name: str
    label: str
    kind: FieldKind = "text"
    hint: str = ""
    required: bool = True
    options: Options | None = None
    # Shown only where it means something for the convention (None: always).
    shown: Callable[[Convention], bool] | None = None


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
        if c.is_paid_yearly and not c.is_in_kind and c.from_party_id == actor.party_id
    ]


def _in_kind(convention: Convention, actor: Actor, _: dict[UUID, str]) -> list[tuple[str, str]]:
    return [
        (c.contrepartie_id, c.label)
        for c in convention.latest_terms.contreparties
        if c.is_in_kind and c.from_party_id == actor.party_id
    ]


def _modes(convention: Convention, actor: Actor, _: dict[UUID, str]) -> list[tuple[str, str]]:
    return [(m.value, wording.sentence(IN_KIND_MODE_LABELS[m])) for m in InKindMode]


def _realise(
    ledger: ConventionLedger, convention: Convention, values: Submitted, actor: Actor
) -> CommandResult:
    surface = values.number("surface_m2", "Surface")
    valuation = values.number("valuation", "Valeur")
    if surface is None or valuation is None:
        raise FieldValueError(
            "valuation" if surface is not None else "surface_m2", "Indiquez la surface et la valeur."
        )
    realisation = InKindRealisation(
        contrepartie_id=values.text("contrepartie_id"),
        year=values.integer("year", "Année de la contrepartie"),
        beneficiary_id=values.uuid("beneficiary_id", "Bénéficiaire"),
        parcel_reference=values.text("parcel_reference"),
        surface_m2=surface,
        mode=values.choice("mode", InKindMode, "Mode"),
        valuation=valuation,
        realised_on=values.day("realised_on", "Date de l'acte"),
        deed_reference=values.text("deed_reference"),
    )
    return ledger.execution.record_in_kind(convention.id, realisation, actor)


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
    return ledger.drafting.record_deliberation(convention.id, deliberation, actor)


def _sign(ledger: ConventionLedger, convention: Convention, values: Submitted, actor: Actor) -> CommandResult:
    if actor.party_id is None:
        raise InvalidValueError("Seul un signataire d'une partie signe pour elle.")
    return ledger.drafting.sign(
        convention.id, actor.party_id, values.day("signed_on", "Date de signature"), actor
    )


def _sign_avenant(
    ledger: ConventionLedger, convention: Convention, values: Submitted, actor: Actor
) -> CommandResult:
    if actor.party_id is None:
        raise InvalidValueError("Seul un signataire d'une partie signe pour elle.")
    return ledger.avenants.sign_avenant(
        convention.id,
        values.integer("number", "Avenant"),
        actor.party_id,
        values.day("signed_on", "Date de signature"),
        actor,
    )


def _pay(ledger: ConventionLedger, convention: Convention, values: Submitted, actor: Actor) -> CommandResult:
    amount = values.number("amount", "Montant versé")
    if amount is None:
        raise FieldValueError("amount", "Montant versé : indiquez-le, en euros.")
    payment = Payment(
        contrepartie_id=values.text("contrepartie_id"),
        year=values.integer("year", "Année de la contrepartie"),
        amount=amount,
        beneficiary_id=values.uuid("beneficiary_id", "Bénéficiaire"),
        paid_on=values.day("paid_on", "Date du versement"),
        reference=values.text("reference"),
    )
    return ledger.execution.record_payment(convention.id, payment, actor)


def _per_dwelling(convention: Convention, actor: Actor, _: dict[UUID, str]) -> list[tuple[str, str]]:
    return [
        (c.contrepartie_id, c.label)
        for c in convention.latest_terms.contreparties
        if c.kind is ContrepartieKind.AIDE_PAR_LOGEMENT
        and (c.to_party_id is None or c.to_party_id == actor.party_id)
    ]


def _deliver(
    ledger: ConventionLedger, convention: Convention, values: Submitted, actor: Actor
) -> CommandResult:
    if actor.party_id is None:
        raise InvalidValueError("Une livraison est celle d'un organisme : cet acteur n'agit pour aucun.")
    delivery = Delivery(
        contrepartie_id=values.text("contrepartie_id"),
        beneficiary_id=actor.party_id,
        operation=values.text("operation"),
        typology=values.text("typology"),
        count=values.integer("count", "Nombre de logements"),
        delivered_on=values.day("delivered_on", "Date de livraison"),
    )
    return ledger.execution.record_delivery(convention.id, delivery, actor)


def _recover(
    ledger: ConventionLedger, convention: Convention, values: Submitted, actor: Actor
) -> CommandResult:
    amount = values.number("amount", "Montant reversé")
    if amount is None:
        raise FieldValueError("amount", "Montant reversé : indiquez-le, en euros.")
    recovery = Recovery(
        contrepartie_id=values.text("contrepartie_id"),
        year=values.integer("year", "Année de la contrepartie"),
        amount=amount,
        beneficiary_id=values.uuid("beneficiary_id", "Organisme qui reverse"),
        recovered_on=values.day("recovered_on", "Date du reversement"),
        reference=values.text("reference"),
        reason=values.text("reason"),
    )
    return ledger.execution.record_recovery(convention.id, recovery, actor)


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
        CommandForm(
            slug="realisation",
            title="Enregistrer une cession, un bail ou une mise à disposition",
            button="Enregistrer la réalisation",
            done="Contrepartie en nature enregistrée : réalisée à sa valeur.",
            fields=(
                FormField("contrepartie_id", "Contrepartie en nature", "select", options=_in_kind),
                FormField("year", "Année de la contrepartie", "number"),
                FormField("beneficiary_id", "Bénéficiaire", "select", options=_beneficiaries),
                FormField("parcel_reference", "Référence cadastrale", hint="ex. Nevers, section AB n° 123"),
                FormField("surface_m2", "Surface (m²)", "amount"),
                FormField("mode", "Mode", "select", options=_modes),
                FormField("valuation", "Valeur (€)", "amount", hint="celle de France Domaine ou de l'acte"),
                FormField("realised_on", "Acte du", "date"),
                FormField("deed_reference", "Référence de l'acte", required=False),
            ),
            run=_realise,
            offered=lambda c, a: (
                _acts_for_a_party(c, a) and c.status is ConventionStatus.IN_FORCE and bool(_in_kind(c, a, {}))
            ),
        ),
        CommandForm(
            slug="livraison",
            title="Déclarer une livraison de logements",
            button="Déclarer la livraison",
            done="Livraison enregistrée : l'aide due est calculée au barème.",
            fields=(
                FormField("contrepartie_id", "Aide par logement", "select", options=_per_dwelling),
                FormField("operation", "Opération", hint="ex. Les Tilleuls, 24 logements"),
                FormField("typology", "Typologie", hint="celle du barème, ex. T3+"),
                FormField("count", "Nombre de logements", "number"),
                FormField("delivered_on", "Livrés le", "date"),
            ),
            run=_deliver,
            offered=lambda c, a: (
                _acts_for_a_party(c, a)
                and c.status is ConventionStatus.IN_FORCE
                and bool(_per_dwelling(c, a, {}))
            ),
        ),
        CommandForm(
            slug="reversement",
            title="Enregistrer un reversement",
            button="Enregistrer le reversement",
            done="Reversement enregistré : ce qui a été reversé n'est plus ni versé ni dû.",
            fields=(
                FormField("contrepartie_id", "Contrepartie", "select", options=_payable),
                FormField("year", "Année de la contrepartie", "number"),
                FormField("amount", "Montant reversé (€)", "amount", hint="au centime près, ex. 50 000,00"),
                FormField("beneficiary_id", "Organisme qui reverse", "select", options=_beneficiaries),
                FormField("recovered_on", "Reversé le", "date"),
                FormField("reference", "Référence du titre de recettes", hint="ex. TR-2024-0412"),
                FormField("reason", "Motif", hint="ex. opération abandonnée, conditions non remplies"),
            ),
            run=_recover,
            offered=lambda c, a: _acts_for_a_party(c, a) and bool(c.payments) and bool(_payable(c, a, {})),
        ),
    )
}


# --- drafting: commitments and contreparties, and the avenant that revises objectives ----------


def _then(ledger: ConventionLedger, done: CommandResult, step: str) -> ConventionLedger:
    """The ledger for the second command of one form: at the version the first left, under
    the form's key with the step's suffix (a repeat of the form repeats neither)."""
    key = ledger.request.command_key
    return ledger.for_request(
        WriteRequest(
            expected_version=done.version,
            command_key=replace(key, key=f"{key.key}:{step}") if key is not None else None,
        )
    )


def _free_id(prefix: str, taken: set[str]) -> str:
    return next(f"{prefix}{n}" for n in range(1, len(taken) + 2) if f"{prefix}{n}" not in taken)


def _add_commitment(
    ledger: ConventionLedger, convention: Convention, values: Submitted, actor: Actor
) -> CommandResult:
    terms = convention.latest_terms
    axis_title = values.text("axis_title")
    axis = next((a for a in terms.axes if a.title.casefold() == axis_title.casefold()), None)
    written: CommandResult | None = None
    if axis is None:
        family = values.choice("axis_family", AxisFamily, "Famille de l'axe")
        axis = Axis(_free_id("A", {a.axis_id for a in terms.axes}), family, axis_title)
        written = ledger.drafting.amend_draft(convention.id, SetAxis(axis), actor)
    direction = values.choice("direction", Direction, "Sens de l'indicateur")
    thresholds = (
        dict(values.year_values("thresholds", "Seuils d'alerte")) if values.text("thresholds") else {}
    )
    indicator_ids = {i.indicator_id for c in terms.commitments for i in c.indicators}
    commitment = Commitment(
        commitment_id=_free_id("E", {c.commitment_id for c in terms.commitments}),
        axis_id=axis.axis_id,
        title=values.text("title"),
        kind=CommitmentKind.RESULTAT,
        party_id=actor.party_id,
        indicators=(
            Indicator(
                indicator_id=_free_id("I", indicator_ids),
                label=values.text("indicator"),
                unit=values.text("unit"),
                direction=direction,
                targets=tuple(
                    YearTarget(year, target, thresholds.get(year))
                    for year, target in values.year_values("targets", "Objectifs")
                ),
            ),
        ),
    )
    level = values.optional("level")
    if level is not None:
        commitment = replace(commitment, level=values.integer("level", "Niveau"))
    commitment = replace(commitment, framework_id=values.optional("framework_id"))
    writer = _then(ledger, written, "engagement") if written is not None else ledger
    return writer.drafting.amend_draft(convention.id, SetCommitment(commitment), actor)


def _levels_options(convention: Convention, _: Actor, __: dict[UUID, str]) -> list[tuple[str, str]]:
    return [
        ("", "à tous les niveaux"),
        *((str(lv.level), f"{lv.level} — {lv.label}") for lv in convention.latest_terms.levels),
    ]


FORM_LEVELS = 3
"""The levels the form offers (the OPAL's charter has three; up to five through the API)."""


def _set_levels(
    ledger: ConventionLedger, convention: Convention, values: Submitted, actor: Actor
) -> CommandResult:
    levels: list[CharteLevel] = []
    for n in range(1, FORM_LEVELS + 1):
        label = values.text(f"label_{n}").strip()
        if not label:
            continue
        levels.append(
            CharteLevel(len(levels) + 1, label, values.integer(f"min_{n}", f"Niveau {n} : à partir de"))
        )
    return ledger.drafting.amend_draft(convention.id, SetCharteLevels(tuple(levels)), actor)


def _add_contrepartie(
    ledger: ConventionLedger, convention: Convention, values: Submitted, actor: Actor
) -> CommandResult:
    kind = values.choice("kind", ContrepartieKind, "Nature de la contrepartie")
    contrepartie = Contrepartie(
        contrepartie_id=_free_id("C", {c.contrepartie_id for c in convention.latest_terms.contreparties}),
        kind=kind,
        commitment=values.choice("commitment", AmountCommitment, "Engagement"),
        from_party_id=values.uuid("from_party_id", "Qui l'apporte"),
        label=values.text("label"),
        to_party_id=values.uuid("to_party_id", "Bénéficiaire"),
        amounts=tuple(YearAmount(year, amount) for year, amount in values.year_values("amounts", "Montants")),
        operation_id=values.optional("operation_id"),
    )
    return ledger.drafting.amend_draft(convention.id, SetContrepartie(contrepartie), actor)


def _add_operation(
    ledger: ConventionLedger, convention: Convention, values: Submitted, actor: Actor
) -> CommandResult:
    landlord = values.optional("landlord_id")
    operation = Operation(
        operation_id=_free_id("OP", {o.operation_id for o in convention.latest_terms.operations}),
        nature=values.choice("nature", OperationNature, "Nature de l'opération"),
        title=values.text("title"),
        commune_insee=values.text("commune_insee"),
        dwellings=values.integer("dwellings", "Logements"),
        budget=values.number("budget", "Budget"),
        landlord_id=values.uuid("landlord_id", "Maître d'ouvrage") if landlord else None,
    )
    return ledger.drafting.amend_draft(convention.id, SetOperation(operation), actor)


def _add_framework(
    ledger: ConventionLedger, convention: Convention, values: Submitted, actor: Actor
) -> CommandResult:
    terms = convention.latest_terms
    holder = values.optional("holder_id")
    start, end = values.text("start_year"), values.text("end_year")
    framework = FrameworkReference(
        framework_id=_free_id("CR", {f.framework_id for f in terms.frameworks}),
        kind=values.choice("kind", FrameworkKind, "Cadre"),
        title=values.text("title"),
        holder_id=values.uuid("holder_id", "Porté par") if holder else None,
        holder=values.text("holder").strip(),
        start_year=values.integer("start_year", "Première année") if start else None,
        end_year=values.integer("end_year", "Dernière année") if end else None,
    )
    return ledger.drafting.amend_draft(convention.id, SetFramework(framework), actor)


def _frameworks(convention: Convention, _: Actor, __: dict[UUID, str]) -> list[tuple[str, str]]:
    return [
        ("", "aucun en particulier"),
        *((f.framework_id, f.title) for f in convention.latest_terms.frameworks),
    ]


def _operations(convention: Convention, _: Actor, __: dict[UUID, str]) -> list[tuple[str, str]]:
    return [
        ("", "aucune en particulier"),
        *((o.operation_id, o.title) for o in convention.latest_terms.operations),
    ]


def _indicators(convention: Convention, _: Actor, __: dict[UUID, str]) -> list[tuple[str, str]]:
    return [
        (i.indicator_id, f"{c.title} — {i.label}")
        for c in convention.latest_terms.commitments
        for i in c.indicators
    ]


def _revise_objectives(
    ledger: ConventionLedger, convention: Convention, values: Submitted, actor: Actor
) -> CommandResult:
    """An avenant that sets new yearly targets for one indicator (the guide's usual avenant
    after a bilan), from its effective date."""
    indicator_id = values.text("indicator_id")
    commitment = next(
        (
            c
            for c in convention.latest_terms.commitments
            if any(i.indicator_id == indicator_id for i in c.indicators)
        ),
        None,
    )
    if commitment is None:
        raise FieldValueError("indicator_id", "Indicateur : choisissez dans la liste.")
    targets = dict(values.year_values("targets", "Nouveaux objectifs"))
    indicators = tuple(
        replace(
            i,
            targets=tuple(replace(t, target=targets[t.year]) if t.year in targets else t for t in i.targets),
        )
        if i.indicator_id == indicator_id
        else i
        for i in commitment.indicators
    )
    return ledger.avenants.propose_avenant(
        convention.id,
        changes=(SetCommitment(replace(commitment, indicators=indicators)),),
        effective_on=values.day("effective_on", "Date d'effet"),
        reason=values.text("reason"),
        proposed_on=values.day("proposed_on", "Proposé le"),
        actor=actor,
    )


def _in_draft_for_a_party(convention: Convention, actor: Actor) -> bool:
    return _acts_for_a_party(convention, actor) and convention.status is ConventionStatus.DRAFT


def _parties_of(kinds: tuple[PartyType, ...]) -> Options:
    def options(convention: Convention, _: Actor, names: dict[UUID, str]) -> list[tuple[str, str]]:
        return [
            (str(p.party_id), names.get(p.party_id, str(p.party_id)))
            for p in convention.latest_terms.parties
            if p.party_type in kinds
        ]

    return options


YEAR_VALUES_HINT = "une année et sa valeur, séparées par des points-virgules : 2023 : 250 ; 2024 : 260"

FORMS |= {
    form.slug: form
    for form in (
        CommandForm(
            slug="engagement",
            title="Ajouter un engagement chiffré",
            button="Ajouter l'engagement",
            done="Engagement ajouté au projet.",
            fields=(
                FormField("axis_title", "Axe", hint="un axe du projet, ou un nouvel axe à créer"),
                FormField(
                    "axis_family",
                    "Famille de l'axe (pour un nouvel axe)",
                    "select",
                    options=lambda c, a, n: [(f.value, label) for f, label in AXIS_FAMILY_LABELS.items()],
                ),
                FormField("title", "Engagement", hint="ex. Réhabiliter 250 logements par an"),
                FormField("indicator", "Indicateur", hint="ex. Logements réhabilités"),
                FormField("unit", "Unité", hint="ex. logements, %, jours"),
                FormField(
                    "direction",
                    "Sens de l'indicateur",
                    "select",
                    options=lambda c, a, n: [
                        (Direction.HIGHER_IS_BETTER.value, "plus c'est haut, mieux c'est"),
                        (Direction.LOWER_IS_BETTER.value, "plus c'est bas, mieux c'est"),
                    ],
                ),
                FormField("targets", "Objectifs par année", hint=YEAR_VALUES_HINT),
                FormField(
                    "thresholds",
                    "Seuils d'alerte par année",
                    hint="facultatif ; " + YEAR_VALUES_HINT,
                    required=False,
                ),
                FormField(
                    "framework_id",
                    "Met en œuvre",
                    "select",
                    hint="facultatif : un cadre de référence déclaré au projet (PLH, PSP, CUS…)",
                    required=False,
                    options=_frameworks,
                ),
                FormField(
                    "level",
                    "Niveau de la charte",
                    "select",
                    hint="dans une charte à niveaux : à partir de quel niveau il s'applique",
                    required=False,
                    options=_levels_options,
                    shown=lambda c: bool(c.latest_terms.levels),
                ),
            ),
            run=_add_commitment,
            offered=_in_draft_for_a_party,
        ),
        CommandForm(
            slug="cadre-reference",
            title="Déclarer un cadre de référence",
            button="Déclarer le cadre",
            done="Cadre de référence ajouté au projet.",
            fields=(
                FormField(
                    "kind",
                    "Cadre",
                    "select",
                    options=lambda c, a, n: [
                        (k.value, wording.sentence(label)) for k, label in FRAMEWORK_KIND_LABELS.items()
                    ],
                ),
                FormField("title", "Intitulé", hint="ex. PLH 2019-2024 de la CARENE"),
                FormField(
                    "holder_id",
                    "Porté par",
                    "select",
                    required=False,
                    options=lambda c, a, n: [
                        ("", "une entité qui n'est pas partie"),
                        *(
                            (str(p.party_id), n.get(p.party_id, str(p.party_id)))
                            for p in c.latest_terms.parties
                        ),
                    ],
                ),
                FormField(
                    "holder",
                    "Ou son porteur en toutes lettres",
                    hint="ex. Préfecture de la Nièvre, ANRU",
                    required=False,
                ),
                FormField("start_year", "Première année", "number", required=False),
                FormField("end_year", "Dernière année", "number", required=False),
            ),
            run=_add_framework,
            offered=_in_draft_for_a_party,
        ),
        CommandForm(
            slug="niveaux",
            title="Définir les niveaux par patrimoine",
            button="Enregistrer les niveaux",
            done="Niveaux de la charte enregistrés.",
            fields=tuple(
                field
                for n, example in (
                    (1, ("Socle", 1)),
                    (2, ("Engagements renforcés", 500)),
                    (3, ("Partenariat", 2000)),
                )
                for field in (
                    FormField(
                        f"label_{n}", f"Niveau {n}", hint=f"facultatif — ex. {example[0]}", required=False
                    ),
                    FormField(
                        f"min_{n}",
                        f"Niveau {n} : à partir de (logements sur le territoire)",
                        "number",
                        hint=f"ex. {example[1]}",
                        required=False,
                    ),
                )
            ),
            run=_set_levels,
            offered=lambda c, a: _in_draft_for_a_party(c, a) and c.kind in LEVELLED_KINDS,
        ),
        CommandForm(
            slug="contrepartie",
            title="Ajouter une contrepartie",
            button="Ajouter la contrepartie",
            done="Contrepartie ajoutée au projet.",
            fields=(
                FormField(
                    "kind",
                    "Nature",
                    "select",
                    options=lambda c, a, n: [
                        (k.value, label) for k, label in CONTREPARTIE_KIND_LABELS.items()
                    ],
                ),
                FormField("label", "Intitulé", hint="ex. Subvention annuelle d'investissement"),
                FormField(
                    "commitment",
                    "Engagement",
                    "select",
                    hint="un plafond ou une enveloppe n'est jamais signalé « non versé »",
                    options=lambda c, a, n: [
                        (m.value, label) for m, label in AMOUNT_COMMITMENT_LABELS.items()
                    ],
                ),
                FormField(
                    "from_party_id", "Apportée par", "select", options=_parties_of((PartyType.COLLECTIVITE,))
                ),
                FormField(
                    "to_party_id",
                    "Au bénéfice de",
                    "select",
                    options=_parties_of(
                        (PartyType.OFFICE, PartyType.ORGANISME, PartyType.SOCIETE_DE_COORDINATION)
                    ),
                ),
                FormField(
                    "amounts", "Montants par année (€)", hint=YEAR_VALUES_HINT.replace("250", "1 000 000")
                ),
                FormField(
                    "operation_id",
                    "Pour l'opération",
                    "select",
                    hint="facultatif : une opération déclarée au projet",
                    required=False,
                    options=_operations,
                ),
            ),
            run=_add_contrepartie,
            offered=_in_draft_for_a_party,
        ),
        CommandForm(
            slug="operation",
            title="Déclarer une opération",
            button="Déclarer l'opération",
            done="Opération ajoutée au projet.",
            fields=(
                FormField("title", "Opération", hint="ex. Réhabilitation de la résidence du Parc"),
                FormField(
                    "nature",
                    "Nature",
                    "select",
                    options=lambda c, a, n: [
                        (k.value, label) for k, label in OPERATION_NATURE_LABELS.items()
                    ],
                ),
                FormField(
                    "commune_insee", "Commune (code INSEE)", hint="5 caractères, ex. 58194 pour Nevers"
                ),
                FormField("dwellings", "Logements", "number", hint="construits, réhabilités, démolis…"),
                FormField("budget", "Budget (€ TTC)", "amount", required=False),
                FormField(
                    "landlord_id",
                    "Maître d'ouvrage",
                    "select",
                    required=False,
                    options=lambda c, a, n: (
                        [("", "non précisé"), *_parties_of((PartyType.OFFICE, PartyType.ORGANISME))(c, a, n)]
                    ),
                ),
            ),
            run=_add_operation,
            offered=_in_draft_for_a_party,
        ),
        CommandForm(
            slug="avenant-objectifs",
            title="Proposer un avenant révisant des objectifs",
            button="Proposer l'avenant",
            done="Avenant proposé : il entre en vigueur quand toutes les parties signataires l'ont signé.",
            fields=(
                FormField("indicator_id", "Indicateur", "select", options=_indicators),
                FormField("targets", "Nouveaux objectifs par année", hint=YEAR_VALUES_HINT),
                FormField("effective_on", "Date d'effet", "date"),
                FormField("reason", "Objet de l'avenant", hint="ex. Révision après le bilan 2022"),
                FormField("proposed_on", "Proposé le", "date"),
            ),
            run=_revise_objectives,
            offered=lambda c, a: (
                _acts_for_a_party(c, a)
                and c.status is ConventionStatus.IN_FORCE
                and bool(_indicators(c, a, {}))
            ),
        ),
    )
}


# --- the bilan's validation by the other party ----------------------------------------------


def _unvalidated(convention: Convention, actor: Actor, _: dict[UUID, str]) -> list[tuple[str, str]]:
    """The bilans this actor's party may validate: recorded by another party, not validated."""
    return [
        (str(e.year), f"Bilan {e.year}")
        for e in convention.evaluations
        if e.validated_on is None and e.recorded_by != actor.party_id
    ]


def _bodies(convention: Convention, _: Actor, __: dict[UUID, str]) -> list[tuple[str, str]]:
    scheme_body = convention.latest_terms.evaluation_scheme.validating_body_id
    return [
        (b.body_id, b.name)
        for b in convention.latest_terms.governance_bodies
        if scheme_body is None or b.body_id == scheme_body
    ]


def _validate(
    ledger: ConventionLedger, convention: Convention, values: Submitted, actor: Actor
) -> CommandResult:
    return ledger.evaluations.validate_evaluation(
        convention.id,
        values.integer("year", "Bilan"),
        values.text("body_id"),
        values.day("validated_on", "Validé le"),
        actor,
    )


FORMS |= {
    "validation-bilan": CommandForm(
        slug="validation-bilan",
        title="Valider un bilan annuel",
        button="Valider le bilan",
        done="Validation du bilan enregistrée.",
        fields=(
            FormField("year", "Bilan", "select", options=_unvalidated),
            FormField("body_id", "Instance qui le valide", "select", options=_bodies),
            FormField("validated_on", "Validé le", "date"),
        ),
        run=_validate,
        offered=lambda c, a: (
            _acts_for_a_party(c, a) and bool(_unvalidated(c, a, {})) and bool(_bodies(c, a, {}))
        ),
    )
}


# --- an evaluation at mid-term or at the end, with its effects as figures ---------------------


def _review_kinds(convention: Convention, _: Actor, __: dict[UUID, str]) -> list[tuple[str, str]]:
    """The evaluations not recorded yet (each once)."""
    held = {r.kind for r in convention.reviews}
    return [(k.value, f"Évaluation {label}") for k, label in REVIEW_KIND_LABELS.items() if k not in held]


IMPACT_FIELDS: tuple[tuple[ImpactKind, FieldKind, str], ...] = (
    (ImpactKind.INVESTMENT, "amount", "€"),
    (ImpactKind.LOCAL_JOBS, "amount", "emplois, en équivalents temps plein"),
    (ImpactKind.LOCAL_FIRMS, "amount", "%"),
    (ImpactKind.VACANCY, "amount", "% à la fin"),
    (ImpactKind.ENERGY, "number", "logements"),
)
"""The effects the form asks, each a field named by its kind (the vacancy with its baseline);
decimals are typed as text (« 7,5 »), not as a browser's whole number."""


def _review(
    ledger: ConventionLedger, convention: Convention, values: Submitted, actor: Actor
) -> CommandResult:
    impacts = []
    for kind, _, _ in IMPACT_FIELDS:
        value = values.number(kind.value, wording.sentence(IMPACT_LABELS[kind]))
        baseline = (
            values.number(f"{kind.value}_depart", "Taux de vacance au départ")
            if kind is ImpactKind.VACANCY
            else None
        )
        if value is not None:
            impacts.append(Impact(kind, value, baseline))
    review = Review(
        kind=values.choice("kind", ReviewKind, "Évaluation"),
        reviewed_on=values.day("reviewed_on", "Date de l'évaluation"),
        summary=values.text("summary"),
        body_id=values.optional("body_id"),
        impacts=tuple(impacts),
    )
    return ledger.execution.record_review(convention.id, review, actor)


FORMS |= {
    "evaluation-etape": CommandForm(
        slug="evaluation-etape",
        title="Enregistrer une évaluation à mi-parcours ou finale",
        button="Enregistrer l'évaluation",
        done="Évaluation enregistrée : ses effets se lisent au bilan de l'année où elle est présentée.",
        fields=(
            FormField("kind", "Évaluation", "select", options=_review_kinds),
            FormField("reviewed_on", "Date de l'évaluation", "date"),
            FormField("summary", "Synthèse", hint="ce que l'évaluation conclut, en quelques phrases"),
            FormField(
                "body_id",
                "Instance devant laquelle elle est présentée",
                "select",
                required=False,
                options=lambda c, a, n: [
                    ("", "non précisé"),
                    *((b.body_id, b.name) for b in c.latest_terms.governance_bodies),
                ],
            ),
            *(
                FormField(
                    kind.value,
                    wording.sentence(IMPACT_LABELS[kind]),
                    field_kind,
                    hint=f"facultatif — {unit}",
                    required=False,
                )
                for kind, field_kind, unit in IMPACT_FIELDS
            ),
            FormField(
                "vacance_depart",
                "Taux de vacance au départ",
                "number",
                hint="facultatif — % au début de la convention",
                required=False,
            ),
        ),
        run=_review,
        offered=lambda c, a: (
            _acts_for_a_party(c, a) and c.in_force_since is not None and bool(_review_kinds(c, a, {}))
        ),
    )
}


def _signed_avenants(convention: Convention, _: Actor, __: dict[UUID, str]) -> list[tuple[str, str]]:
    return [(str(a.number), f"Avenant n°{a.number}") for a in convention.avenants if a.signatures]


def _attach(
    ledger: ConventionLedger, convention: Convention, values: Submitted, actor: Actor
) -> CommandResult:
    kind = values.choice("kind", DocumentKind, "Document")
    filename, content = values.file("file", "Fichier")
    avenant = values.text("avenant_number")
    year = values.text("year")
    return ledger.documents.attach(
        convention.id,
        DocumentRequest(
            kind=kind,
            content=content,
            filename=filename,
            title=values.text("title"),
            avenant_number=values.integer("avenant_number", "Avenant") if avenant else None,
            # A deliberation is the actor's party's (as it records them).
            party_id=actor.party_id if kind is DocumentKind.DELIBERATION else None,
            year=values.integer("year", "Année du bilan") if year else None,
        ),
        actor,
    )


FORMS |= {
    "document": CommandForm(
        slug="document",
        title="Joindre un document",
        button="Joindre le document",
        done="Document joint : son empreinte est au registre.",
        fields=(
            FormField(
                "kind",
                "Document",
                "select",
                options=lambda c, a, n: [(k.value, wording.sentence(KIND_LABELS[k])) for k in DocumentKind],
            ),
            FormField(
                "file",
                "Fichier",
                "file",
                hint="PDF, Word, Excel, OpenDocument ou scan (JPEG, PNG, TIFF) ; 20 Mo au plus",
            ),
            FormField(
                "title",
                "Intitulé",
                hint="facultatif, ex. « exemplaire signé des deux parties »",
                required=False,
            ),
            FormField(
                "avenant_number",
                "Avenant",
                "select",
                hint="pour un avenant signé ou la délibération qui l'approuve",
                required=False,
                options=lambda c, a, n: [("", "—"), *_signed_avenants(c, a, n)],
            ),
            FormField("year", "Année du bilan", "number", hint="pour un bilan", required=False),
        ),
        run=_attach,
        offered=_acts_for_a_party,
    )
}
