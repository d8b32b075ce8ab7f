"""Speed targets 3 and 4: start-up on a 40,000-member database, and filtering its members.

    python bench/startup_and_filter.py [--members 40000] [--units 150] [--out bench/out]
                                       [--runs 5] [--profile]

1. Generates (once, cached in --out) an upper-level database: one own unit, --units units
   below it, --members members spread unevenly over them. Regenerated when the schema
   version, the sizes or this generator change.
2. Start-up, in fresh processes (QT_QPA_PLATFORM=offscreen, a throw-away XDG/QSettings
   home): from launch to a shown main window whose member page holds rows. Measured for a
   normal open and for the first open of the day, which includes the automatic daily
   backup. Baseline: the same process shape showing an empty QMainWindow.
3. Filtering, in this process: load the members into ``MemberTableModel``, then type
   queries keystroke by keystroke and time ``set_filter``. Baseline: a plain list
   comprehension over the same folded keys.

Prints a table and rewrites this benchmark's section of bench/results.md.
"""

from __future__ import annotations

# Only the standard library at the top: the start-up child imports this file too, and the
# baseline child must not pay for the app's imports.
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import DEFAULT_OUT, Figure, markdown_table, median, print_table, write_section

from bamtrachnhiem.demo import vocabulary as demo_vocabulary

SECTION = "startup_and_filter"
GENERATOR_VERSION = 2
SEED = 20241128
STARTUP_TARGET_S = 2.0
KEYSTROKE_TARGET_MS = 50.0
OWN_CODE = "HD-BINHSON"

# -- realistic Vietnamese data ----------------------------------------------------------------

# Names come from the demo generator's vocabulary, so both build the same kind of people.
FAMILY_NAMES = demo_vocabulary.FAMILY_NAMES
MALE_MIDDLE = list(demo_vocabulary.MALE_MIDDLE)
FEMALE_MIDDLE = list(demo_vocabulary.FEMALE_MIDDLE)
MALE_GIVEN = list(demo_vocabulary.MALE_GIVEN)
FEMALE_GIVEN = list(demo_vocabulary.FEMALE_GIVEN)
DEPARTMENTS = [
    "Văn phòng HĐND và UBND",
    "Phòng Tài chính - Kế hoạch",
    "Phòng Nội vụ",
    "Phòng Giáo dục và Đào tạo",
    "Phòng Tư pháp",
    "Phòng Tài nguyên và Môi trường",
    "Phòng Lao động - TB&XH",
    "Phòng Văn hóa và Thông tin",
    "Phòng Y tế",
    "Phòng Kinh tế và Hạ tầng",
    "Phòng Nông nghiệp và PTNT",
    "Thanh tra huyện",
    "Trung tâm Y tế huyện",
    "Bệnh viện Đa khoa huyện",
    "Trường THPT Bình Sơn",
    "Trường THCS Thị trấn",
    "Trường Tiểu học Số 1",
    "Trường Mầm non Hoa Sen",
    "Công an huyện",
    "Ban Chỉ huy Quân sự huyện",
    "Chi cục Thuế",
    "Kho bạc Nhà nước",
    "Ngân hàng Chính sách xã hội",
    "Bảo hiểm xã hội huyện",
    "Điện lực Bình Sơn",
    "Bưu điện huyện",
    "Trung tâm Văn hóa - Thể thao",
    "Ban Quản lý dự án",
    "UBND xã",
    "Tổ Văn phòng",
]
POSITIONS = [
    "Chuyên viên",
    "Cán sự",
    "Giáo viên",
    "Nhân viên",
    "Kế toán",
    "Bác sĩ",
    "Điều dưỡng",
    "Kỹ thuật viên",
    "Công chức văn phòng - thống kê",
    "Công chức tư pháp",
    "Phó trưởng phòng",
    "Văn thư",
]
UNION_ROLES = ["Bí thư", "Phó Bí thư", "Ủy viên BCH"]
PLACES = [
    "Bình Thạnh",
    "Bình Đông",
    "Bình Chánh",
    "Bình Nguyên",
    "Bình Khương",
    "Bình Trị",
    "Bình Hải",
    "Bình Phước",
    "Bình Hiệp",
    "Bình Thuận",
    "Bình Trung",
    "Bình Long",
    "Bình Minh",
    "Bình Châu",
    "Bình Tân",
    "Bình Dương",
    "Bình Mỹ",
    "Bình Chương",
    "Bình An",
    "Bình Hòa",
    "Bình Thanh",
    "Bình Phú",
    "Bình Thới",
    "Châu Ổ",
    "Số 1",
    "Số 2",
    "Số 3",
    "Số 4",
    "Vạn Tường",
    "Dung Quất",
    "Sa Kỳ",
    "An Phú",
    "Tịnh Phong",
    "Tịnh Hòa",
    "Tịnh Kỳ",
    "Đông Yên",
    "Tây Yên",
    "Hải Ninh",
    "Phú Lộc",
    "Thạch An",
]
UNIT_KINDS = ["Đoàn xã", "Đoàn thị trấn", "Chi đoàn Trường THPT", "Đoàn cơ sở Công ty"]


