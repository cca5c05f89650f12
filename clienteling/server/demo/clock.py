"""Demo time as integer UTC epoch seconds, formatted the way pydantic dumps a UTC datetime.

Integers and a per-day string cache instead of datetime objects: a million customers each
carry several instants, and this keeps formatting at well under a microsecond.
"""
from __future__ import annotations

from datetime import date, datetime, timezone

DAY = 86_400
HOUR = 3_600
MINUTE = 60

_STORE_OPEN_UTC = 9 * HOUR
"""09:00 UTC is 10:00 in Paris/Rome in winter, 11:00 in summer: always within opening hours."""
_STORE_SPAN = 8 * HOUR + 15 * 60
"""Until 17:15 UTC, i.e. 18:15 or 19:15 local time: before the 19:30 closing in any season."""

_days: dict[int, str] = {}
_TIMES: list[str] = []


def day_prefix(day: int) -> str:
    """"2025-03-14" for a day number since the epoch (cached: few distinct days, many instants)."""
    prefix = _days.get(day)
    if prefix is None:
        prefix = _days[day] = date.fromordinal(719_163 + day).isoformat()
    return prefix


def time_suffixes() -> list[str]:
    """"T15:00:00Z" for every second of a day: building an instant's text is then two lookups."""
    if not _TIMES:
        _TIMES.extend(f"T{h:02d}:{m:02d}:{s:02d}Z" for h in range(24) for m in range(60) for s in range(60))
    return _TIMES


def iso(ts: int) -> str:
    """`ts` as pydantic's JSON form of an aware UTC datetime: "2025-03-14T15:00:00Z"."""
    day, sec = divmod(ts, DAY)
    prefix = _days.get(day)
    if prefix is None:
        prefix = day_prefix(day)
    return prefix + (_TIMES or time_suffixes())[sec]


def iso_date(ts: int) -> str:
    """The UTC calendar date of `ts`, as a pydantic `date` dumps it."""
    return date.fromordinal(719_163 + ts // DAY).isoformat()


def weekday(ts: int) -> int:
    """0 = Monday, like `date.weekday()` (1970-01-01 was a Thursday)."""
    return (ts // DAY + 3) % 7


def store_time(ts: int, not_after: int) -> int:
    """The moment of the same (or an earlier) day when a store is open, not after `not_after`.

    Store sales, handovers and visits should happen while the store is open, Monday to
    Saturday; the day's time is squeezed into the open span so ordering within a day holds.
    """
    day, sec = divmod(ts, DAY)
    t = day * DAY + _STORE_OPEN_UTC + sec * _STORE_SPAN // DAY
    while t > not_after or weekday(t) == 6:
        t -= DAY
    return t


def epoch(moment: datetime) -> int:
    """Whole UTC seconds of an aware datetime (naive ones are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return int(moment.timestamp())
