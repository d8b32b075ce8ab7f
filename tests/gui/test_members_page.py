"""The member page: add, edit, search accent-blind, change status."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from bamtrachnhiem.domain.records import Gender, Member, MemberStatus
from bamtrachnhiem.gui.dialogs.member_dialog import MemberDialog
from bamtrachnhiem.gui.dialogs.status_dialog import StatusDialog
from bamtrachnhiem.gui.pages.members import MembersPage

NAMES = [
    ("Trần Thị Bích", "Ngọc"),
    ("Nguyễn Văn", "An"),
    ("Lê Hoàng", "Phúc"),
    ("Võ Minh", "Đức"),
    ("Phạm Thị Thu", "Hà"),
    ("Trần Quốc", "Dũng"),
]


def _page(qtbot, ctx) -> MembersPage:
    for family_middle, given in NAMES:
        ctx.members.save(Member(given_name=given, family_middle_name=family_middle))
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def _shown_names(page: MembersPage) -> list[str]:
    return [page.model.row_at(row).full_name for row in range(page.model.rowCount())]


def test_list_is_in_vietnamese_order(qtbot, ctx):
    """Members are listed by tên then họ đệm, with Đ after D."""
    page = _page(qtbot, ctx)
    assert _shown_names(page) == [
        "Nguyễn Văn An",
        "Trần Quốc Dũng",
        "Võ Minh Đức",
        "Phạm Thị Thu Hà",
        "Trần Thị Bích Ngọc",
        "Lê Hoàng Phúc",
    ]


def test_search_tran_finds_tran_with_accents(qtbot, ctx):
    """Typing "tran" (no accents) finds both Trần members and nobody else."""
    page = _page(qtbot, ctx)
    qtbot.keyClicks(page.search, "tran")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert sorted(_shown_names(page)) == ["Trần Quốc Dũng", "Trần Thị Bích Ngọc"]
    page.search.setText("TRẦN THỊ")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert _shown_names(page) == ["Trần Thị Bích Ngọc"]
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == len(NAMES))


def test_add_member_through_dialog(qtbot, ctx, monkeypatch):
    """The Add button opens the form; the saved member appears selected in the list."""
    page = _page(qtbot, ctx)

    def fill_and_save(context, member, parent):
        dialog = MemberDialog(context, member, parent)
        qtbot.addWidget(dialog)
        dialog.full_name.setText("  Đặng   Thị Ánh Tuyết ")
        dialog.full_name.editingFinished.emit()
        dialog.birth.setText("5/3/1996")
        dialog.gender.setCurrentIndex(dialog.gender.findData(Gender.FEMALE))
        dialog.phone.setText("0369 888 777")
        dialog.save_button.click()
        return dialog.saved

    monkeypatch.setattr(MemberDialog, "ask", staticmethod(fill_and_save))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    saved = page.selected_member()
    assert saved.full_name == "Đặng Thị Ánh Tuyết"
    assert saved.family_middle_name == "Đặng Thị Ánh"
    assert saved.birth_date == date(1996, 3, 5)
    assert saved.phone == "0369888777"
    assert ctx.members.get(saved.id).gender is Gender.FEMALE


def test_edit_member_persists(qtbot, ctx, monkeypatch):
    """Editing the selected member's position is saved to the database."""
    page = _page(qtbot, ctx)
    page.select(page.model.row_at(0).id)
    chosen = page.selected_member()

    def edit(context, member, parent):
        dialog = MemberDialog(context, member, parent)
        qtbot.addWidget(dialog)
        assert dialog.given.text() == member.given_name
        dialog.position.setText("Phó Chánh Văn phòng")
        dialog.joined.setText("26/3/2012")
        dialog.save_button.click()
        return dialog.saved

    monkeypatch.setattr(MemberDialog, "ask", staticmethod(edit))
    page.edit_button.click()
    stored = ctx.members.get(chosen.id)
    assert stored.position == "Phó Chánh Văn phòng"
    assert stored.joined_union_date == date(2012, 3, 26)
    assert page.selected_member().position == "Phó Chánh Văn phòng"


