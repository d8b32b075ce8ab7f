"""The packet format (docs/packet-format.md): sheets, columns, types, canonical form, hashes.

One registry describes every record kind a packet carries: its sheet, its table, and each
column with its Vietnamese header and type. The writer, the reader and the merge are all
driven by it, so a kind added here travels everywhere at once.
"""

from __future__ import annotations

import hashlib
import json
import math
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

FORMAT_VERSION = 1
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


class ColumnType(StrEnum):
    ID = "id"  # text identifier, never empty
    REF = "ref"  # text identifier of another record, may be empty
    TEXT = "text"
    ENUM = "enum"  # text from a fixed list
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"  # "Có" / "Không"
    DATE = "date"  # a real date cell, dd/mm/yyyy
    STAMP = "stamp"  # ISO 8601 date-time text (created_at, updated_at, ...)
    JSON = "json"  # JSON text (an object or a list)
    IDS = "ids"  # JSON list of identifiers (authors, participants)


_TEXT_TYPES = frozenset(
    {
        ColumnType.ID,
        ColumnType.REF,
        ColumnType.TEXT,
        ColumnType.ENUM,
        ColumnType.STAMP,
        ColumnType.JSON,
        ColumnType.IDS,
    }
)


@dataclass(frozen=True)
class Child:
    """A link table carried inside its parent's row as a list of member ids."""

    table: str
    parent_column: str
    member_column: str
    order_by: str  # the column that orders the list ("position", or the member id itself)


@dataclass(frozen=True)
class Column:
    """One data column: database column ``key``, its header, type and rules."""

    key: str
    header: str
    type: ColumnType
    width: float = 14
    nullable: bool = False  # empty means NULL (otherwise "" for text, an error for others)
    required: bool = False  # text that must not be empty
    choices: tuple[str, ...] = ()
    child: Child | None = None

    @property
    def is_text(self) -> bool:
        return self.type in _TEXT_TYPES


class Scope(StrEnum):
    """Which of a unit's rows one snapshot covers."""

    UNIT = "unit"  # every row of the unit (members)
    YEAR = "year"  # rows of the movement year
    YEAR_MONTH = "year_month"  # rows of the year up to the packet's month
    CAMPAIGN_YEAR = "campaign_year"  # rows whose campaign belongs to the year
    TREE = "tree"  # the unit and the units below it


@dataclass(frozen=True)
class Kind:
    """A record kind: its sheet, table, columns and scope."""

    name: str
    sheet: str
    table: str | None  # None: defined by the format, no table yet (commendations)
    columns: tuple[Column, ...]
    scope: Scope = Scope.YEAR
    title: str = ""  # one line for the cover sheet
    id_key: str = "id"
    member_name_after: str | None = None  # a display column "Họ và tên" after this column
    member_refs: tuple[str, ...] = ()  # columns that name members (checked on import)
    sort_keys: tuple[str, ...] = ()  # the order rows are written in (readability only)
    keys: tuple[str, ...] = field(init=False)
    canonical_order: tuple[int, ...] = field(init=False)
    id_index: int = field(init=False)

    def __post_init__(self) -> None:
        keys = tuple(c.key for c in self.columns)
        object.__setattr__(self, "keys", keys)
        order = tuple(sorted(range(len(keys)), key=lambda i: keys[i]))
        object.__setattr__(self, "canonical_order", order)
        object.__setattr__(self, "id_index", keys.index(self.id_key))

    def column(self, key: str) -> Column:
        return self.columns[self.keys.index(key)]

    def index(self, key: str) -> int:
        return self.keys.index(key)


def _c(
    key: str, header: str, type_: ColumnType = ColumnType.TEXT, width: float = 14, **kw
) -> Column:
    return Column(key, header, type_, width, **kw)


