"""Reading packet workbooks safely, in the order of exchange.md, and validating every cell.

1. ``check_workbook_file``: size, zip bomb, content sniffing, XML entities (no parser yet).
2. The package structure through defusedxml: sheets, their states, the 1904 date system.
3. The metadata (very hidden sheet), its own hash, and the custom document properties.
4. Each data sheet's XML, scanned for formula cells, error cells and merged cells.
5. The cells, read with python-calamine (fast), matched to columns by header, typed one
   by one with the cell named in every message, all text in NFC.
6. Row counts against the metadata, row digests and the canonical hash of each section.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from pathlib import Path, PurePosixPath
from typing import Any

import orjson
from defusedxml import ElementTree
from python_calamine import CalamineError

from bamtrachnhiem.domain.criteria import CriteriaSet, CriteriaSource, default_criteria_set
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.exchange import EditedRow, Issue, PacketError
from bamtrachnhiem.domain.legacy import detect_legacy
from bamtrachnhiem.domain.rules import Rules
from bamtrachnhiem.exchange.cell_values import convert_column, converter
from bamtrachnhiem.exchange.cells import column_letter
from bamtrachnhiem.exchange.packet_format import (
    BANDS_SHEET,
    CONFIG_FORMAT,
    COVER_SHEET,
    CRITERIA_SETS,
    CRITERIA_SHEET,
    DATA_FORMAT,
    DIGEST_HEADER,
    FORMAT_VERSION,
    META_SHEET,
    NO,
    PROPERTY_KEYS,
    PROPERTY_PREFIX,
    ROW_NUMBER_HEADER,
    YES,
    ColumnType,
    PacketKind,
    meta_hash,
    nfc,
    row_digest,
    rows_fingerprint,
    section_hash,
)
from bamtrachnhiem.exchange.packet_meta import SectionMeta
from bamtrachnhiem.exchange.versions import OLDEST_READABLE, carried, kinds_in, upgrade_rows
from bamtrachnhiem.exchange.workbook_safety import calamine_workbook, check_workbook_file

MAX_ISSUES = 200  # enough to fix a file by; a broken file would list thousands
_SPARE_ROWS = 1000  # rows a person may add or leave blank beyond what the packet declares
_MAX_META_ROWS = 20_000  # a roll-up of 20,000 units is no packet
_MAX_PART_BYTES = 8 << 20  # workbook.xml, rels, custom.xml: small parts, read whole
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_NS_CUSTOM = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
_FORMULA = re.compile(rb"<(?:[\w.-]+:)?f[\s>/]")
# What every formula tag holds; found by a fast scan for "f", where "<f" and ":f" (two-byte
# searches, slow in CPython) cost five times as much on a sheet's bytes.
_FORMULA_HINT = re.compile(rb"f[\s>/]")
_ERROR_CELL = re.compile(rb"<(?:[\w.-]+:)?c\s[^>]*?\bt=\"e\"")
_MERGE = re.compile(rb"<(?:[\w.-]+:)?mergeCell\s[^>]*?ref=\"([^\"]+)\"")
_CELL_START = re.compile(rb"<(?:[\w.-]+:)?c\s[^>]*?\br=\"([A-Z]+[0-9]+)\"")
_SPACES = re.compile(r"\s+")
_YES = {YES.casefold(), "x", "true", "1"}
_NO = {NO.casefold(), "false", "0"}


@dataclass
class SheetRows:
    """One kind's rows as read: canonical values, sheet row numbers, digest cells."""

    kind: PacketKind
    rows: list[tuple] = field(default_factory=list)
    row_numbers: list[int] = field(default_factory=list)
    digests: list[str | None] = field(default_factory=list)
    present: bool = True  # False when the sheet was absent (allowed only when empty)
    letters: dict[str, str] = field(default_factory=dict)  # column key → its column letter
    keys: list[str] = field(default_factory=list)  # the key of each row's cells
    # Rows whose cells have the key this database stored for them: (unit, id, row number,
    # key, digest); they are not converted again.
    unchanged: list[tuple[str, str, int, str, str]] = field(default_factory=list)
    # The sheet of each row in ``rows``, for a kind read from a sheet per month; empty: all
    # are the kind's one sheet.
    sheets: list[str] = field(default_factory=list)
    fingerprint: str = ""  # packet_format.rows_fingerprint of every row of the sheet

    def extend(self, other: SheetRows) -> None:
        """Append the rows of another sheet of the same kind (a month's)."""
        self.sheets.extend([other.kind.sheet] * len(other.rows))
        self.rows.extend(other.rows)
        self.row_numbers.extend(other.row_numbers)
        self.digests.extend(other.digests)
        self.keys.extend(other.keys)
        self.unchanged.extend(other.unchanged)
        self.letters = self.letters or other.letters


@dataclass
class RawPacket:
    """A workbook read and type-checked, before it is split into sections.

    ``sheets`` hold the rows in the form of the file's format ``version``: digests and
    hashes are checked on that form; ``current_rows`` lifts them to today's.
    """

    path: Path
    file_sha256: str
    meta: dict[str, str]
    meta_pairs: list[tuple[str, str]]
    sections: list[dict[str, Any]]
    sheets: dict[str, SheetRows]
    warnings: list[Issue]
    epoch_1904: bool
    version: int
    # Sheet → (part hash, rows fingerprint) of the data sheets that may be skipped next time.
    parts: dict[str, tuple[str, str]] = field(default_factory=dict)

    def current_rows(self, kind: PacketKind) -> list[tuple]:
        """The rows of ``kind`` (today's form of it) as the current format holds them."""
        return upgrade_rows(kind, self.sheets[kind.name].rows, self.version)


