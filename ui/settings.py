"""UI settings, declared once with their defaults, persisted with QSettings.

Backend and cache settings live in clienteling.config.Settings; these are the device's
screen-side preferences (language, kiosk, training, auto-lock, scanner timing).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from PySide6.QtCore import QSettings

ORGANIZATION = "Clienteling"
APPLICATION = "Clienteling"
SUPPORTED_LANGUAGES = ("en", "fr", "it")


@dataclass(frozen=True)
class UiSettings:
    idle_lock_seconds: int = 300
    """Auto-lock after this many seconds without a touch or key press; 0 disables it."""
    language: str | None = None
    """"en", "fr" or "it"; None follows the system locale."""
    kiosk: bool = False
    """Full screen, frameless, closing needs a manager PIN."""
    training: bool = False
    """Training mode: a coloured band on every screen (the lead pairs it with a training profile)."""
    scanner_max_interval_ms: int = 30
    """Keystrokes closer than this are a keyboard-wedge scanner, not a person."""
    scanner_min_length: int = 6

    def __post_init__(self) -> None:
        if self.language is not None and self.language not in SUPPORTED_LANGUAGES:
            raise ValueError(f"unsupported language {self.language!r}")
        if self.idle_lock_seconds < 0 or self.scanner_max_interval_ms <= 0 or self.scanner_min_length < 1:
            raise ValueError("invalid timing setting")


def _qsettings(store: QSettings | None) -> QSettings:
    return store if store is not None else QSettings(ORGANIZATION, APPLICATION)


def _coerce(kind: type, raw: object, default: object) -> object:
    if raw is None or raw == "":
        return default
    if kind is bool:
        return raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
    if kind is int:
        return int(raw)  # type: ignore[arg-type]
    return str(raw)


def load_settings(store: QSettings | None = None) -> UiSettings:
    """Read the persisted settings; unknown or broken values fall back to the defaults."""
    qs = _qsettings(store)
    defaults = UiSettings()
    values: dict[str, object] = {}
    for f in fields(UiSettings):
        default = getattr(defaults, f.name)
        kind = bool if isinstance(default, bool) else int if isinstance(default, int) else str
        try:
            values[f.name] = _coerce(kind, qs.value(f"ui/{f.name}"), default)
        except (TypeError, ValueError):
            values[f.name] = default
    try:
        return UiSettings(**values)  # type: ignore[arg-type]
    except ValueError:
        return defaults


def save_settings(settings: UiSettings, store: QSettings | None = None) -> None:
    qs = _qsettings(store)
    for name, value in asdict(settings).items():
        if value is None:
            qs.remove(f"ui/{name}")
        else:
            qs.setValue(f"ui/{name}", value)
    qs.sync()
