"""Hostile text in every text column of every sheet our packets write, display columns too.

The writer has one path for cell values; these tests look at the XML it produces (never a
formula, never an error cell, the quote-prefix style on formula-looking text) and at the
round trip through a real upper level.
"""

from __future__ import annotations

import dataclasses
import re
import zipfile
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest

from bamtrachnhiem.domain.campaigns import Campaign, CampaignTarget
from bamtrachnhiem.domain.exchange import ImportStatus
from bamtrachnhiem.domain.kinds import ColumnType
from bamtrachnhiem.exchange.packet_format import (
    EXCEL_CELL_LIMIT,
    TABLE_KINDS,
    UNITS,
    canonical_text,
)
from tests.exchange.world import add_units, make_branch, open_unit, unit_snapshot

HOSTILE = [
    "=cmd|' /C calc'!A0 Vũ",
    "+84 912 345 678",
    "-2+3 điểm",
    "@SUM(A1:A3)",
    "\t=1+1",
    "\r=1+1 xuống dòng kiểu cũ",
    "\n=1+1 xuống dòng",
    "#N/A",
    "#REF!",
    "#DIV/0!",
    "_x0041_ không phải chữ A",
    "_x005F_x0041_ hai lần",
    '=HYPERLINK("http://vi.dụ","bấm vào")',
    "dòng 1\r\ndòng 2",
    "=" + "ư" * (EXCEL_CELL_LIMIT - 1),
]
# What a spreadsheet would evaluate if it were typed in, or show as an error.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_ERRORS = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")


def _looks_like_formula(text: str) -> bool:
    return text.startswith(_FORMULA_START) or text in _ERRORS


def _text_of(node: ElementTree.Element) -> str:
    """A string item's text as a spreadsheet shows it (OOXML escapes decoded, no phonetics)."""
    parts = [t.text or "" for t in node.iter(f"{_MAIN}t")]
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), "".join(parts))


