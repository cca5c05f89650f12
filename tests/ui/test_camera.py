"""Camera scanning on pictures: QImage → zxing-cpp → the same scan routes as a hand-held scanner.

The frames a camera would deliver are generated barcodes and QR codes drawn into QImages; the
routed scans open real screens against the real backend (stock, pickup order, customer).
"""
from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Iterator
from typing import Any

import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

import ui.camera as camera
from clienteling.services.app_services import AppServices
from tests.pickup_orders import CODE, counter_order
from tests.ui.conftest import widget_texts
from ui.camera import CameraScan, FrameDecoder, camera_available, decode_qimage
from ui.settings import UiSettings
from ui.shell.controller import AppShell
from ui.shell.main_window import MainWindow
from ui.tasks import TaskRegistry

LEFT = Qt.MouseButton.LeftButton
EAN = "4006381333931"


def barcode_qimage(text: str, fmt: zxingcpp.BarcodeFormat, *, scale: int = 3) -> QImage:
    """A generated code as an 8-bit grey QImage (the picture owns a copy of the bytes)."""
    image = zxingcpp.create_barcode(text, fmt).to_image(scale=scale)
    height, width = image.shape
    data = memoryview(image).tobytes()
    return QImage(data, width, height, width, QImage.Format.Format_Grayscale8).copy()


