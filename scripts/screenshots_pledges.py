"""Render the pledge and initiative screens and the printed pledge form into docs/screenshots/.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots_pledges.py
Needs a Vietnamese-capable UI font (Debian: fonts-croscore) and pdftoppm (poppler-utils).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
YEAR = 2026

MEMBERS = [
    ("Nguyễn Thị Ngọc", "Ánh", "Chuyên viên", "Văn phòng HĐND và UBND", date(1996, 3, 5)),
    ("Trần Quốc", "Bảo", "Công chức Tư pháp – Hộ tịch", "Bộ phận Một cửa", date(1994, 7, 12)),
    ("Lê Thị", "Cúc", "Công chức Văn hóa – Xã hội", "Phòng Văn hóa – Xã hội", date(1998, 1, 20)),
    ("Phạm Minh", "Đạt", "Công chức Địa chính", "Phòng Kinh tế", date(1993, 11, 2)),
    ("Võ Thị Thu", "Hà", "Kế toán", "Phòng Tài chính", date(1997, 5, 18)),
    ("Đặng Văn", "Hải", "Chỉ huy phó Quân sự", "Ban Chỉ huy Quân sự", date(1992, 9, 9)),
    ("Huỳnh Ngọc", "Hân", "Chuyên viên", "Văn phòng HĐND và UBND", date(1999, 12, 1)),
    ("Bùi Đức", "Huy", "Công chức Tư pháp – Hộ tịch", "Bộ phận Một cửa", date(1995, 4, 30)),
    ("Ngô Thị", "Hương", "Viên chức", "Trạm Y tế", date(1996, 8, 8)),
    ("Dương Văn", "Khánh", "Công an viên", "Công an xã", date(1997, 2, 14)),
    ("Trương Thị", "Lan", "Công chức Văn phòng – Thống kê", "Văn phòng HĐND và UBND", None),
    ("Lý Hoàng", "Long", "Chuyên viên", "Phòng Kinh tế", date(1998, 6, 6)),
    ("Mai Thị", "Mỹ", "Viên chức", "Trung tâm Văn hóa – Thể thao", date(2000, 3, 3)),
    ("Hồ Văn", "Nam", "Công chức Địa chính", "Phòng Kinh tế", date(1994, 10, 10)),
    ("Châu Thị Kim", "Ngân", "Thủ quỹ", "Phòng Tài chính", date(1999, 7, 7)),
    ("Phan Thanh", "Nhân", "Chuyên viên", "Bộ phận Một cửa", date(1995, 1, 25)),
    ("Tôn Nữ Thảo", "Nguyên", "Chuyên viên", "Phòng Văn hóa – Xã hội", date(1997, 9, 19)),
    ("Đoàn Văn", "Phúc", "Công chức Tư pháp – Hộ tịch", "Bộ phận Một cửa", date(1993, 12, 12)),
    ("Nguyễn Hoàng", "Quân", "Chuyên viên", "Văn phòng HĐND và UBND", date(1996, 11, 11)),
    ("Lê Thị Diễm", "Quỳnh", "Viên chức", "Trạm Y tế", date(1998, 4, 4)),
    ("Trần Văn", "Sơn", "Công an viên", "Công an xã", date(1992, 2, 2)),
    ("Âu Dương", "Tâm", "Chuyên viên", "Phòng Kinh tế", date(1999, 5, 5)),
    ("Vũ Thị", "Thảo", "Kế toán", "Phòng Tài chính", date(1995, 6, 16)),
    ("Kiều Minh", "Tuấn", "Chuyên viên", "Bộ phận Một cửa", date(1997, 10, 1)),
    ("Hà Thị Ánh", "Tuyết", "Viên chức", "Trung tâm Văn hóa – Thể thao", date(2000, 8, 28)),
]


def save(widget: QWidget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def fill(ctx) -> dict[str, object]:
    """Members, pledges in every state and initiatives in every state."""
    from bamtrachnhiem.domain.initiatives import Initiative, InitiativeState
    from bamtrachnhiem.domain.pledges import (
        COMMITMENT_SUGGESTIONS,
        Commitment,
        PersonalTarget,
        Pledge,
        TargetKind,
    )
    from bamtrachnhiem.domain.records import Gender, Member, Unit

    ctx.units.create_own(
        Unit(
            code="CD-UBND-PD",
            name="Chi đoàn Cơ quan UBND xã Phước Dân",
            level="Chi đoàn",
            parent_name="Đoàn xã Phước Dân",
            higher_body="ĐOÀN XÃ PHƯỚC DÂN",
            issuing_body="BCH CHI ĐOÀN CƠ QUAN UBND",
            doc_symbol="CĐ",
            place_name="Phước Dân",
        )
    )
    members = []
    for family, given, position, department, born in MEMBERS:
        female = "Thị" in family or given in ("Ánh", "Hân", "Ngân", "Nguyên", "Tuyết")
        members.append(
            ctx.members.save(
                Member(
                    given_name=given,
                    family_middle_name=family,
                    gender=Gender.FEMALE if female else Gender.MALE,
                    birth_date=born,
                    position=position,
                    department=department,
                )
            )
        )
    by_name = {m.given_name: m for m in members}
    a, b, c = (COMMITMENT_SUGGESTIONS[k] for k in "ABC")
    own = [
        "Hoàn thành lớp bồi dưỡng kỹ năng số cho cán bộ, công chức trẻ",
        "Hướng dẫn người dân nộp hồ sơ trực tuyến ngay tại Bộ phận Một cửa",
        "Tham gia hiến máu tình nguyện ít nhất 01 lần trong năm",
        "Đạt chứng chỉ tiếng Anh bậc 2 khung năng lực ngoại ngữ",
    ]
    for n, member in enumerate(members):
        if n % 7 == 3:  # some have not pledged yet
            continue
        commitments = [
            Commitment("A", a[n % len(a)]),
            Commitment("A", a[(n + 2) % len(a)]),
            Commitment("B", b[n % len(b)]),
            Commitment("B", b[(n + 3) % len(b)]),
            Commitment("C", c[n % len(c)]),
            Commitment("C", own[n % len(own)]),
        ]
        targets = [
            PersonalTarget(TargetKind.INITIATIVES, "Sáng kiến, giải pháp", 1, "sáng kiến"),
            PersonalTarget(
                TargetKind.COURSES, "Lớp bồi dưỡng tin học", 1, "khóa", 1 if n % 3 else None
            ),
            PersonalTarget(TargetKind.VOLUNTEER_DAYS, "Ngày tình nguyện", 4, "ngày", n % 5),
        ]
        pledge = ctx.pledges.save(
            Pledge(member_id=member.id, year=YEAR, commitments=commitments, targets=targets)
        )
        if n % 5 == 4:
            continue  # a draft
        ctx.pledges.submit(pledge.id)
        if n % 4 != 1:
            ctx.pledges.approve(pledge.id)

    S = InitiativeState
    initiatives = [
        (
            "Hẹn lịch chứng thực qua Zalo của xã",
            ["Bảo", "Ánh"],
            "Cải cách hành chính",
            "ngày/hồ sơ",
            3,
            1,
            120,
            S.APPLIED,
        ),
        (
            "Số hóa sổ hộ tịch giai đoạn 1995–2010",
            ["Huy", "Phúc"],
            "Chuyển đổi số",
            "giờ/hồ sơ",
            4,
            0.5,
            350,
            S.RECOGNISED,
        ),
        (
            "Mẫu tờ khai điền sẵn cho thủ tục đăng ký khai sinh",
            ["Nhân"],
            "Cải cách hành chính",
            "phút/hồ sơ",
            25,
            10,
            180,
            S.TRIAL,
        ),
        (
            "Bảng tra cứu thủ tục đất đai bằng mã QR",
            ["Đạt", "Nam", "Long"],
            "Chuyển đổi số",
            "ngày/hồ sơ",
            5,
            3,
            60,
            S.APPLIED,
        ),
        (
            "Tổ tình nguyện hướng dẫn dịch vụ công trực tuyến",
            ["Cúc", "Mỹ"],
            "Phục vụ nhân dân",
            "phút/lượt",
            30,
            12,
            400,
            S.REGISTERED,
        ),
        (
            "Sổ tay sinh hoạt chi đoàn điện tử",
            ["Quân"],
            "Công tác Đoàn",
            "",
            None,
            None,
            None,
            S.REGISTERED,
        ),
        (
            "Lưu trữ chứng từ kế toán theo mã vạch",
            ["Thảo", "Ngân"],
            "Chuyên môn nghiệp vụ",
            "giờ/hồ sơ",
            1.5,
            0.5,
            220,
            S.REJECTED,
        ),
    ]
    created = {}
    for title, authors, field, unit, before, after, dossiers, state in initiatives:
        initiative = ctx.initiatives.save(
            Initiative(
                title=title,
                year=YEAR,
                authors=[by_name[a].id for a in authors],
                field=field,
                problem="Người dân phải đi lại nhiều lần, chờ đợi lâu khi làm thủ tục.",
                solution="Sắp xếp lại quy trình, dùng mẫu điền sẵn và hẹn giờ trước.",
                measure_unit=unit,
                before_value=before,
                after_value=after,
                dossiers_affected=dossiers,
                registered_date=date(YEAR, 2, 15),
            )
        )
        steps = {
            S.TRIAL: [S.TRIAL],
            S.APPLIED: [S.TRIAL, S.APPLIED],
            S.RECOGNISED: [S.TRIAL, S.APPLIED, S.RECOGNISED],
            S.REJECTED: [S.TRIAL, S.REJECTED],
        }.get(state, [])
        for step in steps:
            ctx.initiatives.move_to(
                initiative.id,
                step,
                on=date(YEAR, 4, 1),
                level="Cấp huyện",
                decision_number="45-QĐ/HĐTĐ",
                decision_date=date(YEAR, 10, 15),
                reason="Chưa tính được hiệu quả thực tế",
            )
        created[title] = initiative
    return {"members": members, "by_name": by_name, "initiatives": created}


def main() -> int:
    tmp = Path(tempfile.mkdtemp())
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    app = QApplication(sys.argv)
    from bamtrachnhiem.bootstrap import open_context
    from bamtrachnhiem.domain.initiatives import InitiativeState
    from bamtrachnhiem.domain.pledges import TargetKind
    from bamtrachnhiem.gui.app import STYLE
    from bamtrachnhiem.gui.dialogs.initiative_dialog import (
        InitiativeDialog,
        InitiativeStateDialog,
    )
    from bamtrachnhiem.gui.dialogs.pledge_dialog import PledgeDialog
    from bamtrachnhiem.gui.i18n import install_translators
    from bamtrachnhiem.gui.main_window import MainWindow
    from bamtrachnhiem.gui.models.pledge_table import PledgeFilter

    app.setStyleSheet(STYLE)
    install_translators(app, "vi")
    ctx = open_context(tmp / "chi-doan.db", create=True)
    data = fill(ctx)

    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    window.sidebar.setCurrentRow(2)
    page = window.pledges_page
    page.year.setValue(YEAR)
    app.processEvents()
    page.select(data["by_name"]["Bảo"].id)
    app.processEvents()
    save(window, "pledges-page")
    page.state_filter.setCurrentIndex(page.state_filter.findData(PledgeFilter.NOT_PLEDGED))
    app.processEvents()
    save(window, "pledges-not-pledged")
    page.state_filter.setCurrentIndex(0)

    dat = data["by_name"]["Đạt"]  # has not pledged yet
    dialog = PledgeDialog(ctx, dat, YEAR, window)
    checked = Qt.CheckState.Checked
    dialog.pillar_lists["A"].list.item(0).setCheckState(checked)
    dialog.pillar_lists["A"].list.item(2).setCheckState(checked)
    dialog.pillar_lists["B"].list.item(0).setCheckState(checked)
    dialog.pillar_lists["C"].list.item(1).setCheckState(checked)
    dialog.pillar_lists["C"].input.setText("Đạt chứng chỉ tiếng Anh bậc 2")
    dialog.pillar_lists["C"].add_typed()
    dialog.targets_model.add(TargetKind.INITIATIVES)
    dialog.targets_model.add(TargetKind.VOLUNTEER_DAYS)
    dialog.show()
    app.processEvents()
    save(dialog, "pledges-dialog")
    dialog.discard()  # filled for the picture only: close without the unsaved-changes question

    approved = next(
        r for r in page.overview.rows if r.pledge and not r.pledge.editable and r.progress
    )
    dialog = PledgeDialog(ctx, approved.member, YEAR, window)
    dialog.show()
    app.processEvents()
    save(dialog, "pledges-dialog-approved")
    dialog.close()

    window.sidebar.setCurrentRow(3)
    initiatives = window.initiatives_page
    app.processEvents()
    initiatives.select(data["initiatives"]["Hẹn lịch chứng thực qua Zalo của xã"].id)
    app.processEvents()
    save(window, "initiatives-page")

    first = data["initiatives"]["Hẹn lịch chứng thực qua Zalo của xã"]
    form = InitiativeDialog(ctx, ctx.initiatives.get(first.id), YEAR, window)
    form.show()
    app.processEvents()
    save(form, "initiatives-dialog")
    form.close()

    applied = ctx.initiatives.get(data["initiatives"]["Bảng tra cứu thủ tục đất đai bằng mã QR"].id)
    step = InitiativeStateDialog(ctx, applied, InitiativeState.RECOGNISED, window)
    step.level.setEditText("Cấp huyện")
    step.show()
    step.save_button.click()  # no decision number yet: the refusal shows in place
    app.processEvents()
    save(step, "initiatives-recognise-refused")
    step.close()

    pdf = tmp / "pledge.pdf"
    ctx.pledges.write_form(data["by_name"]["Ánh"].id, YEAR, pdf, on=date(YEAR, 1, 5))
    subprocess.run(
        ["pdftoppm", "-r", "80", "-png", "-singlefile", str(pdf), str(OUT / "pledge-form")],
        check=True,
    )
    print("wrote", OUT / "pledge-form.png")
    window.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
