from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bilan_impact import BilanImpact


T = TypeVar("T", bound="BilanReview")


@_attrs_define
class BilanReview:
    """
    Attributes:
        impacts (list[BilanImpact]):
        kind (str):
        reviewed_on (datetime.date):
        summary (str):
    """

    impacts: list[BilanImpact]
    kind: str
    reviewed_on: datetime.date
    summary: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        impacts = []
        for impacts_item_data in self.impacts:
            impacts_item = impacts_item_data.to_dict()
            impacts.append(impacts_item)

        kind = self.kind

        reviewed_on = self.reviewed_on.isoformat()

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "impacts": impacts,
                "kind": kind,
                "reviewed_on": reviewed_on,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bilan_impact import BilanImpact  # noqa: PLC0415

        d = dict(src_dict)
        impacts = []
        _impacts = d.pop("impacts")
        for impacts_item_data in _impacts:
            impacts_item = BilanImpact.from_dict(impacts_item_data)

            impacts.append(impacts_item)

        kind = d.pop("kind")

        reviewed_on = datetime.date.fromisoformat(d.pop("reviewed_on"))

        summary = d.pop("summary")

        bilan_review = cls(
            impacts=impacts,
            kind=kind,
            reviewed_on=reviewed_on,
            summary=summary,
        )

        bilan_review.additional_properties = d
        return bilan_review

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
