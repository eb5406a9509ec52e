from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="YearTargetPublic")


@_attrs_define
class YearTargetPublic:
    """The target of one year, and the value past which (in the wrong direction) an alert is due.

    Attributes:
        target (str):
        year (int):
        alert_threshold (None | str | Unset):
    """

    target: str
    year: int
    alert_threshold: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        year = self.year

        alert_threshold: None | str | Unset
        if isinstance(self.alert_threshold, Unset):
            alert_threshold = UNSET
        else:
            alert_threshold = self.alert_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
                "year": year,
            }
        )
        if alert_threshold is not UNSET:
            field_dict["alert_threshold"] = alert_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target = d.pop("target")

        year = d.pop("year")

        def _parse_alert_threshold(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alert_threshold = _parse_alert_threshold(d.pop("alert_threshold", UNSET))

        year_target_public = cls(
            target=target,
            year=year,
            alert_threshold=alert_threshold,
        )

        year_target_public.additional_properties = d
        return year_target_public

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
