from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OperationConventionPublic")


@_attrs_define
class OperationConventionPublic:
    """A convention d'opération opened under this convention cadre, for one of its operations.

    Attributes:
        convention_id (UUID):
        operation_id (str):
    """

    convention_id: UUID
    operation_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        convention_id = str(self.convention_id)

        operation_id = self.operation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "convention_id": convention_id,
                "operation_id": operation_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        convention_id = UUID(d.pop("convention_id"))

        operation_id = d.pop("operation_id")

        operation_convention_public = cls(
            convention_id=convention_id,
            operation_id=operation_id,
        )

        operation_convention_public.additional_properties = d
        return operation_convention_public

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
