"""Reading an office member list (.xlsx) and planning it against stored members.

No database here: ``read_member_list`` reads a workbook row by row (header detection,
merged two-level headers, x-marks, day-first dates, phones, totals and signature blocks,
TCVN3/VNI text) and ``plan`` decides each row's action against the members given.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, to_excel

from bamtrachnhiem.domain.dates import format_date, from_excel_serial, parse_birth, parse_date
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.exchange import Issue
from bamtrachnhiem.domain.legacy import detect_legacy, is_upper_font, to_unicode
from bamtrachnhiem.domain.members import cleaned_member, same_birth
from bamtrachnhiem.domain.records import EmploymentKind, Gender, Member
from bamtrachnhiem.domain.text import (
    clean_text,
    fold,
    join_name,
    normalize_phone,
    split_full_name,
)
from bamtrachnhiem.exchange import workbook_stream
from bamtrachnhiem.exchange.cells import column_letter, decode_ooxml
from bamtrachnhiem.exchange.workbook_stream import MergedRange, merged_ranges, open_workbook

FIELDS = (
    "full_name",
    "family_middle_name",
    "given_name",
    "gender",
    "male_mark",
    "female_mark",
    "birth",
    "ethnicity",
    "position",
    "department",
    "union_role",
    "joined_union_date",
    "party_member",
    "employment_kind",
    "phone",
    "email",
    "notes",
)
ACTIONS = ("create", "update", "unchanged", "skip", "error")
HEADER_SCAN_ROWS = 30
_HEADER_SCAN_COLUMNS = 80
# A sheet whose last used cell is far below the list (a stray format) is not read to the end.
_MAX_BLANK_RUN = 200
# Rows below the header: a real office list has a few thousand at most. A sheet with more
# that never ends is refused (member_import_too_many_rows) rather than read for minutes.
MAX_LIST_ROWS = 10_000
# Once the table has ended (totals, signature), this many rows more are shown as skipped;
# nothing below them could be imported, so they are not read.
MAX_ROWS_BELOW_TABLE = 200
_LEGACY_SAMPLES = 5


def _words(text: object) -> str:
    """Folded text with punctuation turned into single spaces ("Số ĐT:" → "so dt")."""
    return re.sub(r"[^0-9a-z]+", " ", fold(clean_text(text))).strip()


def _header_key(text: object) -> str:
    # "Ngày sinh (dd/mm/yyyy)" and "Đảng viên (x)" name the same columns as without the note.
    return _words(re.sub(r"\([^)]*\)", " ", clean_text(text)))


_SYNONYMS: dict[str, tuple[str, ...]] = {
    "stt": ("stt", "tt", "so tt", "so thu tu", "thu tu"),
    "full_name": (
        "ho va ten",
        "ho ten",
        "ho va ten doan vien",
        "ho ten doan vien",
        "ten doan vien",
    ),
    "family_middle_name": ("ho", "ho dem", "ho va ten dem", "ho va dem", "ho va chu dem", "ho lot"),
    "given_name": ("ten",),
    "gender": ("gioi tinh", "gioi", "phai"),
    "male_mark": ("nam",),
    "female_mark": ("nu",),
    "birth": (
        "ngay sinh",
        "ngay thang nam sinh",
        "ngay thang sinh",
        "nam sinh",
        "sinh ngay",
        "ngay sinh nam sinh",
    ),
    "ethnicity": ("dan toc",),
    "position": (
        "chuc vu",
        "chuc danh",
        "chuc vu chuc danh",
        "chuc vu chinh quyen",
        "chuc vu chuyen mon",
        "chuc danh chuyen mon",
    ),
    "department": (
        "don vi cong tac",
        "phong ban",
        "bo phan",
        "don vi",
        "noi cong tac",
        "co quan cong tac",
        "phong ban don vi",
        "bo phan cong tac",
        "co quan don vi",
    ),
    "union_role": ("chuc vu doan", "chuc vu trong doan", "chuc danh doan"),
    "joined_union_date": (
        "ngay vao doan",
        "ngay ket nap doan",
        "ngay ket nap",
        "ngay ket nap vao doan",
        "ngay vao doan tncs ho chi minh",
    ),
    "party_member": ("dang vien", "la dang vien"),
    "employment_kind": (
        "cong chuc vien chuc hop dong",
        "cong chuc vien chuc nguoi lao dong",
        "cong chuc vien chuc",
        "cc vc hd",
        "loai hinh",
        "loai hinh lao dong",
        "doi tuong",
    ),
    "phone": (
        "so dien thoai",
        "dien thoai",
        "sdt",
        "so dt",
        "dt",
        "di dong",
        "dien thoai di dong",
        "so dien thoai lien he",
    ),
    "email": ("email", "e mail", "thu dien tu", "dia chi email", "dia chi thu dien tu"),
    "notes": ("ghi chu",),
}
_FIELD_OF = {syn: name for name, syns in _SYNONYMS.items() for syn in syns}
_NAME_FIELDS = ("full_name", "family_middle_name", "given_name")
# Member attributes each mapped field fills; what "unchanged" compares.
_ATTRS_OF = {
    "full_name": ("family_middle_name", "given_name"),
    "family_middle_name": ("family_middle_name",),
    "given_name": ("given_name",),
    "gender": ("gender",),
    "male_mark": ("gender",),
    "female_mark": ("gender",),
    "birth": ("birth_date", "birth_year"),
    "ethnicity": ("ethnicity",),
    "position": ("position",),
    "department": ("department",),
    "union_role": ("union_role",),
    "joined_union_date": ("joined_union_date",),
    "party_member": ("party_member",),
    "employment_kind": ("employment_kind",),
    "phone": ("phone",),
    "email": ("email",),
    "notes": ("notes",),
}
_COMPARED = tuple(dict.fromkeys(a for attrs in _ATTRS_OF.values() for a in attrs))
_MALE = {"nam", "m", "male", "trai", "ong"}
_FEMALE = {"nu", "f", "female", "gai", "ba"}
_NO_MARK = {"", "0", "khong", "k", "no", "false", "-"}
# "Tổng cộng: 12", "Cộng", "Tổng số đoàn viên" but not the surnames Tống or Công ("Công Thị Hoa").
_TOTALS = re.compile(r"^(tong cong|tong so)\b|^(tong|cong)( \d.*| co .*| so .*)?$")
# Whole cells of a signature block; "Bí thư Chi đoàn" as a member's position is not one.
_SIGNATURE_CELLS = {
    "nguoi lap bieu",
    "nguoi lap",
    "nguoi lap danh sach",
    "nguoi lap bang",
    "bi thu",
    "pho bi thu",
    "xac nhan",
    "thu truong",
    "thu truong don vi",
    "thu truong co quan",
    "ky ten",
    "ky ghi ro ho ten",
    "ky va ghi ro ho ten",
    "noi nhan",
}
_SIGNATURE_PREFIXES = ("tm ", "t m ", "kt ", "xac nhan cua ", "noi nhan ", "ky ten ", "ky ghi ro ")
_DATE_LINE = re.compile(r"\bngay\b.*\bthang\b.*\bnam\b")
# Columns whose value a vertical merge shares among the rows it spans ("Phòng Nội vụ" over
# three members); a merged name or row number is one person, not several.
_SHARED_FIELDS = ("department", "position", "union_role", "employment_kind", "ethnicity")
_ROW_NUMBER = re.compile(r"^\d{1,5}[.)]?$")
_COLUMN_NUMBER = re.compile(r"^\(?(\d{1,3})\)?$")
_PHONE_SPLIT = re.compile(r"[/;,\n]| và | hoặc ")
# cleaned_member's refusals, as row errors naming the cell they came from.
_CLEAN_ERRORS = {
    "member_given_name_required": ("member_import_name_missing", "name"),
    "member_email_invalid": ("member_import_email_invalid", "email"),
    "member_birth_date_out_of_range": ("member_import_birth_out_of_range", "birth"),
    "member_joined_in_future": ("member_import_joined_in_future", "joined_union_date"),
}


@dataclass
class ImportRow:
    """One sheet row and what the import will do with it.

    ``member`` is what would be stored: for an update, the stored member with the file's
    values laid over it. For an error row it is the partial read, for display only.
    ``source`` is the member exactly as read from the file.
    """

    row: int
    member: Member | None
    action: str
    existing_id: str | None = None
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    skipped_reason: str | None = None
    source: Member | None = field(default=None, repr=False)

    @property
    def is_possible_duplicate(self) -> bool:
        return any(w.code.startswith("possible_duplicate") for w in self.warnings)


@dataclass
class MemberListPreview:
    """A member list as read from a workbook, before anything is written."""

    path: Path
    sheet: str
    sheet_names: list[str]
    header_row: int
    columns: list[tuple[int, str]]
    mapping: dict[str, int]
    rows: list[ImportRow]
    legacy_encoding: str | None = None
    legacy_samples: list[tuple[str, str]] = field(default_factory=list)
    convert_legacy: bool = False
    legacy_count: int = 0  # cells that look legacy-encoded
    unit_code: str | None = None  # set by MemberImportService.preview
    number_column: int | None = None  # the STT column, used to tell data rows apart
    # column -> the text of its first few data rows, shown beside the column mapping
    samples: dict[int, list[str]] = field(default_factory=dict)

    def _count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def counts(self) -> dict[str, int]:
        """Rows per action: create, update, unchanged, skip, error."""
        return {action: self._count(action) for action in ACTIONS}

    @property
    def created(self) -> int:
        return self._count("create")

    @property
    def updated(self) -> int:
        return self._count("update")

    @property
    def unchanged(self) -> int:
        return self._count("unchanged")

    @property
    def skipped(self) -> int:
        return self._count("skip")

    @property
    def error_rows(self) -> int:
        return self._count("error")

    @property
    def errors(self) -> list[Issue]:
        return [issue for r in self.rows for issue in r.errors]

    @property
    def warnings(self) -> list[Issue]:
        return [issue for r in self.rows for issue in r.warnings]


# --- reading the workbook -------------------------------------------------------------------


def read_member_list(
    path: str | Path,
    sheet: str | None = None,
    mapping: dict[str, int] | None = None,
    convert_legacy: bool = False,
    header_row: int | None = None,
) -> MemberListPreview:
    """Read a member list without touching any database; every importable row is "create".

    ``mapping`` (field → 0-based column) replaces the detected one; ``header_row`` (1-based)
    replaces header detection. File-level problems raise ``ValidationError``; problems of a
    row are reported on that row and never stop the others.
    """
    path = Path(path)
    with open_workbook(path) as workbook:
        preview = _read_list(workbook, path, sheet, mapping, convert_legacy, header_row)
    plan(preview, [])  # no database: every readable row is new; duplicates within the file
    return preview


def _read_list(
    workbook: Any,
    path: Path,
    sheet: str | None,
    mapping: dict[str, int] | None,
    convert_legacy: bool,
    header_row: int | None,
) -> MemberListPreview:
    sheets = workbook.worksheets
    sheet_names = [ws.title for ws in sheets]
    params = {"file": path.name}
    if sheet is not None:
        wanted = [ws for ws in sheets if ws.title == sheet] or [
            ws for ws in sheets if fold(ws.title) == fold(sheet)
        ]
        if not wanted:
            raise ValidationError(
                "member_import_sheet_not_found",
                sheet=sheet,
                sheets=", ".join(sheet_names),
                **params,
            )
        candidates = wanted[:1]
    else:
        active = workbook.active if workbook.active in sheets else sheets[0]
        candidates = [active] + [ws for ws in sheets if ws is not active]

    layout: _Layout | None = None
    merged: list[MergedRange] = []
    if header_row is None or 1 <= header_row <= MAX_LIST_ROWS:
        for ws in candidates:
            merged = merged_ranges(ws, path.name, below_row=_last_row_read(header_row))
            layout = _find_layout(ws, header_row, merged, path.name)
            if layout is not None:
                break
    ws = candidates[0] if layout is None else ws
    params["sheet"] = ws.title
    if header_row is not None and layout is None:
        # Below the end of the sheet, or further down than any list.
        raise ValidationError("member_import_bad_header_row", row=header_row, **params)
    if layout is None:
        raise ValidationError("member_import_no_header", rows=HEADER_SCAN_ROWS, **params)
    if mapping is not None:
        layout.mapping = _checked_mapping(mapping, params)
    if not _has_name(layout.mapping):
        raise ValidationError("member_import_no_name_column", **params)

    reader = _RowReader(ws, layout, merged, params, convert_legacy, _is_1904(workbook))
    rows = reader.read()
    found = Counter(reader.legacy_found)
    preview = MemberListPreview(
        path=path,
        sheet=ws.title,
        sheet_names=sheet_names,
        header_row=layout.header_row,
        columns=layout.columns,
        mapping=dict(layout.mapping),
        rows=rows,
        legacy_encoding=found.most_common(1)[0][0] if found else None,
        legacy_samples=reader.legacy_samples,
        convert_legacy=convert_legacy,
        legacy_count=len(reader.legacy_found),
        number_column=layout.number_column,
        samples=reader.samples,
    )
    return preview


def _last_row_read(header_row: int | None) -> int:
    """The last row a list with this header row may have: merged ranges starting below it
    do not matter."""
    return max(HEADER_SCAN_ROWS, header_row or 0) + 2 + MAX_LIST_ROWS + MAX_ROWS_BELOW_TABLE


def _value(cell: Any) -> Any:
    """A cell's value; text as people saw it (OOXML escapes decoded)."""
    value = cell.value
    return decode_ooxml(value) if isinstance(value, str) else value


