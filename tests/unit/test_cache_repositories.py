"""Feed pages into the cache: upserts, tombstones, cursor, and never clobbering a pending command."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clienteling.models import Feed
from offline_cache import database, outbox, repositories, retention, search

KEY = "3c" * 32
T0 = "2024-05-01T10:00:00Z"


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[database.Connection]:
    c, _ = database.open_db(tmp_path / "c.db", KEY)
    yield c
    c.close()


def customer(cid: str, version: int = 1, **fields: Any) -> dict[str, Any]:
    return {"id": cid, "first_name": "Hélène", "last_name": "Dupont", "email": None, "phone": None,
            "loyalty_card": None, "tier": "member", "points": 0, "home_store_id": "S1",
            "last_visit_at": None, "created_at": T0, "updated_at": T0, "version": version, **fields}


def product(style: str, version: int = 1, n: int = 2) -> dict[str, Any]:
    gtins = ["4006381333931", "4006381333948", "4006381333955", "4006381333962"]
    return {"style_id": style, "name": "Trench coat", "brand": "Maison", "category": "Coats", "description": "",
            "image_url": None, "version": version,
            "variants": [{"sku": f"{style}-{i}", "gtin": gtins[i] if style == "ST1" else gtins[i + 2],
                          "size": "M", "colour": "Beige", "price": {"amount_minor": 19900, "currency": "EUR"}}
                         for i in range(n)]}


def stock(sku: str, loc: str, available: int, version: int = 1) -> dict[str, Any]:
    return {"sku": sku, "location_id": loc, "on_hand": available, "reserved": 0, "available": available,
            "updated_at": T0, "version": version}


def pickup(pid: str, version: int = 1, status: str = "ready", **fields: Any) -> dict[str, Any]:
    return {"id": pid, "number": f"CC-{pid}", "store_id": "S1", "customer_id": "C1", "customer_name": "Hélène Dupont",
            "status": status, "parcels": 1, "total": {"amount_minor": 1000, "currency": "EUR"},
            "lines": [{"line_id": "L1", "sku": "ST1-0", "name": "Trench", "quantity": 1,
                       "unit_price": {"amount_minor": 1000, "currency": "EUR"}, "status": "waiting",
                       "refusal_reason": None}],
            "created_at": T0, "ready_at": None, "collect_by": "2024-05-08T18:00:00Z", "collected_at": None,
            "cancelled_at": None, "requires_proof": False, "code_salt": "s", "code_hash": "h", "problem": None,
            "version": version, **fields}


def queue(c: database.Connection, entity_key: str, key: str | None = None) -> outbox.Command:
    return outbox.enqueue(c, kind="handover", method="POST", path="/x", body={}, entity_key=entity_key,
                          idempotency_key=key)


def test_upserts_tombstones_and_cursor(conn: database.Connection) -> None:
    r = repositories.apply_page(conn, Feed.CUSTOMERS, [customer("C1"), customer("C2", last_name="Rossi")], [],
                                "cur-1", "2024-05-01T10:00:01Z")
    assert r.upserted == 2
    assert repositories.get_customer(conn, "C2").last_name == "Rossi"
    repositories.apply_page(conn, Feed.CUSTOMERS, [customer("C1", 3, first_name="Léa")],
                            [{"key": "C2", "version": 4}], "cur-2", "2024-05-01T10:05:00Z")
    assert repositories.get_customer(conn, "C1").first_name == "Léa"
    assert repositories.get_customer(conn, "C2") is None
    assert repositories.feed_cursor(conn, Feed.CUSTOMERS) == "cur-2"
    fresh = repositories.freshness(conn)
    assert fresh[Feed.CUSTOMERS].cursor == "cur-2"
    assert fresh[Feed.CUSTOMERS].synced_at == datetime(2024, 5, 1, 10, 5, tzinfo=timezone.utc)
    assert fresh[Feed.PICKUPS] == (None, None, None)
    # The FTS index followed the update and the delete.
    assert [h.summary.id for h in search.search_customers(conn, "lea")] == ["C1"]
    assert search.search_customers(conn, "rossi") == []


def test_stale_versions_never_replace_newer_rows(conn: database.Connection) -> None:
    repositories.apply_page(conn, Feed.CUSTOMERS, [customer("C1", 5, first_name="New")], [], "a", T0)
    repositories.upsert_lookup(conn, Feed.CUSTOMERS, customer("C1", 4, first_name="Old"))
    repositories.apply_page(conn, Feed.CUSTOMERS, [], [{"key": "C1", "version": 3}], "b", T0)
    assert repositories.get_customer(conn, "C1").first_name == "New"


def test_last_of_a_key_in_a_page_wins(conn: database.Connection) -> None:
    repositories.apply_page(conn, Feed.CUSTOMERS, [customer("C1", 2)], [{"key": "C1", "version": 3}], "a", T0)
    assert repositories.get_customer(conn, "C1") is None
    repositories.apply_page(conn, Feed.CUSTOMERS, [customer("C1", 5)], [{"key": "C1", "version": 4}], "b", T0)
    assert repositories.get_customer(conn, "C1") is not None


def test_a_failing_page_changes_nothing_not_even_the_cursor(conn: database.Connection) -> None:
    repositories.apply_page(conn, Feed.CUSTOMERS, [customer("C1")], [], "a", T0)
    broken = customer("C3")
    del broken["last_name"]
    with pytest.raises(KeyError):
        repositories.apply_page(conn, Feed.CUSTOMERS, [customer("C2"), broken], [{"key": "C1", "version": 9}], "b", T0)
    assert repositories.feed_cursor(conn, Feed.CUSTOMERS) == "a"
    assert repositories.get_customer(conn, "C2") is None and repositories.get_customer(conn, "C1") is not None
    assert not conn.in_transaction
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL again for the commands that follow


def test_products_variants_and_stock(conn: database.Connection) -> None:
    repositories.apply_page(conn, Feed.PRODUCTS, [product("ST1"), product("ST2")], [], "p", T0)
    assert repositories.get_product_by_sku(conn, "ST1-1").style_id == "ST1"
    assert repositories.get_product_by_gtin(conn, "4006381333955").style_id == "ST2"
    repositories.apply_page(conn, Feed.PRODUCTS, [product("ST1", 2, n=1)], [{"key": "ST2", "version": 3}], "q", T0)
    assert repositories.get_product_by_sku(conn, "ST1-1") is None
    assert repositories.get_product_by_gtin(conn, "4006381333955") is None  # cascaded with its product
    repositories.apply_page(conn, Feed.STOCK, [stock("ST1-0", "S1", 3), stock("ST1-0", "W1", 40),
                                              stock("ST1-1", "S1", 0)], [], "s", T0)
    assert {(s.location_id, s.available) for s in repositories.stock_for_sku(conn, "ST1-0")} == {("S1", 3), ("W1", 40)}
    repositories.apply_page(conn, Feed.STOCK, [], [{"key": "ST1-0@W1", "version": 2}], "t", T0)
    assert [s.location_id for s in repositories.stock_for_sku(conn, "ST1-0")] == ["S1"]


def test_profile_pickups_and_orders_reads(conn: database.Connection) -> None:
    repositories.apply_page(conn, Feed.CUSTOMERS, [customer("C1")], [], "c", T0)
    repositories.apply_page(conn, Feed.NOTES, [{"id": "N1", "customer_id": "C1", "source": "store", "author": "Ana",
                                                "text": "Likes linen", "created_at": T0, "version": 2}], [], "n", T0)
    repositories.apply_page(conn, Feed.WISHLISTS, [{"customer_id": "C1", "sku": "ST1-0", "added_at": T0,
                                                    "version": 3}], [], "w", T0)
    profile = repositories.customer_profile(conn, "C1")
    assert profile is not None and [n.text for n in profile.notes] == ["Likes linen"]
    assert [w.sku for w in profile.wishlist] == ["ST1-0"] and profile.cart is None
    repositories.apply_page(conn, Feed.WISHLISTS, [], [{"key": "C1:ST1-0", "version": 4}], "w2", T0)
    assert repositories.customer_wishlist(conn, "C1") == []
    repositories.apply_page(conn, Feed.PICKUPS, [pickup("P1"), pickup("P2", status="collected"),
                                                 pickup("P3", status="preparing")], [], "k", T0)
    assert {p.id for p in repositories.pickups(conn, statuses=["ready", "preparing"])} == {"P1", "P3"}
    assert [p.id for p in repositories.pickups(conn, text="CC-P2")] == ["P2"]
    assert repositories.get_pickup_by_number(conn, "CC-P1").id == "P1"


def test_pull_defers_rows_with_pending_commands_and_applies_them_on_settlement(conn: database.Connection) -> None:
    repositories.apply_page(conn, Feed.PICKUPS, [pickup("P1")], [], "a", T0)
    repositories.write_local(conn, Feed.PICKUPS, pickup("P1", status="collected"))  # optimistic
    cmd = queue(conn, "pickups:P1")
    r = repositories.apply_page(conn, Feed.PICKUPS, [pickup("P1", 7, problem="late")], [], "b", T0)
    assert r.deferred == 1 and r.upserted == 0
    assert repositories.get_pickup(conn, "P1").status == "collected"  # not clobbered
    assert repositories.feed_cursor(conn, Feed.PICKUPS) == "b"  # the cursor still moves on
    assert repositories.upsert_lookup(conn, Feed.PICKUPS, pickup("P1", 6)) is False
    (claimed,) = outbox.claim_batch(conn, outbox.utcnow(), 5)
    assert repositories.get_pickup(conn, "P1").status == "collected"  # 'sent' protects too
    outbox.mark_retry(conn, claimed.seq, "timeout", outbox.utcnow())
    outbox.mark_failed(conn, cmd.seq, "gave up")
    p = repositories.get_pickup(conn, "P1")
    assert (p.version, p.problem, p.status) == (7, "late", "ready")  # the newest parked row landed
    assert conn.execute("SELECT count(*) FROM deferred").fetchone()[0] == 0


def test_deferred_tombstone_applies_after_settlement(conn: database.Connection) -> None:
    repositories.apply_page(conn, Feed.PICKUPS, [pickup("P1")], [], "a", T0)
    cmd = queue(conn, "pickups:P1")
    repositories.apply_page(conn, Feed.PICKUPS, [], [{"key": "P1", "version": 8}], "b", T0)
    assert repositories.get_pickup(conn, "P1") is not None
    outbox.mark_done(conn, cmd.seq, 200, {})
    assert repositories.get_pickup(conn, "P1") is None


def test_retention_purges_unused_customers_but_not_those_with_commands(conn: database.Connection) -> None:
    now = datetime.now(timezone.utc)
    repositories.apply_page(conn, Feed.CUSTOMERS, [customer(f"C{i}", last_name=f"Name{i}") for i in range(4)],
                            [], "c", T0)
    repositories.apply_page(conn, Feed.PURCHASES, [{
        "id": "PU1", "customer_id": "C1", "channel": "web", "location_id": None, "site": "shop.example.fr",
        "purchased_at": T0, "total": {"amount_minor": 100, "currency": "EUR"}, "version": 9,
        "lines": [{"sku": "ST1-0", "name": "x", "quantity": 1, "unit_price": {"amount_minor": 100, "currency": "EUR"}}]}],
        [], "p", T0)
    old = now - timedelta(days=200)
    conn.execute("UPDATE customers SET last_used_at = ? WHERE key IN ('C1', 'C2', 'C3')",
                 (old.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),))
    queue(conn, "customers:C2")
    repositories.touch_customer(conn, "C3", now)
    repositories.upsert_lookup(conn, Feed.CUSTOMERS, customer("C0", 2, last_name="Name0"))  # looked up again
    assert conn.execute("SELECT synced FROM customers WHERE key = 'C0'").fetchone()[0] == 1
    assert retention.purge_customers(conn, days=90, now=now) == 0  # the store's own clientele stays
    repositories.upsert_lookup(conn, Feed.CUSTOMERS, customer("C9", last_name="Other"))  # another store's
    conn.execute("UPDATE customers SET last_used_at = ? WHERE key = 'C9'", (old.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),))
    assert retention.purge_customers(conn, days=90, now=now) == 1
    assert repositories.get_customer(conn, "C9") is None
    assert retention.purge_customers(conn, days=90, now=now, include_synced=True) == 1
    assert repositories.get_customer(conn, "C1") is None and repositories.customer_purchases(conn, "C1") == []
    assert {h.summary.id for h in search.search_customers(conn, "name")} == {"C0", "C2", "C3"}
    assert conn.execute("INSERT INTO customers_fts(customers_fts) VALUES ('integrity-check')") is not None


# --- property: whatever pages arrive, a row with a pending command keeps its optimistic body ---------

_op = st.tuples(st.sampled_from(["C1", "C2", "C3"]), st.booleans())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pages=st.lists(st.lists(_op, max_size=6), min_size=1, max_size=5), pending=st.sets(st.sampled_from(["C1", "C2", "C3"])))
def test_property_pull_never_clobbers_pending(conn: database.Connection, pages: list, pending: set) -> None:
    conn.execute("DELETE FROM customers")
    conn.execute("DELETE FROM outbox")
    conn.execute("DELETE FROM deferred")
    for cid in ("C1", "C2", "C3"):
        repositories.write_local(conn, Feed.CUSTOMERS, customer(cid, 0, first_name="Local"))
    for cid in pending:
        queue(conn, f"customers:{cid}", key=f"k-{cid}")
    newest: dict[str, tuple[int, bool]] = {}
    version = 0
    for i, page in enumerate(pages):
        items, tombs = [], []
        for cid, tomb in page:  # one server-wide monotonic counter, as the contract says
            version += 1
            if tomb:
                tombs.append({"key": cid, "version": version})
            else:
                items.append(customer(cid, version, first_name="Server"))
            newest[cid] = (version, tomb)
        repositories.apply_page(conn, Feed.CUSTOMERS, items, tombs, f"cur{i}", T0)
    for cid in ("C1", "C2", "C3"):
        got = repositories.get_customer(conn, cid)
        if cid in pending:
            assert got is not None and got.first_name == "Local"
        elif cid in newest:
            assert (got is None) == newest[cid][1]
    # Settling every command lands the server's newest state for the entities that had one.
    for cmd in outbox.unsettled(conn):
        outbox.mark_done(conn, cmd.seq, 200, {})
    for cid in pending & newest.keys():
        got = repositories.get_customer(conn, cid)
        assert (got is None) == newest[cid][1]
        if got is not None:
            assert got.first_name == "Server"


def test_looked_up_stock_is_marked_and_dropped_once_stale_the_feeds_is_kept(conn: database.Connection) -> None:
    now = datetime(2024, 6, 1, tzinfo=timezone.utc)
    repositories.apply_page(conn, Feed.STOCK, [stock("ST1-0", "S1", 3)], [], "a", T0)  # the store's feed
    for loc in ("S1", "S7", "S8"):  # a network lookup: S1 is also the feed's, S7 and S8 are not
        repositories.upsert_lookup(conn, Feed.STOCK, stock("ST1-0", loc, 1, version=2))
    assert dict(conn.execute("SELECT location_id, synced FROM stock").fetchall()) == {"S1": 1, "S7": 0, "S8": 0}
    conn.execute("UPDATE stock SET fetched_at = ? WHERE location_id = 'S7'",
                 ((now - timedelta(days=8)).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),))
    conn.execute("UPDATE stock SET fetched_at = ? WHERE location_id IN ('S1', 'S8')",
                 ((now - timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),))
    queue(conn, "stock:ST1-0@S8")  # a command on it keeps it
    assert retention.purge_stale_stock(conn, days=7, now=now) == 1
    assert sorted(r[0] for r in conn.execute("SELECT location_id FROM stock")) == ["S1", "S8"]
    done = retention.housekeeping(conn, now=now)
    assert done.stock_levels == 0 and done.customers == 0
