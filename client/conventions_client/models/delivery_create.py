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
        operation (str): The operation the dwellings belong to.
        typology (str):
        beneficiary_id (None | Unset | UUID): The office that delivered (default: the actor's party).
    """

    contrepartie_id: str
    count: int
    delivered_on: datetime.date
    operation: str
    typology: str
    beneficiary_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        contrepartie_id = self.contrepartie_id

        count = self.count

        delivered_on = self.delivered_on.isoformat()

        operation = self.operation

        typology = self.typology

        beneficiary_id: None | str | Unset
        if isinstance(self.beneficiary_id, Unset):
            beneficiary_id = UNSET
        elif isinstance(self.beneficiary_id, UUID):
            beneficiary_id = str(self.beneficiary_id)
        else:
            beneficiary_id = self.beneficiary_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contrepartie_id": contrepartie_id,
                "count": count,
                "delivered_on": delivered_on,
                "operation": operation,
                "typology": typology,
            }
        )
        if beneficiary_id is not UNSET:
            field_dict["beneficiary_id"] = beneficiary_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contrepartie_id = d.pop("contrepartie_id")

        count = d.pop("count")

        delivered_on = datetime.date.fromisoformat(d.pop("delivered_on"))

        operation = d.pop("operation")

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

        delivery_create = cls(
            contrepartie_id=contrepartie_id,
            count=count,
            delivered_on=delivered_on,
            operation=operation,
            typology=typology,
            beneficiary_id=beneficiary_id,
        )

        return delivery_create
