from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.alert_row import AlertRow
    from ..models.read_side_state import ReadSideState


T = TypeVar("T", bound="AlertPage")


@_attrs_define
class AlertPage:
    """
    Attributes:
        items (list[AlertRow]):
        limit (int):
        offset (int):
        read_side (ReadSideState): How fresh the read models are when the answer was made.
        total (int):
    """

    items: list[AlertRow]
    limit: int
    offset: int
    read_side: ReadSideState
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        limit = self.limit

        offset = self.offset

        read_side = self.read_side.to_dict()

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "limit": limit,
                "offset": offset,
                "read_side": read_side,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_row import AlertRow  # noqa: PLC0415
        from ..models.read_side_state import ReadSideState  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = AlertRow.from_dict(items_item_data)

            items.append(items_item)

        limit = d.pop("limit")

        offset = d.pop("offset")

        read_side = ReadSideState.from_dict(d.pop("read_side"))

        total = d.pop("total")

        alert_page = cls(
            items=items,
            limit=limit,
            offset=offset,
            read_side=read_side,
            total=total,
        )

        alert_page.additional_properties = d
        return alert_page

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