@dataclass
class PacketSection(SectionMeta):
    """One unit's snapshot inside a data packet, checked against its digests and hash."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    row_numbers: dict[str, list[int]] = field(default_factory=dict)
    row_sheets: dict[str, list[str]] = field(default_factory=dict)  # the sheet of each row
    keys: dict[str, list[str]] = field(default_factory=dict)  # the cells' key of each row
    digests: dict[str, list[str]] = field(default_factory=dict)  # each row's digest
    # Rows whose cells are those this database already merged: id → (key, digest); their
    # cells were not converted again.
    unchanged: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)
    actual_hash: str = ""
    edited_rows: list[EditedRow] = field(default_factory=list)
    rows_missing: dict[str, int] = field(default_factory=dict)
    rows_extra: dict[str, int] = field(default_factory=dict)

    @property
    def edited(self) -> bool:
        return self.actual_hash != self.content_hash

    def sheet_of(self, kind: PacketKind, index: int) -> str:
        """The sheet row ``index`` of ``kind`` was read from (a month's, or the kind's)."""
        sheets = self.row_sheets.get(kind.name)
        return sheets[index] if sheets else kind.sheet

    def counts(self) -> dict[str, int]:
        """Rows per kind the section holds, read or known unchanged."""
        return {k: len(rows) + len(self.unchanged.get(k, ())) for k, rows in self.rows.items()}


@dataclass
class PacketContent:
    """A data packet read and validated; the first section is the exporting unit's."""

    path: Path
    file_sha256: str
    meta: dict[str, str]
    sections: list[PacketSection]
    units: list[tuple]
    warnings: list[Issue]
    parts: dict[str, tuple[str, str]] = field(default_factory=dict)  # RawPacket.parts

    @property
    def top(self) -> PacketSection:
        return self.sections[0]

    @property
    def packet_uuid(self) -> str:
        return self.meta["packet_uuid"]

    @property
    def edited(self) -> bool:
        return any(s.edited for s in self.sections)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


# --- stage 1-3: the file, the package, the metadata --------------------------------------


# known(kind, units, month): (unit, id) → (key, digest) of the rows last merged; ``month``
# (a month sheet's) limits it to that month's rows, else None.
Known = Callable[[str, list[str], int | None], Mapping[tuple[str, str], tuple[str, str]]]
# held(kind, top unit, units, year, month, part hash): when this database merged a sheet of
# these very bytes from the unit and still holds its rows, (rows fingerprint, [(unit, id,
# key, digest)]) of those rows; else None. ``month``: a month sheet's, else None.
HeldRows = tuple[str, list[tuple[str, str, str, str]]]
Held = Callable[[str, str, list[str], int, int | None, str], HeldRows | None]