def _is_1904(workbook: Any) -> bool:
    return workbook.epoch == CALENDAR_MAC_1904


def _has_name(mapping: dict[str, int]) -> bool:
    return "full_name" in mapping or "given_name" in mapping


def _checked_mapping(mapping: dict[str, int], params: dict) -> dict[str, int]:
    checked: dict[str, int] = {}
    for name, column in mapping.items():
        valid_column = isinstance(column, int) and not isinstance(column, bool)
        if name not in FIELDS or not valid_column or not 0 <= column < 16384:
            raise ValidationError(
                "member_import_bad_mapping", field=str(name), column=str(column), **params
            )
        checked[name] = column
    return checked


@dataclass
class _Layout:
    header_row: int
    data_row: int  # first row below the header (one or two rows)
    columns: list[tuple[int, str]]
    mapping: dict[str, int]
    number_column: int | None
    score: int


def _cell_text(cell: Any) -> str:
    value = _value(cell)
    if not isinstance(value, str):
        return ""
    if value.isascii():
        return clean_text(value)
    # Old lists carry headers in TCVN3/VNI too; headers are only matched, never stored.
    encoding = detect_legacy(value, _font_name(cell))
    if encoding:
        value = to_unicode(value, encoding, upper=is_upper_font(_font_name(cell)))
    return clean_text(value)


