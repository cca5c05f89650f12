"""Customer use cases: lookup, the 360° profile, edits as commands, the live online cart.

Plain coroutines over AppServices (the UI, the CLI and tests call the same code). Reads come
from the cache; what the cache cannot answer goes to the backend when online and is written
into the cache first. Every edit is a command through `services.submit` with its optimistic
effect. Nothing personal is logged: ids and counts at most.
"""
from __future__ import annotations

import logging
import time
import uuid
import weakref
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from offline_cache import insights, outbox, repositories, search
from offline_cache.search import CustomerHit

from .. import commands, errors
from ..models import (
    CartLine, CartLineChange, CartTakeoverRequest, Consents, Customer, CustomerNote, CustomerProfile,
    CustomerSummary, Feed, NewCustomerRequest, NewNoteRequest, NoteSource, Preferences, PreferencesUpdate,
    TakeoverMode, Tier, WishlistItem,
)
from ..models.common import utcnow
from ..models.customer import TIER_THRESHOLDS
from . import recommendations
from .recommendations import Recommendation

if TYPE_CHECKING:
    from .app_services import AppServices

log = logging.getLogger(__name__)

PAGE_SIZE = 40
"""Rows per page of the result list (a screenful and a half on a tablet)."""
NETWORK_LIMIT = 25
CO_PURCHASE_WINDOW = 50_000
"""Most recent cached purchases the co-purchase index is built from."""
CO_PURCHASE_TTL_S = 600.0


# --- loyalty and consent: pure -----------------------------------------------------------------

@dataclass(frozen=True)
class LoyaltyStatus:
    tier: Tier
    points: int
    next_tier: Tier | None
    points_to_next: int
    """Points still needed for the next tier (0 at the top tier)."""
    progress: float
    """0..1 of the way from this tier's threshold to the next."""


def loyalty_status(customer: Customer) -> LoyaltyStatus:
    """Where the customer stands; thresholds are the backend's (TIER_THRESHOLDS), never computed here."""
    tiers = sorted(TIER_THRESHOLDS.items(), key=lambda kv: kv[1])
    current_floor = TIER_THRESHOLDS[customer.tier]
    above = [(tier, floor) for tier, floor in tiers if floor > current_floor]
    if not above:
        return LoyaltyStatus(customer.tier, customer.points, None, 0, 1.0)
    next_tier, next_floor = above[0]
    needed = max(0, next_floor - customer.points)
    span = next_floor - current_floor
    progress = min(1.0, max(0.0, (customer.points - current_floor) / span)) if span else 1.0
    return LoyaltyStatus(customer.tier, customer.points, next_tier, needed, progress)


def outreach_channels(customer: Customer) -> frozenset[str]:
    """The channels an associate may use to contact the customer: consent given AND a contact."""
    channels = set()
    if customer.consents.email.granted and customer.email:
        channels.add("email")
    if customer.consents.sms.granted and customer.phone:
        channels.add("sms")
    return frozenset(channels)


# --- lookup ----------------------------------------------------------------------------------

async def search_local(services: AppServices, text: str, limit: int = PAGE_SIZE, offset: int = 0) -> list[CustomerHit]:
    """One page of cached customers matching what was typed (instant, online or not)."""
    return await services.store.read(search.search_customers, text, limit, offset)


@dataclass(frozen=True)
class NetworkHit:
    summary: CustomerSummary
    cached: bool
    """True when the customer is on this device already (the local list may show them)."""


async def search_network(services: AppServices, text: str, limit: int = NETWORK_LIMIT) -> list[NetworkHit]:
    """The backend's network-wide search; raises errors.Unreachable offline."""
    text = text.strip()
    if not text:
        return []
    found = await services.client.search_customers(text[:100], limit)
    cached = await services.store.read(insights.cached_customer_ids, [s.id for s in found])
    return [NetworkHit(s, s.id in cached) for s in found]