def read_raw(
    path: Path,
    expected_format: str,
    kinds: tuple[PacketKind, ...],
    known: Known | None = None,
    held: Held | None = None,
) -> RawPacket:
    """Read and type-check a packet workbook; raises ``PacketError`` on the first refusal
    stage that fails (with every cell problem listed at the cell stage).

    ``kinds`` are today's; a file of an older format version is read with their older
    form (``exchange.versions``). ``known(kind, unit codes)`` gives, per (unit, id), the key
    and digest of the cells this database last merged for that record; rows whose cells
    have that key are not converted again. ``held`` does the same for a whole sheet whose
    bytes are those this database merged before (docs/decisions/0015): it is not even
    parsed.
    """
    path = Path(path)
    name = path.name
    scans: dict[str, _CellScan] = {}

    def scan(part: str) -> _CellScan | None:
        if not (part.startswith("xl/worksheets/") and part.endswith(".xml")):
            return None
        scans[part] = _CellScan()
        return scans[part]

    try:
        check_workbook_file(path, scanner=scan)
        sha = file_sha256(path)
    except ValidationError as error:
        raise PacketError.single(error.code, **error.params) from error
    except OSError as error:
        raise PacketError.single("xlsx_cannot_read", file=name, detail=str(error)) from error
    try:
        with zipfile.ZipFile(path) as zf:
            sheets, epoch_1904 = _workbook_sheets(zf, name)
            if META_SHEET not in sheets:
                raise PacketError.single("packet_not_packet", file=name)
            properties = _custom_properties(zf, name)
            structure = {kind.sheet: sheets.get(kind.sheet) for kind in kinds}
            monthly = {
                kind.name: _month_sheets(kind, sheets)
                for kind in kinds
                if kind.record.sheet_per_month
            }
            context = _skip_context(zf) if held is not None else None
            part_bytes = (
                _stored_hashes(path, [zf.getinfo(part) for part in scans])
                if context is not None
                else {}
            )
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise PacketError.single("xlsx_not_workbook", file=name) from error
    meta_part = sheets.get(META_SHEET)
    if meta_part in scans and scans[meta_part].rows > _MAX_META_ROWS:
        raise PacketError.single("packet_meta_invalid", file=name, key="rows")
    try:
        workbook = calamine_workbook(path)
        meta_rows = workbook.get_sheet_by_name(META_SHEET).to_python(skip_empty_area=False)
    except (CalamineError, ValueError, OSError) as error:
        raise PacketError.single("xlsx_unreadable", file=name, detail=str(error)) from error
    meta, pairs, sections, version = _parse_meta(meta_rows, name, expected_format)
    _check_properties(properties, meta, name)
    warnings: list[Issue] = []
    if properties is None:
        warnings.append(Issue("packet_properties_missing", {"file": name}))
    # No formula anywhere, not even on the cover sheet; no error value or merged range
    # where data is read (the data sheets and the metadata).
    month_sheets = {sheet for months in monthly.values() for _month, sheet in months}
    read_sheets = {META_SHEET, *structure, *month_sheets}
    xml_issues = [
        issue
        for sheet_name, part in sheets.items()
        if part in scans
        for issue in scans[part].issues(sheet_name, name, data=sheet_name in read_sheets)
    ]
    if xml_issues:
        raise PacketError.of(xml_issues[:MAX_ISSUES])
    counts = _json_object(meta.get("row_counts", "{}"), "row_counts", name)
    units = [str(entry.get("unit_code", "")) for entry in sections]
    for kind in kinds:
        named = [kind.sheet, *(sheet for _month, sheet in monthly.get(kind.name, ()))]
        rows_in = {s: scans[sheets[s]].rows - 1 for s in named if sheets.get(s) in scans}
        if not rows_in:
            continue
        declared = int(counts.get(kind.name, 0) or 0)
        found = sum(rows_in.values())  # less the header rows
        if found > 2 * declared + _SPARE_ROWS:
            # Far more rows than the packet says it holds: junk, refused before the sheet is
            # loaded (a million rows would take gigabytes). Named: the sheet holding most.
            most = max(rows_in, key=lambda s: rows_in[s])
            raise PacketError.single(
                "packet_too_many_rows", file=name, sheet=most, found=found, declared=declared
            )

    expected = {
        COVER_SHEET,
        META_SHEET,
        *structure,
        *month_sheets,
        *_display_sheets(expected_format),
    }
    for sheet_name in sheets:
        if sheet_name not in expected:
            warnings.append(Issue("packet_extra_sheet", {"file": name, "sheet": sheet_name}))

    issues: list[Issue] = []
    result: dict[str, SheetRows] = {}
    found_parts: dict[str, tuple[str, str]] = {}
    top, year = meta.get("unit_code", ""), meta.get("year", "")

    def read(kind: PacketKind, sheet: str, month: int | None) -> SheetRows:
        """One sheet's rows: not parsed when its bytes are those merged before and the
        database still holds its rows (``held``), else read cell by cell."""
        part_hash = _part_hash(context, sheet, part_bytes.get(sheets[sheet]))
        if held is not None and part_hash and year.isdigit():
            skipped = held(kind.name, top, units, int(year), month, part_hash)
            if skipped is not None:
                found_parts[sheet] = (part_hash, skipped[0])
                unchanged = [(u, i, 0, k, d) for u, i, k, d in skipped[1]]
                return SheetRows(kind, unchanged=unchanged)
        try:
            cells = workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        except (CalamineError, ValueError) as error:
            raise PacketError.single("xlsx_unreadable", file=name, detail=str(error)) from error
        form = kind.for_month(month) if month is not None else kind
        stored = known(kind.name, units, month) if known is not None else None
        rows = _read_sheet(form, cells, name, epoch_1904, issues, warnings, stored)
        if part_hash and rows.fingerprint:
            found_parts[sheet] = (part_hash, rows.fingerprint)
        return rows

    for kind in kinds_in(version, kinds):
        if not carried(version, kind.name):
            # A kind this version did not have yet: empty, and left out of its hashes.
            result[kind.name] = SheetRows(kind, present=False)
            continue
        if kind.by_month and monthly.get(kind.name):
            combined = SheetRows(kind)
            for month, sheet_name in monthly[kind.name]:
                combined.extend(read(kind, sheet_name, month))
                if len(issues) >= MAX_ISSUES:
                    break
            result[kind.name] = combined
        elif kind.by_month or structure[kind.sheet] is None:
            if int(counts.get(kind.name, 0) or 0) > 0:
                issues.append(Issue("packet_sheet_missing", {"file": name, "sheet": kind.sheet}))
            result[kind.name] = SheetRows(kind, present=False)
        else:
            result[kind.name] = read(kind, kind.sheet, None)
        if len(issues) >= MAX_ISSUES:
            break
    if issues:
        raise PacketError.of(_capped(issues, name))
    return RawPacket(
        path, sha, meta, pairs, sections, result, warnings, epoch_1904, version, found_parts
    )


def _month_sheets(kind: PacketKind, sheets: dict[str, str]) -> list[tuple[int, str]]:
    """(month, sheet name) of the kind's month sheets in the workbook, in month order."""
    found = [(month, sheet) for sheet in sheets if (month := kind.month_of(sheet))]
    return sorted(found)


def _skip_context(zf: zipfile.ZipFile) -> bytes | None:
    """What else a sheet's cells depend on: the styles part (dates are numbers with a date
    style). None when a month sheet may not be skipped at all: the file keeps its text in a
    shared strings part (a spreadsheet re-saved it), so the same sheet bytes could mean
    other cells."""
    names = {n.lower(): n for n in zf.namelist()}
    if any(n.endswith("sharedstrings.xml") for n in names) or "xl/styles.xml" not in names:
        return None
    info = zf.getinfo(names["xl/styles.xml"])
    if info.file_size > _MAX_PART_BYTES:
        return None
    return hashlib.blake2b(zf.read(info), digest_size=16).digest()


