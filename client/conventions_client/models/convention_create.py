from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.convention_kind import ConventionKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.party_in import PartyIn


T = TypeVar("T", bound="ConventionCreate")


@_attrs_define
class ConventionCreate:
    """
    Attributes:
        kind (ConventionKind): The instruments of contractualisation described by the FOPH guide (2021).
        parties (list[PartyIn]):
        start_date (datetime.date):
        title (str):
        end_date (datetime.date | None | Unset):
        framework_id (None | Unset | UUID): Convention d'opération : la convention cadre en vigueur sous laquelle elle
            s'ouvre.
        operation (None | str | Unset):
        operation_id (None | str | Unset): Convention d'opération : l'opération de la convention cadre qu'elle porte
            (reprise dans ses termes).
        predecessor_id (None | Unset | UUID):
    """

    kind: ConventionKind
    parties: list[PartyIn]
    start_date: datetime.date
    title: str
    end_date: datetime.date | None | Unset = UNSET
    framework_id: None | Unset | UUID = UNSET
    operation: None | str | Unset = UNSET
    operation_id: None | str | Unset = UNSET
    predecessor_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        parties = []
        for parties_item_data in self.parties:
            parties_item = parties_item_data.to_dict()
            parties.append(parties_item)

        start_date = self.start_date.isoformat()

        title = self.title

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        framework_id: None | str | Unset
        if isinstance(self.framework_id, Unset):
            framework_id = UNSET
        elif isinstance(self.framework_id, UUID):
            framework_id = str(self.framework_id)
        else:
            framework_id = self.framework_id

        operation: None | str | Unset
        if isinstance(self.operation, Unset):
            operation = UNSET
        else:
            operation = self.operation

        operation_id: None | str | Unset
        if isinstance(self.operation_id, Unset):
            operation_id = UNSET
        else:
            operation_id = self.operation_id

        predecessor_id: None | str | Unset
        if isinstance(self.predecessor_id, Unset):
            predecessor_id = UNSET
        elif isinstance(self.predecessor_id, UUID):
            predecessor_id = str(self.predecessor_id)
        else:
            predecessor_id = self.predecessor_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "parties": parties,
                "start_date": start_date,
                "title": title,
            }
        )
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if framework_id is not UNSET:
            field_dict["framework_id"] = framework_id
        if operation is not UNSET:
            field_dict["operation"] = operation
        if operation_id is not UNSET:
            field_dict["operation_id"] = operation_id
        if predecessor_id is not UNSET:
            field_dict["predecessor_id"] = predecessor_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.party_in import PartyIn  # noqa: PLC0415

        d = dict(src_dict)
        kind = ConventionKind(d.pop("kind"))

        parties = []
        _parties = d.pop("parties")
        for parties_item_data in _parties:
            parties_item = PartyIn.from_dict(parties_item_data)

            parties.append(parties_item)

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        title = d.pop("title")

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_framework_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                framework_id_type_0 = UUID(data)

                return framework_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        framework_id = _parse_framework_id(d.pop("framework_id", UNSET))

        def _parse_operation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation = _parse_operation(d.pop("operation", UNSET))

        def _parse_operation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation_id = _parse_operation_id(d.pop("operation_id", UNSET))

        def _parse_predecessor_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                predecessor_id_type_0 = UUID(data)

                return predecessor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        predecessor_id = _parse_predecessor_id(d.pop("predecessor_id", UNSET))

        convention_create = cls(
            kind=kind,
            parties=parties,
            start_date=start_date,
            title=title,
            end_date=end_date,
            framework_id=framework_id,
            operation=operation,
            operation_id=operation_id,
            predecessor_id=predecessor_id,
        )

        return convention_create
