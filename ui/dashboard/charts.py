"""Small, clean charts drawn with QPainter (no chart library): horizontal bars, vertical bars, a line.

Each chart holds plain data (labels, values, the text shown for each value) and paints it at
any size; values are written next to the bars so nobody has to read an axis. Colours meet
WCAG contrast on white and series are told apart by a legend, not by colour alone.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = ("#1d4ed8", "#0f766e", "#b45309", "#7c3aed", "#be123c")
TEXT = QColor("#111827")
MUTED = QColor("#4b5563")
GRID = QColor("#e5e7eb")


@dataclass(frozen=True)
class Series:
    name: str
    color: str


@dataclass(frozen=True)
class Row:
    """One category: its label, one value per series and the text written for each value."""

    label: str
    values: Sequence[float]
    texts: Sequence[str]


def _font(widget: QWidget, px: int, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPixelSize(px)
    font.setBold(bold)
    return font


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.empty_text = ""

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(MUTED)
        painter.setFont(_font(self, 16))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)

    def _legend(self, painter: QPainter, series: Sequence[Series], y: float) -> float:
        """Draw the legend on one line at y; returns its height (0 for a single series)."""
        if len(series) < 2:
            return 0.0
        painter.setFont(_font(self, 15))
        metrics = QFontMetrics(painter.font())
        x = 0.0
        for s in series:
            painter.fillRect(QRectF(x, y + 4, 14, 14), QColor(s.color))
            painter.setPen(TEXT)
            painter.drawText(QPointF(x + 20, y + 4 + metrics.ascent() - 1), s.name)
            x += 20 + metrics.horizontalAdvance(s.name) + 24
        return 26.0


class HBarChart(_Chart):
    """Categories down the side, one bar per series each, the value written after the bar."""

    BAR = 18
    GAP = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[Series] = []
        self.rows: list[Row] = []

    def set_data(self, series: Sequence[Series], rows: Sequence[Row], empty_text: str = "") -> None:
        self.series, self.rows, self.empty_text = list(series), list(rows), empty_text
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return max(1, len(self.series)) * (self.BAR + 4) + self.GAP

    def sizeHint(self) -> QSize:
        legend = 26 if len(self.series) > 1 else 0
        return QSize(420, max(80, legend + len(self.rows) * (self._row_height() + 20) + 8))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.rows:
            self._paint_empty(painter)
            return
        y = self._legend(painter, self.series, 0)
        label_font, value_font = _font(self, 16), _font(self, 15, bold=True)
        value_metrics = QFontMetrics(value_font)
        widest_text = max((value_metrics.horizontalAdvance(t) for r in self.rows for t in r.texts), default=0)
        top = max((v for r in self.rows for v in r.values), default=0) or 1
        width = self.width() - widest_text - 12
        for row in self.rows:
            painter.setFont(label_font)
            painter.setPen(TEXT)
            metrics = QFontMetrics(label_font)
            painter.drawText(QPointF(0, y + metrics.ascent()), metrics.elidedText(
                row.label, Qt.TextElideMode.ElideRight, self.width()))
            y += 22
            for i, (value, text) in enumerate(zip(row.values, row.texts)):
                color = QColor(self.series[i].color if i < len(self.series) else PALETTE[0])
                length = max(2.0, width * value / top) if value > 0 else 0.0
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawRoundedRect(QRectF(0, y, length, self.BAR), 3, 3)
                painter.setPen(TEXT)
                painter.setFont(value_font)
                painter.drawText(QPointF(length + 8, y + self.BAR - 4), text)
                y += self.BAR + 4
            y += self.GAP - 2


class ColumnChart(_Chart):
    """A few vertical bars with their value on top and their label below (pickups at a glance)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, float, str, str]] = []

    def set_data(self, bars: Sequence[tuple[str, float, str, str]], empty_text: str = "") -> None:
        """bars: (label, value, value text, colour)."""
        self.bars, self.empty_text = list(bars), empty_text
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 200)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.bars:
            self._paint_empty(painter)
            return
        label_font, value_font = _font(self, 15), _font(self, 20, bold=True)
        label_metrics = QFontMetrics(label_font)
        slot = self.width() / len(self.bars)
        label_lines = 2
        bottom = self.height() - label_lines * label_metrics.lineSpacing() - 6
        top_space = QFontMetrics(value_font).height() + 4
        top = max((b[1] for b in self.bars), default=0) or 1
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(QPointF(0, bottom), QPointF(self.width(), bottom))
        for i, (label, value, text, color) in enumerate(self.bars):
            bar_w = min(72.0, slot * 0.55)
            x = i * slot + (slot - bar_w) / 2
            height = (bottom - top_space) * value / top if value > 0 else 0.0
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(color))
            painter.drawRoundedRect(QRectF(x, bottom - height, bar_w, height), 4, 4)
            painter.setPen(TEXT)
            painter.setFont(value_font)
            painter.drawText(QRectF(i * slot, bottom - height - top_space, slot, top_space),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text)
            painter.setFont(label_font)
            painter.drawText(QRectF(i * slot + 2, bottom + 4, slot - 4, self.height() - bottom - 4),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             label)