def _written_text_cells(path: Path) -> dict[str, list[tuple[str, str, bool]]]:
    """Per sheet part: (cell, text, quote-prefixed) of every text cell; asserts no formula
    and no error cell anywhere."""
    found: dict[str, list[tuple[str, str, bool]]] = {}
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        strings: list[str] = []
        if "xl/sharedStrings.xml" in names:
            root = ElementTree.fromstring(zf.read("xl/sharedStrings.xml"))
            strings = [_text_of(si) for si in root.iter(f"{_MAIN}si")]
        styles = ElementTree.fromstring(zf.read("xl/styles.xml"))
        xfs = styles.find(f"{_MAIN}cellXfs")
        quoted = [xf.get("quotePrefix") in ("1", "true") for xf in xfs.iter(f"{_MAIN}xf")]
        sheets = [n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")]
        assert sheets
        for part in sheets:
            data = zf.read(part)
            assert not re.search(rb"<(\w+:)?f[\s>/]", data), f"a formula in {part}"
            root = ElementTree.fromstring(data)
            cells = []
            for c in root.iter(f"{_MAIN}c"):
                kind = c.get("t", "n")
                assert kind != "e", f"an error cell {c.get('r')} in {part}"
                if kind == "s":
                    text = strings[int(c.findtext(f"{_MAIN}v"))]
                elif kind == "inlineStr":
                    text = _text_of(c.find(f"{_MAIN}is"))
                elif kind == "str":
                    raise AssertionError(f"a formula result {c.get('r')} in {part}")
                else:
                    continue
                cells.append((c.get("r"), text, quoted[int(c.get("s", "0"))]))
            found[part] = cells
    return found


def _assert_safe(path: Path) -> list[str]:
    """Every formula-looking text cell carries the quote prefix; returns all texts written."""
    texts = []
    for part, cells in _written_text_cells(path).items():
        for ref, text, quote_prefixed in cells:
            texts.append(text)
            if _looks_like_formula(text):
                assert quote_prefixed, f"{part} {ref} {text[:30]!r} has no quote prefix"
    return texts


# Text columns whose values follow a rule (an e-mail address, a state or kind the app
# knows, a band computed from the scores): hostile text there is refused as a value.
_RULED = {"email", "state", "kind", "band"}


def _hostile_everywhere(db, kinds) -> list[str]:
    """Every free-text column of every row of ``kinds`` set to hostile text (straight into
    storage: the services tidy whitespace, a packet must carry what is stored)."""
    conn = db.connection
    used = []
    n = 0
    for kind in kinds:
        columns = [
            c.key
            for c in kind.columns
            if c.type is ColumnType.TEXT and c.stored and c.key not in _RULED
        ]
        ids = [r[0] for r in conn.execute_sql(f'SELECT "{kind.id_key}" FROM "{kind.table}"')]
        for row_id in ids:
            for column in columns:
                text = HOSTILE[n % len(HOSTILE)]
                n += 1
                conn.execute_sql(
                    f'UPDATE "{kind.table}" SET "{column}" = ? WHERE "{kind.id_key}" = ?',
                    [text, row_id],
                )
                used.append(text)
    return used


def test_hostile_text_in_every_column_of_a_data_packet(tmp_path: Path):
    """A branch whose every text column, member names included, holds hostile text exports
    a packet with no formula anywhere, the quote prefix where needed, and the district
    imports it as imported (not edited), every row as stored at the branch."""
    branch = make_branch(tmp_path, "CD-A", "DX", members=len(HOSTILE), months=2, seed=4)
    try:
        used = _hostile_everywhere(branch.ctx.database, [*TABLE_KINDS, UNITS])
        assert set(used) == set(HOSTILE)
        # The display column "Họ và tên" of Đăng ký and Đánh giá tháng: names that are
        # formulas, errors and escapes.
        for i, member_id in enumerate(branch.member_ids):
            branch.ctx.database.connection.execute_sql(
                "UPDATE member SET family_middle_name = ?, given_name = ? WHERE id = ?",
                ["", HOSTILE[i], member_id],
            )
        packet = branch.ctx.packet_export.export_packet(2026, 2, tmp_path / "goi.xlsx").path
        branch_rows = unit_snapshot(branch.path, "CD-A")
    finally:
        branch.ctx.close()

    written = _assert_safe(packet)
    # The name shown after a member id, and first in the lists of authors and participants.
    shown_names = {t.split(";")[0] for t in written if t.startswith("=cmd|")}
    assert shown_names == {"=cmd|' /C calc'!A0 Vũ"}
    assert {"#N/A", "#REF!", "_x0041_ không phải chữ A"} <= set(written)

    upper = open_unit(tmp_path / "dx.db", "DX", "Đoàn xã")
    add_units(upper, "DX", ["CD-A"])
    try:
        outcome = upper.packet_merge.apply([packet]).files[0]
        assert outcome.status is ImportStatus.IMPORTED, outcome.errors
        # Line ends arrive as LF, the canonical form since format version 3.
        assert unit_snapshot(upper.database.path, "CD-A") == {
            kind: [tuple(canonical_text(v) if isinstance(v, str) else v for v in r) for r in rows]
            for kind, rows in branch_rows.items()
        }
    finally:
        upper.close()


def test_hostile_text_in_every_sheet_of_a_configuration_packet(tmp_path: Path):
    """The configuration packet's cover, data and display sheets (criteria, bands) hold no
    formula either, and the branch adopts it with the text exactly as sent."""
    upper = open_unit(tmp_path / "hd.db", "HD", "=Huyện đoàn")
    try:
        add_units(upper, "HD", ["CD-A"])
        upper.campaigns.save(
            Campaign(
                name="Tháng Thanh niên",
                start_date=date(2026, 3, 1),
                end_date=date(2026, 3, 31),
                year=2026,
                targets=[CampaignTarget(name="Hồ sơ", measure_unit="hồ sơ", target_value=2)],
            )
        )
        criteria = upper.years.criteria(2026)
        upper.years.save_own(
            dataclasses.replace(
                criteria,
                name="=Bộ tiêu chí",
                criteria=tuple(
                    dataclasses.replace(c, name=HOSTILE[i % len(HOSTILE)][:200])
                    for i, c in enumerate(criteria.criteria)
                ),
                rules=dataclasses.replace(
                    criteria.rules,
                    bands=tuple(
                        dataclasses.replace(b, label=label)
                        for b, label in zip(
                            criteria.rules.bands,
                            ["=Xuất sắc", "+Tốt", "-Đạt", "@Chưa"],
                            strict=False,
                        )
                    ),
                ),
            )
        )
        used = _hostile_everywhere(upper.database, [UNITS, *TABLE_KINDS])
        assert used
        config = upper.configuration.export_config(2026, "CD-A", tmp_path / "cau-hinh.xlsx").path
        campaigns = [c.name for c in upper.campaigns.find(2026)]
    finally:
        upper.close()

    written = _assert_safe(config)
    assert "=Bộ tiêu chí" in written and "=Xuất sắc" in written

    branch = make_branch(tmp_path / "b", "CD-A", "HD", members=2, months=0, seed=1)
    try:
        result = branch.ctx.configuration.import_config(config)
        assert result.status is ImportStatus.IMPORTED
        arrived = [c.name for c in branch.ctx.campaigns.find(2026) if c.from_upper]
        assert arrived == campaigns
    finally:
        branch.ctx.close()


@pytest.mark.parametrize("text", HOSTILE[:-1], ids=[repr(t)[:24] for t in HOSTILE[:-1]])
def test_every_kind_of_cell_goes_through_one_path(tmp_path: Path, text: str):
    """Cover facts, cover tables, headers, display sheets and metadata: the same rule."""
    from bamtrachnhiem.exchange import packet_writer as pw

    book = pw.PacketBook(
        cover=pw.CoverSheet(text, [(text, text)], [(text, [text], [[text, 1]])], text),
        sheets=[],
        meta_rows=[(text, text)],
        properties={},
        display_sheets=[pw.DisplaySheet("Hiển thị", [text], [[text]], [20])],
    )
    path = tmp_path / "thu.xlsx"
    pw.write_packet_book(path, book)
    written = _assert_safe(path)
    assert written.count(text) >= 9
