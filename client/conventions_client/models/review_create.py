from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.review_kind import ReviewKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.impact_in import ImpactIn


T = TypeVar("T", bound="ReviewCreate")


@_attrs_define
class ReviewCreate:
    """
    Attributes:
        kind (ReviewKind):
        reviewed_on (datetime.date):
        summary (str):
        body_id (None | str | Unset):
        impacts (list[ImpactIn] | Unset): Les effets sur le territoire, en chiffres.
    """

    kind: ReviewKind
    reviewed_on: datetime.date
    summary: str
    body_id: None | str | Unset = UNSET
    impacts: list[ImpactIn] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        reviewed_on = self.reviewed_on.isoformat()

        summary = self.summary

        body_id: None | str | Unset
        if isinstance(self.body_id, Unset):
            body_id = UNSET
        else:
            body_id = self.body_id

        impacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.impacts, Unset):
            impacts = []
            for impacts_item_data in self.impacts:
                impacts_item = impacts_item_data.to_dict()
                impacts.append(impacts_item)

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
        if impacts is not UNSET:
            field_dict["impacts"] = impacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.impact_in import ImpactIn  # noqa: PLC0415

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

        _impacts = d.pop("impacts", UNSET)
        impacts: list[ImpactIn] | Unset = UNSET
        if _impacts is not UNSET:
            impacts = []
            for impacts_item_data in _impacts:
                impacts_item = ImpactIn.from_dict(impacts_item_data)

                impacts.append(impacts_item)

        review_create = cls(
            kind=kind,
            reviewed_on=reviewed_on,
            summary=summary,
            body_id=body_id,
            impacts=impacts,
        )

        return review_create
