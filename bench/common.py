"""Helpers shared by the benchmarks: timing, the machine, and the results.md table.

Only the standard library is imported here, so a benchmark's child processes can import
this module without paying for the app's imports.
"""

from __future__ import annotations

import contextlib
import os
import platform
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
RESULTS = BENCH_DIR / "results.md"
DEFAULT_OUT = BENCH_DIR / "out"


def timed(func: Callable[[], object]) -> tuple[float, object]:
    """Seconds taken by ``func()`` and what it returned."""
    start = time.perf_counter()
    result = func()
    return time.perf_counter() - start, result


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def machine() -> str:
    """One line naming the machine: OS, CPU, CPU count, Python."""
    cpu = platform.processor() or platform.machine()
    with_model = _cpu_model()
    if with_model:
        cpu = with_model
    return (
        f"{platform.system()} {platform.release()} ({platform.machine()}), {cpu}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}"
    )


def _cpu_model() -> str:
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    found = re.search(r"^model name\s*:\s*(.+)$", text, re.MULTILINE)
    return found.group(1).strip() if found else ""


@dataclass
class Figure:
    """One measured figure, its baseline in the same run, and the target it must meet.

    ``target`` is an absolute ceiling in the figure's unit, ``max_ratio`` a ceiling on
    figure / baseline; either may be None. ``passed`` is None when there is nothing to meet.
    """

    name: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    target: float | None = None
    max_ratio: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def passed(self) -> bool | None:
        checks = []
        if self.target is not None:
            checks.append(self.value < self.target)
        if self.max_ratio is not None and self.ratio is not None:
            checks.append(self.ratio <= self.max_ratio)
        return all(checks) if checks else None

    def target_text(self) -> str:
        parts = []
        if self.target is not None:
            parts.append(f"< {_num(self.target)} {self.unit}")
        if self.max_ratio is not None:
            parts.append(f"≤ {self.max_ratio:g}× baseline")
        return " and ".join(parts) or "—"

    def verdict(self) -> str:
        return {True: "pass", False: "FAIL", None: "—"}[self.passed]


def _num(value: float) -> str:
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}" if value < 1 else f"{value:.2f}"


def _baseline_text(f: Figure) -> str:
    if f.baseline is None:
        return "—"
    label = f" ({f.baseline_name})" if f.baseline_name else ""
    return f"{_num(f.baseline)} {f.unit}{label}"


def _ratio_text(f: Figure) -> str:
    return "—" if f.ratio is None else f"{f.ratio:.2f}×"


def print_table(figures: list[Figure]) -> None:
    """The figures as an aligned plain-text table on stdout."""
    head = ("figure", "value", "baseline", "ratio", "target", "result")
    rows = [
        (
            f.name,
            f"{_num(f.value)} {f.unit}",
            _baseline_text(f),
            _ratio_text(f),
            f.target_text(),
            f.verdict(),
        )
        for f in figures
    ]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    line = "  ".join("{:<%d}" % w for w in widths)  # noqa: UP031 - a format of formats
    print(line.format(*head))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line.format(*row))


def markdown_table(figures: list[Figure]) -> str:
    lines = [
        "| figure | value | baseline | ratio | target | result |",
        "|---|---|---|---|---|---|",
    ]
    for f in figures:
        lines.append(
            f"| {f.name} | {_num(f.value)} {f.unit} | {_baseline_text(f)} | {_ratio_text(f)} "
            f"| {f.target_text()} | {f.verdict()} |"
        )
    return "\n".join(lines)


def write_section(name: str, title: str, body: str, path: Path = RESULTS) -> None:
    """Replace the ``<!-- name -->`` … ``<!-- /name -->`` section of results.md.

    Other benchmarks' sections are kept as they are; a missing section is appended.
    """
    start, end = f"<!-- {name} -->", f"<!-- /{name} -->"
    stamp = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    section = (
        f"{start}\n## {title}\n\n"
        f"- Date: {stamp}\n- Machine: {machine()}\n- Command: `{_command()}`\n\n"
        f"{body.strip()}\n{end}"
    )
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if not text.strip():
        text = (
            "# Benchmark results\n\n"
            "Each section is rewritten by its benchmark (see README.md); keep the markers.\n"
        )
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _m: section, text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    os.replace(tmp, path)


def _command() -> str:
    argv = [Path(sys.argv[0]).as_posix(), *sys.argv[1:]]
    with contextlib.suppress(ValueError):  # run from outside the repository
        argv[0] = Path(argv[0]).resolve().relative_to(REPO_DIR).as_posix()
    return "python " + " ".join(argv)
