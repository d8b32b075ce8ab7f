"""One description per stored record kind: its table, its columns, and how it travels.

Every table of the database is described here once. The description is the source for
- the peewee models (``storage.models``) and the services' bulk column lists;
- the packet sheets, their headers and their cell types (``exchange.packet_format``);
- the tables of ``docs/packet-format.md``.
``tests/storage/test_kinds.py`` holds every table the migrations make to its description.

A column *travels* when it has a packet header; a column without one stays in this
database. A *derived* column is computed from other columns of the same row (the member's
search and sort keys) and never travels. A column with ``ref`` names records of another
kind; a column with ``child`` is a list of ids kept in a link table, written in the packet
as one cell.

Adding a column to a kind that travels: add it here, add a migration step
(``storage/migrations.py``) and a packet upgrader (``exchange/versions.py``) that gives
older packets the column's default. Nothing else lists columns.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any

from bamtrachnhiem.domain.records import member_search_values


class ColumnType(StrEnum):
    ID = "id"  # text identifier, never empty
    REF = "ref"  # text identifier of another record, may be empty
    TEXT = "text"
    ENUM = "enum"  # text from a fixed list
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"  # stored 0/1; "Có" / "Không" in packets
    DATE = "date"  # ISO date; a real date cell in packets
    STAMP = "stamp"  # ISO 8601 date-time text (created_at, updated_at, ...)
    JSON = "json"  # JSON text (an object or a list)
    IDS = "ids"  # a list of ids kept in a link table; a JSON array in packets
    SERIAL = "serial"  # INTEGER PRIMARY KEY AUTOINCREMENT (local tables only)


TEXT_TYPES = frozenset(
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

# The declared SQL type of each column type, as the migrations write it.
SQL_TYPES = {
    ColumnType.INT: "INTEGER",
    ColumnType.BOOL: "INTEGER",
    ColumnType.SERIAL: "INTEGER",
    ColumnType.FLOAT: "REAL",
    ColumnType.DATE: "DATE",
}


class Scope(StrEnum):
    """Which of a unit's rows one packet snapshot covers."""

    UNIT = "unit"  # every row of the unit, whatever the year (members)
    YEAR = "year"  # rows of the movement year
    YEAR_MONTH = "year_month"  # rows of the year up to the packet's month
    CAMPAIGN_YEAR = "campaign_year"  # rows whose campaign belongs to the year
    TREE = "tree"  # the unit and the units below it


class Packets(StrEnum):
    """Which packets carry a kind."""

    NONE = "none"  # stays in this database
    DATA = "data"  # the upward data packet
    CONFIG = "config"  # the downward configuration packet
    BOTH = "both"


@dataclass(frozen=True)
class Child:
    """A link table carried inside its parent's row as a list of member ids."""

    table: str
    parent_column: str
    member_column: str
    order_by: str  # the column that orders the list ("position", or the member id itself)


@dataclass(frozen=True)
class Column:
    """One column: its key, type, SQL default, packet header, and rules."""

    key: str
    type: ColumnType
    header: str = ""  # the packet's column header; "" keeps the column local
    width: float = 14  # column width in the packet sheet
    nullable: bool = False  # NULL allowed (an empty cell means NULL)
    required: bool = False  # text that must not be empty
    default: str | int | float | None = None  # the SQL DEFAULT, None for none
    choices: tuple[str, ...] = ()
    ref: str | None = None  # the kind whose ids this column holds
    child: Child | None = None  # IDS kept in a link table
    derived: bool = False  # computed from the row by the kind's ``derive``
    primary: bool = False
    kept_by_unit: bool = False  # the unit's own choice: a tree sent from above keeps it
    # For people reading a packet in a spreadsheet: a column holding codes, JSON or ids is
    # hidden and followed by a column ``shown_as`` holding the same in words (a label from
    # ``labels``, names, sentences). Readers read the exact column and ignore the words.
    shown_as: str = ""
    labels: tuple[tuple[str, str], ...] = ()  # (code, the words a packet shows for it)

    @property
    def travels(self) -> bool:
        return bool(self.header) and not self.derived

    @property
    def stored(self) -> bool:
        """True when the column is a column of the kind's own table."""
        return self.child is None

    @property
    def is_text(self) -> bool:
        return self.type in TEXT_TYPES

    @property
    def sql_type(self) -> str:
        return SQL_TYPES.get(self.type, "TEXT")


@dataclass(frozen=True)
class RecordKind:
    """A stored record kind: its table, its columns, and how it travels in packets."""

    name: str
    table: str
    columns: tuple[Column, ...]
    packets: Packets = Packets.NONE
    sheet: str = ""  # the packet sheet
    title: str = ""  # one line for the packet's cover sheet
    scope: Scope = Scope.YEAR
    id_key: str = "id"  # the key that names one record (in packets and references)
    primary_key: tuple[str, ...] = ()  # a composite key; empty: the primary column
    member_name_after: str | None = None  # a display column "Họ và tên" after this one
    sort_keys: tuple[str, ...] = ()  # the order rows are written in packets
    # An SQL condition a row must meet to travel (reports: only issued ones); "" for all.
    travel_filter: str = ""
    # One packet sheet per month ("Đánh giá tháng 3"), from format version 7: a month the
    # receiver already holds arrives byte for byte as before and is not read again.
    sheet_per_month: bool = False
    derive: Callable[[Mapping[str, Any]], dict[str, Any]] | None = field(
        default=None, compare=False
    )

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(f"{self.name}.{key}")

    @property
    def derived_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns if c.derived)

    @property
    def travelling(self) -> tuple[Column, ...]:
        """The columns a packet carries, in sheet order."""
        return tuple(c for c in self.columns if c.travels)

    @property
    def references(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.ref is not None)

    @property
    def per_year(self) -> bool:
        """False for kinds a snapshot of any year replaces (members are not per year)."""
        return self.scope is not Scope.UNIT


