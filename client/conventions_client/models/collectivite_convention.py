from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collectivite_convention_relations_item import (
    CollectiviteConventionRelationsItem,
)
from ..models.convention_kind import ConventionKind

if TYPE_CHECKING:
    from ..models.next_deadline import NextDeadline
    from ..models.party_ref import PartyRef


T = TypeVar("T", bound="CollectiviteConvention")


@_attrs_define
class CollectiviteConvention:
    """
    Attributes:
        avenants_in_force (int):
        avenants_pending (int):
        convention_id (UUID):
        end_on (datetime.date | None):
        in_force_since (datetime.date | None):
        kind (ConventionKind): The instruments of contractualisation described by the FOPH guide (2021).
        next_deadline (NextDeadline | None):
        parties (list[PartyRef]):
        predecessor_id (None | UUID):
        relations (list[CollectiviteConventionRelationsItem]): How it concerns the collectivité: as a party; through its
            attached office; through the SC of its attached office; on its territory.
        start_on (datetime.date):
        status (str):
        status_since (datetime.date | None):
        successor_id (None | UUID):
        title (str):
        version (int):
    """

    avenants_in_force: int
    avenants_pending: int
    convention_id: UUID
    end_on: datetime.date | None
    in_force_since: datetime.date | None
    kind: ConventionKind
    next_deadline: NextDeadline | None
    parties: list[PartyRef]
    predecessor_id: None | UUID
    relations: list[CollectiviteConventionRelationsItem]
    start_on: datetime.date
    status: str
    status_since: datetime.date | None
    successor_id: None | UUID
    title: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.next_deadline import NextDeadline  # noqa: PLC0415

        avenants_in_force = self.avenants_in_force

        avenants_pending = self.avenants_pending

        convention_id = str(self.convention_id)

        end_on: None | str
        if isinstance(self.end_on, datetime.date):
            end_on = self.end_on.isoformat()
        else:
            end_on = self.end_on

        in_force_since: None | str
        if isinstance(self.in_force_since, datetime.date):
            in_force_since = self.in_force_since.isoformat()
        else:
            in_force_since = self.in_force_since

        kind = self.kind.value

        next_deadline: dict[str, Any] | None
        if isinstance(self.next_deadline, NextDeadline):
            next_deadline = self.next_deadline.to_dict()
        else:
            next_deadline = self.next_deadline

        parties = []
        for parties_item_data in self.parties:
            parties_item = parties_item_data.to_dict()
            parties.append(parties_item)

        predecessor_id: None | str
        if isinstance(self.predecessor_id, UUID):
            predecessor_id = str(self.predecessor_id)
        else:
            predecessor_id = self.predecessor_id

        relations = []
        for relations_item_data in self.relations:
            relations_item = relations_item_data.value
            relations.append(relations_item)

        start_on = self.start_on.isoformat()

        status = self.status

        status_since: None | str
        if isinstance(self.status_since, datetime.date):
            status_since = self.status_since.isoformat()
        else:
            status_since = self.status_since

        successor_id: None | str
        if isinstance(self.successor_id, UUID):
            successor_id = str(self.successor_id)
        else:
            successor_id = self.successor_id

        title = self.title

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avenants_in_force": avenants_in_force,
                "avenants_pending": avenants_pending,
                "convention_id": convention_id,
                "end_on": end_on,
                "in_force_since": in_force_since,
                "kind": kind,
                "next_deadline": next_deadline,
                "parties": parties,
                "predecessor_id": predecessor_id,
                "relations": relations,
                "start_on": start_on,
                "status": status,
                "status_since": status_since,
                "successor_id": successor_id,
                "title": title,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.next_deadline import NextDeadline  # noqa: PLC0415
        from ..models.party_ref import PartyRef  # noqa: PLC0415

        d = dict(src_dict)
        avenants_in_force = d.pop("avenants_in_force")

        avenants_pending = d.pop("avenants_pending")

        convention_id = UUID(d.pop("convention_id"))

        def _parse_end_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_on_type_0 = datetime.date.fromisoformat(data)

                return end_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_on = _parse_end_on(d.pop("end_on"))

        def _parse_in_force_since(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                in_force_since_type_0 = datetime.date.fromisoformat(data)

                return in_force_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        in_force_since = _parse_in_force_since(d.pop("in_force_since"))

        kind = ConventionKind(d.pop("kind"))

        def _parse_next_deadline(data: object) -> NextDeadline | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_deadline_type_0 = NextDeadline.from_dict(data)

                return next_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NextDeadline | None, data)

        next_deadline = _parse_next_deadline(d.pop("next_deadline"))

        parties = []
        _parties = d.pop("parties")
        for parties_item_data in _parties:
            parties_item = PartyRef.from_dict(parties_item_data)

            parties.append(parties_item)

        def _parse_predecessor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                predecessor_id_type_0 = UUID(data)

                return predecessor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        predecessor_id = _parse_predecessor_id(d.pop("predecessor_id"))

        relations = []
        _relations = d.pop("relations")
        for relations_item_data in _relations:
            relations_item = CollectiviteConventionRelationsItem(relations_item_data)

            relations.append(relations_item)

        start_on = datetime.date.fromisoformat(d.pop("start_on"))

        status = d.pop("status")

        def _parse_status_since(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_since_type_0 = datetime.date.fromisoformat(data)

                return status_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        status_since = _parse_status_since(d.pop("status_since"))

        def _parse_successor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                successor_id_type_0 = UUID(data)

                return successor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        successor_id = _parse_successor_id(d.pop("successor_id"))

        title = d.pop("title")

        version = d.pop("version")

        collectivite_convention = cls(
            avenants_in_force=avenants_in_force,
            avenants_pending=avenants_pending,
            convention_id=convention_id,
            end_on=end_on,
            in_force_since=in_force_since,
            kind=kind,
            next_deadline=next_deadline,
            parties=parties,
            predecessor_id=predecessor_id,
            relations=relations,
            start_on=start_on,
            status=status,
            status_since=status_since,
            successor_id=successor_id,
            title=title,
            version=version,
        )

        collectivite_convention.additional_properties = d
        return collectivite_convention

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
