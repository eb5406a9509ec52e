from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgrammeActionIn")


@_attrs_define
class ProgrammeActionIn:
    """
    Attributes:
        label (str):
        budget (float | None | str | Unset):
        commitment_id (None | str | Unset):
    """

    label: str
    budget: float | None | str | Unset = UNSET
    commitment_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        budget: float | None | str | Unset
        if isinstance(self.budget, Unset):
            budget = UNSET
        else:
            budget = self.budget

        commitment_id: None | str | Unset
        if isinstance(self.commitment_id, Unset):
            commitment_id = UNSET
        else:
            commitment_id = self.commitment_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "label": label,
            }
        )
        if budget is not UNSET:
            field_dict["budget"] = budget
        if commitment_id is not UNSET:
            field_dict["commitment_id"] = commitment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        def _parse_budget(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        budget = _parse_budget(d.pop("budget", UNSET))

        def _parse_commitment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commitment_id = _parse_commitment_id(d.pop("commitment_id", UNSET))

        programme_action_in = cls(
            label=label,
            budget=budget,
            commitment_id=commitment_id,
        )

        return programme_action_in
