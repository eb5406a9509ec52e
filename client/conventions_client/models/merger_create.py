from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="MergerCreate")


@_attrs_define
class MergerCreate:
    """
    Attributes:
        absorbing_office_id (UUID):
        effective_on (datetime.date):
    """

    absorbing_office_id: UUID
    effective_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        absorbing_office_id = str(self.absorbing_office_id)

        effective_on = self.effective_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "absorbing_office_id": absorbing_office_id,
                "effective_on": effective_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        absorbing_office_id = UUID(d.pop("absorbing_office_id"))

        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        merger_create = cls(
            absorbing_office_id=absorbing_office_id,
            effective_on=effective_on,
        )

        return merger_create
