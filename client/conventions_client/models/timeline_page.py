from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.read_side_state import ReadSideState
    from ..models.timeline_entry import TimelineEntry


T = TypeVar("T", bound="TimelinePage")


@_attrs_define
class TimelinePage:
    """
    Attributes:
        convention_id (UUID):
        items (list[TimelineEntry]):
        next_after (int | None): Pass as ?after= for the next page; null at the end.
        read_side (ReadSideState): How fresh the read models are when the answer was made.
    """

    convention_id: UUID
    items: list[TimelineEntry]
    next_after: int | None
    read_side: ReadSideState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        convention_id = str(self.convention_id)

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        next_after: int | None
        next_after = self.next_after

        read_side = self.read_side.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "convention_id": convention_id,
                "items": items,
                "next_after": next_after,
                "read_side": read_side,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.read_side_state import ReadSideState  # noqa: PLC0415
        from ..models.timeline_entry import TimelineEntry  # noqa: PLC0415

        d = dict(src_dict)
        convention_id = UUID(d.pop("convention_id"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = TimelineEntry.from_dict(items_item_data)

            items.append(items_item)

        def _parse_next_after(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        next_after = _parse_next_after(d.pop("next_after"))

        read_side = ReadSideState.from_dict(d.pop("read_side"))

        timeline_page = cls(
            convention_id=convention_id,
            items=items,
            next_after=next_after,
            read_side=read_side,
        )

        timeline_page.additional_properties = d
        return timeline_page

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
