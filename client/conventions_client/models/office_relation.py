from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.party_role import PartyRole

T = TypeVar("T", bound="OfficeRelation")


@_attrs_define
class OfficeRelation:
    """
    Attributes:
        role (PartyRole):
        through_societe_id (None | UUID): The SC through which the office is concerned, if any.
        through_societe_name (None | str):
    """

    role: PartyRole
    through_societe_id: None | UUID
    through_societe_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        through_societe_id: None | str
        if isinstance(self.through_societe_id, UUID):
            through_societe_id = str(self.through_societe_id)
        else:
            through_societe_id = self.through_societe_id

        through_societe_name: None | str
        through_societe_name = self.through_societe_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "through_societe_id": through_societe_id,
                "through_societe_name": through_societe_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = PartyRole(d.pop("role"))

        def _parse_through_societe_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                through_societe_id_type_0 = UUID(data)

                return through_societe_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        through_societe_id = _parse_through_societe_id(d.pop("through_societe_id"))

        def _parse_through_societe_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        through_societe_name = _parse_through_societe_name(
            d.pop("through_societe_name")
        )

        office_relation = cls(
            role=role,
            through_societe_id=through_societe_id,
            through_societe_name=through_societe_name,
        )

        office_relation.additional_properties = d
        return office_relation

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
