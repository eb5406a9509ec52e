from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.add_party_in import AddPartyIn
    from ..models.change_period_in import ChangePeriodIn
    from ..models.remove_party_in import RemovePartyIn
    from ..models.set_axis_in import SetAxisIn
    from ..models.set_charte_levels_in import SetCharteLevelsIn
    from ..models.set_commitment_in import SetCommitmentIn
    from ..models.set_contrepartie_in import SetContrepartieIn
    from ..models.set_evaluation_scheme_in import SetEvaluationSchemeIn
    from ..models.set_framework_in import SetFrameworkIn
    from ..models.set_governance_body_in import SetGovernanceBodyIn
    from ..models.set_operation_in import SetOperationIn
    from ..models.withdraw_commitment_in import WithdrawCommitmentIn
    from ..models.withdraw_contrepartie_in import WithdrawContrepartieIn
    from ..models.withdraw_framework_in import WithdrawFrameworkIn
    from ..models.withdraw_operation_in import WithdrawOperationIn


T = TypeVar("T", bound="AvenantCreate")


@_attrs_define
class AvenantCreate:
    """
    Attributes:
        changes (list[AddPartyIn | ChangePeriodIn | RemovePartyIn | SetAxisIn | SetCharteLevelsIn | SetCommitmentIn |
            SetContrepartieIn | SetEvaluationSchemeIn | SetFrameworkIn | SetGovernanceBodyIn | SetOperationIn |
            WithdrawCommitmentIn | WithdrawContrepartieIn | WithdrawFrameworkIn | WithdrawOperationIn]):
        effective_on (datetime.date):
        proposed_on (datetime.date):
        reason (str):
    """

    changes: list[
        AddPartyIn
        | ChangePeriodIn
        | RemovePartyIn
        | SetAxisIn
        | SetCharteLevelsIn
        | SetCommitmentIn
        | SetContrepartieIn
        | SetEvaluationSchemeIn
        | SetFrameworkIn
        | SetGovernanceBodyIn
        | SetOperationIn
        | WithdrawCommitmentIn
        | WithdrawContrepartieIn
        | WithdrawFrameworkIn
        | WithdrawOperationIn
    ]
    effective_on: datetime.date
    proposed_on: datetime.date
    reason: str

    def to_dict(self) -> dict[str, Any]:
        from ..models.add_party_in import AddPartyIn  # noqa: PLC0415
        from ..models.change_period_in import ChangePeriodIn  # noqa: PLC0415
        from ..models.remove_party_in import RemovePartyIn  # noqa: PLC0415
        from ..models.set_axis_in import SetAxisIn  # noqa: PLC0415
        from ..models.set_charte_levels_in import SetCharteLevelsIn  # noqa: PLC0415
        from ..models.set_commitment_in import SetCommitmentIn  # noqa: PLC0415
        from ..models.set_contrepartie_in import SetContrepartieIn  # noqa: PLC0415
        from ..models.set_evaluation_scheme_in import SetEvaluationSchemeIn  # noqa: PLC0415
        from ..models.set_framework_in import SetFrameworkIn  # noqa: PLC0415
        from ..models.set_governance_body_in import SetGovernanceBodyIn  # noqa: PLC0415
        from ..models.set_operation_in import SetOperationIn  # noqa: PLC0415
        from ..models.withdraw_commitment_in import WithdrawCommitmentIn  # noqa: PLC0415
        from ..models.withdraw_contrepartie_in import WithdrawContrepartieIn  # noqa: PLC0415
        from ..models.withdraw_operation_in import WithdrawOperationIn  # noqa: PLC0415

        changes = []
        for changes_item_data in self.changes:
            changes_item: dict[str, Any]
            if isinstance(changes_item_data, AddPartyIn):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, RemovePartyIn):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, SetAxisIn):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, SetCommitmentIn):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, WithdrawCommitmentIn):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, SetContrepartieIn):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, WithdrawContrepartieIn):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, SetGovernanceBodyIn):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, SetEvaluationSchemeIn):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, ChangePeriodIn):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, SetOperationIn):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, WithdrawOperationIn):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, SetCharteLevelsIn):
                changes_item = changes_item_data.to_dict()
            elif isinstance(changes_item_data, SetFrameworkIn):
                changes_item = changes_item_data.to_dict()
            else:
                changes_item = changes_item_data.to_dict()

            changes.append(changes_item)

        effective_on = self.effective_on.isoformat()

        proposed_on = self.proposed_on.isoformat()

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "changes": changes,
                "effective_on": effective_on,
                "proposed_on": proposed_on,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.add_party_in import AddPartyIn  # noqa: PLC0415
        from ..models.change_period_in import ChangePeriodIn  # noqa: PLC0415
        from ..models.remove_party_in import RemovePartyIn  # noqa: PLC0415
        from ..models.set_axis_in import SetAxisIn  # noqa: PLC0415
        from ..models.set_charte_levels_in import SetCharteLevelsIn  # noqa: PLC0415
        from ..models.set_commitment_in import SetCommitmentIn  # noqa: PLC0415
        from ..models.set_contrepartie_in import SetContrepartieIn  # noqa: PLC0415
        from ..models.set_evaluation_scheme_in import SetEvaluationSchemeIn  # noqa: PLC0415
        from ..models.set_framework_in import SetFrameworkIn  # noqa: PLC0415
        from ..models.set_governance_body_in import SetGovernanceBodyIn  # noqa: PLC0415
        from ..models.set_operation_in import SetOperationIn  # noqa: PLC0415
        from ..models.withdraw_commitment_in import WithdrawCommitmentIn  # noqa: PLC0415
        from ..models.withdraw_contrepartie_in import WithdrawContrepartieIn  # noqa: PLC0415
        from ..models.withdraw_framework_in import WithdrawFrameworkIn  # noqa: PLC0415
        from ..models.withdraw_operation_in import WithdrawOperationIn  # noqa: PLC0415

        d = dict(src_dict)
        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:

            def _parse_changes_item(
                data: object,
            ) -> (
                AddPartyIn
                | ChangePeriodIn
                | RemovePartyIn
                | SetAxisIn
                | SetCharteLevelsIn
                | SetCommitmentIn
                | SetContrepartieIn
                | SetEvaluationSchemeIn
                | SetFrameworkIn
                | SetGovernanceBodyIn
                | SetOperationIn
                | WithdrawCommitmentIn
                | WithdrawContrepartieIn
                | WithdrawFrameworkIn
                | WithdrawOperationIn
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_0 = AddPartyIn.from_dict(data)

                    return changes_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_1 = RemovePartyIn.from_dict(data)

                    return changes_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_2 = SetAxisIn.from_dict(data)

                    return changes_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_3 = SetCommitmentIn.from_dict(data)

                    return changes_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_4 = WithdrawCommitmentIn.from_dict(data)

                    return changes_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_5 = SetContrepartieIn.from_dict(data)

                    return changes_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_6 = WithdrawContrepartieIn.from_dict(data)

                    return changes_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_7 = SetGovernanceBodyIn.from_dict(data)

                    return changes_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_8 = SetEvaluationSchemeIn.from_dict(data)

                    return changes_item_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_9 = ChangePeriodIn.from_dict(data)

                    return changes_item_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_10 = SetOperationIn.from_dict(data)

                    return changes_item_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_11 = WithdrawOperationIn.from_dict(data)

                    return changes_item_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_12 = SetCharteLevelsIn.from_dict(data)

                    return changes_item_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_13 = SetFrameworkIn.from_dict(data)

                    return changes_item_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                changes_item_type_14 = WithdrawFrameworkIn.from_dict(data)

                return changes_item_type_14

            changes_item = _parse_changes_item(changes_item_data)

            changes.append(changes_item)

        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        proposed_on = datetime.date.fromisoformat(d.pop("proposed_on"))

        reason = d.pop("reason")

        avenant_create = cls(
            changes=changes,
            effective_on=effective_on,
            proposed_on=proposed_on,
            reason=reason,
        )

        return avenant_create