def _col(
    key: str,
    type_: ColumnType = ColumnType.TEXT,
    header: str = "",
    width: float = 14,
    **rules: Any,
) -> Column:
    return Column(key, type_, header, width, **rules)


T = ColumnType


def _text(key: str, header: str = "", width: float = 14, **rules: Any) -> Column:
    """Text that is never NULL: empty is ''."""
    return Column(key, T.TEXT, header, width, default="", **rules)


def _bool(key: str, header: str = "", width: float = 10, default: int = 0) -> Column:
    return Column(key, T.BOOL, header, width, default=default)


def _id(header: str, width: float = 12) -> Column:
    return Column("id", T.ID, header, width, primary=True)


# Every record that travels carries its owning unit and its times; removals are soft, so
# they travel too. A record merged from a packet also keeps, here only, the key of the
# cells it was read from and their digest: the next packet's unchanged rows are known by
# that key and neither read again nor written (docs/decisions/0011).
_OWNER = (
    _col("unit_code", T.ID, "Mã đơn vị", 14),
    _col("created_at", T.STAMP, "Tạo lúc", 18, required=True),
    _col("updated_at", T.STAMP, "Cập nhật lúc", 18, required=True),
    _col("deleted_at", T.STAMP, "Đã xóa lúc", 18, nullable=True),
    _col("received_key", nullable=True),
    _col("received_digest", nullable=True),
)


SETTINGS = RecordKind(
    "settings",
    "setting",
    (_col("key", primary=True), _col("value")),
    id_key="key",
)

UNITS = RecordKind(
    "units",
    "unit",
    (
        _col("code", T.ID, "Mã đơn vị", 16, primary=True),
        _col("name", T.TEXT, "Tên đơn vị", 36, required=True),
        _text("level", "Cấp"),
        _col("parent_code", T.REF, "Mã đơn vị cấp trên", 16, nullable=True, ref="units"),
        _text("parent_name", "Tên đơn vị cấp trên", 30),
        _text("higher_body", "Cơ quan cấp trên", 24),  # printed top left
        _text("issuing_body", "Cơ quan ban hành", 24),  # printed top left, bold
        _text("doc_symbol", "Ký hiệu văn bản", 12),  # e.g. ĐTN
        _text("place_name", "Địa danh", 14),  # for date lines
        _bool("has_standing_committee", "Có Ban Thường vụ"),  # TM. BAN THƯỜNG VỤ
        _text("signer_title", "Chức danh người ký", 14, kept_by_unit=True),  # BÍ THƯ
        _text("signer_name", "Người ký", 22, kept_by_unit=True),  # the default signer
        _bool("is_pilot", "Cơ sở làm điểm"),
        _bool("is_own"),
        _col("updated_at", T.STAMP),
    ),
    packets=Packets.BOTH,
    sheet="Đơn vị",
    title="Các đơn vị trong gói (cây tổ chức)",
    scope=Scope.TREE,
    id_key="code",
    sort_keys=("code",),
)

MEMBERS = RecordKind(
    "members",
    "member",
    (
        _id("Mã đoàn viên"),
        _text("family_middle_name", "Họ đệm", 18),
        _col("given_name", T.TEXT, "Tên", 9, required=True),
        _text("search_key", derived=True),  # folded full name: duplicates, import matching
        _text("search_text", derived=True),  # folded name, phone, position...: filtering
        _text("name_key", derived=True),  # Vietnamese collation, tên then họ đệm
        _col("gender", T.ENUM, "Giới tính", 8, nullable=True, choices=("Nam", "Nữ")),
        _col("birth_date", T.DATE, "Ngày sinh", 11, nullable=True),
        _col("birth_year", T.INT, "Năm sinh", 8, nullable=True),
        _text("ethnicity", "Dân tộc", 9),
        _text("position", "Chức vụ", 18),
        _text("department", "Đơn vị công tác", 20),
        _text("union_role", "Chức vụ Đoàn", 14),
        _col("joined_union_date", T.DATE, "Ngày vào Đoàn", 11, nullable=True),
        _bool("party_member", "Đảng viên", 8),
        _col(
            "employment_kind",
            T.ENUM,
            "Mã loại cán bộ",
            11,
            nullable=True,
            choices=("cong_chuc", "vien_chuc", "hop_dong"),
            shown_as="Loại cán bộ",
            labels=(
                ("cong_chuc", "Công chức"),
                ("vien_chuc", "Viên chức"),
                ("hop_dong", "Hợp đồng"),
            ),
        ),
        _text("phone", "Điện thoại", 12),
        _text("email", "Thư điện tử", 20),
        _text("notes", "Ghi chú", 18),
        _col(
            "status",
            T.ENUM,
            "Mã trạng thái",
            11,
            required=True,
            default="active",
            choices=("active", "transferred", "aged_out"),
            shown_as="Trạng thái",
            labels=(
                ("active", "Đang sinh hoạt"),
                ("transferred", "Đã chuyển sinh hoạt"),
                ("aged_out", "Đã trưởng thành"),
            ),
        ),
        _col("status_date", T.DATE, "Ngày đổi trạng thái", 11, nullable=True),
        _text("status_note", "Ghi chú trạng thái", 16),
        *_OWNER,
    ),
    packets=Packets.DATA,
    sheet="Đoàn viên",
    title="Danh sách đoàn viên",
    scope=Scope.UNIT,
    sort_keys=("name_key", "id"),
    derive=member_search_values,
)

