"""The cache's consistency check after start-up: opening with the cheap checks only, the full
check later on its own connection, and the rebuild it leads to (same outcome as at open)."""
from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from offline_cache import database, outbox


def _queue(conn: database.Connection, n: int, prefix: str = "k") -> None:
    for i in range(n):
        outbox.enqueue(conn, kind="handover", method="POST", path=f"/pickups/P{i}/handover", body={"i": i},
                       entity_key=f"pickups:{prefix}{i}", idempotency_key=f"{prefix}{i}")


def _filled_cache(path: Path) -> list[int]:
    """A cache with 4 unsettled commands (one in flight) behind many location pages; their seqs.

    Two settled commands come first, so the unsettled ones' seqs are not those a fresh table gives.
    """
    with database.open_cache(path, "p") as handle:
        conn = handle.connect()
        _queue(conn, 2, prefix="done")
        for command in outbox.claim_batch(conn, outbox.utcnow(), 10):
            outbox.mark_done(conn, command.seq, 200, {"ok": True})
        _queue(conn, 4)
        outbox.claim_batch(conn, outbox.utcnow(), 1)  # k0 in flight: 'sent'
        conn.executemany("INSERT INTO locations (key, kind, version, body) VALUES (?, 'store', 1, ?)",
                         [(f"L{i}", "x" * 3000) for i in range(300)])
        seqs = [c.seq for c in outbox.unsettled(conn)]
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    return seqs


def _damage_table(path: Path, table: str) -> None:
    """Overwrite the root page of `table`: SQLCipher's page check fails there, nowhere else."""
    with database.open_cache(path, "p") as handle:
        conn = handle.connect()
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * database.PAGE_SIZE)
        f.write(b"\0" * database.PAGE_SIZE)


def test_header_open_leaves_a_damaged_table_to_verify_which_finds_it(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    _filled_cache(path)
    _damage_table(path, "locations")
    with database.open_cache(path, "p", check="header") as handle:
        assert not handle.report.rebuilt  # the cheap checks at open do not read that table
        reason = handle.verify()
        assert reason is not None and reason.startswith("corrupt")
        assert path.exists() and not list(tmp_path.glob("*.corrupt-*"))  # verify only reports


def test_rebuild_after_verify_moves_the_file_aside_and_keeps_the_commands_with_their_seq(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    seqs = _filled_cache(path)
    _damage_table(path, "locations")
    with database.open_cache(path, "p", check="header") as handle:
        reason = handle.verify()
        assert reason is not None
        report = handle.rebuild(reason)
        assert handle.report is report
        assert report.rebuilt and report.reason == reason and report.outbox_lost_file is None
        assert report.moved_to is not None and report.moved_to.exists() and report.rescued_outbox == 4
        conn = handle.connect()  # the workers' next connection opens the new file
        rows = outbox.unsettled(conn)
        # The same seqs: a push begun before the rebuild settles the same command after it.
        assert [(r.seq, r.idempotency_key) for r in rows] == list(zip(seqs, ["k0", "k1", "k2", "k3"]))
        assert {r.state for r in rows} == {"pending"}  # k0's answer is unknown: resent, same key
        assert conn.execute("SELECT sum(length(body)) FROM locations").fetchone()[0] is None
        assert handle.verify() is None
        conn.close()


def test_verify_runs_beside_an_open_write_transaction_and_passes_a_healthy_cache(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    _filled_cache(path)
    with database.open_cache(path, "p", check="header") as handle:
        writer = handle.connect()
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO locations (key, kind, version, body) VALUES ('L-new', 'store', 1, '{}')")
        assert handle.verify() is None
        writer.execute("COMMIT")
        writer.close()


def test_a_stopped_check_says_nothing_even_about_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    _filled_cache(path)
    _damage_table(path, "locations")
    with database.open_cache(path, "p", check="header") as handle:
        handle.stop_verify()  # the app is closing
        assert handle.verify() is None
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_only_damage_counts_as_corruption_not_busy_or_interrupted(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    _filled_cache(path)
    with database.open_cache(path, "p") as handle:
        conn = handle.connect()
        conn.set_progress_handler(lambda: 1, 1)  # interrupts the next statement from inside
        with pytest.raises(database.DatabaseError) as interrupted:
            conn.execute("SELECT sum(length(body)) FROM locations").fetchone()
        conn.set_progress_handler(None, 0)
        assert not database.is_corruption(interrupted.value)

        conn.execute("BEGIN IMMEDIATE")
        other = handle.connect()
        other.execute("PRAGMA busy_timeout = 0")
        with pytest.raises(database.DatabaseError) as busy:
            other.execute("BEGIN IMMEDIATE")
        assert not database.is_corruption(busy.value)
        conn.execute("ROLLBACK")
        conn.close()
        other.close()
    _damage_table(path, "locations")
    with database.open_cache(path, "p", check="header") as handle:
        conn = handle.connect()
        with pytest.raises(database.DatabaseError) as damaged:
            conn.execute("SELECT sum(length(body)) FROM locations").fetchone()
        assert database.is_corruption(damaged.value)
        conn.close()


def test_closing_the_handle_interrupts_a_running_check(tmp_path: Path) -> None:
    """A large healthy cache: close() during verify ends it early with None, never a damage report."""
    path = tmp_path / "c.db"
    with database.open_cache(path, "p") as handle:
        conn = handle.connect()
        conn.executemany("INSERT INTO locations (key, kind, version, body) VALUES (?, 'store', 1, ?)",
                         [(f"L{i}", "x" * 3000) for i in range(8_000)])
        conn.close()
    handle = database.open_cache(path, "p", check="header")
    results: list[str | None] = []
    checker = threading.Thread(target=lambda: results.append(handle.verify()))
    checker.start()
    while handle._verifying is None and checker.is_alive():  # the check is reading the file
        time.sleep(0.001)
    handle.close()
    checker.join(timeout=60)
    assert results == [None]
    assert not list(tmp_path.glob("*.corrupt-*"))
