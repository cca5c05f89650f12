"""Tokens in the OS keyring, and nowhere else."""
from __future__ import annotations

import keyring
import keyring.errors

from .client import TokenStore

SERVICE = "clienteling"


class KeyringTokenStore(TokenStore):
    """The refresh token of one profile, in the OS keyring."""

    def __init__(self, profile: str) -> None:
        self._user = f"refresh-token:{profile}"

    def load(self) -> str | None:
        return keyring.get_password(SERVICE, self._user)

    def save(self, refresh_token: str) -> None:
        keyring.set_password(SERVICE, self._user, refresh_token)

    def clear(self) -> None:
        try:
            keyring.delete_password(SERVICE, self._user)
        except keyring.errors.PasswordDeleteError:
            pass
