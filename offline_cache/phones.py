"""Phone numbers as search tokens: the forms an associate may type for one number.

A number is indexed as its international digits, its national significant number and its
national form with the trunk 0, so "06 12 34 56 78", "+33612345678" and "612345678" all
prefix-match the same customer, and Italian numbers (whose national form keeps its 0) too.
"""
from __future__ import annotations

import re

_NON_DIGITS = re.compile(r"\D+")

# The chain sells in France and Italy; neighbours' codes keep travellers' numbers searchable.
COUNTRY_CODES = ("33", "39", "32", "41", "49", "34", "44", "352", "377", "31", "351", "43", "1")


def digits(text: str) -> str:
    return _NON_DIGITS.sub("", text)


_CODES = frozenset(COUNTRY_CODES)


def _split_country(international: str) -> tuple[str, str] | None:
    for size in (3, 2, 1):  # country codes are prefix-free: the longest match is the only one
        code = international[:size]
        if code in _CODES and len(international) - size >= 6:
            return code, international[size:]
    return None


def forms(phone: str | None) -> list[str]:
    """International digits, national number, national number without and with its trunk 0."""
    if not phone:
        return []
    raw = phone.strip()
    if raw[:1] == "+" and raw[1:].isdigit():  # the backend sends E.164: skip the regex
        number = raw[1:]
    else:
        number = digits(raw)
    if not number:
        return []
    international = None
    if raw[:1] == "+":
        international = number
    elif number.startswith("00"):
        international = number[2:]
    out = []
    if international:
        out.append(international)
        split = _split_country(international)
        national = split[1] if split else None
    else:
        national = number
    if national:
        bare = national.lstrip("0")
        out += [national, bare, "0" + bare]
    return list(dict.fromkeys(f for f in out if f))


def search_forms(phone: str | None) -> str:
    """Space-separated digit tokens ("" when there is no number)."""
    return " ".join(forms(phone))


def search_forms_json(phone: str | None) -> str:
    """The forms as a JSON array, as the customers table stores them for its phone index."""
    return "[" + ",".join(f'"{f}"' for f in forms(phone)) + "]"


def query_digits(text: str) -> str:
    """What a typed number is matched as: its digits, without an international 00 prefix."""
    number = digits(text)
    if number.startswith("00"):
        number = number[2:]
    return number
