"""Telling the associate that the tablet's data were found damaged and rebuilt — never silently.

The services move a damaged cache aside and start a fresh one (at open, after the background
check, or when a read meets a damaged page); this says what that means for the person holding
the tablet: the data come back with the next sync, and what became of the changes not yet sent.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class CacheRebuiltNotice(QObject):
    """``show_report(report)`` opens a non-modal notice over ``window`` (``box`` is the last one shown)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.box: QMessageBox | None = None

    def show_report(self, report: Any) -> None:
        """`report`: the cache's OpenReport (rescued_outbox, outbox_lost_file)."""
        box = QMessageBox(self._window)
        box.setObjectName("CacheRebuiltNotice")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Data on this tablet rebuilt"))
        box.setText(self.tr("The data stored on this tablet were damaged and have been set up again. "
                            "Customers, stock and orders are downloaded again from the store's system."))
        box.setInformativeText(self.details(report))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # never exec(): the app's loop runs on
        self.box = box

    def details(self, report: Any) -> str:
        """What became of the changes not yet sent, in plain words."""
        if report.outbox_lost_file is not None:
            return self.tr("Some changes made on this tablet and not yet sent could not be recovered. "
                           "Tell your manager: support can still read them from the kept file %1."
                           ).replace("%1", report.outbox_lost_file.name)
        if report.rescued_outbox:
            return self.tr("The changes waiting to be sent were kept (%1) and are sent as usual."
                           ).replace("%1", str(report.rescued_outbox))
        return self.tr("No change waiting to be sent was lost.")
