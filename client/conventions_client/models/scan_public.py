from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.read_side_state import ReadSideState


T = TypeVar("T", bound="ScanPublic")


@_attrs_define
class ScanPublic:
    """
    Attributes:
        alerts_raised (int):
        as_of (datetime.date):
        conventions_scanned (int):
        notification_id (int | None):
        read_side (ReadSideState): How fresh the read models are when the answer was made.
    """

    alerts_raised: int
    as_of: datetime.date
    conventions_scanned: int
    notification_id: int | None
    read_side: ReadSideState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alerts_raised = self.alerts_raised

        as_of = self.as_of.isoformat()

        conventions_scanned = self.conventions_scanned

        notification_id: int | None
        notification_id = self.notification_id

        read_side = self.read_side.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alerts_raised": alerts_raised,
                "as_of": as_of,
                "conventions_scanned": conventions_scanned,
                "notification_id": notification_id,
                "read_side": read_side,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.read_side_state import ReadSideState  # noqa: PLC0415

        d = dict(src_dict)
        alerts_raised = d.pop("alerts_raised")

        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        conventions_scanned = d.pop("conventions_scanned")

        def _parse_notification_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        notification_id = _parse_notification_id(d.pop("notification_id"))

        read_side = ReadSideState.from_dict(d.pop("read_side"))

        scan_public = cls(
            alerts_raised=alerts_raised,
            as_of=as_of,
            conventions_scanned=conventions_scanned,
            notification_id=notification_id,
            read_side=read_side,
        )

        scan_public.additional_properties = d
        return scan_public

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
