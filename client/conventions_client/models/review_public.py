from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_kind import ReviewKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.impact_public import ImpactPublic


T = TypeVar("T", bound="ReviewPublic")


@_attrs_define
class ReviewPublic:
    """
    Attributes:
        kind (ReviewKind):
        reviewed_on (datetime.date):
        summary (str):
        body_id (None | str | Unset):
        impacts (list[ImpactPublic] | Unset):
    """

    kind: ReviewKind
    reviewed_on: datetime.date
    summary: str
    body_id: None | str | Unset = UNSET
    impacts: list[ImpactPublic] | Unset = UNSET
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

        impacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.impacts, Unset):
            impacts = []
            for impacts_item_data in self.impacts:
                impacts_item = impacts_item_data.to_dict()
                impacts.append(impacts_item)

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
        if impacts is not UNSET:
            field_dict["impacts"] = impacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.impact_public import ImpactPublic  # noqa: PLC0415

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
        impacts: list[ImpactPublic] | Unset = UNSET
        if _impacts is not UNSET:
            impacts = []
            for impacts_item_data in _impacts:
                impacts_item = ImpactPublic.from_dict(impacts_item_data)

                impacts.append(impacts_item)

        review_public = cls(
            kind=kind,
            reviewed_on=reviewed_on,
            summary=summary,
            body_id=body_id,
            impacts=impacts,
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
