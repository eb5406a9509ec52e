from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangePeriodPublic")


@_attrs_define
class ChangePeriodPublic:
    """
    Attributes:
        end (datetime.date | None):
        start (datetime.date):
        takes_effect_on (datetime.date | None | Unset):
    """

    end: datetime.date | None
    start: datetime.date
    takes_effect_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end: None | str
        if isinstance(self.end, datetime.date):
            end = self.end.isoformat()
        else:
            end = self.end

        start = self.start.isoformat()

        takes_effect_on: None | str | Unset
        if isinstance(self.takes_effect_on, Unset):
            takes_effect_on = UNSET
        elif isinstance(self.takes_effect_on, datetime.date):
            takes_effect_on = self.takes_effect_on.isoformat()
        else:
            takes_effect_on = self.takes_effect_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "start": start,
            }
        )
        if takes_effect_on is not UNSET:
            field_dict["takes_effect_on"] = takes_effect_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.date.fromisoformat(data)

                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end = _parse_end(d.pop("end"))

        start = datetime.date.fromisoformat(d.pop("start"))

        def _parse_takes_effect_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                takes_effect_on_type_0 = datetime.date.fromisoformat(data)

                return takes_effect_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        takes_effect_on = _parse_takes_effect_on(d.pop("takes_effect_on", UNSET))

        change_period_public = cls(
            end=end,
            start=start,
            takes_effect_on=takes_effect_on,
        )

        change_period_public.additional_properties = d
        return change_period_public

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
