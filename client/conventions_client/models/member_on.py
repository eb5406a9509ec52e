from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MemberOn")


@_attrs_define
class MemberOn:
    """
    Attributes:
        joined_on (datetime.date):
        left_on (datetime.date | None):
        member_id (UUID):
        name (str):
    """

    joined_on: datetime.date
    left_on: datetime.date | None
    member_id: UUID
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        joined_on = self.joined_on.isoformat()

        left_on: None | str
        if isinstance(self.left_on, datetime.date):
            left_on = self.left_on.isoformat()
        else:
            left_on = self.left_on

        member_id = str(self.member_id)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "joined_on": joined_on,
                "left_on": left_on,
                "member_id": member_id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        joined_on = datetime.date.fromisoformat(d.pop("joined_on"))

        def _parse_left_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                left_on_type_0 = datetime.date.fromisoformat(data)

                return left_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        left_on = _parse_left_on(d.pop("left_on"))

        member_id = UUID(d.pop("member_id"))

        name = d.pop("name")

        member_on = cls(
            joined_on=joined_on,
            left_on=left_on,
            member_id=member_id,
            name=name,
        )

        member_on.additional_properties = d
        return member_on

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
