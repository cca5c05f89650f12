"""Stores and warehouses of the chain, and the associates who work in them."""
from __future__ import annotations

import math
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field

from .common import CountryCode, Id, Model


class LocationKind(StrEnum):
    STORE = "store"
    WAREHOUSE = "warehouse"


class OpeningHours(Model):
    """Opening time range for one weekday (0 = Monday), local time, "HH:MM"."""

    weekday: int = Field(ge=0, le=6)
    opens: str = Field(pattern=r"^[0-2][0-9]:[0-5][0-9]$")
    closes: str = Field(pattern=r"^[0-2][0-9]:[0-5][0-9]$")


class Location(Model):
    id: Id
    kind: LocationKind
    name: str = Field(min_length=1, max_length=120)
    city: str = Field(min_length=1, max_length=80)
    country: CountryCode
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)
    timezone: str = Field(min_length=1, max_length=64, description="IANA time zone, e.g. Europe/Paris")
    opening_hours: list[OpeningHours] = Field(default_factory=list)
    version: int = Field(default=0, ge=0)


def distance_km(a: Location, b: Location) -> float:
    """Great-circle distance between two locations (haversine), in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def open_now(location: Location, now: datetime) -> bool:
    """Whether the location is open at `now`, reading its opening hours in its own time zone."""
    try:
        local = now.astimezone(ZoneInfo(location.timezone))
    except (ZoneInfoNotFoundError, ValueError):
        return False
    hhmm = local.strftime("%H:%M")
    return any(h.weekday == local.weekday() and h.opens <= hhmm < h.closes for h in location.opening_hours)


class Role(StrEnum):
    ASSOCIATE = "associate"
    MANAGER = "manager"


class Associate(Model):
    id: Id
    store_id: Id
    username: str = Field(min_length=1, max_length=64)
    display_name: str = Field(min_length=1, max_length=120)
    role: Role
    version: int = Field(default=0, ge=0)
