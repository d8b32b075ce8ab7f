"""The demo world (thế giới mẫu): what it is asked for, what it holds, and its Vietnamese data.

A made-up district union (huyện đoàn) with N branches (chi đoàn) below it, each in its own
database, every branch with realistic members, pledges, initiatives, campaigns, activities
and monthly assessments, and each branch's packet for the upper level. Benchmarks and
first-time users try the app on it; ``services.demo`` builds it.

Everything here is plain data and stdlib: names drawn with rough national frequencies,
gender-appropriate middle and given names, commune and department names, and the texts of
initiatives, activities and campaigns.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from bamtrachnhiem.domain.errors import ValidationError

MAX_UNITS = 999
MAX_MEMBERS_PER_UNIT = 2000
DEFAULT_SEED = 2026

UPPER_DB = "upper.db"
BRANCHES_DIR = "branches"
PACKETS_DIR = "packets"


@dataclass(frozen=True)
class DemoSpec:
    """What to build: ``units`` branches of ``members_per_unit`` members, months 1…``last_month``.

    ``all_months`` also writes every month's packet (``packets/<yyyy-mm>/<code>.xlsx``).
    The same ``seed`` gives the same names, records and row counts.

    ``now`` is the moment a world for someone trying the app is built: nothing in it is
    dated later (a packet due to be sent later was sent just before), and when ``now``
    falls in the month after ``last_month``, that month is in progress: part of the
    members have entered their self scores, nothing confirmed or sent yet.
    """

    folder: Path
    units: int
    members_per_unit: int
    year: int
    seed: int = DEFAULT_SEED
    all_months: bool = False
    last_month: int = 12
    now: datetime | None = None

    def check(self) -> None:
        """Refuse sizes and periods the generator cannot build (``ValidationError``)."""
        if not 1 <= self.units <= MAX_UNITS:
            raise ValidationError("demo_units_invalid", value=self.units, limit=MAX_UNITS)
        if not 1 <= self.members_per_unit <= MAX_MEMBERS_PER_UNIT:
            raise ValidationError(
                "demo_members_invalid", value=self.members_per_unit, limit=MAX_MEMBERS_PER_UNIT
            )
        if not 2000 <= self.year <= 2100:
            raise ValidationError("year_out_of_range", year=self.year)
        if not 1 <= self.last_month <= 12:
            raise ValidationError("demo_month_invalid", month=self.last_month)

    @property
    def upper_db(self) -> Path:
        return self.folder / UPPER_DB

    def branch_db(self, code: str) -> Path:
        return self.folder / BRANCHES_DIR / f"{code}.db"

    def packet(self, code: str) -> Path:
        """The branch's packet for the last month: ``packets/<code>.xlsx``."""
        return self.folder / PACKETS_DIR / f"{code}.xlsx"

    def month_packet(self, code: str, month: int) -> Path:
        """A month's packet (``--all-months``): ``packets/<yyyy-mm>/<code>.xlsx``."""
        return self.folder / PACKETS_DIR / f"{self.year:04d}-{month:02d}" / f"{code}.xlsx"


@dataclass
class DemoExport:
    """One packet a branch exported: its month, sequence number, time, and where it went.

    ``delivered`` is False for the export whose file never reached the upper level (the
    sequence gap): it is not kept in the demo folder.
    """

    month: int
    seq: int
    exported_at: str
    due: date
    path: Path | None
    delivered: bool = True

    @property
    def late(self) -> bool:
        """Sent after the deadline (the day it was exported, Vietnam time, after ``due``)."""
        return _local_day(self.exported_at) > self.due


def _local_day(stamp: str) -> date:
    # The demo's offices work on Vietnam time (UTC+7), where the deadline is a local day.
    return (datetime.fromisoformat(stamp) + timedelta(hours=7)).date()


@dataclass
class DemoBranch:
    """A branch of the demo world, its database and what it holds."""

    code: str
    name: str
    db: Path
    packet: Path
    members: int
    counts: dict[str, int] = field(default_factory=dict)  # rows per kind in its last packet
    exports: list[DemoExport] = field(default_factory=list)

    @property
    def late_months(self) -> list[int]:
        return sorted({e.month for e in self.exports if e.delivered and e.late})

    @property
    def has_gap(self) -> bool:
        """One of its exports never reached the upper level: its sequence jumps."""
        return any(not e.delivered for e in self.exports)

    @property
    def last_export(self) -> DemoExport:
        return [e for e in self.exports if e.delivered][-1]


