"""Sign-in page: store picker, plain-words errors, busy state."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ui.shell.sign_in import SignInPage

LEFT = Qt.MouseButton.LeftButton


def make_page(qtbot) -> SignInPage:
    page = SignInPage()
    qtbot.addWidget(page)
    page.set_stores([("PAR01", "Paris Opéra"), ("MIL01", "Milano Duomo")], selected="MIL01")
    page.show()
    return page


def test_sign_in_emits_store_username_password(qtbot) -> None:
    page = make_page(qtbot)
    assert page.store_combo.currentText() == "Milano Duomo"
    qtbot.keyClicks(page.username_edit, "  giulia ")
    qtbot.keyClicks(page.password_edit, "s3cret")
    with qtbot.waitSignal(page.signInRequested) as blocker:
        qtbot.mouseClick(page.sign_in_button, LEFT)
    assert blocker.args == ["MIL01", "giulia", "s3cret"]


def test_missing_fields_are_explained_without_signing_in(qtbot) -> None:
    page = make_page(qtbot)
    with qtbot.assertNotEmitted(page.signInRequested):
        qtbot.mouseClick(page.sign_in_button, LEFT)
    assert page.error_label.isVisible()
    assert page.error_label.text() == "Enter your username and your password."


def test_busy_disables_and_then_clears_the_password(qtbot) -> None:
    page = make_page(qtbot)
    qtbot.keyClicks(page.username_edit, "giulia")
    qtbot.keyClicks(page.password_edit, "s3cret")
    page.set_busy(True)
    assert not page.sign_in_button.isEnabled() and page.sign_in_button.text() == "Signing in…"
    with qtbot.assertNotEmitted(page.signInRequested):
        page.submit()
    page.set_busy(False)
    page.show_error("Wrong username or password.")
    assert page.sign_in_button.isEnabled() and page.password_edit.text() == ""
    assert page.error_label.text() == "Wrong username or password."


def test_enter_in_password_submits(qtbot) -> None:
    page = make_page(qtbot)
    qtbot.keyClicks(page.username_edit, "giulia")
    qtbot.keyClicks(page.password_edit, "pw")
    with qtbot.waitSignal(page.signInRequested):
        qtbot.keyClick(page.password_edit, Qt.Key.Key_Return)