T = ColumnType
_OWNER = (
    _c("unit_code", "Mã đơn vị", T.ID, 14),
    _c("created_at", "Tạo lúc", T.STAMP, 18, required=True),
    _c("updated_at", "Cập nhật lúc", T.STAMP, 18, required=True),
    _c("deleted_at", "Đã xóa lúc", T.STAMP, 18, nullable=True),
)

UNITS = Kind(
    "units",
    "Đơn vị",
    "unit",
    (
        _c("code", "Mã đơn vị", T.ID, 16),
        _c("name", "Tên đơn vị", T.TEXT, 36, required=True),
        _c("level", "Cấp", T.TEXT, 14),
        _c("parent_code", "Mã đơn vị cấp trên", T.REF, 16, nullable=True),
        _c("parent_name", "Tên đơn vị cấp trên", T.TEXT, 30),
        _c("higher_body", "Cơ quan cấp trên", T.TEXT, 24),
        _c("issuing_body", "Cơ quan ban hành", T.TEXT, 24),
        _c("doc_symbol", "Ký hiệu văn bản", T.TEXT, 12),
        _c("place_name", "Địa danh", T.TEXT, 14),
        _c("has_standing_committee", "Có Ban Thường vụ", T.BOOL, 10),
        _c("is_pilot", "Cơ sở làm điểm", T.BOOL, 10),
    ),
    scope=Scope.TREE,
    title="Các đơn vị trong gói (cây tổ chức)",
    id_key="code",
    sort_keys=("code",),
)

MEMBERS = Kind(
    "members",
    "Đoàn viên",
    "member",
    (
        _c("id", "Mã đoàn viên", T.ID, 12),
        _c("family_middle_name", "Họ đệm", T.TEXT, 18),
        _c("given_name", "Tên", T.TEXT, 9, required=True),
        _c("gender", "Giới tính", T.ENUM, 8, nullable=True, choices=("Nam", "Nữ")),
        _c("birth_date", "Ngày sinh", T.DATE, 11, nullable=True),
        _c("birth_year", "Năm sinh", T.INT, 8, nullable=True),
        _c("ethnicity", "Dân tộc", T.TEXT, 9),
        _c("position", "Chức vụ", T.TEXT, 18),
        _c("department", "Đơn vị công tác", T.TEXT, 20),
        _c("union_role", "Chức vụ Đoàn", T.TEXT, 14),
        _c("joined_union_date", "Ngày vào Đoàn", T.DATE, 11, nullable=True),
        _c("party_member", "Đảng viên", T.BOOL, 8),
        _c(
            "employment_kind",
            "Loại cán bộ",
            T.ENUM,
            11,
            nullable=True,
            choices=("cong_chuc", "vien_chuc", "hop_dong"),
        ),
        _c("phone", "Điện thoại", T.TEXT, 12),
        _c("email", "Thư điện tử", T.TEXT, 20),
        _c("notes", "Ghi chú", T.TEXT, 18),
        _c(
            "status",
            "Trạng thái",
            T.ENUM,
            11,
            required=True,
            choices=("active", "transferred", "aged_out"),
        ),
        _c("status_date", "Ngày đổi trạng thái", T.DATE, 11, nullable=True),
        _c("status_note", "Ghi chú trạng thái", T.TEXT, 16),
        *_OWNER,
    ),
    scope=Scope.UNIT,
    title="Danh sách đoàn viên",
    sort_keys=("name_key", "id"),
)

CRITERIA_SETS = Kind(
    "criteria_sets",
    "Bộ tiêu chí",
    "criteria_set",
    (
        _c("id", "Mã bộ tiêu chí", T.ID, 12),
        _c("year", "Năm", T.INT, 7),
        _c("name", "Tên bộ tiêu chí", T.TEXT, 30, required=True),
        _c("source", "Nguồn", T.ENUM, 10, required=True, choices=("default", "own", "upper")),
        _c("source_unit_code", "Mã đơn vị gửi", T.TEXT, 14),
        _c("definition", "Nội dung (JSON)", T.JSON, 40),
        *_OWNER,
    ),
    title="Bộ tiêu chí của năm (bộ tạo sau cùng là bộ đang áp dụng)",
)

