from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommuneStockLine")


@_attrs_define
class CommuneStockLine:
    """
    Attributes:
        commune_insee (str):
        dwellings (int):
        collectivite_id (None | Unset | UUID): The commune, when registered as a party.
        name (None | str | Unset):
    """

    commune_insee: str
    dwellings: int
    collectivite_id: None | Unset | UUID = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commune_insee = self.commune_insee

        dwellings = self.dwellings

        collectivite_id: None | str | Unset
        if isinstance(self.collectivite_id, Unset):
            collectivite_id = UNSET
        elif isinstance(self.collectivite_id, UUID):
            collectivite_id = str(self.collectivite_id)
        else:
            collectivite_id = self.collectivite_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commune_insee": commune_insee,
                "dwellings": dwellings,
            }
        )
        if collectivite_id is not UNSET:
            field_dict["collectivite_id"] = collectivite_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        commune_insee = d.pop("commune_insee")

        dwellings = d.pop("dwellings")

        def _parse_collectivite_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                collectivite_id_type_0 = UUID(data)

                return collectivite_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        collectivite_id = _parse_collectivite_id(d.pop("collectivite_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        commune_stock_line = cls(
            commune_insee=commune_insee,
            dwellings=dwellings,
            collectivite_id=collectivite_id,
            name=name,
        )

        commune_stock_line.additional_properties = d
        return commune_stock_line

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
