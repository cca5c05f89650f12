"""A small, deterministic chain for contract tests, and an app per test over a copy of it.

Two Paris stores, Lyon, Lille, Nice, Milano, Roma and two warehouses; a manager and two
associates; three styles with variants; customers homed here, elsewhere, and one from
Milano who has a pickup in Paris; pickups in every interesting status.
"""
from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import httpx
import pytest

from clienteling.models import (
    Associate,
    CartLine,
    CartStatus,
    Channel,
    Consent,
    Consents,
    Customer,
    CustomerNote,
    EndlessAisleOrder,
    Fulfilment,
    Location,
    LocationKind,
    Money,
    NoteSource,
    OnlineCart,
    OpeningHours,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentMode,
    PickupLine,
    PickupLineStatus,
    PickupOrder,
    PickupStatus,
    Preferences,
    Product,
    Purchase,
    PurchaseLine,
    Role,
    SourcingMethod,
    StockLevel,
    Variant,
    WishlistItem,
    ean13_check_digit,
)
from clienteling.server.app import create_app
from clienteling.server.loader import load_demo
from clienteling.server.security import pickup_code_hash

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
"""A Monday, 11:00 in Paris and Milano: the stores are open."""
PASSWORD = "correct horse battery"
PIN = "2468"
CODES = {"P-READY": "A1B2C3", "P-PROOF": "Z9Y8X7", "P-CANCELLED": "CCCCCC", "P-OTHER": "B4B4B4",
         "P-COLLECTED": "DDDDDD", "P-PARTLY": "E5E5E5", "P-LYON": "F6F6F6"}

_HOURS = [OpeningHours(weekday=d, opens="10:00", closes="19:30") for d in range(6)]
_PLACES = [
    ("S-PAR-OPERA", LocationKind.STORE, "Paris Opéra", "Paris", "FR", 48.8708, 2.3319, "Europe/Paris"),
    ("S-PAR-MARAIS", LocationKind.STORE, "Paris Marais", "Paris", "FR", 48.8575, 2.3594, "Europe/Paris"),
    ("S-LILLE", LocationKind.STORE, "Lille Centre", "Lille", "FR", 50.6365, 3.0635, "Europe/Paris"),
    ("S-LYON", LocationKind.STORE, "Lyon Part-Dieu", "Lyon", "FR", 45.7606, 4.8590, "Europe/Paris"),
    ("S-NICE", LocationKind.STORE, "Nice Masséna", "Nice", "FR", 43.6975, 7.2700, "Europe/Paris"),
    ("S-MILANO", LocationKind.STORE, "Milano Duomo", "Milano", "IT", 45.4642, 9.1900, "Europe/Rome"),
    ("S-ROMA", LocationKind.STORE, "Roma Corso", "Roma", "IT", 41.9028, 12.4964, "Europe/Rome"),
    ("W-ORLEANS", LocationKind.WAREHOUSE, "Entrepôt Orléans", "Saran", "FR", 47.9500, 1.8750, "Europe/Paris"),
    ("W-BOLOGNA", LocationKind.WAREHOUSE, "Magazzino Bologna", "Bologna", "IT", 44.4949, 11.3426, "Europe/Rome"),
]


def gtin(n: int) -> str:
    first12 = f"376000{n:06d}"
    return first12 + ean13_check_digit(first12)


def eur(cents: int) -> Money:
    return Money(amount_minor=cents)


_STYLES = [
    ("ST-VESTE", "Veste en laine", "Maison Lumière", "Manteaux", 18900, "VESTE-NOIR", "noir", ["S", "M", "L"]),
    ("ST-SNEAK", "Sneakers cuir", "Atelier Nord", "Chaussures", 12900, "SNEAK-BLANC", "blanc", ["38", "39", "40"]),
    ("ST-ROBE", "Robe fluide", "Maison Lumière", "Robes", 9900, "ROBE-ROUGE", "rouge", ["S", "M"]),
]
# (sku, location) -> (on_hand, reserved); everything else gets a plain default.
_STOCK_OVERRIDES = {
    ("VESTE-NOIR-M", "S-PAR-OPERA"): (3, 2),   # reserved for P-READY and P-OTHER
    ("SNEAK-BLANC-39", "S-PAR-OPERA"): (2, 1),
    ("ROBE-ROUGE-M", "S-PAR-OPERA"): (0, 0),
    ("ROBE-ROUGE-M", "S-PAR-MARAIS"): (1, 0),
    ("ROBE-ROUGE-M", "W-ORLEANS"): (2, 0),
    ("ROBE-ROUGE-M", "W-BOLOGNA"): (0, 0),
    ("ROBE-ROUGE-M", "S-MILANO"): (4, 1),
    ("ROBE-ROUGE-S", "S-PAR-OPERA"): (1, 1),
}