def _font_name(cell: Any) -> str | None:
    font = getattr(cell, "font", None)
    return getattr(font, "name", None)


def _find_layout(
    ws: Any, forced_row: int | None, merged: list[MergedRange], file: str
) -> _Layout | None:
    """The header row with the most recognised columns, two-level headers combined.

    Only the first rows are read (to ``forced_row`` when the user named the header row).
    """
    last = max(HEADER_SCAN_ROWS, forced_row or 0) + 1
    grid = [
        [_cell_text(c) for c in row]
        for row in workbook_stream.rows(
            ws, file, min_row=1, max_row=last, max_col=_HEADER_SCAN_COLUMNS
        )
    ]
    if not grid:
        return None
    # As wide as the text of these rows and the merged ranges over them.
    max_col = max(
        [1]
        + [i + 1 for row in grid for i, text in enumerate(row) if text]
        + [min(rng.max_col, _HEADER_SCAN_COLUMNS) for rng in merged if rng.min_row <= last]
    )
    grid = [row[:max_col] for row in grid]
    merged = [r for r in merged if r.min_row <= last]
    rows = [forced_row] if forced_row is not None else range(1, min(last, HEADER_SCAN_ROWS) + 1)
    best: _Layout | None = None
    for r in rows:
        if r > len(grid):
            continue
        layout = _layout_at(grid, merged, r, max_col)
        if layout is None:
            continue
        if forced_row is not None or best is None or layout.score > best.score:
            best = layout
    if best is None and forced_row is not None and forced_row <= len(grid):
        # The user pointed at the header row: keep it, even if no column is recognised.
        best = _layout_at(grid, merged, forced_row, max_col, require=False)
    return best