@dataclass
class DemoWorld:
    """The demo world built: the upper level, its branches and their packets."""

    spec: DemoSpec
    upper_code: str
    upper_name: str
    branches: list[DemoBranch]
    seconds: float = 0.0

    @property
    def upper_db(self) -> Path:
        return self.spec.upper_db

    @property
    def late_units(self) -> list[str]:
        return [b.code for b in self.branches if b.late_months]

    @property
    def gap_units(self) -> list[str]:
        return [b.code for b in self.branches if b.has_gap]

    def totals(self) -> dict[str, int]:
        """Rows per kind over every branch's last packet (members included)."""
        result: dict[str, int] = {}
        for branch in self.branches:
            for kind, count in branch.counts.items():
                result[kind] = result.get(kind, 0) + count
        return result


def demo_period(today: date) -> tuple[int, int]:
    """The year and last complete month of a demo for someone trying the app ``today``:
    the month before this one (this one is then in progress, see ``DemoSpec.now``)."""
    if today.month == 1:
        return today.year - 1, 12
    return today.year, today.month - 1


# --- names ------------------------------------------------------------------------------------

# Family names (họ) with rough national frequencies; a few two-word ones (Tôn Nữ for women,
# Tôn Thất for men, Âu Dương, Nguyễn Phước) are rare, as they are in real lists.
FAMILY_NAMES: dict[str, float] = {
    "Nguyễn": 31.5,
    "Trần": 10.9,
    "Lê": 9.5,
    "Phạm": 7.0,
    "Hoàng": 4.0,
    "Huỳnh": 4.1,
    "Phan": 4.5,
    "Vũ": 3.2,
    "Võ": 3.8,
    "Đặng": 2.1,
    "Bùi": 2.0,
    "Đỗ": 1.4,
    "Hồ": 1.3,
    "Ngô": 1.3,
    "Dương": 1.0,
    "Lý": 0.5,
    "Đinh": 0.8,
    "Trịnh": 0.6,
    "Lương": 0.5,
    "Đào": 0.6,
    "Mai": 0.4,
    "Cao": 0.4,
    "Trương": 0.5,
    "Lâm": 0.3,
    "Tạ": 0.2,
    "Hà": 0.3,
    "Châu": 0.2,
    "Thái": 0.2,
    "Quách": 0.1,
    "Kiều": 0.1,
    "Tô": 0.1,
    "Âu Dương": 0.05,
    "Nguyễn Phước": 0.05,
}
FEMALE_ONLY_FAMILY = {"Tôn Nữ": 0.08}
MALE_ONLY_FAMILY = {"Tôn Thất": 0.08}

