"""As-you-type search over the cache: customers and products, through FTS5 prefix queries.

Each typed token becomes a prefix phrase `"tok"*`; the index's unicode61 tokenizer with
remove_diacritics folds accents on both sides, so "helene" finds "Hélène". A query made only
of digits and phone punctuation is one number, matched against the phone forms and the
loyalty card. Speed at a million customers: prefix indexes answer the first keystrokes, and
bm25 ranking (which must score every match) runs only when the match set is small; a broad
query is answered in index order, stopping after the page it needs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from clienteling.models import CustomerSummary, Product

from . import phones
from .database import Connection
from .timestamps import parse

RANK_LIMIT = 500
"""Above this many matches, ranking costs more than it is worth for one keystroke."""

_CUSTOMER_WEIGHTS = "10.0, 10.0, 4.0, 3.0, 3.0"  # first, last, email, phone forms, card
_PRODUCT_WEIGHTS = "10.0, 4.0, 2.0, 6.0"  # name, brand, category, codes
_NUMBER = re.compile(r"^[\s+().\-/0-9]*[0-9][\s+().\-/0-9]*$")
_HAS_WORD = re.compile(r"\w")


def _phrase(token: str) -> str:
    return '"' + token.replace('"', '""') + '"*'


def customer_match(text: str) -> str | None:
    """The FTS5 query for what the associate typed; None when there is nothing to search."""
    text = text.strip()
    if not text:
        return None
    if _NUMBER.match(text):
        number, card = phones.query_digits(text), phones.digits(text)
        if not card:
            return None
        if not number or number == card:
            return "{phone_forms loyalty_card} : " + _phrase(card)
        return f"(phone_forms : {_phrase(number)}) OR (loyalty_card : {_phrase(card)})"
    tokens = [t for t in text.split() if _HAS_WORD.search(t)]
    return " AND ".join(_phrase(t) for t in tokens) or None


def product_match(text: str) -> str | None:
    tokens = [t for t in text.split() if _HAS_WORD.search(t)]
    return " AND ".join(_phrase(t) for t in tokens) or None


@dataclass(frozen=True)
class CustomerHit:
    """One row of a customer result list: the summary plus what disambiguates namesakes."""

    summary: CustomerSummary
    email: str | None
    phone: str | None


def _hits(rows: list) -> list[CustomerHit]:  # type: ignore[type-arg]
    return [CustomerHit(CustomerSummary(id=r["key"], first_name=r["first_name"], last_name=r["last_name"],
                                        tier=r["tier"], home_store_id=r["home_store_id"],
                                        last_visit_at=parse(r["last_visit_at"]), loyalty_card=r["loyalty_card"]),
                        r["email"], r["phone"]) for r in rows]


_CUSTOMER_COLUMNS = "c.key, c.first_name, c.last_name, c.tier, c.home_store_id, c.last_visit_at, c.loyalty_card," \
                    " c.email, c.phone"


def _is_small(conn: Connection, fts: str, match: str) -> bool:
    count = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {fts} WHERE {fts} MATCH ? LIMIT ?)",
                         (match, RANK_LIMIT + 1)).fetchone()[0]
    return count <= RANK_LIMIT


def search_customers(conn: Connection, text: str, limit: int = 50, offset: int = 0) -> list[CustomerHit]:
    """Customers matching what was typed; ranked (bm25, then latest visit) when the set is small.

    Offset/limit pages are stable for a given cache state, which is what a Qt model's
    fetchMore needs. An empty query lists the most recent visitors.
    """
    match = customer_match(text)
    if match is None:
        if text.strip():
            return []
        rows = conn.execute(f"SELECT {_CUSTOMER_COLUMNS} FROM customers c"
                            " ORDER BY c.last_visit_at DESC LIMIT ? OFFSET ?", (limit, offset)).fetchall()
        return _hits(rows)
    if _is_small(conn, "customers_fts", match):
        sql = (f"SELECT {_CUSTOMER_COLUMNS} FROM (SELECT rowid, bm25(customers_fts, {_CUSTOMER_WEIGHTS}) AS score"
               " FROM customers_fts WHERE customers_fts MATCH ?) f JOIN customers c ON c.rid = f.rowid"
               " ORDER BY round(f.score, 1), c.last_visit_at DESC, c.rid LIMIT ? OFFSET ?")
    else:
        sql = (f"SELECT {_CUSTOMER_COLUMNS} FROM (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?"
               " LIMIT ? OFFSET ?) f JOIN customers c ON c.rid = f.rowid")
    return _hits(conn.execute(sql, (match, limit, offset)).fetchall())


def count_customers(conn: Connection, text: str, cap: int | None = None) -> int:
    """How many customers match (at most `cap`, to keep a broad first keystroke cheap)."""
    match = customer_match(text)
    if match is None:
        return 0 if text.strip() else conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    if cap is None:
        return conn.execute("SELECT count(*) FROM customers_fts WHERE customers_fts MATCH ?", (match,)).fetchone()[0]
    return conn.execute("SELECT count(*) FROM (SELECT 1 FROM customers_fts WHERE customers_fts MATCH ? LIMIT ?)",
                        (match, cap)).fetchone()[0]


def search_products(conn: Connection, text: str, limit: int = 50, offset: int = 0) -> list[Product]:
    """Products by name, brand or category prefix, or by (part of) a SKU or GTIN."""
    match = product_match(text)
    if match is None:
        return []
    if _is_small(conn, "products_fts", match):
        sql = (f"SELECT p.body FROM (SELECT rowid, bm25(products_fts, {_PRODUCT_WEIGHTS}) AS score"
               " FROM products_fts WHERE products_fts MATCH ?) f JOIN products p ON p.rid = f.rowid"
               " ORDER BY f.score, p.name, p.rid LIMIT ? OFFSET ?")
    else:
        sql = ("SELECT p.body FROM (SELECT rowid FROM products_fts WHERE products_fts MATCH ? LIMIT ? OFFSET ?) f"
               " JOIN products p ON p.rid = f.rowid")
    return [Product.model_validate_json(r[0]) for r in conn.execute(sql, (match, limit, offset))]


def count_products(conn: Connection, text: str) -> int:
    match = product_match(text)
    if match is None:
        return 0
    return conn.execute("SELECT count(*) FROM products_fts WHERE products_fts MATCH ?", (match,)).fetchone()[0]
