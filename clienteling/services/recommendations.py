"""Recommendations from purchase history, each explainable in one line. Pure functions, no I/O.

Two kinds, both grounded in what the cache holds:

- *Often bought together*: styles that the customers who bought one of this customer's styles
  also bought (co-occurrence over cached purchases, counted once per customer).
- *In your size here*: the customer's wishlist and other colours of styles they bought, in
  the size recorded in their preferences, with units available in this store.

The service gathers the inputs (`candidate_styles` says which products it must read), then
`recommend` ranks; the screen shows `Recommendation.reason` with its parameters.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from clienteling.models import Product, Purchase, Variant

CoPurchases = Mapping[str, Counter[str]]
"""style id → Counter of the other styles bought by the same customers."""

_LETTER_SIZES = {"XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL"}


class Reason(StrEnum):
    BOUGHT_TOGETHER = "bought_together"
    YOUR_SIZE_HERE = "your_size_here"
    WISHLIST_HERE = "wishlist_here"


@dataclass(frozen=True)
class Recommendation:
    style_id: str
    name: str
    reason: Reason
    because_of: str | None = None
    """The name of the item it goes with (bought together, other colour), None for the wishlist."""
    support: int = 0
    """How many customers bought both (bought together)."""
    sku: str | None = None
    """The variant proposed: the customer's size available here when there is one."""
    size: str | None = None
    colour: str | None = None
    available_here: int = 0

    def explain(self) -> str:
        """The one-line explanation in English (the UI says the same through tr())."""
        here = (f"size {self.size} in stock here ({self.available_here})" if self.sku and self.available_here
                else "not in stock here")
        if self.reason is Reason.BOUGHT_TOGETHER:
            return f"Often bought with {self.because_of} ({self.support} customers); {here}"
        if self.reason is Reason.WISHLIST_HERE:
            return f"On the wishlist; {here}"
        return f"Like the {self.because_of} bought before, in {self.colour}; {here}"


def co_purchases(baskets: Iterable[tuple[str, Iterable[str]]]) -> dict[str, Counter[str]]:
    """Count, for each pair of styles, the customers who bought both.

    `baskets` are (customer_id, style ids) of purchases; several purchases of one customer
    count once per pair.
    """
    by_customer: dict[str, set[str]] = {}
    for customer_id, styles in baskets:
        by_customer.setdefault(customer_id, set()).update(styles)
    index: dict[str, Counter[str]] = {}
    for styles in by_customer.values():
        if len(styles) < 2 or len(styles) > 60:  # a reseller's history says nothing about taste
            continue
        ordered = sorted(styles)
        for a in ordered:
            counter = index.setdefault(a, Counter())
            for b in ordered:
                if a != b:
                    counter[b] += 1
    return index


def size_family(sizes: Iterable[str]) -> str | None:
    """Which of the customer's size keys ("tops", "bottoms", "shoes") a size run belongs to."""
    values = set(sizes)
    if not values or values == {"TU"}:
        return None
    if values & _LETTER_SIZES:
        return "tops"
    numbers = [int(v) for v in values if v.isdigit()]
    if not numbers or len(numbers) != len(values):
        return None
    if max(numbers) >= 60:
        return "belts"
    if any(n % 2 for n in numbers):
        return "shoes"
    return "bottoms"


def customer_variant(product: Product, sizes: Mapping[str, str], available_here: Mapping[str, int],
                     colour: str | None = None) -> Variant | None:
    """The variant in the customer's size (and colour, if given) with units here; None otherwise."""
    family = size_family(v.size for v in product.variants)
    size = sizes.get(family) if family else None
    if family is not None and size is None:
        return None
    for variant in product.variants:
        if size is not None and variant.size != size:
            continue
        if colour is not None and variant.colour != colour:
            continue
        if available_here.get(variant.sku, 0) > 0:
            return variant
    return None


def _owned_styles(history: Sequence[Purchase], style_of: Mapping[str, str]) -> list[str]:
    """Styles the customer bought, most recent first, each once."""
    owned: dict[str, None] = {}
    for purchase in sorted(history, key=lambda p: p.purchased_at, reverse=True):
        for line in purchase.lines:
            style = style_of.get(line.sku)
            if style is not None:
                owned.setdefault(style, None)
    return list(owned)


