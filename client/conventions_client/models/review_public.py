from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_kind import ReviewKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewPublic")


@_attrs_define
class ReviewPublic:
    """
    Attributes:
        kind (ReviewKind):
        reviewed_on (datetime.date):
        summary (str):
        body_id (None | str | Unset):
    """

    kind: ReviewKind
    reviewed_on: datetime.date
    summary: str
    body_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        reviewed_on = self.reviewed_on.isoformat()

        summary = self.summary

        body_id: None | str | Unset
        if isinstance(self.body_id, Unset):
            body_id = UNSET
        else:
            body_id = self.body_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "reviewed_on": reviewed_on,
                "summary": summary,
            }
        )
        if body_id is not UNSET:
            field_dict["body_id"] = body_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = ReviewKind(d.pop("kind"))

        reviewed_on = datetime.date.fromisoformat(d.pop("reviewed_on"))

        summary = d.pop("summary")

        def _parse_body_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body_id = _parse_body_id(d.pop("body_id", UNSET))

        review_public = cls(
            kind=kind,
            reviewed_on=reviewed_on,
            summary=summary,
            body_id=body_id,
        )

        review_public.additional_properties = d
        return review_public

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