MALE_MIDDLE: dict[str, float] = {
    "Văn": 14,
    "Hữu": 5,
    "Đức": 6,
    "Minh": 8,
    "Quốc": 5,
    "Công": 4,
    "Thành": 4,
    "Xuân": 3,
    "Quang": 4,
    "Tuấn": 2,
    "Hoàng": 3,
    "Đình": 3,
    "Ngọc": 2,
    "Trọng": 3,
    "Thanh": 4,
    "Duy": 3,
    "Anh": 3,
    "Bá": 1,
    "Gia": 2,
    "Hải": 2,
    "Tấn": 2,
    "Nhật": 2,
}
FEMALE_MIDDLE: dict[str, float] = {
    "Thị": 22,
    "Ngọc": 6,
    "Thu": 5,
    "Thanh": 4,
    "Kim": 3,
    "Bích": 2,
    "Phương": 3,
    "Thùy": 3,
    "Mỹ": 2,
    "Hồng": 3,
    "Diệu": 1,
    "Khánh": 2,
    "Bảo": 2,
    "Cẩm": 1,
    "Tuyết": 1,
    "Hoài": 2,
    "Mai": 1,
    "Như": 2,
    "Quỳnh": 2,
    "Minh": 2,
    "Hoàng": 1,
    "Thảo": 2,
    "Lan": 1,
}
MALE_GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Đạt",
    "Đức",
    "Giang",
    "Hải",
    "Hiếu",
    "Hoàng",
    "Hùng",
    "Huy",
    "Khang",
    "Khánh",
    "Khoa",
    "Kiên",
    "Lâm",
    "Long",
    "Lộc",
    "Minh",
    "Nam",
    "Nghĩa",
    "Nhân",
    "Phong",
    "Phúc",
    "Quân",
    "Quang",
    "Sơn",
    "Tài",
    "Tâm",
    "Thắng",
    "Thành",
    "Thịnh",
    "Toàn",
    "Trung",
    "Tuấn",
    "Tùng",
    "Việt",
    "Vinh",
    "Vũ",
    "Hưng",
    "Hậu",
    "Tín",
    "Trí",
    "Vương",
    "Duy",
    "Phát",
    "Thái",
    "Bảo",
    "Hiển",
    "Lực",
    "Thiện",
]
FEMALE_GIVEN = [
    "Anh",
    "Ánh",
    "Chi",
    "Dung",
    "Duyên",
    "Giang",
    "Hà",
    "Hạnh",
    "Hằng",
    "Hiền",
    "Hoa",
    "Hồng",
    "Huyền",
    "Hương",
    "Lan",
    "Linh",
    "Loan",
    "Ly",
    "Mai",
    "My",
    "Nga",
    "Ngân",
    "Ngọc",
    "Nhung",
    "Nhi",
    "Oanh",
    "Phương",
    "Quyên",
    "Quỳnh",
    "Tâm",
    "Thảo",
    "Thu",
    "Thủy",
    "Trang",
    "Trâm",
    "Tuyết",
    "Uyên",
    "Vân",
    "Vy",
    "Yến",
    "Diễm",
    "Hậu",
    "Kiều",
    "Liên",
    "Nhàn",
    "Thư",
    "Trinh",
    "Châu",
    "Hoài",
    "Lệ",
]
ETHNIC_MINORITIES = ("Hrê", "Cor", "Ca Dong", "Chăm", "Tày", "Mường", "Khmer")
PHONE_PREFIXES = [
    "090",
    "091",
    "093",
    "094",
    "096",
    "097",
    "098",
    "086",
    "088",
    "089",
    "032",
    "033",
    "034",
    "035",
    "036",
    "037",
    "038",
    "039",
    "070",
    "076",
    "077",
    "078",
    "079",
    "081",
    "082",
    "083",
    "084",
    "085",
    "056",
    "058",
]


def _weighted(rng: random.Random, table: dict[str, float]) -> str:
    return rng.choices(list(table), list(table.values()))[0]


def person_name(rng: random.Random, female: bool) -> tuple[str, str]:
    """(họ đệm, tên) of a woman or a man: "Nguyễn Thị Thu", "Hà"."""
    family_table = {**FAMILY_NAMES, **(FEMALE_ONLY_FAMILY if female else MALE_ONLY_FAMILY)}
    family = _weighted(rng, family_table)
    middles = FEMALE_MIDDLE if female else MALE_MIDDLE
    middle = _weighted(rng, middles)
    if rng.random() < 0.14:  # two middle names: "Nguyễn Thị Thu Hà", "Trần Văn Minh Quân"
        second = _weighted(rng, {k: v for k, v in middles.items() if k not in (middle, "Thị")})
        middle = f"{middle} {second}" if second != "Văn" else middle
    if family in ("Tôn Nữ", "Tôn Thất") and rng.random() < 0.6:
        middle = _weighted(rng, {k: v for k, v in middles.items() if k not in ("Thị", "Văn")})
    given = rng.choice(FEMALE_GIVEN if female else MALE_GIVEN)
    if given in middle.split():
        given = rng.choice(FEMALE_GIVEN if female else MALE_GIVEN)
    return f"{family} {middle}", given


def phone_number(rng: random.Random) -> str:
    """A Vietnamese mobile number, ten digits with its leading 0."""
    return rng.choice(PHONE_PREFIXES) + f"{rng.randrange(10_000_000):07d}"


