"""As-you-type search over the cache: customers and products, through FTS5 prefix queries.

Each typed word becomes a prefix phrase `"tok"*` over names and email; the index's unicode61
tokenizer with remove_diacritics folds accents on both sides, so "helene" finds "Hélène". A
query made only of digits and phone punctuation is one number, matched by B-tree prefix range
against the indexed phone forms and the loyalty card (an FTS prefix query over unique numbers
would merge one term per customer). Speed at a million customers: prefix indexes answer the first keystrokes, and
bm25 ranking (which must score every match) runs only when the match set is small; a broad
query is answered in index order, stopping after the page it needs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from clienteling.models import CustomerSummary, Product

from . import phones
from .database import Connection
from .schema import search_terms
from .timestamps import parse

RANK_LIMIT = 500
"""Above this many matches, ranking costs more than it is worth for one keystroke."""
NUMBER_CAP = 1000
"""A number query orders at most this many candidates by last visit (it narrows per digit)."""

_CUSTOMER_WEIGHTS = "10.0, 10.0, 4.0"  # first name, last name, email
_PRODUCT_WEIGHTS = "10.0, 4.0, 2.0, 6.0"  # name, brand, category, codes
_NUMBER = re.compile(r"^[\s+().\-/0-9]*[0-9][\s+().\-/0-9]*$")
_HAS_WORD = re.compile(r"\w")


def _phrase(token: str, split: bool = True) -> str:
    """`"tok"*`; customers' email is indexed with letters and digits apart, so is the query."""
    if split:
        token = search_terms(token) or ""
    return '"' + token.replace('"', '""') + '"*'


@dataclass(frozen=True)
class CustomerQuery:
    """What was typed, split into an FTS5 match over names and email, and numbers."""

    match: str | None
    numbers: tuple[tuple[str, str], ...]  # (phone digits, card digits) per typed number

    @property
    def empty(self) -> bool:
        return self.match is None and not self.numbers


def customer_query(text: str) -> CustomerQuery:
    """A whole-number query ("06 12 34") is one number; otherwise digit-only tokens are numbers."""
    text = text.strip()
    if _NUMBER.match(text):
        return CustomerQuery(None, ((phones.query_digits(text), phones.digits(text)),))
    words, numbers = [], []
    for token in text.split():
        if token.isdigit():
            numbers.append((phones.query_digits(token), token))
        elif _HAS_WORD.search(token):
            words.append(_phrase(token))
    return CustomerQuery(" AND ".join(words) or None, tuple(numbers))


def _number_filter(numbers: tuple[tuple[str, str], ...]) -> tuple[str, list[str]]:
    """Prefix ranges over the phone-forms index and the loyalty-card index ("x" < "x:" covers digits)."""
    clauses, params = [], []
    for phone, card in numbers:
        clauses.append("(c.rid IN (SELECT rid FROM customer_phones WHERE form >= ? AND form < ?)"
                       " OR (c.loyalty_card >= ? AND c.loyalty_card < ?))")
        params += [phone or card, (phone or card) + ":", card, card + ":"]
    return " AND ".join(clauses), params


def product_match(text: str) -> str | None:
    tokens = [t for t in text.split() if _HAS_WORD.search(t)]
    return " AND ".join(_phrase(t, split=False) for t in tokens) or None


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
    fetchMore needs. An empty query lists the most recent visitors; a number is matched by
    prefix against phone numbers (any common formatting) and loyalty cards, most recent
    visitor first, over at most NUMBER_CAP candidates.
    """
    query = customer_query(text)
    if query.empty:
        if text.strip():
            return []
        rows = conn.execute(f"SELECT {_CUSTOMER_COLUMNS} FROM customers c"
                            " ORDER BY c.last_visit_at DESC LIMIT ? OFFSET ?", (limit, offset)).fetchall()
        return _hits(rows)
    numbers, number_params = _number_filter(query.numbers)
    if query.match is None:
        # Two index range scans, each capped, instead of an OR the planner would answer by a scan.
        phone, card = query.numbers[0]
        sql = (f"SELECT {_CUSTOMER_COLUMNS} FROM customers c WHERE c.rid IN ("
               " SELECT rid FROM (SELECT rid FROM customer_phones WHERE form >= ? AND form < ? LIMIT ?)"
               " UNION SELECT rid FROM (SELECT rid FROM customers WHERE loyalty_card >= ? AND loyalty_card < ?"
               " LIMIT ?)) ORDER BY c.last_visit_at DESC, c.rid LIMIT ? OFFSET ?")
        first = phone or card
        return _hits(conn.execute(sql, (first, first + ":", NUMBER_CAP, card, card + ":", NUMBER_CAP,
                                        limit, offset)).fetchall())
    extra = f" WHERE {numbers}" if numbers else ""
    if _is_small(conn, "customers_fts", query.match):
        sql = (f"SELECT {_CUSTOMER_COLUMNS} FROM (SELECT rowid, bm25(customers_fts, {_CUSTOMER_WEIGHTS}) AS score"
               f" FROM customers_fts WHERE customers_fts MATCH ?) f JOIN customers c ON c.rid = f.rowid{extra}"
               " ORDER BY round(f.score, 1), c.last_visit_at DESC, c.rid LIMIT ? OFFSET ?")
    else:
        sql = (f"SELECT {_CUSTOMER_COLUMNS} FROM customers_fts f JOIN customers c ON c.rid = f.rowid"
               f" WHERE f.customers_fts MATCH ?{' AND ' + numbers if numbers else ''} LIMIT ? OFFSET ?")
    return _hits(conn.execute(sql, (query.match, *number_params, limit, offset)).fetchall())


def count_customers(conn: Connection, text: str, cap: int | None = None) -> int:
    """How many customers match (at most `cap`, to keep a broad first keystroke cheap)."""
    query = customer_query(text)
    if query.empty:
        return 0 if text.strip() else conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    limit = -1 if cap is None else cap
    numbers, number_params = _number_filter(query.numbers)
    if query.match is None:
        return conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM customers c WHERE {numbers} LIMIT ?)",
                            (*number_params, limit)).fetchone()[0]
    return conn.execute("SELECT count(*) FROM (SELECT 1 FROM customers_fts f JOIN customers c ON c.rid = f.rowid"
                        f" WHERE f.customers_fts MATCH ?{' AND ' + numbers if numbers else ''} LIMIT ?)",
                        (query.match, *number_params, limit)).fetchone()[0]


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
