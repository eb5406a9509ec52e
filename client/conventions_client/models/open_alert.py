from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_kind import AlertKind
from ..models.alert_severity import AlertSeverity
from ..models.alert_status import AlertStatus

T = TypeVar("T", bound="OpenAlert")


@_attrs_define
class OpenAlert:
    """
    Attributes:
        cause (str):
        convention_id (UUID):
        due_on (datetime.date | None):
        kind (AlertKind):
        number (int):
        raised_on (datetime.date):
        severity (AlertSeverity):
        status (AlertStatus):
        year (int | None):
    """

    cause: str
    convention_id: UUID
    due_on: datetime.date | None
    kind: AlertKind
    number: int
    raised_on: datetime.date
    severity: AlertSeverity
    status: AlertStatus
    year: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cause = self.cause

        convention_id = str(self.convention_id)

        due_on: None | str
        if isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        kind = self.kind.value

        number = self.number

        raised_on = self.raised_on.isoformat()

        severity = self.severity.value

        status = self.status.value

        year: int | None
        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cause": cause,
                "convention_id": convention_id,
                "due_on": due_on,
                "kind": kind,
                "number": number,
                "raised_on": raised_on,
                "severity": severity,
                "status": status,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cause = d.pop("cause")

        convention_id = UUID(d.pop("convention_id"))

        def _parse_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)

                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_on = _parse_due_on(d.pop("due_on"))

        kind = AlertKind(d.pop("kind"))

        number = d.pop("number")

        raised_on = datetime.date.fromisoformat(d.pop("raised_on"))

        severity = AlertSeverity(d.pop("severity"))

        status = AlertStatus(d.pop("status"))

        def _parse_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        year = _parse_year(d.pop("year"))

        open_alert = cls(
            cause=cause,
            convention_id=convention_id,
            due_on=due_on,
            kind=kind,
            number=number,
            raised_on=raised_on,
            severity=severity,
            status=status,
            year=year,
        )

        open_alert.additional_properties = d
        return open_alert

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