# --- places, units, departments ------------------------------------------------------------------

UPPER_UNIT = {
    "code": "HD-BINHSON",
    "name": "Huyện đoàn Bình Sơn",
    "level": "Huyện đoàn",
    "parent_code": "TD-QNGAI",
    "parent_name": "Tỉnh đoàn Quảng Ngãi",
    "higher_body": "BCH TỈNH ĐOÀN QUẢNG NGÃI",
    "issuing_body": "BCH HUYỆN ĐOÀN BÌNH SƠN",
    "doc_symbol": "HĐTN",
    "place_name": "Bình Sơn",
}
COMMUNES = (
    "xã Bình Minh",
    "xã Bình Hải",
    "xã Bình Thạnh",
    "xã Bình Chánh",
    "xã Bình Trị",
    "xã Bình Hiệp",
    "xã Bình Long",
    "xã Bình Châu",
    "xã Bình Thuận",
    "xã Bình Dương",
    "xã Bình An",
    "xã Bình Phước",
    "xã Tịnh Phong",
    "xã Tịnh Hòa",
    "xã Tịnh Kỳ",
    "xã An Phú",
    "xã Phước Dân",
    "xã Hòa Bình",
    "xã Tân Lập",
    "xã Đông Yên",
    "xã Tây Yên",
    "xã Hải Ninh",
    "xã Vạn Tường",
    "xã Sa Kỳ",
    "xã Thạch An",
    "xã Nghĩa Hành",
    "xã Phổ Ninh",
    "xã Đức Thạnh",
    "xã Sơn Long",
    "xã Trà Phong",
    "phường Châu Ổ",
    "phường Dung Quất",
    "phường Trương Quang Trọng",
    "phường Nghĩa Lộ",
    "phường Quảng Phú",
    "phường Trần Phú",
    "phường Chánh Lộ",
    "phường Lê Hồng Phong",
    "phường Phú Lộc",
    "phường An Hòa",
)
# (the branch's department as it appears in its name, short code, the teams inside it)
DEPARTMENTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Bộ phận Một cửa", "MC", ("Tổ Tiếp nhận hồ sơ", "Tổ Trả kết quả", "Tổ Hướng dẫn")),
    (
        "Văn phòng HĐND và UBND",
        "VP",
        ("Tổ Tổng hợp", "Tổ Hành chính – Quản trị", "Bộ phận Văn thư – Lưu trữ"),
    ),
    (
        "Phòng Tài chính – Kế hoạch",
        "TCKH",
        ("Bộ phận Ngân sách", "Bộ phận Kế hoạch – Đầu tư", "Bộ phận Kế toán"),
    ),
    (
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "KTHT",
        ("Bộ phận Địa chính", "Bộ phận Xây dựng", "Bộ phận Nông nghiệp"),
    ),
    ("Phòng Văn hóa – Xã hội", "VHXH", ("Bộ phận Văn hóa", "Bộ phận Lao động", "Bộ phận Y tế")),
    (
        "Trung tâm Phục vụ hành chính công",
        "HCC",
        ("Quầy Đất đai", "Quầy Hộ tịch – Chứng thực", "Quầy Kinh doanh"),
    ),
    (
        "Phòng Tư pháp",
        "TP",
        ("Bộ phận Hộ tịch", "Bộ phận Chứng thực", "Bộ phận Phổ biến pháp luật"),
    ),
    ("Phòng Nội vụ", "NV", ("Bộ phận Tổ chức – Cán bộ", "Bộ phận Thi đua – Khen thưởng")),
    ("Trạm Y tế", "YT", ("Tổ Khám bệnh", "Tổ Dược", "Tổ Y tế dự phòng")),
    ("Trường THCS", "THCS", ("Tổ Khoa học tự nhiên", "Tổ Khoa học xã hội", "Tổ Văn phòng")),
)
POSITIONS_BY_KIND: dict[str, tuple[str, ...]] = {
    "cong_chuc": (
        "Chuyên viên",
        "Công chức Văn phòng – Thống kê",
        "Công chức Tư pháp – Hộ tịch",
        "Công chức Địa chính – Xây dựng",
        "Công chức Tài chính – Kế toán",
        "Công chức Văn hóa – Xã hội",
        "Phó Trưởng phòng",
    ),
    "vien_chuc": ("Viên chức", "Giáo viên", "Bác sĩ", "Điều dưỡng", "Kế toán viên", "Cán sự"),
    "hop_dong": ("Nhân viên hợp đồng", "Nhân viên văn thư", "Nhân viên kỹ thuật"),
}
UNION_ROLES = ("Bí thư", "Phó Bí thư", "Ủy viên BCH")
TRANSFER_NOTES = (
    "Chuyển công tác về {place}",
    "Chuyển sinh hoạt Đoàn về {place}",
    "Điều động về {place}",
)

