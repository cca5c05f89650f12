"""UI settings persist through QSettings; the layers stay apart (no SQL/HTTP in ui/, no widgets below)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ui.settings import UiSettings, load_settings, save_settings

ROOT = Path(__file__).resolve().parents[2]


def test_defaults() -> None:
    s = load_settings()
    assert s == UiSettings()
    assert (s.idle_lock_seconds, s.language, s.kiosk, s.training, s.scanner_max_interval_ms) == (300, None, False, False, 30)


def test_round_trip() -> None:
    wanted = UiSettings(idle_lock_seconds=60, language="it", kiosk=True, training=True, scanner_max_interval_ms=25)
    save_settings(wanted)
    assert load_settings() == wanted
    save_settings(UiSettings())
    assert load_settings() == UiSettings()


def test_broken_values_fall_back_to_defaults() -> None:
    from PySide6.QtCore import QSettings

    qs = QSettings()
    qs.setValue("ui/idle_lock_seconds", "soon")
    qs.setValue("ui/language", "klingon")
    assert load_settings(qs) == UiSettings()


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("package", ["clienteling", "offline_cache"])
def test_core_packages_never_import_qt_widgets(package: str) -> None:
    for path in (ROOT / package).rglob("*.py"):
        bad = {n for n in imports_of(path) if n.startswith(("PySide6.QtWidgets", "PySide6.QtGui"))}
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


def test_ui_has_no_sql_and_no_http() -> None:
    forbidden = ("sqlite3", "sqlcipher3", "sqlite_utils", "httpx", "offline_cache", "clienteling.client", "PySide6.QtSql", "PySide6.QtNetwork")
    for path in (ROOT / "ui").rglob("*.py"):
        bad = {n for n in imports_of(path) if n.startswith(forbidden)}
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"
