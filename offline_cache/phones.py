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
_LONGEST_FIRST = tuple(sorted(COUNTRY_CODES, key=len, reverse=True))


def digits(text: str) -> str:
    return _NON_DIGITS.sub("", text)


def _split_country(international: str) -> tuple[str, str] | None:
    for code in _LONGEST_FIRST:
        if international.startswith(code) and len(international) - len(code) >= 6:
            return code, international[len(code):]
    return None


def search_forms(phone: str | None) -> str:
    """Space-separated digit tokens for the FTS index ("" when there is no number)."""
    if not phone:
        return ""
    raw = phone.strip()
    number = digits(raw)
    if not number:
        return ""
    international = None
    if raw.startswith("+"):
        international = number
    elif number.startswith("00"):
        international = number[2:]
    forms = []
    if international:
        forms.append(international)
        split = _split_country(international)
        national = split[1] if split else None
    else:
        national = number
    if national:
        forms.append(national)
        bare = national.lstrip("0")
        forms.append(bare)
        forms.append("0" + bare)
    return " ".join(dict.fromkeys(f for f in forms if f))


def search_forms_json(phone: str | None) -> str:
    """The forms as a JSON array, as the customers table stores them for its phone index."""
    forms = search_forms(phone)
    return "[" + ",".join(f'"{f}"' for f in forms.split()) + "]"


def query_digits(text: str) -> str:
    """What a typed number is matched as: its digits, without an international 00 prefix."""
    number = digits(text)
    if number.startswith("00"):
        number = number[2:]
    return number
