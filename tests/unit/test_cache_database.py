"""Opening the encrypted cache: encryption at rest, recovery from bad files, one instance, wipe."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from offline_cache import database, keys, migrations, outbox, wipe
from offline_cache.errors import CacheInUse, PendingCommands, SchemaTooNew
from tests.keyring_memory import MemoryKeyring, install

KEY = "1f" * 32
OTHER_KEY = "2e" * 32


@pytest.fixture
def memory(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv(keys.BACKEND_ENV, raising=False)
    backend, previous = install()
    yield backend
    keyring.set_keyring(previous)


def _queue(conn: database.Connection, n: int, entity: str = "pickups:P1") -> None:
    for i in range(n):
        outbox.enqueue(conn, kind="handover", method="POST", path=f"/pickups/P{i}/handover", body={"i": i},
                       entity_key=entity, idempotency_key=f"k{i}")


def test_new_cache_is_migrated_in_wal_mode_with_durable_commits(tmp_path: Path) -> None:
    conn, report = database.open_db(tmp_path / "c.db", KEY)
    assert report.created and not report.rebuilt and report.schema_version == migrations.LATEST
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"customers", "customers_fts", "products_fts", "variants", "outbox", "feed_state", "conflicts"} <= names
    conn.close()
    conn, report = database.open_db(tmp_path / "c.db", KEY)
    assert not report.created and report.migrated_from == migrations.LATEST
    conn.close()


def test_file_is_unreadable_without_the_key(tmp_path: Path) -> None:
    conn, _ = database.open_db(tmp_path / "c.db", KEY)
    conn.execute("INSERT INTO feed_state (feed, cursor) VALUES ('customers', 'secret-cursor')")
    conn.close()
    raw = (tmp_path / "c.db").read_bytes()
    assert b"SQLite format 3" not in raw and b"secret-cursor" not in raw
    plain = sqlite3.connect(tmp_path / "c.db")
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()


def test_wrong_key_moves_the_file_aside_and_rebuilds(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    conn, _ = database.open_db(tmp_path / "c.db", KEY)
    _queue(conn, 1)
    conn.close()
    conn, report = database.open_db(tmp_path / "c.db", OTHER_KEY)
    assert report.rebuilt and report.reason.startswith("undecryptable")
    assert report.moved_to is not None and report.moved_to.exists()
    assert report.moved_to.name.startswith("c.db.corrupt-")
    # Nothing could be read from it, so it may hold unsent commands: said loudly, file kept.
    assert report.outbox_lost_file == report.moved_to
    assert any("outbox_lost_file=" in r.message and r.levelname == "ERROR" for r in caplog.records)
    assert outbox.pending_count(conn) == 0
    conn.close()
    # The moved file is intact: with the right key its command is still there.
    old = database.connect(report.moved_to, KEY)
    assert outbox.pending_count(old) == 1
    old.close()


def test_truncated_file_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    conn, _ = database.open_db(path, KEY)
    _queue(conn, 2)
    conn.executemany("INSERT INTO locations (key, kind, version, body) VALUES (?, 'store', 1, ?)",
                     [(f"L{i}", "x" * 2000) for i in range(200)])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.truncate(size // 2 + 100)
    conn, report = database.open_db(path, KEY)
    assert report.rebuilt and report.reason.startswith("truncated")
    # SQLite cannot read a cut-off file's schema, so its unsent commands are reported, file kept.
    assert report.outbox_lost_file == report.moved_to and report.moved_to.stat().st_size > 0
    assert conn.execute("SELECT count(*) FROM locations").fetchone()[0] == 0
    conn.close()


def test_corrupt_file_rescues_the_outbox_into_the_new_cache(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    conn, _ = database.open_db(path, KEY)
    _queue(conn, 3)
    claimed = outbox.claim_batch(conn, outbox.utcnow(), 10)
    assert len(claimed) == 1  # one entity: FIFO
    conn.executemany("INSERT INTO locations (key, kind, version, body) VALUES (?, 'store', 1, ?)",
                     [(f"L{i}", "x" * 3000) for i in range(300)])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    # Zero one page near the end of the file: the locations rows were written last, so it holds
    # them, whatever pages the migrations' tables took before (4096-byte pages).
    pages = path.stat().st_size // 4096
    with open(path, "r+b") as f:
        f.seek((pages - 10) * 4096)
        f.write(b"\0" * 4096)
    conn, report = database.open_db(path, KEY, check="quick")
    assert report.rebuilt and report.reason.startswith("corrupt")
    assert report.rescued_outbox == 3 and report.outbox_lost_file is None
    rows = outbox.unsettled(conn)
    assert [r.idempotency_key for r in rows] == ["k0", "k1", "k2"]
    assert {r.state for r in rows} == {"pending"}  # the one in flight is resent (same key)
    conn.close()


def test_schema_from_a_newer_app_is_refused_not_rebuilt(tmp_path: Path) -> None:
    conn, _ = database.open_db(tmp_path / "c.db", KEY)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    with pytest.raises(SchemaTooNew):
        database.open_db(tmp_path / "c.db", KEY)
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_second_instance_is_refused_in_process_and_from_another_process(tmp_path: Path, memory: MemoryKeyring) -> None:
    path = tmp_path / "c.db"
    handle = database.open_cache(path, "p")
    try:
        with pytest.raises(CacheInUse, match="already open"):
            database.open_cache(path, "p")
        script = textwrap.dedent(f"""
            import sys
            from offline_cache.database import _FileLock
            from offline_cache.errors import CacheInUse
            from pathlib import Path
            try:
                _FileLock(Path({str(path)!r})).acquire()
            except CacheInUse:
                sys.exit(3)
            sys.exit(0)
        """)
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
        assert subprocess.run([sys.executable, "-c", script], env=env, timeout=30).returncode == 3
    finally:
        handle.close()
    database.open_cache(path, "p").close()  # released on close


def test_open_cache_puts_commands_left_in_flight_back_to_pending(tmp_path: Path, memory: MemoryKeyring) -> None:
    path = tmp_path / "c.db"
    with database.open_cache(path, "p") as handle:
        conn = handle.connect()
        _queue(conn, 1)
        outbox.claim_batch(conn, outbox.utcnow(), 10)
        conn.close()
    with database.open_cache(path, "p") as handle:
        assert handle.report.released_sent == 1
        assert "_key" not in repr(handle) and keys.get_key("p") not in repr(handle)


def test_wipe_refuses_with_unsent_commands_unless_forced(tmp_path: Path, memory: MemoryKeyring) -> None:
    path = tmp_path / "c.db"
    with database.open_cache(path, "p") as handle:
        conn = handle.connect()
        _queue(conn, 2)
        with pytest.raises(CacheInUse):
            wipe.wipe(path, "p")
        conn.close()
    with pytest.raises(PendingCommands) as info:
        wipe.wipe(path, "p")
    assert len(info.value.commands) == 2 and path.exists()
    removed = wipe.wipe(path, "p", force=True)
    assert path in removed and not path.exists() and keys.get_key("p") is None


def test_wipe_of_a_settled_cache(tmp_path: Path, memory: MemoryKeyring) -> None:
    path = tmp_path / "c.db"
    with database.open_cache(path, "p") as handle:
        conn = handle.connect()
        _queue(conn, 1)
        (cmd,) = outbox.claim_batch(conn, outbox.utcnow(), 10)
        outbox.mark_done(conn, cmd.seq, 200, {"ok": True})
        conn.close()
    wipe.wipe(path, "p")
    assert not path.exists() and not list(tmp_path.glob("c.db*"))


def test_unreadable_outbox_is_reported_loudly_and_its_file_kept(tmp_path: Path,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "c.db"
    conn, _ = database.open_db(path, KEY)
    _queue(conn, 2)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'outbox'").fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * 4096)
        f.write(b"\xff" * 4096)
    conn, report = database.open_db(path, KEY, check="quick")
    assert report.rebuilt and report.outbox_lost_file == report.moved_to and report.moved_to.exists()
    assert report.rescued_outbox == 0
    assert any(r.levelname == "ERROR" and "outbox_lost_file" in r.message for r in caplog.records)
    conn.close()
