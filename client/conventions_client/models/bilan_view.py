from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bilan_action import BilanAction
    from ..models.bilan_alert import BilanAlert
    from ..models.bilan_indicator import BilanIndicator
    from ..models.bilan_line import BilanLine
    from ..models.bilan_meeting import BilanMeeting
    from ..models.bilan_money import BilanMoney
    from ..models.bilan_review import BilanReview
    from ..models.operation_bilan import OperationBilan


T = TypeVar("T", bound="BilanView")


@_attrs_define
class BilanView:
    """
    Attributes:
        actions (list[BilanAction]):
        alerts (list[BilanAlert]):
        comments (str):
        convention_id (UUID):
        convention_lines (list[BilanLine]):
        correction_reason (None | str):
        evaluated_on (datetime.date | None):
        financial_total (str):
        indicators (list[BilanIndicator]):
        kind (str):
        landlord_financials (list[BilanLine]):
        meetings (list[BilanMeeting]):
        money (list[BilanMoney]):
        operations (list[OperationBilan]):
        period (str):
        recorded_by (None | str):
        reviews (list[BilanReview]):
        revision (int | None):
        title (str):
        validated_by (None | str):
        validated_on (datetime.date | None):
        year (int):
    """

    actions: list[BilanAction]
    alerts: list[BilanAlert]
    comments: str
    convention_id: UUID
    convention_lines: list[BilanLine]
    correction_reason: None | str
    evaluated_on: datetime.date | None
    financial_total: str
    indicators: list[BilanIndicator]
    kind: str
    landlord_financials: list[BilanLine]
    meetings: list[BilanMeeting]
    money: list[BilanMoney]
    operations: list[OperationBilan]
    period: str
    recorded_by: None | str
    reviews: list[BilanReview]
    revision: int | None
    title: str
    validated_by: None | str
    validated_on: datetime.date | None
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        alerts = []
        for alerts_item_data in self.alerts:
            alerts_item = alerts_item_data.to_dict()
            alerts.append(alerts_item)

        comments = self.comments

        convention_id = str(self.convention_id)

        convention_lines = []
        for convention_lines_item_data in self.convention_lines:
            convention_lines_item = convention_lines_item_data.to_dict()
            convention_lines.append(convention_lines_item)

        correction_reason: None | str
        correction_reason = self.correction_reason

        evaluated_on: None | str
        if isinstance(self.evaluated_on, datetime.date):
            evaluated_on = self.evaluated_on.isoformat()
        else:
            evaluated_on = self.evaluated_on

        financial_total = self.financial_total

        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)

        kind = self.kind

        landlord_financials = []
        for landlord_financials_item_data in self.landlord_financials:
            landlord_financials_item = landlord_financials_item_data.to_dict()
            landlord_financials.append(landlord_financials_item)

        meetings = []
        for meetings_item_data in self.meetings:
            meetings_item = meetings_item_data.to_dict()
            meetings.append(meetings_item)

        money = []
        for money_item_data in self.money:
            money_item = money_item_data.to_dict()
            money.append(money_item)

        operations = []
        for operations_item_data in self.operations:
            operations_item = operations_item_data.to_dict()
            operations.append(operations_item)

        period = self.period

        recorded_by: None | str
        recorded_by = self.recorded_by

        reviews = []
        for reviews_item_data in self.reviews:
            reviews_item = reviews_item_data.to_dict()
            reviews.append(reviews_item)

        revision: int | None
        revision = self.revision

        title = self.title

        validated_by: None | str
        validated_by = self.validated_by

        validated_on: None | str
        if isinstance(self.validated_on, datetime.date):
            validated_on = self.validated_on.isoformat()
        else:
            validated_on = self.validated_on

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions": actions,
                "alerts": alerts,
                "comments": comments,
                "convention_id": convention_id,
                "convention_lines": convention_lines,
                "correction_reason": correction_reason,
                "evaluated_on": evaluated_on,
                "financial_total": financial_total,
                "indicators": indicators,
                "kind": kind,
                "landlord_financials": landlord_financials,
                "meetings": meetings,
                "money": money,
                "operations": operations,
                "period": period,
                "recorded_by": recorded_by,
                "reviews": reviews,
                "revision": revision,
                "title": title,
                "validated_by": validated_by,
                "validated_on": validated_on,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bilan_action import BilanAction  # noqa: PLC0415
        from ..models.bilan_alert import BilanAlert  # noqa: PLC0415
        from ..models.bilan_indicator import BilanIndicator  # noqa: PLC0415
        from ..models.bilan_line import BilanLine  # noqa: PLC0415
        from ..models.bilan_meeting import BilanMeeting  # noqa: PLC0415
        from ..models.bilan_money import BilanMoney  # noqa: PLC0415
        from ..models.bilan_review import BilanReview  # noqa: PLC0415
        from ..models.operation_bilan import OperationBilan  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = BilanAction.from_dict(actions_item_data)

            actions.append(actions_item)

        alerts = []
        _alerts = d.pop("alerts")
        for alerts_item_data in _alerts:
            alerts_item = BilanAlert.from_dict(alerts_item_data)

            alerts.append(alerts_item)

        comments = d.pop("comments")

        convention_id = UUID(d.pop("convention_id"))

        convention_lines = []
        _convention_lines = d.pop("convention_lines")
        for convention_lines_item_data in _convention_lines:
            convention_lines_item = BilanLine.from_dict(convention_lines_item_data)

            convention_lines.append(convention_lines_item)

        def _parse_correction_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        correction_reason = _parse_correction_reason(d.pop("correction_reason"))

        def _parse_evaluated_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                evaluated_on_type_0 = datetime.date.fromisoformat(data)

                return evaluated_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        evaluated_on = _parse_evaluated_on(d.pop("evaluated_on"))

        financial_total = d.pop("financial_total")

        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in _indicators:
            indicators_item = BilanIndicator.from_dict(indicators_item_data)

            indicators.append(indicators_item)

        kind = d.pop("kind")

        landlord_financials = []
        _landlord_financials = d.pop("landlord_financials")
        for landlord_financials_item_data in _landlord_financials:
            landlord_financials_item = BilanLine.from_dict(
                landlord_financials_item_data
            )

            landlord_financials.append(landlord_financials_item)

        meetings = []
        _meetings = d.pop("meetings")
        for meetings_item_data in _meetings:
            meetings_item = BilanMeeting.from_dict(meetings_item_data)

            meetings.append(meetings_item)

        money = []
        _money = d.pop("money")
        for money_item_data in _money:
            money_item = BilanMoney.from_dict(money_item_data)

            money.append(money_item)

        operations = []
        _operations = d.pop("operations")
        for operations_item_data in _operations:
            operations_item = OperationBilan.from_dict(operations_item_data)

            operations.append(operations_item)

        period = d.pop("period")

        def _parse_recorded_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        recorded_by = _parse_recorded_by(d.pop("recorded_by"))

        reviews = []
        _reviews = d.pop("reviews")
        for reviews_item_data in _reviews:
            reviews_item = BilanReview.from_dict(reviews_item_data)

            reviews.append(reviews_item)

        def _parse_revision(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        revision = _parse_revision(d.pop("revision"))

        title = d.pop("title")

        def _parse_validated_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        validated_by = _parse_validated_by(d.pop("validated_by"))

        def _parse_validated_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                validated_on_type_0 = datetime.date.fromisoformat(data)

                return validated_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        validated_on = _parse_validated_on(d.pop("validated_on"))

        year = d.pop("year")

        bilan_view = cls(
            actions=actions,
            alerts=alerts,
            comments=comments,
            convention_id=convention_id,
            convention_lines=convention_lines,
            correction_reason=correction_reason,
            evaluated_on=evaluated_on,
            financial_total=financial_total,
            indicators=indicators,
            kind=kind,
            landlord_financials=landlord_financials,
            meetings=meetings,
            money=money,
            operations=operations,
            period=period,
            recorded_by=recorded_by,
            reviews=reviews,
            revision=revision,
            title=title,
            validated_by=validated_by,
            validated_on=validated_on,
            year=year,
        )

        bilan_view.additional_properties = d
        return bilan_view

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