def camera_frame(code: QImage, width: int = 1920, height: int = 1080) -> QImage:
    """The code on a grey counter, off-centre, as a camera's RGB32 frame."""
    frame = QImage(width, height, QImage.Format.Format_RGB32)
    frame.fill(QColor("#9aa3ad"))
    painter = QPainter(frame)
    painter.fillRect(width // 3 - 40, height // 3 - 40, code.width() + 80, code.height() + 80, QColor("white"))
    painter.drawImage(width // 3, height // 3, code)
    painter.end()
    return frame


# --- the adapter -------------------------------------------------------------------------------


@pytest.mark.parametrize("qformat", [QImage.Format.Format_Grayscale8, QImage.Format.Format_RGB32,
                                     QImage.Format.Format_ARGB32, QImage.Format.Format_RGB888,
                                     QImage.Format.Format_RGBA8888])
def test_codes_are_read_from_any_qimage_format(qformat) -> None:
    ean = barcode_qimage(EAN, zxingcpp.BarcodeFormat.EAN13).convertToFormat(qformat)
    qr = barcode_qimage("CC:PO-000123:K7M2Q9", zxingcpp.BarcodeFormat.QRCode, scale=5).convertToFormat(qformat)
    assert decode_qimage(ean) == [EAN]
    assert decode_qimage(qr) == ["CC:PO-000123:K7M2Q9"]


def test_a_full_hd_frame_is_scaled_down_and_still_read() -> None:
    frame = camera_frame(barcode_qimage(EAN, zxingcpp.BarcodeFormat.EAN13, scale=4))
    assert frame.width() > camera.DECODE_MAX_WIDTH
    assert camera.grey_for_decoding(frame).width() == camera.DECODE_MAX_WIDTH
    assert decode_qimage(frame) == [EAN]


def test_an_empty_or_blank_picture_reads_nothing() -> None:
    assert decode_qimage(QImage()) == []
    blank = QImage(640, 480, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    assert decode_qimage(blank) == []


def test_frames_are_throttled_and_a_code_held_in_view_is_read_once(qtbot, qloop) -> None:
    now = [0.0]
    decoder = FrameDecoder(TaskRegistry(), min_interval_ms=200, repeat_ms=2000, clock=lambda: now[0])
    seen: list[str] = []
    decoder.decoded.connect(seen.append)
    frame = camera_frame(barcode_qimage(EAN, zxingcpp.BarcodeFormat.EAN13), 800, 600)

    assert decoder.feed(frame)
    assert not decoder.feed(frame)  # one frame at a time
    qtbot.waitUntil(lambda: not decoder.busy)
    assert seen == [EAN]
    now[0] = 100
    assert not decoder.feed(frame)  # too soon after the last frame
    now[0] = 500
    assert decoder.feed(frame)
    qtbot.waitUntil(lambda: not decoder.busy)
    assert seen == [EAN]  # still the same code in front of the camera
    now[0] = 3000
    assert decoder.feed(frame)
    qtbot.waitUntil(lambda: not decoder.busy)
    assert seen == [EAN, EAN]  # shown again later: a new scan


# --- the button --------------------------------------------------------------------------------


def make_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def test_without_qtmultimedia_the_camera_button_is_hidden_not_broken(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(camera, "_multimedia", lambda: None)
    assert camera_available() is False
    window = make_window(qtbot)
    routed: list[str] = []
    scan = CameraScan(window, routed.append, TaskRegistry())
    assert not scan.button.isVisible() and not scan.action.isEnabled()
    scan.action.trigger()
    assert scan.dialog is None and routed == []


def test_detection_follows_the_machine(qtbot) -> None:
    window = make_window(qtbot)
    scan = CameraScan(window, lambda _text: None, TaskRegistry())
    assert scan.available == camera_available()
    assert scan.button.isVisible() == camera_available()


def test_the_viewfinder_says_when_no_camera_can_be_opened(qtbot, qloop, monkeypatch) -> None:
    monkeypatch.setattr(camera, "_multimedia", lambda: None)
    window = make_window(qtbot)
    scan = CameraScan(window, lambda _text: None, TaskRegistry(), available=True)
    qtbot.mouseClick(scan.button, LEFT)
    assert scan.dialog is not None and scan.dialog.isVisible()
    assert scan.dialog.error_label.text() == "No camera was found on this device."
    qtbot.mouseClick(scan.dialog.close_button, LEFT)
    assert not scan.dialog.isVisible()


# --- routed to real screens ----------------------------------------------------------------------


@pytest.fixture
def counter(qtbot, qapp, qloop, languages, demo_backend) -> Iterator[Any]:
    from ui import customers, pickups, stock

    def run(coro: Coroutine[Any, Any, Any]) -> Any:
        task = asyncio.ensure_future(coro, loop=qloop)
        qtbot.waitUntil(task.done, timeout=20000)
        return task.result()

    order = counter_order(demo_backend)
    services = AppServices(demo_backend.settings(profile="camera"))
    services.open()
    run(services.sign_in(*demo_backend.login()))
    run(services.engine.sync_once())
    services.start_unlocked = True
    window = MainWindow()
    qtbot.addWidget(window)
    shell = AppShell(window, services, settings=UiSettings(), languages=languages, tasks=TaskRegistry(), app=qapp,
                     persist_settings=False, camera=True)
    areas = {"customers": customers.install(shell, services), "stock": stock.install(shell, services),
             "pickups": pickups.install(shell, services)}
    run(shell.start())
    window.show()
    yield shell, services, areas, order, run
    shell.scanner.uninstall()
    shell.idle.stop()
    shell.tasks.cancel_all()
    run(shell.tasks.wait_all())
    run(services.aclose())
    shell.deleteLater()


def show_to_camera(qtbot, shell: AppShell, picture: QImage) -> None:
    """Tap the camera button and hold ``picture`` in front of it until the viewfinder closes."""
    qtbot.mouseClick(shell.camera.button, LEFT)
    dialog = shell.camera.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.feed_image(picture)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)


def test_camera_scans_open_the_product_the_pickup_order_and_the_customer(qtbot, counter) -> None:
    shell, services, areas, order, run = counter
    window = shell.window
    assert shell.camera.button.isVisible()

    def one(query: str) -> tuple:
        return run(services.store.read(lambda conn: conn.execute(query).fetchone()))

    gtin, = one("SELECT v.gtin FROM variants v JOIN stock s ON s.sku = v.sku WHERE length(v.gtin) = 13"
                " ORDER BY v.sku LIMIT 1")
    with qtbot.waitSignal(areas["stock"].availabilityShown, timeout=15000):
        show_to_camera(qtbot, shell, camera_frame(barcode_qimage(gtin, zxingcpp.BarcodeFormat.EAN13, scale=4)))
    assert window.current_page_name() == "stock"

    pickup_qr = barcode_qimage(f"CC:{order.id}:{CODE}", zxingcpp.BarcodeFormat.QRCode, scale=6)
    show_to_camera(qtbot, shell, camera_frame(pickup_qr))
    area = areas["pickups"]
    qtbot.waitUntil(lambda: "Code accepted." in widget_texts(area.verify_page), timeout=15000)
    assert window.current_page_name() == "pickups"
    assert area.currentWidget() is area.verify_page

    key, card, first, last = one("SELECT key, loyalty_card, first_name, last_name FROM customers"
                                 " WHERE loyalty_card LIKE '299%' AND length(loyalty_card) = 13 ORDER BY key LIMIT 1")
    with qtbot.waitSignal(areas["customers"].profileShown, timeout=15000):
        show_to_camera(qtbot, shell, camera_frame(barcode_qimage(card, zxingcpp.BarcodeFormat.EAN13, scale=4)))
    assert window.current_page_name() == "customers"
    assert areas["customers"].customer_id == key
    assert f"{first} {last}" in widget_texts(areas["customers"].profile_page)
