"""Commendation rounds, the shortlist, nominations and votes, reviews, decisions, the register.

Every record belongs to the unit that made it (docs/decisions/0030): this unit edits only
its own; the others arrive in packets (nominations from below in data packets, rounds,
reviews, decisions and register entries from above in configuration packets) and are read
here. The shown state of a nomination combines the proposer's (draft, sent) with the word of
the round's unit (returned, approved, not commended) and the decisions that name it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from bamtrachnhiem.documents.commendation_book import write_commendation_book
from bamtrachnhiem.domain.commendations import (
    MAX_NAME,
    MAX_SUMMARY,
    Award,
    AwardSource,
    CommendationForm,
    CommendationRound,
    CommendationRule,
    Decision,
    DecisionState,
    MemberEvidence,
    Nomination,
    NominationState,
    QrPayload,
    QuotaBase,
    RecipientKind,
    Refusal,
    ReviewVerdict,
    RoundState,
    ShortlistEntry,
    UnitEvidence,
    Verification,
    VerifyStatus,
    check_register_format,
    check_rule,
    cleaned_reason,
    decision_number_text,
    default_rule,
    judge_member,
    judge_unit,
    member_summary,
    new_secret,
    normalize_code,
    quota_for,
    register_text,
    same_name,
    unit_summary,
    verification_code,
)
from bamtrachnhiem.domain.completeness import MonthStatus
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.errors import NotFoundError, ValidationError
from bamtrachnhiem.domain.initiatives import COUNTED_STATES
from bamtrachnhiem.domain.records import new_id
from bamtrachnhiem.domain.scoring import band_for, year_figure
from bamtrachnhiem.domain.text import clean_text, join_name, sort_key
from bamtrachnhiem.services.assessments import actor
from bamtrachnhiem.services.base import Service
from bamtrachnhiem.services.completeness import CompletenessService
from bamtrachnhiem.services.years import YearService
from bamtrachnhiem.storage.database import Database

RULE_SETTING = "commendation_rule"
REGISTER_FORMAT_SETTING = "register_format"
SECRET_SETTING = "register_secret"

_ROUND_COLUMNS = (
    "id, year, name, form, individuals, collectives, rule, quotas, deadline, state, "
    "achievement, notes, unit_code, updated_at"
)
_NOMINATION_COLUMNS = (
    "id, round_id, year, nominee_kind, member_id, nominee_unit_code, nominee_name, birth_year, "
    "position_unit, field, summary, figures, meeting_date, votes_for, votes_present, "
    "over_quota_note, state, sent_at, unit_code, updated_at"
)
_DECISION_COLUMNS = (
    "id, year, round_id, form, number, number_text, decision_date, signer_name, signer_title, "
    "title, reward_text, recipients_line, state, annul_reason, annulled_at, issued_at, "
    "unit_code, updated_at"
)
_AWARD_COLUMNS = (
    "id, year, decision_id, nomination_id, position, register_number, register_text, "
    "recipient_kind, member_id, recipient_unit_code, recipient_name, position_unit, "
    "achievement, form, decision_number, decision_date, issuer_name, code, source, unit_code"
)
_GOOD_BANDS = ("excellent", "good")
# Nơi nhận of a new decision: the execution article is Điều 2 (Điều 3 with a reward article).
DEFAULT_RECIPIENTS = "- Như Điều 2;\n- Lưu VP."


def _round(row: tuple) -> CommendationRound:
    try:
        rule = CommendationRule.from_json(row[6])
    except ValidationError:
        rule = default_rule()
    return CommendationRound(
        id=row[0],
        year=row[1],
        name=row[2],
        form=CommendationForm(row[3]),
        individuals=bool(row[4]),
        collectives=bool(row[5]),
        rule=rule,
        quotas={str(k): int(v) for k, v in json.loads(row[7] or "{}").items()},
        deadline=row[8],
        state=RoundState(row[9]),
        achievement=row[10],
        notes=row[11],
        unit_code=row[12],
        updated_at=row[13],
    )


def _nomination(row: tuple) -> Nomination:
    return Nomination(
        id=row[0],
        round_id=row[1],
        year=row[2],
        nominee_kind=RecipientKind(row[3]),
        member_id=row[4],
        nominee_unit_code=row[5],
        nominee_name=row[6],
        birth_year=row[7],
        position_unit=row[8],
        field=row[9],
        summary=row[10],
        figures=json.loads(row[11] or "{}"),
        meeting_date=row[12],
        votes_for=row[13],
        votes_present=row[14],
        over_quota_note=row[15],
        own_state=row[16],
        state=NominationState(row[16]),
        sent_at=row[17],
        unit_code=row[18],
        updated_at=row[19],
    )


def _decision(row: tuple) -> Decision:
    return Decision(
        id=row[0],
        year=row[1],
        round_id=row[2],
        form=CommendationForm(row[3]),
        number=row[4],
        number_text=row[5],
        decision_date=row[6],
        signer_name=row[7],
        signer_title=row[8],
        title=row[9],
        reward_text=row[10],
        recipients_line=row[11],
        state=DecisionState(row[12]),
        annul_reason=row[13],
        annulled_at=row[14],
        issued_at=row[15],
        unit_code=row[16],
        updated_at=row[17],
    )


def _award(row: tuple, state: DecisionState = DecisionState.ISSUED) -> Award:
    return Award(
        id=row[0],
        year=row[1],
        decision_id=row[2],
        nomination_id=row[3],
        position=row[4],
        register_number=row[5],
        register_text=row[6],
        recipient_kind=RecipientKind(row[7]),
        member_id=row[8],
        recipient_unit_code=row[9],
        recipient_name=row[10],
        position_unit=row[11],
        achievement=row[12],
        form=CommendationForm(row[13]),
        decision_number=row[14],
        decision_date=row[15],
        issuer_name=row[16],
        code=row[17],
        source=AwardSource(row[18]),
        unit_code=row[19],
        state=state,
    )


class CommendationService(Service):
    """Khen thưởng: what a unit proposes, decides and registers, and what it received."""

    def __init__(
        self, database: Database, years: YearService, completeness: CompletenessService
    ) -> None:
        super().__init__(database)
        self.years = years
        self.completeness = completeness

    # --- settings -------------------------------------------------------------------------

    def _setting(self, key: str) -> str | None:
        rows = self._rows("SELECT value FROM setting WHERE key = ?", [key])
        return rows[0][0] if rows else None

    def _put_setting(self, key: str, value: str) -> None:
        self._rows(
            "INSERT INTO setting (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    def default_rule(self) -> CommendationRule:
        """The rule new rounds start with: this unit's setting, else the app's default."""
        stored = self._setting(RULE_SETTING)
        if stored:
            try:
                return CommendationRule.from_json(stored)
            except ValidationError:
                pass
        return default_rule()

    def set_default_rule(self, rule: CommendationRule) -> CommendationRule:
        check_rule(rule)
        with self.database.write("settings"):
            self._put_setting(RULE_SETTING, rule.to_json())
        return rule

    def register_format(self) -> str:
        return self._setting(REGISTER_FORMAT_SETTING) or "{n:04d}"

    def set_register_format(self, fmt: str) -> str:
        fmt = check_register_format(fmt)
        with self.database.write("settings"):
            self._put_setting(REGISTER_FORMAT_SETTING, fmt)
        return fmt

    def _secret(self) -> str:
        """This unit's register secret (made once, never leaves the database)."""
        secret = self._setting(SECRET_SETTING)
        if not secret:
            secret = new_secret()
            self._put_setting(SECRET_SETTING, secret)
        return secret

    # --- the tree ---------------------------------------------------------------------------

    def _children(self, code: str) -> list[tuple[str, str]]:
        rows = self._rows("SELECT code, name FROM unit WHERE parent_code = ?", [code])
        return sorted(rows, key=lambda r: (sort_key(r[1]), r[0]))

    def _subtree(self, code: str) -> list[str]:
        """``code`` and every unit below it in this database."""
        children: dict[str, list[str]] = defaultdict(list)
        for child, parent in self._rows("SELECT code, parent_code FROM unit"):
            if parent:
                children[parent].append(child)
        found, stack, seen = [], [code], set()
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            found.append(current)
            stack.extend(children[current])
        return found

    def _unit_names(self) -> dict[str, str]:
        return dict(self._rows("SELECT code, name FROM unit"))

    # --- rounds -----------------------------------------------------------------------------

    def rounds(self, year: int | None = None) -> list[CommendationRound]:
        """Live rounds, this unit's and those received from above, newest year first."""
        sql = f"SELECT {_ROUND_COLUMNS} FROM commendation_round WHERE deleted_at IS NULL"
        params: list[Any] = []
        if year is not None:
            sql += " AND year = ?"
            params.append(year)
        rows = self._rows(sql + " ORDER BY year DESC, created_at, id", params)
        return [_round(r) for r in rows]

    def round(self, round_id: str) -> CommendationRound:
        rows = self._rows(
            f"SELECT {_ROUND_COLUMNS} FROM commendation_round WHERE id = ? AND deleted_at IS NULL",
            [round_id],
        )
        if not rows:
            raise NotFoundError("round_not_found", id=round_id)
        return _round(rows[0])

    def save_round(self, r: CommendationRound) -> CommendationRound:
        """Open (no id yet) or change one of this unit's rounds."""
        own = self.own_unit_code()
        name = clean_text(r.name)
        if not name:
            raise ValidationError("round_name_required")
        if not 2000 <= r.year <= 2100:
            raise ValidationError("year_out_of_range", year=r.year)
        if not (r.individuals or r.collectives):
            raise ValidationError("round_needs_recipients")
        check_rule(r.rule)
        quotas = {str(k): int(v) for k, v in r.quotas.items()}
        if any(v < 0 for v in quotas.values()):
            raise ValidationError("round_quota_invalid")
        if r.deadline:
            date.fromisoformat(r.deadline)
        stamp = self.now_iso()
        values = [
            r.year,
            name,
            r.form.value,
            int(r.individuals),
            int(r.collectives),
            r.rule.to_json(),
            json.dumps(quotas, sort_keys=True),
            r.deadline,
            r.state.value,
            clean_text(r.achievement),
            clean_text(r.notes),
        ]
        with self.database.write("commendation_rounds"):
            if r.id:
                existing = self.round(r.id)
                if existing.unit_code != own:
                    raise ValidationError("round_not_own", unit=existing.unit_code)
                self._rows(
                    "UPDATE commendation_round SET year = ?, name = ?, form = ?, individuals = ?, "
                    "collectives = ?, rule = ?, quotas = ?, deadline = ?, state = ?, "
                    "achievement = ?, notes = ?, updated_at = ? WHERE id = ?",
                    [*values, stamp, r.id],
                )
                round_id = r.id
            else:
                round_id = new_id()
                self._rows(
                    f"INSERT INTO commendation_round ({_ROUND_COLUMNS}, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [round_id, *values, own, stamp, stamp],
                )
        return self.round(round_id)

    def close_round(self, round_id: str) -> CommendationRound:
        r = self.round(round_id)
        return self.save_round(replace(r, state=RoundState.CLOSED))

    # --- evidence ---------------------------------------------------------------------------

    def member_evidence(self, year: int, unit_code: str | None = None) -> list[MemberEvidence]:
        """The year's figures of every member of the unit (default: this unit)."""
        unit_code = unit_code or self.own_unit_code()
        rules = self.years.peek(year).rules
        people = self._rows(
            "SELECT id, family_middle_name, given_name, birth_date, birth_year, position, "
            "status, name_key FROM member WHERE unit_code = ? AND deleted_at IS NULL "
            "ORDER BY name_key, id",
            [unit_code],
        )
        monthly: dict[str, dict[int, float]] = defaultdict(dict)
        vetoed: set[str] = set()
        for member_id, month, total, veto in self._rows(
            "SELECT member_id, month, total, veto FROM assessment WHERE unit_code = ? "
            "AND year = ? AND deleted_at IS NULL",
            [unit_code, year],
        ):
            if total is not None:
                monthly[member_id][month] = total
            if veto:
                vetoed.add(member_id)
        pledges = {
            member_id: (state, targets)
            for member_id, state, targets in self._rows(
                "SELECT member_id, state, targets FROM pledge WHERE unit_code = ? AND year = ? "
                "AND deleted_at IS NULL",
                [unit_code, year],
            )
        }
        marks = ", ".join("?" * len(COUNTED_STATES))
        initiatives: dict[str, list[str]] = defaultdict(list)
        for member_id, title in self._rows(
            "SELECT a.member_id, i.title FROM initiative i "
            "JOIN initiative_author a ON a.initiative_id = i.id "
            f"WHERE i.deleted_at IS NULL AND i.year = ? AND i.state IN ({marks}) "
            "AND i.unit_code = ? ORDER BY i.title",
            [year, *sorted(COUNTED_STATES), unit_code],
        ):
            initiatives[member_id].append(title)
        activities: dict[str, int] = defaultdict(int)
        volunteer: dict[str, int] = defaultdict(int)
        prizes: dict[str, list[str]] = defaultdict(list)
        for member_id, kind, title, prize in self._rows(
            "SELECT p.member_id, a.kind, a.title, a.prizes FROM activity a "
            "JOIN activity_participant p ON p.activity_id = a.id "
            "WHERE a.deleted_at IS NULL AND a.year = ? AND a.unit_code = ? ORDER BY a.date",
            [year, unit_code],
        ):
            activities[member_id] += 1
            if kind == "volunteer":
                volunteer[member_id] += 1
            if clean_text(prize) and kind == "contest":
                prizes[member_id].append(f"{clean_text(prize)} ({title})")
        result = []
        for mid, fm, given, birth_date, birth_year, position, status, _key in people:
            months = monthly.get(mid, {})
            figure = year_figure(rules, months)
            mean = figure.mean if figure.rated else None
            band = band_for(rules, mean, veto=mid in vetoed) if mean is not None else None
            state, targets_json = pledges.get(mid, ("", "[]"))
            targets = json.loads(targets_json or "[]")
            met = 0
            for target in targets:
                quantity = float(target.get("quantity") or 0)
                if target.get("kind") == "initiatives":
                    done = float(len(initiatives.get(mid, [])))
                else:
                    done = float(target.get("achieved") or 0)
                if quantity > 0 and done >= quantity:
                    met += 1
            if birth_year is None and birth_date:
                birth_year = int(str(birth_date)[:4])
            result.append(
                MemberEvidence(
                    member_id=mid,
                    name=join_name(fm, given),
                    unit_code=unit_code,
                    birth_year=birth_year,
                    position=position,
                    active=status == "active",
                    months_assessed=len(months),
                    mean=float(mean) if mean is not None else None,
                    band=band.label if band else "",
                    band_code=band.code if band else "",
                    lowest_month=min(months.values()) if months else None,
                    veto=mid in vetoed,
                    pledge_state=state,
                    targets=len(targets),
                    targets_met=met,
                    initiatives=len(initiatives.get(mid, [])),
                    initiative_titles=initiatives.get(mid, []),
                    activities=activities.get(mid, 0),
                    volunteer=volunteer.get(mid, 0),
                    prizes=prizes.get(mid, []),
                )
            )
        return result

    def unit_evidence(self, year: int, codes: Sequence[str]) -> list[UnitEvidence]:
        """The year's figures of units below (their subtrees as merged here)."""
        names = self._unit_names()
        on_time: dict[str, int] = {}
        try:
            table = self.completeness.table(year, today=date(year + 1, 12, 31))
            for row in table.units:
                on_time[row.code] = sum(
                    1 for status in row.months.values() if status is MonthStatus.ON_TIME
                )
        except ValidationError:
            pass
        result = []
        for code in codes:
            tree = self._subtree(code)
            marks = ", ".join("?" * len(tree))
            members = self._rows(
                f"SELECT id FROM member WHERE unit_code IN ({marks}) AND deleted_at IS NULL "
                "AND status = 'active'",
                tree,
            )
            ids = [r[0] for r in members]
            pledged = self._rows(
                f"SELECT COUNT(DISTINCT member_id) FROM pledge WHERE unit_code IN ({marks}) "
                "AND year = ? AND deleted_at IS NULL AND state IN ('submitted', 'approved')",
                [*tree, year],
            )[0][0]
            assessed, months = self._rows(
                f"SELECT COUNT(*), COALESCE(MAX(month), 0) FROM assessment "
                f"WHERE unit_code IN ({marks}) AND year = ? AND deleted_at IS NULL "
                "AND total IS NOT NULL",
                [*tree, year],
            )[0]
            targets = self._rows(
                "SELECT COUNT(*), COALESCE(SUM(t.achieved_value >= t.target_value), 0) "
                "FROM campaign_target t JOIN campaign c ON c.id = t.campaign_id "
                f"WHERE t.unit_code IN ({marks}) AND c.year = ? AND t.deleted_at IS NULL "
                "AND c.deleted_at IS NULL AND t.target_value > 0",
                [*tree, year],
            )[0]
            initiatives = self._rows(
                f"SELECT COUNT(*) FROM initiative WHERE unit_code IN ({marks}) AND year = ? "
                f"AND deleted_at IS NULL AND state IN ({', '.join('?' * len(COUNTED_STATES))})",
                [*tree, year, *sorted(COUNTED_STATES)],
            )[0][0]
            result.append(
                UnitEvidence(
                    unit_code=code,
                    name=names.get(code, code),
                    members=len(ids),
                    pledged=min(pledged, len(ids)),
                    expected=len(ids) * months,
                    assessed=min(assessed, len(ids) * months),
                    on_time_months=on_time.get(code, 0),
                    targets=targets[0],
                    targets_met=targets[1],
                    initiatives=initiatives,
                )
            )
        return result

    # --- shortlist and quotas ---------------------------------------------------------------

    def shortlist(self, round_id: str) -> list[ShortlistEntry]:
        """This unit's candidates for the round by its rule, the proposed ones first:
        its members (individuals) and the units directly below it (collectives)."""
        r = self.round(round_id)
        own = self.own_unit_code()
        nominated = {
            (n.nominee_kind, n.member_id or n.nominee_unit_code)
            for n in self.nominations(round_id=round_id)
        }
        entries: list[ShortlistEntry] = []
        if r.individuals:
            for evidence in self.member_evidence(r.year, own):
                entry = judge_member(r.rule, evidence)
                entry.nominated = (RecipientKind.INDIVIDUAL, evidence.member_id) in nominated
                entries.append(entry)
        if r.collectives:
            codes = [code for code, _name in self._children(own)]
            for unit_evidence in self.unit_evidence(r.year, codes):
                entry = judge_unit(r.rule.collective, unit_evidence)
                entry.nominated = (RecipientKind.COLLECTIVE, unit_evidence.unit_code) in nominated
                entries.append(entry)

        def merit(entry: ShortlistEntry) -> tuple:
            e = entry.evidence
            mean = e.mean if isinstance(e, MemberEvidence) and e.mean is not None else 0.0
            return (
                not entry.proposed,
                entry.kind is RecipientKind.INDIVIDUAL,
                -mean,
                sort_key(entry.name),
            )

        return sorted(entries, key=merit)

    def quota(self, round_id: str, unit_code: str | None = None) -> int:
        """How many nominations ``unit_code`` (default: this unit) may send in the round."""
        unit_code = unit_code or self.own_unit_code()
        return self._quotas(self.round(round_id), [unit_code])[unit_code]

    def _quotas(self, r: CommendationRound, codes: Sequence[str]) -> dict[str, int]:
        """The quota of each unit in ``codes``: the round's hand-set one, else the rule's share
        of its active members (or of those rated good) plus, for collectives, of the units
        directly below it. A few grouped queries, whatever the number of units."""
        quotas = {code: r.quotas[code] for code in codes if code in r.quotas}
        rest = [code for code in codes if code not in quotas]
        if not rest:
            return quotas
        marks = ", ".join("?" * len(rest))
        base: dict[str, int] = defaultdict(int)
        if r.individuals and r.rule.quota_base is QuotaBase.RATED_GOOD:
            rules = self.years.peek(r.year).rules
            monthly: dict[tuple[str, str], dict[int, float]] = defaultdict(dict)
            vetoed: set[tuple[str, str]] = set()
            # The unit's active members and their months assessed there (as member_evidence).
            for unit_code, member_id, month, total, veto in self._rows(
                "SELECT m.unit_code, m.id, a.month, a.total, a.veto FROM member m "
                "LEFT JOIN assessment a ON a.member_id = m.id AND a.unit_code = m.unit_code "
                "AND a.year = ? AND a.deleted_at IS NULL "
                f"WHERE m.unit_code IN ({marks}) AND m.deleted_at IS NULL "
                "AND m.status = 'active'",
                [r.year, *rest],
            ):
                months = monthly[(unit_code, member_id)]
                if month is not None and total is not None:
                    months[month] = total
                if veto:
                    vetoed.add((unit_code, member_id))
            good: dict[tuple[float, bool], bool] = {}  # many members share a mean
            for key, months in monthly.items():
                figure = year_figure(rules, months)
                if not figure.rated or figure.mean is None:
                    continue
                mean = (float(figure.mean), key in vetoed)
                if mean not in good:
                    good[mean] = band_for(rules, mean[0], veto=mean[1]).code in _GOOD_BANDS
                if good[mean]:
                    base[key[0]] += 1
        elif r.individuals:
            base.update(
                self._rows(
                    "SELECT unit_code, COUNT(*) FROM member "
                    f"WHERE unit_code IN ({marks}) AND deleted_at IS NULL "
                    "AND status = 'active' GROUP BY unit_code",
                    rest,
                )
            )
        children: dict[str, int] = {}
        if r.collectives:
            children.update(
                self._rows(
                    f"SELECT parent_code, COUNT(*) FROM unit WHERE parent_code IN ({marks}) "
                    "GROUP BY parent_code",
                    rest,
                )
            )
        for code in rest:
            quota = quota_for(r.rule, base.get(code, 0)) if r.individuals else 0
            if r.collectives:
                # Collectives: the same share of the units directly below, at least one.
                quota += quota_for(r.rule, children.get(code, 0))
            quotas[code] = quota
        return quotas

    def quota_use(self, round_id: str) -> list[dict[str, Any]]:
        """Per proposing unit of the round: its quota and how many it nominated."""
        r = self.round(round_id)
        own = self.own_unit_code()
        used: dict[str, int] = defaultdict(int)
        for unit_code, state in self._rows(
            "SELECT unit_code, state FROM nomination WHERE round_id = ? AND deleted_at IS NULL",
            [round_id],
        ):
            if state == "sent" or unit_code == own:
                used[unit_code] += 1
        names = self._unit_names()
        below = [row[0] for row in self._rows("SELECT code FROM unit WHERE parent_code = ?", [own])]
        codes = sorted(set(used) | set(below))
        quotas = self._quotas(r, codes)
        keys = {code: sort_key(names.get(code) or code) for code in codes}
        return [
            {
                "unit_code": code,
                "name": names.get(code, code),
                "quota": quotas[code],
                "used": used.get(code, 0),
            }
            for code in sorted(codes, key=keys.__getitem__)
        ]

    # --- nominations ------------------------------------------------------------------------

    def _reviews(self) -> dict[str, tuple[str, str, str]]:
        """nomination id → (verdict, reason, reviewed at) of its newest review."""
        found: dict[str, tuple[str, str, str]] = {}
        for nomination_id, verdict, reason, at in self._rows(
            "SELECT nomination_id, verdict, reason, reviewed_at FROM nomination_review "
            "WHERE deleted_at IS NULL ORDER BY reviewed_at, id"
        ):
            found[nomination_id] = (verdict, reason, at)
        return found

    def _commended(self) -> set[str]:
        return {
            r[0]
            for r in self._rows(
                "SELECT a.nomination_id FROM award a JOIN commendation_decision d "
                "ON d.id = a.decision_id WHERE a.deleted_at IS NULL AND d.state = 'issued' "
                "AND a.nomination_id IS NOT NULL"
            )
        }

    def nominations(
        self,
        *,
        round_id: str | None = None,
        year: int | None = None,
        unit_code: str | None = None,
    ) -> list[Nomination]:
        """Live nominations (this unit's and those merged from below) with their shown state."""
        sql = f"SELECT {_NOMINATION_COLUMNS} FROM nomination WHERE deleted_at IS NULL"
        params: list[Any] = []
        for column, value in (("round_id", round_id), ("year", year), ("unit_code", unit_code)):
            if value is not None:
                sql += f" AND {column} = ?"
                params.append(value)
        rows = [_nomination(r) for r in self._rows(sql, params)]
        reviews = self._reviews()
        commended = self._commended()
        for n in rows:
            review = reviews.get(n.id)
            if n.id in commended:
                n.state = NominationState.COMMENDED
            elif review and n.own_state == "sent" and review[2] >= (n.sent_at or ""):
                n.state = NominationState(review[0])
                n.review_reason = review[1]
            elif review and review[0] == ReviewVerdict.RETURNED.value:
                n.review_reason = review[1]  # returned before; sent again or being fixed
        names = self._unit_names()
        rows.sort(
            key=lambda n: (
                sort_key(names.get(n.unit_code, n.unit_code)),
                n.nominee_kind is RecipientKind.INDIVIDUAL,
                sort_key(n.nominee_name),
            )
        )
        return rows

    def nomination(self, nomination_id: str) -> Nomination:
        found = [n for n in self.nominations() if n.id == nomination_id]
        if not found:
            raise NotFoundError("nomination_not_found", id=nomination_id)
        return found[0]

    def nominate(
        self, round_id: str, key: str, kind: RecipientKind = RecipientKind.INDIVIDUAL
    ) -> Nomination:
        """A draft nomination of a member of this unit, or of a unit directly below it, with
        its summary and figures taken from the year's evidence.

        Refused for an inactive or vetoed member (with the reason), for someone this unit
        may not propose, for a nominee the round already has, and in a closed round.
        """
        r = self.round(round_id)
        own = self.own_unit_code()
        if r.state is RoundState.CLOSED:
            raise ValidationError("round_closed", name=r.name)
        if kind is RecipientKind.INDIVIDUAL:
            if not r.individuals:
                raise ValidationError("round_no_individuals", name=r.name)
            evidence = next(
                (e for e in self.member_evidence(r.year, own) if e.member_id == key), None
            )
            if evidence is None:
                raise ValidationError("nomination_not_own_member")
            entry = judge_member(r.rule, evidence)
            if entry.refusal is Refusal.INACTIVE:
                raise ValidationError("nomination_member_inactive", name=evidence.name)
            if entry.refusal is Refusal.VETO:
                raise ValidationError("nomination_member_vetoed", name=evidence.name)
            name, summary = evidence.name, member_summary(evidence)
            figures = evidence.figures()
            position_unit = ", ".join(
                p for p in (evidence.position, self._unit_names().get(own, "")) if p
            )
            birth_year, member_id, unit = evidence.birth_year, evidence.member_id, own
        else:
            if not r.collectives:
                raise ValidationError("round_no_collectives", name=r.name)
            if key not in {code for code, _n in self._children(own)}:
                raise ValidationError("nomination_not_unit_below", unit=key)
            unit_evidence = self.unit_evidence(r.year, [key])[0]
            name, summary = unit_evidence.name, unit_summary(unit_evidence)
            figures = unit_evidence.figures()
            position_unit, birth_year, member_id, unit = "", None, None, key
        for other in self.nominations(round_id=round_id):
            if other.nominee_kind is kind and (other.member_id or other.nominee_unit_code) == key:
                raise ValidationError("nomination_duplicate", name=name)
        stamp = self.now_iso()
        nomination_id = new_id()
        with self.database.write("commendations"):
            self._rows(
                f"INSERT INTO nomination ({_NOMINATION_COLUMNS}, created_at) VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    nomination_id,
                    round_id,
                    r.year,
                    kind.value,
                    member_id,
                    unit,
                    name[:200],
                    birth_year,
                    position_unit,
                    "Thực hiện phong trào “3 trách nhiệm”",
                    summary,
                    json.dumps(figures, ensure_ascii=False, sort_keys=True),
                    None,
                    None,
                    None,
                    "",
                    "draft",
                    None,
                    own,
                    stamp,
                    stamp,
                ],
            )
        return self.nomination(nomination_id)

    def _own_nomination(self, nomination_id: str) -> Nomination:
        n = self.nomination(nomination_id)
        if n.unit_code != self.own_unit_code():
            raise ValidationError("nomination_not_own", unit=n.unit_code)
        return n

    def save_nomination(self, n: Nomination) -> Nomination:
        """Change a nomination's summary, field, meeting, votes or note (draft or returned)."""
        current = self._own_nomination(n.id)
        if current.state not in (NominationState.DRAFT, NominationState.RETURNED):
            raise ValidationError("nomination_not_editable", name=current.nominee_name)
        summary = clean_text(n.summary) if "\n" not in n.summary else n.summary.strip()
        if len(summary) > MAX_SUMMARY:
            raise ValidationError(
                "nomination_summary_too_long", limit=MAX_SUMMARY, length=len(summary)
            )
        for value in (n.votes_for, n.votes_present):
            if value is not None and value < 0:
                raise ValidationError("nomination_votes_invalid")
        if (n.votes_for is None) != (n.votes_present is None):
            raise ValidationError("nomination_votes_invalid")
        if (
            n.votes_for is not None
            and n.votes_present is not None
            and (n.votes_for > n.votes_present or n.votes_present == 0)
        ):
            raise ValidationError("nomination_votes_invalid")
        if n.meeting_date:
            date.fromisoformat(n.meeting_date)
        with self.database.write("commendations"):
            self._rows(
                "UPDATE nomination SET summary = ?, field = ?, position_unit = ?, "
                "meeting_date = ?, votes_for = ?, votes_present = ?, over_quota_note = ?, "
                "state = 'draft', updated_at = ? WHERE id = ?",
                [
                    summary,
                    clean_text(n.field),
                    clean_text(n.position_unit),
                    n.meeting_date,
                    n.votes_for,
                    n.votes_present,
                    clean_text(n.over_quota_note),
                    self.now_iso(),
                    n.id,
                ],
            )
        return self.nomination(n.id)

    def record_meeting(
        self, round_id: str, meeting_date: str, votes: dict[str, tuple[int, int]]
    ) -> list[Nomination]:
        """The review meeting of this unit: its date and each nomination's votes."""
        saved = []
        for nomination_id, (votes_for, present) in votes.items():
            n = self._own_nomination(nomination_id)
            if n.round_id != round_id:
                raise ValidationError("nomination_not_found", id=nomination_id)
            saved.append(
                self.save_nomination(
                    replace(
                        n, meeting_date=meeting_date, votes_for=votes_for, votes_present=present
                    )
                )
            )
        return saved

    def over_quota(self, round_id: str) -> tuple[int, int]:
        """(quota, nominations) of this unit in the round."""
        own = self.own_unit_code()
        count = len(self.nominations(round_id=round_id, unit_code=own))
        return self.quota(round_id, own), count

    def send(self, nomination_ids: Sequence[str]) -> list[Nomination]:
        """Mark nominations sent: they travel with the next packet to the round's unit.

        Over the quota, every nomination sent needs a note saying why
        (``nomination_over_quota``); a nomination without the review meeting's votes is
        refused (``nomination_votes_missing``).
        """
        nominations = [self._own_nomination(i) for i in nomination_ids]
        for n in nominations:
            if n.state not in (NominationState.DRAFT, NominationState.RETURNED):
                raise ValidationError("nomination_not_editable", name=n.nominee_name)
            if n.votes_for is None:
                raise ValidationError("nomination_votes_missing", name=n.nominee_name)
        for round_id in {n.round_id for n in nominations}:
            quota, count = self.over_quota(round_id)
            if count > quota:
                lacking = [
                    n for n in nominations if n.round_id == round_id and not n.over_quota_note
                ]
                if lacking:
                    raise ValidationError(
                        "nomination_over_quota",
                        quota=quota,
                        count=count,
                        name=lacking[0].nominee_name,
                    )
        stamp = self.now_iso()
        with self.database.write("commendations"):
            self.database.connection.cursor().executemany(
                "UPDATE nomination SET state = 'sent', sent_at = ?, updated_at = ? WHERE id = ?",
                [(stamp, stamp, n.id) for n in nominations],
            )
        return [self.nomination(n.id) for n in nominations]

    def delete_nomination(self, nomination_id: str) -> None:
        n = self._own_nomination(nomination_id)
        if n.state not in (NominationState.DRAFT, NominationState.RETURNED):
            raise ValidationError("nomination_not_editable", name=n.nominee_name)
        stamp = self.now_iso()
        with self.database.write("commendations"):
            self._rows(
                "UPDATE nomination SET deleted_at = ?, updated_at = ? WHERE id = ?",
                [stamp, stamp, nomination_id],
            )

    # --- reviews (the round's unit) ---------------------------------------------------------

    def review(
        self, nomination_ids: Sequence[str], verdict: ReviewVerdict, reason: str = ""
    ) -> list[Nomination]:
        """The round unit's word on sent nominations. Returning one needs a reason."""
        own = self.own_unit_code()
        if verdict is not ReviewVerdict.APPROVED:
            reason = cleaned_reason(reason, "review_reason_required")
        else:
            reason = clean_text(reason)
        nominations = [self.nomination(i) for i in nomination_ids]
        rounds = {r.id: r for r in self.rounds()}
        for n in nominations:
            r = rounds.get(n.round_id)
            if r is None or r.unit_code != own:
                raise ValidationError("review_not_round_owner", name=n.nominee_name)
            if n.own_state != "sent" and n.unit_code != own:
                raise ValidationError("review_not_sent", name=n.nominee_name)
            if n.state is NominationState.COMMENDED:
                raise ValidationError("review_already_commended", name=n.nominee_name)
        stamp = self.now_iso()
        with self.database.write("nomination_reviews"):
            for n in nominations:
                self._rows(
                    "INSERT INTO nomination_review (id, nomination_id, round_id, year, verdict, "
                    "reason, reviewed_at, unit_code, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        new_id(),
                        n.id,
                        n.round_id,
                        n.year,
                        verdict.value,
                        reason,
                        stamp,
                        own,
                        stamp,
                        stamp,
                    ],
                )
        return [self.nomination(n.id) for n in nominations]

    # --- decisions --------------------------------------------------------------------------

    def decisions(self, year: int | None = None) -> list[Decision]:
        """Live decisions (own and received), each with its recipients in annex order."""
        sql = f"SELECT {_DECISION_COLUMNS} FROM commendation_decision WHERE deleted_at IS NULL"
        params: list[Any] = []
        if year is not None:
            sql += " AND year = ?"
            params.append(year)
        decisions = [_decision(r) for r in self._rows(sql + " ORDER BY year, number, id", params)]
        if not decisions:
            return []
        by_id = {d.id: d for d in decisions}
        marks = ", ".join("?" * len(by_id))
        for row in self._rows(
            f"SELECT {_AWARD_COLUMNS} FROM award WHERE deleted_at IS NULL "
            f"AND decision_id IN ({marks}) ORDER BY position, id",
            list(by_id),
        ):
            decision = by_id[row[2]]
            decision.awards.append(_award(row, decision.state))
        return decisions

    def decision(self, decision_id: str) -> Decision:
        rows = self._rows(
            f"SELECT {_DECISION_COLUMNS} FROM commendation_decision WHERE id = ? "
            "AND deleted_at IS NULL",
            [decision_id],
        )
        if not rows:
            raise NotFoundError("decision_not_found", id=decision_id)
        decision = _decision(rows[0])
        decision.awards = [
            _award(row, decision.state)
            for row in self._rows(
                f"SELECT {_AWARD_COLUMNS} FROM award WHERE deleted_at IS NULL "
                "AND decision_id = ? ORDER BY position, id",
                [decision_id],
            )
        ]
        return decision

    def next_decision_number(self, year: int) -> int:
        rows = self._rows(
            "SELECT MAX(number) FROM commendation_decision WHERE unit_code = ? AND year = ? "
            "AND deleted_at IS NULL",
            [self.own_unit_code(), year],
        )
        return (rows[0][0] or 0) + 1

    def create_decision(
        self, round_id: str, nomination_ids: Sequence[str] | None = None
    ) -> Decision:
        """A draft decision of this unit for its round's approved nominations (or those given),
        collectives first, then individuals by unit and name: the annex order."""
        r = self.round(round_id)
        own_unit = self.own_unit()
        assert own_unit is not None
        if r.unit_code != own_unit.code:
            raise ValidationError("round_not_own", unit=r.unit_code)
        chosen = [
            n
            for n in self.nominations(round_id=round_id)
            if (nomination_ids is None and n.state is NominationState.APPROVED)
            or (nomination_ids is not None and n.id in nomination_ids)
        ]
        for n in chosen:
            if n.state is not NominationState.APPROVED:
                raise ValidationError("decision_nomination_not_approved", name=n.nominee_name)
        in_drafts = {
            a.nomination_id
            for d in self.decisions(r.year)
            if d.state is not DecisionState.ANNULLED
            for a in d.awards
        }
        chosen = [n for n in chosen if n.id not in in_drafts]
        if not chosen:
            raise ValidationError("decision_no_recipients")
        names = self._unit_names()
        chosen.sort(
            key=lambda n: (
                n.nominee_kind is RecipientKind.INDIVIDUAL,
                sort_key(names.get(n.unit_code, "")),
                sort_key(n.nominee_name.split()[-1] if n.nominee_name.split() else ""),
                sort_key(n.nominee_name),
            )
        )
        symbol = own_unit.doc_symbol
        number = self.next_decision_number(r.year)
        stamp = self.now_iso()
        decision_id = new_id()
        individuals = sum(n.nominee_kind is RecipientKind.INDIVIDUAL for n in chosen)
        collectives = len(chosen) - individuals
        with self.database.write("commendation_decisions", "awards"):
            self._rows(
                f"INSERT INTO commendation_decision ({_DECISION_COLUMNS}, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    decision_id,
                    r.year,
                    r.id,
                    r.form.value,
                    number,
                    decision_number_text(number, symbol),
                    None,
                    own_unit.signer_name,
                    own_unit.signer_title,
                    _decision_title(r, collectives, individuals),
                    "",
                    DEFAULT_RECIPIENTS,
                    "draft",
                    "",
                    None,
                    None,
                    own_unit.code,
                    stamp,
                    stamp,
                ],
            )
            for position, n in enumerate(chosen, start=1):
                self._rows(
                    f"INSERT INTO award ({_AWARD_COLUMNS}, created_at, updated_at) VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        new_id(),
                        r.year,
                        decision_id,
                        n.id,
                        position,
                        None,
                        "",
                        n.nominee_kind.value,
                        n.member_id,
                        n.nominee_unit_code,
                        n.nominee_name,
                        n.position_unit
                        if n.nominee_kind is RecipientKind.INDIVIDUAL
                        else names.get(own_unit.code, ""),
                        r.default_achievement,
                        r.form.value,
                        "",
                        None,
                        own_unit.issuing_body or own_unit.name,
                        "",
                        "own",
                        own_unit.code,
                        stamp,
                        stamp,
                    ],
                )
        return self.decision(decision_id)

    def _own_decision(self, decision_id: str) -> Decision:
        d = self.decision(decision_id)
        if d.unit_code != self.own_unit_code():
            raise ValidationError("decision_not_own", unit=d.unit_code)
        return d

    def save_decision(self, d: Decision) -> Decision:
        """Change a draft decision's number, date, signer, texts and recipients' lines."""
        current = self._own_decision(d.id)
        if current.state is not DecisionState.DRAFT:
            raise ValidationError("decision_not_draft", number=current.number_text)
        own_unit = self.own_unit()
        assert own_unit is not None
        if d.number is not None and d.number <= 0:
            raise ValidationError("decision_number_invalid")
        if d.decision_date:
            date.fromisoformat(d.decision_date)
        number_text = (
            decision_number_text(d.number, own_unit.doc_symbol) if d.number is not None else ""
        )
        recipients = d.recipients_line.strip()
        if clean_text(d.reward_text) and recipients == DEFAULT_RECIPIENTS:
            recipients = DEFAULT_RECIPIENTS.replace("Điều 2", "Điều 3")  # the reward is Điều 2
        stamp = self.now_iso()
        with self.database.write("commendation_decisions", "awards"):
            self._rows(
                "UPDATE commendation_decision SET number = ?, number_text = ?, decision_date = ?, "
                "signer_name = ?, signer_title = ?, title = ?, reward_text = ?, "
                "recipients_line = ?, updated_at = ? WHERE id = ?",
                [
                    d.number,
                    number_text,
                    d.decision_date,
                    clean_text(d.signer_name),
                    clean_text(d.signer_title),
                    clean_text(d.title),
                    clean_text(d.reward_text),
                    recipients,
                    stamp,
                    d.id,
                ],
            )
            known = {a.id for a in current.awards}
            for award in d.awards:
                if award.id not in known:
                    continue
                name = clean_text(award.recipient_name)
                if not name:
                    raise ValidationError("award_name_required")
                self._rows(
                    "UPDATE award SET recipient_name = ?, position_unit = ?, achievement = ?, "
                    "updated_at = ? WHERE id = ?",
                    [
                        name,
                        clean_text(award.position_unit),
                        clean_text(award.achievement),
                        stamp,
                        award.id,
                    ],
                )
        return self.decision(d.id)

    def issue(self, decision_id: str) -> Decision:
        """Issue a draft decision: its number unique in the unit's year, then every recipient
        gets the next register number (no gaps) and a verification code."""
        d = self._own_decision(decision_id)
        if d.state is not DecisionState.DRAFT:
            raise ValidationError("decision_not_draft", number=d.number_text)
        if d.number is None:
            raise ValidationError("decision_number_missing")
        if not d.decision_date:
            raise ValidationError("decision_date_missing", number=d.number_text)
        if not d.signer_name:
            raise ValidationError("decision_signer_missing", number=d.number_text)
        if not d.awards:
            raise ValidationError("decision_no_recipients")
        clash = self._rows(
            "SELECT id FROM commendation_decision WHERE unit_code = ? AND year = ? AND number = ? "
            "AND id != ? AND state != 'draft' AND deleted_at IS NULL",
            [d.unit_code, d.year, d.number, d.id],
        )
        if clash:
            raise ValidationError("decision_number_taken", number=d.number_text, year=d.year)
        for award in d.awards:
            if len(award.recipient_name) > MAX_NAME:
                raise ValidationError(
                    "award_name_too_long", name=award.recipient_name, limit=MAX_NAME
                )
        fmt = self.register_format()
        stamp = self.now_iso()
        with self.database.write("commendation_decisions", "awards", "settings", "audit_log"):
            secret = self._secret()
            last = self._rows(
                "SELECT COALESCE(MAX(register_number), 0) FROM award WHERE unit_code = ? "
                "AND year = ? AND source = 'own' AND register_number IS NOT NULL",
                [d.unit_code, d.year],
            )[0][0]
            for offset, award in enumerate(d.awards, start=1):
                number = last + offset
                text = register_text(number, d.year, fmt)
                code = verification_code(
                    secret, d.unit_code, d.number_text, text, award.recipient_name, d.decision_date
                )
                self._rows(
                    "UPDATE award SET register_number = ?, register_text = ?, decision_number = ?, "
                    "decision_date = ?, code = ?, updated_at = ? WHERE id = ?",
                    [number, text, d.number_text, d.decision_date, code, stamp, award.id],
                )
            self._rows(
                "UPDATE commendation_decision SET state = 'issued', issued_at = ?, updated_at = ? "
                "WHERE id = ?",
                [stamp, stamp, d.id],
            )
            self._audit(stamp, "decision_issued", d, "")
        return self.decision(d.id)

    def annul(self, decision_id: str, reason: str) -> Decision:
        """Annul an issued decision: its certificates stop verifying as genuine; logged."""
        d = self._own_decision(decision_id)
        reason = cleaned_reason(reason, "annul_reason_required")
        if d.state is not DecisionState.ISSUED:
            raise ValidationError("decision_not_issued", number=d.number_text)
        stamp = self.now_iso()
        with self.database.write("commendation_decisions", "audit_log"):
            self._rows(
                "UPDATE commendation_decision SET state = 'annulled', annul_reason = ?, "
                "annulled_at = ?, updated_at = ? WHERE id = ?",
                [reason, stamp, stamp, d.id],
            )
            self._audit(stamp, "decision_annulled", d, reason)
        return self.decision(d.id)

    def delete_decision(self, decision_id: str) -> None:
        """Only a draft is deleted; an issued decision stays (annul it instead)."""
        d = self._own_decision(decision_id)
        if d.state is not DecisionState.DRAFT:
            raise ValidationError("decision_issued_kept", number=d.number_text)
        stamp = self.now_iso()
        with self.database.write("commendation_decisions", "awards"):
            self._rows(
                "UPDATE award SET deleted_at = ?, updated_at = ? WHERE decision_id = ?",
                [stamp, stamp, d.id],
            )
            self._rows(
                "UPDATE commendation_decision SET deleted_at = ?, updated_at = ? WHERE id = ?",
                [stamp, stamp, d.id],
            )

    def _audit(self, stamp: str, action: str, d: Decision, reason: str) -> None:
        self._rows(
            "INSERT INTO audit_log (at, who, action, subject, reason, details) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                stamp,
                actor(),
                action,
                d.number_text,
                reason,
                json.dumps(
                    {"decision_id": d.id, "unit_code": d.unit_code, "year": d.year},
                    ensure_ascii=False,
                    sort_keys=True,
                ),
            ],
        )

    # --- the register -----------------------------------------------------------------------

    def register(self, year: int | None = None) -> list[Award]:
        """Entries of the register: recipients of issued or annulled decisions (own, merged
        from below, received from above) and awards entered by hand."""
        sql = (
            f"SELECT {', '.join('a.' + c.strip() for c in _AWARD_COLUMNS.split(','))}, "
            "COALESCE(d.state, 'issued') FROM award a LEFT JOIN commendation_decision d "
            "ON d.id = a.decision_id WHERE a.deleted_at IS NULL "
            "AND (a.source = 'external' OR d.state IN ('issued', 'annulled'))"
        )
        params: list[Any] = []
        if year is not None:
            sql += " AND a.year = ?"
            params.append(year)
        sql += " ORDER BY a.year, a.unit_code, a.register_number, a.position"
        return [_award(row[:-1], DecisionState(row[-1])) for row in self._rows(sql, params)]

    def add_external_award(self, award: Award) -> Award:
        """An award received from another level, entered by hand into this unit's register."""
        own = self.own_unit_code()
        name = clean_text(award.recipient_name)
        if not name:
            raise ValidationError("award_name_required")
        if not clean_text(award.decision_number) or not award.decision_date:
            raise ValidationError("award_decision_required")
        date.fromisoformat(award.decision_date)
        if award.member_id:
            found = self._rows(
                "SELECT unit_code FROM member WHERE id = ? AND deleted_at IS NULL",
                [award.member_id],
            )
            if not found:
                raise NotFoundError("member_not_found", id=award.member_id)
        stamp = self.now_iso()
        award_id = new_id()
        with self.database.write("awards"):
            self._rows(
                f"INSERT INTO award ({_AWARD_COLUMNS}, created_at, updated_at) VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    award_id,
                    award.year,
                    None,
                    None,
                    0,
                    None,
                    clean_text(award.register_text),
                    award.recipient_kind.value,
                    award.member_id,
                    award.recipient_unit_code or own,
                    name,
                    clean_text(award.position_unit),
                    clean_text(award.achievement),
                    award.form.value,
                    clean_text(award.decision_number),
                    award.decision_date,
                    clean_text(award.issuer_name),
                    "",
                    "external",
                    own,
                    stamp,
                    stamp,
                ],
            )
        return next(a for a in self.register() if a.id == award_id)

    def history(self, *, member_id: str | None = None, unit_code: str | None = None) -> list[Award]:
        """A member's or a collective's awards across every year, oldest first."""
        found = []
        for award in self.register():
            if (member_id is not None and award.member_id == member_id) or (
                unit_code is not None
                and award.recipient_kind is RecipientKind.COLLECTIVE
                and award.recipient_unit_code == unit_code
            ):
                found.append(award)
        return sorted(found, key=lambda a: (a.decision_date or "", a.register_number or 0))

    # --- verification -----------------------------------------------------------------------

    def verify(self, text: str) -> Verification:
        """Check a certificate's short code, or the text of its QR code.

        Genuine: the code is in a register this database holds and (for a QR text) every
        fact printed beside it matches that entry. Annulled: its decision was annulled.
        Unknown: no such entry, or the facts differ (another name on a genuine number).
        """
        payload = QrPayload.parse(text)
        code = normalize_code(payload.code if payload else text)
        rows = self._rows(
            f"SELECT {', '.join('a.' + c.strip() for c in _AWARD_COLUMNS.split(','))}, "
            "d.state, d.annul_reason, u.name FROM award a "
            "JOIN commendation_decision d ON d.id = a.decision_id "
            "LEFT JOIN unit u ON u.code = a.unit_code "
            "WHERE a.code = ? AND a.deleted_at IS NULL AND d.deleted_at IS NULL "
            "AND d.state IN ('issued', 'annulled')",
            [code],
        )
        if not rows:
            return Verification(code, VerifyStatus.UNKNOWN, reason="not_in_register")
        row = rows[0]
        award = _award(row[:-3], DecisionState(row[-3]))
        result = Verification(
            code=code,
            status=VerifyStatus.GENUINE,
            name=award.recipient_name,
            decision_number=award.decision_number,
            register_number=award.register_text,
            date=award.decision_date,
            issuer=row[-1] or award.issuer_name,
        )
        if payload is not None and not (
            same_name(payload.name, award.recipient_name)
            and payload.decision_number == award.decision_number
            and payload.register == award.register_text
            and payload.date_iso == (award.decision_date or "")
        ):
            result.status = VerifyStatus.UNKNOWN
            result.reason = "fields_differ"
            return result
        if award.state is DecisionState.ANNULLED:
            result.status = VerifyStatus.ANNULLED
            result.reason = "annulled"
            result.annul_reason = row[-2]
        return result

    def export_book(self, year: int, path: str | Path) -> Path:
        """The year's register, nominations and decisions as one workbook."""
        unit = self.own_unit()
        return write_commendation_book(
            Path(path),
            unit.name if unit else "",
            year,
            self.register(year),
            self.nominations(year=year),
            self.decisions(year),
        )

    # --- the command line's listing ---------------------------------------------------------

    def listing(self, year: int) -> dict[str, Any]:
        """Rounds, nominations and decisions of ``year`` in the shape of ``commendation list
        --json`` (outputs.md)."""
        rounds = [
            {
                "id": r.id,
                "name": r.name,
                "year": r.year,
                "form": r.form.value,
                "unit_code": r.unit_code,
                "individuals": r.individuals,
                "collectives": r.collectives,
                "state": r.state.value,
                "deadline": r.deadline,
            }
            for r in self.rounds(year)
        ]
        nominations = [
            {
                "id": n.id,
                "round_id": n.round_id,
                "unit_code": n.unit_code,
                "kind": n.nominee_kind.value,
                "name": n.nominee_name,
                "member_id": n.member_id,
                "nominee_unit_code": n.nominee_unit_code,
                "state": n.state.value,
                "votes_for": n.votes_for,
                "votes_present": n.votes_present,
                "summary": n.summary,
                "reason": n.review_reason,
            }
            for n in self.nominations(year=year)
        ]
        decisions = [
            {
                "id": d.id,
                "number": d.number_text,
                "date": d.decision_date,
                "state": d.state.value,
                "unit_code": d.unit_code,
                "recipients": [
                    {
                        "name": a.recipient_name,
                        "kind": a.recipient_kind.value,
                        "unit_code": a.recipient_unit_code,
                        "register_number": a.register_text,
                        "code": a.code,
                    }
                    for a in d.awards
                ],
            }
            for d in self.decisions(year)
        ]
        return {"rounds": rounds, "nominations": nominations, "decisions": decisions}


def _decision_title(r: CommendationRound, collectives: int, individuals: int) -> str:
    form = "Giấy khen" if r.form is not CommendationForm.CERTIFICATE else "Giấy chứng nhận"
    whom = []
    if collectives:
        whom.append("tập thể")
    if individuals:
        whom.append("cá nhân")
    return (
        f"V/v tặng {form} cho các {' và '.join(whom)} có thành tích xuất sắc trong thực hiện "
        f"phong trào “3 trách nhiệm” năm {r.year}"
    )


def describe_award_date(award: Award) -> str:
    return format_date(date.fromisoformat(award.decision_date)) if award.decision_date else ""
