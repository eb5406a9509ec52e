from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubstitutionPublic")


@_attrs_define
class SubstitutionPublic:
    """An absorbed office replaced by the absorbing one in a convention, from the merger.

    Attributes:
        absorbed_id (UUID):
        absorbing_id (UUID):
        effective_on (datetime.date):
    """

    absorbed_id: UUID
    absorbing_id: UUID
    effective_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        absorbed_id = str(self.absorbed_id)

        absorbing_id = str(self.absorbing_id)

        effective_on = self.effective_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "absorbed_id": absorbed_id,
                "absorbing_id": absorbing_id,
                "effective_on": effective_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        absorbed_id = UUID(d.pop("absorbed_id"))

        absorbing_id = UUID(d.pop("absorbing_id"))

        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        substitution_public = cls(
            absorbed_id=absorbed_id,
            absorbing_id=absorbing_id,
            effective_on=effective_on,
        )

        substitution_public.additional_properties = d
        return substitution_public

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
