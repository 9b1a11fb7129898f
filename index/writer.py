"""One writer per embedded index folder.

Two processes writing one embedded Chroma folder at once corrupt it: its HNSW link list grows
without bound (one such pair filled a 250 GB disk) and later reads fail. Chroma has no guard of its
own for a ``PersistentClient``, so an ingest holds an exclusive lock on a file in the folder while it
writes; a second writer waits ``Settings.write_wait`` seconds for it, then stops with a message
saying what to do. Threads of one process (the chat page's uploads) queue behind each other. A
Chroma server orders its own writes, so ``chroma_url`` needs no lock.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from index.errors import IndexBusyError, printable
from index.settings import Settings

LOCK_FILE = ".writer.lock"
"""The lock's file, inside the data dir (it holds the writing process's id, for the message)."""

POLL_SECONDS = 0.2
"""How often a waiting writer tries the lock again."""

_in_process = threading.Lock()
_held = threading.local()


@contextmanager
def sole_writer(settings: Settings) -> Iterator[None]:
    """Hold the data dir's write lock for the block (no lock for a Chroma server)."""
    if settings.chroma_url:
        yield
        return
    data = settings.data_dir.resolve()
    held: set[Path] = _held.__dict__.setdefault("dirs", set())
    if data in held:  # this thread already writes here (a nested call): the lock is ours
        yield
        return
    with _in_process:
        data.mkdir(parents=True, exist_ok=True)
        with open(data / LOCK_FILE, "a+", encoding="utf-8") as handle:
            _acquire(handle, data, settings.write_wait)
            held.add(data)
            try:
                handle.seek(0)
                handle.truncate()
                handle.write(str(os.getpid()))
                handle.flush()
                yield
            finally:
                held.discard(data)
                fcntl.flock(handle, fcntl.LOCK_UN)


def _acquire(handle: TextIO, data: Path, wait: float) -> None:
    """Take the lock, trying again until ``wait`` seconds have passed."""
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                handle.seek(0)
                holder = handle.read().strip()
                who = f" (process {holder})" if holder.isdigit() else ""
                raise IndexBusyError(
                    f"another factbot process{who} is writing to the index in "
                    f"{printable(str(data))}; wait for it to finish and run this again, or give "
                    "each process its own FACTBOT_DATA_DIR (two writers at once would corrupt it)"
                ) from None
            time.sleep(POLL_SECONDS)
