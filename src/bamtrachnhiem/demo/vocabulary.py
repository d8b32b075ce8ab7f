"""The demo world's words: Vietnamese names, places, departments, and what branches write.

Everything here is plain data and the standard library: family, middle and given names drawn
with rough national frequencies (gender-appropriate middle and given names), communes and
the departments branches sit in, and the texts of initiatives, activities, campaigns,
assessments and transfers. ``demo.branch`` draws from it; ``bench/startup_and_filter.py``
takes its names from here too, so both build the same kind of people.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

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
    "signer_title": "BÍ THƯ",
    "signer_name": "Trương Quang Vinh",
}
# The province above the district (``demo --full``).
PROVINCE_UNIT = {
    "code": "TD-QNGAI",
    "name": "Tỉnh đoàn Quảng Ngãi",
    "level": "Tỉnh đoàn",
    "higher_body": "BCH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH",
    "issuing_body": "BCH TỈNH ĐOÀN QUẢNG NGÃI",
    "doc_symbol": "TĐTN",
    "place_name": "Quảng Ngãi",
    "signer_title": "PHÓ BÍ THƯ",
    "signer_name": "Lê Thị Mỹ Hạnh",
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
ARRIVAL_NOTES = (
    "Chuyển sinh hoạt Đoàn từ Đoàn {place}",
    "Mới tuyển dụng; chuyển sinh hoạt Đoàn từ Đoàn {place}",
    "Điều động từ UBND {place}",
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


# What a unit writes in the sections of its sơ kết report that are not figures (III–V).
REPORT_ASSESSMENT = (
    "1. Ưu điểm\n"
    "Phong trào được triển khai sâu rộng; đa số đoàn viên đăng ký và tự đánh giá đều đặn "
    "hằng tháng, gắn với nhiệm vụ chuyên môn. Nhiều sáng kiến rút ngắn thời gian giải quyết "
    "hồ sơ được áp dụng, tinh thần phục vụ nhân dân được nâng lên.\n"
    "2. Hạn chế, nguyên nhân\n"
    "Một số đoàn viên còn chậm nộp phiếu tự đánh giá; việc ghi nhận minh chứng chưa đầy đủ. "
    "Nguyên nhân chủ yếu do khối lượng công việc chuyên môn lớn và một số đơn vị chưa cập nhật "
    "dữ liệu kịp thời."
)
REPORT_DIRECTIONS = (
    "1. Tiếp tục tuyên truyền, nâng cao nhận thức của đoàn viên về phong trào “3 trách nhiệm”.\n"
    "2. Duy trì tự đánh giá, xếp loại hằng tháng; chốt số liệu và gửi gói dữ liệu đúng hạn.\n"
    "3. Đẩy mạnh đăng ký, áp dụng sáng kiến cải cách thủ tục hành chính; tổ chức tốt Chiến "
    "dịch Thanh niên tình nguyện hè.\n"
    "4. Lựa chọn, biểu dương kịp thời các gương điển hình tiêu biểu."
)
REPORT_PROPOSALS = (
    "Đề nghị cấp trên tiếp tục quan tâm tập huấn nghiệp vụ, hỗ trợ kinh phí cho các hoạt động "
    "tình nguyện và khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc."
)
