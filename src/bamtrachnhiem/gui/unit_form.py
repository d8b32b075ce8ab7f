"""The form of a unit's fields, shared by the first-run wizard and the units dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QWidget

from bamtrachnhiem.domain.records import Unit
from bamtrachnhiem.domain.text import clean_text


class UnitForm(QWidget):
    """Code, name, level, parent and the lines printed on the unit's documents."""

    def __init__(
        self,
        level_labels: list[str],
        parents: list[Unit] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. CD-UBND-PD (no spaces)"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Chi đoàn Cơ quan UBND xã Phước Dân"))
        self.level = QComboBox()
        self.level.setEditable(True)
        self.level.addItems(level_labels)
        self.parent_units = QComboBox()
        for unit in parents or []:
            self.parent_units.addItem(f"{unit.name} ({unit.code})", unit.code)
        self.parent_code = QLineEdit()
        self.parent_code.setPlaceholderText(self.tr("code given by the level above, if known"))
        self.parent_name = QLineEdit()
        self.parent_name.setPlaceholderText(self.tr("e.g. Đoàn xã Phước Dân"))
        self.higher_body = QLineEdit()
        self.higher_body.setPlaceholderText(self.tr("e.g. ĐOÀN XÃ PHƯỚC DÂN"))
        self.issuing_body = QLineEdit()
        self.issuing_body.setPlaceholderText(self.tr("e.g. BCH CHI ĐOÀN CƠ QUAN UBND"))
        self.doc_symbol = QLineEdit()
        self.doc_symbol.setPlaceholderText(self.tr("e.g. CĐ"))
        self.place_name = QLineEdit()
        self.place_name.setPlaceholderText(self.tr("e.g. Phước Dân"))
        self.standing_committee = QCheckBox(
            self.tr("Has a standing committee (signs “TM. BAN THƯỜNG VỤ”)")
        )
        self.signer_title = QComboBox()
        self.signer_title.setEditable(True)
        self.signer_title.addItems(["BÍ THƯ", "PHÓ BÍ THƯ"])
        self.signer_name = QLineEdit()
        self.signer_name.setPlaceholderText(self.tr("who signs the unit's documents"))
        self.pilot = QCheckBox(self.tr("Pilot base this year"))

        form = QFormLayout(self)
        form.addRow(self.tr("Unit code"), self.code)
        form.addRow(self.tr("Unit name"), self.name)
        form.addRow(self.tr("Level"), self.level)
        if parents:
            form.addRow(self.tr("Parent unit"), self.parent_units)
        else:
            form.addRow(self.tr("Parent unit code"), self.parent_code)
            form.addRow(self.tr("Parent unit name"), self.parent_name)
        form.addRow(self.tr("Higher body (document header)"), self.higher_body)
        form.addRow(self.tr("Issuing body (document header)"), self.issuing_body)
        form.addRow(self.tr("Document symbol"), self.doc_symbol)
        form.addRow(self.tr("Place name for dates"), self.place_name)
        form.addRow("", self.standing_committee)
        form.addRow(self.tr("Signer's title"), self.signer_title)
        form.addRow(self.tr("Signer"), self.signer_name)
        form.addRow("", self.pilot)
        self._has_parent_list = bool(parents)

    def set_unit(self, unit: Unit) -> None:
        self.code.setText(unit.code)
        self.code.setReadOnly(True)
        self.name.setText(unit.name)
        self.level.setCurrentText(unit.level)
        if self._has_parent_list:
            self.parent_units.setCurrentIndex(max(0, self.parent_units.findData(unit.parent_code)))
        self.parent_code.setText(unit.parent_code or "")
        self.parent_name.setText(unit.parent_name)
        self.higher_body.setText(unit.higher_body)
        self.issuing_body.setText(unit.issuing_body)
        self.doc_symbol.setText(unit.doc_symbol)
        self.place_name.setText(unit.place_name)
        self.standing_committee.setChecked(unit.has_standing_committee)
        self.signer_title.setCurrentText(unit.signer_title)
        self.signer_name.setText(unit.signer_name)
        self.pilot.setChecked(unit.is_pilot)

    def unit(self) -> Unit:
        """The form's content (the service validates and cleans it)."""
        if self._has_parent_list:
            parent_code = self.parent_units.currentData()
            parent_name = ""
        else:
            parent_code = clean_text(self.parent_code.text()) or None
            parent_name = self.parent_name.text()
        return Unit(
            code=self.code.text().strip(),
            name=self.name.text(),
            level=self.level.currentText(),
            parent_code=parent_code,
            parent_name=parent_name,
            higher_body=self.higher_body.text(),
            issuing_body=self.issuing_body.text(),
            doc_symbol=self.doc_symbol.text(),
            place_name=self.place_name.text(),
            has_standing_committee=self.standing_committee.isChecked(),
            signer_title=self.signer_title.currentText(),
            signer_name=self.signer_name.text(),
            is_pilot=self.pilot.isChecked(),
        )
