from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.timeline_entry_stream import TimelineEntryStream

T = TypeVar("T", bound="TimelineEntry")


@_attrs_define
class TimelineEntry:
    """
    Attributes:
        actor_id (None | str):
        effective_on (datetime.date | None):
        event_type (str):
        line (str):
        position (int):
        recorded_at (str):
        stream (TimelineEntryStream):
        version (int):
    """

    actor_id: None | str
    effective_on: datetime.date | None
    event_type: str
    line: str
    position: int
    recorded_at: str
    stream: TimelineEntryStream
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actor_id: None | str
        actor_id = self.actor_id

        effective_on: None | str
        if isinstance(self.effective_on, datetime.date):
            effective_on = self.effective_on.isoformat()
        else:
            effective_on = self.effective_on

        event_type = self.event_type

        line = self.line

        position = self.position

        recorded_at = self.recorded_at

        stream = self.stream.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actor_id": actor_id,
                "effective_on": effective_on,
                "event_type": event_type,
                "line": line,
                "position": position,
                "recorded_at": recorded_at,
                "stream": stream,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_actor_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actor_id = _parse_actor_id(d.pop("actor_id"))

        def _parse_effective_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_on_type_0 = datetime.date.fromisoformat(data)

                return effective_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        effective_on = _parse_effective_on(d.pop("effective_on"))

        event_type = d.pop("event_type")

        line = d.pop("line")

        position = d.pop("position")

        recorded_at = d.pop("recorded_at")

        stream = TimelineEntryStream(d.pop("stream"))

        version = d.pop("version")

        timeline_entry = cls(
            actor_id=actor_id,
            effective_on=effective_on,
            event_type=event_type,
            line=line,
            position=position,
            recorded_at=recorded_at,
            stream=stream,
            version=version,
        )

        timeline_entry.additional_properties = d
        return timeline_entry

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