class LineChart(_Chart):
    """One value per day (gaps where there is none), dots on the points, the latest value labelled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[str, float | None, str]] = []
        self.color = PALETTE[0]
        self.axis_text = ""

    def set_data(self, points: Sequence[tuple[str, float | None, str]], axis_text: str = "",
                 empty_text: str = "") -> None:
        """points: (x label, value or None, value text)."""
        self.points, self.axis_text, self.empty_text = list(points), axis_text, empty_text
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 200)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not any(v is not None for _, v, _ in self.points):
            self._paint_empty(painter)
            return
        small, bold = _font(self, 14), _font(self, 15, bold=True)
        metrics = QFontMetrics(small)
        top_value = max(v for _, v, _ in self.points if v is not None) or 1
        left, right = 8.0, 16.0
        top, bottom = 28.0, self.height() - metrics.lineSpacing() - 8
        painter.setFont(small)
        painter.setPen(MUTED)
        painter.drawText(QPointF(0, metrics.ascent()), self.axis_text)
        for fraction in (0.0, 0.5, 1.0):
            y = bottom - (bottom - top) * fraction
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(left, y), QPointF(self.width() - right, y))
        n = len(self.points)
        step = (self.width() - left - right) / max(1, n - 1)

        def at(i: int, value: float) -> QPointF:
            return QPointF(left + i * step, bottom - (bottom - top) * value / top_value)

        path = QPainterPath()
        drawing = False
        for i, (_, value, _) in enumerate(self.points):
            if value is None:
                drawing = False
                continue
            if drawing:
                path.lineTo(at(i, value))
            else:
                path.moveTo(at(i, value))
                drawing = True
        painter.setPen(QPen(QColor(self.color), 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(QColor(self.color))
        last_labelled = max(i for i, (_, v, _) in enumerate(self.points) if v is not None)
        peak = max((i for i, (_, v, _) in enumerate(self.points) if v is not None),
                   key=lambda i: self.points[i][1] or 0)
        for i, (_, value, text) in enumerate(self.points):
            if value is None:
                continue
            point = at(i, value)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(point, 5, 5)
            if i in (last_labelled, peak):
                painter.setPen(TEXT)
                painter.setFont(bold)
                width = QFontMetrics(bold).horizontalAdvance(text)
                x = min(max(0.0, point.x() - width / 2), self.width() - width)
                painter.drawText(QPointF(x, max(point.y() - 10, float(QFontMetrics(bold).ascent()) + 14)), text)
        painter.setFont(small)
        painter.setPen(MUTED)
        every = max(1, int(n / max(1, self.width() // 56)))
        for i, (label, _, _) in enumerate(self.points):
            if i % every and i != n - 1:
                continue
            width = metrics.horizontalAdvance(label)
            x = min(max(0.0, left + i * step - width / 2), self.width() - width)
            painter.drawText(QPointF(x, self.height() - 4), label)
