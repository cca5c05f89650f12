"""Touch ergonomics: kinetic (flick) scrolling and repolishing after a state change."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QScroller, QScrollerProperties, QWidget

MIN_TOUCH_TARGET = 44
"""Smallest height/width of anything a finger must hit, in device-independent pixels."""
NAV_TARGET = 56


def enable_kinetic_scrolling(
    area: QAbstractScrollArea,
    gesture: QScroller.ScrollerGestureType = QScroller.ScrollerGestureType.LeftMouseButtonGesture,
) -> QScroller:
    """Flick-to-scroll on ``area``'s viewport, without overshoot bounce.

    LeftMouseButtonGesture also serves touch screens (Qt synthesises mouse events from
    unhandled touches) and mouse-driven kiosks; pass TouchGesture for touch only.
    """
    viewport = area.viewport()
    QScroller.grabGesture(viewport, gesture)
    scroller = QScroller.scroller(viewport)
    props = scroller.scrollerProperties()
    props.setScrollMetric(
        QScrollerProperties.ScrollMetric.VerticalOvershootPolicy,
        QScrollerProperties.OvershootPolicy.OvershootAlwaysOff,
    )
    props.setScrollMetric(
        QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy,
        QScrollerProperties.OvershootPolicy.OvershootAlwaysOff,
    )
    props.setScrollMetric(QScrollerProperties.ScrollMetric.DragStartDistance, 0.004)
    scroller.setScrollerProperties(props)
    if isinstance(area, QAbstractItemView):
        # Pixel scrolling follows the finger; item scrolling jumps row by row.
        area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        area.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return scroller


def set_style_state(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property the style sheet selects on, and re-apply the style."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
