"""Presentation: Jinja2 templates (autoescaped) that give the application's documents their
form — the audit dossier today, the web interface's pages next (issue 17). The application
gathers what a document says; how it reads is decided here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any
from uuid import uuid4

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from application.convention_view import IndicatorYear
from application.exports import Dossier
from domain import alerts as alert_terms
from domain import wording
from domain.convention import STATUS_LABELS as CONVENTION_STATUS_LABELS
from domain.terms import KIND_LABELS as CONVENTION_KIND_LABELS


def day(value: date | None) -> str:
    return "—" if value is None else wording.day(value)


def euros(value: Decimal | None) -> str:
    return "—" if value is None else wording.euros(value)


MARK_COLOURS = {"met": "#18753c", "vigilance": "#b34000", "alert": "#ce0500"}
"""DSFR's success, warning and error colours (contrast ≥ 4.5:1 on white)."""


def chart(years: tuple[IndicatorYear, ...]) -> dict[str, Any]:
    """The bars of an indicator's chart, per year: the target (grey) and the value achieved,
    coloured by where it stands (green met, orange vigilance, red alert — so a « less is
    better » indicator under its target is green); the table beside gives the figures and the
    standing in words, so the colour is never the only carrier of meaning."""
    values = [float(y.target) for y in years] + [float(y.value) for y in years if y.value is not None]
    top = max([*values, 1.0])
    bar = 14
    bars, labels = [], []
    for index, year in enumerate(years):
        x = 10 + index * 40
        target_height = 100 * float(year.target) / top
        bars.append(
            {"x": x, "y": f"{105 - target_height:.1f}", "height": f"{target_height:.1f}", "fill": "#bbb"}
        )
        if year.value is not None:
            value_height = 100 * float(year.value) / top
            colour = MARK_COLOURS.get(year.mark or "", "#666")
            bars.append(
                {
                    "x": x + bar,
                    "y": f"{105 - value_height:.1f}",
                    "height": f"{value_height:.1f}",
                    "fill": colour,
                }
            )
        labels.append({"x": x, "year": year.year})
    return {"width": 40 * len(years) + 10, "height": 120, "bar": bar, "bars": bars, "labels": labels}


def paired_bars(rows: list[tuple[str, Decimal | None, Decimal | None, str | None]]) -> dict[str, Any]:
    """Horizontal bars in pairs, one pair per row under its label — a reference (grey: the
    target, the amount committed) and what happened (coloured by its mark: met, vigilance,
    alert; blue without one) — on one scale. The table beside gives the figures."""
    top = max([float(v) for _, a, b, _ in rows for v in (a, b) if v is not None] + [1.0])
    width, row_height = 420, 44
    bars, labels = [], []
    for index, (label, reference, actual, mark) in enumerate(rows):
        y = index * row_height
        labels.append({"y": y + 12, "text": label if len(label) <= 60 else label[:59] + "…"})
        if reference is not None:
            bars.append({"y": y + 16, "width": f"{width * float(reference) / top:.1f}", "fill": "#929292"})
        if actual is not None:
            colour = MARK_COLOURS.get(mark or "", "#000091")
            bars.append({"y": y + 28, "width": f"{width * float(actual) / top:.1f}", "fill": colour})
    return {"width": width, "height": max(len(rows), 1) * row_height, "bars": bars, "labels": labels}


def result_bars(rows: list[Any]) -> list[tuple[str, Decimal | None, Decimal | None, str | None]]:
    """A portfolio's latest results (``LatestResult``) as paired bars: target, result."""
    return [(f"{r.label} ({r.year})", r.target, r.achieved, r.standing) for r in rows]


def money_bars(rows: list[Any]) -> list[tuple[str, Decimal | None, Decimal | None, str | None]]:
    """Money per year (``YearMoney``) as paired bars: committed, paid."""
    return [(str(m.year), m.committed, m.paid, None) for m in rows]


templates = Environment(
    loader=PackageLoader("api", "templates"),
    autoescape=select_autoescape(["html"]),
    undefined=StrictUndefined,  # a name the template expects and the view lacks is an error, not a blank
    trim_blocks=True,
    lstrip_blocks=True,
    # The templates are the package's: they change with a new version (a restart), never under
    # a running process. Without this, each page asks the loader whether its files changed.
    auto_reload=False,
)


def _by_value(labels: dict[Any, str]) -> Any:
    """A filter naming an enum's value (or member) in French; an unknown one is shown as is."""
    by_value = {member.value: label for member, label in labels.items()}

    def label(value: Any) -> str:
        key = getattr(value, "value", value)
        return by_value.get(key, str(key))

    return label


number = wording.number


templates.filters["day"] = day
templates.filters["number"] = number
templates.filters["convention_status"] = _by_value(CONVENTION_STATUS_LABELS)
templates.filters["convention_kind"] = _by_value(CONVENTION_KIND_LABELS)
templates.filters["alert_status"] = _by_value(alert_terms.STATUS_LABELS)
templates.filters["alert_kind"] = _by_value(alert_terms.KIND_LABELS)
templates.filters["euros"] = euros
templates.filters["sentence"] = wording.sentence  # not Jinja's capitalize: it lowers the rest
templates.filters["named"] = wording.named  # « la Métropole de Lyon », « Nièvre Habitat »
templates.filters["count"] = wording.count  # {{ n | count("logement", "logements") }}
templates.globals["chart"] = chart
templates.globals["paired_bars"] = paired_bars
templates.filters["result_bars"] = result_bars
templates.filters["money_bars"] = money_bars
templates.globals["form_key"] = lambda: uuid4().hex  # a form's idempotency key, drawn when shown


def render_dossier(dossier: Dossier) -> str:
    return templates.get_template("dossier.html").render(dossier=dossier)
