"""Forms of the Khen thưởng page: a round and its rule, a nomination and its votes, a
decision, an award from another level, a reason (return, annul)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.commendations import (
    FORM_LABELS,
    MAX_SUMMARY,
    Award,
    AwardSource,
    CollectiveRule,
    CommendationForm,
    CommendationRound,
    CommendationRule,
    Decision,
    Nomination,
    QuotaBase,
    RecipientKind,
    RulePath,
)
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.gui.forms import FormDialog
from bamtrachnhiem.gui.widgets import DateLineEdit, ErrorLabel, save_cancel_buttons


def _iso(edit: DateLineEdit) -> str | None:
    value, _year = edit.value()
    return value.isoformat() if value else None


def _set_iso(edit: DateLineEdit, value: str | None) -> None:
    edit.set_value(date.fromisoformat(value) if value else None)


def _buttons(dialog: QDialog, on_save, save_text: str = "") -> QDialogButtonBox:
    buttons, _save = save_cancel_buttons(
        dialog,
        save_text or QCoreApplication.translate("CommendationDialogs", "Save"),
        QCoreApplication.translate("CommendationDialogs", "Cancel"),
        on_save,
    )
    return buttons


def _number_item(value: float | int) -> QTableWidgetItem:
    item = QTableWidgetItem(f"{value:g}")
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class RoundDialog(FormDialog):
    """Open or change a round: its form, whom it considers, its rule, quotas, deadline."""

    PATH_COLUMNS = 7

    def __init__(self, ctx: AppContext, round_: CommendationRound, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.round = round_
        self.result_round: CommendationRound | None = None
        self.setWindowTitle(self.tr("Commendation round"))
        self.name = QLineEdit(round_.name)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(round_.year)
        self.form = QComboBox()
        for form in CommendationForm:
            self.form.addItem(FORM_LABELS[form], form)
        self.form.setCurrentIndex(list(CommendationForm).index(round_.form))
        self.individuals = QCheckBox(self.tr("Individuals"))
        self.individuals.setChecked(round_.individuals)
        self.collectives = QCheckBox(self.tr("Collectives (units directly below)"))
        self.collectives.setChecked(round_.collectives)
        self.deadline = DateLineEdit()
        _set_iso(self.deadline, round_.deadline)
        self.achievement = QLineEdit(round_.achievement)
        self.achievement.setPlaceholderText(round_.default_achievement)
        rule = round_.rule
        self.min_months = QSpinBox()
        self.min_months.setRange(1, 12)
        self.min_months.setValue(rule.min_months)
        self.pledge = QCheckBox(self.tr("Pledge approved"))
        self.pledge.setChecked(rule.require_pledge_approved)
        self.share = QDoubleSpinBox()
        self.share.setRange(1, 100)
        self.share.setSuffix(" %")
        self.share.setValue(rule.quota_share * 100)
        self.minimum = QSpinBox()
        self.minimum.setRange(0, 100)
        self.minimum.setValue(rule.quota_minimum)
        self.base = QComboBox()
        self.base.addItem(self.tr("members rated at least “Tốt”"), QuotaBase.RATED_GOOD)
        self.base.addItem(self.tr("all active members"), QuotaBase.ALL_MEMBERS)
        self.base.setCurrentIndex(0 if rule.quota_base is QuotaBase.RATED_GOOD else 1)

        self.paths = QTableWidget(0, self.PATH_COLUMNS)
        self.paths.setHorizontalHeaderLabels(
            [
                self.tr("Path"),
                self.tr("Mean ≥"),
                self.tr("No month <"),
                self.tr("Initiatives"),
                self.tr("Prizes"),
                self.tr("Volunteer"),
                self.tr("Targets met"),
            ]
        )
        header = self.paths.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.paths.setWordWrap(False)
        self.paths.verticalHeader().hide()
        for path in rule.paths:
            self._add_path_row(path)
        add_path = QPushButton(self.tr("Add path"))
        add_path.clicked.connect(self._new_path)
        remove_path = QPushButton(self.tr("Remove path"))
        remove_path.clicked.connect(self._remove_path)

        c = rule.collective
        self.c_pledged = self._spin(c.min_pledged_pct, 0, 100, " %")
        self.c_assessed = self._spin(c.min_assessed_pct, 0, 100, " %")
        self.c_on_time = QSpinBox()
        self.c_on_time.setRange(0, 12)
        self.c_on_time.setValue(c.min_on_time_months)
        self.c_campaigns = self._spin(c.min_campaign_pct, 0, 100, " %")
        self.c_initiatives = self._spin(c.min_initiatives_per_member, 0, 10, "")

        self.quotas = QTableWidget(0, 3)
        self.quotas.setHorizontalHeaderLabels(
            [self.tr("Unit"), self.tr("Code"), self.tr("Quota (blank: by the rule)")]
        )
        quota_header = self.quotas.horizontalHeader()
        quota_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        quota_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.quotas.verticalHeader().hide()
        own = ctx.units.own_unit()
        below = [u for u in ctx.units.find() if own and u.parent_code == own.code]
        for unit in below:
            row = self.quotas.rowCount()
            self.quotas.insertRow(row)
            name = QTableWidgetItem(unit.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            code = QTableWidgetItem(unit.code)
            code.setFlags(code.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.quotas.setItem(row, 0, name)
            self.quotas.setItem(row, 1, code)
            quota = round_.quotas.get(unit.code)
            self.quotas.setItem(row, 2, QTableWidgetItem("" if quota is None else str(quota)))

        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Form"), self.form)
        whom = QHBoxLayout()
        whom.addWidget(self.individuals)
        whom.addWidget(self.collectives)
        whom.addStretch()
        form.addRow(self.tr("Considers"), whom)
        form.addRow(self.tr("Nominations due by"), self.deadline)
        form.addRow(self.tr("Achievement on the certificate"), self.achievement)
        rule_box = QGroupBox(self.tr("Shortlist rule for individuals (any one path qualifies)"))
        rule_form = QFormLayout(rule_box)
        rule_form.addRow(self.tr("Assessed months at least"), self.min_months)
        rule_form.addRow(self.tr("Also required"), self.pledge)
        rule_form.addRow(self.paths)
        buttons = QHBoxLayout()
        buttons.addWidget(add_path)
        buttons.addWidget(remove_path)
        buttons.addStretch()
        rule_form.addRow(buttons)
        collective_box = QGroupBox(self.tr("Collectives: every threshold must hold"))
        c_form = QFormLayout(collective_box)
        c_form.addRow(self.tr("Members pledged at least"), self.c_pledged)
        c_form.addRow(self.tr("Member-months assessed at least"), self.c_assessed)
        c_form.addRow(self.tr("Months sent on time at least"), self.c_on_time)
        c_form.addRow(self.tr("Campaign targets met at least"), self.c_campaigns)
        c_form.addRow(self.tr("Initiatives per member at least"), self.c_initiatives)
        quota_box = QGroupBox(self.tr("Quota per proposing unit"))
        q_form = QFormLayout(quota_box)
        q_form.addRow(self.tr("Share"), self.share)
        q_form.addRow(self.tr("Of"), self.base)
        q_form.addRow(self.tr("At least"), self.minimum)
        q_form.addRow(self.quotas)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(rule_box, 1)
        right = QVBoxLayout()
        right.addWidget(collective_box)
        right.addWidget(quota_box, 1)
        columns.addLayout(left, 5)
        columns.addLayout(right, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.save_form))
        self.resize(1300, 660)
        self.mark_clean()

    @staticmethod
    def _spin(value: float, low: float, high: float, suffix: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(2)
        spin.setSuffix(suffix)
        spin.setValue(value)
        return spin

    def _add_path_row(self, path: RulePath) -> None:
        row = self.paths.rowCount()
        self.paths.insertRow(row)
        self.paths.setItem(row, 0, QTableWidgetItem(path.name))
        for column, value in enumerate(
            (
                path.min_mean,
                path.min_month,
                path.min_initiatives,
                path.min_prizes,
                path.min_volunteer,
                path.min_targets_met,
            ),
            start=1,
        ):
            self.paths.setItem(row, column, _number_item(value))

    def _new_path(self) -> None:
        self._add_path_row(RulePath(self.tr("New path")))
        self.paths.setCurrentCell(self.paths.rowCount() - 1, 0)

    def _remove_path(self) -> None:
        row = self.paths.currentRow()
        if row >= 0:
            self.paths.removeRow(row)

    def _cell(self, table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item else ""

    def built(self) -> CommendationRound:
        def number(text: str) -> float:
            return float(text.replace(",", ".") or 0)

        paths = []
        for row in range(self.paths.rowCount()):
            values = [self._cell(self.paths, row, c) for c in range(self.PATH_COLUMNS)]
            try:
                paths.append(
                    RulePath(
                        values[0],
                        number(values[1]),
                        number(values[2]),
                        int(number(values[3])),
                        int(number(values[4])),
                        int(number(values[5])),
                        int(number(values[6])),
                    )
                )
            except ValueError:
                paths.append(RulePath("", -1))  # refused by the rule check, with its message
        quotas = {}
        for row in range(self.quotas.rowCount()):
            text = self._cell(self.quotas, row, 2)
            if text:
                try:
                    quotas[self._cell(self.quotas, row, 1)] = int(text)
                except ValueError:
                    quotas[self._cell(self.quotas, row, 1)] = -1
        rule = CommendationRule(
            min_months=self.min_months.value(),
            require_pledge_approved=self.pledge.isChecked(),
            paths=tuple(paths),
            collective=CollectiveRule(
                self.c_pledged.value(),
                self.c_assessed.value(),
                self.c_on_time.value(),
                self.c_campaigns.value(),
                self.c_initiatives.value(),
            ),
            quota_share=self.share.value() / 100,
            quota_minimum=self.minimum.value(),
            quota_base=QuotaBase(self.base.currentData()),
        )
        return replace(
            self.round,
            name=self.name.text(),
            year=self.year.value(),
            form=CommendationForm(self.form.currentData()),
            individuals=self.individuals.isChecked(),
            collectives=self.collectives.isChecked(),
            deadline=_iso(self.deadline),
            achievement=self.achievement.text(),
            rule=rule,
            quotas=quotas,
        )

    def save_form(self) -> None:
        saved = self.error.attempt(lambda: self.ctx.commendations.save_round(self.built()))
        if saved is not None:
            self.result_round = saved
            self.accept()

    @classmethod
    def ask(
        cls, ctx: AppContext, round_: CommendationRound, parent=None
    ) -> CommendationRound | None:
        dialog = cls(ctx, round_, parent)
        return dialog.result_round if dialog.exec() == QDialog.DialogCode.Accepted else None


class NominationDialog(FormDialog):
    """A nomination's summary, field, review meeting and votes, and the over-quota note."""

    def __init__(self, ctx: AppContext, nomination: Nomination, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.nomination = nomination
        self.result_nomination: Nomination | None = None
        self.setWindowTitle(self.tr("Nomination: {name}").format(name=nomination.nominee_name))
        figures = nomination.figures
        facts = QLabel(
            self.tr(
                "Figures when nominated — mean {mean}, {months} months assessed, "
                "{initiatives} initiatives, {activities} activities, targets met {met}/{targets}."
            ).format(
                mean=figures.get("mean", "—"),
                months=figures.get("months_assessed", "—"),
                initiatives=figures.get("initiatives", "—"),
                activities=figures.get("activities", "—"),
                met=figures.get("targets_met", "—"),
                targets=figures.get("targets", "—"),
            )
            if nomination.nominee_kind is RecipientKind.INDIVIDUAL
            else self.tr(
                "Figures when nominated — {members} members, {pledged}% pledged, {assessed}% "
                "assessed, {on_time} months on time, {initiatives} initiatives."
            ).format(
                members=figures.get("members", "—"),
                pledged=figures.get("pledged_pct", "—"),
                assessed=figures.get("assessed_pct", "—"),
                on_time=figures.get("on_time_months", "—"),
                initiatives=figures.get("initiatives", "—"),
            )
        )
        facts.setWordWrap(True)
        self.position_unit = QLineEdit(nomination.position_unit)
        self.field = QLineEdit(nomination.field)
        self.summary = QPlainTextEdit(nomination.summary)
        self.summary.setTabChangesFocus(True)
        self.counter = QLabel()
        self.summary.textChanged.connect(self._count)
        self.meeting = DateLineEdit()
        _set_iso(self.meeting, nomination.meeting_date)
        self.votes_for = QSpinBox()
        self.votes_present = QSpinBox()
        for spin in (self.votes_for, self.votes_present):
            spin.setRange(-1, 500)
            spin.setSpecialValueText(self.tr("not entered"))
        self.votes_for.setValue(-1 if nomination.votes_for is None else nomination.votes_for)
        self.votes_present.setValue(
            -1 if nomination.votes_present is None else nomination.votes_present
        )
        self.note = QLineEdit(nomination.over_quota_note)
        self.note.setPlaceholderText(self.tr("Needed only when the unit goes over its quota"))
        if nomination.review_reason:
            reason = QLabel(
                self.tr("Returned by the level above: {reason}").format(
                    reason=nomination.review_reason
                )
            )
            reason.setWordWrap(True)
            reason.setStyleSheet("color: #B22222;")
        else:
            reason = None
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(facts)
        if reason is not None:
            form.addRow(reason)
        form.addRow(self.tr("Position and unit"), self.position_unit)
        form.addRow(self.tr("Field"), self.field)
        form.addRow(self.tr("Summary of achievements"), self.summary)
        form.addRow("", self.counter)
        form.addRow(self.tr("Review meeting on"), self.meeting)
        votes = QHBoxLayout()
        votes.addWidget(self.votes_for)
        votes.addWidget(QLabel(self.tr("for, of")))
        votes.addWidget(self.votes_present)
        votes.addWidget(QLabel(self.tr("present")))
        votes.addStretch()
        form.addRow(self.tr("Votes"), votes)
        form.addRow(self.tr("Over-quota note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.save_form))
        self.resize(720, 520)
        self._count()
        self.mark_clean()

    def _count(self) -> None:
        length = len(self.summary.toPlainText())
        self.counter.setText(
            self.tr("{length} of {limit} characters").format(length=length, limit=MAX_SUMMARY)
        )

    def built(self) -> Nomination:
        votes_for = self.votes_for.value()
        present = self.votes_present.value()
        return replace(
            self.nomination,
            position_unit=self.position_unit.text(),
            field=self.field.text(),
            summary=self.summary.toPlainText(),
            meeting_date=_iso(self.meeting),
            votes_for=None if votes_for < 0 else votes_for,
            votes_present=None if present < 0 else present,
            over_quota_note=self.note.text(),
        )

    def save_form(self) -> None:
        saved = self.error.attempt(lambda: self.ctx.commendations.save_nomination(self.built()))
        if saved is not None:
            self.result_nomination = saved
            self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, nomination: Nomination, parent=None) -> Nomination | None:
        dialog = cls(ctx, nomination, parent)
        return dialog.result_nomination if dialog.exec() == QDialog.DialogCode.Accepted else None


class ReasonDialog(QDialog):
    """One reason, required (returning a nomination, annulling a decision)."""

    def __init__(self, title: str, label: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        layout = QVBoxLayout(self)
        caption = QLabel(label)
        caption.setWordWrap(True)
        layout.addWidget(caption)
        layout.addWidget(self.text)
        layout.addWidget(
            _buttons(self, self._done, QCoreApplication.translate("CommendationDialogs", "OK"))
        )
        self.resize(520, 240)

    def _done(self) -> None:
        if self.text.toPlainText().strip():
            self.accept()

    @classmethod
    def ask(cls, title: str, label: str, parent=None) -> str | None:
        dialog = cls(title, label, parent)
        return dialog.text.toPlainText() if dialog.exec() == QDialog.DialogCode.Accepted else None


class DecisionDialog(FormDialog):
    """A draft decision: number, date, signer, trích yếu, Nơi nhận, and its recipients."""

    def __init__(self, ctx: AppContext, decision: Decision, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.decision = decision
        self.result_decision: Decision | None = None
        self.setWindowTitle(self.tr("Commendation decision"))
        self.number = QSpinBox()
        self.number.setRange(0, 99999)
        self.number.setSpecialValueText(self.tr("not numbered yet"))
        self.number.setValue(decision.number or 0)
        self.date = DateLineEdit()
        _set_iso(self.date, decision.decision_date)
        self.signer_name = QLineEdit(decision.signer_name)
        self.signer_title = QLineEdit(decision.signer_title)
        self.title = QPlainTextEdit(decision.title)
        self.title.setTabChangesFocus(True)
        self.title.setFixedHeight(60)
        self.reward = QLineEdit(decision.reward_text)
        self.reward.setPlaceholderText(self.tr("Optional article on the reward"))
        self.recipients_line = QPlainTextEdit(decision.recipients_line)
        self.recipients_line.setTabChangesFocus(True)
        self.recipients_line.setFixedHeight(60)
        self.awards = QTableWidget(len(decision.awards), 3)
        self.awards.setHorizontalHeaderLabels(
            [self.tr("Name / collective"), self.tr("Position and unit"), self.tr("Achievement")]
        )
        self.awards.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.awards.setColumnWidth(0, 220)
        self.awards.setColumnWidth(1, 260)
        for row, award in enumerate(decision.awards):
            for column, text in enumerate(
                (award.recipient_name, award.position_unit, award.achievement)
            ):
                self.awards.setItem(row, column, QTableWidgetItem(text))
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Number"), self.number)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Signer"), self.signer_name)
        form.addRow(self.tr("Signer's title"), self.signer_title)
        form.addRow(self.tr("Subject (trích yếu)"), self.title)
        form.addRow(self.tr("Reward"), self.reward)
        form.addRow(self.tr("Recipients (Nơi nhận)"), self.recipients_line)
        form.addRow(QLabel(self.tr("Annex, in this order:")))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.awards, 1)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.save_form))
        self.resize(1000, 640)
        self.mark_clean()

    def built(self) -> Decision:
        awards = []
        for row, award in enumerate(self.decision.awards):
            cells = [self.awards.item(row, c) for c in range(3)]
            name, position, achievement = (c.text() if c else "" for c in cells)
            awards.append(
                replace(award, recipient_name=name, position_unit=position, achievement=achievement)
            )
        return replace(
            self.decision,
            number=self.number.value() or None,
            decision_date=_iso(self.date),
            signer_name=self.signer_name.text(),
            signer_title=self.signer_title.text(),
            title=self.title.toPlainText(),
            reward_text=self.reward.text(),
            recipients_line=self.recipients_line.toPlainText(),
            awards=awards,
        )

    def save_form(self) -> None:
        saved = self.error.attempt(lambda: self.ctx.commendations.save_decision(self.built()))
        if saved is not None:
            self.result_decision = saved
            self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, decision: Decision, parent=None) -> Decision | None:
        dialog = cls(ctx, decision, parent)
        return dialog.result_decision if dialog.exec() == QDialog.DialogCode.Accepted else None


