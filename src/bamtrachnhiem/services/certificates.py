"""Certificate templates, batches per decision, reprints, the calibration page, the log."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from bamtrachnhiem.documents.certificates import Progress, write_calibration, write_certificates
from bamtrachnhiem.domain.certificates import (
    MAX_OFFSET,
    CertificateData,
    PrintMode,
    Template,
    builtin_templates,
    check_template,
)
from bamtrachnhiem.domain.commendations import (
    FORM_TITLES,
    Award,
    Decision,
    DecisionState,
    QrPayload,
    RecipientKind,
)
from bamtrachnhiem.domain.dates import format_date, place_date_line
from bamtrachnhiem.domain.errors import NotFoundError, ValidationError
from bamtrachnhiem.domain.records import Unit, new_id
from bamtrachnhiem.domain.text import clean_text
from bamtrachnhiem.services.assessments import actor
from bamtrachnhiem.services.base import Service
from bamtrachnhiem.services.commendations import CommendationService
from bamtrachnhiem.storage.database import Database


def certificate_label(award: Award) -> str:
    """How a refusal names a certificate: the recipient and the register number."""
    if award.register_text:
        return f"{award.recipient_name} (số vào sổ {award.register_text})"
    return award.recipient_name


def certificate_data(award: Award, decision: Decision, unit: Unit | None) -> CertificateData:
    """The fields of one recipient's certificate."""
    decided = date.fromisoformat(decision.decision_date) if decision.decision_date else None
    place = unit.place_name if unit else ""
    tm = "TM. BAN THƯỜNG VỤ" if unit is None or unit.has_standing_committee else "TM. BAN CHẤP HÀNH"
    fields = {
        "higher_body": (unit.higher_body if unit else "").upper(),
        "issuing_body": (unit.issuing_body or unit.name if unit else "").upper(),
        "title": FORM_TITLES[award.form],
        "salutation": award.salutation,
        "position_unit": award.position_unit,
        "achievement": award.achievement,
        "decision_number": decision.number_text,
        "decision_date": format_date(decided) if decided else "",
        "register": award.register_text,
        "place_date": place_date_line(place, decided) if decided and place else "",
        "tm_line": tm,
        "signer_title": decision.signer_title.upper(),
        "signer_name": decision.signer_name,
        "code": award.code,
    }
    qr = QrPayload(
        decision.number_text,
        award.register_text,
        award.recipient_name,
        decision.decision_date or "",
        award.code,
    )
    return CertificateData(
        label=certificate_label(award),
        fields=fields,
        qr_text=qr.text() if award.code else "",
        individual=award.recipient_kind is RecipientKind.INDIVIDUAL,
        register=award.register_text,
    )