CAMPAIGNS = Kind(
    "campaigns",
    "Đợt thi đua",
    "campaign",
    (
        _c("id", "Mã đợt thi đua", T.ID, 12),
        _c("year", "Năm", T.INT, 7),
        _c("name", "Tên đợt thi đua", T.TEXT, 34, required=True),
        _c("theme", "Chủ đề", T.TEXT, 24),
        _c("start_date", "Từ ngày", T.DATE, 11, nullable=True),
        _c("end_date", "Đến ngày", T.DATE, 11, nullable=True),
        _c("from_upper", "Do cấp trên giao", T.BOOL, 10),
        _c("notes", "Ghi chú", T.TEXT, 18),
        *_OWNER,
    ),
    title="Đợt thi đua cao điểm",
    sort_keys=("start_date", "name", "id"),
)

CAMPAIGN_TARGETS = Kind(
    "campaign_targets",
    "Chỉ tiêu thi đua",
    "campaign_target",
    (
        _c("id", "Mã chỉ tiêu", T.ID, 12),
        _c("campaign_id", "Mã đợt thi đua", T.ID, 12),
        _c("name", "Chỉ tiêu", T.TEXT, 34, required=True),
        _c("measure_unit", "Đơn vị tính", T.TEXT, 12),
        _c("target_value", "Chỉ tiêu đề ra", T.FLOAT, 10),
        _c("achieved_value", "Đã đạt", T.FLOAT, 10),
        _c("position", "Thứ tự", T.INT, 7),
        *_OWNER,
    ),
    scope=Scope.CAMPAIGN_YEAR,
    title="Chỉ tiêu của các đợt thi đua và kết quả",
    sort_keys=("campaign_id", "position", "id"),
)

INITIATIVES = Kind(
    "initiatives",
    "Sáng kiến",
    "initiative",
    (
        _c("id", "Mã sáng kiến", T.ID, 12),
        _c("year", "Năm", T.INT, 7),
        _c("title", "Tên sáng kiến", T.TEXT, 36, required=True),
        _c("field", "Lĩnh vực", T.TEXT, 16),
        _c("problem", "Vấn đề", T.TEXT, 24),
        _c("solution", "Giải pháp", T.TEXT, 24),
        _c("measure_unit", "Đơn vị đo", T.TEXT, 10),
        _c("before_value", "Trước khi áp dụng", T.FLOAT, 10, nullable=True),
        _c("after_value", "Sau khi áp dụng", T.FLOAT, 10, nullable=True),
        _c("dossiers_affected", "Số hồ sơ", T.INT, 9, nullable=True),
        _c("state", "Tình trạng", T.TEXT, 12, required=True),
        _c("registered_date", "Ngày đăng ký", T.DATE, 11, nullable=True),
        _c("trial_date", "Ngày áp dụng thử", T.DATE, 11, nullable=True),
        _c("applied_date", "Ngày áp dụng", T.DATE, 11, nullable=True),
        _c("recognised_level", "Cấp công nhận", T.TEXT, 12),
        _c("decision_number", "Số quyết định", T.TEXT, 12),
        _c("decision_date", "Ngày quyết định", T.DATE, 11, nullable=True),
        _c("rejected_reason", "Lý do không công nhận", T.TEXT, 18),
        _c("notes", "Ghi chú", T.TEXT, 18),
        _c(
            "authors",
            "Tác giả (mã đoàn viên)",
            T.IDS,
            20,
            child=Child("initiative_author", "initiative_id", "member_id", "position"),
        ),
        *_OWNER,
    ),
    title="Sáng kiến, cải tiến",
    member_refs=("authors",),
    sort_keys=("registered_date", "title", "id"),
)

