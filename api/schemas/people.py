"""The registry of people (erasable personal data)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from pydantic import BaseModel, Field

from api.schemas.common import Schema
from domain.values import NAME_MAX_LENGTH

# --- people --------------------------------------------------------------------------------


class PersonCreate(Schema):
    party_id: UUID | None = Field(default=None, description="Par défaut, la partie de l'acteur.")
    full_name: str = Field(max_length=NAME_MAX_LENGTH)
    function: str = Field(
        max_length=NAME_MAX_LENGTH, description="Ex. « directeur général », « présidente »."
    )
    email: str | None = Field(default=None, max_length=254)
    phone: str | None = Field(default=None, max_length=30)


class PersonPublic(BaseModel):
    id: UUID
    party_id: UUID
    full_name: str | None
    function: str | None
    email: str | None
    phone: str | None
    registered_at: datetime
    erased_at: datetime | None = Field(
        description="Si renseigné, les données personnelles ont été effacées ; l'identifiant reste."
    )
