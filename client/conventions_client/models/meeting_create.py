from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MeetingCreate")


@_attrs_define
class MeetingCreate:
    """
    Attributes:
        body_id (str):
        met_on (datetime.date):
        reference (str):
    """

    body_id: str
    met_on: datetime.date
    reference: str

    def to_dict(self) -> dict[str, Any]:
        body_id = self.body_id

        met_on = self.met_on.isoformat()

        reference = self.reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "body_id": body_id,
                "met_on": met_on,
                "reference": reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body_id = d.pop("body_id")

        met_on = datetime.date.fromisoformat(d.pop("met_on"))

        reference = d.pop("reference")

        meeting_create = cls(
            body_id=body_id,
            met_on=met_on,
            reference=reference,
        )

        return meeting_create