CRITERIA_SETS = RecordKind(
    "criteria_sets",
    "criteria_set",
    (
        _id("Mã bộ tiêu chí"),
        _col("year", T.INT, "Năm", 7),
        _col("name", T.TEXT, "Tên bộ tiêu chí", 30, required=True),
        _col(
            "source",
            T.ENUM,
            "Mã nguồn",
            10,
            required=True,
            default="default",
            choices=("default", "own", "upper"),
            shown_as="Nguồn",
            labels=(
                ("default", "Bộ mặc định"),
                ("own", "Đơn vị tự xây dựng"),
                ("upper", "Cấp trên gửi"),
            ),
        ),
        _text("source_unit_code", "Mã đơn vị gửi", 14),
        _col("definition", T.JSON, "Nội dung (JSON)", 40, shown_as="Nội dung"),
        *_OWNER,
    ),
    packets=Packets.DATA,
    sheet="Bộ tiêu chí",
    title="Bộ tiêu chí của năm (bộ tạo sau cùng là bộ đang áp dụng)",
)

MOVEMENT_YEARS = RecordKind(
    "movement_years",
    "movement_year",
    (
        _col("year", T.INT, primary=True),
        _col("criteria_set_id", T.REF, ref="criteria_sets"),
        _col("opened_at", T.STAMP),
        _col("updated_at", T.STAMP),
    ),
    id_key="year",
)

PLEDGES = RecordKind(
    "pledges",
    "pledge",
    (
        _id("Mã đăng ký"),
        _col("member_id", T.ID, "Mã đoàn viên", 12, ref="members"),
        _col("year", T.INT, "Năm", 7),
        _col(
            "state",
            T.TEXT,
            "Mã tình trạng",
            11,
            required=True,
            default="draft",
            shown_as="Tình trạng",
            labels=(("draft", "Nháp"), ("submitted", "Đã nộp"), ("approved", "Đã duyệt")),
        ),
        _col(
            "commitments",
            T.JSON,
            "Nội dung cam kết (JSON)",
            50,
            default="[]",
            shown_as="Nội dung cam kết",
        ),
        _col("targets", T.JSON, "Chỉ tiêu (JSON)", 30, default="[]", shown_as="Chỉ tiêu"),
        _text("notes", "Ghi chú", 18),
        _col("submitted_at", T.STAMP, "Nộp lúc", 18, nullable=True),
        _col("approved_at", T.STAMP, "Duyệt lúc", 18, nullable=True),
        *_OWNER,
    ),
    packets=Packets.DATA,
    sheet="Đăng ký",
    title="Đăng ký thực hiện “3 trách nhiệm” của đoàn viên",
    member_name_after="member_id",
    sort_keys=("member_id", "id"),
)

INITIATIVE_AUTHORS = RecordKind(
    "initiative_authors",
    "initiative_author",
    (
        _col("initiative_id", T.ID, ref="initiatives"),
        _col("member_id", T.ID, ref="members"),
        _col("position", T.INT, default=0),
    ),
    primary_key=("initiative_id", "member_id"),
    id_key="initiative_id",
)

INITIATIVES = RecordKind(
    "initiatives",
    "initiative",
    (
        _id("Mã sáng kiến"),
        _col("year", T.INT, "Năm", 7),
        _col("title", T.TEXT, "Tên sáng kiến", 36, required=True),
        _text("field", "Lĩnh vực", 16),
        _text("problem", "Vấn đề", 24),
        _text("solution", "Giải pháp", 24),
        _text("measure_unit", "Đơn vị đo", 10),
        _col("before_value", T.FLOAT, "Trước khi áp dụng", 10, nullable=True),
        _col("after_value", T.FLOAT, "Sau khi áp dụng", 10, nullable=True),
        _col("dossiers_affected", T.INT, "Số hồ sơ", 9, nullable=True),
        _col(
            "state",
            T.TEXT,
            "Mã tình trạng",
            12,
            required=True,
            default="registered",
            shown_as="Tình trạng",
            labels=(
                ("registered", "Đã đăng ký"),
                ("trial", "Áp dụng thử"),
                ("applied", "Đã áp dụng"),
                ("recognised", "Được công nhận"),
                ("rejected", "Không công nhận"),
            ),
        ),
        _col("registered_date", T.DATE, "Ngày đăng ký", 11, nullable=True),
        _col("trial_date", T.DATE, "Ngày áp dụng thử", 11, nullable=True),
        _col("applied_date", T.DATE, "Ngày áp dụng", 11, nullable=True),
        _text("recognised_level", "Cấp công nhận", 12),
        _text("decision_number", "Số quyết định", 12),
        _col("decision_date", T.DATE, "Ngày quyết định", 11, nullable=True),
        _text("rejected_reason", "Lý do không công nhận", 18),
        _text("notes", "Ghi chú", 18),
        _col(
            "authors",
            T.IDS,
            "Tác giả (mã đoàn viên)",
            24,
            ref="members",
            shown_as="Tác giả",
            child=Child("initiative_author", "initiative_id", "member_id", "position"),
        ),
        *_OWNER,
    ),
    packets=Packets.DATA,
    sheet="Sáng kiến",
    title="Sáng kiến, cải tiến",
    sort_keys=("registered_date", "title", "id"),
)