def _dump(models: list[Any]) -> list[dict[str, Any]]:
    return [m.model_dump(mode="json") for m in models]


def _pickup(pid: str, number: str, store: str, customer: Customer, status: PickupStatus,
            lines: list[tuple[str, str, PickupLineStatus]], *, requires_proof: bool = False,
            **extra: Any) -> dict[str, Any]:
    salt = f"salt-{pid.lower()}"
    order = PickupOrder(
        id=pid, number=number, store_id=store, customer_id=customer.id, customer_name=customer.full_name,
        status=status, parcels=1, total=eur(sum(price_of(sku) for _, sku, _ in lines)),
        lines=[PickupLine(line_id=lid, sku=sku, name=name_of(sku), quantity=1, unit_price=eur(price_of(sku)),
                          status=st) for lid, sku, st in lines],
        created_at=NOW - timedelta(days=3), ready_at=NOW - timedelta(days=1) if status != PickupStatus.PREPARING
        else None, collect_by=NOW + timedelta(days=6), requires_proof=requires_proof,
        code_salt=salt, code_hash=pickup_code_hash(salt, CODES[pid]), **extra)
    return {**order.model_dump(mode="json"), "pickup_code": CODES[pid]}


def price_of(sku: str) -> int:
    return next(s[4] for s in _STYLES if sku.startswith(s[5]))


def name_of(sku: str) -> str:
    return next(s[1] for s in _STYLES if sku.startswith(s[5]))


