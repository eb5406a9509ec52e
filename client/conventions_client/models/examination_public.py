from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExaminationPublic")


@_attrs_define
class ExaminationPublic:
    """
    Attributes:
        reason (str):
        requested_by (UUID):
        requested_on (datetime.date):
    """

    reason: str
    requested_by: UUID
    requested_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        requested_by = str(self.requested_by)

        requested_on = self.requested_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
                "requested_by": requested_by,
                "requested_on": requested_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        requested_by = UUID(d.pop("requested_by"))

        requested_on = datetime.date.fromisoformat(d.pop("requested_on"))

        examination_public = cls(
            reason=reason,
            requested_by=requested_by,
            requested_on=requested_on,
        )

        examination_public.additional_properties = d
        return examination_public

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
