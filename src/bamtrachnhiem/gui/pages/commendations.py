"""Khen thưởng: rounds, the shortlist with its evidence, nominations and votes, reviews,
decisions, the register with each member's history, certificates and their verification.

The same page serves every level: a branch sees the rounds sent from above and nominates;
the level that opened a round reviews what came up, issues the decision and prints.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.documents.model import Document
from bamtrachnhiem.domain.certificates import PrintMode
from bamtrachnhiem.domain.changes import Changes
from bamtrachnhiem.domain.commendations import (
    FORM_LABELS,
    Award,
    CommendationRound,
    Decision,
    DecisionState,
    MemberEvidence,
    Nomination,
    NominationState,
    RecipientKind,
    Refusal,
    ReviewVerdict,
    RoundState,
    ShortlistEntry,
    UnitEvidence,
    VerifyStatus,
)
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.errors import AppError, ValidationError
from bamtrachnhiem.domain.numbers import format_quantity
from bamtrachnhiem.gui import file_dialogs, message_boxes, printing
from bamtrachnhiem.gui.dialogs.commendation_dialogs import (
    DecisionDialog,
    ExternalAwardDialog,
    NominationDialog,
    ReasonDialog,
    RoundDialog,
)
from bamtrachnhiem.gui.dialogs.template_editor import TemplateEditor
from bamtrachnhiem.gui.models.commendation_tables import RowsModel
from bamtrachnhiem.gui.pages.base import Page
from bamtrachnhiem.gui.tasks import run_task

KINDS = (
    "commendation_rounds",
    "commendations",
    "nomination_reviews",
    "commendation_decisions",
    "awards",
    "certificate_templates",
    "certificate_prints",
    "members",
    "units",
    "settings",
)


def state_label(state: NominationState) -> str:
    return {
        NominationState.DRAFT: QCoreApplication.translate("CommendationsPage", "Draft"),
        NominationState.SENT: QCoreApplication.translate("CommendationsPage", "Sent"),
        NominationState.RETURNED: QCoreApplication.translate("CommendationsPage", "Returned"),
        NominationState.APPROVED: QCoreApplication.translate("CommendationsPage", "Approved"),
        NominationState.COMMENDED: QCoreApplication.translate("CommendationsPage", "Commended"),
        NominationState.NOT_COMMENDED: QCoreApplication.translate(
            "CommendationsPage", "Not commended"
        ),
    }[state]


def decision_state_label(state: DecisionState) -> str:
    return {
        DecisionState.DRAFT: QCoreApplication.translate("CommendationsPage", "Draft"),
        DecisionState.ISSUED: QCoreApplication.translate("CommendationsPage", "Issued"),
        DecisionState.ANNULLED: QCoreApplication.translate("CommendationsPage", "Annulled"),
    }[state]


def kind_label(kind: RecipientKind) -> str:
    return (
        QCoreApplication.translate("CommendationsPage", "Individual")
        if kind is RecipientKind.INDIVIDUAL
        else QCoreApplication.translate("CommendationsPage", "Collective")
    )


def _date(value: str | None) -> str:
    return format_date(date.fromisoformat(value)) if value else ""


def _shortfall_text(entry: ShortlistEntry) -> str:
    if entry.refusal is Refusal.INACTIVE:
        return QCoreApplication.translate("CommendationsPage", "Refused: no longer active")
    if entry.refusal is Refusal.VETO:
        return QCoreApplication.translate("CommendationsPage", "Refused: a month with a veto")
    if entry.paths:
        return "; ".join(entry.paths)
    words = {
        "months": QCoreApplication.translate("CommendationsPage", "too few months assessed"),
        "pledge": QCoreApplication.translate("CommendationsPage", "pledge not approved"),
        "paths": QCoreApplication.translate("CommendationsPage", "no path met"),
        "pledged": QCoreApplication.translate("CommendationsPage", "pledged % too low"),
        "assessed": QCoreApplication.translate("CommendationsPage", "assessed % too low"),
        "on_time": QCoreApplication.translate("CommendationsPage", "too few packets on time"),
        "campaigns": QCoreApplication.translate("CommendationsPage", "campaign targets not met"),
        "initiatives": QCoreApplication.translate("CommendationsPage", "too few initiatives"),
        "members": QCoreApplication.translate("CommendationsPage", "no members"),
    }
    return QCoreApplication.translate("CommendationsPage", "Not shortlisted: {why}").format(
        why=", ".join(words.get(code, code) for code in entry.shortfalls)
    )


class _Table(QTableView):
    """A table of the page that remembers the widths it was given, the least share each
    column gets on paper (a stretched column, or one on a tab not yet shown, has no width
    of its own to go by)."""

    def __init__(self, widths: Sequence[int]) -> None:
        super().__init__()
        self.declared_widths = tuple(widths)

    def print_widths(self) -> list[int]:
        declared = self.declared_widths
        return [
            max(self.columnWidth(c), declared[c] if c < len(declared) else 120)
            for c in range(self.model().columnCount())
        ]


def _table(model: RowsModel, widths: Sequence[int] = (), stretch: int | None = None) -> _Table:
    """A table of ``model`` with its columns ``widths`` pixels wide; the ``stretch`` column
    (default: the last) takes the room left, so at 1366×768 every column is in view."""
    table = _Table(widths)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _selected(table: QTableView) -> list[Any]:
    model = table.model()
    assert isinstance(model, RowsModel)
    rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
    return [model.row_at(r) for r in rows]


class CommendationsPage(Page):
    """The Khen thưởng page: one tab per step of the year's commendations."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.unit_names: dict[str, str] = {}
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.years.current_year())
        self.year.setPrefix(self.tr("Year "))
        self.round_choice = QComboBox()
        # A long round name is elided in the box rather than pushing the row off the window.
        self.round_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.round_choice.setMinimumContentsLength(30)
        self.quota = QLabel()
        self.quota.setContentsMargins(12, 0, 6, 0)
        self.quota.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.tabs = QTabWidget()
        self._build_rounds_tab()
        self._build_shortlist_tab()
        self._build_nominations_tab()
        self._build_decisions_tab()
        self._build_register_tab()
        self._build_certificates_tab()
        title = QLabel(self.tr("Commendations"))
        title.setObjectName("pageTitle")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(24)
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("Round:")))
        top.addWidget(self.round_choice, 1)
        # The quota sits at the right of the tabs, where the row has room to spare.
        self.tabs.setCornerWidget(self.quota, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.year.valueChanged.connect(self.mark_stale)
        self.round_choice.currentIndexChanged.connect(self._round_changed)
        self.tabs.currentChanged.connect(self._tab_changed)
        # Keyboard: Ctrl+1…6 reach the tabs; each tab's buttons have mnemonics.
        for i in range(self.tabs.count()):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda i=i: self.tabs.setCurrentIndex(i))
        self.rounds: list[CommendationRound] = []

    # --- following the data ---------------------------------------------------------------

    def on_data_changed(self, changes: Changes) -> None:
        if changes.touches(*KINDS):
            self.mark_stale()

    def refresh(self) -> None:
        year = self.year.value()
        self.own = self.ctx.units.own_unit()
        self.unit_names = {u.code: u.name for u in self.ctx.units.find()}
        self.rounds = self.ctx.commendations.rounds(year)
        current = self.round_choice.currentData()
        self.round_choice.blockSignals(True)
        self.round_choice.clear()
        for r in self.rounds:
            self.round_choice.addItem(f"{r.name} ({FORM_LABELS[r.form]}, {r.unit_code})", r.id)
        at = self.round_choice.findData(current)
        self.round_choice.setCurrentIndex(max(at, 0))
        self.round_choice.blockSignals(False)
        self.rounds_model.set_rows(self.rounds)
        self._load_round()
        self.decisions_model.set_rows(self.ctx.commendations.decisions(year))
        self._load_register()
        self._load_certificates()
        self._update_buttons()

    def _round(self) -> CommendationRound | None:
        round_id = self.round_choice.currentData()
        return next((r for r in self.rounds if r.id == round_id), None)

    def _round_changed(self) -> None:
        self._load_round()
        self._update_buttons()

    def _tab_changed(self) -> None:
        self._update_buttons()

    def _own_round(self) -> bool:
        r = self._round()
        return r is not None and self.own is not None and r.unit_code == self.own.code

    def _load_round(self) -> None:
        r = self._round()
        self.round_choice.setToolTip(self.round_choice.currentText())
        if r is None:
            self.shortlist_model.set_rows([])
            self.nominations_model.set_rows([])
            self.quota.setText("")
            self.quota_use.setText(self.tr("Open a round, or import the one sent from above."))
            return
        try:
            self.shortlist_model.set_rows(self.ctx.commendations.shortlist(r.id))
        except AppError as error:
            self.shortlist_model.set_rows([])
            message_boxes.show_error(self, error)
        self.nominations_model.set_rows(self.ctx.commendations.nominations(round_id=r.id))
        quota, count = self.ctx.commendations.over_quota(r.id)
        self.quota.setText(
            self.tr("This unit: {count} nominated of a quota of {quota}").format(
                count=count, quota=quota
            )
        )
        self.quota.setStyleSheet("color: #B22222;" if count > quota else "")
        self.quota_use.setToolTip("")
        if self._own_round():
            self._show_quota_use(self.ctx.commendations.quota_use(r.id))
        else:
            self.quota_use.setText(
                self.tr("Round of {unit}; nominations are sent with the next data packet.").format(
                    unit=r.unit_code
                )
            )

    def _show_quota_use(self, use: list[dict[str, Any]]) -> None:
        """One line however many units: the totals and the units over their quota; each
        unit's figures in the tooltip."""
        text = self.tr("Quota use: {count} units have proposed {used} of {quota}.").format(
            count=len(use),
            used=sum(u["used"] for u in use),
            quota=sum(u["quota"] for u in use),
        )
        over = [f"{u['name']} {u['used']}/{u['quota']}" for u in use if u["used"] > u["quota"]]
        if over:
            text += " " + self.tr("Over their quota: {units}.").format(units="; ".join(over))
        self.quota_use.setText(text)
        self.quota_use.setToolTip("\n".join(f"{u['name']}: {u['used']}/{u['quota']}" for u in use))

    # --- the tabs -------------------------------------------------------------------------

    def _buttons(self, *buttons: QPushButton, trailing: Sequence[QPushButton] = ()) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch()
        for button in trailing:
            row.addWidget(button)
        return row

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    def _table_print_button(self, build: Callable[[], Document], file_stem: str) -> QToolButton:
        """The "Print table" button: the table as shown, as a paper of the Đoàn layout
        (preview, print at 100 %, PDF, Excel). ``build`` is a method of the page: the
        printer holds it weakly."""
        printer = printing.DocumentPrinter(self, self.ctx, build, file_stem)
        button = printing.print_menu_button(printer, self)
        button.setText(self.tr("Print table"))
        return button

    def _build_rounds_tab(self) -> None:
        self.rounds_model = RowsModel(
            lambda: [
                self.tr("Round"),
                self.tr("Year"),
                self.tr("Form"),
                self.tr("Considers"),
                self.tr("Opened by"),
                self.tr("Due"),
                self.tr("State"),
                self.tr("Paths of the rule"),
            ],
            lambda r: [
                r.name,
                r.year,
                FORM_LABELS[r.form],
                ", ".join(
                    t
                    for t, on in (
                        (self.tr("individuals"), r.individuals),
                        (self.tr("collectives"), r.collectives),
                    )
                    if on
                ),
                r.unit_code,
                _date(r.deadline),
                self.tr("Open") if r.state is RoundState.OPEN else self.tr("Closed"),
                " | ".join(p.name for p in r.rule.paths),
            ],
            self,
        )
        self.rounds_table = _table(self.rounds_model, (250, 55, 100, 125, 100, 85, 80))
        self.rounds_table.activated.connect(self.edit_round)
        self.new_round_button = self._button(self.tr("&New round…"), self.new_round)
        self.edit_round_button = self._button(self.tr("&Edit…"), self.edit_round)
        self.close_round_button = self._button(self.tr("C&lose round"), self.close_round)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        note = QLabel(
            self.tr(
                "A round opened here goes down to the units below with their next "
                "configuration packet; a round from above arrives the same way."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.rounds_table, 1)
        layout.addLayout(
            self._buttons(
                self.new_round_button,
                self.edit_round_button,
                self.close_round_button,
                trailing=[
                    self._table_print_button(self._rounds_table, "Danh sách đợt xét khen thưởng")
                ],
            )
        )
        self.tabs.addTab(tab, self.tr("Rounds"))

    def _build_shortlist_tab(self) -> None:
        def cells(e: ShortlistEntry) -> list[object]:
            ev = e.evidence
            if isinstance(ev, MemberEvidence):
                return [
                    ev.name,
                    _shortfall_text(e),
                    kind_label(e.kind),
                    ev.mean if ev.mean is not None else "",
                    ev.band,
                    ev.months_assessed,
                    {"approved": self.tr("approved"), "submitted": self.tr("submitted"),
                     "draft": self.tr("draft")}.get(ev.pledge_state, self.tr("none")),
                    f"{ev.targets_met}/{ev.targets}",
                    ev.initiatives,
                    f"{ev.activities} ({ev.volunteer})",
                    "; ".join(ev.prizes),
                    e.nominated,
                ]  # fmt: skip
            assert isinstance(ev, UnitEvidence)
            return [
                ev.name,
                _shortfall_text(e),
                kind_label(e.kind),
                "",
                self.tr("{p}% pledged").format(p=format_quantity(round(ev.pledged_pct, 1))),
                self.tr("{p}%").format(p=format_quantity(round(ev.assessed_pct, 1))),
                self.tr("{n} on time").format(n=ev.on_time_months),
                f"{ev.targets_met}/{ev.targets}",
                ev.initiatives,
                "",
                "",
                e.nominated,
            ]

        self.shortlist_model = RowsModel(
            lambda: [
                self.tr("Name / collective"),
                self.tr("By the rule"),
                self.tr("Kind"),
                self.tr("Year mean"),
                self.tr("Band"),
                self.tr("Months"),
                self.tr("Pledge"),
                self.tr("Targets met"),
                self.tr("Initiatives"),
                self.tr("Activities (volunteer)"),
                self.tr("Prizes"),
                self.tr("Nominated"),
            ],
            cells,
            self,
            tint=lambda e: None if e.proposed else "#707070",
        )
        self.shortlist_table = _table(
            self.shortlist_model, (180, 230, 70, 100, 105, 65, 75, 90, 75, 175, 160)
        )
        self.nominate_button = self._button(self.tr("&Nominate selected"), self.nominate)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        note = QLabel(
            self.tr(
                "Shortlisted first: those meeting any path of the round's rule. Grey rows do "
                "not meet it; inactive or vetoed members cannot be nominated."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.shortlist_table, 1)
        layout.addLayout(
            self._buttons(
                self.nominate_button,
                trailing=[self._table_print_button(self._shortlist_table, "Danh sách xét chọn")],
            )
        )
        self.tabs.addTab(tab, self.tr("Shortlist"))

    def _build_nominations_tab(self) -> None:
        self.nominations_model = RowsModel(
            lambda: [
                self.tr("Proposed by"),
                self.tr("Name / collective"),
                self.tr("Kind"),
                self.tr("Position and unit"),
                self.tr("Votes"),
                self.tr("State"),
                self.tr("Reason"),
                self.tr("Summary"),
            ],
            lambda n: [
                self.unit_names.get(n.unit_code, n.unit_code),
                n.nominee_name,
                kind_label(n.nominee_kind),
                n.position_unit,
                n.votes_text,
                state_label(n.state),
                n.review_reason,
                n.summary,
            ],
            self,
            tint=lambda n: "#B22222" if n.state is NominationState.RETURNED else None,
            tooltip=lambda n: n.summary,
        )
        self.nominations_table = _table(self.nominations_model, (160, 150, 65, 160, 65, 125, 120))
        self.nominations_table.activated.connect(self.edit_nomination)
        self.edit_nomination_button = self._button(self.tr("&Edit, votes…"), self.edit_nomination)
        self.send_button = self._button(self.tr("&Send up"), self.send)
        self.delete_nomination_button = self._button(self.tr("&Delete"), self.delete_nomination)
        self.approve_button = self._button(self.tr("&Approve"), self.approve)
        self.return_button = self._button(self.tr("&Return…"), self.return_nominations)
        self.reject_button = self._button(self.tr("N&ot commended…"), self.not_commended)
        self.quota_use = QLabel()
        self.quota_use.setWordWrap(True)
        self.list_printer = printing.DocumentPrinter(
            self, self.ctx, self._nomination_list_document, "Danh sách đề nghị khen thưởng"
        )
        self.letter_printer = printing.DocumentPrinter(
            self, self.ctx, self._proposal_letter_document, "Tờ trình đề nghị khen thưởng"
        )
        self.minutes_printer = printing.DocumentPrinter(
            self, self.ctx, self._minutes_document, "Biên bản họp xét khen thưởng"
        )
        papers = QHBoxLayout()
        for label, printer in (
            (self.tr("Nomination list"), self.list_printer),
            (self.tr("Proposal letter"), self.letter_printer),
            (self.tr("Meeting minutes"), self.minutes_printer),
        ):
            button = printing.print_menu_button(printer, self)
            button.setText(label)
            papers.addWidget(button)
        papers.addStretch()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.quota_use)
        layout.addLayout(papers)
        layout.addWidget(self.nominations_table, 1)
        layout.addLayout(
            self._buttons(
                self.edit_nomination_button,
                self.send_button,
                self.delete_nomination_button,
                trailing=[
                    self.approve_button,
                    self.return_button,
                    self.reject_button,
                    self._table_print_button(self._nominations_table, "Bảng đề nghị"),
                ],
            )
        )
        self.tabs.addTab(tab, self.tr("Nominations"))

    def _build_decisions_tab(self) -> None:
        self.decisions_model = RowsModel(
            lambda: [
                self.tr("Number"),
                self.tr("Date"),
                self.tr("State"),
                self.tr("Collectives"),
                self.tr("Individuals"),
                self.tr("Signer"),
                self.tr("Subject"),
                self.tr("Annulled because"),
            ],
            lambda d: [
                d.number_text,
                _date(d.decision_date),
                decision_state_label(d.state),
                d.collectives,
                d.individuals,
                d.signer_name,
                d.title,
                d.annul_reason,
            ],
            self,
            tint=lambda d: "#707070" if d.state is DecisionState.ANNULLED else None,
        )
        self.decisions_table = _table(
            self.decisions_model, (120, 90, 100, 70, 70, 160, 300, 180), stretch=6
        )
        self.decisions_table.activated.connect(self.edit_decision)
        self.new_decision_button = self._button(
            self.tr("New decision from the &approved…"), self.new_decision
        )
        self.edit_decision_button = self._button(self.tr("&Edit…"), self.edit_decision)
        self.issue_button = self._button(self.tr("&Issue"), self.issue)
        self.annul_button = self._button(self.tr("A&nnul…"), self.annul)
        self.delete_decision_button = self._button(self.tr("&Delete draft"), self.delete_decision)
        self.decision_printer = printing.DocumentPrinter(
            self, self.ctx, self._decision_document, self._decision_stem
        )
        self.decision_print_button = printing.print_menu_button(self.decision_printer, self)
        self.decision_print_button.setText(self.tr("The decision with its annex"))
        tab = QWidget()
        layout = QVBoxLayout(tab)
        note = QLabel(
            self.tr(
                "Issuing gives every recipient the next register number (no gaps) and a "
                "verification code. An issued decision is never deleted: annul it, with a reason."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.decisions_table, 1)
        layout.addLayout(
            self._buttons(
                self.new_decision_button,
                self.edit_decision_button,
                self.issue_button,
                trailing=[
                    self.decision_print_button,
                    self.annul_button,
                    self.delete_decision_button,
                    self._table_print_button(self._decisions_table, "Danh sách quyết định"),
                ],
            )
        )
        self.tabs.addTab(tab, self.tr("Decisions"))

    def _build_register_tab(self) -> None:
        self.register_model = RowsModel(
            lambda: [
                self.tr("Year"),
                self.tr("Register no."),
                self.tr("Name / collective"),
                self.tr("Kind"),
                self.tr("Position and unit"),
                self.tr("Form"),
                self.tr("Decision"),
                self.tr("Date"),
                self.tr("Awarded by"),
                self.tr("Code"),
                self.tr("State"),
            ],
            lambda a: [
                a.year,
                a.register_text,
                a.recipient_name,
                kind_label(a.recipient_kind),
                a.position_unit,
                FORM_LABELS[a.form],
                a.decision_number,
                _date(a.decision_date),
                a.issuer_name,
                a.code,
                decision_state_label(a.state) if a.state is DecisionState.ANNULLED else "",
            ],
            self,
            tint=lambda a: "#707070" if a.state is DecisionState.ANNULLED else None,
        )
        self.register_table = _table(
            self.register_model, (50, 75, 145, 65, 200, 75, 100, 80, 115, 110, 75), stretch=4
        )
        self.register_table.activated.connect(self.show_history)
        self.register_filter = QLineEdit()
        self.register_filter.setPlaceholderText(
            self.tr("Find a member or unit: their awards across every year")
        )
        self.register_filter.textChanged.connect(self._load_register)
        self.all_years = QRadioButton(self.tr("All years"))
        self.this_year = QRadioButton(self.tr("The chosen year"))
        self.all_years.setChecked(True)
        self.all_years.toggled.connect(self._load_register)
        self.external_button = self._button(
            self.tr("Add an award from another &level…"), self.add_external
        )
        self.export_button = self._button(self.tr("E&xport .xlsx…"), self.export_book)
        self.register_printer = printing.DocumentPrinter(
            self, self.ctx, self._register_document, "Sổ khen thưởng"
        )
        self.register_print_button = printing.print_menu_button(self.register_printer, self)
        self.register_print_button.setText(self.tr("The register"))
        tab = QWidget()
        layout = QVBoxLayout(tab)
        filters = QHBoxLayout()
        filters.addWidget(self.register_filter, 1)
        filters.addWidget(self.all_years)
        filters.addWidget(self.this_year)
        layout.addLayout(filters)
        layout.addWidget(self.register_table, 1)
        layout.addLayout(
            self._buttons(
                self.external_button,
                trailing=[
                    self.register_print_button,
                    self.export_button,
                    self._table_print_button(self._register_table, "Bảng khen thưởng"),
                ],
            )
        )
        self.tabs.addTab(tab, self.tr("Register"))

    def _build_certificates_tab(self) -> None:
        self.cert_decision = QComboBox()
        self.cert_decision.setMinimumWidth(300)
        self.cert_template = QComboBox()
        self.blank_paper = QRadioButton(self.tr("Blank paper (full design)"))
        self.stock = QRadioButton(self.tr("Pre-printed stock (only the variable fields)"))
        self.blank_paper.setChecked(True)
        self.print_button = self._button(
            self.tr("&Preview and print…"), self.print_all_certificates
        )
        self.save_pdf_button = self._button(self.tr("&Save as PDF…"), self.save_certificates)
        self.reprint_button = self._button(
            self.tr("&Reprint the selected…"), self.reprint_certificates
        )
        self.calibrate_button = self._button(self.tr("&Calibration page…"), self.calibrate)
        self.template_button = self._button(self.tr("Edit &template…"), self.edit_template)
        self.recipients_model = RowsModel(
            lambda: [
                self.tr("Register no."),
                self.tr("Name / collective"),
                self.tr("Position and unit"),
                self.tr("Code"),
            ],
            lambda a: [a.register_text, a.recipient_name, a.position_unit, a.code],
            self,
        )
        self.recipients_table = _table(self.recipients_model, (90, 240, 320))
        self.cert_decision.currentIndexChanged.connect(self._load_recipients)
        self.log_model = RowsModel(
            lambda: [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Template"),
                self.tr("Mode"),
                self.tr("Register numbers"),
                self.tr("File"),
            ],
            lambda e: [
                e["at"][:16].replace("T", " "),
                e["who"],
                e["template"],
                self.tr("blank paper") if e["mode"] == "full" else self.tr("stock"),
                ", ".join(e["registers"]),
                e["file_name"],
            ],
            self,
        )
        self.log_table = _table(self.log_model, (130, 140, 200, 90, 260))
        self.verify_input = QLineEdit()
        self.verify_input.setPlaceholderText(
            self.tr("Code on a certificate (ABCDE-FGHJK), or the text of its QR code")
        )
        self.verify_input.returnPressed.connect(self.verify)
        self.verify_button = self._button(self.tr("&Verify"), self.verify)
        self.verify_result = QLabel()
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        tab = QWidget()
        layout = QVBoxLayout(tab)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Decision:")))
        choose.addWidget(self.cert_decision, 1)
        choose.addWidget(QLabel(self.tr("Template:")))
        choose.addWidget(self.cert_template, 1)
        choose.addWidget(self.template_button)
        layout.addLayout(choose)
        mode = QHBoxLayout()
        mode.addWidget(self.blank_paper)
        mode.addWidget(self.stock)
        mode.addStretch()
        layout.addLayout(mode)
        layout.addWidget(self.recipients_table, 2)
        layout.addLayout(
            self._buttons(
                self.print_button,
                self.save_pdf_button,
                self.reprint_button,
                trailing=[self.calibrate_button],
            )
        )
        layout.addWidget(QLabel(self.tr("Print log")))
        layout.addWidget(self.log_table, 1)
        verify = QHBoxLayout()
        verify.addWidget(QLabel(self.tr("Verify a certificate:")))
        verify.addWidget(self.verify_input, 1)
        verify.addWidget(self.verify_button)
        layout.addLayout(verify)
        layout.addWidget(self.verify_result)
        self.tabs.addTab(tab, self.tr("Certificates"))

    # --- loading ---------------------------------------------------------------------------

    def _load_register(self) -> None:
        year = None if self.all_years.isChecked() else self.year.value()
        entries = self.ctx.commendations.register(year)
        query = self.register_filter.text().strip()
        if query:
            from bamtrachnhiem.domain.commendations import name_matches

            entries = [
                a
                for a in entries
                if name_matches(query, a.recipient_name)
                or name_matches(query, a.recipient_unit_code)
            ]
        self.register_model.set_rows(entries)

    def _load_certificates(self) -> None:
        current = self.cert_decision.currentData()
        self.cert_decision.blockSignals(True)
        self.cert_decision.clear()
        for d in self.ctx.commendations.decisions(self.year.value()):
            if d.state is DecisionState.ISSUED:
                self.cert_decision.addItem(f"{d.number_text} — {_date(d.decision_date)}", d.id)
        self.cert_decision.setCurrentIndex(max(self.cert_decision.findData(current), 0))
        self.cert_decision.blockSignals(False)
        template = self.cert_template.currentData()
        self.cert_template.clear()
        for t in self.ctx.certificates.templates():
            self.cert_template.addItem(t.name, t.id)
        self.cert_template.setCurrentIndex(max(self.cert_template.findData(template), 0))
        self.log_model.set_rows(self.ctx.certificates.print_log())
        self._load_recipients()

    def _load_recipients(self) -> None:
        decision_id = self.cert_decision.currentData()
        if not decision_id:
            self.recipients_model.set_rows([])
            return
        self.recipients_model.set_rows(self.ctx.commendations.decision(decision_id).awards)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self.ctx.database.read_only
        r = self._round()
        own_round = self._own_round()
        for button in (self.new_round_button,):
            button.setEnabled(writable)
        self.edit_round_button.setEnabled(writable and own_round)
        self.close_round_button.setEnabled(
            writable and own_round and r is not None and r.state is RoundState.OPEN
        )
        for button in (self.nominate_button, self.edit_nomination_button, self.send_button,
                       self.delete_nomination_button):  # fmt: skip
            button.setEnabled(writable and r is not None)
        for button in (self.approve_button, self.return_button, self.reject_button):
            button.setEnabled(writable and own_round)
        self.new_decision_button.setEnabled(writable and own_round)
        for button in (self.edit_decision_button, self.issue_button, self.annul_button,
                       self.delete_decision_button, self.external_button):  # fmt: skip
            button.setEnabled(writable)
        has_decision = bool(self.cert_decision.currentData())
        for button in (self.print_button, self.save_pdf_button, self.reprint_button):
            button.setEnabled(has_decision)

    # --- actions ---------------------------------------------------------------------------

    def _attempt(self, action: Callable[[], Any]) -> Any:
        try:
            return action()
        except AppError as error:
            message_boxes.show_error(self, error)
            return None

    def new_round(self) -> None:
        year = self.year.value()
        r = CommendationRound(
            year,
            self.tr("Commendations of the “3 trách nhiệm” movement {year}").format(year=year),
            rule=self.ctx.commendations.default_rule(),
        )
        saved = RoundDialog.ask(self.ctx, r, self)
        if saved is not None:
            self.refresh()
            self.round_choice.setCurrentIndex(self.round_choice.findData(saved.id))

    def edit_round(self) -> None:
        chosen = _selected(self.rounds_table) or ([self._round()] if self._round() else [])
        if chosen and chosen[0].unit_code == (self.own.code if self.own else ""):
            RoundDialog.ask(self.ctx, chosen[0], self)

    def close_round(self) -> None:
        r = self._round()
        if r is not None and message_boxes.confirm(
            self,
            self.tr("Close the round “{name}”? It takes no more nominations.").format(name=r.name),
        ):
            self._attempt(lambda: self.ctx.commendations.close_round(r.id))

    def nominate(self) -> None:
        r = self._round()
        if r is None:
            return
        entries: list[ShortlistEntry] = _selected(self.shortlist_table)
        done = 0
        for entry in entries:
            if entry.nominated:
                continue
            made = self._attempt(
                lambda e=entry: self.ctx.commendations.nominate(r.id, e.key, e.kind)
            )
            if made is None:
                break
            done += 1
        if done:
            quota, count = self.ctx.commendations.over_quota(r.id)
            if count > quota:
                message_boxes.show_info(
                    self,
                    self.tr(
                        "The unit now has {count} nominations, over its quota of {quota}. "
                        "Each needs a note saying why before it is sent."
                    ).format(count=count, quota=quota),
                )
            self.tabs.setCurrentIndex(2)

    def edit_nomination(self) -> None:
        chosen: list[Nomination] = _selected(self.nominations_table)
        if chosen:
            NominationDialog.ask(self.ctx, chosen[0], self)

    def send(self) -> None:
        chosen: list[Nomination] = _selected(self.nominations_table)
        own = [n for n in chosen if self.own and n.unit_code == self.own.code]
        if own and self._attempt(lambda: self.ctx.commendations.send([n.id for n in own])):
            message_boxes.show_info(
                self,
                self.tr(
                    "{count} nominations are marked sent; they go up with the next data packet "
                    "(Data exchange)."
                ).format(count=len(own)),
            )

    def delete_nomination(self) -> None:
        chosen: list[Nomination] = _selected(self.nominations_table)
        if chosen and message_boxes.confirm(
            self, self.tr("Delete the nomination of {name}?").format(name=chosen[0].nominee_name)
        ):
            self._attempt(lambda: self.ctx.commendations.delete_nomination(chosen[0].id))

    def approve(self) -> None:
        chosen = _selected(self.nominations_table)
        if chosen:
            self._attempt(
                lambda: self.ctx.commendations.review(
                    [n.id for n in chosen], ReviewVerdict.APPROVED
                )
            )

    def _review_with_reason(self, verdict: ReviewVerdict, title: str) -> None:
        chosen = _selected(self.nominations_table)
        if not chosen:
            return
        reason = ReasonDialog.ask(
            title,
            self.tr("The reason travels down to the unit that proposed it:"),
            self,
        )
        if reason is not None:
            self._attempt(
                lambda: self.ctx.commendations.review([n.id for n in chosen], verdict, reason)
            )

    def return_nominations(self) -> None:
        self._review_with_reason(ReviewVerdict.RETURNED, self.tr("Return nominations"))

    def not_commended(self) -> None:
        self._review_with_reason(ReviewVerdict.NOT_COMMENDED, self.tr("Not commended"))

    def new_decision(self) -> None:
        r = self._round()
        if r is None:
            return
        made = self._attempt(lambda: self.ctx.commendations.create_decision(r.id))
        if made is not None:
            self.tabs.setCurrentIndex(3)
            DecisionDialog.ask(self.ctx, made, self)

    def _decision(self) -> Decision | None:
        """The decision selected; the only one, when the year has one."""
        chosen = _selected(self.decisions_table)
        if not chosen and self.decisions_model.rowCount() == 1:
            chosen = [self.decisions_model.row_at(0)]
        return chosen[0] if chosen else None

    def edit_decision(self) -> None:
        d = self._decision()
        if d is not None and d.state is DecisionState.DRAFT:
            DecisionDialog.ask(self.ctx, self.ctx.commendations.decision(d.id), self)

    def issue(self) -> None:
        d = self._decision()
        if d is None:
            return
        question = self.tr(
            "Issue decision {number} with {count} recipients? Register numbers are assigned "
            "and it can no longer be changed or deleted."
        ).format(number=d.number_text or "—", count=len(d.awards))
        if message_boxes.confirm(self, question):
            self._attempt(lambda: self.ctx.commendations.issue(d.id))

    def annul(self) -> None:
        d = self._decision()
        if d is None:
            return
        reason = ReasonDialog.ask(
            self.tr("Annul decision {number}").format(number=d.number_text),
            self.tr("Why is it annulled? The reason is kept in the log."),
            self,
        )
        if reason is not None:
            self._attempt(lambda: self.ctx.commendations.annul(d.id, reason))

    def delete_decision(self) -> None:
        d = self._decision()
        if d is not None and message_boxes.confirm(
            self, self.tr("Delete the draft decision {number}?").format(number=d.number_text)
        ):
            self._attempt(lambda: self.ctx.commendations.delete_decision(d.id))

    def show_history(self) -> None:
        """The chosen recipient's awards across every year (a member's, or a unit's)."""
        chosen: list[Award] = _selected(self.register_table)
        if not chosen:
            return
        award = chosen[0]
        history = (
            self.ctx.commendations.history(member_id=award.member_id)
            if award.member_id
            else self.ctx.commendations.history(unit_code=award.recipient_unit_code)
        )
        self.register_filter.blockSignals(True)
        self.register_filter.setText(award.recipient_name)
        self.register_filter.blockSignals(False)
        self.all_years.setChecked(True)
        self.register_model.set_rows(history or [award])

    def add_external(self) -> None:
        ExternalAwardDialog.ask(self.ctx, self.year.value(), self)

    def export_book(self) -> None:
        year = self.year.value()
        name = file_dialogs.save_file(
            self,
            self.tr("Export the register"),
            str(Path.home() / f"khen-thuong-{year}.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if name and self._attempt(lambda: self.ctx.commendations.export_book(year, Path(name))):
            message_boxes.show_info(self, self.tr("Saved to {path}.").format(path=name))

    # --- papers in the Đoàn layout ---------------------------------------------------------

    def _round_id(self) -> str:
        r = self._round()
        if r is None:
            raise ValidationError("round_not_found", id="")
        return r.id

    def _nomination_list_document(self) -> Document:
        return self.ctx.commendation_documents.nomination_list(self._round_id())

    def _proposal_letter_document(self) -> Document:
        return self.ctx.commendation_documents.proposal_letter(self._round_id())

    def _minutes_document(self) -> Document:
        return self.ctx.commendation_documents.meeting_minutes(self._round_id())

    def _decision_document(self) -> Document:
        d = self._decision()
        if d is None:
            raise ValidationError("decision_not_found", id="")
        return self.ctx.commendation_documents.decision(d.id)

    def _decision_stem(self) -> str:
        d = self._decision()
        number = d.number_text.replace("/", "-") if d and d.number_text else ""
        return f"Quyết định {number}".strip()

    def _register_document(self) -> Document:
        return self.ctx.commendation_documents.register(
            None if self.all_years.isChecked() else self.year.value()
        )

    # --- the tables as shown, printed -----------------------------------------------------

    def _table_document(self, table: _Table, title: str, subject: str = "") -> Document:
        model = table.model()
        assert isinstance(model, RowsModel)
        return self.ctx.documents.screen_table(
            title, model.headers(), model.values(), widths=table.print_widths(), subject=subject
        )

    def _round_subject(self) -> str:
        r = self._round()
        return r.name if r is not None else ""

    def _year_subject(self) -> str:
        return self.tr("Year {year}").format(year=self.year.value())

    def _rounds_table(self) -> Document:
        return self._table_document(
            self.rounds_table, self.tr("List of commendation rounds"), self._year_subject()
        )

    def _shortlist_table(self) -> Document:
        return self._table_document(
            self.shortlist_table, self.tr("Shortlist for commendation"), self._round_subject()
        )

    def _nominations_table(self) -> Document:
        return self._table_document(
            self.nominations_table, self.tr("Nominations and their review"), self._round_subject()
        )

    def _decisions_table(self) -> Document:
        return self._table_document(
            self.decisions_table, self.tr("List of commendation decisions"), self._year_subject()
        )

    def _register_table(self) -> Document:
        query = self.register_filter.text().strip()
        scope = self.tr("All years") if self.all_years.isChecked() else self._year_subject()
        subject = f"{scope} — {query}" if query else scope
        return self._table_document(self.register_table, self.tr("Commendations awarded"), subject)

    # --- certificates ----------------------------------------------------------------------

    def _mode(self) -> PrintMode:
        return PrintMode.OVERLAY if self.stock.isChecked() else PrintMode.FULL

    def _write(self, path: Path, award_ids: list[str] | None, then: Callable[[Path], None]) -> None:
        decision_id = self.cert_decision.currentData()
        template = self.cert_template.currentData()
        mode = self._mode()

        def work(progress) -> Path:
            def step(done: int, total: int) -> bool:
                progress.report(done, total)
                return not progress.cancelled

            return self.ctx.certificates.print_decision(
                decision_id, path, template=template, mode=mode, award_ids=award_ids,
                progress=step,
            )  # fmt: skip

        run_task(
            self,
            self.tr("Making the certificates…"),
            work,
            ctx=self.ctx,
            on_success=then,
            on_error=lambda error: message_boxes.show_error(self, error),
        )

    def _temp_pdf(self) -> Path:
        folder = self.ctx.database.path.parent / "giay-khen"
        folder.mkdir(exist_ok=True)
        return folder / f"in-{self.cert_decision.currentData()}.pdf"

    def print_all_certificates(self) -> None:
        # Its own slot: clicked(bool) would otherwise arrive as ``award_ids``.
        self.print_certificates(None)

    def print_certificates(self, award_ids: list[str] | None = None) -> None:
        """Make the decision's certificates (or the chosen ones), then the print preview:
        every certificate at 100 % on paper of the template's size."""
        title = self.tr("Certificates — decision {number}").format(
            number=self.cert_decision.currentText()
        )
        self._write(
            self._temp_pdf(), award_ids, lambda path: printing.preview_pdf_file(self, path, title)
        )

    def save_certificates(self) -> None:
        name = file_dialogs.save_file(
            self,
            self.tr("Save the certificates as PDF"),
            str(Path.home() / "giay-khen.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            self._write(
                Path(name),
                None,
                lambda path: message_boxes.show_info(
                    self, self.tr("Saved to {path}.").format(path=path)
                ),
            )

    def reprint_certificates(self) -> None:
        chosen: list[Award] = _selected(self.recipients_table)
        if chosen:
            self.print_certificates([a.id for a in chosen])

    def calibrate(self) -> None:
        path = self.ctx.database.path.parent / "giay-khen" / "can-chinh.pdf"
        path.parent.mkdir(exist_ok=True)
        written = self._attempt(
            lambda: self.ctx.certificates.calibrate(path, self.cert_template.currentData())
        )
        if written is not None:
            printing.preview_pdf_file(self, written, self.tr("Calibration page"))

    def edit_template(self) -> None:
        template = self._attempt(
            lambda: self.ctx.certificates.template(self.cert_template.currentData() or "full")
        )
        if template is not None:
            TemplateEditor.ask(self.ctx, template, self)

    def verify(self) -> None:
        text = self.verify_input.text().strip()
        if not text:
            return
        result = self.ctx.commendations.verify(text)
        if result.status is VerifyStatus.GENUINE:
            message = self.tr(
                "GENUINE — {name}, decision {number} of {date}, register no. {register} ({issuer})."
            )
            colour = "#1B5E20"
        elif result.status is VerifyStatus.ANNULLED:
            message = self.tr("ANNULLED — {name}: decision {number} was annulled.")
            colour = "#B22222"
        elif result.reason == "fields_differ":
            message = self.tr(
                "NOT GENUINE — the code belongs to {name} (register no. {register}), but the "
                "certificate says otherwise: it may have been altered."
            )
            colour = "#B22222"
        else:
            message = self.tr(
                "UNKNOWN — no register this data file holds has the code {code}. Ask the "
                "issuing level, or merge its register first."
            )
            colour = "#B22222"
        self.verify_result.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.verify_result.setText(
            message.format(
                name=result.name,
                number=result.decision_number,
                date=_date(result.date),
                register=result.register_number,
                issuer=result.issuer,
                code=result.code,
            )
        )
