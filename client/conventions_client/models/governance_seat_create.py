from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="GovernanceSeatCreate")


@_attrs_define
class GovernanceSeatCreate:
    """
    Attributes:
        collectivite_id (UUID):
        joined_on (datetime.date):
    """

    collectivite_id: UUID
    joined_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        collectivite_id = str(self.collectivite_id)

        joined_on = self.joined_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "collectivite_id": collectivite_id,
                "joined_on": joined_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        collectivite_id = UUID(d.pop("collectivite_id"))

        joined_on = datetime.date.fromisoformat(d.pop("joined_on"))

        governance_seat_create = cls(
            collectivite_id=collectivite_id,
            joined_on=joined_on,
        )

        return governance_seat_create
