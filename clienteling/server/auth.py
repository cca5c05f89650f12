"""Sign-in, token refresh and rotation, PIN unlock, sign-out, and who am I."""
from __future__ import annotations

import logging
import secrets
import sqlite3
from datetime import datetime

from fastapi import APIRouter, Response

from clienteling.models import (Associate, ErrorCode, LoginRequest, ManagerPinRequest, ManagerPinResult,
                                PinUnlockRequest, RefreshRequest, Session)

from . import db, records
from .context import AnyCaller, Config, Conn, Settings
from .errors import ApiError, responses
from .security import DUMMY_HASH, new_token, token_hash, verify_secret

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/v1", tags=["auth"])

MAX_PIN_FAILURES = 5


def _bad_credentials() -> ApiError:
    return ApiError(401, ErrorCode.UNAUTHENTICATED, "wrong store, username or password")


def _issue(conn: sqlite3.Connection, config: Settings, associate_id: str, *, session_id: str | None = None,
           device_id: str | None = None) -> Session:
    """New access and refresh tokens; a session id given means rotation of that session's tokens."""
    now = config.now()
    access, refresh = new_token(), new_token()
    access_expires, refresh_expires = now + config.access_ttl, now + config.refresh_ttl
    if session_id is None:
        conn.execute("INSERT INTO sessions (id, associate_id, device_id, access_hash, access_expires_at, refresh_hash,"
                     " refresh_expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (secrets.token_hex(12), associate_id, device_id, token_hash(access), access_expires.isoformat(),
                      token_hash(refresh), refresh_expires.isoformat(), now.isoformat()))
    else:
        conn.execute("UPDATE sessions SET access_hash = ?, access_expires_at = ?, refresh_hash = ?,"
                     " refresh_expires_at = ?, pin_failures = 0 WHERE id = ?",
                     (token_hash(access), access_expires.isoformat(), token_hash(refresh),
                      refresh_expires.isoformat(), session_id))
    associate = records.associate(conn, associate_id)
    assert associate is not None
    store = records.location(conn, associate.store_id)
    assert store is not None
    return Session(access_token=access, refresh_token=refresh, access_expires_at=access_expires,
                   associate=associate, store=store)


def _live_session(conn: sqlite3.Connection, refresh_token: str, now: datetime) -> tuple[str, str, int]:
    """(session id, associate id, PIN failures) of a valid refresh token, else 401."""
    row = conn.execute("SELECT id, associate_id, refresh_expires_at, revoked, pin_failures FROM sessions"
                       " WHERE refresh_hash = ?", (token_hash(refresh_token),)).fetchone()
    if row is None or row[3]:
        raise ApiError(401, ErrorCode.UNAUTHENTICATED, "this session has ended: sign in with your password")
    if datetime.fromisoformat(row[2]) <= now:
        raise ApiError(401, ErrorCode.TOKEN_EXPIRED, "this session expired: sign in with your password")
    return row[0], row[1], row[4]


@router.post("/auth/login", response_model=Session, responses=responses(401))
def login(body: LoginRequest, conn: Conn, config: Config) -> Session:
    """Password sign-in of an associate at their store; opens a session for this device."""
    row = conn.execute("SELECT a.id, c.password_hash FROM associates a JOIN credentials c ON c.associate_id = a.id"
                       " WHERE a.store_id = ? AND a.username = ?", (body.store_id, body.username)).fetchone()
    if row is None:
        verify_secret(body.password, DUMMY_HASH)
        raise _bad_credentials()
    if not verify_secret(body.password, row[1]):
        raise _bad_credentials()
    with db.write(conn):
        session = _issue(conn, config, row[0], device_id=body.device_id)
    logger.info("associate signed in")
    return session


@router.post("/auth/refresh", response_model=Session, responses=responses(401))
def refresh(body: RefreshRequest, conn: Conn, config: Config) -> Session:
    """New access token; the refresh token rotates, so a stolen old one is useless."""
    with db.write(conn):
        session_id, associate_id, _ = _live_session(conn, body.refresh_token, config.now())
        return _issue(conn, config, associate_id, session_id=session_id)


@router.post("/auth/unlock", response_model=Session, responses=responses(401))
def unlock(body: PinUnlockRequest, conn: Conn, config: Config) -> Session:
    """Quick unlock with the PIN; five wrong PINs end the session (password needed again)."""
    with db.write(conn):
        session_id, associate_id, failures = _live_session(conn, body.refresh_token, config.now())
        row = conn.execute("SELECT pin_hash FROM credentials WHERE associate_id = ?", (associate_id,)).fetchone()
        if row is not None and verify_secret(body.pin, row[0]):
            return _issue(conn, config, associate_id, session_id=session_id)
        failures += 1
        revoked = failures >= MAX_PIN_FAILURES
        conn.execute("UPDATE sessions SET pin_failures = ?, revoked = ? WHERE id = ?",
                     (failures, int(revoked), session_id))
    if revoked:
        raise ApiError(401, ErrorCode.UNAUTHENTICATED, "too many wrong PINs: sign in with your password",
                       reason="session_revoked")
    raise ApiError(401, ErrorCode.UNAUTHENTICATED, f"wrong PIN ({MAX_PIN_FAILURES - failures} attempts left)",
                   reason="wrong_pin")


@router.post("/auth/verify-manager-pin", response_model=ManagerPinResult, responses=responses(401, 423))
def verify_manager_pin(body: ManagerPinRequest, caller: AnyCaller, conn: Conn) -> ManagerPinResult:
    """Kiosk exit: is this the PIN of a manager of the caller's store? Wrong PINs count on the session."""
    with db.write(conn):
        failures = conn.execute("SELECT pin_failures FROM sessions WHERE id = ?", (caller.session_id,)).fetchone()[0]
        if failures >= MAX_PIN_FAILURES:
            raise ApiError(423, ErrorCode.LOCKED, "too many wrong PINs on this device: sign in again",
                           reason="too_many_pin_attempts")
        hashes = conn.execute(
            "SELECT c.pin_hash FROM credentials c JOIN associates a ON a.id = c.associate_id"
            " WHERE a.store_id = ? AND a.role = 'manager'", (caller.store.id,)).fetchall()
        valid = any(verify_secret(body.pin, h[0]) for h in hashes)
        conn.execute("UPDATE sessions SET pin_failures = ? WHERE id = ?",
                     (0 if valid else failures + 1, caller.session_id))
    return ManagerPinResult(valid=valid)


@router.post("/auth/logout", status_code=204, response_class=Response, responses=responses(401))
def logout(caller: AnyCaller, conn: Conn) -> Response:
    """Revoke both tokens of the caller's session."""
    with db.write(conn):
        conn.execute("UPDATE sessions SET revoked = 1 WHERE id = ?", (caller.session_id,))
    return Response(status_code=204)


@router.get("/me", response_model=Associate, responses=responses(401))
def me(caller: AnyCaller) -> Associate:
    """The signed-in associate (role included) as the server knows them."""
    return caller.associate
