"""Cache reads behind the customer profile's extras: co-purchase baskets, styles, stock here.

Bounded on purpose: the co-purchase baskets come from the most recent purchases only, so
building the recommendation index stays a fraction of a second at any cache size.
"""
from __future__ import annotations

from collections.abc import Iterable

from clienteling.models import Product

from .database import Connection

_CHUNK = 500


def recent_baskets(conn: Connection, limit: int = 50_000) -> list[tuple[str, list[str]]]:
    """(customer_id, SKUs) of the most recent cached purchases, newest first."""
    rows = conn.execute(
        "SELECT p.key, p.customer_id, json_extract(j.value, '$.sku') FROM"
        " (SELECT key, customer_id, body FROM purchases ORDER BY purchased_at DESC LIMIT ?) p,"
        " json_each(p.body, '$.lines') j", (limit,)).fetchall()
    baskets: dict[str, tuple[str, list[str]]] = {}
    for key, customer_id, sku in rows:
        baskets.setdefault(key, (customer_id, []))[1].append(sku)
    return list(baskets.values())


def styles_of(conn: Connection, skus: Iterable[str]) -> dict[str, str]:
    """SKU → style id, for the SKUs the catalogue knows."""
    wanted = list(dict.fromkeys(skus))
    found: dict[str, str] = {}
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i:i + _CHUNK]
        found.update(conn.execute(f"SELECT sku, style_id FROM variants WHERE sku IN ({', '.join('?' * len(chunk))})",
                                  chunk).fetchall())
    return found


def products(conn: Connection, style_ids: Iterable[str]) -> dict[str, Product]:
    wanted = list(dict.fromkeys(style_ids))
    found: dict[str, Product] = {}
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i:i + _CHUNK]
        for key, body in conn.execute(f"SELECT key, body FROM products WHERE key IN ({', '.join('?' * len(chunk))})",
                                      chunk):
            found[key] = Product.model_validate_json(body)
    return found


def available(conn: Connection, skus: Iterable[str], location_id: str) -> dict[str, int]:
    """SKU → units available to promise at one location (SKUs without a cached level are absent)."""
    wanted = list(dict.fromkeys(skus))
    found: dict[str, int] = {}
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i:i + _CHUNK]
        found.update(conn.execute(f"SELECT sku, available FROM stock WHERE location_id = ? AND sku IN"
                                  f" ({', '.join('?' * len(chunk))})", (location_id, *chunk)).fetchall())
    return found


def available_elsewhere(conn: Connection, skus: Iterable[str], location_id: str) -> dict[str, int]:
    """SKU → units available at the other cached locations (nearest stores and warehouses)."""
    wanted = list(dict.fromkeys(skus))
    found: dict[str, int] = {}
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i:i + _CHUNK]
        found.update(conn.execute(f"SELECT sku, sum(available) FROM stock WHERE location_id != ? AND sku IN"
                                  f" ({', '.join('?' * len(chunk))}) GROUP BY sku", (location_id, *chunk)).fetchall())
    return found


def cached_customer_ids(conn: Connection, ids: Iterable[str]) -> set[str]:
    wanted = list(dict.fromkeys(ids))
    found: set[str] = set()
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i:i + _CHUNK]
        found.update(r[0] for r in conn.execute(
            f"SELECT key FROM customers WHERE key IN ({', '.join('?' * len(chunk))})", chunk))
    return found


def a_customer_with_active_cart(conn: Connection) -> str | None:
    """Some cached customer with a live online cart (demo screenshots, smoke tests)."""
    row = conn.execute("SELECT customer_id FROM carts WHERE status = 'active' ORDER BY updated_at DESC LIMIT 1"
                       ).fetchone()
    return row[0] if row else None
