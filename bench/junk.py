"""Refusing a member list of a million junk rows: time and peak memory (quality.md, Reliability).

Usage: python bench/junk.py [--rows 1000000] [--out bench/out] [--runs 3]

Generates (once, cached in bench/out/) two workbooks shaped like what users have sent: an
Excel-style sheet of ``--rows`` junk rows (a shared string and a number per row; the
shared-strings table holds one string per row; about 18 MB in all), (a) with no header and
(b) with a member-list header in row 1 and the junk below it. Each is given to
``read_member_list`` in a fresh process, which must refuse it: (a) "no header in the first
30 rows", (b) "more rows than a member list has". The figure is the time of that call and
the child's peak RSS (``ru_maxrss``). Baseline, in the same run: python-calamine merely
opening the same file (``CalamineWorkbook.from_path`` and its sheet names) in a fresh
process. Targets: under 5 s and under 400 MB. A realistic list of 3,000 members is read
too, to show the streaming reader costs nothing on the files people really import.
"""

from __future__ import annotations

import argparse
import json
import random
import string
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from common import DEFAULT_OUT, Figure, markdown_table, median, print_table, write_section

SECTION = "junk"
GENERATOR_VERSION = 2
TIME_TARGET_S = 5.0
MEMORY_TARGET_MB = 400.0
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_SHARED_TYPE = (
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
_SHARED_REL = (
    '<Relationship Id="rIdStrings" Target="sharedStrings.xml" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>'
)


# --- the files ---------------------------------------------------------------------------


def _base(path: Path) -> None:
    """An ordinary openpyxl workbook: styles, content types, one sheet to replace."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Danh sách"
    wb.active["A1"] = "x"
    wb.save(path)


def _junk_rows(rows: int, first: int, rng: random.Random):
    for r in range(first, first + rows):
        number = rng.randrange(1000)
        yield (
            f'<row r="{r}"><c r="A{r}" t="s"><v>{r - first}</v></c>'
            f'<c r="B{r}"><v>{number}</v></c></row>'
        )


def make_junk(path: Path, rows: int, header: bool, seed: int) -> None:
    """A workbook whose one sheet holds ``rows`` junk rows (below a header when asked)."""
    rng = random.Random(seed)
    base = path.with_name(path.name + ".base")
    _base(base)
    first = 2 if header else 1
    letters = string.ascii_lowercase
    tmp = path.with_name(path.name + ".tmp")
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                continue
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", _SHARED_TYPE.encode() + b"</Types>")
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", _SHARED_REL.encode() + b"</Relationships>")
            zout.writestr(info, data)
        with zout.open("xl/worksheets/sheet1.xml", "w") as out:
            last = first + rows - 1
            out.write(
                f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN}">'
                f'<dimension ref="A1:C{last}"/><sheetData>'.encode()
            )
            if header:
                cells = "".join(
                    f'<c r="{col}1" t="inlineStr"><is><t>{text}</t></is></c>'
                    for col, text in zip("ABC", ("STT", "Họ và tên", "Ngày sinh"), strict=True)
                )
                out.write(f'<row r="1">{cells}</row>'.encode())
            batch = []
            for row in _junk_rows(rows, first, rng):
                batch.append(row)
                if len(batch) == 10000:
                    out.write("".join(batch).encode())
                    batch = []
            out.write("".join(batch).encode())
            out.write(b"</sheetData></worksheet>")
        with zout.open("xl/sharedStrings.xml", "w") as out:
            out.write(f'<sst xmlns="{_MAIN}" count="{rows}" uniqueCount="{rows}">'.encode())
            batch = []
            for _ in range(rows):
                text = "".join(rng.choice(letters) for _ in range(6))
                batch.append(f"<si><t>{text}</t></si>")
                if len(batch) == 10000:
                    out.write("".join(batch).encode())
                    batch = []
            out.write("".join(batch).encode())
            out.write(b"</sst>")
    base.unlink()
    tmp.replace(path)


def make_office_list(path: Path, members: int, seed: int) -> None:
    """A realistic office list: title lines, a header, numbered members, a signature."""
    import openpyxl

    rng = random.Random(seed)
    family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"]
    middle = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Đức"]
    given = ["An", "Bình", "Cường", "Dũng", "Hà", "Lan", "Linh", "Nam", "Trang", "Vy"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DS đoàn viên"
    ws.append(["ĐOÀN TNCS HỒ CHÍ MINH"])
    ws.append(["DANH SÁCH ĐOÀN VIÊN"])
    ws.append([])
    ws.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Số điện thoại"])
    for i in range(1, members + 1):
        ws.append(
            [
                i,
                f"{rng.choice(family)} {rng.choice(middle)} {rng.choice(given)}",
                f"{rng.randrange(1, 28):02d}/{rng.randrange(1, 13):02d}/{rng.randrange(1985, 2005)}",
                rng.choice(["Nam", "Nữ"]),
                "Chuyên viên",
                f"09{rng.randrange(10**7, 10**8)}",
            ]
        )
    ws.append([])
    ws.append(["", "Người lập biểu"])
    wb.save(path)


def files(out: Path, rows: int) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    found = {
        "no_header": out / f"junk-{rows}-no-header-v{GENERATOR_VERSION}.xlsx",
        "header": out / f"junk-{rows}-header-v{GENERATOR_VERSION}.xlsx",
        "office": out / f"office-3000-v{GENERATOR_VERSION}.xlsx",
    }
    if not found["no_header"].exists():
        make_junk(found["no_header"], rows, header=False, seed=1)
    if not found["header"].exists():
        make_junk(found["header"], rows, header=True, seed=2)
    if not found["office"].exists():
        make_office_list(found["office"], 3000, seed=3)
    return found


# --- children: each measurement in a fresh process ------------------------------------------


def _rss_mb() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def child(kind: str, path: Path) -> dict:
    if kind == "calamine":
        from python_calamine import CalamineWorkbook

        start = time.perf_counter()
        CalamineWorkbook.from_path(str(path)).sheet_names  # noqa: B018 - what opening costs
        return {"seconds": time.perf_counter() - start, "rss_mb": _rss_mb()}
    from bamtrachnhiem.domain.errors import ValidationError
    from bamtrachnhiem.exchange.member_list import read_member_list

    before = _rss_mb()
    start = time.perf_counter()
    code, rows = "", 0
    try:
        rows = len(read_member_list(path).rows)
    except ValidationError as error:
        code = error.code
    return {
        "seconds": time.perf_counter() - start,
        "rss_mb": _rss_mb(),
        "rss_before_mb": before,
        "code": code,
        "rows": rows,
    }


def run_child(kind: str, path: Path) -> dict:
    argv = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--file", str(path)]
    done = subprocess.run(argv, check=True, capture_output=True, text=True, encoding="utf-8")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- the run -----------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", choices=("calamine", "read"), help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.file)))
        return 0

    paths = files(args.out, args.rows)
    figures: list[Figure] = []
    notes = []
    ok = True
    cases = [
        ("no_header", "member_import_no_header", "(a) no header, junk rows"),
        ("header", "member_import_too_many_rows", "(b) header, junk rows below"),
    ]
    for key, expected, label in cases:
        path = paths[key]
        size_mb = path.stat().st_size / 2**20
        reads = [run_child("read", path) for _ in range(args.runs)]
        opens = [run_child("calamine", path) for _ in range(args.runs)]
        codes = {r["code"] for r in reads}
        if codes != {expected}:
            ok = False
            notes.append(f"{label}: expected the refusal {expected}, got {sorted(codes)}")
        seconds = median(r["seconds"] for r in reads)
        peak = max(r["rss_mb"] for r in reads)
        figures.append(
            Figure(
                f"{label}: refusal, {args.rows:,} rows, {size_mb:.1f} MB (median of {args.runs})",
                seconds,
                "s",
                baseline=median(o["seconds"] for o in opens),
                baseline_name="python-calamine opens the file",
                target=TIME_TARGET_S,
            )
        )
        figures.append(
            Figure(
                f"{label}: peak memory of the refusing process",
                peak,
                "MB",
                baseline=max(o["rss_mb"] for o in opens),
                baseline_name="python-calamine opens the file",
                target=MEMORY_TARGET_MB,
                note=f"RSS before the call: {max(r['rss_before_mb'] for r in reads):.0f} MB",
            )
        )
    office = [run_child("read", paths["office"]) for _ in range(args.runs)]
    opens = [run_child("calamine", paths["office"]) for _ in range(args.runs)]
    if {r["code"] for r in office} != {""}:
        ok = False
        notes.append(f"the 3,000-member list was refused: {office[0]['code']}")
    figures.append(
        Figure(
            f"(c) a real 3,000-member list read whole (median of {args.runs})",
            median(r["seconds"] for r in office),
            "s",
            baseline=median(o["seconds"] for o in opens),
            baseline_name="python-calamine opens the file",
            target=TIME_TARGET_S,
        )
    )
    figures.append(
        Figure(
            "(c) peak memory reading the 3,000-member list",
            max(r["rss_mb"] for r in office),
            "MB",
            baseline=max(o["rss_mb"] for o in opens),
            baseline_name="python-calamine opens the file",
            target=MEMORY_TARGET_MB,
        )
    )

    print_table(figures)
    for note in notes:
        print("!", note)
    body = (
        f"Files generated by `bench/junk.py` (cached in `bench/out/`): {args.rows:,} junk rows "
        "in one sheet (a shared string and a number per row; one shared string per row), (a) "
        "with no header, (b) below a member-list header in row 1; (c) "
        "an ordinary list of 3,000 members. Each figure is `read_member_list` in a fresh "
        "process; memory is that process's peak RSS (interpreter and imports included). "
        "Baseline: python-calamine merely opening the same file in a fresh process.\n\n"
        + markdown_table(figures)
        + "\n"
        + "".join(f"\n- {f.name}: {f.note}" for f in figures if f.note)
        + "".join(f"\n- ! {n}" for n in notes)
    )
    write_section(SECTION, "Refusing a member list of a million junk rows", body)
    passed = ok and all(f.passed is not False for f in figures)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
