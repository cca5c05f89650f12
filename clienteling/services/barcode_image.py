"""Read barcodes and QR codes from a picture (a camera frame), without Qt and without numpy.

zxing-cpp decodes from any object with the buffer protocol, wrapped in a ``zxingcpp.ImageView``
that says how the bytes are laid out. The camera adapter (ui/camera.py) hands frames here as
8-bit grey rows; the texts it gets back go to the same scan router as a hand-held scanner's.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import zxingcpp


class PixelFormat(StrEnum):
    """How one pixel is stored in the buffer."""

    GREY = "grey"  # 1 byte
    RGB = "rgb"  # 3 bytes
    RGBA = "rgba"  # 4 bytes, R first
    BGRA = "bgra"  # 4 bytes, B first (Qt's RGB32/ARGB32 on little-endian machines)


_ZXING_FORMAT = {
    PixelFormat.GREY: zxingcpp.ImageFormat.Lum,
    PixelFormat.RGB: zxingcpp.ImageFormat.RGB,
    PixelFormat.RGBA: zxingcpp.ImageFormat.RGBA,
    PixelFormat.BGRA: zxingcpp.ImageFormat.BGRA,
}
_BYTES_PER_PIXEL = {PixelFormat.GREY: 1, PixelFormat.RGB: 3, PixelFormat.RGBA: 4, PixelFormat.BGRA: 4}

COUNTER_FORMATS = (
    zxingcpp.BarcodeFormat.EAN13, zxingcpp.BarcodeFormat.EAN8, zxingcpp.BarcodeFormat.UPCA,
    zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.Code128,
)
"""What is scanned at the counter: product EAN/UPC, loyalty cards (EAN-13 or Code 128), pickup QR codes.
Fewer formats mean faster frames and fewer false reads."""


@dataclass(frozen=True, slots=True)
class DecodedBarcode:
    text: str
    format: str
    """zxing-cpp's format name, e.g. "EAN13", "QRCode"."""


def decode_buffer(
    buffer: object,
    width: int,
    height: int,
    pixel_format: PixelFormat = PixelFormat.GREY,
    *,
    row_stride: int = 0,
) -> list[DecodedBarcode]:
    """Every barcode found in the picture, in zxing-cpp's order (top-left first).

    ``buffer`` is anything with the buffer protocol (bytes, bytearray, memoryview); rows may be
    padded (``row_stride`` bytes apart; 0 = packed). Raises ValueError when the buffer is too
    small for the size given.
    """
    if width <= 0 or height <= 0:
        raise ValueError("an image needs a positive width and height")
    view = memoryview(buffer).cast("B")  # type: ignore[arg-type]
    stride = row_stride or width * _BYTES_PER_PIXEL[pixel_format]
    if stride < width * _BYTES_PER_PIXEL[pixel_format] or view.nbytes < stride * (height - 1) + width * _BYTES_PER_PIXEL[pixel_format]:
        raise ValueError("the buffer is smaller than the image it should hold")
    # The ImageView points into `view` without owning it: `view` stays referenced until read.
    image = zxingcpp.ImageView(view, width, height, _ZXING_FORMAT[pixel_format], row_stride=stride)
    found = zxingcpp.read_barcodes(image, formats=list(COUNTER_FORMATS))
    del image
    return [DecodedBarcode(text=b.text, format=b.format.name) for b in found if b.valid and b.text]
