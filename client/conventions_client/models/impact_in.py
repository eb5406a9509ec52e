from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.impact_kind import ImpactKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImpactIn")


@_attrs_define
class ImpactIn:
    """
    Attributes:
        kind (ImpactKind): The effects on the territory a final evaluation presents as figures (the Nièvre's
            bilan of 2020: economic activity, attractiveness, thermal comfort).
        value (float | str): En euros (investissements), emplois, pourcentage (entreprises locales, vacance) ou
            logements (performance énergétique).
        baseline (float | None | str | Unset): Le chiffre au début de la convention.
        comment (str | Unset):  Default: ''.
    """

    kind: ImpactKind
    value: float | str
    baseline: float | None | str | Unset = UNSET
    comment: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        value: float | str
        value = self.value

        baseline: float | None | str | Unset
        if isinstance(self.baseline, Unset):
            baseline = UNSET
        else:
            baseline = self.baseline

        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "value": value,
            }
        )
        if baseline is not UNSET:
            field_dict["baseline"] = baseline
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = ImpactKind(d.pop("kind"))

        def _parse_value(data: object) -> float | str:
            return cast(float | str, data)

        value = _parse_value(d.pop("value"))

        def _parse_baseline(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        baseline = _parse_baseline(d.pop("baseline", UNSET))

        comment = d.pop("comment", UNSET)

        impact_in = cls(
            kind=kind,
            value=value,
            baseline=baseline,
            comment=comment,
        )

        return impact_in
