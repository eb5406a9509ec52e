from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryPublic")


@_attrs_define
class DeliveryPublic:
    """
    Attributes:
        beneficiary_id (UUID):
        contrepartie_id (str):
        count (int):
        delivered_on (datetime.date):
        operation (str):
        typology (str):
        operation_id (None | str | Unset):
    """

    beneficiary_id: UUID
    contrepartie_id: str
    count: int
    delivered_on: datetime.date
    operation: str
    typology: str
    operation_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        beneficiary_id = str(self.beneficiary_id)

        contrepartie_id = self.contrepartie_id

        count = self.count

        delivered_on = self.delivered_on.isoformat()

        operation = self.operation

        typology = self.typology

        operation_id: None | str | Unset
        if isinstance(self.operation_id, Unset):
            operation_id = UNSET
        else:
            operation_id = self.operation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "beneficiary_id": beneficiary_id,
                "contrepartie_id": contrepartie_id,
                "count": count,
                "delivered_on": delivered_on,
                "operation": operation,
                "typology": typology,
            }
        )
        if operation_id is not UNSET:
            field_dict["operation_id"] = operation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        beneficiary_id = UUID(d.pop("beneficiary_id"))

        contrepartie_id = d.pop("contrepartie_id")

        count = d.pop("count")

        delivered_on = datetime.date.fromisoformat(d.pop("delivered_on"))

        operation = d.pop("operation")

        typology = d.pop("typology")

        def _parse_operation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation_id = _parse_operation_id(d.pop("operation_id", UNSET))

        delivery_public = cls(
            beneficiary_id=beneficiary_id,
            contrepartie_id=contrepartie_id,
            count=count,
            delivered_on=delivered_on,
            operation=operation,
            typology=typology,
            operation_id=operation_id,
        )

        delivery_public.additional_properties = d
        return delivery_public

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
