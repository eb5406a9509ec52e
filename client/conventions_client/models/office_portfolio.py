from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deadline_row import DeadlineRow
    from ..models.guarantee_line import GuaranteeLine
    from ..models.latest_result import LatestResult
    from ..models.office_convention import OfficeConvention
    from ..models.open_alert import OpenAlert
    from ..models.operation_line import OperationLine
    from ..models.party_summary import PartySummary
    from ..models.patrimoine import Patrimoine
    from ..models.read_side_state import ReadSideState
    from ..models.year_money import YearMoney


T = TypeVar("T", bound="OfficePortfolio")


@_attrs_define
class OfficePortfolio:
    """
    Attributes:
        commitments (list[LatestResult]):
        contreparties_by_year (list[YearMoney]):
        conventions (list[OfficeConvention]):
        conventions_total (int):
        limit (int):
        next_deadlines (list[DeadlineRow]):
        offset (int):
        open_alerts (list[OpenAlert]):
        open_alerts_total (int):
        party (PartySummary):
        read_side (ReadSideState): How fresh the read models are when the answer was made.
        guaranteed_outstanding (str | Unset): Their encours garanti, summed. Default: '0.00'.
        guarantees (list[GuaranteeLine] | Unset): Its loans a collectivité guarantees.
        operations (list[OperationLine] | Unset): The operations it carries (maître d'ouvrage) in its conventions.
        patrimoine (None | Patrimoine | Unset): Its dwellings per commune, as last declared (none before a declaration).
    """

    commitments: list[LatestResult]
    contreparties_by_year: list[YearMoney]
    conventions: list[OfficeConvention]
    conventions_total: int
    limit: int
    next_deadlines: list[DeadlineRow]
    offset: int
    open_alerts: list[OpenAlert]
    open_alerts_total: int
    party: PartySummary
    read_side: ReadSideState
    guaranteed_outstanding: str | Unset = "0.00"
    guarantees: list[GuaranteeLine] | Unset = UNSET
    operations: list[OperationLine] | Unset = UNSET
    patrimoine: None | Patrimoine | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.patrimoine import Patrimoine  # noqa: PLC0415

        commitments = []
        for commitments_item_data in self.commitments:
            commitments_item = commitments_item_data.to_dict()
            commitments.append(commitments_item)

        contreparties_by_year = []
        for contreparties_by_year_item_data in self.contreparties_by_year:
            contreparties_by_year_item = contreparties_by_year_item_data.to_dict()
            contreparties_by_year.append(contreparties_by_year_item)

        conventions = []
        for conventions_item_data in self.conventions:
            conventions_item = conventions_item_data.to_dict()
            conventions.append(conventions_item)

        conventions_total = self.conventions_total

        limit = self.limit

        next_deadlines = []
        for next_deadlines_item_data in self.next_deadlines:
            next_deadlines_item = next_deadlines_item_data.to_dict()
            next_deadlines.append(next_deadlines_item)

        offset = self.offset

        open_alerts = []
        for open_alerts_item_data in self.open_alerts:
            open_alerts_item = open_alerts_item_data.to_dict()
            open_alerts.append(open_alerts_item)

        open_alerts_total = self.open_alerts_total

        party = self.party.to_dict()

        read_side = self.read_side.to_dict()

        guaranteed_outstanding = self.guaranteed_outstanding

        guarantees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.guarantees, Unset):
            guarantees = []
            for guarantees_item_data in self.guarantees:
                guarantees_item = guarantees_item_data.to_dict()
                guarantees.append(guarantees_item)

        operations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.operations, Unset):
            operations = []
            for operations_item_data in self.operations:
                operations_item = operations_item_data.to_dict()
                operations.append(operations_item)

        patrimoine: dict[str, Any] | None | Unset
        if isinstance(self.patrimoine, Unset):
            patrimoine = UNSET
        elif isinstance(self.patrimoine, Patrimoine):
            patrimoine = self.patrimoine.to_dict()
        else:
            patrimoine = self.patrimoine

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commitments": commitments,
                "contreparties_by_year": contreparties_by_year,
                "conventions": conventions,
                "conventions_total": conventions_total,
                "limit": limit,
                "next_deadlines": next_deadlines,
                "offset": offset,
                "open_alerts": open_alerts,
                "open_alerts_total": open_alerts_total,
                "party": party,
                "read_side": read_side,
            }
        )
        if guaranteed_outstanding is not UNSET:
            field_dict["guaranteed_outstanding"] = guaranteed_outstanding
        if guarantees is not UNSET:
            field_dict["guarantees"] = guarantees
        if operations is not UNSET:
            field_dict["operations"] = operations
        if patrimoine is not UNSET:
            field_dict["patrimoine"] = patrimoine

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deadline_row import DeadlineRow  # noqa: PLC0415
        from ..models.guarantee_line import GuaranteeLine  # noqa: PLC0415
        from ..models.latest_result import LatestResult  # noqa: PLC0415
        from ..models.office_convention import OfficeConvention  # noqa: PLC0415
        from ..models.open_alert import OpenAlert  # noqa: PLC0415
        from ..models.operation_line import OperationLine  # noqa: PLC0415
        from ..models.party_summary import PartySummary  # noqa: PLC0415
        from ..models.patrimoine import Patrimoine  # noqa: PLC0415
        from ..models.read_side_state import ReadSideState  # noqa: PLC0415
        from ..models.year_money import YearMoney  # noqa: PLC0415

        d = dict(src_dict)
        commitments = []
        _commitments = d.pop("commitments")
        for commitments_item_data in _commitments:
            commitments_item = LatestResult.from_dict(commitments_item_data)

            commitments.append(commitments_item)

        contreparties_by_year = []
        _contreparties_by_year = d.pop("contreparties_by_year")
        for contreparties_by_year_item_data in _contreparties_by_year:
            contreparties_by_year_item = YearMoney.from_dict(
                contreparties_by_year_item_data
            )

            contreparties_by_year.append(contreparties_by_year_item)

        conventions = []
        _conventions = d.pop("conventions")
        for conventions_item_data in _conventions:
            conventions_item = OfficeConvention.from_dict(conventions_item_data)

            conventions.append(conventions_item)

        conventions_total = d.pop("conventions_total")

        limit = d.pop("limit")

        next_deadlines = []
        _next_deadlines = d.pop("next_deadlines")
        for next_deadlines_item_data in _next_deadlines:
            next_deadlines_item = DeadlineRow.from_dict(next_deadlines_item_data)

            next_deadlines.append(next_deadlines_item)

        offset = d.pop("offset")

        open_alerts = []
        _open_alerts = d.pop("open_alerts")
        for open_alerts_item_data in _open_alerts:
            open_alerts_item = OpenAlert.from_dict(open_alerts_item_data)

            open_alerts.append(open_alerts_item)

        open_alerts_total = d.pop("open_alerts_total")

        party = PartySummary.from_dict(d.pop("party"))

        read_side = ReadSideState.from_dict(d.pop("read_side"))

        guaranteed_outstanding = d.pop("guaranteed_outstanding", UNSET)

        _guarantees = d.pop("guarantees", UNSET)
        guarantees: list[GuaranteeLine] | Unset = UNSET
        if _guarantees is not UNSET:
            guarantees = []
            for guarantees_item_data in _guarantees:
                guarantees_item = GuaranteeLine.from_dict(guarantees_item_data)

                guarantees.append(guarantees_item)

        _operations = d.pop("operations", UNSET)
        operations: list[OperationLine] | Unset = UNSET
        if _operations is not UNSET:
            operations = []
            for operations_item_data in _operations:
                operations_item = OperationLine.from_dict(operations_item_data)

                operations.append(operations_item)

        def _parse_patrimoine(data: object) -> None | Patrimoine | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                patrimoine_type_0 = Patrimoine.from_dict(data)

                return patrimoine_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Patrimoine | Unset, data)

        patrimoine = _parse_patrimoine(d.pop("patrimoine", UNSET))

        office_portfolio = cls(
            commitments=commitments,
            contreparties_by_year=contreparties_by_year,
            conventions=conventions,
            conventions_total=conventions_total,
            limit=limit,
            next_deadlines=next_deadlines,
            offset=offset,
            open_alerts=open_alerts,
            open_alerts_total=open_alerts_total,
            party=party,
            read_side=read_side,
            guaranteed_outstanding=guaranteed_outstanding,
            guarantees=guarantees,
            operations=operations,
            patrimoine=patrimoine,
        )

        office_portfolio.additional_properties = d
        return office_portfolio

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
