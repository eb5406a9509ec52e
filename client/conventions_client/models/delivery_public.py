from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeliveryPublic")


@_attrs_define
class DeliveryPublic:
    """
    Attributes:
        attempt (int):
        attempted_at (datetime.datetime):
        delivered (bool):
        error (None | str):
        event_type (str):
        position (int):
        status (int | None): The receiver's HTTP status; null when it could not be reached.
        webhook_id (str): The event's stable id (the `webhook-id` header).
    """

    attempt: int
    attempted_at: datetime.datetime
    delivered: bool
    error: None | str
    event_type: str
    position: int
    status: int | None
    webhook_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempt = self.attempt

        attempted_at = self.attempted_at.isoformat()

        delivered = self.delivered

        error: None | str
        error = self.error

        event_type = self.event_type

        position = self.position

        status: int | None
        status = self.status

        webhook_id = self.webhook_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempt": attempt,
                "attempted_at": attempted_at,
                "delivered": delivered,
                "error": error,
                "event_type": event_type,
                "position": position,
                "status": status,
                "webhook_id": webhook_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempt = d.pop("attempt")

        attempted_at = datetime.datetime.fromisoformat(d.pop("attempted_at"))

        delivered = d.pop("delivered")

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        event_type = d.pop("event_type")

        position = d.pop("position")

        def _parse_status(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        status = _parse_status(d.pop("status"))

        webhook_id = d.pop("webhook_id")

        delivery_public = cls(
            attempt=attempt,
            attempted_at=attempted_at,
            delivered=delivered,
            error=error,
            event_type=event_type,
            position=position,
            status=status,
            webhook_id=webhook_id,
        )

        delivery_public.additional_properties = d
        return delivery_public

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
