"""Tokens in the OS keyring, and nowhere else."""
from __future__ import annotations

import keyring
import keyring.backend
import keyring.errors

from offline_cache import keys

from .client import TokenStore

SERVICE = "clienteling"


class KeyringTokenStore(TokenStore):
    """The refresh token of one profile, in the same keyring as the cache key.

    offline_cache.keys.backend() picks it (the OS keyring, or the explicit backend named by
    CLIENTELING_KEYRING_BACKEND) and refuses plain-text backends: tokens and the key are
    protected alike.
    """

    def __init__(self, profile: str) -> None:
        self._user = f"refresh-token:{profile}"

    def load(self) -> str | None:
        return keys.backend().get_password(SERVICE, self._user)

    def save(self, refresh_token: str) -> None:
        keys.backend().set_password(SERVICE, self._user, refresh_token)

    def clear(self) -> None:
        try:
            keys.backend().delete_password(SERVICE, self._user)
        except keyring.errors.PasswordDeleteError:
            pass


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in this process only: for the demo and tests, never for real data.

    The demo's customers are generated and its cache is thrown away at exit, so keeping its
    key in memory loses nothing; a real deployment uses the OS keyring.
    """

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None
