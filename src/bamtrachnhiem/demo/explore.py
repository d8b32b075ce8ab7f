"""A demo world made ready to explore: what the district would have done by now.

The first-run wizard's demo is for looking around, so the district opens with its branches'
packets already merged (every month, in the order they were sent), not with every count at
zero and its packets in a folder nobody mentions. ``build_world`` itself leaves the district
as it was on the day its packets arrived (the CLI's ``demo`` and the benchmarks want that).

``EXPLORE_STEPS`` is the hook for later features: a step is a function of the world (and a
progress callback) that does, through the services, what a district would have done by now
with the merged data, and each step runs once, in order, after the merge. A report of the
last month or a commendation round of the year goes here, e.g.::

    def _monthly_report(world: DemoWorld, progress: Progress | None) -> None:
        ctx = open_context(world.upper_db)
        try:
            ...  # ctx.reports.save(...) as the district's officer would
        finally:
            ctx.close()

    EXPLORE_STEPS.append(("monthly-report", _monthly_report))

The world's folder gets ``DEMO_MARKER``, a short note in Vietnamese: the app reads it to show
its "this is a demo" banner (``is_demo_file``), and whoever finds the folder knows what it is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bamtrachnhiem.bootstrap import open_context
from bamtrachnhiem.demo.commendations import open_round_for_exploring
from bamtrachnhiem.demo.records import BRANCHES_DIR, PACKETS_DIR, UPPER_DB, DemoWorld

Progress = Callable[[int, int, str], None]
ExploreStep = Callable[[DemoWorld, "Progress | None"], None]

DEMO_MARKER = "DU-LIEU-MAU.txt"
_MARKER_TEXT = """Dữ liệu mẫu của Ba Trách Nhiệm (không phải dữ liệu thật)

Thư mục này do mục "Xem thử với dữ liệu mẫu" tạo ra: một huyện đoàn tự đặt ra ({upper}) và
các chi đoàn của nó, với dữ liệu một năm.

- {upper_db}: dữ liệu của huyện đoàn; đã nhận và gộp các gói của chi đoàn.
- {branches}/: dữ liệu của từng chi đoàn.
- {packets}/: các gói dữ liệu chi đoàn gửi lên, theo từng tháng.

Có thể xóa cả thư mục này khi không cần nữa.
"""


def merge_received_packets(world: DemoWorld, progress: Progress | None = None) -> None:
    """The district imports every packet its branches sent, month by month."""
    folder = world.spec.folder / PACKETS_DIR
    months = sorted(p for p in folder.iterdir() if p.is_dir())
    files = [f for month in months for f in sorted(month.glob("*.xlsx"))]
    if not files:  # a world built without every month: the last month's packets
        files = sorted(folder.glob("*.xlsx"))
    ctx = open_context(world.upper_db)
    try:
        ctx.packet_merge.import_files(files, progress=progress)
    finally:
        ctx.close()


EXPLORE_STEPS: list[tuple[str, ExploreStep]] = [
    ("merge", merge_received_packets),
    ("commendation-round", open_round_for_exploring),
]


def prepare_for_exploring(world: DemoWorld, progress: Progress | None = None) -> None:
    """Run every ``EXPLORE_STEPS`` step on ``world``, then mark its folder as a demo."""
    for _name, step in EXPLORE_STEPS:
        step(world, progress)
    note = _MARKER_TEXT.format(
        upper=world.upper_name, upper_db=UPPER_DB, branches=BRANCHES_DIR, packets=PACKETS_DIR
    )
    (world.spec.folder / DEMO_MARKER).write_text(note, encoding="utf-8")


def demo_folder_of(path: str | Path) -> Path | None:
    """The demo world's folder when ``path`` is one of its data files, else None."""
    path = Path(path).absolute()
    for folder in (path.parent, path.parent.parent):
        if (folder / DEMO_MARKER).is_file():
            return folder
    return None


def is_demo_file(path: str | Path) -> bool:
    """True for the district's or a branch's data file of a demo world to explore."""
    return demo_folder_of(path) is not None
