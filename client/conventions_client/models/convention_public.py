from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convention_kind import ConventionKind
from ..models.convention_status import ConventionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adhesion_public import AdhesionPublic
    from ..models.annual_evaluation_public import AnnualEvaluationPublic
    from ..models.application_programme_public import ApplicationProgrammePublic
    from ..models.avenant_public import AvenantPublic
    from ..models.commune_agreement_public import CommuneAgreementPublic
    from ..models.deliberation_public import DeliberationPublic
    from ..models.delivery_public import DeliveryPublic
    from ..models.document_public import DocumentPublic
    from ..models.guarantee_grant_public import GuaranteeGrantPublic
    from ..models.guarantee_statement_public import GuaranteeStatementPublic
    from ..models.in_kind_realisation_public import InKindRealisationPublic
    from ..models.mobilisation_public import MobilisationPublic
    from ..models.operation_convention_public import OperationConventionPublic
    from ..models.payment_public import PaymentPublic
    from ..models.recovery_public import RecoveryPublic
    from ..models.review_public import ReviewPublic
    from ..models.signature_public import SignaturePublic
    from ..models.substitution_public import SubstitutionPublic
    from ..models.terms_public import TermsPublic


T = TypeVar("T", bound="ConventionPublic")


@_attrs_define
class ConventionPublic:
    """
    Attributes:
        adhesions (list[AdhesionPublic]):
        avenants (list[AvenantPublic]):
        concluded_on (datetime.date | None): The date of its last signature.
        deliberations (list[DeliberationPublic]):
        evaluations (list[AnnualEvaluationPublic]):
        guarantees (list[GuaranteeGrantPublic]):
        id (UUID):
        in_force_on (bool): Whether it applied on `terms_on`.
        in_force_since (datetime.date | None): The date it took effect: the later of its start and its last signature,
            unless its text sets one.
        kind (ConventionKind): The instruments of contractualisation described by the FOPH guide (2021).
        payments (list[PaymentPublic]):
        predecessor_id (None | UUID):
        programmes (list[ApplicationProgrammePublic]):
        reviews (list[ReviewPublic]):
        signatures (list[SignaturePublic]):
        standing_on (str): What it was on `terms_on`, in French.
        status (ConventionStatus):
        status_reason (None | str):
        status_since (datetime.date | None):
        successor_id (None | UUID):
        superseded_evaluations (list[AnnualEvaluationPublic]):
        terms (TermsPublic):
        terms_as_drafted (TermsPublic):
        terms_on (datetime.date): Date on which `terms` are the terms in force.
        terms_revision (int): Revision of the drafted terms (each change of the draft is one).
        version (int):
        warnings (list[str]):
        commune_agreements (list[CommuneAgreementPublic] | Unset):
        deliveries (list[DeliveryPublic] | Unset): Dwellings delivered under per-dwelling grants: what they are owed
            follows.
        documents (list[DocumentPublic] | Unset): The signed convention, avenants, deliberations and bilans attached.
        guarantee_statements (list[GuaranteeStatementPublic] | Unset): Capital outstanding on the guaranteed loans, year
            by year.
        in_kind (list[InKindRealisationPublic] | Unset): Contreparties given in kind (parcels sold, leased, lent,
            serviced) at their valuation.
        mobilisations (list[MobilisationPublic] | Unset): What decisions drew on the conditional envelopes: owed from
            then on.
        operation_conventions (list[OperationConventionPublic] | Unset): A convention cadre's conventions d'opération,
            one per operation opened.
        recoveries (list[RecoveryPublic] | Unset): Money that went back (reversements): neither paid nor owed any more.
        status_decided_by (None | Unset | UUID):
        status_deliberation (None | str | Unset):
        substitutions (list[SubstitutionPublic] | Unset):
        voided_signatures (list[SignaturePublic] | Unset): Signatures given to earlier terms, voided when the draft
            changed.
    """

    adhesions: list[AdhesionPublic]
    avenants: list[AvenantPublic]
    concluded_on: datetime.date | None
    deliberations: list[DeliberationPublic]
    evaluations: list[AnnualEvaluationPublic]
    guarantees: list[GuaranteeGrantPublic]
    id: UUID
    in_force_on: bool
    in_force_since: datetime.date | None
    kind: ConventionKind
    payments: list[PaymentPublic]
    predecessor_id: None | UUID
    programmes: list[ApplicationProgrammePublic]
    reviews: list[ReviewPublic]
    signatures: list[SignaturePublic]
    standing_on: str
    status: ConventionStatus
    status_reason: None | str
    status_since: datetime.date | None
    successor_id: None | UUID
    superseded_evaluations: list[AnnualEvaluationPublic]
    terms: TermsPublic
    terms_as_drafted: TermsPublic
    terms_on: datetime.date
    terms_revision: int
    version: int
    warnings: list[str]
    commune_agreements: list[CommuneAgreementPublic] | Unset = UNSET
    deliveries: list[DeliveryPublic] | Unset = UNSET
    documents: list[DocumentPublic] | Unset = UNSET
    guarantee_statements: list[GuaranteeStatementPublic] | Unset = UNSET
    in_kind: list[InKindRealisationPublic] | Unset = UNSET
    mobilisations: list[MobilisationPublic] | Unset = UNSET
    operation_conventions: list[OperationConventionPublic] | Unset = UNSET
    recoveries: list[RecoveryPublic] | Unset = UNSET
    status_decided_by: None | Unset | UUID = UNSET
    status_deliberation: None | str | Unset = UNSET
    substitutions: list[SubstitutionPublic] | Unset = UNSET
    voided_signatures: list[SignaturePublic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        adhesions = []
        for adhesions_item_data in self.adhesions:
            adhesions_item = adhesions_item_data.to_dict()
            adhesions.append(adhesions_item)

        avenants = []
        for avenants_item_data in self.avenants:
            avenants_item = avenants_item_data.to_dict()
            avenants.append(avenants_item)

        concluded_on: None | str
        if isinstance(self.concluded_on, datetime.date):
            concluded_on = self.concluded_on.isoformat()
        else:
            concluded_on = self.concluded_on

        deliberations = []
        for deliberations_item_data in self.deliberations:
            deliberations_item = deliberations_item_data.to_dict()
            deliberations.append(deliberations_item)

        evaluations = []
        for evaluations_item_data in self.evaluations:
            evaluations_item = evaluations_item_data.to_dict()
            evaluations.append(evaluations_item)

        guarantees = []
        for guarantees_item_data in self.guarantees:
            guarantees_item = guarantees_item_data.to_dict()
            guarantees.append(guarantees_item)

        id = str(self.id)

        in_force_on = self.in_force_on

        in_force_since: None | str
        if isinstance(self.in_force_since, datetime.date):
            in_force_since = self.in_force_since.isoformat()
        else:
            in_force_since = self.in_force_since

        kind = self.kind.value

        payments = []
        for payments_item_data in self.payments:
            payments_item = payments_item_data.to_dict()
            payments.append(payments_item)

        predecessor_id: None | str
        if isinstance(self.predecessor_id, UUID):
            predecessor_id = str(self.predecessor_id)
        else:
            predecessor_id = self.predecessor_id

        programmes = []
        for programmes_item_data in self.programmes:
            programmes_item = programmes_item_data.to_dict()
            programmes.append(programmes_item)

        reviews = []
        for reviews_item_data in self.reviews:
            reviews_item = reviews_item_data.to_dict()
            reviews.append(reviews_item)

        signatures = []
        for signatures_item_data in self.signatures:
            signatures_item = signatures_item_data.to_dict()
            signatures.append(signatures_item)

        standing_on = self.standing_on

        status = self.status.value

        status_reason: None | str
        status_reason = self.status_reason

        status_since: None | str
        if isinstance(self.status_since, datetime.date):
            status_since = self.status_since.isoformat()
        else:
            status_since = self.status_since

        successor_id: None | str
        if isinstance(self.successor_id, UUID):
            successor_id = str(self.successor_id)
        else:
            successor_id = self.successor_id

        superseded_evaluations = []
        for superseded_evaluations_item_data in self.superseded_evaluations:
            superseded_evaluations_item = superseded_evaluations_item_data.to_dict()
            superseded_evaluations.append(superseded_evaluations_item)

        terms = self.terms.to_dict()

        terms_as_drafted = self.terms_as_drafted.to_dict()

        terms_on = self.terms_on.isoformat()

        terms_revision = self.terms_revision

        version = self.version

        warnings = self.warnings

        commune_agreements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commune_agreements, Unset):
            commune_agreements = []
            for commune_agreements_item_data in self.commune_agreements:
                commune_agreements_item = commune_agreements_item_data.to_dict()
                commune_agreements.append(commune_agreements_item)

        deliveries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deliveries, Unset):
            deliveries = []
            for deliveries_item_data in self.deliveries:
                deliveries_item = deliveries_item_data.to_dict()
                deliveries.append(deliveries_item)

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        guarantee_statements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.guarantee_statements, Unset):
            guarantee_statements = []
            for guarantee_statements_item_data in self.guarantee_statements:
                guarantee_statements_item = guarantee_statements_item_data.to_dict()
                guarantee_statements.append(guarantee_statements_item)

        in_kind: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.in_kind, Unset):
            in_kind = []
            for in_kind_item_data in self.in_kind:
                in_kind_item = in_kind_item_data.to_dict()
                in_kind.append(in_kind_item)

        mobilisations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mobilisations, Unset):
            mobilisations = []
            for mobilisations_item_data in self.mobilisations:
                mobilisations_item = mobilisations_item_data.to_dict()
                mobilisations.append(mobilisations_item)

        operation_conventions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.operation_conventions, Unset):
            operation_conventions = []
            for operation_conventions_item_data in self.operation_conventions:
                operation_conventions_item = operation_conventions_item_data.to_dict()
                operation_conventions.append(operation_conventions_item)

        recoveries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recoveries, Unset):
            recoveries = []
            for recoveries_item_data in self.recoveries:
                recoveries_item = recoveries_item_data.to_dict()
                recoveries.append(recoveries_item)

        status_decided_by: None | str | Unset
        if isinstance(self.status_decided_by, Unset):
            status_decided_by = UNSET
        elif isinstance(self.status_decided_by, UUID):
            status_decided_by = str(self.status_decided_by)
        else:
            status_decided_by = self.status_decided_by

        status_deliberation: None | str | Unset
        if isinstance(self.status_deliberation, Unset):
            status_deliberation = UNSET
        else:
            status_deliberation = self.status_deliberation

        substitutions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.substitutions, Unset):
            substitutions = []
            for substitutions_item_data in self.substitutions:
                substitutions_item = substitutions_item_data.to_dict()
                substitutions.append(substitutions_item)

        voided_signatures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.voided_signatures, Unset):
            voided_signatures = []
            for voided_signatures_item_data in self.voided_signatures:
                voided_signatures_item = voided_signatures_item_data.to_dict()
                voided_signatures.append(voided_signatures_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "adhesions": adhesions,
                "avenants": avenants,
                "concluded_on": concluded_on,
                "deliberations": deliberations,
                "evaluations": evaluations,
                "guarantees": guarantees,
                "id": id,
                "in_force_on": in_force_on,
                "in_force_since": in_force_since,
                "kind": kind,
                "payments": payments,
                "predecessor_id": predecessor_id,
                "programmes": programmes,
                "reviews": reviews,
                "signatures": signatures,
                "standing_on": standing_on,
                "status": status,
                "status_reason": status_reason,
                "status_since": status_since,
                "successor_id": successor_id,
                "superseded_evaluations": superseded_evaluations,
                "terms": terms,
                "terms_as_drafted": terms_as_drafted,
                "terms_on": terms_on,
                "terms_revision": terms_revision,
                "version": version,
                "warnings": warnings,
            }
        )
        if commune_agreements is not UNSET:
            field_dict["commune_agreements"] = commune_agreements
        if deliveries is not UNSET:
            field_dict["deliveries"] = deliveries
        if documents is not UNSET:
            field_dict["documents"] = documents
        if guarantee_statements is not UNSET:
            field_dict["guarantee_statements"] = guarantee_statements
        if in_kind is not UNSET:
            field_dict["in_kind"] = in_kind
        if mobilisations is not UNSET:
            field_dict["mobilisations"] = mobilisations
        if operation_conventions is not UNSET:
            field_dict["operation_conventions"] = operation_conventions
        if recoveries is not UNSET:
            field_dict["recoveries"] = recoveries
        if status_decided_by is not UNSET:
            field_dict["status_decided_by"] = status_decided_by
        if status_deliberation is not UNSET:
            field_dict["status_deliberation"] = status_deliberation
        if substitutions is not UNSET:
            field_dict["substitutions"] = substitutions
        if voided_signatures is not UNSET:
            field_dict["voided_signatures"] = voided_signatures

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.adhesion_public import AdhesionPublic  # noqa: PLC0415
        from ..models.annual_evaluation_public import AnnualEvaluationPublic  # noqa: PLC0415
        from ..models.application_programme_public import ApplicationProgrammePublic  # noqa: PLC0415
        from ..models.avenant_public import AvenantPublic  # noqa: PLC0415
        from ..models.commune_agreement_public import CommuneAgreementPublic  # noqa: PLC0415
        from ..models.deliberation_public import DeliberationPublic  # noqa: PLC0415
        from ..models.delivery_public import DeliveryPublic  # noqa: PLC0415
        from ..models.document_public import DocumentPublic  # noqa: PLC0415
        from ..models.guarantee_grant_public import GuaranteeGrantPublic  # noqa: PLC0415
        from ..models.guarantee_statement_public import GuaranteeStatementPublic  # noqa: PLC0415
        from ..models.in_kind_realisation_public import InKindRealisationPublic  # noqa: PLC0415
        from ..models.mobilisation_public import MobilisationPublic  # noqa: PLC0415
        from ..models.operation_convention_public import OperationConventionPublic  # noqa: PLC0415
        from ..models.payment_public import PaymentPublic  # noqa: PLC0415
        from ..models.recovery_public import RecoveryPublic  # noqa: PLC0415
        from ..models.review_public import ReviewPublic  # noqa: PLC0415
        from ..models.signature_public import SignaturePublic  # noqa: PLC0415
        from ..models.substitution_public import SubstitutionPublic  # noqa: PLC0415
        from ..models.terms_public import TermsPublic  # noqa: PLC0415

        d = dict(src_dict)
        adhesions = []
        _adhesions = d.pop("adhesions")
        for adhesions_item_data in _adhesions:
            adhesions_item = AdhesionPublic.from_dict(adhesions_item_data)

            adhesions.append(adhesions_item)

        avenants = []
        _avenants = d.pop("avenants")
        for avenants_item_data in _avenants:
            avenants_item = AvenantPublic.from_dict(avenants_item_data)

            avenants.append(avenants_item)

        def _parse_concluded_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                concluded_on_type_0 = datetime.date.fromisoformat(data)

                return concluded_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        concluded_on = _parse_concluded_on(d.pop("concluded_on"))

        deliberations = []
        _deliberations = d.pop("deliberations")
        for deliberations_item_data in _deliberations:
            deliberations_item = DeliberationPublic.from_dict(deliberations_item_data)

            deliberations.append(deliberations_item)

        evaluations = []
        _evaluations = d.pop("evaluations")
        for evaluations_item_data in _evaluations:
            evaluations_item = AnnualEvaluationPublic.from_dict(evaluations_item_data)

            evaluations.append(evaluations_item)

        guarantees = []
        _guarantees = d.pop("guarantees")
        for guarantees_item_data in _guarantees:
            guarantees_item = GuaranteeGrantPublic.from_dict(guarantees_item_data)

            guarantees.append(guarantees_item)

        id = UUID(d.pop("id"))

        in_force_on = d.pop("in_force_on")

        def _parse_in_force_since(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                in_force_since_type_0 = datetime.date.fromisoformat(data)

                return in_force_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        in_force_since = _parse_in_force_since(d.pop("in_force_since"))

        kind = ConventionKind(d.pop("kind"))

        payments = []
        _payments = d.pop("payments")
        for payments_item_data in _payments:
            payments_item = PaymentPublic.from_dict(payments_item_data)

            payments.append(payments_item)

        def _parse_predecessor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                predecessor_id_type_0 = UUID(data)

                return predecessor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        predecessor_id = _parse_predecessor_id(d.pop("predecessor_id"))

        programmes = []
        _programmes = d.pop("programmes")
        for programmes_item_data in _programmes:
            programmes_item = ApplicationProgrammePublic.from_dict(programmes_item_data)

            programmes.append(programmes_item)

        reviews = []
        _reviews = d.pop("reviews")
        for reviews_item_data in _reviews:
            reviews_item = ReviewPublic.from_dict(reviews_item_data)

            reviews.append(reviews_item)

        signatures = []
        _signatures = d.pop("signatures")
        for signatures_item_data in _signatures:
            signatures_item = SignaturePublic.from_dict(signatures_item_data)

            signatures.append(signatures_item)

        standing_on = d.pop("standing_on")

        status = ConventionStatus(d.pop("status"))

        def _parse_status_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_reason = _parse_status_reason(d.pop("status_reason"))

        def _parse_status_since(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_since_type_0 = datetime.date.fromisoformat(data)

                return status_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        status_since = _parse_status_since(d.pop("status_since"))

        def _parse_successor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                successor_id_type_0 = UUID(data)

                return successor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        successor_id = _parse_successor_id(d.pop("successor_id"))

        superseded_evaluations = []
        _superseded_evaluations = d.pop("superseded_evaluations")
        for superseded_evaluations_item_data in _superseded_evaluations:
            superseded_evaluations_item = AnnualEvaluationPublic.from_dict(
                superseded_evaluations_item_data
            )

            superseded_evaluations.append(superseded_evaluations_item)

        terms = TermsPublic.from_dict(d.pop("terms"))

        terms_as_drafted = TermsPublic.from_dict(d.pop("terms_as_drafted"))

        terms_on = datetime.date.fromisoformat(d.pop("terms_on"))

        terms_revision = d.pop("terms_revision")

        version = d.pop("version")

        warnings = cast(list[str], d.pop("warnings"))

        _commune_agreements = d.pop("commune_agreements", UNSET)
        commune_agreements: list[CommuneAgreementPublic] | Unset = UNSET
        if _commune_agreements is not UNSET:
            commune_agreements = []
            for commune_agreements_item_data in _commune_agreements:
                commune_agreements_item = CommuneAgreementPublic.from_dict(
                    commune_agreements_item_data
                )

                commune_agreements.append(commune_agreements_item)

        _deliveries = d.pop("deliveries", UNSET)
        deliveries: list[DeliveryPublic] | Unset = UNSET
        if _deliveries is not UNSET:
            deliveries = []
            for deliveries_item_data in _deliveries:
                deliveries_item = DeliveryPublic.from_dict(deliveries_item_data)

                deliveries.append(deliveries_item)

        _documents = d.pop("documents", UNSET)
        documents: list[DocumentPublic] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = DocumentPublic.from_dict(documents_item_data)

                documents.append(documents_item)

        _guarantee_statements = d.pop("guarantee_statements", UNSET)
        guarantee_statements: list[GuaranteeStatementPublic] | Unset = UNSET
        if _guarantee_statements is not UNSET:
            guarantee_statements = []
            for guarantee_statements_item_data in _guarantee_statements:
                guarantee_statements_item = GuaranteeStatementPublic.from_dict(
                    guarantee_statements_item_data
                )

                guarantee_statements.append(guarantee_statements_item)

        _in_kind = d.pop("in_kind", UNSET)
        in_kind: list[InKindRealisationPublic] | Unset = UNSET
        if _in_kind is not UNSET:
            in_kind = []
            for in_kind_item_data in _in_kind:
                in_kind_item = InKindRealisationPublic.from_dict(in_kind_item_data)

                in_kind.append(in_kind_item)

        _mobilisations = d.pop("mobilisations", UNSET)
        mobilisations: list[MobilisationPublic] | Unset = UNSET
        if _mobilisations is not UNSET:
            mobilisations = []
            for mobilisations_item_data in _mobilisations:
                mobilisations_item = MobilisationPublic.from_dict(
                    mobilisations_item_data
                )

                mobilisations.append(mobilisations_item)

        _operation_conventions = d.pop("operation_conventions", UNSET)
        operation_conventions: list[OperationConventionPublic] | Unset = UNSET
        if _operation_conventions is not UNSET:
            operation_conventions = []
            for operation_conventions_item_data in _operation_conventions:
                operation_conventions_item = OperationConventionPublic.from_dict(
                    operation_conventions_item_data
                )

                operation_conventions.append(operation_conventions_item)

        _recoveries = d.pop("recoveries", UNSET)
        recoveries: list[RecoveryPublic] | Unset = UNSET
        if _recoveries is not UNSET:
            recoveries = []
            for recoveries_item_data in _recoveries:
                recoveries_item = RecoveryPublic.from_dict(recoveries_item_data)

                recoveries.append(recoveries_item)

        def _parse_status_decided_by(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_decided_by_type_0 = UUID(data)

                return status_decided_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        status_decided_by = _parse_status_decided_by(d.pop("status_decided_by", UNSET))

        def _parse_status_deliberation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_deliberation = _parse_status_deliberation(
            d.pop("status_deliberation", UNSET)
        )

        _substitutions = d.pop("substitutions", UNSET)
        substitutions: list[SubstitutionPublic] | Unset = UNSET
        if _substitutions is not UNSET:
            substitutions = []
            for substitutions_item_data in _substitutions:
                substitutions_item = SubstitutionPublic.from_dict(
                    substitutions_item_data
                )

                substitutions.append(substitutions_item)

        _voided_signatures = d.pop("voided_signatures", UNSET)
        voided_signatures: list[SignaturePublic] | Unset = UNSET
        if _voided_signatures is not UNSET:
            voided_signatures = []
            for voided_signatures_item_data in _voided_signatures:
                voided_signatures_item = SignaturePublic.from_dict(
                    voided_signatures_item_data
                )

                voided_signatures.append(voided_signatures_item)

        convention_public = cls(
            adhesions=adhesions,
            avenants=avenants,
            concluded_on=concluded_on,
            deliberations=deliberations,
            evaluations=evaluations,
            guarantees=guarantees,
            id=id,
            in_force_on=in_force_on,
            in_force_since=in_force_since,
            kind=kind,
            payments=payments,
            predecessor_id=predecessor_id,
            programmes=programmes,
            reviews=reviews,
            signatures=signatures,
            standing_on=standing_on,
            status=status,
            status_reason=status_reason,
            status_since=status_since,
            successor_id=successor_id,
            superseded_evaluations=superseded_evaluations,
            terms=terms,
            terms_as_drafted=terms_as_drafted,
            terms_on=terms_on,
            terms_revision=terms_revision,
            version=version,
            warnings=warnings,
            commune_agreements=commune_agreements,
            deliveries=deliveries,
            documents=documents,
            guarantee_statements=guarantee_statements,
            in_kind=in_kind,
            mobilisations=mobilisations,
            operation_conventions=operation_conventions,
            recoveries=recoveries,
            status_decided_by=status_decided_by,
            status_deliberation=status_deliberation,
            substitutions=substitutions,
            voided_signatures=voided_signatures,
        )

        convention_public.additional_properties = d
        return convention_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
