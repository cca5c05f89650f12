"""Demo customers, generated fast enough for a million: plain dicts, precomputed pools.

Customers come in blocks of `BLOCK`, each drawn from its own `Random` seeded by (seed,
block): customer n is the same whatever the total asked for, and any block can be drawn
again later (the history of the first customers is derived from their profile without
keeping a million rows in memory).
"""
from __future__ import annotations

import gc
import itertools
from dataclasses import dataclass
from functools import lru_cache
from random import Random

from .catalogue import BRANDS
from .clock import DAY, iso, store_time
from .names import (FR_FEMALE, FR_LAST, FR_MALE, IT_FEMALE, IT_LAST, IT_MALE, STYLE_TAGS,
                    ascii_slug)
from .network import STORES, Staff

BLOCK = 1_000

_SIZES = {
    # (female?): tops, bottoms, shoes — repeated entries weight the common sizes
    True: (("XS", "S", "S", "M", "M", "M", "L", "L", "XL"),
           ("34", "36", "36", "38", "38", "38", "40", "40", "42", "44"),
           ("36", "37", "37", "38", "38", "38", "39", "39", "40", "41")),
    False: (("S", "M", "M", "L", "L", "L", "XL", "XL", "XXL"),
            ("38", "40", "40", "42", "42", "42", "44", "44", "46", "48"),
            ("40", "41", "42", "42", "43", "43", "44", "44", "45", "46")),
}
_DOMAINS = {"FR": ("example.fr", "mail.example.fr", "example.com", "example.net"),
            "IT": ("example.it", "posta.example.it", "example.com", "example.net")}
_STREETS = {
    "FR": ("rue Victor Hugo", "avenue Jean Jaurès", "rue de la République", "boulevard Pasteur", "rue des Lilas",
           "rue du Moulin", "avenue de la Gare", "rue Émile Zola", "place de l'Église", "rue Saint-Michel"),
    "IT": ("Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Mazzini", "Via Dante Alighieri",
           "Viale dei Mille", "Via Giuseppe Verdi", "Piazza della Repubblica", "Via Cavour", "Via San Francesco"),
}
_ADDRESS_SHARE = 7
"""Customers n with n % 10 below this have a postal address on file (derived from n, not drawn:
the random sequence, hence everything else generated, stays as it was)."""


def postal_address(n: int, name: str, store_idx: int) -> dict | None:
    """A plausible address in the home store's town, or None (not every customer gave one)."""
    if n % 10 >= _ADDRESS_SHARE:
        return None
    store = STORES[store_idx]
    street = _STREETS[store.country][(n * 7919) % len(_STREETS[store.country])]
    number = 1 + (n * 31) % 140
    return {"name": name, "street": f"{number} {street}" if store.country == "FR" else f"{street} {number}",
            "postcode": store.postcode, "city": store.city, "country": store.country}


_CARD_PREFIX = "29"
"""Loyalty cards are EAN-13 numbers in the GS1 "restricted circulation" range 20-29."""
_CARD_MULT = 7_368_787_397
"""Odd and not a multiple of 5: n -> n * _CARD_MULT mod 10**10 is a bijection (unique cards)."""
_CARD_OFFSET = 1_234_567_891


@dataclass(slots=True)
class Profile:
    """What the history, carts, pickups and orders need to know of a customer."""

    n: int
    id: str
    first: str
    last: str
    store: int
    female: bool
    sizes: dict[str, str]
    created: int
    last_visit: int | None
    email: bool
    phone: bool

    @property
    def country(self) -> str:
        return STORES[self.store].country

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@lru_cache(maxsize=1)
def _card_tables() -> tuple[list[int], list[int]]:
    """Weighted digit sums of 5-digit chunks at EAN-13 positions 3-7 and 8-12 (fast check digits)."""
    def table(first_weight: int) -> list[int]:
        weights = [first_weight if k % 2 == 0 else 4 - first_weight for k in range(5)]
        out = []
        for v in range(100_000):
            digits = f"{v:05d}"
            out.append(sum(int(d) * w for d, w in zip(digits, weights)))
        return out
    return table(1), table(3)