PLEDGES = Kind(
    "pledges",
    "Đăng ký",
    "pledge",
    (
        _c("id", "Mã đăng ký", T.ID, 12),
        _c("member_id", "Mã đoàn viên", T.ID, 12),
        _c("year", "Năm", T.INT, 7),
        _c("state", "Tình trạng", T.TEXT, 11, required=True),
        _c("commitments", "Nội dung cam kết (JSON)", T.JSON, 40),
        _c("targets", "Chỉ tiêu (JSON)", T.JSON, 30),
        _c("notes", "Ghi chú", T.TEXT, 18),
        _c("submitted_at", "Nộp lúc", T.STAMP, 18, nullable=True),
        _c("approved_at", "Duyệt lúc", T.STAMP, 18, nullable=True),
        *_OWNER,
    ),
    title="Đăng ký thực hiện “3 trách nhiệm” của đoàn viên",
    member_name_after="member_id",
    member_refs=("member_id",),
    sort_keys=("member_id", "id"),
)

ACTIVITIES = Kind(
    "activities",
    "Hoạt động",
    "activity",
    (
        _c("id", "Mã hoạt động", T.ID, 12),
        _c("year", "Năm", T.INT, 7),
        _c("date", "Ngày", T.DATE, 11),
        _c("kind", "Loại hoạt động", T.TEXT, 14, required=True),
        _c("title", "Tên hoạt động", T.TEXT, 34, required=True),
        _c("place", "Địa điểm", T.TEXT, 18),
        _c("citizens_helped", "Số người dân được hỗ trợ", T.INT, 10),
        _c("results", "Kết quả", T.TEXT, 24),
        _c("prizes", "Giải thưởng", T.TEXT, 16),
        _c("campaign_id", "Mã đợt thi đua", T.REF, 12, nullable=True),
        _c(
            "participants",
            "Người tham gia (mã đoàn viên)",
            T.IDS,
            20,
            child=Child("activity_participant", "activity_id", "member_id", "member_id"),
        ),
        *_OWNER,
    ),
    title="Hoạt động, phong trào",
    member_refs=("participants",),
    sort_keys=("date", "title", "id"),
)

ASSESSMENTS = Kind(
    "assessments",
    "Đánh giá tháng",
    "assessment",
    (
        _c("id", "Mã phiếu", T.ID, 12),
        _c("member_id", "Mã đoàn viên", T.ID, 12),
        _c("year", "Năm", T.INT, 7),
        _c("month", "Tháng", T.INT, 7),
        _c("self_scores", "Điểm tự chấm (JSON)", T.JSON, 30),
        _c("branch_scores", "Điểm chi đoàn chấm (JSON)", T.JSON, 30),
        _c("bonus", "Điểm cộng", T.FLOAT, 9),
        _c("deduction", "Điểm trừ", T.FLOAT, 9),
        _c("veto", "Vi phạm (không xét)", T.BOOL, 10),
        _c("veto_reason", "Lý do", T.TEXT, 16),
        _c("evidence", "Minh chứng", T.TEXT, 24),
        _c("total", "Tổng điểm", T.FLOAT, 9, nullable=True),
        _c("band", "Xếp loại", T.TEXT, 10),
        *_OWNER,
    ),
    scope=Scope.YEAR_MONTH,
    title="Tự đánh giá và xếp loại hằng tháng (một dòng mỗi đoàn viên mỗi tháng)",
    member_name_after="member_id",
    member_refs=("member_id",),
    sort_keys=("month", "member_id", "id"),
)

MONTH_LOCKS = Kind(
    "month_locks",
    "Chốt tháng",
    "month_lock",
    (
        _c("id", "Mã", T.ID, 12),
        _c("year", "Năm", T.INT, 7),
        _c("month", "Tháng", T.INT, 7),
        _c("locked", "Đã chốt", T.BOOL, 8),
        _c("locked_at", "Chốt lúc", T.STAMP, 18, nullable=True),
        _c("locked_by", "Người chốt", T.TEXT, 16),
        *_OWNER,
    ),
    scope=Scope.YEAR_MONTH,
    title="Các tháng đã chốt",
    sort_keys=("month", "id"),
)

