"""Where the app's static resources live on disk: icons (SVG), style sheets, translations.

Plain paths, no Qt resource system: the files ship as package data (pyproject.toml) and
``pyside6-lupdate`` / ``pyside6-lrelease`` work on them in place.
"""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent
ICONS_DIR = ROOT / "icons"
STYLES_DIR = ROOT / "styles"
TRANSLATIONS_DIR = ROOT / "translations"

TRANSLATION_BASENAME = "clienteling"
"""Translation files are ``clienteling_<lang>.ts`` (source) and ``.qm`` (built)."""


def icon_path(name: str) -> Path:
    """Path of ``icons/<name>.svg``; raises FileNotFoundError for an unknown icon."""
    path = ICONS_DIR / f"{name}.svg"
    if not path.is_file():
        raise FileNotFoundError(path)
    return path


def style_path(name: str = "app") -> Path:
    """Path of ``styles/<name>.qss``."""
    path = STYLES_DIR / f"{name}.qss"
    if not path.is_file():
        raise FileNotFoundError(path)
    return path


def read_style(name: str = "app") -> str:
    return style_path(name).read_text(encoding="utf-8")


def translation_path(language: str, *, compiled: bool = True) -> Path:
    """Path of the translation of ``language`` ("fr", "it"); it may not exist (English)."""
    suffix = "qm" if compiled else "ts"
    return TRANSLATIONS_DIR / f"{TRANSLATION_BASENAME}_{language}.{suffix}"
