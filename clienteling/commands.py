"""Commands: every write the app makes, as an outbox row plus its optimistic local effect.

A command is built here from a validated request model. Its local effect is a pure function
over the cached entity's JSON (what the screens show until the backend answers); the
backend's answer — or, on conflict, the server's current state — then replaces it.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from .models import (
    CartLineChange, CartTakeoverRequest, CartStatus, Feed, HandoverRequest, NewCustomerRequest, NewNoteRequest, PickupLineStatus,
    PickupStatus, PlaceOrderRequest, PreferencesUpdate, TakeoverMode,
)
from .models.pickup import CancelPickupRequest, ExtendPickupRequest


class Kind(StrEnum):
    HANDOVER = "handover"
    EXTEND_PICKUP = "extend_pickup"
    CANCEL_PICKUP = "cancel_pickup"
    PLACE_ORDER = "place_order"
    CREATE_CUSTOMER = "create_customer"
    ADD_NOTE = "add_note"
    UPDATE_PREFERENCES = "update_preferences"
    TAKE_OVER_CART = "take_over_cart"
    CHANGE_CART_LINE = "change_cart_line"


FEED_OF: dict[Kind, Feed] = {
    Kind.HANDOVER: Feed.PICKUPS, Kind.EXTEND_PICKUP: Feed.PICKUPS, Kind.CANCEL_PICKUP: Feed.PICKUPS,
    Kind.PLACE_ORDER: Feed.ORDERS, Kind.CREATE_CUSTOMER: Feed.CUSTOMERS, Kind.ADD_NOTE: Feed.NOTES,
    Kind.UPDATE_PREFERENCES: Feed.CUSTOMERS, Kind.TAKE_OVER_CART: Feed.CARTS, Kind.CHANGE_CART_LINE: Feed.CARTS,
}
"""Which cached entity a command's answer (and its conflict's current state) replaces."""

CREATES = frozenset({Kind.PLACE_ORDER, Kind.CREATE_CUSTOMER, Kind.ADD_NOTE})
"""Commands whose optimistic row exists only on this device until the backend accepts it."""


def entity_key(feed: Feed, entity_id: str) -> str:
    """The key replay is ordered by: commands on one entity go out one after another."""
    return f"{feed.value}:{entity_id}"


def split_entity_key(key: str) -> tuple[Feed, str]:
    feed, _, entity_id = key.partition(":")
    return Feed(feed), entity_id


@dataclass(frozen=True)
class Command:
    kind: Kind
    method: str
    path: str
    body: dict[str, Any] | None
    entity_key: str
    idempotency_key: str = field(default_factory=lambda: str(uuid.uuid4()))
    after: str | None = None
    """Another entity whose creation, when still unsettled, this command waits for."""

    @property
    def feed(self) -> Feed:
        return FEED_OF[self.kind]

    @property
    def entity_id(self) -> str:
        return split_entity_key(self.entity_key)[1]


def _dump(model: Any) -> dict[str, Any]:
    return model.model_dump(mode="json")


def handover(pickup_id: str, request: HandoverRequest) -> Command:
    return Command(Kind.HANDOVER, "POST", f"/pickups/{pickup_id}/handover", _dump(request),
                   entity_key(Feed.PICKUPS, pickup_id))


def extend_pickup(pickup_id: str, request: ExtendPickupRequest) -> Command:
    return Command(Kind.EXTEND_PICKUP, "POST", f"/pickups/{pickup_id}/extend", _dump(request),
                   entity_key(Feed.PICKUPS, pickup_id))


def cancel_pickup(pickup_id: str, request: CancelPickupRequest) -> Command:
    return Command(Kind.CANCEL_PICKUP, "POST", f"/pickups/{pickup_id}/cancel", _dump(request),
                   entity_key(Feed.PICKUPS, pickup_id))


def place_order(request: PlaceOrderRequest) -> Command:
    # Its own entity (the order), but never before its customer if that one was created offline.
    return Command(Kind.PLACE_ORDER, "POST", "/orders", _dump(request),
                   entity_key(Feed.ORDERS, request.client_order_id),
                   after=entity_key(Feed.CUSTOMERS, request.customer_id) if request.customer_id else None)


def create_customer(request: NewCustomerRequest) -> Command:
    return Command(Kind.CREATE_CUSTOMER, "POST", "/customers", _dump(request),
                   entity_key(Feed.CUSTOMERS, request.client_customer_id))


def add_note(customer_id: str, request: NewNoteRequest) -> Command:
    # Ordered with the customer's other commands: a note on a customer created offline
    # must not overtake the creation.
    return Command(Kind.ADD_NOTE, "POST", f"/customers/{customer_id}/notes", _dump(request),
                   entity_key(Feed.CUSTOMERS, customer_id))


def update_preferences(customer_id: str, request: PreferencesUpdate) -> Command:
    return Command(Kind.UPDATE_PREFERENCES, "PUT", f"/customers/{customer_id}/preferences", _dump(request),
                   entity_key(Feed.CUSTOMERS, customer_id))


def take_over_cart(cart_id: str, request: CartTakeoverRequest) -> Command:
    return Command(Kind.TAKE_OVER_CART, "POST", f"/carts/{cart_id}/takeover", _dump(request),
                   entity_key(Feed.CARTS, cart_id))


def change_cart_line(cart_id: str, line_id: str, request: CartLineChange) -> Command:
    """Change a line's quantity with the customer (0 removes it); the backend re-prices the cart."""
    return Command(Kind.CHANGE_CART_LINE, "PUT", f"/carts/{cart_id}/lines/{line_id}", _dump(request),
                   entity_key(Feed.CARTS, cart_id))


