from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.party_type import PartyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.governance_seat_public import GovernanceSeatPublic
    from ..models.member_period_public import MemberPeriodPublic
    from ..models.membership_public import MembershipPublic
    from ..models.rattachement_public import RattachementPublic
    from ..models.stock_declaration_public import StockDeclarationPublic


T = TypeVar("T", bound="PartyPublic")


@_attrs_define
class PartyPublic:
    """
    Attributes:
        id (UUID):
        name (str):
        party_type (PartyType):
        siren (str):
        version (int):
        departement_code (None | str | Unset):
        formed_on (datetime.date | None | Unset):
        governance (list[GovernanceSeatPublic] | Unset):
        insee_code (None | str | Unset):
        kind (None | str | Unset):
        members (list[MemberPeriodPublic] | Unset):
        memberships (list[MembershipPublic] | Unset):
        merged_into (None | Unset | UUID):
        merged_on (datetime.date | None | Unset):
        rattachements (list[RattachementPublic] | Unset):
        region_code (None | str | Unset):
        siret (None | str | Unset):
        stock_declarations (list[StockDeclarationPublic] | Unset): A landlord's patrimoine per commune, declaration by
            declaration.
    """

    id: UUID
    name: str
    party_type: PartyType
    siren: str
    version: int
    departement_code: None | str | Unset = UNSET
    formed_on: datetime.date | None | Unset = UNSET
    governance: list[GovernanceSeatPublic] | Unset = UNSET
    insee_code: None | str | Unset = UNSET
    kind: None | str | Unset = UNSET
    members: list[MemberPeriodPublic] | Unset = UNSET
    memberships: list[MembershipPublic] | Unset = UNSET
    merged_into: None | Unset | UUID = UNSET
    merged_on: datetime.date | None | Unset = UNSET
    rattachements: list[RattachementPublic] | Unset = UNSET
    region_code: None | str | Unset = UNSET
    siret: None | str | Unset = UNSET
    stock_declarations: list[StockDeclarationPublic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        party_type = self.party_type.value

        siren = self.siren

        version = self.version

        departement_code: None | str | Unset
        if isinstance(self.departement_code, Unset):
            departement_code = UNSET
        else:
            departement_code = self.departement_code

        formed_on: None | str | Unset
        if isinstance(self.formed_on, Unset):
            formed_on = UNSET
        elif isinstance(self.formed_on, datetime.date):
            formed_on = self.formed_on.isoformat()
        else:
            formed_on = self.formed_on

        governance: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.governance, Unset):
            governance = []
            for governance_item_data in self.governance:
                governance_item = governance_item_data.to_dict()
                governance.append(governance_item)

        insee_code: None | str | Unset
        if isinstance(self.insee_code, Unset):
            insee_code = UNSET
        else:
            insee_code = self.insee_code

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        else:
            kind = self.kind

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.memberships, Unset):
            memberships = []
            for memberships_item_data in self.memberships:
                memberships_item = memberships_item_data.to_dict()
                memberships.append(memberships_item)

        merged_into: None | str | Unset
        if isinstance(self.merged_into, Unset):
            merged_into = UNSET
        elif isinstance(self.merged_into, UUID):
            merged_into = str(self.merged_into)
        else:
            merged_into = self.merged_into

        merged_on: None | str | Unset
        if isinstance(self.merged_on, Unset):
            merged_on = UNSET
        elif isinstance(self.merged_on, datetime.date):
            merged_on = self.merged_on.isoformat()
        else:
            merged_on = self.merged_on

        rattachements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rattachements, Unset):
            rattachements = []
            for rattachements_item_data in self.rattachements:
                rattachements_item = rattachements_item_data.to_dict()
                rattachements.append(rattachements_item)

        region_code: None | str | Unset
        if isinstance(self.region_code, Unset):
            region_code = UNSET
        else:
            region_code = self.region_code

        siret: None | str | Unset
        if isinstance(self.siret, Unset):
            siret = UNSET
        else:
            siret = self.siret

        stock_declarations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stock_declarations, Unset):
            stock_declarations = []
            for stock_declarations_item_data in self.stock_declarations:
                stock_declarations_item = stock_declarations_item_data.to_dict()
                stock_declarations.append(stock_declarations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "party_type": party_type,
                "siren": siren,
                "version": version,
            }
        )
        if departement_code is not UNSET:
            field_dict["departement_code"] = departement_code
        if formed_on is not UNSET:
            field_dict["formed_on"] = formed_on
        if governance is not UNSET:
            field_dict["governance"] = governance
        if insee_code is not UNSET:
            field_dict["insee_code"] = insee_code
        if kind is not UNSET:
            field_dict["kind"] = kind
        if members is not UNSET:
            field_dict["members"] = members
        if memberships is not UNSET:
            field_dict["memberships"] = memberships
        if merged_into is not UNSET:
            field_dict["merged_into"] = merged_into
        if merged_on is not UNSET:
            field_dict["merged_on"] = merged_on
        if rattachements is not UNSET:
            field_dict["rattachements"] = rattachements
        if region_code is not UNSET:
            field_dict["region_code"] = region_code
        if siret is not UNSET:
            field_dict["siret"] = siret
        if stock_declarations is not UNSET:
            field_dict["stock_declarations"] = stock_declarations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.governance_seat_public import GovernanceSeatPublic  # noqa: PLC0415
        from ..models.member_period_public import MemberPeriodPublic  # noqa: PLC0415
        from ..models.membership_public import MembershipPublic  # noqa: PLC0415
        from ..models.rattachement_public import RattachementPublic  # noqa: PLC0415
        from ..models.stock_declaration_public import StockDeclarationPublic  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        party_type = PartyType(d.pop("party_type"))

        siren = d.pop("siren")

        version = d.pop("version")

        def _parse_departement_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        departement_code = _parse_departement_code(d.pop("departement_code", UNSET))

        def _parse_formed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                formed_on_type_0 = datetime.date.fromisoformat(data)

                return formed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        formed_on = _parse_formed_on(d.pop("formed_on", UNSET))

        _governance = d.pop("governance", UNSET)
        governance: list[GovernanceSeatPublic] | Unset = UNSET
        if _governance is not UNSET:
            governance = []
            for governance_item_data in _governance:
                governance_item = GovernanceSeatPublic.from_dict(governance_item_data)

                governance.append(governance_item)

        def _parse_insee_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        insee_code = _parse_insee_code(d.pop("insee_code", UNSET))

        def _parse_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        _members = d.pop("members", UNSET)
        members: list[MemberPeriodPublic] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = MemberPeriodPublic.from_dict(members_item_data)

                members.append(members_item)

        _memberships = d.pop("memberships", UNSET)
        memberships: list[MembershipPublic] | Unset = UNSET
        if _memberships is not UNSET:
            memberships = []
            for memberships_item_data in _memberships:
                memberships_item = MembershipPublic.from_dict(memberships_item_data)

                memberships.append(memberships_item)

        def _parse_merged_into(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                merged_into_type_0 = UUID(data)

                return merged_into_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        merged_into = _parse_merged_into(d.pop("merged_into", UNSET))

        def _parse_merged_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                merged_on_type_0 = datetime.date.fromisoformat(data)

                return merged_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        merged_on = _parse_merged_on(d.pop("merged_on", UNSET))

        _rattachements = d.pop("rattachements", UNSET)
        rattachements: list[RattachementPublic] | Unset = UNSET
        if _rattachements is not UNSET:
            rattachements = []
            for rattachements_item_data in _rattachements:
                rattachements_item = RattachementPublic.from_dict(
                    rattachements_item_data
                )

                rattachements.append(rattachements_item)

        def _parse_region_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region_code = _parse_region_code(d.pop("region_code", UNSET))

        def _parse_siret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        siret = _parse_siret(d.pop("siret", UNSET))

        _stock_declarations = d.pop("stock_declarations", UNSET)
        stock_declarations: list[StockDeclarationPublic] | Unset = UNSET
        if _stock_declarations is not UNSET:
            stock_declarations = []
            for stock_declarations_item_data in _stock_declarations:
                stock_declarations_item = StockDeclarationPublic.from_dict(
                    stock_declarations_item_data
                )

                stock_declarations.append(stock_declarations_item)

        party_public = cls(
            id=id,
            name=name,
            party_type=party_type,
            siren=siren,
            version=version,
            departement_code=departement_code,
            formed_on=formed_on,
            governance=governance,
            insee_code=insee_code,
            kind=kind,
            members=members,
            memberships=memberships,
            merged_into=merged_into,
            merged_on=merged_on,
            rattachements=rattachements,
            region_code=region_code,
            siret=siret,
            stock_declarations=stock_declarations,
        )

        party_public.additional_properties = d
        return party_public

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
