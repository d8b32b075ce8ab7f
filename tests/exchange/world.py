"""Realistic branch and upper-level databases for exchange tests.

Members go through the member service; the other record kinds are written through the
storage models (their rows are what travels, whichever service made them).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bamtrachnhiem.bootstrap import AppContext, open_context
from bamtrachnhiem.domain.criteria import default_criteria_set
from bamtrachnhiem.domain.pledges import (
    Commitment,
    PersonalTarget,
    TargetKind,
    commitments_to_json,
    targets_to_json,
)
from bamtrachnhiem.domain.records import Gender, Member, Unit, new_id, now_iso
from bamtrachnhiem.domain.scoring import score_month

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Quốc", "Thu", "Đức", "Kim"]
GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hà",
    "Hạnh",
    "Khoa",
    "Lan",
    "Linh",
    "Nam",
    "Ngân",
    "Phúc",
    "Quân",
    "Tâm",
    "Thảo",
    "Trang",
    "Tuấn",
    "Uyên",
    "Vy",
    "Yến",
]
DEPARTMENTS = ["Văn phòng HĐND-UBND", "Phòng Tư pháp", "Bộ phận một cửa", "Phòng Kinh tế"]
CRITERIA = ["A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4", "C1", "C2", "C3", "C4"]
MAXIMA = [15, 8, 7, 5, 5, 10, 8, 7, 5, 8, 8, 8, 6]
WORLD_KINDS = (
    "pledges",
    "campaigns",
    "campaign_targets",
    "initiatives",
    "initiative_authors",
    "activities",
    "activity_participants",
    "assessments",
    "month_locks",
)
LOCAL_TABLES = {
    "packet_import",
    "packet_import_section",
    "packet_merged",
    "packet_export",
    "packet_sequence",
    "setting",
    "audit_log",
    "movement_year",
}


@dataclass
class Branch:
    """A branch database and the members it holds."""

    ctx: AppContext
    code: str
    member_ids: list[str]

    @property
    def path(self) -> Path:
        return self.ctx.database.path


def open_unit(
    path: Path, code: str, name: str, parent: str | None = None, level: str = ""
) -> AppContext:
    """A new database whose own unit is ``code``."""
    ctx = open_context(path, create=True)
    ctx.units.create_own(
        Unit(code=code, name=name, level=level, parent_code=parent, parent_name=parent or "")
    )
    return ctx


def add_units(ctx: AppContext, parent: str, codes: list[str]) -> None:
    for code in codes:
        ctx.units.add(
            Unit(code=code, name=f"Chi đoàn {code}", parent_code=parent, level="Chi đoàn")
        )


def make_branch(
    folder: Path,
    code: str,
    parent: str,
    *,
    members: int = 8,
    year: int = 2026,
    months: int = 3,
    seed: int = 1,
) -> Branch:
    """A branch with members, pledges, initiatives, a campaign, activities and assessments."""
    rng = random.Random(seed)
    ctx = open_unit(folder / f"{code}.db", code, f"Chi đoàn {code}", parent, "Chi đoàn")
    ids = []
    for i in range(members):
        member = ctx.members.save(
            Member(
                given_name=rng.choice(GIVEN),
                family_middle_name=f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)}",
                gender=rng.choice([Gender.MALE, Gender.FEMALE, None]),
                birth_date=date(1990 + i % 10, 1 + i % 12, 1 + i % 27) if i % 3 else None,
                birth_year=None if i % 3 else 1995,
                phone=f"09{rng.randrange(10**7, 10**8)}",
                position="Chuyên viên",
                department=rng.choice(DEPARTMENTS),
                party_member=bool(i % 2),
                joined_union_date=date(2010 + i % 8, 3, 26),
            )
        )
        ids.append(member.id)
    ctx.years.open_year(year)
    add_year(ctx, code, ids, year, months, rng)
    return Branch(ctx, code, ids)


def add_year(
    ctx: AppContext, code: str, ids: list[str], year: int, months: int, rng: random.Random
) -> None:
    """The branch workflows' rows of ``year`` for months 1..``months``."""
    m = ctx.database.models
    stamp = now_iso()
    common = {"unit_code": code, "created_at": stamp, "updated_at": stamp}
    with ctx.database.write(*WORLD_KINDS):
        for member_id in ids:
            m.Pledge.create(
                id=new_id(),
                member_id=member_id,
                year=year,
                state=rng.choice(["draft", "submitted", "approved"]),
                commitments=commitments_to_json([Commitment("A", "Không để hồ sơ trễ hạn")]),
                targets=targets_to_json(
                    [PersonalTarget(TargetKind.COURSES, "Khóa học", 2, "khóa")]
                ),
                **common,
            )
        campaign_id = new_id()
        m.Campaign.create(
            id=campaign_id,
            year=year,
            name="Tháng Thanh niên",
            theme="Tuổi trẻ tiên phong chuyển đổi số",
            start_date=date(year, 3, 1),
            end_date=date(year, 3, 31),
            **common,
        )
        for position, name in enumerate(["Hồ sơ trực tuyến", "Ngày tình nguyện"]):
            m.CampaignTarget.create(
                id=new_id(),
                campaign_id=campaign_id,
                name=name,
                measure_unit="hồ sơ" if position == 0 else "ngày",
                target_value=100.0 + position,
                achieved_value=float(rng.randrange(0, 120)),
                position=position,
                **common,
            )
        initiative_id = new_id()
        m.Initiative.create(
            id=initiative_id,
            year=year,
            title="Số hóa hồ sơ hộ tịch bằng mã QR",
            field="Hộ tịch",
            problem="Tra cứu hồ sơ mất nhiều thời gian",
            solution="=Dán mã QR lên bìa hồ sơ",  # formula-looking text must survive
            measure_unit="phút/hồ sơ",
            before_value=15.0,
            after_value=3.5,
            dossiers_affected=420,
            state="applied",
            registered_date=date(year, 1, 10),
            applied_date=date(year, 2, 20),
            **common,
        )
        for position, member_id in enumerate(ids[:2]):
            m.InitiativeAuthor.create(
                initiative_id=initiative_id, member_id=member_id, position=position
            )
        activity_id = new_id()
        m.Activity.create(
            id=activity_id,
            year=year,
            date=date(year, 3, 26),
            kind="volunteer",
            title="Ngày chủ nhật xanh",
            place="Trụ sở UBND",
            citizens_helped=35,
            results="#N/A",  # error-looking text stays text
            campaign_id=campaign_id,
            **common,
        )
        for member_id in ids[: len(ids) // 2]:
            m.ActivityParticipant.create(activity_id=activity_id, member_id=member_id)
        for month in range(1, months + 1):
            for member_id in ids:
                scores = {
                    c: rng.randrange(mx // 2, mx + 1)
                    for c, mx in zip(CRITERIA, MAXIMA, strict=True)
                }
                bonus = 1.0 if month == 1 else 0.0
                total, band = _scored(year, scores, scores, bonus)
                m.Assessment.create(
                    id=new_id(),
                    member_id=member_id,
                    year=year,
                    month=month,
                    self_scores=json.dumps(scores, sort_keys=True),
                    branch_scores=json.dumps(scores, sort_keys=True),
                    bonus=bonus,
                    total=total,
                    band=band,
                    evidence="Hoàn thành 100% hồ sơ đúng hạn",
                    **common,
                )
            m.MonthLock.create(
                id=new_id(),
                year=year,
                month=month,
                locked=True,
                locked_at=stamp,
                locked_by="Bí thư",
                **common,
            )


def _scored(year: int, own: dict, branch: dict, bonus: float) -> tuple[float | None, str]:
    """The total and band the app stores for these scores (the default criteria set)."""
    result = score_month(default_criteria_set(year), own, branch, bonus=bonus)
    if not result.complete:
        return None, ""
    return result.total, result.band.code if result.band else ""


def add_month(branch: Branch, year: int, month: int, seed: int = 7) -> None:
    """Assessments of one more month, and an edited and a soft-deleted record."""
    m = branch.ctx.database.models
    rng = random.Random(seed)
    stamp = now_iso()
    with branch.ctx.database.write(*WORLD_KINDS):
        for member_id in branch.member_ids:
            m.Assessment.create(
                id=new_id(),
                member_id=member_id,
                year=year,
                month=month,
                self_scores=json.dumps({"A1": rng.randrange(8, 16)}),
                branch_scores="{}",
                total=None,  # one criterion scored of thirteen: no total yet
                band="",
                unit_code=branch.code,
                created_at=stamp,
                updated_at=stamp,
            )
        m.Pledge.update(notes=f"Cập nhật tháng {month}", updated_at=stamp).where(
            m.Pledge.member_id == branch.member_ids[0]
        ).execute()
        m.Activity.update(deleted_at=stamp, updated_at=stamp).where(
            m.Activity.unit_code == branch.code
        ).execute()


def content(db_path: Path, *, skip: set[str] = LOCAL_TABLES) -> dict[str, tuple[int, str]]:
    """Row count and checksum of every travelling table, local bookkeeping left out."""
    conn = sqlite3.connect(db_path)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        result = {}
        for name in sorted(set(names) - skip):
            columns = [c[1] for c in conn.execute(f'PRAGMA table_info("{name}")')]
            if name == "unit":
                columns = [c for c in columns if c not in ("updated_at", "is_own")]
            digest = hashlib.sha256()
            count = 0
            order = ", ".join(f'"{c}"' for c in columns)
            for row in conn.execute(f'SELECT {order} FROM "{name}" ORDER BY {order}'):
                digest.update(repr(row).encode())
                count += 1
            result[name] = (count, digest.hexdigest())
        return result
    finally:
        conn.close()


def unit_rows(db_path: Path, table: str, unit_code: str, columns: list[str]) -> list[tuple]:
    """A unit's rows of ``table`` (the given columns), sorted: for comparing databases."""
    conn = sqlite3.connect(db_path)
    try:
        cols = ", ".join(f'"{c}"' for c in columns)
        return sorted(
            conn.execute(f'SELECT {cols} FROM "{table}" WHERE unit_code = ?', [unit_code])
        )
    finally:
        conn.close()


@dataclass
class Packets:
    """Packets made once per test session, and an upper-level database to import them into."""

    folder: Path
    upper_template: Path  # DX, with the units CD-A and CD-B below it; nothing imported
    a: list[Path]  # CD-A's packets of months 1, 2, 3 (sequence 1, 2, 3)
    b: Path  # CD-B's packet of month 2 (sequence 1)


def build_packets(folder: Path) -> Packets:
    """Two branches of the commune union DX and their packets."""
    folder.mkdir(parents=True, exist_ok=True)
    a = make_branch(folder, "CD-A", "DX", members=6, months=1, seed=3)
    exchange = a.ctx.packet_export
    a_packets = [exchange.export_packet(2026, 1, folder / "CD-A-01.xlsx").path]
    for month in (2, 3):
        add_month(a, 2026, month, seed=month)
        a_packets.append(
            exchange.export_packet(2026, month, folder / f"CD-A-{month:02d}.xlsx").path
        )
    a.ctx.close()
    b = make_branch(folder, "CD-B", "DX", members=4, months=2, seed=5)
    b_packet = b.ctx.packet_export.export_packet(2026, 2, folder / "CD-B-02.xlsx").path
    b.ctx.close()
    upper = open_unit(folder / "upper.db", "DX", "Đoàn xã Phước Dân", level="Đoàn xã")
    add_units(upper, "DX", ["CD-A", "CD-B"])
    upper.close()
    return Packets(folder, folder / "upper.db", a_packets, b_packet)


def copy_upper(packets: Packets, folder: Path) -> Path:
    """A fresh copy of the upper-level database, for one test."""
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "huyen.db"
    shutil.copy(packets.upper_template, target)
    return target


def import_log(db_path: Path) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(
            "SELECT id, packet_uuid, outcome, file_name FROM packet_import ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


def assert_nothing_changed(before: dict, after: dict, log_before: list, log_after: list) -> None:
    """quality.md's "nothing changed": everything equal, the import log at most one refusal longer."""
    tables_before = dict(before["tables"])
    tables_after = dict(after["tables"])
    tables_before.pop("packet_import")
    tables_after.pop("packet_import")
    assert tables_after == tables_before
    assert after["user_version"] == before["user_version"]
    assert after["partial_files"] == before["partial_files"] == []
    assert log_after[: len(log_before)] == log_before
    added = log_after[len(log_before) :]
    assert len(added) <= 1
    assert all(row[2] in ("refused", "edited") for row in added)


def edit_cell(source: Path, dest: Path, sheet: str, header: str, row: int, value: object) -> None:
    """What a person does in a spreadsheet: open, change one cell, save (here via openpyxl)."""
    import openpyxl

    wb = openpyxl.load_workbook(source)
    ws = wb[sheet]
    column = next(c.column for c in ws[1] if c.value == header)
    ws.cell(row=row, column=column).value = value
    wb.save(dest)


def rewrite_parts(source: Path, dest: Path, change) -> None:
    """Copy a workbook, passing every zip member through ``change(name, data) -> data``."""
    import zipfile

    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info.filename))
            if data is not None:
                zout.writestr(info.filename, data)


def sheet_part(path: Path, sheet: str) -> str:
    """The zip member holding ``sheet``'s XML."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as zf:
        workbook = zf.read("xl/workbook.xml").decode()
        rels = zf.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(rf'<sheet [^>]*name="{re.escape(sheet)}"[^>]*r:id="([^"]+)"', workbook)
    if rid is None:
        rid = re.search(rf'<sheet [^>]*r:id="([^"]+)"[^>]*name="{re.escape(sheet)}"', workbook)
    target = re.search(rf'<Relationship [^>]*Id="{rid.group(1)}"[^>]*Target="([^"]+)"', rels)
    if target is None:
        target = re.search(rf'<Relationship [^>]*Target="([^"]+)"[^>]*Id="{rid.group(1)}"', rels)
    name = target.group(1).lstrip("/")
    return name if name.startswith("xl/") else f"xl/{name}"


def unit_snapshot(db_path: Path, unit_code: str) -> dict[str, list[tuple]]:
    """Every travelling row of a unit, by kind (child links included), for comparing databases."""
    from bamtrachnhiem.exchange.packet_format import TABLE_KINDS

    conn = sqlite3.connect(db_path)
    try:
        found = {}
        for kind in TABLE_KINDS:
            columns = [c.key for c in kind.columns if c.child is None]
            cols = ", ".join(f'"{c}"' for c in columns)
            found[kind.name] = conn.execute(
                f'SELECT {cols} FROM "{kind.table}" WHERE unit_code = ? ORDER BY id', [unit_code]
            ).fetchall()
        found["initiative_author"] = conn.execute(
            "SELECT a.* FROM initiative_author a JOIN initiative i ON i.id = a.initiative_id "
            "WHERE i.unit_code = ? ORDER BY 1, 2",
            [unit_code],
        ).fetchall()
        found["activity_participant"] = conn.execute(
            "SELECT p.* FROM activity_participant p JOIN activity a ON a.id = p.activity_id "
            "WHERE a.unit_code = ? ORDER BY 1, 2",
            [unit_code],
        ).fetchall()
        return found
    finally:
        conn.close()


def restamp(source: Path, dest: Path, seq: int) -> None:
    """A copy of a packet as if its unit had exported it again with sequence ``seq``.

    Only the metadata changes (sequence, packet id, and the hash over them), exactly as a
    re-export of unchanged data would; writing a whole workbook per packet is what makes
    many-packet tests slow, so the metadata sheet and properties are rewritten directly.
    """
    import uuid
    from xml.sax.saxutils import escape

    from python_calamine import CalamineWorkbook

    from bamtrachnhiem.exchange.packet_format import META_SHEET, PROPERTY_PREFIX, meta_hash

    rows = CalamineWorkbook.from_path(str(source)).get_sheet_by_name(META_SHEET).to_python()
    new_uuid = str(uuid.uuid4())
    pairs = []
    first_section = True
    for key, value, *_ in rows:
        if key == "seq":
            value = str(seq)
        elif key == "packet_uuid":
            value = new_uuid
        elif key == "section" and first_section:
            entry = json.loads(value)
            entry.update(seq=seq, packet_uuid=new_uuid)
            value = json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            first_section = False
        pairs.append((key, value))
    pairs = [(k, v) for k, v in pairs if k != "meta_hash"]
    pairs.append(("meta_hash", meta_hash(pairs)))
    meta = dict(pairs)
    cells = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{escape(k)}</t></is></c>'
        f'<c r="B{r}" t="inlineStr"><is><t>{escape(v)}</t></is></c></row>'
        for r, (k, v) in enumerate(pairs, start=1)
    )
    sheet_xml = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{cells}</sheetData></worksheet>"
    ).encode()
    meta_part = sheet_part(source, META_SHEET)

    def change(name: str, data: bytes) -> bytes:
        if name == meta_part:
            return sheet_xml
        if name == "docProps/custom.xml":
            text = data.decode()
            for key in ("seq", "packet_uuid", "meta_hash"):
                text = re.sub(
                    rf'(name="{PROPERTY_PREFIX}{key}"[^>]*><vt:lpwstr>)[^<]*(</vt:lpwstr>)',
                    lambda m, key=key: m.group(1) + meta[key] + m.group(2),
                    text,
                )
            return text.encode()
        return data

    rewrite_parts(source, dest, change)
