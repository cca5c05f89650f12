"""The navigation rail: big touch buttons, vertical on the left (landscape) or a bottom bar
(portrait)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QButtonGroup, QSizePolicy, QToolButton, QWidget

from ui.widgets.touch import NAV_TARGET, set_style_state

RAIL_WIDTH = 164


class NavRail(QWidget):
    """Checkable section buttons plus a trailing "Lock" button.

    Titles are (context, source) pairs translated on every language change.
    """

    sectionSelected = Signal(str)
    lockRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NavRail")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._buttons: dict[str, QToolButton] = {}
        self._titles: dict[str, tuple[str, str]] = {}
        self._extra_buttons: list[QToolButton] = []
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.setContentsMargins(6, 12, 6, 12)
        self._layout.setSpacing(8)
        self._stretch_index = 0
        self._layout.addStretch(1)
        self.lock_button = self._make_button(QIcon())
        self.lock_button.setCheckable(False)
        self.lock_button.setObjectName("NavButton")
        self.lock_button.clicked.connect(self.lockRequested)
        self._layout.addWidget(self.lock_button)
        self._orientation = Qt.Orientation.Vertical
        self.set_orientation(Qt.Orientation.Vertical)
        self.retranslate()

    def _make_button(self, icon: QIcon) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("NavButton")
        button.setIcon(icon)
        button.setIconSize(QSize(30, 30))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setMinimumHeight(max(NAV_TARGET, 64))
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def set_lock_icon(self, icon: QIcon) -> None:
        self.lock_button.setIcon(icon)

    def add_section(self, name: str, context: str, title: str, icon: QIcon) -> QToolButton:
        if name in self._buttons:
            raise ValueError(f"section {name!r} already on the rail")
        button = self._make_button(icon)
        button.setCheckable(True)
        button.setProperty("section", name)
        button.clicked.connect(lambda _=False, n=name: self.sectionSelected.emit(n))
        self._group.addButton(button)
        self._layout.insertWidget(self._stretch_index, button)
        self._stretch_index += 1
        self._buttons[name] = button
        self._titles[name] = (context, title)
        self._apply_button_policy(button)
        self.retranslate()
        return button

    def add_action(self, action: QAction, *, before_lock: bool = False) -> QToolButton:
        """A trailing button for ``action``: after "Lock" (e.g. "Exit kiosk"), or just before it."""
        button = self._make_button(QIcon())
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        if before_lock:
            self._layout.insertWidget(self._layout.indexOf(self.lock_button), button)
        else:
            self._layout.addWidget(button)
        self._apply_button_policy(button)
        self._extra_buttons.append(button)
        return button

    def button(self, name: str) -> QToolButton:
        return self._buttons[name]

    def sections(self) -> list[str]:
        return list(self._buttons)

    def visible_sections(self) -> list[str]:
        return [n for n, b in self._buttons.items() if not b.isHidden()]

    def set_section_visible(self, name: str, visible: bool) -> None:
        self._buttons[name].setVisible(visible)

    def set_current(self, name: str) -> None:
        button = self._buttons.get(name)
        if button is not None:
            button.setChecked(True)
        else:  # a page that is not a section (a customer profile…): no button checked
            checked = self._group.checkedButton()
            if checked is not None:
                self._group.setExclusive(False)
                checked.setChecked(False)
                self._group.setExclusive(True)

    @property
    def orientation(self) -> Qt.Orientation:
        return self._orientation

    def set_orientation(self, orientation: Qt.Orientation) -> None:
        self._orientation = orientation
        vertical = orientation == Qt.Orientation.Vertical
        self._layout.setDirection(QBoxLayout.Direction.TopToBottom if vertical else QBoxLayout.Direction.LeftToRight)
        # The stretch pushes "Lock" to the end of a vertical rail; a bottom bar shares width evenly.
        stretch_item = self._layout.itemAt(self._stretch_index)
        if stretch_item is not None and stretch_item.spacerItem() is not None:
            stretch_item.spacerItem().changeSize(
                0,
                0,
                QSizePolicy.Policy.Minimum,
                QSizePolicy.Policy.Expanding if vertical else QSizePolicy.Policy.Minimum,
            )
        if vertical:
            self._layout.setContentsMargins(6, 12, 6, 12)
            self.setFixedWidth(RAIL_WIDTH)
            self.setMinimumHeight(0)
            self.setMaximumHeight(16777215)
        else:
            self._layout.setContentsMargins(8, 6, 8, 6)
            self.setMinimumWidth(0)
            self.setMaximumWidth(16777215)
            self.setFixedHeight(88)
        for button in [*self._buttons.values(), self.lock_button, *self._extra_buttons]:
            self._apply_button_policy(button)
        set_style_state(self, "orientation", "vertical" if vertical else "horizontal")
        self._layout.invalidate()

    def _apply_button_policy(self, button: QToolButton) -> None:
        if self._orientation == Qt.Orientation.Vertical:
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        else:
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def retranslate(self) -> None:
        for name, button in self._buttons.items():
            context, title = self._titles[name]
            button.setText(QCoreApplication.translate(context, title))
            button.setAccessibleName(button.text())
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock the screen until your PIN is entered"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fit_labels()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_labels()

    def _fit_labels(self) -> None:
        """In a bottom bar, a label too wide for its share of the width goes on two lines (never "Endl…isle")."""
        buttons = [b for b in (*self._buttons.values(), self.lock_button, *self._extra_buttons) if not b.isHidden()]
        if not buttons:
            return
        share = (self.width() - 16) / len(buttons) - 12
        for button in buttons:
            action = button.defaultAction()
            text = (action.text() if action is not None else button.text()).replace("\n", " ")
            words = text.split(" ")
            if (self._orientation == Qt.Orientation.Horizontal and len(words) > 1
                    and button.fontMetrics().horizontalAdvance(text) > share):
                cut = min(range(1, len(words)),
                          key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
                text = " ".join(words[:cut]) + "\n" + " ".join(words[cut:])
            button.setText(text)
