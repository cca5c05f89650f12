"""The outbox: one transaction with the optimistic change, FIFO per entity, the conflict inbox."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from clienteling.models import Feed
from offline_cache import database, outbox, repositories

KEY = "4d" * 32
NOW = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[database.Connection]:
    c, _ = database.open_db(tmp_path / "c.db", KEY)
    yield c
    c.close()


def put(c: database.Connection, entity: str, key: str | None = None, **kw: object) -> outbox.Command:
    return outbox.enqueue(c, kind="add_note", method="POST", path=f"/{entity}", body={"e": entity},
                          entity_key=entity, idempotency_key=key, now=kw.pop("now", NOW), **kw)  # type: ignore[arg-type]


def test_fifo_per_entity_and_parallel_across_entities(conn: database.Connection) -> None:
    a1, b1, a2, c1, a3 = (put(conn, e) for e in ("customers:A", "customers:B", "customers:A", "pickups:C",
                                                 "customers:A"))
    assert [r.seq for r in outbox.next_batch(conn, NOW, 10)] == [a1.seq, b1.seq, c1.seq]
    claimed = outbox.claim_batch(conn, NOW, 10)
    assert {r.state for r in claimed} == {"sent"} and outbox.next_batch(conn, NOW, 10) == []
    outbox.mark_done(conn, a1.seq, 201, {"id": "N1"}, NOW)
    outbox.mark_retry(conn, b1.seq, "timeout", NOW + timedelta(seconds=30))
    outbox.release(conn, c1.seq)
    assert [r.seq for r in outbox.next_batch(conn, NOW, 10)] == [a2.seq, c1.seq]
    assert [r.seq for r in outbox.next_batch(conn, NOW + timedelta(minutes=1), 10)] == [b1.seq, a2.seq, c1.seq]
    assert outbox.retry_now(conn, NOW) == 1
    assert [r.seq for r in outbox.next_batch(conn, NOW, 10)] == [b1.seq, a2.seq, c1.seq]
    retried = outbox._get(conn, b1.seq)
    assert retried.attempts == 1 and retried.last_error == "timeout"
    assert outbox.pending_count(conn) == 4
    assert outbox.oldest_pending_age(conn, NOW + timedelta(minutes=5)) == timedelta(minutes=5)
    assert outbox.has_pending(conn, "customers:A") and not outbox.has_pending(conn, "pickups:Z")
    assert a3.seq > a2.seq


def test_local_effect_and_command_commit_together_or_not_at_all(conn: database.Connection) -> None:
    cart = {"id": "K1", "customer_id": "C1", "channel": "web", "status": "active", "lines": [],
            "total": {"amount_minor": 0, "currency": "EUR"}, "updated_at": "2024-05-01T10:00:00Z", "version": 3}
    repositories.apply_page(conn, Feed.CARTS, [cart], [], "c", NOW)

    def effect(c: database.Connection) -> None:
        repositories.write_local(c, Feed.CARTS, {**cart, "status": "taken_over", "taken_over_by": "A1"})

    cmd = outbox.enqueue(conn, kind="take_over_cart", method="POST", path="/carts/K1/takeover",
                         body={"mode": "basket"}, entity_key="carts:K1", idempotency_key="idem-1",
                         associate_id="A1", device_id="D1", local_effect=effect)
    assert repositories.get_item(conn, Feed.CARTS, "K1")["status"] == "taken_over"
    assert cmd.state == "pending" and cmd.body == {"mode": "basket"} and cmd.device_id == "D1"
    # A double tap: same key, same command, effect not applied twice.
    assert outbox.enqueue(conn, kind="take_over_cart", method="POST", path="/carts/K1/takeover",
                          body={"mode": "basket"}, entity_key="carts:K1", idempotency_key="idem-1",
                          local_effect=lambda c: pytest.fail("applied twice")).seq == cmd.seq

    def failing(c: database.Connection) -> None:
        repositories.write_local(c, Feed.CARTS, {**cart, "status": "ordered"})
        raise RuntimeError("effect failed")

    with pytest.raises(RuntimeError):
        outbox.enqueue(conn, kind="take_over_cart", method="POST", path="/x", body={}, entity_key="carts:K1",
                       local_effect=failing)
    assert repositories.get_item(conn, Feed.CARTS, "K1")["status"] == "taken_over"
    assert outbox.counts(conn)["pending"] == 1 and not conn.in_transaction


def test_sql_local_effect(conn: database.Connection) -> None:
    put(conn, "customers:A", local_effect=[("INSERT INTO feed_state (feed, cursor) VALUES (?, ?)", ("x", "y"))])
    assert conn.execute("SELECT cursor FROM feed_state WHERE feed = 'x'").fetchone()[0] == "y"


def test_conflict_blocks_the_entity_until_discarded_or_requeued(conn: database.Connection) -> None:
    first, second = put(conn, "pickups:P1"), put(conn, "pickups:P1")
    (claimed,) = outbox.claim_batch(conn, NOW, 10)
    outbox.mark_conflict(conn, claimed.seq, 409, {"message": "order cancelled", "reason": "order_cancelled"}, NOW)
    assert outbox.next_batch(conn, NOW, 10) == []  # the later command waits
    (c,) = outbox.conflicts(conn)
    assert c.seq == first.seq and c.response_status == 409 and c.last_error == "order cancelled"
    assert conn.execute("SELECT count(*) FROM conflicts").fetchone()[0] == 1
    assert outbox.has_pending(conn, "pickups:P1")  # the second command still waits
    requeued = outbox.requeue_conflict(conn, first.seq, {"fixed": True}, NOW)
    assert requeued.state == "pending" and requeued.idempotency_key != first.idempotency_key
    assert requeued.body == {"fixed": True} and first.idempotency_key in (requeued.resolution or "")
    assert [r.seq for r in outbox.next_batch(conn, NOW, 10)] == [first.seq]  # kept its place
    outbox.claim_batch(conn, NOW, 10)
    outbox.mark_conflict(conn, first.seq, 422, {"message": "still wrong"}, NOW)
    outbox.discard_conflict(conn, first.seq, "customer left", NOW)
    assert [r.seq for r in outbox.next_batch(conn, NOW, 10)] == [second.seq]
    assert outbox._get(conn, first.seq).resolution == "discarded: customer left"
    with pytest.raises(KeyError):
        outbox.discard_conflict(conn, second.seq, "not a conflict")


def test_mark_failed_settles_and_unblocks(conn: database.Connection) -> None:
    first, second = put(conn, "orders:O1"), put(conn, "orders:O1")
    outbox.mark_failed(conn, first.seq, "malformed", NOW)
    assert [r.seq for r in outbox.next_batch(conn, NOW, 10)] == [second.seq]
    assert outbox.unsettled(conn)[0].seq == second.seq


def test_settle_calls_inside_one_outer_transaction(conn: database.Connection) -> None:
    cmds = [put(conn, f"customers:{i}") for i in range(3)]
    outbox.claim_batch(conn, NOW, 10)
    with pytest.raises(RuntimeError):
        with database.transaction(conn):
            outbox.mark_done(conn, cmds[0].seq, 200, {}, NOW)
            outbox.mark_done(conn, cmds[1].seq, 200, {}, NOW)
            raise RuntimeError("crash mid-batch")
    assert outbox.counts(conn)["sent"] == 3  # all or nothing
    with database.transaction(conn):
        for c in cmds:
            outbox.mark_done(conn, c.seq, 200, {}, NOW)
    assert outbox.counts(conn)["done"] == 3


def test_a_batch_is_claimed_and_settled_as_a_whole(conn: database.Connection) -> None:
    """claim_batch and mark_done_many work on the batch in a few statements, with the same results
    as row by row: every column read back, and a parked server row lands only where the entity has
    nothing left unsettled."""
    def cart(key: str, version: int) -> dict:
        return {"id": key, "customer_id": "C1", "channel": "web", "status": "active", "lines": [],
                "total": {"amount_minor": 0, "currency": "EUR"}, "updated_at": "2024-05-01T10:00:00Z",
                "version": version}

    repositories.apply_page(conn, Feed.CARTS, [cart("K1", 1), cart("K2", 1)], [], "a", NOW)
    k1 = put(conn, "carts:K1", associate_id="A1", device_id="D1")
    k1_later = put(conn, "carts:K1")
    k2 = put(conn, "carts:K2")
    other = put(conn, "customers:A")
    outbox.mark_retry(conn, other.seq, "timeout", NOW)  # a retried command carries its error along
    assert repositories.apply_page(conn, Feed.CARTS, [cart("K1", 5), cart("K2", 5)], [], "b", NOW).deferred == 2

    claimed = outbox.claim_batch(conn, NOW, 10)

    assert [c.seq for c in claimed] == [k1.seq, k2.seq, other.seq]
    assert claimed == [outbox._get(conn, c.seq) for c in claimed]  # every column, as stored
    assert claimed[0].body == {"e": "carts:K1"} and claimed[0].device_id == "D1" and claimed[0].created_at == NOW
    assert claimed[2].attempts == 1 and claimed[2].last_error == "timeout"
    assert outbox.claim_batch(conn, NOW, 10) == []  # handed out once

    outbox.mark_done_many(conn, [(k1.seq, 200, {"ok": 1}), (k2.seq, 201, None), (other.seq, 200, [1, "ü"])], NOW)

    done = [outbox._get(conn, c.seq) for c in claimed]
    assert [(d.state, d.response_status, d.response_body, d.settled_at, d.last_error) for d in done] == [
        ("done", 200, {"ok": 1}, NOW, None), ("done", 201, None, NOW, None), ("done", 200, [1, "ü"], NOW, None)]
    assert repositories.get_item(conn, Feed.CARTS, "K2")["version"] == 5  # settled: the parked row landed
    assert repositories.get_item(conn, Feed.CARTS, "K1")["version"] == 1  # still behind k1_later
    assert [c.seq for c in outbox.claim_batch(conn, NOW, 10)] == [k1_later.seq]
    outbox.mark_done_many(conn, [(k1_later.seq, 200, {})], NOW)
    assert repositories.get_item(conn, Feed.CARTS, "K1")["version"] == 5
    outbox.mark_done_many(conn, [], NOW)
    assert outbox.counts(conn)["done"] == 4
