"""Table models obey Qt's model contract (checked by pytest-qt's qtmodeltester)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from bamtrachnhiem.domain.exchange import Issue
from bamtrachnhiem.domain.records import Member
from bamtrachnhiem.exchange.member_list import ImportRow
from bamtrachnhiem.gui.models.import_preview import ImportPreviewModel
from bamtrachnhiem.gui.models.member_table import MemberTableModel


def _members(ctx) -> list[Member]:
    for family_middle, given, born in [
        ("Nguyễn Văn", "Hùng", date(1993, 7, 30)),
        ("Nguyễn Văn", "Hùng", date(1997, 1, 15)),
        ("Trần Thị Bích", "Ngọc", None),
        ("Võ Minh", "Đức", date(1992, 2, 29)),
    ]:
        ctx.members.save(
            Member(given_name=given, family_middle_name=family_middle, birth_date=born)
        )
    return ctx.members.find()


def test_member_table_model_contract(qtmodeltester, ctx):
    """The member model passes the model tester, before and after filtering and sorting."""
    model = MemberTableModel()
    model.set_rows(_members(ctx))
    qtmodeltester.check(model)
    model.set_filter("hung")
    qtmodeltester.check(model)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_member_table_sorts_birth_dates(ctx):
    """Sorting by the birth column orders by date, unknown dates first."""
    model = MemberTableModel()
    model.set_rows(_members(ctx))
    model.sort(2, Qt.SortOrder.AscendingOrder)
    born = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert born == ["", "29/02/1992", "30/07/1993", "15/01/1997"]


def test_duplicates_are_marked_in_the_table(ctx):
    """Both members called Nguyễn Văn Hùng carry the duplicate mark and tooltip."""
    model = MemberTableModel()
    model.set_rows(_members(ctx))
    marked = [
        model.index(r, 1).data()
        for r in range(model.rowCount())
        if model.index(r, 1).data(Qt.ItemDataRole.ToolTipRole)
    ]
    assert marked == ["Nguyễn Văn Hùng ⚠", "Nguyễn Văn Hùng ⚠"]


def test_import_preview_model_contract(qtmodeltester):
    """The import preview model passes the model tester and shows each row's problem."""
    rows = [
        ImportRow(
            row=8, member=Member(given_name="An", family_middle_name="Nguyễn Văn"), action="create"
        ),
        ImportRow(
            row=9,
            member=None,
            action="error",
            errors=[
                Issue("member_import_name_missing", {"row": 9, "cell": "B9"}, row=9, cell="B9")
            ],
        ),
        ImportRow(row=21, member=None, action="skip", skipped_reason="member_import_skip_totals"),
    ]
    model = ImportPreviewModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Thêm"
    assert "B9" in model.index(1, 6).data()
    assert model.index(2, 6).data() == "Dòng tổng cộng."
