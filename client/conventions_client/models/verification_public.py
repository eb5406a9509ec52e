from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.discrepancy_public import DiscrepancyPublic


T = TypeVar("T", bound="VerificationPublic")


@_attrs_define
class VerificationPublic:
    """
    Attributes:
        after (int):
        checkpoints_checked (int):
        discrepancies (list[DiscrepancyPublic]): The first 50, in position order.
        discrepancies_total (int):
        events_checked (int):
        first_position (int | None): The first position where the store differs.
        ok (bool):
        seconds (float):
        until (int | None):
    """

    after: int
    checkpoints_checked: int
    discrepancies: list[DiscrepancyPublic]
    discrepancies_total: int
    events_checked: int
    first_position: int | None
    ok: bool
    seconds: float
    until: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        after = self.after

        checkpoints_checked = self.checkpoints_checked

        discrepancies = []
        for discrepancies_item_data in self.discrepancies:
            discrepancies_item = discrepancies_item_data.to_dict()
            discrepancies.append(discrepancies_item)

        discrepancies_total = self.discrepancies_total

        events_checked = self.events_checked

        first_position: int | None
        first_position = self.first_position

        ok = self.ok

        seconds = self.seconds

        until: int | None
        until = self.until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "after": after,
                "checkpoints_checked": checkpoints_checked,
                "discrepancies": discrepancies,
                "discrepancies_total": discrepancies_total,
                "events_checked": events_checked,
                "first_position": first_position,
                "ok": ok,
                "seconds": seconds,
                "until": until,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.discrepancy_public import DiscrepancyPublic  # noqa: PLC0415

        d = dict(src_dict)
        after = d.pop("after")

        checkpoints_checked = d.pop("checkpoints_checked")

        discrepancies = []
        _discrepancies = d.pop("discrepancies")
        for discrepancies_item_data in _discrepancies:
            discrepancies_item = DiscrepancyPublic.from_dict(discrepancies_item_data)

            discrepancies.append(discrepancies_item)

        discrepancies_total = d.pop("discrepancies_total")

        events_checked = d.pop("events_checked")

        def _parse_first_position(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        first_position = _parse_first_position(d.pop("first_position"))

        ok = d.pop("ok")

        seconds = d.pop("seconds")

        def _parse_until(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        until = _parse_until(d.pop("until"))

        verification_public = cls(
            after=after,
            checkpoints_checked=checkpoints_checked,
            discrepancies=discrepancies,
            discrepancies_total=discrepancies_total,
            events_checked=events_checked,
            first_position=first_position,
            ok=ok,
            seconds=seconds,
            until=until,
        )

        verification_public.additional_properties = d
        return verification_public

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
