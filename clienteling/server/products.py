"""The catalogue: search by name, brand, category, SKU or GTIN; lookup by SKU and by GTIN scan."""
from __future__ import annotations

import re
import sqlite3
from typing import Annotated

from fastapi import APIRouter, Path, Query

from clienteling.models import Product

from . import db
from .context import AnyCaller, Conn
from .errors import not_found, responses

router = APIRouter(prefix="/v1", tags=["products"])

_HIGH = "\U0010ffff"


def search_products(conn: sqlite3.Connection, q: str, limit: int) -> list[Product]:
    """GTIN exact, SKU prefix, then every word a prefix of a word of name/brand/category."""
    found: dict[str, str] = {}
    text = q.strip()
    if text.isdigit() and len(text) == 13:
        for style_id, body in conn.execute("SELECT p.style_id, p.body FROM variants v JOIN products p"
                                           " ON p.style_id = v.style_id WHERE v.gtin = ?", (text,)):
            found.setdefault(style_id, body)
    upper = text.upper()
    if re.fullmatch(r"[A-Z0-9-]+", upper):
        for style_id, body in conn.execute("SELECT DISTINCT p.style_id, p.body FROM variants v JOIN products p"
                                           " ON p.style_id = v.style_id WHERE v.sku >= ? AND v.sku < ? LIMIT ?",
                                           (upper, upper + _HIGH, limit)):
            found.setdefault(style_id, body)
    words = [w for w in re.split(r"\s+", db.fold(text)) if w]
    if words and len(found) < limit:
        clauses = " AND ".join("(' ' || search) LIKE ? ESCAPE '\\'" for _ in words)
        patterns = ["% " + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for w in words]
        for style_id, body in conn.execute(f"SELECT style_id, body FROM products WHERE {clauses}"
                                           f" ORDER BY search LIMIT ?", (*patterns, limit)):
            found.setdefault(style_id, body)
    return [Product.model_validate_json(body) for body in list(found.values())[:limit]]


@router.get("/products/search", response_model=list[Product], responses=responses(401))
def search(caller: AnyCaller, conn: Conn,
           q: Annotated[str, Query(min_length=1, max_length=100)],
           limit: Annotated[int, Query(ge=1, le=200)] = 25) -> list[Product]:
    """Find a style as the associate types or scans."""
    return search_products(conn, q, limit)


@router.get("/products/by-sku/{sku}", response_model=Product, responses=responses(401, 404))
def by_sku(sku: Annotated[str, Path(min_length=1, max_length=40)], caller: AnyCaller, conn: Conn) -> Product:
    """The style that holds this SKU."""
    row = conn.execute("SELECT p.body FROM variants v JOIN products p ON p.style_id = v.style_id WHERE v.sku = ?",
                       (sku,)).fetchone()
    if row is None:
        raise not_found("product")
    return Product.model_validate_json(row[0])


@router.get("/products/by-gtin/{gtin}", response_model=Product, responses=responses(401, 404))
def by_gtin(gtin: Annotated[str, Path(min_length=1, max_length=14)], caller: AnyCaller, conn: Conn) -> Product:
    """The style of a scanned barcode."""
    row = conn.execute("SELECT p.body FROM variants v JOIN products p ON p.style_id = v.style_id WHERE v.gtin = ?",
                       (gtin,)).fetchone()
    if row is None:
        raise not_found("product")
    return Product.model_validate_json(row[0])
