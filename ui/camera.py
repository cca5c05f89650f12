"""Scanning with the tablet's camera: frames decoded by zxing-cpp, routed like a hand-held scanner's codes.

QtMultimedia (QCamera → QMediaCaptureSession → QVideoSink) ships in PySide6-Addons, an optional
extra (``pip install clienteling[camera]``). Without it, or on a machine without a camera, the
rail's camera button stays hidden: a keyboard-wedge scanner still works.

Every frame goes the same way, whether it came from the camera or from a test's picture
(``CameraScanner.feed_image``): shown in the viewfinder, then, at most a few times a second,
turned into grey rows and decoded off the GUI thread (``clienteling.services.barcode_image``).
"""
from __future__ import annotations

import asyncio
import importlib
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from clienteling.services.barcode_image import PixelFormat, decode_buffer
from ui.icons import icon
from ui.tasks import TaskRegistry

log = logging.getLogger(__name__)

DECODE_MAX_WIDTH = 1280
"""Wider frames are scaled down before decoding: faster, and EAN bars stay several pixels wide."""


def grey_for_decoding(image: QImage) -> QImage:
    """8-bit grey rows (scaled down past DECODE_MAX_WIDTH): what the decoder reads."""
    if image.width() > DECODE_MAX_WIDTH:
        image = image.scaledToWidth(DECODE_MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def decode_qimage(image: QImage) -> list[str]:
    """The texts of every barcode and QR code in ``image`` (any QImage format)."""
    if image.isNull():
        return []
    grey = grey_for_decoding(image)
    found = decode_buffer(grey.constBits(), grey.width(), grey.height(), PixelFormat.GREY,
                          row_stride=grey.bytesPerLine())
    return [barcode.text for barcode in found]


def _multimedia() -> Any | None:
    try:
        return importlib.import_module("PySide6.QtMultimedia")
    except ImportError:
        return None


def camera_available() -> bool:
    """True when QtMultimedia is installed and the machine has a camera."""
    multimedia = _multimedia()
    if multimedia is None:
        return False
    try:
        return bool(multimedia.QMediaDevices.videoInputs())
    except Exception:  # a broken multimedia backend: behave as without a camera
        log.warning("camera detection failed", exc_info=True)
        return False


class FrameDecoder(QObject):
    """Decodes at most one frame per ``min_interval_ms``, one at a time, off the GUI thread.

    Emits ``decoded(text)`` once per code: the same text again within ``repeat_ms`` is the same
    code still in front of the camera.
    """

    decoded = Signal(str)

    def __init__(self, tasks: TaskRegistry, parent: QObject | None = None, *, min_interval_ms: float = 200,
                 repeat_ms: float = 2000, clock: Callable[[], float] = lambda: time.monotonic() * 1000) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._min_interval_ms = min_interval_ms
        self._repeat_ms = repeat_ms
        self._clock = clock
        self._busy = False
        self._last_frame_ms: float | None = None
        self._last_text: tuple[str, float] | None = None

    @property
    def busy(self) -> bool:
        return self._busy

    def reset(self) -> None:
        """A new scanning session: no throttle from the last one, and any code counts again."""
        self._last_frame_ms = None
        self._last_text = None

    def feed(self, image: QImage) -> bool:
        """Take ``image`` for decoding unless one is being decoded or the last was too recent."""
        now = self._clock()
        if self._busy or (self._last_frame_ms is not None and now - self._last_frame_ms < self._min_interval_ms):
            return False
        self._last_frame_ms = now
        grey = grey_for_decoding(image)
        # A copy the worker thread owns: the frame's memory belongs to the camera.
        data = bytes(grey.constBits())
        self._busy = True
        self._tasks.spawn(self._decode(data, grey.width(), grey.height(), grey.bytesPerLine()), name="camera-decode")
        return True

    async def _decode(self, data: bytes, width: int, height: int, stride: int) -> None:
        try:
            found = await asyncio.to_thread(decode_buffer, data, width, height, PixelFormat.GREY, row_stride=stride)
        finally:
            self._busy = False
        for barcode in found:
            now = self._clock()
            if self._last_text is not None and self._last_text[0] == barcode.text \
                    and now - self._last_text[1] < self._repeat_ms:
                continue
            self._last_text = (barcode.text, now)
            self.decoded.emit(barcode.text)


class CameraScanner(QDialog):
    """A viewfinder that closes on the first code read; emits ``scanned(text)``.

    ``start()`` opens the default camera when QtMultimedia has one; ``feed_image`` is where
    every frame arrives (and where tests hand in pictures).
    """

    scanned = Signal(str)

    def __init__(self, tasks: TaskRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CameraScanner")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.decoder = FrameDecoder(tasks, self)
        self.decoder.decoded.connect(self._on_decoded)
        self._camera: Any = None
        self._session: Any = None
        self._sink: Any = None

        self.title_label = QLabel()
        self.title_label.setProperty("role", "title")
        self.hint_label = QLabel()
        self.hint_label.setProperty("role", "hint")
        self.hint_label.setWordWrap(True)
        self.viewfinder = QLabel()
        self.viewfinder.setObjectName("CameraViewfinder")
        self.viewfinder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.viewfinder.setMinimumSize(QSize(480, 320))
        self.viewfinder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.viewfinder, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.close_button)
        self.finished.connect(self.stop)
        self.retranslate()

    # ---- the camera ---------------------------------------------------------------------------
    def start(self) -> bool:
        """Open the default camera; False (and a message) when there is none."""
        multimedia = _multimedia()
        if multimedia is None or not multimedia.QMediaDevices.videoInputs():
            self.show_error(self.tr("No camera was found on this device."))
            return False
        self._camera = multimedia.QCamera(self)
        self._session = multimedia.QMediaCaptureSession(self)
        self._sink = multimedia.QVideoSink(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._camera.errorOccurred.connect(lambda *_: self.show_error(self.tr("The camera could not be started.")))
        self._camera.start()
        return True

    @Slot()
    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
        self._camera = self._session = self._sink = None

    @Slot(object)
    def _on_frame(self, frame: Any) -> None:
        if frame.isValid():
            self.feed_image(frame.toImage())

    # ---- frames ---------------------------------------------------------------------------------
    def feed_image(self, image: QImage) -> bool:
        """Show ``image`` in the viewfinder and decode it when the decoder is free."""
        if image.isNull():
            return False
        self.viewfinder.setPixmap(QPixmap.fromImage(image).scaled(
            self.viewfinder.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation))
        return self.decoder.feed(image)

    @Slot(str)
    def _on_decoded(self, text: str) -> None:
        if not self.isVisible():
            return
        self.scanned.emit(text)
        self.accept()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Scan with the camera"))
        self.title_label.setText(self.tr("Scan with the camera"))
        self.hint_label.setText(self.tr("Hold the barcode, loyalty card or pickup QR code in front of the camera."))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CameraScan(QObject):
    """The rail's "Camera" button and its scanner dialog; decoded codes go to ``route``.

    ``available`` None asks the machine (QtMultimedia installed and a camera present); when it
    is False the button stays hidden.
    """

    def __init__(self, window: Any, route: Callable[[str], object], tasks: TaskRegistry, *,
                 available: bool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self._route = route
        self._tasks = tasks
        self.available = camera_available() if available is None else available
        self.dialog: CameraScanner | None = None
        self.action = QAction(icon("scan"), "", window)
        self.action.setObjectName("CameraScanAction")
        self.action.triggered.connect(self.open_scanner)
        self.button: QToolButton = window.rail.add_action(self.action, before_lock=True)
        self.button.setVisible(self.available)
        self.action.setEnabled(self.available)
        window.installEventFilter(self)
        self._retranslate()

    @Slot()
    def open_scanner(self) -> None:
        """Open the viewfinder with open() (never exec()) and start the camera."""
        if not self.available:
            return
        if self.dialog is None:
            self.dialog = CameraScanner(self._tasks, self._window)
            self.dialog.scanned.connect(self._on_scanned)
        self.dialog.error_label.hide()
        self.dialog.decoder.reset()
        self.dialog.open()
        self.dialog.start()

    @Slot(str)
    def _on_scanned(self, text: str) -> None:
        self._route(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.action.setText(self.tr("Camera"))
        self.action.setToolTip(self.tr("Scan a barcode or QR code with the camera"))
