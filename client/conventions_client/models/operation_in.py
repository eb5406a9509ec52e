from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.operation_nature import OperationNature
from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationIn")


@_attrs_define
class OperationIn:
    """
    Attributes:
        commune_insee (str): The commune's INSEE (COG) code.
        dwellings (int): Dwellings built, rehabilitated, demolished…
        nature (OperationNature): What an operation does to the stock, as the guide's conventions name them.
        operation_id (str):
        title (str):
        budget (float | None | str | Unset): The operation's cost, in euros (TTC).
        landlord_id (None | Unset | UUID): The landlord party that carries it (maître d'ouvrage).
    """

    commune_insee: str
    dwellings: int
    nature: OperationNature
    operation_id: str
    title: str
    budget: float | None | str | Unset = UNSET
    landlord_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        commune_insee = self.commune_insee

        dwellings = self.dwellings

        nature = self.nature.value

        operation_id = self.operation_id

        title = self.title

        budget: float | None | str | Unset
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

        def _parse_budget(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

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

        operation_in = cls(
            commune_insee=commune_insee,
            dwellings=dwellings,
            nature=nature,
            operation_id=operation_id,
            title=title,
            budget=budget,
            landlord_id=landlord_id,
        )

        return operation_in
