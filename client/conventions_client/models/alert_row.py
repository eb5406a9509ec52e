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

T = TypeVar("T", bound="AlertRow")


@_attrs_define
class AlertRow:
    """
    Attributes:
        actual (None | str):
        alert_id (UUID):
        beneficiary_id (None | UUID):
        cause (str):
        closed_on (datetime.date | None):
        closing_reason (None | str):
        convention_id (UUID):
        due_on (datetime.date | None):
        expected (None | str):
        gap (None | str):
        kind (AlertKind):
        number (int):
        party_id (None | UUID):
        raised_on (datetime.date):
        severity (AlertSeverity):
        status (AlertStatus):
        subject (str):
        year (int | None):
    """

    actual: None | str
    alert_id: UUID
    beneficiary_id: None | UUID
    cause: str
    closed_on: datetime.date | None
    closing_reason: None | str
    convention_id: UUID
    due_on: datetime.date | None
    expected: None | str
    gap: None | str
    kind: AlertKind
    number: int
    party_id: None | UUID
    raised_on: datetime.date
    severity: AlertSeverity
    status: AlertStatus
    subject: str
    year: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actual: None | str
        actual = self.actual

        alert_id = str(self.alert_id)

        beneficiary_id: None | str
        if isinstance(self.beneficiary_id, UUID):
            beneficiary_id = str(self.beneficiary_id)
        else:
            beneficiary_id = self.beneficiary_id

        cause = self.cause

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        closing_reason: None | str
        closing_reason = self.closing_reason

        convention_id = str(self.convention_id)

        due_on: None | str
        if isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        expected: None | str
        expected = self.expected

        gap: None | str
        gap = self.gap

        kind = self.kind.value

        number = self.number

        party_id: None | str
        if isinstance(self.party_id, UUID):
            party_id = str(self.party_id)
        else:
            party_id = self.party_id

        raised_on = self.raised_on.isoformat()

        severity = self.severity.value

        status = self.status.value

        subject = self.subject

        year: int | None
        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actual": actual,
                "alert_id": alert_id,
                "beneficiary_id": beneficiary_id,
                "cause": cause,
                "closed_on": closed_on,
                "closing_reason": closing_reason,
                "convention_id": convention_id,
                "due_on": due_on,
                "expected": expected,
                "gap": gap,
                "kind": kind,
                "number": number,
                "party_id": party_id,
                "raised_on": raised_on,
                "severity": severity,
                "status": status,
                "subject": subject,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_actual(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actual = _parse_actual(d.pop("actual"))

        alert_id = UUID(d.pop("alert_id"))

        def _parse_beneficiary_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                beneficiary_id_type_0 = UUID(data)

                return beneficiary_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        beneficiary_id = _parse_beneficiary_id(d.pop("beneficiary_id"))

        cause = d.pop("cause")

        def _parse_closed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)

                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))

        def _parse_closing_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        closing_reason = _parse_closing_reason(d.pop("closing_reason"))

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

        def _parse_expected(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        expected = _parse_expected(d.pop("expected"))

        def _parse_gap(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gap = _parse_gap(d.pop("gap"))

        kind = AlertKind(d.pop("kind"))

        number = d.pop("number")

        def _parse_party_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                party_id_type_0 = UUID(data)

                return party_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        party_id = _parse_party_id(d.pop("party_id"))

        raised_on = datetime.date.fromisoformat(d.pop("raised_on"))

        severity = AlertSeverity(d.pop("severity"))

        status = AlertStatus(d.pop("status"))

        subject = d.pop("subject")

        def _parse_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        year = _parse_year(d.pop("year"))

        alert_row = cls(
            actual=actual,
            alert_id=alert_id,
            beneficiary_id=beneficiary_id,
            cause=cause,
            closed_on=closed_on,
            closing_reason=closing_reason,
            convention_id=convention_id,
            due_on=due_on,
            expected=expected,
            gap=gap,
            kind=kind,
            number=number,
            party_id=party_id,
            raised_on=raised_on,
            severity=severity,
            status=status,
            subject=subject,
            year=year,
        )

        alert_row.additional_properties = d
        return alert_row

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
