from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.event_public import EventPublic
    from ..models.point_public import PointPublic
    from ..models.terms_difference import TermsDifference


T = TypeVar("T", bound="TermsDiff")


@_attrs_define
class TermsDiff:
    """
    Attributes:
        after (PointPublic):
        before (PointPublic):
        changes (list[TermsDifference]):
        convention_id (UUID):
        events (list[EventPublic]): The events that made the difference.
    """

    after: PointPublic
    before: PointPublic
    changes: list[TermsDifference]
    convention_id: UUID
    events: list[EventPublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        after = self.after.to_dict()

        before = self.before.to_dict()

        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        convention_id = str(self.convention_id)

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "after": after,
                "before": before,
                "changes": changes,
                "convention_id": convention_id,
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_public import EventPublic  # noqa: PLC0415
        from ..models.point_public import PointPublic  # noqa: PLC0415
        from ..models.terms_difference import TermsDifference  # noqa: PLC0415

        d = dict(src_dict)
        after = PointPublic.from_dict(d.pop("after"))

        before = PointPublic.from_dict(d.pop("before"))

        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = TermsDifference.from_dict(changes_item_data)

            changes.append(changes_item)

        convention_id = UUID(d.pop("convention_id"))

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = EventPublic.from_dict(events_item_data)

            events.append(events_item)

        terms_diff = cls(
            after=after,
            before=before,
            changes=changes,
            convention_id=convention_id,
            events=events,
        )

        terms_diff.additional_properties = d
        return terms_diff

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
