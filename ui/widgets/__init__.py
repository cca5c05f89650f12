"""Reusable widgets of the app (touch helpers, empty states, PIN pad)."""
