"""Tables for people's tools, in the two forms their spreadsheets and budget software import:
CSV as a French spreadsheet opens it (semicolons, decimal commas without thousands separators,
a UTF-8 BOM) and XLSX (typed cells: amounts as numbers in euros, years as numbers, French
headers, the header row frozen). One table, two forms: the rows are typed values, each form
writes them its way."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from fastapi.responses import Response
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

Cell = str | int | Decimal | date | None

XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
EUROS = '#,##0.00 "€"'


@dataclass(frozen=True)
class Column:
    title: str
    euros: bool = False
    width: int = 18


@dataclass(frozen=True)
class Table:
    name: str
    """The file's name without its extension, and the sheet's title."""
    columns: tuple[Column, ...]
    rows: Sequence[Sequence[Cell]]


def _csv_cell(value: Cell) -> str | int:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:.2f}".replace(".", ",")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return value


def csv_response(table: Table) -> Response:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(c.title for c in table.columns)
    for row in table.rows:
        writer.writerow(_csv_cell(value) for value in row)
    return Response(
        ("\ufeff" + out.getvalue()).encode(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{table.name}.csv"'},
    )


def xlsx_response(table: Table) -> Response:
    book = Workbook(write_only=False)
    sheet = book.create_sheet(table.name[:31], 0)
    book.remove(book.worksheets[1])  # the blank sheet a new workbook starts with
    sheet.append([c.title for c in table.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in table.rows:
        sheet.append(list(row))
    for index, column in enumerate(table.columns, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = column.width
        if column.euros:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = EUROS
        elif table.rows and isinstance(table.rows[0][index - 1], date):
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = "DD/MM/YYYY"
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return Response(
        out.getvalue(),
        media_type=XLSX_MEDIA_TYPE,
        headers={"Content-Disposition": f'attachment; filename="{table.name}.xlsx"'},
    )


class TableForm(StrEnum):
    """The form asked (the path's extension)."""

    CSV = "csv"
    XLSX = "xlsx"


def table_response(table: Table, form: TableForm) -> Response:
    return csv_response(table) if form is TableForm.CSV else xlsx_response(table)


TABLE_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {
        "content": {"text/csv": {}, XLSX_MEDIA_TYPE: {}},
        "description": "The table, as CSV (semicolons, decimal commas, a BOM) or XLSX (typed cells).",
    }
}
