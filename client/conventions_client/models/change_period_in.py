from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangePeriodIn")


@_attrs_define
class ChangePeriodIn:
    """
    Attributes:
        op (Literal['change_period']):
        start (datetime.date):
        end (datetime.date | None | Unset):
        takes_effect_on (datetime.date | None | Unset): La date de prise d'effet que fixe le texte, s'il en fixe une ;
            sinon la convention prend effet à la plus tardive de sa date de début et de sa dernière signature.
    """

    op: Literal["change_period"]
    start: datetime.date
    end: datetime.date | None | Unset = UNSET
    takes_effect_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        op = self.op

        start = self.start.isoformat()

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, datetime.date):
            end = self.end.isoformat()
        else:
            end = self.end

        takes_effect_on: None | str | Unset
        if isinstance(self.takes_effect_on, Unset):
            takes_effect_on = UNSET
        elif isinstance(self.takes_effect_on, datetime.date):
            takes_effect_on = self.takes_effect_on.isoformat()
        else:
            takes_effect_on = self.takes_effect_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "op": op,
                "start": start,
            }
        )
        if end is not UNSET:
            field_dict["end"] = end
        if takes_effect_on is not UNSET:
            field_dict["takes_effect_on"] = takes_effect_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        op = cast(Literal["change_period"], d.pop("op"))
        if op != "change_period":
            raise ValueError(f"op must match const 'change_period', got '{op}'")

        start = datetime.date.fromisoformat(d.pop("start"))

        def _parse_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.date.fromisoformat(data)

                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        def _parse_takes_effect_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                takes_effect_on_type_0 = datetime.date.fromisoformat(data)

                return takes_effect_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        takes_effect_on = _parse_takes_effect_on(d.pop("takes_effect_on", UNSET))

        change_period_in = cls(
            op=op,
            start=start,
            end=end,
            takes_effect_on=takes_effect_on,
        )

        return change_period_in
