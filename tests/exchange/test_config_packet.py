"""The downward configuration packet: tree entry, criteria, campaigns, deadlines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from bamtrachnhiem.domain.campaigns import Campaign, CampaignTarget
from bamtrachnhiem.domain.criteria import CriteriaSource
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.exchange import ImportStatus, PacketError
from bamtrachnhiem.domain.records import Unit
from bamtrachnhiem.services.configuration import default_deadline, upper_record_id
from tests.exchange.world import add_units, import_log, make_branch, open_unit


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    """The district HD's 2026 configuration for its branch CD-A."""
    upper = open_unit(tmp_path / "hd.db", "HD", "Huyện đoàn Ninh Hải")
    try:
        add_units(upper, "HD", ["CD-A", "CD-B"])
        upper.units.update(
            Unit(
                code="CD-A",
                name="Chi đoàn Cơ quan UBND xã Tân Hải",
                parent_code="HD",
                higher_body="ĐOÀN TNCS HỒ CHÍ MINH",
                issuing_body="BCH ĐOÀN XÃ TÂN HẢI",
                doc_symbol="ĐTN",
                place_name="Tân Hải",
            )
        )
        upper.campaigns.save(
            Campaign(
                name="Tháng Thanh niên 2026",
                start_date=date(2026, 3, 1),
                end_date=date(2026, 3, 31),
                year=2026,
                targets=[
                    CampaignTarget(name="Hồ sơ trực tuyến", measure_unit="hồ sơ", target_value=200),
                    CampaignTarget(name="Ngày tình nguyện", measure_unit="ngày", target_value=4),
                ],
            )
        )
        upper.configuration.set_deadline_day(2026, 10)
        return upper.configuration.export_config(2026, "CD-A", tmp_path / "cau-hinh.xlsx").path
    finally:
        upper.close()


def test_branch_adopts_the_configuration(tmp_path, config_file, snapshot):
    """Tree entry, read-only criteria, campaigns with targets and deadlines arrive; again:
    already imported, nothing changes."""
    branch = make_branch(tmp_path / "b", "CD-A", "HD", members=3, months=0, seed=1)
    ctx = branch.ctx
    try:
        result = ctx.configuration.import_config(config_file)
        assert result.status is ImportStatus.IMPORTED
        assert result.criteria_changed and result.unit_changed
        own = ctx.units.own_unit()
        assert (own.name, own.doc_symbol, own.issuing_body) == (
            "Chi đoàn Cơ quan UBND xã Tân Hải",
            "ĐTN",
            "BCH ĐOÀN XÃ TÂN HẢI",
        )
        criteria = ctx.years.criteria(2026)
        assert criteria.source is CriteriaSource.UPPER and criteria.source_unit_code == "HD"
        assert not ctx.years.can_edit(2026)
        with pytest.raises(ValidationError) as info:
            ctx.years.save_own(criteria)
        assert info.value.code == "criteria_from_upper"
        campaigns = ctx.campaigns.find(2026)
        upper_campaigns = [c for c in campaigns if c.from_upper]
        assert [c.name for c in upper_campaigns] == ["Tháng Thanh niên 2026"]
        assert [t.target_value for t in upper_campaigns[0].targets] == [200, 4]
        assert ctx.configuration.deadlines(2026)[3] == date(2026, 4, 10)
        assert ctx.configuration.deadline_source(2026) == "upper"

        before = snapshot(branch.path)
        again = ctx.configuration.import_config(config_file)
        assert again.status is ImportStatus.ALREADY_IMPORTED
        assert snapshot(branch.path) == before
    finally:
        ctx.close()


