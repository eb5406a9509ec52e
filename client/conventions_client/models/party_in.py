from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.party_role import PartyRole
from ..models.party_type import PartyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartyIn")


@_attrs_define
class PartyIn:
    """
    Attributes:
        party_id (UUID):
        party_type (PartyType):
        role (PartyRole | Unset):
    """

    party_id: UUID
    party_type: PartyType
    role: PartyRole | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        party_id = str(self.party_id)

        party_type = self.party_type.value

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "party_id": party_id,
                "party_type": party_type,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        party_id = UUID(d.pop("party_id"))

        party_type = PartyType(d.pop("party_type"))

        _role = d.pop("role", UNSET)
        role: PartyRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = PartyRole(_role)

        party_in = cls(
            party_id=party_id,
            party_type=party_type,
            role=role,
        )

        return party_in
