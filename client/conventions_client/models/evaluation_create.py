from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.financial_line_in import FinancialLineIn
    from ..models.indicator_value_in import IndicatorValueIn


T = TypeVar("T", bound="EvaluationCreate")


@_attrs_define
class EvaluationCreate:
    """
    Attributes:
        evaluated_on (datetime.date):
        year (int):
        comments (str | Unset):  Default: ''.
        financial_bilan (list[FinancialLineIn] | Unset):
        values (list[IndicatorValueIn] | Unset):
    """

    evaluated_on: datetime.date
    year: int
    comments: str | Unset = ""
    financial_bilan: list[FinancialLineIn] | Unset = UNSET
    values: list[IndicatorValueIn] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        evaluated_on = self.evaluated_on.isoformat()

        year = self.year

        comments = self.comments

        financial_bilan: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.financial_bilan, Unset):
            financial_bilan = []
            for financial_bilan_item_data in self.financial_bilan:
                financial_bilan_item = financial_bilan_item_data.to_dict()
                financial_bilan.append(financial_bilan_item)

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
                "year": year,
            }
        )
        if comments is not UNSET:
            field_dict["comments"] = comments
        if financial_bilan is not UNSET:
            field_dict["financial_bilan"] = financial_bilan
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.financial_line_in import FinancialLineIn  # noqa: PLC0415
        from ..models.indicator_value_in import IndicatorValueIn  # noqa: PLC0415

        d = dict(src_dict)
        evaluated_on = datetime.date.fromisoformat(d.pop("evaluated_on"))

        year = d.pop("year")

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

        _values = d.pop("values", UNSET)
        values: list[IndicatorValueIn] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = IndicatorValueIn.from_dict(values_item_data)

                values.append(values_item)

        evaluation_create = cls(
            evaluated_on=evaluated_on,
            year=year,
            comments=comments,
            financial_bilan=financial_bilan,
            values=values,
        )

        return evaluation_create
