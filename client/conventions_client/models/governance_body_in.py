from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.governance_body_kind import GovernanceBodyKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="GovernanceBodyIn")


@_attrs_define
class GovernanceBodyIn:
    """
    Attributes:
        body_id (str):
        kind (GovernanceBodyKind):
        name (str):
        meetings_per_year (int | None | Unset):
        member_party_ids (list[UUID] | Unset):
    """

    body_id: str
    kind: GovernanceBodyKind
    name: str
    meetings_per_year: int | None | Unset = UNSET
    member_party_ids: list[UUID] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        body_id = self.body_id

        kind = self.kind.value

        name = self.name

        meetings_per_year: int | None | Unset
        if isinstance(self.meetings_per_year, Unset):
            meetings_per_year = UNSET
        else:
            meetings_per_year = self.meetings_per_year

        member_party_ids: list[str] | Unset = UNSET
        if not isinstance(self.member_party_ids, Unset):
            member_party_ids = []
            for member_party_ids_item_data in self.member_party_ids:
                member_party_ids_item = str(member_party_ids_item_data)
                member_party_ids.append(member_party_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "body_id": body_id,
                "kind": kind,
                "name": name,
            }
        )
        if meetings_per_year is not UNSET:
            field_dict["meetings_per_year"] = meetings_per_year
        if member_party_ids is not UNSET:
            field_dict["member_party_ids"] = member_party_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body_id = d.pop("body_id")

        kind = GovernanceBodyKind(d.pop("kind"))

        name = d.pop("name")

        def _parse_meetings_per_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        meetings_per_year = _parse_meetings_per_year(d.pop("meetings_per_year", UNSET))

        _member_party_ids = d.pop("member_party_ids", UNSET)
        member_party_ids: list[UUID] | Unset = UNSET
        if _member_party_ids is not UNSET:
            member_party_ids = []
            for member_party_ids_item_data in _member_party_ids:
                member_party_ids_item = UUID(member_party_ids_item_data)

                member_party_ids.append(member_party_ids_item)

        governance_body_in = cls(
            body_id=body_id,
            kind=kind,
            name=name,
            meetings_per_year=meetings_per_year,
            member_party_ids=member_party_ids,
        )

        return governance_body_in
