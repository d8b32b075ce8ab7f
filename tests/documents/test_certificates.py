"""Certificates on paper: the grid of vietnamese.md, text kept in its blocks, the overlay
landing on the full design, refusals that name the certificate, the calibration page."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from bamtrachnhiem.documents.certificates import fit, qr_modules, write_calibration
from bamtrachnhiem.documents.certificates import write_certificates as write
from bamtrachnhiem.domain.certificates import (
    CertificateData,
    PrintMode,
    Template,
    full_template,
    overlay_template,
)
from bamtrachnhiem.domain.errors import ValidationError

MM = 72 / 25.4
NAME_60 = "Tôn Nữ Hoàng Khánh Uyên Nguyễn Phước Bảo Ngọc Trâm Anh Thuận"  # 60 characters
ACHIEVEMENT_3 = (
    "Đã có thành tích xuất sắc trong thực hiện phong trào “3 trách nhiệm” năm 2026, tiêu "
    "biểu trong cải cách hành chính, chuyển đổi số, hỗ trợ người dân thực hiện thủ tục hành "
    "chính trực tuyến và tham gia tích cực các hoạt động tình nguyện vì cộng đồng của đơn vị."
)


def fields(**changes: str) -> dict[str, str]:
    base = {
        "higher_body": "HUYỆN ĐOÀN BÌNH SƠN",
        "issuing_body": "BCH ĐOÀN KHỐI CÁC CƠ QUAN",
        "title": "GIẤY KHEN",
        "salutation": "Đồng chí: Nguyễn Thị Ngọc Ánh",
        "position_unit": "Chuyên viên, Chi đoàn Văn phòng UBND xã",
        "achievement": "Đã có thành tích xuất sắc trong thực hiện phong trào “3 trách nhiệm” năm 2026.",
        "decision_number": "125-QĐ/ĐTN",
        "decision_date": "05/01/2026",
        "register": "0125",
        "place_date": "Bình Sơn, ngày 05 tháng 01 năm 2026",
        "tm_line": "TM. BAN THƯỜNG VỤ",
        "signer_title": "BÍ THƯ",
        "signer_name": "Trần Văn Bình",
        "code": "ABCDE-FGHJK",
    }
    return base | changes


def cert(label: str = "Nguyễn Thị Ngọc Ánh (số vào sổ 0125)", **changes: str) -> CertificateData:
    return CertificateData(
        label, fields(**changes), qr_text="BTN1|ABCDE-FGHJK|125-QĐ/ĐTN|0125|2026-01-05|Ánh"
    )


def words(path: Path) -> list[tuple[str, float, float, float, float]]:
    """(word, x min, y min, x max, y max) in mm from the top left, for every page."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html,
    )
    return [
        (w.replace("&amp;", "&"), float(a) / MM, float(b) / MM, float(c) / MM, float(d) / MM)
        for a, b, c, d, w in found
    ]


def line_text(ws, y_min: float, y_max: float) -> str:
    return " ".join(w for w, _x0, y0, _x1, y1 in ws if y0 >= y_min - 1 and y1 <= y_max + 1)


def test_full_design_follows_the_grid_with_every_diacritic(tmp_path: Path) -> None:
    """Each text sits in its band of the grid (mm from the top) and reads back exactly."""
    pdf = write(tmp_path / "gk.pdf", full_template(), [cert()], PrintMode.FULL)
    ws = words(pdf)
    assert line_text(ws, 45, 57) == "TẶNG"
    assert line_text(ws, 58, 80) == "GIẤY KHEN"
    assert line_text(ws, 86, 98) == "Đồng chí: Nguyễn Thị Ngọc Ánh"
    assert line_text(ws, 99, 108) == "Chuyên viên, Chi đoàn Văn phòng UBND xã"
    assert "“3 trách nhiệm” năm 2026." in line_text(ws, 111, 133)
    assert line_text(ws, 150, 155) == "Quyết định số: 125-QĐ/ĐTN, ngày 05/01/2026"
    assert line_text(ws, 156, 162) == "Số vào sổ: 0125"
    for word, x0, _y0, x1, _y1 in ws:
        assert x0 > 14 and x1 < 297 - 14, word  # inside the inner gold line
    left = [w for w in ws if w[0] in ("HUYỆN", "ĐOÀN", "BÌNH", "SƠN") and w[2] < 26 and w[1] < 150]
    assert left and all(x0 >= 20 and x1 <= 140 for _w, x0, _y, x1, _y1 in left)
    bottom_right = [w for w in ws if w[0] in ("TM.", "BÍ", "Trần")]
    assert all(x0 >= 162 for _w, x0, *_ in bottom_right)


def test_overlay_prints_only_the_variable_fields_at_their_full_design_places(
    tmp_path: Path,
) -> None:
    """Every word of the overlay is at the same place as on the full design; the stock's
    own texts (title, bodies, TM line) are not printed."""
    full = words(write(tmp_path / "full.pdf", full_template(), [cert()], PrintMode.FULL))
    over = words(write(tmp_path / "phoi.pdf", overlay_template(), [cert()], PrintMode.OVERLAY))
    texts = {w[0] for w in over}
    assert not texts & {"GIẤY", "KHEN", "TẶNG", "TNCS", "TM.", "HUYỆN"}
    assert {"Ánh", "0125", "Bình", "ABCDE-FGHJK"} <= texts
    positions = {(w[0], round(w[1], 1), round(w[2], 1)) for w in full}
    for word, x0, y0, *_ in over:
        assert (word, round(x0, 1), round(y0, 1)) in positions, word