# --- what branches write -------------------------------------------------------------------------


@dataclass(frozen=True)
class InitiativeIdea:
    """An initiative a branch may register: its texts and a measurable before → after."""

    title: str
    field: str
    problem: str
    solution: str
    measure_unit: str
    before: float
    after: float


INITIATIVE_IDEAS: tuple[InitiativeIdea, ...] = (
    InitiativeIdea(
        "Tiếp nhận hồ sơ đất đai một lần, không hẹn lại",
        "Cải cách hành chính",
        "Người dân phải đi lại nhiều lần vì hồ sơ thiếu giấy tờ",
        "Lập phiếu kiểm tra thành phần hồ sơ, hướng dẫn đầy đủ ngay lần đầu",
        "ngày/hồ sơ",
        3,
        1,
    ),
    InitiativeIdea(
        "Số hóa hồ sơ hộ tịch, tra cứu bằng mã QR",
        "Chuyển đổi số",
        "Tra cứu sổ hộ tịch giấy mất nhiều thời gian",
        "Dán mã QR lên bìa sổ, lập danh mục điện tử để tra cứu",
        "phút/hồ sơ",
        20,
        5,
    ),
    InitiativeIdea(
        "Tổ thanh niên hướng dẫn nộp hồ sơ trực tuyến tại Bộ phận Một cửa",
        "Chuyển đổi số",
        "Người cao tuổi chưa quen dùng Cổng Dịch vụ công",
        "Đoàn viên luân phiên trực, cầm tay chỉ việc cho người dân",
        "giờ/hồ sơ",
        4,
        1.5,
    ),
    InitiativeIdea(
        "Phiếu hướng dẫn thủ tục bằng hình ảnh",
        "Phục vụ nhân dân",
        "Người dân khó hiểu các bước của thủ tục",
        "Thiết kế phiếu hướng dẫn có hình minh họa và mã QR biểu mẫu",
        "phút/lượt",
        25,
        10,
    ),
    InitiativeIdea(
        "Bảng theo dõi hạn giải quyết hồ sơ tự tô màu",
        "Chuyên môn nghiệp vụ",
        "Hồ sơ sắp đến hạn không được nhắc kịp thời",
        "Bảng tính dùng chung, tự tô màu hồ sơ còn dưới 2 ngày",
        "ngày/hồ sơ",
        5,
        3,
    ),
    InitiativeIdea(
        "Ký số và gửi nhận văn bản hoàn toàn trên phần mềm",
        "Chuyển đổi số",
        "In, ký, quét văn bản mất thời gian và giấy",
        "Dùng chữ ký số cá nhân, luồng duyệt trên phần mềm quản lý văn bản",
        "giờ/hồ sơ",
        6,
        1,
    ),
    InitiativeIdea(
        "Sắp xếp kho lưu trữ theo mã màu và năm",
        "Cải cách hành chính",
        "Tìm hồ sơ lưu trữ cũ rất lâu",
        "Dán nhãn màu theo lĩnh vực, lập sơ đồ kho",
        "phút/hồ sơ",
        30,
        8,
    ),
    InitiativeIdea(
        "Thu phí, lệ phí bằng mã QR",
        "Chuyển đổi số",
        "Thu tiền mặt, lập biên lai thủ công",
        "Niêm yết mã QR tài khoản, đối soát cuối ngày",
        "phút/lượt",
        10,
        3,
    ),
    InitiativeIdea(
        "Mẫu văn bản dùng chung cho các bộ phận",
        "Chuyên môn nghiệp vụ",
        "Mỗi người soạn một kiểu, phải sửa thể thức nhiều lần",
        "Bộ mẫu văn bản đúng thể thức trên thư mục dùng chung",
        "giờ/hồ sơ",
        2,
        0.5,
    ),
    InitiativeIdea(
        "Hẹn trả kết quả qua Zalo OA của xã",
        "Phục vụ nhân dân",
        "Người dân đến sớm chờ lâu khi hồ sơ chưa xong",
        "Nhắn tin báo kết quả và giờ hẹn qua tài khoản Zalo chính thức",
        "ngày/hồ sơ",
        2,
        1,
    ),
    InitiativeIdea(
        "Sổ tay hỏi – đáp thủ tục chứng thực",
        "Phục vụ nhân dân",
        "Cùng một câu hỏi được hỏi lại nhiều lần",
        "Tổng hợp 40 câu hỏi thường gặp, in và đăng trên trang thông tin",
        "phút/lượt",
        15,
        6,
    ),
    InitiativeIdea(
        "Câu lạc bộ “Thanh niên với dịch vụ công trực tuyến”",
        "Công tác Đoàn",
        "Tỷ lệ hồ sơ trực tuyến của xã còn thấp",
        "Sinh hoạt hằng tháng, mỗi đoàn viên hướng dẫn 10 hộ dân",
        "phút/hồ sơ",
        40,
        15,
    ),
)
RECOGNITION_LEVELS = ("Cấp cơ sở", "Cấp xã", "Cấp huyện")
REJECTION_REASONS = (
    "Giải pháp trùng với sáng kiến đã được công nhận năm trước",
    "Chưa đo được hiệu quả thực tế sau thời gian áp dụng thử",
    "Cần kinh phí lớn, chưa khả thi tại đơn vị",
)

