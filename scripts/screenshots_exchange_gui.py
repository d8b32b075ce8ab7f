"""Render the data exchange screens into docs/screenshots/exchange-*.png.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots_exchange_gui.py [--strings FILE]

Builds a commune union (Đoàn xã Phước Dân) with eight branches below it. Each branch gets
members (25 at the commune office branch, through the member service), pledges, an
initiative and a year of monthly assessments, and exports its packets month by month at
realistic times: most on time, some late, some never. The commune imports that history,
then receives a batch of this month's attachments with every outcome: new, already
imported, older than what it has, edited by hand, broken, and from a unit it does not know.
``--strings`` takes a {English: Vietnamese} JSON file for strings not yet compiled into the
.qm. Needs a Vietnamese-capable UI font (Debian: fonts-croscore or fonts-noto-core).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"

OFFICE = [
    ("Trần Thị Bích", "Ngọc", "Nữ"),
    ("Nguyễn Văn", "An", "Nam"),
    ("Lê Hoàng", "Phúc", "Nam"),
    ("Võ Minh", "Đức", "Nam"),
    ("Phạm Thị Thu", "Hà", "Nữ"),
    ("Trần Quốc", "Dũng", "Nam"),
    ("Đặng Thị Ánh", "Tuyết", "Nữ"),
    ("Huỳnh Văn", "Tài", "Nam"),
    ("Nguyễn Thị Mỹ", "Linh", "Nữ"),
    ("Bùi Đức", "Thắng", "Nam"),
    ("Lương Thị", "Hạnh", "Nữ"),
    ("Phan Thanh", "Tùng", "Nam"),
    ("Đỗ Ngọc", "Ánh", "Nữ"),
    ("Hồ Văn", "Lực", "Nam"),
    ("Tô Thị Kim", "Oanh", "Nữ"),
    ("Châu Minh", "Khôi", "Nam"),
    ("Ngô Thị", "Yến", "Nữ"),
    ("Vũ Đình", "Long", "Nam"),
    ("Mai Thị Thanh", "Trúc", "Nữ"),
    ("Dương Quang", "Huy", "Nam"),
    ("Lâm Thị", "Nhàn", "Nữ"),
    ("Trịnh Văn", "Hậu", "Nam"),
    ("Kiều Thị Ngọc", "Diệp", "Nữ"),
    ("Quách Gia", "Bảo", "Nam"),
    ("Thái Thị", "Lài", "Nữ"),
]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"]
MIDDLE_M = ["Văn", "Minh", "Quốc", "Đức", "Thanh", "Hữu", "Công"]
MIDDLE_F = ["Thị", "Thị Thu", "Ngọc", "Thị Kim", "Thị Mỹ", "Thanh"]
GIVEN_M = ["Bình", "Cường", "Dũng", "Hải", "Khoa", "Nam", "Phong", "Quân", "Sơn", "Tuấn", "Vinh"]
GIVEN_F = ["Hạnh", "Lan", "Linh", "Ngân", "Nhung", "Thảo", "Trang", "Uyên", "Vy", "Yến", "Mai"]
CRITERIA = ["A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4", "C1", "C2", "C3", "C4"]
MAXIMA = [15, 8, 7, 5, 5, 10, 8, 7, 5, 8, 8, 8, 6]

# code, name, members
BRANCHES = [
    ("CD-UBND", "Chi đoàn Cơ quan UBND xã", 25),
    ("CD-CA", "Chi đoàn Công an xã", 12),
    ("CD-QS", "Chi đoàn Ban Chỉ huy Quân sự xã", 9),
    ("CD-TH", "Chi đoàn Trường Tiểu học Phước Dân", 14),
    ("CD-THCS", "Chi đoàn Trường THCS Phước Dân", 16),
    ("CD-TYT", "Chi đoàn Trạm Y tế xã", 8),
    ("CD-PL", "Chi đoàn thôn Phước Lợi", 18),
    ("CD-HT", "Chi đoàn thôn Hiệp Thạnh", 15),
]
STRANGER = ("CD-XM", "Chi đoàn Xí nghiệp may Phước Dân", 20)


def compiled_strings(strings_file: Path, folder: Path) -> Path:
    """A .qm of the GUI's strings translated by ``strings_file`` ({English: Vietnamese})."""
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


