"""The packet format (docs/packet-format.md): sheets, columns, types, canonical form, hashes.

Each record kind's description (``domain.kinds``) says which of its columns travel, with
their Vietnamese headers and types; here they become the packet's sheets. The writer, the
reader and the merge are all driven by them, so a column added there travels everywhere at
once. Older versions' sheets are in ``exchange.versions``.
"""

from __future__ import annotations

import hashlib
import json
import math
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import Any

from bamtrachnhiem.domain import kinds
from bamtrachnhiem.domain.kinds import Column, ColumnType, RecordKind, Scope

FORMAT_VERSION = 7
LINE_ENDS_FROM = 3  # from this version, canonical text has LF line ends
SHOWN_FROM = 4  # from this version, codes, JSON and ids are also shown in words
MONTH_SHEETS_FROM = 7  # from this version, RecordKind.sheet_per_month kinds: a sheet a month
DATA_FORMAT = "bamtrachnhiem-packet"
CONFIG_FORMAT = "bamtrachnhiem-config"

COVER_SHEET = "Thông tin gói"
META_SHEET = "_bamtrachnhiem"
PROPERTY_PREFIX = "bamtrachnhiem_"
ROW_NUMBER_HEADER = "STT"
DIGEST_HEADER = "Mã kiểm tra dòng"
EXCEL_CELL_LIMIT = 32767
DATE_FORMAT = "DD/MM/YYYY"
YES, NO = "Có", "Không"

# Metadata keys kept both in the very hidden sheet and in the custom document properties.
PROPERTY_KEYS = (
    "format",
    "format_version",
    "packet_uuid",
    "unit_code",
    "parent_code",
    "year",
    "month",
    "seq",
    "exported_at",
    "app_version",
    "row_counts",
    "content_hash",
    "meta_hash",
)


@dataclass(frozen=True)
class PacketKind:
    """A record kind as one version of the packet format carries it: its sheet and columns.

    Made from the kind's description (``domain.kinds``); ``columns`` are the travelling
    columns of that version, in sheet order.
    """

    record: RecordKind
    columns: tuple[Column, ...]
    version: int = 0  # the format version this form belongs to; 0: the current one
    keys: tuple[str, ...] = field(init=False)
    canonical_order: tuple[int, ...] = field(init=False)
    id_index: int = field(init=False)

    def __post_init__(self) -> None:
        if not self.version:
            object.__setattr__(self, "version", FORMAT_VERSION)
        keys = tuple(c.key for c in self.columns)
        object.__setattr__(self, "keys", keys)
        order = tuple(sorted(range(len(keys)), key=lambda i: keys[i]))
        object.__setattr__(self, "canonical_order", order)
        object.__setattr__(self, "id_index", keys.index(self.id_key))

    @property
    def name(self) -> str:
        return self.record.name

    @property
    def sheet(self) -> str:
        return self.record.sheet

    @property
    def table(self) -> str:
        return self.record.table

    @property
    def title(self) -> str:
        return self.record.title

    @property
    def scope(self) -> Scope:
        return self.record.scope

    @property
    def id_key(self) -> str:
        return self.record.id_key

    @property
    def member_name_after(self) -> str | None:
        return self.record.member_name_after

    @property
    def sort_keys(self) -> tuple[str, ...]:
        return self.record.sort_keys

    @property
    def references(self) -> tuple[Column, ...]:
        """Travelling columns that name records of another kind."""
        return tuple(c for c in self.columns if c.ref is not None)

    @property
    def by_month(self) -> bool:
        """True when this form of the kind is written one sheet per month."""
        return self.record.sheet_per_month and self.version >= MONTH_SHEETS_FROM

    def month_sheet(self, month: int) -> str:
        """The name of the sheet holding ``month`` ("Đánh giá tháng 3")."""
        return f"{self.record.sheet} {month}"

    def month_of(self, sheet: str) -> int | None:
        """The month a sheet of this kind holds, from its name; None for any other sheet."""
        prefix = self.record.sheet + " "
        number = sheet[len(prefix) :] if sheet.startswith(prefix) else ""
        if number.isascii() and number.isdigit() and 1 <= int(number) <= 12:
            return int(number)
        return None

    def for_month(self, month: int) -> PacketKind:
        """This kind as the sheet of one month: its messages name that sheet."""
        record = replace(self.record, sheet=self.month_sheet(month))
        return PacketKind(record, self.columns, self.version)

    def column(self, key: str) -> Column:
        return self.columns[self.keys.index(key)]

    def index(self, key: str) -> int:
        return self.keys.index(key)

    @cached_property
    def normalizers(self) -> tuple[Callable[[Any], Any], ...]:
        """Per column: a stored database value → its canonical value."""
        return tuple(_normalizer(c, self.text) for c in self.columns)

    @property
    def text(self) -> Callable[[str], str]:
        """The canonical form of text in this format version."""
        return canonical_text if self.version >= LINE_ENDS_FROM else nfc


