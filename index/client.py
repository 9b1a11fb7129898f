"""Opening Chroma, and turning its failures into one line that says what to do.

Chroma reports a full disk, a read-only file, a damaged file or a dead server as assorted
internal errors (``database or disk is full``, ``attempt to write a readonly database``,
``Error finding id``, ``httpx.ConnectError``); ``failure`` names each for the user.
"""

from __future__ import annotations

import atexit
import errno
import functools
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar
from urllib.parse import urlparse

from index.embed import offline_env
from index.errors import StoreError
from index.settings import Settings

if TYPE_CHECKING:
    from chromadb.api import ClientAPI

log = logging.getLogger(__name__)

SQLITE = "chroma.sqlite3"
DAMAGED = ("malformed", "not a database", "error finding id", "error getting embedding", "no such table")
"""Fragments of Chroma/SQLite messages that mean a file of the index is damaged or missing."""


class StoreDamagedError(StoreError):
    """A file of the index is damaged; ``factbot doctor`` says which, ``factbot rebuild`` repairs."""


class StoreReadOnlyError(StoreError):
    """The index cannot be written here; reading it still works."""


class StoreFullError(StoreError):
    """The disk holding the index is full."""


class ServerLostError(StoreError):
    """The Chroma server stopped answering."""


def location(settings: Settings) -> str:
    return settings.chroma_url or str(settings.data_dir)


def server_hint(settings: Settings) -> str:
    """How to start the server the settings point at (its real port, not a default)."""
    url = urlparse(settings.chroma_url)
    port = url.port or (443 if url.scheme == "https" else 8000)
    return f"start it with `chroma run --path DIR --host {url.hostname or '127.0.0.1'} --port {port}`"


def failure(exc: BaseException, settings: Settings, action: str) -> StoreError:
    """The StoreError a user can act on for an exception raised by Chroma while ``action``."""
    if isinstance(exc, StoreError):
        return exc
    where = location(settings)
    text = f"{exc.__class__.__name__}: {exc}"
    low = text.lower()
    code = getattr(exc, "errno", None)
    if settings.chroma_url and _is_connection(exc):
        return ServerLostError(
            f"cannot reach the Chroma server at {where} while {action} ({exc.__class__.__name__}); "
            f"{server_hint(settings)}, then run the same command again (completed articles are kept)"
        )
    if "disk is full" in low or "no space left" in low or code == errno.ENOSPC or _full(settings, low):
        return StoreFullError(
            f"the disk holding {where} is full while {action}; free some space and run the same "
            "command again (completed articles are kept)"
        )
    if "readonly" in low or "read-only" in low or code in {errno.EROFS, errno.EACCES, errno.EPERM}:
        return StoreReadOnlyError(
            f"the index in {where} is read-only, so {action} is not possible; `factbot ask` and "
            "`factbot stats` still work. To add articles, make it writable or set FACTBOT_DATA_DIR "
            "to a writable copy"
        )
    if any(mark in low for mark in DAMAGED):
        return StoreDamagedError(
            f"the index in {where} is damaged ({_short(text)}); run `factbot doctor` to see what is "
            "wrong and `factbot rebuild` to repair it"
        )
    return StoreError(
        f"the Chroma store at {where} failed while {action} ({_short(text)}); run `factbot doctor`"
    )


P = ParamSpec("P")
R = TypeVar("R")


