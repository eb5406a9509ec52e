from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookCreated")


@_attrs_define
class WebhookCreated:
    """
    Attributes:
        active (bool):
        created_at (datetime.datetime):
        created_by (str):
        cursor (int): The position of the log served up to (delivered, or not for this party).
        event_types (list[str]):
        failures (int): Failed attempts in a row at the next event (0: all is well).
        id (UUID):
        last_error (None | str):
        next_attempt_at (datetime.datetime | None):
        party_id (UUID):
        secret (str): The signing secret (`whsec_…`), shown this once: keep it to verify `webhook-signature`.
        url (str):
    """

    active: bool
    created_at: datetime.datetime
    created_by: str
    cursor: int
    event_types: list[str]
    failures: int
    id: UUID
    last_error: None | str
    next_attempt_at: datetime.datetime | None
    party_id: UUID
    secret: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        cursor = self.cursor

        event_types = self.event_types

        failures = self.failures

        id = str(self.id)

        last_error: None | str
        last_error = self.last_error

        next_attempt_at: None | str
        if isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        party_id = str(self.party_id)

        secret = self.secret

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "created_at": created_at,
                "created_by": created_by,
                "cursor": cursor,
                "event_types": event_types,
                "failures": failures,
                "id": id,
                "last_error": last_error,
                "next_attempt_at": next_attempt_at,
                "party_id": party_id,
                "secret": secret,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        cursor = d.pop("cursor")

        event_types = cast(list[str], d.pop("event_types"))

        failures = d.pop("failures")

        id = UUID(d.pop("id"))

        def _parse_last_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error = _parse_last_error(d.pop("last_error"))

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("next_attempt_at"))

        party_id = UUID(d.pop("party_id"))

        secret = d.pop("secret")

        url = d.pop("url")

        webhook_created = cls(
            active=active,
            created_at=created_at,
            created_by=created_by,
            cursor=cursor,
            event_types=event_types,
            failures=failures,
            id=id,
            last_error=last_error,
            next_attempt_at=next_attempt_at,
            party_id=party_id,
            secret=secret,
            url=url,
        )

        webhook_created.additional_properties = d
        return webhook_created

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
