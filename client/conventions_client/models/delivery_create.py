from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryCreate")


@_attrs_define
class DeliveryCreate:
    """
    Attributes:
        contrepartie_id (str):
        count (int):
        delivered_on (datetime.date):
        typology (str):
        beneficiary_id (None | Unset | UUID): The office that delivered (default: the actor's party).
        operation (str | Unset): The operation the dwellings belong to, in words (default: the title of operation_id's).
            Default: ''.
        operation_id (None | str | Unset): The operation of the terms delivered (default: the one the contrepartie
            finances, if any).
    """

    contrepartie_id: str
    count: int
    delivered_on: datetime.date
    typology: str
    beneficiary_id: None | Unset | UUID = UNSET
    operation: str | Unset = ""
    operation_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contrepartie_id = self.contrepartie_id

        count = self.count

        delivered_on = self.delivered_on.isoformat()

        typology = self.typology

        beneficiary_id: None | str | Unset
        if isinstance(self.beneficiary_id, Unset):
            beneficiary_id = UNSET
        elif isinstance(self.beneficiary_id, UUID):
            beneficiary_id = str(self.beneficiary_id)
        else:
            beneficiary_id = self.beneficiary_id

        operation = self.operation

        operation_id: None | str | Unset
        if isinstance(self.operation_id, Unset):
            operation_id = UNSET
        else:
            operation_id = self.operation_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contrepartie_id": contrepartie_id,
                "count": count,
                "delivered_on": delivered_on,
                "typology": typology,
            }
        )
        if beneficiary_id is not UNSET:
            field_dict["beneficiary_id"] = beneficiary_id
        if operation is not UNSET:
            field_dict["operation"] = operation
        if operation_id is not UNSET:
            field_dict["operation_id"] = operation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contrepartie_id = d.pop("contrepartie_id")

        count = d.pop("count")

        delivered_on = datetime.date.fromisoformat(d.pop("delivered_on"))

        typology = d.pop("typology")

        def _parse_beneficiary_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                beneficiary_id_type_0 = UUID(data)

                return beneficiary_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        beneficiary_id = _parse_beneficiary_id(d.pop("beneficiary_id", UNSET))

        operation = d.pop("operation", UNSET)

        def _parse_operation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation_id = _parse_operation_id(d.pop("operation_id", UNSET))

        delivery_create = cls(
            contrepartie_id=contrepartie_id,
            count=count,
            delivered_on=delivered_on,
            typology=typology,
            beneficiary_id=beneficiary_id,
            operation=operation,
            operation_id=operation_id,
        )

        return delivery_create
