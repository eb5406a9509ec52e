from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PointPublic")


@_attrs_define
class PointPublic:
    """
    Attributes:
        on (datetime.date | None):
        recorded_at (str): When that version was recorded.
        status (str):
        version (int):
    """

    on: datetime.date | None
    recorded_at: str
    status: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on: None | str
        if isinstance(self.on, datetime.date):
            on = self.on.isoformat()
        else:
            on = self.on

        recorded_at = self.recorded_at

        status = self.status

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "on": on,
                "recorded_at": recorded_at,
                "status": status,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_type_0 = datetime.date.fromisoformat(data)

                return on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        on = _parse_on(d.pop("on"))

        recorded_at = d.pop("recorded_at")

        status = d.pop("status")

        version = d.pop("version")

        point_public = cls(
            on=on,
            recorded_at=recorded_at,
            status=status,
            version=version,
        )

        point_public.additional_properties = d
        return point_public

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