def _part_hash(context: bytes | None, sheet: str, stored: bytes | None) -> str:
    """The hash of a sheet part's bytes in its context; "" when it may not be skipped."""
    if context is None or stored is None:
        return ""
    return hashlib.blake2b(context + sheet.encode() + b"\x1e" + stored, digest_size=16).hexdigest()


def _stored_hashes(path: Path, infos: list[zipfile.ZipInfo]) -> dict[str, bytes]:
    """Per part, a hash of the part as the zip stores it: its compression method, sizes and
    CRC, and its compressed bytes. The same stored bytes always give the same part (the
    safety scan has just decompressed them whole and checked their CRC), and hashing them
    costs an eighth of hashing the sheet's XML."""
    hashes = {}
    with path.open("rb") as fh:
        for info in infos:
            digest = hashlib.blake2b(digest_size=16)
            digest.update(
                struct.pack(
                    "<HQQI", info.compress_type, info.compress_size, info.file_size, info.CRC
                )
            )
            fh.seek(info.header_offset)
            header = fh.read(_LOCAL_HEADER.size)
            if len(header) < _LOCAL_HEADER.size or not header.startswith(b"PK\x03\x04"):
                raise zipfile.BadZipFile(f"no local header for {info.filename}")
            fh.seek(info.header_offset + len(header) + sum(_LOCAL_HEADER.unpack(header)[-2:]))
            left = info.compress_size
            while left > 0:
                chunk = fh.read(min(left, 1 << 20))
                if not chunk:
                    raise zipfile.BadZipFile(f"{info.filename} ends early")
                digest.update(chunk)
                left -= len(chunk)
            hashes[info.filename] = digest.digest()
    return hashes


# A zip's local file header: signature, then versions, flags, method, time, date, CRC,
# sizes, and the lengths of the name and the extra field that follow it.
_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")


def _display_sheets(expected_format: str) -> tuple[str, ...]:
    return (CRITERIA_SHEET, BANDS_SHEET) if expected_format == CONFIG_FORMAT else ()


def _capped(issues: list[Issue], name: str) -> list[Issue]:
    if len(issues) <= MAX_ISSUES:
        return issues
    return [
        *issues[:MAX_ISSUES],
        Issue("packet_too_many_errors", {"file": name, "shown": MAX_ISSUES}),
    ]


def _read_part(zf: zipfile.ZipFile, part: str, name: str) -> bytes:
    info = zf.getinfo(part)
    if info.file_size > _MAX_PART_BYTES:
        raise PacketError.single("xlsx_too_large", file=name, limit_mb=_MAX_PART_BYTES >> 20)
    return zf.read(part)


def _parse_xml(data: bytes, name: str) -> Any:
    try:
        return ElementTree.fromstring(data)
    except Exception as error:  # defusedxml's refusals and ParseError alike
        raise PacketError.single("xlsx_not_workbook", file=name) from error


def _workbook_sheets(zf: zipfile.ZipFile, name: str) -> tuple[dict[str, str], bool]:
    """Sheet name → part path, and whether dates count from 1904."""
    rels_root = _parse_xml(_read_part(zf, "xl/_rels/workbook.xml.rels", name), name)
    targets = {}
    for rel in rels_root.iter(f"{_NS_PKG_REL}Relationship"):
        target = rel.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        targets[rel.get("Id")] = _normalise_part(part)
    root = _parse_xml(_read_part(zf, "xl/workbook.xml", name), name)
    pr = root.find(f"{_NS_MAIN}workbookPr")
    epoch_1904 = pr is not None and pr.get("date1904", "0").lower() in ("1", "true")
    sheets: dict[str, str] = {}
    for sheet in root.iter(f"{_NS_MAIN}sheet"):
        part = targets.get(sheet.get(f"{_NS_REL}id"))
        if part and part in zf.NameToInfo:
            sheets[nfc(sheet.get("name", ""))] = part
    return sheets, epoch_1904


def _normalise_part(part: str) -> str:
    parts: list[str] = []
    for piece in part.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)


def _custom_properties(zf: zipfile.ZipFile, name: str) -> dict[str, str] | None:
    if "docProps/custom.xml" not in zf.NameToInfo:
        return None
    root = _parse_xml(_read_part(zf, "docProps/custom.xml", name), name)
    found = {}
    for prop in root.iter(f"{_NS_CUSTOM}property"):
        key = prop.get("name", "")
        if key.startswith(PROPERTY_PREFIX):
            value = "".join(child.text or "" for child in prop)
            found[key[len(PROPERTY_PREFIX) :]] = value
    return found or None


