"""The audit dossier's form (api/rendering.py and its template): what users typed is escaped,
French formats, one chart per indicator."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from api.rendering import render_dossier
from application.convention_view import (
    AlertLine,
    ConventionDossier,
    IndicatorDossier,
    IndicatorYear,
    MoneyYear,
    PartyLine,
)
from application.exports import Dossier

CHECKPOINT = {"signed_at": "2026-12-01T10:00:00+00:00", "tree_size": 3, "head_position": 3, "root": "ab",
              "key_id": "cd", "signature": "ef"}  # fmt: skip


def test_the_dossier_escapes_what_users_typed_and_writes_french():
    convention = ConventionDossier(
        title="Convention <script>alert(1)</script>",
        kind="Convention de rattachement",
        standing="en vigueur",
        period="du 01/01/2021 au 31/12/2026",
        version=12,
        concluded_on=date(2021, 2, 1),
        in_force_since=date(2021, 2, 1),
        fingerprint="0123456789abcdef",
        substitutions=(),
        parties=(PartyLine("Office & Cie", "signataire"),),
        avenants=(),
        indicators=(
            IndicatorDossier(
                "Réhabiliter",
                "Logements réhabilités",
                "logements",
                (
                    IndicatorYear(2021, Decimal(300), Decimal(200), "sous le seuil", "alert"),
                    IndicatorYear(2022, Decimal(300), None, None),
                ),
            ),
        ),
        money=(MoneyYear("Subvention", 2021, Decimal("1000000.00"), Decimal("250000.5")),),
        alerts=(AlertLine(1, "Cible manquée <b>", date(2022, 3, 1), "open", ""),),
    )
    page = render_dossier(Dossier("Nièvre Habitat", date(2022, 12, 31), (convention,), CHECKPOINT))
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "Office &amp; Cie" in page and "Cible manquée &lt;b&gt;" in page
    assert "1\u202f000\u202f000,00\xa0€" in page and "250\u202f000,50\xa0€" in page
    assert "au 31/12/2022" in page and "Conclue le 01/02/2021" in page
    assert page.count("<svg") == 1 and page.count("<rect") == 3  # two targets, one result
    assert "sous le seuil" in page and "<td>—</td>" in page


def test_a_chart_colours_a_result_by_its_standing_not_by_more_is_better():
    """A « less is better » indicator (vacancy, debt) under its target is met: green, not red."""
    from api.rendering import MARK_COLOURS, chart

    drawn = chart((IndicatorYear(2021, Decimal(5), Decimal(3), "objectif atteint", "met"),))
    result = drawn["bars"][1]
    assert result["fill"] == MARK_COLOURS["met"]
    missed = chart((IndicatorYear(2021, Decimal(5), Decimal(3), "alerte", "alert"),))
    assert missed["bars"][1]["fill"] == MARK_COLOURS["alert"]


def test_paired_bars_share_one_scale_and_colour_results_by_standing():
    from api.rendering import MARK_COLOURS, paired_bars

    drawn = paired_bars([("Vacance (2021)", Decimal(8), Decimal(4), "met"), ("2022", Decimal(2), None, None)])
    widths = [float(b["width"]) for b in drawn["bars"]]
    assert widths == [420.0, 210.0, 105.0]  # 8 is the top: 4 is half, 2 a quarter
    assert drawn["bars"][1]["fill"] == MARK_COLOURS["met"] and drawn["bars"][0]["fill"] == "#929292"
    assert [label["text"] for label in drawn["labels"]] == ["Vacance (2021)", "2022"]
