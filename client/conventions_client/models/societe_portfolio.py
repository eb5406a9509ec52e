from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convention_summary import ConventionSummary
    from ..models.deadline_row import DeadlineRow
    from ..models.member_conventions import MemberConventions
    from ..models.member_on import MemberOn
    from ..models.open_alert import OpenAlert
    from ..models.party_summary import PartySummary
    from ..models.read_side_state import ReadSideState
    from ..models.year_money import YearMoney
    from ..models.year_results import YearResults


T = TypeVar("T", bound="SocietePortfolio")


@_attrs_define
class SocietePortfolio:
    """
    Attributes:
        contreparties_by_year (list[YearMoney]):
        conventions (list[ConventionSummary]):
        conventions_total (int):
        group_convention_ids (list[UUID]):
        limit (int):
        member_convention_ids (list[MemberConventions]):
        members (list[MemberOn]):
        next_deadlines (list[DeadlineRow]):
        offset (int):
        on (datetime.date):
        open_alerts (list[OpenAlert]):
        open_alerts_total (int):
        party (PartySummary):
        read_side (ReadSideState): How fresh the read models are when the answer was made.
        results_by_year (list[YearResults]):
    """

    contreparties_by_year: list[YearMoney]
    conventions: list[ConventionSummary]
    conventions_total: int
    group_convention_ids: list[UUID]
    limit: int
    member_convention_ids: list[MemberConventions]
    members: list[MemberOn]
    next_deadlines: list[DeadlineRow]
    offset: int
    on: datetime.date
    open_alerts: list[OpenAlert]
    open_alerts_total: int
    party: PartySummary
    read_side: ReadSideState
    results_by_year: list[YearResults]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contreparties_by_year = []
        for contreparties_by_year_item_data in self.contreparties_by_year:
            contreparties_by_year_item = contreparties_by_year_item_data.to_dict()
            contreparties_by_year.append(contreparties_by_year_item)

        conventions = []
        for conventions_item_data in self.conventions:
            conventions_item = conventions_item_data.to_dict()
            conventions.append(conventions_item)

        conventions_total = self.conventions_total

        group_convention_ids = []
        for group_convention_ids_item_data in self.group_convention_ids:
            group_convention_ids_item = str(group_convention_ids_item_data)
            group_convention_ids.append(group_convention_ids_item)

        limit = self.limit

        member_convention_ids = []
        for member_convention_ids_item_data in self.member_convention_ids:
            member_convention_ids_item = member_convention_ids_item_data.to_dict()
            member_convention_ids.append(member_convention_ids_item)

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        next_deadlines = []
        for next_deadlines_item_data in self.next_deadlines:
            next_deadlines_item = next_deadlines_item_data.to_dict()
            next_deadlines.append(next_deadlines_item)

        offset = self.offset

        on = self.on.isoformat()

        open_alerts = []
        for open_alerts_item_data in self.open_alerts:
            open_alerts_item = open_alerts_item_data.to_dict()
            open_alerts.append(open_alerts_item)

        open_alerts_total = self.open_alerts_total

        party = self.party.to_dict()

        read_side = self.read_side.to_dict()

        results_by_year = []
        for results_by_year_item_data in self.results_by_year:
            results_by_year_item = results_by_year_item_data.to_dict()
            results_by_year.append(results_by_year_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contreparties_by_year": contreparties_by_year,
                "conventions": conventions,
                "conventions_total": conventions_total,
                "group_convention_ids": group_convention_ids,
                "limit": limit,
                "member_convention_ids": member_convention_ids,
                "members": members,
                "next_deadlines": next_deadlines,
                "offset": offset,
                "on": on,
                "open_alerts": open_alerts,
                "open_alerts_total": open_alerts_total,
                "party": party,
                "read_side": read_side,
                "results_by_year": results_by_year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.convention_summary import ConventionSummary  # noqa: PLC0415
        from ..models.deadline_row import DeadlineRow  # noqa: PLC0415
        from ..models.member_conventions import MemberConventions  # noqa: PLC0415
        from ..models.member_on import MemberOn  # noqa: PLC0415
        from ..models.open_alert import OpenAlert  # noqa: PLC0415
        from ..models.party_summary import PartySummary  # noqa: PLC0415
        from ..models.read_side_state import ReadSideState  # noqa: PLC0415
        from ..models.year_money import YearMoney  # noqa: PLC0415
        from ..models.year_results import YearResults  # noqa: PLC0415

        d = dict(src_dict)
        contreparties_by_year = []
        _contreparties_by_year = d.pop("contreparties_by_year")
        for contreparties_by_year_item_data in _contreparties_by_year:
            contreparties_by_year_item = YearMoney.from_dict(
                contreparties_by_year_item_data
            )

            contreparties_by_year.append(contreparties_by_year_item)

        conventions = []
        _conventions = d.pop("conventions")
        for conventions_item_data in _conventions:
            conventions_item = ConventionSummary.from_dict(conventions_item_data)

            conventions.append(conventions_item)

        conventions_total = d.pop("conventions_total")

        group_convention_ids = []
        _group_convention_ids = d.pop("group_convention_ids")
        for group_convention_ids_item_data in _group_convention_ids:
            group_convention_ids_item = UUID(group_convention_ids_item_data)

            group_convention_ids.append(group_convention_ids_item)

        limit = d.pop("limit")

        member_convention_ids = []
        _member_convention_ids = d.pop("member_convention_ids")
        for member_convention_ids_item_data in _member_convention_ids:
            member_convention_ids_item = MemberConventions.from_dict(
                member_convention_ids_item_data
            )

            member_convention_ids.append(member_convention_ids_item)

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = MemberOn.from_dict(members_item_data)

            members.append(members_item)

        next_deadlines = []
        _next_deadlines = d.pop("next_deadlines")
        for next_deadlines_item_data in _next_deadlines:
            next_deadlines_item = DeadlineRow.from_dict(next_deadlines_item_data)

            next_deadlines.append(next_deadlines_item)

        offset = d.pop("offset")

        on = datetime.date.fromisoformat(d.pop("on"))

        open_alerts = []
        _open_alerts = d.pop("open_alerts")
        for open_alerts_item_data in _open_alerts:
            open_alerts_item = OpenAlert.from_dict(open_alerts_item_data)

            open_alerts.append(open_alerts_item)

        open_alerts_total = d.pop("open_alerts_total")

        party = PartySummary.from_dict(d.pop("party"))

        read_side = ReadSideState.from_dict(d.pop("read_side"))

        results_by_year = []
        _results_by_year = d.pop("results_by_year")
        for results_by_year_item_data in _results_by_year:
            results_by_year_item = YearResults.from_dict(results_by_year_item_data)

            results_by_year.append(results_by_year_item)

        societe_portfolio = cls(
            contreparties_by_year=contreparties_by_year,
            conventions=conventions,
            conventions_total=conventions_total,
            group_convention_ids=group_convention_ids,
            limit=limit,
            member_convention_ids=member_convention_ids,
            members=members,
            next_deadlines=next_deadlines,
            offset=offset,
            on=on,
            open_alerts=open_alerts,
            open_alerts_total=open_alerts_total,
            party=party,
            read_side=read_side,
            results_by_year=results_by_year,
        )

        societe_portfolio.additional_properties = d
        return societe_portfolio

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
