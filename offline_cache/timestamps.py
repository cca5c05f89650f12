"""UTC instants as fixed-width ISO-8601 text, so SQLite compares them as strings correctly."""
from __future__ import annotations

from datetime import datetime, timezone

_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def now() -> datetime:
    return datetime.now(timezone.utc)


def iso(value: datetime | str | None) -> str | None:
    """One spelling for every stored instant (microseconds, 'Z'); naive datetimes are refused."""
    if value is None:
        return None
    if isinstance(value, str):
        # Fast paths for what the backend and pydantic write: "...:SSZ" and "...:SS.ffffffZ".
        if len(value) == 20 and value[19] == "Z" and value[10] == "T":
            return value[:19] + ".000000Z"
        if len(value) == 27 and value[26] == "Z" and value[19] == "." and value[10] == "T":
            return value
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        raise ValueError("naive datetime: the cache stores UTC instants only")
    return value.astimezone(timezone.utc).strftime(_FORMAT)


def parse(text: str | None) -> datetime | None:
    if text is None:
        return None
    return datetime.fromisoformat(text)
