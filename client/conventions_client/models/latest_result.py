from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.direction import Direction
from ..models.latest_result_standing_type_0 import LatestResultStandingType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="LatestResult")


@_attrs_define
class LatestResult:
    """
    Attributes:
        achieved (None | str):
        commitment_id (str):
        convention_id (UUID):
        direction (Direction):
        indicator_id (str):
        label (str):
        met (bool | None):
        party_id (None | UUID):
        target (None | str):
        unit (str):
        year (int):
        standing (LatestResultStandingType0 | None | Unset): met: target reached; vigilance: off target within the alert
            threshold (a mark, no alert is raised); alert: past the threshold.
        this_year (int | None | Unset): The year of the portfolio's date (as_of).
        this_year_target (None | str | Unset): The target of this year: what is to be reached now.
    """

    achieved: None | str
    commitment_id: str
    convention_id: UUID
    direction: Direction
    indicator_id: str
    label: str
    met: bool | None
    party_id: None | UUID
    target: None | str
    unit: str
    year: int
    standing: LatestResultStandingType0 | None | Unset = UNSET
    this_year: int | None | Unset = UNSET
    this_year_target: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        achieved: None | str
        achieved = self.achieved

        commitment_id = self.commitment_id

        convention_id = str(self.convention_id)

        direction = self.direction.value

        indicator_id = self.indicator_id

        label = self.label

        met: bool | None
        met = self.met

        party_id: None | str
        if isinstance(self.party_id, UUID):
            party_id = str(self.party_id)
        else:
            party_id = self.party_id

        target: None | str
        target = self.target

        unit = self.unit

        year = self.year

        standing: None | str | Unset
        if isinstance(self.standing, Unset):
            standing = UNSET
        elif isinstance(self.standing, LatestResultStandingType0):
            standing = self.standing.value
        else:
            standing = self.standing

        this_year: int | None | Unset
        if isinstance(self.this_year, Unset):
            this_year = UNSET
        else:
            this_year = self.this_year

        this_year_target: None | str | Unset
        if isinstance(self.this_year_target, Unset):
            this_year_target = UNSET
        else:
            this_year_target = self.this_year_target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "achieved": achieved,
                "commitment_id": commitment_id,
                "convention_id": convention_id,
                "direction": direction,
                "indicator_id": indicator_id,
                "label": label,
                "met": met,
                "party_id": party_id,
                "target": target,
                "unit": unit,
                "year": year,
            }
        )
        if standing is not UNSET:
            field_dict["standing"] = standing
        if this_year is not UNSET:
            field_dict["this_year"] = this_year
        if this_year_target is not UNSET:
            field_dict["this_year_target"] = this_year_target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_achieved(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        achieved = _parse_achieved(d.pop("achieved"))

        commitment_id = d.pop("commitment_id")

        convention_id = UUID(d.pop("convention_id"))

        direction = Direction(d.pop("direction"))

        indicator_id = d.pop("indicator_id")

        label = d.pop("label")

        def _parse_met(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        met = _parse_met(d.pop("met"))

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

        def _parse_target(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        target = _parse_target(d.pop("target"))

        unit = d.pop("unit")

        year = d.pop("year")

        def _parse_standing(data: object) -> LatestResultStandingType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                standing_type_0 = LatestResultStandingType0(data)

                return standing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LatestResultStandingType0 | None | Unset, data)

        standing = _parse_standing(d.pop("standing", UNSET))

        def _parse_this_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        this_year = _parse_this_year(d.pop("this_year", UNSET))

        def _parse_this_year_target(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        this_year_target = _parse_this_year_target(d.pop("this_year_target", UNSET))

        latest_result = cls(
            achieved=achieved,
            commitment_id=commitment_id,
            convention_id=convention_id,
            direction=direction,
            indicator_id=indicator_id,
            label=label,
            met=met,
            party_id=party_id,
            target=target,
            unit=unit,
            year=year,
            standing=standing,
            this_year=this_year,
            this_year_target=this_year_target,
        )

        latest_result.additional_properties = d
        return latest_result

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
