from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AcknowledgementCreate")


@_attrs_define
class AcknowledgementCreate:
    """
    Attributes:
        acknowledged_on (datetime.date):
    """

    acknowledged_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        acknowledged_on = self.acknowledged_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "acknowledged_on": acknowledged_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acknowledged_on = datetime.date.fromisoformat(d.pop("acknowledged_on"))

        acknowledgement_create = cls(
            acknowledged_on=acknowledged_on,
        )

        return acknowledgement_create
