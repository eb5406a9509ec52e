from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.party_role import PartyRole
from ..models.party_type import PartyType

T = TypeVar("T", bound="PartyRef")


@_attrs_define
class PartyRef:
    """
    Attributes:
        name (str):
        party_id (UUID):
        party_type (PartyType):
        role (PartyRole):
    """

    name: str
    party_id: UUID
    party_type: PartyType
    role: PartyRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        party_id = str(self.party_id)

        party_type = self.party_type.value

        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "party_id": party_id,
                "party_type": party_type,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        party_id = UUID(d.pop("party_id"))

        party_type = PartyType(d.pop("party_type"))

        role = PartyRole(d.pop("role"))

        party_ref = cls(
            name=name,
            party_id=party_id,
            party_type=party_type,
            role=role,
        )

        party_ref.additional_properties = d
        return party_ref

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
