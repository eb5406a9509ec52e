from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.financial_line_public import FinancialLinePublic
    from ..models.indicator_value_public import IndicatorValuePublic
    from ..models.realised_action_public import RealisedActionPublic


T = TypeVar("T", bound="AnnualEvaluationPublic")


@_attrs_define
class AnnualEvaluationPublic:
    """
    Attributes:
        evaluated_on (datetime.date):
        values (list[IndicatorValuePublic]):
        year (int):
        actions (list[RealisedActionPublic] | Unset):
        comments (str | Unset):  Default: ''.
        correction_reason (None | str | Unset):
        financial_bilan (list[FinancialLinePublic] | Unset):
        landlord_financials (list[FinancialLinePublic] | Unset):
        recorded_by (None | Unset | UUID):
        revision (int | Unset):  Default: 1.
        validated_by (None | str | Unset):
        validated_on (datetime.date | None | Unset):
    """

    evaluated_on: datetime.date
    values: list[IndicatorValuePublic]
    year: int
    actions: list[RealisedActionPublic] | Unset = UNSET
    comments: str | Unset = ""
    correction_reason: None | str | Unset = UNSET
    financial_bilan: list[FinancialLinePublic] | Unset = UNSET
    landlord_financials: list[FinancialLinePublic] | Unset = UNSET
    recorded_by: None | Unset | UUID = UNSET
    revision: int | Unset = 1
    validated_by: None | str | Unset = UNSET
    validated_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluated_on = self.evaluated_on.isoformat()

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        year = self.year

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        comments = self.comments

        correction_reason: None | str | Unset
        if isinstance(self.correction_reason, Unset):
            correction_reason = UNSET
        else:
            correction_reason = self.correction_reason

        financial_bilan: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.financial_bilan, Unset):
            financial_bilan = []
            for financial_bilan_item_data in self.financial_bilan:
                financial_bilan_item = financial_bilan_item_data.to_dict()
                financial_bilan.append(financial_bilan_item)

        landlord_financials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.landlord_financials, Unset):
            landlord_financials = []
            for landlord_financials_item_data in self.landlord_financials:
                landlord_financials_item = landlord_financials_item_data.to_dict()
                landlord_financials.append(landlord_financials_item)

        recorded_by: None | str | Unset
        if isinstance(self.recorded_by, Unset):
            recorded_by = UNSET
        elif isinstance(self.recorded_by, UUID):
            recorded_by = str(self.recorded_by)
        else:
            recorded_by = self.recorded_by

        revision = self.revision

        validated_by: None | str | Unset
        if isinstance(self.validated_by, Unset):
            validated_by = UNSET
        else:
            validated_by = self.validated_by

        validated_on: None | str | Unset
        if isinstance(self.validated_on, Unset):
            validated_on = UNSET
        elif isinstance(self.validated_on, datetime.date):
            validated_on = self.validated_on.isoformat()
        else:
            validated_on = self.validated_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluated_on": evaluated_on,
                "values": values,
                "year": year,
            }
        )
        if actions is not UNSET:
            field_dict["actions"] = actions
        if comments is not UNSET:
            field_dict["comments"] = comments
        if correction_reason is not UNSET:
            field_dict["correction_reason"] = correction_reason
        if financial_bilan is not UNSET:
            field_dict["financial_bilan"] = financial_bilan
        if landlord_financials is not UNSET:
            field_dict["landlord_financials"] = landlord_financials
        if recorded_by is not UNSET:
            field_dict["recorded_by"] = recorded_by
        if revision is not UNSET:
            field_dict["revision"] = revision
        if validated_by is not UNSET:
            field_dict["validated_by"] = validated_by
        if validated_on is not UNSET:
            field_dict["validated_on"] = validated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.financial_line_public import FinancialLinePublic  # noqa: PLC0415
        from ..models.indicator_value_public import IndicatorValuePublic  # noqa: PLC0415
        from ..models.realised_action_public import RealisedActionPublic  # noqa: PLC0415

        d = dict(src_dict)
        evaluated_on = datetime.date.fromisoformat(d.pop("evaluated_on"))

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = IndicatorValuePublic.from_dict(values_item_data)

            values.append(values_item)

        year = d.pop("year")

        _actions = d.pop("actions", UNSET)
        actions: list[RealisedActionPublic] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = RealisedActionPublic.from_dict(actions_item_data)

                actions.append(actions_item)

        comments = d.pop("comments", UNSET)

        def _parse_correction_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        correction_reason = _parse_correction_reason(d.pop("correction_reason", UNSET))

        _financial_bilan = d.pop("financial_bilan", UNSET)
        financial_bilan: list[FinancialLinePublic] | Unset = UNSET
        if _financial_bilan is not UNSET:
            financial_bilan = []
            for financial_bilan_item_data in _financial_bilan:
                financial_bilan_item = FinancialLinePublic.from_dict(
                    financial_bilan_item_data
                )

                financial_bilan.append(financial_bilan_item)

        _landlord_financials = d.pop("landlord_financials", UNSET)
        landlord_financials: list[FinancialLinePublic] | Unset = UNSET
        if _landlord_financials is not UNSET:
            landlord_financials = []
            for landlord_financials_item_data in _landlord_financials:
                landlord_financials_item = FinancialLinePublic.from_dict(
                    landlord_financials_item_data
                )

                landlord_financials.append(landlord_financials_item)

        def _parse_recorded_by(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recorded_by_type_0 = UUID(data)

                return recorded_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        recorded_by = _parse_recorded_by(d.pop("recorded_by", UNSET))

        revision = d.pop("revision", UNSET)

        def _parse_validated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        validated_by = _parse_validated_by(d.pop("validated_by", UNSET))

        def _parse_validated_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                validated_on_type_0 = datetime.date.fromisoformat(data)

                return validated_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        validated_on = _parse_validated_on(d.pop("validated_on", UNSET))

        annual_evaluation_public = cls(
            evaluated_on=evaluated_on,
            values=values,
            year=year,
            actions=actions,
            comments=comments,
            correction_reason=correction_reason,
            financial_bilan=financial_bilan,
            landlord_financials=landlord_financials,
            recorded_by=recorded_by,
            revision=revision,
            validated_by=validated_by,
            validated_on=validated_on,
        )

        annual_evaluation_public.additional_properties = d
        return annual_evaluation_public

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
