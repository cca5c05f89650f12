"""Main window: the rail per role, pages by name, training band, portrait/landscape reflow."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScroller, QWidget

from clienteling.models.location import Role
from tests.ui.conftest import widget_texts
from ui.shell.main_window import SECTIONS, MainWindow


@pytest.fixture
def window(qtbot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show_screen(MainWindow.WORKSPACE)
    w.show()
    qtbot.waitExposed(w)
    return w


def rail_texts(w: MainWindow) -> list[str]:
    return [w.rail.button(n).text() for n in w.rail.visible_sections()]


def test_associate_does_not_see_dashboard_manager_does(window: MainWindow) -> None:
    window.set_role(Role.ASSOCIATE)
    assert rail_texts(window) == ["Customers", "Stock", "Pickups", "Endless aisle"]
    assert not window.rail.button("dashboard").isVisible()
    window.set_role(Role.MANAGER)
    assert rail_texts(window) == ["Customers", "Stock", "Pickups", "Endless aisle", "Dashboard"]
    assert window.rail.button("dashboard").isVisible()


def test_associate_cannot_reach_dashboard_and_loses_it_on_role_change(window: MainWindow, qtbot) -> None:
    window.set_role(Role.MANAGER)
    qtbot.mouseClick(window.rail.button("dashboard"), Qt.MouseButton.LeftButton)
    assert window.current_page_name() == "dashboard"
    window.set_role(Role.ASSOCIATE)
    assert window.current_page_name() == "customers"
    window.show_page("dashboard")
    assert window.current_page_name() == "customers"


def test_rail_buttons_switch_pages_and_are_touch_sized(window: MainWindow, qtbot) -> None:
    for name in ("stock", "pickups", "endless_aisle", "customers"):
        with qtbot.waitSignal(window.sectionChanged, check_params_cb=lambda n, name=name: n == name):
            qtbot.mouseClick(window.rail.button(name), Qt.MouseButton.LeftButton)
        assert window.pages.currentWidget() is window.page(name)
        assert window.rail.button(name).isChecked()
        assert window.rail.button(name).height() >= 56


def test_empty_states_say_what_will_be_there(window: MainWindow) -> None:
    window.set_role(Role.MANAGER)
    for section in SECTIONS:
        page = window.page(section.name)
        text = widget_texts(page)
        assert "TODO" not in text.upper()
        assert len(page.findChild(QLabel, "EmptyStateBody").text()) > 40
        assert QScroller.hasScroller(page.viewport())  # kinetic scrolling


def test_register_page_replaces_the_empty_state(window: MainWindow, qtbot) -> None:
    real = QWidget()
    real.setObjectName("RealCustomers")
    window.show_page("customers")
    window.register_page("customers", real)
    assert window.pages.currentWidget() is real
    extra = QWidget()
    window.register_page("customer_profile", extra)
    window.show_page("customer_profile")
    assert window.current_page_name() == "customer_profile"
    assert not any(window.rail.button(n).isChecked() for n in window.rail.sections())


def test_training_band(window: MainWindow) -> None:
    assert not window.training_band.isVisible()
    window.set_training(True)
    assert window.training_band.isVisible()
    assert window.training_band.text() == "Training mode"


def test_portrait_puts_rail_at_bottom_and_landscape_on_the_left(window: MainWindow, qtbot) -> None:
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.rail.orientation == Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: window.rail.geometry().left() == 0 and window.pages.geometry().left() > 0)
    with qtbot.waitSignal(window.orientationChanged, check_params_cb=lambda portrait: portrait):
        window.resize(800, 1280)
    assert window.portrait
    assert window.rail.orientation == Qt.Orientation.Horizontal
    qtbot.waitUntil(lambda: window.rail.geometry().top() > window.pages.geometry().bottom())
    assert window.rail.width() == window.workspace.width()
    assert all(window.rail.button(n).height() >= 56 for n in window.rail.visible_sections())
    with qtbot.waitSignal(window.orientationChanged, check_params_cb=lambda portrait: not portrait):
        window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.rail.geometry().left() == 0 and window.rail.height() == window.workspace.height())


def test_lock_button_asks_to_lock(window: MainWindow, qtbot) -> None:
    with qtbot.waitSignal(window.lockRequested):
        qtbot.mouseClick(window.rail.lock_button, Qt.MouseButton.LeftButton)