def _phone(rng: random.Random) -> str:
    if rng.random() < 0.12:
        return ""
    digits = rng.choice(demo_vocabulary.PHONE_PREFIXES) + f"{rng.randrange(10_000_000):07d}"
    form = rng.random()
    if form < 0.70:
        return digits
    if form < 0.85:
        return f"{digits[:4]} {digits[4:7]} {digits[7:]}"  # 0912 345 678
    if form < 0.95:
        return f"+84 {digits[1:4]} {digits[4:7]} {digits[7:]}"  # +84 912 345 678
    return digits[1:]  # Excel dropped the leading 0


def _member_rows(n_members: int, unit_codes: list[str], rng: random.Random) -> list[dict]:
    """``n_members`` stored row values, through the service's own cleaning and keys."""
    from bamtrachnhiem.domain.records import (
        EmploymentKind,
        Gender,
        Member,
        MemberStatus,
        new_id,
        now_iso,
    )
    from bamtrachnhiem.domain.text import fold
    from bamtrachnhiem.services.members import cleaned_member, member_row_values

    families, family_weights = list(FAMILY_NAMES), list(FAMILY_NAMES.values())
    # Units differ a lot in size: a commune has 40 members, a big company 800.
    unit_weights = [rng.lognormvariate(0, 0.7) for _ in unit_codes]
    units = rng.choices(unit_codes, unit_weights, k=n_members)
    unit_departments = {code: rng.sample(DEPARTMENTS, 6) for code in unit_codes}
    kinds = list(EmploymentKind)
    today = date.today()
    stamp = now_iso()
    rows = []
    for unit_code in units:
        male = rng.random() < 0.48
        family = rng.choices(families, family_weights)[0]
        middle = rng.choice(MALE_MIDDLE if male else FEMALE_MIDDLE)
        if rng.random() < 0.15:  # two middle names: "Nguyễn Thị Thu Hà"
            middle += " " + rng.choice(MALE_MIDDLE[1:] if male else FEMALE_MIDDLE[1:])
        given = rng.choice(MALE_GIVEN if male else FEMALE_GIVEN)
        roll = rng.random()
        status = (
            MemberStatus.TRANSFERRED
            if roll < 0.04
            else MemberStatus.AGED_OUT
            if roll < 0.10
            else MemberStatus.ACTIVE
        )
        oldest = 35 if status is MemberStatus.AGED_OUT else 30
        born = today - timedelta(days=rng.randrange(16 * 365, oldest * 365))
        joined = born + timedelta(days=rng.randrange(15 * 365, 18 * 365))
        status_date = None
        note = ""
        if status is MemberStatus.TRANSFERRED:
            status_date = today - timedelta(days=rng.randrange(10, 700))
            note = f"Chuyển sinh hoạt về Đoàn xã {rng.choice(PLACES)}"
        elif status is MemberStatus.AGED_OUT:
            status_date = today - timedelta(days=rng.randrange(10, 700))
            note = "Trưởng thành Đoàn"
        email = ""
        if rng.random() < 0.3:
            email = fold(f"{given}.{family}{rng.randrange(100)}").replace(" ", "") + "@gmail.com"
        only_year = rng.random() < 0.08
        member = Member(
            id=new_id(),
            given_name=given,
            family_middle_name=f"{family} {middle}",
            unit_code=unit_code,
            gender=Gender.MALE if male else Gender.FEMALE,
            birth_date=None if only_year else born,
            birth_year=born.year if only_year else None,
            ethnicity="Kinh" if rng.random() < 0.93 else rng.choice(["Hrê", "Cor", "Ca Dong"]),
            position=rng.choice(POSITIONS),
            department=rng.choice(unit_departments[unit_code]),
            union_role=rng.choice(UNION_ROLES) if rng.random() < 0.06 else "",
            joined_union_date=min(joined, today),
            party_member=rng.random() < 0.15,
            employment_kind=rng.choice(kinds) if rng.random() < 0.7 else None,
            phone=_phone(rng),
            email=email,
            status=status,
            status_date=status_date,
            status_note=note,
            updated_at=stamp,
        )
        values = member_row_values(cleaned_member(member))
        values["created_at"] = stamp
        rows.append(values)
    return rows


