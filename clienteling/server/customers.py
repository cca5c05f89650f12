"""Customers network-wide: search, the 360° profile, creation, notes, preferences, the live cart."""
from __future__ import annotations

import json
import re
import secrets
import sqlite3
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from clienteling.models import (
    Customer,
    CustomerNote,
    CustomerProfile,
    CustomerSummary,
    NewCustomerRequest,
    NewNoteRequest,
    NoteSource,
    OnlineCart,
    PreferencesUpdate,
    Purchase,
    WishlistItem,
)

from . import db, idempotency, records
from .context import AnyCaller, Config, Conn
from .errors import conflict, not_found, responses
from .idempotency import IdempotencyKey

router = APIRouter(prefix="/v1", tags=["customers"])

CustomerId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
OPEN_CART_STATUSES = ("active", "taken_over")
PROFILE_HISTORY = 100
"""Most recent purchases and notes in a profile; the full history is in the feeds."""
_HIGH = "\U0010ffff"


def _summary(body: str) -> CustomerSummary:
    d = json.loads(body)
    return CustomerSummary(id=d["id"], first_name=d["first_name"], last_name=d["last_name"], tier=d["tier"],
                           home_store_id=d.get("home_store_id"), last_visit_at=d.get("last_visit_at"),
                           loyalty_card=d.get("loyalty_card"))


def _like_word(token: str) -> str:
    escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"% {escaped}%"


def search_customers(conn: sqlite3.Connection, q: str, limit: int) -> list[CustomerSummary]:
    """Prefix search over indexed columns: names (accent-insensitive), e-mail, phone digits, card."""
    found: dict[str, str] = {}

    def collect(sql: str, params: tuple[Any, ...]) -> None:
        for cid, body in conn.execute(sql, (*params, limit)):
            if len(found) < limit:
                found.setdefault(cid, body)

    text = q.strip()
    digits = re.sub(r"[\s+().-]", "", text)
    if digits.isdigit() and len(digits) >= 2:
        collect("SELECT id, body FROM customer_docs WHERE loyalty_card >= ? AND loyalty_card < ? LIMIT ?",
                (digits, digits + _HIGH))
        collect("SELECT id, body FROM customer_docs WHERE phone_digits >= ? AND phone_digits < ? LIMIT ?",
                (digits, digits + _HIGH))
        national = digits.lstrip("0")
        if len(national) >= 2:
            collect("SELECT id, body FROM customer_docs WHERE phone_national >= ? AND phone_national < ? LIMIT ?",
                    (national, national + _HIGH))
    if "@" in text or (" " not in text and len(text) >= 3 and not digits.isdigit()):
        email = text.lower()
        collect("SELECT id, body FROM customer_docs WHERE email >= ? AND email < ? LIMIT ?", (email, email + _HIGH))
    tokens = [t for t in re.split(r"[\s,]+", db.fold(text)) if t]
    if tokens and not digits.isdigit() and "@" not in text:
        first, rest = tokens[0], tokens[1:]
        extra = "".join(" AND (' ' || first_n || ' ' || last_n) LIKE ? ESCAPE '\\'" for _ in rest)
        words = tuple(_like_word(t) for t in rest)
        for column in ("last_n", "first_n"):
            collect(f"SELECT id, body FROM customer_docs WHERE {column} >= ? AND {column} < ?{extra}"
                    f" ORDER BY last_n, first_n LIMIT ?", (first, first + _HIGH, *words))
    return [_summary(body) for body in found.values()]


@router.get("/customers/search", response_model=list[CustomerSummary], responses=responses(401))
def search(caller: AnyCaller, conn: Conn,
           q: Annotated[str, Query(min_length=1, max_length=100, description="name, e-mail, phone or card prefix")],
           limit: Annotated[int, Query(ge=1, le=200)] = 25) -> list[CustomerSummary]:
    """Network-wide lookup: a customer of another store can be served here too."""
    return search_customers(conn, q, limit)


@router.get("/customers/by-card/{card}", response_model=Customer, responses=responses(401, 404))
def by_card(card: Annotated[str, Path(min_length=1, max_length=32)], caller: AnyCaller, conn: Conn) -> Customer:
    """Scan of a loyalty card at the counter."""
    row = conn.execute("SELECT body FROM customer_docs WHERE loyalty_card = ?", (card,)).fetchone()
    if row is None:
        raise not_found("customer")
    return Customer.model_validate_json(row[0])


def active_cart(conn: sqlite3.Connection, customer_id: str) -> OnlineCart | None:
    row = conn.execute("SELECT body FROM carts WHERE customer_id = ? AND status IN (?, ?)"
                       " ORDER BY updated_at DESC LIMIT 1", (customer_id, *OPEN_CART_STATUSES)).fetchone()
    return OnlineCart.model_validate_json(row[0]) if row else None