def wait_until(app: QApplication, condition, timeout_s: float = 60) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        app.processEvents()
        if time.monotonic() > end:
            raise TimeoutError("screen did not get ready")
        time.sleep(0.01)


def settle(app: QApplication) -> None:
    for _ in range(8):
        app.processEvents()


def save(widget: QWidget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


_CLOCKED: list = []  # every context the history is written in


@contextlib.contextmanager
def clock(moment: datetime) -> Iterator[None]:
    """The services stamp exports and imports at ``moment`` (a month's history is made in
    seconds, each packet at the time the branch would have sent it)."""
    from bamtrachnhiem.domain.clock import Clock, SetClock

    for ctx in _CLOCKED:
        ctx.database.clock = SetClock(moment)
    try:
        yield
    finally:
        for ctx in _CLOCKED:
            ctx.database.clock = Clock()


def batch_period(today: date) -> tuple[int, int]:
    """The last month whose packet was due before today (5th of the month after)."""
    year, month = today.year, today.month - 1
    if today.day <= 5:
        month -= 1
    while month < 1:
        year, month = year - 1, month + 12
    if month < 6:  # too little history this year: show the whole of last year
        return today.year - 1, 12
    return year, month


def deadline(year: int, month: int) -> date:
    return date(year + (month == 12), month % 12 + 1, 5)


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 30).astimezone()


