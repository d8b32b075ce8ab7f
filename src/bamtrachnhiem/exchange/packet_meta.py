"""What a data packet says of itself: one section per unit, the metadata, the cover sheet.

The writer builds them and the reader parses them with the same ``SectionMeta``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bamtrachnhiem import __version__
from bamtrachnhiem.domain.criteria import default_criteria_set
from bamtrachnhiem.domain.dates import format_timestamp
from bamtrachnhiem.domain.exchange import PacketError
from bamtrachnhiem.domain.text import join_name
from bamtrachnhiem.exchange.packet_format import (
    CRITERIA_SETS,
    DATA_FORMAT,
    FORMAT_VERSION,
    MEMBERS,
    SHEET_ORDER,
    UNITS,
    PacketKind,
    canonical_json,
    content_hash,
    meta_hash,
)
from bamtrachnhiem.exchange.packet_writer import CoverSheet, DataSheet, PacketBook
from bamtrachnhiem.exchange.readable import Readable, band_labels


@dataclass
class SectionMeta:
    """One unit's snapshot as the metadata sheet describes it (one ``section`` row)."""

    unit_code: str
    unit_name: str
    parent_code: str | None
    year: int
    month: int
    seq: int
    packet_uuid: str
    exported_at: str
    app_version: str
    content_hash: str = ""  # the section hash the exporting code computed
    row_counts: dict[str, int] = field(default_factory=dict)

    def entry(self) -> dict[str, Any]:
        """The JSON object the metadata sheet holds for this section."""
        return {
            "unit_code": self.unit_code,
            "unit_name": self.unit_name,
            "parent_code": self.parent_code,
            "year": self.year,
            "month": self.month,
            "seq": self.seq,
            "packet_uuid": self.packet_uuid,
            "exported_at": self.exported_at,
            "app_version": self.app_version,
            "content_hash": self.content_hash,
            "row_counts": self.row_counts,
        }

    @staticmethod
    def fields_of(entry: dict[str, Any], file: str) -> dict[str, Any]:
        """The constructor arguments a section row gives; refused when it is malformed."""
        try:
            values: dict[str, Any] = {
                "unit_code": str(entry["unit_code"]),
                "unit_name": str(entry.get("unit_name", "")),
                "parent_code": entry.get("parent_code") or None,
                "year": int(entry["year"]),
                "month": int(entry["month"]),
                "seq": int(entry["seq"]),
                "packet_uuid": str(entry["packet_uuid"]),
                "exported_at": str(entry["exported_at"]),
                "app_version": str(entry.get("app_version", "")),
                "content_hash": str(entry["content_hash"]),
                "row_counts": {k: int(v) for k, v in dict(entry["row_counts"]).items()},
            }
        except (KeyError, TypeError, ValueError):
            raise PacketError.single("packet_meta_invalid", file=file, key="section") from None
        if not 1 <= values["month"] <= 12 or values["seq"] < 1:
            raise PacketError.single("packet_meta_invalid", file=file, key="section")
        return values


