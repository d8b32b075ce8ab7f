"""Render the overview and the campaigns & activities screens into docs/screenshots/.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots_campaigns.py [--strings FILE]

Fills a fresh database with demo-like data of a commune office branch (25 members, a year
of pledges, March ratings, initiatives, campaigns and activities), then saves each page at
1366×768 and each dialog at its own size. ``--strings`` takes a {English: Vietnamese} JSON
file for strings not yet compiled into the .qm (shown in Vietnamese all the same).
Needs a Vietnamese-capable UI font installed (Debian: fonts-croscore or fonts-noto-core).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QModelIndex, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
YEAR, MONTH = 2026, 3
STAMP = "2026-03-31T08:00:00+00:00"

MEMBERS = [
    ("Trần Thị Bích", "Ngọc", "Nữ", "Văn phòng HĐND - UBND", "Chuyên viên"),
    ("Nguyễn Văn", "An", "Nam", "Tư pháp - Hộ tịch", "Công chức"),
    ("Lê Hoàng", "Phúc", "Nam", "Địa chính - Xây dựng", "Công chức"),
    ("Võ Minh", "Đức", "Nam", "Bộ phận một cửa", "Công chức"),
    ("Phạm Thị Thu", "Hà", "Nữ", "Văn hóa - Xã hội", "Công chức"),
    ("Trần Quốc", "Dũng", "Nam", "Công an xã", "Cán bộ"),
    ("Đặng Thị Ánh", "Tuyết", "Nữ", "Tài chính - Kế toán", "Kế toán viên"),
    ("Huỳnh Văn", "Tài", "Nam", "Ban Chỉ huy Quân sự", "Chỉ huy phó"),
    ("Nguyễn Thị Mỹ", "Linh", "Nữ", "Bộ phận một cửa", "Công chức"),
    ("Bùi Đức", "Thắng", "Nam", "Địa chính - Xây dựng", "Viên chức"),
    ("Lương Thị", "Hạnh", "Nữ", "Văn phòng HĐND - UBND", "Văn thư"),
    ("Phan Thanh", "Tùng", "Nam", "Văn hóa - Xã hội", "Viên chức"),
    ("Đỗ Ngọc", "Ánh", "Nữ", "Tư pháp - Hộ tịch", "Công chức"),
    ("Hồ Văn", "Lực", "Nam", "Công an xã", "Cán bộ"),
    ("Tô Thị Kim", "Oanh", "Nữ", "Tài chính - Kế toán", "Thủ quỹ"),
    ("Châu Minh", "Khôi", "Nam", "Bộ phận một cửa", "Hợp đồng"),
    ("Ngô Thị", "Yến", "Nữ", "Văn hóa - Xã hội", "Công chức"),
    ("Vũ Đình", "Long", "Nam", "Ban Chỉ huy Quân sự", "Cán bộ"),
    ("Mai Thị Thanh", "Trúc", "Nữ", "Văn phòng HĐND - UBND", "Chuyên viên"),
    ("Dương Quang", "Huy", "Nam", "Địa chính - Xây dựng", "Công chức"),
    ("Lâm Thị", "Nhàn", "Nữ", "Tư pháp - Hộ tịch", "Hợp đồng"),
    ("Trịnh Văn", "Hậu", "Nam", "Công an xã", "Cán bộ"),
    ("Kiều Thị Ngọc", "Diệp", "Nữ", "Bộ phận một cửa", "Công chức"),
    ("Quách Gia", "Bảo", "Nam", "Văn hóa - Xã hội", "Viên chức"),
    ("Thái Thị", "Lài", "Nữ", "Tài chính - Kế toán", "Công chức"),
]


def compiled_strings(strings_file: Path, folder: Path) -> Path:
    """A .qm of the GUI's strings translated by ``strings_file`` ({English: Vietnamese}).

    lupdate finds each string's context in the sources; lrelease compiles what the file
    translates, so strings not yet merged into translations/ still show in Vietnamese.
    """
    import subprocess
    import xml.etree.ElementTree as ET

    tools = Path(sys.executable).parent
    strings = json.loads(strings_file.read_text(encoding="utf-8"))
    ts, qm = folder / "extra.ts", folder / "extra.qm"
    sources = sorted(str(p) for p in (ROOT / "src/bamtrachnhiem/gui").rglob("*.py"))
    subprocess.run(
        [str(tools / "pyside6-lupdate"), *sources, "-locations", "none", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        text = strings.get(message.findtext("source"))
        if text is not None:
            translation.text = text
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [str(tools / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
    )
    return qm


def wait_until(app: QApplication, condition, timeout_s: float = 20) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        app.processEvents()
        if time.monotonic() > end:
            raise TimeoutError("screen did not get ready")
        time.sleep(0.01)


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def fill(ctx) -> dict[str, str]:
    """Members through the member service; campaigns and activities through theirs; the
    records of other areas (pledges, ratings, initiatives, the month lock) straight."""
    from bamtrachnhiem.domain.campaigns import Activity, ActivityKind, Campaign, CampaignTarget
    from bamtrachnhiem.domain.records import Gender, Member, MemberStatus, new_id

    m = ctx.database.models
    rng = random.Random(31)
    ids: dict[str, str] = {}
    for family, given, gender, department, position in MEMBERS:
        member = ctx.members.save(
            Member(
                given_name=given,
                family_middle_name=family,
                gender=Gender(gender),
                birth_year=rng.randint(1990, 2001),
                department=department,
                position=position,
            )
        )
        ids[given] = member.id
    ctx.members.set_status(ids["Lài"], MemberStatus.TRANSFERRED, date(YEAR, 2, 15))
    active = [i for name, i in ids.items() if name != "Lài"]
    unit = ctx.units.own_unit().code

    def row(**values) -> dict:
        return {
            "id": new_id(),
            "unit_code": unit,
            "created_at": STAMP,
            "updated_at": STAMP,
            **values,
        }

    with ctx.database.write():
        for i, member_id in enumerate(active):
            state = "approved" if i < 15 else "submitted" if i < 19 else "draft" if i < 22 else ""
            if state:
                m.Pledge.insert(**row(member_id=member_id, year=YEAR, state=state)).execute()
        for i, member_id in enumerate(active[:21]):
            total = [94, 91, 88, 86, 84, 82, 80, 78, 77, 75, 74, 72, 71, 68, 66, 62, 58, 93][i % 18]
            if i == 20:
                total = 45
            band = "excellent" if total >= 90 else "good" if total >= 70 else "pass"
            band = "fail" if total < 50 else band
            m.Assessment.insert(
                **row(member_id=member_id, year=YEAR, month=MONTH, total=total, band=band)
            ).execute()
        m.MonthLock.insert(
            **row(year=YEAR, month=MONTH - 1, locked=True, locked_at=STAMP)
        ).execute()
        initiatives = [
            ("Số hóa sổ hộ tịch, tra cứu trong 5 phút", "applied", "ngày/hồ sơ", 2, 0.5, 120),
            ("Phiếu hẹn có mã QR tra cứu tiến độ hồ sơ", "recognised", "ngày/hồ sơ", 3, 1, 90),
            ("Mẫu tờ khai điền sẵn cho người cao tuổi", "applied", "giờ/hồ sơ", 1.5, 0.5, 200),
            ("Nhóm Zalo hỗ trợ thủ tục đất đai", "trial", "ngày/hồ sơ", 5, 3, 40),
            ("Lịch trực một cửa ngày thứ Bảy", "registered", "", None, None, None),
            ("Sổ tay hỏi đáp dịch vụ công", "registered", "", None, None, None),
            ("Kho mẫu văn bản dùng chung", "rejected", "", None, None, None),
        ]
        for title, state, measure, before, after, dossiers in initiatives:
            m.Initiative.insert(
                **row(
                    year=YEAR,
                    title=title,
                    state=state,
                    measure_unit=measure,
                    before_value=before,
                    after_value=after,
                    dossiers_affected=dossiers,
                )
            ).execute()

    youth_month = ctx.campaigns.save(
        Campaign(
            "Tháng Thanh niên 2026",
            date(YEAR, 3, 1),
            date(YEAR, 3, 31),
            theme="Tuổi trẻ xung kích cải cách hành chính, chuyển đổi số",
            targets=[
                CampaignTarget("Hồ sơ hỗ trợ người dân nộp trực tuyến", "hồ sơ", 120),
                CampaignTarget("Ngày công tình nguyện", "ngày công", 40),
                CampaignTarget("Buổi tuyên truyền pháp luật", "buổi", 4),
                CampaignTarget("Sáng kiến cải tiến thủ tục", "sáng kiến", 3),
            ],
        )
    )
    for target, achieved in zip(youth_month.targets, (96, 46, 3, 1), strict=True):
        ctx.campaigns.record_achieved(target.id, achieved)
    summer = ctx.campaigns.save(
        Campaign(
            "Chiến dịch Thanh niên tình nguyện hè 2026",
            date(YEAR, 6, 1),
            date(YEAR, 8, 31),
            theme="Tuổi trẻ vì cộng đồng",
            targets=[
                CampaignTarget("Công trình thanh niên", "công trình", 2),
                CampaignTarget("Lượt người dân được hướng dẫn dịch vụ công", "lượt", 500),
            ],
        )
    )
    ctx.campaigns.record_achieved(summer.targets[1].id, 120)
    upper = ctx.campaigns.adopt_from_upper(
        Campaign(
            "Đợt thi đua chào mừng Đại hội Đoàn các cấp",
            date(YEAR, 4, 15),
            date(YEAR, 9, 30),
            theme="Huyện đoàn phát động",
            targets=[
                CampaignTarget("Đoàn viên hoàn thành khóa học trực tuyến", "đoàn viên", 25),
                CampaignTarget("Mô hình chuyển đổi số", "mô hình", 1),
            ],
        )
    )
    ctx.campaigns.record_achieved(upper.targets[0].id, 18)

    people = list(ids.values())
    activities = [
        (
            date(YEAR, 2, 20),
            ActivityKind.SEMINAR,
            "Hội thảo chuyển đổi số trong cơ quan",
            "Hội trường UBND xã",
            12,
            0,
            "",
            "",
        ),
        (
            date(YEAR, 3, 8),
            ActivityKind.FORUM,
            "Diễn đàn “Thanh niên với cải cách hành chính”",
            "Hội trường UBND xã",
            22,
            0,
            "Thu 14 ý kiến hiến kế",
            "",
        ),
        (
            date(YEAR, 3, 12),
            ActivityKind.TRAINING,
            "Tập huấn sử dụng dịch vụ công trực tuyến",
            "Phòng họp số 2",
            18,
            0,
            "",
            "",
        ),
        (
            date(YEAR, 3, 15),
            ActivityKind.CONTEST,
            "Hội thi “Cán bộ một cửa thân thiện”",
            "Hội trường UBND xã",
            10,
            0,
            "",
            "Giải Nhất: Trần Thị Bích Ngọc",
        ),
        (
            date(YEAR, 3, 22),
            ActivityKind.VOLUNTEER,
            "Ngày Chủ nhật xanh",
            "Khu dân cư thôn Phước Lợi",
            20,
            0,
            "Dọn vệ sinh 2 km đường",
            "",
        ),
        (
            date(YEAR, 3, 26),
            ActivityKind.VOLUNTEER,
            "Hỗ trợ người dân kích hoạt VNeID",
            "Bộ phận một cửa",
            9,
            85,
            "85 tài khoản được kích hoạt",
            "",
        ),
        (
            date(YEAR, 3, 29),
            ActivityKind.CLUB,
            "Câu lạc bộ Tiếng Anh cho cán bộ trẻ",
            "Phòng họp số 2",
            8,
            0,
            "",
            "",
        ),
        (
            date(YEAR, 4, 5),
            ActivityKind.TALK,
            "Tọa đàm “Văn hóa công sở”",
            "Hội trường UBND xã",
            19,
            0,
            "",
            "",
        ),
    ]
    for on, kind, title, place, count, helped, results, prizes in activities:
        ctx.activities.save(
            Activity(
                on,
                kind,
                title,
                place=place,
                participants=rng.sample(people[:24], count),
                citizens_helped=helped,
                results=results,
                prizes=prizes,
                campaign_id=youth_month.id if on.month == 3 else None,
            )
        )
    return {"youth_month": youth_month.id, "upper": upper.id}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--strings", type=Path, help="{English: Vietnamese} JSON of new strings")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp())
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    app = QApplication(sys.argv[:1])
    from bamtrachnhiem.bootstrap import open_context
    from bamtrachnhiem.domain.records import Unit
    from bamtrachnhiem.gui.app import STYLE
    from bamtrachnhiem.gui.dialogs.activity_dialog import ActivityDialog
    from bamtrachnhiem.gui.dialogs.campaign_dialog import CampaignDialog
    from bamtrachnhiem.gui.i18n import install_translators
    from bamtrachnhiem.gui.main_window import MainWindow

    app.setStyleSheet(STYLE)
    install_translators(app, "vi")
    if args.strings:
        extra = QTranslator(app)
        if extra.load(str(compiled_strings(args.strings, tmp))):
            app.installTranslator(extra)

    ctx = open_context(tmp / "chi-doan.db", create=True)
    ctx.units.create_own(
        Unit(code="CD-UBND-PD", name="Chi đoàn Cơ quan UBND xã Phước Dân", level="Chi đoàn")
    )
    ids = fill(ctx)

    window = MainWindow(ctx)
    window.resize(1366, 768)
    overview = window.overview_page
    overview.year.setValue(YEAR)
    overview.month.setCurrentIndex(overview.month.findData(MONTH))
    window.show()
    wait_until(app, lambda: not overview.loading and overview.summary is not None)
    wait_until(app, lambda: overview.summary.month == MONTH and not overview.loading)
    settle(app)
    save(window, "overview")

    window.sidebar.setCurrentRow(5)
    page = window.campaigns_page
    page.year.setValue(YEAR)
    settle(app)
    tab = page.campaigns_tab
    tab.reload(ids["youth_month"])
    settle(app)
    save(window, "campaigns-page")

    # A refused achieved value, with its reason in place.
    view = tab.targets_view
    index = tab.targets_model.index(1, 2)
    view.setCurrentIndex(index)
    tab.targets_model.setData(index, "-4")
    settle(app)
    save(window, "campaigns-refused")

    tab.reload(ids["upper"])
    view.setCurrentIndex(QModelIndex())
    settle(app)
    save(window, "campaigns-upper")

    dialog = CampaignDialog(ctx, ctx.campaigns.get(ids["youth_month"]), window)
    dialog.show()
    settle(app)
    save(dialog, "campaigns-dialog")
    dialog.close()

    page.tabs.setCurrentWidget(page.activities_tab)
    activities = page.activities_tab
    activities.month_filter.setCurrentIndex(activities.month_filter.findData(MONTH))
    settle(app)
    save(window, "activities-page")

    chosen = activities.model.row_at(activities.model.rowCount() - 2)
    dialog = ActivityDialog(ctx, chosen, window)
    dialog.show()
    settle(app)
    save(dialog, "activities-dialog")
    dialog.search.setText("tran")
    settle(app)
    save(dialog, "activities-dialog-search")
    dialog.close()

    window.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
