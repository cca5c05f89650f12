"""The local store as the async world sees it: the encrypted cache behind two worker threads.

SQLite work never runs on the event loop. All writes (sync pages, commands, outbox
settlement) go through one writer thread with its own connection, so they are serialised
without locks; reads (search, screens) use a second connection in a reader thread, which WAL
lets run while the writer applies a page.

A cache found damaged while the app runs (by the background check, or by a read that meets
a damaged page) is rebuilt in place: both workers close their connection and wait, the file
is moved aside and recreated with its outbox, and queued calls then run on the new file.
"""
from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from offline_cache import database

log = logging.getLogger(__name__)
R = TypeVar("R")


class _Worker:
    """One thread, one connection: the connection is created and used only in that thread."""

    def __init__(self, name: str, connect: Callable[[], sqlite3.Connection]) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._connect = connect
        self._local = threading.local()

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
        return conn

    async def run(self, fn: Callable[..., R], *args: Any) -> R:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, lambda: fn(self._conn(), *args))

    def run_sync(self, fn: Callable[..., R], *args: Any) -> R:
        """For the CLI and start-up code that is not on an event loop."""
        return self._pool.submit(lambda: fn(self._conn(), *args)).result()

    def _drop_conn(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def hold(self) -> Callable[[], None]:
        """Close this thread's connection and park the thread; calls queue until the returned resume()."""
        parked, resume = threading.Event(), threading.Event()

        def park() -> None:
            self._drop_conn()
            parked.set()
            resume.wait()

        self._pool.submit(park)
        parked.wait()
        return resume.set

    def close(self) -> None:
        self._pool.submit(self._drop_conn).result()
        self._pool.shutdown(wait=True)


class LocalStore:
    """The device's cache and outbox, opened once per app instance (it holds the file lock)."""

    def __init__(self, path: Path, profile: str) -> None:
        self.path = Path(path)
        self.profile = profile
        self.report: database.OpenReport | None = None
        self._handle: database.CacheHandle | None = None
        self.writer: _Worker | None = None
        self.reader: _Worker | None = None
        self.on_corruption: Callable[[BaseException], None] | None = None
        """Called on the loop when a read or write met a damaged file (the error is raised all the same)."""

    def open(self, *, check: str = "auto") -> database.OpenReport:
        """Open (creating, migrating or rebuilding) the cache; raises CacheInUse or KeyringUnavailable.

        `check="header"` leaves the full consistency check to `verify`, run once the app is up.
        """
        self._handle = database.open_cache(self.path, self.profile, check=check)
        self.report = self._handle.report
        self.writer = _Worker("cache-writer", self._handle.connect)
        self.reader = _Worker("cache-reader", self._handle.connect)
        return self.report

    async def write(self, fn: Callable[..., R], *args: Any) -> R:
        assert self.writer is not None, "LocalStore.open() first"
        return await self._watched(self.writer, fn, *args)

    async def read(self, fn: Callable[..., R], *args: Any) -> R:
        assert self.reader is not None, "LocalStore.open() first"
        return await self._watched(self.reader, fn, *args)

    async def _watched(self, worker: _Worker, fn: Callable[..., R], *args: Any) -> R:
        report = self.report
        try:
            return await worker.run(fn, *args)
        except database.DatabaseError as exc:
            # Only about the file this call began on: an error from before a rebuild is not news.
            if self.on_corruption is not None and database.is_corruption(exc) and self.report is report:
                self.on_corruption(exc)
            raise

    def verify(self) -> str | None:
        """The full consistency check (blocking, for a background thread): the damage found, or None."""
        assert self._handle is not None, "LocalStore.open() first"
        return self._handle.verify()

    def stop_verify(self) -> None:
        if self._handle is not None:
            self._handle.stop_verify()

    def rebuild(self, reason: str) -> database.OpenReport:
        """Blocking, off the loop: replace the damaged file under the running app (lock kept)."""
        assert self._handle is not None and self.writer is not None and self.reader is not None
        resumes = [self.writer.hold(), self.reader.hold()]
        try:
            self.report = self._handle.rebuild(reason)
        finally:
            for resume in resumes:
                resume()
        return self.report

    def close(self) -> None:
        for worker in (self.reader, self.writer):
            if worker is not None:
                worker.close()
        self.reader = self.writer = None
        if self._handle is not None:
            self._handle.close()
            self._handle = None
