"""What every schema shares: money as exact decimal strings, ISO dates and instants bounded by the domain, identifiers, texts, and the base that refuses unknown fields and control characters."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from domain.values import (
    EARLIEST_DAY,
    LABEL_MAX_LENGTH,
    LATEST_DAY,
    NAME_MAX_LENGTH,
    REASON_MAX_LENGTH,
    REFERENCE_MAX_LENGTH,
    TEXT_MAX_LENGTH,
    control_character_in,
)


def _no_float(value: Any) -> Any:
    if isinstance(value, float):
        raise ValueError('un montant s\'écrit en chaîne décimale exacte, ex. "10000.00", jamais en flottant')
    return value


_MONEY = re.compile(r"^[0-9]{1,13}(\.[0-9]{1,2})?$")


def _canonical_money(value: Any) -> Any:
    """Money is digits with an optional point and at most two decimals (« 1e3 », « +5 »,
    « 1_000 » or « 0x10 » are not amounts); stored to the cent (« 12.5 » becomes 12.50)."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError('un montant s\'écrit en chaîne décimale exacte, ex. "10000.00"')
    text = str(value)
    if not _MONEY.match(text):
        raise ValueError(
            f"« {text[:30]} » n'est pas un montant : des chiffres, un point et au plus deux décimales "
            '(ex. "10000.00")'
        )
    return Decimal(text).quantize(Decimal("0.01"))


def _day_in_bounds(day: date) -> date:
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise ValueError(
            f"date hors des dates admises ({EARLIEST_DAY.isoformat()} – {LATEST_DAY.isoformat()})"
        )
    return day


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _iso_day(value: object) -> object:
    """A date is written AAAA-MM-JJ: pydantic would also take a number, or a numeric string,
    as seconds since 1970 (« -2.6e-129 » was read as 1 January 1970)."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _ISO_DAY.match(value):
        raise ValueError("une date s'écrit AAAA-MM-JJ, ex. 2022-03-31")
    return value


def _iso_instant(value: object) -> object:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _ISO_INSTANT.match(value):
        raise ValueError("un instant s'écrit en ISO 8601 avec son fuseau, ex. 2022-03-31T12:00:00Z")
    return value


Day = Annotated[date, BeforeValidator(_iso_day), AfterValidator(_day_in_bounds)]
"""A date as the platform accepts it: ISO 8601, bounded (beyond, date arithmetic would overflow)."""
Instant = Annotated[datetime, BeforeValidator(_iso_instant)]
"""An instant as the platform accepts it: ISO 8601 (its time zone is checked where it is used)."""

Money = Annotated[Decimal, BeforeValidator(_canonical_money), Field(max_digits=15, decimal_places=2)]
Number = Annotated[Decimal, BeforeValidator(_no_float), Field(max_digits=20, decimal_places=6)]
Year = Annotated[int, Field(ge=EARLIEST_DAY.year, le=LATEST_DAY.year)]
Ident = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9_.\-]+$")]
# The bounds are the domain's (domain/values.py): the API refuses early what the rule would.
Text = Annotated[str, Field(min_length=1, max_length=LABEL_MAX_LENGTH)]
Name = Annotated[str, Field(min_length=1, max_length=NAME_MAX_LENGTH)]
Reference = Annotated[str, Field(min_length=1, max_length=REFERENCE_MAX_LENGTH)]
Reason = Annotated[str, Field(min_length=1, max_length=REASON_MAX_LENGTH)]
LongText = Annotated[str, Field(min_length=1, max_length=TEXT_MAX_LENGTH)]


class Schema(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="after")
    def _texts_without_control_characters(self) -> Schema:
        """No text of a request holds a control character (NUL and the C0 set but tab and
        line breaks): the domain refuses them too; here the answer names the field."""
        for name in type(self).model_fields:
            for text in _texts(getattr(self, name)):
                character = control_character_in(text)
                if character is not None:
                    raise ValueError(f"{name} contient un caractère de contrôle ({character})")
        return self


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [text for item in value for text in _texts(item)]
    return []  # nested schemas check their own texts