def _layout_at(
    grid: list[list[str]], merged: list[MergedRange], r: int, max_col: int, require: bool = True
) -> _Layout | None:
    parents = list(grid[r - 1])
    starts_here = [rng for rng in merged if rng.min_row == r]
    span_start: dict[int, int] = {}
    for rng in starts_here:
        for c in range(rng.min_col, min(rng.max_col, max_col) + 1):
            parents[c - 1] = grid[r - 1][rng.min_col - 1]
            span_start[c - 1] = rng.min_col - 1
    vertical = {
        c - 1
        for rng in starts_here
        if rng.max_row > r
        for c in range(rng.min_col, min(rng.max_col, max_col) + 1)
    }
    children = [""] * max_col
    if r < len(grid):
        children = ["" if c in vertical else text for c, text in enumerate(grid[r])]
    # The row below is a second header level when merges tie it to this one, or when this
    # row is a header itself and every text below is a header word ("Nam", "Nữ" under an
    # unmerged "Giới tính"); a first data row has a name in it, never a header word.
    texts_below = [t for t in children if t]
    headers_here = sum(_header_key(p) in _FIELD_OF for p in grid[r - 1])
    two_level = bool(texts_below) and (
        bool(vertical)
        or (headers_here >= 2 and all(_header_key(t) in _FIELD_OF for t in texts_below))
    )

    columns: list[tuple[int, str]] = []
    mapping: dict[str, int] = {}
    number_column: int | None = None
    for c in range(max_col):
        parent, child = parents[c], children[c] if two_level else ""
        if not parent and not child:
            continue
        columns.append((c, f"{parent} / {child}" if parent and child else parent or child))
        first_of_span = span_start.get(c, c) == c
        name = _column_field(parent, child, first_of_span)
        if name == "stt":
            number_column = c if number_column is None else number_column
        elif name is not None and name not in mapping:
            mapping[name] = c
    score = len(mapping) + (number_column is not None)
    if require and (not _has_name(mapping) or score < 2):
        return None
    return _Layout(
        header_row=r,
        data_row=r + (2 if two_level else 1),
        columns=columns,
        mapping=mapping,
        number_column=number_column,
        score=score,
    )


def _column_field(parent: str, child: str, first_of_span: bool) -> str | None:
    parent_field = _FIELD_OF.get(_header_key(parent))
    if child:
        child_key = _header_key(child)
        if parent_field == "gender" and child_key in ("nam", "nu"):
            return "male_mark" if child_key == "nam" else "female_mark"
        if child_key in _FIELD_OF:
            return _FIELD_OF[child_key]
    return parent_field if first_of_span else None


# --- reading the rows -----------------------------------------------------------------------


