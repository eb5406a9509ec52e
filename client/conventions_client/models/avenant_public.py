from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.avenant_status import AvenantStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_party_public import AddPartyPublic
    from ..models.change_period_public import ChangePeriodPublic
    from ..models.remove_party_public import RemovePartyPublic
    from ..models.set_axis_public import SetAxisPublic
    from ..models.set_charte_levels_public import SetCharteLevelsPublic
    from ..models.set_commitment_public import SetCommitmentPublic
    from ..models.set_contrepartie_public import SetContrepartiePublic
    from ..models.set_evaluation_scheme_public import SetEvaluationSchemePublic
    from ..models.set_framework_public import SetFrameworkPublic
    from ..models.set_governance_body_public import SetGovernanceBodyPublic
    from ..models.set_operation_public import SetOperationPublic
    from ..models.signature_public import SignaturePublic
    from ..models.withdraw_commitment_public import WithdrawCommitmentPublic
    from ..models.withdraw_contrepartie_public import WithdrawContrepartiePublic
    from ..models.withdraw_framework_public import WithdrawFrameworkPublic
    from ..models.withdraw_operation_public import WithdrawOperationPublic


T = TypeVar("T", bound="AvenantPublic")


@_attrs_define
class AvenantPublic:
    """
    Attributes:
        changes (list[AddPartyPublic | ChangePeriodPublic | RemovePartyPublic | SetAxisPublic | SetCharteLevelsPublic |
            SetCommitmentPublic | SetContrepartiePublic | SetEvaluationSchemePublic | SetFrameworkPublic |
            SetGovernanceBodyPublic | SetOperationPublic | WithdrawCommitmentPublic | WithdrawContrepartiePublic |
            WithdrawFrameworkPublic | WithdrawOperationPublic]):
        effective_on (datetime.date):
        number (int):
        proposed_on (datetime.date):
        reason (str):
        signatories (list[UUID]):
        fingerprint (None | str | Unset):
        signatures (list[SignaturePublic] | Unset):
        status (AvenantStatus | Unset):
    """

    changes: list[
        AddPartyPublic
        | ChangePeriodPublic
        | RemovePartyPublic
        | SetAxisPublic
        | SetCharteLevelsPublic
        | SetCommitmentPublic
        | SetContrepartiePublic
        | SetEvaluationSchemePublic
        | SetFrameworkPublic
        | SetGovernanceBodyPublic
        | SetOperationPublic
        | WithdrawCommitmentPublic
        | WithdrawContrepartiePublic
        | WithdrawFrameworkPublic
        | WithdrawOperationPublic
    ]
    effective_on: datetime.date
    number: int
    proposed_on: datetime.date
    reason: str
    signatories: list[UUID]
    fingerprint: None | str | Unset = UNSET
    signatures: list[SignaturePublic] | Unset = UNSET
    status: AvenantStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.add_party_public import AddPartyPublic  # noqa: PLC0415
        from ..models.change_period_public import ChangePeriodPublic  # noqa: PLC0415
        from ..models.remove_party_public import RemovePartyPublic  # noqa: PLC0415
        from ..models.set_axis_public import SetAxisPublic  # noqa: PLC0415
        from ..models.set_charte_levels_public import SetCharteLevelsPublic  # noqa: PLC0415
        from ..models.set_commitment_public import SetCommitmentPublic  # noqa: PLC0415
        from ..models.set_contrepartie_public import SetContrepartiePublic  # noqa: PLC0415
        from ..models.set_evaluation_scheme_public import SetEvaluationSchemePublic  # noqa: PLC0415
        from ..models.set_framework_public import SetFrameworkPublic  # noqa: PLC0415
        from ..models.set_governance_body_public import SetGovernanceBodyPublic  # noqa: PLC0415
        from ..models.set_operation_public import SetOperationPublic  # noqa: PLC0415
        from ..models.withdraw_commitment_public import WithdrawCommitmentPublic  # noqa: PLC0415
        from ..models.withdraw_contrepartie_public import WithdrawContrepartiePublic  # noqa: PLC0415
        from ..models.withdraw_operation_public import WithdrawOperationPublic  # noqa: PLC0415

        changes = []
        for changes_item_data in self.changes:
            changes_item: dict[str, Any]
            if isinstance(changes_item_data, AddPartyPublic):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, RemovePartyPublic):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, SetAxisPublic):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, SetCommitmentPublic):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, WithdrawCommitmentPublic):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, SetContrepartiePublic):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, WithdrawContrepartiePublic):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, SetGovernanceBodyPublic):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, SetEvaluationSchemePublic):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, ChangePeriodPublic):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, SetOperationPublic):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, WithdrawOperationPublic):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, SetCharteLevelsPublic):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, SetFrameworkPublic):
                changes_item = changes_item_data.to_dict()
            else:
                changes_item = changes_item_data.to_dict()

            changes.append(changes_item)

        effective_on = self.effective_on.isoformat()

        number = self.number

        proposed_on = self.proposed_on.isoformat()

        reason = self.reason

        signatories = []
        for signatories_item_data in self.signatories:
            signatories_item = str(signatories_item_data)
            signatories.append(signatories_item)

        fingerprint: None | str | Unset
        if isinstance(self.fingerprint, Unset):
            fingerprint = UNSET
        else:
            fingerprint = self.fingerprint

        signatures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.signatures, Unset):
            signatures = []
            for signatures_item_data in self.signatures:
                signatures_item = signatures_item_data.to_dict()
                signatures.append(signatures_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changes": changes,
                "effective_on": effective_on,
                "number": number,
                "proposed_on": proposed_on,
                "reason": reason,
                "signatories": signatories,
            }
        )
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if signatures is not UNSET:
            field_dict["signatures"] = signatures
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.add_party_public import AddPartyPublic  # noqa: PLC0415
        from ..models.change_period_public import ChangePeriodPublic  # noqa: PLC0415
        from ..models.remove_party_public import RemovePartyPublic  # noqa: PLC0415
        from ..models.set_axis_public import SetAxisPublic  # noqa: PLC0415
        from ..models.set_charte_levels_public import SetCharteLevelsPublic  # noqa: PLC0415
        from ..models.set_commitment_public import SetCommitmentPublic  # noqa: PLC0415
        from ..models.set_contrepartie_public import SetContrepartiePublic  # noqa: PLC0415
        from ..models.set_evaluation_scheme_public import SetEvaluationSchemePublic  # noqa: PLC0415
        from ..models.set_framework_public import SetFrameworkPublic  # noqa: PLC0415
        from ..models.set_governance_body_public import SetGovernanceBodyPublic  # noqa: PLC0415
        from ..models.set_operation_public import SetOperationPublic  # noqa: PLC0415
        from ..models.signature_public import SignaturePublic  # noqa: PLC0415
        from ..models.withdraw_commitment_public import WithdrawCommitmentPublic  # noqa: PLC0415
        from ..models.withdraw_contrepartie_public import WithdrawContrepartiePublic  # noqa: PLC0415
        from ..models.withdraw_framework_public import WithdrawFrameworkPublic  # noqa: PLC0415
        from ..models.withdraw_operation_public import WithdrawOperationPublic  # noqa: PLC0415

        d = dict(src_dict)
        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:

            def _parse_changes_item(
                data: object,
            ) -> (
                AddPartyPublic
                | ChangePeriodPublic
                | RemovePartyPublic
                | SetAxisPublic
                | SetCharteLevelsPublic
                | SetCommitmentPublic
                | SetContrepartiePublic
                | SetEvaluationSchemePublic
                | SetFrameworkPublic
                | SetGovernanceBodyPublic
                | SetOperationPublic
                | WithdrawCommitmentPublic
                | WithdrawContrepartiePublic
                | WithdrawFrameworkPublic
                | WithdrawOperationPublic
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_0 = AddPartyPublic.from_dict(data)

                    return changes_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_1 = RemovePartyPublic.from_dict(data)

                    return changes_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_2 = SetAxisPublic.from_dict(data)

                    return changes_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_3 = SetCommitmentPublic.from_dict(data)

                    return changes_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_4 = WithdrawCommitmentPublic.from_dict(data)

                    return changes_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_5 = SetContrepartiePublic.from_dict(data)

                    return changes_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_6 = WithdrawContrepartiePublic.from_dict(data)

                    return changes_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_7 = SetGovernanceBodyPublic.from_dict(data)

                    return changes_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_8 = SetEvaluationSchemePublic.from_dict(data)

                    return changes_item_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_9 = ChangePeriodPublic.from_dict(data)

                    return changes_item_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_10 = SetOperationPublic.from_dict(data)

                    return changes_item_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_11 = WithdrawOperationPublic.from_dict(data)

                    return changes_item_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_12 = SetCharteLevelsPublic.from_dict(data)

                    return changes_item_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_13 = SetFrameworkPublic.from_dict(data)

                    return changes_item_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                changes_item_type_14 = WithdrawFrameworkPublic.from_dict(data)

                return changes_item_type_14

            changes_item = _parse_changes_item(changes_item_data)

            changes.append(changes_item)

        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        number = d.pop("number")

        proposed_on = datetime.date.fromisoformat(d.pop("proposed_on"))

        reason = d.pop("reason")

        signatories = []
        _signatories = d.pop("signatories")
        for signatories_item_data in _signatories:
            signatories_item = UUID(signatories_item_data)

            signatories.append(signatories_item)

        def _parse_fingerprint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fingerprint = _parse_fingerprint(d.pop("fingerprint", UNSET))

        _signatures = d.pop("signatures", UNSET)
        signatures: list[SignaturePublic] | Unset = UNSET
        if _signatures is not UNSET:
            signatures = []
            for signatures_item_data in _signatures:
                signatures_item = SignaturePublic.from_dict(signatures_item_data)

                signatures.append(signatures_item)

        _status = d.pop("status", UNSET)
        status: AvenantStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AvenantStatus(_status)

        avenant_public = cls(
            changes=changes,
            effective_on=effective_on,
            number=number,
            proposed_on=proposed_on,
            reason=reason,
            signatories=signatories,
            fingerprint=fingerprint,
            signatures=signatures,
            status=status,
        )

        avenant_public.additional_properties = d
        return avenant_public

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
