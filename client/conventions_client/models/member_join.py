from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="MemberJoin")


@_attrs_define
class MemberJoin:
    """
    Attributes:
        joined_on (datetime.date):
        member_id (UUID):
    """

    joined_on: datetime.date
    member_id: UUID

    def to_dict(self) -> dict[str, Any]:
        joined_on = self.joined_on.isoformat()

        member_id = str(self.member_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "joined_on": joined_on,
                "member_id": member_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        joined_on = datetime.date.fromisoformat(d.pop("joined_on"))

        member_id = UUID(d.pop("member_id"))

        member_join = cls(
            joined_on=joined_on,
            member_id=member_id,
        )

        return member_join
