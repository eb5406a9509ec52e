from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.financial_line_in import FinancialLineIn
    from ..models.indicator_value_in import IndicatorValueIn
    from ..models.realised_action_in import RealisedActionIn


T = TypeVar("T", bound="EvaluationCorrection")


@_attrs_define
class EvaluationCorrection:
    """
    Attributes:
        evaluated_on (datetime.date):
        reason (str):
        year (int):
        actions (list[RealisedActionIn] | Unset):
        comments (str | Unset):  Default: ''.
        financial_bilan (list[FinancialLineIn] | Unset):
        landlord_financials (list[FinancialLineIn] | Unset): Le bilan financier global de l'office pour l'année (ses
            comptes), sans opération.
        values (list[IndicatorValueIn] | Unset):
    """

    evaluated_on: datetime.date
    reason: str
    year: int
    actions: list[RealisedActionIn] | Unset = UNSET
    comments: str | Unset = ""
    financial_bilan: list[FinancialLineIn] | Unset = UNSET
    landlord_financials: list[FinancialLineIn] | Unset = UNSET
    values: list[IndicatorValueIn] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        evaluated_on = self.evaluated_on.isoformat()

        reason = self.reason

        year = self.year

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        comments = self.comments

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

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "evaluated_on": evaluated_on,
                "reason": reason,
                "year": year,
            }
        )
        if actions is not UNSET:
            field_dict["actions"] = actions
        if comments is not UNSET:
            field_dict["comments"] = comments
        if financial_bilan is not UNSET:
            field_dict["financial_bilan"] = financial_bilan
        if landlord_financials is not UNSET:
            field_dict["landlord_financials"] = landlord_financials
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.financial_line_in import FinancialLineIn  # noqa: PLC0415
        from ..models.indicator_value_in import IndicatorValueIn  # noqa: PLC0415
        from ..models.realised_action_in import RealisedActionIn  # noqa: PLC0415

        d = dict(src_dict)
        evaluated_on = datetime.date.fromisoformat(d.pop("evaluated_on"))

        reason = d.pop("reason")

        year = d.pop("year")

        _actions = d.pop("actions", UNSET)
        actions: list[RealisedActionIn] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = RealisedActionIn.from_dict(actions_item_data)

                actions.append(actions_item)

        comments = d.pop("comments", UNSET)

        _financial_bilan = d.pop("financial_bilan", UNSET)
        financial_bilan: list[FinancialLineIn] | Unset = UNSET
        if _financial_bilan is not UNSET:
            financial_bilan = []
            for financial_bilan_item_data in _financial_bilan:
                financial_bilan_item = FinancialLineIn.from_dict(
                    financial_bilan_item_data
                )

                financial_bilan.append(financial_bilan_item)

        _landlord_financials = d.pop("landlord_financials", UNSET)
        landlord_financials: list[FinancialLineIn] | Unset = UNSET
        if _landlord_financials is not UNSET:
            landlord_financials = []
            for landlord_financials_item_data in _landlord_financials:
                landlord_financials_item = FinancialLineIn.from_dict(
                    landlord_financials_item_data
                )

                landlord_financials.append(landlord_financials_item)

        _values = d.pop("values", UNSET)
        values: list[IndicatorValueIn] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = IndicatorValueIn.from_dict(values_item_data)

                values.append(values_item)

        evaluation_correction = cls(
            evaluated_on=evaluated_on,
            reason=reason,
            year=year,
            actions=actions,
            comments=comments,
            financial_bilan=financial_bilan,
            landlord_financials=landlord_financials,
            values=values,
        )

        return evaluation_correction
