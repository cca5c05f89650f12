"""Sign-in: pick the store, type username and password. No network here — it only asks."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import LANGUAGE_NAMES


class SignInPage(QWidget):
    """Emits ``signInRequested(store_id, username, password)``; the caller answers with
    ``set_busy(False)`` and, on failure, ``show_error(text)``.

    ``languageSelected(code)`` lets a person switch language before signing in.
    """

    signInRequested = Signal(str, str, str)
    languageSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SignInPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._busy = False

        card = QFrame()
        card.setObjectName("Card")
        card.setMinimumWidth(420)
        card.setMaximumWidth(560)
        self.title_label = QLabel()
        self.title_label.setProperty("role", "title")
        self.subtitle_label = QLabel()
        self.subtitle_label.setProperty("role", "subtitle")
        self.subtitle_label.setWordWrap(True)
        self.store_combo = QComboBox()
        self.store_combo.setObjectName("StoreCombo")
        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("Username")
        self.username_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhNoAutoUppercase | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("Password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
        self.notice_label = QLabel()
        self.notice_label.setObjectName("SignInNotice")
        self.notice_label.setProperty("role", "hint")
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        self.error_label = QLabel()
        self.error_label.setObjectName("SignInError")
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.sign_in_button = QPushButton()
        self.sign_in_button.setObjectName("SignInButton")
        self.sign_in_button.setProperty("role", "primary")
        self.sign_in_button.setMinimumHeight(52)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.submit)
        self.username_edit.returnPressed.connect(self.password_edit.setFocus)
        self.password_edit.returnPressed.connect(self.submit)

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("LanguageCombo")
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.activated.connect(
            lambda index: self.languageSelected.emit(self.language_combo.itemData(index))
        )

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setVerticalSpacing(8)
        self.store_label = QLabel()
        self.username_label = QLabel()
        self.password_label = QLabel()
        self.store_label.setBuddy(self.store_combo)
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
        self.form.addRow(self.store_label, self.store_combo)
        self.form.addRow(self.username_label, self.username_edit)
        self.form.addRow(self.password_label, self.password_edit)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(36, 32, 36, 32)
        inner.setSpacing(16)
        inner.addWidget(self.title_label)
        inner.addWidget(self.subtitle_label)
        inner.addWidget(self.notice_label)
        inner.addLayout(self.form)
        inner.addWidget(self.error_label)
        inner.addSpacing(4)
        inner.addWidget(self.sign_in_button)

        language_row = QHBoxLayout()
        language_row.addStretch(1)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language_combo)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 24)
        outer.addLayout(language_row)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setTabOrder(self.store_combo, self.username_edit)
        self.setTabOrder(self.username_edit, self.password_edit)
        self.setTabOrder(self.password_edit, self.sign_in_button)
        self.retranslate()

    # ---- what the caller feeds in ----------------------------------------------------------
    def set_stores(self, stores: Sequence[tuple[str, str]], *, selected: str | None = None) -> None:
        """(store_id, display name) pairs, e.g. from the cached locations or /v1/locations."""
        self.store_combo.clear()
        for store_id, name in stores:
            self.store_combo.addItem(name, store_id)
        index = self.store_combo.findData(selected) if selected is not None else -1
        if index < 0 and len(stores) == 1:
            index = 0  # a single store needs no choosing
        self.store_combo.setCurrentIndex(index)

    def set_language(self, code: str) -> None:
        """Show ``code`` as the current language (does not switch it)."""
        index = self.language_combo.findData(code)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)

    def set_username(self, username: str) -> None:
        self.username_edit.setText(username)

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.store_combo, self.username_edit, self.password_edit, self.sign_in_button):
            widget.setEnabled(not busy)
        if busy:
            self.clear_error()
        else:
            self.password_edit.clear()  # never keep a password on screen longer than needed
        self.retranslate()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def show_notice(self, text: str) -> None:
        """Something the person should know before signing in (e.g. the device was signed out)."""
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    # ---- user action -------------------------------------------------------------------------
    @Slot()
    def submit(self) -> None:
        if self._busy:
            return
        store_id = self.store_combo.currentData()
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if store_id is None:
            self.show_error(self.tr("Choose your store."))
            return
        if not username or not password:
            self.show_error(self.tr("Enter your username and your password."))
            return
        self.clear_error()
        self.signInRequested.emit(str(store_id), username, password)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Sign in"))
        self.subtitle_label.setText(self.tr("Use the account your store manager gave you."))
        self.store_label.setText(self.tr("Store"))
        self.username_label.setText(self.tr("Username"))
        self.password_label.setText(self.tr("Password"))
        self.language_label.setText(self.tr("Language"))
        self.sign_in_button.setText(self.tr("Signing in…") if self._busy else self.tr("Sign in"))
        self.store_combo.setPlaceholderText(self.tr("Choose your store"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
