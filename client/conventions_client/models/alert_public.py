from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_kind import AlertKind
from ..models.alert_status import AlertStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_decision_public import AlertDecisionPublic
    from ..models.event_public import EventPublic
    from ..models.examination_public import ExaminationPublic
    from ..models.finding_public import FindingPublic


T = TypeVar("T", bound="AlertPublic")


@_attrs_define
class AlertPublic:
    """
    Attributes:
        acknowledged_on (datetime.date | None):
        alert_id (UUID):
        closed_on (datetime.date | None):
        closing_reason (None | str):
        convention_id (UUID):
        decision (AlertDecisionPublic | None):
        examination (ExaminationPublic | None):
        finding (FindingPublic): What is wrong, measured: the raw material of an alert.
        kind (AlertKind):
        number (int):
        raised_on (datetime.date):
        resolved_automatically (bool):
        status (AlertStatus):
        history (list[EventPublic] | None | Unset):
    """

    acknowledged_on: datetime.date | None
    alert_id: UUID
    closed_on: datetime.date | None
    closing_reason: None | str
    convention_id: UUID
    decision: AlertDecisionPublic | None
    examination: ExaminationPublic | None
    finding: FindingPublic
    kind: AlertKind
    number: int
    raised_on: datetime.date
    resolved_automatically: bool
    status: AlertStatus
    history: list[EventPublic] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.alert_decision_public import AlertDecisionPublic  # noqa: PLC0415
        from ..models.examination_public import ExaminationPublic  # noqa: PLC0415

        acknowledged_on: None | str
        if isinstance(self.acknowledged_on, datetime.date):
            acknowledged_on = self.acknowledged_on.isoformat()
        else:
            acknowledged_on = self.acknowledged_on

        alert_id = str(self.alert_id)

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        closing_reason: None | str
        closing_reason = self.closing_reason

        convention_id = str(self.convention_id)

        decision: dict[str, Any] | None
        if isinstance(self.decision, AlertDecisionPublic):
            decision = self.decision.to_dict()
        else:
            decision = self.decision

        examination: dict[str, Any] | None
        if isinstance(self.examination, ExaminationPublic):
            examination = self.examination.to_dict()
        else:
            examination = self.examination

        finding = self.finding.to_dict()

        kind = self.kind.value

        number = self.number

        raised_on = self.raised_on.isoformat()

        resolved_automatically = self.resolved_automatically

        status = self.status.value

        history: list[dict[str, Any]] | None | Unset
        if isinstance(self.history, Unset):
            history = UNSET
        elif isinstance(self.history, list):
            history = []
            for history_type_0_item_data in self.history:
                history_type_0_item = history_type_0_item_data.to_dict()
                history.append(history_type_0_item)

        else:
            history = self.history

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acknowledged_on": acknowledged_on,
                "alert_id": alert_id,
                "closed_on": closed_on,
                "closing_reason": closing_reason,
                "convention_id": convention_id,
                "decision": decision,
                "examination": examination,
                "finding": finding,
                "kind": kind,
                "number": number,
                "raised_on": raised_on,
                "resolved_automatically": resolved_automatically,
                "status": status,
            }
        )
        if history is not UNSET:
            field_dict["history"] = history

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_decision_public import AlertDecisionPublic  # noqa: PLC0415
        from ..models.event_public import EventPublic  # noqa: PLC0415
        from ..models.examination_public import ExaminationPublic  # noqa: PLC0415
        from ..models.finding_public import FindingPublic  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_acknowledged_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acknowledged_on_type_0 = datetime.date.fromisoformat(data)

                return acknowledged_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        acknowledged_on = _parse_acknowledged_on(d.pop("acknowledged_on"))

        alert_id = UUID(d.pop("alert_id"))

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

        def _parse_decision(data: object) -> AlertDecisionPublic | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                decision_type_0 = AlertDecisionPublic.from_dict(data)

                return decision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlertDecisionPublic | None, data)

        decision = _parse_decision(d.pop("decision"))

        def _parse_examination(data: object) -> ExaminationPublic | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                examination_type_0 = ExaminationPublic.from_dict(data)

                return examination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExaminationPublic | None, data)

        examination = _parse_examination(d.pop("examination"))

        finding = FindingPublic.from_dict(d.pop("finding"))

        kind = AlertKind(d.pop("kind"))

        number = d.pop("number")

        raised_on = datetime.date.fromisoformat(d.pop("raised_on"))

        resolved_automatically = d.pop("resolved_automatically")

        status = AlertStatus(d.pop("status"))

        def _parse_history(data: object) -> list[EventPublic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                history_type_0 = []
                _history_type_0 = data
                for history_type_0_item_data in _history_type_0:
                    history_type_0_item = EventPublic.from_dict(
                        history_type_0_item_data
                    )

                    history_type_0.append(history_type_0_item)

                return history_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EventPublic] | None | Unset, data)

        history = _parse_history(d.pop("history", UNSET))

        alert_public = cls(
            acknowledged_on=acknowledged_on,
            alert_id=alert_id,
            closed_on=closed_on,
            closing_reason=closing_reason,
            convention_id=convention_id,
            decision=decision,
            examination=examination,
            finding=finding,
            kind=kind,
            number=number,
            raised_on=raised_on,
            resolved_automatically=resolved_automatically,
            status=status,
            history=history,
        )

        alert_public.additional_properties = d
        return alert_public

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
