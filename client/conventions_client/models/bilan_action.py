from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BilanAction")


@_attrs_define
class BilanAction:
    """
    Attributes:
        amount (None | str):
        commitment (None | str):
        dwellings (int | None):
        label (str):
        operation (None | str):
    """

    amount: None | str
    commitment: None | str
    dwellings: int | None
    label: str
    operation: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: None | str
        amount = self.amount

        commitment: None | str
        commitment = self.commitment

        dwellings: int | None
        dwellings = self.dwellings

        label = self.label

        operation: None | str
        operation = self.operation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "commitment": commitment,
                "dwellings": dwellings,
                "label": label,
                "operation": operation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        amount = _parse_amount(d.pop("amount"))

        def _parse_commitment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        commitment = _parse_commitment(d.pop("commitment"))

        def _parse_dwellings(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        dwellings = _parse_dwellings(d.pop("dwellings"))

        label = d.pop("label")

        def _parse_operation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        operation = _parse_operation(d.pop("operation"))

        bilan_action = cls(
            amount=amount,
            commitment=commitment,
            dwellings=dwellings,
            label=label,
            operation=operation,
        )

        bilan_action.additional_properties = d
        return bilan_action

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
