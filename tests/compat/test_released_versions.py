"""Files made by every released version still open, upgrade and import with today's code.

Each ``tests/compat/v<N>/`` world was made once by version N's own code
(``scripts/make_compat_world.py``) and is never edited; a new released version adds a
folder and these tests cover it too.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from bamtrachnhiem.bootstrap import AppContext, open_context
from bamtrachnhiem.domain.exchange import ImportStatus
from bamtrachnhiem.domain.records import Unit
from bamtrachnhiem.exchange.packet_format import FORMAT_VERSION
from bamtrachnhiem.storage.migrations import SCHEMA_VERSION

WORLDS = sorted(Path(__file__).parent.glob("v*/manifest.json"))


@pytest.fixture(params=WORLDS, ids=lambda p: p.parent.name)
def world(request, tmp_path: Path) -> dict:
    """A copy of one released version's world, with its manifest."""
    source = request.param.parent
    copy = tmp_path / source.name
    shutil.copytree(source, copy)
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    manifest["folder"] = copy
    return manifest


def _count(db: Path, table: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def _fresh_district(world: dict, path: Path) -> AppContext:
    ctx = open_context(path, create=True)
    ctx.units.create_own(
        Unit(code=world["district"], name="Huyện đoàn", parent_code=world["province"])
    )
    for code in world["branches"]:
        ctx.units.add(Unit(code=code, name=f"Chi đoàn {code}", parent_code=world["district"]))
    return ctx


def test_worlds_are_older_than_or_equal_to_today() -> None:
    """Every kept world is of a version this code claims to read."""
    assert WORLDS, "the version-1 world is committed"
    for manifest in WORLDS:
        made = json.loads(manifest.read_text(encoding="utf-8"))
        assert made["packet_format_version"] <= FORMAT_VERSION
        assert made["schema_version"] <= SCHEMA_VERSION


def test_every_database_opens_and_upgrades_after_a_backup(world: dict) -> None:
    """Each database of the world opens with today's code, upgraded, keeping its rows."""
    folder: Path = world["folder"]
    databases = [
        folder / "district.db",
        folder / "province.db",
        *(folder / "branches").glob("*.db"),
    ]
    for db in databases:
        members, assessments = _count(db, "member"), _count(db, "assessment")
        ctx = open_context(db)
        try:
            assert ctx.database.user_version == SCHEMA_VERSION
            assert ctx.database.integrity_report() == ["ok"]
            assert ctx.members.count() == members - _count(
                db, "member WHERE deleted_at IS NOT NULL"
            )
            assert _count(db, "assessment") == assessments
            assert ctx.units.own_unit() is not None
        finally:
            ctx.close()
        if world["schema_version"] < SCHEMA_VERSION:
            backups = sorted(p.name for p in (folder / db.parent / f"{db.stem}-backups").iterdir())
            assert any(f"before-v{world['schema_version'] + 1}" in name for name in backups)


def test_branch_packets_import_into_a_new_district(world: dict, tmp_path: Path) -> None:
    """December's packets give the counts the old version's own import gave; October's,
    arriving after them, are stale."""
    folder: Path = world["folder"]
    ctx = _fresh_district(world, tmp_path / "district.db")
    try:
        december = ctx.packet_merge.apply([folder / "packets" / f"{world['year']}-12"])
        got = {f.path.name: {k: c.as_dict() for k, c in f.counts.items()} for f in december.files}
        expected = {
            entry["file"]: {
                k: {**c, "stale": 0, "rejected": 0} if "stale" not in c else c
                for k, c in entry["counts"].items()
            }
            for entry in world["imported_december"]
        }
        assert [f.status for f in december.files] == [ImportStatus.IMPORTED] * len(got)
        for name, counts in expected.items():
            for kind, figures in counts.items():
                assert got[name][kind] == figures, (name, kind)
        october = ctx.packet_merge.apply([folder / "packets" / f"{world['year']}-10"])
        assert {f.status for f in october.files} == {ImportStatus.STALE}
    finally:
        ctx.close()


def test_months_arrive_in_order_as_a_district_receives_them(world: dict, tmp_path: Path) -> None:
    """October then December, as a district merges month by month: both imported, and the
    district ends with the same members as the old version's own district."""
    folder: Path = world["folder"]
    ctx = _fresh_district(world, tmp_path / "district.db")
    try:
        for month in (10, 12):
            report = ctx.packet_merge.apply([folder / "packets" / f"{world['year']}-{month:02d}"])
            assert {f.status for f in report.files} == {ImportStatus.IMPORTED}
            assert not any(f.edited_rows for f in report.files)
        expected = _count(folder / "district.db", "member WHERE deleted_at IS NULL")
        assert ctx.members.count() == expected
    finally:
        ctx.close()


def test_the_district_packet_reaches_the_province(world: dict) -> None:
    """The old district's roll-up packet imports into the old province, upgraded: its
    branches come along with their members."""
    folder: Path = world["folder"]
    ctx = open_context(folder / "province.db")
    try:
        report = ctx.packet_merge.apply([folder / "district-packet.xlsx"])
        outcome = report.files[0]
        assert outcome.status is ImportStatus.IMPORTED, outcome.errors
        codes = {u.code for u in ctx.units.find()}
        assert set(world["branches"]) <= codes
        assert ctx.members.count() == _count(
            folder / "district.db", "member WHERE deleted_at IS NULL"
        )
    finally:
        ctx.close()


def test_the_configuration_packet_imports_at_the_branch(world: dict) -> None:
    """The old district's configuration packet applies at its (upgraded) branch."""
    folder: Path = world["folder"]
    code = world["config_packet"]["unit_code"]
    ctx = open_context(folder / "branches" / f"{code}.db")
    try:
        own = ctx.units.own_unit()
        own.signer_name, own.signer_title = "Trần Thị Bích", "BÍ THƯ"
        ctx.units.update(own)
        result = ctx.configuration.import_config(folder / f"config-{code}.xlsx")
        assert result.status is ImportStatus.IMPORTED
        assert not ctx.years.can_edit(world["year"])
        assert len(ctx.campaigns.find(world["year"])) >= world["config_packet"]["campaigns"]
        kept = ctx.units.own_unit()
        assert (kept.signer_name, kept.signer_title) == ("Trần Thị Bích", "BÍ THƯ")
    finally:
        ctx.close()


def test_an_upgraded_branch_sends_a_packet_its_upgraded_district_reads(
    world: dict, tmp_path: Path
) -> None:
    """After both upgrade, the branch's next packet (today's format) imports at the district
    on top of what the old version merged."""
    folder: Path = world["folder"]
    code = world["branches"][0]
    branch = open_context(folder / "branches" / f"{code}.db")
    try:
        packet = branch.packet_export.export_packet(world["year"], 12, tmp_path / "next.xlsx")
    finally:
        branch.close()
    district = open_context(folder / "district.db")
    try:
        outcome = district.packet_merge.apply([packet.path]).files[0]
        assert outcome.status is ImportStatus.IMPORTED, outcome.errors
        assert not outcome.edited_rows
    finally:
        district.close()