class CertificateService(Service):
    """Templates stored in this database (the two built-ins until changed) and printing."""

    def __init__(self, database: Database, commendations: CommendationService) -> None:
        super().__init__(database)
        self.commendations = commendations

    # --- templates ------------------------------------------------------------------------

    def templates(self) -> list[Template]:
        """The built-in templates (as changed here) and this unit's own."""
        stored = {
            row[0]: Template.from_definition(
                row[1], row[2], dx=row[3], dy=row[4], background_path=row[5], id=row[0]
            )
            for row in self._rows(
                "SELECT id, name, definition, dx_mm, dy_mm, background_path "
                "FROM certificate_template ORDER BY name"
            )
        }
        result = [stored.pop(t.id, t) for t in builtin_templates()]
        return result + list(stored.values())

    def template(self, name_or_id: str) -> Template:
        for t in self.templates():
            if name_or_id in (t.id, t.name):
                return t
        raise NotFoundError("template_not_found", name=name_or_id)

    def save_template(self, template: Template) -> Template:
        """Store a template (a built-in one keeps its id, so it is changed in place)."""
        name = clean_text(template.name)
        if not name:
            raise ValidationError("template_name_required")
        template = replace(template, name=name, id=template.id or new_id())
        check_template(template)
        with self.database.write("certificate_templates"):
            self._rows(
                "INSERT INTO certificate_template (id, name, definition, dx_mm, dy_mm, "
                "background_path, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                "definition = excluded.definition, dx_mm = excluded.dx_mm, "
                "dy_mm = excluded.dy_mm, background_path = excluded.background_path, "
                "updated_at = excluded.updated_at",
                [
                    template.id,
                    name,
                    template.definition_json(),
                    template.dx,
                    template.dy,
                    template.background_path,
                    self.now_iso(),
                ],
            )
        return self.template(template.id)

    def set_offset(self, name_or_id: str, dx: float, dy: float) -> Template:
        """The printer's feed correction measured on the calibration page (mm)."""
        if abs(dx) > MAX_OFFSET or abs(dy) > MAX_OFFSET:
            raise ValidationError("template_offset_too_large", limit=MAX_OFFSET)
        return self.save_template(replace(self.template(name_or_id), dx=dx, dy=dy))

    def reset_template(self, name_or_id: str) -> Template:
        """Forget the changes to a built-in template (or delete an own one)."""
        template = self.template(name_or_id)
        with self.database.write("certificate_templates"):
            self._rows("DELETE FROM certificate_template WHERE id = ?", [template.id])
        builtin = {t.id: t for t in builtin_templates()}
        return builtin.get(template.id) or self.templates()[0]

    # --- printing ----------------------------------------------------------------------------

    def batch(
        self, decision_id: str, award_ids: Sequence[str] | None = None
    ) -> list[CertificateData]:
        """The certificates of an issued decision, in the annex order (or only those given)."""
        decision = self.commendations.decision(decision_id)
        if decision.state is DecisionState.DRAFT:
            raise ValidationError("certificate_decision_draft", number=decision.number_text)
        if decision.state is DecisionState.ANNULLED:
            raise ValidationError("certificate_decision_annulled", number=decision.number_text)
        unit = self._unit(decision.unit_code)
        awards = decision.awards
        if award_ids is not None:
            awards = [a for a in awards if a.id in set(award_ids)]
            if not awards:
                raise NotFoundError("award_not_found", id=",".join(award_ids))
        return [certificate_data(a, decision, unit) for a in awards]

    def _unit(self, code: str) -> Unit | None:
        from bamtrachnhiem.services.base import unit_record

        row = self.m.Unit.get_or_none(self.m.Unit.code == code)
        return unit_record(row) if row is not None else None

    def print_decision(
        self,
        decision_id: str,
        path: str | Path,
        *,
        template: str | None = None,
        mode: PrintMode | None = None,
        award_ids: Sequence[str] | None = None,
        progress: Progress | None = None,
    ) -> Path:
        """One PDF for the decision's certificates (or a reprint of some), logged."""
        t = self.template(template or "full")
        mode = mode or t.mode
        certificates = self.batch(decision_id, award_ids)
        decision = self.commendations.decision(decision_id)
        path = write_certificates(
            Path(path),
            t,
            certificates,
            mode,
            title=f"Giấy khen theo Quyết định {decision.number_text}",
            progress=progress,
        )
        with self.database.write("certificate_prints"):
            self._rows(
                "INSERT INTO certificate_print (at, who, decision_id, template, mode, registers, "
                "file_name) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    self.now_iso(),
                    actor(),
                    decision_id,
                    t.name,
                    mode.value,
                    json.dumps([c.register for c in certificates], ensure_ascii=False),
                    path.name,
                ],
            )
        return path

    def calibrate(self, path: str | Path, template: str | None = None) -> Path:
        return write_calibration(Path(path), self.template(template or "overlay"))

    def print_log(self, limit: int = 200) -> list[dict]:
        """Who printed which certificates, when: newest first."""
        return [
            {
                "at": at,
                "who": who,
                "decision_id": decision_id,
                "template": template,
                "mode": mode,
                "registers": json.loads(registers or "[]"),
                "file_name": file_name,
            }
            for at, who, decision_id, template, mode, registers, file_name in self._rows(
                "SELECT at, who, decision_id, template, mode, registers, file_name "
                "FROM certificate_print ORDER BY id DESC LIMIT ?",
                [limit],
            )
        ]
