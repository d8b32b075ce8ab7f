"""Edit one member's yearly pledge: commitments under each pillar, personal targets, state."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.criteria import Pillar
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.domain.pledges import (
    Commitment,
    Pledge,
    PledgeState,
    TargetKind,
    suggestions_for,
)
from bamtrachnhiem.domain.records import Member
from bamtrachnhiem.domain.text import clean_text, fold
from bamtrachnhiem.gui.forms import FormDialog, not_form
from bamtrachnhiem.gui.i18n import describe
from bamtrachnhiem.gui.models.pledge_table import pledge_state_label
from bamtrachnhiem.gui.models.target_table import PledgeTargetTableModel, target_kind_label
from bamtrachnhiem.gui.screen import fit_window
from bamtrachnhiem.gui.widgets import ErrorLabel

_SUGGESTION, _OWN = "suggestion", "own"


class EnterLineEdit(QLineEdit):
    """A line edit whose Enter acts on its own content instead of pressing the dialog's
    default button (a QLineEdit passes Enter on to the dialog after ``returnPressed``)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.returnPressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class CommitmentList(QWidget):
    """One pillar's commitments: the suggestions to tick, and lines typed freely."""

    def __init__(self, pillar: Pillar, chosen: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.pillar = pillar
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(1)
        self.list.setStyleSheet("QListWidget::item { padding: 2px 0px; }")
        self.input = EnterLineEdit()
        self.input.setPlaceholderText(self.tr("Type a commitment of your own, then Enter"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAutoDefault(False)
        self.input.returnPressed.connect(self.add_typed)
        self.add_button.clicked.connect(self.add_typed)
        chosen_keys = {fold(text) for text in chosen}
        for text in suggestions_for(pillar.code):
            self._append(text, _SUGGESTION, fold(text) in chosen_keys)
        suggested = {fold(text) for text in suggestions_for(pillar.code)}
        for text in chosen:
            if fold(text) not in suggested:
                self._append(text, _OWN, True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.input, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)

    def _append(self, text: str, origin: str, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(text)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsUserCheckable
        if origin == _OWN:
            flags |= Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)
        item.setData(Qt.ItemDataRole.UserRole, origin)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if origin == _OWN:
            item.setToolTip(self.tr("Typed freely; double-click to correct it."))
        self.list.addItem(item)
        return item

    def add_typed(self) -> None:
        """Add the typed line (or tick the suggestion it repeats)."""
        text = clean_text(self.input.text())
        if not text:
            return
        for row in range(self.list.count()):
            item = self.list.item(row)
            if fold(item.text()) == fold(text):
                item.setCheckState(Qt.CheckState.Checked)
                break
        else:
            item = self._append(text, _OWN, True)
        self.list.setCurrentItem(item)
        self.list.scrollToItem(item)
        self.input.clear()

    def item_texts(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def commitments(self) -> list[Commitment]:
        """The ticked lines, in the order shown."""
        return [
            Commitment(self.pillar.code, clean_text(item.text()))
            for item in (self.list.item(row) for row in range(self.list.count()))
            if item.checkState() == Qt.CheckState.Checked and clean_text(item.text())
        ]

    def set_locked(self, locked: bool) -> None:
        """An approved pledge shows only what was chosen, and nothing can be ticked."""
        self.input.setVisible(not locked)
        self.add_button.setVisible(not locked)
        for row in range(self.list.count()):
            item = self.list.item(row)
            checked = item.checkState() == Qt.CheckState.Checked
            item.setHidden(locked and not checked)
            flags = item.flags()
            if locked:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable & ~Qt.ItemFlag.ItemIsEditable
            else:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                if item.data(Qt.ItemDataRole.UserRole) == _OWN:
                    flags |= Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags)


class PledgeDialog(FormDialog):
    """The pledge editor; ``ask`` returns the pledge as last stored, or None if untouched."""

    def __init__(
        self, ctx: AppContext, member: Member, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.member, self.year = ctx, member, year
        self.pledge: Pledge | None = ctx.pledges.get(member.id, year)
        self.saved: Pledge | None = None
        self.criteria = ctx.years.criteria(year)
        self.setWindowTitle(
            self.tr("Pledge {year} — {name}").format(year=year, name=member.full_name)
        )
        fit_window(self, 1180, 720)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.locked_note = QLabel(
            self.tr(
                "This pledge is approved: only the achieved values can be recorded. "
                "Reopen it to change the commitments or targets."
            )
        )
        self.locked_note.setStyleSheet("color: #2E7D32;")

        self.pillar_lists: dict[str, CommitmentList] = {}
        pillars = QGridLayout()
        for number, pillar in enumerate(self.criteria.pillars):
            chosen = self.pledge.commitments_of(pillar.code) if self.pledge else []
            editor = CommitmentList(pillar, chosen)
            self.pillar_lists[pillar.code] = editor
            box = QGroupBox(f"{number + 1}. {pillar.name}")
            inside = QVBoxLayout(box)
            inside.setContentsMargins(6, 6, 6, 6)
            inside.addWidget(editor)
            pillars.addWidget(box, number // 3, number % 3)
        for column in range(min(3, len(self.criteria.pillars))):
            pillars.setColumnStretch(column, 1)

        self.targets_model = PledgeTargetTableModel(self)
        counts = ctx.initiatives.author_counts(year).get(member.id, {})
        self.targets_model.set_rows(self.pledge.targets if self.pledge else [], counts)
        self.targets_view = QTableView()
        self.targets_view.setModel(self.targets_model)
        self.targets_view.verticalHeader().hide()
        self.targets_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.targets_view.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.EditKeyPressed
            | QTableView.EditTrigger.AnyKeyPressed
        )
        header = self.targets_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 140), (2, 90), (3, 130), (4, 110)):
            self.targets_view.setColumnWidth(column, width)
        self.targets_view.setMinimumHeight(150)
        self.kind = QComboBox()
        for kind in TargetKind:
            self.kind.addItem(target_kind_label(kind), kind)
        self.add_target_button = QPushButton(self.tr("Add target"))
        self.add_target_button.setAutoDefault(False)
        self.add_target_button.clicked.connect(self.add_target)
        self.remove_target_button = QPushButton(self.tr("Remove target"))
        self.remove_target_button.setAutoDefault(False)
        self.remove_target_button.clicked.connect(self._remove_target)
        self.notes = QLineEdit(self.pledge.notes if self.pledge else "")
        self.notes.setPlaceholderText(self.tr("Notes (printed on the form)"))
        self.error = ErrorLabel()
        self.saved_note = QLabel()
        self.saved_note.setStyleSheet("color: #2E7D32;")
        self.saved_note.hide()

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save and keep the pledge open (Ctrl+S)"))
        self.submit_button = QPushButton(self.tr("Submit"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.return_button = QPushButton(self.tr("Return for changes"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (
            self.submit_button,
            self.approve_button,
            self.return_button,
            self.reopen_button,
            self.close_button,
        ):
            button.setAutoDefault(False)
        self.save_button.clicked.connect(self._save)
        # Bound methods, not lambdas over self: PySide holds lambdas strongly, and a dialog in
        # a reference cycle may be freed by a garbage collection on a worker thread.
        self.submit_button.clicked.connect(self.submit)
        self.approve_button.clicked.connect(self.approve)
        self.return_button.clicked.connect(self.return_to_draft)
        self.reopen_button.clicked.connect(self.reopen)
        self.close_button.clicked.connect(self.reject)

        targets_box = QGroupBox(self.tr("Personal targets"))
        targets_layout = QGridLayout(targets_box)
        targets_layout.addWidget(self.targets_view, 0, 0, 1, 4)
        self.kind_label = QLabel(self.tr("Kind"))
        targets_layout.addWidget(self.kind_label, 1, 0)
        targets_layout.addWidget(self.kind, 1, 1)
        targets_layout.addWidget(self.add_target_button, 1, 2)
        targets_layout.addWidget(self.remove_target_button, 1, 3, Qt.AlignmentFlag.AlignRight)
        targets_layout.setColumnStretch(3, 1)

        buttons = QHBoxLayout()
        for button in (
            self.submit_button,
            self.approve_button,
            self.return_button,
            self.reopen_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.saved_note)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.locked_note)
        layout.addLayout(pillars, 2)
        layout.addWidget(targets_box, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._apply_state()
        first = next(iter(self.pillar_lists.values()), None)
        if first is not None:
            first.list.setFocus(Qt.FocusReason.OtherFocusReason)
        not_form(self.kind)  # the kind of the next target to add
        self.mark_clean()

    @classmethod
    def ask(
        cls, ctx: AppContext, member: Member, year: int, parent: QWidget | None = None
    ) -> Pledge | None:
        """Show the editor; the pledge as last stored, or None when nothing was stored."""
        dialog = cls(ctx, member, year, parent)
        dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()  # else every editor opened stays a hidden child of the page
        return saved

    # -- state ---------------------------------------------------------------------------
    def _apply_state(self) -> None:
        state = self.pledge.state if self.pledge else None
        locked = state is PledgeState.APPROVED
        self.heading.setText(
            self.tr("<b>{name}</b> — pledge {year} — <b>{state}</b>").format(
                name=self.member.full_name, year=self.year, state=pledge_state_label(state)
            )
        )
        for editor in self.pillar_lists.values():
            editor.set_locked(locked)
        self.targets_model.set_locked(locked)
        for widget in (
            self.kind_label,
            self.kind,
            self.add_target_button,
            self.remove_target_button,
        ):
            widget.setVisible(not locked)
        self.locked_note.setVisible(locked)
        self.notes.setReadOnly(locked)
        read_only = self.ctx.database.read_only
        self.save_button.setText(self.tr("Save progress") if locked else self.tr("Save"))
        self.save_button.setEnabled(not read_only)
        self.submit_button.setEnabled(not read_only and state in (None, PledgeState.DRAFT))
        self.approve_button.setEnabled(not read_only and state is PledgeState.SUBMITTED)
        self.return_button.setEnabled(not read_only and state is PledgeState.SUBMITTED)
        self.reopen_button.setEnabled(not read_only and locked)

    # -- editing -------------------------------------------------------------------------
    def add_target(self) -> None:
        row = self.targets_model.add(self.kind.currentData())
        index = self.targets_model.index(row, 2)
        self.targets_view.setCurrentIndex(index)
        self.targets_view.setFocus()

    def _remove_target(self) -> None:
        index = self.targets_view.currentIndex()
        if index.isValid():
            self.targets_model.remove(index.row())

    def commitments(self) -> list[Commitment]:
        return [c for editor in self.pillar_lists.values() for c in editor.commitments()]

    def _store(self) -> bool:
        """Store what the form shows; False (with the reason shown) when refused."""
        try:
            if self.pledge is not None and not self.pledge.editable:
                achieved = [t.achieved for t in self.targets_model.targets()]
                self.pledge = self.ctx.pledges.record_achieved(self.pledge.id, achieved)
            else:
                base = self.pledge or Pledge(member_id=self.member.id, year=self.year)
                self.pledge = self.ctx.pledges.save(
                    replace(
                        base,
                        commitments=self.commitments(),
                        targets=self.targets_model.targets(),
                        notes=self.notes.text(),
                    )
                )
        except AppError as exc:
            self.error.show_message(describe(exc))
            return False
        self.saved = self.pledge
        self.error.show_message("")
        self.mark_clean()
        return True

    def save_form(self) -> None:
        """Closing with unsaved changes and choosing Save: store, then close."""
        if self._store():
            self.accept()

    def _save(self) -> None:
        """The Save button: store and stay open (Close, or Esc, closes)."""
        if self._store():
            self.saved_note.setText(
                self.tr("Saved at {time}.").format(time=datetime.now().strftime("%H:%M"))
            )
            self.saved_note.show()

    def submit(self) -> None:
        self._move("submit")

    def approve(self) -> None:
        self._move("approve")

    def return_to_draft(self) -> None:
        self._move("return_to_draft")

    def reopen(self) -> None:
        self._move("reopen")

    def _move(self, action: str) -> None:
        """Store the form, then submit, approve, return or reopen; the dialog stays open."""
        if not self._store():
            return
        try:
            self.pledge = getattr(self.ctx.pledges, action)(self.pledge.id)
        except AppError as exc:
            self.error.show_message(describe(exc))
            return
        self.saved = self.pledge
        self._apply_state()
