from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commune_stock_in import CommuneStockIn


T = TypeVar("T", bound="StockDeclarationCreate")


@_attrs_define
class StockDeclarationCreate:
    """
    Attributes:
        communes (list[CommuneStockIn]):
        declared_on (datetime.date):
        source (str | Unset): Where the figures come from (RPLS au 1er janvier, inventaire…). Default: ''.
    """

    communes: list[CommuneStockIn]
    declared_on: datetime.date
    source: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        communes = []
        for communes_item_data in self.communes:
            communes_item = communes_item_data.to_dict()
            communes.append(communes_item)

        declared_on = self.declared_on.isoformat()

        source = self.source

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "communes": communes,
                "declared_on": declared_on,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.commune_stock_in import CommuneStockIn  # noqa: PLC0415

        d = dict(src_dict)
        communes = []
        _communes = d.pop("communes")
        for communes_item_data in _communes:
            communes_item = CommuneStockIn.from_dict(communes_item_data)

            communes.append(communes_item)

        declared_on = datetime.date.fromisoformat(d.pop("declared_on"))

        source = d.pop("source", UNSET)

        stock_declaration_create = cls(
            communes=communes,
            declared_on=declared_on,
            source=source,
        )

        return stock_declaration_create