def generate(path: Path, n_members: int, n_units: int) -> None:
    """Create the upper-level database at ``path`` (which must not exist)."""
    from bamtrachnhiem.bootstrap import open_context
    from bamtrachnhiem.domain.records import Unit
    from bamtrachnhiem.storage import models as m

    rng = random.Random(SEED)
    ctx = open_context(path, create=True)
    try:
        own = ctx.units.create_own(
            Unit(
                code=OWN_CODE,
                name="Huyện đoàn Bình Sơn",
                level="Huyện đoàn",
                higher_body="BCH TỈNH ĐOÀN QUẢNG NGÃI",
                issuing_body="BCH HUYỆN ĐOÀN BÌNH SƠN",
                doc_symbol="HĐTN",
                place_name="Bình Sơn",
                has_standing_committee=True,
            )
        )
        names = [f"{kind} {place}" for place in PLACES for kind in UNIT_KINDS]
        codes = []
        for i in range(n_units):
            name = names[i] if i < len(names) else f"{names[i % len(names)]} {i // len(names) + 1}"
            code = f"CS{i + 1:03d}"
            ctx.units.add(
                Unit(
                    code=code,
                    name=name,
                    level="Đoàn cơ sở",
                    parent_code=own.code,
                    parent_name=own.name,
                    higher_body="BCH HUYỆN ĐOÀN BÌNH SƠN",
                    issuing_body=f"BCH {name.upper()}",
                    doc_symbol="ĐTN",
                    place_name="Bình Sơn",
                    is_pilot=i % 25 == 0,
                )
            )
            codes.append(code)
        rows = _member_rows(n_members, codes, rng)
        # 25 columns × 400 rows stays well under SQLite's 32,766 variables per statement.
        with ctx.database.write():
            for start in range(0, len(rows), 400):
                m.Member.insert_many(rows[start : start + 400]).execute()
    finally:
        ctx.close()