def make_branch(
    folder: Path, code: str, name: str, members: int, year: int, months: int, seed: int
):
    """A branch's data file: members, pledges, an initiative, assessments and locks."""
    from bamtrachnhiem.bootstrap import open_context
    from bamtrachnhiem.domain.records import Gender, Member, Unit, new_id, now_iso

    rng = random.Random(seed)
    ctx = open_context(folder / f"{code}.db", create=True)
    _CLOCKED.append(ctx)
    m = ctx.database.models
    ctx.units.create_own(
        Unit(
            code=code,
            name=name,
            level="Chi đoàn",
            parent_code="DX-PD",
            parent_name="Đoàn xã Phước Dân",
        )
    )
    people = OFFICE if code == "CD-UBND" else []
    while len(people) < members:
        female = rng.random() < 0.5
        people.append(
            (
                f"{rng.choice(FAMILY)} {rng.choice(MIDDLE_F if female else MIDDLE_M)}",
                rng.choice(GIVEN_F if female else GIVEN_M),
                "Nữ" if female else "Nam",
            )
        )
    ids = []
    for family, given, gender in people[:members]:
        member = ctx.members.save(
            Member(
                given_name=given,
                family_middle_name=family,
                gender=Gender(gender),
                birth_year=rng.randint(1991, 2002),
                phone=f"09{rng.randrange(10**7, 10**8)}",
            )
        )
        ids.append(member.id)
    ctx.years.open_year(year)
    stamp = now_iso()
    common = {"unit_code": code, "created_at": stamp, "updated_at": stamp}
    with ctx.database.write():
        for member_id in ids:
            m.Pledge.create(id=new_id(), member_id=member_id, year=year, state="approved", **common)
        m.Initiative.create(
            id=new_id(),
            year=year,
            title="Số hóa hồ sơ lưu trữ bằng mã QR",
            state="applied",
            measure_unit="phút/hồ sơ",
            before_value=15.0,
            after_value=3.5,
            **common,
        )
        for month in range(1, months + 1):
            for member_id in ids:
                scores = {
                    c: rng.randrange(mx // 2, mx + 1)
                    for c, mx in zip(CRITERIA, MAXIMA, strict=True)
                }
                total = float(sum(scores.values()))
                m.Assessment.create(
                    id=new_id(),
                    member_id=member_id,
                    year=year,
                    month=month,
                    self_scores=json.dumps(scores, sort_keys=True),
                    branch_scores=json.dumps(scores, sort_keys=True),
                    total=total,
                    band="excellent" if total >= 90 else "good" if total >= 70 else "pass",
                    **common,
                )
            m.MonthLock.create(
                id=new_id(), year=year, month=month, locked=True, locked_at=stamp, **common
            )
    return ctx


def edit_one_cell(source: Path, dest: Path) -> None:
    """What a person does in a spreadsheet: raise one score, save."""
    import openpyxl

    book = openpyxl.load_workbook(source)
    sheet = book["Đánh giá tháng"]
    column = next(c.column for c in sheet[1] if c.value == "Tổng điểm")
    sheet.cell(row=5, column=column).value = 98
    book.save(dest)


def build(tmp: Path) -> dict[str, object]:
    """The branches' data files and packets, the commune's data file with the history imported,
    and a folder of this month's attachments."""
    from bamtrachnhiem.bootstrap import open_context
    from bamtrachnhiem.domain.records import Unit

    year, batch = batch_period(date.today())
    sent = tmp / "sent"
    inbox = tmp / f"goi-thang-{batch:02d}"
    sent.mkdir()
    inbox.mkdir()
    # month -> days after (+) or before (-) the deadline the branch exported it; None: never
    on_time = {month: -2 for month in range(1, batch)}
    history = {
        "CD-UBND": on_time,
        "CD-CA": {**on_time, 6: 4},
        "CD-QS": {month: -1 for month in range(1, batch - 1)},
        "CD-TH": {1: -3, 2: -2, 3: -2, 7: 10, 8: -1},
        "CD-THCS": {month: 1 + month % 3 for month in range(1, batch)},
        "CD-TYT": {**on_time, batch: -4},
        "CD-PL": {1: -2, 2: -1, 3: -3, 4: -2},
        "CD-HT": {},
    }
    upper = open_context(tmp / "doan-xa.db", create=True)
    _CLOCKED.append(upper)
    upper.units.create_own(
        Unit(
            code="DX-PD",
            name="Đoàn xã Phước Dân",
            level="Đoàn xã",
            parent_code="HD-NP",
            parent_name="Huyện đoàn Ninh Phước",
        )
    )
    for code, name, _members in BRANCHES:
        upper.units.add(Unit(code=code, name=name, level="Chi đoàn", parent_code="DX-PD"))
    branches = {}
    for seed, (code, name, members) in enumerate([*BRANCHES, STRANGER]):
        ctx = make_branch(tmp, code, name, members, year, batch, seed + 3)
        branches[code] = ctx
        for month, offset in sorted(history.get(code, {}).items()):
            moment = at(deadline(year, month) + timedelta(days=offset))
            packet = sent / f"{code}-{year}-{month:02d}.xlsx"
            with clock(moment):
                ctx.packet_export.export_packet(year, month, packet)
            if code == "CD-TH" and month == 8:
                # Month 9 exported but the email never came; month 10 arrived and was imported.
                with clock(at(deadline(year, 9) - timedelta(days=1))):
                    ctx.packet_export.export_packet(year, 9, inbox / f"{code}-{year}-09.xlsx")
                with clock(at(deadline(year, batch) - timedelta(days=2))):
                    ctx.packet_export.export_packet(
                        year, batch, sent / f"{code}-{year}-{batch}.xlsx"
                    )
                with clock(at(deadline(year, batch))):
                    upper.packet_merge.apply([sent / f"{code}-{year}-{batch}.xlsx"])
            with clock(moment + timedelta(days=1, hours=2)):
                upper.packet_merge.apply([packet])
    this_month = at(deadline(year, batch) - timedelta(days=2), 15)
    for code in ("CD-UBND", "CD-CA"):
        with clock(this_month):
            branches[code].packet_export.export_packet(
                year, batch, inbox / f"{code}-{year}-{batch:02d}.xlsx"
            )
    with clock(at(deadline(year, batch) + timedelta(days=2))):
        branches["CD-THCS"].packet_export.export_packet(year, batch, sent / "CD-THCS-sach.xlsx")
    edit_one_cell(sent / "CD-THCS-sach.xlsx", inbox / f"CD-THCS-{year}-{batch:02d}.xlsx")
    (inbox / f"CD-TYT-{year}-{batch:02d}.xlsx").write_bytes(
        (sent / f"CD-TYT-{year}-{batch:02d}.xlsx").read_bytes()
    )
    with clock(this_month):
        branches["CD-HT"].packet_export.export_packet(year, batch, sent / "CD-HT-full.xlsx")
        branches["CD-XM"].packet_export.export_packet(
            year, batch, inbox / f"CD-XM-{year}-{batch:02d}.xlsx"
        )
    whole = (sent / "CD-HT-full.xlsx").read_bytes()
    (inbox / f"bao-cao-CD-HT-thang-{batch}.xlsx").write_bytes(whole[: len(whole) * 2 // 5])
    for ctx in branches.values():
        ctx.close()
    upper.close()
    return {"upper": tmp / "doan-xa.db", "office": tmp / "CD-UBND.db", "inbox": inbox, "year": year}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--strings", type=Path, help="{English: Vietnamese} JSON of new strings")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp())
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    app = QApplication(sys.argv[:1])
    from bamtrachnhiem.bootstrap import open_context
    from bamtrachnhiem.domain.exchange import ImportStatus
    from bamtrachnhiem.gui.app import STYLE
    from bamtrachnhiem.gui.dialogs.export_dialog import ExportDialog
    from bamtrachnhiem.gui.dialogs.packet_details_dialog import PacketDetailsDialog
    from bamtrachnhiem.gui.i18n import install_translators
    from bamtrachnhiem.gui.main_window import MainWindow

    app.setStyleSheet(STYLE)
    install_translators(app, "vi")
    if args.strings:
        extra = QTranslator(app)
        if extra.load(str(compiled_strings(args.strings, tmp))):
            app.installTranslator(extra)

    world = build(tmp)
    # The models share one database proxy: one data file open at a time, as in the app.
    office = open_context(world["office"])

    # The branch secretary: the send tab, then the export dialog.
    window = MainWindow(office)
    window.resize(1366, 768)
    window.sidebar.setCurrentRow(6)
    window.show()
    settle(app)
    save(window, "exchange-send")
    dialog = ExportDialog(office, window)
    dialog.show()
    wait_until(app, lambda: not dialog.loading and dialog.summary is not None)
    settle(app)
    save(dialog, "exchange-export-dialog")
    dialog.close()
    window.close()
    office.close()

    # The commune officer: this month's attachments dropped as a folder.
    upper = open_context(world["upper"])
    window = MainWindow(upper)
    window.resize(1366, 768)
    window.sidebar.setCurrentRow(6)
    page = window.exchange_page
    page.year.setValue(world["year"])
    window.show()
    page.add_paths([world["inbox"]])
    wait_until(app, lambda: not page.busy and page.preview_model.rowCount() == 7)
    model = page.preview_model
    stranger = next(i for i, o in enumerate(model.outcomes()) if o.unit_code == "CD-XM")
    page.preview_view.selectRow(stranger)
    settle(app)
    save(window, "exchange-import-preview")

    edited = next(i for i, o in enumerate(model.outcomes()) if o.status is ImportStatus.EDITED)
    details = PacketDetailsDialog(model.outcome(edited), parent=window)
    details.show()
    details.confirm_box.setChecked(True)
    settle(app)
    save(details, "exchange-details-edited")
    details.close()

    model.set_confirmed(edited, True)
    page.import_files()
    wait_until(app, lambda: not page.busy and not model.dry_run)
    settle(app)
    save(window, "exchange-import-report")
    page.tabs.setCurrentWidget(page.status_tab)
    settle(app)
    save(window, "exchange-completeness")
    window.close()
    upper.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
