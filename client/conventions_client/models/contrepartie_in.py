from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.amount_commitment import AmountCommitment
from ..models.contrepartie_kind import ContrepartieKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.typology_grant_in import TypologyGrantIn
    from ..models.year_amount_in import YearAmountIn


T = TypeVar("T", bound="ContrepartieIn")


@_attrs_define
class ContrepartieIn:
    """
    Attributes:
        contrepartie_id (str):
        from_party_id (UUID):
        kind (ContrepartieKind):
        label (str):
        amounts (list[YearAmountIn] | Unset):
        commitment (AmountCommitment | Unset): What a contrepartie's yearly amounts commit the giver to (issue 20, the
            guide's shapes).
        guarantee_rate (float | None | str | Unset):
        issue_terms (str | Unset): Titres participatifs: their conditions d'émission (number and nominal value,
            remuneration, duration). Default: ''.
        operation_id (None | str | Unset): The operation of the terms it finances.
        reserved_to_attached_office (bool | Unset): Convention ouverte : due au seul office rattaché à la collectivité
            qui la donne. Default: False.
        to_party_id (None | Unset | UUID):
        unit_grants (list[TypologyGrantIn] | Unset):
    """

    contrepartie_id: str
    from_party_id: UUID
    kind: ContrepartieKind
    label: str
    amounts: list[YearAmountIn] | Unset = UNSET
    commitment: AmountCommitment | Unset = UNSET
    guarantee_rate: float | None | str | Unset = UNSET
    issue_terms: str | Unset = ""
    operation_id: None | str | Unset = UNSET
    reserved_to_attached_office: bool | Unset = False
    to_party_id: None | Unset | UUID = UNSET
    unit_grants: list[TypologyGrantIn] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contrepartie_id = self.contrepartie_id

        from_party_id = str(self.from_party_id)

        kind = self.kind.value

        label = self.label

        amounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.amounts, Unset):
            amounts = []
            for amounts_item_data in self.amounts:
                amounts_item = amounts_item_data.to_dict()
                amounts.append(amounts_item)

        commitment: str | Unset = UNSET
        if not isinstance(self.commitment, Unset):
            commitment = self.commitment.value

        guarantee_rate: float | None | str | Unset
        if isinstance(self.guarantee_rate, Unset):
            guarantee_rate = UNSET
        else:
            guarantee_rate = self.guarantee_rate

        issue_terms = self.issue_terms

        operation_id: None | str | Unset
        if isinstance(self.operation_id, Unset):
            operation_id = UNSET
        else:
            operation_id = self.operation_id

        reserved_to_attached_office = self.reserved_to_attached_office

        to_party_id: None | str | Unset
        if isinstance(self.to_party_id, Unset):
            to_party_id = UNSET
        elif isinstance(self.to_party_id, UUID):
            to_party_id = str(self.to_party_id)
        else:
            to_party_id = self.to_party_id

        unit_grants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.unit_grants, Unset):
            unit_grants = []
            for unit_grants_item_data in self.unit_grants:
                unit_grants_item = unit_grants_item_data.to_dict()
                unit_grants.append(unit_grants_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contrepartie_id": contrepartie_id,
                "from_party_id": from_party_id,
                "kind": kind,
                "label": label,
            }
        )
        if amounts is not UNSET:
            field_dict["amounts"] = amounts
        if commitment is not UNSET:
            field_dict["commitment"] = commitment
        if guarantee_rate is not UNSET:
            field_dict["guarantee_rate"] = guarantee_rate
        if issue_terms is not UNSET:
            field_dict["issue_terms"] = issue_terms
        if operation_id is not UNSET:
            field_dict["operation_id"] = operation_id
        if reserved_to_attached_office is not UNSET:
            field_dict["reserved_to_attached_office"] = reserved_to_attached_office
        if to_party_id is not UNSET:
            field_dict["to_party_id"] = to_party_id
        if unit_grants is not UNSET:
            field_dict["unit_grants"] = unit_grants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.typology_grant_in import TypologyGrantIn  # noqa: PLC0415
        from ..models.year_amount_in import YearAmountIn  # noqa: PLC0415

        d = dict(src_dict)
        contrepartie_id = d.pop("contrepartie_id")

        from_party_id = UUID(d.pop("from_party_id"))

        kind = ContrepartieKind(d.pop("kind"))

        label = d.pop("label")

        _amounts = d.pop("amounts", UNSET)
        amounts: list[YearAmountIn] | Unset = UNSET
        if _amounts is not UNSET:
            amounts = []
            for amounts_item_data in _amounts:
                amounts_item = YearAmountIn.from_dict(amounts_item_data)

                amounts.append(amounts_item)

        _commitment = d.pop("commitment", UNSET)
        commitment: AmountCommitment | Unset
        if isinstance(_commitment, Unset):
            commitment = UNSET
        else:
            commitment = AmountCommitment(_commitment)

        def _parse_guarantee_rate(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        guarantee_rate = _parse_guarantee_rate(d.pop("guarantee_rate", UNSET))

        issue_terms = d.pop("issue_terms", UNSET)

        def _parse_operation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation_id = _parse_operation_id(d.pop("operation_id", UNSET))

        reserved_to_attached_office = d.pop("reserved_to_attached_office", UNSET)

        def _parse_to_party_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_party_id_type_0 = UUID(data)

                return to_party_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        to_party_id = _parse_to_party_id(d.pop("to_party_id", UNSET))

        _unit_grants = d.pop("unit_grants", UNSET)
        unit_grants: list[TypologyGrantIn] | Unset = UNSET
        if _unit_grants is not UNSET:
            unit_grants = []
            for unit_grants_item_data in _unit_grants:
                unit_grants_item = TypologyGrantIn.from_dict(unit_grants_item_data)

                unit_grants.append(unit_grants_item)

        contrepartie_in = cls(
            contrepartie_id=contrepartie_id,
            from_party_id=from_party_id,
            kind=kind,
            label=label,
            amounts=amounts,
            commitment=commitment,
            guarantee_rate=guarantee_rate,
            issue_terms=issue_terms,
            operation_id=operation_id,
            reserved_to_attached_office=reserved_to_attached_office,
            to_party_id=to_party_id,
            unit_grants=unit_grants,
        )

        return contrepartie_in
