"""The words a packet shows beside its exact values, for a district officer reading it in Excel.

A column holding codes ("approved"), JSON or member ids is hidden in the sheet and followed
by a column saying the same in words ("Đã duyệt", "A. Tận tâm với công việc…", "Nguyễn Văn
An; Trần Thị Bình") (``Column.shown_as``). Readers read the exact column and ignore the
words, so nothing here is ever parsed back: a value this module cannot put in words is
shown as it is.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bamtrachnhiem.domain.kinds import Column, ColumnType
from bamtrachnhiem.domain.numbers import format_quantity
from bamtrachnhiem.domain.scoring import format_points


@dataclass(frozen=True)
class Readable:
    """What a packet's words are made from: the members' names and the bands' labels."""

    member_names: Mapping[str, str] = field(default_factory=dict)
    band_labels: Mapping[str, str] = field(default_factory=dict)

    def words(self, kind_name: str, column: Column, value: Any) -> str:
        """``value`` of ``column`` in words; "" for an empty value."""
        if value is None or value == "":
            return ""
        try:
            if column.labels:
                return dict(column.labels).get(value, str(value))
            if column.type is ColumnType.IDS:
                return "; ".join(self.member_names.get(i, i) for i in json.loads(value))
            if (kind_name, column.key) == ("assessments", "band"):
                return self.band_labels.get(value, str(value))
            if (kind_name, column.key) == ("reports", "figures"):
                return _report_figures(json.loads(value))
            if column.type is ColumnType.JSON:
                return _JSON_WORDS[column.key](json.loads(value))
        except (ValueError, TypeError, KeyError, AttributeError):
            pass  # words are for people; a value they cannot say is shown as it is
        return str(value)


def band_labels(definitions: Iterable[str]) -> dict[str, str]:
    """Band code → label, from criteria set definitions (JSON); later sets win."""
    labels: dict[str, str] = {}
    for text in definitions:
        try:
            bands = json.loads(text).get("rules", {}).get("bands", [])
            labels.update({b["code"]: b["label"] for b in bands})
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
    return labels


def _commitments(value: list[list[str]]) -> str:
    return "\n".join(f"{code}. {text}" for code, text in value)


def _targets(value: list[dict[str, Any]]) -> str:
    lines = []
    for target in value:
        unit = f" {target['measure_unit']}" if target.get("measure_unit") else ""
        line = f"{target['name']}: {format_quantity(target.get('quantity', 0))}{unit}"
        if target.get("achieved") is not None:
            line += f" (đạt {format_quantity(target['achieved'])})"
        lines.append(line)
    return "\n".join(lines)


# A year's packet says some 100,000 scores in words, from a few dozen distinct values.
_points = functools.lru_cache(maxsize=4096)(format_points)


def _scores(value: dict[str, float]) -> str:
    return "; ".join(f"{code}: {_points(points)}" for code, points in value.items())


def _criteria(value: dict[str, Any]) -> str:
    criteria = value["criteria"]
    total = sum(c["max_points"] for c in criteria)
    bands = ", ".join(
        f"{b['label']} từ {format_points(b['min_total'])}"
        for b in sorted(value["rules"]["bands"], key=lambda b: -b["min_total"])
    )
    return f"{len(criteria)} tiêu chí, tổng {format_points(total)} điểm; xếp loại: {bands}"


def _rule(value: dict[str, Any]) -> str:
    paths = " | ".join(p["name"] for p in value.get("paths", []))
    share = format_quantity(float(value.get("quota_share", 0)) * 100)
    return f"Đạt một trong các cách: {paths}; chỉ tiêu {share}% (tối thiểu {value.get('quota_minimum', 0)})"


def _quotas(value: dict[str, int]) -> str:
    return "; ".join(f"{code}: {quota}" for code, quota in value.items())


_FIGURE_WORDS = {
    "mean": "bình quân năm",
    "months_assessed": "số tháng được đánh giá",
    "band": "xếp loại",
    "initiatives": "sáng kiến",
    "activities": "hoạt động",
    "volunteer": "tình nguyện",
    "prizes": "giải thưởng",
    "targets_met": "chỉ tiêu đạt",
    "members": "đoàn viên",
    "pledged_pct": "% đăng ký",
    "assessed_pct": "% đánh giá",
    "on_time_months": "tháng nộp đúng hạn",
    "campaign_pct": "% chỉ tiêu thi đua",
}


def _figures(value: dict[str, Any]) -> str:
    return "; ".join(
        f"{_FIGURE_WORDS[key]}: {value[key]}"
        for key in _FIGURE_WORDS
        if key in value and value[key] not in (None, "")
    )


def _report_figures(value: dict[str, Any]) -> str:
    """A report's figures in one line: members, pledges, assessments, bands, mean."""
    members, pledged = value.get("members", 0), value.get("pledged", 0)
    assessed, expected = value.get("assessed", 0), value.get("expected", 0)
    bands = value.get("bands", {})
    parts = [
        f"{format_quantity(members)} đoàn viên",
        f"đăng ký {format_quantity(pledged)}",
        f"đánh giá {format_quantity(assessed)}/{format_quantity(expected)} lượt",
        "xếp loại "
        + ", ".join(
            f"{label} {format_quantity(bands.get(key, 0))}"
            for key, label in (
                ("xuat_sac", "Xuất sắc"),
                ("tot", "Tốt"),
                ("dat", "Đạt"),
                ("chua_dat", "Chưa đạt"),
            )
        ),
    ]
    if value.get("mean") is not None:
        parts.append(f"điểm bình quân {format_points(value['mean'])}")
    parts.append(f"{format_quantity(value.get('initiatives', 0))} sáng kiến")
    parts.append(f"{format_quantity(value.get('activities', 0))} hoạt động")
    return "; ".join(parts)


# The JSON columns that travel, by key, and how each is put in words.
_JSON_WORDS: dict[str, Callable[[Any], str]] = {
    "commitments": _commitments,
    "targets": _targets,
    "self_scores": _scores,
    "branch_scores": _scores,
    "definition": _criteria,
    "rule": _rule,
    "quotas": _quotas,
    "figures": _figures,
}