# (kind, titles, places need the commune); {commune} is filled in.
ACTIVITY_TITLES: dict[str, tuple[str, ...]] = {
    "volunteer": (
        "Ngày Chủ nhật xanh",
        "Hỗ trợ người dân kích hoạt tài khoản định danh điện tử",
        "Thắp sáng đường quê",
        "Dọn vệ sinh kênh mương, đường làng",
        "Hiến máu tình nguyện",
        "Thăm, tặng quà gia đình chính sách",
    ),
    "contest": (
        "Hội thi Cán bộ Đoàn giỏi",
        "Hội thi Tìm hiểu pháp luật về cải cách hành chính",
        "Hội thi Tin học văn phòng",
        "Hội thi Tuyên truyền viên giỏi",
    ),
    "forum": (
        "Diễn đàn “Thanh niên với cải cách hành chính”",
        "Diễn đàn “Tuổi trẻ lắng nghe ý kiến người dân”",
    ),
    "seminar": (
        "Hội thảo “Ứng dụng trí tuệ nhân tạo trong soạn thảo văn bản”",
        "Hội thảo “Chuyển đổi số trong giải quyết thủ tục hành chính”",
    ),
    "talk": (
        "Tọa đàm “Văn hóa công sở”",
        "Tọa đàm kỷ niệm ngày thành lập Đoàn 26/3",
        "Tọa đàm “Nói đi đôi với làm”",
    ),
    "training": (
        "Tập huấn sử dụng chữ ký số",
        "Tập huấn nghiệp vụ công tác Đoàn",
        "Tập huấn kỹ năng giao tiếp với người dân",
    ),
    "club": (
        "Sinh hoạt Câu lạc bộ Tiếng Anh",
        "Sinh hoạt Câu lạc bộ Lý luận trẻ",
        "Sinh hoạt Câu lạc bộ Thể thao",
    ),
}
ACTIVITY_PLACES = (
    "Hội trường UBND {commune}",
    "Nhà văn hóa thôn {village}",
    "Trụ sở Bộ phận Một cửa {commune}",
    "Trường THCS {commune}",
    "Sân vận động {commune}",
)
VILLAGES = ("An Lộc", "Phú Thọ", "Tân Hòa", "Mỹ Long", "Đông Sơn", "Trung An", "Vĩnh Trà")
PRIZES = ("Giải Nhất", "Giải Nhì", "Giải Ba", "Giải Khuyến khích", "")
EVIDENCE = (
    "Giải quyết {n} hồ sơ, không hồ sơ trễ hạn",
    "Hướng dẫn {n} lượt người dân nộp hồ sơ trực tuyến",
    "Tham gia Ngày Chủ nhật xanh",
    "Hoàn thành lớp bồi dưỡng kiến thức quản lý nhà nước",
    "Được người dân khen qua phiếu đánh giá mức độ hài lòng",
    "Hoàn thành {n} văn bản tham mưu đúng hạn",
)
BONUS_EVIDENCE = (
    "Sáng kiến được áp dụng tại đơn vị",
    "Đạt giải tại hội thi cấp huyện",
    "Được UBND xã biểu dương",
)
DEDUCTION_EVIDENCE = (
    "Chậm trễ {n} hồ sơ",
    "Đi họp muộn không lý do",
    "Chưa nộp báo cáo đúng hạn",
)
VETO_REASONS = (
    "Bị người dân phản ánh có cơ sở về thái độ phục vụ",
    "Vi phạm kỷ luật lao động (nghỉ việc không lý do)",
)


