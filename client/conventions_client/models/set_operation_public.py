from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.operation_public import OperationPublic


T = TypeVar("T", bound="SetOperationPublic")


@_attrs_define
class SetOperationPublic:
    """
    Attributes:
        operation (OperationPublic): An operation of the terms: nature, commune (INSEE), dwellings, budget, maître
            d'ouvrage.
    """

    operation: OperationPublic
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation = self.operation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation": operation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.operation_public import OperationPublic  # noqa: PLC0415

        d = dict(src_dict)
        operation = OperationPublic.from_dict(d.pop("operation"))

        set_operation_public = cls(
            operation=operation,
        )

        set_operation_public.additional_properties = d
        return set_operation_public

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
