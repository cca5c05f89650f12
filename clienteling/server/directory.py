"""Health and the chain's locations: what a device needs before and right after sign-in."""
from __future__ import annotations

from fastapi import APIRouter

from clienteling.models import Health, Location

from . import records
from .context import Config, Conn
from .errors import responses

router = APIRouter(prefix="/v1", tags=["directory"])

SERVER_VERSION = "0.1.0"


@router.get("/health", response_model=Health, responses={500: responses()[500]})
def health(conn: Conn, config: Config) -> Health:
    """Liveness that also proves the database answers."""
    conn.execute("SELECT 1").fetchone()
    return Health(status="ok", version=SERVER_VERSION, server_time=config.now())


@router.get("/locations", response_model=list[Location], responses={500: responses()[500]})
def locations(conn: Conn) -> list[Location]:
    """Every store and warehouse of the chain: public, so a new device can offer its store list."""
    return records.locations(conn)
