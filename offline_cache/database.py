"""Opening the encrypted cache: key, pragmas, migrations, the single-instance lock, and recovery.

Durability: WAL with synchronous=FULL. Every commit — an accepted command with its optimistic
change, a settled outbox row — is fsync'd to the WAL before COMMIT returns, so "queued" on
screen survives a power cut, not just a crash. Pull pages are the exception
(`repositories.apply_page` commits them with synchronous=NORMAL): a page and its cursor stay
one atomic transaction, and a page lost to a power cut is fetched again from the kept cursor.

Recovery: a file that does not decrypt, is truncated or fails its check is moved aside to
`<name>.corrupt-<UTC timestamp>` (never deleted) and a fresh cache is created; the outbox's
unsettled rows are carried over when they can still be read, and a loud error names the kept
file when they cannot.

Checking later: the app opens with the cheap checks only (`check="header"`) and runs the
consistency check on its own connection once its first screen is up (`CacheHandle.verify`);
a failure then, or damage met by any read (`is_corruption`), ends in the same recovery
(`CacheHandle.rebuild`). SQLCipher authenticates every page, so a damaged page is never read
silently: it raises, it is not shown.
"""
from __future__ import annotations

import contextlib
import logging
import os
import re
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlcipher3
import sqlite_utils

from . import keys, migrations
from .errors import CacheError, CacheInUse

log = logging.getLogger(__name__)

Connection = sqlcipher3.dbapi2.Connection
DatabaseError = sqlcipher3.dbapi2.DatabaseError

BUSY_TIMEOUT_MS = 5000
PAGE_SIZE = 4096
"""SQLCipher 4's default cipher_page_size, kept as is."""
QUICK_CHECK_MAX_BYTES = 256 * 1024 * 1024
"""Above this size a full quick_check at open would delay start-up by seconds; see `_check`."""
_CORRUPTION_CODES = (sqlcipher3.dbapi2.SQLITE_CORRUPT, sqlcipher3.dbapi2.SQLITE_NOTADB)

_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")
_SIDE_FILES = ("-wal", "-shm", "-journal")
_OUTBOX_RESCUE_STATES = ("pending", "sent", "conflict")


@dataclass
class OpenReport:
    """What opening the cache found and did; the UI says it when `rebuilt` or `outbox_lost_file`."""

    path: Path
    created: bool = False
    rebuilt: bool = False
    reason: str | None = None
    moved_to: Path | None = None
    rescued_outbox: int = 0
    outbox_lost_file: Path | None = None
    migrated_from: int = 0
    schema_version: int = 0
    released_sent: int = 0


