"""As-you-type search: accents, phone formats, email and card prefixes, products by code."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from clienteling.models import Feed
from offline_cache import database, phones, repositories, search

KEY = "5e" * 32
T0 = "2024-05-01T10:00:00Z"


def customer(cid: str, first: str, last: str, **fields: Any) -> dict[str, Any]:
    return {"id": cid, "first_name": first, "last_name": last, "tier": "member", "points": 0,
            "created_at": T0, "updated_at": T0, "version": 1, **fields}


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[database.Connection]:
    c, _ = database.open_db(tmp_path_factory.mktemp("search") / "c.db", KEY)
    repositories.apply_page(c, Feed.CUSTOMERS, [
        customer("C1", "Hélène", "Lefèvre", email="helene.lefevre@example.fr", phone="+33612345678",
                 loyalty_card="4000123456789", last_visit_at="2024-04-01T10:00:00Z"),
        customer("C2", "Helena", "Rossi", email="h.rossi@example.it", phone="+393331234567",
                 loyalty_card="4000999900001", last_visit_at="2024-04-20T10:00:00Z"),
        customer("C3", "Giulia", "Bianchi", phone="+390212345678", last_visit_at="2024-01-01T10:00:00Z"),
        customer("C4", "François", "Dupont-Moreau", email="fdm@example.fr"),
    ], [], "c", T0)
    gtin = "4006381333931"
    repositories.apply_page(c, Feed.PRODUCTS, [{
        "style_id": "ST1", "name": "Trench coat", "brand": "Maison Émile", "category": "Coats", "version": 1,
        "variants": [{"sku": "TR-100-M", "gtin": gtin, "size": "M", "colour": "Beige",
                      "price": {"amount_minor": 19900, "currency": "EUR"}}]}], [], "p", T0)
    yield c
    c.close()


def ids(c: database.Connection, text: str) -> list[str]:
    return [h.summary.id for h in search.search_customers(c, text)]


@pytest.mark.parametrize("text, expected", [
    ("helene", ["C1"]), ("HÉLÈNE", ["C1"]), ("hélè", ["C2", "C1"]), ("lefevre", ["C1"]), ("hel", ["C2", "C1"]),  # C2 visited later
    ("francois dup", ["C4"]), ("moreau", ["C4"]), ("dupont-mo", ["C4"]), ("giulia bian", ["C3"]),
    ("zoé", []), ("", ["C2", "C1", "C3", "C4"]), ("--", []), ('"', []),
])
def test_names_are_prefix_and_accent_insensitive(conn: database.Connection, text: str, expected: list[str]) -> None:
    assert ids(conn, text) == expected


@pytest.mark.parametrize("text", ["06 12 34 56 78", "0612345678", "+33612345678", "+33 6 12 34 56 78",
                                  "612345678", "06.12.34", "0033 6 12", "(06) 12-34"])
def test_french_phone_in_any_common_formatting(conn: database.Connection, text: str) -> None:
    assert ids(conn, text) == ["C1"]


@pytest.mark.parametrize("text, expected", [("333 123 4567", ["C2"]), ("+39 333", ["C2"]),
                                            ("02 1234 5678", ["C3"]), ("+39 02 12", ["C3"])])
def test_italian_numbers_keep_their_national_zero(conn: database.Connection, text: str, expected: list[str]) -> None:
    assert ids(conn, text) == expected


def test_email_and_card_prefixes(conn: database.Connection) -> None:
    assert ids(conn, "helene.lefevre@ex") == ["C1"]
    assert ids(conn, "h.rossi@") == ["C2"]
    assert ids(conn, "4000123") == ["C1"]
    assert sorted(ids(conn, "4000")) == ["C1", "C2"]
    hit = search.search_customers(conn, "4000999900001")[0]
    assert hit.summary.loyalty_card == "4000999900001" and hit.phone == "+393331234567"


def test_words_and_numbers_together(conn: database.Connection) -> None:
    assert ids(conn, "helene 0612") == ["C1"]
    assert ids(conn, "helena 0612") == []
    assert ids(conn, "hel 4000999") == ["C2"]
    assert search.count_customers(conn, "hel 06") == 1


def test_count_and_paging(conn: database.Connection) -> None:
    assert search.count_customers(conn, "hel") == 2 and search.count_customers(conn, "") == 4
    assert search.count_customers(conn, "example", cap=1) == 1
    pages = [ids_ for off in range(0, 4) for ids_ in
             [h.summary.id for h in search.search_customers(conn, "", limit=1, offset=off)]]
    assert pages == ["C2", "C1", "C3", "C4"]


def test_broad_queries_skip_ranking_but_still_answer(conn: database.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "RANK_LIMIT", 1)
    assert sorted(ids(conn, "h")) == ["C1", "C2"]

def test_products_by_name_brand_sku_gtin(conn: database.Connection) -> None:
    for text in ("trench", "emile", "coat", "TR-100", "tr-100-m", "4006381", "maison tre"):
        assert [p.style_id for p in search.search_products(conn, text)] == ["ST1"], text
    assert search.search_products(conn, "boots") == [] and search.count_products(conn, "coats") == 1


def test_phone_forms() -> None:
    assert phones.search_forms("+33 6 12 34 56 78").split() == ["33612345678", "612345678", "0612345678"]
    assert phones.search_forms("+39 02 1234 5678").split() == ["390212345678", "0212345678", "212345678"]
    assert phones.search_forms("06 12 34 56 78").split() == ["0612345678", "612345678"]
    assert phones.search_forms(None) == "" and phones.search_forms("n/a") == ""


def test_email_digits_are_their_own_terms(tmp_path: Path) -> None:
    c, _ = database.open_db(tmp_path / "e.db", KEY)
    repositories.apply_page(c, Feed.CUSTOMERS, [
        customer("E1", "Ana", "Bell", email="ana.bell75@example.fr"),
        customer("E2", "Bo", "Cole", email="bell2@example.fr")], [], "c", T0)
    assert [h.summary.id for h in search.search_customers(c, "ana.bell7")] == ["E1"]
    assert sorted(h.summary.id for h in search.search_customers(c, "bell")) == ["E1", "E2"]
    assert [h.summary.id for h in search.search_customers(c, "bell2@")] == ["E2"]
    c.close()


def test_phone_index_follows_updates_and_deletes(tmp_path: Path) -> None:
    c, _ = database.open_db(tmp_path / "p.db", KEY)
    repositories.apply_page(c, Feed.CUSTOMERS, [customer("P1", "Ana", "Bell", phone="+33611111111")], [], "a", T0)
    assert [h.summary.id for h in search.search_customers(c, "06 11")] == ["P1"]
    moved = customer("P1", "Ana", "Bell", phone="+33622222222")
    moved["version"] = 2
    repositories.apply_page(c, Feed.CUSTOMERS, [moved], [], "b", T0)
    assert search.search_customers(c, "06 11") == []
    assert [h.summary.id for h in search.search_customers(c, "0622")] == ["P1"]
    repositories.apply_page(c, Feed.CUSTOMERS, [], [{"key": "P1", "version": 3}], "c", T0)
    assert c.execute("SELECT count(*) FROM customer_phones").fetchone()[0] == 0
    c.close()


def test_a_page_indexes_each_customer_once_even_when_a_key_repeats(tmp_path: Path) -> None:
    c, _ = database.open_db(tmp_path / "d.db", KEY)
    first, renamed = customer("D1", "Ana", "Bell", phone="+33611111111"), customer("D1", "Ana", "Moreau")
    renamed["version"] = 2
    repositories.apply_page(c, Feed.CUSTOMERS, [first, customer("D2", "Bo", "Cole")], [], "a", T0)
    # One write with the same key twice (a lookup answer, then its newer state): the newest only.
    repositories.put_entity(c, Feed.CUSTOMERS, customer("D3", "Eva", "Roux", phone="+33633333333"))
    with database.transaction(c):
        repositories.write_local(c, Feed.CUSTOMERS, customer("D4", "Léa", "Petit"))
        repositories.upsert_lookup(c, Feed.CUSTOMERS, renamed)
    assert search.search_customers(c, "bell") == []
    assert [h.summary.id for h in search.search_customers(c, "moreau")] == ["D1"]
    assert [h.summary.id for h in search.search_customers(c, "lea")] == ["D4"]
    assert [h.summary.id for h in search.search_customers(c, "06 33")] == ["D3"]
    c.execute("INSERT INTO customers_fts(customers_fts) VALUES ('integrity-check')")
    assert search.search_customers(c, "0611") == []  # D1's newer state has no phone
    assert c.execute("SELECT count(DISTINCT rid) FROM customer_phones").fetchone()[0] == 1
    c.close()


def test_repeated_keys_in_one_page_index_the_newest_version(tmp_path: Path) -> None:
    from offline_cache.repositories import _write

    c, _ = database.open_db(tmp_path / "r.db", KEY)
    old, new = customer("R1", "Ana", "Bell"), customer("R1", "Ana", "Moreau")
    new["version"] = 2
    with database.transaction(c):
        _write(c, Feed.CUSTOMERS, [old, new])  # inserted then updated, before the page is indexed
    with database.transaction(c):
        _write(c, Feed.CUSTOMERS, [customer("R2", "Bo", "Cole", version=2), customer("R2", "Bo", "Neri")])
    assert [h.summary.id for h in search.search_customers(c, "moreau")] == ["R1"]
    assert search.search_customers(c, "bell") == []
    assert [h.summary.id for h in search.search_customers(c, "cole")] == ["R2"]  # the newer version, though written first
    assert search.search_customers(c, "neri") == []
    c.execute("INSERT INTO customers_fts(customers_fts) VALUES ('integrity-check')")
    c.close()


def test_a_schema_3_cache_keeps_its_index_through_migration_4(tmp_path: Path) -> None:
    from offline_cache import migrations

    path = tmp_path / "m.db"
    c = database.connect(path, KEY)
    for number, script in enumerate(migrations.MIGRATIONS[:3], start=1):
        c.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    # Written as schema 3's code did: the row insert alone, its trigger indexing it.
    c.execute("INSERT INTO customers (key, first_name, last_name, phone, phone_forms, tier, version, body,"
              " last_used_at) VALUES ('M1', 'Hélène', 'Bell', '+33611111111', ?, 'member', 1, '{}', ?)",
              (phones.search_forms_json("+33611111111"), T0))
    c.close()
    c, report = database.open_db(path, KEY)
    assert report.migrated_from == 3
    repositories.apply_page(c, Feed.CUSTOMERS, [customer("M2", "Hélène", "Cole")], [], "b", T0)
    assert sorted(h.summary.id for h in search.search_customers(c, "helene")) == ["M1", "M2"]
    assert [h.summary.id for h in search.search_customers(c, "0611")] == ["M1"]
    c.execute("INSERT INTO customers_fts(customers_fts) VALUES ('integrity-check')")
    c.close()
