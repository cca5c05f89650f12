"""Training mode from the command line: its own cache profile and the band on every screen.

`clienteling --training` and `clienteling demo --training` are run through the real CLI entry
point, the real qasync app and the real services; a timer plays the person who looks at the
screens and then closes the window.
"""
from __future__ import annotations

import shutil
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from clienteling.cli import main
from offline_cache import keys
from ui.shell.main_window import MainWindow


def run_cli(qapp: QApplication, argv: list[str], look: Callable[[MainWindow], bool]) -> int:
    """Run `clienteling <argv>` until ``look(window)`` returns True, then close the window."""
    state = {"done": False}

    def poll() -> None:
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible() and not state["done"]:
                if look(widget):
                    state["done"] = True
                    timer.stop()
                    widget.close()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(poll)
    timer.start()
    quit_on_close = qapp.quitOnLastWindowClosed()
    try:
        code = main(argv)
    finally:
        timer.stop()
        qapp.setQuitOnLastWindowClosed(quit_on_close)
    assert state["done"], "the window never showed what was expected"
    return code


def test_training_flag_uses_its_own_profile_and_marks_the_sign_in_screen(qapp, demo_backend, tmp_path,
                                                                        monkeypatch) -> None:
    data_dir = tmp_path / "tablet"
    monkeypatch.setenv("CLIENTELING_DATA_DIR", str(data_dir))
    seen: list[tuple[str, bool, str]] = []

    def look(window: MainWindow) -> bool:
        if window.sign_in.store_combo.count() == 0:
            return False  # the store list is still coming from the server
        seen.append((window.current_screen(), window.training_band.isVisible(), window.training_band.text()))
        return True

    assert run_cli(qapp, ["--backend-url", demo_backend.url, "--profile", "shop", "--training"], look) == 0
    assert seen == [(MainWindow.SIGN_IN, True, "Training mode")]
    assert (data_dir / "shop-training.cache.db").exists()
    assert not (data_dir / "shop.cache.db").exists()  # the store's real cache is never touched
    assert keys.get_key("shop-training") is not None and keys.get_key("shop") is None


def test_without_the_flag_there_is_no_band_and_the_usual_profile(qapp, demo_backend, tmp_path, monkeypatch) -> None:
    data_dir = tmp_path / "tablet"
    monkeypatch.setenv("CLIENTELING_DATA_DIR", str(data_dir))
    seen: list[bool] = []

    def look(window: MainWindow) -> bool:
        seen.append(window.training_band.isVisible())
        return True

    assert run_cli(qapp, ["--backend-url", demo_backend.url, "--profile", "shop"], look) == 0
    assert seen == [False]
    assert (data_dir / "shop.cache.db").exists() and not (data_dir / "shop-training.cache.db").exists()


@pytest.mark.parametrize("flag_first", [False, True])
def test_demo_training_marks_the_workspace_and_the_lock_screen(qapp, demo_db_template, tmp_path, monkeypatch,
                                                                flag_first) -> None:
    data_dir = tmp_path / "demo"
    (data_dir / "demo-backend").mkdir(parents=True)
    from clienteling.server.demo_data import DATA_VERSION

    # The template is the demo chain already generated: no generation in the test.
    shutil.copy(demo_db_template, data_dir / "demo-backend" / f"demo-400-v{DATA_VERSION}.sqlite3")
    monkeypatch.setenv("CLIENTELING_DATA_DIR", str(data_dir))
    seen: list[tuple[str, bool]] = []
    profiles: list[tuple[bool, bool]] = []

    def look(window: MainWindow) -> bool:
        if window.current_screen() == MainWindow.WORKSPACE and not seen:
            seen.append((window.current_screen(), window.training_band.isVisible()))
            profiles.append((keys.get_key("demo-training") is not None, keys.get_key("demo") is not None))
            window.rail.lock_button.click()
            return False
        if window.current_screen() == MainWindow.LOCK:
            seen.append((window.current_screen(), window.training_band.isVisible()))
            return True
        return False

    argv = ["demo", "--training", "--customers", "400"]
    if flag_first:
        argv = ["--training", "demo", "--customers", "400"]
    assert run_cli(qapp, argv, look) == 0
    assert seen == [(MainWindow.WORKSPACE, True), (MainWindow.LOCK, True)]
    assert profiles == [(True, False)]
