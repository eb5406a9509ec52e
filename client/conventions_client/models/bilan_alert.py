from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BilanAlert")


@_attrs_define
class BilanAlert:
    """
    Attributes:
        cause (str):
        number (int):
        raised_on (datetime.date):
        status (str):
    """

    cause: str
    number: int
    raised_on: datetime.date
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cause = self.cause

        number = self.number

        raised_on = self.raised_on.isoformat()

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cause": cause,
                "number": number,
                "raised_on": raised_on,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cause = d.pop("cause")

        number = d.pop("number")

        raised_on = datetime.date.fromisoformat(d.pop("raised_on"))

        status = d.pop("status")

        bilan_alert = cls(
            cause=cause,
            number=number,
            raised_on=raised_on,
            status=status,
        )

        bilan_alert.additional_properties = d
        return bilan_alert

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
