"""QIcon access to resources/icons/*.svg, cached (icons are loaded once per name)."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from resources import icon_path


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """The SVG icon ``name`` (e.g. "customers"); raises FileNotFoundError for a typo."""
    return QIcon(str(icon_path(name)))