def fixture_batches() -> list[tuple[str, list[dict[str, Any]]]]:
    """The chain as `(kind, rows)` batches, every row a valid model dump (the loader's input)."""
    locations = [Location(id=i, kind=k, name=n, city=c, country=cc, latitude=la, longitude=lo, timezone=tz,
                          opening_hours=_HOURS if k == LocationKind.STORE else [])
                 for i, k, n, c, cc, la, lo, tz in _PLACES]
    associates = [
        Associate(id="A-MARIE", store_id="S-PAR-OPERA", username="marie", display_name="Marie L.", role=Role.ASSOCIATE),
        Associate(id="A-PAUL", store_id="S-PAR-OPERA", username="paul", display_name="Paul D.", role=Role.MANAGER),
        Associate(id="A-LUCA", store_id="S-MILANO", username="luca", display_name="Luca B.", role=Role.ASSOCIATE),
    ]
    products, skus, n = [], [], 0
    for style_id, name, brand, category, price, prefix, colour, sizes in _STYLES:
        variants = []
        for size in sizes:
            n += 1
            variants.append(Variant(sku=f"{prefix}-{size}", gtin=gtin(n), size=size, colour=colour, price=eur(price)))
            skus.append(f"{prefix}-{size}")
        products.append(Product(style_id=style_id, name=name, brand=brand, category=category, variants=variants,
                                description=f"{name} — {brand}"))
    stock = []
    for sku in skus:
        for loc in locations:
            on_hand, reserved = _STOCK_OVERRIDES.get((sku, loc.id), (5 if loc.kind == LocationKind.WAREHOUSE else 2, 0))
            stock.append(StockLevel(sku=sku, location_id=loc.id, on_hand=on_hand, reserved=reserved,
                                    available=max(0, on_hand - reserved), updated_at=NOW - timedelta(hours=1)))
    given = Consent(granted=True, updated_at=NOW - timedelta(days=100))
    customers = [
        Customer(id="C-HELENE", first_name="Hélène", last_name="Dupont", email="helene.dupont@example.fr",
                 phone="+33612345678", loyalty_card="1000000001", consents=Consents(email=given, sms=given),
                 preferences=Preferences(sizes={"tops": "M"}, styles=["minimal"]), home_store_id="S-PAR-OPERA",
                 preferred_associate_id="A-MARIE", created_at=NOW - timedelta(days=400),
                 updated_at=NOW - timedelta(days=2), last_visit_at=NOW - timedelta(days=10)),
        Customer(id="C-JEROME", first_name="Jérôme", last_name="Martin", home_store_id="S-PAR-OPERA",
                 loyalty_card="1000000002", created_at=NOW - timedelta(days=200), updated_at=NOW - timedelta(days=20)),
        Customer(id="C-GIULIA", first_name="Giulia", last_name="Rossi", email="giulia.rossi@example.it",
                 phone="+393471234567", loyalty_card="3900000003", home_store_id="S-MILANO",
                 created_at=NOW - timedelta(days=90), updated_at=NOW - timedelta(days=9)),
        Customer(id="C-LEA", first_name="Léa", last_name="Moreau", email="lea.moreau@example.fr",
                 loyalty_card="1000000004", home_store_id="S-LYON", created_at=NOW - timedelta(days=30),
                 updated_at=NOW - timedelta(days=3)),
    ]
    by_id = {c.id: c for c in customers}
    purchases = [
        Purchase(id="PU-1", customer_id="C-HELENE", channel=Channel.STORE, location_id="S-PAR-OPERA",
                 purchased_at=NOW - timedelta(days=10),
                 lines=[PurchaseLine(sku="VESTE-NOIR-M", name="Veste en laine", quantity=1, unit_price=eur(18900))],
                 total=eur(18900)),
        Purchase(id="PU-2", customer_id="C-HELENE", channel=Channel.WEB, site="shop.example.fr",
                 purchased_at=NOW - timedelta(days=40),
                 lines=[PurchaseLine(sku="SNEAK-BLANC-39", name="Sneakers cuir", quantity=1, unit_price=eur(12900))],
                 total=eur(12900)),
        Purchase(id="PU-3", customer_id="C-LEA", channel=Channel.STORE, location_id="S-LYON",
                 purchased_at=NOW - timedelta(days=5),
                 lines=[PurchaseLine(sku="ROBE-ROUGE-S", name="Robe fluide", quantity=1, unit_price=eur(9900))],
                 total=eur(9900)),
    ]
    notes = [CustomerNote(id="N-1", customer_id="C-HELENE", source=NoteSource.CUSTOMER_SERVICE, author="Service client",
                          text="A demandé la veste en taille M.", created_at=NOW - timedelta(days=12))]
    wishlists = [WishlistItem(customer_id="C-HELENE", sku="ROBE-ROUGE-M", added_at=NOW - timedelta(days=6)),
                 WishlistItem(customer_id="C-LEA", sku="VESTE-NOIR-S", added_at=NOW - timedelta(days=6))]
    line = CartLine(line_id="L1", sku="SNEAK-BLANC-40", name="Sneakers cuir", quantity=1, unit_price=eur(12900),
                    promotion="-10%", line_total=eur(11610))
    carts = [
        OnlineCart(id="CART-HELENE", customer_id="C-HELENE", channel=Channel.WEB, status=CartStatus.ACTIVE,
                   lines=[line, CartLine(line_id="L2", sku="ROBE-ROUGE-S", name="Robe fluide", quantity=2,
                                         unit_price=eur(9900), line_total=eur(19800))],
                   total=eur(31410), updated_at=NOW - timedelta(hours=2)),
        OnlineCart(id="CART-JEROME", customer_id="C-JEROME", channel=Channel.APP, status=CartStatus.ORDERED,
                   lines=[line], total=eur(11610), updated_at=NOW - timedelta(days=1)),
    ]
    W, H, R = PickupLineStatus.WAITING, PickupLineStatus.HANDED_OVER, PickupLineStatus.REFUSED
    pickups = [
        _pickup("P-READY", "CC-1001", "S-PAR-OPERA", by_id["C-HELENE"], PickupStatus.READY,
                [("1", "VESTE-NOIR-M", W), ("2", "SNEAK-BLANC-39", W)]),
        _pickup("P-PROOF", "CC-1002", "S-PAR-OPERA", by_id["C-GIULIA"], PickupStatus.READY,
                [("1", "ROBE-ROUGE-S", W)], requires_proof=True),
        _pickup("P-CANCELLED", "CC-1003", "S-PAR-OPERA", by_id["C-JEROME"], PickupStatus.CANCELLED,
                [("1", "SNEAK-BLANC-38", W)], cancelled_at=NOW - timedelta(hours=3)),
        _pickup("P-OTHER", "CC-1004", "S-PAR-OPERA", by_id["C-JEROME"], PickupStatus.READY,
                [("1", "VESTE-NOIR-M", W)]),
        _pickup("P-COLLECTED", "CC-1005", "S-PAR-OPERA", by_id["C-HELENE"], PickupStatus.COLLECTED,
                [("1", "SNEAK-BLANC-40", H)], collected_at=NOW - timedelta(days=2)),
        _pickup("P-PARTLY", "CC-1006", "S-PAR-OPERA", by_id["C-HELENE"], PickupStatus.PARTLY_COLLECTED,
                [("1", "VESTE-NOIR-L", H), ("2", "VESTE-NOIR-S", W), ("3", "ROBE-ROUGE-M", R)]),
        _pickup("P-LYON", "CC-2001", "S-LYON", by_id["C-LEA"], PickupStatus.READY, [("1", "ROBE-ROUGE-S", W)]),
    ]
    pickups[0]["collect_by"] = (NOW - timedelta(hours=1)).isoformat().replace("+00:00", "Z")  # overdue
    orders = [EndlessAisleOrder(
        id="O-1", number="EA0000001", client_order_id="c-order-1", store_id="S-PAR-OPERA", associate_id="A-MARIE",
        customer_id="C-LEA", fulfilment=Fulfilment.DELIVERY, pickup_store_id=None,
        delivery_address={"name": "Léa Moreau", "street": "1 rue de la Paix", "postcode": "69001",
                                             "city": "Lyon", "country": "FR"},
        lines=[OrderLine(sku="VESTE-NOIR-L", name="Veste en laine", quantity=1, unit_price=eur(18900),
                         method=SourcingMethod.SHIP_FROM_WAREHOUSE, source_location_id="W-ORLEANS",
                         promise_date=(NOW + timedelta(days=3)).date())],
        payment=Payment(mode=PaymentMode.IN_STORE, till_reference="T-0001"), status=OrderStatus.PLACED,
        total=eur(18900), shipping=eur(490), created_at=NOW - timedelta(hours=1), updated_at=NOW - timedelta(hours=1))]
    credentials = [{"associate_id": a.id, "password": PASSWORD, "pin": PIN} for a in associates]
    return [("locations", _dump(locations)), ("associates", _dump(associates)), ("products", _dump(products)),
            ("stock", _dump(stock)), ("customers", _dump(customers)), ("purchases", _dump(purchases)),
            ("notes", _dump(notes)), ("wishlists", _dump(wishlists)), ("carts", _dump(carts)),
            ("pickups", pickups), ("orders", _dump(orders)), ("credentials", credentials)]