@router.get("/customers/{customer_id}", response_model=CustomerProfile, responses=responses(401, 404))
def profile(customer_id: CustomerId, caller: AnyCaller, conn: Conn) -> CustomerProfile:
    """The 360° view: purchases in every channel, the shared timeline, the wishlist, the live cart."""
    customer = records.customer(conn, customer_id)
    if customer is None:
        raise not_found("customer")
    purchases = [Purchase.model_validate_json(r[0]) for r in conn.execute(
        "SELECT body FROM purchases WHERE customer_id = ? ORDER BY purchased_at DESC LIMIT ?",
        (customer_id, PROFILE_HISTORY))]
    notes = [CustomerNote.model_validate_json(r[0]) for r in conn.execute(
        "SELECT body FROM notes WHERE customer_id = ? ORDER BY created_at DESC LIMIT ?",
        (customer_id, PROFILE_HISTORY))]
    wishlist = [WishlistItem.model_validate_json(r[0]) for r in conn.execute(
        "SELECT body FROM wishlists WHERE customer_id = ? ORDER BY sku", (customer_id,))]
    return CustomerProfile(customer=customer, purchases=purchases, notes=notes, wishlist=wishlist,
                           cart=active_cart(conn, customer_id))


@router.get("/customers/{customer_id}/cart", response_model=OnlineCart, responses=responses(401, 404))
def cart(customer_id: CustomerId, caller: AnyCaller, conn: Conn) -> OnlineCart:
    """The customer's live web/app cart (active or already taken over in store)."""
    found = active_cart(conn, customer_id)
    if found is None:
        raise not_found("active cart")
    return found


def _new_loyalty_card(conn: sqlite3.Connection) -> str:
    """13 digits in the 29… range, kept apart from imported cards; skips any already taken."""
    while True:
        card = f"29{db.next_number(conn, 'loyalty_card'):011d}"
        if conn.execute("SELECT 1 FROM customers WHERE loyalty_card = ?", (card,)).fetchone() is None:
            return card


@router.post("/customers", status_code=201, response_model=Customer, responses=responses(401, 409))
def create_customer(body: NewCustomerRequest, request: Request, caller: AnyCaller, conn: Conn, config: Config,
                    key: IdempotencyKey) -> Response:
    """Enrol a customer at the counter; the caller's store becomes their home store."""
    def effect(conn: sqlite3.Connection) -> tuple[int, Customer]:
        row = conn.execute("SELECT body FROM customer_docs WHERE client_id = ?", (body.client_customer_id,)).fetchone()
        if row is not None:
            raise conflict("duplicate_customer", "this device already created this customer",
                           current=json.loads(row[0]))
        now = config.now()
        customer = Customer(id=f"C-{secrets.token_hex(6).upper()}", first_name=body.first_name,
                            last_name=body.last_name, email=body.email, phone=body.phone,
                            loyalty_card=_new_loyalty_card(conn), consents=body.consents,
                            preferences=body.preferences, home_store_id=caller.store.id,
                            preferred_associate_id=caller.associate.id, last_visit_at=now,
                            created_at=now, updated_at=now)
        return 201, records.save_customer(conn, customer, client_id=body.client_customer_id)

    return idempotency.run(conn, request, caller, key, body, effect)


@router.post("/customers/{customer_id}/notes", status_code=201, response_model=CustomerNote,
             responses=responses(401, 404, 409))
async def add_note(customer_id: CustomerId, body: NewNoteRequest, request: Request, caller: AnyCaller, conn: Conn,
                   config: Config, key: IdempotencyKey) -> Response:
    """A note on the timeline shared with the web customer service (the commonest queued command)."""
    def effect(conn: sqlite3.Connection) -> tuple[int, CustomerNote]:
        if conn.execute("SELECT 1 FROM customers WHERE id = ?", (customer_id,)).fetchone() is None:
            raise not_found("customer")
        row = conn.execute("SELECT body FROM notes WHERE client_id = ?", (body.client_note_id,)).fetchone()
        if row is not None:
            raise conflict("duplicate_note", "this device already added this note", current=json.loads(row[0]))
        note = CustomerNote(id=f"N-{secrets.token_hex(6).upper()}", customer_id=customer_id, source=NoteSource.STORE,
                            author=f"{caller.associate.display_name} ({caller.store.name})"[:120], text=body.text,
                            created_at=config.now())
        return 201, records.save_note(conn, note, client_id=body.client_note_id)

    return await idempotency.run_async(conn, request, caller, key, body, effect)


@router.put("/customers/{customer_id}/preferences", response_model=Customer, responses=responses(401, 404))
def update_preferences(customer_id: CustomerId, body: PreferencesUpdate, request: Request, caller: AnyCaller,
                       conn: Conn, config: Config, key: IdempotencyKey) -> Response:
    """Replace sizes, styles and favourite brands as the associate recorded them."""
    def effect(conn: sqlite3.Connection) -> tuple[int, Customer]:
        customer = records.customer(conn, customer_id)
        if customer is None:
            raise not_found("customer")
        customer.preferences = body.preferences
        customer.updated_at = config.now()
        return 200, records.save_customer(conn, customer)

    return idempotency.run(conn, request, caller, key, body, effect)