def packet_kind(record: RecordKind) -> PacketKind:
    """The kind as the current format version carries it."""
    return PacketKind(record, record.travelling)


UNITS = packet_kind(kinds.UNITS)
MEMBERS = packet_kind(kinds.MEMBERS)
CRITERIA_SETS = packet_kind(kinds.CRITERIA_SETS)
CAMPAIGNS = packet_kind(kinds.CAMPAIGNS)
CAMPAIGN_TARGETS = packet_kind(kinds.CAMPAIGN_TARGETS)
INITIATIVES = packet_kind(kinds.INITIATIVES)
PLEDGES = packet_kind(kinds.PLEDGES)
ACTIVITIES = packet_kind(kinds.ACTIVITIES)
ASSESSMENTS = packet_kind(kinds.ASSESSMENTS)
MONTH_LOCKS = packet_kind(kinds.MONTH_LOCKS)
DEADLINES = packet_kind(kinds.DEADLINES)
REPORTS = packet_kind(kinds.REPORTS)
REPORT_PERIODS = packet_kind(kinds.REPORT_PERIODS)
COMMENDATION_ROUNDS = packet_kind(kinds.COMMENDATION_ROUNDS)
NOMINATIONS = packet_kind(kinds.NOMINATIONS)
NOMINATION_REVIEWS = packet_kind(kinds.NOMINATION_REVIEWS)
COMMENDATION_DECISIONS = packet_kind(kinds.COMMENDATION_DECISIONS)
AWARDS = packet_kind(kinds.AWARDS)
# The commendation kinds, in the order a merge applies them (format version 6).
COMMENDATION_KINDS: tuple[PacketKind, ...] = (
    COMMENDATION_ROUNDS,
    NOMINATIONS,
    NOMINATION_REVIEWS,
    COMMENDATION_DECISIONS,
    AWARDS,
)

# The kinds a data packet carries besides the tree, in the order a merge applies them:
# members before what names them, campaigns before their targets and activities.
TABLE_KINDS: tuple[PacketKind, ...] = (
    MEMBERS,
    CRITERIA_SETS,
    CAMPAIGNS,
    CAMPAIGN_TARGETS,
    INITIATIVES,
    PLEDGES,
    ACTIVITIES,
    ASSESSMENTS,
    MONTH_LOCKS,
    REPORTS,
    *COMMENDATION_KINDS,
)
# The order sheets appear in a data packet (after the cover sheet).
SHEET_ORDER: tuple[PacketKind, ...] = (
    MEMBERS,
    PLEDGES,
    INITIATIVES,
    ASSESSMENTS,
    MONTH_LOCKS,
    CAMPAIGNS,
    CAMPAIGN_TARGETS,
    ACTIVITIES,
    REPORTS,
    CRITERIA_SETS,
    *COMMENDATION_KINDS,
    UNITS,
)
# --- the configuration packet ------------------------------------------------------------

