"""Periodic reports (báo cáo định kỳ): made from the merged data, edited, issued, sent up.

A new report has its figures computed for its months, section II written in sentences from
them, and the other sections taken from the unit's previous report (section I starts with
a sentence on the unit when there is none). A draft is edited freely. Issuing freezes the
figures and the annex (by unit at an upper level, by member at a branch) and the header
lines; an issued report is never changed, and travels upward in the next data packet.
Reports of the units below arrive with their packets and are read-only here.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from bamtrachnhiem.documents.model import Document
from bamtrachnhiem.domain.consolidation import (
    BAND_JSON,
    ConsolidationTable,
    MemberFigures,
    Period,
    UnitFigures,
)
from bamtrachnhiem.domain.errors import NotFoundError, ValidationError
from bamtrachnhiem.domain.kinds import REPORTS
from bamtrachnhiem.domain.records import Unit, new_id
from bamtrachnhiem.domain.reports import (
    SECTION_KEYS,
    CampaignLine,
    Report,
    ReportFacts,
    ReportKind,
    ReportState,
    cleaned_report,
    default_recipients,
    default_summary,
    report_symbol,
    results_text,
    sign_for,
    situation_text,
)
from bamtrachnhiem.domain.text import clean_text
from bamtrachnhiem.services.base import Service, unit_record
from bamtrachnhiem.services.campaigns import CampaignService
from bamtrachnhiem.services.configuration import ConfigService
from bamtrachnhiem.services.consolidation import ConsolidationService, unit_tree
from bamtrachnhiem.services.report_documents import report_document
from bamtrachnhiem.storage.database import Database

_COLUMNS = [c.key for c in REPORTS.columns if c.stored]
_PERIOD_OF_KIND = {ReportKind.H1: "h1", ReportKind.YEAR: "year"}


def _loads(text: str | None) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


class ReportService(Service):
    """Make, edit, issue and list the periodic reports of this unit and of the units below."""

    def __init__(
        self,
        database: Database,
        consolidation: ConsolidationService,
        campaigns: CampaignService,
        configuration: ConfigService,
    ) -> None:
        super().__init__(database)
        self.consolidation = consolidation
        self.campaigns = campaigns
        self.configuration = configuration

    # --- reading ---------------------------------------------------------------------------

    def get(self, report_id: str) -> Report:
        rows = self._rows(
            f"SELECT {', '.join('r.' + c for c in _COLUMNS)}, u.name FROM report r "
            "LEFT JOIN unit u ON u.code = r.unit_code WHERE r.id = ? AND r.deleted_at IS NULL",
            [report_id],
        )
        if not rows:
            raise NotFoundError("report_not_found", id=report_id)
        return _report(rows[0])

    def find(self, year: int | None = None) -> list[Report]:
        """This unit's reports (drafts and issued) and those received from the units below,
        newest period first."""
        where = "r.deleted_at IS NULL"
        params: list[Any] = []
        if year is not None:
            where += " AND r.year = ?"
            params.append(year)
        rows = self._rows(
            f"SELECT {', '.join('r.' + c for c in _COLUMNS)}, u.name, u.is_own FROM report r "
            f"LEFT JOIN unit u ON u.code = r.unit_code WHERE {where} "
            "ORDER BY r.year DESC, r.month_to DESC, u.is_own DESC, r.unit_code, r.created_at",
            params,
        )
        return [_report(row[:-1]) for row in rows]

    def is_own(self, report: Report) -> bool:
        return report.unit_code == self.own_unit_code()

    # --- making ----------------------------------------------------------------------------

    def draft(
        self,
        kind: ReportKind | str,
        year: int,
        month: int | None = None,
        quarter: int | None = None,
    ) -> Report:
        """A new report of the own unit (not saved): its defaults, its figures, section II
        written from them, the other sections from the unit's previous report."""
        kind = ReportKind(kind)
        period_key = self._period_key(kind, month, quarter)
        period = self.configuration.report_period(year, period_key)
        own = self._own()
        today = self.database.clock.today()
        months = Period(year, period.month_from, period.month_to)
        report = Report(
            kind=kind,
            year=year,
            month_from=period.month_from,
            month_to=period.month_to,
            period=period_key,
            unit_code=own.code,
            unit_name=own.name,
            symbol=report_symbol(own.doc_symbol),
            report_date=today,
            place=own.place_name,
            data_as_of=min(today, months.end),
            higher_body=own.higher_body,
            issuing_body=own.issuing_body or own.name.upper(),
            summary=default_summary(kind, period.month_from, period.month_to, year),
            recipients=default_recipients(own.parent_name, own.has_standing_committee),
            sign_for=sign_for(own.has_standing_committee),
            signer_title=own.signer_title,
            signer_name=own.signer_name,
        )
        facts, figures, annex = self._compute(report)
        report.figures, report.annex = figures, annex
        previous = self._previous(report)
        parts = list(previous.parts) if previous is not None else [""] * len(SECTION_KEYS)
        if not parts[0]:
            parts[0] = situation_text(facts)
        parts[1] = results_text(facts)
        report.parts = parts
        return report

    def make(
        self,
        kind: ReportKind | str,
        year: int,
        month: int | None = None,
        quarter: int | None = None,
    ) -> Report:
        """A new draft report of the own unit, saved (``draft``, then ``save``)."""
        return self.save(self.draft(kind, year, month, quarter))

    def save(self, report: Report) -> Report:
        """Create (no id yet) or update a draft of the own unit; an issued report, or one
        received from a unit below, is refused."""
        cleaned = cleaned_report(report)
        with self.database.write("reports"):
            own = self.own_unit_code()
            stamp = self.now_iso()
            if cleaned.id:
                stored = self.get(cleaned.id)
                self._check_editable(stored, own)
                # Figures and annex given with the report replace the stored ones.
                kept = replace(
                    cleaned,
                    figures=cleaned.figures or stored.figures,
                    annex=cleaned.annex or stored.annex,
                )
                values = {
                    k: v for k, v in self._values(kept).items() if k not in ("id", "unit_code")
                }
                values.update(state=ReportState.DRAFT.value, issued_at=None, updated_at=stamp)
                assignments = ", ".join(f"{k} = ?" for k in values)
                self.database.connection.execute_sql(
                    f"UPDATE report SET {assignments} WHERE id = ?", [*values.values(), cleaned.id]
                )
                report_id = cleaned.id
            else:
                report_id = new_id()
                values = self._values(replace(cleaned, id=report_id, unit_code=own))
                values.update(
                    state=ReportState.DRAFT.value,
                    issued_at=None,
                    created_at=stamp,
                    updated_at=stamp,
                    deleted_at=None,
                )
                self.database.connection.execute_sql(
                    f"INSERT INTO report ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                    list(values.values()),
                )
        return self.get(report_id)

    def refresh(self, report_id: str, *, rewrite_results: bool = False) -> Report:
        """A draft's figures and annex computed again from the data as it is now; with
        ``rewrite_results``, section II is written again from them."""
        report = self.get(report_id)
        self._check_editable(report, self.own_unit_code())
        facts, figures, annex = self._compute(report)
        report.figures, report.annex = figures, annex
        if rewrite_results:
            report.parts = [*report.parts]
            report.parts[1] = results_text(facts)
        return self.save(report)

    def generated_results(self, report: Report) -> str:
        """Section II as the figures of ``report``'s period would write it now."""
        facts, _figures, _annex = self._compute(report)
        return results_text(facts)

    def issue(self, report_id: str, number: str | None = None) -> Report:
        """Issue a draft: its figures and annex are computed one last time and frozen, with
        the header lines; from now on it is never changed, and it travels upward."""
        report = self.get(report_id)
        own = self.own_unit_code()
        self._check_editable(report, own)
        if number is not None:
            report.number = clean_text(number)
        cleaned = cleaned_report(report)
        _facts, figures, annex = self._compute(cleaned)
        today = self.database.clock.today()
        with self.database.write("reports"):
            stamp = self.now_iso()
            values = self._values(
                replace(
                    cleaned,
                    figures=figures,
                    annex=annex,
                    report_date=cleaned.report_date or today,
                )
            )
            values = {k: v for k, v in values.items() if k not in ("id", "unit_code")}
            values.update(state=ReportState.ISSUED.value, issued_at=stamp, updated_at=stamp)
            assignments = ", ".join(f"{k} = ?" for k in values)
            updated = self.database.connection.execute_sql(
                f"UPDATE report SET {assignments} WHERE id = ? AND state = 'draft'",
                [*values.values(), report_id],
            )
            if updated.rowcount != 1:
                raise ValidationError("report_issued", number=report.number_line)
        return self.get(report_id)

    def delete(self, report_id: str) -> None:
        """Remove a draft of the own unit; an issued report stays (a correction is a new one)."""
        report = self.get(report_id)
        self._check_editable(report, self.own_unit_code())
        with self.database.write("reports"):
            stamp = self.now_iso()
            self.database.connection.execute_sql(
                "UPDATE report SET deleted_at = ?, updated_at = ? WHERE id = ? AND state = 'draft'",
                [stamp, stamp, report_id],
            )

    # --- the document ------------------------------------------------------------------------

    def document(self, report: Report) -> Document:
        """The report in the Đoàn layout with its annex (landscape). A report received from a
        unit below has no annex of its own (it does not travel): it is computed here from
        the data that unit sent, and says so."""
        recomputed = False
        if not report.annex.get("rows"):
            _facts, _figures, annex = self._compute(report)
            recomputed = not self.is_own(report)
            report = replace(report, annex=annex)
        return report_document(report, recomputed)

    def export(self, report_id: str, path: str | Path, fmt: str) -> Path:
        """Write a report as ``pdf`` or ``xlsx`` (atomically); the path written."""
        document = self.document(self.get(report_id))
        if fmt == "pdf":
            from bamtrachnhiem.documents.pdf import write_pdf

            return write_pdf(document, Path(path))
        if fmt == "xlsx":
            from bamtrachnhiem.documents.xlsx import write_xlsx

            return write_xlsx(document, Path(path))
        raise ValidationError("report_format_invalid", format=fmt)

    # --- what a report shows -------------------------------------------------------------------

    def annex_table(self, report: Report) -> ConsolidationTable | None:
        """The by-unit annex of a report of a unit with units below (None at a branch)."""
        if not unit_tree(self, report.unit_code):
            return None
        return self.consolidation.by_unit(
            Period(report.year, report.month_from, report.month_to),
            report.unit_code,
            report.data_as_of,
        )

    def annex_members(self, report: Report) -> list[MemberFigures]:
        return self.consolidation.members(
            Period(report.year, report.month_from, report.month_to), report.unit_code
        )

    # --- helpers ---------------------------------------------------------------------------

    def _own(self) -> Unit:
        unit = self.own_unit()
        if unit is None:
            raise ValidationError("own_unit_missing")
        return unit

    def _period_key(self, kind: ReportKind, month: int | None, quarter: int | None) -> str:
        if kind is ReportKind.MONTHLY:
            if month is None:
                raise ValidationError("report_month_required")
            if not 1 <= month <= 12:
                raise ValidationError("packet_month_invalid", month=month)
            return f"m{month:02d}"
        if kind is ReportKind.QUARTER:
            if quarter is None and month is not None and 1 <= month <= 12:
                quarter = (month + 2) // 3
            if quarter is None or not 1 <= quarter <= 4:
                raise ValidationError("report_quarter_required")
            return f"q{quarter}"
        return _PERIOD_OF_KIND[kind]

    def _check_editable(self, report: Report, own: str) -> None:
        if report.unit_code != own:
            raise ValidationError("report_not_own", unit=report.unit_code)
        if report.issued:
            raise ValidationError("report_issued", number=report.number_line)

    def _previous(self, report: Report) -> Report | None:
        """The unit's latest other report (issued ones first) to start the text from."""
        rows = self._rows(
            "SELECT id FROM report WHERE unit_code = ? AND deleted_at IS NULL AND id != ? "
            "ORDER BY state = 'issued' DESC, year DESC, month_to DESC, created_at DESC LIMIT 1",
            [report.unit_code, report.id or ""],
        )
        return self.get(rows[0][0]) if rows else None

    def _compute(self, report: Report) -> tuple[ReportFacts, dict, dict]:
        """The facts the sentences need, the figures to store, and the annex."""
        period = Period(report.year, report.month_from, report.month_to)
        today = report.data_as_of or self.database.clock.today()
        table = self.consolidation.by_unit(period, report.unit_code, today)
        total = table.total
        unit = unit_record(self.m.Unit.get(self.m.Unit.code == report.unit_code))
        direct = [u for u in table.units if u.depth == 1]
        levels = {u.level for u in direct if u.level}
        level_word = next(iter(levels)).lower() if len(levels) == 1 else "đơn vị"
        campaigns = []
        for rollup in self.campaigns.rollups(report.year, report.unit_code):
            start = rollup.campaign.start_date
            if start is not None and start > period.end:
                continue
            for target in rollup.targets:
                campaigns.append(
                    CampaignLine(
                        rollup.campaign.name,
                        target.target.name,
                        target.target.measure_unit,
                        target.target.target_value,
                        target.total,
                    )
                )
        facts = ReportFacts(
            unit_name=unit.name,
            kind=report.kind,
            period=period,
            figures=total,
            units_below=len(direct),
            pilot_units=[u.name for u in table.units if u.is_pilot],
            is_pilot=unit.is_pilot,
            campaigns=campaigns,
            excellent_members=self._excellent_members(period, report.unit_code, table),
            level_word=level_word,
        )
        figures = {
            **total.json(),
            "period": period.key,
            "months": list(period.months),
            "as_of": today.isoformat(),
            "units_below": len(table.units),
            "excellent_members": facts.excellent_members,
            "campaigns": [
                {
                    "name": line.campaign,
                    "target_name": line.target,
                    "unit": line.measure_unit,
                    "target": line.target_value,
                    "achieved": line.achieved,
                }
                for line in campaigns
            ],
        }
        if table.units:
            annex: dict = {"by": "unit", "rows": [u.json() for u in table.units]}
        else:
            annex = {"by": "member", "rows": [_member_json(m) for m in self.annex_members(report)]}
        return facts, figures, annex

    def _excellent_members(self, period: Period, root: str, table: ConsolidationTable) -> int:
        """Members of the subtree whose mean over the period reaches the top band."""
        criteria = self.consolidation.years.peek(period.year)
        top = max((b.min_total for b in criteria.rules.bands), default=90.0)
        codes = [root, *(u.code for u in table.units)]
        marks = ", ".join("?" * len(codes))
        rows = self._rows(
            "SELECT count(*) FROM (SELECT a.member_id FROM assessment a "
            f"WHERE a.unit_code IN ({marks}) AND a.year = ? AND a.month BETWEEN ? AND ? "
            "AND a.deleted_at IS NULL AND a.total IS NOT NULL GROUP BY a.member_id "
            "HAVING avg(a.total) >= ? AND max(a.veto) = 0)",
            [*codes, period.year, period.first, period.last, top],
        )
        return int(rows[0][0])

    @staticmethod
    def _values(report: Report) -> dict[str, Any]:
        values: dict[str, Any] = {
            "id": report.id,
            "unit_code": report.unit_code,
            "year": report.year,
            "kind": ReportKind(report.kind).value,
            "period": report.period,
            "month_from": report.month_from,
            "month_to": report.month_to,
            "number": report.number,
            "symbol": report.symbol,
            "report_date": report.report_date.isoformat() if report.report_date else None,
            "place": report.place,
            "data_as_of": report.data_as_of.isoformat() if report.data_as_of else None,
            "higher_body": report.higher_body,
            "issuing_body": report.issuing_body,
            "title": report.title,
            "summary": report.summary,
            "recipients": report.recipients,
            "sign_for": report.sign_for,
            "signer_title": report.signer_title,
            "signer_name": report.signer_name,
            "figures": json.dumps(report.figures, ensure_ascii=False),
            "annex": json.dumps(report.annex, ensure_ascii=False),
        }
        for key, text in zip(SECTION_KEYS, report.parts, strict=True):
            values[key] = text
        return values