class _RowReader:
    """Turns the sheet rows below the header into ``ImportRow``s."""

    def __init__(
        self,
        ws: Any,
        layout: _Layout,
        merged: list[MergedRange],
        params: dict,
        convert_legacy: bool,
        epoch_1904: bool,
    ) -> None:
        self.ws = ws
        self.layout = layout
        self.mapping = layout.mapping
        self.params = params
        self.convert_legacy = convert_legacy
        self.epoch_1904 = epoch_1904
        self.headers = dict(layout.columns)
        self.legacy_found: list[str] = []
        self.legacy_samples: list[tuple[str, str]] = []
        self.samples: dict[int, list[str]] = {}
        used = [*self.mapping.values(), *(c for c, _ in layout.columns)]
        if layout.number_column is not None:
            used.append(layout.number_column)
        self.width = max(used) + 1
        self.spans = self._spans(merged)

    def _spans(self, merged: list[MergedRange]) -> dict[int, list[MergedRange]]:
        """Vertical merges over shared columns, by their top row: their value is filled
        down as the rows go by. A row merged across (a totals label) keeps its value in its
        first column only."""
        shared = {self.mapping[f] + 1 for f in _SHARED_FIELDS if f in self.mapping}
        spans: dict[int, list[MergedRange]] = defaultdict(list)
        for rng in merged:
            if rng.max_row == rng.min_row or rng.min_row < self.layout.data_row:
                continue
            if rng.min_col in shared:
                spans[rng.min_row].append(rng)
        return spans

    def read(self) -> list[ImportRow]:
        rows: list[ImportRow] = []
        blank: set[int] = set()
        ended = after_totals = False
        blank_run = below = 0
        filling: dict[int, tuple[Any, int]] = {}  # column -> (top cell of its merge, last row)
        first = self.layout.data_row
        found = workbook_stream.rows(
            self.ws, self.params["file"], min_row=first, max_col=self.width
        )
        for offset, row_cells in enumerate(found):
            r = first + offset
            cells = list(row_cells)
            for c, (top, until) in list(filling.items()):
                if r > until:
                    del filling[c]
                else:
                    cells[c] = top
            for rng in self.spans.get(r, ()):
                filling[rng.min_col - 1] = (cells[rng.min_col - 1], rng.max_row)
            values = [_value(cell) for cell in cells]
            if ended:
                below += 1
                if below > MAX_ROWS_BELOW_TABLE:
                    break
            if all(_blank(v) for v in values):
                blank_run += 1
                if blank_run > _MAX_BLANK_RUN:
                    break
                blank.add(r)
                rows.append(_skipped(r, "below_table" if ended else "blank"))
                continue
            blank_run = 0
            if offset >= MAX_LIST_ROWS and not ended:
                raise ValidationError(
                    "member_import_too_many_rows", limit=MAX_LIST_ROWS, **self.params
                )
            kind = self._classify(r, values, ended, after_totals)
            if kind == "totals":
                after_totals = True
            if kind in ("signature", "below_table"):
                ended = True
            if kind != "data":
                rows.append(_skipped(r, kind))
                continue
            self._keep_samples(values)
            rows.append(self._parse(r, cells))
        while rows and rows[-1].row in blank:
            rows.pop()  # the empty tail of the sheet is not part of the list
        return rows

    def _keep_samples(self, values: list[Any], count: int = 3) -> None:
        """The first ``count`` non-blank texts of each column, as the sheet shows them."""
        for column, value in enumerate(values):
            kept = self.samples.setdefault(column, [])
            if len(kept) < count and not _blank(value):
                text = value.strftime("%d/%m/%Y") if isinstance(value, date) else _text(value)
                kept.append(text)

    def _value(self, values: list[Any], name: str) -> Any:
        c = self.mapping.get(name)
        return values[c] if c is not None and c < len(values) else None

    def _classify(self, r: int, values: list[Any], ended: bool, after_totals: bool) -> str:
        if ended:
            return "below_table"
        number_col = self.layout.number_column
        number = values[number_col] if number_col is not None else None
        numbered = _is_row_number(number)
        name = self._name_text(values)
        first = next((v for v in values if not _blank(v)), None)
        # A member's own data (a birth, a phone) rules out a totals label or a signature that
        # a name or a note might look like ("Công ...", "chuyển đến ngày 5 tháng 3 năm 2020").
        personal = [self._value(values, f) for f in ("birth", "phone")]
        marks = [self._value(values, f) for f in ("gender", "male_mark", "female_mark")]
        if (
            not numbered
            and all(_blank(v) for v in personal)
            and isinstance(first, str)
            and _TOTALS.match(_words(first))
        ):
            return "totals"
        if (
            not numbered
            and all(_blank(v) for v in personal + marks)
            and any(_is_signature_text(_words(v)) for v in values if isinstance(v, str))
            and (not name or _is_signature_text(_words(name)))
        ):
            return "signature"
        if _is_numbering_row(values):
            return "numbering"
        if number_col is not None and not numbered:
            if after_totals:
                return "below_table"
            others = [
                c for f, c in self.mapping.items() if f not in _NAME_FIELDS and c < len(values)
            ]
            if name and all(_blank(values[c]) for c in others):
                return "section"
        if not name:
            has_data = any(not _blank(values[c]) for c in self.mapping.values() if c < len(values))
            return "data" if numbered and has_data else "no_name"
        return "data"

    def _name_text(self, values: list[Any]) -> str:
        parts = [self._value(values, f) for f in _NAME_FIELDS]
        text = " ".join(clean_text(p) for p in parts if isinstance(p, str))
        return text if any(ch.isalpha() for ch in text) else ""

    # --- one data row ---

    def _parse(self, r: int, cells: list[Any]) -> ImportRow:
        row = ImportRow(row=r, member=None, action="create")
        issue_params = {**self.params, "row": r}
        values: dict[str, Any] = {}
        refs: dict[str, str] = {}
        legacy_cell: tuple[str, str, str, str] | None = None
        for name, c in self.mapping.items():
            cell = cells[c] if c < len(cells) else None
            value = _value(cell) if cell is not None else None
            refs[name] = f"{column_letter(c)}{r}"
            # Legacy text always has bytes above 0x7F; reading the font costs, so skip ASCII.
            if isinstance(value, str) and not value.isascii():
                font = _font_name(cell)
                encoding = detect_legacy(value, font)
                if encoding:
                    converted = to_unicode(value, encoding, upper=is_upper_font(font))
                    self._note_legacy(encoding, value, converted)
                    if self.convert_legacy:
                        value = converted
                    elif legacy_cell is None:
                        legacy_cell = (refs[name], value, converted, encoding)
            values[name] = value

        def error(code: str, name: str, **extra: Any) -> None:
            cell = refs.get(name)
            header = self.headers.get(self.mapping.get(name, -1), "")
            row.errors.append(
                Issue(
                    code,
                    {**issue_params, "cell": cell, "column": header, **extra},
                    row=r,
                    cell=cell,
                )
            )

        def warn(code: str, cell: str | None, **extra: Any) -> None:
            row.warnings.append(
                Issue(code, {**issue_params, "cell": cell, **extra}, row=r, cell=cell)
            )

        if legacy_cell is not None:
            cell, value, converted, encoding = legacy_cell
            warn(
                "legacy_encoding_suspected",
                cell,
                value=clean_text(value),
                converted=clean_text(converted),
                encoding=encoding.upper(),
            )

        member = Member(given_name="")
        family, given = self._names(values)
        member.family_middle_name, member.given_name = family, given
        member.gender = self._gender(values, refs, error)
        birth_value = values.get("birth")
        if _blank(birth_value):
            birth_value = self._birth_from_marks(values)
        try:
            member.birth_date, member.birth_year = self._birth(birth_value)
        except ValidationError as exc:
            error("member_import_invalid_date", "birth", value=exc.params.get("value", ""))
        try:
            member.joined_union_date = self._date(values.get("joined_union_date"))
        except ValidationError as exc:
            error(
                "member_import_invalid_date",
                "joined_union_date",
                value=exc.params.get("value", ""),
            )
        for name in ("ethnicity", "position", "department", "union_role", "notes", "email"):
            setattr(member, name, _text(values.get(name)))
        member.party_member = _is_mark(values.get("party_member"))
        member.employment_kind = _employment_kind(values.get("employment_kind"))
        if member.employment_kind is None and not _blank(values.get("employment_kind")):
            warn(
                "member_import_employment_kind_unknown",
                refs.get("employment_kind"),
                value=_text(values.get("employment_kind")),
            )
        phone_value = values.get("phone")
        member.phone = _phone(phone_value)
        if member.phone and len(member.phone) not in (10, 11):
            warn(
                "member_import_phone_suspect",
                refs.get("phone"),
                value=_text(phone_value),
                phone=member.phone,
            )

        try:
            member = cleaned_member(member)
        except ValidationError as exc:
            code, source = _CLEAN_ERRORS.get(exc.code, (exc.code, "name"))
            if source == "name":
                source = "full_name" if "full_name" in refs else "given_name"
            error(code, source, value=str(exc.params.get("value", exc.params.get("email", ""))))
        row.member = member
        row.source = member
        if row.errors:
            row.action = "error"
        return row

    def _note_legacy(self, encoding: str, before: str, after: str) -> None:
        self.legacy_found.append(encoding)
        sample = (clean_text(before), clean_text(after))
        if len(self.legacy_samples) < _LEGACY_SAMPLES and sample not in self.legacy_samples:
            self.legacy_samples.append(sample)

    def _names(self, values: dict[str, Any]) -> tuple[str, str]:
        family = _text(values.get("family_middle_name"))
        given = _text(values.get("given_name"))
        full = _text(values.get("full_name"))
        if given:
            if family or not full:
                return family, given
            # A full-name column and a given-name column: the họ đệm is what comes before.
            if full.endswith(given):
                return clean_text(full[: -len(given)]), given
        if full:
            return split_full_name(full)
        return "", family  # only a one-word name was given, in the family column

    def _gender(self, values: dict[str, Any], refs: dict[str, str], error: Any) -> Gender | None:
        value = values.get("gender")
        if not _blank(value):
            key = _words(value)
            if key in _MALE:
                return Gender.MALE
            if key in _FEMALE:
                return Gender.FEMALE
            error("member_import_gender_unknown", "gender", value=_text(value))
            return None
        male = _is_mark(values.get("male_mark"))
        female = _is_mark(values.get("female_mark"))
        if male and female:
            error("member_import_gender_both_marked", "male_mark", other_cell=refs["female_mark"])
            return None
        if male:
            return Gender.MALE
        if female:
            return Gender.FEMALE
        return None

    def _birth_from_marks(self, values: dict[str, Any]) -> Any:
        # Lists with "Ngày sinh" over "Nam" | "Nữ" write the birth date in the column of the
        # member's gender instead of an x.
        for name in ("male_mark", "female_mark"):
            value = values.get(name)
            if _looks_like_birth(value):
                return value
        return None

    def _birth(self, value: Any) -> tuple[date | None, int | None]:
        if _blank(value):
            return None, None
        if isinstance(value, datetime | date):
            year = _year_shown_as_date(value, self.epoch_1904)
            if year is not None:
                return None, year
            return parse_birth(value)
        if isinstance(value, int | float) and not isinstance(value, bool):
            if float(value).is_integer() and 1900 <= value <= 2100:
                return None, int(value)
            born = from_excel_serial(value, epoch_1904=self.epoch_1904)
            return born, born.year
        return parse_birth(value)

    def _date(self, value: Any) -> date | None:
        if _blank(value):
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            return from_excel_serial(value, epoch_1904=self.epoch_1904)
        return parse_date(value)