ASSESSMENTS = RecordKind(
    "assessments",
    "assessment",
    (
        _id("Mã phiếu"),
        _col("member_id", T.ID, "Mã đoàn viên", 12, ref="members"),
        _col("year", T.INT, "Năm", 7),
        _col("month", T.INT, "Tháng", 7),
        _col(
            "self_scores", T.JSON, "Điểm tự chấm (JSON)", 30, default="{}", shown_as="Điểm tự chấm"
        ),
        _col(
            "branch_scores",
            T.JSON,
            "Điểm chi đoàn chấm (JSON)",
            30,
            default="{}",
            shown_as="Điểm chi đoàn chấm",
        ),
        _col("bonus", T.FLOAT, "Điểm cộng", 9, default=0),
        _col("deduction", T.FLOAT, "Điểm trừ", 9, default=0),
        _bool("veto", "Vi phạm (không xét)"),
        _text("veto_reason", "Lý do", 16),
        _text("evidence", "Minh chứng", 24),
        _col("total", T.FLOAT, "Tổng điểm", 9, nullable=True),
        # Band labels come from the year's criteria set (``exchange.readable``).
        _text("band", "Mã xếp loại", 10, shown_as="Xếp loại"),
        *_OWNER,
    ),
    packets=Packets.DATA,
    sheet="Đánh giá tháng",
    title="Tự đánh giá và xếp loại hằng tháng (một dòng mỗi đoàn viên mỗi tháng)",
    scope=Scope.YEAR_MONTH,
    member_name_after="member_id",
    sort_keys=("month", "member_id", "id"),
    sheet_per_month=True,
)

MONTH_LOCKS = RecordKind(
    "month_locks",
    "month_lock",
    (
        _id("Mã"),
        _col("year", T.INT, "Năm", 7),
        _col("month", T.INT, "Tháng", 7),
        _bool("locked", "Đã chốt", 8, default=1),
        _col("locked_at", T.STAMP, "Chốt lúc", 18, nullable=True),
        _text("locked_by", "Người chốt", 16),
        *_OWNER,
    ),
    packets=Packets.DATA,
    sheet="Chốt tháng",
    title="Các tháng đã chốt",
    scope=Scope.YEAR_MONTH,
    sort_keys=("month", "id"),
)

AUDIT_LOG = RecordKind(
    "audit_log",
    "audit_log",
    (
        _col("id", T.SERIAL, primary=True),
        _col("at", T.STAMP),
        _col("who"),
        _col("action"),
        _text("subject"),
        _text("reason"),
        _col("details", T.JSON, default="{}"),
    ),
)

CAMPAIGNS = RecordKind(
    "campaigns",
    "campaign",
    (
        _id("Mã đợt thi đua"),
        _col("year", T.INT, "Năm", 7),
        _col("name", T.TEXT, "Tên đợt thi đua", 34, required=True),
        _text("theme", "Chủ đề", 24),
        _col("start_date", T.DATE, "Từ ngày", 11, nullable=True),
        _col("end_date", T.DATE, "Đến ngày", 11, nullable=True),
        _bool("from_upper", "Do cấp trên giao"),
        _text("notes", "Ghi chú", 18),
        *_OWNER,
    ),
    packets=Packets.BOTH,
    sheet="Đợt thi đua",
    title="Đợt thi đua cao điểm",
    sort_keys=("start_date", "name", "id"),
)

CAMPAIGN_TARGETS = RecordKind(
    "campaign_targets",
    "campaign_target",
    (
        _id("Mã chỉ tiêu"),
        _col("campaign_id", T.ID, "Mã đợt thi đua", 12, ref="campaigns"),
        _col("name", T.TEXT, "Chỉ tiêu", 34, required=True),
        _text("measure_unit", "Đơn vị tính", 12),
        _col("target_value", T.FLOAT, "Chỉ tiêu đề ra", 10, default=0),
        _col("achieved_value", T.FLOAT, "Đã đạt", 10, default=0),
        _col("position", T.INT, "Thứ tự", 7, default=0),
        *_OWNER,
    ),
    packets=Packets.BOTH,
    sheet="Chỉ tiêu thi đua",
    title="Chỉ tiêu của các đợt thi đua và kết quả",
    scope=Scope.CAMPAIGN_YEAR,
    sort_keys=("campaign_id", "position", "id"),
)

ACTIVITY_PARTICIPANTS = RecordKind(
    "activity_participants",
    "activity_participant",
    (
        _col("activity_id", T.ID, ref="activities"),
        _col("member_id", T.ID, ref="members"),
    ),
    primary_key=("activity_id", "member_id"),
    id_key="activity_id",
)