def ensure_database(out: Path, n_members: int, n_units: int) -> Path:
    """The cached database for these sizes, (re)generated when missing or stale."""
    import sqlite3

    from bamtrachnhiem.storage.migrations import SCHEMA_VERSION

    path = out / f"members-{n_members}-units-{n_units}.db"
    meta_path = path.with_suffix(".json")
    meta = {
        "generator": GENERATOR_VERSION,
        "schema": SCHEMA_VERSION,
        "members": n_members,
        "units": n_units,
    }
    if path.exists() and meta_path.exists():
        try:
            stored = json.loads(meta_path.read_text(encoding="utf-8"))
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                version = conn.execute("PRAGMA user_version").fetchone()[0]
            finally:
                conn.close()
        except (OSError, ValueError, sqlite3.Error):
            stored, version = None, None
        if stored == meta and version == SCHEMA_VERSION:
            return path
    print(f"Generating {path.name}: {n_members:,} members in {n_units} units…", flush=True)
    out.mkdir(parents=True, exist_ok=True)
    meta_path.unlink(missing_ok=True)
    for leftover in [path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))]:
        leftover.unlink(missing_ok=True)
    shutil.rmtree(_backups_dir(path), ignore_errors=True)
    start = time.perf_counter()
    generate(path, n_members, n_units)
    meta_path.write_text(json.dumps(meta), encoding="utf-8")  # last: marks it complete
    print(f"  done in {time.perf_counter() - start:.1f} s", flush=True)
    return path


def _backups_dir(db: Path) -> Path:
    return db.with_name(db.stem + "-backups")  # as storage.backup.backups_dir_for


def _remove_auto_backups(db: Path) -> None:
    """Make the next open the first of the day: it will take the daily backup."""
    folder = _backups_dir(db)
    if folder.is_dir():
        for backup in folder.glob("*-auto.db"):
            backup.unlink()


# -- start-up, measured in child processes ------------------------------------------------------


def child_main(mode: str, db: str, home: str, profile: str | None) -> None:
    """Run in a fresh process: show the window, then print READY with the timings."""
    phases: dict[str, float] = {}
    t0 = time.perf_counter()

    def mark(name: str) -> None:
        phases[name] = time.perf_counter() - t0

    from PySide6.QtCore import QLocale, QSettings
    from PySide6.QtWidgets import QApplication, QMainWindow

    if not hasattr(QLocale, "Territory"):
        # Some PySide6 builds (6.12.0 here) expose only the older name of this enum, and
        # gui/i18n.py uses the newer one; alias it so the benchmark can still run.
        QLocale.Territory = QLocale.Country
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, home)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, home)
    mark("import Qt")
    if mode == "baseline":
        qt_app = QApplication([sys.argv[0]])
        mark("QApplication")
        window = QMainWindow()
        window.resize(1280, 760)
        window.show()
        qt_app.processEvents()
        mark("window shown")
        _ready(phases)
        window.close()
        return

    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    # The path gui.app.main takes, minus the event loop.
    from bamtrachnhiem import APP_NAME
    from bamtrachnhiem.gui import app as gui_app
    from bamtrachnhiem.gui.i18n import install_translators

    mark("import app")
    log_to_file = getattr(gui_app, "_log_to_file", None)
    if log_to_file is not None:
        log_to_file()
    qt_app = QApplication([sys.argv[0]])
    qt_app.setApplicationName(APP_NAME)
    qt_app.setOrganizationName(APP_NAME)
    qt_app.setApplicationDisplayName("Ba Trách Nhiệm")
    qt_app.setStyleSheet(gui_app.STYLE)
    install_translators(qt_app)
    mark("QApplication + translators")
    application = gui_app.Application(qt_app)
    from bamtrachnhiem.gui.opening import open_data_file

    ctx = open_data_file(None, db)
    if ctx is None:
        raise SystemExit("could not open the database")
    mark("open database")
    application.show(ctx)  # MainWindow(ctx), signals, show()
    mark("MainWindow + show")
    window = application.window
    window.sidebar.setCurrentRow(1)  # the overview is the landing page; open the members
    deadline = time.perf_counter() + 120
    while window.members_page.model.rowCount() == 0:
        qt_app.processEvents()
        if time.perf_counter() > deadline:
            raise SystemExit("the member page never filled")
    qt_app.processEvents()  # the first paint of the filled table
    mark("member page filled")
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(profile)
    phases["rows shown"] = window.members_page.model.rowCount()
    _ready(phases)
    window.close()
    application.close()


