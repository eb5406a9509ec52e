from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contribution_public import ContributionPublic
    from ..models.programme_action_public import ProgrammeActionPublic


T = TypeVar("T", bound="ApplicationProgrammePublic")


@_attrs_define
class ApplicationProgrammePublic:
    """The convention d'application of year N: actions and means.

    Attributes:
        actions (list[ProgrammeActionPublic]):
        adopted_on (datetime.date):
        year (int):
        contributions (list[ContributionPublic] | Unset):
        deliberations (list[str] | Unset):
        revision (int | Unset):  Default: 1.
    """

    actions: list[ProgrammeActionPublic]
    adopted_on: datetime.date
    year: int
    contributions: list[ContributionPublic] | Unset = UNSET
    deliberations: list[str] | Unset = UNSET
    revision: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
        from ..models.contribution_public import ContributionPublic  # noqa: PLC0415
        from ..models.programme_action_public import ProgrammeActionPublic  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = ProgrammeActionPublic.from_dict(actions_item_data)

            actions.append(actions_item)

        adopted_on = datetime.date.fromisoformat(d.pop("adopted_on"))

        year = d.pop("year")

        _contributions = d.pop("contributions", UNSET)
        contributions: list[ContributionPublic] | Unset = UNSET
        if _contributions is not UNSET:
            contributions = []
            for contributions_item_data in _contributions:
                contributions_item = ContributionPublic.from_dict(
                    contributions_item_data
                )

                contributions.append(contributions_item)

        deliberations = cast(list[str], d.pop("deliberations", UNSET))

        revision = d.pop("revision", UNSET)

        application_programme_public = cls(
            actions=actions,
            adopted_on=adopted_on,
            year=year,
            contributions=contributions,
            deliberations=deliberations,
            revision=revision,
        )

        application_programme_public.additional_properties = d
        return application_programme_public

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
