"""Reviewed Word copies waiting for their download: in memory only, once, for a few minutes.

A copy is stored under a long random key (the download link) and removed when
it is downloaded or when it expires, whichever comes first. Nothing is written
to disk. The store holds a bounded number of copies and bytes; the oldest go
first when it is full.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass


@dataclass
class Copy:
    filename: str
    data: bytes
    expires: float


class CopyStore:
    def __init__(self, ttl_seconds: float = 600.0, max_items: int = 32, max_bytes: int = 256 * 1024 * 1024):
        self.ttl = ttl_seconds
        self.max_items = max_items
        self.max_bytes = max_bytes
        self._items: OrderedDict[str, Copy] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        with self._lock:
            self._expire(time.monotonic())
            return len(self._items)

    def _expire(self, now: float) -> None:
        for key in [k for k, c in self._items.items() if c.expires <= now]:
            del self._items[key]

    def _size(self) -> int:
        return sum(len(c.data) for c in self._items.values())

    def put(self, filename: str, data: bytes) -> str:
        key = secrets.token_urlsafe(24)
        now = time.monotonic()
        with self._lock:
            self._expire(now)
            self._items[key] = Copy(filename, data, now + self.ttl)
            while len(self._items) > self.max_items or (len(self._items) > 1 and self._size() > self.max_bytes):
                self._items.popitem(last=False)
        return key

    def take(self, key: str) -> Copy | None:
        """The copy for ``key``, removed from the store (a link works once)."""
        with self._lock:
            self._expire(time.monotonic())
            return self._items.pop(key, None)

    def sweep(self) -> None:
        with self._lock:
            self._expire(time.monotonic())

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
