"""The device's local store: an encrypted SQLite cache of the backend's feeds, and the outbox.

No HTTP and no Qt here: the sync engine (clienteling.sync) feeds pages in and drains the
outbox; the services read through the repositories and search modules.
"""
