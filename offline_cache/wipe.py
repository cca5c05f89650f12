"""Wiping a device's cache: the files and the key, never silently with unsent commands."""
from __future__ import annotations

import logging
import os
from pathlib import Path

from . import keys, outbox
from .database import DatabaseError, _FileLock, connect
from .errors import PendingCommands

log = logging.getLogger(__name__)

_FILES = ("", "-wal", "-shm", "-journal")


def wipe(path: str | Path, profile: str, *, force: bool = False) -> list[Path]:
    """Delete the cache files and its key; PendingCommands unless `force` when commands are unsettled.

    Raises CacheInUse while the app has the cache open. A cache that cannot be read (no key,
    wrong key) may hide unsent commands, so it also needs `force`.
    """
    path = Path(path)
    lock = _FileLock(path)
    lock.acquire()
    try:
        if path.exists() and not force:
            key = keys.get_key(profile)
            try:
                if key is None:
                    raise DatabaseError("no key for this profile")
                conn = connect(path, key)
                try:
                    waiting = outbox.unsettled(conn)
                finally:
                    conn.close()
            except DatabaseError:
                raise PendingCommands("The cache cannot be read to check for unsent commands; "
                                      "wipe with force=True to delete it anyway.", []) from None
            if waiting:
                raise PendingCommands(f"{len(waiting)} commands have not reached the backend (or wait in the "
                                      "conflict inbox); sync or resolve them first, or wipe with force=True.",
                                      waiting)
        removed = []
        for suffix in _FILES:
            target = path.with_name(path.name + suffix)
            if target.exists():
                os.remove(target)
                removed.append(target)
        keys.delete_key(profile)
        log.warning("cache wiped (%d files)%s", len(removed), " with force" if force else "")
    finally:
        lock.release()
    lock_file = lock.path
    if lock_file.exists():
        os.remove(lock_file)
    return removed