class ExternalAwardDialog(FormDialog):
    """An award a member or this unit received from another level, for the register."""

    def __init__(self, ctx: AppContext, year: int, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = year
        self.result_award: Award | None = None
        self.setWindowTitle(self.tr("Award from another level"))
        self.member = QComboBox()
        self.member.addItem(self.tr("— this unit (a collective award) —"), None)
        for member in ctx.members.find():
            self.member.addItem(member.full_name, member.id)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("The unit's name, for a collective award"))
        self.issuer = QLineEdit()
        self.issuer.setPlaceholderText(self.tr("e.g. Tỉnh đoàn Quảng Ngãi"))
        self.form = QComboBox()
        for form in (CommendationForm.MERIT, CommendationForm.CERTIFICATE):
            self.form.addItem(FORM_LABELS[form], form)
        self.number = QLineEdit()
        self.number.setPlaceholderText("45-QĐ/TĐTN")
        self.date = DateLineEdit()
        self.register = QLineEdit()
        self.achievement = QLineEdit()
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Member"), self.member)
        form.addRow(self.tr("Collective's name"), self.name)
        form.addRow(self.tr("Awarded by"), self.issuer)
        form.addRow(self.tr("Form"), self.form)
        form.addRow(self.tr("Decision number"), self.number)
        form.addRow(self.tr("Decision date"), self.date)
        form.addRow(self.tr("Register number"), self.register)
        form.addRow(self.tr("Achievement"), self.achievement)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.save_form))
        self.resize(600, 380)
        self.mark_clean()

    def built(self) -> Award:
        member_id = self.member.currentData()
        own = self.ctx.units.own_unit()
        return Award(
            year=self.year,
            recipient_kind=RecipientKind.INDIVIDUAL if member_id else RecipientKind.COLLECTIVE,
            recipient_name=self.member.currentText() if member_id else self.name.text(),
            member_id=member_id,
            recipient_unit_code=own.code if own else "",
            achievement=self.achievement.text(),
            form=CommendationForm(self.form.currentData()),
            register_text=self.register.text(),
            decision_number=self.number.text(),
            decision_date=_iso(self.date),
            issuer_name=self.issuer.text(),
            source=AwardSource.EXTERNAL,
        )

    def save_form(self) -> None:
        try:
            award = self.built()
        except AppError as error:
            self.error.show_message(str(error))
            return
        saved = self.error.attempt(lambda: self.ctx.commendations.add_external_award(award))
        if saved is not None:
            self.result_award = saved
            self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, year: int, parent=None) -> Award | None:
        dialog = cls(ctx, year, parent)
        return dialog.result_award if dialog.exec() == QDialog.DialogCode.Accepted else None


def award_line(award: Award) -> str:
    """ "45-QĐ/HĐTN, 20/12/2026" for a history list."""
    when = format_date(date.fromisoformat(award.decision_date)) if award.decision_date else ""
    return ", ".join(p for p in (award.decision_number, when) if p)


__all__ = [
    "DecisionDialog",
    "ExternalAwardDialog",
    "NominationDialog",
    "ReasonDialog",
    "RoundDialog",
    "award_line",
]