def _parse_meta(
    rows: list[list[Any]], name: str, expected_format: str
) -> tuple[dict[str, str], list[tuple[str, str]], list[dict[str, Any]], int]:
    pairs: list[tuple[str, str]] = []
    for row in rows:
        if not row or row[0] == "":
            continue
        key = row[0]
        value = row[1] if len(row) > 1 else ""
        if not isinstance(key, str) or not isinstance(value, str):
            raise PacketError.single("packet_meta_invalid", file=name, key=str(key))
        pairs.append((key, value))
    meta: dict[str, str] = {}
    sections: list[dict[str, Any]] = []
    for key, value in pairs:
        if key == "section":
            sections.append(_json_object(value, "section", name))
        else:
            meta[key] = value
    found_format = meta.get("format")
    if found_format not in (DATA_FORMAT, CONFIG_FORMAT):
        raise PacketError.single("packet_not_packet", file=name)
    if found_format != expected_format:
        code = "packet_is_config" if found_format == CONFIG_FORMAT else "packet_is_data"
        raise PacketError.single(code, file=name)
    try:
        version = int(meta.get("format_version", ""))
    except ValueError:
        raise PacketError.single("packet_meta_invalid", file=name, key="format_version") from None
    if version > FORMAT_VERSION:
        raise PacketError.single(
            "packet_format_newer", file=name, version=version, supported=FORMAT_VERSION
        )
    if version < OLDEST_READABLE:
        raise PacketError.single(
            "packet_format_older", file=name, version=version, supported=OLDEST_READABLE
        )
    if meta.get("meta_hash") != meta_hash(pairs):
        raise PacketError.single("packet_meta_edited", file=name)
    return meta, pairs, sections, version