def loyalty_card(n: int) -> str:
    """A unique 13-digit card number "299…" (the chain's prefix, see services/scan.py) with a valid check digit."""
    body = 9 * 10**9 + (n * _CARD_MULT + _CARD_OFFSET) % 10**9
    head, tail = _card_tables()
    total = 2 * 1 + 9 * 3 + head[body // 100_000] + tail[body % 100_000]
    return f"{_CARD_PREFIX}{body:010d}{(10 - total % 10) % 10}"


def _subsets(items: tuple[str, ...], largest: int) -> list[list[tuple[str, ...]]]:
    """For each size k up to `largest`, every k-subset of `items` in each order (cheap draws)."""
    return [list(itertools.permutations(items, k)) for k in range(largest + 1)]


class People:
    """Draws customers; holds the pools so each customer is a handful of list lookups."""

    def __init__(self, seed: int, customers: int, now: int, staff: list[Staff]) -> None:
        self.seed = seed
        self.count = customers
        self.now = now
        self.home_pick = [i for i, s in enumerate(STORES) for _ in range(s.weight)]
        self.associates: list[list[str]] = [[p.id for p in staff if p.store is s] for s in STORES]
        pools = {"FR": (FR_FEMALE, FR_MALE, FR_LAST), "IT": (IT_FEMALE, IT_MALE, IT_LAST)}
        self.names = {
            (country, female): ([(f, ascii_slug(f)) for f in (fem if female else male)],
                                [(ln, ascii_slug(ln)) for ln in last])
            for country, (fem, male, last) in pools.items() for female in (True, False)
        }
        self.style_sets = {country: _subsets(tags, 3) for country, tags in STYLE_TAGS.items()}
        self.brand_sets = _subsets(BRANDS, 2)
        _card_tables()

    def blocks(self, stop: int | None = None) -> range:
        stop = self.count if stop is None else min(stop, self.count)
        return range((stop + BLOCK - 1) // BLOCK)

    def block(self, b: int, stop: int | None = None, profiles: list[Profile] | None = None) -> list[dict]:
        """Customer rows of block `b` (up to customer `stop`); appends their profiles if asked.

        The cyclic garbage collector is paused while the block is built: the rows hold no
        cycles, and its repeated scans of the young dicts cost a third of the time.
        """
        paused = gc.isenabled()
        gc.disable()
        try:
            return self._block(b, stop, profiles)
        finally:
            if paused:
                gc.enable()

    def _block(self, b: int, stop: int | None, profiles: list[Profile] | None) -> list[dict]:
        rng = Random(f"{self.seed}/customers/{b}")
        r = rng.random
        brand_sets = self.brand_sets
        now = self.now
        home_pick = self.home_pick
        n_home = len(home_pick)
        rows = []
        end = min((b + 1) * BLOCK, self.count if stop is None else min(stop, self.count))
        for n in range(b * BLOCK, end):
            store_idx = home_pick[int(r() * n_home)]
            store = STORES[store_idx]
            country = store.country
            female = r() < 0.56
            firsts, lasts = self.names[country, female]
            first, first_slug = firsts[int(r() * len(firsts))]
            last, last_slug = lasts[int(r() * len(lasts))]
            cid = f"C{n + 1:07d}"

            created = now - 30 * DAY - int(r() * (6 * 365 - 30) * DAY)
            age = now - created
            updated = created + int(r() * age)

            email = None
            if r() < 0.93:
                domains = _DOMAINS[country]
                email = f"{first_slug}.{last_slug}{n + 1}@{domains[int(r() * len(domains))]}"
            phone = None
            if r() < 0.88:
                phone = (f"+33{6 + int(r() * 2)}{int(r() * 10**8):08d}" if country == "FR"
                         else f"+393{int(r() * 10**9):09d}")
            card = loyalty_card(n) if r() < 0.96 else None

            u = r()
            if u < 0.55:
                tier, points = "member", int(r() * 1000)
            elif u < 0.83:
                tier, points = "silver", 1000 + int(r() * 4000)
            elif u < 0.96:
                tier, points = "gold", 5000 + int(r() * 10000)
            else:
                tier, points = "platinum", 15000 + int(r() * 25000)

            marketing = r() < 0.8
            consent_email = email is not None and (marketing or r() < 0.5) and r() < 0.92
            consent_sms = phone is not None and r() < (0.7 if marketing else 0.25)
            t_email = created + int(r() * age) if (consent_email or r() < 0.5) else None
            t_sms = created + int(r() * age) if (consent_sms or r() < 0.5) else None
            t_marketing = created + int(r() * age) if (marketing or r() < 0.6) else None
            for t in (t_email, t_sms, t_marketing):  # a consent change updates the profile
                if t is not None and t > updated:
                    updated = t
            consents = {
                "email": {"granted": consent_email, "updated_at": iso(t_email) if t_email is not None else None},
                "sms": {"granted": consent_sms, "updated_at": iso(t_sms) if t_sms is not None else None},
                "marketing": {"granted": marketing,
                              "updated_at": iso(t_marketing) if t_marketing is not None else None},
            }

            tops, bottoms, shoes = _SIZES[female]
            sizes = {}
            if r() < 0.8:
                sizes["tops"] = tops[int(r() * len(tops))]
            if r() < 0.7:
                sizes["bottoms"] = bottoms[int(r() * len(bottoms))]
            if r() < 0.65:
                sizes["shoes"] = shoes[int(r() * len(shoes))]
            sets = self.style_sets[country][int(r() * 4)]
            styles = list(sets[int(r() * len(sets))])
            sets = brand_sets[int(r() * 3)]
            brands = list(sets[int(r() * len(sets))])

            staff = self.associates[store_idx]
            preferred = staff[int(r() * len(staff))] if r() < 0.25 else None
            last_visit = None
            if r() < 0.85:
                last_visit = max(created, store_time(now - int(r() * r() * age), now))

            rows.append({
                "id": cid,
                "first_name": first,
                "last_name": last,
                "email": email,
                "phone": phone,
                "loyalty_card": card,
                "tier": tier,
                "points": points,
                "consents": consents,
                "preferences": {"sizes": sizes, "styles": styles, "favourite_brands": brands},
                "home_store_id": store.id,
                "preferred_associate_id": preferred,
                "address": postal_address(n, f"{first} {last}", store_idx),
                "last_visit_at": iso(last_visit) if last_visit is not None else None,
                "created_at": iso(created),
                "updated_at": iso(updated),
                "version": 0,
            })
            if profiles is not None:
                profiles.append(Profile(n, cid, first, last, store_idx, female, sizes, created,
                                        last_visit, email is not None, phone is not None))
        return rows

    def profiles(self, stop: int) -> list[Profile]:
        """Profiles of the first `stop` customers (drawn again, rows discarded)."""
        out: list[Profile] = []
        for b in self.blocks(stop):
            self.block(b, stop, out)
        return out
