"""One base error so the CLI and UI can turn any factbot failure into a plain message."""

import unicodedata


def printable(text: str) -> str:
    """Text safe to print on one line: control characters and undecodable bytes escaped.

    A file name may hold a newline, an escape sequence or bytes that are not UTF-8
    (surrogate-escaped by the OS layer); shown raw they would forge or break output lines.
    """
    out = []
    for ch in text:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode
            out.append(f"\\x{code - 0xDC00:02x}")
        elif unicodedata.category(ch) in {"Cc", "Cs", "Zl", "Zp"}:
            out.append(ch.encode("unicode_escape").decode("ascii"))
        else:
            out.append(ch)
    return "".join(out)


class FactbotError(Exception):
    """Base class: the message is written for the user and says what to do."""


class SettingsError(FactbotError):
    """A ``FACTBOT_*`` variable is unknown or malformed."""


class InputFileError(FactbotError):
    """One input file cannot be read as an article; the ingest skips it and goes on."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{printable(path)}: {reason}")
        self.path = path
        self.reason = reason


class StoreError(FactbotError):
    """The Chroma store cannot be opened or reached."""


class IndexBusyError(StoreError):
    """Another process is writing to the same embedded index folder (``index.writer``)."""


class EmptyIndexError(FactbotError):
    """Nothing is indexed yet, so there is nothing to answer from."""


class BadQuestionError(FactbotError):
    """The question or claim cannot be answered as given (empty, too long, ...)."""
