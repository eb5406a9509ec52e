from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorValuePublic")


@_attrs_define
class IndicatorValuePublic:
    """
    Attributes:
        indicator_id (str):
        denominator (None | str | Unset):
        numerator (None | str | Unset):
        value (None | str | Unset):
    """

    indicator_id: str
    denominator: None | str | Unset = UNSET
    numerator: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indicator_id = self.indicator_id

        denominator: None | str | Unset
        if isinstance(self.denominator, Unset):
            denominator = UNSET
        else:
            denominator = self.denominator

        numerator: None | str | Unset
        if isinstance(self.numerator, Unset):
            numerator = UNSET
        else:
            numerator = self.numerator

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        def _parse_denominator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        denominator = _parse_denominator(d.pop("denominator", UNSET))

        def _parse_numerator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        numerator = _parse_numerator(d.pop("numerator", UNSET))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        indicator_value_public = cls(
            indicator_id=indicator_id,
            denominator=denominator,
            numerator=numerator,
            value=value,
        )

        indicator_value_public.additional_properties = d
        return indicator_value_public

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
