from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_nature import OperationNature
from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationPublic")


@_attrs_define
class OperationPublic:
    """An operation of the terms: nature, commune (INSEE), dwellings, budget, maître d'ouvrage.

    Attributes:
        commune_insee (str):
        dwellings (int):
        nature (OperationNature): What an operation does to the stock, as the guide's conventions name them.
        operation_id (str):
        title (str):
        budget (None | str | Unset):
        landlord_id (None | Unset | UUID):
    """

    commune_insee: str
    dwellings: int
    nature: OperationNature
    operation_id: str
    title: str
    budget: None | str | Unset = UNSET
    landlord_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commune_insee = self.commune_insee

        dwellings = self.dwellings

        nature = self.nature.value

        operation_id = self.operation_id

        title = self.title

        budget: None | str | Unset
        if isinstance(self.budget, Unset):
            budget = UNSET
        else:
            budget = self.budget

        landlord_id: None | str | Unset
        if isinstance(self.landlord_id, Unset):
            landlord_id = UNSET
        elif isinstance(self.landlord_id, UUID):
            landlord_id = str(self.landlord_id)
        else:
            landlord_id = self.landlord_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commune_insee": commune_insee,
                "dwellings": dwellings,
                "nature": nature,
                "operation_id": operation_id,
                "title": title,
            }
        )
        if budget is not UNSET:
            field_dict["budget"] = budget
        if landlord_id is not UNSET:
            field_dict["landlord_id"] = landlord_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        commune_insee = d.pop("commune_insee")

        dwellings = d.pop("dwellings")

        nature = OperationNature(d.pop("nature"))

        operation_id = d.pop("operation_id")

        title = d.pop("title")

        def _parse_budget(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget = _parse_budget(d.pop("budget", UNSET))

        def _parse_landlord_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                landlord_id_type_0 = UUID(data)

                return landlord_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        landlord_id = _parse_landlord_id(d.pop("landlord_id", UNSET))

        operation_public = cls(
            commune_insee=commune_insee,
            dwellings=dwellings,
            nature=nature,
            operation_id=operation_id,
            title=title,
            budget=budget,
            landlord_id=landlord_id,
        )

        operation_public.additional_properties = d
        return operation_public

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