def _ready(phases: dict[str, float]) -> None:
    print("READY " + json.dumps({"wall": time.time(), "phases": phases}), flush=True)


def run_child(mode: str, db: Path, profile: Path | None = None) -> dict:
    """Launch a child; returns its phases and the wall time from launch to READY."""
    with tempfile.TemporaryDirectory(prefix="btn-bench-") as home:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            XDG_DATA_HOME=str(Path(home) / "data"),
            XDG_CONFIG_HOME=str(Path(home) / "config"),
            XDG_CACHE_HOME=str(Path(home) / "cache"),
            XDG_RUNTIME_DIR=str(Path(home) / "runtime"),
        )
        (Path(home) / "runtime").mkdir(mode=0o700)
        command = [sys.executable, str(Path(__file__).resolve()), "--child", mode, "--db", str(db)]
        command += ["--home", str(Path(home) / "settings")]
        if profile is not None:
            command += ["--profile-out", str(profile)]
        launched = time.time()
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
        ready = [line for line in done.stdout.splitlines() if line.startswith("READY ")]
        if done.returncode != 0 or not ready:
            sys.stderr.write(done.stdout + done.stderr)
            raise SystemExit(f"start-up child ({mode}) failed with code {done.returncode}")
        report = json.loads(ready[-1][len("READY ") :])
        report["elapsed"] = report["wall"] - launched
        return report


def measure_startup(db: Path, runs: int) -> dict[str, list[dict]]:
    """Interleaved runs of the baseline, a first open of the day and a normal open."""
    results: dict[str, list[dict]] = {"baseline": [], "first": [], "normal": []}
    run_child("baseline", db)  # warm the OS file cache for Qt and the database alike
    _remove_auto_backups(db)
    run_child("app", db)
    for i in range(runs):
        results["baseline"].append(run_child("baseline", db))
        _remove_auto_backups(db)
        results["first"].append(run_child("app", db))  # takes the daily backup
        results["normal"].append(run_child("app", db))  # the backup is an hour old at most
        print(
            f"  start-up run {i + 1}/{runs}: baseline {results['baseline'][-1]['elapsed']:.2f} s,"
            f" first open {results['first'][-1]['elapsed']:.2f} s,"
            f" normal open {results['normal'][-1]['elapsed']:.2f} s",
            flush=True,
        )
    return results


def phase_table(reports: list[dict]) -> list[tuple[str, float]]:
    """Median time spent in each phase of the child (between consecutive marks)."""
    names = [k for k in reports[0]["phases"] if k != "rows shown"]
    rows = []
    for i, name in enumerate(names):
        spans = []
        for r in reports:
            before = r["phases"][names[i - 1]] if i else 0.0
            spans.append(r["phases"][name] - before)
        rows.append((name, median(spans)))
    # Interpreter start and this script's own imports, before the first mark.
    rows.insert(
        0, ("interpreter start", median(r["elapsed"] - r["phases"][names[-1]] for r in reports))
    )
    return rows


# -- filtering, measured in this process ---------------------------------------------------------


def keystrokes() -> list[str]:
    """What the search box holds after each keystroke: typing, then backspacing."""
    texts: list[str] = []
    for word in ("nguyen van", "Trần", "đức", "0912", "Lê Thị Thu", "phong tai chinh"):
        texts += [word[:i] for i in range(1, len(word) + 1)]
        texts += [word[:i] for i in range(len(word) - 1, -1, -1)]
    return texts


