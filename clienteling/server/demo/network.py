"""The demo chain: stores and warehouses in France and Italy, their associates and sign-ins.

Fixed, not drawn from the seed: the sign-ins are documentation (README, tests, demos) and
must not change when someone asks for a different seed or a bigger customer base.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .names import ascii_slug

DEMO_PASSWORD = "demo1234"
"""Password of every demo associate and manager."""
DEMO_PIN = "1234"
"""Quick-unlock PIN of every demo associate and manager."""

STORE_HOURS = ("10:00", "19:30")
"""Monday to Saturday, local time; closed on Sunday."""
WAREHOUSE_HOURS = ("06:00", "22:00")
"""Every day, local time."""

TIMEZONES = {"FR": "Europe/Paris", "IT": "Europe/Rome"}
SITES = {"FR": "shop.example.fr", "IT": "shop.example.it"}


@dataclass(frozen=True, slots=True)
class Site:
    """A location of the chain and what the generator needs to know about it."""

    code: str
    kind: str
    name: str
    city: str
    country: str
    latitude: float
    longitude: float
    postcode: str
    weight: int = 0
    """Relative share of the customers whose home store it is (0 for warehouses)."""

    @property
    def id(self) -> str:
        return f"STORE-{self.code}" if self.kind == "store" else self.code

    @property
    def short(self) -> str:
        """"PAR01": the code as used inside pickup and order numbers."""
        return self.code.replace("-", "")


STORES: tuple[Site, ...] = (
    Site("PAR-01", "store", "Paris Opéra", "Paris", "FR", 48.8719, 2.3316, "75009", 12),
    Site("PAR-02", "store", "Paris Le Marais", "Paris", "FR", 48.8579, 2.3595, "75004", 9),
    Site("LYO-01", "store", "Lyon Presqu'île", "Lyon", "FR", 45.7606, 4.8357, "69002", 8),
    Site("MRS-01", "store", "Marseille Vieux-Port", "Marseille", "FR", 43.2951, 5.3750, "13001", 7),
    Site("LIL-01", "store", "Lille Grand Place", "Lille", "FR", 50.6372, 3.0633, "59800", 6),
    Site("BDX-01", "store", "Bordeaux Sainte-Catherine", "Bordeaux", "FR", 44.8407, -0.5737, "33000", 6),
    Site("NCE-01", "store", "Nice Masséna", "Nice", "FR", 43.6975, 7.2700, "06000", 5),
    Site("MIL-01", "store", "Milano Duomo", "Milano", "IT", 45.4641, 9.1919, "20121", 10),
    Site("MIL-02", "store", "Milano Corso Buenos Aires", "Milano", "IT", 45.4785, 9.2106, "20124", 7),
    Site("ROM-01", "store", "Roma Via del Corso", "Roma", "IT", 41.9029, 12.4796, "00186", 9),
    Site("TRN-01", "store", "Torino Via Roma", "Torino", "IT", 45.0677, 7.6826, "10123", 6),
    Site("FLR-01", "store", "Firenze Duomo", "Firenze", "IT", 43.7710, 11.2550, "50122", 6),
    Site("NAP-01", "store", "Napoli Via Toledo", "Napoli", "IT", 40.8422, 14.2490, "80134", 6),
)
WAREHOUSES: tuple[Site, ...] = (
    Site("WH-FR-1", "warehouse", "Entrepôt Saran (Orléans)", "Saran", "FR", 47.9502, 1.8780, "45770"),
    Site("WH-IT-1", "warehouse", "Magazzino Piacenza Le Mose", "Piacenza", "IT", 45.0444, 9.7340, "29122"),
)
LOCATIONS: tuple[Site, ...] = STORES + WAREHOUSES

_STAFF: dict[str, tuple[tuple[str, ...], str]] = {
    # store code: (associates, the first being the documented demo sign-in; manager's name)
    "PAR-01": (("Marie Dupont", "Julien Moreau", "Inès Benali", "Théo Garnier"), "Sophie Laurent"),
    "PAR-02": (("Camille Lefèvre", "Hugo Mercier", "Léa Fontaine"), "Nicolas Girard"),
    "LYO-01": (("Chloé Rousseau", "Maxime Bertrand", "Anaïs Perrin", "Rémi Chevalier"), "Isabelle Faure"),
    "MRS-01": (("Manon Roux", "Karim Haddad", "Élodie Blanc"), "Stéphane Morel"),
    "LIL-01": (("Pauline Lambert", "Quentin Dubois", "Céline Vasseur"), "Frédéric Leroy"),
    "BDX-01": (("Margaux Bonnet", "Baptiste Lafon", "Hélène Dufour"), "Olivier Mathieu"),
    "NCE-01": (("Zoé Giraud", "Lucas Ferrero", "Noémie Aubert"), "Valérie Castelli"),
    "MIL-01": (("Giulia Rossi", "Marco Colombo", "Chiara Ferrari", "Lorenzo Galli"), "Francesca Bianchi"),
    "MIL-02": (("Martina Ricci", "Davide Conti", "Alessia Moretti"), "Paolo Fontana"),
    "ROM-01": (("Sara Romano", "Matteo De Luca", "Valentina Greco", "Niccolò Ferri"), "Roberto Marino"),
    "TRN-01": (("Elena Gallo", "Simone Barbieri", "Federica Rinaldi"), "Stefano Lombardi"),
    "FLR-01": (("Beatrice Mariani", "Tommaso Bruno", "Ilaria Santoro"), "Lucia Martini"),
    "NAP-01": (("Anna Esposito", "Salvatore Russo", "Serena Caruso"), "Vincenzo Amato"),
}


@dataclass(frozen=True, slots=True)
class Staff:
    id: str
    store: Site
    username: str
    display_name: str
    role: str


def _username(full_name: str) -> str:
    first, _, last = full_name.partition(" ")
    return f"{ascii_slug(first)}.{ascii_slug(last)}"


def staff() -> list[Staff]:
    """Every associate, store by store, the manager last."""
    people: list[Staff] = []
    for store in STORES:
        associates, manager = _STAFF[store.code]
        for n, name in enumerate(associates, start=1):
            people.append(Staff(f"ASC-{store.short}-{n:02d}", store, _username(name), name, "associate"))
        people.append(Staff(f"ASC-{store.short}-MGR", store, f"manager.{store.short.lower()}", manager, "manager"))
    return people


def demo_logins() -> list[dict[str, str]]:
    """Per store, the documented sign-ins: one associate, one manager, shared password/PIN.

    E.g. {"store_id": "STORE-PAR-01", "store_name": "Paris Opéra", "associate": "marie.dupont",
    "manager": "manager.par01", "password": "demo1234", "pin": "1234"}.
    """
    logins = []
    for store in STORES:
        associates, _ = _STAFF[store.code]
        logins.append({
            "store_id": store.id,
            "store_name": store.name,
            "associate": _username(associates[0]),
            "manager": f"manager.{store.short.lower()}",
            "password": DEMO_PASSWORD,
            "pin": DEMO_PIN,
        })
    return logins


def location_rows() -> list[dict]:
    rows = []
    for site in LOCATIONS:
        if site.kind == "store":
            opens, closes = STORE_HOURS
            days = range(6)
        else:
            opens, closes = WAREHOUSE_HOURS
            days = range(7)
        rows.append({
            "id": site.id,
            "kind": site.kind,
            "name": site.name,
            "city": site.city,
            "country": site.country,
            "latitude": site.latitude,
            "longitude": site.longitude,
            "timezone": TIMEZONES[site.country],
            "opening_hours": [{"weekday": d, "opens": opens, "closes": closes} for d in days],
            "version": 0,
        })
    return rows


def associate_rows(people: list[Staff]) -> list[dict]:
    return [{"id": p.id, "store_id": p.store.id, "username": p.username, "display_name": p.display_name,
             "role": p.role, "version": 0} for p in people]


def credential_rows(people: list[Staff]) -> list[dict]:
    """Clear-text demo credentials; the server hashes them when it loads the data."""
    return [{"associate_id": p.id, "password": DEMO_PASSWORD, "pin": DEMO_PIN} for p in people]


def distance_km(a: Site, b: Site) -> float:
    """Haversine distance, the same formula as `clienteling.models.location.distance_km`."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))
