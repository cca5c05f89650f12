"""The sync status strip shows what a person needs: online or not, progress, waiting, conflicts."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from clienteling.services.status import StatusHub, SyncStatus
from ui.shell.status_bar import SyncStatusBar

NOW = datetime(2025, 3, 1, 14, 0, tzinfo=timezone.utc)


@pytest.fixture
def bar(qtbot) -> Iterator[SyncStatusBar]:
    host = QWidget()  # embedded as in the window (a top-level bar would be its own window)
    qtbot.addWidget(host)
    widget = SyncStatusBar(host, clock=lambda: NOW, timezone_="Europe/Paris")
    host.resize(1280, 120)
    widget.resize(1280, 60)
    host.show()
    qtbot.waitExposed(host)
    yield widget  # a generator keeps `host` (the owner) alive during the test


def test_online(bar: SyncStatusBar) -> None:
    bar.set_status(SyncStatus(online=True, last_pull_at=NOW - timedelta(seconds=20)))
    assert bar.connection_label.text() == "Online"
    assert bar.age_label.text() == "Synced just now"
    assert not bar.queue_label.isVisible() and not bar.conflicts_button.isVisible()
    assert not bar.progress.isVisible()
    assert bar.property("state") == "online"


def test_offline_since_in_store_time(bar: SyncStatusBar) -> None:
    bar.set_status(SyncStatus(online=False, offline_since=datetime(2025, 3, 1, 9, 30, tzinfo=timezone.utc)))
    # 09:30 UTC is 10:30 in Paris; English short time format
    assert bar.connection_label.text() in ("Offline since 10:30 AM", "Offline since 10:30\u202fAM")
    assert bar.property("state") == "offline"
    bar.set_status(SyncStatus(online=False))
    assert bar.connection_label.text() == "Offline"


def test_queued_commands_and_plurals(bar: SyncStatusBar) -> None:
    bar.set_status(SyncStatus(queued_commands=1))
    assert bar.queue_label.isVisible()
    assert bar.queue_label.text() == "1 command waiting to sync"
    bar.set_status(SyncStatus(queued_commands=3))
    assert bar.queue_label.text() == "3 commands waiting to sync"


def test_conflicts_are_clickable(bar: SyncStatusBar, qtbot) -> None:
    bar.set_status(SyncStatus(conflicts=2))
    assert bar.conflicts_button.text() == "2 conflicts need attention"
    with qtbot.waitSignal(bar.conflictsClicked):
        qtbot.mouseClick(bar.conflicts_button, Qt.MouseButton.LeftButton)
    assert bar.conflicts_button.height() >= 40


def test_syncing_shows_progress(bar: SyncStatusBar) -> None:
    bar.set_status(SyncStatus(syncing=True, progress=0.4))
    assert bar.progress.isVisible() and bar.progress.value() == 40
    assert bar.progress.text() == "Syncing… 40%"
    bar.set_status(SyncStatus(syncing=True, progress=None))
    assert bar.sync_label.isVisible() and bar.sync_label.text() == "Syncing…"
    assert bar.progress.maximum() == 0  # busy indicator


@pytest.mark.parametrize(
    ("age", "text"),
    [
        (None, "Not synced yet"),
        (timedelta(minutes=1), "Synced 1 minute ago"),
        (timedelta(minutes=25), "Synced 25 minutes ago"),
        (timedelta(hours=3), "Synced 3 hours ago"),
        (timedelta(days=2), "Synced 2 days ago"),
    ],
)
def test_last_sync_age(bar: SyncStatusBar, age: timedelta | None, text: str) -> None:
    bar.set_status(SyncStatus(last_push_at=None if age is None else NOW - age))
    assert bar.age_label.text() == text


def test_follows_a_hub_published_from_another_thread(bar: SyncStatusBar, qtbot) -> None:
    hub = StatusHub()
    bar.bind(hub)
    worker = threading.Thread(target=lambda: hub.update(online=False, queued_commands=5))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bar.queue_label.text() == "5 commands waiting to sync")
    assert bar.connection_label.text() == "Offline"
    bar.unbind()
    hub.update(queued_commands=7)
    qtbot.wait(1)  # let a (wrongly) queued delivery arrive, if any
    assert bar.status.queued_commands == 5


def test_narrow_bar_uses_two_rows(bar: SyncStatusBar, qtbot) -> None:
    bar.set_status(SyncStatus(online=False, offline_since=NOW, syncing=True, progress=0.5, queued_commands=3, conflicts=2))
    bar.resize(760, 60)
    qtbot.waitUntil(lambda: bar.compact)
    bar.resize(1900, 60)
    qtbot.waitUntil(lambda: not bar.compact)
