from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_kind import AlertKind
from ..models.alert_severity import AlertSeverity
from ..types import UNSET, Unset

T = TypeVar("T", bound="FindingPublic")


@_attrs_define
class FindingPublic:
    """What is wrong, measured: the raw material of an alert.

    Attributes:
        cause (str):
        key (str):
        kind (AlertKind):
        severity (AlertSeverity):
        actual (None | str | Unset):
        beneficiary_id (None | Unset | UUID):
        due_on (datetime.date | None | Unset):
        expected (None | str | Unset):
        gap (None | str | Unset):
        party_id (None | Unset | UUID):
        subject (str | Unset):  Default: ''.
        year (int | None | Unset):
    """

    cause: str
    key: str
    kind: AlertKind
    severity: AlertSeverity
    actual: None | str | Unset = UNSET
    beneficiary_id: None | Unset | UUID = UNSET
    due_on: datetime.date | None | Unset = UNSET
    expected: None | str | Unset = UNSET
    gap: None | str | Unset = UNSET
    party_id: None | Unset | UUID = UNSET
    subject: str | Unset = ""
    year: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cause = self.cause

        key = self.key

        kind = self.kind.value

        severity = self.severity.value

        actual: None | str | Unset
        if isinstance(self.actual, Unset):
            actual = UNSET
        else:
            actual = self.actual

        beneficiary_id: None | str | Unset
        if isinstance(self.beneficiary_id, Unset):
            beneficiary_id = UNSET
        elif isinstance(self.beneficiary_id, UUID):
            beneficiary_id = str(self.beneficiary_id)
        else:
            beneficiary_id = self.beneficiary_id

        due_on: None | str | Unset
        if isinstance(self.due_on, Unset):
            due_on = UNSET
        elif isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        expected: None | str | Unset
        if isinstance(self.expected, Unset):
            expected = UNSET
        else:
            expected = self.expected

        gap: None | str | Unset
        if isinstance(self.gap, Unset):
            gap = UNSET
        else:
            gap = self.gap

        party_id: None | str | Unset
        if isinstance(self.party_id, Unset):
            party_id = UNSET
        elif isinstance(self.party_id, UUID):
            party_id = str(self.party_id)
        else:
            party_id = self.party_id

        subject = self.subject

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cause": cause,
                "key": key,
                "kind": kind,
                "severity": severity,
            }
        )
        if actual is not UNSET:
            field_dict["actual"] = actual
        if beneficiary_id is not UNSET:
            field_dict["beneficiary_id"] = beneficiary_id
        if due_on is not UNSET:
            field_dict["due_on"] = due_on
        if expected is not UNSET:
            field_dict["expected"] = expected
        if gap is not UNSET:
            field_dict["gap"] = gap
        if party_id is not UNSET:
            field_dict["party_id"] = party_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cause = d.pop("cause")

        key = d.pop("key")

        kind = AlertKind(d.pop("kind"))

        severity = AlertSeverity(d.pop("severity"))

        def _parse_actual(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actual = _parse_actual(d.pop("actual", UNSET))

        def _parse_beneficiary_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                beneficiary_id_type_0 = UUID(data)

                return beneficiary_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        beneficiary_id = _parse_beneficiary_id(d.pop("beneficiary_id", UNSET))

        def _parse_due_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)

                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        due_on = _parse_due_on(d.pop("due_on", UNSET))

        def _parse_expected(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expected = _parse_expected(d.pop("expected", UNSET))

        def _parse_gap(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gap = _parse_gap(d.pop("gap", UNSET))

        def _parse_party_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                party_id_type_0 = UUID(data)

                return party_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        party_id = _parse_party_id(d.pop("party_id", UNSET))

        subject = d.pop("subject", UNSET)

        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))

        finding_public = cls(
            cause=cause,
            key=key,
            kind=kind,
            severity=severity,
            actual=actual,
            beneficiary_id=beneficiary_id,
            due_on=due_on,
            expected=expected,
            gap=gap,
            party_id=party_id,
            subject=subject,
            year=year,
        )

        finding_public.additional_properties = d
        return finding_public

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
