"""The first-run wizard creates the own unit and its data file, or opens an existing one."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from bamtrachnhiem.bootstrap import open_context
from bamtrachnhiem.domain.records import Unit
from bamtrachnhiem.gui import preferences
from bamtrachnhiem.gui.wizards.first_run import FirstRunWizard


def _fill_unit_page(wizard: FirstRunWizard, path) -> None:
    form = wizard.unit_page.form
    form.code.setText("CD-UBND-PD")
    form.name.setText("Chi đoàn Cơ quan UBND xã Phước Dân")
    form.parent_code.setText("DX-PD")
    form.parent_name.setText("Đoàn xã Phước Dân")
    form.higher_body.setText("ĐOÀN XÃ PHƯỚC DÂN")
    form.issuing_body.setText("BCH CHI ĐOÀN CƠ QUAN UBND")
    form.doc_symbol.setText("CĐ")
    form.place_name.setText("Phước Dân")
    form.signer_title.setCurrentText("PHÓ BÍ THƯ")
    form.signer_name.setText("Trần Thị Bích")
    wizard.unit_page.path.setText(str(path))


def test_wizard_creates_unit_and_database(qtbot, tmp_path):
    """Filling the unit page and finishing creates the data file with the own unit."""
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == FirstRunWizard.CHOICE_PAGE
    wizard.next()
    assert wizard.currentId() == FirstRunWizard.UNIT_PAGE
    _fill_unit_page(wizard, tmp_path / "mine.db")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    ctx = wizard.context
    assert ctx is not None
    try:
        own = ctx.units.own_unit()
        assert own.code == "CD-UBND-PD"
        assert own.parent_code == "DX-PD"
        assert own.place_name == "Phước Dân"
        assert (own.signer_title, own.signer_name) == ("PHÓ BÍ THƯ", "Trần Thị Bích")
        assert preferences.last_database() == str((tmp_path / "mine.db").absolute())
    finally:
        ctx.close()


def test_wizard_shows_missing_name_in_place(qtbot, tmp_path):
    """Without a unit name the wizard stays on the page and says what is missing."""
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    _fill_unit_page(wizard, tmp_path / "mine.db")
    wizard.unit_page.form.name.clear()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.context is None
    assert wizard.unit_page.error.isVisible()
    assert "tên đơn vị" in wizard.unit_page.error.text()
    assert not (tmp_path / "mine.db").exists()


def test_wizard_opens_existing_file(qtbot, tmp_path):
    """Choosing "open a data file" opens it and finishes on the first page."""
    existing = open_context(tmp_path / "old.db", create=True)
    existing.units.create_own(Unit(code="DX-PD", name="Đoàn xã Phước Dân"))
    existing.close()
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice_page.open.setChecked(True)
    wizard.choice_page.path.setText(str(tmp_path / "old.db"))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.context is not None
    try:
        assert wizard.context.units.own_unit().code == "DX-PD"
    finally:
        wizard.context.close()


def test_wizard_refuses_foreign_file(qtbot, tmp_path, boxes):
    """Opening a file that is not ours shows a Vietnamese explanation and stays open."""
    (tmp_path / "notes.db").write_bytes(b"this is not a database at all")
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice_page.open.setChecked(True)
    wizard.choice_page.path.setText(str(tmp_path / "notes.db"))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.context is None
    assert any("không phải là tệp dữ liệu" in text for text in boxes.texts)
