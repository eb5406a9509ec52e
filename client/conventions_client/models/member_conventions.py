from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MemberConventions")


@_attrs_define
class MemberConventions:
    """
    Attributes:
        convention_ids (list[UUID]):
        member_id (UUID):
        name (str):
    """

    convention_ids: list[UUID]
    member_id: UUID
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        convention_ids = []
        for convention_ids_item_data in self.convention_ids:
            convention_ids_item = str(convention_ids_item_data)
            convention_ids.append(convention_ids_item)

        member_id = str(self.member_id)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "convention_ids": convention_ids,
                "member_id": member_id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        convention_ids = []
        _convention_ids = d.pop("convention_ids")
        for convention_ids_item_data in _convention_ids:
            convention_ids_item = UUID(convention_ids_item_data)

            convention_ids.append(convention_ids_item)

        member_id = UUID(d.pop("member_id"))

        name = d.pop("name")

        member_conventions = cls(
            convention_ids=convention_ids,
            member_id=member_id,
            name=name,
        )

        member_conventions.additional_properties = d
        return member_conventions

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
