from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BilanIndicator")


@_attrs_define
class BilanIndicator:
    """
    Attributes:
        commitment (str):
        label (str):
        mark (None | str):
        standing (None | str):
        target (None | str):
        unit (str):
        value (None | str):
    """

    commitment: str
    label: str
    mark: None | str
    standing: None | str
    target: None | str
    unit: str
    value: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commitment = self.commitment

        label = self.label

        mark: None | str
        mark = self.mark

        standing: None | str
        standing = self.standing

        target: None | str
        target = self.target

        unit = self.unit

        value: None | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commitment": commitment,
                "label": label,
                "mark": mark,
                "standing": standing,
                "target": target,
                "unit": unit,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        commitment = d.pop("commitment")

        label = d.pop("label")

        def _parse_mark(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mark = _parse_mark(d.pop("mark"))

        def _parse_standing(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        standing = _parse_standing(d.pop("standing"))

        def _parse_target(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        target = _parse_target(d.pop("target"))

        unit = d.pop("unit")

        def _parse_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        value = _parse_value(d.pop("value"))

        bilan_indicator = cls(
            commitment=commitment,
            label=label,
            mark=mark,
            standing=standing,
            target=target,
            unit=unit,
            value=value,
        )

        bilan_indicator.additional_properties = d
        return bilan_indicator

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