def measure_filter(db: Path, repeats: int = 3) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import sqlite3

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QTableView

    home = tempfile.mkdtemp(prefix="btn-bench-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, home)
    qt_app = QApplication.instance() or QApplication([sys.argv[0]])

    from bamtrachnhiem.bootstrap import open_context
    from bamtrachnhiem.domain.text import fold
    from bamtrachnhiem.gui.models.member_table import MemberTableModel
    from bamtrachnhiem.services import members as member_service

    result: dict = {}
    ctx = open_context(db)
    try:
        # Baseline for the load: the same rows, in the same order, straight from sqlite3.
        columns = ", ".join(member_service._STORED)
        sql = f"SELECT {columns} FROM member WHERE deleted_at IS NULL ORDER BY name_key, id"
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            conn.execute(sql).fetchall()  # both measured with the file in the OS cache
            start = time.perf_counter()
            members = ctx.members.find()
            result["list"] = time.perf_counter() - start
            start = time.perf_counter()
            raw = conn.execute(sql).fetchall()
            result["raw_fetch"] = time.perf_counter() - start
        finally:
            conn.close()
        assert len(members) == len(raw)
        model = MemberTableModel()
        start = time.perf_counter()
        model.set_rows(members)
        result["set_members"] = time.perf_counter() - start
        result["rows"] = len(members)

        keys = getattr(model, "_keys", None) or [
            fold(f"{m.full_name} {m.phone} {m.position} {m.department}") for m in members
        ]
        texts = keystrokes()
        model_ms: list[float] = []
        base_ms: list[float] = []
        per_text: dict[str, list[float]] = {}
        for _ in range(repeats):
            model.set_filter("")
            for text in texts:
                start = time.perf_counter()
                model.set_filter(text)
                elapsed = (time.perf_counter() - start) * 1000
                model_ms.append(elapsed)
                per_text.setdefault(text, []).append(elapsed)
                q = fold(text)
                start = time.perf_counter()
                found = [i for i, k in enumerate(keys) if q in k]
                base_ms.append((time.perf_counter() - start) * 1000)
                if " " not in q:  # the model matches each word anywhere, so only then equal
                    assert len(found) == model.rowCount(), text
        result["model_ms"] = model_ms
        result["base_ms"] = base_ms
        result["per_text"] = {t: median(v) for t, v in per_text.items()}
        result["keystrokes"] = len(texts)

        # What the user waits for: the filter plus the table view redrawing.
        model.set_filter("")
        view = QTableView()
        view.setModel(model)
        view.setSortingEnabled(True)
        view.sortByColumn(1, view.horizontalHeader().sortIndicatorOrder())
        view.resize(1050, 600)
        view.show()
        qt_app.processEvents()
        view_ms: list[float] = []
        for _ in range(repeats):
            for text in texts:
                start = time.perf_counter()
                model.set_filter(text)
                qt_app.processEvents()
                view_ms.append((time.perf_counter() - start) * 1000)
        result["view_ms"] = view_ms
        view.close()
        del view
    finally:
        ctx.close()
        shutil.rmtree(home, ignore_errors=True)
    return result


# -- profiling -----------------------------------------------------------------------------------


def profile(db: Path, out: Path) -> None:
    import cProfile
    import io
    import pstats

    stats_path = out / "startup.pstats"
    run_child("app", db, profile=stats_path)
    print("\nProfile of start-up (app imports → member page filled), top 25 by cumulative:")
    text = io.StringIO()
    pstats.Stats(str(stats_path), stream=text).sort_stats("cumulative").print_stats(25)
    print(text.getvalue())

    profiler = cProfile.Profile()
    profiler.enable()
    measure_filter(db, repeats=1)
    profiler.disable()
    print("Profile of load + filtering (in process), top 25 by total time:")
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(25)
    print(text.getvalue())


# -- report --------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--members", type=int, default=40_000)
    parser.add_argument("--units", type=int, default=150)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--runs", type=int, default=5, help="start-up runs of each kind")
    parser.add_argument("--profile", action="store_true", help="also print cProfile reports")
    parser.add_argument("--no-results", action="store_true", help="do not touch results.md")
    # Internal: the start-up child process.
    parser.add_argument("--child", choices=["baseline", "app"], help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--home", help=argparse.SUPPRESS)
    parser.add_argument("--profile-out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child_main(args.child, args.db, args.home, args.profile_out)
        return 0

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    db = ensure_database(args.out.resolve(), args.members, args.units)
    print(f"Database: {db} ({db.stat().st_size / 1e6:.1f} MB)")
    print(f"Start-up: {args.runs} runs each…", flush=True)
    startup = measure_startup(db, args.runs)
    print("Filtering…", flush=True)
    filt = measure_filter(db)

    base_s = median(r["elapsed"] for r in startup["baseline"])
    n = f"{args.members:,}"
    figures = [
        Figure(
            "start-up, normal open (median)",
            median(r["elapsed"] for r in startup["normal"]),
            "s",
            base_s,
            "empty QMainWindow",
            target=STARTUP_TARGET_S,
        ),
        Figure(
            "start-up, first open of the day incl. daily backup (median)",
            median(r["elapsed"] for r in startup["first"]),
            "s",
            base_s,
            "empty QMainWindow",
            target=STARTUP_TARGET_S,
        ),
        Figure(
            f"load members for the page: members.find() ({n})",
            filt["list"] * 1000,
            "ms",
            filt["raw_fetch"] * 1000,
            "sqlite3 fetchall, same rows",
        ),
        Figure(
            f"load members for the page: model.set_rows() ({n})",
            filt["set_members"] * 1000,
            "ms",
        ),
        Figure(
            "filter keystroke, median",
            median(filt["model_ms"]),
            "ms",
            median(filt["base_ms"]),
            "list comprehension",
            target=KEYSTROKE_TARGET_MS,
        ),
        Figure(
            "filter keystroke, max",
            max(filt["model_ms"]),
            "ms",
            max(filt["base_ms"]),
            "list comprehension",
            target=KEYSTROKE_TARGET_MS,
        ),
        Figure(
            "filter keystroke + table view redraw, max",
            max(filt["view_ms"]),
            "ms",
            max(filt["base_ms"]),
            "list comprehension",
            target=KEYSTROKE_TARGET_MS,
        ),
    ]
    phases = phase_table(startup["normal"])
    first_phases = dict(phase_table(startup["first"]))
    rows_shown = int(startup["normal"][0]["phases"]["rows shown"])

    print()
    print_table(figures)
    print(
        f"\nStart-up phases, median s (normal open; first open of the day); "
        f"{rows_shown:,} rows on the member page:"
    )
    for name, seconds in phases:
        print(f"  {name:<28} {seconds:6.3f}   {first_phases.get(name, 0):6.3f}")
    slow = sorted(filt["per_text"].items(), key=lambda kv: -kv[1])[:5]
    print("Slowest keystrokes (median ms): " + ", ".join(f"{t!r} {ms:.1f}" for t, ms in slow))

    if not args.no_results:
        phase_lines = "\n".join(
            f"| {name} | {seconds:.3f} | {first_phases.get(name, 0):.3f} |"
            for name, seconds in phases
        )
        body = (
            f"Database: {args.members:,} members in {args.units} units + the own unit, "
            f"{db.stat().st_size / 1e6:.1f} MB. Start-up: median of {args.runs} fresh "
            "processes each (QT_QPA_PLATFORM=offscreen), launch → main window shown with "
            f"the member page filled ({rows_shown:,} active members). The first open of the "
            "day also writes the automatic daily backup (taken when the last one is over "
            f"20 h old). Filtering: {filt['keystrokes']} keystrokes × 3 "
            '(typing then backspacing "nguyen van", "Trần", "đức", "0912", '
            '"Lê Thị Thu", "phong tai chinh") over all '
            f"{filt['rows']:,} members; the last row also lets a shown QTableView redraw.\n\n"
            + markdown_table(figures)
            + "\n\nStart-up phases (median s):\n\n"
            "| phase | normal open | first open of the day |\n|---|---|---|\n" + phase_lines
        )
        write_section(SECTION, "Start-up and member filtering (speed targets 3, 4)", body)
        print("\nWrote bench/results.md")

    if args.profile:
        profile(db, args.out.resolve())
    return 0 if all(f.passed is not False for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
