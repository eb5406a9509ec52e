from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditorReadPublic")


@_attrs_define
class AuditorReadPublic:
    """
    Attributes:
        actor_id (str):
        path (str):
        query (str):
        read_at (str):
    """

    actor_id: str
    path: str
    query: str
    read_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actor_id = self.actor_id

        path = self.path

        query = self.query

        read_at = self.read_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actor_id": actor_id,
                "path": path,
                "query": query,
                "read_at": read_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actor_id = d.pop("actor_id")

        path = d.pop("path")

        query = d.pop("query")

        read_at = d.pop("read_at")

        auditor_read_public = cls(
            actor_id=actor_id,
            path=path,
            query=query,
            read_at=read_at,
        )

        auditor_read_public.additional_properties = d
        return auditor_read_public

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