def _is_signature_text(words: str) -> bool:
    return (
        words in _SIGNATURE_CELLS
        or words.startswith(_SIGNATURE_PREFIXES)
        or bool(_DATE_LINE.search(words))
    )


def _skipped(r: int, kind: str) -> ImportRow:
    return ImportRow(row=r, member=None, action="skip", skipped_reason=f"member_import_skip_{kind}")


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not clean_text(value))


def _text(value: Any) -> str:
    if _blank(value) or isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        return format_date(value if not isinstance(value, datetime) else value.date())
    return clean_text(value)


def _is_mark(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if _blank(value):
        return False
    if isinstance(value, int | float):
        return value != 0
    return _words(value) not in _NO_MARK


def _looks_like_birth(value: Any) -> bool:
    if isinstance(value, datetime | date):
        return True
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value > 31  # a year or a date serial, not a 1 used as a mark
    return isinstance(value, str) and bool(re.search(r"\d{4}", value))


def _year_shown_as_date(value: date, epoch_1904: bool) -> int | None:
    # "1994" typed into a date-formatted cell is stored as serial 1994 and shows as 1905.
    if value.year > 1910:
        return None
    moment = value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
    serial = to_excel(moment, CALENDAR_MAC_1904 if epoch_1904 else CALENDAR_WINDOWS_1900)
    if float(serial).is_integer() and 1900 <= serial <= 2100:
        return int(serial)
    return None


def _is_row_number(value: Any) -> bool:
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, int | float):
        return float(value).is_integer() and value > 0
    return bool(_ROW_NUMBER.match(clean_text(value)))