ACTIVITIES = RecordKind(
    "activities",
    "activity",
    (
        _id("Mã hoạt động"),
        _col("year", T.INT, "Năm", 7),
        _col("date", T.DATE, "Ngày", 11),
        _col(
            "kind",
            T.TEXT,
            "Mã loại hoạt động",
            14,
            required=True,
            shown_as="Loại hoạt động",
            labels=(
                ("contest", "Hội thi"),
                ("forum", "Diễn đàn"),
                ("seminar", "Hội thảo"),
                ("talk", "Tọa đàm"),
                ("training", "Tập huấn"),
                ("volunteer", "Tình nguyện"),
                ("club", "Câu lạc bộ"),
                ("other", "Khác"),
            ),
        ),
        _col("title", T.TEXT, "Tên hoạt động", 34, required=True),
        _text("place", "Địa điểm", 18),
        _col("citizens_helped", T.INT, "Số người dân được hỗ trợ", 10, default=0),
        _text("results", "Kết quả", 24),
        _text("prizes", "Giải thưởng", 16),
        _col("campaign_id", T.REF, "Mã đợt thi đua", 12, nullable=True, ref="campaigns"),
        _col(
            "participants",
            T.IDS,
            "Người tham gia (mã đoàn viên)",
            24,
            ref="members",
            shown_as="Người tham gia",
            child=Child("activity_participant", "activity_id", "member_id", "member_id"),
        ),
        *_OWNER,
    ),
    packets=Packets.DATA,
    sheet="Hoạt động",
    title="Hoạt động, phong trào",
    sort_keys=("date", "title", "id"),
)

PACKET_SEQUENCES = RecordKind(
    "packet_sequences",
    "packet_sequence",
    (
        _col("unit_code", T.ID, primary=True),
        _col("last_seq", T.INT),
        _col("updated_at", T.STAMP),
    ),
    id_key="unit_code",
)

PACKET_EXPORTS = RecordKind(
    "packet_exports",
    "packet_export",
    (
        _col("id", T.SERIAL, primary=True),
        _col("packet_uuid", T.ID),
        _col("kind", T.ENUM, default="data", choices=("data", "config")),
        _col("unit_code", T.ID),
        _col("year", T.INT),
        _col("month", T.INT, nullable=True),
        _col("seq", T.INT, nullable=True),
        _col("file_name"),
        _col("content_hash"),
        _col("counts", T.JSON, default="{}"),
        _col("exported_at", T.STAMP),
    ),
)

PACKET_IMPORTS = RecordKind(
    "packet_imports",
    "packet_import",
    (
        _col("id", T.SERIAL, primary=True),
        _col("kind", T.ENUM, default="data", choices=("data", "config")),
        _col("packet_uuid", T.ID, nullable=True),
        _col("unit_code", T.ID, nullable=True),
        _col("year", T.INT, nullable=True),
        _col("month", T.INT, nullable=True),
        _col("seq", T.INT, nullable=True),
        _col("content_hash", nullable=True),
        _col("exported_at", T.STAMP, nullable=True),
        _col("file_name"),
        _col("file_sha256"),
        _text("archived_path"),
        _col("outcome"),  # imported | refused | edited
        _bool("confirmed_edited"),
        _col("counts", T.JSON, default="{}"),
        _col("errors", T.JSON, default="[]"),
        _col("imported_at", T.STAMP),
    ),
)

PACKET_IMPORT_SECTIONS = RecordKind(
    "packet_import_sections",
    "packet_import_section",
    (
        _col("import_id", T.INT, ref="packet_imports"),
        _col("unit_code", T.ID),
        _col("year", T.INT),
        _col("month", T.INT),
        _col("seq", T.INT),
        _col("packet_uuid", T.ID),
        _col("content_hash"),
        _col("exported_at", T.STAMP),
        _col("outcome"),  # applied | stale | unchanged
        _col("counts", T.JSON, default="{}"),
    ),
    primary_key=("import_id", "unit_code"),
    id_key="import_id",
)

PACKET_MERGED = RecordKind(
    "packets_merged",
    "packet_merged",
    (
        _col("unit_code", T.ID),
        _col("year", T.INT),
        _col("seq", T.INT),
        _col("month", T.INT),
        _col("packet_uuid", T.ID),
        _col("content_hash"),
        _col("exported_at", T.STAMP),
        _text("app_version"),
        _col("import_id", T.INT, nullable=True),
        _col("merged_at", T.STAMP),
    ),
    primary_key=("unit_code", "year"),
    id_key="unit_code",
)

# The data sheets merged from each unit's packets: the next packet's sheets that arrive byte
# for byte as before (a finished month's, above all) are not read again (decision 0015).
RECEIVED_PARTS = RecordKind(
    "received_parts",
    "received_part",
    (
        _col("unit_code", T.ID),
        _col("year", T.INT),
        _col("sheet"),
        _col("part_hash"),
        _col("rows_fingerprint"),
    ),
    primary_key=("unit_code", "year", "sheet"),
    id_key="unit_code",
)

DEADLINES = RecordKind(
    "deadlines",
    "reporting_deadline",
    (
        _col("year", T.INT),
        _col("month", T.INT, "Tháng", 8),
        _col("due_date", T.DATE, "Hạn nộp gói", 14),
        _col("source", T.ENUM, default="own", choices=("own", "upper")),
        _text("source_unit_code"),
        _col("updated_at", T.STAMP),
    ),
    packets=Packets.CONFIG,
    sheet="Hạn nộp",
    title="Hạn nộp gói dữ liệu từng tháng",
    primary_key=("year", "month"),
    id_key="month",
    sort_keys=("month",),
)


