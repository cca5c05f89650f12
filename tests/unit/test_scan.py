"""classify_scan: what the counter's scanner read."""
from __future__ import annotations

import pytest

from clienteling.models.common import ean13_check_digit
from clienteling.services.scan import LOYALTY_PREFIX, Scan, ScanKind, classify_scan


def gtin13(first12: str) -> str:
    return first12 + ean13_check_digit(first12)


@pytest.mark.parametrize(
    "text",
    ["2990000123456", "29900001234567", "299000012345678", "2990000123456789", "0299000012345", "0299123456789012"],
)
def test_loyalty_cards_of_13_to_16_digits_with_the_chain_prefix(text: str) -> None:
    assert classify_scan(text) == Scan(ScanKind.LOYALTY_CARD, text)


def test_loyalty_prefix_is_documented_value() -> None:
    assert LOYALTY_PREFIX == "299"


def test_a_card_is_recognised_even_when_its_check_digit_is_valid() -> None:
    card = gtin13("299000001234")
    assert classify_scan(card).kind is ScanKind.LOYALTY_CARD


@pytest.mark.parametrize("text", ["299012345678", "29901234567890123", "2980000123456"])
def test_prefix_or_length_off_is_not_a_card(text: str) -> None:
    assert classify_scan(text).kind is not ScanKind.LOYALTY_CARD


def test_ean13_with_valid_check_digit_is_a_product() -> None:
    code = gtin13("400638133393")
    assert classify_scan(code) == Scan(ScanKind.PRODUCT_GTIN, code)
    assert classify_scan(f"  {code}\n") == Scan(ScanKind.PRODUCT_GTIN, code)


def test_ean13_with_wrong_check_digit_is_unknown() -> None:
    code = gtin13("400638133393")
    wrong = code[:12] + str((int(code[12]) + 1) % 10)
    assert classify_scan(wrong).kind is ScanKind.UNKNOWN


def test_upc_a_is_padded_to_gtin13() -> None:
    upc = "036000291452"  # a well-known valid UPC-A
    assert classify_scan(upc) == Scan(ScanKind.PRODUCT_GTIN, "0" + upc)


def test_ean8() -> None:
    assert classify_scan("96385074") == Scan(ScanKind.PRODUCT_GTIN, "96385074")
    assert classify_scan("96385075").kind is ScanKind.UNKNOWN


def test_pickup_qr_payload_gives_order_id_and_code() -> None:
    assert classify_scan("CC:pk_000123:A1B2C3") == Scan(ScanKind.PICKUP, "pk_000123", "A1B2C3")


def test_pickup_qr_with_malformed_code_is_unknown() -> None:
    assert classify_scan("CC:pk_1:abc").kind is ScanKind.UNKNOWN


@pytest.mark.parametrize("text", ["CC-PAR01-000123", "cc-par01-000123", "CC-MIL02-42424242"])
def test_printed_order_number(text: str) -> None:
    assert classify_scan(text) == Scan(ScanKind.PICKUP, text.upper())


@pytest.mark.parametrize("text", ["", "   ", "hello", "12345", "CC-", "https://example.com", "１２３４５６７８"])
def test_anything_else_is_unknown(text: str) -> None:
    assert classify_scan(text).kind is ScanKind.UNKNOWN