async def customer_id_by_card(services: AppServices, card: str) -> str | None:
    """A scanned loyalty card: the cache first, then the backend (its answer cached). None = unknown card."""
    customer = await services.store.read(repositories.get_customer_by_card, card)
    if customer is not None:
        return customer.id
    try:
        found = await services.client.customer_by_card(card)
    except errors.NotFound:
        return None
    await services.store.write(repositories.upsert_lookup, Feed.CUSTOMERS, found.model_dump(mode="json"))
    return found.id


# --- the 360° profile ----------------------------------------------------------------------------

class NotCached(Exception):
    """The customer is not on this device and the backend cannot be reached to look them up."""


@dataclass(frozen=True)
class CartLineView:
    line: CartLine
    here: int | None
    """Units available in this store (None: no stock known for this SKU here)."""
    elsewhere: int | None
    """Units available at the nearest stores and warehouses known to the cache."""


@dataclass(frozen=True)
class WishView:
    item: WishlistItem
    name: str | None
    size: str | None
    colour: str | None
    here: int | None


@dataclass
class ProfileView:
    profile: CustomerProfile
    loyalty: LoyaltyStatus
    outreach: frozenset[str]
    store_names: dict[str, str]
    wishlist: list[WishView]
    cart_lines: list[CartLineView]
    recommendations: list[Recommendation]
    pending_since: datetime | None
    """Oldest command on this customer (or their cart) still waiting to sync."""
    cart_pending: bool
    timezone: str = "Europe/Paris"
    is_manager: bool = False
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def customer(self) -> Customer:
        return self.profile.customer


def _write_profile(conn: Any, profile: CustomerProfile) -> None:
    """An online profile lookup written into the cache (customer first, then what hangs off it)."""
    repositories.upsert_lookup(conn, Feed.CUSTOMERS, profile.customer.model_dump(mode="json"))
    for purchase in profile.purchases:
        repositories.upsert_lookup(conn, Feed.PURCHASES, purchase.model_dump(mode="json"))
    for note in profile.notes:
        repositories.upsert_lookup(conn, Feed.NOTES, note.model_dump(mode="json"))
    for item in profile.wishlist:
        repositories.upsert_lookup(conn, Feed.WISHLISTS, item.model_dump(mode="json"))
    if profile.cart is not None:
        repositories.upsert_lookup(conn, Feed.CARTS, profile.cart.model_dump(mode="json"))


async def load_profile(services: AppServices, customer_id: str, *, allow_network: bool = True) -> ProfileView:
    """The profile from the cache; a customer not cached is fetched online and cached first.

    Raises NotCached when the customer is not here and the backend is unreachable, and
    errors.NotFound when the backend does not know them.
    """
    profile = await services.store.read(repositories.customer_profile, customer_id)
    if profile is None:
        if not allow_network:
            raise NotCached(customer_id)
        try:
            online = await services.client.customer_profile(customer_id)
        except errors.Unreachable as exc:
            raise NotCached(customer_id) from exc
        await services.store.write(_write_profile, online)
        profile = await services.store.read(repositories.customer_profile, customer_id) or online
    await services.store.write(repositories.touch_customer, customer_id)
    co, style_of = await _co_purchase_index(services)
    store = services.session.store if services.session else None
    store_id = store.id if store else ""
    extras = await services.store.read(_profile_extras, profile, store_id, co, style_of)
    return ProfileView(profile=profile, loyalty=loyalty_status(profile.customer),
                       outreach=outreach_channels(profile.customer), timezone=store.timezone if store else "UTC",
                       is_manager=services.is_manager, **extras)