def _is_numbering_row(values: list[Any]) -> bool:
    """The "(1) (2) (3) …" row some lists put under the header."""
    numbers = []
    for value in values:
        if _blank(value):
            continue
        if isinstance(value, int | float) and not isinstance(value, bool):
            numbers.append(value)
            continue
        match = _COLUMN_NUMBER.match(clean_text(value)) if isinstance(value, str) else None
        if match is None:
            return False
        numbers.append(int(match.group(1)))
    return len(numbers) >= 3 and all(b == a + 1 for a, b in pairwise(numbers))


def _employment_kind(value: Any) -> EmploymentKind | None:
    key = _words(value) if not _blank(value) else ""
    words = set(key.split())
    if not key:
        return None
    if "hop dong" in key or "hd" in words or key in ("lao dong", "nld", "nguoi lao dong"):
        return EmploymentKind.CONTRACT
    if "vien chuc" in key or "vc" in words:
        return EmploymentKind.PUBLIC_EMPLOYEE
    if "cong chuc" in key or "cc" in words:
        return EmploymentKind.CIVIL_SERVANT
    return None


def _phone(value: Any) -> str:
    if isinstance(value, str):
        # "0905 111 222 / 0912 000 111": keep the first number rather than all digits glued.
        value = next((p for p in _PHONE_SPLIT.split(value) if clean_text(p)), "")
    return normalize_phone(value)


# --- matching against the database and applying --------------------------------------------


def _birth_label(member: Member) -> str:
    if member.birth_date is not None:
        return format_date(member.birth_date)
    return str(member.birth_year) if member.birth_year is not None else "?"


def _has_birth(member: Member) -> bool:
    return member.birth_date is not None or member.birth_year is not None


def _birth_rank(row: Member, stored: Member) -> int | None:
    """How well two same-name members' births agree: 0 best; ``None`` for different people."""
    if row.birth_date and stored.birth_date:
        return 0 if row.birth_date == stored.birth_date else None
    if row.birth_year is not None and stored.birth_year is not None:
        return 1 if row.birth_year == stored.birth_year else None
    if not _has_birth(row) and not _has_birth(stored):
        return 2
    return 3  # one side lacks a birth: the same person, probably, with it filled in now