def _json_object(text: str, key: str, name: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        raise PacketError.single("packet_meta_invalid", file=name, key=key) from None
    if not isinstance(value, dict):
        raise PacketError.single("packet_meta_invalid", file=name, key=key)
    return value


def _check_properties(properties: dict[str, str] | None, meta: dict[str, str], name: str) -> None:
    """The custom properties must say what the hidden sheet says (when a program kept them)."""
    if properties is None:
        return
    for key in PROPERTY_KEYS:
        if key in properties and key in meta and properties[key] != meta[key]:
            raise PacketError.single("packet_meta_mismatch", file=name, key=key)
        if key in meta and key not in properties:
            raise PacketError.single("packet_meta_mismatch", file=name, key=key)


# --- stage 4: what the cells' XML says ---------------------------------------------------


class _CellScan:
    """The first formula, error value and merged range of a sheet part, found as its bytes
    stream through the safety check (no second decompression)."""

    _KEEP = 4096  # bytes carried over between chunks: a cell's start and its formula

    def __init__(self) -> None:
        self.formula: str | None = None
        self.error: str | None = None
        self.merged: str | None = None
        self.rows = 0  # <row> elements: a sheet of junk is refused before it is loaded
        self._tail = b""

    def feed(self, chunk: bytes) -> None:
        self.rows += chunk.count(b"<row")
        window = self._tail + chunk
        # Plain substring tests first: the regular expressions only run on the rare chunk
        # that may hold a formula, an error value or a merged range.
        if self.formula is None and _FORMULA_HINT.search(window):
            match = _FORMULA.search(window)
            if match:
                self.formula = _cell_before(window, match.start())
        if self.error is None and b't="e"' in window:
            match = _ERROR_CELL.search(window)
            if match:
                self.error = _cell_before(window, match.end())
        if self.merged is None and b"mergeCell" in window:
            match = _MERGE.search(window)
            if match:
                self.merged = match.group(1).decode("ascii", "replace")
        self._tail = window[-self._KEEP :]

    def issues(self, sheet: str, name: str, *, data: bool) -> list[Issue]:
        found = []
        where: dict[str, object]
        if self.formula is not None:
            where = {"file": name, "sheet": sheet, "cell": self.formula}
            found.append(Issue("packet_formula_cell", where, sheet=sheet, cell=self.formula))
        if not data:
            return found
        if self.error is not None:
            where = {"file": name, "sheet": sheet, "cell": self.error}
            found.append(Issue("packet_error_cell", where, sheet=sheet, cell=self.error))
        if self.merged is not None:
            where = {"file": name, "sheet": sheet, "range": self.merged}
            found.append(Issue("packet_merged_cells", where, sheet=sheet, cell=self.merged))
        return found


def _cells_keys(
    rows: list[list[Any]], order: list[int], digest_at: int | None, version: int
) -> list[str]:
    """Per row, a key of its cells as read (values and types), its digest cell and the
    format version: equal keys mean the very same cells.

    The cells are written as JSON (orjson: a third of the time ``repr`` took), where a
    number, a text and a date can never look alike: dates and times go through
    ``_typed_cell`` as [type, text] pairs, and a row orjson cannot write (an integer beyond
    64 bits) is keyed by its ``repr`` instead.
    """
    cells = itemgetter(*order, *(() if digest_at is None else (digest_at,)))
    prefix = f"{version}\x1e".encode()
    blake = hashlib.blake2b
    dumps = orjson.dumps
    keys = []
    for raw in rows:
        picked = cells(raw)
        try:
            written = dumps(picked, default=_typed_cell, option=_CELLS_JSON)
        except orjson.JSONEncodeError:
            written = b"repr\x1e" + repr(picked).encode()
        keys.append(blake(prefix + written, digest_size=12).hexdigest())
    return keys


_CELLS_JSON = orjson.OPT_PASSTHROUGH_DATETIME


def _typed_cell(value: Any) -> list[str]:
    """A cell orjson does not write by itself (a date, a time, a duration)."""
    return [type(value).__name__, str(value)]


def _cell_before(data: bytes, pos: int) -> str:
    start = max(data.rfind(b"<c ", 0, pos), data.rfind(b":c ", 0, pos))
    if start < 0:
        return "?"
    match = _CELL_START.search(data, max(start - 8, 0), pos + 1)
    return match.group(1).decode("ascii") if match else "?"


# --- stage 5: the cells ------------------------------------------------------------------


def _wanted_headers(kind: PacketKind) -> dict[str, int]:
    """Header text (compared loosely) → column index in ``kind``."""
    return {_header_key(c.header): i for i, c in enumerate(kind.columns)}


def _header_key(value: object) -> str:
    return _SPACES.sub(" ", nfc(str(value))).strip().casefold() if value is not None else ""


def _read_sheet(
    kind: PacketKind,
    cells: list[list[Any]],
    name: str,
    epoch_1904: bool,
    issues: list[Issue],
    warnings: list[Issue],
    stored: Mapping[tuple[str, str], tuple[str, str]] | None = None,
) -> SheetRows:
    """The sheet's rows, typed; rows whose cells carry the key ``stored`` holds for their
    (unit, id) are kept apart, unconverted: this database merged those very cells before."""
    wanted = _wanted_headers(kind)
    id_header = _header_key(kind.column(kind.id_key).header)
    header_at = None
    for r, row in enumerate(cells[:10]):
        if any(isinstance(v, str) and v and _header_key(v) == id_header for v in row):
            header_at = r
            break
    if header_at is None:
        issues.append(
            Issue(
                "packet_column_missing",
                {"file": name, "sheet": kind.sheet, "column": kind.column(kind.id_key).header},
                sheet=kind.sheet,
            )
        )
        return SheetRows(kind)
    positions: dict[int, int] = {}  # column index in the kind -> column index in the sheet
    digest_at = None
    words = {_header_key(c.shown_as) for c in kind.columns if c.shown_as}  # for people only
    ignored = {_header_key(ROW_NUMBER_HEADER), _header_key("Họ và tên"), "", *words}
    for c, value in enumerate(cells[header_at]):
        key = _header_key(value)
        if key in wanted:
            if wanted[key] in positions:
                issues.append(
                    Issue(
                        "packet_column_duplicate",
                        {"file": name, "sheet": kind.sheet, "column": str(value)},
                        sheet=kind.sheet,
                    )
                )
            positions[wanted[key]] = c
        elif key == _header_key(DIGEST_HEADER):
            digest_at = c
        elif key not in ignored:
            warnings.append(
                Issue(
                    "packet_extra_column",
                    {"file": name, "sheet": kind.sheet, "column": str(value)},
                    sheet=kind.sheet,
                )
            )
    missing = [c.header for i, c in enumerate(kind.columns) if i not in positions]
    for header in missing:
        issues.append(
            Issue(
                "packet_column_missing",
                {"file": name, "sheet": kind.sheet, "column": header},
                sheet=kind.sheet,
            )
        )
    if missing:
        return SheetRows(kind)

    order = [positions[i] for i in range(len(kind.columns))]
    width = max(max(order), digest_at or 0) + 1
    rows: list[list[Any]] = []
    numbers: list[int] = []
    for r in range(header_at + 1, len(cells)):
        raw = cells[r]
        if len(raw) < width:
            raw = [*raw, *([""] * (width - len(raw)))]
        if any(raw[p] != "" for p in order):  # a blank row someone left or inserted is skipped
            rows.append(raw)
            numbers.append(r + 1)
    keys = _cells_keys(rows, order, digest_at, kind.version)
    letters = {c.key: column_letter(at) for c, at in zip(kind.columns, order, strict=True)}
    result = SheetRows(kind, letters=letters)
    if "unit_code" in kind.keys:
        unit_at, id_at = order[kind.index("unit_code")], order[kind.id_index]
        result.fingerprint = rows_fingerprint(
            (str(raw[unit_at]), str(raw[id_at]), key) for raw, key in zip(rows, keys, strict=True)
        )
    if stored and "unit_code" in kind.keys:
        id_at, unit_at = order[kind.id_index], order[kind.index("unit_code")]
        fresh = []
        for i, raw in enumerate(rows):
            held = stored.get((raw[unit_at], raw[id_at]))
            if held is not None and held[0] == keys[i]:
                result.unchanged.append((raw[unit_at], raw[id_at], numbers[i], keys[i], held[1]))
            else:
                fresh.append(i)
        rows = [rows[i] for i in fresh]
        numbers = [numbers[i] for i in fresh]
        keys = [keys[i] for i in fresh]
    result.row_numbers, result.keys = numbers, keys
    columns = []
    for column, at in zip(kind.columns, order, strict=True):
        values, bad = convert_column(
            converter(column, kind.text, epoch_1904), [raw[at] for raw in rows]
        )
        for i, error in bad.items():
            cell = f"{column_letter(at)}{numbers[i]}"
            issues.append(
                Issue(
                    error.code,
                    {
                        "file": name,
                        "sheet": kind.sheet,
                        "cell": cell,
                        "column": column.header,
                        "value": _shown(rows[i][at]),
                        **error.params,
                    },
                    sheet=kind.sheet,
                    cell=cell,
                    row=numbers[i],
                )
            )
            if len(issues) >= MAX_ISSUES:
                return result
        columns.append(values)
    result.rows = list(zip(*columns, strict=True)) if rows else []
    if digest_at is None:
        result.digests = [None] * len(rows)
    else:
        result.digests = [
            raw[digest_at] if isinstance(raw[digest_at], str) and raw[digest_at] else None
            for raw in rows
        ]
    return result


def _shown(value: object) -> str:
    text = value.isoformat() if isinstance(value, date) else str(value)
    return text if len(text) <= 40 else text[:37] + "…"


# --- stage 6: sections, digests, hashes ---------------------------------------------------


def read_packet(
    path: Path,
    kinds: tuple[PacketKind, ...],
    units_kind: PacketKind,
    known: Known | None = None,
    held: Held | None = None,
) -> PacketContent:
    """Read a data packet: every unit's section, checked against the metadata.

    Digests and hashes are checked in the form the file was written in; the rows returned
    are in today's form.
    """
    raw = read_raw(path, DATA_FORMAT, (*kinds, units_kind), known, held)
    asked = (kinds, units_kind)
    today = {k.name: k for k in (*kinds, units_kind)}
    kinds = tuple(raw.sheets[k.name].kind for k in kinds)
    units_kind = raw.sheets[units_kind.name].kind
    name = raw.path.name
    meta = raw.meta
    for key in ("packet_uuid", "unit_code", "year", "month", "seq", "exported_at"):
        if not meta.get(key):
            raise PacketError.single("packet_meta_invalid", file=name, key=key)
    if not raw.sections or raw.sections[0].get("unit_code") != meta["unit_code"]:
        raise PacketError.single("packet_meta_invalid", file=name, key="section")

    sections: dict[str, PacketSection] = {}
    for entry in raw.sections:
        section = PacketSection(**SectionMeta.fields_of(entry, name))
        if section.unit_code in sections:
            raise PacketError.single("packet_meta_invalid", file=name, key="section")
        sections[section.unit_code] = section
    top = next(iter(sections.values()))
    if str(top.year) != meta["year"] or str(top.seq) != meta["seq"]:
        raise PacketError.single("packet_meta_invalid", file=name, key="section")

    issues: list[Issue] = []
    for kind in kinds:
        sheet = raw.sheets[kind.name]
        where = sheet.sheets or [kind.sheet] * len(sheet.rows)
        for section in sections.values():
            for holder in (
                section.rows,
                section.row_numbers,
                section.row_sheets,
                section.keys,
                section.digests,
            ):
                holder[kind.name] = []
            section.unchanged[kind.name] = {}
        unit_at = kind.index("unit_code")
        seen: dict[str, tuple[str, int]] = {}  # id → (sheet, row number)
        cell_digests: dict[tuple[str, int], str | None] = {}
        entries = [
            (row[kind.id_index], row[unit_at], number, key, digest)
            for row, number, key, digest in zip(
                sheet.rows, sheet.row_numbers, sheet.keys, sheet.digests, strict=True
            )
        ]
        skipped = [
            (rid, unit, number, key, digest) for unit, rid, number, key, digest in sheet.unchanged
        ]
        for index, (record_id, unit, number, key, digest) in enumerate([*entries, *skipped]):
            if record_id in seen:
                if not number or not seen[record_id][1]:
                    # A row of a month sheet not read (held): read every sheet, to say where.
                    return read_packet(path, *asked)
                issues.append(
                    Issue(
                        "packet_duplicate_id",
                        {
                            "file": name,
                            "sheet": seen[record_id][0],
                            "row": number,
                            "id": record_id,
                            "first_row": seen[record_id][1],
                        },
                        sheet=seen[record_id][0],
                        row=number,
                    )
                )
                continue
            at = where[index] if index < len(entries) else kind.sheet
            seen[record_id] = (at, number)
            owner = sections.get(unit)
            if owner is None:
                issues.append(
                    Issue(
                        "packet_row_foreign_unit",
                        {"file": name, "sheet": at, "row": number, "unit": unit},
                        sheet=at,
                        row=number,
                    )
                )
                continue
            if index >= len(entries):
                owner.unchanged[kind.name][record_id] = (key, digest or "")
                continue
            owner.rows[kind.name].append(sheet.rows[index])
            owner.row_numbers[kind.name].append(number)
            owner.row_sheets[kind.name].append(at)
            owner.keys[kind.name].append(key)
            cell_digests[(at, number)] = digest
        for section in sections.values():
            rows = section.rows[kind.name]
            section.digests[kind.name] = [row_digest(kind, row) for row in rows]
            for row, at, number, digest in zip(
                rows,
                section.row_sheets[kind.name],
                section.row_numbers[kind.name],
                section.digests[kind.name],
                strict=True,
            ):
                if cell_digests[(at, number)] != digest:
                    section.edited_rows.append(
                        EditedRow(
                            at,
                            number,
                            str(row[kind.id_index]),
                            section.unit_code,
                            added=cell_digests[(at, number)] is None,
                        )
                    )
    units_sheet = raw.sheets[units_kind.name]
    if issues:
        raise PacketError.of(_capped(issues, name))

    for section in sections.values():
        section_digests: dict[str, list[tuple[str, str]]] = {}
        for kind in kinds:
            if not carried(raw.version, kind.name):
                continue
            pairs = [
                (str(row[kind.id_index]), digest)
                for row, digest in zip(
                    section.rows[kind.name], section.digests[kind.name], strict=True
                )
            ]
            pairs.extend(
                (rid, digest) for rid, (_key, digest) in section.unchanged[kind.name].items()
            )
            section_digests[kind.name] = pairs
            _count_difference(section, kind.sheet, len(pairs), kind.name)
        if section is top:
            unit_pairs = []
            for row, number, stored in zip(
                units_sheet.rows, units_sheet.row_numbers, units_sheet.digests, strict=True
            ):
                digest = row_digest(units_kind, row)
                unit_pairs.append((str(row[units_kind.id_index]), digest))
                if stored != digest:
                    section.edited_rows.append(
                        EditedRow(
                            units_kind.sheet,
                            number,
                            str(row[0]),
                            section.unit_code,
                            added=stored is None,
                        )
                    )
            section_digests[units_kind.name] = unit_pairs
            _count_difference(section, units_kind.sheet, len(units_sheet.rows), units_kind.name)
        section.actual_hash = section_hash(section_digests)
        if section.edited:
            _note_legacy_text(section, kinds, raw.warnings, name)
        else:
            # The hash covers the content: rows that match it were only moved or re-saved.
            section.edited_rows.clear()
            section.rows_missing.clear()
            section.rows_extra.clear()
    for section in sections.values():
        for kind in kinds:
            section.rows[kind.name] = upgrade_rows(
                today[kind.name], section.rows[kind.name], raw.version
            )
    units = upgrade_rows(today[units_kind.name], units_sheet.rows, raw.version)
    refused = [
        issue
        for section in sections.values()
        for issue in _refused_values(section, [today[k.name] for k in kinds], raw, name)
    ]
    if refused:
        raise PacketError.of(_capped(refused, name))
    return PacketContent(
        raw.path, raw.file_sha256, meta, list(sections.values()), units, raw.warnings, raw.parts
    )


def _refused_values(
    section: PacketSection, kinds: list[PacketKind], raw: RawPacket, name: str
) -> list[Issue]:
    """The rows holding a value the app refuses from the keyboard (``domain.rules``)."""
    rules = Rules(_criteria_of(section), loads=orjson.loads)
    issues = []
    for kind in kinds:
        rows = [dict(zip(kind.keys, row, strict=True)) for row in section.rows[kind.name]]
        letters = raw.sheets[kind.name].letters
        for problem in rules.check(kind.name, rows):
            number = section.row_numbers[kind.name][problem.index]
            sheet = section.sheet_of(kind, problem.index)
            key = problem.column or kind.id_key
            column = kind.column(key)
            cell = f"{letters[key]}{number}" if key in letters else None
            issues.append(
                Issue(
                    "packet_value_refused",
                    {
                        "file": name,
                        "sheet": sheet,
                        "row": number,
                        "column": column.header,
                        "reason_code": problem.error.code,
                        "member": rows[problem.index].get("member_id", ""),
                        **problem.error.params,
                    },
                    sheet=sheet,
                    cell=cell,
                    row=number,
                )
            )
    return issues


def _criteria_of(section: PacketSection) -> Callable[[int], CriteriaSet]:
    """The criteria set the section's unit scores against in a year: the newest the packet
    carries, or the default set of that year."""
    newest: dict[int, tuple[str, str]] = {}
    kind = CRITERIA_SETS
    for row in section.rows[kind.name]:
        values = dict(zip(kind.keys, row, strict=True))
        if values["deleted_at"] is None:
            year, stamp = values["year"], values["created_at"]
            if year not in newest or stamp > newest[year][0]:
                newest[year] = (stamp, values["definition"])
    cache: dict[int, CriteriaSet] = {}

    def criteria(year: int) -> CriteriaSet:
        if year not in cache:
            found = newest.get(year)
            try:
                cache[year] = (
                    CriteriaSet.from_json(found[1], year=year, source=CriteriaSource.OWN)
                    if found
                    else default_criteria_set(year)
                )
            except (ValueError, TypeError, KeyError):
                cache[year] = default_criteria_set(year)  # its own row is refused
        return cache[year]

    return criteria


def _count_difference(section: PacketSection, sheet: str, found: int, kind: str) -> None:
    expected = section.row_counts.get(kind, 0)
    if found < expected:
        section.rows_missing[sheet] = expected - found
    elif found > expected:
        section.rows_extra[sheet] = found - expected


def _note_legacy_text(
    section: PacketSection, kinds: tuple[PacketKind, ...], warnings: list[Issue], name: str
) -> None:
    """Edited rows holding TCVN3/VNI text are named: a legacy font was probably pasted."""
    edited = {(e.sheet, e.row) for e in section.edited_rows}
    for kind in kinds:
        text_columns = [
            i for i, c in enumerate(kind.columns) if c.type in (ColumnType.TEXT, ColumnType.ENUM)
        ]
        for index, (row, number) in enumerate(
            zip(section.rows[kind.name], section.row_numbers[kind.name], strict=True)
        ):
            sheet = section.sheet_of(kind, index)
            if (sheet, number) not in edited:
                continue
            for i in text_columns:
                value = row[i]
                if value and detect_legacy(value):
                    warnings.append(
                        Issue(
                            "packet_legacy_text",
                            {
                                "file": name,
                                "sheet": sheet,
                                "row": number,
                                "column": kind.columns[i].header,
                            },
                            sheet=sheet,
                            row=number,
                        )
                    )