def test_invalid_birth_date_is_refused_in_place(qtbot, ctx):
    """A date like 31/02/1996 is refused with a message in the form; nothing is saved."""
    dialog = MemberDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.family_middle.setText("Ngô Thị")
    dialog.given.setText("Yến")
    dialog.birth.setText("31/02/1996")
    dialog.save_button.click()
    assert dialog.saved is None
    assert dialog.error.isVisible()
    assert "31/02/1996" in dialog.error.text()
    assert ctx.members.count() == 0


def test_duplicate_name_asks_before_saving(qtbot, ctx, boxes):
    """Saving a second member with the same name and birth date asks first; "no" saves nothing."""
    ctx.members.save(
        Member(given_name="Hùng", family_middle_name="Nguyễn Văn", birth_date=date(1993, 7, 30))
    )
    dialog = MemberDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Nguyen Van Hung")
    dialog.full_name.editingFinished.emit()
    dialog.family_middle.setText("Nguyễn Văn")
    dialog.given.setText("Hùng")
    dialog.birth.setText("30/07/1993")
    boxes.answer_yes = False
    dialog.save_button.click()
    assert dialog.saved is None
    assert "Nguyễn Văn Hùng" in boxes.texts[-1]
    assert ctx.members.count() == 1


def test_transfer_moves_member_out_of_active_list(qtbot, ctx, monkeypatch):
    """Marking a member transferred removes them from the active list and keeps the date."""
    page = _page(qtbot, ctx)
    page.select(page.model.row_at(0).id)
    chosen = page.selected_member()

    def transfer(context, member, status, parent):
        dialog = StatusDialog(context, member, status, parent)
        qtbot.addWidget(dialog)
        dialog.when.setText("01/07/2026")
        dialog.note.setText("Chuyển về Đoàn xã Phước Hải")
        dialog.save_button.click()
        return dialog.saved

    monkeypatch.setattr(StatusDialog, "ask", staticmethod(transfer))
    page.transfer_button.click()
    assert chosen.id not in [page.model.row_at(r).id for r in range(page.model.rowCount())]
    stored = ctx.members.get(chosen.id)
    assert stored.status is MemberStatus.TRANSFERRED
    assert stored.status_date == date(2026, 7, 1)


def test_long_list_shows_first_screen_then_loads_the_rest(qtbot, ctx):
    """With more members than one screen, the first screen shows at once and the rest follows."""
    import itertools

    given = ["An", "Bình", "Chi", "Dũng", "Đức", "Hà", "Lan", "Minh", "Ngọc", "Phúc"]
    family = ["Nguyễn Văn", "Trần Thị", "Lê Hoàng", "Phạm Minh", "Võ Thị", "Đặng Quốc"]
    for n, (g, f) in enumerate(
        itertools.islice(itertools.cycle(itertools.product(given, family)), 260)
    ):
        ctx.members.save(Member(given_name=g, family_middle_name=f, phone=f"09{n:08d}"))
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == MembersPage.FIRST_SCREEN
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert page.model.rowCount() == 260
    assert page.count.text() == "260/260 đoàn viên"
    page.search.setText("0900000007")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_delete_mistaken_member_but_refuse_one_with_history(qtbot, ctx, boxes):
    """A member entered by mistake can be deleted; one with an assessment is refused."""
    m = ctx.database.models
    from bamtrachnhiem.domain.records import new_id, now_iso

    page = _page(qtbot, ctx)
    page.select(page.model.row_at(0).id)
    mistaken = page.selected_member()
    page.delete_button.click()
    assert mistaken.id not in [page.model.row_at(r).id for r in range(page.model.rowCount())]
    assert ctx.members.count() == len(NAMES) - 1

    kept = page.model.row_at(0)
    stamp = now_iso()
    m.Assessment.create(
        id=new_id(),
        unit_code=kept.unit_code,
        member_id=kept.id,
        year=2026,
        month=3,
        created_at=stamp,
        updated_at=stamp,
    )
    page.select(kept.id)
    page.delete_button.click()
    assert "Chuyển sinh hoạt" in boxes.texts[-1]
    assert ctx.members.get(kept.id).id == kept.id
