"""Scans go to the screen that handles them."""
from __future__ import annotations

from clienteling.models.common import ean13_check_digit
from ui.shell.scan_router import ScanRouter


def test_routes_each_kind_to_one_signal(qtbot) -> None:
    router = ScanRouter()
    seen: list[tuple] = []
    router.openCustomerByCard.connect(lambda card: seen.append(("card", card)))
    router.openProductByGtin.connect(lambda gtin: seen.append(("gtin", gtin)))
    router.openPickup.connect(lambda ref, code: seen.append(("pickup", ref, code)))
    router.unknownScan.connect(lambda text: seen.append(("unknown", text)))
    gtin = "400638133393" + ean13_check_digit("400638133393")

    router.route("2990000123456")
    router.route(gtin)
    router.route("CC:pk_42:AB12CD")
    router.route("CC-PAR01-000123")
    router.route("hello world")

    assert seen == [
        ("card", "2990000123456"),
        ("gtin", gtin),
        ("pickup", "pk_42", "AB12CD"),
        ("pickup", "CC-PAR01-000123", ""),
        ("unknown", "hello world"),
    ]


def test_scanner_feeds_router(qtbot) -> None:
    router = ScanRouter()
    with qtbot.waitSignal(router.openPickup) as blocker:
        router.route(" CC:ord-7:ZZ99ZZ \n")
    assert blocker.args == ["ord-7", "ZZ99ZZ"]
