from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliberationCreate")


@_attrs_define
class DeliberationCreate:
    """
    Attributes:
        adopted_on (datetime.date):
        body (str):
        party_id (UUID):
        reference (str):
        avenant_number (int | None | Unset):
    """

    adopted_on: datetime.date
    body: str
    party_id: UUID
    reference: str
    avenant_number: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        adopted_on = self.adopted_on.isoformat()

        body = self.body

        party_id = str(self.party_id)

        reference = self.reference

        avenant_number: int | None | Unset
        if isinstance(self.avenant_number, Unset):
            avenant_number = UNSET
        else:
            avenant_number = self.avenant_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "adopted_on": adopted_on,
                "body": body,
                "party_id": party_id,
                "reference": reference,
            }
        )
        if avenant_number is not UNSET:
            field_dict["avenant_number"] = avenant_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        adopted_on = datetime.date.fromisoformat(d.pop("adopted_on"))

        body = d.pop("body")

        party_id = UUID(d.pop("party_id"))

        reference = d.pop("reference")

        def _parse_avenant_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        avenant_number = _parse_avenant_number(d.pop("avenant_number", UNSET))

        deliberation_create = cls(
            adopted_on=adopted_on,
            body=body,
            party_id=party_id,
            reference=reference,
            avenant_number=avenant_number,
        )

        return deliberation_create
