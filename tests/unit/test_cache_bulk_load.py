"""A feed's first sync into an empty table loads in bulk: its indexes and search index are built once, at the end."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from clienteling.models import Feed
from offline_cache import database, repositories, search

KEY = "7b" * 32
T0 = "2024-05-01T10:00:00Z"
N = repositories.BULK_MIN_ROWS


def customer(i: int, last: str = "Martin", version: int = 1) -> dict[str, Any]:
    return {"id": f"C{i:06d}", "first_name": "Hélène" if i % 2 else "Luca", "last_name": f"{last}{'' if i else 'ez'}",
            "email": f"client{i}@example.fr", "phone": f"+336{i:08d}", "loyalty_card": f"29{i:011d}",
            "tier": "member", "points": 0, "home_store_id": "S1", "last_visit_at": T0, "created_at": T0,
            "updated_at": T0, "version": version}


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "c.db"


@pytest.fixture
def conn(path: Path) -> Iterator[database.Connection]:
    c, _ = database.open_db(path, KEY)
    yield c
    c.close()


def indexes(conn: database.Connection, table: str) -> dict[str, str]:
    return dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
                             " AND sql IS NOT NULL", (table,)).fetchall())


def healthy_search(conn: database.Connection) -> None:
    conn.execute("INSERT INTO customers_fts(customers_fts) VALUES ('integrity-check')")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_first_pages_skip_the_indexes_and_the_end_builds_them_all(conn: database.Connection) -> None:
    before = indexes(conn, "customers")
    repositories.apply_page(conn, Feed.CUSTOMERS, [customer(i) for i in range(N)], [], "p1", T0)
    assert "customers_card" not in indexes(conn, "customers")  # loading in bulk
    assert search.search_customers(conn, "helene") == []  # not searchable until the end
    # The next page (a cursor now exists) and a later update of a row already written (renamed).
    repositories.apply_page(conn, Feed.CUSTOMERS, [customer(i) for i in range(N, N + 10)]
                            + [customer(3, last="Moreau", version=2)], [], "p2", T0)
    assert repositories.finish_bulk_load(conn, Feed.CUSTOMERS) == 1
    assert indexes(conn, "customers") == before
    healthy_search(conn)
    assert [h.summary.id for h in search.search_customers(conn, "moreau")] == ["C000003"]
    assert len(search.search_customers(conn, "helene", limit=5000)) == (N + 10) // 2
    assert [h.summary.id for h in search.search_customers(conn, "06 00 00 00 05")] == ["C000005"]
    assert repositories.get_customer_by_card(conn, f"29{7:011d}").id == "C000007"
    assert repositories.finish_bulk_load(conn) == 0  # nothing left


def test_a_crash_mid_load_is_finished_when_the_cache_is_next_used(path: Path) -> None:
    conn, _ = database.open_db(path, KEY)
    repositories.apply_page(conn, Feed.PURCHASES, [
        {"id": f"P{i}", "customer_id": f"C{i % 7}", "channel": "web", "location_id": None, "site": "shop.example.fr",
         "purchased_at": T0, "total": {"amount_minor": 100, "currency": "EUR"}, "version": i,
         "lines": [{"sku": "ST1-0", "name": "x", "quantity": 1, "unit_price": {"amount_minor": 100, "currency": "EUR"}}]}
        for i in range(N)], [], "p1", T0)
    conn.close()  # the process dies here
    conn, _ = database.open_db(path, KEY)
    assert "purchases_customer" not in indexes(conn, "purchases")
    assert repositories.finish_bulk_load(conn) == 1
    assert "purchases_customer" in indexes(conn, "purchases")
    assert len(repositories.customer_purchases(conn, "C3")) == len([i for i in range(N) if i % 7 == 3])
    conn.close()


@pytest.mark.parametrize("case", ["small page", "cursor kept", "rows already there"])
def test_only_a_first_sync_into_an_empty_table_loads_in_bulk(conn: database.Connection, case: str) -> None:
    rows = [customer(i) for i in range(N)]
    if case == "small page":
        rows = rows[:N - 1]
    elif case == "cursor kept":
        repositories.apply_page(conn, Feed.CUSTOMERS, [], [], "p0", T0)
    else:
        repositories.upsert_lookup(conn, Feed.CUSTOMERS, customer(N + 1))
    repositories.apply_page(conn, Feed.CUSTOMERS, rows, [], "p1", T0)
    assert "customers_card" in indexes(conn, "customers")
    assert conn.execute("SELECT count(*) FROM bulk_load").fetchone()[0] == 0
    assert len(search.search_customers(conn, "luca", limit=5000)) == N // 2
    healthy_search(conn)


def test_a_build_cut_short_between_its_steps_finishes_next_time(conn: database.Connection) -> None:
    repositories.apply_page(conn, Feed.CUSTOMERS, [customer(i) for i in range(N)], [], "p1", T0)
    (statements,) = conn.execute("SELECT statements FROM bulk_load").fetchone()
    first_index = next(sql for sql in json.loads(statements) if sql.startswith("CREATE INDEX"))
    conn.execute(first_index)  # one index built, then the process died
    repositories.write_local(conn, Feed.CUSTOMERS, customer(N + 5, last="Entre"))  # a command meanwhile
    assert repositories.finish_bulk_load(conn) == 1
    healthy_search(conn)
    assert [h.summary.id for h in search.search_customers(conn, "entre")] == [f"C{N + 5:06d}"]
    assert "customers_card" in indexes(conn, "customers")