# --- optimistic effects: pure functions over cached JSON ------------------------------------

def handed_over(pickup: dict[str, Any], request: dict[str, Any]) -> dict[str, Any]:
    """The pickup as it will look once the backend accepts this handover."""
    decisions = {d["line_id"]: d for d in request["decisions"]}
    lines = []
    for line in pickup["lines"]:
        d = decisions.get(line["line_id"])
        if d is not None and line["status"] == PickupLineStatus.WAITING:
            line = {**line, "status": d["action"], "refusal_reason": d.get("reason")}
        lines.append(line)
    waiting = any(line["status"] == PickupLineStatus.WAITING for line in lines)
    status = PickupStatus.PARTLY_COLLECTED if waiting else PickupStatus.COLLECTED
    return {**pickup, "lines": lines, "status": status.value,
            "collected_at": None if waiting else request["handed_over_at"]}


def cart_taken_over(cart: dict[str, Any], request: dict[str, Any], associate_id: str,
                    now: datetime) -> dict[str, Any]:
    status = CartStatus.TAKEN_OVER if request["mode"] == TakeoverMode.BASKET else CartStatus.SERVED_IN_STORE
    return {**cart, "status": status.value, "taken_over_by": associate_id, "taken_over_at": now.isoformat()}


def cart_line_changed(cart: dict[str, Any], line_id: str, request: dict[str, Any]) -> dict[str, Any]:
    """The new quantity (or the line gone); prices stay the backend's until its answer re-prices."""
    quantity = request["quantity"]
    lines = [line if line["line_id"] != line_id else {**line, "quantity": quantity}
             for line in cart["lines"] if line["line_id"] != line_id or quantity > 0]
    return {**cart, "lines": lines}


def preferences_updated(customer: dict[str, Any], request: dict[str, Any]) -> dict[str, Any]:
    return {**customer, "preferences": request["preferences"]}


# --- settlement: the backend's answer replaces the optimistic row --------------------------------

CLIENT_ID_FIELD: dict[Kind, str] = {
    Kind.PLACE_ORDER: "client_order_id", Kind.CREATE_CUSTOMER: "client_customer_id", Kind.ADD_NOTE: "client_note_id",
}
"""Where a create command carries the id its optimistic row was cached under."""


def optimistic_key(command: Any) -> str | None:
    """The cache key of a create's optimistic row (the client's UUID), None for other kinds."""
    field_name = CLIENT_ID_FIELD.get(Kind(command.kind))
    return command.body.get(field_name) if field_name and isinstance(command.body, dict) else None


def settle_answer(conn: Any, command: Any, answer: Any) -> None:
    """Replace the optimistic state by the server's answer (in the settlement's transaction)."""
    from offline_cache import repositories

    kind = Kind(command.kind)
    feed = FEED_OF[kind]
    client_key = optimistic_key(command)
    if client_key is not None:
        repositories.delete_entity(conn, feed, client_key)
        if kind == Kind.CREATE_CUSTOMER and isinstance(answer, dict) and answer.get("id") not in (None, client_key):
            _rename_in_pending(conn, client_key, answer["id"])
    if isinstance(answer, dict):
        repositories.upsert_lookup(conn, feed, answer)


def settle_conflict(conn: Any, command: Any, error_body: dict[str, Any]) -> None:
    """Put the cache back to the server's truth: its current state, or no optimistic create."""
    from offline_cache import repositories

    kind = Kind(command.kind)
    client_key = optimistic_key(command)
    if client_key is not None:
        repositories.delete_entity(conn, FEED_OF[kind], client_key)
        return
    current = error_body.get("current")
    if isinstance(current, dict) and current.get("version") is not None:
        repositories.upsert_lookup(conn, FEED_OF[kind], current)


def _rename_in_pending(conn: Any, client_id: str, server_id: str) -> None:
    """Commands queued against a customer created offline now name the server's id.

    Only references are rewritten — the `/customers/{id}` path segment, a `customer_id`
    field and the entity key — never a create's own client id, which the backend uses to
    recognise a resent create.
    """
    import json

    rows = conn.execute("SELECT seq, path, body, entity_key, after_entity FROM outbox WHERE state = 'pending'"
                        " AND (instr(path, ?1) OR instr(body, ?1))", (client_id,)).fetchall()
    old_segment, new_segment = f"/customers/{client_id}", f"/customers/{server_id}"
    old_key, new_key = entity_key(Feed.CUSTOMERS, client_id), entity_key(Feed.CUSTOMERS, server_id)
    for seq, path, body, key, after in rows:
        if path == old_segment or path.startswith(old_segment + "/"):
            path = new_segment + path[len(old_segment):]
        data = json.loads(body) if body else None
        if isinstance(data, dict) and data.get("customer_id") == client_id:
            data["customer_id"] = server_id
            body = json.dumps(data)
        key = new_key if key == old_key else key
        after = new_key if after == old_key else after
        conn.execute("UPDATE outbox SET path = ?, body = ?, entity_key = ?, after_entity = ? WHERE seq = ?",
                     (path, body, key, after, seq))
