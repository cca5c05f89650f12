"""Clienteling: the in-store clienteling app's core (domain, client, sync, services, CLI)."""

__version__ = "0.1.0"
