"""A page that says, in plain words, what a section will show — before it has content."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.widgets.touch import enable_kinetic_scrolling


class EmptyStatePage(QScrollArea):
    """Icon, title and explanation, centred; texts are (context, source) pairs for tr().

    The texts are given untranslated (marked with QT_TRANSLATE_NOOP by the caller) so the
    page can translate them again on every language change.
    """

    def __init__(
        self,
        context: str,
        title: str,
        body: str,
        icon: QIcon | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EmptyStateScroll")
        self._context, self._title_src, self._body_src = context, title, body
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget()
        content.setObjectName("EmptyState")
        column = QWidget(content)
        column.setMaximumWidth(640)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(16)
        self.icon_label = QLabel()
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if icon is not None:
            self.icon_label.setPixmap(icon.pixmap(QSize(96, 96)))
        self.title_label = QLabel()
        self.title_label.setObjectName("EmptyStateTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.body_label = QLabel()
        self.body_label.setObjectName("EmptyStateBody")
        self.body_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body_label.setWordWrap(True)
        inner.addWidget(self.icon_label)
        inner.addWidget(self.title_label)
        inner.addWidget(self.body_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 8)
        row.addStretch(1)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.setWidget(content)
        enable_kinetic_scrolling(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(QCoreApplication.translate(self._context, self._title_src))
        self.body_label.setText(QCoreApplication.translate(self._context, self._body_src))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
