"""A posted form's fields, read as a use case needs them: a malformed value is the rule's
InvalidValueError, shown on the form like any other refusal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from uuid import UUID

from fastapi import Request

from domain.errors import InvalidValueError


class Submitted:
    """A posted form's fields, read as the command needs them (a malformed value is the
    rule's InvalidValueError, shown next to the form)."""

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = fields

    def text(self, name: str, default: str = "") -> str:
        return self.fields.get(name, default).strip()

    def optional(self, name: str) -> str | None:
        return self.text(name) or None

    def day(self, name: str, what: str) -> date:
        try:
            return date.fromisoformat(self.text(name))
        except ValueError:
            raise InvalidValueError(f"{what} : indiquez une date.") from None

    def number(self, name: str, what: str) -> Decimal | None:
        text = self.text(name).replace("\u202f", "").replace(" ", "").replace(",", ".")
        if not text:
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise InvalidValueError(f"{what} : « {text[:40]} » n'est pas un nombre.") from None
        if not value.is_finite():
            raise InvalidValueError(f"{what} : « {text[:40]} » n'est pas un nombre.")
        return value

    def uuid(self, name: str, what: str) -> UUID:
        try:
            return UUID(self.text(name))
        except ValueError:
            raise InvalidValueError(f"{what} : choisissez dans la liste.") from None

    def year_values(self, name: str, what: str) -> list[tuple[int, Decimal]]:
        """Values per year written « 2023 : 250 ; 2024 : 260 » (or one per line)."""
        found = []
        for part in self.text(name).replace("\n", ";").split(";"):
            if not part.strip():
                continue
            year, separator, value = part.partition(":")
            if not separator:
                raise InvalidValueError(
                    f"{what} : écrivez « année : valeur », séparés par des points-virgules."
                )
            amount = Submitted({"v": value}).number("v", f"{what} ({year.strip()[:4]})")
            if not year.strip().isdigit() or amount is None:
                raise InvalidValueError(f"{what} : « {part.strip()[:40]} » n'est pas « année : valeur ».")
            found.append((int(year.strip()), amount))
        if not found:
            raise InvalidValueError(f"{what} : indiquez au moins une année (« 2023 : 250 »).")
        return found

    def integer(self, name: str, what: str) -> int:
        text = self.text(name)
        if not (text.isascii() and text.isdigit() and len(text) <= 18):
            raise InvalidValueError(f"{what} : un nombre entier est attendu.")
        return int(text)


async def submitted(request: Request) -> Submitted:
    form = await request.form()
    return Submitted({k: v for k, v in form.items() if isinstance(v, str)})
