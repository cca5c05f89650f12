"""The conflict inbox: this device's changes the server refused — send again (edited if need be) or discard.

A standalone widget: the dashboard's operations tab embeds one, and the shell's
"N conflicts" button opens one for any role. An associate resolves their own changes; a
change made by another associate on this device is resolved by a manager (the screen says so).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QLineEdit, QListView, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from clienteling.services.dashboard import ConflictRow, StoreDashboard
from ui.errors import explain_error
from ui.i18n import format_datetime
from ui.widgets.touch import enable_kinetic_scrolling
from ui.dashboard.models import RowsModel

CONTEXT = "DashboardText"

def kind_label(kind: str) -> str:
    """A command kind in words (handover, note, …)."""
    words = {
        "handover": QCoreApplication.translate("DashboardText", "Pickup handover"),
        "extend_pickup": QCoreApplication.translate("DashboardText", "Pickup extension"),
        "cancel_pickup": QCoreApplication.translate("DashboardText", "Pickup cancellation"),
        "place_order": QCoreApplication.translate("DashboardText", "Endless-aisle order"),
        "create_customer": QCoreApplication.translate("DashboardText", "New customer"),
        "add_note": QCoreApplication.translate("DashboardText", "Customer note"),
        "update_preferences": QCoreApplication.translate("DashboardText", "Customer preferences"),
        "take_over_cart": QCoreApplication.translate("DashboardText", "Online cart takeover"),
        "change_cart_line": QCoreApplication.translate("DashboardText", "Online cart change"),
    }
    return words.get(kind, kind)


def reason_label(code: str) -> str:
    """The server's reason code of a refusal in a few words (devices report codes)."""
    words = {
        "order_cancelled": QCoreApplication.translate("DashboardText", "order cancelled meanwhile"),
        "already_collected": QCoreApplication.translate("DashboardText", "already collected"),
        "line_not_waiting": QCoreApplication.translate("DashboardText", "items already handed over"),
        "wrong_code": QCoreApplication.translate("DashboardText", "pickup code not accepted"),
        "proof_required": QCoreApplication.translate("DashboardText", "proof of pickup missing"),
        "stock_unavailable": QCoreApplication.translate("DashboardText", "stock no longer available"),
        "cart_not_active": QCoreApplication.translate("DashboardText", "cart no longer active"),
        "validation": QCoreApplication.translate("DashboardText", "not valid"),
        "forbidden": QCoreApplication.translate("DashboardText", "needs a manager"),
        "not_found": QCoreApplication.translate("DashboardText", "no longer exists"),
    }
    return words.get(code, code.replace("_", " "))


def _reason_code(row: ConflictRow) -> str:
    body = row.command.response_body if isinstance(row.command.response_body, dict) else {}
    return str(body.get("reason") or body.get("code") or f"HTTP {row.command.response_status}")


