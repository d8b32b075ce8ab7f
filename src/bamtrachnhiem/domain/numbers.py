"""Numbers the Vietnamese way: "." groups thousands, "," marks decimals."""

from __future__ import annotations

import math


def format_quantity(value: float | int | None) -> str:
    """1 → "1", 1.5 → "1,5", 2500 → "2.500", -12.25 → "-12,25"; at most two decimals;
    "" for ``None``."""
    if value is None:
        return ""
    if not isinstance(value, int | float) or math.isnan(value) or math.isinf(value):
        return str(value)
    rounded = round(float(value), 2)
    sign = "-" if rounded < 0 else ""
    whole, _, decimals = f"{abs(rounded):.2f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    decimals = decimals.rstrip("0")
    return f"{sign}{grouped},{decimals}" if decimals else f"{sign}{grouped}"
