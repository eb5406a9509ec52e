"""Values shared by every aggregate: who acts, money, dates.

Events carry only plain values: str, int, bool, Decimal, date, UUID, Enum members and frozen
dataclasses of those, in tuples (never lists or dicts, so that a replayed event equals the
recorded one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from enum import Enum
from uuid import UUID

from domain.errors import InvalidAmountError, InvalidValueError

CENT = Decimal("0.01")


class ActorRole(Enum):
    """What an authenticated actor may do (see docs/decisions.md, « Acteurs »)."""

    READER = "reader"
    EDITOR = "editor"
    SIGNATORY = "signatory"
    AUDITOR = "auditor"
    ADMIN = "admin"
    SYSTEM = "system"


@dataclass(frozen=True)
class Actor:
    """Who recorded an event: an opaque id (never a person's name), a role, and the party
    (office, collectivité, SC, organisme) it acts for, if any."""

    actor_id: str
    role: ActorRole
    party_id: UUID | None = None


def check_amount(value: Decimal, what: str, *, allow_zero: bool = False) -> Decimal:
    """Money is an exact Decimal in euros with at most two decimals, never negative."""
    if not isinstance(value, Decimal):
        raise InvalidAmountError(f"{what} : le montant doit être un décimal exact en euros (reçu {value!r}).")
    try:
        quantized = value.quantize(CENT)
    except InvalidOperation:
        raise InvalidAmountError(f"{what} : montant illisible ({value}).") from None
    if not value.is_finite() or quantized != value or value.as_tuple().exponent > 0:  # type: ignore[operator]
        raise InvalidAmountError(
            f"{what} : {value} € n'est pas un montant au centime près (2 décimales au plus)."
        )
    if value < 0 or (value == 0 and not allow_zero):
        raise InvalidAmountError(f"{what} : le montant doit être positif (reçu {value} €).")
    return quantized


CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Characters no text for people holds (NUL and the C0 set but tab, line feed and carriage
return, and DEL): they corrupt stores (PostgreSQL refuses NUL in text), logs and exports."""

EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2199, 12, 31)
"""The dates the platform accepts: conventions, deliberations and bilans of public bodies fall
well within; beyond, a date is a typing error (and date arithmetic would overflow)."""


def control_character_in(text: str) -> str | None:
    """The first control character of ``text``, named (``U+0000``), or None."""
    found = CONTROL_CHARACTERS.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def check_text(value: str, what: str) -> str:
    """A text for people holds no control character."""
    character = control_character_in(value)
    if character is not None:
        raise InvalidValueError(
            f"{what} contient un caractère de contrôle ({character}) : retirez-le (seuls la "
            "tabulation et les retours à la ligne sont admis)."
        )
    return value


def check_day(day: date, what: str) -> date:
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise InvalidValueError(
            f"{what} : {day.isoformat()} est hors des dates admises "
            f"({EARLIEST_DAY:%d/%m/%Y} – {LATEST_DAY:%d/%m/%Y})."
        )
    return day


LABEL_MAX_LENGTH = 500
"""A title, a label: the longest the platform records (the API's bound is this one)."""
NAME_MAX_LENGTH = 200
"""A party's, a body's or a person's name."""
REFERENCE_MAX_LENGTH = 100
"""A deliberation's, an order's, a payment's, a loan's or a minute's reference."""
REASON_MAX_LENGTH = 2000
"""Why: an avenant's object, a withdrawal, a correction, a suspension, a closing."""
TEXT_MAX_LENGTH = 20000
"""A summary, a decision, comments."""


def check_label(value: str, what: str, *, max_length: int = LABEL_MAX_LENGTH) -> str:
    check_text(value, what)
    text = value.strip()
    if not text:
        raise InvalidValueError(f"{what} ne peut pas être vide.")
    if len(text) > max_length:
        raise InvalidValueError(f"{what} dépasse {max_length} caractères.")
    return text


def add_years(day: date, years: int) -> date:
    """Same day ``years`` later; 29 February falls back to 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def year_end(year: int) -> date:
    return date(year, 12, 31)


ONE_DAY = timedelta(days=1)