class ConflictInbox(QWidget):
    """Signals: ``resolved`` after a conflict was sent again or discarded; ``countChanged(int)``."""

    resolved = Signal()
    countChanged = Signal(int)

    def __init__(self, desk: StoreDashboard, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictInbox")
        self.desk = desk
        self.tasks = tasks
        self.rows: list[ConflictRow] = []
        self.current: ConflictRow | None = None

        self.title = QLabel()
        self.title.setProperty("role", "subtitle")
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("ConflictsEmpty")
        self.empty_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.model = RowsModel([""], self)
        self.list = QListView()
        self.list.setObjectName("ConflictList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(120)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        enable_kinetic_scrolling(self.list)
        self.list.selectionModel().selectionChanged.connect(self._on_selected)

        self.detail = QFrame()
        self.detail.setObjectName("ConflictDetail")
        self.subject_label = QLabel()
        self.subject_label.setObjectName("ConflictSubject")
        self.subject_label.setWordWrap(True)
        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)
        self.meta_label = QLabel()
        self.meta_label.setProperty("role", "hint")
        self.meta_label.setWordWrap(True)
        self.edit_label = QLabel()
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("ConflictEdit")
        self.edit.setFixedHeight(96)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("ConflictRetry")
        self.retry_button.setProperty("role", "primary")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("ConflictDiscardReason")
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("ConflictDiscard")
        self.not_allowed_label = QLabel()
        self.not_allowed_label.setWordWrap(True)
        self.not_allowed_label.setProperty("role", "hint")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(12, 12, 12, 12)
        detail.setSpacing(8)
        for widget in (self.subject_label, self.explanation_label, self.meta_label, self.edit_label, self.edit):
            detail.addWidget(widget)
        detail.addWidget(self.retry_button)
        discard_row = QHBoxLayout()
        discard_row.addWidget(self.reason_edit, 1)
        discard_row.addWidget(self.discard_button)
        detail.addLayout(discard_row)
        detail.addWidget(self.not_allowed_label)
        detail.addWidget(self.status_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)

        self.retry_button.clicked.connect(self._on_retry)
        self.discard_button.clicked.connect(self._on_discard)
        self.reason_edit.textChanged.connect(lambda _t: self._update_buttons())
        self.retranslate()
        self._show_rows([])

    def retranslate(self) -> None:
        self.title.setText(self.tr("Changes the server refused"))
        self.hint.setText(self.tr("None of these was applied. Send a change again (corrected if needed), "
                                  "or discard it and say why."))
        self.empty_label.setText(self.tr("No conflicts on this device: every change was accepted."))
        self.retry_button.setText(self.tr("Send again"))
        self.reason_edit.setPlaceholderText(self.tr("Why discard it? (required)"))
        self.discard_button.setText(self.tr("Discard"))
        self.not_allowed_label.setText(self.tr("Another associate made this change: only a store manager can "
                                               "resolve it."))

    # --- loading ------------------------------------------------------------------------------------

    def refresh(self) -> Any:
        return self.tasks.spawn(self.reload(), name="conflicts-reload")

    async def reload(self) -> None:
        try:
            rows = await self.desk.conflicts()
        except Exception as error:
            self.error_label.setText(explain_error(error))
            self.error_label.show()
            return
        self.error_label.hide()
        self._show_rows(rows)

    def _line(self, row: ConflictRow) -> str:
        when = format_datetime(row.command.created_at, self.desk.timezone)
        return f"{kind_label(row.command.kind)} · {row.subject}\n{reason_label(_reason_code(row))} · {when}"

    def _show_rows(self, rows: list[ConflictRow]) -> None:
        keep = self.current.command.seq if self.current else None
        self.rows = rows
        self.model.set_rows([[self._line(r)] for r in rows], rows)
        self.empty_label.setVisible(not rows)
        self.list.setVisible(bool(rows))
        self.countChanged.emit(len(rows))
        index = next((i for i, r in enumerate(rows) if r.command.seq == keep), 0 if rows else None)
        if index is None:
            self.current = None
            self.detail.hide()
            return
        self.list.setCurrentIndex(self.model.index(index, 0))
        self._show_detail(rows[index])

    def _on_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            row = self.model.payload(indexes[0].row())
            if row is not None and row is not self.current:
                self.status_label.clear()
                self._show_detail(row)

    def _show_detail(self, row: ConflictRow) -> None:
        self.current = row
        self.detail.show()
        self.subject_label.setTextFormat(Qt.TextFormat.RichText)
        self.subject_label.setText(f"<b>{_escape(kind_label(row.command.kind))}</b> — {_escape(row.subject)}")
        explanation = (QCoreApplication.translate(row.explanation_context, row.explanation)
                       if row.explanation_context else row.explanation)
        self.explanation_label.setText(explanation or reason_label(_reason_code(row)))
        who = self.tr("you") if row.mine else (row.author or self.tr("another associate"))
        self.meta_label.setText(self.tr("Made by %1 on %2; refused by the server on %3.")
                                .replace("%1", who)
                                .replace("%2", format_datetime(row.command.created_at, self.desk.timezone))
                                .replace("%3", format_datetime(row.command.settled_at or row.command.created_at,
                                                               self.desk.timezone)))
        editable = row.editable_field is not None and row.may_resolve
        self.edit_label.setVisible(editable)
        self.edit.setVisible(editable)
        if editable:
            self.edit_label.setText(self.tr("Correct it before sending it again:") if row.editable_field == "text"
                                    else self.tr("Reason sent with it:"))
            self.edit.setPlainText(row.editable_value or "")
        for widget in (self.retry_button, self.reason_edit, self.discard_button):
            widget.setVisible(row.may_resolve)
        self.not_allowed_label.setVisible(not row.may_resolve)
        self.reason_edit.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.discard_button.setEnabled(bool(self.reason_edit.text().strip()))

    # --- resolving ------------------------------------------------------------------------------------

    def _on_retry(self) -> None:
        if self.current is None:
            return
        row = self.current
        value = None
        if row.editable_field is not None and self.edit.isVisible():
            text = self.edit.toPlainText().strip()
            value = text if text != (row.editable_value or "") else None
        self.tasks.spawn(self._resolve(self.desk.retry(row.command.seq, value), self.tr("Sent again.")),
                         name="conflict-retry")

    def _on_discard(self) -> None:
        if self.current is None or not self.reason_edit.text().strip():
            return
        self.tasks.spawn(self._resolve(self.desk.discard(self.current.command.seq, self.reason_edit.text()),
                                       self.tr("Discarded.")), name="conflict-discard")

    async def _resolve(self, action: Any, done_text: str) -> None:
        self.retry_button.setEnabled(False)
        self.discard_button.setEnabled(False)
        try:
            await action
        except Exception as error:
            self.status_label.setText(explain_error(error))
            self.retry_button.setEnabled(True)
            self._update_buttons()
            return
        self.current = None
        self.status_label.setText(done_text)
        self.retry_button.setEnabled(True)
        await self.reload()
        self.resolved.emit()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
