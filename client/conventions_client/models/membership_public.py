from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipPublic")


@_attrs_define
class MembershipPublic:
    """Membership of a Société de Coordination over [joined_on, left_on).

    Attributes:
        joined_on (datetime.date):
        societe_id (UUID):
        left_on (datetime.date | None | Unset):
    """

    joined_on: datetime.date
    societe_id: UUID
    left_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        joined_on = self.joined_on.isoformat()

        societe_id = str(self.societe_id)

        left_on: None | str | Unset
        if isinstance(self.left_on, Unset):
            left_on = UNSET
        elif isinstance(self.left_on, datetime.date):
            left_on = self.left_on.isoformat()
        else:
            left_on = self.left_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "joined_on": joined_on,
                "societe_id": societe_id,
            }
        )
        if left_on is not UNSET:
            field_dict["left_on"] = left_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        joined_on = datetime.date.fromisoformat(d.pop("joined_on"))

        societe_id = UUID(d.pop("societe_id"))

        def _parse_left_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                left_on_type_0 = datetime.date.fromisoformat(data)

                return left_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        left_on = _parse_left_on(d.pop("left_on", UNSET))

        membership_public = cls(
            joined_on=joined_on,
            societe_id=societe_id,
            left_on=left_on,
        )

        membership_public.additional_properties = d
        return membership_public

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
