"""Barcodes read from pictures (clienteling.services.barcode_image), on generated images."""
from __future__ import annotations

import pytest
import zxingcpp

from clienteling.services.barcode_image import PixelFormat, decode_buffer
from clienteling.services.scan import ScanKind, classify_scan


def grey_image(text: str, fmt: zxingcpp.BarcodeFormat, scale: int = 3) -> tuple[bytes, int, int]:
    image = zxingcpp.create_barcode(text, fmt).to_image(scale=scale)
    height, width = image.shape
    return memoryview(image).tobytes(), width, height


def widen(grey: bytes, width: int, height: int, layout: PixelFormat, pad: int) -> bytes:
    """The same picture as colour pixels, with `pad` junk bytes at the end of every row."""
    out = bytearray()
    for y in range(height):
        for value in grey[y * width:(y + 1) * width]:
            if layout is PixelFormat.RGB:
                out += bytes((value, value, value))
            else:
                out += bytes((value, value, value, 255))
        out += b"\x7f" * pad
    return bytes(out)


@pytest.mark.parametrize(("text", "fmt", "kind"), [
    ("4006381333931", zxingcpp.BarcodeFormat.EAN13, ScanKind.PRODUCT_GTIN),
    ("2990000012340", zxingcpp.BarcodeFormat.EAN13, ScanKind.LOYALTY_CARD),
    ("CC:PO-000123:K7M2QX", zxingcpp.BarcodeFormat.QRCode, ScanKind.PICKUP),
    ("29900000123456", zxingcpp.BarcodeFormat.Code128, ScanKind.LOYALTY_CARD),
])
def test_counter_codes_are_read_back_and_classified(text, fmt, kind) -> None:
    data, width, height = grey_image(text, fmt)
    found = decode_buffer(data, width, height)
    assert [d.text for d in found] == [text]
    assert classify_scan(found[0].text).kind is kind


@pytest.mark.parametrize("layout", [PixelFormat.RGB, PixelFormat.RGBA, PixelFormat.BGRA])
def test_colour_pixels_and_padded_rows(layout) -> None:
    grey, width, height = grey_image("4006381333931", zxingcpp.BarcodeFormat.EAN13)
    bpp = 3 if layout is PixelFormat.RGB else 4
    data = bytearray(widen(grey, width, height, layout, pad=12))  # a writable buffer works too
    found = decode_buffer(data, width, height, layout, row_stride=width * bpp + 12)
    assert [(d.text, d.format) for d in found] == [("4006381333931", "EAN13")]


def test_two_codes_side_by_side_are_both_read() -> None:
    left, lw, lh = grey_image("4006381333931", zxingcpp.BarcodeFormat.EAN13, scale=2)
    right, rw, rh = grey_image("CC:PO-000123:K7M2QX", zxingcpp.BarcodeFormat.QRCode, scale=4)
    height = max(lh, rh)
    rows = []
    for y in range(height):
        a = left[y * lw:(y + 1) * lw] if y < lh else b"\xff" * lw
        b = right[y * rw:(y + 1) * rw] if y < rh else b"\xff" * rw
        rows.append(a + b"\xff" * 40 + b)
    found = decode_buffer(b"".join(rows), lw + 40 + rw, height)
    assert sorted(d.text for d in found) == ["4006381333931", "CC:PO-000123:K7M2QX"]


def test_a_blank_picture_has_no_code() -> None:
    assert decode_buffer(b"\xff" * 320 * 240, 320, 240) == []


def test_a_buffer_too_small_for_its_size_is_refused() -> None:
    data, width, height = grey_image("4006381333931", zxingcpp.BarcodeFormat.EAN13)
    with pytest.raises(ValueError):
        decode_buffer(data[: len(data) // 2], width, height)
    with pytest.raises(ValueError):
        decode_buffer(data, 0, height)
    with pytest.raises(ValueError):
        decode_buffer(data, width, height, row_stride=width - 1)