# --- commendations (khen thưởng): docs/decisions/0030 ------------------------------------
# Every record is owned by the unit that made it: a round and its decisions by the unit that
# opened it, a nomination by the unit that proposed it, a review by the unit that judged it.
# They travel upward in data packets (each in its owner's snapshot) and the ones that
# concern a unit below travel down in its configuration packet, keeping their owner.

_FORM_LABELS = (
    ("giay_khen", "Giấy khen"),
    ("giay_chung_nhan", "Giấy chứng nhận"),
    ("de_nghi", "Đề nghị cấp trên khen thưởng"),
)
_RECIPIENT_LABELS = (("individual", "Cá nhân"), ("collective", "Tập thể"))


def _form() -> Column:
    return _col(
        "form",
        T.ENUM,
        "Mã hình thức",
        12,
        required=True,
        default="giay_khen",
        choices=("giay_khen", "giay_chung_nhan", "de_nghi"),
        shown_as="Hình thức",
        labels=_FORM_LABELS,
    )


def _recipient_kind(key: str) -> Column:
    return _col(
        key,
        T.ENUM,
        "Mã cá nhân/tập thể",
        10,
        required=True,
        default="individual",
        choices=("individual", "collective"),
        shown_as="Cá nhân/Tập thể",
        labels=_RECIPIENT_LABELS,
    )


COMMENDATION_ROUNDS = RecordKind(
    "commendation_rounds",
    "commendation_round",
    (
        _id("Mã đợt xét"),
        _col("year", T.INT, "Năm", 7),
        _col("name", T.TEXT, "Tên đợt xét", 34, required=True),
        _form(),
        _bool("individuals", "Xét cá nhân", default=1),
        _bool("collectives", "Xét tập thể", default=1),
        _col("rule", T.JSON, "Tiêu chuẩn xét (JSON)", 30, default="{}", shown_as="Tiêu chuẩn xét"),
        _col(
            "quotas",
            T.JSON,
            "Chỉ tiêu theo đơn vị (JSON)",
            20,
            default="{}",
            shown_as="Chỉ tiêu theo đơn vị",
        ),
        _col("deadline", T.DATE, "Hạn gửi đề nghị", 11, nullable=True),
        _col(
            "state",
            T.ENUM,
            "Mã tình trạng",
            10,
            required=True,
            default="open",
            choices=("open", "closed"),
            shown_as="Tình trạng",
            labels=(("open", "Đang mở"), ("closed", "Đã kết thúc")),
        ),
        _text("achievement", "Thành tích ghi trên giấy khen", 30),
        _text("notes", "Ghi chú", 18),
        *_OWNER,
    ),
    packets=Packets.BOTH,
    sheet="Đợt xét khen thưởng",
    title="Đợt xét khen thưởng, tiêu chuẩn và chỉ tiêu",
    sort_keys=("name", "id"),
)

NOMINATIONS = RecordKind(
    "commendations",
    "nomination",
    (
        _id("Mã đề nghị"),
        _col("round_id", T.ID, "Mã đợt xét", 12, ref="commendation_rounds"),
        _col("year", T.INT, "Năm", 7),
        _recipient_kind("nominee_kind"),
        _col("member_id", T.REF, "Mã đoàn viên", 12, nullable=True, ref="members"),
        _text("nominee_unit_code", "Mã đơn vị được đề nghị", 14),
        _col("nominee_name", T.TEXT, "Họ và tên / Tập thể", 26, required=True),
        _col("birth_year", T.INT, "Năm sinh", 8, nullable=True),
        _text("position_unit", "Chức vụ, đơn vị", 24),
        _text("field", "Lĩnh vực", 14),
        _text("summary", "Tóm tắt thành tích", 40),
        _col("figures", T.JSON, "Số liệu (JSON)", 24, default="{}", shown_as="Số liệu"),
        _col("meeting_date", T.DATE, "Ngày họp xét", 11, nullable=True),
        _col("votes_for", T.INT, "Số phiếu đồng ý", 8, nullable=True),
        _col("votes_present", T.INT, "Số người dự họp", 8, nullable=True),
        _text("over_quota_note", "Giải trình vượt chỉ tiêu", 20),
        _col(
            "state",
            T.ENUM,
            "Mã tình trạng",
            10,
            required=True,
            default="draft",
            choices=("draft", "sent"),
            shown_as="Tình trạng",
            labels=(("draft", "Dự thảo"), ("sent", "Đã gửi")),
        ),
        _col("sent_at", T.STAMP, "Gửi lúc", 18, nullable=True),
        *_OWNER,
    ),
    packets=Packets.DATA,
    sheet="Đề nghị khen thưởng",
    title="Đề nghị khen thưởng của đơn vị (cá nhân và tập thể)",
    sort_keys=("round_id", "nominee_kind", "nominee_name", "id"),
)

NOMINATION_REVIEWS = RecordKind(
    "nomination_reviews",
    "nomination_review",
    (
        _id("Mã ý kiến"),
        _col("nomination_id", T.ID, "Mã đề nghị", 12, ref="commendations"),
        _col("round_id", T.ID, "Mã đợt xét", 12),
        _col("year", T.INT, "Năm", 7),
        _col(
            "verdict",
            T.ENUM,
            "Mã kết quả xét",
            10,
            required=True,
            choices=("returned", "approved", "not_commended"),
            shown_as="Kết quả xét",
            labels=(
                ("returned", "Trả lại"),
                ("approved", "Duyệt"),
                ("not_commended", "Không khen thưởng"),
            ),
        ),
        _text("reason", "Lý do", 30),
        _col("reviewed_at", T.STAMP, "Xét lúc", 18, required=True),
        *_OWNER,
    ),
    packets=Packets.BOTH,
    sheet="Ý kiến xét đề nghị",
    title="Ý kiến của cấp xét về từng đề nghị (duyệt, trả lại kèm lý do)",
    sort_keys=("nomination_id", "id"),
)

