"""Certificates: 1,000 to one PDF (speed target 5), against reportlab drawing the same text.

Usage: python bench/certificates.py [--count 1000] [--runs 3] [--out bench/out]

Makes ``count`` certificates with realistic Vietnamese names, units and achievements (one
in ten with a three-line achievement, one in twenty with a long name that must shrink) and
writes them as one PDF with ``documents.certificates.write_certificates``: every check
(required fields, glyphs, fitting each block) runs first, then one page each, with the
border, 16 text blocks and the QR code. Baseline, in the same run: a bare reportlab canvas
drawing the same lines (already fitted) at the same places, with no check, no border and no
QR code. Also the overlay mode, and memory: the peak of Python allocations while writing
(tracemalloc) and the process's peak resident size. **Target: under 5 s.**
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from common import DEFAULT_OUT, Figure, markdown_table, median, print_table, write_section

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Quốc", "Thu", "Đức", "Kim", "Bảo"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Khoa", "Lan", "Linh", "Nam", "Ngân",
         "Phúc", "Quân", "Tâm", "Thảo", "Trang", "Tuấn", "Uyên", "Vy", "Yến", "Ánh", "Đạt"]  # fmt: skip
UNITS = ["Chi đoàn Văn phòng HĐND-UBND", "Chi đoàn Phòng Tư pháp", "Chi đoàn Bộ phận một cửa",
         "Chi đoàn Phòng Kinh tế", "Chi đoàn Trung tâm Y tế", "Chi đoàn Công an xã"]  # fmt: skip
SHORT = "Đã có thành tích xuất sắc trong thực hiện phong trào “3 trách nhiệm” năm 2026."
LONG = (
    "Đã có thành tích xuất sắc trong thực hiện phong trào “3 trách nhiệm” năm 2026, tiêu "
    "biểu trong cải cách hành chính, chuyển đổi số, hỗ trợ người dân thực hiện thủ tục hành "
    "chính trực tuyến và tham gia tích cực các hoạt động tình nguyện vì cộng đồng của đơn vị."
)
TARGET_S = 5.0


def certificates(count: int):
    from bamtrachnhiem.domain.certificates import CertificateData
    from bamtrachnhiem.domain.commendations import QrPayload

    rng = random.Random(20261206)
    result = []
    for i in range(1, count + 1):
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        if i % 20 == 0:
            name = "Tôn Nữ Hoàng Khánh Uyên Nguyễn Phước Bảo Ngọc Trâm Anh Thuận"
        register = f"{i:04d}"
        code = f"{rng.getrandbits(50):010X}"[:10]
        code = f"{code[:5]}-{code[5:]}"
        result.append(
            CertificateData(
                f"{name} (số vào sổ {register})",
                {
                    "higher_body": "TỈNH ĐOÀN QUẢNG NGÃI",
                    "issuing_body": "BCH HUYỆN ĐOÀN BÌNH SƠN",
                    "title": "GIẤY KHEN",
                    "salutation": f"Đồng chí: {name}",
                    "position_unit": f"Chuyên viên, {rng.choice(UNITS)}",
                    "achievement": LONG if i % 10 == 0 else SHORT,
                    "decision_number": "125-QĐ/HĐTN",
                    "decision_date": "20/12/2026",
                    "register": register,
                    "place_date": "Bình Sơn, ngày 20 tháng 12 năm 2026",
                    "tm_line": "TM. BAN THƯỜNG VỤ",
                    "signer_title": "BÍ THƯ",
                    "signer_name": "Trần Thanh Hải",
                    "code": code,
                },
                qr_text=QrPayload("125-QĐ/HĐTN", register, name, "2026-12-20", code).text(),
                register=register,
            )
        )
    return result


def bare_reportlab(path: Path, template, placed_all) -> None:
    """The same lines at the same places on a plain canvas: no check, border or QR."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from bamtrachnhiem.documents.certificates import FACES

    canvas = Canvas(str(path), pagesize=(template.page_width * mm, template.page_height * mm))
    for placed in placed_all:
        for item in placed:
            block = item.block
            canvas.setFont(FACES[block.style], item.size)
            y = (template.page_height - block.y) * mm - item.size
            for line in item.lines:
                canvas.drawCentredString((block.x + block.width / 2) * mm, y, line)
                y -= item.size * 1.2
        canvas.showPage()
    canvas.save()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from bamtrachnhiem.documents.certificates import prepare, write_certificates
    from bamtrachnhiem.documents.fonts import register_fonts
    from bamtrachnhiem.domain.certificates import PrintMode, full_template, overlay_template

    register_fonts()
    certs = certificates(args.count)
    full, overlay = full_template(), overlay_template()
    out = args.out / "certificates.pdf"

    def run(template, mode) -> float:
        start = time.perf_counter()
        write_certificates(out, template, certs, mode)
        return time.perf_counter() - start

    full_times = [run(full, PrintMode.FULL) for _ in range(args.runs)]
    size_mb = out.stat().st_size / 1e6
    overlay_times = [run(overlay, PrintMode.OVERLAY) for _ in range(args.runs)]
    placed = prepare(full, certs, PrintMode.FULL)
    check_times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        prepare(full, certs, PrintMode.FULL)
        check_times.append(time.perf_counter() - start)
    bare_times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        bare_reportlab(args.out / "bare.pdf", full, placed)
        bare_times.append(time.perf_counter() - start)
    tracemalloc.start()
    write_certificates(out, full, certs, PrintMode.FULL)
    _now, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    bare = median(bare_times)
    figures = [
        Figure(f"{args.count} certificates, full design, one PDF (median of {args.runs})",
               median(full_times), "s", bare, "bare reportlab, same text", TARGET_S),
        Figure(f"{args.count} certificates, overlay on stock", median(overlay_times), "s", bare,
               "bare reportlab, same text", TARGET_S),
        Figure("checks and fitting alone (part of the above)", median(check_times), "s"),
        Figure("peak Python allocations while writing (tracemalloc)", peak / 1e6, "MB"),
        Figure("peak resident size of the process", rss_mb, "MB"),
        Figure("PDF size, full design", size_mb, "MB"),
    ]  # fmt: skip
    print_table(figures)
    body = (
        f"{args.count} certificates: realistic names (one in twenty 60 characters long, "
        "shrunk to fit), one in ten with a three-line achievement; every check first, then "
        "one A4 landscape page each with the border, the text blocks and a QR code, Tinos "
        "embedded as subsets. Baseline: a bare reportlab canvas drawing the same fitted lines "
        "with no check, border or QR code.\n\n" + markdown_table(figures)
    )
    write_section("certificates", "Certificates (speed target 5)", body)
    return 0 if all(f.passed is not False for f in figures) else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())
