"""Recommendations from purchase history: co-occurrence, the customer's sizes here, one-line reasons."""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta, timezone

from clienteling.models import Channel, Money, Product, Purchase, PurchaseLine, Variant, ean13_check_digit
from clienteling.services.recommendations import (
    Reason, candidate_styles, co_purchases, customer_variant, recommend, size_family,
)

NOW = datetime(2026, 11, 23, 10, tzinfo=timezone.utc)
_n = 0


def _gtin() -> str:
    global _n
    _n += 1
    first12 = f"37600{_n:07d}"
    return first12 + ean13_check_digit(first12)


def product(style: str, name: str, sizes: list[str], colours: list[str]) -> Product:
    return Product(style_id=style, name=name, brand="B", category="C",
                   variants=[Variant(sku=f"{style}-{c}-{s}", gtin=_gtin(), size=s, colour=c,
                                     price=Money(amount_minor=1000)) for c in colours for s in sizes])


COAT = product("COAT", "Manteau", ["S", "M", "L"], ["NAVY", "CAMEL"])
SCARF = product("SCARF", "Écharpe", ["TU"], ["GREY"])
BOOT = product("BOOT", "Bottine", ["38", "39", "40"], ["BLACK"])
JEANS = product("JEANS", "Jean", ["36", "38", "40"], ["BLUE"])
PRODUCTS = {p.style_id: p for p in (COAT, SCARF, BOOT, JEANS)}
STYLE_OF = {v.sku: p.style_id for p in PRODUCTS.values() for v in p.variants}


def purchase(sku: str, days: int = 1) -> Purchase:
    return Purchase(id=f"P-{sku}-{days}", customer_id="ME", channel=Channel.STORE, location_id="HERE",
                    purchased_at=NOW - timedelta(days=days),
                    lines=[PurchaseLine(sku=sku, name="x", quantity=1, unit_price=Money(amount_minor=1000))],
                    total=Money(amount_minor=1000))


def test_co_purchases_count_customers_not_purchases() -> None:
    index = co_purchases([("a", ["COAT"]), ("a", ["SCARF"]), ("a", ["SCARF"]), ("b", ["COAT", "SCARF"]),
                          ("c", ["COAT", "BOOT"]), ("d", ["BOOT"])])
    assert index["COAT"] == Counter({"SCARF": 2, "BOOT": 1})
    assert index["SCARF"]["COAT"] == 2
    assert "BOOT" not in index.get("SCARF", {})


def test_size_family_from_the_size_run() -> None:
    assert size_family(["S", "M"]) == "tops"
    assert size_family(["36", "38", "40"]) == "bottoms"
    assert size_family(["38", "39", "40"]) == "shoes"
    assert size_family(["85", "90"]) == "belts"
    assert size_family(["TU"]) is None


def test_customer_variant_is_their_size_in_stock_here() -> None:
    here = {"COAT-NAVY-M": 0, "COAT-CAMEL-M": 2, "COAT-NAVY-L": 5}
    assert customer_variant(COAT, {"tops": "M"}, here).sku == "COAT-CAMEL-M"
    assert customer_variant(COAT, {"tops": "S"}, here) is None
    assert customer_variant(COAT, {}, here) is None  # no size recorded: no guess
    assert customer_variant(SCARF, {}, {"SCARF-GREY-TU": 1}).sku == "SCARF-GREY-TU"


def test_bought_together_first_with_reason_and_size_here() -> None:
    co = co_purchases([("x", ["COAT", "SCARF"]), ("y", ["COAT", "SCARF"]), ("z", ["COAT", "SCARF", "BOOT"]),
                       ("w", ["COAT", "BOOT"]), ("v", ["COAT", "JEANS"])])
    history = [purchase("COAT-NAVY-M")]
    here = {"SCARF-GREY-TU": 3, "BOOT-BLACK-39": 1, "JEANS-BLUE-38": 4}
    assert set(candidate_styles(history, STYLE_OF, co)) == {"COAT", "SCARF", "BOOT"}  # JEANS: one customer only
    recs = recommend(history=history, sizes={"tops": "M", "shoes": "39"}, co=co, style_of=STYLE_OF,
                     products=PRODUCTS, available_here=here)
    together = [r for r in recs if r.reason is Reason.BOUGHT_TOGETHER]
    assert [(r.style_id, r.support, r.sku) for r in together] == [("SCARF", 3, "SCARF-GREY-TU"),
                                                                 ("BOOT", 2, "BOOT-BLACK-39")]
    assert together[0].explain() == "Often bought with Manteau (3 customers); size TU in stock here (3)"
    assert all(r.style_id != "COAT" or r.reason is not Reason.BOUGHT_TOGETHER for r in recs)


def test_the_customers_sizes_here_other_colour_and_wishlist() -> None:
    history = [purchase("COAT-NAVY-M")]
    here = {"COAT-CAMEL-M": 2, "BOOT-BLACK-39": 1, "BOOT-BLACK-40": 3}
    recs = recommend(history=history, sizes={"tops": "M", "shoes": "40"}, co={}, style_of=STYLE_OF,
                     products=PRODUCTS, available_here=here, wishlist_skus=["BOOT-BLACK-39"])
    by_reason = {r.reason: r for r in recs}
    wish = by_reason[Reason.WISHLIST_HERE]
    assert (wish.sku, wish.available_here) == ("BOOT-BLACK-39", 1)  # the wished size itself is here
    colour = by_reason[Reason.YOUR_SIZE_HERE]
    assert (colour.sku, colour.colour) == ("COAT-CAMEL-M", "CAMEL")
    assert colour.explain() == "Like the Manteau bought before, in CAMEL; size M in stock here (2)"


def test_nothing_to_say_without_history_or_stock() -> None:
    assert recommend(history=[], sizes={}, co={}, style_of=STYLE_OF, products=PRODUCTS, available_here={}) == []
    recs = recommend(history=[purchase("COAT-NAVY-M")], sizes={"tops": "M"}, co={}, style_of=STYLE_OF,
                     products=PRODUCTS, available_here={})
    assert recs == []


def test_limit_keeps_both_kinds() -> None:
    co = co_purchases([(str(i), ["COAT", s]) for i in range(3) for s in ("SCARF", "BOOT", "JEANS")])
    here = {"SCARF-GREY-TU": 1, "COAT-CAMEL-M": 1}
    recs = recommend(history=[purchase("COAT-NAVY-M")], sizes={"tops": "M"}, co=co, style_of=STYLE_OF,
                     products=PRODUCTS, available_here=here, limit=2)
    assert len(recs) == 2
    assert {r.reason for r in recs} == {Reason.BOUGHT_TOGETHER, Reason.YOUR_SIZE_HERE}
