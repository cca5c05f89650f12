"""Languages of the app (English source, French, Italian) and locale-aware formatting.

Switching language at runtime installs another QTranslator; Qt then sends a LanguageChange
event to every widget, and each widget re-applies its texts in ``retranslate()`` (called
from ``changeEvent``). Money and dates are formatted with QLocale so separators, currency
placement and date order follow the language.
"""
from __future__ import annotations

import logging
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QObject,
    QTime,
    QTranslator,
    Signal,
)

from clienteling.models.common import Money
from resources import translation_path
from ui.settings import SUPPORTED_LANGUAGES

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"en": "English", "fr": "Français", "it": "Italiano"}
"""Each language named in itself, as a language picker shows it (never translated)."""

_MINOR_DIGITS = {"EUR": 2, "CHF": 2, "GBP": 2, "USD": 2, "JPY": 0}


def system_language() -> str:
    """The supported language closest to the system locale, English otherwise."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED_LANGUAGES:
            return code
    return "en"


def to_locale(locale: QLocale | str | None) -> QLocale:
    if isinstance(locale, QLocale):
        return locale
    if locale is None:
        return QLocale()
    return QLocale(locale)


class LanguageManager(QObject):
    """Owns the installed translators; ``set_language`` switches the whole UI at runtime."""

    languageChanged = Signal(str)

    def __init__(self, app: QCoreApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._translators: list[QTranslator] = []
        self._language = "en"

    @property
    def language(self) -> str:
        return self._language

    @property
    def locale(self) -> QLocale:
        return QLocale(self._language)

    def set_language(self, language: str | None) -> str:
        """Install ``language`` ("en", "fr", "it"; None = system); returns the one applied."""
        code = language or system_language()
        if code not in SUPPORTED_LANGUAGES:
            log.warning("unsupported language %r, using English", code)
            code = "en"
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
        # English is the source language; its .qm only holds plural forms ("1 command", "2 commands").
        self._install(translation_path(code), required=code != "en")
        if code != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qtbase = QTranslator(self)
            if qtbase.load(f"qtbase_{code}", qt_dir):  # Qt's own dialogs and context menus
                self._app.installTranslator(qtbase)
                self._translators.append(qtbase)
        QLocale.setDefault(QLocale(code))
        changed = code != self._language
        self._language = code
        if changed:
            self.languageChanged.emit(code)
        return code

    def _install(self, path: object, *, required: bool) -> None:
        translator = QTranslator(self)
        if translator.load(str(path)):
            self._app.installTranslator(translator)
            self._translators.append(translator)
        else:
            log.log(
                logging.ERROR if required else logging.WARNING,
                "translation %s missing or unreadable (see resources/translations/README.md)",
                path,
            )


def format_money(money: Money, locale: QLocale | str | None = None) -> str:
    """e.g. 1234,50 € (fr), € 1.234,50 (it), €1,234.50 (en).

    Money stays integer minor units; the float built here only feeds QLocale's formatter and
    is exact to the cent for any amount the model allows (|amount| ≤ 10^12 minor units).
    """
    loc = to_locale(locale)
    digits = _MINOR_DIGITS.get(money.currency, 2)
    value = money.amount_minor / (10**digits)
    symbol = loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    if loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) != money.currency:
        symbol = {"EUR": "€", "GBP": "£", "USD": "$", "CHF": "CHF", "JPY": "¥"}.get(money.currency, money.currency)
    return loc.toCurrencyString(value, symbol, digits)


def format_datetime(
    dt: datetime,
    tz: tzinfo | str,
    locale: QLocale | str | None = None,
    fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat,
) -> str:
    """An aware instant shown in the store's time zone (IANA name or tzinfo), locale style."""
    if dt.tzinfo is None:
        raise ValueError("format_datetime needs a timezone-aware datetime")
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    local = dt.astimezone(zone)
    qdt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))
    return to_locale(locale).toString(qdt, fmt)


def format_time(dt: datetime, tz: tzinfo | str | None = None, locale: QLocale | str | None = None) -> str:
    """HH:MM (locale style) of an aware instant in tz (None = the device's local zone)."""
    if dt.tzinfo is None:
        raise ValueError("format_time needs a timezone-aware datetime")
    local = dt.astimezone(ZoneInfo(tz) if isinstance(tz, str) else tz)
    return to_locale(locale).toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
