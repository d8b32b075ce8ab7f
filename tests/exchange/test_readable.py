"""A packet read in a spreadsheet shows words, not codes, JSON or ids; readers ignore the words."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from bamtrachnhiem.domain.campaigns import ActivityKind
from bamtrachnhiem.domain.exchange import ImportStatus
from bamtrachnhiem.domain.initiatives import InitiativeState
from bamtrachnhiem.domain.kinds import Column, ColumnType
from bamtrachnhiem.domain.pledges import PledgeState
from bamtrachnhiem.domain.records import EmploymentKind, MemberStatus
from bamtrachnhiem.exchange.packet_format import SHEET_ORDER
from bamtrachnhiem.exchange.readable import Readable
from tests.exchange.world import add_units, make_branch, open_unit, unit_snapshot


def _sheet_columns(ws) -> dict[str, int]:
    return {cell.value: cell.column for cell in ws[1] if cell.value}


def test_every_code_has_words_and_every_code_column_is_shown_in_words():
    """Each state, kind and status the app knows has its words in the packet's labels."""
    labelled = {(k.name, c.key): dict(c.labels) for k in SHEET_ORDER for c in k.columns if c.labels}
    assert set(labelled[("pledges", "state")]) == {s.value for s in PledgeState}
    assert set(labelled[("initiatives", "state")]) == {s.value for s in InitiativeState}
    assert {k.value for k in ActivityKind} <= set(labelled[("activities", "kind")])
    assert set(labelled[("members", "status")]) == {s.value for s in MemberStatus}
    assert set(labelled[("members", "employment_kind")]) == {e.value for e in EmploymentKind}
    for kind in SHEET_ORDER:
        for column in kind.columns:
            if column.type in (ColumnType.JSON, ColumnType.IDS) or column.choices:
                if column.choices and set(column.choices) == {"Nam", "Nữ"}:
                    continue  # already words
                assert column.shown_as, f"{kind.name}.{column.key} is shown only as codes"


def test_exported_packet_shows_words_beside_hidden_exact_values(tmp_path: Path):
    """States, kinds, bands, scores, commitments and authors read as Vietnamese words; the
    exact columns are hidden; and the district still imports the file as imported."""
    branch = make_branch(tmp_path, "CD-A", "DX", members=6, months=2, seed=3)
    try:
        names = {m.id: m.full_name for m in branch.ctx.members.find()}
        packet = branch.ctx.packet_export.export_packet(2026, 2, tmp_path / "goi.xlsx").path
        stored = unit_snapshot(branch.path, "CD-A")
    finally:
        branch.ctx.close()

    wb = load_workbook(packet)
    pledges = wb["Đăng ký"]
    at = _sheet_columns(pledges)
    assert pledges.column_dimensions[_letter(at["Mã tình trạng"])].hidden
    assert not pledges.column_dimensions[_letter(at["Tình trạng"])].hidden
    assert at["Tình trạng"] == at["Mã tình trạng"] + 1
    labels = {"draft": "Nháp", "submitted": "Đã nộp", "approved": "Đã duyệt"}
    for row in pledges.iter_rows(min_row=2, values_only=True):
        assert row[at["Tình trạng"] - 1] == labels[row[at["Mã tình trạng"] - 1]]
        commitments = json.loads(row[at["Nội dung cam kết (JSON)"] - 1])
        shown = row[at["Nội dung cam kết"] - 1].split("\n")
        assert shown == [f"{code}. {text}" for code, text in commitments]

    assessments = wb["Đánh giá tháng 1"]
    at = _sheet_columns(assessments)
    bands = {"excellent": "Xuất sắc", "good": "Tốt", "pass": "Đạt", "fail": "Chưa đạt"}
    seen = 0
    for row in assessments.iter_rows(min_row=2, values_only=True):
        code = row[at["Mã xếp loại"] - 1]
        if code:
            seen += 1
            assert row[at["Xếp loại"] - 1] == bands[code]
        scores = json.loads(row[at["Điểm tự chấm (JSON)"] - 1])
        words = row[at["Điểm tự chấm"] - 1]
        assert words.split("; ")[0].startswith(f"{next(iter(scores))}: ")
        assert "{" not in words
    assert seen

    activities = wb["Hoạt động"]
    at = _sheet_columns(activities)
    for row in activities.iter_rows(min_row=2, values_only=True):
        ids = json.loads(row[at["Người tham gia (mã đoàn viên)"] - 1] or "[]")
        assert row[at["Người tham gia"] - 1] == ("; ".join(names[i] for i in ids) or None)
        assert row[at["Loại hoạt động"] - 1] not in {k.value for k in ActivityKind}

    # No visible cell of a data sheet holds a code the words replace.
    codes = {v for k in SHEET_ORDER for c in k.columns for v, _ in c.labels}
    sheets = [
        ws for kind in SHEET_ORDER for ws in wb if ws.title == kind.sheet or kind.month_of(ws.title)
    ]
    assert len(sheets) >= len(SHEET_ORDER)
    for ws in sheets:
        shown = [
            c for c in range(1, ws.max_column + 1) if not ws.column_dimensions[_letter(c)].hidden
        ]
        for row in ws.iter_rows(min_row=2, values_only=True):
            assert not {row[c - 1] for c in shown} & codes, ws.title

    upper = open_unit(tmp_path / "dx.db", "DX", "Đoàn xã")
    add_units(upper, "DX", ["CD-A"])
    try:
        outcome = upper.packet_merge.apply([packet]).files[0]
        assert outcome.status is ImportStatus.IMPORTED, outcome.errors
        assert not outcome.warnings
        assert unit_snapshot(upper.database.path, "CD-A") == stored
    finally:
        upper.close()


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(column)


def test_words_of_a_value_that_cannot_be_said_are_the_value_itself():
    """Broken JSON or an unknown code is shown as it is, never refusing the export."""
    readable = Readable({"m1": "Nguyễn Văn An"}, {"good": "Tốt"})
    scores = Column("self_scores", ColumnType.JSON, "x", shown_as="y")
    ids = Column("authors", ColumnType.IDS, "x", shown_as="y")
    state = Column("state", ColumnType.TEXT, "x", shown_as="y", labels=(("draft", "Nháp"),))
    assert readable.words("assessments", scores, "{not json") == "{not json"
    assert readable.words("assessments", scores, '{"A1":7.5}') == "A1: 7,5"
    assert readable.words("initiatives", ids, '["m1","m2"]') == "Nguyễn Văn An; m2"
    assert readable.words("pledges", state, "draft") == "Nháp"
    assert readable.words("pledges", state, "lost") == "lost"
    assert readable.words("pledges", state, None) == ""