def test_the_printer_offset_moves_every_field(tmp_path: Path) -> None:
    """dx/dy shift the overlay by exactly that many millimetres."""
    base = words(write(tmp_path / "a.pdf", overlay_template(), [cert()], PrintMode.OVERLAY))
    moved_template = replace(overlay_template(), dx=2.0, dy=-1.5)
    moved = words(write(tmp_path / "b.pdf", moved_template, [cert()], PrintMode.OVERLAY))
    for (w1, x1, y1, *_), (w2, x2, y2, *_) in zip(base, moved, strict=True):
        assert w1 == w2
        assert x2 - x1 == pytest.approx(2.0, abs=0.05)
        assert y2 - y1 == pytest.approx(-1.5, abs=0.05)


def test_a_60_character_name_and_a_3_line_achievement_fit(tmp_path: Path) -> None:
    """The name shrinks to stay on one line inside its box; the achievement takes three."""
    assert len(NAME_60) == 60
    template = full_template()
    placed = fit(template.block("recipient"), f"Đồng chí: {NAME_60}")
    assert placed is not None and len(placed.lines) == 1 and placed.size < 23
    achievement = fit(template.block("achievement"), ACHIEVEMENT_3)
    assert achievement is not None and len(achievement.lines) == 3
    pdf = write(
        tmp_path / "dai.pdf",
        template,
        [cert(salutation=f"Đồng chí: {NAME_60}", achievement=ACHIEVEMENT_3)],
        PrintMode.FULL,
    )
    ws = words(pdf)
    assert line_text(ws, 86, 99) == f"Đồng chí: {NAME_60}"
    for _w, x0, y0, x1, y1 in ws:
        if y0 >= 111 and y1 <= 134:
            assert x0 >= 35 - 0.1 and x1 <= 262 + 0.1


def test_a_longer_text_is_refused_naming_the_certificate(tmp_path: Path) -> None:
    """Past the floor, the batch is refused naming the certificate and the block; no file."""
    too_long = ACHIEVEMENT_3 + " " + ACHIEVEMENT_3
    with pytest.raises(ValidationError) as error:
        write(
            tmp_path / "x.pdf",
            full_template(),
            [cert(), cert("Lê Văn Tám (số vào sổ 0126)", achievement=too_long)],
            PrintMode.FULL,
        )
    assert error.value.code == "certificate_text_too_long"
    assert error.value.params["certificate"] == "Lê Văn Tám (số vào sổ 0126)"
    assert error.value.params["block"] == "achievement"
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"register": ""}, "certificate_field_missing"),
        ({"signer_name": " "}, "certificate_field_missing"),
        ({"salutation": "Nguyễn ☃ An"}, "certificate_glyph_missing"),
    ],
)
def test_checks_before_printing(tmp_path: Path, changes: dict, code: str) -> None:
    """Missing required fields and characters outside the font refuse the batch."""
    with pytest.raises(ValidationError) as error:
        write(tmp_path / "x.pdf", full_template(), [cert(**changes)], PrintMode.FULL)
    assert error.value.code == code


def test_a_collective_is_never_called_dong_chi(tmp_path: Path) -> None:
    """A collective's certificate saying "Đồng chí" is refused."""
    collective = replace(cert(salutation="Đồng chí: Chi đoàn Văn phòng"), individual=False)
    with pytest.raises(ValidationError) as error:
        write(tmp_path / "x.pdf", full_template(), [collective], PrintMode.FULL)
    assert error.value.code == "certificate_collective_salutation"


def test_tinos_is_embedded(tmp_path: Path) -> None:
    """The PDF embeds its Tinos subsets and no other font."""
    pdf = write(tmp_path / "gk.pdf", full_template(), [cert()], PrintMode.FULL)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all("Tinos" in row and " yes " in row for row in rows)


def test_the_calibration_page_labels_each_block(tmp_path: Path) -> None:
    """One page, a label at every block with its anchor in mm, and the offset in use."""
    template = replace(overlay_template(), dx=1.5, dy=0.5)
    pdf = write_calibration(tmp_path / "cal.pdf", template)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    for block in template.blocks:
        assert block.key in text
    assert "dx = 1.5 mm, dy = 0.5 mm" in text


def test_qr_modules_match_reportlabs_encoder() -> None:
    """Our error-correction arithmetic gives reportlab's own symbol, Vietnamese included."""
    from reportlab.graphics.barcode import qrencoder

    text = "BTN1|ABCDE-FGHJK|125-QĐ/ĐTN|0125|2026-01-05|Nguyễn Thị Ngọc Ánh"
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(qrencoder.QR8bitByte(text))
    code.version = code.calculate_version()
    code.makeImpl(False, 2)
    count = code.getModuleCount()
    expected = tuple(tuple(bool(code.isDark(r, c)) for c in range(count)) for r in range(count))
    assert qr_modules(text) == expected


def test_a_template_round_trips_through_its_definition() -> None:
    """A stored template reads back equal; a block off the page is refused."""
    t = full_template()
    again = Template.from_definition(t.name, t.definition_json(), id=t.id)
    assert again == t
    broken = replace(t, blocks=(replace(t.blocks[0], x=290.0), *t.blocks[1:]))
    with pytest.raises(ValidationError) as error:
        Template.from_definition(t.name, broken.definition_json())
    assert error.value.code == "template_block_invalid"


def test_a_name_too_long_for_its_line_is_refused_naming_the_certificate(tmp_path: Path) -> None:
    """A name that does not fit one line even at 16 pt refuses the batch, naming it."""
    long_name = "Đồng chí: " + " ".join([NAME_60, NAME_60[:30]])
    with pytest.raises(ValidationError) as error:
        write(tmp_path / "x.pdf", full_template(), [cert("Người Tên Dài (số vào sổ 0200)",
              salutation=long_name)], PrintMode.FULL)  # fmt: skip
    assert error.value.params["certificate"] == "Người Tên Dài (số vào sổ 0200)"
    assert error.value.params["block"] == "recipient"