@dataclass(frozen=True)
class CampaignIdea:
    """A peak campaign: name, theme, months, and targets (name, unit, value range)."""

    name: str
    theme: str
    start: tuple[int, int]  # (month, day)
    end: tuple[int, int]
    targets: tuple[tuple[str, str, int, int], ...]


# Sent by the upper level to every branch (configuration packet).
UPPER_CAMPAIGNS: tuple[CampaignIdea, ...] = (
    CampaignIdea(
        "Tháng Thanh niên năm {year}",
        "Tuổi trẻ tiên phong chuyển đổi số",
        (3, 1),
        (3, 31),
        (
            ("Công trình, phần việc thanh niên", "công trình", 2, 2),
            ("Lượt đoàn viên tham gia tình nguyện", "lượt", 40, 40),
            ("Người dân được hỗ trợ dịch vụ công trực tuyến", "người", 100, 100),
        ),
    ),
    CampaignIdea(
        "Chiến dịch Thanh niên tình nguyện hè năm {year}",
        "Tuổi trẻ vì cộng đồng",
        (6, 1),
        (8, 31),
        (
            ("Ngày công tình nguyện", "ngày công", 60, 60),
            ("Tuyến đường xanh – sạch – đẹp", "km", 1, 1),
        ),
    ),
)
# A branch's own campaign (one of these, with target values drawn from the range).
BRANCH_CAMPAIGNS: tuple[CampaignIdea, ...] = (
    CampaignIdea(
        "Đợt thi đua “Tuổi trẻ {short} vì nhân dân phục vụ”",
        "Không để hồ sơ trễ hạn",
        (4, 1),
        (6, 30),
        (
            ("Hồ sơ giải quyết trước hạn", "hồ sơ", 100, 400),
            ("Lượt người dân được hướng dẫn nộp hồ sơ trực tuyến", "lượt", 50, 250),
        ),
    ),
    CampaignIdea(
        "Thi đua cao điểm chào mừng Quốc khánh 2/9",
        "Hoàn thành xuất sắc nhiệm vụ chuyên môn",
        (7, 15),
        (9, 2),
        (
            ("Hồ sơ giải quyết trước hạn", "hồ sơ", 80, 300),
            ("Ngày công tình nguyện", "ngày công", 20, 80),
            ("Sáng kiến, giải pháp đăng ký", "sáng kiến", 2, 5),
        ),
    ),
    CampaignIdea(
        "Thi đua 100 ngày cuối năm {year}",
        "Về đích sớm các chỉ tiêu năm",
        (9, 22),
        (12, 31),
        (
            ("Hồ sơ trực tuyến toàn trình", "hồ sơ", 100, 500),
            ("Lượt đoàn viên tham gia tình nguyện", "lượt", 30, 120),
        ),
    ),
)
PLEDGE_NOTES = ("", "", "", "", "Đăng ký bổ sung chỉ tiêu học tập tiếng Anh")
