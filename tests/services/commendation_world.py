"""A district with two branches whose year qualifies some members, for commendation tests.

Everything is written through the services; records travel between the databases only in
real packets (configuration down, data up).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from bamtrachnhiem.bootstrap import AppContext, open_context
from bamtrachnhiem.domain.campaigns import Activity, ActivityKind
from bamtrachnhiem.domain.initiatives import Initiative, InitiativeState
from bamtrachnhiem.domain.pledges import Commitment, PersonalTarget, Pledge, TargetKind
from bamtrachnhiem.domain.records import Member, Unit

YEAR = 2026
MAXIMA = {
    "A1": 15, "A2": 8, "A3": 7, "A4": 5, "A5": 5, "B1": 10, "B2": 8, "B3": 7, "B4": 5,
    "C1": 8, "C2": 8, "C3": 8, "C4": 6,
}  # fmt: skip


def scores(total: int) -> dict[str, float]:
    """Self scores adding up to ``total`` (at most 100)."""
    left = 100 - total
    result = {}
    for code, top in MAXIMA.items():
        cut = min(top, left)
        left -= cut
        result[code] = float(top - cut)
    return result


@dataclass
class World:
    folder: Path
    district: AppContext
    branches: dict[str, AppContext]
    members: dict[str, dict[str, str]]  # branch → name → member id

    def close(self) -> None:
        self.district.close()
        for ctx in self.branches.values():
            ctx.close()

    def config_down(self, code: str) -> Path:
        path = self.folder / f"cfg-{code}-{len(list(self.folder.glob('cfg-*')))}.xlsx"
        self.district.configuration.export_config(YEAR, code, path)
        result = self.branches[code].configuration.import_config(path)
        assert result.status.value == "imported", result
        return path

    def packet_up(self, code: str, month: int = 12) -> Path:
        path = self.folder / f"p-{code}-{len(list(self.folder.glob('p-*')))}.xlsx"
        self.branches[code].packet_export.export_packet(YEAR, month, path)
        report = self.district.packet_merge.apply([path])
        outcome = report.files[0]
        assert outcome.status.value == "imported", outcome
        return path


# name, monthly total, veto month, initiative applied, volunteer activities, status
PEOPLE = {
    "CD-1": [
        ("Nguyễn Thị Ngọc Ánh", 95, None, True, 0, "active"),
        ("Trần Văn Bình", 93, None, False, 2, "active"),
        ("Lê Minh Cường", 91, 5, True, 0, "active"),  # vetoed in May
        ("Phạm Thu Hà", 80, None, False, 0, "active"),
        ("Võ Hữu Dũng", 94, None, True, 0, "transferred"),
    ],
    "CD-2": [
        ("Hoàng Thị Lan", 96, None, True, 1, "active"),
        ("Đặng Quốc Nam", 75, None, False, 0, "active"),
        ("Bùi Kim Yến", 72, None, False, 0, "active"),
    ],
}


def build(folder: Path) -> World:
    folder.mkdir(parents=True, exist_ok=True)
    district = open_context(folder / "district.db", create=True)
    district.units.create_own(
        Unit(
            code="HD",
            name="Huyện đoàn Bình Sơn",
            higher_body="Tỉnh Đoàn Quảng Ngãi",
            issuing_body="Ban Chấp hành Huyện đoàn Bình Sơn",
            doc_symbol="HĐTN",
            place_name="Bình Sơn",
            has_standing_committee=True,
            signer_title="Bí thư",
            signer_name="Trần Thanh Hải",
        )
    )
    district.years.open_year(YEAR)
    branches: dict[str, AppContext] = {}
    members: dict[str, dict[str, str]] = {}
    for code in PEOPLE:
        district.units.add(Unit(code=code, name=f"Chi đoàn {code[-1]}", parent_code="HD"))
        ctx = open_context(folder / f"{code}.db", create=True)
        branches[code] = ctx
    world = World(folder, district, branches, members)
    for code, people in PEOPLE.items():
        world.config_down(code)
        members[code] = _live_year(branches[code], people)
    return world


def _live_year(ctx: AppContext, people: list) -> dict[str, str]:
    ids: dict[str, str] = {}
    for name, *_rest in people:
        family, given = name.rsplit(" ", 1)
        member = ctx.members.save(
            Member(given_name=given, family_middle_name=family, position="Chuyên viên")
        )
        ids[name] = member.id
    for name, _total, _veto, applied, volunteer, _status in people:
        mid = ids[name]
        pledge = ctx.pledges.save(
            Pledge(
                member_id=mid,
                year=YEAR,
                commitments=[Commitment("A", "Giải quyết hồ sơ đúng hạn")],
                targets=[
                    PersonalTarget(TargetKind.INITIATIVES, "Sáng kiến", 1, "sáng kiến"),
                    PersonalTarget(TargetKind.COURSES, "Khóa học", 1, "khóa", achieved=1),
                ],
            )
        )
        ctx.pledges.submit(pledge.id)
        ctx.pledges.approve(pledge.id)
        if applied:
            initiative = ctx.initiatives.save(
                Initiative(title=f"Số hóa hồ sơ của {name}", year=YEAR, authors=[mid])
            )
            ctx.initiatives.move_to(initiative.id, InitiativeState.TRIAL, on=date(YEAR, 3, 1))
            ctx.initiatives.move_to(initiative.id, InitiativeState.APPLIED, on=date(YEAR, 6, 1))
        for i in range(volunteer):
            ctx.activities.save(
                Activity(
                    date(YEAR, 4 + i, 10),
                    ActivityKind.VOLUNTEER,
                    title=f"Tình nguyện {i + 1}",
                    participants=[mid],
                )
            )
    for month in range(1, 13):
        grid = ctx.assessments.grid(YEAR, month)
        rows = []
        for name, total, veto_month, *_ in people:
            row = next(r for r in grid.rows if r.member_id == ids[name])
            veto = veto_month == month
            rows.append(
                replace(
                    row.assessment,
                    self_scores=scores(total),
                    veto=veto,
                    veto_reason="Vi phạm kỷ luật" if veto else "",
                )
            )
        ctx.assessments.save_grid(YEAR, month, rows)
    for name, *_rest, status in people:
        if status == "transferred":
            from bamtrachnhiem.domain.records import MemberStatus

            ctx.members.set_status(ids[name], MemberStatus.TRANSFERRED, date(YEAR, 12, 1))
    return ids