def guarded(action: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Chroma, SQLite, HTTP and disk failures inside a Store method (``self.settings``) become one StoreError."""

    def wrap(method: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(method)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return method(*args, **kwargs)
            except Exception as exc:
                if isinstance(exc, StoreError) or not is_store_failure(exc):
                    raise
                settings = args[0].settings  # type: ignore[attr-defined]
                log.debug("%s failed", action, exc_info=True)
                raise failure(exc, settings, action) from exc

        return run

    return wrap


def is_store_failure(exc: BaseException) -> bool:
    """Exceptions that come from Chroma, SQLite, the HTTP client or the file system."""
    module = type(exc).__module__.split(".")[0]
    return isinstance(exc, OSError) or module in {"chromadb", "httpx", "httpcore", "sqlite3"}


def _is_connection(exc: BaseException) -> bool:
    name = type(exc).__name__.lower()
    return isinstance(exc, ConnectionError) or any(
        k in name for k in ("connect", "timeout", "protocol", "remote")
    )


def _full(settings: Settings, low: str) -> bool:
    """Chroma reports a full disk during compaction without saying so: check the free space."""
    if "compaction" not in low or settings.chroma_url:
        return False
    try:
        return shutil.disk_usage(settings.data_dir).free < 4 * 1024 * 1024
    except OSError:
        return False


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def open_client(settings: Settings, writable: bool = True) -> tuple[ClientAPI, Path | None]:
    """An embedded PersistentClient (or HttpClient when FACTBOT_CHROMA_URL is set).

    A read-only data dir is opened through a private copy of its SQLite file (the vector
    files are linked, not copied), because Chroma writes to SQLite even to read; the copy's
    folder is returned so the store can refuse writes that would be lost with it.
    """
    offline_env()
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        try:
            client = chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
            client.heartbeat()
        except Exception as exc:  # connection refused, DNS, TLS: all mean "not reachable"
            raise StoreError(
                f"cannot reach the Chroma server at {settings.chroma_url} ({exc.__class__.__name__}); "
                f"{server_hint(settings)} or unset FACTBOT_CHROMA_URL"
            ) from exc
        return client, None
    data = settings.data_dir
    check_files(data)
    copy = None
    path = data
    if (data / SQLITE).exists() and not (os.access(data, os.W_OK) and os.access(data / SQLITE, os.W_OK)):
        if writable:
            raise failure(OSError(errno.EROFS, "read-only"), settings, "writing")
        copy = path = read_only_copy(data)
    try:
        if writable:
            data.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings), copy
    except Exception as exc:  # a narrow call: whatever fails here is the store failing to open
        _forget(path)
        raise failure(exc, settings, "opening the index") from exc


def _forget(path: Path) -> None:
    """Drop Chroma's cached half-opened system for ``path``, so the next open starts afresh.

    Chroma keeps a failed system in its process-wide cache and a second open then fails
    with an unrelated AttributeError instead of the real reason.
    """
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient._identifier_to_system.pop(str(path), None)
    SharedSystemClient._identifier_to_refcount.pop(str(path), None)


def check_files(data: Path) -> None:
    """Refuse an index whose SQLite file is empty or gone while its vector folders remain.

    Chroma would start a new, empty database there and the index would silently look empty.
    """
    if data.exists() and not data.is_dir():
        raise StoreError(
            f"cannot open the index in {data}: it is a file, not a folder; "
            "point FACTBOT_DATA_DIR at a folder (or move the file away)"
        )
    sqlite = data / SQLITE
    segments = [p for p in data.glob("*-*-*-*-*") if p.is_dir()] if data.is_dir() else []
    if sqlite.exists() and sqlite.stat().st_size == 0:
        raise StoreDamagedError(
            f"{sqlite} is empty: the index's records are lost; run `factbot rebuild PATH...` with your "
            "article files to start it again (the damaged folder is kept aside)"
        )
    if segments and not sqlite.exists():
        raise StoreDamagedError(
            f"{sqlite} is missing but {len(segments)} vector folders remain; run `factbot rebuild PATH...` "
            "with your article files to start the index again (the damaged folder is kept aside)"
        )


def read_only_copy(data: Path) -> Path:
    """A temporary folder with a copy of the SQLite file and links to the vector folders."""
    tmp = Path(tempfile.mkdtemp(prefix="factbot-readonly-"))
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)
    for item in data.iterdir():
        if item.name.startswith(SQLITE):
            shutil.copy2(item, tmp / item.name)
        elif item.is_dir() and item.name != "lexical":
            (tmp / item.name).symlink_to(item.resolve(), target_is_directory=True)
    log.info("%s is read-only: reading it through a copy in %s", data, tmp)
    return tmp