def test_campaign_results_travel_back_up(tmp_path, config_file):
    """A branch records what it achieved on the upper campaign; the upper level finds it
    under the id derived from its own target."""
    branch = make_branch(tmp_path / "b", "CD-A", "HD", members=2, months=0, seed=2)
    branch.ctx.configuration.import_config(config_file)
    campaign = next(c for c in branch.ctx.campaigns.find(2026) if c.from_upper)
    branch.ctx.campaigns.record_achieved(campaign.targets[0].id, 150)
    packet = branch.ctx.packet_export.export_packet(2026, 3, tmp_path / "CD-A.xlsx").path
    branch.ctx.close()
    upper = open_context_of(tmp_path / "hd.db")
    try:
        assert upper.packet_merge.apply([packet]).files[0].status is ImportStatus.IMPORTED
        own_target = next(c for c in upper.campaigns.find(2026)).targets[0]
        row = upper.database.connection.execute_sql(
            "SELECT achieved_value, unit_code FROM campaign_target WHERE id = ?",
            [upper_record_id(own_target.id, "CD-A")],
        ).fetchone()
        assert row == (150.0, "CD-A")
    finally:
        upper.close()


def open_context_of(path: Path):
    from bamtrachnhiem.bootstrap import open_context

    return open_context(path)


def test_configuration_for_another_unit_refused(tmp_path, config_file, snapshot):
    """A branch refuses a packet addressed to another unit; nothing changes, not even the log."""
    other = open_unit(tmp_path / "b.db", "CD-B", "Chi đoàn B", parent="HD")
    try:
        before = snapshot(tmp_path / "b.db")
        with pytest.raises(PacketError) as info:
            other.configuration.import_config(config_file)
        assert info.value.code == "config_other_unit"
        assert info.value.params["unit"] == "CD-A"
        assert snapshot(tmp_path / "b.db") == before
    finally:
        other.close()


def test_edited_configuration_refused_naming_the_row(tmp_path, config_file):
    """A configuration changed after export (a deadline moved) is refused with the row."""
    wb = openpyxl.load_workbook(config_file)
    ws = wb["Hạn nộp"]
    ws.cell(row=3, column=3).value = date(2026, 12, 31)
    edited = tmp_path / "sua.xlsx"
    wb.save(edited)
    branch = open_unit(tmp_path / "a.db", "CD-A", "Chi đoàn A", parent="HD")
    try:
        with pytest.raises(PacketError) as info:
            branch.configuration.import_config(edited)
        assert info.value.code == "config_edited"
        assert [(i.sheet, i.row) for i in info.value.issues[1:]] == [("Hạn nộp", 3)]
        assert import_log(tmp_path / "a.db") == []
    finally:
        branch.close()


def test_new_database_takes_its_unit_from_the_configuration(tmp_path, config_file):
    """A branch starting from nothing gets its own unit from the configuration packet."""
    from bamtrachnhiem.bootstrap import open_context

    ctx = open_context(tmp_path / "moi.db", create=True)
    try:
        result = ctx.configuration.import_config(config_file)
        assert result.unit_changed
        own = ctx.units.own_unit()
        assert (own.code, own.parent_code, own.doc_symbol) == ("CD-A", "HD", "ĐTN")
    finally:
        ctx.close()


def test_deadlines_default_and_validation(tmp_path):
    """Without settings a month is due on the 5th of the next; bad settings are refused."""
    ctx = open_unit(tmp_path / "x.db", "HD", "Huyện đoàn")
    try:
        assert ctx.configuration.deadlines(2026)[12] == date(2027, 1, 5)
        assert default_deadline(2026, 1, 31) == date(2026, 2, 28)
        with pytest.raises(ValidationError) as info:
            ctx.configuration.set_deadline_day(2026, 31)
        assert info.value.code == "deadline_day_invalid"
        with pytest.raises(ValidationError) as info:
            ctx.configuration.set_deadlines(2026, {5: date(2026, 4, 1)})
        assert info.value.code == "deadline_before_month"
        assert ctx.configuration.set_deadlines(2026, {5: date(2026, 6, 3)})[5] == date(2026, 6, 3)
    finally:
        ctx.close()


def test_configuration_only_for_units_below(tmp_path):
    """No configuration packet for the own unit or for a unit not in the tree."""
    ctx = open_unit(tmp_path / "x.db", "HD", "Huyện đoàn")
    try:
        for code, expected in (("HD", "config_own_unit"), ("CD-Z", "config_unit_unknown")):
            with pytest.raises(ValidationError) as info:
                ctx.configuration.export_config(2026, code, tmp_path / "c.xlsx")
            assert info.value.code == expected
    finally:
        ctx.close()