def _profile_extras(conn: Any, profile: CustomerProfile, store_id: str, co: recommendations.CoPurchases,
                    style_of: dict[str, str]) -> dict[str, Any]:
    """Everything the profile shows beside the customer's own rows, in one reader call."""
    customer = profile.customer
    wish_skus = [w.sku for w in profile.wishlist]
    cart_skus = [line.sku for line in profile.cart.lines] if profile.cart else []
    history_skus = [line.sku for p in profile.purchases for line in p.lines]
    style_of = {**insights.styles_of(conn, [*wish_skus, *cart_skus, *history_skus]), **style_of}
    wish_styles = [style_of[s] for s in wish_skus if s in style_of]
    wanted = recommendations.candidate_styles(profile.purchases, style_of, co, wish_styles)
    products = insights.products(conn, wanted)
    variant_skus = [v.sku for p in products.values() for v in p.variants]
    here = insights.available(conn, [*variant_skus, *cart_skus, *wish_skus], store_id)
    elsewhere = insights.available_elsewhere(conn, cart_skus, store_id)
    recs = recommendations.recommend(history=profile.purchases, sizes=customer.preferences.sizes, co=co,
                                     style_of=style_of, products=products, available_here=here,
                                     wishlist_skus=wish_skus)
    wishlist = []
    for item in profile.wishlist:
        product = products.get(style_of.get(item.sku, ""))
        variant = product.variant(item.sku) if product else None
        wishlist.append(WishView(item, product.name if product else None, variant.size if variant else None,
                                 variant.colour if variant else None, here.get(item.sku)))
    cart_lines = [CartLineView(line, here.get(line.sku), elsewhere.get(line.sku))
                  for line in (profile.cart.lines if profile.cart else [])]
    keys = {commands.entity_key(Feed.CUSTOMERS, customer.id)}
    cart_key = commands.entity_key(Feed.CARTS, profile.cart.id) if profile.cart else None
    if cart_key:
        keys.add(cart_key)
    waiting = [c for c in outbox.unsettled(conn) if c.state in ("pending", "sent") and c.entity_key in keys]
    store_ids = {customer.home_store_id, *(p.location_id for p in profile.purchases)} - {None}
    names = {loc.id: loc.name for loc in repositories.locations(conn) if loc.id in store_ids}
    return dict(store_names=names, wishlist=wishlist, cart_lines=cart_lines, recommendations=recs,
                pending_since=min((c.created_at for c in waiting), default=None),
                cart_pending=any(c.entity_key == cart_key for c in waiting))


_CO_INDEX: weakref.WeakKeyDictionary[Any, tuple[float, recommendations.CoPurchases, dict[str, str]]] = (
    weakref.WeakKeyDictionary())
"""Per open cache (LocalStore): the co-purchase index and the SKU → style map it was built with."""


def build_co_purchase_index(conn: Any, window: int = CO_PURCHASE_WINDOW) -> tuple[dict[str, Any], dict[str, str]]:
    """The co-purchase index over the most recent cached purchases (reader thread)."""
    baskets = insights.recent_baskets(conn, window)
    style_of = insights.styles_of(conn, {sku for _, skus in baskets for sku in skus})
    index = recommendations.co_purchases(
        (cid, [style_of[s] for s in skus if s in style_of]) for cid, skus in baskets)
    return index, style_of


async def _co_purchase_index(services: AppServices) -> tuple[recommendations.CoPurchases, dict[str, str]]:
    """Built once and reused for a few minutes: purchases change slowly, profiles open often."""
    key = services.store
    cached = _CO_INDEX.get(key)
    if cached is None or time.monotonic() - cached[0] > CO_PURCHASE_TTL_S:
        index, style_of = await services.store.read(build_co_purchase_index)
        cached = _CO_INDEX[key] = (time.monotonic(), index, style_of)
    return cached[1], cached[2]


async def refresh_cart(services: AppServices, customer_id: str) -> bool:
    """The live cart from the backend into the cache; False when the customer has no active cart."""
    try:
        cart = await services.client.customer_cart(customer_id)
    except errors.NotFound:
        return False
    await services.store.write(repositories.upsert_lookup, Feed.CARTS, cart.model_dump(mode="json"))
    return True


# --- edits: commands with their optimistic effects ------------------------------------------------

def _associate(services: AppServices) -> tuple[str, str]:
    if services.session is None:
        raise errors.AuthExpired("sign in to make changes")
    associate = services.session.associate
    return associate.id, associate.display_name