COMMENDATION_DECISIONS = RecordKind(
    "commendation_decisions",
    "commendation_decision",
    (
        _id("Mã quyết định"),
        _col("year", T.INT, "Năm", 7),
        _col("round_id", T.REF, "Mã đợt xét", 12, nullable=True),
        _form(),
        _col("number", T.INT, "Số", 7, nullable=True),
        _text("number_text", "Số quyết định", 14),
        _col("decision_date", T.DATE, "Ngày quyết định", 11, nullable=True),
        _text("signer_name", "Người ký", 20),
        _text("signer_title", "Chức danh người ký", 14),
        _text("title", "Trích yếu", 30),
        _text("reward_text", "Điều khoản khen thưởng", 24),
        _text("recipients_line", "Nơi nhận", 20),
        _col(
            "state",
            T.ENUM,
            "Mã tình trạng",
            10,
            required=True,
            default="draft",
            choices=("draft", "issued", "annulled"),
            shown_as="Tình trạng",
            labels=(("draft", "Dự thảo"), ("issued", "Đã ban hành"), ("annulled", "Đã hủy")),
        ),
        _text("annul_reason", "Lý do hủy", 20),
        _col("annulled_at", T.STAMP, "Hủy lúc", 18, nullable=True),
        _col("issued_at", T.STAMP, "Ban hành lúc", 18, nullable=True),
        *_OWNER,
    ),
    packets=Packets.BOTH,
    sheet="Quyết định khen thưởng",
    title="Quyết định khen thưởng",
    sort_keys=("decision_date", "number", "id"),
)

AWARDS = RecordKind(
    "awards",
    "award",
    (
        _id("Mã khen thưởng"),
        _col("year", T.INT, "Năm", 7),
        _col("decision_id", T.REF, "Mã quyết định", 12, nullable=True),
        _col("nomination_id", T.REF, "Mã đề nghị", 12, nullable=True),
        _col("position", T.INT, "Thứ tự trong danh sách", 8, default=0),
        _col("register_number", T.INT, "Số vào sổ (số)", 8, nullable=True),
        _text("register_text", "Số vào sổ", 10),
        _recipient_kind("recipient_kind"),
        _col("member_id", T.REF, "Mã đoàn viên", 12, nullable=True),
        _text("recipient_unit_code", "Mã đơn vị được khen", 14),
        _col("recipient_name", T.TEXT, "Họ và tên / Tập thể", 26, required=True),
        _text("position_unit", "Chức vụ, đơn vị", 24),
        _text("achievement", "Thành tích", 30),
        _form(),
        _text("decision_number", "Số quyết định", 14),
        _col("decision_date", T.DATE, "Ngày quyết định", 11, nullable=True),
        _text("issuer_name", "Cấp khen", 20),
        _text("code", "Mã xác thực", 12),
        _col(
            "source",
            T.ENUM,
            "Mã nguồn",
            10,
            required=True,
            default="own",
            choices=("own", "external"),
            shown_as="Nguồn",
            labels=(("own", "Đơn vị khen"), ("external", "Cấp khác khen, nhập tay")),
        ),
        *_OWNER,
    ),
    packets=Packets.BOTH,
    sheet="Sổ khen thưởng",
    title="Sổ khen thưởng: người và tập thể được khen, số vào sổ, mã xác thực",
    sort_keys=("register_number", "position", "id"),
)

CERTIFICATE_TEMPLATES = RecordKind(
    "certificate_templates",
    "certificate_template",
    (
        _col("id", T.ID, primary=True),
        _col("name", T.TEXT, required=True),
        _col("definition", T.JSON, default="{}"),
        _col("dx_mm", T.FLOAT, default=0),
        _col("dy_mm", T.FLOAT, default=0),
        _text("background_path"),
        _col("updated_at", T.STAMP),
    ),
)

CERTIFICATE_PRINTS = RecordKind(
    "certificate_prints",
    "certificate_print",
    (
        _col("id", T.SERIAL, primary=True),
        _col("at", T.STAMP),
        _text("who"),
        _col("decision_id", T.ID, nullable=True),
        _text("template"),
        _text("mode"),
        _col("registers", T.JSON, default="[]"),
        _text("file_name"),
    ),
)


REPORT_KINDS = ("monthly", "quarter", "h1", "year")
REPORT_KIND_LABELS = (
    ("monthly", "Báo cáo tháng"),
    ("quarter", "Báo cáo quý"),
    ("h1", "Sơ kết 6 tháng"),
    ("year", "Tổng kết năm"),
)

