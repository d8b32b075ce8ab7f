"""Render the monthly assessment page and its dialogs into docs/screenshots/assessment-*.png.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots_assessment.py [--extra-translations JSON]

Fills a throw-away database with a branch of 25 members (realistic Vietnamese names), ten
months of self and branch scores, activities and initiatives, then shows the main window at
1366×768 on the assessment page. ``--extra-translations`` takes a {English: Vietnamese}
JSON of strings not yet in translations/*.ts and compiles them into a temporary .qm, so the
pictures show Vietnamese before the strings are merged (nothing in translations/ changes).
Needs a Vietnamese-capable UI font installed (Debian: fonts-croscore or fonts-noto-core).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
YEAR = 2026
CURRENT_MONTH = 11  # the month being entered in the pictures
SEED = 31

NAMES = [
    ("Nguyễn Văn", "An", "Nam"),
    ("Trần Thị Ngọc", "Ánh", "Nữ"),
    ("Lê Quốc", "Bảo", "Nam"),
    ("Phạm Thị", "Bích", "Nữ"),
    ("Huỳnh Minh", "Châu", "Nam"),
    ("Võ Thị Kim", "Chi", "Nữ"),
    ("Đặng Văn", "Dũng", "Nam"),
    ("Bùi Thị Thùy", "Dương", "Nữ"),
    ("Ngô Quang", "Đạt", "Nam"),
    ("Đỗ Minh", "Đức", "Nam"),
    ("Hồ Thị Thu", "Hà", "Nữ"),
    ("Nguyễn Thị", "Hằng", "Nữ"),
    ("Phan Văn", "Hiếu", "Nam"),
    ("Trương Thị Mỹ", "Hòa", "Nữ"),
    ("Lý Gia", "Huy", "Nam"),
    ("Nguyễn Thị Thanh", "Hương", "Nữ"),
    ("Dương Văn", "Khánh", "Nam"),
    ("Trịnh Thị", "Lan", "Nữ"),
    ("Lương Thành", "Long", "Nam"),
    ("Đào Thị Phương", "Mai", "Nữ"),
    ("Nguyễn Hoàng", "Nam", "Nam"),
    ("Cao Thị", "Ngọc", "Nữ"),
    ("Vũ Đình", "Phúc", "Nam"),
    ("Lê Thị Thanh", "Thảo", "Nữ"),
    ("Chế Văn", "Tùng", "Nam"),
]
EVIDENCE = [
    "Giải quyết 126/126 hồ sơ đúng hạn; hướng dẫn người dân nộp hồ sơ trực tuyến.",
    "Tham gia Ngày Chủ nhật xanh; tuyên truyền Luật Đất đai 2024 tại khu phố 3.",
    "Hoàn thành khóa bồi dưỡng tin học văn phòng; đóng đoàn phí đúng hạn.",
]


def wait_until(app: QApplication, condition, timeout_s: float = 20) -> None:
    import time

    end = time.monotonic() + timeout_s
    while not condition():
        app.processEvents()
        if time.monotonic() > end:
            raise TimeoutError("screen did not get ready")
        time.sleep(0.01)


def save(widget: QWidget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def extra_translator(app: QApplication, table_path: Path, tmp: Path) -> QTranslator | None:
    """A translator for strings not yet merged into translations/*.ts (see the docstring)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from fill_translations import fill

    tools = Path(sys.executable).parent
    ts = tmp / "extra.ts"
    sources = sorted(str(p) for p in (ROOT / "src/bamtrachnhiem/gui").rglob("*.py"))
    subprocess.run(
        [str(tools / "pyside6-lupdate"), *sources, "-locations", "none", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    import json

    fill(ts, json.loads(table_path.read_text(encoding="utf-8")))
    qm = tmp / "extra.qm"
    subprocess.run(
        [str(tools / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
    )
    translator = QTranslator(app)
    if translator.load(str(qm)):
        app.installTranslator(translator)
        return translator
    return None


def profile_total(rng: random.Random, level: float) -> float:
    return max(30.0, min(100.0, rng.gauss(level, 4)))


def scores_for(criteria, total: float, rng: random.Random) -> dict[str, float]:
    """Scores of each criterion, near ``total`` in proportion, in steps of 0.5."""
    share = total / criteria.max_total
    result = {}
    for c in criteria.criteria:
        value = round(min(c.max_points, max(0, rng.gauss(c.max_points * share, 0.6))) * 2) / 2
        result[c.code] = value
    return result


def fill_database(ctx) -> list:
    from dataclasses import replace

    from bamtrachnhiem.domain.campaigns import Activity, ActivityKind
    from bamtrachnhiem.domain.initiatives import Initiative, InitiativeState
    from bamtrachnhiem.domain.records import Gender, Member

    rng = random.Random(SEED)
    members = []
    for position, (family, given, gender) in enumerate(NAMES):
        members.append(
            ctx.members.save(
                Member(
                    given_name=given,
                    family_middle_name=family,
                    gender=Gender(gender),
                    birth_date=date(1990 + position % 10, 1 + position % 12, 3 + position),
                    position=rng.choice(["Chuyên viên", "Công chức địa chính", "Kế toán"]),
                    department=rng.choice(["Văn phòng", "Phòng Kinh tế", "Bộ phận một cửa"]),
                )
            )
        )
    levels = {m.id: rng.choice([95, 93, 86, 80, 76, 72, 64, 55, 45]) for m in members}
    criteria = ctx.years.criteria(YEAR)
    kinds = list(ActivityKind)
    for month in range(1, CURRENT_MONTH + 1):
        for day in (6, 15, 24)[: 2 + month % 2]:
            people = [m.id for m in members if rng.random() < 0.7]
            ctx.activities.save(
                Activity(
                    date=date(YEAR, month, day),
                    kind=rng.choice(kinds),
                    title=f"Sinh hoạt chuyên đề tháng {month}",
                    place="Hội trường UBND xã",
                    participants=people,
                )
            )
    for month in range(1, CURRENT_MONTH + 1):
        grid = ctx.assessments.grid(YEAR, month)
        rows = []
        for row in grid.rows:
            if month == CURRENT_MONTH and len(rows) >= 18:
                break
            total = profile_total(rng, levels[row.member_id])
            own = scores_for(criteria, total, rng)
            branch = {}
            if month < CURRENT_MONTH:
                branch = {k: v for k, v in own.items() if rng.random() < 0.35}
                branch = {k: max(0.0, v - 0.5) for k, v in branch.items()}
            veto = month == 7 and row.member_id == members[7].id
            rows.append(
                replace(
                    row.assessment,
                    self_scores=own if not (month == CURRENT_MONTH and len(rows) % 7 == 6) else {},
                    branch_scores=branch,
                    bonus=rng.choice([0, 0, 0, 1, 2, 3]) if month < CURRENT_MONTH else 0,
                    evidence=rng.choice(EVIDENCE) if rng.random() < 0.4 else "",
                    veto=veto,
                    veto_reason="Bị khiển trách theo Quyết định số 05/QĐ-UBND" if veto else "",
                )
            )
        ctx.assessments.save_grid(YEAR, month, rows)
        if month < CURRENT_MONTH - 1:
            ctx.assessments.confirm_month(YEAR, month, who="Nguyễn Thị Thanh Hương")
    ctx.assessments.unlock_month(
        YEAR, 8, "Sửa điểm C3 của Lê Quốc Bảo theo ý kiến chi ủy", who="Nguyễn Thị Thanh Hương"
    )
    ctx.assessments.confirm_month(YEAR, 8, who="Nguyễn Thị Thanh Hương")
    best = sorted(members, key=lambda m: -levels[m.id])
    for authors, state in (
        ([best[0].id, members[9].id], InitiativeState.APPLIED),
        ([best[1].id], InitiativeState.APPLIED),
        ([best[2].id, best[3].id], InitiativeState.APPLIED),
        ([members[5].id], InitiativeState.REGISTERED),
    ):
        saved = ctx.initiatives.save(
            Initiative(
                title="Số hóa hồ sơ địa chính một cửa",
                year=YEAR,
                authors=authors,
                field="Cải cách hành chính",
                measure_unit="ngày/hồ sơ",
                before_value=3,
                after_value=1,
                dossiers_affected=240,
            )
        )
        if state is InitiativeState.APPLIED:
            ctx.initiatives.move_to(saved.id, InitiativeState.TRIAL, on=date(YEAR, 3, 1))
            ctx.initiatives.move_to(saved.id, InitiativeState.APPLIED, on=date(YEAR, 5, 1))
    return members


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--extra-translations", type=Path)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp())
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    app = QApplication(sys.argv[:1])
    from bamtrachnhiem.bootstrap import open_context
    from bamtrachnhiem.domain.assessment import ScoreKind
    from bamtrachnhiem.domain.records import Unit
    from bamtrachnhiem.gui.app import STYLE
    from bamtrachnhiem.gui.dialogs.criteria_dialog import CriteriaDialog
    from bamtrachnhiem.gui.dialogs.member_year_dialog import MemberYearDialog
    from bamtrachnhiem.gui.dialogs.year_summary_dialog import AuditLogDialog, YearSummaryDialog
    from bamtrachnhiem.gui.i18n import install_translators
    from bamtrachnhiem.gui.main_window import MainWindow

    app.setStyleSheet(STYLE)
    install_translators(app, "vi")
    if args.extra_translations:
        extra_translator(app, args.extra_translations, tmp)

    ctx = open_context(tmp / "chi-doan.db", create=True)
    ctx.units.create_own(
        Unit(code="CD-UBND-PD", name="Chi đoàn Cơ quan UBND xã Phước Dân", level="Chi đoàn")
    )
    members = fill_database(ctx)

    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    page = window.assessment_page
    window.sidebar.setCurrentRow(window.stack.indexOf(page))
    page.year_picker.setValue(YEAR)
    page.month_picker.setCurrentIndex(CURRENT_MONTH - 1)
    wait_until(app, lambda: page.model.rowCount() == len(members))
    page.view.setCurrentIndex(page.model.index(3, page.model.column_of("C3")))
    app.processEvents()
    hbar = page.view.horizontalScrollBar()
    print("horizontal scroll bar visible:", hbar.isVisible(), "range:", hbar.maximum())
    save(window, "assessment-self")

    page.month_picker.setCurrentIndex(CURRENT_MONTH - 2)
    wait_until(app, lambda: page.model.grid.month == CURRENT_MONTH - 1)
    page.branch_button.click()
    wait_until(app, lambda: page.model.kind is ScoreKind.BRANCH)
    page.view.setCurrentIndex(page.model.index(1, page.model.column_of("A2")))
    app.processEvents()
    save(window, "assessment-branch")

    page.self_button.click()
    page.month_picker.setCurrentIndex(8)
    wait_until(app, lambda: page.model.grid.month == 9)
    app.processEvents()
    save(window, "assessment-locked")

    dialog = MemberYearDialog(ctx.assessments.member_year(members[3].id, YEAR), window)
    dialog.show()
    app.processEvents()
    save(dialog, "assessment-member-chart")
    dialog.close()

    criteria = CriteriaDialog(ctx, YEAR, window)
    criteria.show()
    app.processEvents()
    save(criteria, "assessment-criteria")
    criteria.close()
    fresh = CriteriaDialog(ctx, YEAR + 1, window)
    fresh.show()
    app.processEvents()
    save(fresh, "assessment-criteria-edit")
    fresh.close()

    summary = YearSummaryDialog(
        ctx.assessments.unit_year_summary(YEAR), ctx.assessments.title_candidates(YEAR), window
    )
    summary.show()
    app.processEvents()
    save(summary, "assessment-year-summary")
    summary.close()
    audit = AuditLogDialog(ctx, window)
    audit.show()
    app.processEvents()
    save(audit, "assessment-audit-log")
    audit.close()

    window.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
