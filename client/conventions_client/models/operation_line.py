from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_nature import OperationNature
from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationLine")


@_attrs_define
class OperationLine:
    """An operation of a convention's terms, as a portfolio lists it.

    Attributes:
        commune_insee (str):
        convention_id (UUID):
        dwellings (int):
        dwellings_delivered (int): Dwellings delivered for it under per-dwelling grants.
        nature (OperationNature): What an operation does to the stock, as the guide's conventions name them.
        operation_id (str):
        title (str):
        budget (None | str | Unset):
        framework_id (None | Unset | UUID): The convention cadre it comes from (for a convention d'opération).
        landlord_id (None | Unset | UUID): Its maître d'ouvrage.
        operation_convention_id (None | Unset | UUID): The convention d'opération opened for it (for a convention
            cadre).
    """

    commune_insee: str
    convention_id: UUID
    dwellings: int
    dwellings_delivered: int
    nature: OperationNature
    operation_id: str
    title: str
    budget: None | str | Unset = UNSET
    framework_id: None | Unset | UUID = UNSET
    landlord_id: None | Unset | UUID = UNSET
    operation_convention_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commune_insee = self.commune_insee

        convention_id = str(self.convention_id)

        dwellings = self.dwellings

        dwellings_delivered = self.dwellings_delivered

        nature = self.nature.value

        operation_id = self.operation_id

        title = self.title

        budget: None | str | Unset
        if isinstance(self.budget, Unset):
            budget = UNSET
        else:
            budget = self.budget

        framework_id: None | str | Unset
        if isinstance(self.framework_id, Unset):
            framework_id = UNSET
        elif isinstance(self.framework_id, UUID):
            framework_id = str(self.framework_id)
        else:
            framework_id = self.framework_id

        landlord_id: None | str | Unset
        if isinstance(self.landlord_id, Unset):
            landlord_id = UNSET
        elif isinstance(self.landlord_id, UUID):
            landlord_id = str(self.landlord_id)
        else:
            landlord_id = self.landlord_id

        operation_convention_id: None | str | Unset
        if isinstance(self.operation_convention_id, Unset):
            operation_convention_id = UNSET
        elif isinstance(self.operation_convention_id, UUID):
            operation_convention_id = str(self.operation_convention_id)
        else:
            operation_convention_id = self.operation_convention_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commune_insee": commune_insee,
                "convention_id": convention_id,
                "dwellings": dwellings,
                "dwellings_delivered": dwellings_delivered,
                "nature": nature,
                "operation_id": operation_id,
                "title": title,
            }
        )
        if budget is not UNSET:
            field_dict["budget"] = budget
        if framework_id is not UNSET:
            field_dict["framework_id"] = framework_id
        if landlord_id is not UNSET:
            field_dict["landlord_id"] = landlord_id
        if operation_convention_id is not UNSET:
            field_dict["operation_convention_id"] = operation_convention_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        commune_insee = d.pop("commune_insee")

        convention_id = UUID(d.pop("convention_id"))

        dwellings = d.pop("dwellings")

        dwellings_delivered = d.pop("dwellings_delivered")

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

        def _parse_framework_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                framework_id_type_0 = UUID(data)

                return framework_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        framework_id = _parse_framework_id(d.pop("framework_id", UNSET))

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

        def _parse_operation_convention_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operation_convention_id_type_0 = UUID(data)

                return operation_convention_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        operation_convention_id = _parse_operation_convention_id(
            d.pop("operation_convention_id", UNSET)
        )

        operation_line = cls(
            commune_insee=commune_insee,
            convention_id=convention_id,
            dwellings=dwellings,
            dwellings_delivered=dwellings_delivered,
            nature=nature,
            operation_id=operation_id,
            title=title,
            budget=budget,
            framework_id=framework_id,
            landlord_id=landlord_id,
            operation_convention_id=operation_convention_id,
        )

        operation_line.additional_properties = d
        return operation_line

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