def candidate_styles(history: Sequence[Purchase], style_of: Mapping[str, str], co: CoPurchases,
                     wishlist_styles: Iterable[str] = (), per_style: int = 5, min_support: int = 2) -> list[str]:
    """The styles `recommend` may need a product for (so the service reads only those)."""
    owned = _owned_styles(history, style_of)
    wanted = dict.fromkeys(owned[:10])
    for style in owned[:10]:
        for partner, count in co.get(style, Counter()).most_common(per_style + len(owned)):
            if count >= min_support and partner not in owned:
                wanted.setdefault(partner, None)
    wanted.update(dict.fromkeys(wishlist_styles))
    return list(wanted)


def recommend(*, history: Sequence[Purchase], sizes: Mapping[str, str], co: CoPurchases,
              style_of: Mapping[str, str], products: Mapping[str, Product], available_here: Mapping[str, int],
              wishlist_skus: Sequence[str] = (), limit: int = 6, min_support: int = 2) -> list[Recommendation]:
    """Up to `limit` recommendations, bought-together first (by support), then the customer's sizes here."""
    owned = _owned_styles(history, style_of)
    bought_skus = {line.sku for p in history for line in p.lines}
    owned_set = set(owned)
    # --- often bought together -------------------------------------------------------------
    best: dict[str, tuple[int, str]] = {}
    for style in owned[:10]:
        for partner, count in co.get(style, Counter()).items():
            if partner in owned_set or count < min_support or partner not in products:
                continue
            if partner not in best or count > best[partner][0]:
                best[partner] = (count, style)
    together: list[Recommendation] = []
    for partner, (count, style) in sorted(best.items(), key=lambda kv: (-kv[1][0], products[kv[0]].name)):
        product = products[partner]
        variant = customer_variant(product, sizes, available_here)
        because = products[style].name if style in products else style
        together.append(Recommendation(
            style_id=partner, name=product.name, reason=Reason.BOUGHT_TOGETHER, because_of=because, support=count,
            sku=variant.sku if variant else None, size=variant.size if variant else None,
            colour=variant.colour if variant else None,
            available_here=available_here.get(variant.sku, 0) if variant else 0))
    # Those the customer can try on now come first among equals.
    together.sort(key=lambda r: (-r.support, r.sku is None, r.name))
    # --- the customer's sizes in stock here --------------------------------------------------
    sized: list[Recommendation] = []
    seen_styles = {r.style_id for r in together[:limit]}
    for sku in wishlist_skus:
        style = style_of.get(sku)
        if style is None or style not in products or style in seen_styles:
            continue
        product = products[style]
        wished = product.variant(sku)
        variant = wished if wished and available_here.get(sku, 0) > 0 else customer_variant(
            product, sizes, available_here, colour=wished.colour if wished else None)
        if variant is None:
            continue
        seen_styles.add(style)
        sized.append(Recommendation(style_id=style, name=product.name, reason=Reason.WISHLIST_HERE, sku=variant.sku,
                                    size=variant.size, colour=variant.colour,
                                    available_here=available_here[variant.sku]))
    for style in owned:
        if style in seen_styles or style not in products:
            continue
        product = products[style]
        bought_colours = {v.colour for v in product.variants if v.sku in bought_skus}
        for colour in sorted({v.colour for v in product.variants} - bought_colours):
            variant = customer_variant(product, sizes, available_here, colour=colour)
            if variant is not None:
                seen_styles.add(style)
                sized.append(Recommendation(
                    style_id=style, name=product.name, reason=Reason.YOUR_SIZE_HERE, because_of=product.name,
                    sku=variant.sku, size=variant.size, colour=variant.colour,
                    available_here=available_here[variant.sku]))
                break
    # Interleave so both kinds show when there are enough of each.
    half = max(1, limit // 2)
    chosen = together[:half] + sized[:limit - min(half, len(together))]
    if len(chosen) < limit:
        chosen += [r for r in together[half:] if r not in chosen][:limit - len(chosen)]
    return chosen[:limit]
