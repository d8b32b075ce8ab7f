"""A table as the user sees it, written to an Excel workbook (a table's "Xuất ra Excel…").

The texts are those shown on screen (dates dd/MM/yyyy, Vietnamese labels); whole numbers
are written as numbers so that Excel can sum them. The file is written atomically; a
disk that refuses it is a ``StorageError`` the user can act on.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from bamtrachnhiem.domain.errors import StorageError
from bamtrachnhiem.files import atomic_path

_NUMBER = re.compile(r"-?\d{1,15}")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _cell(text: str) -> str | int:
    text = _CONTROL.sub("", text)
    return (
        int(text) if (_NUMBER.fullmatch(text) and not text.startswith("0")) or text == "0" else text
    )


def write_table(
    path: str | Path, title: str, headers: Sequence[str], rows: Sequence[Sequence[str]]
) -> Path:
    """Write ``headers`` and ``rows`` (texts as shown) to the workbook ``path``."""
    path = Path(path)
    book = Workbook()
    sheet = book.active
    sheet.title = (_SHEET_FORBIDDEN.sub(" ", title).strip() or "Bang")[:31]
    sheet.append([_CONTROL.sub("", h.replace("\n", " ")) for h in headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        sheet.append([_cell(text) for text in row])
    for index, header in enumerate(headers, start=1):
        longest = max([len(header), *(len(r[index - 1]) for r in rows if len(r) >= index)])
        sheet.column_dimensions[get_column_letter(index)].width = min(60, max(8, longest + 2))
    sheet.freeze_panes = "A2"
    try:
        with atomic_path(path) as temp:
            book.save(temp)
    except OSError as error:
        code = "db_disk_full" if error.errno == errno.ENOSPC else "table_export_failed"
        raise StorageError(code, path=str(path), detail=error.strerror or str(error)) from error
    return path
