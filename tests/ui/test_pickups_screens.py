"""Screenshots of the pickup screens (both orientations): PICKUPS_SHOTS=/dir [SHOT_LANG=fr] pytest this file."""
import os
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clienteling.models.pickup import RefusalReason
from tests.pickup_orders import CODE, WRONG_CODE, counter_order
from tests.ui.test_pickups import counter_factory  # noqa: F401  (fixture)

LEFT = Qt.MouseButton.LeftButton


def grab(window, name):
    out = Path(os.environ["PICKUPS_SHOTS"])
    out.mkdir(parents=True, exist_ok=True)
    for size, tag in (((1280, 800), "landscape"), ((800, 1280), "portrait")):
        window.resize(*size)
        for _ in range(5):
            QApplication.processEvents()
        window.grab().save(str(out / f"{name}-{tag}.png"))


@pytest.mark.skipif(not os.environ.get("PICKUPS_SHOTS"), reason="set PICKUPS_SHOTS=/dir to write the screenshots")
def test_render(qtbot, counter_factory, demo_backend, languages):
    lang = os.environ.get("SHOT_LANG", "en")
    languages.set_language(lang)
    order = counter_order(demo_backend, requires_proof=True)
    counter = counter_factory()
    area, window = counter.area, counter.shell.window
    qtbot.waitUntil(lambda: area.model.rowCount() > 3, timeout=10000)
    grab(window, f"queue-{lang}")
    area.queue.set_view("overdue")
    qtbot.waitUntil(lambda: area.model.rowCount() > 0, timeout=10000)
    grab(window, f"queue-overdue-{lang}")
    area.queue.set_view("open")
    counter.shell.router.route(f"CC:{order.id}:{WRONG_CODE}")
    qtbot.waitUntil(lambda: area.verify_page._last is not None, timeout=10000)
    qtbot.keyClicks(area.verify_page.collector_edit, "Anna Bianchi")
    qtbot.keyClicks(area.verify_page.relation_edit, "sister")
    grab(window, f"verify-{lang}")
    area.verify_page.code_edit.clear()
    qtbot.keyClicks(area.verify_page.code_edit, CODE)
    qtbot.mouseClick(area.verify_page.check_button, LEFT)
    qtbot.waitUntil(lambda: area.verify_page.verified, timeout=10000)
    qtbot.keyClicks(area.verify_page.id_digits_edit, "4821")
    qtbot.mouseClick(area.verify_page.continue_button, LEFT)
    page = area.handover_page
    qtbot.mouseClick(page.rows[2].refuse_button, LEFT)
    page.rows[2].reason_combo.setCurrentIndex(page.rows[2].reason_combo.findData(RefusalReason.DAMAGED.value))
    grab(window, f"handover-{lang}")
    qtbot.mouseClick(page.review_button, LEFT)
    grab(window, f"handover-summary-{lang}")
    demo_backend.server.stop()
    qtbot.mouseClick(page.confirm_button, LEFT)
    qtbot.waitUntil(lambda: area.currentWidget() is area.order_page, timeout=10000)
    qtbot.waitUntil(lambda: not counter.services.status_hub.current.online, timeout=10000)
    qtbot.waitUntil(lambda: "waiting to sync" in area.order_page.sync_label.text(), timeout=10000)
    grab(window, f"order-waiting-{lang}")
    demo_backend.server.start()