def _marks(text: str) -> int:
    return sum(
        1 for ch in unicodedata.normalize("NFD", text) if unicodedata.combining(ch) or ch in "đĐ"
    )


def _merged(stored: Member, source: Member, full_name_only: bool) -> Member:
    """``stored`` with the file's values laid over it; a blank cell never clears a value."""
    result = replace(stored, possible_duplicate_of=[])
    for attr in _COMPARED:
        if attr in ("family_middle_name", "given_name", "birth_date", "birth_year"):
            continue
        value = getattr(source, attr)
        if value not in (None, "", False):
            setattr(result, attr, value)
    if source.birth_date is not None:
        result.birth_date, result.birth_year = source.birth_date, source.birth_date.year
    elif source.birth_year is not None and not (
        stored.birth_date is not None and stored.birth_date.year == source.birth_year
    ):
        # A bare year that agrees with a stored full date keeps the date.
        result.birth_date, result.birth_year = None, source.birth_year
    same_text = join_name(stored.family_middle_name, stored.given_name) == source.full_name
    # A one-column name split on the last word must not undo a split corrected in the app,
    # and a file typed without tone marks must not strip them from the stored name.
    keep_split = full_name_only and same_text
    if not keep_split and _marks(source.full_name) >= _marks(stored.full_name):
        result.family_middle_name = source.family_middle_name
        result.given_name = source.given_name
    return result


def plan(preview: MemberListPreview, stored: list[Member]) -> None:
    """Match rows to stored members; set each row's action and its duplicate warnings.

    A row matches a stored member of the same folded name whose birth agrees: same date,
    else same year, else neither known, else one side unknown; each stored member is
    claimed by one row at most, best agreement first.
    """
    full_name_only = "full_name" in preview.mapping and "given_name" not in preview.mapping
    rows = [r for r in preview.rows if r.action not in ("skip", "error") and r.source is not None]
    keys = {r.row: fold(_read(r).full_name) for r in rows}
    by_name: dict[str, list[Member]] = defaultdict(list)
    for member in stored:
        by_name[fold(member.full_name)].append(member)

    claimed: dict[int, Member] = {}  # row number -> stored member
    taken: set[str] = set()
    for rank in range(4):  # best birth agreement first, so it wins over weaker matches
        for row in rows:
            if row.row in claimed:
                continue
            for member in by_name.get(keys[row.row], []):
                if member.id not in taken and _birth_rank(_read(row), member) == rank:
                    claimed[row.row] = member
                    taken.add(member.id)
                    break

    for row in rows:
        row.warnings = [w for w in row.warnings if not w.code.startswith("possible_duplicate")]
        existing = claimed.get(row.row)
        if existing is None:
            row.action, row.existing_id, row.member = "create", None, row.source
            continue
        merged = cleaned_member(_merged(existing, _read(row), full_name_only))
        same = all(getattr(merged, a) == getattr(existing, a) for a in _COMPARED)
        row.action = "unchanged" if same else "update"
        row.existing_id = existing.id
        row.member = existing if same else merged
    where = {"file": preview.path.name, "sheet": preview.sheet}
    _duplicate_warnings(rows, keys, by_name, taken, where)


def _duplicate_warnings(
    rows: list[ImportRow],
    keys: dict[int, str],
    by_name: dict[str, list[Member]],
    taken: set[str],
    where: dict,
) -> None:
    groups: dict[str, list[ImportRow]] = defaultdict(list)
    for row in rows:
        groups[keys[row.row]].append(row)
    for key, group in groups.items():
        for row in group:
            base = {
                **where,
                "row": row.row,
                "name": _read(row).full_name,
                "birth": _birth_label(_read(row)),
            }
            others = [o for o in group if o is not row]
            if others:
                same = [o for o in others if same_birth(_read(o), _read(row))]
                listed = same or others
                code = "possible_duplicate_in_file" + ("_same_birth" if same else "")
                params = {
                    **base,
                    "other_rows": _join(str(o.row) for o in listed),
                    "other_birth": _join(_birth_label(_read(o)) for o in listed),
                }
                row.warnings.append(Issue(code, params, row=row.row))
            strangers = [s for s in by_name.get(key, []) if s.id not in taken]
            if strangers and row.action == "create":
                alike = [s for s in strangers if same_birth(s, _read(row))]
                code = "possible_duplicate_existing" + ("_same_birth" if alike else "")
                params = {**base, "other_birth": _join(_birth_label(s) for s in strangers)}
                row.warnings.append(Issue(code, params, row=row.row))
                row.member = replace(_read(row), possible_duplicate_of=[s.id for s in strangers])


def _join(parts: Iterable[str]) -> str:
    return ", ".join(parts)


def _read(row: ImportRow) -> Member:
    """The member a row read whole holds (planning only looks at such rows)."""
    assert row.source is not None
    return row.source