@dataclass
class ExportSection(SectionMeta):
    """A unit's snapshot being written: its rows per kind and their digests."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    digests: dict[str, list[str]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.rows.items()}


def data_sheets(
    sections: list[ExportSection], units: list[tuple], unit_digests: list[str]
) -> list[DataSheet]:
    readable = readable_for(sections)
    sheets: list[DataSheet] = []
    for kind in SHEET_ORDER:
        if kind is UNITS:
            sheets.append(DataSheet(UNITS, units, unit_digests))
            continue
        rows: list[tuple] = []
        digests: list[str] = []
        for section in sections:
            rows.extend(section.rows[kind.name])
            digests.extend(section.digests[kind.name])
        if kind.by_month:
            sheets.extend(_month_sheets(kind, rows, digests, readable))
        else:
            sheets.append(DataSheet(kind, rows, digests, readable))
    return sheets


def _month_sheets(
    kind: PacketKind, rows: list[tuple], digests: list[str], readable: Readable
) -> list[DataSheet]:
    """A sheet per month that has rows, in month order (the rows keep their order in it)."""
    at = kind.index("month")
    by_month: dict[int, tuple[list[tuple], list[str]]] = {}
    for row, digest in zip(rows, digests, strict=True):
        held = by_month.setdefault(row[at], ([], []))
        held[0].append(row)
        held[1].append(digest)
    return [
        DataSheet(kind.for_month(month), *by_month[month], readable) for month in sorted(by_month)
    ]


def readable_for(sections: list[ExportSection]) -> Readable:
    """The members' names and the bands' labels of the sections, for the words a packet shows."""
    top_year = sections[0].year
    names = {}
    m = MEMBERS
    at_id, at_fm, at_given = m.index("id"), m.index("family_middle_name"), m.index("given_name")
    for section in sections:
        for row in section.rows[MEMBERS.name]:
            names[row[at_id]] = join_name(row[at_fm], row[at_given])
    at_definition = CRITERIA_SETS.index("definition")
    definitions = [
        row[at_definition] for section in sections for row in section.rows[CRITERIA_SETS.name]
    ]
    return Readable(names, band_labels([default_criteria_set(top_year).to_json(), *definitions]))


def data_packet_book(
    sections: list[ExportSection],
    units: list[tuple],
    unit_digests: list[str],
) -> PacketBook:
    """The whole workbook of a data packet: sheets, metadata, properties, cover sheet."""
    top = sections[0]
    sheets = data_sheets(sections, units, unit_digests)
    row_counts = {kind.name: 0 for kind in SHEET_ORDER}
    for sheet in sheets:  # a kind written a sheet per month counts all of them
        row_counts[sheet.kind.name] = row_counts.get(sheet.kind.name, 0) + len(sheet.rows)
    for section in sections:
        section.row_counts = section.counts()
        if section is top:
            section.row_counts[UNITS.name] = len(units)
    meta = {
        "format": DATA_FORMAT,
        "format_version": str(FORMAT_VERSION),
        "packet_uuid": top.packet_uuid,
        "unit_code": top.unit_code,
        "unit_name": top.unit_name,
        "parent_code": top.parent_code or "",
        "year": str(top.year),
        "month": str(top.month),
        "seq": str(top.seq),
        "exported_at": top.exported_at,
        "app_version": __version__,
        "row_counts": canonical_json(row_counts),
        "content_hash": content_hash({s.unit_code: s.content_hash for s in sections}),
    }
    pairs = [*meta.items(), *(("section", canonical_json(s.entry())) for s in sections)]
    meta["meta_hash"] = meta_hash(pairs)
    pairs.append(("meta_hash", meta["meta_hash"]))
    parent = f"{top.parent_code}" if top.parent_code else "—"
    facts: list[tuple[str, object]] = [
        ("Đơn vị", top.unit_name),
        ("Mã đơn vị", top.unit_code),
        ("Mã đơn vị cấp trên", parent),
        ("Năm phong trào", top.year),
        ("Số liệu đến hết tháng", f"{top.month:02d}/{top.year}"),
        ("Số thứ tự gói", top.seq),
        ("Thời điểm xuất", format_timestamp(top.exported_at)),
        ("Phiên bản phần mềm", __version__),
        ("Định dạng", f"{DATA_FORMAT}, phiên bản {FORMAT_VERSION}"),
        ("Mã gói", top.packet_uuid),
    ]
    content_rows: list[list[object]] = [[s.kind.sheet, s.kind.title, len(s.rows)] for s in sheets]
    tables = [("Nội dung gói", ["Trang tính", "Nội dung", "Số dòng"], content_rows)]
    if len(sections) > 1:
        tables.append(
            (
                "Số liệu mới nhất của các đơn vị trực thuộc (đi kèm gói)",
                [
                    "Mã đơn vị",
                    "Tên đơn vị",
                    "Tháng",
                    "Số thứ tự gói",
                    "Đoàn viên",
                    "Phiếu đánh giá",
                ],
                [
                    [
                        s.unit_code,
                        s.unit_name,
                        f"{s.month:02d}/{s.year}",
                        s.seq,
                        len(s.rows[MEMBERS.name]),
                        len(s.rows["assessments"]),
                    ]
                    for s in sections[1:]
                ],
            )
        )
    cover = CoverSheet(
        title="GÓI DỮ LIỆU PHONG TRÀO “3 TRÁCH NHIỆM”",
        facts=facts,
        tables=tables,
        note=(
            "Tệp do phần mềm Ba trách nhiệm tạo để gửi đơn vị cấp trên. Xin đừng sửa nội dung: "
            "mọi thay đổi đều bị phát hiện khi nhập. Trang tính ẩn chứa thông tin kiểm tra."
        ),
    )
    return PacketBook(
        cover=cover,
        sheets=sheets,
        meta_rows=pairs,
        properties={k: v for k, v in meta.items()},
        title=f"Gói dữ liệu {top.unit_name} tháng {top.month:02d}/{top.year}",
    )