def _report(row: tuple) -> Report:
    values = dict(zip(_COLUMNS, row[: len(_COLUMNS)], strict=True))
    return Report(
        kind=ReportKind(values["kind"]),
        year=values["year"],
        month_from=values["month_from"],
        month_to=values["month_to"],
        period=values["period"],
        id=values["id"],
        unit_code=values["unit_code"],
        number=values["number"],
        symbol=values["symbol"],
        report_date=_date(values["report_date"]),
        place=values["place"],
        data_as_of=_date(values["data_as_of"]),
        higher_body=values["higher_body"],
        issuing_body=values["issuing_body"],
        title=values["title"],
        summary=values["summary"],
        parts=[values[k] for k in SECTION_KEYS],
        recipients=values["recipients"],
        sign_for=values["sign_for"],
        signer_title=values["signer_title"],
        signer_name=values["signer_name"],
        figures=_loads(values["figures"]),
        annex=_loads(values["annex"]),
        state=ReportState(values["state"]),
        issued_at=values["issued_at"],
        created_at=values["created_at"],
        updated_at=values["updated_at"],
        unit_name=row[len(_COLUMNS)] or "",
    )


def _member_json(m: MemberFigures) -> dict:
    return {
        "id": m.member_id,
        "name": m.full_name,
        "position": m.position,
        "department": m.department,
        "pledge_state": m.pledge_state,
        "months_expected": m.months_expected,
        "months_assessed": m.months_assessed,
        "mean": None if m.mean is None else round(m.mean, 2),
        "band": m.band,
        "vetoed": m.vetoed,
        "initiatives": m.initiatives,
        "participations": m.participations,
    }


def figures_of(report: Report) -> UnitFigures:
    """A report's stored figures as ``UnitFigures`` (for tables and sentences)."""
    f = report.figures
    bands_json = f.get("bands", {})
    bands = {code: int(bands_json.get(name, 0)) for code, name in BAND_JSON.items()}
    fig = UnitFigures(report.unit_code, report.unit_name)
    for key in (
        "members",
        "cong_chuc",
        "vien_chuc",
        "hop_dong",
        "women",
        "pledged",
        "approved",
        "assessed",
        "expected",
        "vetoed",
        "activities",
        "participations",
        "citizens_helped",
        "months_due",
        "months_on_time",
        "months_late",
        "months_missing",
    ):
        setattr(fig, key, int(f.get(key, 0) or 0))
    fig.party = int(f.get("party_members", 0) or 0)
    fig.bands = bands
    mean = f.get("mean")
    fig.score_sum = float(mean) * fig.assessed if mean is not None else 0.0
    fig.initiatives = {k: int(v) for k, v in f.get("initiatives_by_state", {}).items()}
    fig.time_saved = {k: float(v) for k, v in f.get("time_saved", {}).items()}
    fig.campaign_pct = f.get("campaign_pct")
    return fig
