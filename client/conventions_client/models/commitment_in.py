from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.commitment_kind import CommitmentKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indicator_in import IndicatorIn


T = TypeVar("T", bound="CommitmentIn")


@_attrs_define
class CommitmentIn:
    """
    Attributes:
        axis_id (str):
        commitment_id (str):
        title (str):
        framework_id (None | str | Unset): Le cadre de référence (PLH, PSP, CUS…) des termes qu'il met en œuvre.
        indicators (list[IndicatorIn] | Unset):
        kind (CommitmentKind | Unset):
        level (int | None | Unset): Dans une charte à niveaux par patrimoine : le niveau à partir duquel il s'applique.
        operation_id (None | str | Unset): The operation of the terms it is about.
        party_id (None | Unset | UUID):
    """

    axis_id: str
    commitment_id: str
    title: str
    framework_id: None | str | Unset = UNSET
    indicators: list[IndicatorIn] | Unset = UNSET
    kind: CommitmentKind | Unset = UNSET
    level: int | None | Unset = UNSET
    operation_id: None | str | Unset = UNSET
    party_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        axis_id = self.axis_id

        commitment_id = self.commitment_id

        title = self.title

        framework_id: None | str | Unset
        if isinstance(self.framework_id, Unset):
            framework_id = UNSET
        else:
            framework_id = self.framework_id

        indicators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.indicators, Unset):
            indicators = []
            for indicators_item_data in self.indicators:
                indicators_item = indicators_item_data.to_dict()
                indicators.append(indicators_item)

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        level: int | None | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        else:
            level = self.level

        operation_id: None | str | Unset
        if isinstance(self.operation_id, Unset):
            operation_id = UNSET
        else:
            operation_id = self.operation_id

        party_id: None | str | Unset
        if isinstance(self.party_id, Unset):
            party_id = UNSET
        elif isinstance(self.party_id, UUID):
            party_id = str(self.party_id)
        else:
            party_id = self.party_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "axis_id": axis_id,
                "commitment_id": commitment_id,
                "title": title,
            }
        )
        if framework_id is not UNSET:
            field_dict["framework_id"] = framework_id
        if indicators is not UNSET:
            field_dict["indicators"] = indicators
        if kind is not UNSET:
            field_dict["kind"] = kind
        if level is not UNSET:
            field_dict["level"] = level
        if operation_id is not UNSET:
            field_dict["operation_id"] = operation_id
        if party_id is not UNSET:
            field_dict["party_id"] = party_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator_in import IndicatorIn  # noqa: PLC0415

        d = dict(src_dict)
        axis_id = d.pop("axis_id")

        commitment_id = d.pop("commitment_id")

        title = d.pop("title")

        def _parse_framework_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        framework_id = _parse_framework_id(d.pop("framework_id", UNSET))

        _indicators = d.pop("indicators", UNSET)
        indicators: list[IndicatorIn] | Unset = UNSET
        if _indicators is not UNSET:
            indicators = []
            for indicators_item_data in _indicators:
                indicators_item = IndicatorIn.from_dict(indicators_item_data)

                indicators.append(indicators_item)

        _kind = d.pop("kind", UNSET)
        kind: CommitmentKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = CommitmentKind(_kind)

        def _parse_level(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        level = _parse_level(d.pop("level", UNSET))

        def _parse_operation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation_id = _parse_operation_id(d.pop("operation_id", UNSET))

        def _parse_party_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                party_id_type_0 = UUID(data)

                return party_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        party_id = _parse_party_id(d.pop("party_id", UNSET))

        commitment_in = cls(
            axis_id=axis_id,
            commitment_id=commitment_id,
            title=title,
            framework_id=framework_id,
            indicators=indicators,
            kind=kind,
            level=level,
            operation_id=operation_id,
            party_id=party_id,
        )

        return commitment_in
