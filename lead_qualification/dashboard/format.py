"""Numbers as people read them: thousands separated, shares as percentages, waits in hours and days."""

from __future__ import annotations

import math


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def count(value) -> str:
    return "-" if _missing(value) else f"{int(value):,}"


def share(value, digits: int = 1) -> str:
    return "-" if _missing(value) else f"{100 * float(value):.{digits}f}%"


def money(value) -> str:
    """Whole currency units with separators; millions shortened (1.37M)."""
    if _missing(value):
        return "-"
    value = float(value)
    return f"{value / 1e6:,.2f}M" if abs(value) >= 1e6 else f"{value:,.0f}"


def minutes(value) -> str:
    """A wait in minutes as '45 min', '3 h 20 min', '2 d 5 h'."""
    if _missing(value):
        return "-"
    total = int(round(float(value)))
    if total < 60:
        return f"{total} min"
    if total < 24 * 60:
        hours, rest = divmod(total, 60)
        return f"{hours} h {rest} min" if rest else f"{hours} h"
    days, rest = divmod(total, 24 * 60)
    hours = rest // 60
    return f"{days} d {hours} h" if hours else f"{days} d"


def score(value) -> str:
    return "-" if _missing(value) else f"{float(value):.1f}"


def ratio(value) -> str:
    return "-" if _missing(value) else f"{float(value):.2f}"


def month(value) -> str:
    """A month as '2026-06' (a chart's category, so bars are one per month, not per day)."""
    return "-" if _missing(value) else f"{value:%Y-%m}" if hasattr(value, "strftime") else str(value)[:7]