class Clock:
    """A settable `now` for the app under test."""

    def __init__(self, start: datetime = NOW) -> None:
        self.value = start

    def __call__(self) -> datetime:
        return self.value

    def advance(self, delta: timedelta) -> None:
        self.value += delta


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "backend.sqlite3"
    load_demo(path, fixture_batches())
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "backend.sqlite3"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app(db_path: Path, clock: Clock) -> Any:
    return create_app(str(db_path), now=clock)


@pytest.fixture
async def client(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://backend.test") as c:
        yield c


async def login(client: httpx.AsyncClient, username: str = "marie", store_id: str = "S-PAR-OPERA") -> dict[str, Any]:
    r = await client.post("/v1/auth/login", json={"store_id": store_id, "username": username, "password": PASSWORD,
                                                  "device_id": "tablet-1"})
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def bearer(session: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {session['access_token']}"}


@pytest.fixture
async def marie(client: httpx.AsyncClient) -> dict[str, str]:
    """Headers of the associate Marie (Paris Opéra)."""
    return bearer(await login(client, "marie"))


@pytest.fixture
async def paul(client: httpx.AsyncClient) -> dict[str, str]:
    """Headers of the manager Paul (Paris Opéra)."""
    return bearer(await login(client, "paul"))


@pytest.fixture
def login_as(client: httpx.AsyncClient) -> Any:
    """`await login_as("paul")` -> the Session JSON of that associate."""
    async def _login(username: str, store_id: str | None = None) -> dict[str, Any]:
        store = store_id or ("S-MILANO" if username == "luca" else "S-PAR-OPERA")
        return await login(client, username, store)
    return _login


@pytest.fixture
def sqlite(db_path: Path) -> Iterator[Any]:
    """A direct connection to the app's database, to assert effects."""
    import sqlite3
    conn = sqlite3.connect(db_path)
    yield conn
    conn.close()


def iter_rows(kind: str) -> Iterator[dict[str, Any]]:
    """The fixture's rows of one kind (for assertions)."""
    for k, rows in fixture_batches():
        if k == kind:
            yield from rows
