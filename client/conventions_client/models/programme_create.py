from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.programme_action_in import ProgrammeActionIn


T = TypeVar("T", bound="ProgrammeCreate")


@_attrs_define
class ProgrammeCreate:
    """
    Attributes:
        actions (list[ProgrammeActionIn]):
        adopted_on (datetime.date):
        year (int):
        revision (bool | Unset):  Default: False.
    """

    actions: list[ProgrammeActionIn]
    adopted_on: datetime.date
    year: int
    revision: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        adopted_on = self.adopted_on.isoformat()

        year = self.year

        revision = self.revision

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "actions": actions,
                "adopted_on": adopted_on,
                "year": year,
            }
        )
        if revision is not UNSET:
            field_dict["revision"] = revision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.programme_action_in import ProgrammeActionIn  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = ProgrammeActionIn.from_dict(actions_item_data)

            actions.append(actions_item)

        adopted_on = datetime.date.fromisoformat(d.pop("adopted_on"))

        year = d.pop("year")

        revision = d.pop("revision", UNSET)

        programme_create = cls(
            actions=actions,
            adopted_on=adopted_on,
            year=year,
            revision=revision,
        )

        return programme_create
