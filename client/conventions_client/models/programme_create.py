from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contribution_in import ContributionIn
    from ..models.programme_action_in import ProgrammeActionIn


T = TypeVar("T", bound="ProgrammeCreate")


@_attrs_define
class ProgrammeCreate:
    """
    Attributes:
        actions (list[ProgrammeActionIn]):
        adopted_on (datetime.date):
        year (int):
        contributions (list[ContributionIn] | Unset): The year's means: what each contrepartie the convention leaves
            open (or caps) gives that year; owed from then on.
        deliberations (list[str] | Unset): The references of the parties' deliberations adopting it.
        revision (bool | Unset):  Default: False.
    """

    actions: list[ProgrammeActionIn]
    adopted_on: datetime.date
    year: int
    contributions: list[ContributionIn] | Unset = UNSET
    deliberations: list[str] | Unset = UNSET
    revision: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        adopted_on = self.adopted_on.isoformat()

        year = self.year

        contributions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contributions, Unset):
            contributions = []
            for contributions_item_data in self.contributions:
                contributions_item = contributions_item_data.to_dict()
                contributions.append(contributions_item)

        deliberations: list[str] | Unset = UNSET
        if not isinstance(self.deliberations, Unset):
            deliberations = self.deliberations

        revision = self.revision

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "actions": actions,
                "adopted_on": adopted_on,
                "year": year,
            }
        )
        if contributions is not UNSET:
            field_dict["contributions"] = contributions
        if deliberations is not UNSET:
            field_dict["deliberations"] = deliberations
        if revision is not UNSET:
            field_dict["revision"] = revision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contribution_in import ContributionIn  # noqa: PLC0415
        from ..models.programme_action_in import ProgrammeActionIn  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = ProgrammeActionIn.from_dict(actions_item_data)

            actions.append(actions_item)

        adopted_on = datetime.date.fromisoformat(d.pop("adopted_on"))

        year = d.pop("year")

        _contributions = d.pop("contributions", UNSET)
        contributions: list[ContributionIn] | Unset = UNSET
        if _contributions is not UNSET:
            contributions = []
            for contributions_item_data in _contributions:
                contributions_item = ContributionIn.from_dict(contributions_item_data)

                contributions.append(contributions_item)

        deliberations = cast(list[str], d.pop("deliberations", UNSET))

        revision = d.pop("revision", UNSET)

        programme_create = cls(
            actions=actions,
            adopted_on=adopted_on,
            year=year,
            contributions=contributions,
            deliberations=deliberations,
            revision=revision,
        )

        return programme_create
