"""What every route needs: the server's settings and clock, a database connection, the caller."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from clienteling.models import Associate, ErrorCode, Location, Role

from . import db, records
from .errors import ApiError, forbidden
from .security import token_hash


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Settings:
    """Per-app configuration; `now` is injectable so tests can move time."""

    db_path: str
    now: Callable[[], datetime] = _utcnow
    access_ttl: timedelta = timedelta(minutes=15)
    refresh_ttl: timedelta = timedelta(days=30)
    events_poll_seconds: float = 0.5


@dataclass
class Caller:
    """The signed-in associate, their store and their session."""

    associate: Associate
    store: Location
    session_id: str

    @property
    def is_manager(self) -> bool:
        return self.associate.role == Role.MANAGER


def settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


def connection(request: Request) -> Iterator[sqlite3.Connection]:
    """One connection per request; SQLite connections are cheap and WAL lets readers run alongside."""
    conn = db.connect(request.app.state.settings.db_path)
    try:
        yield conn
    finally:
        conn.close()


Conn = Annotated[sqlite3.Connection, Depends(connection)]
Config = Annotated[Settings, Depends(settings)]

bearer = HTTPBearer(auto_error=False, description="access token from /v1/auth/login, /refresh or /unlock")


def current_caller(conn: Conn, config: Config,
                   credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Caller:
    """Authenticate the bearer token against the stored hash; expiry answers `token_expired`."""
    if credentials is None or not credentials.credentials:
        raise ApiError(401, ErrorCode.UNAUTHENTICATED, "sign in first", headers={"WWW-Authenticate": "Bearer"})
    row = conn.execute("SELECT id, associate_id, access_expires_at, revoked FROM sessions WHERE access_hash = ?",
                       (token_hash(credentials.credentials),)).fetchone()
    if row is None or row[3]:
        raise ApiError(401, ErrorCode.UNAUTHENTICATED, "unknown or revoked token",
                       headers={"WWW-Authenticate": "Bearer"})
    if datetime.fromisoformat(row[2]) <= config.now():
        raise ApiError(401, ErrorCode.TOKEN_EXPIRED, "the access token expired: refresh it",
                       headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
    associate = records.associate(conn, row[1])
    store = records.location(conn, associate.store_id) if associate else None
    if associate is None or store is None:
        raise ApiError(401, ErrorCode.UNAUTHENTICATED, "this account no longer exists")
    return Caller(associate=associate, store=store, session_id=row[0])


def manager_caller(caller: Annotated[Caller, Depends(current_caller)]) -> Caller:
    """Roles are enforced here, on the server; the app only hides what a role cannot do."""
    if not caller.is_manager:
        raise forbidden()
    return caller


AnyCaller = Annotated[Caller, Depends(current_caller)]
Manager = Annotated[Caller, Depends(manager_caller)]
