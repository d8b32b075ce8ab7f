"""The import wizard reads an office list in the background, previews it, then saves."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWizard

from bamtrachnhiem.exchange.cells import column_letter
from bamtrachnhiem.gui.wizards.member_import import MemberImportWizard
from tests import member_lists as lists


def _open_wizard(qtbot, ctx, path) -> MemberImportWizard:
    wizard = MemberImportWizard(ctx, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=10_000)
    return wizard


def test_file_page_finds_header_and_rows(qtbot, ctx, office_list):
    """Choosing the office list finds its two-row header on row 6 and its 12 members."""
    wizard = _open_wizard(qtbot, ctx, office_list)
    assert wizard.preview.header_row == 6
    assert "12" in wizard.file_page.status.text()
    assert wizard.file_page.sheet.currentText() == lists.OFFICE_SHEET


def test_mapping_page_shows_detected_columns(qtbot, ctx, office_list):
    """The mapping page pre-selects the columns found, named by letter and header."""
    wizard = _open_wizard(qtbot, ctx, office_list)
    wizard.next()
    combos = wizard.mapping_page.combos
    assert combos["full_name"].currentText().startswith("B:")
    assert combos["birth"].currentText().startswith("C:")
    assert combos["phone"].currentText().startswith("I:")
    assert combos["male_mark"].currentData() == 3


def test_preview_then_import_saves_twelve_members(qtbot, ctx, office_list):
    """The preview lists every row with its action; confirming saves exactly 12 members."""
    wizard = _open_wizard(qtbot, ctx, office_list)
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    assert "12" in page.summary.text()
    actions = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert actions.count("Thêm") == 12
    assert ctx.members.count() == 0  # nothing saved before confirming
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10_000)
    assert wizard.result.created == 12
    members = {m.full_name: m for m in ctx.members.find()}
    assert members["Trần Thị Bích Ngọc"].birth_date == date(1996, 12, 5)
    assert members["Nguyễn Văn An"].phone == "0912345678"
    hung = [m for m in ctx.members.find() if m.full_name == "Nguyễn Văn Hùng"]
    assert len(hung) == 2 and all(m.possible_duplicate_of for m in hung)


def test_corrected_mapping_is_used(qtbot, ctx, office_list):
    """Unmapping the phone column in the mapping page imports members without phones."""
    wizard = _open_wizard(qtbot, ctx, office_list)
    wizard.next()
    wizard.mapping_page.combos["phone"].setCurrentIndex(0)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10_000)
    assert all(m.phone == "" for m in ctx.members.find())


def test_legacy_list_cannot_be_imported_unconverted(qtbot, ctx):
    """A TCVN3 list: Import stays disabled until conversion is ticked; then names are Unicode."""
    wizard = _open_wizard(qtbot, ctx, lists.TCVN3_LIST)
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page._ready, timeout=10_000)
    assert wizard.preview.legacy_encoding == "tcvn3" and not wizard.preview.convert_legacy
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not page.legacy.isChecked() and "TCVN3" in page.legacy.text()
    assert "không thể nhập" in page.legacy_samples.text()
    page.legacy.setChecked(True)
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    assert wizard.preview.convert_legacy
    assert "không thể nhập" not in page.legacy_samples.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10_000)
    names = sorted(m.full_name for m in ctx.members.find())
    assert names == sorted(name for name, _, _ in lists.LEGACY_MEMBERS.values())


def test_not_a_workbook_is_explained(qtbot, ctx, tmp_path):
    """A renamed text file is refused on the file page with a message naming it."""
    bogus = tmp_path / "danh-sach.xlsx"
    bogus.write_text("STT,Họ và tên\n1,Nguyễn Văn An\n", encoding="utf-8")
    wizard = MemberImportWizard(ctx, path=str(bogus))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: not wizard.file_page.error.isHidden(), timeout=10_000)
    assert "danh-sach.xlsx" in wizard.file_page.error.text()
    assert not wizard.file_page.isComplete()


def test_column_letters():
    """Column indexes are named as spreadsheets name them."""
    assert [column_letter(i) for i in (0, 8, 25, 26, 27)] == ["A", "I", "Z", "AA", "AB"]


def test_column_mapping_shows_what_each_column_holds(qtbot, ctx, office_list):
    """Beside each field, the first values of the column chosen for it; a field set to
    "not in the file" shows none."""
    wizard = _open_wizard(qtbot, ctx, office_list)
    wizard.next()
    page = wizard.mapping_page
    first = wizard.preview.rows[0].source if wizard.preview.rows[0].source else None
    shown = page.samples["full_name"].text()
    assert shown.startswith("ví dụ: ")
    if first is not None:
        assert first.family_middle_name.split()[0] in page.samples["full_name"].toolTip()
    assert page.samples["birth"].text().startswith("ví dụ: ")
    page.combos["phone"].setCurrentIndex(0)  # "not in the file"
    assert page.samples["phone"].text() == ""
