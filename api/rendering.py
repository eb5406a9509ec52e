"""Presentation: Jinja2 templates (autoescaped) that give the application's documents their
form — the audit dossier today, the web interface's pages next (issue 17). The application
gathers what a document says; how it reads is decided here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from application.exports import Dossier, IndicatorYear
from projections.timeline import french_day, french_euros


def day(value: date | None) -> str:
    return "—" if value is None else french_day(value)


def euros(value: Decimal | None) -> str:
    return "—" if value is None else french_euros(value)


def chart(years: tuple[IndicatorYear, ...]) -> dict[str, Any]:
    """The bars of an indicator's chart, per year: the target (grey) and the value achieved
    (green when met, red when not — for an indicator where more is better; the table beside
    gives the figures)."""
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
            colour = "#2a2" if year.value >= year.target else "#c33"
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


templates = Environment(
    loader=PackageLoader("api", "templates"),
    autoescape=select_autoescape(["html"]),
    undefined=StrictUndefined,  # a name the template expects and the view lacks is an error, not a blank
    trim_blocks=True,
    lstrip_blocks=True,
)
templates.filters["day"] = day
templates.filters["euros"] = euros
templates.globals["chart"] = chart


def render_dossier(dossier: Dossier) -> str:
    return templates.get_template("dossier.html").render(dossier=dossier)
