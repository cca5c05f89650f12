"""Languages: French and Italian translations are complete, built, and switch at runtime."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QTranslator

from clienteling.models.common import Money
from clienteling.models.location import Role
from resources import translation_path
from ui.i18n import LanguageManager, format_datetime, format_money
from ui.shell.main_window import MainWindow


def ts_messages(language: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(translation_path(language, compiled=False)).getroot()
    return [
        (ctx.findtext("name"), msg.findtext("source"), msg)
        for ctx in root.iter("context")
        for msg in ctx.findall("message")
    ]


@pytest.mark.parametrize("language", ["fr", "it"])
def test_every_string_is_translated_and_the_qm_is_built_from_the_ts(language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(translation_path(language)))
    messages = ts_messages(language)
    assert len(messages) > 50
    for context, source, msg in messages:
        translation = msg.find("translation")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), (context, source)
        if msg.get("numerus") == "yes":
            forms = [f.text for f in translation.findall("numerusform")]
            assert all(forms), (context, source)
            assert translator.translate(context, source, None, 1) == forms[0]
            assert translator.translate(context, source, None, 5) == forms[1]
        else:
            assert translation.text, (context, source)
            assert translator.translate(context, source) == translation.text, (context, source)


@pytest.fixture
def window(qtbot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.set_role(Role.MANAGER)
    w.show()
    return w


def visible_labels(w: MainWindow) -> dict[str, str]:
    return {
        "sign_in_title": w.sign_in.title_label.text(),
        "username": w.sign_in.username_label.text(),
        "sign_in_button": w.sign_in.sign_in_button.text(),
        "customers": w.rail.button("customers").text(),
        "dashboard": w.rail.button("dashboard").text(),
        "lock": w.rail.lock_button.text(),
        "status": w.status_bar.connection_label.text(),
        "lock_hint": w.lock_screen.hint_label.text(),
        "empty_title": w.page("pickups").title_label.text(),
    }


def test_switching_language_retranslates_the_visible_shell(window: MainWindow, languages: LanguageManager, qtbot) -> None:
    english = visible_labels(window)
    assert english["customers"] == "Customers" and english["sign_in_button"] == "Sign in"

    with qtbot.waitSignal(languages.languageChanged, check_params_cb=lambda code: code == "fr"):
        languages.set_language("fr")
    # Qt posts LanguageChange to every window; the widgets retranslate when it arrives.
    qtbot.waitUntil(lambda: window.rail.button("customers").text() == "Clients")
    assert visible_labels(window) == {
        "sign_in_title": "Se connecter",
        "username": "Identifiant",
        "sign_in_button": "Se connecter",
        "customers": "Clients",
        "dashboard": "Tableau de bord",
        "lock": "Verrouiller",
        "status": "En ligne",
        "lock_hint": "Saisissez votre PIN pour continuer.",
        "empty_title": "Retraits",
    }

    languages.set_language("it")
    qtbot.waitUntil(lambda: window.rail.button("customers").text() == "Clienti")
    assert visible_labels(window) == {
        "sign_in_title": "Accedi",
        "username": "Nome utente",
        "sign_in_button": "Accedi",
        "customers": "Clienti",
        "dashboard": "Cruscotto",
        "lock": "Blocca",
        "status": "Online",
        "lock_hint": "Inserisci il tuo PIN per continuare.",
        "empty_title": "Ritiri",
    }

    languages.set_language("en")
    qtbot.waitUntil(lambda: window.rail.button("customers").text() == "Customers")
    assert visible_labels(window) == english


def test_language_picker_on_sign_in_asks_for_a_switch(window: MainWindow, qtbot) -> None:
    combo = window.sign_in.language_combo
    with qtbot.waitSignal(window.sign_in.languageSelected, check_params_cb=lambda code: code == "it"):
        combo.activated.emit(combo.findData("it"))


def test_unsupported_language_falls_back_to_english(languages: LanguageManager) -> None:
    assert languages.set_language("de") == "en"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("fr", "12\u202f345,67\u00a0€"), ("it", "12.345,67\u00a0€"), ("en", "€12,345.67")],
)
def test_format_money(locale: str, expected: str) -> None:
    text = format_money(Money(amount_minor=1234567, currency="EUR"), locale)
    # QLocale/CLDR spacing varies between Qt versions; compare without the spacing characters.
    squash = lambda s: s.replace("\u202f", "").replace("\u00a0", "").replace(" ", "")  # noqa: E731
    assert squash(text) == squash(expected)


def test_format_money_is_exact_for_cents_and_negative() -> None:
    assert format_money(Money(amount_minor=1, currency="EUR"), "en") == "€0.01"
    assert format_money(Money(amount_minor=-1999, currency="EUR"), "en") in ("-€19.99", "−€19.99", "(€19.99)")


def test_format_datetime_in_store_time_zone() -> None:
    instant = datetime(2025, 7, 14, 16, 5, tzinfo=timezone.utc)  # 18:05 in Paris and Rome (CEST)
    assert "18:05" in format_datetime(instant, "Europe/Paris", "fr")
    assert "14/07/2025" in format_datetime(instant, "Europe/Paris", "fr")
    assert "18:05" in format_datetime(instant, "Europe/Rome", "it")
    with pytest.raises(ValueError):
        format_datetime(datetime(2025, 7, 14, 16, 5), "Europe/Paris", "fr")