CONFIG_KINDS: tuple[PacketKind, ...] = (
    UNITS,
    CAMPAIGNS,
    CAMPAIGN_TARGETS,
    DEADLINES,
    REPORT_PERIODS,
    *COMMENDATION_KINDS[:1],  # rounds, with their rule and quotas
    *COMMENDATION_KINDS[2:],  # reviews, decisions, register entries of the units below
)
CRITERIA_SHEET = "Tiêu chí"  # display only: the criteria JSON in the metadata is read
BANDS_SHEET = "Xếp loại"  # display only


# --- canonical form ----------------------------------------------------------------------

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
_SORTED_ENCODER = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
)


def canonical_json(value: object) -> str:
    """JSON with sorted keys, no spaces, UTF-8 characters unescaped (the spec's encoding)."""
    return _SORTED_ENCODER.encode(value)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def canonical_text(text: str) -> str:
    """NFC, and every line end as LF: a spreadsheet re-saving CRLF as LF changes nothing."""
    text = nfc(text)
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _normalizer(column: Column, text: Callable[[str], str] = canonical_text):
    """Turn a stored database value into the canonical value of ``column``."""
    t = column.type
    if column.is_text:
        if column.nullable:
            return lambda v: None if v is None or v == "" else text(str(v))
        return lambda v: "" if v is None else text(str(v))
    if t is ColumnType.INT:
        return lambda v: None if v is None or v == "" else int(v)
    if t is ColumnType.FLOAT:
        return lambda v: None if v is None or v == "" else float(v)
    if t is ColumnType.BOOL:
        return lambda v: bool(v)
    if t is ColumnType.DATE:
        return lambda v: None if v is None or v == "" else _iso_date(v)
    raise AssertionError(t)


def canonical_default(column: Column) -> Any:
    """The canonical value a row gets for ``column`` when its packet did not carry it."""
    if column.default is not None:
        return _normalizer(column)(column.default)
    if column.nullable:
        return None
    if column.is_text:
        return ""
    raise ValueError(f"column {column.key} has no default: older packets cannot supply it")


def _iso_date(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()[:10]
    text = str(value)
    return text if len(text) == 10 else date.fromisoformat(text[:10]).isoformat()


def normalize_row(kind: PacketKind, values: tuple | list) -> tuple:
    """A stored row (in ``kind.keys`` order) in canonical values: the form packets carry."""
    return tuple(f(v) for f, v in zip(kind.normalizers, values, strict=True))


def row_digest(kind: PacketKind, row: tuple) -> str:
    """SHA-256 of a canonical row: its values as a JSON array, columns sorted by key."""
    return sha256_hex(_ENCODER.encode([row[i] for i in kind.canonical_order]))


def check_finite(value: float) -> bool:
    return not (math.isnan(value) or math.isinf(value))


def section_hash(digests: dict[str, list[tuple[str, str]]]) -> str:
    """The hash of one unit's snapshot: every kind's (id, row digest) pairs sorted by id."""
    document = {kind: sorted(pairs) for kind, pairs in digests.items()}
    return sha256_hex(canonical_json(document))


def content_hash(section_hashes: dict[str, str]) -> str:
    """The packet's content hash: the section hashes by unit code."""
    return sha256_hex(canonical_json(sorted(section_hashes.items())))


def meta_hash(pairs: list[tuple[str, str]]) -> str:
    """The hash that protects the metadata: its (key, value) rows in order, but ``meta_hash``."""
    return sha256_hex(canonical_json([[k, v] for k, v in pairs if k != "meta_hash"]))


def rows_fingerprint(rows: Iterable[tuple[str, str, str | None]]) -> str:
    """What a sheet's rows are, in short: its (unit, id, cells' key) triples, in any order.

    A sheet whose rows were merged leaves the same triples in the database (the key is the
    one ``received_key`` keeps); equal fingerprints prove the database holds those rows.
    """
    lines = sorted("\x1f".join((unit, rid, key or "")) for unit, rid, key in rows)
    return hashlib.blake2b("\x1e".join(lines).encode(), digest_size=16).hexdigest()


def ids_text(ids: list[str]) -> str:
    """A list of ids as a cell holds it: a JSON array."""
    return _ENCODER.encode(list(ids))