# A periodic report (báo cáo định kỳ: tháng, quý, sơ kết 6 tháng, tổng kết năm). Drafts stay
# here; an issued report is frozen and travels upward, so the level above reads its text
# as well as its figures. Its annex (by unit, or by member) is frozen here only: it can be
# longer than a spreadsheet cell holds, and the level above holds the same data.
REPORTS = RecordKind(
    "reports",
    "report",
    (
        _id("Mã báo cáo"),
        _col("year", T.INT, "Năm", 7),
        _col(
            "kind",
            T.ENUM,
            "Mã loại báo cáo",
            11,
            required=True,
            choices=REPORT_KINDS,
            shown_as="Loại báo cáo",
            labels=REPORT_KIND_LABELS,
        ),
        _col("period", T.TEXT, "Kỳ báo cáo", 9, required=True),  # m01..m12, q1..q4, h1, year
        _col("month_from", T.INT, "Từ tháng", 8),
        _col("month_to", T.INT, "Đến tháng", 8),
        _text("number", "Số", 8),  # may stay blank for the office's register to fill
        _text("symbol", "Ký hiệu", 12),  # BC/HĐTN
        _col("report_date", T.DATE, "Ngày báo cáo", 11, nullable=True),
        _text("place", "Địa danh", 14),
        _col("data_as_of", T.DATE, "Số liệu tính đến ngày", 11, nullable=True),
        _text("higher_body", "Cơ quan cấp trên", 24),
        _text("issuing_body", "Cơ quan ban hành", 24),
        _col("title", T.TEXT, "Tên loại văn bản", 12, required=True, default="BÁO CÁO"),
        _text("summary", "Trích yếu", 40),
        _text("part_1", "I. Đặc điểm tình hình", 50),
        _text("part_2", "II. Kết quả thực hiện", 50),
        _text("part_3", "III. Đánh giá", 50),
        _text("part_4", "IV. Phương hướng", 50),
        _text("part_5", "V. Kiến nghị", 50),
        _text("recipients", "Nơi nhận", 24),
        _text("sign_for", "Thay mặt", 18),  # TM. BAN THƯỜNG VỤ
        _text("signer_title", "Chức danh người ký", 14),
        _text("signer_name", "Người ký", 22),
        _col("figures", T.JSON, "Số liệu (JSON)", 40, default="{}", shown_as="Số liệu"),
        _col("annex", T.JSON, default="{}"),  # local: the annex as issued
        _col(
            "state",
            T.ENUM,
            "Mã tình trạng",
            10,
            required=True,
            default="draft",
            choices=("draft", "issued"),
            shown_as="Tình trạng",
            labels=(("draft", "Bản nháp"), ("issued", "Đã ban hành")),
        ),
        _col("issued_at", T.STAMP, "Ban hành lúc", 18, nullable=True),
        *_OWNER,
    ),
    packets=Packets.DATA,
    sheet="Báo cáo",
    title="Báo cáo định kỳ đã ban hành (tháng, quý, sơ kết, tổng kết)",
    sort_keys=("month_to", "kind", "id"),
    travel_filter="state = 'issued'",
)

# The report periods of a year and when each report is due: set here by default, or sent
# down by the level above in the configuration packet.
REPORT_PERIODS = RecordKind(
    "report_periods",
    "report_period",
    (
        _col("year", T.INT),
        _col("period", T.ID, "Mã kỳ", 9),
        _col(
            "kind",
            T.ENUM,
            "Mã loại báo cáo",
            11,
            required=True,
            choices=REPORT_KINDS,
            shown_as="Loại báo cáo",
            labels=REPORT_KIND_LABELS,
        ),
        _col("month_from", T.INT, "Từ tháng", 8),
        _col("month_to", T.INT, "Đến tháng", 8),
        _col("due_date", T.DATE, "Hạn nộp báo cáo", 14),
        _bool("required", "Bắt buộc", 9, default=1),
        _col("source", T.ENUM, default="own", choices=("own", "upper")),
        _text("source_unit_code"),
        _col("updated_at", T.STAMP),
    ),
    packets=Packets.CONFIG,
    sheet="Kỳ báo cáo",
    title="Các kỳ báo cáo và hạn nộp báo cáo",
    primary_key=("year", "period"),
    id_key="period",
    sort_keys=("month_to", "period"),
)


# Every table, in the order a new database creates them.
ALL_KINDS: tuple[RecordKind, ...] = (
    SETTINGS,
    UNITS,
    MEMBERS,
    CRITERIA_SETS,
    MOVEMENT_YEARS,
    PLEDGES,
    INITIATIVES,
    INITIATIVE_AUTHORS,
    ASSESSMENTS,
    MONTH_LOCKS,
    AUDIT_LOG,
    CAMPAIGNS,
    CAMPAIGN_TARGETS,
    ACTIVITIES,
    ACTIVITY_PARTICIPANTS,
    PACKET_SEQUENCES,
    PACKET_EXPORTS,
    PACKET_IMPORTS,
    PACKET_IMPORT_SECTIONS,
    PACKET_MERGED,
    RECEIVED_PARTS,
    DEADLINES,
    COMMENDATION_ROUNDS,
    NOMINATIONS,
    NOMINATION_REVIEWS,
    COMMENDATION_DECISIONS,
    AWARDS,
    CERTIFICATE_TEMPLATES,
    CERTIFICATE_PRINTS,
    REPORTS,
    REPORT_PERIODS,
)

BY_NAME: dict[str, RecordKind] = {k.name: k for k in ALL_KINDS}


def record_columns(kind: RecordKind, record: type) -> tuple[str, ...]:
    """The columns of ``kind``'s table that the domain ``record`` (a dataclass) holds, in
    description order: what a service selects and writes for it."""
    names = {f.name for f in fields(record)}
    return tuple(c.key for c in kind.columns if c.stored and not c.derived and c.key in names)


BY_TABLE: dict[str, RecordKind] = {k.table: k for k in ALL_KINDS}
