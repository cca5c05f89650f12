"""Small editors opened with open() (never exec()): a note, sizes and style, a new customer.

Each only collects what the associate typed and emits it; the area turns it into a command.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from clienteling.models import Consent, Consents, Preferences

SIZE_FAMILIES = ("tops", "bottoms", "shoes")


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    row = QHBoxLayout()
    cancel = QPushButton(QCoreApplication.translate("CustomerEditors", "Cancel"))
    ok = QPushButton(ok_text)
    ok.setProperty("role", "primary")
    ok.setDefault(True)
    cancel.clicked.connect(dialog.reject)
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(ok)
    return row, ok, cancel


class NoteEditor(QDialog):
    """Emits ``noteWritten(text)`` when the associate saves a non-empty note."""

    noteWritten = Signal(str)

    def __init__(self, customer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NoteEditor")
        self.setWindowTitle(self.tr("Add a note"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Note about %1").replace("%1", customer_name))
        title.setProperty("role", "subtitle")
        hint = QLabel(self.tr("The web customer service sees this note too. Keep it factual."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("NoteText")
        self.text_edit.setPlaceholderText(self.tr("e.g. Looking for a wool coat in navy, size M"))
        self.text_edit.setMinimumHeight(160)
        row, self.save_button, self.cancel_button = _buttons(self, self.tr("Save note"))
        self.save_button.setEnabled(False)
        self.text_edit.textChanged.connect(
            lambda: self.save_button.setEnabled(0 < len(self.text_edit.toPlainText().strip()) <= 2000))
        self.save_button.clicked.connect(self._save)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(row)

    def _save(self) -> None:
        text = self.text_edit.toPlainText().strip()
        if text:
            self.noteWritten.emit(text)
            self.accept()


class PreferencesEditor(QDialog):
    """Sizes by family and style words; emits ``preferencesEdited(Preferences)``."""

    preferencesEdited = Signal(object)

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PreferencesEditor")
        self.setWindowTitle(self.tr("Sizes and style"))
        self.setMinimumWidth(520)
        self._original = preferences
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setVerticalSpacing(12)
        labels = {"tops": self.tr("Tops"), "bottoms": self.tr("Trousers and skirts"), "shoes": self.tr("Shoes")}
        self.size_edits: dict[str, QLineEdit] = {}
        for family in SIZE_FAMILIES:
            edit = QLineEdit(preferences.sizes.get(family, ""))
            edit.setObjectName(f"Size_{family}")
            edit.setMaxLength(16)
            self.size_edits[family] = edit
            form.addRow(labels[family], edit)
        self.styles_edit = QLineEdit(", ".join(preferences.styles))
        self.styles_edit.setObjectName("StylesEdit")
        self.styles_edit.setPlaceholderText(self.tr("e.g. minimal, linen, navy"))
        form.addRow(self.tr("Style"), self.styles_edit)
        self.brands_edit = QLineEdit(", ".join(preferences.favourite_brands))
        self.brands_edit.setObjectName("BrandsEdit")
        form.addRow(self.tr("Favourite brands"), self.brands_edit)
        row, self.save_button, self.cancel_button = _buttons(self, self.tr("Save"))
        self.save_button.clicked.connect(self._save)
        layout.addLayout(form)
        layout.addLayout(row)

    @staticmethod
    def _words(text: str) -> list[str]:
        return [w.strip() for w in text.split(",") if w.strip()][:20]

    def preferences(self) -> Preferences:
        sizes = {k: v for k, v in self._original.sizes.items() if k not in SIZE_FAMILIES}
        sizes.update({f: e.text().strip() for f, e in self.size_edits.items() if e.text().strip()})
        return Preferences(sizes=sizes, styles=self._words(self.styles_edit.text()),
                           favourite_brands=self._words(self.brands_edit.text()))

    def _save(self) -> None:
        self.preferencesEdited.emit(self.preferences())
        self.accept()


class NewCustomerDialog(QDialog):
    """Emits ``customerEntered(dict)`` with first_name, last_name, email, phone, consents."""

    customerEntered = Signal(dict)

    def __init__(self, prefill: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewCustomerDialog")
        self.setWindowTitle(self.tr("New customer"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setVerticalSpacing(12)
        words = prefill.split()
        self.first_edit = QLineEdit(words[0] if words and not prefill.strip()[0].isdigit() else "")
        self.first_edit.setObjectName("FirstName")
        self.last_edit = QLineEdit(" ".join(words[1:]) if len(words) > 1 else "")
        self.last_edit.setObjectName("LastName")
        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("Email")
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("Phone")
        self.phone_edit.setPlaceholderText("+33 6 12 34 56 78")
        form.addRow(self.tr("First name"), self.first_edit)
        form.addRow(self.tr("Last name"), self.last_edit)
        form.addRow(self.tr("Email"), self.email_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        self.email_consent = QCheckBox(self.tr("Agrees to be contacted by email"))
        self.sms_consent = QCheckBox(self.tr("Agrees to be contacted by SMS"))
        self.marketing_consent = QCheckBox(self.tr("Agrees to receive offers"))
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        row, self.save_button, self.cancel_button = _buttons(self, self.tr("Create customer"))
        self.save_button.clicked.connect(self._save)
        layout.addLayout(form)
        for box in (self.email_consent, self.sms_consent, self.marketing_consent):
            box.setMinimumHeight(44)
            layout.addWidget(box)
        layout.addWidget(self.error_label)
        layout.addLayout(row)
        self.first_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save(self) -> None:
        first, last = self.first_edit.text().strip(), self.last_edit.text().strip()
        email, phone = self.email_edit.text().strip(), self.phone_edit.text().strip()
        if not first or not last:
            self.error_label.setText(self.tr("First and last name are needed."))
            self.error_label.show()
            return
        if email and ("@" not in email or "." not in email.split("@")[-1]):
            self.error_label.setText(self.tr("This email address does not look right."))
            self.error_label.show()
            return

        def consent(box: QCheckBox, contact: str = "x") -> Consent:
            return Consent(granted=box.isChecked() and bool(contact))

        consents = Consents(email=consent(self.email_consent, email), sms=consent(self.sms_consent, phone),
                            marketing=consent(self.marketing_consent))
        self.customerEntered.emit({"first_name": first, "last_name": last, "email": email or None,
                                   "phone": phone or None, "consents": consents})
        self.accept()
