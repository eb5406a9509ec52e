from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.review_kind import ReviewKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewCreate")


@_attrs_define
class ReviewCreate:
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

        review_create = cls(
            kind=kind,
            reviewed_on=reviewed_on,
            summary=summary,
            body_id=body_id,
        )

        return review_create
