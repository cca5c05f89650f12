"""What every route needs: the server's settings and clock, a database connection, the caller."""
from __future__ import annotations

import sqlite3
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
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
    _pool: db.ConnectionPool | None = field(default=None, init=False, repr=False, compare=False)
    _pool_guard: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False, compare=False)

    @property
    def pool(self) -> db.ConnectionPool:
        """The app's reused connections (created on first use: `db_path` may be set after construction)."""
        if self._pool is None:
            with self._pool_guard:
                if self._pool is None:
                    self._pool = db.ConnectionPool(self.db_path)
        return self._pool


@dataclass
class Caller:
    """The signed-in associate, their store and their session."""

    associate: Associate
    store: Location
    session_id: str

    @property
    def is_manager(self) -> bool:
        return self.associate.role == Role.MANAGER


async def settings(request: Request) -> Settings:
    """Async, like every cheap dependency here: a sync one costs a trip through the thread pool."""
    return request.app.state.settings  # type: ignore[no-any-return]


async def connection(request: Request) -> AsyncIterator[sqlite3.Connection]:
    """A pooled connection for the request; WAL lets readers run alongside the one writer.

    An async dependency: taking and returning a pooled connection does not block, so it
    costs no trip through the thread pool.
    """
    pool = request.app.state.settings.pool
    conn = pool.get()
    try:
        yield conn
    finally:
        pool.put(conn)


Conn = Annotated[sqlite3.Connection, Depends(connection)]
Config = Annotated[Settings, Depends(settings)]

bearer = HTTPBearer(auto_error=False, description="access token from /v1/auth/login, /refresh or /unlock")


async def current_caller(conn: Conn, config: Config,
                         credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Caller:
    """Authenticate the bearer token against the stored hash; expiry answers `token_expired`.

    Three primary-key reads, run on the event loop: WAL readers never wait for the writer, and
    a hop through the thread pool would cost more than the reads.
    """
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


async def manager_caller(caller: Annotated[Caller, Depends(current_caller)]) -> Caller:
    """Roles are enforced here, on the server; the app only hides what a role cannot do."""
    if not caller.is_manager:
        raise forbidden()
    return caller


AnyCaller = Annotated[Caller, Depends(current_caller)]
Manager = Annotated[Caller, Depends(manager_caller)]