COMMENDATIONS = Kind(
    "commendations",
    "Đề nghị khen thưởng",
    None,
    (_c("id", "Mã đề nghị", T.ID, 12), *_OWNER),
    title="Đề nghị khen thưởng (chưa có trong phiên bản định dạng này)",
)

# Applied in this order: members before what names them, campaigns before their targets
# and activities, initiatives and activities before their links.
DATA_KINDS: tuple[Kind, ...] = (
    MEMBERS,
    CRITERIA_SETS,
    CAMPAIGNS,
    CAMPAIGN_TARGETS,
    INITIATIVES,
    PLEDGES,
    ACTIVITIES,
    ASSESSMENTS,
    MONTH_LOCKS,
    COMMENDATIONS,
)
# Kinds with a table: the ones written as sheets of format version 1.
TABLE_KINDS: tuple[Kind, ...] = tuple(k for k in DATA_KINDS if k.table is not None)
# The order sheets appear in a data packet (after the cover sheet).
SHEET_ORDER: tuple[Kind, ...] = (
    MEMBERS,
    PLEDGES,
    INITIATIVES,
    ASSESSMENTS,
    MONTH_LOCKS,
    CAMPAIGNS,
    CAMPAIGN_TARGETS,
    ACTIVITIES,
    CRITERIA_SETS,
    UNITS,
)
KINDS_BY_NAME = {k.name: k for k in (*DATA_KINDS, UNITS)}

# --- the configuration packet ------------------------------------------------------------

DEADLINES = Kind(
    "deadlines",
    "Hạn nộp",
    "reporting_deadline",
    (
        _c("month", "Tháng", T.INT, 8),
        _c("due_date", "Hạn nộp gói", T.DATE, 14),
    ),
    title="Hạn nộp gói dữ liệu từng tháng",
    id_key="month",
    sort_keys=("month",),
)
CONFIG_CAMPAIGNS = CAMPAIGNS
CONFIG_KINDS: tuple[Kind, ...] = (UNITS, CAMPAIGNS, CAMPAIGN_TARGETS, DEADLINES)
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


def _normalizer(column: Column):
    """Turn a stored database value into the canonical value of ``column``."""
    t = column.type
    if column.is_text:
        if column.nullable:
            return lambda v: None if v is None or v == "" else nfc(str(v))
        return lambda v: "" if v is None else nfc(str(v))
    if t is ColumnType.INT:
        return lambda v: None if v is None or v == "" else int(v)
    if t is ColumnType.FLOAT:
        return lambda v: None if v is None or v == "" else float(v)
    if t is ColumnType.BOOL:
        return lambda v: bool(v)
    if t is ColumnType.DATE:
        return lambda v: None if v is None or v == "" else _iso_date(v)
    raise AssertionError(t)


def _iso_date(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()[:10]
    text = str(value)
    return text if len(text) == 10 else date.fromisoformat(text[:10]).isoformat()


_NORMALIZERS: dict[str, tuple] = {}


def normalize_row(kind: Kind, values: tuple | list) -> tuple:
    """A stored row (in ``kind.keys`` order) in canonical values: the form packets carry."""
    funcs = _NORMALIZERS.get(kind.name)
    if funcs is None:
        funcs = _NORMALIZERS[kind.name] = tuple(_normalizer(c) for c in kind.columns)
    return tuple(f(v) for f, v in zip(funcs, values, strict=True))


def row_digest(kind: Kind, row: tuple) -> str:
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


def ids_text(ids: list[str]) -> str:
    """A list of ids as a cell holds it: a JSON array."""
    return _ENCODER.encode(list(ids))
