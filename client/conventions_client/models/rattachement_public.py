from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.office_kind import OfficeKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collectivite_deliberation_public import CollectiviteDeliberationPublic


T = TypeVar("T", bound="RattachementPublic")


@_attrs_define
class RattachementPublic:
    """
    Attributes:
        collectivite_id (UUID):
        effective_on (datetime.date):
        kind (OfficeKind):
        decree_reference (None | str | Unset):
        deliberations (list[CollectiviteDeliberationPublic] | Unset):
        order_signed_on (datetime.date | None | Unset):
    """

    collectivite_id: UUID
    effective_on: datetime.date
    kind: OfficeKind
    decree_reference: None | str | Unset = UNSET
    deliberations: list[CollectiviteDeliberationPublic] | Unset = UNSET
    order_signed_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collectivite_id = str(self.collectivite_id)

        effective_on = self.effective_on.isoformat()

        kind = self.kind.value

        decree_reference: None | str | Unset
        if isinstance(self.decree_reference, Unset):
            decree_reference = UNSET
        else:
            decree_reference = self.decree_reference

        deliberations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deliberations, Unset):
            deliberations = []
            for deliberations_item_data in self.deliberations:
                deliberations_item = deliberations_item_data.to_dict()
                deliberations.append(deliberations_item)

        order_signed_on: None | str | Unset
        if isinstance(self.order_signed_on, Unset):
            order_signed_on = UNSET
        elif isinstance(self.order_signed_on, datetime.date):
            order_signed_on = self.order_signed_on.isoformat()
        else:
            order_signed_on = self.order_signed_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collectivite_id": collectivite_id,
                "effective_on": effective_on,
                "kind": kind,
            }
        )
        if decree_reference is not UNSET:
            field_dict["decree_reference"] = decree_reference
        if deliberations is not UNSET:
            field_dict["deliberations"] = deliberations
        if order_signed_on is not UNSET:
            field_dict["order_signed_on"] = order_signed_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collectivite_deliberation_public import (
            CollectiviteDeliberationPublic,  # noqa: PLC0415
        )

        d = dict(src_dict)
        collectivite_id = UUID(d.pop("collectivite_id"))

        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        kind = OfficeKind(d.pop("kind"))

        def _parse_decree_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decree_reference = _parse_decree_reference(d.pop("decree_reference", UNSET))

        _deliberations = d.pop("deliberations", UNSET)
        deliberations: list[CollectiviteDeliberationPublic] | Unset = UNSET
        if _deliberations is not UNSET:
            deliberations = []
            for deliberations_item_data in _deliberations:
                deliberations_item = CollectiviteDeliberationPublic.from_dict(
                    deliberations_item_data
                )

                deliberations.append(deliberations_item)

        def _parse_order_signed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                order_signed_on_type_0 = datetime.date.fromisoformat(data)

                return order_signed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        order_signed_on = _parse_order_signed_on(d.pop("order_signed_on", UNSET))

        rattachement_public = cls(
            collectivite_id=collectivite_id,
            effective_on=effective_on,
            kind=kind,
            decree_reference=decree_reference,
            deliberations=deliberations,
            order_signed_on=order_signed_on,
        )

        rattachement_public.additional_properties = d
        return rattachement_public

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