async def add_note(services: AppServices, customer_id: str, text: str) -> str:
    """Queue a note on the shared timeline; it shows at once, marked as waiting to sync."""
    _, author = _associate(services)
    request = NewNoteRequest(client_note_id=f"note-{uuid.uuid4()}", text=text.strip())
    note = CustomerNote(id=request.client_note_id, customer_id=customer_id, source=NoteSource.STORE,
                        author=author, text=request.text, created_at=utcnow())

    def effect(conn: Any) -> None:
        repositories.write_local(conn, Feed.NOTES, note.model_dump(mode="json"))

    await services.submit(commands.add_note(customer_id, request), effect)
    return request.client_note_id


async def update_preferences(services: AppServices, customer_id: str, preferences: Preferences) -> None:
    request = PreferencesUpdate(preferences=preferences)
    body = request.model_dump(mode="json")

    def effect(conn: Any) -> None:
        current = repositories.get_item(conn, Feed.CUSTOMERS, customer_id)
        if current is not None:
            repositories.write_local(conn, Feed.CUSTOMERS, commands.preferences_updated(current, body))

    await services.submit(commands.update_preferences(customer_id, request), effect)


async def take_over_cart(services: AppServices, cart_id: str, mode: TakeoverMode) -> None:
    """The cart becomes this visit's basket (or is marked served in store): no abandoned-cart reminder."""
    associate_id, _ = _associate(services)
    request = CartTakeoverRequest(mode=mode)
    body = request.model_dump(mode="json")
    now = utcnow()

    def effect(conn: Any) -> None:
        current = repositories.get_item(conn, Feed.CARTS, cart_id)
        if current is not None:
            repositories.write_local(conn, Feed.CARTS, commands.cart_taken_over(current, body, associate_id, now))

    await services.submit(commands.take_over_cart(cart_id, request), effect)


async def change_cart_line(services: AppServices, cart_id: str, line_id: str, quantity: int) -> None:
    """Change (or with 0 remove) a line with the customer; the backend re-prices the cart."""
    _associate(services)
    request = CartLineChange(quantity=quantity)
    body = request.model_dump(mode="json")

    def effect(conn: Any) -> None:
        current = repositories.get_item(conn, Feed.CARTS, cart_id)
        if current is not None:
            repositories.write_local(conn, Feed.CARTS, commands.cart_line_changed(current, line_id, body))

    await services.submit(commands.change_cart_line(cart_id, line_id, request), effect)


async def create_customer(services: AppServices, *, first_name: str, last_name: str, email: str | None = None,
                          phone: str | None = None, consents: Consents | None = None) -> str:
    """Enrol a customer (a command too); returns the id the profile opens under until it syncs."""
    _associate(services)
    request = NewCustomerRequest(client_customer_id=f"cust-{uuid.uuid4()}", first_name=first_name.strip(),
                                 last_name=last_name.strip(), email=(email or "").strip() or None,
                                 phone=(phone or "").strip() or None, consents=consents or Consents())
    now = utcnow()
    store_id = services.session.store.id if services.session else None
    customer = Customer(id=request.client_customer_id, first_name=request.first_name, last_name=request.last_name,
                        email=request.email, phone=request.phone, consents=request.consents,
                        preferences=request.preferences, home_store_id=store_id, last_visit_at=now,
                        created_at=now, updated_at=now)

    def effect(conn: Any) -> None:
        repositories.write_local(conn, Feed.CUSTOMERS, customer.model_dump(mode="json"))

    await services.submit(commands.create_customer(request), effect)
    log.info("customer enrolment queued")
    return request.client_customer_id


async def store_names(services: AppServices) -> dict[str, str]:
    """Location id → name, for home stores and purchase places (from the cache)."""
    return {loc.id: loc.name for loc in await services.store.read(repositories.locations)}


async def a_customer_with_active_cart(services: AppServices) -> str | None:
    return await services.store.read(insights.a_customer_with_active_cart)


def search_in_cache(conn: Any, text: str, limit: int = PAGE_SIZE, offset: int = 0) -> list[CustomerHit]:
    """The cache search itself, on a connection (the benchmark and the reader thread call it)."""
    return search.search_customers(conn, text, limit, offset)
