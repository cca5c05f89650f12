"""The server's write path: one writer at a time, and a command never stalls the event loop."""
from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from clienteling.server import db, idempotency

pytestmark = pytest.mark.anyio

NOTE = {"client_note_id": "dev-note-w1", "text": "Passera samedi pour l'essayage."}


@pytest.fixture
def held_writer(db_path: Any) -> Any:
    """Another writer of this process holds the database until `release` is set."""
    lock = db._write_lock(db_path)
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with lock:
            held.set()
            release.wait(30)

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    assert held.wait(10)
    yield release
    release.set()
    thread.join(10)


async def test_a_command_waits_for_the_writer_off_the_event_loop(client, marie, sqlite, held_writer, monkeypatch):
    in_pool = asyncio.Event()
    real = idempotency.run_in_threadpool

    async def spy(*args: Any) -> Any:
        in_pool.set()
        return await real(*args)

    monkeypatch.setattr(idempotency, "run_in_threadpool", spy)
    note = asyncio.create_task(client.post("/v1/customers/C-HELENE/notes", json=NOTE,
                                           headers=marie | {"Idempotency-Key": "k-held-1"}))
    await asyncio.wait_for(in_pool.wait(), 10)  # the busy database sent it to the thread pool
    profile = await client.get("/v1/customers/C-HELENE", headers=marie)  # the loop still serves
    assert profile.status_code == 200
    assert not note.done()
    held_writer.set()
    answer = await asyncio.wait_for(note, 30)
    assert answer.status_code == 201
    assert sqlite.execute("SELECT COUNT(*) FROM notes WHERE client_id = 'dev-note-w1'").fetchone()[0] == 1


async def test_concurrent_replays_of_one_key_have_one_effect(client, marie, sqlite):
    headers = marie | {"Idempotency-Key": "k-burst"}
    answers = await asyncio.gather(*(client.post("/v1/customers/C-HELENE/notes", json=NOTE, headers=headers)
                                     for _ in range(8)))
    assert {a.status_code for a in answers} == {201}
    assert len({a.text for a in answers}) == 1
    assert sum(a.headers.get(idempotency.REPLAY_HEADER) == "true" for a in answers) == 7
    assert sqlite.execute("SELECT COUNT(*) FROM notes WHERE client_id = 'dev-note-w1'").fetchone()[0] == 1


def test_pooled_connections_are_reused_and_never_left_in_a_transaction(db_path):
    pool = db.ConnectionPool(db_path, keep=1)
    first = pool.get()
    first.execute("BEGIN")
    pool.put(first)
    assert not first.in_transaction
    second = pool.get()
    assert second is first
    extra = pool.get()
    pool.put(second)
    pool.put(extra)  # beyond `keep`: closed, not kept
    assert pool.get() is second
    pool.close()
