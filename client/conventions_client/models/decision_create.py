from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.decision_kind import DecisionKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.corrective_action_in import CorrectiveActionIn


T = TypeVar("T", bound="DecisionCreate")


@_attrs_define
class DecisionCreate:
    """
    Attributes:
        decided_on (datetime.date):
        kind (DecisionKind):
        summary (str):
        actions (list[CorrectiveActionIn] | Unset):
        amount (float | None | str | Unset):
        avenant_number (int | None | Unset):
        body_id (None | str | Unset):
        contrepartie_id (None | str | Unset):
    """

    decided_on: datetime.date
    kind: DecisionKind
    summary: str
    actions: list[CorrectiveActionIn] | Unset = UNSET
    amount: float | None | str | Unset = UNSET
    avenant_number: int | None | Unset = UNSET
    body_id: None | str | Unset = UNSET
    contrepartie_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        decided_on = self.decided_on.isoformat()

        kind = self.kind.value

        summary = self.summary

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        amount: float | None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        avenant_number: int | None | Unset
        if isinstance(self.avenant_number, Unset):
            avenant_number = UNSET
        else:
            avenant_number = self.avenant_number

        body_id: None | str | Unset
        if isinstance(self.body_id, Unset):
            body_id = UNSET
        else:
            body_id = self.body_id

        contrepartie_id: None | str | Unset
        if isinstance(self.contrepartie_id, Unset):
            contrepartie_id = UNSET
        else:
            contrepartie_id = self.contrepartie_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decided_on": decided_on,
                "kind": kind,
                "summary": summary,
            }
        )
        if actions is not UNSET:
            field_dict["actions"] = actions
        if amount is not UNSET:
            field_dict["amount"] = amount
        if avenant_number is not UNSET:
            field_dict["avenant_number"] = avenant_number
        if body_id is not UNSET:
            field_dict["body_id"] = body_id
        if contrepartie_id is not UNSET:
            field_dict["contrepartie_id"] = contrepartie_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.corrective_action_in import CorrectiveActionIn  # noqa: PLC0415

        d = dict(src_dict)
        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))

        kind = DecisionKind(d.pop("kind"))

        summary = d.pop("summary")

        _actions = d.pop("actions", UNSET)
        actions: list[CorrectiveActionIn] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = CorrectiveActionIn.from_dict(actions_item_data)

                actions.append(actions_item)

        def _parse_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_avenant_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        avenant_number = _parse_avenant_number(d.pop("avenant_number", UNSET))

        def _parse_body_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body_id = _parse_body_id(d.pop("body_id", UNSET))

        def _parse_contrepartie_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contrepartie_id = _parse_contrepartie_id(d.pop("contrepartie_id", UNSET))

        decision_create = cls(
            decided_on=decided_on,
            kind=kind,
            summary=summary,
            actions=actions,
            amount=amount,
            avenant_number=avenant_number,
            body_id=body_id,
            contrepartie_id=contrepartie_id,
        )

        return decision_create