class _Unhealthy(Exception):
    def __init__(self, reason: str, decrypts: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.decrypts = decrypts


# --- connections ------------------------------------------------------------------------------

def connect(path: str | Path, key: str) -> Connection:
    """A configured connection to an existing or new cache; DatabaseError if the key is wrong."""
    if not _HEX_KEY.match(key):
        raise CacheError("cache key must be 64 lowercase hex digits")
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False,
                              timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute(f"PRAGMA key = \"x'{key}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fails here on a wrong key
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA cache_size = -32000")
    except BaseException:
        conn.close()
        raise
    conn.row_factory = sqlcipher3.dbapi2.Row
    return conn


def _bare(path: Path, key: str) -> Connection:
    """Just the key, no pragmas that could fail on a damaged file: for rescuing rows."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    conn.row_factory = sqlcipher3.dbapi2.Row
    return conn


def utils_db(conn: Connection) -> sqlite_utils.Database:
    """sqlite-utils over the same connection, for ad-hoc inspection and the CLI."""
    return sqlite_utils.Database(conn)


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE … COMMIT, or a savepoint when already inside a transaction."""
    if conn.in_transaction:
        name = f"sp_{uuid.uuid4().hex[:12]}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


# --- health and recovery ----------------------------------------------------------------------

def is_corruption(exc: BaseException) -> bool:
    """True when a database error means the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB).

    Busy, interrupted, full-disk or I/O errors say nothing about the file's pages: they are
    not a reason to move a cache aside.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(exc, DatabaseError) and code is not None and code & 0xFF in _CORRUPTION_CODES


def _check_size(path: Path) -> None:
    """A cut-off copy or a half-written file is rarely a whole number of pages."""
    size = path.stat().st_size
    if size % PAGE_SIZE:
        raise _Unhealthy(f"truncated: {size} bytes is not a whole number of {PAGE_SIZE}-byte pages", True)


def _check(conn: Connection, path: Path, check: str) -> None:
    """Raise _Unhealthy when the open file fails its consistency check."""
    size = path.stat().st_size
    if check == "auto":
        check = "quick" if size <= QUICK_CHECK_MAX_BYTES else "header"
    try:
        if check in ("quick", "full"):
            pragma = "quick_check" if check == "quick" else "integrity_check"
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}(5)").fetchall()]
            if rows != ["ok"]:
                raise _Unhealthy(f"corrupt: {'; '.join(rows)[:300]}", True)
        elif check == "header":
            if conn.execute("SELECT name FROM sqlite_master WHERE name = 'outbox'").fetchone():
                conn.execute("SELECT count(*), max(seq) FROM outbox").fetchone()
        elif check != "none":
            raise ValueError(f"unknown check {check!r}")
    except DatabaseError as exc:
        raise _Unhealthy(f"corrupt: {exc}", True) from exc


def _rescue_outbox(conn: Connection) -> tuple[list[dict[str, Any]], bool]:
    """Unsettled outbox rows of a damaged cache; (rows, complete)."""
    rows: list[dict[str, Any]] = []
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'outbox'").fetchone():
            return rows, True
        marks = ",".join("?" * len(_OUTBOX_RESCUE_STATES))
        # NOT INDEXED: walk the table itself, so a damaged index cannot hide rows.
        for row in conn.execute(f"SELECT * FROM outbox NOT INDEXED WHERE state IN ({marks}) ORDER BY seq",
                                _OUTBOX_RESCUE_STATES):
            rows.append(dict(row))
    except DatabaseError as exc:
        log.error("outbox of a damaged cache is only partly readable: %s", exc)
        return rows, False
    return rows, True


def _move_aside(path: Path) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    os.replace(path, target)
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


def _restore_outbox(conn: Connection, rows: list[dict[str, Any]]) -> int:
    """Carry rescued rows over with their `seq`: a push or a conflict action started before a
    rebuild in the running app then settles the same command in the new file."""
    if not rows:
        return 0
    columns = list(rows[0])
    sql = (f"INSERT OR IGNORE INTO outbox ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    with transaction(conn):
        for row in rows:
            if row["state"] == "sent":
                row["state"] = "pending"  # the answer is unknown; the idempotency key makes a resend safe
            conn.execute(sql, [row[c] for c in columns])
    return len(rows)


def _rebuild(path: Path, key: str, bad: _Unhealthy, report: OpenReport) -> Connection:
    """Move the unusable file aside and create a fresh cache with the rescued outbox; fills `report`.

    Every connection to the file must be closed first: the rescue reads it through a fresh handle.
    """
    rescued: list[dict[str, Any]] = []
    complete = False
    if bad.decrypts:
        rescuer = _bare(path, key)  # a fresh handle: the outbox's pages may still be whole
        try:
            rescued, complete = _rescue_outbox(rescuer)
        finally:
            rescuer.close()
    report.rebuilt = True
    report.reason = bad.reason
    report.moved_to = _move_aside(path)
    log.warning("cache unusable (%s); moved aside to %s and rebuilt", bad.reason.split(":")[0],
                report.moved_to.name)
    if not complete:
        report.outbox_lost_file = report.moved_to
        log.error("outbox_lost_file=%s: commands not yet sent may be in this file; it is kept "
                  "for support, do not delete it", report.moved_to)
    conn = connect(path, key)
    migrations.migrate(conn)
    report.rescued_outbox = _restore_outbox(conn, rescued)
    if report.rescued_outbox:
        log.warning("carried %d unsettled commands over to the rebuilt cache", report.rescued_outbox)
    report.schema_version = migrations.current_version(conn)
    return conn


def open_db(path: str | Path, key: str, *, check: str = "auto") -> tuple[Connection, OpenReport]:
    """Open, check and migrate the cache at `path`, rebuilding it when it is unusable.

    `check`: "auto" (quick_check up to QUICK_CHECK_MAX_BYTES, else page-size and outbox
    probes), "quick", "full", "header" (the probes only: the caller runs `verify` later) or "none".
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    report = OpenReport(path=path, created=not path.exists() or path.stat().st_size == 0)
    conn: Connection | None = None
    try:
        if not report.created:
            _check_size(path)
        try:
            conn = connect(path, key)
        except DatabaseError as exc:
            if "not a database" in str(exc):
                raise _Unhealthy(f"undecryptable: wrong key or not a cache ({exc})", False) from exc
            raise _Unhealthy(f"corrupt: {exc}", True) from exc
        if not report.created:
            _check(conn, path, check)
        try:
            report.migrated_from = migrations.migrate(conn)
        except DatabaseError as exc:
            raise _Unhealthy(f"corrupt: migration failed ({exc})", True) from exc
    except _Unhealthy as bad:
        if conn is not None:
            conn.close()  # a connection that failed a check or a migration may hold a broken state
        return _rebuild(path, key, bad, report), report
    report.schema_version = migrations.current_version(conn)
    return conn, report


# --- single instance --------------------------------------------------------------------------

class _FileLock:
    """An exclusive, non-blocking lock on `<db>.lock`, held while the cache is open."""

    def __init__(self, path: Path) -> None:
        self.path = path.with_name(path.name + ".lock")
        self._file: Any = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+b")  # noqa: SIM115 - held for the lifetime of the cache
        try:
            if os.name == "nt":
                import msvcrt
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise CacheInUse(f"The cache {self.path.with_suffix('')} is already open in another window or "
                             "process of Clienteling; close it first (one app instance per profile).") from None
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing the descriptor drops the lock
            self._file = None


_NOT_ABOUT_THE_FILE = (sqlcipher3.dbapi2.SQLITE_INTERRUPT, sqlcipher3.dbapi2.SQLITE_BUSY,
                       sqlcipher3.dbapi2.SQLITE_LOCKED, sqlcipher3.dbapi2.SQLITE_NOMEM)


@dataclass
class CacheHandle:
    """An open cache: holds the instance lock and hands out connections to its worker threads."""

    path: Path
    report: OpenReport
    _key: str = field(repr=False)
    _lock: _FileLock = field(repr=False)
    _verifying: Connection | None = field(default=None, repr=False)
    _stop_verify: bool = field(default=False, repr=False)
    _verify_guard: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def connect(self) -> Connection:
        return connect(self.path, self._key)

    def verify(self) -> str | None:
        """The full consistency check, on a connection of its own: why the file is damaged, or None.

        Meant for a background thread while the app works: under WAL it reads one snapshot and
        blocks no writer. Any size gets quick_check here (at open, files above
        QUICK_CHECK_MAX_BYTES only get probes). None too when `stop_verify` interrupted it.
        """
        with self._verify_guard:
            if self._stop_verify:
                return None
            try:
                conn = self._verifying = connect(self.path, self._key)
            except DatabaseError as exc:
                return self._verdict(_Unhealthy(f"corrupt: {exc}", True), exc)
        try:
            _check(conn, self.path, "quick")
        except _Unhealthy as bad:
            return self._verdict(bad, bad.__cause__)
        finally:
            with self._verify_guard:
                self._verifying = None
            conn.close()
        return None

    def _verdict(self, bad: _Unhealthy, cause: BaseException | None) -> str | None:
        """Busy, interrupted or out of memory says nothing about the pages: no rebuild for that.

        Nor does any error once `stop_verify` has interrupted the check: the interrupt can land
        inside a virtual table's constructor (quick_check also checks the FTS indexes), which
        then fails with a plain SQLITE_ERROR ("vtable constructor failed").
        """
        if self._stop_verify:
            return None
        code = getattr(cause, "sqlite_errorcode", None)
        if code is not None and code & 0xFF in _NOT_ABOUT_THE_FILE:
            if not self._stop_verify:
                log.warning("cache check could not run to its end: %s", cause)
            return None
        return bad.reason

    def stop_verify(self) -> None:
        """Interrupt a running `verify` (from any thread) and refuse later ones: the app is closing."""
        with self._verify_guard:
            self._stop_verify = True
            if self._verifying is not None:
                self._verifying.interrupt()

    def rebuild(self, reason: str) -> OpenReport:
        """Move the damaged file aside and start a fresh cache with its rescued outbox, lock held.

        The caller closes every connection it has to the file first. Returns (and keeps) the
        new report; commands that were 'sent' are pending again, as after a crash.
        """
        report = OpenReport(path=self.path)
        _rebuild(self.path, self._key, _Unhealthy(reason, True), report).close()
        self.report = report
        return report

    def close(self) -> None:
        self.stop_verify()
        self._lock.release()

    def __enter__(self) -> CacheHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_cache(path: str | Path, profile: str, *, check: str = "auto") -> CacheHandle:
    """Lock, open (creating, migrating or rebuilding) the profile's cache; the app's entry point.

    Raises KeyringUnavailable, CacheInUse or SchemaTooNew. Commands left 'sent' by a crash go
    back to 'pending' (their answer is unknown; the idempotency key makes the resend harmless).
    """
    from . import outbox

    path = Path(path)
    key = keys.get_or_create_key(profile)
    lock = _FileLock(path)
    lock.acquire()
    try:
        conn, report = open_db(path, key, check=check)
        try:
            report.released_sent = outbox.release_all_sent(conn)
        finally:
            conn.close()
    except BaseException:
        lock.release()
        raise
    return CacheHandle(path=path, report=report, _key=key, _lock=lock)
