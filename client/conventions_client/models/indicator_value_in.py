from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorValueIn")


@_attrs_define
class IndicatorValueIn:
    """
    Attributes:
        indicator_id (str):
        denominator (float | None | str | Unset):
        numerator (float | None | str | Unset):
        value (float | None | str | Unset):
    """

    indicator_id: str
    denominator: float | None | str | Unset = UNSET
    numerator: float | None | str | Unset = UNSET
    value: float | None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        indicator_id = self.indicator_id

        denominator: float | None | str | Unset
        if isinstance(self.denominator, Unset):
            denominator = UNSET
        else:
            denominator = self.denominator

        numerator: float | None | str | Unset
        if isinstance(self.numerator, Unset):
            numerator = UNSET
        else:
            numerator = self.numerator

        value: float | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "indicator_id": indicator_id,
            }
        )
        if denominator is not UNSET:
            field_dict["denominator"] = denominator
        if numerator is not UNSET:
            field_dict["numerator"] = numerator
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        indicator_id = d.pop("indicator_id")

        def _parse_denominator(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        denominator = _parse_denominator(d.pop("denominator", UNSET))

        def _parse_numerator(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        numerator = _parse_numerator(d.pop("numerator", UNSET))

        def _parse_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        indicator_value_in = cls(
            indicator_id=indicator_id,
            denominator=denominator,
            numerator=numerator,
            value=value,
        )

        return indicator_value_in
