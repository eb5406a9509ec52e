from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.collectivite_deliberation_in import CollectiviteDeliberationIn


T = TypeVar("T", bound="RattachementChange")


@_attrs_define
class RattachementChange:
    """A change of collectivité de rattachement: an arrêté préfectoral taken on the
    deliberations of the collectivités concerned (the former and the new).

        Attributes:
            collectivite_id (UUID):
            deliberations (list[CollectiviteDeliberationIn]):
            effective_on (datetime.date):
            order_reference (str): Référence de l'arrêté préfectoral.
            order_signed_on (datetime.date): Date de l'arrêté préfectoral.
    """

    collectivite_id: UUID
    deliberations: list[CollectiviteDeliberationIn]
    effective_on: datetime.date
    order_reference: str
    order_signed_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        collectivite_id = str(self.collectivite_id)

        deliberations = []
        for deliberations_item_data in self.deliberations:
            deliberations_item = deliberations_item_data.to_dict()
            deliberations.append(deliberations_item)

        effective_on = self.effective_on.isoformat()

        order_reference = self.order_reference

        order_signed_on = self.order_signed_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "collectivite_id": collectivite_id,
                "deliberations": deliberations,
                "effective_on": effective_on,
                "order_reference": order_reference,
                "order_signed_on": order_signed_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collectivite_deliberation_in import CollectiviteDeliberationIn  # noqa: PLC0415

        d = dict(src_dict)
        collectivite_id = UUID(d.pop("collectivite_id"))

        deliberations = []
        _deliberations = d.pop("deliberations")
        for deliberations_item_data in _deliberations:
            deliberations_item = CollectiviteDeliberationIn.from_dict(
                deliberations_item_data
            )

            deliberations.append(deliberations_item)

        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        order_reference = d.pop("order_reference")

        order_signed_on = datetime.date.fromisoformat(d.pop("order_signed_on"))

        rattachement_change = cls(
            collectivite_id=collectivite_id,
            deliberations=deliberations,
            effective_on=effective_on,
            order_reference=order_reference,
            order_signed_on=order_signed_on,
        )

        return rattachement_change
