"""The local store as the async world sees it: the encrypted cache behind two worker threads.

SQLite work never runs on the event loop. All writes (sync pages, commands, outbox
settlement) go through one writer thread with its own connection, so they are serialised
without locks; reads (search, screens) use a second connection in a reader thread, which WAL
lets run while the writer applies a page.
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

    def close(self) -> None:
        def _close() -> None:
            conn = getattr(self._local, "conn", None)
            if conn is not None:
                conn.close()
                self._local.conn = None
        self._pool.submit(_close).result()
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

    def open(self) -> database.OpenReport:
        """Open (creating, migrating or rebuilding) the cache; raises CacheInUse or KeyringUnavailable."""
        self._handle = database.open_cache(self.path, self.profile)
        self.report = self._handle.report
        self.writer = _Worker("cache-writer", self._handle.connect)
        self.reader = _Worker("cache-reader", self._handle.connect)
        return self.report

    async def write(self, fn: Callable[..., R], *args: Any) -> R:
        assert self.writer is not None, "LocalStore.open() first"
        return await self.writer.run(fn, *args)

    async def read(self, fn: Callable[..., R], *args: Any) -> R:
        assert self.reader is not None, "LocalStore.open() first"
        return await self.reader.run(fn, *args)

    def close(self) -> None:
        for worker in (self.reader, self.writer):
            if worker is not None:
                worker.close()
        self.reader = self.writer = None
        if self._handle is not None:
            self._handle.close()
            self._handle = None
