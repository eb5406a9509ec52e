from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.actor_public import ActorPublic
    from ..models.event_public_payload import EventPublicPayload


T = TypeVar("T", bound="EventPublic")


@_attrs_define
class EventPublic:
    """The envelope of a stored event, the same in every feed and history (documented in
    docs/feed.md): stable fields, the event's own fields in ``payload``.

        Attributes:
            actor (ActorPublic | None):
            effective_on (datetime.date | None): The date from which the fact takes effect, if it has one.
            id (UUID): Stable id of the event, derived from its stream and version.
            payload (EventPublicPayload):
            position (int | None): Its place in the global log (commit order); the feed's cursor.
            recorded_at (str): When the platform recorded it (UTC, ISO 8601).
            schema_version (int): Version of the payload's shape for this type (docs/feed.md).
            stream (UUID): The aggregate it belongs to (convention, party, alert file).
            stream_type (str):
            type_ (str):
            version (int): Its place in its stream, from 1.
    """

    actor: ActorPublic | None
    effective_on: datetime.date | None
    id: UUID
    payload: EventPublicPayload
    position: int | None
    recorded_at: str
    schema_version: int
    stream: UUID
    stream_type: str
    type_: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.actor_public import ActorPublic  # noqa: PLC0415

        actor: dict[str, Any] | None
        if isinstance(self.actor, ActorPublic):
            actor = self.actor.to_dict()
        else:
            actor = self.actor

        effective_on: None | str
        if isinstance(self.effective_on, datetime.date):
            effective_on = self.effective_on.isoformat()
        else:
            effective_on = self.effective_on

        id = str(self.id)

        payload = self.payload.to_dict()

        position: int | None
        position = self.position

        recorded_at = self.recorded_at

        schema_version = self.schema_version

        stream = str(self.stream)

        stream_type = self.stream_type

        type_ = self.type_

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actor": actor,
                "effective_on": effective_on,
                "id": id,
                "payload": payload,
                "position": position,
                "recorded_at": recorded_at,
                "schema_version": schema_version,
                "stream": stream,
                "stream_type": stream_type,
                "type": type_,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor_public import ActorPublic  # noqa: PLC0415
        from ..models.event_public_payload import EventPublicPayload  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_actor(data: object) -> ActorPublic | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                actor_type_0 = ActorPublic.from_dict(data)

                return actor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActorPublic | None, data)

        actor = _parse_actor(d.pop("actor"))

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

        id = UUID(d.pop("id"))

        payload = EventPublicPayload.from_dict(d.pop("payload"))

        def _parse_position(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        position = _parse_position(d.pop("position"))

        recorded_at = d.pop("recorded_at")

        schema_version = d.pop("schema_version")

        stream = UUID(d.pop("stream"))

        stream_type = d.pop("stream_type")

        type_ = d.pop("type")

        version = d.pop("version")

        event_public = cls(
            actor=actor,
            effective_on=effective_on,
            id=id,
            payload=payload,
            position=position,
            recorded_at=recorded_at,
            schema_version=schema_version,
            stream=stream,
            stream_type=stream_type,
            type_=type_,
            version=version,
        )

        event_public.additional_properties = d
        return event_public

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
